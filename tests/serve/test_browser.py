"""The pages in a real headless Chromium (Debian's `chromium`, driven by Playwright; no browser
download): search, article highlights and details, timeline, map markers, no console error,
no request leaving the machine, and script payloads in every field of an article never run.

Skips with a message when Playwright or chromium is missing (scripts/test.sh installs chromium).
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from urllib.parse import urlparse

import pytest

from tests.serve.sample import hostile, records

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
expect = playwright_api.expect
pytest.importorskip("uvicorn")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium (scripts/test.sh installs Debian's chromium as root)")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """A real server on loopback over an SQLite store with the sample and the hostile article."""
    import uvicorn

    from dateline.serve.app import create_app
    from dateline.store import open_store

    store = open_store(tmp_path_factory.mktemp("browser") / "b.db")
    for record in [*records(), hostile()]:
        store.write(record)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        try:
            chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        except Exception as exc:  # a broken install: say so rather than fail every test
            pytest.skip(f"chromium at {CHROMIUM} does not start: {exc}")
        yield chromium
        chromium.close()


class Watched:
    """A page with its console errors, page errors, failed requests and foreign requests."""

    def __init__(self, browser, base_url: str) -> None:
        self.page = browser.new_page(viewport={"width": 1440, "height": 900})
        self.problems: list[str] = []
        self.foreign: list[str] = []
        host = urlparse(base_url).netloc
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url}"))
        self.page.on("response", lambda r: self.problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)

        def route(request_route):
            url = request_route.request.url
            if urlparse(url).netloc == host or url.startswith(("data:", "blob:", "about:")):
                request_route.continue_()
            else:
                self.foreign.append(url)
                request_route.abort()

        self.page.route("**/*", route)
        self.base = base_url

    def open(self, path: str):
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("networkidle")
        return self.page

    def assert_clean(self) -> None:
        assert self.problems == []
        assert self.foreign == []
        assert self.page.evaluate("window.__pwned === undefined")

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def watched(browser, base_url):
    page = Watched(browser, base_url)
    yield page
    page.close()


def test_search(watched) -> None:
    page = watched.open("/")
    page.fill("form#search input[name=q]", "Istanbul")
    page.click("form#search button[type=submit]")
    # locator waits, not wait_for_function: the page's CSP forbids eval, which that would need
    hits = page.locator('#results a[href^="/articles/"]')
    expect(hits).to_have_count(3)
    assert hits.first.get_attribute("href") == "/articles/a1"
    assert "q=Istanbul" in page.url  # htmx pushed the URL: the search can be shared
    hits.first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/articles/a1")
    watched.assert_clean()


def test_article_highlights_and_details(watched) -> None:
    page = watched.open("/articles/a1")
    record = records()[0]
    counts = {kind: page.locator(f"mark[data-kind={kind}]").count() for kind in ("quote", "entity", "place", "time", "event")}
    assert counts == {
        "quote": 1, "entity": sum(len(e["mentions"]) for e in record["entities"]), "place": 2, "time": 1, "event": 2,
    }
    place = page.locator("mark[data-kind=place]").first
    assert place.inner_text() == "Chernihiv"
    place.click()
    assert "710735" in page.locator("#detail").inner_text()  # the GeoNames id
    page.locator("mark[data-kind=time]").first.hover()
    assert "2022-03-29" in page.locator("#detail").inner_text()  # the normalized date
    page.locator("mark[data-kind=quote]").first.click()
    assert "Volodymyr Zelensky" in page.locator("#detail").inner_text()
    # a side list jumps to its evidence
    page.locator("#list-event a[data-jump]").first.click()
    flashed = page.locator("mark.flash")
    assert flashed.count() == 1 and flashed.get_attribute("data-kind") == "event"
    assert "RETREAT" in page.locator("#detail").inner_text()
    watched.assert_clean()


def test_events_timeline_and_map(watched) -> None:
    page = watched.open("/events")
    page.wait_for_selector("#timeline svg .mark-rect path", timeout=20_000)
    assert page.locator("#timeline svg .mark-rect path").count() >= 2
    page.wait_for_selector("#map .leaflet-interactive", timeout=20_000)
    expect(page.locator("#map")).to_have_attribute("data-markers", re.compile(r"\d+"))
    markers = int(page.locator("#map").get_attribute("data-markers"))
    assert markers == 6 + 2  # three sample articles and the hostile one, two events each with a place
    assert page.locator("#events li").count() == 8
    # a marker's popup links to the article's evidence
    page.locator("#map path.leaflet-interactive").last.click(force=True)
    link = page.locator(".leaflet-popup-content a")
    link.wait_for()
    assert link.get_attribute("href").startswith("/articles/")
    watched.assert_clean()


def test_events_filters(watched) -> None:
    page = watched.open("/events?type=ASSAULT&country=UKR")
    assert page.locator("#events li").count() == 4  # three sample articles and the hostile one
    assert page.locator("#events .tag").all_inner_texts() == ["ASSAULT"] * 4
    page.wait_for_selector("#timeline svg .mark-rect path", timeout=20_000)
    watched.assert_clean()


def test_entity_and_quotes_pages(watched) -> None:
    page = watched.open("/entities")
    assert page.locator('#entities a[href^="/entities/"]').count() == 4  # 2 sample + 2 hostile keys
    page = watched.open("/entities/person:volodymyr-zelensky")
    assert page.locator("#quotes li").count() == 3
    page.wait_for_selector("#claims svg", timeout=20_000)
    page = watched.open("/entities/org:russian-army")
    assert page.locator("#events li").count() == 6
    page = watched.open("/quotes?q=positive")
    assert page.locator("#quotes li").count() == 3
    watched.assert_clean()


def test_docs_work_offline(watched) -> None:
    page = watched.open("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    watched.assert_clean()


@pytest.mark.parametrize("path", ["/articles/x1", "/search?q=script", "/", "/entities", "/entities/person:evil",
                                  "/entities/org:evil%3Cscript%3E", "/quotes", "/events"])
def test_script_payloads_never_run(watched, path) -> None:
    """Every field of the hostile article carries <script>, onerror and javascript: payloads."""
    page = watched.open(path)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("body script:not([src])").count() == 0
    assert page.locator("[onerror], [onload]").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    for mark in page.locator("mark").all()[:5]:
        mark.hover()
    assert page.evaluate("window.__pwned") is None
    # the payloads are there, as text
    if path == "/articles/x1":
        assert "<script>window.__pwned = 1</script>" in page.locator("#text").inner_text()
        assert page.locator("mark[data-kind]").count() > 0
    csp = page.request.get(watched.base + path).headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-eval" not in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert watched.foreign == []
