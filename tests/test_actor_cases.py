"""The actor cases the actor issue lists, one test each: names, seats, organisations,
agents, titled people, aliases and coordination."""

from __future__ import annotations

import pytest


def _mentions(code, text: str, date: str | None = "2024-06-10") -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in code(text, date=date, full=True).mentions]


@pytest.mark.parametrize(
    ("name", "code_"),
    [
        ("the U.S.", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("the UK", "GBR"),
        ("South Korea", "KOR"),
        ("the ROK", "KOR"),
        ("North Korea", "PRK"),
        ("the DPRK", "PRK"),
        ("Türkiye", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("the Japanese", "JPN"),
        ("the Emiratis", "ARE"),
    ],
)
def test_country_names_short_forms_and_demonyms(code, name, code_):
    assert _mentions(code, f"{name[0].upper()}{name[1:]} criticised the plan on Monday.")[0][1] == code_


@pytest.mark.parametrize(
    ("seat", "code_"),
    [
        ("Beijing", "CHNGOV"),
        ("Washington", "USAGOV"),
        ("Tokyo", "JPNGOV"),
        ("Moscow", "RUSGOV"),
        ("The Kremlin", "RUSGOV"),
        ("The White House", "USAGOV"),
        ("Downing Street", "GBRGOV"),
        ("Zhongnanhai", "CHNGOV"),
        ("The Blue House", "KORGOV"),
        ("The Quai d’Orsay", "FRAGOV"),
        ("The Pentagon", "USAMIL"),
    ],
)
def test_capitals_and_seats_of_power_stand_for_governments(code, seat, code_):
    assert _mentions(code, f"{seat} criticised the plan on Monday.")[0][1] == code_


def test_a_ministry_without_a_country_is_its_agent_then_takes_the_dateline_country(code):
    assert _mentions(code, "The Foreign Ministry criticised the plan.") == [("Foreign Ministry", "GOV")]
    text = "TOKYO, May 2 (Accord Wire) -- The Foreign Ministry criticised the plan."
    assert _mentions(code, text) == [("Foreign Ministry", "JPNGOV")]


def test_at_least_80_organisations_each_with_a_code_and_region(coder):
    igos = {e.code: e for e in coder.lexicons.actors.names.values() if e.kind == "igo"}
    assert len(igos) >= 80
    for acronym in ["UN", "UNSC", "NATO", "EU", "ASEAN", "AU", "OAS", "G7", "G20", "BRICS", "SCO", "GCC", "ARL",
                    "ECOWAS", "OPEC", "IAEA", "IMF", "WB", "WTO", "WHO", "ICC", "QUAD", "AUKUS"]:  # fmt: skip
        assert acronym in igos, acronym
    assert coder.lexicons.actors.regions["ASEAN"] == "asia"
    assert coder.lexicons.actors.regions["ECOWAS"] == "africa"
    assert coder.lexicons.actors.regions["UN"] == "global"


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("The Arab League criticised the plan.", "ARL"),
        ("The European Commission criticised the plan.", "EC"),
        ("The Quad criticised the plan.", "QUAD"),
        ("The IAEA criticised the plan.", "IAEA"),
        ("The International Criminal Court criticised the plan.", "ICC"),
    ],
)
def test_organisations_by_name_and_acronym(code, text, code_):
    assert _mentions(code, text)[0][1] == code_


@pytest.mark.parametrize(
    ("phrase", "agent"),
    [
        ("Chinese foreign ministry spokesman", "GOV"),
        ("Japanese troops", "MIL"),
        ("Russian navy", "MIL"),
        ("Chinese warships", "MIL"),
        ("Indian police", "POL"),
        ("Pakistani judges", "JUD"),
        ("South Korean lawmakers", "LEG"),
        ("Venezuelan opposition", "OPP"),
        ("Colombian rebels", "REB"),
        ("Iraqi insurgents", "INS"),
        ("Israeli civilians", "CVL"),
        ("Serbian protesters", "CVL"),
        ("Chinese companies", "BUS"),
        ("Russian journalists", "MED"),
        ("Iranian students", "EDU"),
        ("Gaza hospitals", "HLH"),
        ("Syrian refugees", "REF"),
        ("Kenyan aid groups", "NGO"),
    ],
)
def test_agent_nouns_with_a_country(code, phrase, agent):
    (text, code_), *_ = _mentions(code, f"{phrase} criticised the plan.")
    assert code_.endswith(agent) and len(code_) == 6 and text.lower() == phrase.lower()


