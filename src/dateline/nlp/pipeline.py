"""Building dateline's spaCy pipeline from config, and running it over a stream of articles."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

# importing the component modules registers their factories
from dateline.nlp import entities, events, extensions, places, quotes, times  # noqa: F401
from dateline.config import Config, load_config
from dateline.errors import BadConfigValue, PipelineError, UnknownConfigKey
from dateline.ingest.article import Article, Failure, Item
from dateline.nlp.model import load_model
from dateline.nlp.record import to_record

log = logging.getLogger(__name__)

#: the model's own components: "bare spaCy" in the benchmark
FACTORY_PREFIX = "dateline_"


def component_names(config: Config) -> list[str]:
    return [FACTORY_PREFIX + name for name in config["pipeline"]["components"]]


def build_pipeline(config: Config | None = None) -> Language:
    """The model named by the config with dateline's components added, settings validated."""
    config = config or load_config()
    nlp = load_model(config["pipeline"]["models"])
    nlp.max_length = max(nlp.max_length, config["pipeline"]["max_chars"] + 1)
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


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized Doc that carries its article's metadata (the publication date above all)."""
    doc = nlp.make_doc(article.text)
    doc._.article = article.meta()
    return doc


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyze_docs(nlp: Language, items: Iterable[Item], batch_size: int = 32) -> Iterator[tuple[Item, Doc | None, Failure | None]]:
    """Each input item with its analysed Doc, or with the Failure that replaced it, in input order.

    A batch that raises is re-run one article at a time, so one bad article costs only itself.
    """
    for chunk in _chunks(items, batch_size):
        articles = [item for item in chunk if isinstance(item, Article)]
        try:
            docs = list(nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size))
            results: dict[int, Doc | Failure] = {id(a): d for a, d in zip(articles, docs)}
        except Exception:
            results = {}
            for article in articles:
                try:
                    results[id(article)] = nlp(make_doc(nlp, article))
                except Exception as exc:
                    log.debug("pipeline failure on %s", article.where, exc_info=True)
                    error = PipelineError(where=article.where, reason=f"{type(exc).__name__}: {exc}")
                    results[id(article)] = Failure(error, article.where, id=article.id)  # type: ignore[arg-type]
        for item in chunk:
            if isinstance(item, Failure):
                yield item, None, item
            else:
                result = results[id(item)]
                if isinstance(result, Failure):
                    yield item, None, result
                else:
                    yield item, result, None


def analyze_records(nlp: Language, items: Iterable[Item], batch_size: int = 32) -> Iterator[dict[str, Any]]:
    """Contract records (or error records) for a stream of inputs, in input order."""
    for _item, doc, failure in analyze_docs(nlp, items, batch_size):
        yield failure.to_record() if failure is not None else to_record(doc)  # type: ignore[arg-type]
