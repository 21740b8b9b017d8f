"""The store benchmark's plumbing (its speed is measured by the command, never in a test)."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.run import bench_store
from tests.store.test_store import record


def test_replicate_gives_new_ids_and_spread_dates() -> None:
    copies = list(bench_store.replicate([record("a"), record("b")], 6))
    assert len({c["id"] for c in copies}) == 6 and all(len(c["id"]) == 16 for c in copies)
    assert len({c["date"] for c in copies}) == 6
    assert copies[2]["text"] == record("a")["text"] and copies[3]["entities"] == record("b")["entities"]


def test_run_reports_rates_and_bytes(tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(record(f"r{i}")) + "\n" for i in range(3)), encoding="utf-8")
    result = bench_store.run([20], records_path=str(source), batch=7, blocks=2)
    [row] = result["results"]
    assert row["articles"] == 20 and row["counts"]["articles"] == 20 and len(row["block_rates"]) == 2
    assert row["records_per_s"] > 0 and 0 < row["bytes_per_article"] < 1_000_000
    assert "records/s" in bench_store.format_report(result)
