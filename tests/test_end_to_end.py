"""The bundled sample corpus, coded and stored end to end."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from accord.evaluate import evaluate
from accord.store import Store

SAMPLE = Path(str(resources.files("accord") / "data" / "sample"))


@pytest.fixture(scope="module")
def store(tmp_path_factory, coder):
    with Store(tmp_path_factory.mktemp("e2e") / "sample.duckdb") as store:
        report = store.ingest([SAMPLE], coder=coder)
        assert (report.documents_added, report.failed) == (36, 0)
        yield store


@pytest.mark.parametrize(
    ("doc", "source", "cameo", "target"),
    [
        ("01-india-australia-drills.txt", "IND", "062", "AUS"),
        ("01-india-australia-drills.txt", "CHNGOV", "111", None),
        ("01-india-australia-drills.txt", "CHNGOV", "112", "AUSGOV"),
        ("02-eu-russia-sanctions.txt", "EU", "163", "RUS"),
        ("09-japan-pm-seoul-visit.txt", "KORGOV", "043", "JPNGOV"),
        ("14-turkey-strikes-pkk-iraq.txt", "IRQGOV", "114", "TURGOV"),
        ("12-pacific-forum-security-pact.txt", "FJI", "057", "AUS"),
    ],
)
def test_sample_events(store, doc, source, cameo, target):
    rows = store.query(
        "SELECT e.source_code, e.cameo, e.target_code FROM events e JOIN documents d USING (doc_id) WHERE d.name = ?",
        [doc],
    )
    assert (source, cameo, target) in {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}


def test_every_root_class_is_present(store):
    quads = {r["quad_class"] for r in store.query("SELECT DISTINCT quad_class FROM events")}
    assert quads == {1, 2, 3, 4}


def test_stored_offsets_point_at_the_words(store):
    rows = store.query("SELECT d.text, e.* FROM events e JOIN documents d USING (doc_id) ORDER BY e.event_id LIMIT 200")
    for r in rows:
        assert r["text"][r["trigger_start"] : r["trigger_end"]] == r["trigger_text"]
        assert r["text"][r["source_start"] : r["source_end"]] == r["source_text"]


def test_accuracy_does_not_regress(coder):
    """Root-level figures on the dev split, measured when the README was last updated."""
    scores = evaluate(SAMPLE.parent / "sample_gold.jsonl", SAMPLE, coder=coder).scores
    dev = scores[("dev", "root")]
    assert dev.precision >= 0.58 and dev.recall >= 0.48, dev.to_dict()
