"""dateline spark: shards, atomic per-shard commits, flat tables; a real local[1] Spark run killed
with SIGKILL and resumed, its records equal to analyze's, its output loaded into the store."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.run.spark import Shard, commit_shard, done_shards, plan_shards
from dateline.store.export import COLUMNS, flat_rows
from tests.run.test_resume import corpus
from tests.store.test_store import record

pa = pytest.importorskip("pyarrow")
import pyarrow.dataset as ds  # noqa: E402  (only once importorskip has found pyarrow)


def read_table(out: Path, table: str):
    return ds.dataset(out / table, format="parquet", partitioning="hive").to_table()


def test_flat_rows_have_the_export_columns() -> None:
    rows = flat_rows(record())
    for kind, columns in COLUMNS.items():
        if kind == "articles":
            continue
        assert rows[kind] and all(list(row) == [c for c, _ in columns] for row in rows[kind])
    [event] = rows["events"]
    assert event["actor_name"] == "Russian troops" and event["evidence_text"].startswith("Russian troops withdrew")
    assert (event["lat"], event["geonames_id"], event["negated"]) == (51.5, 710735, False)
    [quote] = rows["quotes"]
    assert quote["speaker_key"] == "norp:russian" and quote["cue"] == record()["text"][60:64]


def test_plan_shards_slices_large_jsonl(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"x{i}", "text": "Talks ended.", "date": "2022-03-30"}) for i in range(5)]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Talks ended.", encoding="utf-8")
    shards = plan_shards([str(tmp_path)], shard_size=2)
    assert [(Path(s.path).name, s.start, s.stop) for s in shards] == [
        ("a.txt", 0, None), ("c.jsonl", 0, 2), ("c.jsonl", 2, 4), ("c.jsonl", 4, 5)]
    assert len({s.id for s in shards}) == 4 and plan_shards([str(tmp_path)], 2) == shards  # stable ids


def test_commit_shard_is_idempotent_and_hive_partitioned(tmp_path: Path) -> None:
    out = tmp_path / "out"
    shard = Shard("s1", "x.jsonl")
    rec = record()
    error = {"schema": 1, "id": None, "input": "bad.txt", "error": "E102: bad.txt: binary", "error_code": "E102"}
    for _ in range(2):  # a shard redone after a kill rewrites the same files: no duplicates
        commit_shard(out, shard, [rec, error])
    assert done_shards(out) == {"s1"} and not (out / "_staging" / "s1").exists()
    records = read_table(out, "records").to_pylist()
    assert len(records) == 1 and json.loads(records[0]["record"]) == rec
    assert str(records[0]["date"]) == "2022-03-30"
    assert records[0]["record"] == json.dumps(rec, ensure_ascii=False)  # what analyze prints
    events = read_table(out, "events").to_pandas()
    assert len(events) == 1 and events["type"][0] == "RETREAT"
    assert read_table(out, "errors").to_pylist()[0]["error_code"] == "E102"


def _spark_ready() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark not installed (pip install -e '.[spark]')"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "Java not installed (scripts/test.sh installs openjdk-17-jre-headless)"
    return None


@pytest.mark.spark
@pytest.mark.model
def test_spark_killed_resumed_equals_analyze_and_loads(tmp_path: Path, nlp, request) -> None:
    reason = _spark_ready()
    if reason:
        pytest.skip(reason)
    from dateline.ingest import read_inputs
    from dateline.nlp import analyze_records
    from dateline.store import open_store

    folder = corpus(tmp_path / "in", n=6)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "dateline", "spark", str(folder), "--out", str(out), "--master", "local[1]", "--json"]
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.time() + 400
    killed = False
    while time.time() < deadline and first.poll() is None:
        if done_shards(out):  # SIGKILL the driver as soon as one shard is committed
            os.kill(first.pid, signal.SIGKILL)
            first.wait()
            killed = True
            break
        time.sleep(0.05)
    if not killed:
        first.communicate(timeout=600)
    assert 1 <= len(done_shards(out)) <= 7
    time.sleep(2)  # let the killed driver's JVM and workers notice and exit
    second = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600, check=False)
    assert second.returncode == 0, second.stderr
    summary = json.loads(second.stdout)
    assert summary["shards"] == 7 and summary["skipped"] + summary["done_now"] == 7
    if killed:
        assert summary["skipped"] >= 1
        # Spark starts only when work is left (the kill can land after the last shard)
        assert (summary["startup_seconds"] > 0) == (summary["done_now"] > 0)

    expected = [r for r in analyze_records(nlp, read_inputs([folder])) if "error" not in r]
    records = read_table(out, "records").to_pylist()
    assert sorted(r["id"] for r in records) == sorted(r["id"] for r in expected)  # each once
    printed = {r["id"]: json.dumps(r, ensure_ascii=False) for r in expected}
    assert all(r["record"] == printed[r["id"]] for r in records)  # exactly what analyze prints
    assert len(read_table(out, "errors")) == 1
    assert len(read_table(out, "events")) == sum(len(r["events"]) for r in expected)

    third = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600, check=False)
    assert json.loads(third.stdout)["done_now"] == 0 and json.loads(third.stdout)["startup_seconds"] == 0

    urls = [str(tmp_path / "s.db")]
    with contextlib.suppress(pytest.skip.Exception):
        urls.append(request.getfixturevalue("postgres_url"))
    for url in urls:
        if url.startswith("postgresql"):  # a fresh schema: other tests share the server
            import sqlalchemy as sa

            engine = sa.create_engine(url)
            with engine.begin() as conn:
                conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            engine.dispose()
        for _ in range(2):  # idempotent like every ingest
            run = subprocess.run([sys.executable, "-m", "dateline", "ingest", str(out), "--db", url],
                                 capture_output=True, text=True, timeout=600, check=False)
            assert run.returncode == 0, run.stderr
        with open_store(url) as store:
            assert store.counts()["articles"] == len(expected) and store.counts()["input_errors"] == 1
            for r in expected:
                assert store.get(r["id"]) == json.loads(json.dumps(r))


def test_spark_help_and_missing_inputs() -> None:
    from click.testing import CliRunner

    from dateline.serve.cli import cli

    result = CliRunner().invoke(cli, ["spark", "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "--partitions" in result.output
    result = CliRunner().invoke(cli, ["spark", "--out", "x"])
    assert result.exit_code != 0 and "E005" in str(result.exception)


def test_parquet_inputs_are_sliced_and_read(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from dateline.ingest import Article, Failure
    from dateline.run.spark import shard_items

    rows = [{"id": f"p{i}", "text": f"Talks in Geneva ended on day {i}.", "date": "2022-03-30", "title": None}
            for i in range(5)]
    rows[3]["text"] = ""  # a row without text: one error record, the rest go on
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    shards = plan_shards([str(tmp_path / "in.parquet")], shard_size=2)
    assert [(s.start, s.stop) for s in shards] == [(0, 2), (2, 4), (4, 5)]
    items = [item for shard in shards for item in shard_items(shard, None, None)]
    assert [i.id for i in items if isinstance(i, Article)] == ["p0", "p1", "p2", "p4"]
    assert [type(i) for i in items].count(Failure) == 1 and items[0].date == "2022-03-30"
