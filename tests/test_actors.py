from __future__ import annotations

import pytest

from accord.actors import DocActors


def _actor(coder, text: str, word: str):
    doc = coder.nlp(text)
    actors = DocActors(doc, coder.matcher)
    (tok,) = [t for t in doc if t.text == word]
    return actors.resolve(tok)


@pytest.mark.parametrize(
    ("text", "head", "code", "kind"),
    [
        ("China criticised Japan.", "China", "CHN", "country"),
        ("Beijing criticised Japan.", "Beijing", "CHNGOV", "country"),
        ("The Kremlin criticised Japan.", "Kremlin", "RUSGOV", "country"),
        ("The Pentagon criticised Japan.", "Pentagon", "USAMIL", "country"),
        ("NATO criticised Japan.", "NATO", "NATO", "igo"),
        ("The U.S. criticised Japan.", "U.S.", "USA", "country"),
        ("Japanese troops crossed the line.", "troops", "JPNMIL", "country"),
        ("The Chinese foreign ministry criticised Japan.", "ministry", "CHNGOV", "country"),
        ("A Chinese foreign ministry spokesman criticised Japan.", "spokesman", "CHNGOV", "country"),
        ("South Korea's defence minister criticised Japan.", "minister", "KORGOV", "country"),
        ("German Chancellor Olaf Scholz criticised Japan.", "Scholz", "DEUGOV", "person"),
        ("Hamas fighters crossed the line.", "fighters", "HAMAS", "group"),
        ("Indian police arrested him.", "police", "INDPOL", "country"),
        ("Rebels attacked the town.", "Rebels", "REB", "group"),
    ],
)
def test_actor_codes(coder, text, head, code, kind):
    actor = _actor(coder, text, head)
    assert actor is not None and (actor.code, actor.kind) == (code, kind)
    assert text[actor.start : actor.end] == actor.text


def test_person_name_and_span(coder):
    actor = _actor(coder, "German Chancellor Olaf Scholz criticised Japan.", "Scholz")
    assert actor.name == "Olaf Scholz" and actor.text == "German Chancellor Olaf Scholz"
    assert (actor.country, actor.agent) == ("DEU", "GOV")


def test_appositive_title_gives_country_not_host(coder):
    actor = _actor(coder, "Kim Hong-kyun, South Korea's ambassador to the U.S., criticised Japan.", "kyun")
    assert actor.code == "KORGOV"


def test_ordinary_nouns_are_not_actors(coder):
    assert _actor(coder, "Russia's invasion of Ukraine continued.", "invasion") is None
    assert _actor(coder, "The Chinese economy grew.", "economy") is None


def test_surname_pronoun_and_title_aliases(code):
    result = code(
        "German Chancellor Olaf Scholz criticised Russia on Monday. Scholz later accused Moscow of lying. "
        "He also criticised China.",
        full=True,
    )
    by_text = {e.source.text: e.source for e in result.events}
    assert by_text["Scholz"].code == "DEUGOV" and by_text["Scholz"].name == "Olaf Scholz"
    assert by_text["He"].code == "DEUGOV"
    assert {m.resolved_by for m in result.mentions} >= {"lexicon", "alias", "pronoun"}


def test_spokesman_takes_country_from_context(code):
    result = code(
        "Beijing criticised the drills. A foreign ministry spokesman accused Japan of provocation.", full=True
    )
    accuse = [e for e in result.events if e.cameo.startswith("112")]
    assert accuse and accuse[0].source.code == "CHNGOV" and accuse[0].source.text == "foreign ministry spokesman"


def test_curly_apostrophe_names_match(coder):
    doc = coder.nlp("C\u00f4te d\u2019Ivoire criticised Mali.")
    assert any(entry.code == "CIV" for _, entry in coder.matcher.find(doc))


def test_mentions_are_stored_with_offsets(code):
    text = "India and Australia held joint naval drills. Beijing criticised the drills."
    result = code(text, full=True)
    assert [(m.text, m.code) for m in result.mentions] == [
        ("India", "IND"),
        ("Australia", "AUS"),
        ("Beijing", "CHNGOV"),
    ]
    for m in result.mentions:
        assert text[m.start : m.end] == m.text


def test_every_lexicon_name_is_found_by_the_matcher(coder):
    """Each actor name of the lexicon tokenises so that the phrase matcher finds it."""
    names = list(coder.lexicons.actors.names.items())
    texts = [f"On Monday, {name} made a statement." for name, _ in names]
    missing = []
    for (name, entry), doc in zip(names, coder.nlp.tokenizer.pipe(texts), strict=True):
        found = {(span.text, e.code) for span, e in coder.matcher.find(doc)}
        if (name, entry.code) not in found and not any(name in text for text, _ in found):
            missing.append(name)
    assert not missing, missing[:20]


def test_every_agent_noun_gives_its_agent(coder):
    """Each agent noun of agents.tsv, after a demonym, resolves to country + that agent."""
    agents = [noun for bucket in coder.lexicons.agents.by_last.values() for noun in bucket]
    wrong = []
    for noun in agents:
        words = " ".join(noun.words)
        doc = coder.nlp(f"Officials said the Norwegian {words} acted.")
        actors = DocActors(doc, coder.matcher)
        last = [t for t in doc if t.lower_ == noun.words[-1] or t.lemma_.lower() == noun.words[-1]]
        actor = actors.resolve(last[-1]) if last else None
        if actor is None or actor.agent != noun.agent:
            wrong.append((words, noun.agent, actor.code if actor else None))
    assert len(wrong) <= len(agents) * 0.05, wrong[:30]


def test_groups_without_country_keep_their_code(code):
    result = code("Japan criticised China. ISIS fighters attacked a checkpoint.", full=True)
    assert any(m.code == "ISIS" for m in result.mentions)
