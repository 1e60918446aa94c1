import pytest

from accord import pipeline
from accord.errors import InputError
from accord.model import Document, Evidence, Provision


def extract_keeping_meta(text, meta=None, *, explain=False):
    start = text.index("neutral")
    provision = Provision(
        holder="RUS",
        issue="alignment.neutrality",
        stance="support",
        evidence=Evidence(start=start, end=start + 7, text=text[start : start + 7]),
    )
    return Document(meta=meta, text=text, provisions=[provision])


def extract_dropping_meta(text, meta=None, *, explain=False):
    return Document(text=text)


def test_extract_file_passes_the_body_and_meta_to_the_extractor(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "extract", extract_keeping_meta)
    path = tmp_path / "m.md"
    path.write_text("---\nauthor: RUS\n---\nUkraine must stay neutral.\n")
    doc = pipeline.extract_file(path)
    assert doc.meta.author == "RUS"
    ev = doc.provisions[0].evidence
    assert doc.text[ev.start : ev.end] == "neutral"


def test_extract_file_restores_meta_the_extractor_dropped(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "extract", extract_dropping_meta)
    path = tmp_path / "m.txt"
    path.write_text("Some text.\n")
    meta = pipeline.extract_file(path).meta
    assert (meta.name, meta.format) == ("m.txt", "text")
    assert meta.sha256


def test_gaps_of_files_reports_progress_per_document(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "extract", extract_keeping_meta)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Ukraine must stay neutral.\n")
    seen = []
    table = pipeline.gaps_of_files([tmp_path], progress=lambda n, t, name: seen.append((n, t)))
    assert seen == [(1, 2), (2, 2)]
    (row,) = table.rows
    assert [p.evidence.document for p in row.positions["RUS"].provisions] == ["a.txt", "b.txt"]


def test_gaps_of_files_stops_at_the_first_bad_file(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "extract", extract_keeping_meta)
    (tmp_path / "a.txt").write_text("Ukraine must stay neutral.\n")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(InputError, match=r"b\.txt: file is empty"):
        pipeline.gaps_of_files([tmp_path])
