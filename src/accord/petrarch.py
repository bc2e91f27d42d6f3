"""Import TABARI/PETRARCH `.actors` dictionaries into an `ActorLexicon`.

The format (one actor per entry, synonyms with `+`, codes in brackets, dated codes
on indented lines):

    NORVANIA_  [NRV]
    +NORVANIAN_
    JANE_DOE_  # a note
        [NRVGOV 990101-041231]
        [NRVOPP >050101]

Names are upper case with `_` between words; accord matches news text case-
sensitively, so each name is added in Title Case and, for short names, as written.
Dated codes become terms: a document's date picks the code in force (an undated
code applies outside the dated ones; without a document date, the open-ended or
latest code is used).
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import LexiconError
from .lexicon import AGENT_CODES, ActorEntry, ActorLexicon, Term

_CODE = re.compile(r"\[([A-Z0-9]{3,15})(?:\s+([<>]?\d{6}(?:-\d{6})?))?\]")


def _names(raw: str) -> list[str]:
    words = [w for w in raw.strip().rstrip("_").split("_") if w]
    if not words:
        return []
    title = " ".join(w if any(c.islower() for c in w) else w.capitalize() for w in words)
    upper = " ".join(words)
    return [title] if len(upper) > 5 or upper == title else [title, upper]


def _best_code(codes: list[tuple[str, str]]) -> str:
    """The open-ended (>date or undated) code, else the one whose range ends last."""
    for code, span in codes:
        if not span or span.startswith(">"):
            return code

    def end(span: str) -> str:
        return span.split("-")[-1].lstrip("<")

    return max(codes, key=lambda c: end(c[1]))[0]


def _iso(yymmdd: str) -> str:
    """PETRARCH's YYMMDD as ISO; two-digit years up to 30 are 20xx."""
    yy = int(yymmdd[:2])
    return f"{2000 + yy if yy <= 30 else 1900 + yy}-{yymmdd[2:4]}-{yymmdd[4:6]}"


def _term(code: str, span: str, lexicon: ActorLexicon, name: str, source: str) -> Term:
    country, agent = _split_code(code, lexicon)
    start = end = ""
    if span.startswith(">"):
        start = _iso(span[1:])
    elif span.startswith("<"):
        end = _iso(span[1:])
    elif "-" in span:
        start, end = (_iso(part) for part in span.split("-"))
    return Term(code, country, agent, name, start, end, source)


def _split_code(code: str, lexicon: ActorLexicon) -> tuple[str | None, str | None]:
    country = code[:3] if code[:3] in lexicon.countries else None
    agent = code[3:6] if country and code[3:6] in AGENT_CODES else None
    return country, agent


def load_petrarch_actors(lexicon: ActorLexicon, path: Path) -> int:
    """Add every actor of a `.actors` file; returns how many entries were read."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise LexiconError(str(path), None, f"cannot read ({exc.strerror})") from None
    entries: list[tuple[int, list[str], list[tuple[str, str]]]] = []
    for lineno, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        codes = [(m.group(1), m.group(2) or "") for m in _CODE.finditer(text)]
        head = _CODE.sub("", text).strip()
        if line[:1] in (" ", "\t") and not head:
            if not entries:
                raise LexiconError(str(path), lineno, "a dated code before any actor name")
            entries[-1][2].extend(codes)
        elif head.startswith("+"):
            if not entries:
                raise LexiconError(str(path), lineno, "a synonym (+NAME_) before any actor name")
            entries[-1][1].extend(_names(head[1:]))
            entries[-1][2].extend(codes)
        else:
            entries.append((lineno, _names(head), codes))
    count = 0
    for lineno, names, codes in entries:
        if not codes:
            continue  # PETRARCH entries without a code are placeholders
        code = _best_code(codes)
        country, agent = _split_code(code, lexicon)
        dated = any(span for _, span in codes)
        kind = "person" if dated else ("country" if country and len(code) == 3 else "group")
        name, source = names[0] if names else code, f"{path.name}:{lineno}"
        terms: tuple[Term, ...] = ()
        if dated:  # dated codes first; an undated one covers the rest of time
            ordered = sorted(codes, key=lambda c: not c[1])
            terms = tuple(_term(c, span, lexicon, name, source) for c, span in ordered)
        entry = ActorEntry(code, country, agent, kind, name, source, terms)
        for name in names:
            lexicon.add(name, entry)
        count += 1
    return count
