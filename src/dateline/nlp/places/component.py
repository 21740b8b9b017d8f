"""The places component: place name mentions found and resolved to GeoNames entries, offline.

Recognition starts from the NER's GPE/LOC/FAC spans and adds what the gazetteer vouches for:
PERSON/ORG spans that are well-known places ("Kiev" tagged PERSON), proper-noun runs the NER
missed, state abbreviations after a comma ("Louisville, Ky."), the dateline city ("ATHENS, Ga.
--"), county lists ("Walton and Oconee counties") and towns named by their institutions ("the
Berea Police Department"). Resolution is by context first (the article's other places, its
countries and states, demonyms, "Paris, Texas" qualifiers, the dateline, neighbouring names that
pull each other to one place), then by feature type and population. Gazetteer data: GeoNames
(CC BY 4.0).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.data import read_toml
from dateline.nlp import country_table, extensions
from dateline.nlp.places import gazetteer
from dateline.nlp.places.gazetteer import (
    ADM1,
    ADM2,
    ADM3,
    CAPITAL,
    CITY,
    CONTINENT,
    COUNTRY,
    REGION,
    REGION_LIKE,
    Gazetteer,
    Place,
    name_key,
)
from dateline.nlp.words import title_words

#: NER labels whose spans are taken as place mentions as they stand
PLACE_LABELS = ("GPE", "LOC", "FAC")
#: NER labels whose spans become place mentions only when the gazetteer knows them well
OTHER_LABELS = ("PERSON", "ORG", "NORP")

#: words before a name that locate within it ("northern Ukraine") and are not part of the name
_DIRECTION = re.compile(
    r"^(?:the\s+)?(?:(?:far|deep|extreme|greater|upper|lower|downtown|suburban|rural|central|mid|"
    r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)[\s-]+)+",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_OF_END = re.compile(r"(?:\s+(?:of|and|the))+$")
_TRAILING = re.compile(r"(?:['’]s?|\.)$")
_SAINT = (("st ", "saint "), ("ste ", "sainte "), ("ft ", "fort "), ("mt ", "mount "))


_WORDS = read_toml("places/words.toml")
#: a word after a name that says which kind of place it is ("the Kiev region", "Jefferson County")
_KIND_WORDS: dict[str, str] = _WORDS["kind_words"]
#: a capitalized name right after one of these is a person ("Mr. Lincoln"), not a place
_TITLE_WORDS = title_words()
#: a name followed by these words names a disease or a strain, not a place ("Marburg virus")
_NOT_A_PLACE_AFTER = re.compile(
    r"\s*-?\s*(?:" + "|".join(map(re.escape, _WORDS["not_a_place_after"]["words"])) + r")\b",
    re.IGNORECASE,
)
_DISEASE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _WORDS["not_a_place_after"]["words"])) + r")\b",
    re.IGNORECASE,
)
_COMMON_WORD = re.compile(
    r"^(?:the\s+)?(?:" + "|".join(map(re.escape, _WORDS["not_places"]["words"])) + r")$",
    re.IGNORECASE,
)
#: a dateline: a city in capitals at the start of a line or after the headline's period, maybe a
#: state or country after a comma, maybe a wire service, then a dash ("COLUMBUS --",
#: "BELGRADE, Minn. (AP) --", "TBILISI, Georgia —")
_DATELINE = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?P<city>[A-Z][A-Z'’-]+(?:\.?\s[A-Z][A-Z'’-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\s*(?:\([A-Za-z ]+\)\s*)?(?:--|—|–|-\s)",
    re.MULTILINE,
)
#: a list of county names before "counties" / "parishes" ("Walton and Oconee counties")
_COUNTY_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?"
_COUNTY_NOUN = re.compile(r"\b(?:[Cc]ounties|[Pp]arishes)\b")
_COUNTY_LIST = re.compile(
    rf"(?P<names>{_COUNTY_NAME}(?:,\s+{_COUNTY_NAME})*,?\s+(?:and|or|&)\s+{_COUNTY_NAME})\s+$"
)
#: how far before "counties" the list is looked for (bounded: no slow path on long lists)
COUNTY_LIST_CHARS = 200
#: how far into an article a dateline is looked for, and its weight among the article's places
DATELINE_CHARS = 400
DATELINE_WEIGHT = 3.0
#: a name followed by these words is a town's ("the Berea Police Department", "Avondale Mayor")
_TOWN_INSTITUTION = re.compile(
    r"\s+(?:" + "|".join(map(re.escape, _WORDS["town_institutions"]["words"])) + r")\b",
    re.IGNORECASE,
)
_FEATURE_WORDS = frozenset(_WORDS["feature_words"]["words"])
_NAME_PARTICLES = frozenset(_WORDS["name_particles"]["words"])
_LEADING_PARTICLES = _NAME_PARTICLES - {"north", "south", "east", "west"}
_INSTITUTION_SUFFIXES = frozenset(_WORDS["institution_suffixes"]["words"])
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")
_FUNCTION_WORDS = frozenset(("of", "the", "and", "for", "in", "on", "at", "to", "by"))
_DIVISION_NAME = re.compile(r"\b(?:County|Parish|Borough|District|Township)$")

#: scoring weights (tuned on the LGL and GeoVirus development sets): per decade of population;
#: for the share of the article's country / state votes; per unit of spatial-minimality support
POPULATION_WEIGHT = 0.38
COUNTRY_WEIGHT = 1.6
STATE_WEIGHT = 1.4
SUPPORT_WEIGHT = 0.8
#: the bonus for a town within 100 km of another place of the article (half within 300 km)
PROXIMITY_BONUS = 1.2
#: a city of MAJOR_CITY people or more (Moscow, Atlanta) is known far beyond its region
MAJOR_CITY = 400_000
MAJOR_CITY_BONUS = 1.5
#: a first-level division of this population (or in one of the article's countries) is what its
#: name means, rather than a town named after it ("California, Md.")
BIG_DIVISION = 1_000_000
#: a second-level division of this population is known beyond its region
BIG_COUNTY = 500_000
BIG_COUNTY_BONUS = 0.8
#: spatial minimality between towns: the weight per (specificity-weighted) neighbouring name,
#: the radius, and how many of a name's readings are considered
NEIGHBOUR_WEIGHT = 1.0
NEIGHBOUR_KM = 50.0
NEIGHBOUR_CANDIDATES = 15
NEIGHBOUR_POWER = 0.5
_LOCAL = (CITY, CAPITAL, ADM2, ADM3)
#: how many times names are re-read in the context of the others' readings
PASSES = 1
#: a place entity takes the GeoNames id and country of its mentions' reading from this confidence
LINK_CONFIDENCE = 0.7
#: a one-word name the NER took for a person, organisation or nationality is a city only from
#: this many times the component's min_population
ONE_WORD_CITY = 3
#: the bonus of a first-level division for a name listed with first-level divisions
AMONG_STATES_BONUS = 1.5
#: the bonus of the reading dateline's alias table gives a name (a reading we vouch for)
CURATED_BONUS = 1.5
#: prior of each feature, before population (cities) and context
FEATURE_PRIOR = {COUNTRY: 3.4, CONTINENT: 3.0, REGION: 3.2, ADM1: 2.7, ADM2: 0.6, ADM3: 0.2}


#: votes for countries or divisions, by key
Weights = dict[str, float]


def _minus(a: Weights, b: Weights) -> Weights:
    """``a`` less ``b``, keeping only positive weights (Counter subtraction, for floats)."""
    return {k: v - b.get(k, 0.0) for k, v in a.items() if v - b.get(k, 0.0) > 0}


@dataclass
class Mention:
    start: int  # character offsets into doc.text
    end: int
    text: str
    source: str  # the NER label it came from, or 'gazetteer' / 'abbrev'
    kind: str | None = None  # a feature the text asks for ("the Kiev region" -> ADM1)
    qualifier: Place | None = None  # "Paris, Texas" -> Texas
    curated: bool = False  # the name is in dateline's alias table: its first candidate is ours
    dateline: bool = False  # the dateline city ("ATHENS, Ga. --"): where the story happens
    town: bool = False  # the text says it is a town (a dateline, "the Berea Police Department")
    among_states: bool = False  # listed with first-level divisions ("Washington, Oregon and Idaho")
    candidates: list[Place] = field(default_factory=list)


# -- recognition ---------------------------------------------------------------------------


def _trim(full: str, start: int, end: int, gaz: Gazetteer) -> tuple[int, int]:
    """Character offsets of a span without a leading 'the', direction words ('northern Ukraine')
    and a trailing 's -- unless the gazetteer knows the span as it stands ('West Virginia')."""
    text = full[start:end]
    if gaz.abbreviation(text) is not None and text.endswith("."):  # "W.Va.", "Ky."
        return start, end
    match = _LEADING.match(text)
    if match:
        start += match.end()
        text = full[start:end]
    match = _TRAILING.search(text)
    if match and match.start() > 0 and not re.search(r"\b[A-Z]\.[A-Z]?\.?$", text):
        end = start + match.start()
        text = full[start:end]
    if gaz.lookup(text):
        return start, end
    match = _DIRECTION.match(text)
    if match and match.end() < len(text):
        start += match.end()
    return start, end


