"""Evaluating the quotes component on PolNeAR dev and the seed article (the metrics of EVAL.md).

``python -m dateline.evaluation.quotes [--gold PATH] [--limit N] [--json] [--untouched]``

``--untouched`` scores the held-out slice of PolNeAR train instead of dev: articles 700-799 in
sorted order, which no error analysis looked at and which the cue lexicon (data/quotes/cues.tsv,
scripts/derive_cues.py --exclude 700:800) was derived without.
"""

from __future__ import annotations

import difflib
import json
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dateline.errors import EvalDataError
from dateline.evaluation.common import command_line, gold_path, gold_root, prf, table

POLNEAR_DEV = "quotes/polnear/dev.jsonl"
POLNEAR_TRAIN = "quotes/polnear/train.jsonl"
#: positions (in sorted article order) of the untouched slice of PolNeAR train
UNTOUCHED = (700, 800)
SEED_TEXT = "seed/000_69507c40d49164b4.txt"
SEED_EXPECTED = "seed/expected.json"
THRESHOLDS = (0.3, 0.5, 0.8)
QUOTE_MARKS = re.compile(r"[“”\"«»„]|``|''")

Spans = list[tuple[int, int]]

#: published and measured reference figures (EVAL.md)
ANCHORS = {
    "textacy direct_quotations (PolNeAR dev)": (
        "content F1@50 0.205 (quote-marked only 0.466), speaker acc 0.822, crashes on 22/84 articles"
    ),
    "CofeNet (PolNeAR test, exact F1)": "Source 83.2, Cue 75.3, Content 72.9",
    "rule baseline in the CofeNet paper (exact F1)": "Source 10.7, Cue 22.8, Content 5.6",
}


# -- gold ----------------------------------------------------------------------------------
def load_polnear(path: str | Path) -> list[dict[str, Any]]:
    """One annotation per article: the first annotator in sorted order (FORMAT.md's advice)."""
    by_article: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            kept = by_article.get(row["article"])
            if kept is None or str(row.get("annotator")) < str(kept.get("annotator")):
                by_article[row["article"]] = row
    return [by_article[k] for k in sorted(by_article)]


def _spans(parts: Iterable[dict[str, Any]]) -> Spans:
    return sorted((int(p["start"]), int(p["end"])) for p in parts)


