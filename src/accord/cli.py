"""The `accord` command line: a thin layer over the Python API."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from . import analysis
from .coder import get_coder
from .errors import AccordError, InputError
from .output import EVENT_TABLE, MENTION_TABLE, QUOTE_TABLE, emit, pick_format, render
from .store import EventFilter, Store

app = typer.Typer(
    help="accord: code international-affairs news into structured, explainable event data.\n\n"
    "Example: accord code article.txt",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

Format = Annotated[
    str | None,  # noqa: UP007 - typer needs Optional here
    typer.Option("--format", "-f", help="table, jsonl or csv (default: table on a terminal, JSONL when piped)."),
]
Output = Annotated[str | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]  # noqa: UP007
Db = Annotated[str, typer.Option("--db", help="The DuckDB store file.")]
Model = Annotated[
    str | None,  # noqa: UP007
    typer.Option("--model", help="Any installed spaCy English pipeline (default: en_core_web_sm)."),
]
Lexicon = Annotated[
    list[str] | None,  # noqa: UP007
    typer.Option(
        "--lexicon",
        "--actors",
        help="An extra lexicon file: actors, people with tenures, agents, event patterns, or a PETRARCH .actors file.",
    ),
]


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _report_error(error: InputError) -> None:
    typer.echo(f"skipped {error.where}: {error.reason}", err=True)


def _coder(model: str | None, lexicon: list[str] | None):
    try:
        return get_coder(model, tuple(lexicon or ()))
    except AccordError as exc:
        _fail(str(exc))


def _events_out(events: list[dict], fmt: str | None, output: str | None, title: str | None = None) -> None:
    try:
        chosen = pick_format(fmt, output)
    except ValueError as exc:
        _fail(str(exc))
    emit(render(events, chosen, EVENT_TABLE, title=title), output)


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSONL/CSV files, or - for stdin.")],
    fmt: Format = None,
    output: Output = None,
    model: Model = None,
    lexicon: Lexicon = None,
) -> None:
    """Code articles and print their events (nothing is stored).

    Example: accord code article.txt --format jsonl
    """
    events: list[dict] = []
    failed = 0
    for item in _coder(model, lexicon).code_inputs(paths):
        if isinstance(item, InputError):
            _report_error(item)
            failed += 1
            continue
        events.extend(e.to_dict() for e in item.events)
    _events_out(events, fmt, output)
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSONL/CSV files, or - for stdin.")],
    db: Db = "accord.duckdb",
    model: Model = None,
    lexicon: Lexicon = None,
    batch_size: Annotated[int, typer.Option(help="Documents per transaction.")] = 64,
) -> None:
    """Code articles and store documents, actor mentions and events in a DuckDB file.

    Ingesting the same article twice adds nothing. Exit code 1 when any input failed.

    Example: accord ingest articles/ --db news.duckdb
    """
    coder = _coder(model, lexicon)
    try:
        with Store(db) as store:
            report = store.ingest(paths, coder=coder, batch_size=batch_size, on_error=_report_error)
    except AccordError as exc:
        _fail(str(exc))
    typer.echo(
        f"{db}: {report.documents_added} documents added, {report.documents_skipped} already stored, "
        f"{report.events_added} events, {report.mentions_added} actor mentions, {report.quotes_added} quotes, "
        f"{report.failed} inputs skipped"
    )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def events(
    db: Db = "accord.duckdb",
    source: Annotated[str | None, typer.Option(help="Source code or prefix (CHN matches CHNGOV).")] = None,  # noqa: UP007
    target: Annotated[str | None, typer.Option(help="Target code or prefix.")] = None,  # noqa: UP007
    root: Annotated[str | None, typer.Option(help="CAMEO root (19) or code prefix (190).")] = None,  # noqa: UP007
    since: Annotated[str | None, typer.Option(help="Events on or after this date (YYYY-MM-DD).")] = None,  # noqa: UP007
    until: Annotated[str | None, typer.Option(help="Events on or before this date (YYYY-MM-DD).")] = None,  # noqa: UP007
    limit: Annotated[int, typer.Option(help="At most this many events (0: all).")] = 50,
    fmt: Format = None,
    output: Output = None,
) -> None:
    """List stored events, newest first, with filters.

    Example: accord events --db news.duckdb --source CHN --root 11 --since 2025-01-01
    """
    try:
        with Store(db, read_only=True) as store:
            rows = store.events(EventFilter(source, target, root, since, until, limit=limit or None))
    except AccordError as exc:
        _fail(str(exc))
    _events_out(rows, fmt, output)


@app.command()
def mentions(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Articles to code (nothing is stored); or use --db.")
    ] = None,  # noqa: UP007
    db: Annotated[str | None, typer.Option(help="List the mentions stored in this DuckDB file.")] = None,  # noqa: UP007
    code_: Annotated[str | None, typer.Option("--code", help="Actor code or prefix (CHN matches CHNGOV).")] = None,  # noqa: UP007
    resolved_by: Annotated[
        str | None,  # noqa: UP007
        typer.Option(help="Only mentions resolved this way: lexicon, agent, context, alias or pronoun."),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many mentions (0: all).")] = 0,
    fmt: Format = None,
    output: Output = None,
    model: Model = None,
    lexicon: Lexicon = None,
) -> None:
    """List actor mentions: what each names, its code, and how accord resolved it.

    Example: accord mentions article.txt   or   accord mentions --db news.duckdb --code RUS --resolved-by alias
    """
    if bool(paths) == bool(db):
        _fail("give either articles to code (PATH...) or a store (--db FILE)")
    failed = 0
    try:
        if db:
            with Store(db, read_only=True) as store:
                rows = store.mentions(limit=limit or None, code=code_, resolved_by=resolved_by)
        else:
            rows = []
            for item in _coder(model, lexicon).code_inputs(paths or []):
                if isinstance(item, InputError):
                    _report_error(item)
                    failed += 1
                    continue
                rows += [{"doc": item.document.name, **m.to_dict()} for m in item.mentions]
            rows = [r for r in rows if (not code_ or r["code"].startswith(code_.upper()))
                    and (not resolved_by or r["resolved_by"] == resolved_by)]  # fmt: skip
            rows = rows[:limit] if limit else rows
        chosen = pick_format(fmt, output)
    except (AccordError, ValueError) as exc:
        _fail(str(exc))
    emit(render(rows, chosen, MENTION_TABLE, title="actor mentions"), output)
    if failed:
        raise typer.Exit(1)


@app.command()
def quotes(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Articles to code (nothing is stored); or use --db.")
    ] = None,  # noqa: UP007
    db: Annotated[str | None, typer.Option(help="List the quotes stored in this DuckDB file.")] = None,  # noqa: UP007
    speaker: Annotated[
        str | None,  # noqa: UP007
        typer.Option(help="Only quotes by this speaker: a code or prefix (RUS, CHNGOV) or words of the name."),
    ] = None,
    kind: Annotated[str | None, typer.Option(help="Only direct or indirect quotes.")] = None,  # noqa: UP007
    limit: Annotated[int, typer.Option(help="At most this many quotes (0: all).")] = 0,
    fmt: Format = None,
    output: Output = None,
    model: Model = None,
    lexicon: Lexicon = None,
) -> None:
    """List direct and indirect quotes with their speakers, and the event a speech act is.

    Example: accord quotes article.txt   or   accord quotes --db news.duckdb --speaker RUSGOV
    """
    if bool(paths) == bool(db):
        _fail("give either articles to code (PATH...) or a store (--db FILE)")
    if kind not in (None, "direct", "indirect"):
        _fail(f"unknown kind {kind!r}; use direct or indirect")
    failed = 0
    try:
        if db:
            with Store(db, read_only=True) as store:
                rows = store.quotes(speaker=speaker)
        else:
            rows = []
            for item in _coder(model, lexicon).code_inputs(paths or []):
                if isinstance(item, InputError):
                    _report_error(item)
                    failed += 1
                    continue
                rows += [{"doc": item.document.name, **q.to_dict()} for q in item.quotes]
            rows = [r for r in rows if not speaker or _speaks(r, speaker)]
        rows = [r for r in rows if not kind or r["kind"] == kind]
        rows = rows[:limit] if limit else rows
        chosen = pick_format(fmt, output)
    except (AccordError, ValueError) as exc:
        _fail(str(exc))
    emit(render(rows, chosen, QUOTE_TABLE, title="quotes"), output)
    if failed:
        raise typer.Exit(1)


def _speaks(row: dict, speaker: str) -> bool:
    """The same match as Store.quotes: a code prefix, or words of the speaker's name or text."""
    sp = row.get("speaker") or {}
    words = speaker.lower()
    return (sp.get("code") or "").startswith(speaker.upper()) or any(
        words in (sp.get(f) or "").lower() for f in ("name", "text")
    )


