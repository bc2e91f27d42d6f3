"""Wire-copy datelines: "SEOUL, Feb. 16 (Reuters) --", "NEW DELHI, March 11 (Accord Wire) --".

A dateline glued to the first sentence spoils its parse, so the text given to spaCy
has it blanked out (same length, so every offset still points into the original),
and the place it names tells which country the story is about.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"^(\s*)(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}?)"  # the place, in capitals ("NOUMÉA", "BOGOTÁ")
    # ", South Africa," or ", Chad (Reuters)": the country after the town
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,3})(?=\s*(?:,|\(|--|—|–)))?"
    r"(?:\s*,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # ", March 11" / ", Feb. 16, 2025"
    r"(?:\s*\([^)\n]{1,40}\))?"  # " (Reuters)"
    r"\s*(?:--|—|–|-)\s+"
)


def find_dateline(text: str) -> tuple[str, int] | None:
    """The dateline's place ("DURBAN, South Africa" gives "South Africa", the country) and the
    offset where the story proper starts, or None."""
    match = _DATELINE.match(text)
    if not match or not any(c.isalpha() for c in match.group("place")):
        return None
    region = match.group("region")
    place = region if region and not re.fullmatch(r"[A-Z.]+", region) else match.group("place")  # not "D.C."
    place = re.sub(r"^THE\s+", "", " ".join(place.split()))  # "THE HAGUE"
    return place, match.end()


def mask_dateline(text: str) -> str:
    """The text with its dateline replaced by spaces (offsets unchanged)."""
    found = find_dateline(text)
    if not found:
        return text
    end = found[1]
    return " " * end + text[end:]
