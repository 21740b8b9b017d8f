"""The store's serve queries beyond the API tests: the migration that adds events.day."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from dateline.store import open_store
from dateline.store.store import MIGRATIONS
from tests.serve.sample import records


def test_migration_0003_fills_the_event_day(tmp_path) -> None:
    store = open_store(tmp_path / "m.db")
    for record in records():
        store.write(record)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002_entity_registry")
        assert "day" not in {c["name"] for c in sa.inspect(conn).get_columns("events")}
    store.migrate()
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT article_id, type, day FROM events ORDER BY article_id, idx")).all()
    # RETREAT has its own full day; ASSAULT (2022-W13) takes its article's date
    assert rows == [("a1", "RETREAT", "2022-03-29"), ("a1", "ASSAULT", "2022-03-30"),
                    ("a2", "RETREAT", "2022-03-29"), ("a2", "ASSAULT", "2022-04-02"),
                    ("a3", "RETREAT", "2022-03-29"), ("a3", "ASSAULT", "2022-04-20")]


def test_event_day_rule() -> None:
    from dateline.store.queries import event_day

    assert event_day("2022-03-29", "2022-03-30") == "2022-03-29"
    assert event_day("2022-W13", "2022-03-30") == "2022-03-30"
    assert event_day("PAST_REF", None) is None
    assert event_day(None, "2022-03-30") == "2022-03-30"
