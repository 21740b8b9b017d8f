"""Evaluation: each capability scored on the gold sets of ../shared/eval with EVAL.md's metrics.

Each module ``dateline.evaluation.<capability>`` has ``evaluate(...) -> dict`` and
``report(results) -> str``; ``dateline eval <capability>`` runs it.
"""

CAPABILITIES = ("entities", "quotes", "places", "times", "events")
