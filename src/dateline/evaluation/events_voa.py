"""Events on news stories: the document-level metric of shared/eval/events/voa_dev/README.md.

A predicted event matches a gold event of the same type in the same story whose ``sentence``
overlaps the prediction's ``evidence``, one to one, best argument agreement first. Precision is
over all predictions (a match to a hypothetical, future or negated gold event is not a false
positive); recall over asserted, non-negated gold. An actor is right when its span overlaps the
gold actor's span, or its country and sector both equal the gold's; a recipient likewise (two
nulls agree). ``full`` = type, actor and recipient all right. Also per type and by confidence
band (is ``confidence`` calibrated?).

The 18 gold stories are split once, in code, before any output was read: the two lowest story
ids of each annotator group (README's table) are the *untouched* part, never looked at while
the coder was developed; the other 12 are *dev*. Both and all 18 are reported separately.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dateline.errors import VoaGoldError
from dateline.evaluation.common import gold_path, table

DATASET = "events/voa_dev"
#: the two lowest article ids of each of the README's three annotator groups (fixed before any
#: prediction was read; the rule, not the gold, decides them)
UNTOUCHED = frozenset({
    "voa-7686618", "voa-8006503",  # attacks group
    "voa-6180932", "voa-6203091",  # tariffs, sanctions, threats, diplomacy group
    "voa-6202743", "voa-6203525",  # arrests, protests, releases, mobilization group
})
PARTS = ("dev", "untouched", "all")
#: more of the corpus's stories annotated by GUIDE.md for dateline, blind to the coder (no one
#: who annotated them read its code or output; see eval/voa_blind/README.md); scored as a part
#: of its own when the file is present (it is not installed with the package)
BLIND_GOLD = Path(__file__).resolve().parents[3] / "eval" / "voa_blind" / "blind_events.jsonl"
#: 44 more stories annotated by GUIDE.md (eval/voa_extra/README.md; the annotators never read
#: dateline's code or output): 34 to develop on ("extra"), 10 never looked at ("extra-untouched";
#: drawn at random, seed 20261207, from the first 20 before any of their gold existed)
EXTRA_GOLD = BLIND_GOLD.parents[1] / "voa_extra" / "extra_events.jsonl"
EXTRA_UNTOUCHED = frozenset({
    "voa-6181235", "voa-6181504", "voa-6203896", "voa-6204569", "voa-6204681",
    "voa-7808748", "voa-8008079", "voa-8009853", "voa-8010418", "voa-8010476",
})
#: parts scored only when asked for by name (held-out: a default run must not print them)
HELD_OUT = ("extra-untouched", "blind")
ALL_PARTS = (*PARTS, "extra", *HELD_OUT)
#: confidence bands for the calibration table (lower bound inclusive)
BANDS = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise VoaGoldError(path=f"{path}:{number}", detail=str(exc)) from exc
            if not isinstance(row, dict) or "id" not in row:
                raise VoaGoldError(path=f"{path}:{number}", detail="not an object with an id")
            rows.append(row)
    return rows


def load(gold: str | None = None) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """The gold stories (id -> story) and their gold events (id -> events)."""
    folder = gold_path(DATASET, gold if gold and Path(gold).is_dir() else None)
    events: dict[str, list[dict[str, Any]]] = {}
    for row in _read_jsonl(folder / "events_gold.jsonl"):
        for key in ("sentence", "type"):
            if key not in row:
                raise VoaGoldError(path=str(folder / "events_gold.jsonl"), detail=f"an event of {row['id']} has no {key}")
        events.setdefault(row["id"], []).append(row)
    stories = {row["id"]: row for row in _read_jsonl(folder / "stories.jsonl") if row["id"] in events}
    missing = sorted(set(events) - set(stories))
    if missing:
        raise VoaGoldError(path=str(folder / "stories.jsonl"), detail=f"no story text for {', '.join(missing)}")
    return stories, events


def load_blind(stories_path: Path, path: Path = BLIND_GOLD) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """A part of our own gold (eval/voa_blind or eval/voa_extra): its gold events and the stories
    they are in (read from stories.jsonl)."""
    if not path.exists():
        return {}, {}
    events: dict[str, list[dict[str, Any]]] = {}
    for row in _read_jsonl(path):
        events.setdefault(row["id"], []).append(row)
    stories = {row["id"]: row for row in _read_jsonl(stories_path) if row["id"] in events}
    return stories, events


def part_of(story_id: str, blind: frozenset[str] = frozenset(), extra: frozenset[str] = frozenset()) -> str:
    if story_id in blind:
        return "blind"
    if story_id in extra:
        return "extra-untouched" if story_id in EXTRA_UNTOUCHED else "extra"
    return "untouched" if story_id in UNTOUCHED else "dev"


def _overlaps(a: Any, b: Any) -> bool:
    return bool(a and b and a[0] < b[1] and b[0] < a[1])


def _is_null(record: Any) -> bool:
    return not isinstance(record, dict) or not (record.get("span") or record.get("country") or record.get("sector"))


def party_right(pred: Any, gold: Any) -> bool:
    """Span overlap, or the same country and sector; two nulls agree."""
    if _is_null(gold):
        return _is_null(pred)
    if _is_null(pred):
        return False
    if _overlaps(pred.get("span"), gold.get("span")):
        return True
    return pred.get("country") == gold.get("country") and pred.get("sector") == gold.get("sector")


def counts_for_recall(gold: dict[str, Any]) -> bool:
    return gold.get("modality", "asserted") == "asserted" and not gold.get("negated")


def match_story(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int, bool, bool]]:
    """One-to-one matches (pred index, gold index, actor right, recipient right): same type,
    overlapping sentence, best argument agreement first, asserted gold before the rest."""
    pairs = []
    for i, pred in enumerate(preds):
        evidence = pred.get("evidence") or []
        for j, gold in enumerate(golds):
            if pred.get("type") != gold.get("type"):
                continue
            if not any(_overlaps(span, gold["sentence"]) for span in evidence):
                continue
            actor = party_right(pred.get("actor"), gold.get("actor"))
            recipient = party_right(pred.get("recipient"), gold.get("recipient"))
            pairs.append((-(actor + recipient), -int(counts_for_recall(gold)), -float(pred.get("confidence") or 0), i, j, actor, recipient))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for *_, i, j, actor, recipient in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, actor, recipient))
    return out


def _band(confidence: float) -> str:
    for lo, hi in BANDS:
        if lo <= confidence < hi:
            return f"{lo:.1f}-{min(hi, 1.0):.1f}"
    return "?"


def score(stories: list[str], predictions: dict[str, list[dict[str, Any]]], gold: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The metric over the given stories."""
    n_pred = n_gold = matched = type_tp = full_tp = full_matched = actor_ok = matched_asserted = 0
    per_type: dict[str, Counter[str]] = {}
    bands: dict[str, Counter[str]] = {}
    for story in stories:
        preds = predictions.get(story, [])
        golds = gold.get(story, [])
        n_pred += len(preds)
        for g in golds:
            if counts_for_recall(g):
                n_gold += 1
                per_type.setdefault(g["type"], Counter())["gold"] += 1
        for p in preds:
            per_type.setdefault(p["type"], Counter())["pred"] += 1
            bands.setdefault(_band(float(p.get("confidence") or 0)), Counter())["pred"] += 1
        for i, j, actor, recipient in match_story(preds, golds):
            g, p = golds[j], preds[i]
            matched += 1
            full_matched += int(actor and recipient)
            per_type[p["type"]]["matched"] += 1
            bands[_band(float(p.get("confidence") or 0))]["matched"] += 1
            if counts_for_recall(g):
                type_tp += 1
                matched_asserted += 1
                actor_ok += int(actor)
                full_tp += int(actor and recipient)
                per_type[g["type"]]["tp"] += 1
                per_type[g["type"]]["full"] += int(actor and recipient)
    precision = matched / n_pred if n_pred else 0.0
    recall = type_tp / n_gold if n_gold else 0.0
    full_p = full_matched / n_pred if n_pred else 0.0
    full_r = full_tp / n_gold if n_gold else 0.0
    types = {}
    for name, c in sorted(per_type.items()):
        p = c["matched"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        types[name] = {"pred": c["pred"], "gold": c["gold"], "precision": p, "recall": r, "f1": _f1(p, r), "full_tp": c["full"]}
    return {
        "stories": len(stories),
        "predicted": n_pred,
        "gold_asserted": n_gold,
        "precision": precision,
        "recall": recall,
        "type_f1": _f1(precision, recall),
        "full_precision": full_p,
        "full_recall": full_r,
        "full_f1": _f1(full_p, full_r),
        "actor_right": actor_ok / matched_asserted if matched_asserted else 0.0,
        "per_type": types,
        "bands": {b: {"pred": c["pred"], "precision": c["matched"] / c["pred"] if c["pred"] else 0.0} for b, c in sorted(bands.items())},
    }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def predict(nlp: Any, stories: dict[str, dict[str, Any]], ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    from dateline.ingest.article import Article
    from dateline.nlp import make_doc

    docs = nlp.pipe(make_doc(nlp, Article(text=stories[i]["text"], date=stories[i].get("date"))) for i in ids)
    return {i: list(doc._.events or []) for i, doc in zip(ids, docs, strict=True)}


def load_parts(gold: str | None = None) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]], Callable[[str], str]]:
    """Every story with gold (shared/eval's 18, and the blind and extra ones when their files are
    here), their gold events, and the part each story belongs to."""
    stories, events = load(gold)
    stories_path = gold_path(DATASET, gold if gold and Path(gold).is_dir() else None) / "stories.jsonl"
    more = {}
    for name, path in (("blind", BLIND_GOLD), ("extra", EXTRA_GOLD)):
        more_stories, more_events = load_blind(stories_path, path)
        more[name] = frozenset(more_events) - frozenset(events)
        stories.update({k: v for k, v in more_stories.items() if k in more[name]})
        events.update({k: v for k, v in more_events.items() if k in more[name]})
    blind, extra = more["blind"], more["extra"] - more["blind"]

    def part(story: str) -> str:
        return part_of(story, blind, extra)

    return stories, events, part


