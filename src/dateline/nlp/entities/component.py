"""The entities component: repaired NER, article-level entities with canonical keys, roles,
countries (ISO alpha-3) and PLOVER sectors, and mentions (names, descriptions, pronouns).

Steps (each a function over the Doc): :func:`repair_ents` fixes the model's domain errors with
the tables (places typed PERSON/ORG, "Defending Ukraine" as a PERSON) and rewrites
``doc.ents``; :func:`extract_entities` groups the names (surnames to full names, spelling
variants, acronyms), adds common-noun actors ("the Russian army", "police"), titles and
descriptions ("the Ukrainian president"), and conservative pronoun links. Key scheme: see
:mod:`dateline.nlp.entities.keys`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from dateline.data import read_toml
from dateline.nlp import extensions
from dateline.nlp.entities.data import (
    Tables,
    is_country_or_place,
    load_identities,
    read_table,
    tables,
)
from dateline.nlp.entities.keys import (
    KIND_OF_TYPE,
    clean_name,
    fold,
    make_key,
    name_skeleton,
    org_core,
    slug,
)
from dateline.nlp.quotes.marks import find_quotes
from dateline.nlp.words import pronouns, title_words

#: the OntoNotes labels that name an entity (CONTRACT.md); DATE, MONEY etc. are not entities
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT")
_WORDS = read_toml("entities/words.toml")
#: honorifics and offices before a name (the shared list, data/common/titles.txt)
TITLE_WORDS = title_words()
#: the pronouns linked to people: third person, masculine or feminine (data/common/pronouns.tsv)
PERSON_PRONOUNS = pronouns(persons="3", genders=("m", "f"))
LOCATIVE_WORDS = frozenset(_WORDS["locative"]["words"])
PLACE_NOUNS = frozenset(_WORDS["place_nouns"]["words"])
COUNTERPART_WORDS = frozenset(_WORDS["counterpart"]["words"])
ACRONYM_STOP_WORDS = frozenset(_WORDS["acronym_stop_words"]["words"])
#: words that make an actor phrase definite ("the president", "its army")
DEFINITE_WORDS = frozenset(_WORDS["definite_determiners"]["words"]) | pronouns(uses="possessive")
#: plural actor nouns that name an organization, not a group of people
COLLECTIVE_ORGS = frozenset(_WORDS["collective_orgs"]["words"])
BEYOND_BORDERS = frozenset(_WORDS["beyond_borders"]["words"])
_CAPITALIZED = re.compile(r"^[A-Z]")
_PAREN_ALIAS = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)")

__all__ = ["ENTITY_TYPES", "EntitiesComponent", "extract_entities", "repair_ents", "slug"]


# -- NER repair ----------------------------------------------------------------------------


def _place_label(span: Span, t: Tables) -> str | None:
    """GPE/LOC when this PERSON/ORG span is really a place name (tables, context), else None."""
    name = clean_name(span.text)
    label = is_country_or_place(name, t)
    if label:
        return label
    if span.label_ == "ORG" and fold(name) in t.cities:
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if before in LOCATIVE_WORDS or after in PLACE_NOUNS:
            return "GPE"
    return None


def repair_ents(doc: Doc, t: Tables | None = None, matcher: PhraseMatcher | None = None) -> list[Span]:
    """The model's entities with domain errors fixed; also sets ``doc.ents`` to them.

    ``matcher``: the component's :func:`table_matcher` (built here when not given)."""
    t = t or tables()
    person_words = {
        tok.lower_
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1 and not is_country_or_place(clean_name(ent.text), t)
        for tok in ent
    }
    pieces: list[Span] = []
    for ent in doc.ents:  # a name never spans a comma or a line break ("Apple Computer, the Beatles")
        start = ent.start
        for tok in ent:
            if tok.text == "," or "\n" in tok.text:
                if tok.i > start:
                    pieces.append(Span(doc, start, tok.i, label=ent.label_))
                start = tok.i + 1
        if start < ent.end:
            pieces.append(Span(doc, start, ent.end, label=ent.label_) if start != ent.start else ent)
    repaired: list[Span] = []
    for ent in pieces:
        first = ent[0]
        if ent.label_ in TIME_LABELS and len(ent) > 1 and first.pos_ == "PROPN" and is_country_or_place(first.text, t):
            # "fired missiles at Kyiv overnight", tagged TIME whole: the place, then the time
            repaired.append(Span(doc, ent.start, ent.start + 1, label="GPE"))
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        span = ent
        if ent.label_ in ("PERSON", "ORG", "NORP", "FAC", "WORK_OF_ART") and len(ent) > 1:
            # "Defending Ukraine": a capitalized verb or common word glued to a name
            first = ent[0]
            if first.pos_ in ("VERB", "AUX", "ADP", "ADV", "PRON", "DET") or first.tag_ in ("VBG", "VBN", "VBD"):
                span = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        name = clean_name(span.text)
        institution = t.institution(name)
        if institution and span.label_ != institution["type"]:
            span = Span(doc, span.start, span.end, label=institution["type"])
        elif span.label_ in ("PERSON", "ORG", "FAC", "NORP") and not (span.label_ == "PERSON" and fold(name) in person_words):
            label = _place_label(span, t)
            if label and not (span.label_ == "NORP" and t.country_of_adjective(name)):
                span = Span(doc, span.start, span.end, label=label)
        elif _speaking_name(span, name, t):
            span = Span(doc, span.start, span.end, label="PERSON")  # '"...," Vassily Nebenzia told the council' (tagged WORK_OF_ART)
        repaired.append(span)
    # place names and institutions the model missed altogether
    for start, end, label in _table_matches(doc, matcher):
        inside = [s for s in repaired if s.start < end and start < s.end]
        if all(start <= s.start and s.end <= end and len(s) < end - start for s in inside):
            # missed, or only a piece of it found ("Islamic" of "Islamic State"): the table's name
            repaired = [s for s in repaired if not any(s is i for i in inside)]
            repaired.append(Span(doc, start, end, label=label))
    repaired.extend(_known_surnames(doc, repaired, t))
    repaired.extend(_acting_places(doc, repaired, t))
    repaired = filter_spans(repaired)
    try:
        doc.ents = repaired
    except ValueError:  # overlapping spans from another component: leave the model's
        return list(doc.ents)
    return list(doc.ents)


def _untagged(doc: Doc, found: list[Span]) -> list[Token]:
    """The tokens outside every name found."""
    taken = {i for span in found for i in range(span.start, span.end)}
    return [tok for tok in doc if tok.i not in taken]


def _known_surnames(doc: Doc, found: list[Span], t: Tables) -> list[Span]:
    """Lone surnames of the people table the model did not tag ("Trump and Putin spoke";
    "Zelenskyy wrote", parsed as a common noun): a noun spelt exactly as a row's surname,
    standing alone (not "the Trump administration", a compound the actor rules read)."""
    return [
        Span(doc, tok.i, tok.i + 1, label="PERSON")
        for tok in _untagged(doc, found)
        if (tok.pos_ in ("PROPN", "NOUN") or tok.dep_ == "nsubj")  # the tagger's verb "Trump levied ...": a subject all the same
        and tok.dep_ != "compound" and len(tok.text) >= 4 and tok.text in t.exact_surnames
    ]


def _acting_places(doc: Doc, found: list[Span], t: Tables) -> list[Span]:
    """A lone country or city name the model left untagged as a clause's subject ("Kyiv rejected
    the demand"): a GPE, as the places tables know it."""
    return [
        Span(doc, tok.i, tok.i + 1, label="GPE")
        for tok in _untagged(doc, found)
        if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass") and not tok.n_lefts and is_country_or_place(tok.text, t) == "GPE"
    ]


