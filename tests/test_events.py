"""One sentence in, expected events out: the constructions the coder must get right."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active and passive voice
        ("Japan criticised China on Monday.", ("JPN", "111", "CHN")),
        ("Canada was criticised by India on Monday.", ("IND", "111", "CAN")),
        # reporting verbs that are events
        ("Iran accused Israel of espionage.", ("IRN", "1125", "ISR")),
        ("The Kremlin praised Hungary.", ("RUSGOV", "051", "HUN")),
        # prepositional targets and phrasal patterns
        ("The European Union imposed new sanctions on Russia.", ("EU", "163", "RUS")),
        ("India held talks with Nepal on Friday.", ("IND", "040", "NPL")),
        ("The IMF approved a $2 billion loan to Egypt.", ("IMF", "071", "EGY")),
        ("Poland summoned the Russian ambassador.", ("POL", "114", "RUSGOV")),
        # control and complement clauses
        ("Japan agreed to hold talks with China.", ("JPN", "036", "CHN")),
        ("North Korea refused to meet South Korea.", ("PRK", "125", "KOR")),
        # future tense is an intention
        ("Japan will send aid to Ukraine.", ("JPN", "033", "UKR")),
        # nominal events with possessives and of/to phrases
        ("Russia's invasion of Ukraine continued for a third year.", ("RUS", "192", "UKR")),
        ("Berlin's offer of aid to Kyiv was welcomed.", ("DEUGOV", "033", "UKRGOV")),
        # titled officials
        ("German Chancellor Olaf Scholz criticised Russia.", ("DEUGOV", "111", "RUS")),
    ],
)
def test_construction(code, text, expected):
    assert expected in code(text)


def test_coordinated_subjects_give_one_event_each(code):
    events = code("The US, Britain and France condemned Russia on Tuesday.")
    assert {(s, t) for s, c, t in events if c.startswith("11")} == {("USA", "RUS"), ("GBR", "RUS"), ("FRA", "RUS")}


def test_coordinated_targets(code):
    events = code("A Chinese foreign ministry spokesman accused New Delhi and Canberra of forming blocs.")
    assert {t for s, c, t in events if c.startswith("112")} == {"INDGOV", "AUSGOV"}


def test_joint_action_goes_both_ways(code):
    events = code("India and Australia held joint naval drills in the Bay of Bengal on Tuesday.")
    assert ("IND", "062", "AUS") in events and ("AUS", "062", "IND") in events
    call = code("The US president spoke by telephone with his Chinese counterpart on Wednesday.")
    assert ("USAGOV", "041", "CHNGOV") in call and ("CHNGOV", "041", "USAGOV") in call


def test_negation_is_flagged(code):
    (event,) = code("Iran did not attack Israel on Sunday.", full=True).events
    assert event.negated and event.cameo.startswith("19")


def test_hypotheticals_are_not_acts(code):
    assert not [e for e in code("Japan might recognise Taiwan.") if e[1].startswith("05")]


def test_appeal_with_negated_complement(code):
    events = code(
        "Beijing criticised the drills, and a foreign ministry spokesman urged India not to threaten stability."
    )
    assert ("CHNGOV", "111", None) in events
    assert any(s == "CHNGOV" and c.startswith("02") and t == "IND" for s, c, t in events)


def test_a_missile_into_the_sea_is_a_show_of_force(code):
    events = code("North Korea launched a ballistic missile into the sea on Monday.")
    assert ("PRK", "150", None) in events


def test_own_forces_are_not_the_target(code):
    assert ("VEN", "154", None) in code("Venezuela deployed several hundred troops near the border.")


def test_dateline_does_not_spoil_the_first_sentence(code):
    result = code("NEW DELHI, March 11 (Accord Wire) -- India and Australia held joint naval drills.", full=True)
    assert {(e.source.code, e.target.code) for e in result.events} == {("IND", "AUS"), ("AUS", "IND")}
    assert result.events[0].sentence.startswith("NEW DELHI")


def test_agent_without_country_takes_the_dateline_country(code):
    events = code("PARIS, Jan 22 (Accord Wire) -- Police fired tear gas at protesters near the ministry.")
    assert any(s == "FRAPOL" for s, c, t in events), events


def test_every_event_is_explained_and_points_at_its_words(code):
    text = (
        "SEOUL, Feb. 16 (Accord Wire) -- South Korea summoned the Russian ambassador on Tuesday. "
        "Japan’s prime minister will visit Seoul next week, the ministry said on Thursday."
    )
    result = code(text, full=True)
    assert len(result.events) >= 2
    for e in result.events:
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert text[e.source.start : e.source.end] == e.source.text
        assert text[e.sentence_start : e.sentence_end] == e.sentence
        assert e.sentence_start <= e.trigger.start < e.sentence_end
        assert ".tsv:" in e.rule and 0 < e.confidence <= 1
        assert -10 <= e.goldstein <= 10 and e.quad_class in (1, 2, 3, 4)


def test_output_is_deterministic(code):
    text = "Russia's invasion of Ukraine continued. Japan agreed to hold talks with China."
    first = [e.to_dict() for e in code(text, full=True).events]
    assert first == [e.to_dict() for e in code(text, full=True).events]


def test_both_sides_and_the_two_leaders_are_the_last_two_actors(code):
    text = "Japan’s prime minister met South Korea’s president in Seoul. The two leaders signed an agreement."
    assert {("JPNGOV", "057", "KORGOV"), ("KORGOV", "057", "JPNGOV")} <= set(code(text))
    text = "Indian and Pakistani troops exchanged fire. The United States urged both countries to show restraint."
    assert {("USA", "IND"), ("USA", "PAK")} <= {(s, t) for s, c, t in code(text) if c.startswith("02")}


def test_each_other_and_symmetric_acts_go_both_ways(code):
    assert set(code("Israel struck Hamas positions. Both sides accused each other of violating the truce.")) >= {
        ("ISR", "112", "HAMAS"),
        ("HAMAS", "112", "ISR"),
    }
    assert code("Indian and Pakistani troops exchanged small-arms fire.") == [
        ("INDMIL", "193", "PAKMIL"),
        ("PAKMIL", "193", "INDMIL"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas released three Israeli hostages on Sunday.", ("HAMAS", "0841", "ISR")),
        ("MINSK (Accord Wire) -- Belarus released 40 political prisoners.", ("BLR", "0841", "BLRCVL")),
        ("Protesters torched the offices of a private television station.", ("CVL", "1712", "MED")),
        ("YANGON (Accord Wire) -- The junta freed a Japanese filmmaker.", ("MMRGOV", "0841", "JPNMED")),
        ("Japan’s prime minister arrived in Seoul on Monday.", ("JPNGOV", "042", "KOR")),
        ("Guyana lodged a formal complaint against Caracas.", ("GUY", "114", "VENGOV")),
        ("Pyongyang called the reports groundless rumours.", ("PRKGOV", "016", None)),
        # a charge denied in a relative clause: the charge is the object that was called baseless
        ("Managua accused the bishop of treason, a charge the diocese called absurd.", ("NICREL", "016", None)),
        ("He was held on charges of spying, which Paris has called baseless.", ("FRAGOV", "016", None)),
        ("He was convicted on charges that Washington has called baseless.", ("USAGOV", "016", None)),
        ("Kabul cited a report that the White House rejected.", ("USAGOV", "016", None)),
        ("The African Union Commission chairman urged restraint.", ("AU", "0256", None)),
        ("LAGOS (Accord Wire) -- Soldiers opened fire on hundreds of people protesting.", ("NGAMIL", "175", "NGACVL")),
        ("The government blocked access to Twitter, Facebook and YouTube.", ("GOV", "1721", None)),
        ("Pakistan closed its airspace to Indian flights.", ("PAK", "191", "IND")),
        ("Washington suspended its strategic partnership with Georgia.", ("USAGOV", "160", "GEO")),
        ("North Korea fired a ballistic missile on Thursday.", ("PRK", "150", None)),
        ("Brazil offered to mediate between Guyana and Venezuela.", ("BRA", "039", "GUY")),
    ],
)
def test_targets_and_codes_an_annotator_expects(code, text, expected):
    assert expected in code(text), code(text)


def test_trade_measures_are_aimed_at_where_the_goods_come_from(code):
    text = "The US imposed 25% tariffs on most imports from Canada and Mexico."
    assert code(text) == [("USA", "163", "CAN"), ("USA", "163", "MEX")]
    assert code("China banned imports from Japan and South Korea.") == [("CHN", "163", "JPN"), ("CHN", "163", "KOR")]
    assert code("Saudi Arabia halted imports of Lebanese fruit and vegetables.") == [("SAU", "163", "LBN")]


def test_people_and_parties_at_home_defy_and_demand_from_their_own_government(code):
    assert code("LAGOS (Accord Wire) -- Crowds defied the curfew on Wednesday.") == [("NGACVL", "128", "NGAGOV")]
    text = "ISLAMABAD (Accord Wire) -- The former prime minister had ignored repeated summonses."
    assert code(text) == [("PAKELI", "128", "PAKGOV")]
    # a state defies the story's other state
    assert ("IRN", "128", "USA") in code("The US demanded a halt to enrichment. Iran defied the demand.")


def test_an_attack_on_a_place_abroad_is_aimed_at_its_country(code):
    assert code("Russian jets bombed villages in Idlib on Sunday.") == [("RUSMIL", "195", "SYR")]
    assert code("Russia’s strikes on Kharkiv killed seven people.")[0][2] == "UKR"
    assert code("Syrian troops shelled villages in Idlib.") == [("SYRMIL", "194", None)]  # at home: no target


def test_an_infinitive_after_a_noun_is_its_owners_act_intent_or_nothing(code):
    # whose mission or decision it is; a plan or fund is an intention; an ability is no act
    assert ("EU", "074", None) in code("The EU launched a naval mission to escort merchant ships.")
    assert ("LTU", "075", "CHNCVL") in code(
        "BEIJING (Accord Wire) -- China criticised Lithuania's decision to grant asylum to the prisoners."
    )
    assert ("TWN", "0311", "LTUBUS") in code("Taiwan has announced a $200 million fund to invest in Lithuanian firms.")
    assert code("The sanctions could limit Washington’s ability to support Guinea.") == []


def test_a_trip_someone_is_on_or_returns_from_is_theirs(code):
    text = "KINGSTOWN (Accord Wire) -- The prime minister is on a five-day visit to Beijing."
    assert code(text) == [("VCTGOV", "042", "CHN")]
    text = "MALE (Accord Wire) -- The president spoke after returning from a five-day state visit to China."
    assert code(text) == [("MDVGOV", "042", "CHN")]


def test_no_talks_is_a_refusal_of_talks(code):
    text = "TEHRAN (Accord Wire) -- A spokesman said Tehran had no interest in talks with Washington."
    assert code(text) == [("IRNGOV", "125", "USAGOV")]
    assert code("KYIV (Accord Wire) -- Ukraine said there would be no talks with Moscow.") == [("UKR", "125", "RUSGOV")]
    text = "KYIV (Accord Wire) -- “There will be no talks with Moscow,” the president said."
    assert code(text) == [("UKRGOV", "125", "RUSGOV")]
    assert ("IRN", "040", "EU") in code("Iran held talks with the EU on Monday.")


def test_live_ammunition_not_used_is_a_negated_repression(code):
    text = "NOUMÉA (Accord Wire) -- Gendarmes have not used live ammunition against rioters, the ministry said."
    (event,) = code(text, full=True).events
    assert (event.source.code, event.cameo, event.target.code, event.negated) == ("NCLPOL", "175", "NCLCVL", True)


def test_allowing_someone_to_act_has_them_as_object(code):
    # the parser reads "inspectors to monitor" as a clause; the inspectors are what is allowed
    text = "Japan has allowed IAEA inspectors to monitor the discharge from an office at the plant."
    assert code(text) == [("JPN", "0862", "IAEA")]


def test_an_accusation_after_a_long_reported_clause_is_the_reporters(code):
    text = (
        "QUITO (Accord Wire) -- Ecuador’s government said the asylum was illegal because Glas faced a pending "
        "arrest warrant, and accused Mexico of abusing the immunity of its premises."
    )
    assert code(text) == [("ECUGOV", "1122", "MEX")]
    assert ("ECOWAS", "154", None) in code("ECOWAS ordered the activation of a regional standby force.")


def test_a_state_act_in_the_passive_without_agent_is_the_states(code):
    # police detain, courts convict, where the clause says it happened, else in the story's country
    assert ("IRNJUD", "116", "USACVL") in code("WASHINGTON (Accord Wire) -- Three Americans were convicted in Iran.")
    assert code("HAVANA (Accord Wire) -- Five other journalists had been detained, the group said.") == [
        ("CUBPOL", "173", None)
    ]
    assert code("The opposition leader was arrested by police on Tuesday.") == [("POL", "173", "OPP")]
    assert code("The opposition leader was criticised on Tuesday.") == []  # anyone may criticise


def test_a_veto_is_aimed_at_parliament_and_refusing_to_resign_at_no_foreign_state(code):
    text = "TBILISI (Accord Wire) -- The US criticised the law. Georgia's president vetoed the law on Saturday."
    assert ("GEOGOV", "129", "GEOLEG") in code(text)
    text = (
        "BEIRUT (Accord Wire) -- Saudi Arabia recalled its ambassador from Lebanon. "
        "The Lebanese information minister refused to resign."
    )
    assert ("LBNGOV", "123", None) in code(text)


def test_will_not_is_a_refusal_not_a_negated_act(code):
    result = code("BOGOTA (Accord Wire) -- The government will not negotiate with the ELN.", full=True)
    assert [(e.cameo, e.negated) for e in result.events] == [("125", False)]
    assert [e.negated for e in code("Russia did not attack Ukraine.", full=True).events] == [True]


def test_people_acted_on_are_civilians_of_the_story(code):
    events = code("PARIS, Jan 22 (Accord Wire) -- Police detained at least 40 people overnight.")
    assert ("FRAPOL", "173", "FRACVL") in events


def test_an_object_does_not_take_its_country_from_its_own_subject(code):
    events = code("BOGOTA (Accord Wire) -- Norway urged the government to return to talks.")
    assert any(s == "NOR" and t == "COLGOV" for s, c, t in events), events


def test_misparsed_reduced_relative_and_infinitive_complement(code):
    # the small model parses "called" as a clause modifying "chief" and "to reverse" as a purpose clause
    assert code("The IAEA chief called on Iran to reverse the decision.") == [("IAEA", "024", "IRN")]


def test_events_inside_quotes_belong_to_the_speaker(code):
    text = (
        "BOGOTA (Accord Wire) -- Colombia suspended talks with the ELN. "
        "“We will not negotiate under fire,” the president said."
    )
    assert ("COLGOV", "125", None) in code(text)
    assert ("DEUGOV", "036", "UKR") in code("“I will travel to Kyiv next week,” German Chancellor Olaf Scholz said.")
    # a quote about others gives the speaker nothing: "they" is not the speaker
    assert not [e for e in code("“They attacked us,” the Ukrainian minister said.") if e[0].startswith("UKR")]


def test_demand_targets_the_subject_of_its_clause_and_rejections_from(code):
    events = code("The UN Security Council demanded that the Houthis release the crew.")
    assert [(s, c[:2], t) for s, c, t in events] == [("UNSC", "10", "HOUTHIS")]
    assert ("XKXGOV", "124", "EU") in code("Kosovo’s government rejected calls from the EU to withdraw.")


def test_mass_killing_of_civilians(code):
    assert ("JNIM", "202", "BFACVL") in code(
        "OUAGADOUGOU (Accord Wire) -- JNIM fighters killed at least 60 civilians in a village near Djibo."
    )
    assert ("JNIM", "190", "BFACVL") in code("OUAGADOUGOU (Accord Wire) -- JNIM fighters killed three civilians.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state that protests complains officially; citizens who protest march against their government
        ("Minsk protested against Lithuania’s decision.", ("BLRGOV", "114", "LTU")),
        (
            "PARIS, Jan 2 (Accord Wire) -- Thousands of French farmers blocked eight motorways.",
            ("FRACVL", "144", "FRAGOV"),
        ),
        # a vow to keep attacking is a threat of force
        ("Al-Shabaab vowed to keep attacking Kenyan soldiers.", ("ALSHABAAB", "1384", "KENMIL")),
        # whose thing the object is names the target
        ("Finland seized a Russian-owned tanker on Thursday.", ("FIN", "1711", "RUSBUS")),
        ("Hezbollah fired two mortar rounds at an Israeli army position.", ("HEZBOLLAH", "194", "ISRMIL")),
        # "the attackers" are the armed group named before
        ("JNIM fighters attacked the village. The attackers burned the market.", ("JNIM", "1712", None)),
        # datelines in capitals find their city in any case
        ("PORT-AU-PRINCE (Accord Wire) -- Gang members killed at least 70 people.", ("HTICRM", "202", "HTICVL")),
    ],
)
def test_more_conventions_an_annotator_expects(code, text, expected):
    assert expected in code(text), code(text)


def test_own_forces_are_no_target_and_reported_warnings_keep_their_mood(code):
    assert code("Mali’s army put its air defence units on maximum alert.") == [("MLIMIL", "152", None)]
    text = "Tehran warned Israel and the United States that any attack would be met with a crushing response."
    assert {(s, c[:2], t) for s, c, t in code(text)} >= {("IRNGOV", "13", "ISR"), ("IRNGOV", "13", "USA")}


def test_declined_to_comment_and_passive_participles(code):
    assert code("Asked about the incident, Vietnam’s prime minister declined to comment.") == [("VNMGOV", "011", None)]


def test_exchanges_between_coordinated_sides_go_both_ways(code):
    # two donors do not aid each other
    assert set(code("Pakistan and Iran sent humanitarian aid on Sunday.")) == {
        ("PAK", "073", None),
        ("IRN", "073", None),
    }
    assert code("Russia and Ukraine exchanged 115 prisoners of war each on Saturday.") == [
        ("RUS", "0841", "UKR"),
        ("UKR", "0841", "RUS"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tehran was ready to resume indirect talks with Washington.", ("IRNGOV", "036", "USAGOV")),
        (
            "Thai and Cambodian troops clashed again. Each side accused the other of firing first.",
            ("THA", "112", "KHM"),
        ),
        (
            "MAPUTO (Accord Wire) -- A general strike called by the opposition began on Monday.",
            ("MOZOPP", "143", "MOZGOV"),
        ),
    ],
)
def test_intent_words_each_other_and_nouns_done_by_someone(code, text, expected):
    assert expected in code(text), code(text)


def test_an_attack_with_no_target_written_is_aimed_at_the_other_side_of_the_story(code):
    text = (
        "HELSINKI (Accord Wire) -- Finland seized a Russian tanker that damaged an undersea cable. "
        "Russia demanded the immediate release of the vessel. Finnish officials said Finland would not yield. "
        "Russian drones struck overnight, and Moscow recalled its ambassador."
    )
    events = set(code(text))
    assert {("RUS", "1053", "FIN"), ("RUSMIL", "190", "FIN"), ("RUSGOV", "161", "FIN")} <= events
    # no story counterpart when two countries are named equally often: the target stays empty
    assert code("Russian drones struck overnight, officials in Poland and Estonia said.") == [("RUSMIL", "190", None)]


def test_an_accusation_hung_on_a_reported_clause_is_the_speakers(code):
    text = "Mali’s government denied that the drone had crossed the border and accused Algiers of lying."
    assert ("MLIGOV", "112", "DZAGOV") in code(text)
    # what happened in the report keeps its own subject, even when that is no actor
    assert code("The ministry said the rocket hit a school and killed two children.") == []
    # an opposition candidate; what someone is accused of is not part of the accused's name
    text = "MAPUTO (Accord Wire) -- The opposition candidate accused the prime minister of protecting mining companies."
    assert code(text) == [("MOZOPP", "112", "MOZGOV")]


def test_military_places_belong_to_the_armed_forces(code):
    assert code("Thailand’s air force bombed two Cambodian military positions.") == [("THAMIL", "195", "KHMMIL")]
    assert code("Tajik troops fired mortars at Kyrgyz border posts.") == [("TJKMIL", "194", "KGZMIL")]
    # "crush", "wipe out"
    assert code("The Ethiopian government vowed to crush the militia.") == [("ETHGOV", "1384", "ETHREB")]
    text = "JNIM fighters attacked a village near Djibo. The army vowed to “wipe out” the attackers."
    assert ("BFAMIL", "1384", "JNIM") in code("OUAGADOUGOU (Accord Wire) -- " + text)


def test_a_rejected_offer_or_protest_is_aimed_at_whoever_made_it(code):
    text = (
        "BELGRADE (Accord Wire) -- Serbia's government offered talks to the students. The students rejected the offer."
    )
    assert ("SRBEDU", "127", "SRBGOV") in code(text)
    text = "MANILA (Accord Wire) -- The Philippines lodged a protest with China. China’s ministry rejected the protest."
    assert ("CHNGOV", "120", "PHL") in code(text)


def test_both_sides_are_the_two_the_story_is_about(code):
    text = (
        "MANILA (Accord Wire) -- Chinese coast guard ships fired water cannon at a Philippine boat. "
        "The Philippines said China had violated its sovereignty, and China blamed Manila. "
        "Japan's foreign minister spoke to reporters in Tokyo. Malaysia called on both sides to exercise restraint."
    )
    got = {e for e in code(text) if e[0] == "MYS"}
    assert {(s, c[:2], t) for s, c, t in got} == {("MYS", "02", "PHL"), ("MYS", "02", "CHN")}
    assert not [e for e in code(text) if e[0] == "JPNGOV"]  # spoke to reporters: no event


def test_mediators_between_the_two_sides_of_the_story(code):
    story = "BANGKOK (Accord Wire) -- Thai and Cambodian troops clashed. Thailand accused Cambodia of firing first. "
    offered = code(story + "Malaysia offered to host talks between the two governments.")
    assert {("MYS", "039", "THAGOV"), ("MYS", "039", "KHMGOV")} <= set(offered)
    brokered = code(story + "The truce was brokered by Malaysia’s prime minister.")
    assert {("MYSGOV", "045", "THAGOV"), ("MYSGOV", "045", "KHMGOV")} <= set(brokered)


def test_the_three_governments_are_the_last_three_named(code):
    text = (
        "MANAGUA (Accord Wire) -- Brazil, Chile and Colombia criticised the arrest of the bishop. "
        "Nicaragua's government accused the three governments of meddling."
    )
    accused = {t for s, c, t in code(text) if s == "NICGOV" and c.startswith("112")}
    assert accused == {"BRAGOV", "CHLGOV", "COLGOV"}


def test_hyphenated_objects_and_a_misread_past_tense(code):
    # "staged" is lemmatised "stag" by the small model; "sit-in" is three tokens
    assert code("Hundreds of opposition supporters staged a sit-in outside the ministry.") == [("OPP", "141", None)]
    assert set(code("China and Fiji signed a joint communique in Beijing.")) == {
        ("CHN", "057", "FJI"),
        ("FJI", "057", "CHN"),
    }


def test_an_unseen_article_gives_the_events_an_analyst_expects(coder):
    """eval/unseen/essequibo-standoff.txt was written after the rules and is in no eval set.
    Its first run missed three obvious events (troops moved, exercises promised in a reported
    clause, the Commonwealth secretary-general's concern); the first two led to general fixes,
    the third sentence is still misparsed by the small model and stays missed."""
    from pathlib import Path

    from accord.ingest import read_inputs

    path = Path(__file__).resolve().parent.parent / "eval" / "unseen" / "essequibo-standoff.txt"
    result = coder.code_document(next(iter(read_inputs([path]))))
    got = {(e.source.code, e.cameo[:2], e.target.code if e.target else None) for e in result.events}
    expected = {
        ("GUY", "02", "ICJ"),  # asked the court to stop the vote
        ("GUY", "11", "VENGOV"),  # accused Caracas
        ("VEN", "12", "GUY"),  # rejected the request
        ("GUYGOV", "02", "VEN"),  # urged Venezuela to respect the award
        ("GUYGOV", "04", "USAMIL"),  # met US military officials
        ("BRA", "15", "VEN"),  # moved troops to the border
        ("BRAGOV", "02", "GUY"),  # called on both sides
        ("BRAGOV", "02", "VEN"),
        ("USA", "05", "GUY"),  # supported Guyana's sovereignty
        ("USA", "03", "GUYMIL"),  # would hold joint exercises
        ("VENGOV", "11", "USAGOV"),  # accused Washington
    }
    assert expected <= got, expected - got
    assert not [e for e in result.events if e.cameo.startswith(("18", "19", "20"))]  # nobody attacked anyone


def test_aid_with_no_recipient_written_goes_to_the_story_country(code):
    text = "DHAKA (Accord Wire) -- Floods hit Bangladesh. Japan and the United States pledged emergency aid."
    assert {e for e in code(text) if e[1].startswith("03")} == {("JPN", "033", "BGD"), ("USA", "033", "BGD")}
    text = "SARAJEVO (Accord Wire) -- A court sentenced the Bosnian Serb leader to a year in prison."
    assert code(text) == [("BIHJUD", "116", "BIHGOV")]


def test_kind_adjectives_are_no_targets_and_intents_are_one_sided(code):
    text = "Russia and Belarus began joint military exercises nearby."
    assert set(code(text)) == {("RUS", "062", "BLR"), ("BLR", "062", "RUS")}  # not the "military"
    text = "Australia’s defence minister said Canberra would hold further exercises with India later this year."
    assert code(text) == [("AUSGOV", "0312", "IND")]  # India said nothing


def test_promises_of_sanctions_and_attacks_are_threats(code):
    text = "Mexico's president said she would announce retaliatory tariffs at a rally on Sunday."
    assert code(text) == [("MEXGOV", "1312", None)]
    text = "The Houthis said they would keep targeting ships in the Red Sea."
    assert [(s, c[:2]) for s, c, t in code(text)] == [("HOUTHIS", "13")]
    assert code("China will take all necessary measures to defend its sovereignty.") == [("CHN", "130", None)]
    assert code("Iran seized a tanker owned by a Greek company.") == [("IRN", "1711", "GRCBUS")]


def test_property_destroyed_and_crowds_dispersed_hurt_the_story_civilians(code):
    text = "OUAGADOUGOU (Accord Wire) -- JNIM fighters attacked Djibo. The attackers burned dozens of homes."
    assert ("JNIM", "1712", "BFACVL") in code(text)
    text = "MAPUTO (Accord Wire) -- Mozambican police fired tear gas on Thursday, a rights group said."
    assert code(text) == [("MOZPOL", "175", "MOZCVL")]  # not the rights group that reported it
    text = "TEGUCIGALPA (Accord Wire) -- Police arrested 28 suspected members of an extortion ring."
    assert code(text) == [("HNDPOL", "173", "HNDCRM")]


def test_officials_from_the_two_governments_are_both_sides(code):
    text = (
        "MALE (Accord Wire) -- India and the Maldives are at odds. Officials from the two governments held talks "
        "on Sunday and agreed to meet again in New Delhi next month."
    )
    assert {("INDGOV", "040", "MDVGOV"), ("MDVGOV", "040", "INDGOV")} <= set(code(text))


def test_the_place_a_leader_visits_is_its_country(code):
    assert code("Chad’s president visited Moscow last year.") == [("TCDGOV", "042", "RUS")]
    assert code("Japan's foreign ministry said it would send a senior diplomat to Honiara.") == [
        ("JPNGOV", "036", "SLB")
    ]
    assert ("JPN", "040", "RUSGOV") in code("Japan held talks with Moscow.")  # a government, not a place


def test_a_visit_that_sets_the_scene_of_another_event_is_coded_too(code):
    text = (
        "Saudi Arabia and Qatar ended their rift. Qatar’s emir, on his first visit to the kingdom since 2017, "
        "was greeted by the crown prince."
    )
    assert ("QATGOV", "042", "SAU") in code(text)  # "his" is the emir; "the kingdom" is Saudi Arabia
    text = "Protesters in Seoul criticised the Japanese prime minister during his visit to South Korea."
    assert set(code(text)) == {("KORCVL", "111", "JPNGOV"), ("JPNGOV", "042", "KOR")}
    protested = code("Seoul protested against the visit of the Japanese prime minister.")
    assert [e for e in protested if e[1] == "042"] == []  # the visit is what was protested


def test_what_comes_under_attack_is_the_target(code):
    text = "A Malian army convoy came under attack from JNIM fighters near Gao on Sunday."
    assert code(text) == [("JNIM", "190", "MLIMIL")]
    # protesters who attack riot (145)
    assert code("The Russian embassy came under attack by protesters.") == [("RUSCVL", "145", "RUSGOV")]


def test_acting_by_doing_and_soldiers_who_storm(code):
    assert code("Moscow responded by expelling 20 Czech diplomats.") == [("RUSGOV", "174", "CZEGOV")]
    assert code("China retaliated by imposing tariffs on Australian wine.") == [("CHN", "163", "AUS")]
    assert set(code("Lithuania, Latvia and Estonia each ordered one Russian diplomat to leave.")) == {
        ("LTU", "174", "RUSGOV"), ("LVA", "174", "RUSGOV"), ("EST", "174", "RUSGOV")
    }  # fmt: skip
    text = "CONAKRY (Accord Wire) -- Special forces stormed the presidential palace on Sunday."
    assert code(text) == [("GINMIL", "190", "GINGOV")]  # an assault, not a riot
    assert code("CONAKRY (Accord Wire) -- Protesters stormed the parliament building.")[0][1] == "145"


def test_counted_nationals_are_people_and_parties_are_named_by_their_members(code):
    text = "BRATISLAVA (Accord Wire) -- Tens of thousands of Slovaks have protested this year."
    assert code(text) == [("SVKCVL", "140", "SVKGOV")]
    text = "Britain's opposition Conservatives condemned the agreement and accused the government of betrayal."
    assert ("GBROPP", "112", "GBRGOV") in code(text)


def test_those_who_suffered_a_participle_did_not_do_it(code):
    text = (
        "MINSK (Accord Wire) -- Belarus freed the campaigner's allies but not the campaigner, "
        "who has been jailed since 2020."
    )
    assert [e for e in code(text) if e[1] == "173"] == []  # the campaigner did not jail anyone
    text = (
        "CONAKRY (Accord Wire) -- The junta freed 80 prisoners, among them opposition activists jailed during protests."
    )
    assert [e for e in code(text) if e[1] == "173"] == []
    # but a misread main verb after an appositive or with an object still has its subject
    assert code(
        "Malaysia’s prime minister, who chairs ASEAN this year, offered to mediate between Thailand and Cambodia."
    )
    assert ("OHCHR", "0253", "GOV") in code("The UN human rights chief called on the authorities to free the men.")


def test_criticism_drawn_from_others_and_people_counted_without_a_name(code):
    text = "BRATISLAVA (Accord Wire) -- The government has drawn criticism from Brussels over the criminal code."
    assert code(text) == [("EU", "111", "SVKGOV")]
    assert code("Russia faced new sanctions from the EU.") == [("EU", "163", "RUS")]
    assert code("NAIROBI (Accord Wire) -- Hundreds protested outside parliament.") == [("KENCVL", "140", "KENLEG")]
    text = "The minister pledged €50 million in humanitarian aid for displacement camps."
    assert [e[2] for e in code(text)] != ["CVL"]  # a sum of money is no crowd


def test_an_organisation_acts_on_the_country_the_story_is_about(code):
    text = "CONAKRY (Accord Wire) -- Soldiers seized power in Guinea. ECOWAS suspended Guinea from its bodies."
    assert ("ECOWAS", "161", "GIN") in code(text)
    text = "BENGHAZI (Accord Wire) -- Egypt, Turkey and Algeria have flown in rescue teams and aid."
    assert set(code(text)) == {("EGY", "073", "LBY"), ("TUR", "073", "LBY"), ("DZA", "073", "LBY")}


def test_what_is_denied_did_not_happen_and_extraditions_go_to_a_country(code):
    assert code("Iran denied supplying the Houthis with missiles.") == [("IRN", "016", None)]
    assert code("China denied that it had imposed any restrictions on Lithuanian goods.") == [("CHN", "016", None)]
    text = "BOGOTA (Accord Wire) -- Colombia extradited a senior Los Choneros commander to Ecuador on Thursday."
    assert code(text) == [("COL", "063", "ECU")]
    assert code("Parliament approved the delay on Monday.") == []  # passing a measure is no praise
    text = "TEGUCIGALPA (Accord Wire) -- The president opened her own investigation into police conduct."
    assert code(text) == [("HNDGOV", "090", "HNDPOL")]
    assert code("ABUJA (Accord Wire) -- Nigerian troops backed by air force jets searched the forests.") == []


def test_claimed_attacks_their_countries_and_crowds_in_relative_clauses(code):
    text = "Yemen’s Houthi movement claimed responsibility on Friday for a missile attack on a British-owned tanker."
    assert set(code(text)) == {("HOUTHIS", "015", None), ("HOUTHIS", "195", "GBRBUS")}
    text = (
        "Vietnam's prime minister visited Manila. The two leaders signed agreements on coast guard cooperation, "
        "and said their countries would hold joint maritime patrols from next year."
    )
    assert {("VNM", "0312", "PHL"), ("PHL", "0312", "VNM")} <= set(code(text))
    text = "MAPUTO (Accord Wire) -- Police fired tear gas at thousands of people who marched through Maputo."
    assert ("MOZCVL", "141", "MOZGOV") in code(text)


def test_lists_the_parser_reads_as_appositives_and_two_subjects_of_one_verb(code):
    text = (
        "Mali, Burkina Faso and Niger, which form the Alliance of Sahel States, recalled their ambassadors to Algeria."
    )
    assert set(code(text)) == {("MLI", "161", "DZA"), ("BFA", "161", "DZA"), ("NER", "161", "DZA")}
    text = "Kuwait, which mediated between the two sides for three years, and the United States welcomed the agreement."
    assert {("KWT", "051", None), ("USA", "051", None)} <= set(code(text))  # welcoming a deal is not mutual


def test_sides_that_fight_are_armies_and_sides_that_agree_are_governments(code):
    text = "Kyrgyz and Tajik border guards clashed on Friday. The two sides then exchanged heavy machine-gun fire."
    assert {("KGZMIL", "193", "TJKMIL"), ("TJKMIL", "193", "KGZMIL")} <= set(code(text))
    assert ("KGZMIL", "190", "TJKMIL") in code(text)  # the bare demonym shares the noun of its conjunct
    text = "Saudi Arabia and Iran restored ties. The two sides agreed to expand trade."
    assert {("SAUGOV", "030", "IRNGOV"), ("IRNGOV", "030", "SAUGOV")} <= set(code(text))


def test_a_subject_lost_to_a_fronted_phrase_and_blacklists(code):
    text = "ADDIS ABABA (Accord Wire) -- Two days after the ambush, soldiers and federal police killed 100 villagers."
    assert {("ETHMIL", "202", "ETHCVL"), ("ETHPOL", "202", "ETHCVL")} <= set(code(text))
    assert ("ARE", "045", None) in code("Russia and Ukraine exchanged prisoners in a swap mediated by the UAE.")
    assert code("China placed two US drone makers on its unreliable entity list.") == [("CHN", "163", "USABUS")]
    assert code("The EU also removed three Russian businessmen from the list.") == [("EU", "085", "RUSBUS")]
    assert code("Washington raised its levy on Chinese goods to 20 percent.") == [("USAGOV", "163", "CHN")]


def test_criticism_of_a_thing_is_aimed_at_no_one_but_its_owner(code):
    assert code("Sweden's foreign minister condemned the attack on the embassy.") == [("SWEGOV", "111", None)]
    assert code("The G7 criticised China's use of economic coercion.") == [("G7", "111", "CHN")]
    assert code("Japan criticised China on Monday.") == [("JPN", "111", "CHN")]


def test_riot_police_crowds_and_several_subjects_with_a_misread_one(code):
    text = "WARSAW (Accord Wire) -- Polish riot police used pepper spray on Monday against a group of Iraqi migrants."
    assert code(text) == [("POLPOL", "175", "IRQREF")]
    text = "LAGOS (Accord Wire) -- Soldiers opened fire on hundreds of people at a toll gate."
    assert code(text) == [("NGAMIL", "193", "NGACVL")]
    text = "LAGOS (Accord Wire) -- Hundreds of people protested against police brutality at a toll gate."
    assert code(text) == [("NGACVL", "141", "NGAPOL")]
    text = (
        "The UN secretary-general urged restraint, and the European Union called on the authorities to free "
        "all detained peaceful protesters."
    )
    assert ("EU", "0253", "GOV") in code(text)


def test_authorities_addressed_from_abroad_counterparts_and_aid_to_people(code):
    text = (
        "ALMATY (Accord Wire) -- Kazakhstan's president declared a state of emergency. The US secretary of state "
        "criticised the decision and urged the authorities to respect the right to peaceful protest."
    )
    assert ("USAGOV", "020", "KAZGOV") in code(text)
    text = "BOGOTA (Accord Wire) -- The Colombian president, a former guerrilla, accused his US counterpart of lying."
    assert code(text) == [("COLGOV", "112", "USAGOV")]
    text = "KHARTOUM (Accord Wire) -- The World Food Programme said it delivered food aid to 40,000 people."
    assert code(text) == [("WFP", "070", "SDN")]
    assert code("Japan lodged a protest with China on Monday.") == [("JPN", "114", "CHN")]


def test_riots_property_owners_and_a_state_deploying_its_own_army(code):
    text = "RAWALPINDI (Accord Wire) -- Protesters attacked the army’s headquarters in Rawalpindi."
    assert code(text) == [("PAKCVL", "145", "PAKMIL")]
    assert code("LAGOS (Accord Wire) -- Protesters set fire to a police station and several buses.") == [
        ("NGACVL", "1712", "NGAPOL")
    ]
    assert code("LAHORE (Accord Wire) -- Crowds torched vehicles and police posts in several cities.") == [
        ("PAKCVL", "1712", "PAKPOL")
    ]
    text = "ISLAMABAD (Accord Wire) -- The government deployed the army in Islamabad and two provinces."
    assert code(text) == [("PAKGOV", "154", None)]
    text = "APIA (Accord Wire) -- The caretaker prime minister called the ceremony “treason”."
    assert code(text) == [("WSMGOV", "111", None)]
    assert code("The army called the attacks a “black chapter”.")[0][1] == "111"


def test_courts_rule_order_releases_and_soldiers_drag_people_away(code):
    text = (
        "ISLAMABAD (Accord Wire) -- Police arrested the former prime minister on Tuesday. "
        "Pakistan’s Supreme Court ordered his release on Thursday."
    )
    assert ("PAKJUD", "0841", "PAKELI") in code(text)
    assert code("APIA (Accord Wire) -- The Supreme Court ruled the order unlawful on Sunday.") == [
        ("WSMJUD", "116", None)
    ]
    text = "ISLAMABAD (Accord Wire) -- Paramilitary troops dragged the former prime minister from a courtroom."
    assert code(text) == [("PAKMIL", "173", "PAKELI")]


def test_clemency_waivers_and_officials_ordered_out(code):
    assert code("The United States granted clemency to five Iranians.") == [("USA", "0841", "IRNCVL")]  # people
    assert code("Washington issued a sanctions waiver earlier this month.") == [("USAGOV", "085", None)]
    text = "ADDIS ABABA (Accord Wire) -- Ethiopia has ordered seven senior United Nations officials to leave."
    assert code(text) == [("ETH", "174", "UN")]