def test_organisations_carry_the_igo_agent(code):
    result = code("NATO criticised the plan.", full=True)
    assert (result.mentions[0].kind, result.mentions[0].agent) == ("igo", "IGO")


@pytest.mark.parametrize(
    ("text", "mention", "code_", "name"),
    [
        (
            "Brazilian President Luiz Inácio Lula da Silva criticised the plan.",
            "Brazilian President Luiz Inácio Lula da Silva",
            "BRAGOV",
            "Luiz Inácio Lula da Silva",
        ),
        (
            "Kim Hong-kyun, South Korea’s ambassador to the U.S., criticised the plan.",
            "Kim Hong-kyun, South Korea’s ambassador",
            "KORGOV",
            "Kim Hong-kyun",
        ),
        ("A Kremlin official criticised the plan.", "Kremlin official", "RUSGOV", None),
        (
            "An Indian foreign ministry spokesman criticised the plan.",
            "Indian foreign ministry spokesman",
            "INDGOV",
            None,
        ),
    ],
)
def test_titled_people(code, text, mention, code_, name):
    first = code(text, date="2024-06-10", full=True).mentions[0]
    assert (first.text, first.code) == (mention, code_)
    if name:
        assert first.name == name and first.kind == "person"


def test_aliases_surname_title_spokesman_minister_and_pronouns(code):
    text = (
        "BERLIN, Jan. 9 (Accord Wire) -- German Chancellor Olaf Scholz criticised Russia on Monday. "
        "Scholz said Moscow had broken its word. The chancellor added that Berlin would act. "
        "Japan’s foreign minister criticised China. The minister said it was unacceptable. "
        "China rejected the criticism. It said Japan was wrong."
    )
    mentions = code(text, date="2023-01-09", full=True).mentions
    got = [(m.text, m.code, m.resolved_by) for m in mentions]
    assert ("Scholz", "DEUGOV", "lexicon") in got  # in the people table
    assert ("chancellor", "DEUGOV", "alias") in got
    assert ("minister", "JPNGOV", "alias") in got
    chancellor = next(m for m in mentions if m.text == "chancellor")
    assert chancellor.name == "Olaf Scholz" and chancellor.kind == "person"
    assert ("It", "CHN", "pronoun") in got
    scholz = next(m for m in mentions if m.text == "Scholz")
    assert scholz.name == "Olaf Scholz"  # `text` keeps what was written, `name` the resolved name


def test_officials_and_them_refer_back_to_the_people_last_named(code):
    # an object "them" is the people just named, even as an object; "the officials" an organisation's
    text = (
        "ADDIS ABABA (Accord Wire) -- Ethiopia expelled seven UN officials on Friday, accusing them of meddling. "
        "The government accused the officials of diverting aid."
    )
    events = code(text)
    assert ("ETH", "1125", "UN") in events and ("ETHGOV", "112", "UN") in events
    # but not the subject of its own verb, nor one of several coordinated actors
    text = "Nicaragua expelled two bishops and deported them to Rome."
    assert ("NIC", "174", "REL") in code(text)
    text = "Russia and Ukraine exchanged prisoners. Turkey thanked them."
    assert ("TUR", "051", "CVL") not in code(text)
    text = "Protesters gathered outside parliament, and police dispersed them with tear gas."
    assert code(text) == [("POL", "175", "CVL")]


