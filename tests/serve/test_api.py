"""The JSON API of API.md on SQLite and on the real PostgreSQL (TestClient)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.serve.conftest import TOKEN
from tests.serve.sample import records

pytest.importorskip("fastapi")


def test_health(client) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["articles"] == 3 and body["schema"] == 1 and body["version"]


def test_list_shape_and_newest_first(client) -> None:
    body = client.get("/api/articles").json()
    assert set(body) == {"total", "limit", "offset", "items"}
    assert body["total"] == 3 and body["limit"] == 20 and body["offset"] == 0
    assert [a["id"] for a in body["items"]] == ["a3", "a2", "a1"]
    assert set(body["items"][0]) == {"id", "date", "title", "source", "url", "snippet"}


def test_search_is_ranked_filtered_and_paged(client) -> None:
    body = client.get("/api/articles", params={"q": "Istanbul"}).json()
    assert body["total"] == 3 and body["items"][0]["id"] == "a1"  # also in its title: ranked first
    assert "Istanbul" in body["items"][0]["snippet"]
    assert [a["id"] for a in client.get("/api/articles", params={"q": "Istanbul", "source": "daily"}).json()["items"]] == ["a2"]
    dated = client.get("/api/articles", params={"q": "Istanbul", "since": "2022-04-01", "until": "2022-04-02"}).json()
    assert [a["id"] for a in dated["items"]] == ["a2"] and dated["total"] == 1
    page = client.get("/api/articles", params={"q": "Istanbul", "limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and len(page["items"]) == 1 and page["items"][0]["id"] != "a1"
    assert client.get("/api/articles", params={"q": "nosuchword"}).json() == {"total": 0, "limit": 20, "offset": 0, "items": []}


def test_article_is_the_contract_record(client, filled_store) -> None:
    assert client.get("/api/articles/a1").json() == filled_store.get("a1") == records()[0]


def test_entities_most_mentioned_first_with_filters(client) -> None:
    body = client.get("/api/entities").json()
    assert body["total"] == 2
    item = body["items"][0]
    assert set(item) == {"key", "name", "type", "country", "sector", "role", "aliases", "articles", "mentions", "first_seen", "last_seen"}
    assert item["articles"] == 3 and item["first_seen"] == "2022-03-30" and item["last_seen"] == "2022-04-20"
    people = client.get("/api/entities", params={"type": "person"}).json()["items"]
    assert [e["key"] for e in people] == ["person:volodymyr-zelensky"]
    assert [e["key"] for e in client.get("/api/entities", params={"country": "RUS"}).json()["items"]] == ["org:russian-army"]
    assert [e["key"] for e in client.get("/api/entities", params={"q": "zelen"}).json()["items"]] == ["person:volodymyr-zelensky"]


def test_entity_detail(client) -> None:
    body = client.get("/api/entities/person:volodymyr-zelensky").json()
    assert [q["date"] for q in body["quotes"]] == ["2022-04-20", "2022-04-02", "2022-03-30"]
    assert body["events"] == []
    assert [a["id"] for a in body["recent_articles"]] == ["a3", "a2", "a1"]
    army = client.get("/api/entities/org:russian-army").json()
    assert len(army["events"]) == 6 and {e["type"] for e in army["events"]} == {"RETREAT", "ASSAULT"}
    assert client.get("/api/entities/person:nobody").status_code == 404


def test_quotes(client) -> None:
    body = client.get("/api/quotes", params={"speaker": "person:volodymyr-zelensky", "since": "2022-04-01"}).json()
    assert body["total"] == 2
    item = body["items"][0]
    assert item["text"] == "\"the talks in Istanbul were positive\""
    assert {"article", "date", "kind", "speaker_name", "speaker_key", "text", "content", "cue", "speaker", "confidence"} <= set(item)
    assert client.get("/api/quotes", params={"q": "POSITIVE"}).json()["total"] == 3
    assert client.get("/api/quotes", params={"q": "negative"}).json()["total"] == 0


def test_events_filters_and_date_rule(client) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 6
    item = body["items"][0]
    assert {"type", "actor", "evidence", "article", "article_date", "evidence_text"} <= set(item)
    assert client.get("/api/events", params={"type": "retreat"}).json()["total"] == 3
    assert client.get("/api/events", params={"recipient_country": "UKR"}).json()["total"] == 3
    assert client.get("/api/events", params={"actor_country": "UKR"}).json()["total"] == 0
    assert client.get("/api/events", params={"entity": "org:russian-army"}).json()["total"] == 6
    # RETREAT is dated 2022-03-29 (its own full day); ASSAULT 2022-W13, so its article's date
    early = client.get("/api/events", params={"until": "2022-03-29"}).json()["items"]
    assert [(e["type"], e["article"]) for e in early] == [("RETREAT", "a1"), ("RETREAT", "a2"), ("RETREAT", "a3")]
    late = client.get("/api/events", params={"since": "2022-04-20"}).json()["items"]
    assert [(e["type"], e["article"]) for e in late] == [("ASSAULT", "a3")]
    kharkiv = client.get("/api/events", params={"bbox": "36,49,37,50"}).json()
    assert kharkiv["total"] == 3 and all(e["place"]["name"] == "Kharkiv" for e in kharkiv["items"])
    assert item["evidence_text"] in ("and shelled Kharkiv", "The Russian army withdrew from Chernihiv")


def test_geojson(client) -> None:
    body = client.get("/api/events.geojson", params={"type": "ASSAULT"}).json()
    assert body["type"] == "FeatureCollection" and body["truncated"] is False and len(body["features"]) == 3
    feature = body["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.25, 49.98]}
    assert {"type", "mode", "quad", "date", "actor", "recipient", "article", "evidence_text"} <= set(feature["properties"])
    assert feature["properties"]["evidence_text"] == "and shelled Kharkiv"


def test_geojson_truncates(filled_store) -> None:
    from dateline.store.queries import EventFilter

    body = filled_store.events_geojson(EventFilter(), max_features=2)
    assert len(body["features"]) == 2 and body["truncated"] is True


@pytest.mark.parametrize("interval, periods", [
    ("day", {"2022-03-29", "2022-03-30", "2022-04-02", "2022-04-20"}),
    ("week", {"2022-W13", "2022-W16"}),
    ("month", {"2022-03", "2022-04"}),
])
def test_timeline(client, interval, periods) -> None:
    body = client.get("/api/timeline", params={"interval": interval}).json()
    assert body["interval"] == interval and body["by"] == "type"
    assert {s["period"] for s in body["series"]} == periods
    assert sum(s["count"] for s in body["series"]) == 6


def test_timeline_by_quad(client) -> None:
    series = client.get("/api/timeline", params={"by": "quad", "interval": "month"}).json()["series"]
    assert {(s["period"], s["key"], s["count"]) for s in series} == {
        ("2022-03", "material cooperation", 3), ("2022-03", "material conflict", 1), ("2022-04", "material conflict", 2)}


@pytest.mark.parametrize("url, status, code", [
    ("/api/articles?limit=501", 400, "E503"),
    ("/api/articles?q=" + "x" * 501, 400, "E502"),
    ("/api/articles?q=" + "+".join(["war"] * 80), 400, "E306"),
    ("/api/articles?since=2022-02-30", 400, "E501"),
    ("/api/events?bbox=1,2,3", 400, "E501"),
    ("/api/articles?limit=abc", 422, "E501"),
    ("/api/timeline?interval=year", 422, "E501"),
    ("/api/articles/nope", 404, "E504"),
    ("/api/nothing-here", 404, "E504"),
])
def test_errors_are_json_without_traceback(client, url, status, code) -> None:
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    assert "Traceback" not in response.text and "detail" not in body


def test_an_unexpected_failure_is_a_500_without_traceback(client, monkeypatch, filled_store) -> None:
    def boom(*_args, **_kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(type(filled_store), "article_total", boom)
    response = client.get("/api/health")
    assert response.status_code == 500 and response.json()["error"]["code"] == "E599"
    assert "secret internals" not in response.text


def test_writes_need_the_token(client, filled_store) -> None:
    body = {"text": "Officials in Kyiv met on Monday.", "date": "2022-05-02", "id": "w1"}
    assert client.post("/api/articles", json=body).status_code == 401
    wrong = client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "E506"
    assert not filled_store.has("w1")
    ok = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 201 and ok.json() == {"id": "w1", "status": "stored"}
    again = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json() == {"id": "w1", "status": "unchanged"}
    assert filled_store.get("w1")["date"] == "2022-05-02"
    bad = client.post("/api/articles", json={**body, "date": "yesterday"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "E501"
    huge = client.post(
        "/api/articles",
        content=b"x" * (5 * 1024 * 1024),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "E507"


def test_writes_are_off_without_a_token_file(filled_store) -> None:
    from fastapi.testclient import TestClient

    from dateline.serve.app import create_app

    client = TestClient(create_app(filled_store))
    response = client.post("/api/articles", json={"text": "x", "date": "2022-01-01"}, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and response.json()["error"]["code"] == "E505"


def test_reads_never_change_the_store(client, filled_store) -> None:
    before = filled_store.counts()
    for url in ("/api/articles?q=Istanbul", "/api/entities", "/api/quotes", "/api/events", "/api/timeline",
                "/", "/articles/a1", "/entities/org:russian-army", "/events"):
        assert client.get(url).status_code == 200
    assert filled_store.counts() == before


def test_openapi_and_offline_docs(client) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.") and "/api/events.geojson" in spec["paths"] and "/api/timeline" in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text.lower()
    assert "'sha256-" in docs.headers["content-security-policy"]
    assert client.get("/static/vendor/swagger-ui-dist/swagger-ui-bundle.js").status_code == 200


def test_token_file(tmp_path: Path) -> None:
    from dateline.errors import TokenFileError
    from dateline.serve.app import read_token, token_matches

    path = tmp_path / "token"
    path.write_text(TOKEN + "\n")
    assert read_token(path) == TOKEN and read_token(None) is None
    assert token_matches(TOKEN, f"Bearer {TOKEN}") and not token_matches(TOKEN, TOKEN) and not token_matches(None, f"Bearer {TOKEN}")
    path.write_text("short")
    with pytest.raises(TokenFileError):
        read_token(path)
    with pytest.raises(TokenFileError):
        read_token(tmp_path / "missing")


def test_ids_with_slashes(client, filled_store) -> None:
    filled_store.write({**records()[0], "id": "feed/2022/a1"})
    assert client.get("/api/articles/feed/2022/a1").json()["id"] == "feed/2022/a1"
    assert client.get("/articles/feed/2022/a1").status_code == 200
