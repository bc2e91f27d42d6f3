from __future__ import annotations

import accord


def test_public_api_is_pinned():
    assert accord.__all__ == [
        "AccordError",
        "Actor",
        "Coder",
        "Document",
        "Event",
        "InputError",
        "LexiconError",
        "Mention",
        "ModelError",
        "Result",
        "Store",
        "StoreError",
        "Trigger",
        "code_text",
        "read_inputs",
    ]


def test_code_text_returns_a_result_with_dicts():
    result = accord.code_text("Japan criticised China on Monday.", date="2025-03-03", url="https://example.org/a")
    (event,) = result.events
    assert (event.source.code, event.cameo, event.target.code) == ("JPN", "111", "CHN")
    data = result.to_dict()
    assert data["events"][0]["url"] == "https://example.org/a" and data["events"][0]["event_date"] == "2025-03-03"
    assert {m["code"] for m in data["mentions"]} == {"JPN", "CHN"}


def test_user_event_patterns_extend_the_lexicon(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "pos\tpattern\tcameo\texample\n"
        "verb\tairlift aid|food to $target\t073\tCanada airlifted aid to Haiti.\n"
        "verb\tcriticise $target\t112\tJapan criticised China.\n"
    )
    result = accord.code_text("Canada airlifted food to Haiti. Japan criticised China.", lexicons=(str(extra),))
    found = {(e.source.code, e.cameo, e.target.code) for e in result.events}
    assert ("CAN", "073", "HTI") in found
    assert ("JPN", "112", "CHN") in found  # the user's entry overrides the bundled 111
    assert any(e.rule.startswith("mine.tsv:2") for e in result.events)