def test_a_subject_he_is_the_person_who_was_the_subject_before(code):
    text = (
        "WASHINGTON (Accord Wire) -- The US president thanked the emir of Qatar for mediating the exchange. "
        "He also announced new sanctions on Iran’s intelligence ministry."
    )
    assert ("He", "USAGOV") in _mentions(code, text)
    text = "DOHA (Accord Wire) -- The emir of Qatar met the US president on Monday. He said the talks were useful."
    assert ("He", "QATGOV") in _mentions(code, text)


def test_an_office_is_not_what_its_holder_once_was(code):
    text = (
        "CONAKRY (Accord Wire) -- The junta leader, a former French Foreign Legion soldier, has promised a "
        "transition to civilian rule."
    )
    assert ("junta leader", "GINGOV") in _mentions(code, text)
    # a name still takes its role from the appositive
    text = "Kim Hong-kyun, South Korea's former ambassador to the U.S., criticised the plan."
    assert _mentions(code, text)[0][1].startswith("KOR")


def test_a_common_noun_is_named_by_its_appositive(code):
    text = "JUBA (Accord Wire) -- His party, the SPLM-IO, accused the president's camp of tearing up the peace deal."
    assert ("party", "SPLMIO") in _mentions(code, text)


def test_an_unknown_name_is_what_its_appositive_says_and_the_noun_names_it_again(code):
    text = (
        "KIGALI (Accord Wire) -- The first doses came from the Sabin Vaccine Institute, a US non-profit group. "
        "The institute said it had shipped the doses within days."
    )
    got = _mentions(code, text)
    assert ("Sabin Vaccine Institute", "USANGO") in got and ("institute", "USANGO") in got
    text = "DJIBOUTI (Accord Wire) -- US Central Command said it shot down a drone. The command said no one was hurt."
    assert ("command", "USAMIL") in _mentions(code, text)
    # not a noun with words of its own ("the largest opposition parties"), nor a thing ("the fund")
    text = (
        "TBILISI (Accord Wire) -- The Georgian Dream party won. Kobakhidze has pledged to seek a ban on the largest "
        "opposition parties if Georgian Dream wins a majority."
    )
    assert [m for m in _mentions(code, text) if "parties" in m[0]] == [("opposition parties", "GEOOPP")]


def test_he_after_a_quote_is_the_titled_speaker(code):
    # the small model tags a lower-case title after a quote as a proper noun
    text = (
        "ALMATY (Accord Wire) -- “What negotiations can there be with criminals and murderers?” the president "
        "said in a televised address. He accused unnamed foreign-trained groups of trying to seize power."
    )
    assert ("He", "KAZGOV") in _mentions(code, text)


def test_an_agent_alone_takes_its_country_from_the_sentence_then_the_story(code):
    # the same sentence first ...
    text = "TOKYO, May 2 (Accord Wire) -- Pakistan rejected the plan, and a government spokesman called it unfair."
    assert ("government spokesman", "PAKGOV") in _mentions(code, text)
    # ... else the story's country: its dateline, or most of its country mentions
    text = "TOKYO, May 2 (Accord Wire) -- China criticised the drills. A government spokesman said Japan would respond."
    assert ("government spokesman", "JPNGOV") in _mentions(code, text)
    text = "Japan’s foreign minister criticised China on Monday. A government spokesman said Tokyo would respond."
    assert ("government spokesman", "JPNGOV") in _mentions(code, text)


def test_coordinated_countries_in_front_of_one_agent_noun(code):
    assert _mentions(code, "Indian and Chinese troops clashed on the border.") == [
        ("Indian", "INDMIL"),
        ("Chinese troops", "CHNMIL"),
    ]
    assert code("Russian, Chinese and Iranian warships held drills.", full=True).mentions[2].code == "IRNMIL"


def test_coordinated_subjects_are_separate_mentions(code):
    assert _mentions(code, "The US, Britain and France condemned the launch.") == [
        ("US", "USA"),
        ("Britain", "GBR"),
        ("France", "FRA"),
    ]


