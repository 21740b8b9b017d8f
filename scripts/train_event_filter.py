"""Train the events filter: src/dateline/data/events/filter.json, a logistic model over the rule
coder's events (features: dateline/nlp/events/ranker.py), on voa_dev's 12 *dev* stories and the
*extra* part's 34 (eval/voa_extra) only.

Retrain after the rules change (one command, a few seconds on CPU; needs scikit-learn, a dev extra):

    python scripts/train_event_filter.py            # writes src/dateline/data/events/filter.json

Each event the pipeline predicts with the filter off is labelled 1 when the voa metric's one-to-one
matching (evaluation/events_voa.match_story) matches it to a gold event, else 0. Regularization
(C) is chosen by leave-one-story-out cross-validation on the dev stories (out-of-fold log loss:
the probability becomes the event's confidence, so calibration comes first); the threshold by
the out-of-fold type F0.5 of the voa metric (precision weighted twice recall: an analyst forgives
a missed event sooner than a false one). The untouched, extra-untouched and blind stories are never
read here; judge the filter on them with `dateline eval events --dataset voa_dev`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from pathlib import Path
from typing import Any

from dateline.evaluation import events_voa
from dateline.nlp.events.ranker import feature_names, features_for

#: the parts trained on: never the untouched, extra-untouched or blind stories
TRAIN_PARTS = ("dev", "extra")
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "events" / "filter.json"
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 19))
BETA = 0.5
#: the candidate feature sets, fixed before training: the rules' confidence alone (a calibration), with
#: a few signs of a complete, asserted main-clause event, and every feature; CV picks one
FEATURE_SETS: dict[str, list[str] | None] = {
    "rule confidence": ["rule_confidence_logit"],
    "small": ["rule_confidence_logit", "actor_named", "recipient_named", "modality=asserted", "dep=root", "in_quote"],
    "all": None,
}


class FeatureRecorder:
    """Stands in for the filter inside the component: keeps every event, records its features."""

    def __init__(self) -> None:
        self.features: list[list[dict[str, float]]] = []

    def apply(self, doc: Any, events: list[dict[str, Any]], triggers: dict[int, Any]) -> list[dict[str, Any]]:
        self.features.append(features_for(doc, events, triggers))
        return events


def collect(gold: str | None, limit: int | None) -> dict[str, Any]:
    """Unfiltered predictions, their features and labels on the dev stories."""
    from dateline.nlp import build_pipeline

    stories, gold_events, part = events_voa.load_parts(gold)
    ids = sorted(i for i in stories if part(i) in TRAIN_PARTS)[: limit or None]
    nlp = build_pipeline()
    recorder = FeatureRecorder()
    nlp.get_pipe("dateline_events").event_filter = recorder
    predictions = events_voa.predict(nlp, stories, ids)
    names = feature_names()
    rows, labels, groups, confidence = [], [], [], []
    for story, feats in zip(ids, recorder.features, strict=True):
        preds = predictions[story]
        if len(preds) != len(feats):
            sys.exit(f"{story}: {len(preds)} events but {len(feats)} feature rows")
        matched = {i for i, *_ in events_voa.match_story(preds, gold_events.get(story, []))}
        for n, row in enumerate(feats):
            unknown = set(row) - set(names)
            if unknown:
                sys.exit(f"features not in ranker.feature_names(): {sorted(unknown)}")
            rows.append([row.get(name, 0.0) for name in names])
            labels.append(int(n in matched))
            confidence.append(float(preds[n].get("confidence") or 0.0))
            groups.append(story)
    return {"ids": ids, "predictions": predictions, "gold": gold_events, "X": rows, "y": labels, "groups": groups, "names": names,
            "rule_confidence": confidence}


def columns(data: dict[str, Any], wanted: list[str] | None) -> list[list[float]]:
    keep = [data["names"].index(n) for n in wanted] if wanted else list(range(len(data["names"])))
    return [[row[k] for k in keep] for row in data["X"]]


def out_of_fold(data: dict[str, Any], X: list[list[float]], c: float) -> list[float]:
    """Leave-one-story-out probabilities."""
    from sklearn.linear_model import LogisticRegression

    y, groups = data["y"], data["groups"]
    probs = [0.0] * len(y)
    for story in data["ids"]:
        train = [k for k, g in enumerate(groups) if g != story]
        test = [k for k, g in enumerate(groups) if g == story]
        if not test:
            continue
        if len({y[k] for k in train}) < 2:
            rate = sum(y[k] for k in train) / max(len(train), 1)
            for k in test:
                probs[k] = rate
            continue
        model = LogisticRegression(C=c, max_iter=2000).fit([X[k] for k in train], [y[k] for k in train])
        for k, p in zip(test, model.predict_proba([X[k] for k in test])[:, 1], strict=True):
            probs[k] = float(p)
    return probs


def log_loss(y: list[int], probs: list[float]) -> float:
    eps = 1e-6
    return -sum(t * math.log(max(p, eps)) + (1 - t) * math.log(max(1 - p, eps)) for t, p in zip(y, probs, strict=True)) / len(y)


def rescored(data: dict[str, Any], probs: list[float] | None, threshold: float) -> dict[str, Any]:
    """The voa metric on the dev stories with each event's confidence = probs, those under threshold dropped."""
    kept: dict[str, list[dict[str, Any]]] = {}
    k = 0
    for story in data["ids"]:
        kept[story] = []
        for event in data["predictions"][story]:
            if probs is None:
                kept[story].append(event)
            elif probs[k] >= threshold:
                kept[story].append({**event, "confidence": probs[k]})
            k += 1
    return events_voa.score(data["ids"], kept, data["gold"])


