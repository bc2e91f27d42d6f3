from __future__ import annotations

import csv
import json

import duckdb
import pytest

from accord.errors import StoreError
from accord.store import Store


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Date: 2025-03-01\n\nJapan criticised China on Monday.\n")
    (folder / "b.txt").write_text("Date: 2025-04-02\n\nRussia attacked Ukraine on Tuesday.\n")
    (folder / "empty.txt").write_text("   ")
    return folder


def test_ingest_is_idempotent_and_reports_bad_input(tmp_path, corpus, coder):
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        first = store.ingest([corpus], coder=coder)
        assert (first.documents_added, first.failed) == (2, 1)
        assert "empty.txt" in first.errors[0].where
        second = store.ingest([corpus], coder=coder)
        assert (second.documents_added, second.documents_skipped, second.events_added) == (0, 2, 0)
        counts = store.con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)").fetchone()
    assert counts[0] == 2 and counts[1] == first.events_added >= 2


def test_events_filters_and_contract_shape(tmp_path, corpus, coder):
    with Store(tmp_path / "t.duckdb") as store:
        store.ingest([corpus], coder=coder)
        (event,) = store.events(source="JPN")
        assert (event["source"]["code"], event["cameo"], event["target"]["code"]) == ("JPN", "111", "CHN")
        assert event["event_date"] == "2025-03-01"
        assert event["sentence"][event["trigger"]["start"] - event["sentence_start"] :].startswith("criticised")
        assert store.events(root="19")[0]["source"]["code"] == "RUS"
        assert store.events(since="2025-04-01")[0]["cameo"].startswith("19")
        assert store.events(until="2025-03-31", root="19") == []
        assert store.events(target="ukr")[0]["target"]["code"] == "UKR"
        assert len(store.events(limit=1)) == 1
        with pytest.raises(StoreError, match="YYYY-MM-DD"):
            store.events(since="last tuesday")


def test_filters_are_parameters_not_sql(tmp_path, corpus, coder):
    with Store(tmp_path / "t.duckdb") as store:
        store.ingest([corpus], coder=coder)
        assert store.events(source="JPN' OR '1'='1") == []
        assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] >= 2


def test_exports(tmp_path, corpus, coder):
    with Store(tmp_path / "t.duckdb") as store:
        store.ingest([corpus], coder=coder)
        n = store.export("csv", tmp_path / "e.csv")
        rows = list(csv.DictReader((tmp_path / "e.csv").open()))
        assert len(rows) == n >= 2 and {"source_code", "cameo", "goldstein"} <= set(rows[0])
        store.export("parquet", tmp_path / "e.parquet")
        assert duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path / 'e.parquet'}'").fetchone()[0] == n
        store.export("jsonl", tmp_path / "e.jsonl")
        first = json.loads((tmp_path / "e.jsonl").read_text().splitlines()[0])
        assert set(first["source"]) == {"code", "country", "agent", "name", "text", "start", "end", "kind"}
        store.export("csv", tmp_path / "m.csv", table="mentions")
        with pytest.raises(StoreError, match="unknown export format"):
            store.export("xml", tmp_path / "e.xml")


def test_a_failing_document_does_not_stop_the_batch(tmp_path, corpus, coder, monkeypatch):
    original = coder.code_document

    def flaky(document):
        if "Russia" in document.text:
            raise RuntimeError("boom")
        return original(document)

    monkeypatch.setattr(coder, "code_document", flaky)
    with Store(tmp_path / "t.duckdb") as store:
        report = store.ingest([corpus], coder=coder)
        assert report.documents_added == 1
        assert any("coding failed: RuntimeError: boom" in e.reason for e in report.errors)


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "nope.duckdb", read_only=True)
