"""What every evaluation shares: finding the gold data, P/R/F1, and printing a results table."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dateline.errors import EvalDataError

#: where the gold sets are looked for, in order: $DATELINE_GOLD, then ../shared/eval beside a
#: parent of the working directory or of this package (the layout of a checkout)
GOLD_ENV = "DATELINE_GOLD"


def gold_root(explicit: str | Path | None = None) -> Path:
    """The folder holding the development gold sets (``shared/eval``); EvalDataError if none."""
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    if os.environ.get(GOLD_ENV):
        candidates.append(Path(os.environ[GOLD_ENV]))
    for start in (Path.cwd(), Path(__file__).resolve()):
        for parent in (start, *start.parents):
            candidates.append(parent / "shared" / "eval")
            candidates.append(parent.parent / "shared" / "eval")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise EvalDataError(path=str(explicit or "../shared/eval"))


def gold_path(relative: str, explicit: str | Path | None = None) -> Path:
    """A gold file or folder under the gold root (e.g. 'quotes/polnear/dev.jsonl')."""
    if explicit and Path(explicit).exists() and not Path(explicit).is_dir():
        return Path(explicit)
    path = gold_root(explicit) / relative
    if not path.exists():
        raise EvalDataError(path=str(path))
    return path


def prf(tp: float, fp: float, fn: float) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def table(rows: Sequence[Sequence[Any]], header: Sequence[str]) -> str:
    """A plain-text table (Markdown pipe syntax, so it can be pasted into the docs)."""

    def cell(value: Any) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def command_line(
    evaluate: Callable[..., dict[str, Any]],
    report: Callable[[dict[str, Any]], str],
    description: str,
    gold_help: str,
    limit_help: str,
    argv: Sequence[str] | None = None,
    flags: dict[str, str] | None = None,
) -> None:
    """The ``python -m dateline.evaluation.<capability>`` entry: --gold, --limit, --json, and the
    capability's own on/off ``flags`` (name -> help), passed to ``evaluate`` as keyword arguments."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--gold", help=gold_help)
    parser.add_argument("--limit", type=int, help=limit_help)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    for name, help_text in (flags or {}).items():
        parser.add_argument(f"--{name}", action="store_true", help=help_text)
    args = parser.parse_args(argv)
    extra = {name: getattr(args, name) for name in (flags or {}) if getattr(args, name)}
    results = evaluate(args.gold, args.limit, **extra)
    print(json.dumps(results, indent=2, default=str) if args.json else report(results))
