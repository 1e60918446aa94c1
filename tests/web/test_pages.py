"""Every page renders, shows what the store holds, and escapes document text."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from accord.store import Store

from .helpers import FIXTURES, csrf_of, keyword_extractor


@pytest.mark.parametrize("path", ["/", "/add", "/gaps", "/timeline", "/search", "/search?q=x"])
def test_page_renders_on_an_empty_store(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "<main>" in r.text


def test_upload_stores_the_document_and_shows_its_provisions(
    client: TestClient, talks_id: int
) -> None:
    html = client.get(f"/documents/{talks_id}").text
    assert "Second round of the river talks" in html
    assert html.count('class="ev"') + html.count('class="ev overlap"') == 6
    assert "forces.withdrawal" in html and "economy.reparations" in html


def test_script_in_a_document_is_shown_as_text(client: TestClient, talks_id: int) -> None:
    for path in (f"/documents/{talks_id}", "/gaps", "/search?q=reparations"):
        html = client.get(path).text
        assert "<script>alert" not in html, path
    doc = client.get(f"/documents/{talks_id}").text
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in doc


def test_pasted_text_takes_the_title_and_date_given(client: TestClient) -> None:
    r = client.post(
        "/documents/paste",
        data={
            "csrf": csrf_of(client),
            "text": "The Northern Delegation insists on an immediate ceasefire now.",
            "title": "Note <b>verbale</b>",
            "date": "2031-04-01",
        },
        follow_redirects=True,
    )
    assert r.status_code == 200
    assert "Note &lt;b&gt;verbale&lt;/b&gt;" in r.text
    assert "2031-04-01" in r.text and "ceasefire.general" in r.text


def test_pasted_text_with_a_bad_date_gets_a_message(client: TestClient) -> None:
    r = client.post(
        "/documents/paste",
        data={"csrf": csrf_of(client), "text": "Some text.", "date": "14 March"},
    )
    assert r.status_code == 400
    assert "&#39;14 March&#39; is not a date (YYYY-MM-DD)" in r.text


def test_uploading_the_same_text_twice_stores_it_once(
    client: TestClient, talks_id: int, talks_bytes: bytes
) -> None:
    r = client.post(
        "/documents",
        files={"file": ("again.txt", talks_bytes, "text/plain")},
        data={"csrf": csrf_of(client)},
        follow_redirects=False,
    )
    assert r.headers["location"].startswith(f"/documents/{talks_id}?flash=")
    assert len(client.get("/api/documents").json()) == 1


def test_binary_upload_is_refused_with_the_readers_message(client: TestClient) -> None:
    r = client.post(
        "/documents",
        files={"file": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/plain")},
        data={"csrf": csrf_of(client)},
    )
    assert r.status_code == 400
    assert "photo.txt: binary file" in r.text


def _provision_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'<li id="p(\d+)"', html)]


def test_correcting_a_provision_changes_it_and_records_the_reviewer(
    client: TestClient, store: Store, talks_id: int
) -> None:
    token = csrf_of(client)
    client.post("/reviewer", data={"csrf": token, "reviewer": "amina", "next": "/"})
    doc = store.document(talks_id)
    target = next(p for p in doc.provisions if p.issue == "alignment.alliance_membership")
    r = client.post(
        f"/documents/{talks_id}/provisions/{target.id}/correct",
        data={
            "csrf": token,
            "holder": "SOUTH",
            "issue": "alignment.union_membership",
            "stance": "support",
            "modality": "position",
            "subject": "south",
            "objects": "",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].endswith(f"#p{target.id}")
    after = next(p for p in store.document(talks_id).provisions if p.id == target.id)
    assert (after.issue, after.subject, after.status, after.reviewer) == (
        "alignment.union_membership",
        "SOUTH",
        "corrected",
        "amina",
    )
    assert "corrected by amina" in client.get(f"/documents/{talks_id}").text


def test_deleting_a_provision_drops_it_from_the_gap_matrix(
    client: TestClient, store: Store, talks_id: int
) -> None:
    assert "forces.foreign_presence" in client.get("/gaps").text
    doc = store.document(talks_id)
    target = next(p for p in doc.provisions if p.issue == "forces.foreign_presence")
    client.post(
        f"/documents/{talks_id}/provisions/{target.id}/delete", data={"csrf": csrf_of(client)}
    )
    assert "forces.foreign_presence" not in client.get("/gaps").text
    page = client.get(f"/documents/{talks_id}").text
    assert f'<li id="p{target.id}" style="--c:#e69f00" class="deleted">' in page
    assert f'data-p="p{target.id}"' not in page  # no longer marked in the text


def test_confirming_a_provision_marks_it_confirmed(
    client: TestClient, store: Store, talks_id: int
) -> None:
    pid = store.document(talks_id).provisions[0].id
    client.post(f"/documents/{talks_id}/provisions/{pid}/confirm", data={"csrf": csrf_of(client)})
    assert store.document(talks_id).provisions[0].status == "confirmed"


def test_adding_a_missed_provision_locates_its_quote(
    client: TestClient, store: Store, talks_id: int
) -> None:
    r = client.post(
        f"/documents/{talks_id}/provisions",
        data={
            "csrf": csrf_of(client),
            "holder": "south",
            "issue": "security.guarantees",
            "stance": "support",
            "modality": "demand",
            "quote": "reserves the right to join\n any alliance",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    added = [p for p in store.document(talks_id).provisions if p.status == "added"]
    assert len(added) == 1
    text = store.document(talks_id).text
    ev = added[0].evidence
    assert text[ev.start : ev.end] == "reserves the right to join any alliance"
    assert "security.guarantees" in client.get("/gaps").text


def test_adding_a_provision_with_a_quote_not_in_the_text_is_refused(
    client: TestClient, talks_id: int
) -> None:
    r = client.post(
        f"/documents/{talks_id}/provisions",
        data={
            "csrf": csrf_of(client),
            "holder": "SOUTH",
            "issue": "security.guarantees",
            "stance": "support",
            "quote": "words that are nowhere",
        },
    )
    assert r.status_code == 400
    assert "not in the document" in r.text


def test_review_of_a_provision_of_another_document_is_404(
    client: TestClient, talks_id: int
) -> None:
    r = client.post(
        f"/documents/{talks_id + 1}/provisions/1/confirm", data={"csrf": csrf_of(client)}
    )
    assert r.status_code == 404


def test_gap_matrix_marks_a_conflict_and_links_to_the_evidence(
    client: TestClient, store: Store, talks_id: int
) -> None:
    store.add(keyword_extractor("The North refuses reparations of any kind."))
    html = client.get("/gaps").text
    row = re.search(r'<tr class="(\w+)" id="issue-economy.reparations">', html)
    assert row and row.group(1) == "conflict"
    assert re.search(rf'href="/documents/{talks_id}#p\d+"', html)
    only_first = client.get(f"/gaps?doc={talks_id}").text
    assert 'id="issue-economy.reparations"' in only_first
    assert '<tr class="conflict"' not in only_first


def test_timeline_shows_rounds_in_order_and_a_reversal(client: TestClient, store: Store) -> None:
    import datetime as dt

    from accord.model import DocumentMeta

    later = DocumentMeta(name="later.txt", round="2", date=dt.date(2031, 5, 1))
    earlier = DocumentMeta(name="earlier.txt", round="1", date=dt.date(2031, 1, 1))
    store.add(keyword_extractor("North refuses reparations. An immediate ceasefire.", later))
    first = keyword_extractor("North refuses reparations. An immediate ceasefire.", earlier)
    flipped = [
        p.model_copy(update={"stance": "support"}) if p.issue == "economy.reparations" else p
        for p in first.provisions
    ]
    store.add(first.model_copy(update={"provisions": flipped, "text": first.text + " "}))
    html = client.get("/timeline").text
    assert html.index("earlier.txt") < html.index("later.txt")
    changes = html.split("<h2>What changed</h2>")[1].split("<h2>")[0]
    assert "reversed" in changes and "economy.reparations" in changes
    assert "ceasefire.general" not in changes  # unchanged stands are no change
    only = client.get("/timeline", params={"issue": "ceasefire"}).text
    assert "economy.reparations" not in only


def test_search_finds_a_provision_by_its_words(client: TestClient, talks_id: int) -> None:
    html = client.get("/search", params={"q": "observers"}).text
    assert "ceasefire.monitoring" in html
    assert "ceasefire.general" not in html.split("<h2>", 1)[1]


def test_upload_with_the_real_extractor_finds_the_positions(store: Store) -> None:
    from fastapi.testclient import TestClient as Client

    from accord.web.app import create_app

    with Client(create_app(store=store, secret=b"k" * 32)) as real:
        memo = (FIXTURES / "memo.txt").read_bytes()
        r = real.post(
            "/documents",
            files={"file": ("memo.txt", memo, "text/plain")},
            data={"csrf": csrf_of(real)},
        )
        assert r.status_code == 200
        assert "alignment.neutrality" in r.text
        gaps = real.get("/gaps").text
        assert '<tr class="conflict" id="issue-alignment.alliance_membership">' in gaps


def test_a_correction_survives_re_extraction(
    client: TestClient, store: Store, talks_id: int
) -> None:
    doc = store.document(talks_id)
    target = next(p for p in doc.provisions if p.issue == "economy.reparations")
    client.post(
        f"/documents/{talks_id}/provisions/{target.id}/correct",
        data={
            "csrf": csrf_of(client),
            "holder": "SOUTH",
            "issue": "economy.frozen_assets",
            "stance": "support",
        },
    )
    again = keyword_extractor(doc.text, doc.meta)
    assert store.add(again, reextract=True) == (talks_id, False)
    client.app.state.cache.bump()  # another process would be noticed by the page cache
    html = client.get("/gaps").text
    assert 'id="issue-economy.frozen_assets"' in html
    assert 'id="issue-economy.reparations"' not in html


def test_search_links_to_the_gap_matrix_of_the_documents_found(
    client: TestClient, store: Store, talks_id: int
) -> None:
    other, _ = store.add(keyword_extractor("The North refuses reparations of any kind."))
    html = client.get("/search", params={"q": "reparations"}).text
    link = re.search(r'<a href="(/gaps\?[^"]+)">Gap matrix of these 2 documents', html)
    assert link and set(re.findall(r"doc=(\d+)", link.group(1))) == {str(talks_id), str(other)}
    only = client.get("/search", params={"q": "observers"}).text
    assert f'href="/gaps?doc={talks_id}"' in only


def test_report_download_is_the_self_contained_report(client: TestClient, talks_id: int) -> None:
    assert 'href="/report"' in client.get("/gaps").text
    r = client.get("/report", params={"doc": talks_id})
    assert r.status_code == 200
    assert r.headers["content-disposition"] == 'attachment; filename="accord-report.html"'
    assert "<style>" in r.text and "<script" not in r.text and "<link" not in r.text
    assert "&lt;script&gt;alert" in r.text
    assert 'id="issue-economy.reparations"' in r.text