#: labels of times and numbers, which the model sometimes stretches over a place name ("Kyiv overnight")
TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})


#: verbs of speaking whose subject is a person or a body, never a work, product or event
SPEAKING_VERBS = frozenset({"say", "tell", "add", "state", "insist", "argue", "warn", "claim", "explain"})


def _speaking_name(span: Span, name: str, t: Tables) -> bool:
    """A two- or three-word capitalized name the model called a work, product, event or place that
    speaks ("Vassily Nebenzia told the council"): a person, unless the tables know it as a place."""
    if span.label_ not in ("WORK_OF_ART", "PRODUCT", "EVENT", "GPE", "LOC") or not 2 <= len(span) <= 3:
        return False
    if not all(tok.is_title for tok in span) or is_country_or_place(name, t) or t.country_of_name(name):
        return False
    return span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in SPEAKING_VERBS


def table_matcher(vocab: Vocab) -> PhraseMatcher:
    """A case-sensitive PhraseMatcher over the places and institutions tables and the names with
    particles of the exact people table (the component
    builds one and keeps it; a call without one builds its own)."""
    matcher = PhraseMatcher(vocab)
    for row in read_table("places.tsv"):
        matcher.add(row["type"], [_make(vocab, row["name"])])
    for row in read_table("institutions.tsv"):
        if not row["phrase"].islower():
            matcher.add("ORG", [_make(vocab, row["phrase"])])  # as spelt: "IS"
        elif row["phrase"][:1].isalpha() and len(row["phrase"]) > 3:
            matcher.add("ORG", [_make(vocab, row["name"])])
        elif row["phrase"].isalnum() and len(row["phrase"]) > 1:
            matcher.add("ORG", [_make(vocab, row["phrase"].upper())])  # an acronym the NER missed: "ICE", "SBU"
    for row in read_table("people_exact.tsv"):
        # "Ursula von der Leyen", "von der Leyen": names with particles the model cuts short ("Ursula von der")
        names = [n for n in [row["name"], *row["aliases"].split("|")] if any(w.islower() for w in n.split())]
        for name in names:
            matcher.add("PERSON", [_make(vocab, name), _make(vocab, name[:1].upper() + name[1:])])
    return matcher


def _table_matches(doc: Doc, matcher: PhraseMatcher | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of the places and institutions tables in the Doc."""
    matcher = matcher if matcher is not None else table_matcher(doc.vocab)
    return [(s, e, doc.vocab.strings[m]) for m, s, e in matcher(doc) if not (e - s == 1 and _shouted(doc[s]))]


def _shouted(token: Token) -> bool:
    """A capitalized word in a run of capitals ("THIS IS WAR"), no acronym."""
    near = [token.nbor(k) for k in (-1, 1) if 0 <= token.i + k < len(token.doc)]
    return token.is_upper and any(n.is_upper and n.is_alpha and len(n) > 1 for n in near)


def _make(vocab: Vocab, text: str) -> Doc:
    words = re.findall(r"\w+(?:[-'.]\w+)*|[^\w\s]", text)
    return Doc(vocab, words=words)


# -- grouping names ------------------------------------------------------------------------


#: the population from which a place called by a name keeps that name as its own
OWN_NAME_POPULATION = 10_000


def _canonical_place(name: str) -> tuple[str, int | None]:
    """A place's name for its key, the same for every spelling (Kiev, Kyiv -> Kyiv), and its
    GeoNames id when the name is unambiguous.

    Only spellings the gazetteer vouches for are rewritten: dateline's alias table, or an
    alternate name whose most populous reading is a large place. Any other name keeps its own
    spelling, so that "Athens" never becomes one place in every article.
    """
    from dateline.nlp.places import gazetteer  # noqa: PLC0415  (loaded once, on first use)

    try:
        candidates = gazetteer.lookup(name)
    except Exception:  # noqa: BLE001 - without a gazetteer, keys stay as written
        return name, None
    if not candidates:
        return name, None
    top = candidates[0]
    # a town of its own under that name ("Pokrovsk", Donetsk oblast) keeps it, whatever larger place
    # once bore it (Engels, formerly Pokrovsk)
    own = any(not c.alias and c.population >= OWN_NAME_POPULATION for c in candidates)
    vouched = gazetteer.load().is_curated(name) or (top.alias and top.population >= 100_000 and not own)
    canonical = top.name if vouched else name
    unique = len(candidates) == 1 or vouched
    return canonical, (top.geonames_id if unique else None)


def _new_entity(entity_type: str, name: str, key: str) -> dict[str, Any]:
    return {
        "id": "", "key": key, "name": name, "type": entity_type, "country": None, "sector": None,
        "role": None, "mentions": [], "wikidata": None, "geonames_id": None,
        "_surfaces": set(), "_first": 10**9,
    }


def _trim_span(span: Span) -> tuple[int, int]:
    """A name's character span without a leading 'the' or a trailing possessive."""
    start, end = span.start_char, span.end_char
    if span[0].lower_ == "the" and len(span) > 1:
        start = span[1].idx
    if span[-1].text in ("'s", "’s", "'", "’") and len(span) > 1:
        end = span[-2].idx + len(span[-2].text)
    return start, end


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w&-]*", name) if w.lower() not in ACRONYM_STOP_WORDS]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def _group_names(doc: Doc, t: Tables, identities: Tables | None) -> list[dict[str, Any]]:
    """Named mentions grouped into entities: persons by surname and spelling, orgs by core name
    and acronym, places by country table or name; mixed types settled by a vote."""
    names: list[tuple[Span, str, str]] = []  # span, cleaned name, label
    for ent in doc.ents:
        if ent.label_ not in ENTITY_TYPES:
            continue
        name = clean_name(ent.text)
        if not slug(name):
            continue
        names.append((ent, name, ent.label_))
    votes, full_person_surnames = _type_votes(names)
    entities: dict[str, dict[str, Any]] = {}
    by_acronym: dict[str, str] = {}
    ordered = sorted(names, key=lambda n: (-len(n[1].split()), n[0].start))
    for ent, name, label in ordered:
        label = _pick_label(name, label, votes, t)
        sk = name_skeleton(name)
        if (
            label in ("ORG", "GPE", "PERSON", "NORP")
            and sk
            and len(name.split()) == 1
            and sk in full_person_surnames
            and not t.country_of_name(name)
            and not t.country_of_adjective(name)
        ):
            label = "PERSON"  # "Jobs" after "Steve Jobs", whatever the model called it
        if label == "PERSON":
            group, key, canonical, info = _person_key(name, sk, full_person_surnames, t, identities)
        elif label in ("GPE", "LOC") or (label == "NORP" and t.country_of_name(name)):
            label, key, canonical, info = _place_key(name, label, t)
            group = key
        elif label == "NORP":
            iso3 = t.country_of_adjective(name)
            canonical, key = name, make_key("norp", name)
            info = {"country": iso3} if iso3 else {}
            group = key
        else:
            label, group, key, canonical, info = _org_key(name, label, t, identities, by_acronym, doc)
        if not key:
            continue
        entity = entities.get(group)
        if entity is None:
            entity = entities[group] = _new_entity(label, canonical, key)
            for field in ("country", "sector", "role", "wikidata", "geonames_id"):
                if info.get(field):
                    entity["_table_" + field] = info[field]
        start, end = _trim_span(ent)
        entity["mentions"].append([start, end])
        entity["_surfaces"].add(name)
        entity["_first"] = min(entity["_first"], start)
    _merge_acronyms(doc, entities, by_acronym)
    _demote_untitled_persons(doc, entities, t)
    return list(entities.values())


