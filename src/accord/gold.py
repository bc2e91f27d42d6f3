"""Reading hand annotations: their JSONL rows, the articles they annotate, and where an
annotated piece of text lies in its article. The event, actor and quote evaluations share it."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from .errors import GoldError
from .ingest import read_inputs
from .model import Document

Row = TypeVar("Row")


def read_jsonl(path: str | Path, build: Callable[[dict[str, Any], int], Row], needs: str) -> list[Row]:
    """One row per non-blank line, made by `build(data, line_number)`; a bad line names the file,
    the line and the fields each line needs (`needs`)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"{path}: cannot read ({exc.strerror})") from None
    rows = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rows.append(build(json.loads(line), lineno))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise GoldError(f"{path}:{lineno}: {type(exc).__name__} {exc}; each line needs {needs}") from None
    return rows


def by_document(rows: Iterable[Row]) -> list[tuple[str, list[Row]]]:
    """The rows of each annotated document (`row.doc`), documents in name order."""
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row.doc].append(row)  # type: ignore[attr-defined]
    return sorted(grouped.items())


def read_article(folder: Path, name: str, gold_path: str | Path) -> Document:
    document = next(iter(read_inputs([folder / name])), None)
    if document is None or not hasattr(document, "text"):
        raise GoldError(f"{gold_path}: document {name} cannot be read from {folder}: {document}")
    return document


def article_file(folder: Path, name: str, document: Document, gold_path: str | Path) -> tuple[str, int]:
    """The article file as written (headers included: what `occurrence` counts in) and where its
    body, the text that was coded, starts in it."""
    raw = (folder / name).read_text(encoding="utf-8-sig")
    body = raw.rfind(document.text)
    if body < 0:
        raise GoldError(f"{gold_path}: cannot find the body of {name} in the file")
    return raw, body


def nth(text: str, needle: str, occurrence: int) -> int:
    """Where the `occurrence`-th (from 1) `needle` starts in `text`, or -1 when there are fewer."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos
