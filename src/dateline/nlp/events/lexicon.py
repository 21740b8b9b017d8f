"""The event coder's language data, loaded once: triggers, sense rules, word sets, crosswalk.

Everything here is read from src/dateline/data/events/ (see each file's header for sources), but
for country names and nationalities, which come from the shared table (dateline.nlp.country_table).
"""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline.nlp import country_table

#: PLOVER event type -> quad (PLOVER.md; SANCTION is material conflict as in its manual section)
QUAD: dict[str, str] = {
    "AGREE": "verbal cooperation",
    "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation",
    "AID": "material cooperation",
    "RETREAT": "material cooperation",
    "REQUEST": "verbal conflict",
    "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict",
    "SANCTION": "material conflict",
    "MOBILIZE": "material conflict",
    "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}

#: pentacode of each quad (0 is "statement", no event)
PENTACODE: dict[str, int] = {
    "verbal cooperation": 1,
    "material cooperation": 2,
    "verbal conflict": 3,
    "material conflict": 4,
}

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "events"

POS_CLASS = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}


@dataclass(frozen=True)
class Trigger:
    """One row of triggers.tsv."""

    words: tuple[str, ...]
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    frame: str
    weight: float
    needs: str
    by_form: bool = False


@dataclass(frozen=True)
class Sense:
    """A sense rule of lexicon.toml: a dependent word changes (or drops) the trigger's event."""

    trigger: str
    pos: str | None
    when: frozenset[str]
    type: str
    mode: str | None
    cameo: str | None
    objects_only: bool = False
    targets_only: bool = False  # scope = "targets": only what the act is aimed at ("an attack on the order")
    heads_only: bool = False  # scope = "heads": only the heads of its objects ("met with opposition", not "opposition leaders")
    direct_only: bool = False  # scope = "direct": only its direct objects' heads ("fired the minister", not "fired at the minister")
    core_only: bool = False  # scope = "core": the heads of its subject, objects and agent ("the fire destroyed", not "a fire station")
    source_only: bool = False  # scope = "source": what one leaves ("withdrew from the treaty", not "NATO troops withdrew")
    subject_only: bool = False  # scope = "subject": only its subject's head and kind ("a pickup struck him", not "a drone struck a car")


@dataclass
class Lexicon:
    single: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    forms: dict[tuple[str, str], Trigger] = field(default_factory=dict)
    noun_phrases: dict[tuple[str, ...], Trigger] = field(default_factory=dict)
    noun_phrase_ends: frozenset[str] = frozenset()  # the last words of noun_phrases (a quick test before building one)
    verb_phrases: dict[str, list[Trigger]] = field(default_factory=dict)
    senses: dict[str, list[Sense]] = field(default_factory=dict)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    implied: dict[tuple[str, str], str] = field(default_factory=dict)
    implied_recipients: dict[tuple[str, str], str] = field(default_factory=dict)
    clauses: dict[str, frozenset[str]] = field(default_factory=dict)
    modals: dict[str, frozenset[str]] = field(default_factory=dict)
    complicity: dict[str, frozenset[str]] = field(default_factory=dict)  # tie predicate -> its prepositions
    crosswalk: dict[tuple[str, str], str] = field(default_factory=dict)
    nationalities: dict[str, str] = field(default_factory=dict)
    state_names: frozenset[str] = frozenset()  # names, aliases and capital metonyms of states (no demonyms)
    capitals: frozenset[str] = frozenset()  # capitals and seats of government standing for their states ("Paris", "Moscow")
    max_nationality_words: int = 1
    sectors: dict[str, str] = field(default_factory=dict)
    #: head lemmas of violent/coercive event nouns and of what is fired ("attack", "missile"):
    #: in an actor's place they name the event, not who did it
    event_nouns: frozenset[str] = frozenset()
    #: ISO 3166-1 alpha-2 -> alpha-3 (the shared country table; GeoNames): places carry alpha-2 codes
    iso3: dict[str, str] = field(default_factory=dict)

    def word_set(self, name_or_words: str | frozenset[str]) -> frozenset[str]:
        if isinstance(name_or_words, frozenset):
            return name_or_words
        return self.sets.get(name_or_words, frozenset({name_or_words}))

    def cameo_for(self, type_: str, mode: str | None) -> str | None:
        return self.crosswalk.get((type_, mode or "")) or self.crosswalk.get((type_, ""))