def test_things_of_a_country_are_not_actors(code):
    assert _mentions(code, "The Chinese economy grew while Russian oil exports fell.") == []
    # ... but the actor of a nominal event is: it did something
    assert _mentions(code, "Russia’s invasion of Ukraine began in 2022.")[0] == ("Russia", "RUS")


def test_mentions_record_how_they_were_resolved(code):
    result = code("Beijing criticised Japan. A spokesman said it would respond.", full=True)
    assert [(m.code, m.resolved_by) for m in result.mentions][:3] == [
        ("CHNGOV", "lexicon"),
        ("JPN", "lexicon"),
        ("CHNGOV", "context"),
    ]


def test_org_nouns_refer_back_to_the_organisation(code):
    text = "ECOWAS leaders met in Abuja. The bloc said it would act. Hamas fighters attacked. The group said ..."
    got = _mentions(code, text)
    assert ("bloc", "ECOWAS") in got and ("group", "HAMAS") in got
    # "the alliance" is an alliance, not the last organisation named
    text = "NATO met in Brussels. The EU welcomed the plan. Sweden is now closer to joining the alliance."
    assert ("alliance", "NATO") in _mentions(code, text)
    # the small model tags "bloc" as a proper noun after "thanked"; written in lower case it is no name
    text = "SADC observers said the vote was largely peaceful. The opposition candidate thanked the bloc for its work."
    assert ("bloc", "SADC") in _mentions(code, text)


def test_pronoun_of_a_speech_verb_is_the_speaker(code):
    text = "NATO Secretary-General Mark Rutte met Swedish officials. Rutte said he counted on Hungary."
    assert ("he", "NATO") in _mentions(code, text)  # the written title, not the table's (Dutch PM in June 2024)
    assert ("they", "USAGOV") in _mentions(code, "US officials said they would respond.")


def test_possessive_its_takes_the_owner(code):
    text = "Washington said its treaty with the Philippines covers its coast guard vessels."
    assert ("coast guard vessels", "PHLMIL") in _mentions(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "More than 15,000 refugees crossed into Chad last week.",
        "Syrian refugees have returned home from Jordan.",
        "Netanyahu called off a trip to Washington.",
        "French forces have already left Mali.",
        "Officials met in Brussels on Monday.",
    ],
)
def test_countries_and_capitals_as_places(code, text):
    places = ("Chad", "Jordan", "Washington", "Mali", "Brussels")
    assert not [m.text for m in code(text, full=True).mentions if m.text in places]


def test_several_actors_and_things_are_not_one_actor(code):
    assert _mentions(code, "The two leaders met in Bangkok.") == []
    assert _mentions(code, "Allied leaders agreed on the plan.") == []
    assert _mentions(code, "Both sides shared intelligence and sent warships.") == []
    assert _mentions(code, "A Greek-operated carrier sank near the Iran-backed group’s base.") == []
    assert _mentions(code, "Chinese warships sailed past.") == [("Chinese warships", "CHNMIL")]


def test_agent_with_a_seat_or_former(code):
    text = "Israel has not recognised the new government in Damascus."
    assert ("government in Damascus", "SYRGOV") in _mentions(code, text)
    text = "DHAKA, Nov. 17 (Accord Wire) -- A former home minister received the same sentence."
    assert ("former home minister", "BGDELI") in _mentions(code, text)


def test_names_without_their_accents(code):
    got = _mentions(code, "Turkiye and Cote d’Ivoire criticised Erdogan and Orban.", date="2024-05-01")
    assert got == [("Turkiye", "TUR"), ("Cote d’Ivoire", "CIV"), ("Erdogan", "TURGOV"), ("Orban", "HUNGOV")]


def test_officials_named_after_a_country_possessive_and_seats_of_another_country(code):
    got = _mentions(code, "Brazil backed the plan, and Japan’s Katsunobu Kato warned of risks.")
    assert ("Japan’s Katsunobu Kato", "JPNGOV") in got
    assert _mentions(code, "South Korea’s Joint Chiefs of Staff said the missile flew far.")[0][1] == "KORMIL"


