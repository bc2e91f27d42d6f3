"""Quotes: each form the quotes issue lists, speakers through the actor stage, links to events,
storage and the command line."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.quotes import find_quotes, quote_spans
from accord.store import Store

runner = CliRunner()


def _quotes(code, text: str, date: str = "2024-05-02") -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker.code if q.speaker else None) for q in code(text, date=date, full=True).quotes]


def test_quote_spans_curly_straight_paragraphs_and_unmatched():
    text = '“We will act,” he said. She said "no more talks". An “unclosed mark.\n“Next paragraph,” she said.'
    assert [text[a:b] for a, b in quote_spans(text)][:2] == ["We will act,", "no more talks"]
    running = "“The first paragraph runs on\n“and the second closes,” she said."
    assert [running[a:b] for a, b in quote_spans(running)] == ["The first paragraph runs on", "and the second closes,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trailing attribution, curly and straight marks
        (
            "“We will not negotiate under fire,” the Colombian president said.",
            ("direct", "We will not negotiate under fire,", "COLGOV"),
        ),
        (
            '"We will not negotiate under fire," the Colombian president said.',
            ("direct", "We will not negotiate under fire,", "COLGOV"),
        ),
        # inverted and leading attributions
        (
            "“The talks are over for now,” said Brazilian President Luiz Inácio Lula da Silva.",
            ("direct", "The talks are over for now,", "BRAGOV"),
        ),
        (
            "The Japanese foreign minister said: “We expect a reply by Friday.”",
            ("direct", "We expect a reply by Friday.", "JPNGOV"),
        ),
        # according to
        (
            "According to a Kremlin official, “the talks are over for now.”",
            ("direct", "the talks are over for now.", "RUSGOV"),
        ),
        # a multi-sentence quote is one quote
        (
            "“We are ready. We will not wait,” the Iranian foreign minister said.",
            ("direct", "We are ready. We will not wait,", "IRNGOV"),
        ),
    ],
)
def test_direct_quotes_and_their_speakers(code, text, expected):
    assert expected in _quotes(code, text)


def test_split_quote_gives_two_quotes_with_one_speaker(code):
    text = "“This is unacceptable,” the Chinese foreign ministry spokesman said, “and Beijing will respond.”"
    assert _quotes(code, text) == [
        ("direct", "This is unacceptable,", "CHNGOV"),
        ("direct", "and Beijing will respond.", "CHNGOV"),
    ]


def test_a_quote_without_a_verb_continues_the_one_before(code):
    text = "“We will stay,” the Rwandan defence minister said.\n“Our troops are needed,” he added. “They know it.”"
    assert [q[2] for q in _quotes(code, text)] == ["RWAGOV", "RWAGOV", "RWAGOV"]
    # a quote that closes a paragraph is not said by whoever speaks in the next one
    text = (
        "KINSHASA (Accord Wire) -- Aline Mapendo, a nurse at a clinic in Kamituga, said it was full. "
        "“We have no beds,” she said. "
        "“Our gloves ran out on Monday.”\n\nSweden’s public health agency said it had confirmed a case."
    )
    assert [q[2] for q in _quotes(code, text)] == ["CODHLH", "CODHLH", "CODHLH", "SWEGOV"]
    # a named person the tagger takes for an organisation, described as a person: a civilian
    text = (
        "PORT-AU-PRINCE (Accord Wire) -- Marie-Ange Pierre, a street vendor who sells rice near the airport, "
        "said she would believe in the mission when she could walk home safely. “We have heard promises "
        "before,” she said."
    )
    assert [q[2] for q in _quotes(code, text)] == ["HTICVL", "HTICVL"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("The Turkish foreign ministry said that the talks had failed.", "the talks had failed", "TURGOV"),
        ("Russia’s defence minister told reporters that the troops would stay.", "the troops would stay", "RUSGOV"),
        ("The talks had failed, the Kenyan foreign ministry said on Thursday.", "The talks had failed", "KENGOV"),
        ("NATO warned that any attack would be answered.", "any attack would be answered", "NATO"),
        ("Beijing denied that its ships had entered the zone.", "its ships had entered the zone", "CHNGOV"),
        ("The EU urged Serbia to resume talks with Kosovo.", "Serbia to resume talks with Kosovo", "EU"),
        ("The German chancellor insisted the deal was fair.", "the deal was fair", "DEUGOV"),
        ("According to the UN agency, the camps had run out of food.", "the camps had run out of food", "UN"),
    ],
)
def test_indirect_quotes(code, text, quote, speaker):
    assert ("indirect", quote, speaker) in _quotes(code, text)


def test_speakers_by_pronoun_and_alias(code):
    text = (
        "German Chancellor Olaf Scholz met the Polish premier on Monday. “We stand together,” Scholz said. "
        "The Polish foreign minister spoke after him. “Poland is ready,” she said."
    )
    quotes = code(text, date="2023-01-09", full=True).quotes
    assert [(q.speaker.code, q.speaker.text) for q in quotes] == [("DEUGOV", "Scholz"), ("POLGOV", "she")]
    assert quotes[0].speaker.name == "Olaf Scholz"


def test_not_quotes(code):
    text = (
        "The talks were said to be productive. Russia’s so-called “special operation” continued. "
        "The tanker “Eagle S” was seized."
    )
    assert _quotes(code, text) == []


def test_a_speech_act_that_is_an_event_links_to_it(code):
    result = code("The EU urged Serbia to resume talks with Kosovo, the bloc said.", full=True)
    (quote,) = [q for q in result.quotes if q.cue == "urged"]
    (event,) = [e for e in result.events if e.event_id == quote.event_id]
    assert event.source.code == quote.speaker.code == "EU" and event.cameo.startswith("02")
    text = "“We condemn this attack,” the Ukrainian foreign minister said. Kyiv criticised Moscow."
    assert all(q.event_id is None for q in code(text, full=True).quotes)  # "said" is no event


def test_find_quotes_marks_speaker_tokens(coder):
    doc = coder.nlp("“We will act,” the minister said.")
    (quote,) = find_quotes(doc)
    assert (quote.kind, quote.speaker.text, quote.cue.text) == ("direct", "minister", "said")


def test_quotes_are_stored_listed_and_exported(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Date: 2024-05-02\n\nMOSCOW (Accord Wire) -- “We will respond,” the Russian defence minister said. "
        "The EU urged Russia to resume talks.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "q.duckdb")
    ingested = runner.invoke(app, ["ingest", str(article), "--db", db])
    assert ingested.exit_code == 0 and "2 quotes" in ingested.stdout
    listed = runner.invoke(app, ["quotes", "--db", db, "--speaker", "RUS", "--format", "jsonl"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["kind"], r["speaker"]["code"], r["doc"]) for r in rows] == [("direct", "RUSGOV", "a.txt")]
    coded = runner.invoke(app, ["quotes", str(article), "--kind", "indirect", "--format", "csv"])
    assert coded.exit_code == 0 and "speaker_code" in coded.stdout.splitlines()[0] and "EU" in coded.stdout
    out = tmp_path / "quotes.jsonl"
    exported = runner.invoke(
        app, ["export", "--db", db, "--table", "quotes", "--format", "jsonl", "--output", str(out)]
    )
    assert exported.exit_code == 0 and json.loads(out.read_text().splitlines()[0])["speaker"]["code"] == "RUSGOV"
    with Store(db, read_only=True) as store:
        assert len(store.quotes()) == 2 and store.quotes(speaker="defence minister")[0]["kind"] == "direct"


def test_eval_quotes_scores_a_small_annotation(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title: T\nDate: 2024-05-02\n\n“We will not negotiate under fire,” the Colombian president said. "
        "The ministry said that the talks had failed completely.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"doc": "a.txt", "split": "test", "kind": "direct", "text": "We will not negotiate under fire,",
         "occurrence": 1, "speaker": "Colombian president", "speaker_occurrence": 1, "speaker_code": "COLGOV"},
        {"doc": "a.txt", "split": "test", "kind": "indirect", "text": "the talks had failed completely",
         "occurrence": 1, "speaker": "ministry", "speaker_occurrence": 1, "speaker_code": "VENGOV"},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["eval-quotes", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["all/all"]["matched"] == 2 and scores["all/all"]["f1"] == 1.0
    assert scores["all/all"]["speaker_accuracy"] == 0.5  # the ministry is Colombia's, not Venezuela's


def test_speakers_that_need_the_story(code):
    text = (
        "MANILA (Accord Wire) -- The Chinese foreign ministry went further. “The Philippine side bears full "
        "responsibility,” spokesman Lin Jian said. The Philippine National Security Council said that no "
        "firearms had been used."
    )
    assert [q.speaker.code for q in code(text, full=True).quotes] == ["CHNGOV", "PHLGOV"]
    text = "VIENNA (Accord Wire) -- The head of the International Atomic Energy Agency said that Iran had agreed."
    assert [q.speaker.code for q in code(text, full=True).quotes] == ["IAEA"]


def test_titles_in_quotes_are_not_quotes(code):
    assert _quotes(code, "The WFP report, “A Famine Without Roads”, was published on Monday.") == []


def test_every_direct_quote_of_an_unseen_article_has_its_speaker(coder):
    from pathlib import Path

    from accord.ingest import read_inputs

    path = Path(__file__).resolve().parent.parent / "eval" / "unseen" / "arctic-council-talks.txt"
    result = coder.code_document(next(iter(read_inputs([path]))))
    direct = [(q.text[:30], q.speaker.code) for q in result.quotes if q.kind == "direct"]
    assert direct == [
        ("We are not accusing anyone yet", "NORGOV"),
        ("But we expect full cooperation", "NORGOV"),
        ("Anchors do not drag themselves", "FINGOV"),
        ("These insinuations are part of", "RUSGOV"),
        ("We cannot protect a thousand k", "DNKGOV"),
    ]


def test_documents_speak_for_whoever_wrote_them(code):
    text = (
        "VIENNA (Accord Wire) -- The International Atomic Energy Agency said Iran had expanded enrichment. "
        "Iran holds 400 kilograms of enriched uranium, according to the agency's latest report. "
        "A Chinese readout said the president urged Washington to stop selling weapons to Taiwan. "
        "The military drove 20,000 villagers from their homes, a UN report said."
    )
    speakers = {q.speaker.text: q.speaker.code for q in code(text, full=True).quotes}
    assert speakers["the agency's latest report"] == "IAEA"
    assert speakers["A Chinese readout"] == "CHNGOV"
    assert speakers["a UN report"] == "UN"


def test_named_speakers_described_earlier_or_by_a_copula(code):
    text = (
        "SAN JOSE (Accord Wire) -- Conti, a ransomware gang based in Russia, has claimed responsibility. "
        "In a message on its leak site, Conti urged Costa Ricans to press their government to pay."
    )
    assert {q.speaker.code for q in code(text, full=True).quotes} == {"RUSCRM"}
    text = (
        "KIGALI (Accord Wire) -- Claudine Uwase is a nurse at a district hospital in Kigali. She was among the "
        "first to be vaccinated. Two of her colleagues are being treated. “We knew the risk,” she said."
    )
    assert [q.speaker.code for q in code(text, full=True).quotes] == ["RWAHLH"]


def test_titled_names_nationals_and_a_given_name_shared_with_a_leader(code):
    text = (
        "DHAKA (Accord Wire) -- Sheikh Hasina fled the country. Army chief General Waker-Uz-Zaman announced "
        "that an interim government would be formed. He said he had met opposition leaders. "
        "“Please have faith in the army,” he said."
    )
    assert {q.speaker.code for q in code(text, date="2024-08-05", full=True).quotes} == {"BGDMIL"}
    text = (
        "ADEN (Accord Wire) -- Ramon Dizon, a Filipino deckhand, described a night of smoke. "
        "“The first missile hit near the engine room,” he told reporters."
    )
    assert [q.speaker.code for q in code(text, full=True).quotes] == ["PHLCVL"]
    text = "PESHAWAR (Accord Wire) -- Gul Bibi, a widow, came to Pakistan in 1985. “Where will we go?” she said."
    assert "ISRGOV" not in {q.speaker.code for q in code(text, full=True).quotes}  # not Netanyahu's nickname


def test_a_named_civilian_takes_the_country_of_the_place_that_introduces_them(code):
    text = (
        "ISTANBUL (Accord Wire) -- Turkey said it would keep talking to Moscow.\n\nOleh Kovalenko grows wheat "
        "and sunflowers near Odesa. He said by telephone that he still had last year's harvest in his barns."
    )
    assert _quotes(code, text)[-1][2] == "UKRCVL"  # not Turkish: the dateline is where the reporter was


def test_people_who_fled_speak_as_refugees(code):
    text = (
        "ANTAKYA (Accord Wire) -- Hundreds of refugees queued to go home. Among them was Fatima Haj Ali, a "
        "52-year-old widow who fled Aleppo in 2015. “I left with three children,” she said."
    )
    assert _quotes(code, text)[-1][2] == "SYRREF"
    text = (
        "GOMA (Accord Wire) -- M23 rebels took the city. Esther Kahindo, a mother of four, crossed into the "
        "Rwandan town of Gisenyi on Monday. “We heard shooting all night,” she said."
    )
    assert _quotes(code, text)[-1][2] == "CODREF"  # from the story's country, not the one she reached


def test_reported_words_end_where_the_narration_or_another_report_begins(code):
    text = (
        "PARIS (Accord Wire) -- The fire chief said the vaulted ceiling had been weakened and that parts of the "
        "building could still fall."
    )
    assert [q[1] for q in _quotes(code, text)] == [
        "the vaulted ceiling had been weakened", "parts of the building could still fall"
    ]  # fmt: skip
    text = "PARIS (Accord Wire) -- Hidalgo said the city would give 50 million euros and proposed a donors' conference."
    assert [q[1] for q in _quotes(code, text)] == ["the city would give 50 million euros"]
    text = "OTTAWA (Accord Wire) -- Trudeau said Ottawa expected full cooperation, while the airline said it was sure."
    assert [q[1] for q in _quotes(code, text)] == ["Ottawa expected full cooperation", "it was sure"]
    text = "PARIS (Accord Wire) -- The president said France would rebuild it within five years, a day after the fire."
    assert [q[1] for q in _quotes(code, text)] == ["France would rebuild it within five years"]


def test_workers_by_trade_and_bodies_the_lexicons_do_not_know(code):
    text = (
        "CHERBOURG (Accord Wire) -- France recalled its envoys. In Cherbourg, Laurent Vasseur, a 47-year-old "
        "welder, said he feared for his job."
    )
    assert _quotes(code, text)[-1][2] == "FRACVL"
    text = (
        "NUKU'ALOFA (Accord Wire) -- Tonga was cut off. Tonga Cable, the state-owned company that runs it, "
        "said repairs could take four weeks."
    )
    assert _quotes(code, text)[-1][2] == "TONBUS"
    text = "PARIS (Accord Wire) -- Naval Group, the state-owned shipbuilder, said it had received no warning."
    assert _quotes(code, text)[-1][2] == "FRABUS"


def test_it_continues_the_body_a_subject_referred_back_to(code):
    text = (
        "THE HAGUE (Accord Wire) -- Sudan asked the International Court of Justice to order the UAE to stop "
        "arming the RSF. The court said it would rule on Sudan’s request at a later date. It stressed that the "
        "hearing did not prejudge the merits of the case."
    )
    assert _quotes(code, text)[-1][2] == "ICJ"


def test_an_unknown_body_its_later_it_and_a_report_of_a_confirmation(code):
    text = (
        "OTTAWA (Accord Wire) -- Canada expelled six Indian diplomats. The World Sikh Organization of Canada "
        "said Trudeau had confirmed what many Sikhs had long suspected. It urged the government to expel any "
        "other Indian diplomats."
    )
    quotes = _quotes(code, text)
    assert [(q[1][:30], q[2]) for q in quotes] == [
        ("Trudeau had confirmed what man", "CANNGO"), ("the government to expel any ot", "CANNGO")
    ]  # fmt: skip
    text = "The ministry said Beijing insisted that the drills were routine."
    assert [(q[1], q[2]) for q in _quotes(code, text)] == [("the drills were routine", "CHNGOV")]


def test_she_is_who_said_not_who_she_spoke_about(code):
    text = (
        "MINSK (Accord Wire) -- Opposition leader Sviatlana Tsikhanouskaya said the journalist Roman Protasevich "
        "could face the death penalty. She urged Western governments to act quickly."
    )
    result = code(text, full=True)
    assert [q.speaker.code for q in result.quotes] == ["BLROPP", "BLROPP"]
    assert ("She", "BLROPP") in [(m.text, m.code) for m in result.mentions]
