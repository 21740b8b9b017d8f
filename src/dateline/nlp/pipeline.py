"""Building dateline's spaCy pipeline from config, and running it over a stream of articles."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.config import Config, load_config
from dateline.data import read_tsv
from dateline.errors import BadConfigValue, PipelineError, UnknownConfigKey
from dateline.ingest.article import Article, Failure, Item

# importing the component modules registers their factories
from dateline.nlp import entities, events, extensions, headings, places, quotes, times  # noqa: F401
from dateline.nlp.model import load_model
from dateline.nlp.record import to_record

log = logging.getLogger(__name__)

#: the model's own components: "bare spaCy" in the benchmark
FACTORY_PREFIX = "dateline_"


def build_pipeline(config: Config | None = None) -> Language:
    """The model named by the config with dateline's components added, settings validated."""
    config = config or load_config()
    nlp = load_model(config["pipeline"]["models"])
    nlp.max_length = max(nlp.max_length, config["pipeline"]["max_chars"] + 1)
    if "parser" in nlp.pipe_names:  # subheadings run into the next sentence: split them off first
        nlp.add_pipe("dateline_headings", before="parser")
    if "attribute_ruler" in nlp.pipe_names:  # "hopes to meet": hope, not hop
        fixes = read_tsv("common/lemma_fixes.tsv")
        patterns = [{"patterns": [[{"LOWER": row["form"]}]], "attrs": {"LEMMA": row["lemma"]}} for row in fixes]
        nlp.get_pipe("attribute_ruler").add_patterns(patterns)
    for name in config["pipeline"]["components"]:
        factory = FACTORY_PREFIX + name
        settings = dict(config["components"].get(name) or {})
        valid = nlp.get_factory_meta(factory).default_config or {}
        for key in settings:
            if key not in valid:
                raise UnknownConfigKey(section=f"components.{name}", key=key, valid=", ".join(sorted(valid)) or "(none)")
        try:
            nlp.add_pipe(factory, name=factory, config=settings)
        except Exception as exc:  # spaCy's config validation: say which setting is wrong
            raise BadConfigValue(section=f"components.{name}", key=",".join(settings), value=settings, expected=str(exc)) from exc
    return nlp


def describe_config(text: str) -> str:
    """The default config's text with each component's own defaults written under its section
    (commented out: uncomment a line to change it)."""
    from spacy.language import Language as _Language

    lines = []
    for line in text.splitlines():
        lines.append(line)
        stripped = line.strip()
        if stripped.startswith("[components.") and stripped.endswith("]"):
            name = stripped[len("[components.") : -1]
            try:
                defaults = _Language.get_factory_meta(FACTORY_PREFIX + name).default_config or {}
            except Exception:  # not a registered component: nothing to describe
                continue
            for key, value in defaults.items():
                lines.append(f"# {key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized Doc that carries its article's metadata (the publication date above all)."""
    doc = nlp.make_doc(article.text)
    doc._.article = article.meta()
    return doc


def analyze_docs(
    nlp: Language, items: Iterable[Item], batch_size: int = 32, workers: int = 1
) -> Iterator[tuple[Item, Doc | None, Failure | None]]:
    """Each input item with its analysed Doc, or with the Failure that replaced it, in input order.

    One streamed ``nlp.pipe`` (with ``workers`` processes). A component that raises on an
    article makes spaCy drop that article (its error handler records why); the article then
    comes out as a PipelineError Failure and the batch goes on.
    """
    pending: deque[tuple[int, Item]] = deque()
    reasons: dict[Any, str] = {}

    def record_error(name: str, _proc: object, docs: list[Doc], exc: Exception) -> None:
        for doc in docs:  # runs in the worker when workers > 1: reasons then stay there
            article_id = (doc._.article or {}).get("id")
            reasons[article_id] = f"{name}: {type(exc).__name__}: {exc}"
            log.debug("pipeline failure in %s on %s", name, article_id, exc_info=exc)

    source = iter(enumerate(items))

    def feed() -> Iterator[tuple[Doc, int]]:
        for index, item in source:
            pending.append((index, item))
            if isinstance(item, Article):
                yield make_doc(nlp, item), index

    def dropped(item: Item, reason: str | None = None) -> tuple[Item, None, Failure]:
        assert isinstance(item, Article)
        reason = reasons.pop(item.id, reason or "a component raised on it (run with --workers 1 --debug for details)")
        return item, None, Failure(PipelineError(where=item.where, reason=reason), item.where, id=item.id)

    def settle(until: int | None, reason: str | None = None) -> Iterator[tuple[Item, Doc | None, Failure | None]]:
        while pending and (until is None or pending[0][0] < until):
            _index, item = pending.popleft()
            yield (item, None, item) if isinstance(item, Failure) else dropped(item, reason)

    # dateline's components have no .pipe: spaCy sends their errors to nlp.default_error_handler
    previous = nlp.default_error_handler
    nlp.default_error_handler = record_error
    try:
        finished = False
        while not finished:
            try:
                for doc, index in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, n_process=workers):
                    yield from settle(index)
                    _index, item = pending.popleft()
                    yield item, doc, None
                finished = True
            except Exception as exc:  # a model component raised: lose only the batch in flight
                log.debug("pipeline batch failure", exc_info=exc)
                yield from settle(None, f"{type(exc).__name__}: {exc}")
        yield from settle(None)
    finally:
        nlp.default_error_handler = previous


def analyze_records(
    nlp: Language, items: Iterable[Item], batch_size: int = 32, workers: int = 1
) -> Iterator[dict[str, Any]]:
    """Contract records (or error records) for a stream of inputs, in input order."""
    for _item, doc, failure in analyze_docs(nlp, items, batch_size, workers):
        yield failure.to_record() if failure is not None else to_record(doc)  # type: ignore[arg-type]
