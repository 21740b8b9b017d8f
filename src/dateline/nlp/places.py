"""The places component: toponyms resolved to GeoNames. (A stub until the places issue lands.)"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import extensions


def extract_places(doc: Doc) -> list[dict[str, Any]]:
    """Place name mentions with GeoNames ids and coordinates (not yet implemented)."""
    return []


class PlacesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = extract_places(doc)
        return doc


@Language.factory(
    "dateline_places",
    assigns=["doc._.places"],
    requires=["doc.ents", "doc._.entities"],
    default_config={},
)
def make_places(nlp: Language, name: str) -> PlacesComponent:
    extensions.register()
    return PlacesComponent(nlp, name)
