"""The public API: a sorted __all__, py.typed, and `python -m dateline`."""

import subprocess
import sys
from importlib import resources

import dateline


def test_all_is_sorted_and_importable() -> None:
    assert dateline.__all__ == sorted(dateline.__all__)
    for name in dateline.__all__:
        assert hasattr(dateline, name)


def test_py_typed_ships() -> None:
    assert resources.files("dateline").joinpath("py.typed").is_file()


def test_python_m_dateline_help() -> None:
    done = subprocess.run([sys.executable, "-m", "dateline", "--help"], capture_output=True, text=True, check=True)
    assert "analyze" in done.stdout and "ingest" in done.stdout