def _rows(name: str) -> list[dict[str, str]]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _toml(name: str) -> dict[str, Any]:
    return tomllib.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _nationalities() -> dict[str, str]:
    """Surface forms naming a state or a PLOVER non-state actor -> ISO3 or PLOVER code, from the
    shared country table (dateline.nlp.country_table): names, aliases, demonyms, capital metonyms."""
    names = {c.name: c.iso3 for c in country_table.countries()}
    for c in country_table.countries():
        names.update(dict.fromkeys((*c.aliases, *c.demonyms, *c.metonyms), c.iso3))
    for actor in country_table.non_state():
        names.update(dict.fromkeys((actor.name, *actor.aliases, *actor.demonyms, *actor.metonyms), actor.iso3))
    return names


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The event lexicon, built once per process."""
    lex = Lexicon()
    for row in _rows("triggers.tsv"):
        raw = row["trigger"].strip()
        by_form = raw.startswith("=")
        words = tuple(raw.lstrip("=").split())
        trig = Trigger(
            words=words,
            pos=row["pos"],
            type=row["type"],
            mode=row["mode"] or None,
            cameo=row["cameo"] or None,
            frame=row["frame"] or "plain",
            weight=float(row["weight"] or 0.5),
            needs=row.get("needs") or "",
            by_form=by_form,
        )
        if by_form:
            lex.forms[(words[0], trig.pos)] = trig
        elif len(words) == 1:
            lex.single[(words[0], trig.pos)] = trig
        elif trig.pos == "V":
            lex.verb_phrases.setdefault(words[0], []).append(trig)
        else:
            lex.noun_phrases[words] = trig
    for phrases in lex.verb_phrases.values():
        phrases.sort(key=lambda t: -len(t.words))
    lex.noun_phrase_ends = frozenset(words[-1] for words in lex.noun_phrases)
    data = _toml("lexicon.toml")
    nouns = {
        t.words[-1]
        for t in [*lex.single.values(), *lex.noun_phrases.values(), *lex.forms.values()]
        if t.pos == "N" and t.type in {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
    }
    lex.sectors = {row["phrase"]: row["sector"] for row in _rows("agent_sectors.tsv")}
    # agent nouns ("suicide bomber") name who acted, not the event
    lex.event_nouns = frozenset((nouns | set(data["sets"].get("projectiles", []))) - set(lex.sectors))
    lex.sets = {name: frozenset(words) for name, words in data["sets"].items()}
    lex.light_verbs = frozenset(data["sets"].get("light_verbs", []))
    for rule in data.get("sense", []):
        when = rule["when"]
        sense = Sense(
            trigger=rule["trigger"],
            pos=rule.get("pos"),
            when=frozenset(when) if isinstance(when, list) else lex.word_set(when),
            type=rule.get("type", ""),
            mode=rule.get("mode") or None,
            cameo=rule.get("cameo") or None,
            objects_only=rule.get("scope") == "objects",
            targets_only=rule.get("scope") == "targets",
            heads_only=rule.get("scope") == "heads",
            direct_only=rule.get("scope") == "direct",
            core_only=rule.get("scope") == "core",
            source_only=rule.get("scope") == "source",
            subject_only=rule.get("scope") == "subject",
        )
        lex.senses.setdefault(sense.trigger, []).append(sense)
    lex.clauses = {name: frozenset(words) for name, words in data["clauses"].items()}
    lex.modals = {name: frozenset(words) for name, words in data["modals"].items()}
    lex.complicity = {name: frozenset(preps) for name, preps in data.get("complicity_links", {}).items()}
    for row in _rows("crosswalk.tsv"):
        lex.crosswalk[(row["type"], row["mode"] or "")] = row["cameo"]
    names = _nationalities()
    lex.nationalities = names
    lex.state_names = frozenset(
        name for c in country_table.countries() for name in (c.name, *c.aliases, *c.metonyms)
    )
    lex.capitals = frozenset(name for row in country_table.rows() for name in row.metonyms)
    lex.iso3 = {c.iso2: c.iso3 for c in country_table.countries() if c.iso2 and c.iso3}
    lex.max_nationality_words = max(len(n.split()) for n in names)
    lex.implied = {(row["type"], row["mode"]): row["sector"] for row in _rows("implied_actors.tsv")}
    lex.implied_recipients = {(row["type"], row["mode"]): row["sector"] for row in _rows("implied_recipients.tsv")}
    return lex
