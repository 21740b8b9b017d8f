"""The entities component: named entities grouped into article-level entities with mentions.

This first version trusts spaCy's NER and groups mentions by type and normalized name; the
entities issue replaces it with repaired NER, canonical keys, roles, countries and sectors.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import extensions

#: the OntoNotes labels that name an entity (CONTRACT.md); DATE, MONEY etc. are not entities
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")


def slug(name: str) -> str:
    """'Volodymyr Zelensky' -> 'volodymyr-zelensky': lower case ASCII words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['’`]s\b", "", ascii_name.lower())
    return "-".join(re.findall(r"[a-z0-9]+", ascii_name))


def extract_entities(doc: Doc, types: tuple[str, ...] = ENTITY_TYPES) -> list[dict[str, Any]]:
    """spaCy's named entities, one entity per (type, normalized name), mentions in text order."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for ent in doc.ents:
        if ent.label_ not in types:
            continue
        name = re.sub(r"^(the|The)\s+", "", ent.text).strip()
        name = re.sub(r"['’]s$", "", name)
        key = f"{ent.label_.lower()}:{slug(name)}"
        if not slug(name):
            continue
        entity = grouped.setdefault(
            (ent.label_, key),
            {
                "id": f"e{len(grouped) + 1}",
                "key": key,
                "name": name,
                "type": ent.label_,
                "country": None,
                "sector": None,
                "role": None,
                "mentions": [],
                "wikidata": None,
                "geonames_id": None,
            },
        )
        entity["mentions"].append([ent.start_char, ent.end_char])
    return list(grouped.values())


class EntitiesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = extract_entities(doc)
        return doc


@Language.factory(
    "dateline_entities",
    assigns=["doc._.entities"],
    requires=["doc.ents"],
    default_config={},
)
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    extensions.register()
    return EntitiesComponent(nlp, name)
