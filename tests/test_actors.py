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
        # a body owned by an agent is that agent; a country's agency is its government
        ("Bangladesh's army chief spoke. The army’s media wing said so.", "wing", "BGDMIL", "country"),
        ("A ship was hit, the British military’s maritime agency said.", "agency", "GBRMIL", "country"),
        ("Sweden's public health agency said it had confirmed a case.", "agency", "SWEGOV", "country"),
        # a company's chief speaks for the company, not the government
        ("Rosatom chief Alexei Likhachev told reporters in Moscow.", "Likhachev", "RUSBUS", "person"),
        ("Africa CDC head Jean Kaseya said the continent needed doses.", "Kaseya", "AU", "person"),
        # an office beats a rank
        ("On Niger’s television, junta spokesman Colonel Amadou Abdramane spoke.", "Abdramane", "NERGOV", "person"),
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
    # a minister who is not in the bundled people table: the surname is an in-document alias
    result = code(
        "Norwegian Foreign Minister Kari Lindqvist criticised Russia on Monday. Lindqvist later accused "
        "Moscow of lying. She also criticised China.",
        full=True,
    )
    by_text = {e.source.text: e.source for e in result.events}
    assert by_text["Lindqvist"].code == "NORGOV" and by_text["Lindqvist"].name == "Kari Lindqvist"
    assert by_text["She"].code == "NORGOV"
    assert {m.resolved_by for m in result.mentions} >= {"lexicon", "alias", "pronoun"}
    # a leader of the people table keeps the name of the table
    result = code(
        "German Chancellor Olaf Scholz criticised Russia. Scholz later accused Moscow of lying.", "2023-01-09", True
    )
    assert [(m.code, m.name) for m in result.mentions if m.text == "Scholz"] == [("DEUGOV", "Olaf Scholz")]
    # an organisation's official named by title later: "the envoy" is still the UN's
    result = code("UN special envoy Geir Pedersen spoke in Geneva. The envoy warned Syria.", full=True)
    assert [(m.code, m.name) for m in result.mentions if m.text == "envoy"] == [("UN", "Geir Pedersen")]
    # "the commander" is the commander named before, though a bare "commander" would be military
    result = code("Kenyan police commander Godfrey Otunge arrived in Haiti. The commander praised Haiti.", full=True)
    assert [m.code for m in result.mentions if m.text == "commander"] == ["KENPOL"]


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


# --------------------------------------------------------------------------- ambiguous names


def _mentions(code, text: str, date: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in code(text, date=date, full=True).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Georgia: the country, or the US state (a place; with an agent, USA + agent)
        ("Georgia and Armenia signed a border deal.", [("Georgia", "GEO"), ("Armenia", "ARM")]),
        ("Storms hit Atlanta, Georgia, on Monday.", []),
        ("Georgia's governor criticised the plan.", [("Georgia's governor", "USAGOV")]),
        ("Storms hit the U.S. state of Georgia. Georgia will recount the votes.", []),
        # Jordan and Chad: countries, or part of a person's name
        ("Jordan condemned the strike.", [("Jordan", "JOR")]),
        ("Michael Jordan visited the stadium.", []),
        ("Chad closed its border with Sudan.", [("Chad", "TCD"), ("Sudan", "SDN")]),
        ("Chad Johnson praised the team.", []),
        # Turkey by either name; the bird is lower case
        ("Turkey and Türkiye are one country.", [("Turkey", "TUR"), ("Türkiye", "TUR")]),
        ("They sold turkey and ham.", []),
        # Niger, the country, and the Niger Delta, a region of Nigeria
        ("Niger expelled the French ambassador.", [("Niger", "NER"), ("French ambassador", "FRAGOV")]),
        ("Niger Delta militants attacked a pipeline.", [("Niger Delta militants", "NGAREB")]),
        # names that contain an actor's name
        ("Chinese warships sailed into the South China Sea.", [("Chinese warships", "CHNMIL")]),
        ("The Washington Post criticised the bill.", [("Washington Post", "USAMED")]),
        ("Wildfires spread across New Mexico.", []),
    ],
)
def test_ambiguous_names(code, text, expected):
    assert _mentions(code, text) == expected