def test_dateline_with_a_country_and_a_seat_the_story_never_names(code):
    text = "DURBAN, South Africa, July 18 (Accord Wire) -- A government spokesman welcomed the deal."
    assert _mentions(code, text) == [("government spokesman", "ZAFGOV")]
    text = "THE HAGUE, July 8 (Accord Wire) -- Afghan women welcomed the warrants. Afghanistan ... Activists said ..."
    assert ("Activists", "AFGCVL") in _mentions(code, text)
    # a town and its country with no date; a region of a neighbouring country gives that country
    text = "ADRE, Chad (Accord Wire) -- Refugees crossed into Chad. The governor of West Darfur was killed last week."
    assert _mentions(code, text) == [("Refugees", "TCDREF"), ("governor of West Darfur", "SDNGOV")]
    # a town none of our lexicons names: the gazetteer (GeoNames towns of 15,000 people or more) knows it
    text = "MARRAKECH, Sept 11 (Accord Wire) -- Rescue teams from Spain and Qatar joined the search. A farmer wept."
    assert ("farmer", "MARCVL") in _mentions(code, text)


def test_a_body_spokesman_speaks_for_that_body_named_before_and_curly_titles(code):
    text = (
        "TROMSØ, Norway, May 14 (Accord Wire) -- The Russian embassy in Oslo rejected the suggestion. "
        "“These insinuations are part of a campaign,” an embassy spokesman said."
    )
    assert ("embassy spokesman", "RUSGOV") in _mentions(code, text)
    text = "ISLAMABAD (Accord Wire) -- Iran summoned Pakistan’s chargé d’affaires in Tehran."
    assert ("Pakistan’s chargé d’affaires", "PAKGOV") in _mentions(code, text)


def test_a_chair_of_a_party_is_the_partys_and_a_council_is_named_again(code):
    text = (
        "TBILISI (Accord Wire) -- Tinatin Bokuchava, chairwoman of the opposition United National Movement, "
        "said the law would silence critics."
    )
    assert _mentions(code, text)[0][1] == "GEOOPP"
    text = "DAKAR (Accord Wire) -- The Constitutional Council overturned the delay. The council said it was void."
    assert ("council", "SENJUD") in _mentions(code, text)
    text = "SEOUL (Accord Wire) -- The National Assembly voted to lift martial law. The assembly said it had acted."
    assert ("assembly", "KORLEG") in _mentions(code, text)


def test_a_firm_named_after_what_it_is(code):
    text = "LIBREVILLE (Accord Wire) -- French mining group Eramet said it had suspended operations at its mine."
    assert ("French mining group Eramet", "FRABUS") in _mentions(code, text)
    assert code(text) == []  # a mine's operations are no military operation
    assert code("MOSCOW (Accord Wire) -- Russian energy company Gazprom halted gas exports to Poland.") == [
        ("RUSBUS", "163", "POL")
    ]


def test_people_live_where_their_clause_puts_them(code):
    # a town the lexicons do not know, from the gazetteer, even when the parser hangs the phrase elsewhere
    text = (
        "PUTRAJAYA, July 28 (Accord Wire) -- Thailand and Cambodia agreed to a ceasefire. At a school in Sisaket "
        "province that now shelters more than 600 people, Somchai Boonmee, a 52-year-old rice farmer, said he "
        "would not go home."
    )
    assert ("Somchai Boonmee, a 52-year-old rice farmer", "THACVL") in _mentions(code, text)
    # officials keep the story's country
    text = "PUTRAJAYA (Accord Wire) -- In Sisaket, a government spokesman said the talks went well."
    assert ("government spokesman", "MYSGOV") in _mentions(code, text)


def test_a_surname_the_parser_took_for_a_plural_noun(code):
    text = (
        "GUAYAQUIL (Accord Wire) -- Police commander César Zapata told reporters that eight people had been killed. "
        '"We will not rest until every one of them is behind bars," Zapata said.'
    )
    assert ("Zapata", "ECUPOL") in _mentions(code, text)


