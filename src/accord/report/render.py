"""Render the gap matrix, provisions with evidence and charts as one self-contained HTML file.

The file carries its stylesheet inline and its charts as inline SVG: it opens offline, from
e-mail or a USB stick, with no script and no request to any server.

>>> from accord.model import Document, Evidence, GapTable, Provision
>>> doc = Document(text="A asks for a ceasefire.", provisions=[Provision(holder="A",
...     issue="ceasefire.general", stance="support", evidence=Evidence(start=0, end=23))])
>>> html = render_report([doc], GapTable(parties=["A"], rows=[]), title="<Talks>")
>>> "<title>&lt;Talks&gt;</title>" in html and "<link" not in html
True
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jinja2

from accord.model import Document, GapTable, Provision
from accord.report.document import DocumentView, document_view
from accord.report.matrix import matrix_view
from accord.report.palette import party_colors
from accord.report.svg import stance_bars, stance_counts, status_bar


def template_loader() -> jinja2.BaseLoader:
    """The loader of the report templates (the web app chains its own before it)."""
    return jinja2.PackageLoader("accord.report", "templates")


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja environment of reports; autoescape is on for every template."""
    return jinja2.Environment(
        loader=template_loader(), autoescape=True, undefined=jinja2.StrictUndefined
    )


@functools.lru_cache(maxsize=1)
def stylesheet() -> str:
    """The stylesheet shared by the web app and the reports."""
    return resources.files("accord.report").joinpath("assets/accord.css").read_text("utf-8")


def provision_key(p: Provision, document: str | None = None) -> tuple[object, ...]:
    """What identifies a provision across copies: its document, holder, issue, stance, span."""
    doc = document if document is not None else p.evidence.document
    return (doc, p.holder, p.issue, p.stance, p.evidence.start, p.evidence.end)


def evidence_linker(index: dict[tuple[object, ...], str]) -> Callable[[Provision], str | None]:
    """A ``link`` for :func:`~accord.report.matrix.matrix_view` from provision keys to addresses."""
    return lambda p: index.get(provision_key(p))


@dataclass(frozen=True)
class _Doc:
    anchor: str
    view: DocumentView


def render_report(
    documents: Sequence[Document], table: GapTable, *, title: str = "accord report"
) -> str:
    """The report of ``documents`` and their gap ``table`` as one HTML string."""
    from accord import __version__

    parties = list(dict.fromkeys([*table.parties, *(h for d in documents for h in d.parties)]))
    colors = party_colors(parties)
    docs, index = [], {}
    for i, doc in enumerate(documents):
        keys = [f"d{i}-p{j}" for j in range(len(doc.provisions))]
        docs.append(_Doc(f"d{i}", document_view(doc, keys, colors=colors)))
        for key, p in zip(keys, doc.provisions, strict=True):
            index.setdefault(provision_key(p, doc.meta.name), f"#{key}")
    view = matrix_view(table, evidence_linker(index))
    view.colors.update({p: colors[p] for p in view.parties})
    charts = {"stances": stance_bars(stance_counts(table)), "status": status_bar(table)}
    return (
        environment()
        .get_template("report.html")
        .render(
            title=title,
            version=__version__,
            written=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            css=stylesheet(),
            documents=docs,
            matrix=view,
            charts=charts,
        )
    )


def build_report(paths: Iterable[str | Path], *, title: str | None = None) -> str:
    """Read, extract and compare the files at ``paths`` (folders walked) and render their report.

    Raises :class:`accord.errors.InputError` naming the first file that cannot be read.
    """
    from accord.compare import compare
    from accord.pipeline import extract_files

    documents = extract_files(paths)
    names = ", ".join(d.meta.title or d.meta.name for d in documents)
    return render_report(documents, compare(documents), title=title or f"accord report: {names}")


def write_report(paths: Iterable[str | Path], out: str | Path, *, title: str | None = None) -> Path:
    """Write the report of ``paths`` to ``out`` (atomically: a partial file is never left)."""
    html = build_report(paths, title=title)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out


__all__ = [
    "build_report",
    "environment",
    "evidence_linker",
    "provision_key",
    "render_report",
    "stylesheet",
    "template_loader",
    "write_report",
]
