"""dateline's domain knowledge as data files, and the one way to read them.

Each file under this folder starts with '#' comment lines naming where its knowledge came
from. Components read them through these functions (over ``importlib.resources``, so they
work from a wheel as well as from a checkout), never with their own file handling.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

__all__ = ["read_text", "read_toml", "read_tsv", "read_words"]


def read_text(name: str) -> str:
    """The text of the data file ``name``, a path under ``dateline/data`` ("events/triggers.tsv")."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def _content_lines(name: str) -> list[str]:
    return [line for line in read_text(name).splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a TSV data file as dicts keyed by its header (the first non-comment line).

    '#' lines are comments; a repeated header line is skipped; missing trailing cells are ''.
    Cached: callers must not change the rows.
    """
    lines = _content_lines(name)
    if not lines:
        return ()
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        values = line.split("\t")
        if values == header:
            continue
        rows.append({column: (values[i] if i < len(values) else "") for i, column in enumerate(header)})
    return tuple(rows)


@functools.cache
def read_words(name: str) -> frozenset[str]:
    """A word list: one entry a line, '#' lines and text after ' #' are comments."""
    return frozenset(line.split(" #")[0].strip() for line in _content_lines(name))


@functools.cache
def read_toml(name: str) -> dict[str, Any]:
    """A TOML data file as a dict. Cached: callers must not change it."""
    return tomllib.loads(read_text(name))