@app.command()
def export(
    db: Db = "accord.duckdb",
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, parquet or jsonl.")] = "csv",
    output: Annotated[str, typer.Option("--output", "-o", help="The file to write.")] = "events.csv",
    table: Annotated[str, typer.Option(help="events, mentions, quotes or documents.")] = "events",
) -> None:
    """Export a table of the store to CSV, Parquet or JSONL.

    Example: accord export --db news.duckdb --format parquet --output events.parquet
    """
    try:
        with Store(db, read_only=True) as store:
            count = store.export(fmt, output, table)
    except AccordError as exc:
        _fail(str(exc))
    typer.echo(f"wrote {count} {table} to {output}")


@app.command()
def stats(
    db: Db = "accord.duckdb",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Summarise a store: documents, events by quad class and root, top dyads and actors.

    Example: accord stats --db news.duckdb
    """
    try:
        with Store(db, read_only=True) as store:
            data = analysis.summary(store)
    except AccordError as exc:
        _fail(str(exc))
    if fmt == "json":
        typer.echo(json.dumps(data, indent=2, default=str))
        return
    typer.echo(_summary_text(data))


def _summary_text(data: dict) -> str:
    lines = [
        f"{data['documents']} documents, {data['events']} events, {data['mentions']} actor mentions"
        + (f", {data['quotes']} quotes" if data.get("quotes") is not None else "")
        + (f", {data['first_date']} to {data['last_date']}" if data["first_date"] else "")
    ]
    lines.append(render(data["quad_classes"], "table", [("quad", "quad_class"), ("class", "name"),
                                                        ("events", "events")], "Events by quad class"))  # fmt: skip
    lines.append(render(data["top_dyads"], "table", [("source", "source"), ("target", "target"),
                                                     ("events", "events"), ("mean Goldstein", "mean_goldstein")],
                        "Top dyads"))  # fmt: skip
    return "\n".join(lines)


@app.command()
def demo(
    db: Db = "accord-demo.duckdb",
    model: Model = None,
) -> None:
    """Code the bundled sample corpus into a DuckDB file and show what accord found.

    Example: accord demo --db accord-demo.duckdb
    """
    corpus = Path(str(resources.files("accord") / "data" / "sample"))
    coder = _coder(model, None)
    typer.echo(f"Coding the sample corpus ({corpus}) with {coder.model} into {db} ...")
    try:
        with Store(db) as store:
            report = store.ingest([corpus], coder=coder, on_error=_report_error)
            data = analysis.summary(store)
            examples = store.query(
                "SELECT * FROM events WHERE target_code IS NOT NULL AND NOT negated "
                "ORDER BY confidence DESC, cameo_root, doc_id LIMIT 200"
            )
    except AccordError as exc:
        _fail(str(exc))
    typer.echo(f"{report.documents_added} documents added now, {report.documents_skipped} were already stored.\n")
    typer.echo(_summary_text(data))
    typer.echo("Five example events (the sentence, who did what to whom, and the rule that fired):\n")
    picked, roots = [], set()
    for row in examples:  # one per root, for variety
        if row["cameo_root"] not in roots:
            roots.add(row["cameo_root"])
            picked.append(row)
        if len(picked) == 5:
            break
    for row in picked:
        typer.echo(f"  {row['event_date'] or ''}  {row['sentence'].strip()}")
        typer.echo(
            f"    {row['source_code']} ({row['source_text']})  --{row['cameo']} {row['cameo_name']}-->  "
            f"{row['target_code']} ({row['target_text']})   Goldstein {row['goldstein']}, "
            f"quad class {row['quad_class']}\n    trigger: {row['trigger_text']!r}; rule: {row['rule']}\n"
        )
    typer.echo(f"Next: accord events --db {db} --source CHN     accord stats --db {db}")


@app.command("eval")
def eval_(
    gold: Annotated[str, typer.Argument(help="Annotation JSONL (doc, split, snippet, source, target, cameo).")] = "",
    docs: Annotated[
        str | None,  # noqa: UP007
        typer.Option(help="Folder of the documents (default: articles/ beside GOLD, else GOLD's folder)."),
    ] = None,
    show_errors: Annotated[bool, typer.Option(help="List missed and spurious events.")] = False,
    split: Annotated[str | None, typer.Option(help="With --show-errors, only this split (dev or test).")] = None,  # noqa: UP007
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    model: Model = None,
    lexicon: Lexicon = None,
) -> None:
    """Score coded events against a hand annotation: root- and code-level precision and recall.

    Without GOLD, scores the bundled sample corpus; eval/events/gold.jsonl is the larger set.
    Example: accord eval eval/events/gold.jsonl --show-errors --split dev
    """
    from .evaluate import evaluate

    if not gold:  # the bundled sample corpus and its annotation
        gold = str(resources.files("accord") / "data" / "sample_gold.jsonl")
        docs = docs or str(resources.files("accord") / "data" / "sample")
    result = _scored(evaluate, gold, docs, model, lexicon, fmt, "level", f"accord eval {gold}")
    if result is not None and show_errors:
        shown = _shown(result, split)
        for g, name in result.misses:
            if name in shown:
                typer.echo(f"MISSED  {name}: {g.source} -{g.cameo}-> {g.target}  «{g.snippet}»")
        for name, e in result.false_alarms:
            if name not in shown:
                continue
            target = e.target.code if e.target else None
            typer.echo(f"EXTRA   {name}: {e.source.code} -{e.cameo}-> {target}  «{e.trigger.text}» {e.rule}")


@app.command("eval-actors")
def eval_actors(
    gold: Annotated[str, typer.Argument(help="Annotation JSONL (doc, split, text, occurrence, code).")] = (
        "eval/actors/gold.jsonl"
    ),
    docs: Annotated[str | None, typer.Option(help="Folder of the articles (default: articles/ beside GOLD).")] = None,  # noqa: UP007
    show_errors: Annotated[bool, typer.Option(help="List wrong, missed and spurious mentions.")] = False,
    split: Annotated[str | None, typer.Option(help="With --show-errors, only this split (dev or test).")] = None,  # noqa: UP007
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    model: Model = None,
    lexicon: Lexicon = None,
) -> None:
    """Score actor mentions against a hand annotation: precision and recall of codes and spans.

    Run from the repository, it scores the annotated actor set in eval/actors/.
    Example: accord eval-actors --show-errors --split dev
    """
    from .actor_eval import evaluate_actors

    _require_gold(gold, "eval/actors/gold.jsonl")
    result = _scored(evaluate_actors, gold, docs, model, lexicon, fmt, "level", f"accord eval-actors {gold}")
    if result is not None and show_errors:
        shown = _shown(result, split)
        for name, g, m in result.wrong:
            if name in shown:
                typer.echo(f"WRONG   {name}: {g.text!r} gold {g.code}, found {m.code} «{m.text}» ({m.resolved_by})")
        for name, g in result.missed:
            if name in shown:
                typer.echo(f"MISSED  {name}: {g.text!r} gold {g.code}")
        for name, m in result.extra:
            if name in shown:
                typer.echo(f"EXTRA   {name}: «{m.text}» {m.code} ({m.resolved_by})")


@app.command("eval-quotes")
def eval_quotes(
    gold: Annotated[
        str, typer.Argument(help="Annotation JSONL (doc, split, kind, text, occurrence, speaker_code).")
    ] = ("eval/quotes/gold.jsonl"),
    docs: Annotated[str | None, typer.Option(help="Folder of the articles (default: articles/ beside GOLD).")] = None,  # noqa: UP007
    show_errors: Annotated[bool, typer.Option(help="List missed and spurious quotes and wrong speakers.")] = False,
    split: Annotated[str | None, typer.Option(help="With --show-errors, only this split (dev or test).")] = None,  # noqa: UP007
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    model: Model = None,
    lexicon: Lexicon = None,
) -> None:
    """Score quotes against a hand annotation: quote-span precision, recall and F1, and speaker accuracy.

    Run from the repository, it scores the annotated quote set in eval/quotes/.
    Example: accord eval-quotes --show-errors --split dev
    """
    from .quote_eval import evaluate_quotes

    _require_gold(gold, "eval/quotes/gold.jsonl")
    result = _scored(evaluate_quotes, gold, docs, model, lexicon, fmt, "kind", f"accord eval-quotes {gold}")
    if result is not None and show_errors:
        shown = _shown(result, split)
        for name, g in result.missed:
            if name in shown:
                typer.echo(f"MISSED   {name}: {g.kind} {g.speaker_code} «{g.text}»")
        for name, g, q in result.wrong_speaker:
            if name in shown:
                got = f"{q.speaker.code} «{q.speaker.text}»" if q.speaker else "no speaker"
                typer.echo(f"SPEAKER  {name}: gold {g.speaker_code}, found {got} ({q.cue}) «{g.text[:60]}»")
        for name, q in result.extra:
            if name in shown:
                typer.echo(f"EXTRA    {name}: {q.kind} {q.speaker and q.speaker.code} ({q.cue}) «{q.text}»")


def _require_gold(gold: str, default: str) -> None:
    if not Path(gold).exists():
        _fail(f"{gold} not found; give the annotation file (run from the repository for {default})")


def _scored(evaluate, gold: str, docs: str | None, model, lexicon, fmt: str, column: str, title: str):
    """Run one of the evaluations, print its scores (a table by split and `column`, or JSON) and
    return it for the error listing; None when it was printed as JSON."""
    try:
        result = evaluate(gold, docs, coder=_coder(model, lexicon))
    except AccordError as exc:
        _fail(str(exc))
    if fmt == "json":
        typer.echo(json.dumps(result.to_dict(), indent=2))
        return None
    rows = [{"split": sp, column: key, **score.to_dict()} for (sp, key), score in sorted(result.scores.items())]
    typer.echo(render(rows, "table", title=title))
    return result


def _shown(result, split: str | None) -> set[str]:
    """The documents whose errors --show-errors lists: those of `split`, or all."""
    return {name for name, s in result.splits.items() if split is None or s == split}


def main() -> None:  # pragma: no cover - the console script
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()


if __name__ == "__main__":  # pragma: no cover
    main()