def test_country_used_as_a_place_is_not_a_target(code):
    events = code("India and Australia held joint naval drills off the coast of Norway on Tuesday.")
    assert events == [("AUS", "062", "IND"), ("IND", "062", "AUS")]
    result = code("Leaders of the alliance met at the summit in Madrid on Tuesday.", full=True)
    assert all(m.text != "Madrid" for m in result.mentions)
    assert all(e.target is None or e.target.text != "Madrid" for e in result.events)
    assert _mentions(code, "Madrid criticised the plan.") == [("Madrid", "ESPGOV")]


def test_pattern_preposition_keeps_a_named_target(code):
    # "invest in $target", "arrive in $target": the pattern asks for the place-like preposition
    assert code("China invested in Georgia.") == [("CHN", "061", "GEO")]
    assert code("The Japanese prime minister arrived in India on Monday.") == [("JPNGOV", "042", "IND")]


# --------------------------------------------------------------------------- people and tenure


def test_leaders_named_alone_resolve_with_the_document_date(code):
    text = "Abe criticised Putin on Monday."
    assert code(text, date="2019-05-02") == [("JPNGOV", "111", "RUSGOV")]
    assert code(text, date="2023-05-02") == [("JPNELI", "111", "RUSGOV")]  # Abe left office in 2020
    result = code("Trump praised Kishida.", date="2019-05-02", full=True)
    assert [(m.code, m.name) for m in result.mentions][0] == ("USAGOV", "Donald Trump")


def test_former_officials_are_elites(code):
    result = code("Former President Donald Trump criticised Japan.", date="2023-01-10", full=True)
    assert result.mentions[0].code == "USAELI"
    assert result.mentions[0].text == "Former President Donald Trump"
    result = code("A former Brazilian defence minister criticised Japan.", full=True)
    assert result.mentions[0].code == "BRAELI"


def test_one_mention_per_noun_phrase(code):
    assert _mentions(code, "China's foreign minister Wang Yi criticised Japan.") == [
        ("China's foreign minister Wang Yi", "CHNGOV"),
        ("Japan", "JPN"),
    ]


def test_user_people_file_with_tenure(tmp_path):
    from accord import code_text

    people = tmp_path / "people.tsv"
    people.write_text(
        "name\taliases\tcode\trole\tstart\tend\n"
        "Ana Norvik\tNorvik\tNORGOV\tforeign minister\t2020-01\t2022-06\n"
        "Ana Norvik\tNorvik\tNORLEG\tspeaker of parliament\t2022-07\t\n",
        encoding="utf-8",
    )
    text = "Norvik criticised Sweden."
    events = code_text(text, date="2021-03-01", lexicons=(str(people),)).events
    assert events[0].source.code == "NORGOV" and events[0].source.name == "Ana Norvik"
    assert code_text(text, date="2024-03-01", lexicons=(str(people),)).events[0].source.code == "NORLEG"


def test_a_country_in_a_reported_clause_does_not_own_the_speaker(code):
    text = (
        "MANILA (Accord Wire) -- A Chinese ship rammed a Philippine vessel. The Department of Foreign Affairs "
        "said it had lodged a strong protest and demanded that China withdraw its ships."
    )
    result = code(text, full=True)
    assert [m.code for m in result.mentions if m.text == "Department"] == ["PHLGOV"]


def test_the_militia_is_an_armed_group_and_the_kingdom_a_monarchy_named_before(code):
    text = (
        "Amnesty International accused the army of abuses. Fano militiamen ambushed a convoy. "
        "The prime minister vowed to crush the militia."
    )
    assert ("militia", "FANO") in _mentions(code, text)
    text = "Saudi Arabia raised its oil output. The kingdom said it would cut prices for Asian buyers."
    assert ("kingdom", "SAU") in _mentions(code, text)
    assert ("United Kingdom", "GBR") in _mentions(code, "The United Kingdom said it would send aid.")


def test_a_clause_misparsed_as_a_modifier_stays_out_of_the_phrase(code):
    text = (
        "South Sudan's air force has since bombed White Army positions around Nasir, and rights groups said "
        "barrel bombs had killed 20 civilians."
    )
    found = _mentions(code, text)
    assert ("South Sudan's air force", "SSDMIL") in found and ("rights groups", "SSDNGO") in found
    assert ("SSDMIL", "195", "WHITEARMY") in [
        (e.source.code, e.cameo, e.target and e.target.code) for e in code(text, full=True).events
    ]


