"""Resumable runs: analyze -o --resume and ingest --resume, killed with SIGKILL and restarted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.errors import ResumeFormatError
from dateline.ingest import Article, Failure
from dateline.run.resume import Done, read_done, skip_done

TEXTS = [
    "Officials in Kharkiv said on Monday that shelling had damaged {n} schools.",
    "The mayor of Lviv met aid workers on Tuesday to discuss {n} new shelters.",
    "Protesters gathered in Tbilisi on Friday, police said, and {n} people were detained.",
]


def corpus(folder: Path, n: int = 8) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text(f"date 2022-03-{10 + i}\n\n" + TEXTS[i % 3].format(n=i + 2), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    return folder


def test_read_done_cuts_a_torn_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a"}\n{"id": null, "input": "x.txt", "error": "E102: x"}\n{"id": "b", "te', encoding="utf-8")
    done = read_done(out)
    assert done.ids == {"a"} and done.failed_inputs == {"x.txt"}
    assert out.read_text(encoding="utf-8").endswith('"E102: x"}\n')  # the torn line is gone
    items = [Article(text="t", id="a"), Article(text="u", id="c"), Failure(ValueError("x"), "x.txt")]  # type: ignore[arg-type]
    assert [getattr(i, "id", None) for i in skip_done(items, done)] == ["c"] and done.skipped == 2


def test_read_done_refuses_a_foreign_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ResumeFormatError):
        read_done(out)
    assert Done().has(Article(text="x")) is False


def _dateline(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dateline", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kwargs)


def _kill_when(proc: subprocess.Popen, ready, timeout: float = 300) -> bool:
    """SIGKILL the process as soon as ready() holds; False if it finished first."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            return False
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.05)
    proc.kill()
    raise AssertionError("the run neither finished nor got far enough in time")


@pytest.mark.model
def test_analyze_killed_and_resumed_has_every_article_once(tmp_path: Path, nlp) -> None:
    from dateline.ingest import read_inputs
    from dateline.nlp import analyze_records

    folder = corpus(tmp_path / "in")
    config = tmp_path / "small.toml"
    config.write_text("[pipeline]\nbatch_size = 1\n", encoding="utf-8")  # one record at a time
    out = tmp_path / "out.jsonl"
    proc = _dateline("--config", str(config), "analyze", str(folder), "-o", str(out), "--resume")

    def some_written() -> bool:
        return out.exists() and out.read_text(encoding="utf-8").count("\n") >= 2

    killed = _kill_when(proc, some_written)
    partial = out.read_text(encoding="utf-8").count("\n")
    again = _dateline("--config", str(config), "analyze", str(folder), "-o", str(out), "--resume")
    _stdout, stderr = again.communicate(timeout=600)
    assert again.returncode == 0, stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = list(analyze_records(nlp, read_inputs([folder])))
    ids = [r["id"] for r in lines if "error" not in r]
    assert sorted(ids) == sorted(r["id"] for r in expected if "error" not in r) and len(ids) == len(set(ids))
    assert len([r for r in lines if "error" in r]) == 1  # broken.txt, once
    by_id = {r["id"]: r for r in lines}
    for record in expected:
        if "error" not in record:
            assert by_id[record["id"]] == json.loads(json.dumps(record))
    if killed:  # the second run kept what the first had finished, and redid nothing of it
        assert f": {partial} already there" in stderr
    # a third run finds everything done and adds nothing
    third = _dateline("analyze", str(folder), "-o", str(out), "--resume")
    _out, stderr3 = third.communicate(timeout=600)
    assert third.returncode == 0 and out.read_text(encoding="utf-8").count("\n") == len(lines)
    assert f"{len(lines)} already there, 0 analysed now" in stderr3


@pytest.mark.model
def test_ingest_resume_records_each_failure_once(tmp_path: Path) -> None:
    from dateline.store import open_store

    folder = corpus(tmp_path / "in", n=2)
    db = tmp_path / "t.db"
    for _ in range(2):
        run = _dateline("ingest", str(folder), "--db", str(db), "--resume")
        _out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
    with open_store(db) as store:
        counts = store.counts()
    assert counts["articles"] == 2 and counts["input_errors"] == 1
    assert "failed before" in err and "2 already stored" in err
