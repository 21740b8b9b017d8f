"""The times component: TIMEX3 expressions normalized against the publication date. (A stub.)"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import extensions


def extract_times(doc: Doc, pub_date: str | None) -> list[dict[str, Any]]:
    """TIMEX3 DATE/TIME/DURATION/SET expressions with values (not yet implemented)."""
    return []


class TimesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.times = extract_times(doc, extensions.publication_date(doc))
        doc._.clause_dates = {}
        return doc


@Language.factory(
    "dateline_times",
    assigns=["doc._.times", "doc._.clause_dates"],
    requires=["doc._.article", "token.dep"],
    default_config={},
)
def make_times(nlp: Language, name: str) -> TimesComponent:
    extensions.register()
    return TimesComponent(nlp, name)