def test_un_bodies_national_red_cross_societies_and_citizens_described_by_their_job(code):
    assert ("UN’s humanitarian office", "OCHA") in _mentions(
        code, "The UN’s humanitarian office said 84,000 people were hit."
    )
    text = "The World Food Programme said its trucks were stuck. The UN agency said 2,000 people were starving."
    assert ("UN agency", "WFP") in _mentions(code, text)
    assert _mentions(code, "The UN agency said 2,000 people were starving.") == [("UN agency", "UN")]
    assert _mentions(code, "A Lebanese Red Cross official said 300 people were hurt.") == [
        ("Lebanese Red Cross official", "LBNNGO")
    ]
    assert ("Red Cross", "ICRC") in _mentions(code, "The Red Cross said it had visited the prisoners.")
    text = "YANGON (Accord Wire) -- Thida Aung, a 34-year-old primary school teacher, joined the crowd."
    assert [c for t, c in _mentions(code, text) if "Aung" in t] == ["MMRCVL"]
    text = "KINSHASA (Accord Wire) -- Aline Mapendo, a nurse at a treatment centre in Kamituga, was hurt."
    assert [c for t, c in _mentions(code, text) if t.startswith("Aline")] == ["CODHLH"]


def test_hong_kong_is_its_own_actor(code):
    text = "HONG KONG (Accord Wire) -- Chief Executive Carrie Lam defended the law. She said critics were wrong."
    assert _mentions(code, text, date="2020-07-01")[:2] == [("Chief Executive Carrie Lam", "HKGGOV"), ("She", "HKGGOV")]


def test_a_spokesman_of_a_named_body_and_a_clause_set_in_a_capital(code):
    text = (
        "HONIARA (Accord Wire) -- The pact would allow Chinese police to be deployed. In Beijing, foreign ministry "
        "spokesman Wang Wenbin said the pact covered social order."
    )
    assert ("foreign ministry spokesman Wang Wenbin", "CHNGOV") in _mentions(code, text)
    text = "The Chinese foreign ministry went further. Spokesman Lin Jian said the visit was a provocation."
    assert [c for t, c in _mentions(code, text) if "Lin Jian" in t] == ["CHNGOV"]


def test_counterparts_parties_and_ruling_parties(code):
    text = "Indian troops and their Chinese counterparts pulled back from Depsang."
    assert ("Chinese counterparts", "CHNMIL") in _mentions(code, text)
    assert ("Indian counterpart", "INDGOV") in _mentions(code, "Wang Yi met his Indian counterpart in Delhi.")
    text = "The opposition Congress party said the government should tell Parliament the truth."
    assert _mentions(code, text)[0] == ("opposition Congress party", "INDOPP")
    assert _mentions(code, "Congress passed the bill.") == [("Congress", "USALEG")]
    text = "TBILISI (Accord Wire) -- Georgia’s ruling Georgian Dream party won 54% of the vote."
    assert _mentions(code, text) == [("Georgia’s ruling Georgian Dream party", "GEOGOV")]


def test_local_media_armed_forces_commands_and_the_office_named_before(code):
    text = "LIMA (Accord Wire) -- In Apurimac, hundreds of protesters blocked roads, local radio reported."
    assert ("local radio", "PERMED") in _mentions(code, text)
    text = "LIMA (Accord Wire) -- The joint command of the armed forces said the president had no such power."
    assert _mentions(code, text)[0] == ("joint command of the armed forces", "PERMIL")
    text = (
        "The UN Office for the Coordination of Humanitarian Affairs appealed for aid. "
        "The office said the need for shelter was urgent."
    )
    assert ("office", "OCHA") in _mentions(code, text)
    assert _mentions(code, "The president's office said he was resting.")[0] == ("president's office", "GOV")


