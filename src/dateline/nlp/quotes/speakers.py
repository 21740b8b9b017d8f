"""Resolving a quote's speaker mention ("he", "the Ukrainian president", "Zelensky") to an entity.

The entities component's mentions come first (it resolves pronouns and titles itself); where no
entity mention covers the speaker, a conservative fallback links "he"/"she" and role titles to
the most recent person who spoke, and otherwise leaves the speaker unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from dateline.nlp.words import pronouns, title_words

#: personal pronouns that the fallback resolves to the most recent person who spoke (he, him, she, her)
PERSON_PRONOUNS = pronouns(persons="3", genders=("m", "f"), uses=("subject", "object"))
#: pronouns never resolved by the fallback (too ambiguous): every other one of data/common/pronouns.tsv
OTHER_PRONOUNS = pronouns() - pronouns(persons="3", genders=("m", "f"))
#: how far back (characters) the fallback looks for the person a pronoun or title refers to
LOOKBACK_CHARS = 2500

_DETERMINER = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def role_nouns() -> frozenset[str]:
    """Head nouns of titles that name one person ("the president", "the spokeswoman"): the shared
    title words (data/common/titles.txt)."""
    return title_words()


@dataclass
class SpeakerMemory:
    """Who spoke so far in the article: (char offset, entity id, name, type), in text order."""

    speakers: list[tuple[int, str | None, str, str]] = field(default_factory=list)

    def remember(self, offset: int, entity_id: str | None, name: str | None, type_: str) -> None:
        if name:
            self.speakers.append((offset, entity_id, name, type_))

    def last_person(self, before: int) -> tuple[str | None, str] | None:
        for offset, entity_id, name, type_ in reversed(self.speakers):
            if offset >= before:
                continue
            if before - offset > LOOKBACK_CHARS:
                return None
            if type_ == "PERSON":
                return entity_id, name
        return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def entity_for_span(entities: list[dict[str, Any]], span: Span) -> dict[str, Any] | None:
    """The entity with a mention over the speaker span, preferring one that covers its head word."""
    start, end = span.start_char, span.end_char
    head = span.root
    head_range = (head.idx, head.idx + len(head.text))
    best: tuple[int, dict[str, Any]] | None = None
    for entity in entities:
        for mention in entity.get("mentions") or []:
            m = (int(mention[0]), int(mention[1]))
            if not _overlaps(m, (start, end)):
                continue
            if not _overlaps(m, head_range):
                continue  # "the Ukrainian president" is not the NORP "Ukrainian"
            score = 0
            if entity.get("type") == "PERSON":
                score += 2
            elif entity.get("type") in ("ORG", "NORP"):
                score += 1
            if best is None or score > best[0]:
                best = (score, entity)
    return best[1] if best else None


def written_name(span: Span) -> str | None:
    """The speaker's name as written when it is a proper name ("the General Command"), else None."""
    if span.root.pos_ != "PROPN":
        return None
    tokens = [t for t in span if not (t.i == span.start and t.lower_ in ("the", "a", "an"))]
    if not tokens:
        return None
    text = span.doc[tokens[0].i : tokens[-1].i + 1].text  # Span.text: cheaper than Doc.text
    return _POSSESSIVE.sub("", _DETERMINER.sub("", text)).strip() or None


def resolve_speaker(
    doc: Doc, span: Span, entities: list[dict[str, Any]], memory: SpeakerMemory
) -> tuple[str | None, str | None, str]:
    """(entity id, name, entity type) for a speaker mention; (None, None, '') when unidentifiable."""
    entity = entity_for_span(entities, span)
    root = span.root
    if entity is not None:
        return entity.get("id"), entity.get("name"), str(entity.get("type") or "")
    lower = span.text.lower().strip()
    if len(span) == 1 and lower in PERSON_PRONOUNS:
        found = memory.last_person(span.start_char)
        if found:
            return found[0], found[1], "PERSON"
        return None, None, ""
    if lower in OTHER_PRONOUNS:
        return None, None, ""
    if (
        root.pos_ == "NOUN"
        and root.lemma_.lower() in role_nouns()
        and span[0].lower_ in ("the", "this", "that")
    ):
        # "the Ukrainian president": a definite title refers back to the person who last spoke
        found = memory.last_person(span.start_char)
        if found:
            return found[0], found[1], "PERSON"
        return None, None, ""
    name = written_name(span)
    if name:
        return None, name, "PERSON" if root.ent_type_ == "PERSON" else (root.ent_type_ or "")
    return None, None, ""
