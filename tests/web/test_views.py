"""The page cache: made once, forgotten on writes and store changes, renewed when old."""

from __future__ import annotations

import threading
import time

from accord.web.views import PageCache


class CountingStore:
    def __init__(self) -> None:
        self.counts = {"documents": 1, "provisions": 5, "corrections": 0}

    def stats(self) -> dict[str, int]:
        return dict(self.counts)


def test_a_page_is_made_once_for_concurrent_requests() -> None:
    cache = PageCache(CountingStore())
    made = []

    def make() -> str:
        made.append(1)
        time.sleep(0.05)
        return "page"

    threads = [threading.Thread(target=cache.get, args=(("k",), make)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(made) == 1
    assert cache.get(("k",), make) == "page" and len(made) == 1


def test_a_write_through_the_app_forgets_pages() -> None:
    cache = PageCache(CountingStore())
    assert cache.get(("k",), lambda: "old") == "old"
    cache.bump()
    assert cache.get(("k",), lambda: "new") == "new"


def test_a_change_of_the_stores_counts_forgets_pages() -> None:
    store = CountingStore()
    cache = PageCache(store, check_every=0.0)
    assert cache.get(("k",), lambda: "old") == "old"
    store.counts["corrections"] = 1
    time.sleep(0.001)
    assert cache.get(("k",), lambda: "new") == "new"


def test_an_old_page_is_served_while_it_is_remade() -> None:
    cache = PageCache(CountingStore(), max_age=0.0)
    assert cache.get(("k",), lambda: "v1") == "v1"
    assert cache.get(("k",), lambda: "v2") == "v1"  # stale, renewal started
    deadline = time.monotonic() + 5
    while cache.lookup(("k",)) != "v2" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert cache.lookup(("k",)) == "v2"
