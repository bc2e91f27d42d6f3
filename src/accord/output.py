"""Printing rows: one place defines `--format table|jsonl|csv` and `--output`."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "jsonl", "csv")
TRUNCATE = {"sentence": 70, "event": 26, "quote": 70}  # table cells only; JSONL and CSV keep everything
EVENT_TABLE = [("date", "event_date"), ("source", "source.code"), ("code", "cameo"), ("event", "cameo_name"),
               ("target", "target.code"), ("trigger", "trigger.text"), ("conf", "confidence"),
               ("sentence", "sentence")]  # fmt: skip


QUOTE_TABLE = [("doc", "doc"), ("kind", "kind"), ("speaker", "speaker.code"), ("said by", "speaker.text"),
               ("cue", "cue"), ("quote", "text"), ("event", "event_id")]  # fmt: skip
MENTION_TABLE = [("doc", "doc"), ("text", "text"), ("start", "start"), ("end", "end"), ("code", "code"),
                 ("name", "name"), ("kind", "kind"), ("resolved by", "resolved_by")]  # fmt: skip


def pick_format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else a table on a terminal and JSONL when piped or written."""
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        return fmt
    if output:
        return "csv" if output.endswith(".csv") else "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


def get_path(row: dict[str, Any], dotted: str) -> Any:
    value: Any = row
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}_"))
        else:
            out[f"{prefix}{key}"] = value
    return out


def render(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    columns: list[tuple[str, str]] | None = None,
    title: str | None = None,
    width: int | None = None,
) -> str:
    rows = list(rows)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
    if fmt == "csv":
        flat = [flatten(r) for r in rows]
        names: list[str] = []
        for r in flat:
            names.extend(k for k in r if k not in names)
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        return buf.getvalue()
    columns = columns or [(k, k) for k in (rows[0] if rows else {})]
    table = Table(title=title, show_lines=False, header_style="bold")
    for header, _ in columns:
        table.add_column(header, overflow="fold")
    for r in rows:
        table.add_row(*(_cell(get_path(r, path), TRUNCATE.get(header)) for header, path in columns))
    console = Console(file=io.StringIO(), width=width or _width(), record=True, force_terminal=False)
    console.print(table)
    return console.export_text()


def _cell(value: Any, limit: int | None) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text[: limit - 1] + "…" if limit and len(text) > limit else text


def _width() -> int:
    try:
        return max(140, Console().width)
    except Exception:  # noqa: BLE001 - any console problem means a plain width
        return 120


def emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
