from __future__ import annotations

from accord.quotes import find_quotes, quote_spans


def test_quote_spans_curly_straight_and_unmatched():
    text = '“We will act,” he said. She said "no". An “unclosed mark.'
    spans = [text[a:b] for a, b in quote_spans(text)]
    assert spans == ["We will act,", "no"]


def test_speaker_of_trailing_leading_and_according_to(coder):
    cases = [
        ("“We will not negotiate,” the president said.", "president"),
        ("The defence minister said: “We will send more troops.”", "minister"),
        ("According to a Kremlin official, “the talks are over.”", "official"),
    ]
    for text, speaker in cases:
        (quote,) = find_quotes(coder.nlp(text))
        assert quote.speaker is not None and quote.speaker.text == speaker, (text, quote)