def test_two_titled_people_the_parser_reads_as_one_name(code):
    text = (
        "In Washington, South Korean Defence Minister Kim Yong-hyun and US Defense Secretary Lloyd Austin "
        "agreed to expand drills."
    )
    assert ("US Defense Secretary Lloyd Austin", "USAGOV") in _mentions(code, text, date="2024-10-30")
    # a shared noun after coordinated demonyms stays shared, and every span runs forwards
    text = "BANGKOK (Accord Wire) -- Thai and Cambodian troops exchanged artillery and rocket fire on Friday."
    result = code(text, full=True)
    assert all(m.start <= m.end for m in result.mentions)
    assert {(e.source.code, e.target.code) for e in result.events} == {("THAMIL", "KHMMIL"), ("KHMMIL", "THAMIL")}


def test_opposition_lawmakers_and_titles_owned_by_a_company(code):
    text = "SANTIAGO (Accord Wire) -- Opposition senators said the army should go back to its barracks."
    assert _mentions(code, text)[0] == ("Opposition senators", "CHLOPP")
    text = "SANTIAGO (Accord Wire) -- The metro company's president, Louis de Grange, said it would take months."
    assert [c for t, c in _mentions(code, text) if "Grange" in t] == ["CHLBUS"]
    assert _mentions(code, "MOSCOW (Accord Wire) -- Russia's president said the talks failed.") == [
        ("Russia's president", "RUSGOV")
    ]


def test_its_neighbour_and_an_intelligence_ministry(code):
    text = "KIGALI (Accord Wire) -- Rwanda reopened its border with Uganda. Uganda welcomed the move. " \
           "Kigali also accused its neighbour of backing rebels."  # fmt: skip
    assert ("neighbour", "UGA") in _mentions(code, text)
    text = "Washington announced new sanctions on Iran's intelligence ministry."
    assert ("Iran's intelligence ministry", "IRNSPY") in _mentions(code, text)


def test_un_missions_named_by_their_country(code):
    text = "JUBA (Accord Wire) -- The UN mission in South Sudan said the country risked a relapse into war."
    assert _mentions(code, text)[0] == ("UN mission in South Sudan", "UNMISS")


def test_a_bare_junta_belongs_to_the_country_its_sentence_names(code):
    text = (
        "ABUJA (Accord Wire) -- ECOWAS ordered its standby force to restore constitutional rule in Niger, "
        "after the junta that seized power last month ignored a deadline."
    )
    assert ("junta", "NERGOV") in _mentions(code, text)


def test_people_a_foreign_state_acts_on_are_the_story_countrys(code):
    text = "KYIV (Accord Wire) -- Russian troops killed civilians in Bucha, Ukrainian officials said."
    assert ("civilians", "UKRCVL") in _mentions(code, text)
    text = (
        "SANTO DOMINGO (Accord Wire) -- Gang members killed at least 70 people in the central Haitian town of "
        "Pont-Sonde on Thursday and abducted several women, Haitian officials said."
    )
    assert ("women", "HTICVL") in _mentions(code, text)  # a gang's victims are its own country's


def test_supporters_of_an_opposition_leader_are_the_opposition(code):
    text = (
        "TUNIS (Accord Wire) -- A court sentenced the opposition leader to 12 years. Hundreds of his supporters "
        "staged a sit-in outside the court."
    )
    assert ("Hundreds of his supporters", "TUNOPP") in _mentions(code, text)
    text = "TUNIS (Accord Wire) -- The president spoke in Sfax. Hundreds of his supporters cheered."
    assert ("Hundreds of his supporters", "TUNCVL") in _mentions(code, text)


def test_the_coder_hands_the_actor_stage_the_text_it_parsed(coder):
    from accord.ingest import make_document

    text = "SEOUL, Feb. 16 (Accord Wire) -- South Korea's president met Japan's prime minister."
    result = coder.code_document(make_document(text, name="d"))
    assert [(m.text, m.code) for m in result.mentions] == [
        ("South Korea's president", "KORGOV"), ("Japan's prime minister", "JPNGOV")
    ]  # fmt: skip
    assert all(text[m.start : m.end] == m.text for m in result.mentions)


def test_forces_someone_is_accused_of_sending_are_theirs(code):
    text = "SEOUL (Accord Wire) -- Seoul and Washington accused Pyongyang of sending thousands of soldiers to Russia."
    assert ("thousands of soldiers", "PRKMIL") in _mentions(code, text)
