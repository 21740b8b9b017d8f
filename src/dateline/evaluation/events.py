"""Event coding quality on the PLOVER gold-standard records (CAMEO manual sentences) and the seed.

Metrics (EVAL.md): event type P/R/F1 per PLOVER type, macro and micro; quad accuracy; actor and
recipient country/sector accuracy and span F1; pentacode macro F1; the seed's expected events.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from dateline.errors import EvalDataError
from dateline.evaluation.common import command_line, gold_path, prf, table
from dateline.nlp.events.lexicon import PENTACODE, QUAD

GSR = "events/plover_gsr/plover_gsr_normalized.jsonl"
SEED_EXPECTED = "seed/expected.json"
SEED_TEXT = "seed/000_69507c40d49164b4.txt"
#: leftover CAMEO country codes in the GSR (FORMAT.md) -> ISO 3166-1 alpha-3
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
TYPES = sorted(QUAD)
ANCHORS = {
    "keyword lexicon (CAMEO code names), plover_gsr macro F1": 0.47,
    "keyword lexicon (CAMEO code names), plover_gsr micro F1": 0.53,
    "NGEC macro F1 (16 PLOVER types, VOA holdout)": 0.52,
    "ConfliBERT pentacode macro F1": 0.879,
    "ConfliBERT source/target span macro F1": 0.745,
}


def load_gsr(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
    return rows[:limit] if limit else rows


def _norm_code(code: Any) -> str | None:
    if not isinstance(code, str) or not code.strip():
        return None
    code = code.strip().upper()[:3]
    return CODE_FIXES.get(code, code)


def _norm_sector(sector: Any) -> str | None:
    if not isinstance(sector, str) or not re.fullmatch(r"[A-Z]{3}", sector.strip()[:3] or "x"):
        return None
    return sector.strip()[:3]


def _gold_actors(items: Any, text: str) -> list[dict[str, Any]]:
    out = []
    for item in items or []:
        if not isinstance(item, dict):
            continue
        actor_text = (item.get("actorText") or "").strip()
        start = text.find(actor_text) if actor_text else -1
        out.append(
            {
                "code": _norm_code(item.get("code")),
                "sector": _norm_sector(item.get("sector")),
                "span": [start, start + len(actor_text)] if start >= 0 else None,
            }
        )
    return out


def _overlaps(a: list[int] | None, b: list[int] | None) -> bool:
    return bool(a and b and a[0] < b[1] and b[0] < a[1])


def macro_f1(gold: list[int], pred: list[int]) -> float:
    """Macro F1 over the labels present in gold or prediction (as scikit-learn does)."""
    return _macro_over(gold, pred, sorted(set(gold) | set(pred)))


def _macro_over(gold: list[int], pred: list[int], labels: list[int]) -> float:
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=False) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=False) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred, strict=False) if g == label and p != label)
        scores.append(prf(tp, fp, fn)["f1"])
    return sum(scores) / len(scores) if scores else 0.0


def pentacode(events: list[dict[str, Any]]) -> int:
    """0 when nothing codable happens, else the quad (1..4) of the most confident event."""
    live = [e for e in events if not e.get("negated")]
    if not live:
        return 0
    return PENTACODE[max(live, key=lambda e: e["confidence"])["quad"]]


def score_gsr(rows: list[dict[str, Any]], predictions: list[list[dict[str, Any]]]) -> dict[str, Any]:
    counts = {t: Counter() for t in TYPES}
    quad_right = primary_right = 0
    gold_penta: list[int] = []
    pred_penta: list[int] = []
    arg = _new_arguments()
    arg_gold_type = _new_arguments()
    confusion: Counter[tuple[str, str]] = Counter()
    for row, events in zip(rows, predictions, strict=False):
        gold_type = row["event"]
        live = [e for e in events if not e.get("negated")]
        predicted_types = {e["type"] for e in live}
        for t in TYPES:
            if t == gold_type and t in predicted_types:
                counts[t]["tp"] += 1
            elif t == gold_type:
                counts[t]["fn"] += 1
            elif t in predicted_types:
                counts[t]["fp"] += 1
        top = max(live, key=lambda e: e["confidence"]) if live else None
        confusion[(gold_type, top["type"] if top else "-")] += 1
        primary_right += int(top is not None and top["type"] == gold_type)
        quad_right += int(top is not None and top["quad"] == QUAD[gold_type])
        gold_penta.append(PENTACODE[QUAD[gold_type]])
        pred_penta.append(pentacode(events))
        # arguments: read from the top predicted event (what a map shows); the event of the
        # gold type, where one was predicted, is a second reading, labelled as such
        same = [e for e in live if e["type"] == gold_type]
        _score_arguments(arg, top, row)
        _score_arguments(arg_gold_type, max(same, key=lambda e: e["confidence"]) if same else top, row)
    per_type = {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in counts.items()}
    supported = [t for t in TYPES if counts[t]["tp"] + counts[t]["fn"] > 0]
    total = Counter()
    for c in counts.values():
        total.update(c)
    n = len(rows)
    return {
        "sentences": n,
        "per_type": per_type,
        "macro_f1": sum(per_type[t]["f1"] for t in supported) / len(supported) if supported else 0.0,
        "micro": prf(total["tp"], total["fp"], total["fn"]),
        "primary_type_accuracy": primary_right / n if n else 0.0,
        "quad_accuracy": quad_right / n if n else 0.0,
        "pentacode_macro_f1": macro_f1(gold_penta, pred_penta),
        "pentacode_macro_f1_gold_labels": _macro_over(gold_penta, pred_penta, sorted(set(gold_penta))),
        "pentacode_no_event": pred_penta.count(0),
        **_argument_figures(arg),
        "gold_type_reading": _argument_figures(arg_gold_type),
        "confusion_top": [[g, p, c] for (g, p), c in confusion.most_common(25) if g != p],
    }


def _new_arguments() -> dict[str, dict[str, Any]]:
    return {role: {"country": [0, 0], "sector": [0, 0], "span": Counter()} for role in ("actor", "recipient")}


def _score_arguments(arg: dict[str, dict[str, Any]], event: dict[str, Any] | None, row: dict[str, Any]) -> None:
    """Count one sentence's actor/recipient country, sector and span agreement for ``event``."""
    text = row["text"]
    gold_actor = _gold_actors(row.get("actor"), text)
    gold_recipient = _gold_actors(row.get("recipient"), text)
    compound = len(gold_actor) > 1 and not gold_recipient  # SRC/TAR: both parties act
    for role, golds in (("actor", gold_actor), ("recipient", gold_recipient + (gold_actor if compound else []))):
        predicted = (event or {}).get(role)
        codes = {g["code"] for g in golds if g["code"]}
        sectors = {g["sector"] for g in golds if g["sector"]}
        scored = not (role == "recipient" and compound)
        if codes and scored:
            arg[role]["country"][1] += 1
            arg[role]["country"][0] += int(bool(predicted) and predicted.get("country") in codes)
        if sectors and scored:
            arg[role]["sector"][1] += 1
            arg[role]["sector"][0] += int(bool(predicted) and predicted.get("sector") in sectors)
        gold_spans = [g["span"] for g in golds if g["span"]]
        gold_spans_needed = gold_spans if scored else []
        pred_span = predicted.get("span") if predicted else None
        if pred_span:
            if any(_overlaps(pred_span, g) for g in gold_spans):
                arg[role]["span"]["tp"] += 1
            else:
                arg[role]["span"]["fp"] += 1
        matched = bool(pred_span) and any(_overlaps(pred_span, g) for g in gold_spans_needed)
        if gold_spans_needed and not matched:
            arg[role]["span"]["fn"] += 1


