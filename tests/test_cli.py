from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()
README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Title: Rift\nDate: 2025-06-02\n\nJapan criticised China on Monday. Russia attacked Ukraine.\n")
    return path


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert re.search(rf"accord {command}\b", README.read_text()), f"README does not show `accord {command}`"


def test_code_prints_jsonl_when_piped(article):
    result = runner.invoke(app, ["code", str(article)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in events} >= {("JPN", "111", "CHN")}
    text = article.read_text().split("\n\n", 1)[1]
    for e in events:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]
        assert text[e["source"]["start"] : e["source"]["end"]] == e["source"]["text"]


def test_code_table_csv_and_output_file(article, tmp_path):
    table = runner.invoke(app, ["code", str(article), "--format", "table"])
    assert "JPN" in table.stdout and "criticised" in table.stdout
    out = tmp_path / "events.csv"
    runner.invoke(app, ["code", str(article), "--output", str(out)])
    header = out.read_text().splitlines()[0]
    assert "source_code" in header and "trigger_text" in header
    bad = runner.invoke(app, ["code", str(article), "--format", "xml"])
    assert bad.exit_code == 2 and "unknown format" in bad.output


def test_code_reports_bad_input_and_goes_on(article, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["code", str(empty), str(article)])
    assert result.exit_code == 1
    assert f"skipped {empty}: empty document" in result.stderr
    assert '"JPN"' in result.stdout


def test_ingest_events_export_stats(article, tmp_path):
    db = str(tmp_path / "news.duckdb")
    first = runner.invoke(app, ["ingest", str(article), "--db", db])
    assert first.exit_code == 0 and "1 documents added" in first.stdout
    again = runner.invoke(app, ["ingest", str(article), "--db", db])
    assert "0 documents added, 1 already stored" in again.stdout
    events = runner.invoke(app, ["events", "--db", db, "--source", "JPN", "--format", "jsonl"])
    (row,) = [json.loads(line) for line in events.stdout.splitlines()]
    assert row["target"]["code"] == "CHN"
    out = tmp_path / "all.parquet"
    exported = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--output", str(out)])
    assert exported.exit_code == 0 and out.exists()
    stats = runner.invoke(app, ["stats", "--db", db, "--format", "json"])
    assert json.loads(stats.stdout)["documents"] == 1
    missing = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no such store" in missing.output


def test_demo_codes_the_sample_corpus(tmp_path):
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "36 documents added now" in result.stdout
    assert "Events by quad class" in result.stdout and "Top dyads" in result.stdout
    assert result.stdout.count("rule:") == 5


def test_eval_reports_precision_and_recall():
    result = runner.invoke(app, ["eval", "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert {"dev/root", "test/root", "all/code"} <= set(scores)
    assert scores["all/root"]["gold"] >= 150


def test_mentions_from_articles_and_from_a_store(tmp_path):
    path = tmp_path / "putin.txt"
    path.write_text(
        "Date: 2024-05-02\n\nRussian President Vladimir Putin met Chinese troops. Putin said they were welcome.\n",
        encoding="utf-8",
    )
    coded = runner.invoke(app, ["mentions", str(path), "--format", "jsonl"])
    assert coded.exit_code == 0, coded.output
    rows = [json.loads(line) for line in coded.stdout.splitlines()]
    assert [(r["text"], r["code"], r["resolved_by"]) for r in rows][:3] == [
        ("Russian President Vladimir Putin", "RUSGOV", "lexicon"),
        ("Chinese troops", "CHNMIL", "lexicon"),
        ("Putin", "RUSGOV", "lexicon"),
    ]
    assert rows[0]["doc"] == "putin.txt" and rows[0]["name"] == "Vladimir Putin"
    db = str(tmp_path / "m.duckdb")
    runner.invoke(app, ["ingest", str(path), "--db", db])
    stored = runner.invoke(app, ["mentions", "--db", db, "--code", "CHN", "--format", "jsonl"])
    assert [json.loads(line)["text"] for line in stored.stdout.splitlines()] == ["Chinese troops"]
    neither = runner.invoke(app, ["mentions"])
    assert neither.exit_code == 2 and "either articles" in neither.output


def test_eval_actors_scores_a_small_annotation(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title: Japan and China\nDate: 2025-01-02\n\nJapan criticised China. The Chinese economy grew.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"doc": "a.txt", "split": "test", "text": "Japan", "occurrence": 2, "code": "JPN"},  # the title holds #1
        {"doc": "a.txt", "split": "test", "text": "China", "occurrence": 2, "code": "CHNGOV"},  # a wrong code
    ]
    gold.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    result = runner.invoke(app, ["eval-actors", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["test/code"] == {"gold": 2, "predicted": 2, "matched": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert scores["test/span"]["matched"] == 2
    lines[0]["occurrence"] = 1  # the title is not the body
    gold.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    bad = runner.invoke(app, ["eval-actors", str(gold)])
    assert bad.exit_code == 2 and "headers" in bad.output
