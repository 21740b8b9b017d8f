"""dateline: who said what, and who did what to whom, where and when, from dated news articles.

    >>> import dateline
    >>> record = dateline.analyze(text, date="2022-03-30")      # CONTRACT.md record
    >>> counts = dateline.api.ingest(["articles/"], "dateline.db")  # analyse and store
    >>> store = dateline.open_store("dateline.db")               # SQLite file or SQLAlchemy URL

The names are imported on first use, so ``import dateline`` (and the command line's start)
stays quick: spaCy loads only when something needs it.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_WHERE = {
    "Article": "dateline.ingest",
    "DatelineError": "dateline.errors",
    "Store": "dateline.store",
    "analyze": "dateline.api",
    "analyze_paths": "dateline.api",
    "load_config": "dateline.config",
    "open_store": "dateline.store",
    "pipeline": "dateline.api",
    "read_inputs": "dateline.ingest",
}

__all__ = [
    "Article",
    "DatelineError",
    "Store",
    "__version__",
    "analyze",
    "analyze_paths",
    "load_config",
    "open_store",
    "pipeline",
    "read_inputs",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
