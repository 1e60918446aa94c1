"""Reading documents: files, uploads and stdin → :class:`~accord.model.Document` (text + meta).

Formats, chosen by suffix (or by sniffing the bytes when the suffix says nothing):

- plain text (``.txt``, ``.text``) and Markdown (``.md``, ``.markdown``), kept as written;
- HTML pages saved from a news site (``.html``, ``.htm``, ``.xhtml``): the main text only,
  menus, footers and comment sections dropped (trafilatura, offline), one paragraph per block
  separated by a blank line; title, date and site name become metadata;
- PDF (``.pdf``): the text layer (pypdf), pages separated by a blank line.

Text and Markdown may begin with YAML front matter between two ``---`` lines::

    ---
    title: Russia's memorandum
    date: 2025-06-02
    source: TASS
    round: Istanbul 2
    author: RUS
    ---

Its keys ``title``, ``date``, ``source``, ``round`` and ``author`` (the party the document speaks
for) fill :class:`~accord.model.DocumentMeta`; other keys are ignored. **Offsets:**
``Document.text`` is the body *after* the front matter (and, for HTML and PDF, the extracted text),
with line ends normalised to ``\\n``; every evidence offset indexes ``Document.text``, never the
raw file. ``meta.sha256`` is the SHA-256 of ``Document.text`` encoded as UTF-8, so the same text
read from a file, an upload or stdin has the same hash.

Bytes are decoded as UTF-8, as UTF-16/UTF-32 when a byte-order mark says so, or else in the
encoding charset-normalizer detects (cp1252, latin-1 ...). Anything that cannot be read raises
:class:`~accord.errors.InputError` with a one-line message naming the file.

>>> data = b"---\\ntitle: Talks\\nauthor: rus\\n---\\nRussia demands neutrality.\\n"
>>> doc = read_bytes(data, "m.md")
>>> doc.meta.title, doc.meta.author, doc.meta.format
('Talks', 'RUS', 'markdown')
>>> doc.text
'Russia demands neutrality.\\n'
>>> read_bytes(b"", "empty.txt")
Traceback (most recent call last):
...
accord.errors.InputError: empty.txt: file is empty
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import hashlib
import io
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from accord.errors import InputError
from accord.model import Document, DocumentMeta
from accord.yamltext import load_yaml

#: Largest file read by default (20 MB); larger files are refused before they are read.
MAX_BYTES = 20 * 1024 * 1024

#: Name used for documents read from standard input.
STDIN_NAME = "<stdin>"

#: Suffix → format of the files :func:`iter_sources` picks up in folders.
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
}

# Pages longer than this (characters) skip trafilatura's fallback extractors.
_HTML_FAST = 1_000_000
_META_KEYS = ("title", "date", "source", "round", "author")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text (tab, newlines, form feed and escape excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_FENCE = re.compile(r"(?:---|\.\.\.)[ \t]*")


def _size(n: int) -> str:
    """``n`` bytes for people: ``"20 MB"``, ``"1.5 MB"``, ``"1000 bytes"``."""
    if n < 2**20 // 10:
        return f"{n} bytes"
    return f"{n / 2**20:.1f}".removesuffix(".0") + " MB"


def _too_large(name: str, size: int, max_bytes: int) -> InputError:
    return InputError(name, f"file is {_size(size)}, above the {_size(max_bytes)} limit")


def read_document(source: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read a file (or standard input when ``source`` is ``"-"``) into a :class:`Document`.

    Parameters
    ----------
    source
        Path of a text, Markdown, HTML or PDF file, or ``"-"`` for standard input.
    max_bytes
        Files larger than this are refused before being read (default 20 MB).

    Returns
    -------
    Document
        The text and its metadata, without provisions.

    Raises
    ------
    InputError
        Missing, unreadable, empty, binary, undecodable or too large file, malformed front
        matter, a PDF without a text layer.

    Examples
    --------
    >>> read_document("no/such/file.txt")
    Traceback (most recent call last):
    ...
    accord.errors.InputError: no/such/file.txt: no such file
    """
    name = str(source)
    if name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(STDIN_NAME, f"input is above the {_size(max_bytes)} limit")
        return read_bytes(data, STDIN_NAME, max_bytes=max_bytes)
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(name, "is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(name, size, max_bytes)
        with path.open("rb") as fh:  # bounded even if the file grows meanwhile
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc.__class__.__name__}") from None
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    return read_bytes(data, name, max_bytes=max_bytes)


