"""Fixtures of the serve tests: a store (SQLite and the suite's real PostgreSQL) filled with
hand-made records, and a TestClient over the app."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.serve.sample import records

TOKEN = "test-token-0123456789abcdef"


def fake_analyze(text: str, date: str | None, **meta):
    """Stands in for the pipeline in write tests: a record with no annotations."""
    from dateline.ingest.article import stable_id

    return {"schema": 1, "id": meta.get("id") or stable_id(text), "date": date, "title": meta.get("title"),
            "url": meta.get("url"), "source": meta.get("source"), "text": text,
            "entities": [], "quotes": [], "places": [], "times": [], "events": []}


def _open(kind: str, request, tmp_path):
    from dateline.store import open_store

    if kind == "sqlite":
        return open_store(tmp_path / "serve.db")
    url = request.getfixturevalue("postgres_url")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return open_store(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def filled_store(request, tmp_path):
    store = _open(request.param, request, tmp_path)
    for record in records():
        store.write(record)
    yield store
    store.close()


@pytest.fixture
def client(filled_store):
    from fastapi.testclient import TestClient

    from dateline.serve.app import create_app

    app = create_app(filled_store, token=TOKEN, analyze=fake_analyze)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