def test_a_candidate_is_a_challenger(code):
    text = (
        "MAPUTO (Accord Wire) -- Venâncio Mondlane, an independent candidate backed by the small Podemos party, "
        "came second. Mondlane insists that the results were manufactured."
    )
    assert ("Mondlane", "MOZOPP") in _mentions(code, text)


def test_datelines_with_accented_capitals():
    from accord.dateline import find_dateline

    assert find_dateline("NOUMÉA, May 16 (Accord Wire) -- France declared")[0] == "NOUMÉA"
    assert find_dateline("BOGOTÁ (Reuters) - Colombia said")[0] == "BOGOTÁ"
    assert find_dateline("ASUNCIÓN, Paraguay, March 3 (Accord Wire) -- x")[0] == "Paraguay"
    assert find_dateline("Police said on Monday -- nothing") is None


def test_gazetteer_names_towns_in_any_spelling_and_prefers_the_bigger_town():
    from accord.gazetteer import city_country

    assert city_country("MARRAKECH") == city_country("Marrakesh") == "MAR"
    assert city_country("PORT-AU-PRINCE") == "HTI" and city_country("Cox’s Bazar") == "BGD"
    assert city_country("Sao Paulo") == city_country("São Paulo") == "BRA"
    assert city_country("Springfield") == "USA" and city_country("Tripoli") == "LBY"
    assert city_country("NBO") is None and city_country("United Nations") is None


def test_the_government_accused_by_its_own_opposition(code):
    text = "BEIJING (Accord Wire) -- India’s main opposition party accused the government of ceding ground to Beijing."
    events = code(text)
    assert ("INDOPP", "112", "INDGOV") in events, events


def test_congress_of_the_story_country_and_commissioners_of_the_commission(code):
    text = "LIMA (Accord Wire) -- Miners began a hunger strike outside Congress, which must vote on any extension."
    assert ("Congress", "PERLEG") in _mentions(code, text)
    text = "NEW DELHI (Accord Wire) -- The opposition Congress party said the government should tell Parliament."
    assert ("opposition Congress party", "INDOPP") in _mentions(code, text)
    text = "NEW DELHI (Accord Wire) -- India and the US signed a deal. The U.S. Congress must approve the sale."
    assert ("U.S. Congress", "USALEG") in _mentions(code, text)
    text = "EU economy commissioner Valdis Dombrovskis urged faster action."
    assert _mentions(code, text) == [("EU economy commissioner Valdis Dombrovskis", "EC")]


def test_a_road_named_for_the_americas_is_not_the_united_states(code):
    text = "LIMA (Accord Wire) -- Thousands of informal miners blocked the Pan-American Highway on Tuesday."
    assert code(text) == [("PERCVL", "144", "PERGOV")]


def test_bodies_of_members_company_suffixes_and_names_with_ranks_in_them(code):
    assert _mentions(code, "The National Association of Journalists condemned the arrest.") == [
        ("Association of Journalists", "MED")
    ]
    text = "TOKYO (Accord Wire) -- Tokyo Electric Power Co, which runs the plant, said the water would be released."
    assert _mentions(code, text) == [("Tokyo Electric Power Co", "JPNBUS")]
    assert _mentions(code, "The co-chair of the talks said they would resume.") == []
    text = "BUENOS AIRES (Accord Wire) -- The General Confederation of Labour warned that it would resist."
    assert not [m for m in _mentions(code, text) if m[1].endswith("MIL")]  # a name, not a general


def test_its_in_a_trailing_attribution_is_the_reported_subjects(code):
    text = (
        "CANBERRA, Aug 4 (Accord Wire) -- China will scrap the duties it imposed on Australian barley, "
        "its commerce ministry said on Friday."
    )
    assert ("commerce ministry", "CHNGOV") in _mentions(code, text)
