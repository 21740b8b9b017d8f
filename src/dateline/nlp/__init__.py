"""nlp: one spaCy pipeline with dateline's components, from Doc to contract records."""

from dateline.nlp.pipeline import analyze_docs, analyze_records, build_pipeline, make_doc
from dateline.nlp.record import to_record

__all__ = ["analyze_docs", "analyze_records", "build_pipeline", "make_doc", "to_record"]
