"""The store: exact round trips, one transaction per article, idempotent re-ingest, search."""

from __future__ import annotations

import copy

import pytest
import sqlalchemy as sa

from dateline.errors import ArticleNotFound, StoreOpenError
from dateline.store import open_store
from dateline.store.schema import RECORD_TABLES


def record(article_id: str = "a1", text: str = "Russian troops withdrew from Chernihiv on Tuesday, officials said.") -> dict:
    return {
        "schema": 1, "id": article_id, "date": "2022-03-30", "title": "Withdrawal", "url": None, "source": "wire",
        "text": text,
        "entities": [{"id": "e1", "key": "norp:russian", "name": "Russian", "type": "NORP", "country": "RUS",
                      "sector": None, "role": None, "mentions": [[0, 7]], "wikidata": None, "geonames_id": None}],
        "quotes": [{"kind": "indirect", "content": [[0, 50]], "cue": [60, 64], "speaker": [51, 59],
                    "speaker_entity": "e1", "speaker_name": "Russian", "confidence": 0.5}],
        "places": [{"start": 29, "end": 38, "text": "Chernihiv", "geonames_id": 710735, "name": "Chernihiv",
                    "lat": 51.5, "lon": 31.3, "country": "UA", "admin1": "Chernihiv", "feature": "PPLA", "confidence": 0.9}],
        "times": [{"start": 42, "end": 49, "text": "Tuesday", "type": "DATE", "value": "2022-03-29"}],
        "events": [{"type": "RETREAT", "mode": "withdraw", "quad": "material cooperation", "cameo": "0874",
                    "actor": {"entity": "e1", "text": "Russian troops", "span": [0, 14], "country": "RUS", "sector": "MIL"},
                    "recipient": None, "date": "2022-03-29",
                    "place": {"geonames_id": 710735, "name": "Chernihiv", "lat": 51.5, "lon": 31.3},
                    "negated": False, "modality": "asserted", "evidence": [[0, 50]], "confidence": 0.8}],
    }


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """The same tests on an SQLite file and on a real PostgreSQL server (a fresh schema each)."""
    if request.param == "sqlite":
        with open_store(tmp_path / "t.db") as s:
            yield s
        return
    url = request.getfixturevalue("postgres_url")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    with open_store(url) as s:
        yield s


def test_round_trip_is_exact(store) -> None:
    rec = record()
    assert store.write(rec) == "added"
    assert store.get("a1") == rec


def test_rewriting_the_same_article_is_a_no_op(store) -> None:
    store.write(record())
    assert store.write(record()) == "unchanged"
    assert store.counts() == {
        "articles": 1, "entities": 1, "quotes": 1, "places": 1, "times": 1, "events": 1, "registry": 1, "input_errors": 0
    }


def test_changed_article_is_replaced_whole(store) -> None:
    store.write(record())
    changed = record()
    changed["places"] = []
    changed["title"] = "New title"
    assert store.write(changed) == "replaced"
    assert store.get("a1") == changed
    assert store.counts()["places"] == 0


def test_a_failing_write_leaves_nothing_half_written(store) -> None:
    store.write(record("a1"))
    bad = record("a2")
    bad["events"][0]["confidence"] = "not a number"  # FLOAT column: the insert fails late
    bad["times"] = [{"start": 0, "end": 1, "text": "x", "type": "DATE", "value": "2022"}, {"broken": object()}]
    # the unserialisable JSON (a TypeError; SQLAlchemy wraps it on SQLite) or the bad FLOAT
    with pytest.raises((TypeError, sa.exc.StatementError)):
        store.write(bad)
    assert list(store.article_ids()) == ["a1"]
    with store.engine.connect() as conn:
        for table in RECORD_TABLES.values():
            assert conn.execute(sa.select(sa.func.count()).select_from(table).where(table.c.article_id == "a2")).scalar_one() == 0
    assert store.search("Chernihiv") and all(hit["id"] == "a1" for hit in store.search("Chernihiv"))