def gold_quotes(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The article's attributions as {content, cue, source, marked} span lists."""
    text = row["text"]
    out = []
    for a in row["attributions"]:
        content = _spans(a.get("content") or [])
        if not content:
            continue
        out.append(
            {
                "content": content,
                "cue": _spans(a.get("cue") or []),
                "source": _spans(a.get("source") or []),
                "marked": any(QUOTE_MARKS.search(text[s:e]) for s, e in content),
            }
        )
    return out


# -- matching ------------------------------------------------------------------------------
def _chars(spans: Spans) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def _overlap(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def match(pred: list[Spans], gold: list[Spans], threshold: float) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs whose overlap covers >= threshold of the gold content."""
    gold_chars = [_chars(g) for g in gold]
    pred_chars = [_chars(p) for p in pred]
    candidates = []
    for i, pc in enumerate(pred_chars):
        for j, gc in enumerate(gold_chars):
            if not gc:
                continue
            share = len(pc & gc) / len(gc)
            if share >= threshold:
                candidates.append((share, len(pc & gc) / max(len(pc), 1), i, j))
    candidates.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _share, _precision, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def _as_spans(value: Any) -> Spans:
    if not value:
        return []
    if isinstance(value[0], (list, tuple)):
        return sorted((int(s), int(e)) for s, e in value)
    return [(int(value[0]), int(value[1]))]


def _norm_exact(spans: Spans, text: str) -> tuple[tuple[int, int], ...]:
    """Spans with white space trimmed from their edges, for exact-boundary comparison."""
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return tuple(sorted(out))


def score_article(
    text: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> dict[str, Any]:
    """Counts for one article: per threshold and subset (all / quote-marked / unmarked) tp, fp, fn;
    cue and speaker agreement on the 50% matches; exact-boundary sets per part."""
    pred_content = [_as_spans(q["content"]) for q in predicted]
    pred_marked = [q.get("kind") in ("direct", "mixed") for q in predicted]
    counts: dict[str, Any] = {}
    subsets = {
        "all": (list(range(len(pred_content))), list(range(len(gold)))),
        "marked": (
            [i for i, m in enumerate(pred_marked) if m],
            [j for j, g in enumerate(gold) if g["marked"]],
        ),
        "unmarked": (
            [i for i, m in enumerate(pred_marked) if not m],
            [j for j, g in enumerate(gold) if not g["marked"]],
        ),
    }
    for threshold in THRESHOLDS:
        for subset, (p_idx, g_idx) in subsets.items():
            pairs = match(
                [pred_content[i] for i in p_idx], [gold[j]["content"] for j in g_idx], threshold
            )
            counts[f"{subset}@{int(threshold * 100)}"] = (
                len(pairs),
                len(p_idx) - len(pairs),
                len(g_idx) - len(pairs),
            )
    pairs = match(pred_content, [g["content"] for g in gold], 0.5)
    cue_ok = speaker_ok = speaker_n = 0
    for i, j in pairs:
        if _overlap(_as_spans(predicted[i].get("cue")), gold[j]["cue"]):
            cue_ok += 1
        if gold[j]["source"]:
            speaker_n += 1
            if _overlap(_as_spans(predicted[i].get("speaker")), gold[j]["source"]):
                speaker_ok += 1
    counts["matched"] = len(pairs)
    counts["cue_ok"] = cue_ok
    counts["speaker_ok"] = speaker_ok
    counts["speaker_n"] = speaker_n
    for part, pred_key, gold_key in (
        ("Source", "speaker", "source"),
        ("Cue", "cue", "cue"),
        ("Content", "content", "content"),
    ):
        p_set = {
            _norm_exact(_as_spans(q.get(pred_key)), text) for q in predicted if q.get(pred_key)
        }
        g_set = {_norm_exact(g[gold_key], text) for g in gold if g[gold_key]}
        counts[f"exact_{part}"] = (len(p_set & g_set), len(p_set - g_set), len(g_set - p_set))
    return counts


def aggregate(per_article: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged metrics over articles."""
    results: dict[str, Any] = {"content": {}, "exact": {}}
    keys = [k for k in per_article[0] if "@" in k] if per_article else []
    for key in keys:
        tp = sum(a[key][0] for a in per_article)
        fp = sum(a[key][1] for a in per_article)
        fn = sum(a[key][2] for a in per_article)
        results["content"][key] = prf(tp, fp, fn)
    for part in ("Source", "Cue", "Content"):
        key = f"exact_{part}"
        tp = sum(a[key][0] for a in per_article)
        fp = sum(a[key][1] for a in per_article)
        fn = sum(a[key][2] for a in per_article)
        results["exact"][part] = prf(tp, fp, fn)
    matched = sum(a["matched"] for a in per_article)
    speaker_n = sum(a["speaker_n"] for a in per_article)
    results["matched@50"] = matched
    results["cue_accuracy"] = sum(a["cue_ok"] for a in per_article) / matched if matched else 0.0
    results["speaker_accuracy"] = (
        sum(a["speaker_ok"] for a in per_article) / speaker_n if speaker_n else 0.0
    )
    return results


# -- the seed ------------------------------------------------------------------------------
def _name_key(name: str | None) -> str:
    ascii_name = (
        unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    )
    return " ".join(w for w in re.findall(r"[a-z0-9]+", ascii_name) if w not in ("the", "of"))


def same_name(predicted: str | None, expected: str | None) -> bool:
    """Names agree when equal after normalization, or nearly so (a transliteration variant)."""
    a, b = _name_key(predicted), _name_key(expected)
    if not a or not b:
        return not a and not b
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.9


def score_seed(predicted: list[dict[str, Any]], expected: list[dict[str, Any]]) -> dict[str, Any]:
    pairs = match(
        [_as_spans(q["content"]) for q in predicted],
        [_as_spans(q["content"]) for q in expected],
        0.5,
    )
    names = sum(
        1
        for i, j in pairs
        if same_name(predicted[i].get("speaker_name"), expected[j].get("speaker_name"))
    )
    kinds = sum(1 for i, j in pairs if predicted[i].get("kind") == expected[j].get("kind"))
    speakers = sum(
        1
        for i, j in pairs
        if _overlap(_as_spans(predicted[i].get("speaker")), _as_spans(expected[j].get("speaker")))
    )
    missed = [expected[j] for j in range(len(expected)) if j not in {g for _, g in pairs}]
    return {
        "expected": len(expected),
        "predicted": len(predicted),
        "found": len(pairs),
        "speaker_span_correct": speakers,
        "speaker_name_correct": names,
        "kind_correct": kinds,
        "missed": [
            {"content": m["content"], "speaker_text": m.get("speaker_text")} for m in missed
        ],
    }


# -- running -------------------------------------------------------------------------------
def _analyze(nlp: Any, text: str, date: str | None, article_id: str) -> list[dict[str, Any]]:
    from dateline.ingest.article import Article
    from dateline.nlp import make_doc
    from dateline.nlp.extensions import get

    doc = nlp(make_doc(nlp, Article(text=text, id=article_id, date=date)))
    return list(get(doc, "quotes"))


def evaluate(
    gold: str | None = None, limit: int | None = None, nlp: Any = None, untouched: bool = False
) -> dict[str, Any]:
    """PolNeAR dev metrics (EVAL.md) and the seed's quotes, for the given or the default pipeline;
    with ``untouched``, the held-out train slice (UNTOUCHED) instead of dev (no seed)."""
    if nlp is None:
        from dateline.nlp import build_pipeline

        nlp = build_pipeline()
    if untouched:
        data = f"{POLNEAR_TRAIN} [{UNTOUCHED[0]}:{UNTOUCHED[1]}]"
        rows = load_polnear(gold_path(POLNEAR_TRAIN, gold))[UNTOUCHED[0] : UNTOUCHED[1]]
    else:
        data = POLNEAR_DEV
        rows = load_polnear(gold_path(POLNEAR_DEV, gold))
    if limit:
        rows = rows[:limit]
    per_article = []
    crashes: list[str] = []
    started = time.perf_counter()
    for row in rows:
        try:
            predicted = _analyze(nlp, row["text"], row.get("date"), row["article"])
        except Exception as exc:  # noqa: BLE001 -- an evaluation reports a crash and goes on
            crashes.append(f"{row['article']}: {type(exc).__name__}: {exc}")
            predicted = []
        per_article.append(score_article(row["text"], gold_quotes(row), predicted))
    results: dict[str, Any] = {
        "data": data,
        "articles": len(rows),
        "gold_attributions": sum(a["all@50"][0] + a["all@50"][2] for a in per_article),
        "crashes": len(crashes),
        "crash_details": crashes[:10],
        "seconds": round(time.perf_counter() - started, 1),
        **aggregate(per_article),
    }
    results["seed"] = None if untouched else evaluate_seed(nlp, gold)
    return results


def evaluate_seed(nlp: Any, gold: str | None = None) -> dict[str, Any] | None:
    try:
        root = gold_root(gold if gold and Path(gold).is_dir() else None).parent
    except EvalDataError:
        return None
    text_path, expected_path = root / SEED_TEXT, root / SEED_EXPECTED
    if not text_path.exists() or not expected_path.exists():
        return None
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    raw = text_path.read_text(encoding="utf-8")
    text = raw[int(expected.get("text_offset_in_file", 0)) :]
    predicted = _analyze(nlp, text, expected.get("date"), "seed")
    return score_seed(predicted, expected["quotes"])


def _data_name(results: dict[str, Any]) -> str:
    data = str(results.get("data") or POLNEAR_DEV)
    if data.startswith(POLNEAR_TRAIN):
        return f"PolNeAR train, untouched slice {data[len(POLNEAR_TRAIN):].strip()}"
    return "PolNeAR dev"


def report(results: dict[str, Any]) -> str:
    lines = [
        f"# Quotes — {_data_name(results)} ({results['articles']} articles, {results['gold_attributions']} gold attributions)",
        "",
    ]
    rows = []
    for subset in ("all", "marked", "unmarked"):
        for threshold in THRESHOLDS:
            m = results["content"].get(f"{subset}@{int(threshold * 100)}")
            if m:
                rows.append(
                    [
                        f"content {subset}",
                        f"{int(threshold * 100)}%",
                        m["precision"],
                        m["recall"],
                        m["f1"],
                        int(m["tp"]),
                        int(m["fp"]),
                        int(m["fn"]),
                    ]
                )
    lines.append(table(rows, ["metric", "overlap", "P", "R", "F1", "tp", "fp", "fn"]))
    lines += [
        "",
        f"On the {results['matched@50']} pairs matched at 50%: cue accuracy {results['cue_accuracy']:.3f}, "
        f"speaker accuracy {results['speaker_accuracy']:.3f}",
        "",
    ]
    rows = [[part, m["precision"], m["recall"], m["f1"]] for part, m in results["exact"].items()]
    lines.append(table(rows, ["exact boundaries", "P", "R", "F1"]))
    lines += [
        "",
        f"crashes: {results['crashes']} of {results['articles']} articles; {results['seconds']} s",
        "",
    ]
    seed = results.get("seed")
    if seed:
        lines.append(
            f"Seed: {seed['found']} of {seed['expected']} quotes found ({seed['predicted']} predicted); "
            f"speaker span right {seed['speaker_span_correct']}, speaker name right {seed['speaker_name_correct']}, "
            f"kind right {seed['kind_correct']}"
        )
        lines.append("")
    lines.append("Anchors (EVAL.md):")
    lines += [f"- {name}: {figures}" for name, figures in ANCHORS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    command_line(
        evaluate, report, __doc__ or "",
        "the gold folder (shared/eval) or the PolNeAR dev.jsonl (train.jsonl with --untouched)",
        "only the first N articles", argv,
        flags={"untouched": f"score the held-out PolNeAR train slice (sorted articles {UNTOUCHED[0]}-{UNTOUCHED[1] - 1}) instead of dev"},
    )


if __name__ == "__main__":
    main()
