"""dateline.api.ingest: the library's ingest (the CLI calls it), every input accounted for."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.api import ingest
from dateline.errors import BadConfigValue
from dateline.store import open_store


def corpus(tmp_path: Path) -> list[Path]:
    a = tmp_path / "a.jsonl"
    a.write_text('{"id": "g1", "text": "The mayor of Kyiv spoke on Tuesday."}\n'
                 '{"id": {"bad": 1}, "text": "An id that is an object."}\n'
                 '{"id": "g2", "text": "Officials in Lviv said talks went on.", "n": ' + "7" * 5000 + "}\n"
                 '{"id": "g3", "text": "Officials in Lviv said talks went on."}\n', encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    return [a, empty]


@pytest.mark.model
def test_ingest_counts_every_input_and_stores_the_good_ones(tmp_path: Path, nlp) -> None:
    seen: list[dict] = []
    with open_store(tmp_path / "s.db") as store:
        outcome = ingest(corpus(tmp_path), store, nlp=nlp, on_record=seen.append)
        assert outcome == {"added": 2, "replaced": 0, "unchanged": 0, "already stored": 0, "failed": 3}
        assert sorted(store.article_ids()) == ["g1", "g3"]
        assert store.counts()["input_errors"] == 3
        assert sorted(r.get("error_code") or "ok" for r in seen) == ["E110", "E116", "E118", "ok", "ok"]
        again = ingest(corpus(tmp_path), store, nlp=nlp)
        assert again["already stored"] == 2 and again["added"] == 0
        forced = ingest(corpus(tmp_path), store, nlp=nlp, force=True)
        assert forced["unchanged"] == 2


@pytest.mark.parametrize("value", [0, -1])
def test_ingest_refuses_a_bad_max_chars(tmp_path: Path, value: int) -> None:
    with pytest.raises(BadConfigValue):
        ingest([tmp_path], tmp_path / "s.db", max_chars=value, nlp=object())  # type: ignore[arg-type]
