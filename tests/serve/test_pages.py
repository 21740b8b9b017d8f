"""The pages without a browser: hooks, escaping, links, CSP headers; the highlighter's nesting."""

from __future__ import annotations

import pytest

from tests.serve.sample import PAYLOADS, hostile, records

pytest.importorskip("fastapi")


def test_pages_carry_the_csp_and_hooks(client) -> None:
    for path, hook in [("/", 'form id="search"'), ("/search?q=Istanbul", 'href="/articles/a1"'),
                       ("/articles/a1", 'data-kind="quote"'), ("/entities", 'id="entities"'),
                       ("/entities/person:volodymyr-zelensky", 'id="quotes"'), ("/quotes", 'id="quotes"'),
                       ("/events", 'id="timeline"')]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert hook in response.text, path
        csp = response.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "unsafe-eval" not in csp
        assert "<script>" not in response.text  # no inline script


def test_only_http_links(client, filled_store) -> None:
    page = client.get("/articles/a1").text
    assert 'href="https://example.org/a1"' in page
    filled_store.write({**records()[1], "id": "j1", "url": "javascript:alert(1)"})
    page = client.get("/articles/j1").text
    assert 'href="javascript:' not in page and '<span class="muted">javascript:alert(1)</span>' in page


def test_hostile_article_is_escaped(client, filled_store) -> None:
    filled_store.write(hostile())
    for path in ("/articles/x1", "/search?q=script", "/", "/quotes", "/events", "/entities"):
        page = client.get(path).text
        for payload in PAYLOADS[:3]:
            assert payload not in page, (path, payload)
    page = client.get("/articles/x1").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert client.get("/api/articles/x1").json() == hostile()  # the API returns the record unchanged


def test_unknown_pages_are_404(client) -> None:
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/entities/person:nobody").status_code == 404


def test_bad_filters_show_an_error_not_a_crash(client) -> None:
    response = client.get("/events?since=2022-99-01")
    assert response.status_code == 200 and "E501" in response.text


def test_marks_nest_and_crossing_spans_continue() -> None:
    from dateline.serve.routes.highlight import marked_text

    text = "abcdefghij"
    lists = {
        "event": [{"ref": "event-0", "spans": [(0, 6)], "detail": "e"}],
        "quote": [{"ref": "quote-0", "spans": [(4, 9)], "detail": "q"}],  # crosses the event's end
        "entity": [{"ref": "entity-0", "spans": [(1, 3), (7, 8)], "detail": "n", "href": "/entities/x"}],
        "place": [{"ref": "place-0", "spans": [(20, 30)], "detail": "out of range"}],
        "time": [],
    }
    html = str(marked_text(text, lists))
    assert html.count('data-kind="quote"') == 1 and html.count('data-cont="quote"') == 1
    assert html.count('data-kind="entity"') == 2 and html.count('data-kind="event"') == 1
    assert "out of range" not in html
    import re

    assert re.sub(r"<[^>]+>", "", html) == text  # the text, unchanged, in order
    assert html.count("<mark") == html.count("</mark>")
