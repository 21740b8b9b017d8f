"""The events component: PLOVER events, who did what to whom, where and when. (A stub.)"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import extensions


def extract_events(doc: Doc) -> list[dict[str, Any]]:
    """PLOVER-coded events with actors, place, date and evidence (not yet implemented)."""
    return []


class EventsComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc)
        return doc


@Language.factory(
    "dateline_events",
    assigns=["doc._.events"],
    requires=["doc._.entities", "doc._.places", "doc._.times", "doc._.clause_dates"],
    default_config={},
)
def make_events(nlp: Language, name: str) -> EventsComponent:
    extensions.register()
    return EventsComponent(nlp, name)