def _type_votes(names: list[tuple[Span, str, str]]) -> tuple[dict[str, Counter[str]], dict[str, str]]:
    """The labels each surface form got (the model often labels one name two ways in one
    article), and surname skeleton -> full name skeleton of the names voted PERSON."""
    votes: dict[str, Counter[str]] = {}
    for _ent, name, label in names:
        votes.setdefault(fold(name), Counter())[label] += 1
    full_person_surnames: dict[str, str] = {}
    for _ent, name, _label in names:
        if votes[fold(name)].most_common(1)[0][0] == "PERSON" and len(name.split()) > 1:
            if is_country_or_place(name.split()[-1]):
                continue  # "Trump, Erdogan Ankara will ..." (a subheading run in): Ankara is no surname
            sk = name_skeleton(name)
            if sk:
                full_person_surnames.setdefault(sk.split()[-1], sk)  # "Bashir" after "Omar al-Bashir"
                # ... and by the last word whole: "al-Rufay'i" after "Abdallah Makki Muslih al-Rufay'i"
                full_person_surnames.setdefault(name_skeleton(name.split()[-1]), sk)
    return votes, full_person_surnames


def _pick_label(name: str, label: str, votes: dict[str, Counter[str]], t: Tables) -> str:
    """The label most mentions of this surface form got (ties: the mention's own); a country or
    known place is a GPE whatever the vote, a name of the people table a PERSON rather than an ORG."""
    counts = votes[fold(name)]
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0] == label))[0]
    if best in ("PERSON", "ORG") and (t.country_of_name(name) or is_country_or_place(name, t)):
        return "GPE"
    if best == "ORG" and len(name) >= 4 and not name.isupper() and t.person(name):
        return "PERSON"  # "Trump" tagged ORG: the people table knows the name (not "UN" ~ Kim Jong Un)
    known = name in t.exact_surnames or " " in name and t.person(name) is not None
    if best in ("GPE", "LOC", "NORP") and known and not (is_country_or_place(name, t) or t.country_of_adjective(name)):
        return "PERSON"  # "Zelenskyy called ..." tagged GPE: spelt as the people table spells a name, and no place
    return best


def _person_key(
    name: str, sk: str, full_person_surnames: dict[str, str], t: Tables, identities: Tables | None
) -> tuple[str, str, str, dict[str, Any]]:
    """(group, key, canonical name, table info) of a person's name: the known-people tables
    (the user's identities first), else the fullest name the article gives."""
    full = full_person_surnames.get(sk, sk) if len(name.split()) == 1 else sk
    known = (identities.person(name) if identities else None) or t.person(name)
    if known is None and full != sk:
        known = (identities.people.get(full) if identities else None) or t.people.get(full)
    if known:
        return known["key"], known["key"], known["name"], known
    return "person:" + full, make_key("person", name), name, {}


def _place_key(name: str, label: str, t: Tables) -> tuple[str, str, str, dict[str, Any]]:
    """(label, key, canonical name, info) of a place: a country under its table name, another
    place under the gazetteer's spelling."""
    iso3 = t.country_of_name(name)
    if iso3:
        canonical = t.countries[iso3]["name"]
        return "GPE", make_key("gpe", canonical), canonical, {"country": iso3, "geonames_id": t.countries[iso3]["geonames_id"]}
    canonical, geonames_id = _canonical_place(name)
    return label, make_key(KIND_OF_TYPE[label], canonical), canonical, ({"geonames_id": geonames_id} if geonames_id else {})


#: a word news writers add after a group's name ("the Islamic State group"), and the kinds of
#: group that may stand before it ("the Hamas militant group")
GROUP_WORDS = frozenset({"group", "movement", "militia", "network"})
GROUP_KINDS = frozenset({"militant", "terrorist", "terror", "rebel", "armed", "jihadist", "extremist", "insurgent", "separatist"})


def _org_key(
    name: str, label: str, t: Tables, identities: Tables | None, by_acronym: dict[str, str], doc: Doc | None = None
) -> tuple[str, str, str, str, dict[str, Any]]:
    """(label, group, key, canonical name, info) of an organization (or FAC/EVENT): the
    institutions tables, else the core name; an acronym joins the organization it abbreviates."""
    institution = (identities.institution(name) if identities else None) or t.institution(name)
    words = name.split()
    if institution is None and len(words) > 2 and words[-1].lower() in GROUP_WORDS:
        # "the Islamic State group", "the Hamas militant group": the named group itself
        core = " ".join(words[:-2] if words[-2].lower() in GROUP_KINDS else words[:-1])
        institution = (identities.institution(core) if identities else None) or t.institution(core)
    info: dict[str, Any] = {}
    if institution and doc is not None and (homed := _at_home(institution, doc, t)) is not institution:
        # another country's Senate is another body: its own key ("org:khm-senate")
        institution = {**homed, "key": make_key("org", f"{homed['country'].lower()} {homed['name']}")}
    if institution:
        canonical = institution["name"]
        label = institution.get("type") or label
        info = {"country": institution.get("country") or None, "sector": institution.get("sector") or None}
    else:
        canonical = org_core(name) if label == "ORG" else name
    key = (institution or {}).get("key") or make_key(KIND_OF_TYPE.get(label, "org"), canonical)
    group = key
    if label == "ORG":
        if name.isupper() and len(name) >= 2 and name in by_acronym:
            group = by_acronym[name]
        elif _acronym(canonical):
            by_acronym.setdefault(_acronym(canonical), key)
    return label, group, key, canonical, info


def _merge_acronyms(doc: Doc, entities: dict[str, dict[str, Any]], by_acronym: dict[str, str]) -> None:
    """"Singapore Airlines (SIA)": the parenthesised short form is an alias; an acronym seen
    before its expansion joins it now."""
    text = extensions.doc_text(doc)
    for entity in list(entities.values()):
        if entity["type"] != "ORG":
            continue
        for _s, e in list(entity["mentions"]):
            match = _PAREN_ALIAS.match(text, e)
            if match:
                by_acronym.setdefault(match.group(1), entity["key"])
    for acronym, key in by_acronym.items():
        alone = entities.get(make_key("org", acronym))
        target = next((e for e in entities.values() if e["key"] == key), None)
        if alone is not None and target is not None and alone is not target:
            target["mentions"] += alone["mentions"]
            target["_surfaces"] |= alone["_surfaces"]
            target["_first"] = min(target["_first"], alone["_first"])
            del entities[make_key("org", acronym)]


def _demote_untitled_persons(doc: Doc, entities: dict[str, dict[str, Any]], t: Tables) -> None:
    """A lone one-word "person" with no full name and no title is the model guessing: an ORG."""
    for entity in entities.values():
        if entity["type"] == "PERSON" and not entity.get("_table_country") and all(" " not in s for s in entity["_surfaces"]):
            titled = False
            for s_, _e in entity["mentions"]:
                span = doc.char_span(s_, _e, alignment_mode="expand")
                if span is not None and span.start > 0 and (
                    doc[span.start - 1].lower_.rstrip(".") in TITLE_WORDS or doc[span.start - 1].lower_ in t.roles
                ):
                    titled = True
            if not titled:
                entity["type"] = "ORG"
                entity["key"] = make_key("org", org_core(entity["name"]))