def read_bytes(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read the bytes of an upload or a stored file; ``name`` gives the format and the messages.

    >>> read_bytes("Café in Genève".encode("cp1252"), "note.txt").text
    'Café in Genève'
    >>> read_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR", "photo.txt")
    Traceback (most recent call last):
    ...
    accord.errors.InputError: photo.txt: binary file, not text, HTML or PDF
    """
    if not data:
        raise InputError(name, "file is empty")
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    fmt = detect_format(data, name)
    if fmt == "pdf":
        return _read_pdf(data, name)
    text = _normalise(decode(data, name))
    if not text.strip():
        raise InputError(name, "file is empty")
    if fmt == "html":
        return _read_html(text, name)
    fields, body = split_front_matter(text, name)
    if not body.strip():
        raise InputError(name, "no text after the front matter")
    if fmt == "markdown" and "title" not in fields:
        heading = re.match(r"\s*#\s+(.+)", body)
        if heading:
            fields["title"] = heading.group(1).strip()
    return _document(body, name, fmt, fields)


def detect_format(data: bytes, name: str) -> str:
    """The format of ``data``: PDF by its signature, else by the suffix of ``name``, else sniffed.

    >>> detect_format(b"%PDF-1.4 ...", "upload")
    'pdf'
    >>> detect_format(b"<!DOCTYPE html><html>", "page")
    'html'
    >>> detect_format(b"# Notes", "notes.md")
    'markdown'
    >>> detect_format(b"%PDF-1.7 ...", "saved-as.txt")
    'pdf'
    """
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):  # a PDF whatever its name says
        return "pdf"
    fmt = SUFFIXES.get(Path(name).suffix.lower())
    if fmt:
        return fmt
    if re.match(rb"(?i)(<\?xml[^>]*>\s*)?<(!doctype html|html)\b", head):
        return "html"
    return "text"


def decode(data: bytes, name: str) -> str:
    """Decode ``data``: UTF-8, a byte-order mark's encoding, or the one charset-normalizer finds.

    >>> decode("Zaporizhzhia – “quoted”".encode("utf-16"), "f.txt")
    'Zaporizhzhia – “quoted”'
    >>> decode(bytes(range(128, 256)) * 4, "f.txt")
    Traceback (most recent call last):
    ...
    accord.errors.InputError: f.txt: cannot decode: not UTF-8, UTF-16 or a known 8-bit encoding
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text_or_binary(data.decode(encoding), name)
            except UnicodeDecodeError:
                raise InputError(name, f"cannot decode as {encoding.upper()}") from None
    if b"\x00" in data:
        raise InputError(name, "binary file, not text, HTML or PDF")
    try:
        return _text_or_binary(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(name, "cannot decode: not UTF-8, UTF-16 or a known 8-bit encoding")
    # Short Western texts fit several code pages equally well; prefer the common cp1252 then.
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best.chaos and m.coherence >= best.coherence:
            best = m
    return _text_or_binary(str(best), name)


def _text_or_binary(text: str, name: str) -> str:
    text = text.removeprefix("\ufeff")
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(2, len(text[:65536]) // 100):
        raise InputError(name, "binary file, not text, HTML or PDF")
    return text


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, name: str = "-") -> tuple[dict[str, Any], str]:
    """Split YAML front matter off ``text``: its known fields and the body after it.

    >>> split_front_matter("---\\ndate: 2025-06-02\\nround: 2\\n---\\nBody")
    ({'date': datetime.date(2025, 6, 2), 'round': '2'}, 'Body')
    >>> split_front_matter("No front matter.")
    ({}, 'No front matter.')
    >>> try:
    ...     split_front_matter("---\\nround: 2\\ntitle: a: b\\n---\\nBody", "m.md")
    ... except InputError as exc:
    ...     print(exc)
    m.md: front matter line 3: malformed YAML (mapping values are not allowed here)
    """
    lines = text.split("\n")
    if not _FENCE.fullmatch(lines[0]) or lines[0].startswith("..."):
        return {}, text
    for end in range(1, len(lines)):
        if _FENCE.fullmatch(lines[end]):
            break
    else:
        raise InputError(name, "front matter opened on line 1 is not closed by a '---' line")
    block = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1 :])
    data = load_yaml(block, name, InputError, first_line=2, where="front matter ")
    if data is None:
        return {}, body
    if not isinstance(data, dict):
        raise InputError(name, "front matter line 2: expected 'key: value' lines")
    fields: dict[str, Any] = {}
    for key in _META_KEYS:
        if key in data and data[key] is not None:
            fields[key] = _field(key, data[key], name, _key_line(lines[1:end], key))
    return fields, body


