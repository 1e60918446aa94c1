import datetime as dt
import hashlib
import io
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import InputError
from accord.read import iter_sources, read_bytes, read_document

FIXTURES = Path(__file__).parent / "fixtures" / "read"

TEXT = "Russia demands that Ukraine adopt neutrality.\nUkraine asks for a ceasefire.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def error_of(source, **kwargs) -> str:
    with pytest.raises(InputError) as info:
        read_document(source, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    return message


# --- formats ---------------------------------------------------------------------------------


def test_plain_text_is_read_as_written(tmp_path):
    doc = read_document(write(tmp_path, "memo.txt", TEXT.encode()))
    assert doc.text == TEXT
    assert doc.meta.name == "memo.txt"
    assert doc.meta.format == "text"
    assert doc.provisions == []


def test_sha256_is_the_hash_of_the_text(tmp_path):
    doc = read_document(write(tmp_path, "memo.txt", TEXT.encode()))
    assert doc.meta.sha256 == hashlib.sha256(TEXT.encode()).hexdigest()


def test_windows_line_ends_become_newlines(tmp_path):
    doc = read_document(write(tmp_path, "memo.txt", TEXT.replace("\n", "\r\n").encode()))
    assert doc.text == TEXT


def test_markdown_takes_its_title_from_the_first_heading(tmp_path):
    doc = read_document(write(tmp_path, "notes.md", b"# Istanbul talks\n\nRussia demands x.\n"))
    assert doc.meta.format == "markdown"
    assert doc.meta.title == "Istanbul talks"
    assert doc.text.startswith("# Istanbul talks")


def test_html_keeps_the_article_and_drops_menus_and_comments():
    doc = read_document(FIXTURES / "news.html")
    assert doc.meta.format == "html"
    assert "give up its bid for membership of the alliance" in doc.text
    assert "all-for-all basis" in doc.text
    for boilerplate in ("Subscribe today", "Weather", "Cheap watches", "Ten recipes", "Cookie"):
        assert boilerplate not in doc.text


def test_html_paragraphs_are_separated_by_blank_lines():
    doc = read_document(FIXTURES / "news.html")
    paragraphs = doc.text.strip().split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[1].startswith("Moscow's negotiators")


def test_html_metadata_fills_title_date_and_source():
    meta = read_document(FIXTURES / "news.html").meta
    assert meta.title == "Delegations trade demands in Istanbul"
    assert meta.date == dt.date(2025, 6, 3)
    assert meta.source == "The Daily Ledger"


def test_pdf_text_layer_is_read_page_by_page():
    doc = read_document(FIXTURES / "memo.pdf")
    assert doc.meta.format == "pdf"
    assert doc.meta.title == "Ukraine counterproposal"
    first, second = doc.text.strip().split("\n\n")
    assert "demands a full ceasefire" in first
    assert "exchange of prisoners of war" in second


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("upload", b"%PDF-" + (FIXTURES / "memo.pdf").read_bytes()[5:], "pdf"),
        (
            "page",
            b"<!DOCTYPE html><html><body><article><p>" + b"Talks went on. " * 20 + b"</p>"
            b"</article></body></html>",
            "html",
        ),
        ("note", b"Plain words.", "text"),
    ],
)
def test_format_without_suffix_is_sniffed(name, data, fmt):
    assert read_bytes(data, name).meta.format == fmt


# --- encodings -------------------------------------------------------------------------------

WESTERN = "Négociations à Genève – “cessez-le-feu” sans délai; coût: 5 €.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252"])
def test_encodings_are_detected(tmp_path, encoding):
    data = WESTERN.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert read_document(write(tmp_path, "f.txt", data)).text == WESTERN


def test_latin1_text_is_read(tmp_path):
    text = "Les négociateurs ont dit à Genève que la trêve était fragile.\n"
    assert read_document(write(tmp_path, "f.txt", text.encode("latin-1"))).text == text


def test_cyrillic_cp1251_text_is_read(tmp_path):
    text = "Переговоры в Стамбуле продолжаются, заявили в Кремле.\n"
    assert read_document(write(tmp_path, "f.txt", text.encode("cp1251"))).text == text


# --- front matter ----------------------------------------------------------------------------

FRONT = b"""---
title: Russia's memorandum
date: 2025-06-02
source: TASS
round: 2
author: rus
tags: [ignored]
---
Russia demands neutrality.
"""


def test_front_matter_fills_the_meta(tmp_path):
    meta = read_document(write(tmp_path, "m.md", FRONT)).meta
    assert meta.title == "Russia's memorandum"
    assert meta.date == dt.date(2025, 6, 2)
    assert (meta.source, meta.round, meta.author) == ("TASS", "2", "RUS")


def test_text_is_the_body_after_the_front_matter(tmp_path):
    doc = read_document(write(tmp_path, "m.txt", FRONT))
    assert doc.text == "Russia demands neutrality.\n"
    assert doc.meta.sha256 == hashlib.sha256(doc.text.encode()).hexdigest()


def test_front_matter_title_wins_over_the_markdown_heading(tmp_path):
    doc = read_document(write(tmp_path, "m.md", b"---\ntitle: A\n---\n# B\ntext\n"))
    assert doc.meta.title == "A"


