"""The one country table (src/dateline/data/countries/countries.tsv), loaded once.

A library module, not a component: the entities, places (gazetteer) and events components each
read what they need from it::

    from dateline.nlp import country_table
    country_table.by_iso3()["UKR"].demonyms  # ('Ukrainian', 'Ukrainians')

Each row holds ISO 3166-1 alpha-2 and alpha-3 codes, the GeoNames id and English name, aliases,
demonyms/adjectives and capital metonyms ("Moscow said"); rows of kind ``non-state`` hold PLOVER's
non-state actors (code in ``iso3``: IGO, UNO, EUR, NGO).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PATH", "Country", "by_iso2", "by_iso3", "countries", "digest", "non_state", "rows"]

#: the table (a plain path: data/ is package data, not an importable package)
PATH = Path(__file__).resolve().parent.parent / "data" / "countries" / "countries.tsv"

_COLUMNS = ("iso2", "iso3", "geonames_id", "name", "aliases", "demonyms", "metonyms", "kind")


@dataclass(frozen=True)
class Country:
    iso2: str  # '' for a non-state row
    iso3: str  # ISO 3166-1 alpha-3, or the PLOVER code of a non-state row
    geonames_id: int | None
    name: str  # GeoNames' English name, spelled exactly as there
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]  # nationality adjectives and demonyms, singular and plural
    metonyms: tuple[str, ...]  # capitals and seats of government standing for the state
    kind: str  # 'country' or 'non-state'


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


@functools.lru_cache(maxsize=1)
def rows() -> tuple[Country, ...]:
    """Every row of the table, in file order ('#' lines are comments; the first other line is the header)."""
    lines = [line for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    if tuple(header) != _COLUMNS:
        raise ValueError(f"{PATH}: header {header} is not {list(_COLUMNS)}")
    out = []
    for line in lines[1:]:
        values = dict(zip(_COLUMNS, line.split("\t") + [""] * len(_COLUMNS), strict=False))
        out.append(
            Country(
                iso2=values["iso2"].strip(),
                iso3=values["iso3"].strip(),
                geonames_id=int(values["geonames_id"]) if values["geonames_id"].strip() else None,
                name=values["name"],  # not stripped: GeoNames' own spelling
                aliases=_split(values["aliases"]),
                demonyms=_split(values["demonyms"]),
                metonyms=_split(values["metonyms"]),
                kind=values["kind"].strip() or "country",
            )
        )
    return tuple(out)


@functools.lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The ISO 3166-1 countries (rows of kind 'country')."""
    return tuple(r for r in rows() if r.kind == "country")


@functools.lru_cache(maxsize=1)
def non_state() -> tuple[Country, ...]:
    """PLOVER's non-state actors (IGO, UNO, EUR, NGO), one row per organisation."""
    return tuple(r for r in rows() if r.kind != "country")


@functools.lru_cache(maxsize=1)
def by_iso3() -> dict[str, Country]:
    return {c.iso3: c for c in countries()}


@functools.lru_cache(maxsize=1)
def by_iso2() -> dict[str, Country]:
    return {c.iso2: c for c in countries() if c.iso2}


def digest() -> str:
    """A short hash of the table's bytes (for caches built from it)."""
    return hashlib.sha1(PATH.read_bytes()).hexdigest()[:12]