def _lookup(gaz: Gazetteer, text: str) -> list[Place]:
    state = gaz.abbreviation(text) if text.endswith(".") else None
    if state is not None:  # "Kan." is Kansas, not Kano
        return [state]
    if text.isupper() and len(text.replace(".", "")) <= 4 and not gaz.is_curated(text):
        return []  # an acronym no table names ("AI", "EU", "UN") is no village spelt alike ('Ayy, Eu, Un)
    candidates = gaz.lookup(text)
    key = name_key(text)
    for short, long in _SAINT:
        if key.startswith(short):  # "St. Paul" is also spelled "Saint Paul"
            more = gaz.lookup(long + key[len(short) :])
            if more:
                first = candidates[:1] if gaz.is_curated(text) else []
                merged: dict[tuple[int | None, str, str], Place] = {}
                for place in candidates[len(first) :] + more:  # the main name over an alias
                    known = merged.setdefault((place.geonames_id, place.feature, place.name), place)
                    if known.alias and not place.alias:
                        merged[(place.geonames_id, place.feature, place.name)] = place
                candidates = first + sorted(merged.values(), key=lambda p: -p.population)
            break
    return candidates


def _spelling_key(name: str) -> str:
    """A name with the transliteration variants of i/y folded ("Kryvyi Rih" / "Kryvyy Rih",
    "Zaporizhzhia" / "Zaporizhzhya", "Mykolaiv" / "Mykolayiv": the national and the older
    romanizations of the same Cyrillic name)."""
    return re.sub(r"i+", "i", name_key(name).replace("y", "i"))


def _romanized(text: str, name: str) -> bool:
    """Whether ``text`` is another romanization of ``name``: a word of some length, not an
    acronym ("AI" is not the Jordanian village 'Ayy)."""
    return len(name_key(text)) >= 6 and not text.isupper() and _spelling_key(text) == _spelling_key(name)


def _known(
    places: list[Place], min_population: int, states: Weights, countries: Weights, text: str | None = None
) -> bool:
    """Whether a name the NER did not tag as a place is a place all the same: a country,
    continent or alias-table region; a populous (or, in the article's countries, any) first-level
    division; a city of ``min_population`` people, or a town in one of the article's states. An
    alternate name counts only as a spelling of the place's own name (``text``)."""
    for place in places:
        variant = text is not None and _romanized(text, place.name)
        if place.alias and place.feature not in REGION_LIKE and not variant:
            continue
        if place.feature in (COUNTRY, CONTINENT) or place.feature in REGION_LIKE:
            return True
        if place.feature == ADM1 and (
            place.population >= 1_000_000 or countries.get(place.country)
        ):
            return True
        if place.feature in (CITY, CAPITAL) and (
            place.population >= min_population
            or (place.population >= 1000 and states.get(place.admin1_key))
        ):
            return True
        if place.feature == ADM2 and _DIVISION_NAME.search(place.name):  # "Laurel County"
            return True
    return False


