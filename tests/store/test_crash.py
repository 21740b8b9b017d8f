"""Issue 16: SIGKILL an ingest at random points, rerun: nothing lost, duplicated or half-written."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.api import ingest
from dateline.store import open_store

ROOT = Path(__file__).resolve().parents[2]
PLACES = ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Warsaw", "Berlin", "Paris", "Moscow"]
PEOPLE = ["President Zelensky", "Chancellor Scholz", "President Macron", "the mayor", "Foreign Minister Kuleba"]


def corpus(path: Path, n: int = 40) -> Path:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            who, where = rng.choice(PEOPLE), rng.choice(PLACES)
            text = (f"{who} said on Tuesday that talks in {where} would resume next week. "
                    f"\"We will not give up,\" {who} told reporters in {rng.choice(PLACES)} ({i}).")
            out.write(json.dumps({"id": f"c{i:03d}", "text": text, "date": "2022-03-30"}) + "\n")
    return path


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.model
def test_sigkill_mid_ingest_then_rerun_loses_and_duplicates_nothing(tmp_path: Path, nlp) -> None:
    source = corpus(tmp_path / "corpus.jsonl")
    db = tmp_path / "killed.db"
    rng = random.Random(16)
    kills = 0
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-m", "dateline", "ingest", str(source), "--db", str(db), "-q"],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before = stored(db)
        deadline = time.monotonic() + 180
        while proc.poll() is None and stored(db) <= before and time.monotonic() < deadline:
            time.sleep(0.02)  # wait until this run is writing
        time.sleep(rng.uniform(0, 0.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
    assert kills >= 1
    done = subprocess.run([sys.executable, "-m", "dateline", "ingest", str(source), "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    reference = tmp_path / "reference.db"
    ingest([source], reference, nlp=nlp)
    with open_store(db) as killed, open_store(reference) as clean:
        ids = list(killed.article_ids())
        assert ids == list(clean.article_ids()) == [f"c{i:03d}" for i in range(40)]
        for article_id in ids:
            assert killed.get(article_id) == clean.get(article_id)  # whole: every record kind
        counts, expected = killed.counts(), clean.counts()
        assert {k: v for k, v in counts.items()} == expected
        assert killed.entities() == clean.entities()  # the registry's tallies too