def test_search_finds_each_article_once_with_snippet(store) -> None:
    store.write(record("a1"))
    store.write(record("a1"))
    store.write(record("a2", text="Talks in Istanbul ended without agreement."))
    hits = store.search("Chernihiv")
    assert [h["id"] for h in hits] == ["a1"]
    assert "[Chernihiv]" in hits[0]["snippet"] and hits[0]["score"] > 0
    assert set(hits[0]) == {"id", "date", "title", "snippet", "score"}
    assert [h["id"] for h in store.search("talk")] == ["a2"]  # stemmed


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "Chernihiv)", "NEAR("])
def test_bad_query_syntax_does_not_crash(store, query) -> None:
    store.write(record())
    assert isinstance(store.search(query), list)


def test_missing_article(store) -> None:
    with pytest.raises(ArticleNotFound):
        store.get("nope")


def test_reopening_migrates_once(tmp_path) -> None:
    path = tmp_path / "t.db"
    open_store(path).write(record())
    with open_store(path) as again:
        assert again.get("a1")["id"] == "a1"


def test_errors_are_kept(store) -> None:
    store.record_error({"schema": 1, "id": None, "input": "x.bin", "error": "E102: x.bin: binary", "error_code": "E102"})
    assert store.counts()["input_errors"] == 1


def test_unopenable_database(tmp_path) -> None:
    with pytest.raises(StoreOpenError):
        open_store(tmp_path / "no" / "such" / "dir" / "t.db")


def test_records_are_not_mutated(store) -> None:
    rec = record()
    before = copy.deepcopy(rec)
    store.write(rec)
    assert rec == before


def person(key: str, name: str, mentions: list, country=None) -> dict:
    return {"id": "e1", "key": key, "name": name, "type": "PERSON", "country": country, "sector": "GOV",
            "role": "President", "mentions": mentions, "wikidata": None, "geonames_id": None}


def test_registry_merges_across_articles_and_follows_replacements(store) -> None:
    a = record("a1", text="Zelensky said he would stay. Volodymyr Zelensky spoke.")
    a["entities"] = [person("person:volodymyr-zelensky", "Volodymyr Zelensky", [[0, 8], [14, 16], [29, 47]], "UKR")]
    b = record("a2", text="President Zelenskyy met reporters.")
    b["date"] = "2022-04-02"
    b["entities"] = [person("person:volodymyr-zelensky", "Zelenskyy", [[10, 19]], "UKR")]
    store.write(a)
    store.write(b)
    [row] = store.entities(type_="person")
    assert row["key"] == "person:volodymyr-zelensky" and row["name"] == "Volodymyr Zelensky"
    assert row["article_count"] == 2 and row["mention_count"] == 4
    assert (row["first_seen"], row["last_seen"]) == ("2022-03-30", "2022-04-02")
    assert set(row["aliases"]) == {"Zelensky", "Volodymyr Zelensky", "Zelenskyy"}  # "he" is no alias
    assert row["country"] == "UKR" and row["sector"] == "GOV"
    store.write(record("a1"))  # a1 re-analysed: it no longer mentions him
    [row] = store.entities(query="zelensk")
    assert row["article_count"] == 1 and row["first_seen"] == row["last_seen"] == "2022-04-02"
    store.delete("a2")
    assert store.entities(query="zelensk") == []


def test_registry_is_unchanged_by_an_idempotent_rewrite(store) -> None:
    store.write(record())
    before = store.entities()
    store.write(record())
    assert store.entities() == before and before[0]["article_count"] == 1


def test_descriptions_are_not_aliases() -> None:
    from dateline.store.registry import surface_forms

    text = "Zelensky spoke. The Ukrainian president said the Ukrainian president would stay. He left."
    entity = {"name": "Volodymyr Zelensky", "mentions": [[0, 8], [16, 39], [45, 68], [81, 83]]}
    assert surface_forms(text, entity) == ["Volodymyr Zelensky", "Zelensky"]
