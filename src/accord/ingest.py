"""Readers that turn files, folders, JSONL, CSV and stdin into `Document`s.

Every reader yields either a `Document` or an `InputError` naming the file (and
line) and the reason, so one bad input never stops a batch.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from .errors import InputError
from .model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
HEADER_KEYS = {"title", "date", "url"}
_HEADER_LINE = re.compile(r"^(title|date|url)\s*:\s*(.*)$", re.IGNORECASE)
_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y")

Item = Document | InputError


def document_id(text: str) -> str:
    """Stable id: a hash of the text after Unicode and whitespace normalisation."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def normalise_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from common date spellings, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).strftime("%Y-%m-%d")
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def make_document(
    text: str,
    *,
    title: str | None = None,
    date: object = None,
    url: str | None = None,
    name: str | None = None,
) -> Document:
    """A `Document` for `text`; raises InputError when there is nothing to code."""
    if not isinstance(text, str):
        raise InputError(name or "<text>", f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InputError(name or "<text>", "empty document: no text to code")
    return Document(
        doc_id=document_id(text),
        text=text,
        title=title or None,
        date=normalise_date(date),
        url=url or None,
        name=name,
    )


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Optional `Title:`/`Date:`/`URL:` lines before a blank line, and the body."""
    lines = raw.split("\n")
    meta: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if meta:
                return meta, "\n".join(lines[i + 1 :])
            break
        match = _HEADER_LINE.match(line.strip())
        if not match:
            break
        meta[match.group(1).lower()] = match.group(2).strip()
    return {}, raw


def decode(data: bytes, where: str) -> str:
    """UTF-8 text from bytes, or an InputError saying why not."""
    if b"\x00" in data[:8192]:
        raise InputError(where, "binary file (contains NUL bytes); give accord text, JSONL or CSV")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            where,
            f"not valid UTF-8 at byte {exc.start}; convert it first, e.g. `iconv -f latin1 -t utf-8`",
        ) from None


def read_text_document(raw: str, where: str) -> Document:
    meta, body = split_header(raw)
    return make_document(body, title=meta.get("title"), date=meta.get("date"), url=meta.get("url"), name=where)


def read_text_file(path: Path) -> Iterator[Item]:
    try:
        yield read_text_document(decode(path.read_bytes(), str(path)), path.name)
    except InputError as exc:
        yield InputError(str(path), exc.reason)
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror}")


def _record_document(record: dict, where: str, default_name: str) -> Document:
    text = record.get("text")
    if text is None:
        raise InputError(where, "no 'text' field; each record needs the article text under 'text'")
    has_id = record.get("id") not in (None, "")
    name = str(record["id"]) if has_id else default_name
    try:
        return make_document(
            str(text), title=record.get("title"), date=record.get("date"), url=record.get("url"), name=name
        )
    except InputError as exc:
        raise InputError(f"{where} (id {name})" if has_id else where, exc.reason) from None


def read_jsonl_lines(lines: Iterable[str], where: str) -> Iterator[Item]:
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        here = f"{where}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(here, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(here, "each line must be a JSON object with a 'text' field")
            continue
        try:
            yield _record_document(record, here, f"{Path(where).name}:{lineno}")
        except InputError as exc:
            yield exc


def read_csv_text(raw: str, where: str) -> Iterator[Item]:
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    if "text" not in columns:
        shown = ", ".join(reader.fieldnames or []) or "none"
        yield InputError(where, f"no 'text' column (columns: {shown}); name the article column 'text'")
        return
    reader.fieldnames = columns
    for rowno, row in enumerate(reader, start=2):
        here = f"{where}:{rowno}"
        try:
            yield _record_document(row, here, f"{Path(where).name}:{rowno}")
        except InputError as exc:
            yield exc


def read_file(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES | CSV_SUFFIXES:
        yield from read_text_file(path)
        return
    try:
        raw = decode(path.read_bytes(), str(path))
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_lines(raw.splitlines(), str(path))
    else:
        yield from read_csv_text(raw, str(path))


def iter_folder(folder: Path) -> Iterator[Path]:
    known = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(p.startswith(".") for p in path.relative_to(folder).parts):
            if path.suffix.lower() in known and path.name != "README.md":
                yield path


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Documents (or errors) from files, folders (recursively) and `-` for stdin.

    Yields:
        A `Document` per article, or an `InputError` per input that cannot be read.
    """
    for item in paths:
        if str(item) == "-":
            raw = sys.stdin.buffer.read()
            try:
                yield read_text_document(decode(raw, "<stdin>"), "<stdin>")
            except InputError as exc:
                yield exc
            continue
        path = Path(item)
        if path.is_dir():
            for child in iter_folder(path):
                yield from read_file(child)
        elif path.exists():
            yield from read_file(path)
        else:
            yield InputError(str(path), "no such file or folder")
