from __future__ import annotations

import pytest

from accord.errors import LexiconError
from accord.lexicon import (
    ActorLexicon,
    CameoTable,
    ComplementTable,
    EventLexicon,
    load_lexicons,
    parse_pattern,
    read_tsv,
)
from accord.petrarch import load_petrarch_actors


def test_cameo_table_has_every_code_with_plover():
    cameo = CameoTable()
    assert len([c for c in cameo.codes if len(c) == 2]) == 20
    assert cameo["190"].quad_class == 4 and cameo["190"].goldstein == -10.0
    assert cameo["111"].plover_type == "ACCUSE"
    assert cameo["023"].plover_type == "REQUEST"  # accord's choice for root 02
    assert cameo["010"].plover_type is None  # statements have no PLOVER type
    assert cameo["09"].quad_class == 3 and cameo["14"].quad_class == 4


def test_pattern_language():
    p = parse_pattern("impose sanction|embargo on $target", "163", "f:1", "", "verb")
    assert p.triggers == {"impose"}
    assert p.objects == (frozenset({"sanction", "embargo"}),)
    assert p.preps == (frozenset({"on"}),)
    assert (p.target, p.target_preps) == ("prep", frozenset({"on"}))
    assert p.specificity == 2
    assert parse_pattern("criticise $target", "111", "f:2", "", "verb").target == "dobj"
    assert parse_pattern("warn", "130", "f:3", "", "verb").target is None
    # a particle right after the trigger is part of a phrasal verb, whose object is the target
    wipe = parse_pattern("wipe out $target", "190", "f:5", "", "verb")
    assert (wipe.target, wipe.preps) == ("dobj", (frozenset({"out"}),))
    assert parse_pattern("pull out of $target", "087", "f:6", "", "verb").target == "prep"
    with pytest.raises(ValueError):
        parse_pattern("$target attack", "190", "f:4", "", "verb")


def test_bad_rows_name_file_and_line(tmp_path):
    bad = tmp_path / "verbs.tsv"
    bad.write_text("# comment\npattern\tcameo\texample\ncriticise $target\t999\tx\n")
    with pytest.raises(LexiconError, match=r"verbs.tsv:3: unknown CAMEO code '999'"):
        EventLexicon(CameoTable()).load(bad, "verb")
    header = tmp_path / "h.tsv"
    header.write_text("name\tcode\n")
    with pytest.raises(LexiconError, match=r"h.tsv:1: header should be"):
        read_tsv(header, ["text", "code"])
    agent = tmp_path / "seats.tsv"
    agent.write_text("text\tcode\tnote\nNorvania City\tNRVXYZ\t\n")
    with pytest.raises(LexiconError, match=r"seats.tsv:2: unknown agent 'XYZ'"):
        ActorLexicon().load_seats(agent)


def test_complements_take_longest_prefix():
    table = ComplementTable(CameoTable())
    assert table.combine("03", "0421").code == "036"
    assert table.combine("03", "073").code == "0333"
    assert table.combine("12", "040").code == "125"
    assert table.combine("02", "not:190").code == "0256"
    assert table.combine("13", "163").code == "1312"
    assert table.combine("13", "999").code == "130"


def test_user_actor_file_extends_lexicon(tmp_path, code):
    extra = tmp_path / "mine.tsv"
    extra.write_text("text\tcode\tcountry\tagent\tkind\tname\nNorvanian Liberation Front\tNLF\t\tREB\tgroup\tNLF\n")
    lex = load_lexicons((str(extra),))
    assert lex.actors.names["Norvanian Liberation Front"].code == "NLF"
    assert str(extra) in lex.files


def test_unknown_user_file_is_refused(tmp_path):
    odd = tmp_path / "odd.tsv"
    odd.write_text("foo\tbar\n")
    with pytest.raises(LexiconError, match="unknown lexicon file"):
        load_lexicons((str(odd),))


def test_petrarch_actors_import(tmp_path):
    path = tmp_path / "mine.actors"
    path.write_text(
        "# a comment\n"
        "NORVANIA_  [NRV]\n"
        "+NORVANIAN_\n"
        "JANE_DOE_  # a person\n"
        "\t[NRVGOV 990101-041231]\n"
        "\t[NRVOPP >050101]\n"
        "NLF_ [NRVREB]\n"
    )
    lex = ActorLexicon()
    lex.countries["NRV"] = "Norvania"
    assert load_petrarch_actors(lex, path) == 3
    assert lex.names["Norvania"].code == "NRV" and lex.names["Norvanian"].code == "NRV"
    jane = lex.names["Jane Doe"]
    assert (jane.code, jane.kind, jane.agent) == ("NRVOPP", "person", "OPP")
    # dated codes: the document's date picks the one in force
    assert jane.at("2002-06-01").code == "NRVGOV"
    assert jane.at("2010-06-01").code == "NRVOPP"
    assert jane.at(None).code == "NRVOPP"
    assert lex.names["NLF"].code == "NRVREB" and lex.names["Nlf"].code == "NRVREB"
