"""Issue 16: every exit path ends in a coded error or works: -o, --max-chars, a closed pipe,
Ctrl-C at start-up, non-UTF-8 file names, read-only stores, over-long queries, two ingests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.store import open_store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
COMMAND = [sys.executable, "-m", "dateline"]


def run(*args: str | bytes) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=300, cwd=ROOT, check=False)


def coded(done: subprocess.CompletedProcess, code: str, rc: int = 2) -> None:
    assert done.returncode == rc, done.stderr
    assert f"error: {code}" in done.stderr and "Traceback" not in done.stderr and "unexpected" not in done.stderr


def test_output_into_a_missing_folder_fails_before_any_work(tmp_path: Path) -> None:
    done = run("analyze", str(EXAMPLES), "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    coded(done, "E007")
    assert done.stdout == ""


def test_output_onto_a_folder_is_refused(tmp_path: Path) -> None:
    coded(run("analyze", str(EXAMPLES), "-o", str(tmp_path)), "E007")


@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_chars_must_be_positive(value: str) -> None:
    coded(run("analyze", str(EXAMPLES), "--max-chars", value), "E003")


def _closed_pipe(*args: str) -> tuple[int, str]:
    proc = subprocess.Popen([*COMMAND, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()  # the reader is gone before the first write, as `| head` after its lines
    err = proc.stderr.read().decode("utf-8", "replace")
    return proc.wait(timeout=300), err


def test_closed_pipe_exits_zero_quietly() -> None:
    rc, err = _closed_pipe("config")
    assert rc == 0 and err == ""


@pytest.mark.model
def test_closed_pipe_during_analysis_exits_zero_quietly() -> None:
    rc, err = _closed_pipe("analyze", str(EXAMPLES))
    assert rc == 0 and "Traceback" not in err and "error" not in err


@pytest.mark.model
@pytest.mark.parametrize("after", [0.5, 2.0])
def test_ctrl_c_during_start_up_is_a_coded_exit_130(after: float) -> None:
    proc = subprocess.Popen([*COMMAND, "analyze", str(EXAMPLES)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, text=True)
    time.sleep(after)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=120)
    if proc.returncode == 0:
        pytest.skip("the run finished before the signal")  # a very fast machine
    assert proc.returncode == 130, err
    assert "error: E006" in err and "Traceback" not in err


@pytest.mark.model
def test_non_utf8_file_names(tmp_path: Path) -> None:
    name = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(b"date 2022-03-30\nThe mayor of Kyiv spoke on Tuesday.")
    missing = os.fsencode(str(tmp_path)) + b"/gone\xff.txt"
    done = subprocess.run([*COMMAND, "analyze", name, missing], capture_output=True, cwd=ROOT, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    good, bad = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert good["text"].startswith("The mayor") and bad["error_code"] == "E109"
    assert b"Traceback" not in done.stderr


@pytest.mark.model
def test_ingest_into_a_read_only_store_is_coded(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    open_store(path).close()
    coded(run("ingest", str(EXAMPLES / "wire_feed.xml"), "--db", f"sqlite:///file:{path}?mode=ro&uri=true"), "E304")


def test_over_long_search_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    open_store(path).close()
    coded(run("search", " AND ".join(["word"] * 2000), "--db", str(path)), "E306")
    coded(run("search", "x" * 501, "--db", str(path)), "E306")
    done = run("search", "Kyiv", "--db", str(path))
    assert done.returncode == 0 and done.stdout == ""


@pytest.mark.model
def test_same_inputs_ingested_twice_at_once_on_a_new_store(tmp_path: Path) -> None:
    db = str(tmp_path / "new.db")
    procs = [subprocess.Popen([*COMMAND, "ingest", str(EXAMPLES), "--db", db], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(2)]
    for proc in procs:
        _out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "unexpected" not in err
    with open_store(db) as store:
        assert len(list(store.article_ids())) == 7
