"""The library's front door: analyse a text or many inputs, open a store. The CLI wraps these."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from dateline.config import load_config
from dateline.ingest import Article, parse_date, read_inputs
from dateline.nlp import analyze_records, build_pipeline


@functools.lru_cache(maxsize=4)
def _cached_pipeline(config_path: str | None) -> Language:
    return build_pipeline(load_config(config_path))


def pipeline(config: str | Path | None = None) -> Language:
    """dateline's spaCy pipeline for a config file (default config when None), loaded once."""
    return _cached_pipeline(str(config) if config else None)


def analyze(text: str, date: str | None = None, *, nlp: Language | None = None, **meta: Any) -> dict[str, Any]:
    """Analyse one article's text; returns its contract record (CONTRACT.md) as a dict.

    ``date`` is the publication date (YYYY-MM-DD); ``meta`` may give id, title, url, source.
    >>> record = analyze("Zelensky said on Tuesday that ...", date="2022-03-30")  # doctest: +SKIP
    """
    article = Article(
        text=text,
        id=str(meta.pop("id", "") or ""),
        date=parse_date(date),
        **{k: meta[k] for k in ("title", "url", "source", "language") if k in meta},
    )
    records = list(analyze_records(nlp or pipeline(), [article]))
    return records[0]


def analyze_paths(
    paths: Iterable[str | Path],
    date: str | None = None,
    *,
    config: str | Path | None = None,
    nlp: Language | None = None,
    workers: int = 1,
    max_chars: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Contract records (or error records) for every article in files and folders, in order.

    ``config`` is a TOML file overriding the defaults; ``workers`` processes run the pipeline.
    """
    settings = load_config(config)["pipeline"]
    nlp = nlp or pipeline(config)
    items = read_inputs(paths, default_date=parse_date(date), max_chars=max_chars or settings["max_chars"])
    yield from analyze_records(nlp, items, settings["batch_size"], workers)
