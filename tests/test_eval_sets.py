"""The annotated sets use the codes the conventions define (a typo in a country code would
silently count against accord)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.lexicon import load_lexicons

ROOT = Path(__file__).resolve().parent.parent
GOLD = [
    ROOT / "eval/events/gold.jsonl",
    ROOT / "eval/quotes/gold.jsonl",
    ROOT / "eval/actors/gold.jsonl",
    ROOT / "src/accord/data/sample_gold.jsonl",
]
AGENTS = {
    "GOV", "MIL", "POL", "JUD", "LEG", "OPP", "REB", "INS", "CVL", "BUS", "MED", "EDU", "HLH", "REF", "NGO", "IGO",
    "SPY", "ELI", "LAB", "CRM", "REL",
}  # fmt: skip


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.parent.name if p.name == "gold.jsonl" else p.stem)
def test_every_gold_code_is_a_known_country_agent_or_organisation(path):
    lexicon = load_lexicons().actors
    countries = set(lexicon.countries)
    organisations = {e.code for e in lexicon.names.values() if e.kind in ("igo", "group")}
    bad = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for key in ("source", "target", "speaker_code", "code"):
            code = row.get(key)
            if not code or code in organisations or code in AGENTS:
                continue
            if not (code[:3] in countries and (len(code) == 3 or code[3:] in AGENTS)):
                bad.add((row["doc"], code))
    assert not bad, sorted(bad)
