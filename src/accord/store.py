"""The DuckDB store: documents, mentions and events, written one transaction per batch.

A document is stored once (by `doc_id`, a hash of its normalised text), so
ingesting the same story again adds nothing; a document is written with all its
events and mentions in the same transaction, so none is ever stored partially.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from .errors import InputError, StoreError
from .ingest import normalise_date, read_inputs
from .model import Document, Event, Quote, Result

SCHEMA_VERSION = "1"
ACTOR_FIELDS = ("code", "country", "agent", "name", "text", "start", "end", "kind")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, name VARCHAR, title VARCHAR, date DATE, url VARCHAR,
    text VARCHAR, n_events INTEGER, n_mentions INTEGER, model VARCHAR, coded_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR, sentence_index INTEGER, text VARCHAR, "start" INTEGER, "end" INTEGER,
    code VARCHAR, country VARCHAR, agent VARCHAR, kind VARCHAR, name VARCHAR, resolved_by VARCHAR
);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR PRIMARY KEY, doc_id VARCHAR, sentence_index INTEGER, text VARCHAR, "start" INTEGER,
    "end" INTEGER, kind VARCHAR, speaker_text VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER, cue VARCHAR, event_id VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, url VARCHAR, title VARCHAR,
    doc_date DATE, event_date DATE, sentence_index INTEGER, sentence VARCHAR,
    sentence_start INTEGER, sentence_end INTEGER,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    source_code VARCHAR, source_country VARCHAR, source_agent VARCHAR, source_name VARCHAR,
    source_text VARCHAR, source_start INTEGER, source_end INTEGER, source_kind VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_agent VARCHAR, target_name VARCHAR,
    target_text VARCHAR, target_start INTEGER, target_end INTEGER, target_kind VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    plover_type VARCHAR, plover_mode VARCHAR, negated BOOLEAN, confidence DOUBLE, rule VARCHAR
);
"""
EVENT_COLUMNS = [
    "event_id", "doc_id", "url", "title", "doc_date", "event_date", "sentence_index", "sentence",
    "sentence_start", "sentence_end", "trigger_text", "trigger_start", "trigger_end",
    *[f"source_{f}" for f in ACTOR_FIELDS], *[f"target_{f}" for f in ACTOR_FIELDS],
    "cameo", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type", "plover_mode",
    "negated", "confidence", "rule",
]  # fmt: skip
MENTION_COLUMNS = ["doc_id", "sentence_index", "text", "start", "end", "code", "country", "agent", "kind", "name",
                   "resolved_by"]  # fmt: skip
QUOTE_COLUMNS = ["quote_id", "doc_id", "sentence_index", "text", "start", "end", "kind", "speaker_text",
                 "speaker_name", "speaker_code", "speaker_start", "speaker_end", "cue", "event_id"]  # fmt: skip
DOCUMENT_COLUMNS = ["doc_id", "name", "title", "date", "url", "text", "n_events", "n_mentions", "model", "coded_at"]


def _q(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def event_row(event: Event) -> list[Any]:
    data = event.to_dict()
    row = [data[c] for c in EVENT_COLUMNS[:10]]
    row += [event.trigger.text, event.trigger.start, event.trigger.end]
    for actor in (data["source"], data["target"]):
        row += [actor.get(f) if actor else None for f in ACTOR_FIELDS]
    row += [data[c] for c in EVENT_COLUMNS[29:]]
    return row


def quote_row(quote: Quote) -> list[Any]:
    sp = quote.speaker
    speaker = [sp.text, sp.name, sp.code, sp.start, sp.end] if sp else [None] * 5
    return [quote.quote_id, quote.doc_id, quote.sentence_index, quote.text, quote.start, quote.end, quote.kind,
            *speaker, quote.cue, quote.event_id]  # fmt: skip


def quote_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A stored quote in the contract's nested shape."""
    out = {k: row[k] for k in ("quote_id", "doc_id", "sentence_index", "text", "start", "end", "kind")}
    fields = ("text", "name", "code", "start", "end")
    out["speaker"] = {f: row[f"speaker_{f}"] for f in fields} if row.get("speaker_text") is not None else None
    out["cue"], out["event_id"] = row["cue"], row["event_id"]
    if "doc" in row:
        out["doc"] = row["doc"]
    return out


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row in the contract's nested shape."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key.startswith(("source_", "target_", "trigger_")):
            continue
        out[key] = value.isoformat() if isinstance(value, date | datetime) else value
    out["trigger"] = {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]}
    for role in ("source", "target"):
        actor = {f: row[f"{role}_{f}"] for f in ACTOR_FIELDS}
        out[role] = actor if actor["code"] is not None else None
    order = ["event_id", "doc_id", "url", "title", "doc_date", "event_date", "sentence_index", "sentence",
             "sentence_start", "sentence_end", "trigger", "source", "target", "cameo", "cameo_root",
             "cameo_name", "quad_class", "goldstein", "plover_type", "plover_mode", "negated", "confidence",
             "rule"]  # fmt: skip
    return {k: out[k] for k in order}


