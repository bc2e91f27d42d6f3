"""Direct quotes in a parsed document and the token that says who spoke them.

Quotes are found between matching marks: curly “ ” or straight ". A quote belongs to
the speech verb outside it in the same sentence, or in the sentence that holds the quote's
end or start ("“We will not negotiate under fire,” the president said.", "The minister
said: “...”", "According to a Kremlin official, “...”"); the speaker is that verb's subject.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

SPEECH_VERBS = {
    "say", "tell", "add", "announce", "state", "declare", "insist", "argue", "claim", "warn", "urge", "deny",
    "write", "note", "stress", "explain", "reply", "respond", "ask", "recall", "acknowledge", "vow", "pledge",
    "promise", "accuse", "criticise", "criticize", "call", "describe", "tweet", "post", "conclude", "continue",
}  # fmt: skip
OPENING = {"“": "”", '"': '"'}


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # char offsets of the quoted words, marks excluded
    end: int
    speaker: Token | None  # the head of the phrase that names who spoke
    cue: Token | None  # the speech verb ("said") or "according"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Char spans inside matching quotation marks (curly, or straight in pairs)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        close = OPENING.get(text[i])
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        nxt = text.find("“", i + 1) if close == "”" else -1
        if j < 0 or (0 <= nxt < j):  # unmatched, or a new quote opens first: skip this mark
            i += 1
            continue
        if j - i > 1:
            spans.append((i + 1, j))
        i = j + 1
    return spans


def find_quotes(doc: Doc) -> list[QuoteSpan]:
    """Direct quotes with the speech verb and the speaker's phrase head, when the parse shows them."""
    out = []
    sents = list(doc.sents)
    for start, end in quote_spans(doc.text):
        cue = _speech_verb(doc, sents, start, end)
        speaker = None
        if cue is not None:
            if cue.lower_ == "according":
                speaker = next((p for c in cue.children for p in c.children if p.dep_ == "pobj"), None)
            else:
                speaker = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        out.append(QuoteSpan(start, end, speaker, cue))
    return out


def _speech_verb(doc: Doc, sents, start: int, end: int) -> Token | None:
    """A speech verb outside the quote, in the sentences the quote starts or ends in."""
    near = [s for s in sents if s.start_char <= end + 2 and s.end_char >= start - 2]
    candidates = []
    for sent in near:
        for tok in sent:
            outside = tok.idx < start - 1 or tok.idx >= end + 1
            if not outside:
                continue
            if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX"):
                candidates.append(tok)
            elif tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                candidates.append(tok)
    if not candidates:
        return None
    # the nearest to the quote's marks
    return min(candidates, key=lambda t: min(abs(t.idx - end), abs(t.idx - start)))


def inside(quotes: list[QuoteSpan], tok: Token) -> QuoteSpan | None:
    for q in quotes:
        if q.start <= tok.idx < q.end:
            return q
    return None
