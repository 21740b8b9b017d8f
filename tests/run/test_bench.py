"""The benchmark reports its figures (speed is measured there, never asserted in tests)."""

import pytest

from dateline.config import load_config
from dateline.run.bench import EXAMPLES, format_report, run_bench


@pytest.mark.model
def test_bench_reports_every_figure() -> None:
    results = run_bench(load_config(), source=str(EXAMPLES / "corpus.jsonl"), rounds=1)
    assert results["articles"] == 3 and results["words"] > 100
    assert results["ratio_to_bare"] > 0
    assert set(results["components"]) >= {"ner", "dateline_quotes", "dateline_events"}
    assert results["peak_rss_mb"]["peak"] >= results["peak_rss_mb"]["before_model"] > 0
    report = format_report(results)
    assert "articles/s" in report and "ratio dateline / bare spaCy" in report