@dataclass
class IngestReport:
    """What an ingest run did: counts and every input that could not be used."""

    documents_added: int = 0
    documents_skipped: int = 0  # already in the store
    events_added: int = 0
    mentions_added: int = 0
    quotes_added: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


@dataclass(frozen=True)
class EventFilter:
    source: str | None = None  # code prefix: "CHN" matches CHN, CHNGOV, CHNMIL
    target: str | None = None
    root: str | None = None  # CAMEO root "19" or code prefix "190"
    since: str | None = None
    until: str | None = None
    doc_id: str | None = None
    limit: int | None = 100

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if self.source:
            clauses.append("source_code LIKE ? || '%'")
            params.append(self.source.upper())
        if self.target:
            clauses.append("target_code LIKE ? || '%'")
            params.append(self.target.upper())
        if self.root:
            clauses.append("cameo LIKE ? || '%'")
            params.append(self.root.zfill(2) if len(self.root) == 1 else self.root)
        for bound, op in ((self.since, ">="), (self.until, "<=")):
            if bound:
                iso = normalise_date(bound)
                if iso is None:
                    raise StoreError(f"cannot read date {bound!r}; write it as YYYY-MM-DD")
                clauses.append(f"event_date {op} CAST(? AS DATE)")
                params.append(iso)
        if self.doc_id:
            clauses.append("doc_id = ?")
            params.append(self.doc_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class Store:
    """An accord DuckDB file (created when missing).

    Example:
        >>> store = Store("accord.duckdb")
        >>> report = store.ingest(["articles/"])
        >>> store.events(source="CHN", root="11", limit=5)
    """

    def __init__(self, path: str | Path = "accord.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; create it with `accord ingest PATH --db {self.path}`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}); is another accord writing to it?") from None
        if not read_only:
            self.con.execute(SCHEMA)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def known(self, doc_ids: Iterable[str]) -> set[str]:
        ids = list(set(doc_ids))
        if not ids:
            return set()
        rows = self.con.execute("SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def write(self, results: list[Result], model: str = "") -> tuple[int, int, int, int]:
        """Write documents with their events, mentions and quotes in one transaction."""
        seen = self.known(r.document.doc_id for r in results)
        fresh = []
        for result in results:  # also drops a document repeated within the batch
            if result.document.doc_id not in seen:
                seen.add(result.document.doc_id)
                fresh.append(result)
        if not fresh:
            return 0, 0, 0, 0
        now = datetime.now().replace(microsecond=0)
        docs = [
            [d.doc_id, d.name, d.title, d.date, d.url, d.text, len(r.events), len(r.mentions), model, now]
            for r in fresh
            for d in [r.document]
        ]
        events = [event_row(e) for r in fresh for e in r.events]
        mentions = [[getattr(m, c) for c in MENTION_COLUMNS] for r in fresh for m in r.mentions]
        quotes = [quote_row(q) for r in fresh for q in r.quotes]
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.executemany(f"INSERT INTO documents ({_q(DOCUMENT_COLUMNS)}) VALUES ({', '.join('?' * 10)})", docs)
            if events:
                marks = ", ".join("?" * len(EVENT_COLUMNS))
                self.con.executemany(f"INSERT OR IGNORE INTO events ({_q(EVENT_COLUMNS)}) VALUES ({marks})", events)
            if mentions:
                marks = ", ".join("?" * len(MENTION_COLUMNS))
                self.con.executemany(f"INSERT INTO mentions ({_q(MENTION_COLUMNS)}) VALUES ({marks})", mentions)
            if quotes:
                marks = ", ".join("?" * len(QUOTE_COLUMNS))
                self.con.executemany(f"INSERT OR IGNORE INTO quotes ({_q(QUOTE_COLUMNS)}) VALUES ({marks})", quotes)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: writing a batch failed ({exc}); nothing of that batch was stored") from None
        return len(fresh), len(events), len(mentions), len(quotes)

    def ingest(
        self,
        inputs: Iterable[str | Path | Document],
        coder=None,
        batch_size: int = 64,
        on_error=None,
        on_batch=None,
    ) -> IngestReport:
        """Read, code and store documents; bad inputs are reported and skipped.

        Args:
            inputs: paths (files, folders, `-`) or `Document`s.
            coder: a `Coder` (default: the cached default pipeline).
            on_error: called with each `InputError` as it happens.
            on_batch: called with the running `IngestReport` after each batch.
        """
        from .coder import get_coder

        coder = coder or get_coder()
        report = IngestReport()
        batch: list[Document] = []
        for item in _documents(inputs):
            if isinstance(item, InputError):
                report.errors.append(item)
                if on_error:
                    on_error(item)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                self._ingest_batch(batch, coder, report, on_error)
                batch = []
                if on_batch:
                    on_batch(report)
        if batch:
            self._ingest_batch(batch, coder, report, on_error)
            if on_batch:
                on_batch(report)
        return report

    def _ingest_batch(self, batch: list[Document], coder, report: IngestReport, on_error) -> None:
        known = self.known(d.doc_id for d in batch)
        todo = [d for d in batch if d.doc_id not in known]
        report.documents_skipped += len(batch) - len(todo)
        results = []
        for document in todo:
            try:
                results.append(coder.code_document(document))
            except Exception as exc:  # noqa: BLE001 - one document must never stop a batch
                error = InputError(document.name or document.doc_id, f"coding failed: {type(exc).__name__}: {exc}")
                report.errors.append(error)
                if on_error:
                    on_error(error)
        added, n_events, n_mentions, n_quotes = self.write(results, coder.model)
        report.documents_skipped += len(results) - added
        report.documents_added += added
        report.events_added += n_events
        report.mentions_added += n_mentions
        report.quotes_added += n_quotes

    # ------------------------------------------------------------------ reading

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def events(self, filters: EventFilter | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        """Stored events in the contract's shape, newest first."""
        filters = filters or EventFilter(**kwargs)
        where, params = filters.where()
        sql = f"SELECT * FROM events{where} ORDER BY event_date DESC NULLS LAST, doc_id, sentence_index, trigger_start"
        if filters.limit:
            sql += " LIMIT ?"
            params.append(int(filters.limit))
        return [event_dict(row) for row in self.query(sql, params)]

    def mentions(
        self,
        doc_id: str | None = None,
        limit: int | None = None,
        code: str | None = None,
        resolved_by: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored actor mentions in document order: span, code, resolved name and how it was
        resolved (lexicon, agent, context, alias, pronoun). `code` is a prefix (CHN matches CHNGOV)."""
        clauses, params = [], []
        if doc_id:
            clauses.append("doc_id = ?")
            params.append(doc_id)
        if code:
            clauses.append("code LIKE ? || '%'")
            params.append(code.upper())
        if resolved_by:
            clauses.append("resolved_by = ?")
            params.append(resolved_by)
        sql = "SELECT m.*, d.name AS doc FROM mentions m LEFT JOIN documents d USING (doc_id)"
        sql += (" WHERE " + " AND ".join(f"m.{c}" for c in clauses) if clauses else "") + ' ORDER BY doc_id, "start"'
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self.query(sql, params)

    def quotes(
        self, speaker: str | None = None, doc_id: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Stored quotes in document order, in the contract's shape. `speaker` matches the speaker's
        code by prefix ("RUS" matches RUSGOV) or their name or words (case-insensitive)."""
        clauses, params = [], []
        if speaker:
            clauses.append("(q.speaker_code LIKE ? || '%' OR lower(q.speaker_name) LIKE '%' || lower(?) || '%'"
                           " OR lower(q.speaker_text) LIKE '%' || lower(?) || '%')")  # fmt: skip
            params += [speaker.upper(), speaker, speaker]
        if doc_id:
            clauses.append("q.doc_id = ?")
            params.append(doc_id)
        sql = "SELECT q.*, d.name AS doc FROM quotes q LEFT JOIN documents d USING (doc_id)"
        sql += (" WHERE " + " AND ".join(clauses) if clauses else "") + ' ORDER BY q.doc_id, q."start"'
        if limit:
            sql += " LIMIT ?"
            params.append(int(limit))
        try:
            return [quote_dict(row) for row in self.query(sql, params)]
        except duckdb.CatalogException:
            raise StoreError(
                f"{self.path} was written before accord stored quotes; ingest again into a new file"
            ) from None

    def export(self, fmt: str, output: str | Path, table: str = "events") -> int:
        """Write a table to CSV, Parquet or JSONL (events in the contract's nested shape)."""
        if table not in ("events", "mentions", "documents", "quotes"):
            raise StoreError(f"unknown table {table!r}; use events, mentions, quotes or documents")
        output = Path(output)
        count = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if fmt == "jsonl":
            with output.open("w", encoding="utf-8") as fh:
                rows = self.query(f"SELECT * FROM {table}")
                for row in rows:
                    record = event_dict(row) if table == "events" else quote_dict(row) if table == "quotes" else row
                    fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            return count
        if fmt not in ("csv", "parquet"):
            raise StoreError(f"unknown export format {fmt!r}; use csv, parquet or jsonl")
        target = str(output).replace("'", "''")
        options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
        self.con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' ({options})")
        return count


def _documents(inputs: Iterable[str | Path | Document]) -> Iterator[Document | InputError]:
    paths: list[str | Path] = []
    for item in inputs:
        if isinstance(item, Document):
            if paths:
                yield from read_inputs(paths)
                paths = []
            yield item
        else:
            paths.append(item)
    if paths:
        yield from read_inputs(paths)