def f_beta(p: float, r: float, beta: float = BETA) -> float:
    return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0


def summary(s: dict[str, Any]) -> dict[str, Any]:
    keys = ("predicted", "precision", "recall", "type_f1", "full_f1", "actor_right")
    out = {k: round(s[k], 4) if isinstance(s[k], float) else s[k] for k in keys}
    out["bands"] = {b: {"pred": v["pred"], "precision": round(v["precision"], 4)} for b, v in s["bands"].items()}
    return out


def choose(data: dict[str, Any], sets: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The feature set (of ``sets``, default all) and C by out-of-fold log loss, then the
    threshold by out-of-fold type F0.5."""
    losses = {
        (name, c): log_loss(data["y"], out_of_fold(data, columns(data, wanted), c))
        for name, wanted in FEATURE_SETS.items() if sets is None or name in sets for c in C_GRID
    }
    best_set, best_c = min(losses, key=lambda key: (round(losses[key], 6), list(FEATURE_SETS).index(key[0]), -key[1]))
    probs = out_of_fold(data, columns(data, FEATURE_SETS[best_set]), best_c)
    by_threshold = {t: rescored(data, probs, t) for t in THRESHOLDS}
    best_t = max(THRESHOLDS, key=lambda t: (round(f_beta(by_threshold[t]["precision"], by_threshold[t]["recall"]), 6), -t))
    return {
        "feature_set": best_set,
        "C": best_c,
        "threshold": best_t,
        "cv": {
            "folds": "leave one dev story out",
            "log_loss_by_feature_set_and_C": {f"{name} C={c}": round(v, 4) for (name, c), v in losses.items()},
            "f05_by_threshold": {
                str(t): round(f_beta(s["precision"], s["recall"]), 4) for t, s in by_threshold.items()
            },
            "without_filter": summary(rescored(data, None, 0.0)),
            "with_filter_out_of_fold": summary(by_threshold[best_t]),
            "rule_confidence_log_loss": round(log_loss(data["y"], data["rule_confidence"]), 4),
            "model_log_loss": round(losses[(best_set, best_c)], 4),
        },
    }


def train(gold: str | None, limit: int | None, sets: tuple[str, ...] | None = None) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    data = collect(gold, limit)
    chosen = choose(data, sets)
    names = FEATURE_SETS[chosen["feature_set"]] or data["names"]
    model = LogisticRegression(C=chosen["C"], max_iter=2000).fit(columns(data, names), data["y"])
    return {
        "model": "logistic regression (scikit-learn), scored in pure Python by dateline/nlp/events/ranker.py",
        "features": names,
        "weights": [round(float(w), 5) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 5),
        "threshold": chosen["threshold"],
        "feature_set": chosen["feature_set"],
        "C": chosen["C"],
        "trained": dt.date.today().isoformat(),
        "data": {
            "dataset": "voa_dev, dev and extra parts only (untouched, extra-untouched and blind never read)",
            "stories": data["ids"],
            "events": len(data["y"]),
            "matched": sum(data["y"]),
            "label": "1 = matched by events_voa.match_story (same type, overlapping sentence, one to one)",
        },
        "selection": (
            f"feature set ({', '.join(FEATURE_SETS)}) and C by leave-one-story-out log loss over C in {list(C_GRID)}; "
            f"threshold by out-of-fold type F{BETA} over 0.00-0.90"
        ),
        "cv": chosen["cv"],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", help="the gold folder (default: shared/eval)")
    parser.add_argument("--limit", type=int, help="train on the first N dev stories only (a smoke test)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the model (default: {OUT})")
    parser.add_argument("--features", action="append", choices=list(FEATURE_SETS),
                        help="consider this feature set (repeatable; CV picks among them). Default: the rules' "
                             "confidence alone, an order-keeping calibration: the richer sets fit voa_dev a little "
                             "better (log loss 0.477 vs 0.483) but reorder the events of a sentence, which cost "
                             "plover_gsr its top-event accuracy (0.783 -> 0.776) and pentacode F1 (0.679 -> 0.673)")
    args = parser.parse_args(argv)
    result = train(args.gold, args.limit, tuple(args.features or ["rule confidence"]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    cv = result["cv"]
    print(f"wrote {args.out}: {result['data']['events']} events ({result['data']['matched']} matched), "
          f"features: {result['feature_set']}, C={result['C']}, "
          f"threshold={result['threshold']}")
    for name in ("without_filter", "with_filter_out_of_fold"):
        s = cv[name]
        print(f"  dev {name}: P {s['precision']:.3f} R {s['recall']:.3f} type F1 {s['type_f1']:.3f} full F1 {s['full_f1']:.3f} "
              f"({s['predicted']} events)")


if __name__ == "__main__":
    main()