def _known_place_entity(
    ent: Span,
    doc: Doc,
    gaz: Gazetteer,
    states: Weights,
    person_words: set[str],
    min_population: int,
) -> bool:
    """Whether a PERSON / ORG / NORP span is a well-known place all the same ("Kiev" tagged
    PERSON, "Moscow said" tagged ORG): not a person's word or a demonym, and for one word only a
    big city. (The proper-noun scan of find_mentions may still take a town of the article's
    states from such a span.)"""
    full = extensions.doc_text(doc)
    start, end = _trim(full, ent.start_char, ent.end_char, gaz)
    text = full[start:end]
    if gaz.demonym_country(text) or (ent.label_ == "PERSON" and text.lower() in person_words):
        return False
    before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    if before in _TITLE_WORDS:
        return False
    places = _lookup(gaz, text)
    if len(ent) == 1 and not gaz.is_curated(text):
        # one word tagged PERSON or ORG: only big cities (Lincoln, Jackson are people too)
        least = ONE_WORD_CITY * min_population
        places = [p for p in places if p.feature not in (CITY, CAPITAL) or p.population >= least]
    return _known(places, min_population, states if ent.label_ != "PERSON" else {}, {}, text)


class _MentionFinder:
    """The place mentions found so far in one article, by character span, and which of its
    tokens are taken (by a mention, or by an entity that is not a place: a date, a sum)."""

    def __init__(self, doc: Doc, gaz: Gazetteer) -> None:
        self.doc = doc
        self.gaz = gaz
        self.full = extensions.doc_text(doc)
        self.spans: dict[tuple[int, int], Mention] = {}
        self.taken = [False] * len(doc)

    def add(self, start: int, end: int, source: str) -> Mention | None:
        """The mention at these character offsets (trimmed), or None when they hold no name."""
        full, gaz = self.full, self.gaz
        if (
            _COMMON_WORD.match(full[start:end])
            or _DISEASE.search(full[start:end])
            or full[start:end].lower().rstrip(".") in _TITLE_WORDS  # "Officer", "Mayor"
        ):
            return None  # "West Nile" (before "West" is trimmed), "West Nile Virus", "Officer"
        start, end = _trim(full, start, end, gaz)
        text = full[start:end]
        kind = re.search(r"\s+([a-z]+)$", text)
        if kind and kind.group(1) in _KIND_WORDS and not _lookup(gaz, text):
            end = start + kind.start()  # "Hebei province": the name; the kind word follows it
            text = full[start:end]
        if end <= start or not any(c.isalpha() for c in text) or _COMMON_WORD.match(text):
            return None
        if not any(word[:1].isupper() for word in re.split(r"[\s-]+", text)):
            return None  # a name is capitalized: not "n’t", not "downtown"
        if (start, end) in self.spans:
            return self.spans[(start, end)]
        if gaz.demonym_country(text) or _NOT_A_PLACE_AFTER.match(full[end : end + 20]):
            return None  # "Ukrainian" is context, not a place; "West Nile virus" is a disease
        mention = Mention(
            start, end, text, source, candidates=_lookup(gaz, text), curated=gaz.is_curated(text)
        )
        self.spans[(start, end)] = mention
        return mention

    def add_span(self, span: Span, label: str) -> list[Mention]:
        """The mentions of a span, its tokens taken: "Paris, Texas" as one span gives two
        mentions, the second qualifying the first."""
        added = []
        for piece in re.finditer(r"[^,;]+", span.text):
            start, end = span.start_char + piece.start(), span.start_char + piece.end()
            mention = self.add(start, end, label)
            if mention is not None:
                added.append(mention)
        for token in span:
            self.taken[token.i] = True
        return added

    def take(self, start: int, end: int) -> None:
        """Take the tokens of these character offsets."""
        for token in self.doc.char_span(start, end, alignment_mode="expand") or ():
            self.taken[token.i] = True


@dataclass
class _Clues:
    """What the article's other names say, for a name the NER did not tag as a place."""

    countries: Weights
    states: Weights
    named: set[str]  # the names the NER took as places (with candidates)
    person_words: set[str]  # words of people's names: not places in this article
    min_population: int


def find_mentions(
    doc: Doc, gaz: Gazetteer, min_population: int = 100_000, keep_unresolved: bool = True
) -> list[Mention]:
    """Place name mentions in text order, with their gazetteer candidates."""
    finder = _MentionFinder(doc, gaz)
    _dateline_mentions(finder)
    _county_mentions(finder)
    others, person_words = _ner_mentions(finder)
    _entity_mentions(finder)
    countries, states, _own = _context(list(finder.spans.values()), doc, gaz)
    clues = _Clues(
        countries,
        states,
        {name_key(m.text) for m in finder.spans.values() if m.candidates},
        _person_words(doc, person_words),
        min_population,
    )
    _other_label_mentions(finder, others, clues)
    in_org = _take_other_entities(finder)
    _proper_noun_mentions(finder, in_org, clues)
    mentions = _settle(finder, states, countries)
    # a name the gazetteer does not know is kept when the NER took it for a place and it is more
    # than one word ("Catawba River", "Glacier Ridge"); lone unknown words are mostly misfires
    return [m for m in mentions if m.candidates or (keep_unresolved and _kept_unresolved(m))]


def _dateline_mentions(finder: _MentionFinder) -> None:
    """The dateline: "ATHENS, Ga. (AP) --" at the start of the article or of its first
    paragraphs; its city is where the story happens, and a town."""
    full, gaz = finder.full, finder.gaz
    for match in _DATELINE.finditer(full[:DATELINE_CHARS]):
        start, end = match.span("city")
        if not _lookup(gaz, full[start:end]) or any(s < end and start < e for s, e in finder.spans):
            continue
        mention = finder.add(start, end, "dateline")
        if mention is not None and mention.candidates:
            mention.dateline = mention.town = True
            finder.take(start, end)


