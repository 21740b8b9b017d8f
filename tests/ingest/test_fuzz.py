"""The fuzz run of scripts/fuzz_inputs.py, small (the large one's figures are in docs/results.md):
generated malformed files of every format, each yields exactly one coded record, the good ones
come out intact, through the readers, the pipeline and the store."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fuzz_inputs.py"


def fuzz():
    spec = importlib.util.spec_from_file_location("fuzz_inputs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", [1, 2])
def test_generated_malformed_files_each_give_one_coded_record(tmp_path: Path, seed: int) -> None:
    figures = fuzz().run(400, seed, folder=tmp_path)
    assert figures["problems"] == []
    assert figures["files"] == 405 and figures["handled"] == 405
    read = figures["read"]
    assert read["article"] >= figures["good_files"] and sum(read.values()) == figures["files"]
    assert len([code for code in read if code.startswith("E")]) >= 10  # many kinds of failure met


@pytest.mark.model
def test_generated_files_through_the_pipeline_and_the_store(tmp_path: Path) -> None:
    figures = fuzz().run(120, 3, analyze=True, ingest=True, folder=tmp_path)
    assert figures["problems"] == []
    outcome = figures["ingest_outcome"]
    assert outcome["added"] >= figures["good_files"] and outcome["failed"] > 0