def _propagate(doc: Doc, entities: list[dict[str, Any]]) -> None:
    """Other occurrences of a PERSON/ORG name the model missed, added as mentions."""
    covered = [tuple(m) for e in entities for m in e["mentions"]]
    text = extensions.doc_text(doc)
    bounds = doc.to_array([IDX, LENGTH])  # one array read, not a Token object per token
    starts = set(bounds[:, 0].tolist())
    ends = set((bounds[:, 0] + bounds[:, 1]).tolist())
    for entity in entities:
        if entity["type"] not in ("PERSON", "ORG"):
            continue
        surfaces = {s for s in entity["_surfaces"] if len(s) >= 3 and _CAPITALIZED.match(s)}
        if entity["type"] == "PERSON":
            surfaces |= {s.split()[-1] for s in list(surfaces) if len(s.split()) > 1 and len(s.split()[-1]) >= 3}
        for surface in sorted(surfaces, key=len, reverse=True):
            for match in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", text):
                s, e = match.span()
                if s not in starts or e not in ends:
                    continue
                if any(cs < e and s < ce for cs, ce in covered):
                    continue
                entity["mentions"].append([s, e])
                covered.append((s, e))


# -- roles, countries, sectors of names ----------------------------------------------------


def _phrase_sector(words: list[str], t: Tables) -> tuple[str | None, str | None]:
    """The longest actor noun/role phrase in ``words`` (lower case): (sector, matched phrase)."""
    best: tuple[int, str | None, str | None] = (0, None, None)
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            if j - i <= best[0]:
                break
            phrase = " ".join(words[i:j])
            sector = t.actor_nouns.get(phrase) or (t.roles[phrase][1] if phrase in t.roles else None)
            if sector is None and phrase.endswith("s"):
                sector = t.actor_nouns.get(phrase[:-1])
            if sector:
                best = (j - i, sector, phrase)
    return best[1], best[2]


def _country_in(tokens: list[Token], t: Tables, inside_name: bool = False) -> str | None:
    """The first country named in ``tokens``: a nationality adjective, a country name, or a
    multi-word country entity ("United States")."""
    for tok in tokens:
        iso3 = t.country_of_adjective(tok.text) or (t.country_of_name(tok.text) if inside_name or tok.ent_type_ in ("GPE", "") else None)
        untagged = not tok.ent_type_ and tok.text[:1].isupper() and not tok.is_sent_start  # ("the Kyiv government": ADJ)
        if iso3 is None and (tok.ent_type_ == "GPE" or untagged) and not inside_name:
            iso3 = t.country_of_capital(tok.text)  # "the Kabul administration": the capital's country
        if iso3:
            return iso3
    if tokens:
        # multi-word GPE/NORP entities inside the tokens, read from the IOB tags (building
        # doc.ents makes every entity span anew: too slow for a call per mention)
        doc, last = tokens[0].doc, tokens[-1].i
        for tok in tokens:
            if tok.ent_iob_ != "B" or tok.ent_type_ not in ("GPE", "NORP"):
                continue
            end = tok.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= last + 1:
                ent = doc[tok.i : end]
                iso3 = t.country_of_name(clean_name(ent.text)) or t.country_of_adjective(ent.text)
                if iso3 is None and tok.ent_type_ == "GPE" and not inside_name:
                    iso3 = t.country_of_capital(clean_name(ent.text))  # "the New Delhi government"
                if iso3:
                    return iso3
    return None


