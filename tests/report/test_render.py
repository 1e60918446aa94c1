"""The HTML report is one self-contained, escaped file."""

from __future__ import annotations

import re

from accord.model import Document, DocumentMeta, Evidence, Provision
from accord.report.render import render_report


def _docs() -> list[Document]:
    t1 = "North wants a ceasefire. <script>alert(1)</script> North refuses reparations."
    t2 = "South asks for reparations."
    return [
        Document(
            meta=DocumentMeta(name="one.txt", title="First <i>memo</i>"),
            text=t1,
            provisions=[
                Provision(
                    holder="NORTH",
                    issue="ceasefire.general",
                    stance="support",
                    evidence=Evidence(start=0, end=24, text=t1[:24]),
                ),
                Provision(
                    holder="NORTH",
                    issue="economy.reparations",
                    stance="oppose",
                    evidence=Evidence(start=52, end=78, text=t1[52:78]),
                ),
            ],
        ),
        Document(
            meta=DocumentMeta(name="two.txt"),
            text=t2,
            provisions=[
                Provision(
                    holder="SOUTH",
                    issue="economy.reparations",
                    stance="support",
                    evidence=Evidence(start=0, end=27, text=t2),
                ),
            ],
        ),
    ]


def _report() -> str:
    from accord.compare import compare

    docs = _docs()
    return render_report(docs, compare(docs), title="Talks")


def test_report_has_no_external_resource_and_no_script() -> None:
    html = _report()
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "<link" not in html and "<script" not in html
    assert "<style>" in html and "<svg" in html


def test_report_escapes_document_text_and_titles() -> None:
    html = _report()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "First &lt;i&gt;memo&lt;/i&gt;" in html


def test_report_matrix_marks_the_conflict_and_links_to_each_document() -> None:
    html = _report()
    assert re.search(r'<tr class="conflict" id="issue-economy.reparations">', html)
    links = set(re.findall(r'href="#(d\d-p\d)"', html))
    assert links == {"d0-p0", "d0-p1", "d1-p0"}
    for anchor in links:
        assert f'id="{anchor}"' in html


def test_report_of_no_provisions_says_so() -> None:
    from accord.model import GapTable

    html = render_report([Document(text="Nothing here.")], GapTable(parties=[], rows=[]))
    assert "nothing to compare" in html


def test_report_stylesheet_is_inlined_verbatim() -> None:
    from accord.report.render import stylesheet

    html = _report()
    assert stylesheet() in html  # quotes in font names are not escaped


def test_evidence_from_several_documents_names_its_document() -> None:
    html = _report()
    cell = re.search(r'id="issue-economy.reparations">.*?</tr>', html, re.S).group(0)
    assert "(one.txt)" in cell and "(two.txt)" in cell


def test_evidence_of_a_single_document_does_not_repeat_its_name() -> None:
    from accord.compare import compare

    doc = _docs()[0]
    html = render_report([doc], compare([doc]))
    assert "(one.txt)" not in html
