"""The quotes component: who said what. (A stub until the quotes issue lands: finds nothing.)"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import extensions


def extract_quotes(doc: Doc) -> list[dict[str, Any]]:
    """Direct, indirect and mixed quotations with cue and speaker (not yet implemented)."""
    return []


class QuotesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc)
        return doc


@Language.factory(
    "dateline_quotes",
    assigns=["doc._.quotes"],
    requires=["doc._.entities", "token.dep"],
    default_config={},
)
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    extensions.register()
    return QuotesComponent(nlp, name)