def _of_phrase(root: Token, t: Tables) -> str | None:
    """The actor noun the head makes with its "of" phrase ("prisoners of war", "chief of staff")."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    phrase = f"{root.lemma_.lower()} of {obj.lower_}"
                    return phrase if phrase in t.actor_nouns else None
    return None


def _body_in(tokens: list[Token], t: Tables) -> str | None:
    """The country of a body a modifier names ("the U.N. special envoy", "an EU official", "a
    former State Department official": IGO, IGO, USA): the body's own people, not the country
    the phrase goes on to name."""
    body = _body_named(tokens, t)
    return str(body["country"]) if body else None


#: legislatures many countries name alike ("the Senate" of Cambodia, Nigeria, the Philippines; "the
#: Congress" of Brazil, Peru): the institutions table's country (the United States') only when
#: the story is not about another country
HOME_BODIES = frozenset({"Congress", "Senate"})


def _doc_home(doc: Doc, t: Tables) -> str | None:
    """The country most of the Doc's GPE names name (a majority), cached on the Doc."""
    if "dateline_gpe_home" not in doc.user_data:
        counts: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ == "GPE":
                name = clean_name(ent.text)
                iso3 = t.country_of_name(name) or t.country_of_capital(name)
                if iso3:
                    counts[iso3] = counts.get(iso3, 0) + 1
        best = max(counts.items(), key=lambda kv: kv[1]) if counts else None
        doc.user_data["dateline_gpe_home"] = best[0] if best and best[1] * 2 > sum(counts.values()) else None
    return doc.user_data["dateline_gpe_home"]


def _at_home(institution: dict[str, Any], doc: Doc, t: Tables) -> dict[str, Any]:
    """A legislature named alike in many countries, of the story's own country ("Senate head Hun
    Sen" in a story about Cambodia); any other row as it is."""
    home = _doc_home(doc, t) if institution.get("name") in HOME_BODIES else None
    return {**institution, "country": home} if home and home != institution.get("country") else institution


def _body_named(tokens: list[Token], t: Tables) -> dict[str, Any] | None:
    """The institutions-table row of the first body a modifier names that has a country."""
    runs: list[list[Token]] = []
    for tok in tokens:
        if tok.pos_ == "PROPN" or tok.ent_type_ == "ORG":
            if runs and runs[-1][-1].i == tok.i - 1:
                runs[-1].append(tok)
            else:
                runs.append([tok])
    for run in runs:
        for end in range(len(run), 0, -1):  # "U.N. Secretary(-General)": the body, then its title
            institution = t.institution(" ".join(tok.text for tok in run[:end]))
            if institution and institution.get("country"):
                return _at_home(institution, run[0].doc, t)
    return None


def _opening_phrase(name: Token) -> bool:
    """A name in a sentence's opening prepositional phrase ("For Hillary Clinton, Britain's vote
    ..."): what follows its comma is the sentence going on, whatever the parser makes of it."""
    if name.dep_ != "pobj":
        return False
    prep = name.head
    prev = prep.doc[prep.i - 1] if prep.i > 0 else None
    return prev is None or prev.is_space and "\n" in prev.text or prev.text in (".", "!", "?") or prep.is_sent_start


def _person_context(doc: Doc, start: int, end: int, t: Tables) -> dict[str, Any]:
    """Role, country and sector from the words around a person's name: 'Russian President
    Vladimir Putin', 'Ukraine's President ...', 'his French counterpart ...', '..., the
    Ukrainian president,'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return {}
    before: list[Token] = []
    i = span.start - 1
    while i >= 0 and len(before) < 6:
        tok = doc[i]
        if tok.lower_ == "of" and i > 0 and doc[i - 1].lower_ in TITLE_WORDS and doc[i - 1].is_title:
            before.insert(0, tok)  # "U.S. Secretary of State Marco Rubio": the title goes on
            i -= 1
            continue
        if (
            tok.is_punct and tok.text not in ("'s", "’s")
            or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") and tok.ent_type_ not in ("ORG", "NORP", "GPE")
            or tok.lower_ in ("and", "said", "says")
        ):
            break  # (a body's name the tagger took for a verb goes on: "IAEA chief Rafael Grossi")
        if tok.ent_type_ == "PERSON":
            break
        before.insert(0, tok)
        i -= 1
    after: list[Token] = []
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        j = span.end + 1
        # (a hyphen and a participle modifier go on: "founder of the now-shuttered Apple Daily newspaper in Hong Kong")
        while j < len(doc) and len(after) < 14 and (
            not doc[j].is_punct and (doc[j].pos_ not in ("VERB", "AUX") or doc[j].dep_ == "amod")
            or doc[j].text == "-" and doc[j].whitespace_ == ""
        ):
            after.append(doc[j])
            j += 1
        if _opening_phrase(span.root):
            after = []  # "For Hillary Clinton, Britain's uprising ... is": the sentence goes on, no apposition
    result: dict[str, Any] = {}
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].ent_type_ == "GPE" \
            and any(tok.lower_ in TITLE_WORDS for tok in doc[max(0, span.start - 3) : span.start]):
        j = span.end + 1  # "President Vladimir V. Putin of Russia": the country whose office it is
        while j < len(doc) and doc[j].ent_type_ == "GPE" and (j == span.end + 1 or doc[j].ent_iob_ == "I"):
            j += 1
        of_country = _country_in(list(doc[span.end + 1 : j]), t)
        if of_country:
            result["country"] = of_country
    for words in (before, after):
        if not words:
            continue
        lowers = [tok.lower_ for tok in words]
        for n in range(len(lowers)):
            for m in range(len(lowers), n, -1):
                phrase = " ".join(lowers[n:m])
                if phrase in t.roles and "role" not in result:
                    result["role"], result["sector"] = t.roles[phrase]
                if phrase in COUNTERPART_WORDS:
                    result["counterpart"] = True
        body = _body_named(words, t)
        iso3 = _country_in(words, t) or (str(body["country"]) if body else None)  # "IAEA chief Rafael Grossi": the body's
        if iso3 and "country" not in result:
            result["country"] = iso3
        if result.get("sector") == "BUS" and body and body.get("sector") and body["sector"] != "BUS":
            result["sector"] = body["sector"]  # "UNICEF's executive director": of a U.N. agency, not a business
        group = _group_named(words, t)
        if group is not None:  # "a senior al-Shabab leader": the armed group's, not a government's
            result["sector"] = group["sector"]
            result.setdefault("country", group.get("country"))
        if "sector" not in result:
            sector, _ = _phrase_sector(lowers, t)
            if sector and sector not in ("UNK",):
                result["sector"] = sector
        if result:
            break
    return result


def _org_context(name: str, doc: Doc, start: int, end: int, t: Tables) -> dict[str, Any]:
    span = doc.char_span(start, end, alignment_mode="expand")
    result: dict[str, Any] = {}
    if span is None:
        return result
    words = [tok.lower_ for tok in span if tok.lower_ not in ("the",)]
    sector, _ = _phrase_sector(words, t)
    if sector:
        result["sector"] = sector
    iso3 = _country_in(list(span), t, inside_name=True)
    if iso3:
        result["country"] = iso3
    return result


# -- common-noun actors and descriptions ---------------------------------------------------


def _noun_chunks(doc: Doc) -> list[Span]:
    try:
        return list(doc.noun_chunks)
    except ValueError:  # no parse (a blank pipeline): no common-noun actors
        return []


#: parts of speech that never open an actor phrase, and prepositions the tagger may call ADJ
_NOT_IN_A_NAME = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "PART", "PUNCT", "INTJ"})
_PREPOSITIONS = frozenset(_WORDS["prepositions"]["words"])


def _actor_phrases(doc: Doc, t: Tables, named_tokens: set[int]) -> list[dict[str, Any]]:
    """Common-noun actor phrases ("the Russian army", "police", "Israeli troops") with country
    and sector; role descriptions ("the Ukrainian president") marked for resolution."""
    found = []
    for chunk in _noun_chunks(doc):
        root = chunk.root
        start = chunk.start  # the model sometimes folds a preposition in ("outside parliament")
        while start < root.i and (doc[start].pos_ in _NOT_IN_A_NAME or doc[start].lower_ in _PREPOSITIONS):
            start += 1
        chunk = doc[start : chunk.end]
        if root.i in named_tokens or root.pos_ == "PRON" or root.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            continue
        tokens = [tok for tok in chunk if tok.i <= root.i]
        words = [tok.lower_ for tok in tokens]
        lemma_words = words[:-1] + [root.lemma_.lower()]
        phrase = None
        for k in range(len(words)):
            for candidate in (" ".join(words[k:]), " ".join(lemma_words[k:])):
                candidate = candidate.replace(" - ", "-")  # "secretary - general": one hyphenated title, not "general"
                if candidate in t.roles or candidate in t.actor_nouns:
                    phrase = candidate
                    break
            if phrase:
                break
        if not phrase:
            continue
        if phrase in t.roles and not any(
            tok.lower_ in DEFINITE_WORDS or tok.dep_ == "poss" or tok.ent_type_ in ("NORP", "GPE") for tok in tokens
        ):
            continue  # a bare role word ("justice") is not a description of anyone
        country = _country_in(tokens, t) or _body_in(tokens[:-1], t)
        if not country:  # "the army of Ukraine", "the leader of Afghanistan's Taliban", "a spokesman for Afghan President Ghani",
            for child in root.rights:  # "delegations from Armenia and Azerbaijan"
                if child.lower_ in ("of", "for", "from"):
                    objects = [g for g in child.children if g.dep_ == "pobj"]
                    if objects:
                        country = _country_in(list(objects[0].subtree), t) or _body_in(list(objects[0].subtree), t)
                    break
        role = t.roles.get(phrase)
        sector = role[1] if role else t.actor_nouns.get(phrase)
        of_phrase = _of_phrase(root, t)  # "prisoners of war" (MIL), not "prisoners" (CRM)
        if role is None and of_phrase is not None:
            sector = t.actor_nouns[of_phrase]
        if role is None and root.lemma_.lower() in t.roles and root.tag_ == "NN" and t.roles[root.lemma_.lower()][1] == sector:
            role = (t.roles[root.lemma_.lower()][0], sector)  # "the U.N. special envoy": an envoy, of the phrase's sector
        group = _group_named(tokens[:-1], t)
        if group is not None:  # "the Islamic State group's senior leaders": the group's own side
            country, sector = group.get("country") or country, group.get("sector") or sector
        definite = any(tok.lower_ in DEFINITE_WORDS or tok.tag_ == "POS" or tok.dep_ == "poss" for tok in tokens)
        found.append(
            {
                "span": chunk, "phrase": phrase, "country": country, "sector": sector,
                "role": role[0] if role else None, "definite": definite,
                "plural": root.tag_ in ("NNS", "NNPS"),
            }
        )
    return found


#: sectors of groups whose members and leaders are coded as the group ("an IS commander" = IMG REB)
_MEMBER_SECTORS = frozenset({"REB", "UAF", "INS", "PTY"})


def _group_named(tokens: list[Token], t: Tables) -> dict[str, str] | None:
    """An armed group or party from the institutions table named inside a phrase's modifiers
    ("the Islamic State terror group's leaders", "Taliban fighters"), longest name first."""
    n = len(tokens)
    for size in range(min(n, 6), 0, -1):
        for i in range(n - size + 1):
            found = t.institution("".join(tok.text_with_ws for tok in tokens[i : i + size]).strip())  # "al-Shabab" whole
            if found is not None and found.get("sector") in _MEMBER_SECTORS:
                return found
    return None


# -- pronouns ------------------------------------------------------------------------------


def _resolve_pronouns(doc: Doc, entities: list[dict[str, Any]]) -> None:
    """he/she/his/her -> the most plausible preceding PERSON: in the same sentence before the
    pronoun, else the previous sentence's subject (else its only person), a pronoun resolved before
    counting as its person's mention. Unclear: left alone."""
    if not doc.has_annotation("DEP") or not doc.has_annotation("SENT_START"):
        return
    people = [e for e in entities if e["type"] == "PERSON"]
    if not people:
        return
    person_at: list[tuple[int, int, dict[str, Any]]] = sorted((m[0], m[1], e) for e in people for m in e["mentions"])
    quoted = [q for q in find_quotes(doc.text) if q.closed]
    sentences = list(doc.sents)
    sent_index = {}
    for n, sent in enumerate(sentences):
        sent_index[sent.start] = n

    def inside(at: int) -> bool:
        return any(q.start < at < q.end for q in quoted)

    def mentions_in(s_start: int, s_end: int, outside: bool = False) -> list[tuple[int, int, dict[str, Any]]]:
        # a pronoun outside quotation marks is the narrator's: the people quoted speakers name are not its antecedents
        return [m for m in person_at if s_start <= m[0] < s_end and not (outside and inside(m[0]))]

    def is_subject(start: int) -> bool:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        return span is not None and any(tok.dep_ in ("nsubj", "nsubjpass") for tok in span.root.subtree if tok.idx >= start) or (
            span is not None and span.root.head.dep_ in ("nsubj", "nsubjpass")
        )

    added: list[tuple[dict[str, Any], list[int]]] = []
    for n, sent in enumerate(sentences):
        for tok in sent:
            if tok.lower_ not in PERSON_PRONOUNS or tok.pos_ not in ("PRON", "DET"):
                continue
            outside = not inside(tok.idx)
            # '"He's killing a lot of people," Trump said': a third person in a quote is not who says it
            speakers = set() if outside else {id(m[2]) for m in mentions_in(sent.start_char, sent.end_char, True)}
            candidates = [m for m in mentions_in(sent.start_char, tok.idx, outside) if m[1] <= tok.idx and id(m[2]) not in speakers]
            bound = _own_subject(tok)  # "senators led by Risch sent a letter to Rubio, urging him": not Risch
            if bound is not None:
                candidates = [m for m in candidates if not bound[0] <= m[0] < bound[1]]
            target = None
            if candidates:
                subjects = [m for m in candidates if is_subject(m[0])]
                distinct = {id(m[2]) for m in candidates}
                subjects = _own_clause_first(doc, subjects, tok)
                target = (subjects[0] if subjects else candidates[-1])[2] if len(distinct) == 1 or subjects else None
            else:
                for back in range(n - 1, max(-1, n - 4), -1):
                    previous = sentences[back]
                    candidates = [m for m in mentions_in(previous.start_char, previous.end_char, outside) if id(m[2]) not in speakers]
                    if not candidates:
                        continue
                    subjects = [m for m in candidates if is_subject(m[0])]
                    distinct = {id(m[2]) for m in candidates}
                    if subjects:
                        target = subjects[0][2]
                    elif len(distinct) == 1:
                        target = candidates[-1][2]
                    break
            if target is not None:
                added.append((target, [tok.idx, tok.idx + len(tok.text)]))
                # a chain: "Russell said ... She said ... 'Four were babies,' she said. While she demanded ..."
                bisect.insort(person_at, (tok.idx, tok.idx + len(tok.text), target), key=lambda m: (m[0], m[1]))
    for entity, mention in added:
        entity["mentions"].append(mention)


def _own_subject(pronoun: Token) -> tuple[int, int] | None:
    """The characters of the subject of an object pronoun's own clause ("X urged him", "senators
    ... sent a letter, urging him"), which "him" or "her" cannot stand for."""
    if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            first, last = subjects[0].left_edge, subjects[0].right_edge
            return first.idx, last.idx + len(last.text)
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _own_clause_first(doc: Doc, subjects: list[tuple[int, int, dict[str, Any]]], pronoun: Token) -> list[tuple[int, int, dict[str, Any]]]:
    """Subjects ordered so that the one of the pronoun's own clause comes first ("Blinken said
    Berisha had used power for his own benefit": his = Berisha), then the others in text order."""
    def depth(mention: tuple[int, int, dict[str, Any]]) -> int:
        span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
        verb = span.root.head if span is not None else None
        if verb is None or verb.dep_ == "ROOT" or not (verb.left_edge.i <= pronoun.i <= verb.right_edge.i):
            return 0
        return sum(1 for _ in verb.ancestors)

    depths = [depth(m) for m in subjects]
    deepest = max(depths, default=0)
    if deepest == 0:
        return subjects
    pairs = list(zip(subjects, depths, strict=True))
    return [m for m, d in pairs if d == deepest] + [m for m, d in pairs if d != deepest]


# -- the whole analysis --------------------------------------------------------------------


#: sectors of state bodies: one named without its country belongs to the article's country
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


def _home_country(entities: list[dict[str, Any]]) -> str | None:
    """The country the article is about: the one whose GPE mentions are a clear majority."""
    counts: dict[str, int] = {}
    for entity in entities:
        if entity["type"] == "GPE" and entity.get("country"):
            counts[entity["country"]] = counts.get(entity["country"], 0) + len(entity["mentions"])
    if not counts:
        return None
    country, n = max(counts.items(), key=lambda kv: kv[1])
    return country if n * 2 > sum(counts.values()) else None


def extract_entities(
    doc: Doc, identities: Tables | None = None, repair: bool = True, pronouns: bool = True, matcher: PhraseMatcher | None = None
) -> list[dict[str, Any]]:
    """Contract entity records for a Doc (see the module docstring for the steps)."""
    t = tables()
    if repair and doc.has_annotation("ENT_IOB"):
        repair_ents(doc, t, matcher)
    entities = _group_names(doc, t, identities)
    _propagate(doc, entities)
    _add_context(doc, entities, t)
    norp_inside = _add_actors(doc, entities, t)
    _drop_inner_nationalities(entities, norp_inside)
    entities = [e for e in entities if e["mentions"]]
    if pronouns:
        _resolve_pronouns(doc, entities)
    _add_offices_held(doc, entities, t)
    _add_leaders_bodies(doc, entities)
    return _records(entities)


def _add_leaders_bodies(doc: Doc, entities: list[dict[str, Any]]) -> None:
    """"his administration", "her government": the body of the person the pronoun stands for, so
    that person's country (not the article's, which a body named without one otherwise takes)."""
    person_at = {m[0]: e for e in entities if e["type"] == "PERSON" and e["country"] for m in e["mentions"]}
    for entity in entities:
        if entity["type"] != "ORG" or entity["sector"] not in STATE_SECTORS:
            continue
        for start, _end in entity["mentions"]:
            first = doc.char_span(start, start + 1, alignment_mode="expand")
            leader = person_at.get(start) if first is not None and first[0].lower_ in {"his", "her"} else None
            if leader is not None:
                entity["country"] = leader["country"]
                break


def _add_offices_held(doc: Doc, entities: list[dict[str, Any]], t: Tables) -> None:
    """A person the article never names with a country, but says held an office of one ("during
    his term as prime minister of Albania", "Berisha served as Albanian president"): that
    country, and the office's sector and role where the person has none."""
    by_start = {m[0]: e for e in entities if e["type"] == "PERSON" and not e["country"] for m in e["mentions"]}
    if not by_start:
        return
    for tok in doc:
        if tok.lower_ != "as" or tok.dep_ != "prep":
            continue
        office = next((c for c in tok.children if c.dep_ == "pobj"), None)
        holder = tok.head
        owner = (
            next((c for c in holder.children if c.dep_ == "poss"), None) if holder.pos_ == "NOUN"
            else next((c for c in holder.children if c.dep_ == "nsubj"), None) if holder.pos_ in {"VERB", "AUX"}
            else None
        )
        if office is None or owner is None:
            continue
        entity = by_start.get(doc[owner.left_edge.i].idx) or by_start.get(owner.idx)
        words = [w.lower_ for w in office.subtree if w.pos_ in {"NOUN", "ADJ"} and not w.ent_type_]
        sector, phrase = _phrase_sector(words, t)
        country = _country_in(list(office.subtree), t)
        if entity is None or not country or phrase not in t.roles:
            continue
        entity["country"] = country
        entity["sector"] = entity["sector"] or sector
        entity["role"] = entity["role"] or t.roles[phrase][0]


def _add_context(doc: Doc, entities: list[dict[str, Any]], t: Tables) -> None:
    """Country, sector and role of each entity from the words around its mentions, else from the
    tables; "his French counterpart Emmanuel Macron" takes the office of the other leader."""
    for entity in entities:
        context: dict[str, Any] = {}
        for start, end in sorted(entity["mentions"]):
            found = (
                _person_context(doc, start, end, t) if entity["type"] == "PERSON"
                else _org_context(entity["name"], doc, start, end, t) if entity["type"] == "ORG"
                else {}
            )
            for field, value in found.items():
                context.setdefault(field, value)
        entity["_context"] = context
        for field in ("country", "sector", "role"):
            # a table row names this very entity (its country and sector win over the words
            # around a mention: "Islamic State" is an armed group, not a religious body)
            table = entity.get("_table_" + field)
            value = (table or context.get(field)) if field != "role" else (context.get(field) or table)
            if value and not entity[field]:
                entity[field] = value
        for field in ("wikidata", "geonames_id"):
            if entity.get("_table_" + field):
                entity[field] = entity["_table_" + field]
    # the Taliban: an insurgency before August 2021, the de facto government since (sector_eras.tsv)
    date = extensions.publication_date(doc)
    for entity in entities:
        era = t.sector_eras.get(fold(entity["name"]))
        if era is not None and not entity["sector"] and date:
            entity["sector"] = era[1] if str(date) < era[0] else era[2]
    # "his French counterpart Emmanuel Macron": the same office as the other leader in the sentence
    for entity in entities:
        if entity["_context"].get("counterpart") and (not entity["role"] or not entity["sector"]):
            for other in entities:
                if other is not entity and other["type"] == "PERSON" and other["role"] and _same_sentence(doc, other, entity):
                    entity["role"] = entity["role"] or other["role"]
                    entity["sector"] = entity["sector"] or other["sector"]
                    break


def _add_actors(doc: Doc, entities: list[dict[str, Any]], t: Tables) -> list[tuple[int, int]]:
    """Common-noun actors and descriptions added as mentions of a named person or as entities of
    their own; returns the spans of the actor phrases added (for _drop_inner_nationalities)."""
    named_tokens = {tok.i for ent in doc.ents if ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC") for tok in ent}
    covered = [(m[0], m[1]) for e in entities for m in e["mentions"]]
    norp_inside: list[tuple[int, int]] = []
    home = _home_country(entities)
    for actor in _actor_phrases(doc, t, named_tokens):
        span: Span = actor["span"]
        # "the Biden administration"; "the first Trump administration" (a name the model did not tag, the people table knows)
        led_by = [
            tok for tok in span
            if tok.i < span.root.i and (tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and t.person(tok.text))
        ] if span.root.pos_ == "NOUN" else []
        if actor["country"] is None and led_by:
            # "the Biden administration", "the Netanyahu government": the leader's country
            actor["country"] = _leader_country(led_by, entities, t)
        many = any(tok.lower_ in BEYOND_BORDERS for tok in span if tok.i < span.root.i)  # "European leaders"
        if actor["country"] is None and not led_by and _attach_to_named_body(span, actor, entities):
            covered.append((span.start_char, span.end_char))
            continue
        if actor["country"] is None and actor["sector"] in STATE_SECTORS and home and not many and not led_by:
            # "the parliament", "police": a state body with no country named is the article's own
            # (not a body named after a leader the article does not place: "the Clinton administration")
            actor["country"] = home
        start, end = span.start_char, span.end_char
        if any(cs <= start and end <= ce for cs, ce in covered):
            continue
        if (
            _attach_to_person(doc, span, actor, entities)
            or _attach_to_appositive(span, actor, entities)
            or _attach_to_holder(actor, entities, start, end)
            or _attach_to_neighbour(doc, span, actor, entities)
        ):
            covered.append((start, end))
            continue
        existing = _actor_entity(span, actor, entities)
        existing["mentions"].append([start, end])
        existing["_first"] = min(existing["_first"], start)
        covered.append((start, end))
        norp_inside.append((start, end))
    return norp_inside


def _leader_country(names: list[Token], entities: list[dict[str, Any]], t: Tables) -> str | None:
    """The country of the person a body is named after ("the Biden administration"): a person of
    the article with that name, else one of the people table; None when neither knows."""
    words = {tok.text for tok in names}
    for entity in entities:
        if entity["type"] == "PERSON" and entity.get("country") and words & set(str(entity["name"]).split()):
            return entity["country"]
    for tok in names:
        row = t.person(tok.text)
        if row and row.get("country"):
            return row["country"]
    return None


def _named_body(tokens: list[Token], entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The body named earlier whose name has every noun of a definite description ("the court",
    "the appeals court" after "the International Court of Justice", "the 11th U.S. Circuit Court of
    Appeals"), the latest one; None when none has."""
    nouns = {fold(tok.text) for tok in tokens if tok.pos_ in ("NOUN", "PROPN")}
    if not nouns or not any(tok.lower_ in DEFINITE_WORDS for tok in tokens):
        return None
    start = tokens[0].idx
    doc = tokens[0].doc

    def words(entity: dict[str, Any]) -> set[str]:
        # its name's, and those of the phrase each earlier mention heads ("the 11th U.S. Circuit Court of Appeals")
        found = {fold(w) for w in re.findall(r"[\w.]+", str(entity["name"]))}
        for m in entity["mentions"]:
            span = doc.char_span(m[0], m[1], alignment_mode="expand") if m[0] < start else None
            if span is not None:
                found |= {fold(t.text) for c in span.root.rights if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
        return found

    bodies = [
        (max(m[0] for m in e["mentions"] if m[0] < start), e) for e in entities
        if e["type"] == "ORG" and e.get("country") and any(w[:1].isupper() for w in str(e["name"]).split())  # named, not "the court"
        and any(m[0] < start for m in e["mentions"]) and nouns <= words(e)
    ]
    return max(bodies, key=lambda b: b[0])[1] if bodies else None


def _attach_to_named_body(span: Span, actor: dict[str, Any], entities: list[dict[str, Any]]) -> bool:
    """"the court" after "the International Court of Justice": a mention of that body, whose
    country it has, not the story's ("The court's president": the court's own, its sector too)."""
    if actor["plural"]:
        return False
    owner = next((c for c in span.root.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is not None:
        body = _named_body(list(owner.subtree), entities)
        if body is not None:
            actor["country"] = body["country"]
            actor["sector"] = body.get("sector") or actor["sector"]
        return False  # (a person of the body, an entity of its own)
    tokens = [tok for tok in span if tok.i <= span.root.i]
    if not actor["definite"] or span.root.pos_ != "NOUN":
        return False
    body = _named_body(tokens, entities)
    if body is None:
        return False
    body["mentions"].append([span.start_char, span.end_char])
    return True


def _attach_to_person(doc: Doc, span: Span, actor: dict[str, Any], entities: list[dict[str, Any]]) -> bool:
    """"Ukrainian President Volodymyr Zelensky": the phrase is a mention of the name right after it."""
    following = doc[span.end] if span.end < len(doc) else None
    if following is None or following.ent_type_ != "PERSON" or following.ent_iob_ != "B":
        return False
    owner = next((e for e in entities if e["type"] == "PERSON" and any(m[0] == following.idx for m in e["mentions"])), None)
    if owner is None:
        return False
    owner["mentions"].append([span.start_char, span.end_char])
    owner["country"] = owner["country"] or actor["country"]
    owner["sector"] = owner["sector"] or actor["sector"]
    return True


def _attach_to_appositive(span: Span, actor: dict[str, Any], entities: list[dict[str, Any]]) -> bool:
    """"Evans Revere, a former State Department official,": a description in apposition to a
    name is a mention of that person, who takes what the name lacked (country, sector, role)."""
    root = span.root
    if root.dep_ != "appos" or actor["plural"]:
        return False
    named = root.head
    if _opening_phrase(named):
        return False  # "For Hillary Clinton, Britain's uprising against the EU is ...": no description of her
    owner = next((
        e for e in entities
        if e["type"] == "PERSON" and any(m[0] <= named.idx < m[1] for m in e["mentions"])
    ), None)
    if owner is None:
        return False
    owner["mentions"].append([span.start_char, span.end_char])
    for field in ("country", "sector", "role"):
        owner[field] = owner[field] or actor[field]
    return True


def _attach_to_holder(actor: dict[str, Any], entities: list[dict[str, Any]], start: int, end: int) -> bool:
    """A definite description ("the Ukrainian president"): a mention of the one person in the
    article holding this role (and country), when there is exactly one."""
    if not (actor["role"] and actor["definite"]):
        return False
    holders = [
        e for e in entities
        if e["type"] == "PERSON" and e["role"] and fold(e["role"]).endswith(fold(actor["role"]))
        and (actor["country"] is None or e["country"] == actor["country"])
    ]
    if len({e["key"] for e in holders}) != 1:
        return False
    holders[0]["mentions"].append([start, end])
    return True


def _attach_to_neighbour(doc: Doc, span: Span, actor: dict[str, Any], entities: list[dict[str, Any]]) -> bool:
    """A definite description next to a name the article says nothing else of ("Russia's envoy
    again dismissed the accusations. 'This is false,' Vassily Nebenzia told the council"; "...,
    said Mawlawi Hibatullah Akhundzada. The Taliban chief was referring to ..."): news introduces
    a person by name and by description in neighbouring sentences, each the subject of its own.
    A mention of that person when exactly one such name (no country, no role known, first named
    as a subject) is first named in the description's sentence or the sentences either side;
    the name takes the description's country, sector and role."""
    if not (actor["role"] and actor["definite"] and not actor["plural"]) or not doc.has_annotation("SENT_START"):
        return False
    if span.root.dep_ not in SUBJECTS:
        return False
    sent = span.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    after = doc[sent.end].sent if sent.end < len(doc) else sent
    lo, hi = before.start_char, after.end_char
    unknown = [
        e for e in entities
        if e["type"] == "PERSON" and not e["country"] and not e["role"] and not e["key"].startswith("role:")
        and lo <= min(m[0] for m in e["mentions"]) < hi and _named_as_subject(doc, min(e["mentions"]))
    ]
    if len(unknown) != 1:
        return False
    person = unknown[0]
    person["mentions"].append([span.start_char, span.end_char])
    person["country"], person["sector"], person["role"] = actor["country"], person["sector"] or actor["sector"], actor["role"]
    return True


SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _named_as_subject(doc: Doc, mention: list[int]) -> bool:
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ in SUBJECTS


def _actor_entity(span: Span, actor: dict[str, Any], entities: list[dict[str, Any]]) -> dict[str, Any]:
    """The entity of an actor phrase (role:, org: or norp: key with its country), made if new."""
    if actor["role"]:
        entity_type = "PERSON"
        key = f"role:{actor['country'].lower() + '-' if actor['country'] else ''}{slug(actor['role'])}"
    else:
        entity_type = "NORP" if actor["plural"] and actor["phrase"] not in COLLECTIVE_ORGS else "ORG"
        key = f"{entity_type.lower()}:{actor['country'].lower() + '-' if actor['country'] else ''}{slug(actor['phrase'])}"
    existing = next((e for e in entities if e["key"] == key), None)
    if existing is None:
        existing = _new_entity(entity_type, clean_name(span.text), key)
        existing.update({"country": actor["country"], "sector": actor["sector"], "role": actor["role"], "_context": {}})
        entities.append(existing)
    return existing


def _drop_inner_nationalities(entities: list[dict[str, Any]], norp_inside: list[tuple[int, int]]) -> None:
    """A nationality word inside an actor phrase is part of that actor, not an entity of its own."""
    containers = [(m[0], m[1]) for e in entities if e["type"] != "NORP" for m in e["mentions"]] + norp_inside
    for entity in entities:
        if entity["type"] == "NORP" and entity["key"].startswith("norp:"):
            entity["mentions"] = [
                m for m in entity["mentions"] if not any(s <= m[0] and m[1] <= e and (s, e) != tuple(m) for s, e in containers)
            ]


def _records(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The contract records, in order of first mention, with ids e1, e2, ..."""
    records = []
    for entity in sorted(entities, key=lambda e: min(m[0] for m in e["mentions"])):
        mentions = sorted({(int(s), int(e)) for s, e in entity["mentions"]})
        records.append(
            {
                "id": f"e{len(records) + 1}", "key": entity["key"], "name": entity["name"], "type": entity["type"],
                "country": entity["country"], "sector": entity["sector"], "role": entity["role"],
                "mentions": [list(m) for m in mentions], "wikidata": entity["wikidata"], "geonames_id": entity["geonames_id"],
            }
        )
    return records


def _same_sentence(doc: Doc, a: dict[str, Any], b: dict[str, Any]) -> bool:
    if not doc.has_annotation("SENT_START"):
        return True
    for sa, _ in a["mentions"]:
        for sb, _ in b["mentions"]:
            ta, tb = doc.char_span(sa, sa + 1, alignment_mode="expand"), doc.char_span(sb, sb + 1, alignment_mode="expand")
            if ta is not None and tb is not None and ta[0].sent.start == tb[0].sent.start:
                return True
    return False


class EntitiesComponent:
    def __init__(self, nlp: Language, name: str, identities: str = "", repair: bool = True, pronouns: bool = True) -> None:
        self.name = name
        self.repair = repair
        self.pronouns = pronouns
        self.identities: Tables | None = None
        if identities:
            self.identities = Tables()
            rows = load_identities(identities)
            self.identities.add_people([r for r in rows if (r.get("type") or "PERSON") == "PERSON" or r["key"].startswith("person:")])
            for row in rows:
                if not row["key"].startswith("person:"):
                    for alias in [row["name"], *row["aliases"]]:
                        self.identities.institutions[fold(alias)] = {**row, "type": row.get("type") or "ORG"}
        tables()  # load the tables now, not on the first article
        self.matcher = table_matcher(nlp.vocab)  # held by the component, built once

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = extract_entities(doc, self.identities, self.repair, self.pronouns, self.matcher)
        return doc


@Language.factory(
    "dateline_entities",
    assigns=["doc._.entities", "doc.ents"],
    requires=["doc.ents"],
    default_config={"identities": "", "repair": True, "pronouns": True},
)
def make_entities(nlp: Language, name: str, identities: str, repair: bool, pronouns: bool) -> EntitiesComponent:
    """identities: an optional CSV/JSONL file pinning canonical identities (key, name, aliases,
    country, sector, wikidata); repair: fix the model's NER; pronouns: link he/she to people."""
    extensions.register()
    return EntitiesComponent(nlp, name, identities, repair, pronouns)
