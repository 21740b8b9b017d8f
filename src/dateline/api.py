"""The library's front door: analyse a text or many inputs, open a store. The CLI wraps these."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from dateline.config import load_config
from dateline.errors import BadConfigValue, ReadOnlyStore, StoreBusy, StoreWriteError
from dateline.ingest import Article, Failure, parse_date, read_inputs
from dateline.nlp import analyze_records, build_pipeline

if TYPE_CHECKING:
    from dateline.store import Store

#: what ``ingest`` counts, in the order a summary prints them
OUTCOMES = ("added", "replaced", "unchanged", "already stored", "failed")


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
    limit = _max_chars(max_chars, settings)
    nlp = nlp or pipeline(config)
    items = read_inputs(paths, default_date=parse_date(date), max_chars=limit)
    yield from analyze_records(nlp, items, settings["batch_size"], workers)


def _max_chars(max_chars: int | None, settings: dict[str, Any]) -> int:
    if max_chars is None:
        return settings["max_chars"]
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
        raise BadConfigValue(section="pipeline", key="max_chars (--max-chars)", value=max_chars,
                             expected="it must be a whole number of characters, 1 or more")
    return max_chars


def ingest(
    paths: Iterable[str | Path],
    store: Store | str | Path,
    *,
    force: bool = False,
    workers: int = 1,
    date: str | None = None,
    config: str | Path | None = None,
    nlp: Language | None = None,
    max_chars: int | None = None,
    resume: bool = False,
    on_record: Callable[[dict[str, Any]], None] | None = None,
    progress: Callable[[Iterator[dict[str, Any]]], Iterator[dict[str, Any]]] | None = None,
) -> dict[str, int]:
    """Analyse articles and store them, one transaction per article; returns how many were
    added, replaced, unchanged, already stored (skipped unless ``force``) and failed.

    ``store`` is a Store or a URL/path for ``open_store``. Inputs that cannot be read or
    analysed are kept in the store's error list and counted as failed; the run goes on.
    ``on_record`` sees every record (contract or error) as it is stored; ``progress`` may wrap
    the stream (the CLI's progress bar). Safe to run twice at once on the same store.
    ``resume`` also skips inputs whose failure the store has already recorded (a rerun after an
    interruption reads and analyses only what is not accounted for). Inputs that are
    ``dateline spark`` output (a folder with ``records/``, or ``.parquet`` records) are loaded
    in bulk, without analysis.
    >>> dateline.api.ingest(["articles/"], "news.db")  # doctest: +SKIP
    {'added': 12, 'replaced': 0, 'unchanged': 0, 'already stored': 0, 'failed': 1}
    """
    from dateline.store import Store, open_store

    if not isinstance(store, Store):
        store = open_store(store)
    settings = load_config(config)["pipeline"]
    limit = _max_chars(max_chars, settings)
    outcome = dict.fromkeys(OUTCOMES, 0)
    paths = list(paths)
    from dateline.run.records import ingest_analysed, is_analysed

    analysed = [p for p in paths if is_analysed(p)]
    if analysed:  # 'dateline spark' output: contract records, loaded in bulk without analysis
        for name, n in ingest_analysed(store, analysed, force=force).items():
            outcome[name] = outcome.get(name, 0) + n
        paths = [p for p in paths if p not in analysed]
        if not paths:
            return outcome
    failed_before: set[str] = set()
    if resume:
        from dateline.run.resume import recorded_failures

        failed_before = recorded_failures(store)

    def todo() -> Iterator[Article | Failure]:  # streamed: an archive is never held in memory whole
        for item in read_inputs(paths, default_date=parse_date(date), max_chars=limit):
            if isinstance(item, Article) and not force and store.has(item.id):
                outcome["already stored"] += 1
            elif not isinstance(item, Article) and item.where in failed_before:
                outcome["failed before"] = outcome.get("failed before", 0) + 1
            else:
                yield item

    records = analyze_records(nlp or pipeline(config), todo(), settings["batch_size"], workers)
    for record in progress(records) if progress else records:
        if "error" not in record:
            try:
                outcome[store.write(record)] += 1
            except (ReadOnlyStore, StoreBusy):  # no article can be stored: stop, with the reason
                raise
            except Exception as exc:  # noqa: BLE001 - this article alone could not be stored: say so, go on
                error = StoreWriteError(where=record.get("id"), reason=f"{type(exc).__name__}: {exc}")
                record = Failure(error, record.get("id"), id=record.get("id")).to_record()
        if "error" in record:
            outcome["failed"] += 1
            store.record_error(record)
        if on_record is not None:
            on_record(record)
    return outcome
