from __future__ import annotations

import io
import json

from accord.errors import InputError
from accord.ingest import document_id, normalise_date, read_inputs, split_header
from accord.model import Document


def _read(*paths):
    items = list(read_inputs([str(p) for p in paths]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors


def test_text_file_with_header(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title: Talks resume\nDate: 2025-03-11\nURL: https://example.org/a\n\nJapan met China.\n")
    (doc,), errors = _read(path)
    assert not errors
    assert doc.title == "Talks resume" and doc.date == "2025-03-11" and doc.url == "https://example.org/a"
    assert doc.text == "Japan met China.\n"
    assert doc.name == "a.txt"


def test_text_without_header_keeps_every_line():
    meta, body = split_header("Title of nothing\n\nJapan met China.")
    assert meta == {} and body == "Title of nothing\n\nJapan met China."


def test_doc_id_ignores_whitespace_and_is_stable():
    assert document_id("Japan  met\nChina.") == document_id("Japan met China. ")
    assert document_id("Japan met China.") != document_id("Japan met Korea.")
    assert len(document_id("x")) == 16


def test_folder_is_read_recursively_and_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Japan met China.")
    (tmp_path / "sub" / "a.txt").write_text("India met Nepal.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    docs, errors = _read(tmp_path)
    assert [d.name for d in docs] == ["b.txt", "a.txt"]
    assert not errors


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "Japan met China.", "date": "2025-01-02", "url": "u", "title": "t"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps([1, 2]),
        "",
        json.dumps({"text": "India met Nepal."}),
    ]
    path.write_text("\n".join(lines))
    docs, errors = _read(path)
    assert [d.name for d in docs] == ["x1", "news.jsonl:6"]
    assert docs[0].date == "2025-01-02"
    assert [e.where for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "not valid JSON" in errors[0].reason and "'text'" in errors[1].reason


def test_csv_with_and_without_text_column(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text('id,text,date\na1,"Japan met China, officials said.",2025-02-03\na2,,2025-02-03\n')
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,Japan met China.\n")
    docs, errors = _read(good, bad)
    assert [d.name for d in docs] == ["a1"]
    assert docs[0].text == "Japan met China, officials said."
    assert errors[0].where == f"{good}:3 (id a2)" and "empty" in errors[0].reason
    assert errors[1].where == str(bad) and "no 'text' column (columns: id, body)" in errors[1].reason


def test_bad_files_are_reported_not_raised(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 talks".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Japan met China.")
    docs, errors = _read(empty, binary, latin, tmp_path / "missing.txt", good)
    assert [d.name for d in docs] == ["good.txt"]
    reasons = {e.where.rsplit("/", 1)[-1]: e.reason for e in errors}
    assert "empty document" in reasons["empty.txt"]
    assert "binary file" in reasons["blob.txt"]
    assert "not valid UTF-8 at byte 3" in reasons["latin.txt"]
    assert "no such file" in reasons["missing.txt"]


def test_stdin(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(b"Date: 2025-05-01\n\nJapan met China."))
    monkeypatch.setattr("sys.stdin", fake)
    (doc,) = list(read_inputs(["-"]))
    assert doc.date == "2025-05-01" and doc.text == "Japan met China."


def test_dates_are_normalised():
    assert normalise_date("2025-03-11T10:00:00Z") == "2025-03-11"
    assert normalise_date("20250311") == "2025-03-11"
    assert normalise_date("March 11, 2025") == "2025-03-11"
    assert normalise_date("someday") is None