def _key_line(lines: list[str], key: str) -> int:
    for i, line in enumerate(lines):
        if re.match(rf"{key}\s*:", line):
            return i + 2
    return 2


def _field(key: str, value: Any, name: str, line: int) -> Any:
    where = f"front matter line {line}"
    if isinstance(value, list | dict):
        raise InputError(name, f"{where}: {key!r} must be a single value")
    if key == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise InputError(name, f"{where}: date {value!r} is not YYYY-MM-DD") from None
    text = str(value).strip()
    return text.upper() if key == "author" else text


@contextlib.contextmanager
def _quiet(*loggers: str) -> Iterator[None]:
    """Silence third-party parsers' log lines: problems reach the user as one InputError."""
    saved = [(lg, lg.level) for lg in map(logging.getLogger, loggers)]
    for lg, _ in saved:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in saved:
            lg.setLevel(level)


def _read_html(html: str, name: str) -> Document:
    import trafilatura

    try:
        with _quiet("trafilatura", "htmldate", "courlan", "justext", "readability"):
            result = trafilatura.bare_extraction(
                html,
                include_comments=False,
                include_tables=True,
                with_metadata=True,
                fast=len(html) > _HTML_FAST,  # the fallback extractors are slow on huge pages
            )
    except Exception as exc:  # lxml and trafilatura on broken markup
        raise InputError(name, f"cannot parse the HTML page ({exc.__class__.__name__})") from None
    raw = (result.text if result is not None else None) or ""
    blocks = [b.strip() for b in raw.split("\n") if b.strip()]
    if not blocks:
        raise InputError(name, "no main text found in the HTML page")
    fields: dict[str, Any] = {}
    if result.title:
        fields["title"] = result.title
    if result.sitename:
        fields["source"] = result.sitename
    if result.date:
        with contextlib.suppress(ValueError):
            fields["date"] = dt.date.fromisoformat(result.date[:10])
    return _document("\n\n".join(blocks) + "\n", name, "html", fields)


def _read_pdf(data: bytes, name: str) -> Document:
    from pypdf import PdfReader

    try:
        with _quiet("pypdf"):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(name, "the PDF is encrypted with a password")
            pages = [(page.extract_text() or "").strip() for page in reader.pages]
            title = reader.metadata.title if reader.metadata else None
    except InputError:
        raise
    except Exception as exc:  # pypdf on damaged files: any error means "cannot read it"
        raise InputError(name, f"not a readable PDF ({exc.__class__.__name__})") from None
    text = _normalise("\n\n".join(p for p in pages if p))
    if not text.strip():
        raise InputError(name, "the PDF has no text layer (a scan? run OCR on it first)")
    fields: dict[str, Any] = {"title": str(title).strip()} if title and str(title).strip() else {}
    return _document(text + "\n", name, "pdf", fields)


def _document(text: str, name: str, fmt: str, fields: dict[str, Any]) -> Document:
    meta = DocumentMeta(
        name=Path(name).name if name != STDIN_NAME else name,
        format=fmt,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        **fields,
    )
    return Document(meta=meta, text=text)


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand ``paths``: files as given, folders recursively to files with a known suffix.

    Hidden files and folders (starting with ``.``) inside folders are skipped; ``"-"`` (stdin)
    passes through. A path that does not exist raises :class:`InputError`.

    >>> [str(p) for p in iter_sources(["-"])]
    ['-']
    """
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            yield path
        elif path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    found = True
                    yield child
            if not found:
                raise InputError(str(p), "no text, Markdown, HTML or PDF files in this folder")
        elif path.exists():
            yield path
        else:
            raise InputError(str(p), "no such file or directory")


__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "decode",
    "detect_format",
    "iter_sources",
    "read_bytes",
    "read_document",
    "split_front_matter",
]
