"""Canonical names and keys for entities: transliteration-aware, the same in every article.

The key scheme (``<kind>:<slug>``, lower-case ASCII words joined by hyphens):

* ``person:volodymyr-zelensky``: a person, from the fullest name the article gives, spelled
  through :func:`translit_word` (Zelenskyy/Zelenskiy -> zelensky); a name in the known-people
  table (or the user's identity file) gets that table's key for every spelling variant.
* ``org:apple``: an organization, corporate designators dropped (Apple Inc., Apple Computer
  -> apple); institutions from the table get their canonical name (the Kremlin -> org:kremlin).
* ``gpe:ukraine``: a country, always under its GeoNames English name (US, U.S., America ->
  gpe:united-states); other places ``gpe:``/``loc:``/``fac:`` + the name.
* ``norp:russian``: a nationality or group name.
* ``org:rus-army`` / ``norp:isr-troop``: a common-noun actor ("the Russian army", "Israeli
  troops"): country code (when known) + the matched actor noun.
* ``role:ukr-president``: a title used without a name the article resolves ("the president").

This module needs no other of the component's: the key of a bare name looked up in the tables
(:func:`dateline.nlp.entities.data.name_key`) lives with the tables.
"""

from __future__ import annotations

import re
import unicodedata

from dateline.data import read_words

#: words that end company names without changing which company it is (data/entities/designators.txt)
CORPORATE_DESIGNATORS = read_words("entities/designators.txt")
KIND_OF_TYPE = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "loc", "NORP": "norp", "FAC": "fac", "EVENT": "event"}
_POSSESSIVE = re.compile(r"\s*['’`]s?$")
_ABBREVIATION_END = re.compile(r"(\b[A-Z]\.|\b(Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.)$")
_LEADING_ARTICLE = re.compile(r"^(the|The|THE)\s+")


def fold(text: str) -> str:
    """Lower-case ASCII: accents and other marks dropped (Élysée -> elysee)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def translit_word(word: str) -> str:
    """One spelling for common transliteration variants of a (folded) name word.

    Slavic adjectival endings -skyy/-skiy/-skii/-skij -> -sky; doubled y -> y.
    """
    word = re.sub(r"yy", "y", word)
    word = re.sub(r"(?<=[a-z])(iy|ii|ij|yi|yj)$", "y", word)
    return word


def skeleton(word: str) -> str:
    """A coarse sound-alike form for matching spelling variants: consonants after the first letter.

    'Volodymyr' and 'Volodmyr' -> 'vldmr'; 'Zelenskyy' and 'Zelensky' -> 'zlnsk'.
    """
    word = translit_word(fold(word))
    word = word.replace("kh", "h").replace("ck", "k").replace("w", "v").replace("ph", "f")
    word = re.sub(r"[^a-z]", "", word)
    if not word:
        return ""
    rest = re.sub(r"[aeiouy]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", word[0] + rest)


def name_skeleton(name: str) -> str:
    return " ".join(skeleton(w) for w in re.findall(r"[^\W\d_]+", name) if skeleton(w))


def slug(name: str) -> str:
    """'Volodymyr Zelensky' -> 'volodymyr-zelensky': lower case ASCII words joined by hyphens."""
    folded = re.sub(r"['’`]s\b", "", fold(name))
    return "-".join(translit_word(w) for w in re.findall(r"[a-z0-9]+", folded))


def clean_name(text: str) -> str:
    """The name as written, without a leading 'the', a possessive 's, or surrounding punctuation."""
    text = " ".join(text.split())
    text = _LEADING_ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.strip(" \t\n,;:.\"'“”‘’()[]") if not _ABBREVIATION_END.search(text) else text.strip(" ,;:\"'“”()[]")


def org_core(name: str) -> str:
    """An organization's name without trailing corporate designators (Apple Computer Inc. -> Apple)."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in CORPORATE_DESIGNATORS:
        words.pop()
    return " ".join(words)


def make_key(kind: str, name: str) -> str:
    body = slug(name)
    return f"{kind}:{body}" if body else ""
