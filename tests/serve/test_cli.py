"""The CLI end to end on the real model: contract output, error records, exit codes, store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.serve.cli import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
KINDS = ("entities", "quotes", "places", "times", "events")


def run(*args: str) -> subprocess.CompletedProcess:
    """The installed console script in a subprocess: real exit codes and streams."""
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True, text=True, timeout=300)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.mark.model
def test_analyze_seed(seed_path: Path) -> None:
    done = run("analyze", str(seed_path))
    assert done.returncode == 0, done.stderr
    [record] = records(done.stdout)
    content = seed_path.read_text(encoding="utf-8")
    assert record["date"] == "2022-03-30"
    assert record["text"] == content[17:]
    assert record["schema"] == 1 and record["id"]
    for kind in KINDS:
        assert isinstance(record[kind], list)
    for entity in record["entities"]:
        for start, end in entity["mentions"]:
            assert 0 <= start < end <= len(record["text"])


@pytest.mark.model
def test_jsonl_round_trip_in_order(tmp_path: Path) -> None:
    rows = [{"id": f"doc-{i}", "text": f"Article number {i} from Paris.", "date": f"2022-01-0{i + 1}"} for i in range(5)]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    done = run("analyze", str(path))
    assert done.returncode == 0
    out = records(done.stdout)
    assert [(r["id"], r["text"], r["date"]) for r in out] == [(r["id"], r["text"], r["date"]) for r in rows]


@pytest.mark.model
def test_good_and_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("date 2022-03-30 The minister said the talks would resume.")
    binary = tmp_path / "junk.bin"
    binary.write_bytes(bytes(range(256)) * 20)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": unquoted}\n')
    done = run("analyze", str(good), str(binary), str(broken))
    assert done.returncode == 0, done.stderr
    out = records(done.stdout)
    assert len(out) == 3
    assert "error" not in out[0] and out[0]["date"] == "2022-03-30"
    assert out[1]["error"].startswith("E102") and str(binary) in out[1]["error"]
    assert out[2]["error"].startswith("E104") and "broken.jsonl:1" in out[2]["error"]
    assert all(k not in out[1] for k in KINDS)

    only_bad = run("analyze", str(binary), str(broken))
    assert only_bad.returncode != 0
    assert len(records(only_bad.stdout)) == 2
    assert "Traceback" not in only_bad.stderr


@pytest.mark.model
def test_json_format_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    done = run("analyze", str(EXAMPLES / "wire_feed.xml"), "--format", "json", "-o", str(out))
    assert done.returncode == 0
    data = json.loads(out.read_text())
    assert [r["id"] for r in data] == ["sample-wire-001", "sample-wire-002"]


@pytest.mark.model
def test_ingest_twice_search_once_show(tmp_path: Path, seed_path: Path) -> None:
    db = str(tmp_path / "d.db")
    first = run("ingest", str(seed_path), str(EXAMPLES), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "8 added" in first.stderr and "database:" in first.stderr
    second = run("ingest", str(seed_path), "--db", db)
    assert second.returncode == 0 and "1 already stored" in second.stderr
    forced = run("ingest", str(seed_path), "--db", db, "--force")
    assert "1 unchanged" in forced.stderr
    hits = records(run("search", "Chernihiv", "--db", db).stdout)
    assert len(hits) == 1 and "[Chernihiv]" in hits[0]["snippet"]
    none = run("search", "Zzyzx", "--db", db)
    assert none.returncode == 0 and none.stdout == "" and "no stored article matches 'Zzyzx'" in none.stderr
    shown = json.loads(run("show", hits[0]["id"], "--db", db).stdout)
    analysed = records(run("analyze", str(seed_path)).stdout)[0]
    assert shown == analysed


def test_errors_print_without_traceback(tmp_path: Path) -> None:
    done = run("show", "nope", "--db", str(tmp_path / "missing.db"))
    assert done.returncode == 2
    assert done.stderr.startswith("error: E301") and "Traceback" not in done.stderr
    done = run("analyze", "x.txt", "--date", "30/03/2022")
    assert done.returncode == 2 and "E004" in done.stderr


def test_analyze_without_paths_says_what_to_do() -> None:
    done = run("analyze")
    assert done.returncode == 2 and "E005" in done.stderr


@pytest.mark.parametrize("command", [
    "analyze", "ingest", "search", "show", "entities", "bench", "eval", "config", "serve", "export", "spark",
])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and len(result.output) > 200


def test_config_prints_the_commented_defaults() -> None:
    result = CliRunner().invoke(cli, ["config"])
    assert result.exit_code == 0 and "[pipeline]" in result.output and "#" in result.output


@pytest.mark.model
def test_ingest_and_search_on_postgresql(postgres_url: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    done = run("ingest", str(EXAMPLES / "wire_feed.xml"), "--db", postgres_url)
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stderr
    hits = records(run("search", "protesters", "--db", postgres_url).stdout)
    assert [h["id"] for h in hits] == ["sample-wire-002"] and "[protesters]" in hits[0]["snippet"]
    shown = json.loads(run("show", "sample-wire-001", "--db", postgres_url).stdout)
    assert shown["id"] == "sample-wire-001" and shown["date"] == "2023-03-14"
    listed = records(run("entities", "--db", postgres_url, "--json").stdout)
    assert any(row["key"] == "gpe:tbilisi" for row in listed)
