"""Bulk loading: write_many equals one-by-one writes, the registry's tally rows, migration 0004."""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import command
from alembic.config import Config as AlembicConfig

from dateline.store import open_store, schema
from dateline.store.store import MIGRATIONS
from tests.store.test_store import person, record, store  # noqa: F401  (the two-engine fixture)


def articles() -> list[dict]:
    a = record("a1", text="Zelensky said he would stay. Volodymyr Zelensky spoke.")
    a["entities"] = [person("person:volodymyr-zelensky", "Volodymyr Zelensky", [[0, 8], [14, 16], [29, 47]], "UKR")]
    b = record("a2", text="President Zelenskyy met reporters.")
    b["date"] = "2022-04-02"
    b["entities"] = [person("person:volodymyr-zelensky", "Zelenskyy", [[10, 19]], "UKR")]
    c = record("a3")
    c["date"] = "2022-03-01"
    return [a, b, c]


def test_write_many_equals_one_by_one(store, tmp_path) -> None:  # noqa: F811
    assert store.write_many(articles()) == ["added", "added", "added"]
    with open_store(tmp_path / "one.db") as one:
        for rec in articles():
            one.write(rec)
        assert store.entities() == one.entities()
        assert store.counts() == one.counts()
    for rec in articles():
        assert store.get(rec["id"]) == rec
    assert [h["id"] for h in store.search("Zelenskyy")] == ["a2"]


def test_write_many_repeats_are_unchanged_or_replaced(store) -> None:  # noqa: F811
    first = articles()
    store.write_many(first)
    changed = record("a3")
    changed["date"] = "2022-05-01"
    assert store.write_many([first[0], changed, changed]) == ["unchanged", "replaced", "unchanged"]
    assert store.get("a3") == changed
    rows = {r["key"]: r for r in store.entities()}
    assert rows["norp:russian"]["article_count"] == 1  # replaced, not added
    # the old date 2022-03-01 left with the old version
    assert (rows["norp:russian"]["first_seen"], rows["norp:russian"]["last_seen"]) == ("2022-05-01", "2022-05-01")


def test_tallies_are_rows_and_leave_with_the_article(store) -> None:  # noqa: F811
    store.write_many(articles())
    with store.engine.connect() as conn:
        t = schema.entity_tallies
        dates = conn.execute(sa.select(t.c.value, t.c.count).where(t.c.key == "person:volodymyr-zelensky", t.c.field == "dates")).all()
        assert sorted(dates) == [("2022-03-30", 1), ("2022-04-02", 1)]
    store.delete("a2")
    [row] = store.entities(type_="person")
    assert row["article_count"] == 1 and row["last_seen"] == "2022-03-30" and "Zelenskyy" not in row["aliases"]
    store.delete("a1")
    assert store.entities(type_="person") == []
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t).where(t.c.key == "person:volodymyr-zelensky")).scalar_one() == 0


def test_migration_0004_keeps_an_old_store(tmp_path) -> None:
    """A store written at revision 0002 (JSON tallies, data columns) reads the same after 0004."""
    path = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002_entity_registry")
        rec = record()
        conn.execute(sa.text("INSERT INTO articles (id, date, title, url, source, text, schema, ingested_at) "
                             "VALUES ('a1', '2022-03-30', 'Withdrawal', NULL, 'wire', :text, 1, 'now')"), {"text": rec["text"]})
        conn.execute(sa.text("INSERT INTO article_fts (article_id, title, text) VALUES ('a1', 'Withdrawal', :text)"), {"text": rec["text"]})
        for kind in ("entities", "quotes", "places", "times", "events"):
            for idx, item in enumerate(rec[kind]):
                conn.execute(sa.text(f"INSERT INTO {kind} (article_id, idx, data) VALUES ('a1', :idx, :data)"),
                             {"idx": idx, "data": json.dumps(item)})
        tallies = {"name": {"Russian": 1}, "type": {"NORP": 1}, "country": {"RUS": 1}, "aliases": {"Russian": 1},
                   "dates": {"2022-03-30": 1}, "sector": {}, "role": {}, "wikidata": {}}
        conn.execute(sa.text("INSERT INTO entity_registry (key, name, type, country, aliases, first_seen, last_seen, "
                             "article_count, mention_count, tallies) VALUES ('norp:russian', 'Russian', 'NORP', 'RUS', "
                             "'[\"Russian\"]', '2022-03-30', '2022-03-30', 1, 1, :t)"), {"t": json.dumps(tallies)})
    engine.dispose()
    with open_store(path) as store:  # noqa: F811
        assert store.get("a1") == rec
        assert [h["id"] for h in store.search("Chernihiv")] == ["a1"]
        second = record("a2")
        second["date"] = "2022-04-01"
        store.write(second)
        [row] = store.entities()
        assert (row["article_count"], row["first_seen"], row["last_seen"]) == (2, "2022-03-30", "2022-04-01")
        store.delete("a1")
        assert [h["id"] for h in store.search("Chernihiv")] == ["a2"]