def _argument_figures(arg: dict[str, dict[str, Any]]) -> dict[str, Any]:
    spans = {role: prf(a["span"]["tp"], a["span"]["fp"], a["span"]["fn"]) for role, a in arg.items()}
    both = arg["actor"]["span"] + arg["recipient"]["span"]
    return {
        "actor_country_accuracy": _ratio(arg["actor"]["country"]),
        "actor_sector_accuracy": _ratio(arg["actor"]["sector"]),
        "recipient_country_accuracy": _ratio(arg["recipient"]["country"]),
        "recipient_sector_accuracy": _ratio(arg["recipient"]["sector"]),
        "actor_span": spans["actor"],
        "recipient_span": spans["recipient"],
        "argument_span": prf(both["tp"], both["fp"], both["fn"]),
    }


def _ratio(pair: list[int]) -> float:
    return pair[0] / pair[1] if pair[1] else 0.0


def score_seed(expected: list[dict[str, Any]], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each expected seed event: found (type and, where given, mode, countries, date) or not."""
    results = []
    live = [e for e in events if not e.get("negated")]
    for want in expected:
        best: dict[str, Any] | None = None
        best_hits = -1
        for event in live:
            if event["type"] != want["type"]:
                continue
            checks = []
            if want.get("mode"):
                checks.append(event.get("mode") == want["mode"])
            if want.get("actor_country"):
                checks.append((event.get("actor") or {}).get("country") == want["actor_country"])
            if want.get("actor_sector"):
                checks.append((event.get("actor") or {}).get("sector") == want["actor_sector"])
            if want.get("recipient_country"):
                checks.append((event.get("recipient") or {}).get("country") == want["recipient_country"])
            if want.get("date"):
                checks.append(event.get("date") == want["date"])
            hits = sum(checks)
            if hits > best_hits:
                best, best_hits, total = event, hits, len(checks)
        results.append(
            {
                "type": want["type"],
                "mode": want.get("mode"),
                "optional": bool(want.get("optional")),
                "found": best is not None,
                "details_right": f"{best_hits}/{total}" if best is not None else "-",
                "all_right": best is not None and best_hits == total,
            }
        )
    return results


def _run(nlp: Any, texts: list[str], dates: list[str | None]) -> tuple[list[list[dict[str, Any]]], float, float]:
    from dateline.ingest.article import Article
    from dateline.nlp import make_doc
    from dateline.nlp.events.component import extract_events

    start = time.perf_counter()
    docs = list(nlp.pipe(make_doc(nlp, Article(text=t, date=d)) for t, d in zip(texts, dates, strict=True)))
    pipeline_s = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        extract_events(doc)
    events_s = time.perf_counter() - start
    return [list(doc._.events or []) for doc in docs], pipeline_s, events_s


def evaluate(gold: str | None = None, limit: int | None = None, nlp: Any = None) -> dict[str, Any]:
    """Score the events component on plover_gsr (and the seed, when present)."""
    if nlp is None:
        from dateline.nlp import build_pipeline

        nlp = build_pipeline()
    rows = load_gsr(gold_path(GSR, gold), limit)
    predictions, pipeline_s, events_s = _run(nlp, [r["text"] for r in rows], [None] * len(rows))
    results: dict[str, Any] = {"plover_gsr": score_gsr(rows, predictions), "anchors": ANCHORS}
    results["timing"] = {"pipeline_s": pipeline_s, "events_s": events_s, "events_share": events_s / pipeline_s if pipeline_s else 0.0}
    try:
        root = gold_path("events", gold).parent.parent
        expected = json.loads((root / SEED_EXPECTED).read_text(encoding="utf-8"))
        raw = (root / SEED_TEXT).read_text(encoding="utf-8")
    except (OSError, ValueError, EvalDataError):  # the seed is optional
        return results
    match = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s*", raw)
    body, date = (raw[match.end() :], match.group(1)) if match else (raw, None)
    seed_events, _, _ = _run(nlp, [body], [date])
    results["seed"] = score_seed(expected.get("events") or [], seed_events[0])
    results["seed_events"] = [
        {k: e[k] for k in ("type", "mode", "modality", "negated", "date", "confidence")}
        | {"actor": (e["actor"] or {}).get("country"), "recipient": (e["recipient"] or {}).get("country")}
        for e in seed_events[0]
    ]
    return results


def report(results: dict[str, Any]) -> str:
    g = results["plover_gsr"]
    lines = [f"# Events: plover_gsr ({g['sentences']} sentences)", ""]
    rows = [[t, p["precision"], p["recall"], p["f1"], int(p["tp"] + p["fn"])] for t, p in g["per_type"].items()]
    lines.append(table(rows, ["type", "precision", "recall", "F1", "gold"]))
    lines += ["", table(
        [
            ["event type macro F1", g["macro_f1"]],
            ["event type micro F1", g["micro"]["f1"]],
            ["event type micro precision", g["micro"]["precision"]],
            ["event type micro recall", g["micro"]["recall"]],
            ["top event type accuracy", g["primary_type_accuracy"]],
            ["quad accuracy", g["quad_accuracy"]],
            ["pentacode macro F1", g["pentacode_macro_f1"]],
            ["pentacode macro F1 (gold labels 1-4 only)", g["pentacode_macro_f1_gold_labels"]],
            ["sentences with no event (pentacode 0)", g["pentacode_no_event"]],
            ["actor country accuracy (top event)", g["actor_country_accuracy"]],
            ["actor sector accuracy", g["actor_sector_accuracy"]],
            ["recipient country accuracy", g["recipient_country_accuracy"]],
            ["recipient sector accuracy", g["recipient_sector_accuracy"]],
            ["actor span F1", g["actor_span"]["f1"]],
            ["recipient span F1", g["recipient_span"]["f1"]],
            ["actor+recipient span F1", g["argument_span"]["f1"]],
            ["(gold-type event) actor country accuracy", g["gold_type_reading"]["actor_country_accuracy"]],
            ["(gold-type event) recipient country accuracy", g["gold_type_reading"]["recipient_country_accuracy"]],
            ["(gold-type event) actor+recipient span F1", g["gold_type_reading"]["argument_span"]["f1"]],
        ],
        ["metric", "value"],
    )]
    lines += ["", "Anchors (EVAL.md):", table([[k, v] for k, v in results["anchors"].items()], ["reference", "value"])]
    if "timing" in results:
        t = results["timing"]
        lines.append(f"\nevents component: {t['events_s']:.2f}s of {t['pipeline_s']:.2f}s pipeline ({t['events_share']:.1%})")
    if "seed" in results:
        lines += ["", "## Seed", table(
            [
                [s["type"], s["mode"] or "", "yes" if s["optional"] else "", "yes" if s["found"] else "NO", s["details_right"]]
                for s in results["seed"]
            ],
            ["type", "mode", "optional", "found", "details right"],
        )]
    if g.get("confusion_top"):
        lines += ["", "Most frequent confusions (gold -> top predicted):", table(g["confusion_top"], ["gold", "predicted", "n"])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    command_line(
        evaluate, report, __doc__ or "",
        'the gold folder (shared/eval) or the plover_gsr JSONL file', 'score only the first N sentences', argv,
    )


if __name__ == "__main__":
    main()
