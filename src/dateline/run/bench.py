"""The benchmark: dateline's throughput against bare spaCy parsing, in one run, on real text.

Reports articles/s, words/s, peak memory (RSS) and each component's share of pipeline time.
Speed is measured here, never in timed tests.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import time
from pathlib import Path
from typing import Any

from dateline.config import Config
from dateline.ingest import Article, read_inputs
from dateline.nlp.pipeline import FACTORY_PREFIX, build_pipeline, make_doc

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def bench_articles(source: str | None = None, limit: int | None = None) -> tuple[list[Article], str]:
    """The articles to run on, and where they came from."""
    if source:
        articles = [a for a in read_inputs([source]) if isinstance(a, Article)]
        return articles[:limit] if limit else articles, source
    try:
        from dateline.evaluation.common import gold_path

        path = gold_path("quotes/polnear/dev.jsonl")
        seen: dict[str, Article] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            key = row.get("article") or row["id"]
            if key not in seen:
                seen[key] = Article(text=row["text"], id=key, date=row.get("date"), title=row.get("title"))
        articles, where = list(seen.values()), f"{path} (unique articles)"
    except Exception:
        articles = [a for a in read_inputs([EXAMPLES]) if isinstance(a, Article)]
        where = str(EXAMPLES)
    return (articles[:limit] if limit else articles), where


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(
    config: Config, source: str | None = None, limit: int | None = None, repeat: int = 1, rounds: int = 2
) -> dict[str, Any]:
    articles, where = bench_articles(source, limit)
    articles = articles * repeat
    if not articles:
        raise ValueError(f"no articles to benchmark in {where}")
    rss_start = _peak_rss_mb()
    nlp = build_pipeline(config)
    batch_size = config["pipeline"]["batch_size"]
    ours = [name for name in nlp.pipe_names if name.startswith(FACTORY_PREFIX)]
    # warm-up: first calls build caches and gazetteers; not part of the steady-state figures
    warm = [make_doc(nlp, a) for a in articles[:8]]
    list(nlp.pipe(warm))
    rss_loaded = _peak_rss_mb()

    texts = [a.text for a in articles]
    bare_times, full_times = [], []
    words = 0
    for _round in range(rounds):  # alternate, keep the best of each: less noise from the machine
        with nlp.select_pipes(disable=ours):
            start = time.perf_counter()
            bare_docs = list(nlp.pipe(texts, batch_size=batch_size))
            bare_times.append(time.perf_counter() - start)
        words = sum(1 for doc in bare_docs for t in doc if not (t.is_punct or t.is_space))
        del bare_docs
        start = time.perf_counter()
        full_docs = list(nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size))
        full_times.append(time.perf_counter() - start)
        del full_docs
    bare_seconds, full_seconds = min(bare_times), min(full_times)

    # each component's time, stage by stage over the same articles (batched as nlp.pipe does)
    components: dict[str, float] = {}
    docs = [make_doc(nlp, a) for a in articles]
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        components[name] = time.perf_counter() - start
    staged_total = sum(components.values())
    bare_staged = sum(v for k, v in components.items() if k not in ours)

    return {
        "source": where,
        "articles": len(articles),
        "words": words,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "bare_spacy": {"seconds": bare_seconds, "articles_per_s": len(articles) / bare_seconds,
                        "words_per_s": words / bare_seconds},
        "dateline": {"seconds": full_seconds, "articles_per_s": len(articles) / full_seconds,
                     "words_per_s": words / full_seconds},
        "ratio_to_bare": full_seconds / bare_seconds,
        "components": {
            name: {"seconds": secs, "share_of_pipeline": secs / staged_total,
                   "added_to_bare": (secs / bare_staged) if name in ours else None,
                   "ms_per_article": 1000 * secs / len(articles)}
            for name, secs in components.items()
        },
        "peak_rss_mb": {"before_model": rss_start, "after_load": rss_loaded, "peak": _peak_rss_mb()},
        "workers": 1,
        "rounds": rounds,
    }


def format_report(r: dict[str, Any]) -> str:
    lines = [
        f"dateline benchmark: {r['articles']} articles, {r['words']:,} words from {r['source']}",
        f"model {r['model']} on {r['machine']}, {r['workers']} worker, best of {r['rounds']} rounds",
        "",
        f"{'':24}{'seconds':>10}{'articles/s':>12}{'words/s':>12}",
        f"{'bare spaCy (nlp.pipe)':24}{r['bare_spacy']['seconds']:>10.2f}"
        f"{r['bare_spacy']['articles_per_s']:>12.2f}{r['bare_spacy']['words_per_s']:>12,.0f}",
        f"{'dateline (full)':24}{r['dateline']['seconds']:>10.2f}"
        f"{r['dateline']['articles_per_s']:>12.2f}{r['dateline']['words_per_s']:>12,.0f}",
        f"ratio dateline / bare spaCy: {r['ratio_to_bare']:.2f}x",
        "",
        f"{'component':24}{'seconds':>10}{'share':>8}{'+% of bare':>12}{'ms/article':>12}",
    ]
    for name, c in r["components"].items():
        added = f"{100 * c['added_to_bare']:.1f}%" if c["added_to_bare"] is not None else ""
        lines.append(f"{name:24}{c['seconds']:>10.2f}{100 * c['share_of_pipeline']:>7.1f}%{added:>12}{c['ms_per_article']:>12.2f}")
    m = r["peak_rss_mb"]
    lines += ["", f"peak memory (RSS): {m['peak']:.0f} MB (model and components loaded: {m['after_load']:.0f} MB; "
              f"before: {m['before_model']:.0f} MB)"]
    return "\n".join(lines)