def test_empty_front_matter_is_allowed(tmp_path):
    assert read_document(write(tmp_path, "m.md", b"---\n---\nBody.\n")).text == "Body.\n"


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "file is empty"),
        (b"  \n\n\t\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text, HTML or PDF"),
        (bytes(range(1, 32)) * 20, "binary file, not text, HTML or PDF"),
        (bytes(range(128, 256)) * 8, "cannot decode: not UTF-8, UTF-16 or a known 8-bit encoding"),
        (b"---\ntitle: x\n---\n\n", "no text after the front matter"),
        (b"---\ntitle: x\nBody\n", "front matter opened on line 1 is not closed by a '---' line"),
        (
            b"---\ntitle: ok\nround: [1, 2\n---\nBody\n",
            "front matter line 3: malformed YAML (expected ',' or ']', but got '<stream end>')",
        ),
        (
            b"---\ntitle: a: b\n---\nBody\n",
            "front matter line 2: malformed YAML (mapping values are not allowed here)",
        ),
        (b"---\n- a\n- b\n---\nBody\n", "front matter line 2: expected 'key: value' lines"),
        (
            b"---\nsource: S\ndate: June 2\n---\nB\n",
            "front matter line 3: date 'June 2' is not YYYY-MM-DD",
        ),
        (b"---\ntitle: [a, b]\n---\nB\n", "front matter line 2: 'title' must be a single value"),
    ],
)
def test_bad_text_file_is_an_input_error_naming_the_file(tmp_path, data, problem):
    path = write(tmp_path, "doc.txt", data)
    assert error_of(path) == f"{path}: {problem}"


def test_missing_file(tmp_path):
    assert error_of(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'}: no such file"


def test_directory_is_not_a_file(tmp_path):
    assert error_of(tmp_path) == f"{tmp_path}: is a directory, not a file"


def test_file_above_the_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 2**20)  # sparse: 50 MB on paper, nothing on disk
    tracemalloc.start()
    try:
        message = error_of(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message == f"{path}: file is 50 MB, above the 20 MB limit"
    assert peak < 2**20


def test_the_limit_can_be_lowered(tmp_path):
    path = write(tmp_path, "f.txt", b"x" * 3 * 2**20)
    assert error_of(path, max_bytes=2**20) == f"{path}: file is 3 MB, above the 1 MB limit"


def test_pdf_without_a_text_layer():
    path = FIXTURES / "scan.pdf"
    assert error_of(path) == f"{path}: the PDF has no text layer (a scan? run OCR on it first)"


def test_broken_pdf(tmp_path):
    path = write(tmp_path, "bad.pdf", b"%PDF-1.4\nthis is not really a pdf\n")
    assert error_of(path).startswith(f"{path}: not a readable PDF (")


def test_html_without_main_text(tmp_path):
    path = write(
        tmp_path,
        "p.html",
        b"<html><head><title>T</title><script>var x = 1;</script></head><body></body></html>",
    )
    assert error_of(path) == f"{path}: no main text found in the HTML page"


# --- stdin and uploads -----------------------------------------------------------------------


def fake_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_dash_reads_stdin(monkeypatch):
    fake_stdin(monkeypatch, FRONT)
    doc = read_document("-")
    assert doc.meta.name == "<stdin>"
    assert doc.meta.author == "RUS"
    assert doc.text == "Russia demands neutrality.\n"


def test_empty_stdin_names_stdin(monkeypatch):
    fake_stdin(monkeypatch, b"")
    assert error_of("-") == "<stdin>: file is empty"


def test_stdin_above_the_limit(monkeypatch):
    fake_stdin(monkeypatch, b"x" * 2000)
    assert error_of("-", max_bytes=1000) == "<stdin>: input is above the 1000 bytes limit"


def test_upload_bytes_and_file_give_the_same_document(tmp_path):
    path = write(tmp_path, "m.md", FRONT)
    assert read_bytes(FRONT, "m.md") == read_document(path)


# --- iter_sources ----------------------------------------------------------------------------


def test_folders_are_walked_for_known_suffixes(tmp_path):
    for rel in [
        "a.txt",
        "sub/b.md",
        "sub/c.html",
        "sub/d.pdf",
        "e.gold.yaml",
        "f.png",
        ".hid/g.txt",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_sources([tmp_path])]
    assert found == ["a.txt", "sub/b.md", "sub/c.html", "sub/d.pdf"]


def test_a_named_file_is_kept_whatever_its_suffix(tmp_path):
    path = write(tmp_path, "memo.rst", b"x")
    assert list(iter_sources([path, "-"])) == [path, Path("-")]


def test_a_missing_source_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(iter_sources([tmp_path / "gone"]))


def test_a_folder_without_documents_is_an_input_error(tmp_path):
    (tmp_path / "notes.yaml").write_text("a: 1")
    with pytest.raises(InputError, match="no text, Markdown, HTML or PDF files in this folder"):
        list(iter_sources([tmp_path]))


# --- any bytes -------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(lambda t: t.encode("utf-8")),
        st.text(max_size=200).map(lambda t: b"---\n" + t.encode("utf-8") + b"\n---\nBody"),
        st.binary(max_size=300).map(lambda b: b"%PDF-1.4\n" + b),
        st.text(max_size=300).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode()),
    ),
    name=st.sampled_from(["f.txt", "f.md", "f.html", "f.pdf", "upload"]),
)
def test_any_bytes_give_a_document_or_a_one_line_input_error(data, name):
    try:
        doc = read_bytes(data, name)
    except InputError as exc:
        assert str(exc).startswith(f"{name}: ")
        assert "\n" not in str(exc)
    else:
        assert doc.text.strip()
        assert doc.meta.sha256 == hashlib.sha256(doc.text.encode()).hexdigest()
