"""Word lists shared by several components: title words, pronouns, number words.

One list each, read through :mod:`dateline.data`: ``common/titles.txt`` (honorifics, ranks and
offices: "Mr", "Gen.", "president", "spokeswoman"), ``common/pronouns.tsv`` (each pronoun with its
person, gender, number and use) and the ``[numbers]`` of ``times/en.toml`` (spelled-out numbers and
their values). A component asks for the slice it needs::

    title_words()                                   # {"mr", "gen", "president", ...}
    pronouns(persons="3", genders=("m", "f"))       # {"he", "him", "his", "himself", "she", ...}
    pronouns(uses="relative")                       # {"who", "whom", "which", "that"}
    cardinals(1, 10)                                # ["one", "two", ..., "ten"]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from dateline.data import read_toml, read_tsv, read_words

__all__ = ["cardinals", "pronouns", "title_words"]

TITLES = "common/titles.txt"
PRONOUNS = "common/pronouns.tsv"
NUMBERS = "times/en.toml"


def title_words() -> frozenset[str]:
    """Lower-case title words (abbreviations without their full stop)."""
    return read_words(TITLES)


def _choice(value: str | Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset([value] if isinstance(value, str) else value)


def pronouns(
    *,
    persons: str | Iterable[str] | None = None,
    genders: str | Iterable[str] | None = None,
    numbers: str | Iterable[str] | None = None,
    uses: str | Iterable[str] | None = None,
) -> frozenset[str]:
    """The pronouns whose row matches every given filter (a value or several; None: any).

    persons: "1", "2", "3" or "-"; genders: "m", "f", "n" or "-"; numbers: "sg", "pl" or "-";
    uses: subject, object, possessive, reflexive, relative, demonstrative, indefinite.
    """
    return _pronouns(_choice(persons), _choice(genders), _choice(numbers), _choice(uses))


@functools.cache
def _pronouns(
    persons: frozenset[str] | None,
    genders: frozenset[str] | None,
    numbers: frozenset[str] | None,
    uses: frozenset[str] | None,
) -> frozenset[str]:
    wanted = (("person", persons), ("gender", genders), ("number", numbers), ("use", uses))
    return frozenset(
        row["pronoun"]
        for row in read_tsv(PRONOUNS)
        if all(values is None or row[column] in values for column, values in wanted)
    )


def cardinals(low: int, high: int, step: int = 1) -> list[str]:
    """The spelled-out cardinal words with a value in [low, high] (a multiple of ``step``), in the
    order of times/en.toml: single words only, without the [not_cardinals] ("a", "an", "dozen")."""
    lexicon = read_toml(NUMBERS)
    excluded = set(lexicon["not_cardinals"]["words"])
    return [
        word
        for word, value in lexicon["numbers"].items()
        if isinstance(value, int) and low <= value <= high and value % step == 0 and word.isalpha() and word not in excluded
    ]
