"""Issue 16: two writers at once, in real processes, on a new SQLite file and on PostgreSQL.

Both processes open the same brand-new store (so both try to create the schema) and then
write the same articles at the same moment; both must succeed, and every article must be
stored exactly once, whole.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from dateline.store import open_store
from tests.store.test_store import record

ROOT = Path(__file__).resolve().parents[2]

WORKER = r"""
import json, os, sys, time
go, url, records = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3]))
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.001)
from dateline.store import open_store
store = open_store(url)
outcome = {}
for rec in records:
    if not store.has(rec["id"]):
        result = store.write(rec)
        outcome[result] = outcome.get(result, 0) + 1
store.record_error({"input": "x", "id": None, "error": "E104: x", "error_code": "E104"})
print(json.dumps(outcome), flush=True)
"""


def race(url: str, tmp_path: Path, records: list[dict], writers: int = 2) -> list[subprocess.CompletedProcess]:
    """Start ``writers`` processes, release them at the same instant, wait for all."""
    data = tmp_path / "records.json"
    data.write_text(json.dumps(records))
    go = tmp_path / f"go-{time.monotonic_ns()}"
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(go), url, str(data)], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(writers)
    ]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    go.touch()
    done = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def corpus(n: int = 12) -> list[dict]:
    return [record(f"art-{i}", f"Russian troops withdrew from Chernihiv on Tuesday, officials said ({i}).") for i in range(n)]


def check(url: str, done: list[subprocess.CompletedProcess], records: list[dict], writers: int = 2) -> None:
    for proc in done:
        assert proc.returncode == 0, proc.stderr[-2000:]
    with open_store(url) as store:
        assert sorted(store.article_ids()) == sorted(r["id"] for r in records)
        for rec in records:
            assert store.get(rec["id"]) == json.loads(json.dumps(rec))
        counts = store.counts()
        assert counts["input_errors"] == writers
        assert counts["entities"] == len(records) and counts["registry"] == 1


@pytest.mark.parametrize("round_", range(3))
def test_two_ingests_on_a_new_sqlite_file(tmp_path: Path, round_: int) -> None:
    url = str(tmp_path / f"new-{round_}.db")
    records = corpus()
    done = race(url, tmp_path, records)
    check(url, done, records)
    written = [json.loads(p.stdout.splitlines()[-1]) for p in done]
    assert sum(w.get("added", 0) + w.get("unchanged", 0) for w in written) >= len(records)


def test_four_writers_on_a_new_sqlite_file(tmp_path: Path) -> None:
    url = str(tmp_path / "four.db")
    records = corpus(6)
    check(url, race(url, tmp_path, records, writers=4), records, writers=4)


def _fresh_schema(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


@pytest.mark.parametrize("round_", range(2))
def test_two_ingests_on_a_new_postgresql_schema(postgres_url: str, tmp_path: Path, round_: int) -> None:
    _fresh_schema(postgres_url)
    records = corpus()
    check(postgres_url, race(postgres_url, tmp_path, records), records)


def test_read_only_database_can_be_searched_but_not_written(tmp_path: Path) -> None:
    from dateline.errors import ReadOnlyStore

    path = tmp_path / "ro.db"
    with open_store(path) as store:
        store.write(record("a1"))
    # opened read-only by SQLite itself (a chmod would not stop root, who runs some CIs)
    with open_store(f"sqlite:///file:{path}?mode=ro&uri=true") as store:
        assert [h["id"] for h in store.search("Chernihiv")] == ["a1"]
        with pytest.raises(ReadOnlyStore) as caught:
            store.write(record("a2"))
        assert caught.value.code == "E304"
        with pytest.raises(ReadOnlyStore):
            store.record_error({"input": "x", "error": "E104: x", "error_code": "E104"})