def evaluate(
    gold: str | None = None, limit: int | None = None, nlp: Any = None, parts: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """Score the events component on voa_dev: its dev, untouched and all parts and, when their gold
    is here, the extra part; the held-out parts (extra-untouched, blind) only when ``parts`` names
    them ("all" = the 18 stories of shared/eval)."""
    stories, events, part = load_parts(gold)
    parts = parts or (PARTS + (("extra",) if any(part(i) == "extra" for i in stories) else ()))
    wanted = set(parts)
    shared = {i for i in stories if part(i) in PARTS}
    ids = sorted(i for i in stories if part(i) in wanted or "all" in wanted and i in shared)
    if limit:
        ids = ids[:limit]
    if nlp is None:
        from dateline.nlp import build_pipeline

        nlp = build_pipeline()
    predictions = predict(nlp, stories, ids)
    results: dict[str, Any] = {"dataset": "voa_dev", "parts": {}}
    for name in parts:
        chosen = [i for i in ids if part(i) == name or name == "all" and i in shared]
        results["parts"][name] = score(chosen, predictions, events)
    results["predictions"] = {i: predictions[i] for i in ids}
    return results


def report(results: dict[str, Any]) -> str:
    lines = ["# Events: voa_dev (document-level metric, shared/eval/events/voa_dev/README.md)", ""]
    parts = results["parts"]
    lines.append(table(
        [
            [name, s["stories"], s["predicted"], s["gold_asserted"], s["precision"], s["recall"],
             s["type_f1"], s["full_f1"], s["actor_right"]]
            for name, s in parts.items()
        ],
        ["part", "stories", "predicted", "gold (asserted)", "P", "R", "type F1", "full F1", "actor right"],
    ))
    for name, s in parts.items():
        lines += ["", f"## {name}: per type", table(
            [[t, v["pred"], v["gold"], v["precision"], v["recall"], v["f1"], v["full_tp"]] for t, v in s["per_type"].items()],
            ["type", "pred", "gold", "P", "R", "F1", "full right"],
        )]
        lines += ["", f"## {name}: by confidence band (precision should rise with confidence)", table(
            [[b, v["pred"], v["precision"]] for b, v in s["bands"].items()], ["confidence", "pred", "P"],
        )]
    lines += ["", "Targets (issue 12): P >= 0.70, type F1 >= 0.70, full F1 >= 0.50, actor right >= 0.80."]
    held = [name for name in HELD_OUT if name not in parts]
    if held:
        lines.append(f"Held-out parts not scored here ({', '.join(held)}): name them with --part.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", help="the gold folder (shared/eval)")
    parser.add_argument("--limit", type=int, help="score only the first N stories")
    parser.add_argument("--part", choices=ALL_PARTS, action="append",
                        help="which part(s) to score (default: all but the held-out extra-untouched and blind)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    results = evaluate(args.gold, args.limit, parts=tuple(args.part) if args.part else None)
    print(json.dumps(results, indent=2, default=str) if args.json else report(results))


if __name__ == "__main__":
    main()