def _county_mentions(finder: _MentionFinder) -> None:
    """County lists ("Walton and Oconee counties", "Clarke, Madison and Oconee counties"): each
    name is a county's."""
    full, gaz = finder.full, finder.gaz
    for found in _COUNTY_NOUN.finditer(full):
        offset = max(0, found.start() - COUNTY_LIST_CHARS)
        listed = _COUNTY_LIST.search(full, offset, found.start())
        if listed is None:
            continue
        noun = "Parish" if found.group().lower().startswith("parish") else "County"
        for name in re.finditer(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?", listed.group("names")):
            start, end = listed.start("names") + name.start(), listed.start("names") + name.end()
            divisions = [
                p for p in _lookup(gaz, f"{name.group()} {noun}") if p.feature in (ADM2, ADM3)
            ]
            if not divisions or any(
                s < end and start < e for s, e in finder.spans if (s, e) != (start, end)
            ):
                continue
            mention = finder.add(start, end, "counties")
            if mention is not None:
                mention.candidates, mention.kind, mention.curated = divisions, ADM2, False
                finder.take(start, end)


def _ner_mentions(finder: _MentionFinder) -> tuple[list[Span], set[str]]:
    """The NER's place spans (not after a person's title); its PERSON / ORG / NORP spans, for a
    second look, and the words of its PERSON spans of more than one word."""
    doc = finder.doc
    others: list[Span] = []
    person_words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _TITLE_WORDS:
                continue  # "coach Ripley", "Gov. Jackson": a person, whatever the NER says
            finder.add_span(ent, ent.label_)
        elif ent.label_ in OTHER_LABELS:
            others.append(ent)
            if ent.label_ == "PERSON" and len(ent) > 1:
                person_words.update(t.lower_ for t in ent)
    return others, person_words


def _entity_mentions(finder: _MentionFinder) -> None:
    """The places of the entities component, which may have repaired the NER's labels
    (doc._.entities), where their tokens are not taken yet."""
    doc, taken = finder.doc, finder.taken
    for entity in extensions.get(doc, "entities"):
        if entity.get("type") in ("GPE", "LOC", "FAC"):
            for start, end in entity.get("mentions") or []:
                span = doc.char_span(start, end, alignment_mode="expand")
                if (
                    span is not None
                    and span.text[:1].isupper()
                    and not any(taken[t.i] for t in span)
                ):
                    finder.add_span(span, entity["type"])


def _person_words(doc: Doc, person_words: set[str]) -> set[str]:
    """One sense per article: a name the NER took for a place more often than for (part of) a
    person is not a person's word ("SOS Children's Village Malakal" tagged PERSON once, Malakal
    GPE twice; but "Obama" tagged GPE once stays Barack Obama's)."""
    as_place = Counter(name_key(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC"))
    as_person = Counter(t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e)
    return {w for w in person_words if as_place[name_key(w)] <= as_person[w]}


def _other_label_mentions(finder: _MentionFinder, others: list[Span], clues: _Clues) -> None:
    """PERSON / ORG / NORP spans that are well-known places ("Kiev" tagged PERSON)."""
    for ent in others:
        if any(finder.taken[t.i] for t in ent) or len(ent) > 4:
            continue
        if not _known_place_entity(
            ent, finder.doc, finder.gaz, clues.states, clues.person_words, clues.min_population
        ):
            continue
        finder.add_span(ent, "gazetteer")


def _take_other_entities(finder: _MentionFinder) -> list[bool]:
    """Take the tokens of entities that are no names (dates, sums, numbers): the proper-noun
    scan skips them. Which tokens are inside an organisation's name of several words."""
    in_org = [False] * len(finder.doc)
    for ent in finder.doc.ents:
        for token in ent:
            if ent.label_ in (
                "DATE",
                "TIME",
                "MONEY",
                "PERCENT",
                "QUANTITY",
                "CARDINAL",
                "ORDINAL",
            ):
                finder.taken[token.i] = True
            elif ent.label_ == "ORG" and len(ent) > 1:
                in_org[token.i] = True
    return in_org


def _proper_noun_mentions(finder: _MentionFinder, in_org: list[bool], clues: _Clues) -> None:
    """Proper-noun runs the NER missed, and place names inside organisation names ("the
    Gainesville Police Department"); other entities (dates, people) are not scanned. In a run of
    up to four capitalized proper nouns, the longest known name from its start is taken."""
    doc, taken, gaz = finder.doc, finder.taken, finder.gaz
    i = 0
    while i < len(doc):
        token = doc[i]
        if taken[i] or not (token.pos_ == "PROPN" and token.text[:1].isupper()):
            i += 1
            continue
        j = i
        while (
            j < len(doc)
            and j - i < 4
            and not taken[j]
            and doc[j].pos_ == "PROPN"
            and doc[j].text[:1].isupper()
        ):
            j += 1
        before = doc[i - 1].lower_.rstrip(".") if i > 0 else ""
        k = j
        while k > i:
            span = doc[i:k]
            if (
                span.text.lower() not in clues.person_words
                and before not in _TITLE_WORDS
                and not gaz.demonym_country(span.text)
            ):
                places = _lookup(gaz, span.text)
                accept, town = _accept_run(finder, span, k == j, places, in_org, clues)
                if places and accept:
                    for mention in finder.add_span(span, "gazetteer"):
                        mention.town = mention.town or town
                    break
            k -= 1
        if k == i and j > i + 1 and doc[i].lower_.rstrip(".") in _LEADING_PARTICLES:
            k = j  # "New Concord", unknown, is not Concord; "Fort Ashby" not Ashby
        i = max(k, i + 1)


def _accept_run(
    finder: _MentionFinder,
    span: Span,
    whole: bool,
    places: list[Place],
    in_org: list[bool],
    clues: _Clues,
) -> tuple[bool, bool]:
    """Whether a proper-noun run (``whole``) or its start, with these readings, is a place name;
    and whether the text says it is a town's."""
    full = finder.full
    if (
        finder.doc[span.start].ent_type_ != "PERSON"
        and full[span.start_char - 1 : span.start_char] != "-"  # "Miami-Dade"
        and _TOWN_INSTITUTION.match(full, span.end_char)
        and any(p.feature in (CITY, CAPITAL, ADM2) and not p.alias for p in places)
    ):
        return True, True  # "the Berea Police Department": a town's institution
    # the longest known name first; a shorter one ("Texas" of "Texas Southern University")
    # or one inside an organisation's name only when it is a well-known place
    if whole and not (in_org[span.start] and in_org[span.end - 1]):
        return _known(places, clues.min_population, clues.states, clues.countries, span.text), False
    accept = (
        name_key(span.text) in clues.named
        or _known(places, clues.min_population, {}, clues.countries)
        or any(
            p.feature in (CITY, CAPITAL)
            and not p.alias
            and p.population >= (2000 if whole else 10_000)
            and clues.states.get(p.admin1_key)
            for p in places
        )
    )
    return accept, False


def _settle(finder: _MentionFinder, states: Weights, countries: Weights) -> list[Mention]:
    """The mentions in text order: an unknown name extended over its "of" phrase or narrowed to
    the place name inside it, the mentions inside a longer known name dropped, qualifiers
    ("Paris, Texas") and kind words ("the Kiev region") linked."""
    mentions = sorted(finder.spans.values(), key=lambda m: m.start)
    for mention in mentions:
        if not mention.candidates and not _extend_of(mention, finder.full, finder.gaz):
            _narrow(mention, finder.gaz, states, countries)
    # a name extended over its "of" phrase swallows the mentions inside it ("Congo")
    kept: list[Mention] = []
    reach = -1  # the furthest end of a known name so far
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if mention.end > reach:
            kept.append(mention)
            if mention.candidates:
                reach = mention.end
    _link_qualifiers(finder.doc, finder.gaz, kept)
    return kept


def _kept_unresolved(mention: Mention) -> bool:
    """Whether a name the gazetteer does not know is kept: the NER took it for a place and it is
    more than one word, not ending in a function word ("City of")."""
    return (
        mention.source in ("GPE", "LOC")
        and " " in mention.text.strip()
        and mention.text.split()[-1] not in _FUNCTION_WORDS
    )


#: a place name inside a longer name the gazetteer does not know is taken when it is a known
#: place (see _known) with this population threshold for towns
NARROW_POPULATION = 10_000
NARROW_WORDS = 12
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}")
_WORD = re.compile(r"[A-Za-z][\w.'’]*")


def _extend_of(mention: Mention, full: str, gaz: Gazetteer) -> bool:
    """'Democratic Republic' before 'of the Congo', 'Gulf' before 'of Mexico': a name the NER cut
    before its 'of' phrase is taken whole when the gazetteer knows the whole."""
    cut = _OF_END.search(mention.text)  # "Democratic Republic of the" (the NER's cut)
    tail = _OF_TAIL.match(full, mention.start + cut.start() if cut else mention.end)
    if tail is None:
        return False
    words = list(_WORD.finditer(full, tail.start(), tail.end()))
    for word in reversed(words):
        text = full[mention.start : word.end()]
        candidates = _lookup(gaz, text)
        if candidates:
            mention.end, mention.text, mention.candidates = word.end(), text, candidates
            mention.curated = gaz.is_curated(text)
            return True
    return False


def _narrow(mention: Mention, gaz: Gazetteer, states: Weights, countries: Weights) -> None:
    """A name the gazetteer does not know, narrowed to the place name inside it (see
    :func:`_place_inside`)."""
    found = _place_inside(mention.text, gaz, states, countries)
    if found is not None:
        start, end, mention.candidates = found
        mention.start, mention.end = mention.start + start, mention.start + end
        mention.text = mention.text[start:end]
        mention.curated = gaz.is_curated(mention.text)


def _place_inside(
    name: str, gaz: Gazetteer, states: Weights, countries: Weights
) -> tuple[int, int, list[Place]] | None:
    """The longest (then leftmost) place name inside a longer name: at its start before an
    institution's word ('Henderson County Jail', 'Stonington H.S.'), or anywhere when it is a
    known place ('Lamar County Commissioners', 'Columbus East', 'United Way of America',
    'D-Iowa City') -- not beside a physical feature's or a street's word ('Catawba River',
    'Druid Hills Road'), not a name particle ('San Fernando Valley'), not 'mid-Atlantic'."""
    words = list(_WORD.finditer(name))[:NARROW_WORDS]  # a runaway span costs no more than this
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            first, last = words[i], words[i + size - 1]
            text = name[first.start() : last.end()].rstrip(".")
            lead = [w.group().lower() for w in words[:i] if w.group().lower() not in ("of", "the")]
            before = lead[-1].rstrip(".") if lead else ""
            after = words[i + size].group().lower().rstrip(".") if i + size < len(words) else ""
            if (
                not text[:1].isupper()
                or text.lower() in _FEATURE_WORDS
                or text.lower() in _NAME_PARTICLES
                or first.group().lower() in _FUNCTION_WORDS
                or last.group().lower() in _FUNCTION_WORDS
                or (i > 0 and name[first.start() - 1] == "-" and words[i - 1].group().islower())
                or _COMMON_WORD.match(text)
                or gaz.demonym_country(text)
            ):
                continue
            places = _lookup(gaz, text)
            if before in _FEATURE_WORDS or after in _FEATURE_WORDS:  # "Indian Ocean coast" only
                places = [p for p in places if p.feature in REGION_LIKE]
            if not _DIVISION_NAME.search(text):
                places = [p for p in places if p.feature not in (ADM2, ADM3)]  # "Glacier Ridge"
            if after in _INSTITUTION_SUFFIXES:  # "Greer City Hall", not "Atlantic College"
                places = [p for p in places if p.feature not in REGION_LIKE]
                if i == 0 and any(not p.alias for p in places):
                    return first.start(), first.start() + len(text), places
            if _known(places, NARROW_POPULATION, states, countries):
                return first.start(), first.start() + len(text), places
    return None


def _link_qualifiers(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """'Paris, Texas', 'Louisville, Ky.', 'Lviv, Ukraine': the second name qualifies the first;
    a kind word after a name ('the Kiev region', 'Jefferson County') says what it names."""
    by_start = {m.start: m for m in mentions}
    text = extensions.doc_text(doc)
    extra: list[Mention] = []
    for mention in mentions:
        after = text[mention.end : mention.end + 40]
        word = re.match(r"\s+([A-Za-z]+)", after)
        if word and word.group(1).lower() in _KIND_WORDS:
            mention.kind = _KIND_WORDS[word.group(1).lower()]
            full = _lookup(gaz, mention.text + " " + word.group(1))
            if full and mention.kind != ADM1:  # "Jefferson County" is itself a name
                mention.end += word.end()
                mention.text = text[mention.start : mention.end]
                mention.candidates = full
                mention.curated = False
            elif mention.kind == ADM1 and not any(p.feature == ADM1 for p in mention.candidates):
                # "the Kiev region": the division named after the city
                for place in mention.candidates[:5]:
                    divisions = (
                        gaz.admin1_named(place.country, place.name)
                        if place.feature in (CITY, CAPITAL)
                        else []
                    )
                    if divisions:
                        mention.candidates = divisions + mention.candidates
                        mention.curated = False
                        break
        comma = re.match(r",\s*", after)
        if not comma:
            continue
        following = by_start.get(mention.end + comma.end())
        if following is not None and following.candidates:
            best = following.candidates[0]
            if best.feature in (COUNTRY, ADM1) and not _listed_with(mention, best):
                mention.qualifier = best
            continue
        abbrev = re.match(
            r"([A-Z][A-Za-z]?\.(?:\s?[A-Z][a-z]?\.)?|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b)",
            after[comma.end() :],
        )
        if abbrev:
            state = gaz.abbreviation(abbrev.group(1))
            if state is not None:
                mention.qualifier = state
                start = mention.end + comma.end()
                extra.append(
                    Mention(
                        start,
                        start + len(abbrev.group(1)),
                        abbrev.group(1),
                        "abbrev",
                        candidates=[state],
                    )
                )
    known = {(m.start, m.end) for m in mentions}
    mentions.extend(m for m in extra if (m.start, m.end) not in known)
    mentions.sort(key=lambda m: m.start)
    # "Washington, Oregon and Idaho": a name listed with states is read as one of them
    for first, second in itertools.pairwise(mentions):
        if _LIST_GAP.fullmatch(text[first.end : second.start]):
            for one, other in ((first, second), (second, first)):
                if other.candidates and other.candidates[0].feature == ADM1:
                    one.among_states = True


def _listed_with(mention: Mention, qualifier: Place) -> bool:
    """Whether 'A, B' is a list of two countries or two states ("Mexico, China, Japan", "Texas,
    Oklahoma") rather than a place and its qualifier ("Paris, Texas", "Washington, D.C.")."""
    peers = [
        p
        for p in mention.candidates[:10]
        if p.feature == qualifier.feature
        and not p.alias
        and p.country == (p.country if qualifier.feature == COUNTRY else qualifier.country)
    ]
    if not peers:
        return False
    # unless a sizeable town of that name lies in the qualifier ("New York, N.Y.")
    return not any(
        p.feature in (CITY, CAPITAL)
        and not p.alias  # not "Iraq, Iran" for Arak, once called Iraq
        and p.population >= 100_000
        and _qualified(p, mention, qualifier)
        for p in mention.candidates[:10]
    )


# -- resolution ----------------------------------------------------------------------------


def _prior(place: Place, mention: Mention) -> float:
    if place.feature in (CITY, CAPITAL):
        score = POPULATION_WEIGHT * math.log10(place.population + 10) + (
            0.6 if place.feature == CAPITAL else 0.0
        )
        if place.population >= MAJOR_CITY and not place.alias:
            score += MAJOR_CITY_BONUS  # a world city is meant unless the context says otherwise
    else:
        score = FEATURE_PRIOR.get(
            place.feature, FEATURE_PRIOR[REGION] if place.feature in REGION_LIKE else 0.5
        )
        if place.feature in (ADM2, ADM3) and not re.search(
            r"\b(County|Parish|Borough|District|Township)\b", place.name
        ):
            if place.feature == ADM2 and place.population >= BIG_COUNTY and not place.alias:
                score += BIG_COUNTY_BONUS  # Kent, Suffolk: counties known beyond their region
            else:
                score -= 0.5  # a division named like a town: the town is meant far more often
    if place.alias:
        score -= 1.5 if place.feature in (CITY, CAPITAL) else 0.8
    if mention.kind is not None:
        score += 3.0 if place.feature == mention.kind else -1.0
    if mention.town and place.feature not in (CITY, CAPITAL):
        score -= 2.0  # a dateline, a police department: a town's
    return score


def _context(
    mentions: list[Mention], doc: Doc, gaz: Gazetteer
) -> tuple[Weights, Weights, dict[str, tuple[Weights, Weights]]]:
    """Weights of the article's countries and first-level divisions -- from demonyms and from each
    mention's best reading on priors alone (the dateline city counts double) -- and, per name,
    its own share of them (a name must not vote for its own reading)."""
    countries: Weights = defaultdict(float)
    states: Weights = defaultdict(float)
    own: dict[str, tuple[Weights, Weights]] = {}
    for ent in doc.ents:
        if ent.label_ == "NORP":
            country = gaz.demonym_country(ent.text)
            if country:
                countries[country] += 1.0
    for n, mention in enumerate(mentions):
        if not mention.candidates:
            continue
        best = max(
            mention.candidates[:40],
            key=lambda p: _prior(p, mention) + (5.0 if _qualified(p, mention) else 0.0),
        )
        weight = (
            DATELINE_WEIGHT if mention.dateline else 2.0 if n == 0 and mention.start < 60 else 1.0
        )
        mine = own.setdefault(name_key(mention.text), (defaultdict(float), defaultdict(float)))
        if best.country:
            countries[best.country] += weight
            mine[0][best.country] += weight
        if best.admin1_key and best.feature != COUNTRY:
            states[best.admin1_key] += weight
            mine[1][best.admin1_key] += weight
    return countries, states, own


def _qualified(place: Place, mention: Mention, qualifier: Place | None = None) -> bool:
    q = qualifier or mention.qualifier
    if q is None:
        return False
    if q.feature == COUNTRY:
        return place.country == q.country and place.feature != COUNTRY
    return place.admin1_key == q.admin1_key and place.feature != ADM1


def _support(mentions: list[Mention]) -> tuple[Weights, dict[str, dict[str, float]]]:
    """Spatial minimality: for each first-level division, how much the article's names could lie
    in it (a name with candidates in k divisions gives 1/k to each), and each name's own share."""
    total: Weights = defaultdict(float)
    own: dict[str, dict[str, float]] = {}
    for mention in mentions:
        key = name_key(mention.text)
        if key in own or not mention.candidates:
            continue
        divisions = {
            p.admin1_key for p in mention.candidates[:15] if p.admin1_key and p.feature != COUNTRY
        }
        share = 1.0 / len(divisions) if divisions else 0.0
        own[key] = {d: share for d in divisions}
        for division in divisions:
            total[division] += share
    return total, own


def _neighbours(mentions: list[Mention]) -> dict[str, dict[tuple[float, float], float]]:
    """Spatial minimality between towns: for each name and each of its local readings (towns and
    counties), how many of the article's other names have a local reading within
    NEIGHBOUR_KM of it -- each counted by its specificity (1 / its number of local readings), so
    that 'Paris' and 'Henry County' pull each other to Tennessee while 'Washington', found
    everywhere, pulls nowhere. Keyed by name, then by the reading's point."""
    local: dict[str, list[Place]] = {}
    for mention in mentions:
        key = name_key(mention.text)
        if key not in local and mention.candidates:
            if any(p.feature in (COUNTRY, CONTINENT, ADM1) for p in mention.candidates[:5]):
                continue  # "Mexico", "New York": the country or state is meant, not the town
            local[key] = [
                p for p in mention.candidates[:NEIGHBOUR_CANDIDATES] if p.feature in _LOCAL
            ]
    cell = NEIGHBOUR_KM / 111.0
    grid: dict[tuple[int, int], list[tuple[str, float, float, float]]] = defaultdict(list)
    for key, places in local.items():
        for place in places:
            grid[(int(place.lat // cell), int(place.lon // cell))].append(
                (key, place.lat, place.lon, 1.0 / len(places) ** NEIGHBOUR_POWER)
            )
    found: dict[str, dict[tuple[float, float], float]] = {}
    for key, places in local.items():
        for place in places:
            row, col = int(place.lat // cell), int(place.lon // cell)
            near: dict[str, float] = {}
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    for other, lat, lon, weight in grid.get((row + dr, col + dc), ()):
                        if (
                            other != key
                            and weight > near.get(other, 0.0)
                            and gazetteer.distance_km(place.lat, place.lon, lat, lon)
                            <= NEIGHBOUR_KM
                        ):
                            near[other] = weight
            if near:
                found.setdefault(key, {})[(place.lat, place.lon)] = sum(near.values())
    return found


def resolve(
    mention: Mention,
    countries: Weights,
    states: Weights,
    support: dict[str, float] | None = None,
    points: list[tuple[float, float]] | None = None,
    neighbours: dict[tuple[float, float], float] | None = None,
) -> tuple[Place | None, float]:
    """The best candidate of a mention in its article's context, and a confidence in (0, 1)."""
    if not mention.candidates:
        return None, 0.0
    top_country = max(countries.values(), default=0.0)
    top_state = max(states.values(), default=0.0)
    scored: list[tuple[float, Place]] = []
    # a town named after a state or country ("Brazil, Ind.", "California, Md.") is seldom meant
    big_namesake = not mention.town and any(
        p.feature in (COUNTRY, CONTINENT)
        or (
            p.feature == ADM1
            and not p.alias
            and (p.population >= BIG_DIVISION or countries.get(p.country, 0.0) > 0)
        )
        for p in mention.candidates[:40]
    )
    main_country = any(p.feature == COUNTRY and not p.alias for p in mention.candidates[:40])
    curated = mention.candidates[0] if mention.curated else None
    for place in mention.candidates[:40]:
        score = _prior(place, mention)
        if (
            big_namesake
            and place.feature in (CITY, CAPITAL)
            and (place.population < 1_000_000 or place.alias)
            and not (place.feature == CAPITAL and not place.alias and not mention.among_states)
        ):  # a national capital is a big name itself ("Washington"), unless listed among states
            score -= 2.0
        if main_country and place.alias:
            score -= 2.0  # "Sudan" is Sudan, not South Sudan once called so; "Iraq" is not Arak
        if mention.among_states and place.feature == ADM1:
            score += AMONG_STATES_BONUS  # "Mississippi, Missouri and Oregon": states
        if place is curated:
            score += CURATED_BONUS
        if place.country and top_country:
            score += COUNTRY_WEIGHT * countries.get(place.country, 0.0) / top_country
        if place.admin1_key and top_state and place.feature != COUNTRY:
            score += STATE_WEIGHT * states.get(place.admin1_key, 0.0) / top_state
        if mention.qualifier is not None:
            score += 5.0 if _qualified(place, mention) else -2.0
        if support and place.admin1_key and place.feature != COUNTRY:
            score += SUPPORT_WEIGHT * min(support.get(place.admin1_key, 0.0), 3.0)
        if neighbours:
            score += NEIGHBOUR_WEIGHT * min(neighbours.get((place.lat, place.lon), 0.0), 2.0)
        if points and place.feature in (CITY, CAPITAL, ADM2, ADM3):
            near = min(gazetteer.distance_km(place.lat, place.lon, lat, lon) for lat, lon in points)
            score += PROXIMITY_BONUS if near < 100 else PROXIMITY_BONUS / 2 if near < 300 else 0.0
        scored.append((score, place))
    scored.sort(key=lambda s: -s[0])
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else 3.0
    confidence = 1.0 / (1.0 + math.exp(-(margin + 0.5)))
    if best.alias:
        confidence *= 0.9
    return best, round(min(0.99, confidence), 2)


def extract_places(
    doc: Doc, gaz: Gazetteer | None = None, min_population: int = 100_000
) -> list[dict[str, Any]]:
    """Place name mentions with GeoNames ids and coordinates (null where unresolved), in text order.

    Two passes: the first reads each name in the context of the others' likeliest readings; the
    second again, in the context of the first pass's readings and their points (proximity)."""
    gaz = gaz or gazetteer.load()
    mentions = find_mentions(doc, gaz, min_population)
    countries, states, own = _context(mentions, doc, gaz)
    support_total, support_own = _support(mentions)
    neighbours = _neighbours(mentions)
    # one sense per discourse: a name read once is read the same way throughout the article,
    # with the qualifier of any of its mentions ("Paris, Texas ... Paris")
    qualifiers: dict[str, Place] = {}
    groups: dict[tuple[str, str | None], Mention] = {}
    for mention in mentions:
        if mention.qualifier is not None:
            qualifiers.setdefault(name_key(mention.text), mention.qualifier)
    for mention in mentions:
        key = name_key(mention.text)
        if mention.qualifier is None and key in qualifiers:
            mention.qualifier = qualifiers[key]
        groups.setdefault((key, mention.kind), mention)

    def first_pass(key: str, mention: Mention) -> tuple[Place | None, float]:
        mine = own.get(key)
        context = (
            (_minus(countries, mine[0]), _minus(states, mine[1])) if mine else (countries, states)
        )
        mine_support = support_own.get(key, {})
        support = {d: w - mine_support.get(d, 0.0) for d, w in support_total.items()}
        return resolve(mention, *context, support, None, neighbours.get(key))

    readings = {group: first_pass(group[0], mention) for group, mention in groups.items()}
    for _ in range(PASSES if len(readings) > 1 else 0):
        readings = {
            group: _second_pass(
                group, mention, readings, countries, own, support_total, support_own, neighbours
            )
            for group, mention in groups.items()
        }
    return [to_record(m, *readings[(name_key(m.text), m.kind)]) for m in mentions]


def _second_pass(
    group: tuple[str, str | None],
    mention: Mention,
    readings: dict[tuple[str, str | None], tuple[Place | None, float]],
    countries: Weights,
    own: dict[str, tuple[Weights, Weights]],
    support_total: Weights,
    support_own: dict[str, dict[str, float]],
    neighbours: dict[str, dict[tuple[float, float], float]],
) -> tuple[Place | None, float]:
    """Re-read a name given the other names' first readings: their states and countries (by
    confidence), and nearness to the points of the local places among them."""
    states2: Weights = defaultdict(float)
    countries2: Weights = defaultdict(float, countries)
    mine = own.get(group[0])
    if mine:
        countries2 = _minus(countries2, mine[0])
    points: list[tuple[float, float]] = []
    for other, (place, confidence) in readings.items():
        if other[0] == group[0] or place is None:
            continue
        if place.admin1_key and place.feature != COUNTRY:
            states2[place.admin1_key] += confidence
        if place.feature in (CITY, CAPITAL, ADM2, ADM3):
            points.append((place.lat, place.lon))
    mine_support = support_own.get(group[0], {})
    support = {d: w - mine_support.get(d, 0.0) for d, w in support_total.items()}
    return resolve(mention, countries2, states2, support, points, neighbours.get(group[0]))


def to_record(mention: Mention, place: Place | None, confidence: float) -> dict[str, Any]:
    """A contract place record (CONTRACT.md)."""
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "geonames_id": place.geonames_id if place else None,
        "name": place.name if place else None,
        "lat": round(place.lat, 4) if place and place.placed else None,
        "lon": round(place.lon, 4) if place and place.placed else None,
        "country": (place.country or None) if place else None,
        "admin1": (place.admin1 or None) if place else None,
        "feature": place.feature if place else None,
        "confidence": confidence if place else 0.0,
    }


class PlacesComponent:
    def __init__(self, nlp: Language, name: str, min_population: int) -> None:
        self.name = name
        self.min_population = min_population
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:  # at first use: building the pipeline stays fast
            self._gazetteer = gazetteer.load()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = extract_places(doc, self.gazetteer, self.min_population)
        link_entities(extensions.get(doc, "entities"), doc._.places)
        return doc


def link_entities(entities: list[dict[str, Any]], places: list[dict[str, Any]]) -> None:
    """Give each place entity (GPE, LOC, FAC) the GeoNames id and country of what its mentions
    were resolved to in this article ("Athens" with Georgia around it: Athens, Georgia, USA),
    where the entities component left them empty and the reading is confident."""
    # place records come in text order (extract_places)
    resolved = [p for p in places if p["lat"] is not None and p["confidence"] >= LINK_CONFIDENCE]
    starts = [p["start"] for p in resolved]
    by_iso2 = country_table.by_iso2()
    for entity in entities:
        if entity.get("type") not in PLACE_LABELS:
            continue
        votes: Counter[tuple[int | None, str | None]] = Counter()
        for start, end in entity.get("mentions") or []:
            i = bisect.bisect_left(starts, start)
            while i < len(resolved) and resolved[i]["start"] < end:
                votes[(resolved[i]["geonames_id"], resolved[i]["country"])] += 1
                i += 1
        if not votes:
            continue
        (geonames_id, country), _ = votes.most_common(1)[0]
        if entity.get("geonames_id") is None and geonames_id is not None:
            entity["geonames_id"] = geonames_id
        if entity.get("country") is None and country in by_iso2:
            entity["country"] = by_iso2[country].iso3


@Language.factory(
    "dateline_places",
    assigns=["doc._.places"],
    requires=["doc.ents", "doc._.entities"],
    default_config={"min_population": 100_000},
)
def make_places(nlp: Language, name: str, min_population: int) -> PlacesComponent:
    """``min_population``: a city name the NER did not tag as a place is taken as one only from
    this population up (countries, states, continents and alias-table names always are)."""
    extensions.register()
    return PlacesComponent(nlp, name, min_population)
