"""The real app, served by uvicorn on loopback, driven in Debian's Chromium with Playwright.

Screenshots of the main pages (desktop and phone width) go to ``test-output/screenshots/``.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import FIXTURES, keyword_extractor

CHROMIUM = os.environ.get("ACCORD_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("ACCORD_SCREENSHOTS", "test-output/screenshots"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from accord.store import Store
    from accord.web.app import create_app

    db = tmp_path_factory.mktemp("browser") / "accord.db"
    store = Store(f"sqlite:///{db}")
    app = create_app(store=store, extractor=keyword_extractor, max_upload=200_000)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_add_review_and_see_the_gap_matrix_change(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    page.goto(f"{server}/add")
    page.set_input_files("#file", str(FIXTURES / "talks.txt"))
    page.click("text=Upload and extract")
    page.wait_for_url("**/documents/*")
    assert page.locator("ol.provisions > li").count() == 6
    assert page.locator("mark.ev").count() >= 6
    # the <script> of the text is shown, never run
    assert "<script>alert('owned')</script>" in page.locator(".doctext").inner_text()
    assert dialogs == []
    _shot(page, "document")

    # clicking evidence in the text highlights its provision
    page.locator("mark.ev").first.click()
    assert page.locator("ol.provisions > li.active").count() == 1

    page.goto(f"{server}/gaps")
    row = page.locator('tr[id="issue-alignment.alliance_membership"]')
    assert row.count() == 1
    _shot(page, "gaps-before")

    # correct the alliance provision into a union one
    page.goto(f"{server}/")
    page.click("text=Second round of the river talks")
    issue = page.locator("div.head code", has_text="alignment.alliance_membership")
    item = page.locator("ol.provisions > li").filter(has=issue)
    item.locator("summary", has_text="Correct").click()
    item.locator('select[name="issue"]').select_option("alignment.union_membership")
    with page.expect_navigation():
        item.locator("text=Save correction").click()
    assert page.locator("ol.provisions .badge.corrected").count() == 1

    page.goto(f"{server}/gaps")
    assert page.locator('tr[id="issue-alignment.alliance_membership"]').count() == 0
    assert page.locator('tr[id="issue-alignment.union_membership"]').count() == 1
    _shot(page, "gaps")
    for name, path in (
        ("documents", "/"),
        ("timeline", "/timeline"),
        ("search", "/search?q=ceasefire"),
    ):
        page.goto(server + path)
        assert page.locator("main h1").count() == 1
        _shot(page, name)
    page.close()


def test_pages_read_on_a_phone(server: str, browser: object) -> None:
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    page = ctx.new_page()
    page.goto(f"{server}/")
    if page.locator("table.list tbody tr").count() == 0:
        pytest.skip("runs after the review test, which adds the document")
    _shot(page, "phone-documents")
    with page.expect_navigation():
        page.click("table.list a")
    # nothing but the matrix scroller may be wider than the screen
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    _shot(page, "phone-document")
    page.goto(f"{server}/gaps")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    _shot(page, "phone-gaps")
    ctx.close()


def test_too_large_upload_is_stopped_with_a_message(
    server: str, browser: object, tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"An immediate ceasefire. " * 20_000)
    page = browser.new_page()
    page.goto(f"{server}/add")
    page.set_input_files("#file", str(big))
    page.click("text=Upload and extract")
    msg = page.locator(".upload-msg")
    msg.wait_for(state="visible")
    assert "the limit is" in msg.inner_text()
    page.close()


def test_moving_a_salience_slider_recomputes_in_place(server: str, browser: object) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/cases")
    page.set_input_files("#casefile", str(FIXTURES / "case.yaml"))
    page.click("text=Add case")
    page.wait_for_url("**/cases/*")
    nash = page.locator("#case-results tr", has_text="nash")
    before = nash.inner_text()
    _shot(page, "case")
    for sel, value in (("#w-0-0", "10"), ("#w-1-0", "0.5"), ("#w-1-1", "10")):
        page.locator(sel).fill(value)
    page.wait_for_function(
        "before => document.querySelector('#case-results') &&"
        " [...document.querySelectorAll('#case-results tr')]"
        ".find(r => r.innerText.startsWith('nash')).innerText !== before",
        arg=before,
        timeout=10_000,
    )
    assert "w.0.0=10" in page.url
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    _shot(page, "phone-case")
    page.close()
