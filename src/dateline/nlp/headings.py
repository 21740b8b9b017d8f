"""Section headings run into the next sentence: "... last year. Chinese demand The changes in
Japanese immigration policy have come ...". Web pages lose the line break after a subheading,
so the parser reads "Chinese demand" as the subject of the sentence after it. This component,
placed before the parser, starts a sentence where the paragraph after such a heading begins
(the parser keeps sentence starts set before it), and records the heading's tokens in
``doc.user_data[HEADINGS]`` so that later components can leave it alone (a heading repeats the
paragraph under it; it is no news of its own).

A heading is told by its shape only: right after a sentence's end (or the text's start), up to
eight words with no punctuation, the first capitalized, then a capitalized word that opens
sentences ("The", "Since", "According", "Both", "Hours") after a lower-case word, or the heading's own last word
again, capitalized ("Sovereignty negotiations Negotiations between ..."). Names that start with
such a word ("The Wall Street Journal", "The Hague") go on with a capital and are left alone. A
heading before a name ("Dominant figure Berisha has ...") is two to four nouns and adjectives whose
last word is no noun for a person or a kind of body: those stand before a name in apposition
("Political analyst Alfatih Mahmoud", "State media KCNA")."""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from dateline.data import read_tsv
from dateline.nlp.words import title_words

#: ``doc.user_data`` key: [(start, end)] token ranges of the headings found
HEADINGS = "dateline.headings"
#: nouns for people and bodies (the entities component's table, from the CAMEO agents dictionary)
ACTOR_NOUNS = "entities/actor_nouns.tsv"
#: the most words a heading has
MAX_WORDS = 8
#: capitalized words that open an English sentence, not a name (closed-class words and the
#: commonest sentence adverbs of news prose)
OPENERS = frozenset({
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "Under", "Over", "During", "Despite",
    "Since", "After", "Before", "When", "While", "As", "If", "Although", "Though", "But", "However",
    "Meanwhile", "According", "Last", "Earlier", "Later", "This", "That", "These", "Those", "Some", "Many",
    "Most", "It", "He", "She", "They", "We", "There", "His", "Her", "Their", "Its", "Our",
    "Both", "Several", "Each", "Hours", "Days", "Weeks", "Months", "Years",
})
#: openers that also begin names ("The Hague", "A Tribe Called Quest"): a heading only before a
#: lower-case word or a number
NAME_OPENERS = frozenset({"The", "A", "An"})
#: what ends the sentence before a heading
SENTENCE_ENDS = frozenset({".", "!", "?", "”", '"', "’"})
#: the most tokens a headline on the first line has
MAX_TITLE_WORDS = 30
#: the dash that closes a wire dateline ("KYIV, Ukraine (AP) —")
DATELINE_DASHES = frozenset({"—", "–", "--", "-"})


#: the most words of a heading run into a name ("Communist Party control Chinese President Xi ...")
MAX_NAME_RUN_IN = 4
#: the tags a heading before a name is made of: nouns, adjectives, numbers (no verb, article or preposition)
HEADING_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD", "HYPH"})
#: endings of nouns for people, which stand before a name in apposition ("energy consultant John
#: Rockhold", "Political analyst Alfatih Mahmoud"), not at a heading's end
AGENT_ENDINGS = ("ist", "yst", "ant", "ent", "er", "or", "ian", "cy")
#: nouns of kinds of body or medium that stand before a name ("Council members Greece, Panama and
#: ...", "State media KCNA", "messaging app Telegram")
KIND_NOUNS = frozenset({
    "member", "members", "group", "groups", "firm", "company", "agency", "outlet", "media", "app", "platform",
    "network", "broadcaster", "newspaper", "daily", "site", "channel", "magazine", "party", "band", "body", "tank",
    "force", "forces", "troops", "top", "former", "late", "acting", "then", "fellow",
})
#: day and month names, which follow a subject in news prose ("Heavy fighting Sunday left ...")
CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})


def heading_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the headings run into the sentence after them (see the module docstring)."""
    found = _headings_before_names(doc)
    for token in doc:
        i = token.i
        if i == 0 or i + 1 >= len(doc):
            continue
        # "Sovereignty negotiations Negotiations between ...": a heading whose last word opens the paragraph
        repeated = token.is_title and doc[i - 1].is_lower and doc[i - 1].lower_ == token.lower_
        if token.text not in OPENERS and not repeated:
            continue
        after = doc[i + 1]
        if token.text in NAME_OPENERS and not (after.is_lower or after.like_num):
            continue  # "attacked The Wall Street Journal": a name
        if not doc[i - 1].is_lower:
            continue  # "Plan A was": a name; a heading's last word is a common one ("Chinese demand")
        start = i
        while start > 0 and i - start < MAX_WORDS and _word(doc[start - 1]):
            start -= 1
        if start == i or not (start == 0 or doc[start - 1].text in SENTENCE_ENDS or "\n" in doc[start - 1].text):
            continue
        if not doc[start].is_title and not doc[start].is_upper:
            continue
        found.append((start, i))
    return sorted(set(found))


def _headings_before_names(doc: Doc) -> list[tuple[int, int]]:
    """Headings run into a sentence that opens with a name or a capitalized word ("Communist Party
    control Chinese President Xi Jinping recently convened ...", "Dominant figure Berisha has been
    ..."): right after a sentence's end, two to four words, nouns and
    adjectives only, the first capitalized and the last a lower-case common noun or adjective that
    names no person or kind of body ("Political analyst Alfatih Mahmoud", "State media KCNA" are
    appositions, not headings)."""
    found = []
    people = _people_nouns()
    for token in doc[1:-1]:
        last = doc[token.i - 1]
        if not (token.is_title or token.is_upper and len(token) > 1) or not last.is_lower or last.tag_ not in {"NN", "NNS", "JJ"}:
            continue
        word = last.lower_
        if word in people or word.rstrip("s") in people or word.endswith(AGENT_ENDINGS) or word in KIND_NOUNS or token.lower_ in CALENDAR:
            continue
        start = token.i
        while start > 0 and token.i - start < MAX_NAME_RUN_IN and _word(doc[start - 1]):
            start -= 1
        if token.i - start < 2 or not (start == 0 or doc[start - 1].text in SENTENCE_ENDS or "\n" in doc[start - 1].text):
            continue
        if (doc[start].is_title or doc[start].is_upper) and all(t.tag_ in HEADING_TAGS for t in doc[start:token.i]):
            found.append((start, token.i))
    return found


@functools.cache
def _people_nouns() -> frozenset[str]:
    """Title words and one-word actor nouns ("president", "spokesman", "rebel"): they stand before a name."""
    nouns = {row["phrase"] for row in read_tsv(ACTOR_NOUNS) if " " not in row["phrase"]}
    return frozenset(nouns | title_words())


#: the most words an interview's speaker label has ("VOA:", "Richard Armitage:")
MAX_LABEL_WORDS = 3


def speaker_labels(doc: Doc) -> list[tuple[int, int]]:
    """(start, colon) token indexes of the speaker labels of an interview transcript: up to three
    capitalized words and a colon opening a sentence, a capitalized word after it ("VOA: Russia's
    President Vladimir Putin recently visited China")."""
    found = []
    for colon in doc[1:-1]:
        if colon.text != ":" or not doc[colon.i + 1].is_title and not doc[colon.i + 1].is_upper:
            continue
        start = colon.i
        while start > 0 and colon.i - start < MAX_LABEL_WORDS and (doc[start - 1].is_title or doc[start - 1].is_upper):
            start -= 1
        opens = start == 0 or doc[start - 1].text in SENTENCE_ENDS or "\n" in doc[start - 1].text
        if start < colon.i and opens:
            found.append((start, colon.i))
    return found


def _word(token: object) -> bool:
    text = token.text  # type: ignore[attr-defined]
    return not token.is_punct and not token.is_space and text not in SENTENCE_ENDS  # type: ignore[attr-defined]


def mark_headings(doc: Doc) -> Doc:
    """Start a sentence after each heading (and at the heading), and after a blank line; record the
    headings. Also start one after "on X." (the platform, split off by the tokenizer's special case that
    make_headings adds), which the parser would read as an initial."""
    ranges = heading_ranges(doc)
    title = _title(doc)
    if title is not None:
        ranges.insert(0, title)
    for start, end in ranges:
        doc[start].is_sent_start = True
        doc[end].is_sent_start = True
    for token in doc[2:-1]:
        if token.text == "." and doc[token.i - 1].text == "X" and doc[token.i + 1].is_title:
            doc[token.i + 1].is_sent_start = True
    for start, colon in speaker_labels(doc):  # an interview's "VOA: ..." or "Armitage: ..." is no subject
        doc[start].is_sent_start = True
        doc[colon + 1].is_sent_start = True
        ranges.append((start, colon + 1))
    if len(doc) > 1 and doc[0].is_upper and len(doc[0]) > 1:
        _keep_dateline(doc, 0)  # a story that opens with its dateline ("KYIV, Ukraine (AP) — ...")
    for token in doc[1:-1]:  # a blank line ends a paragraph, and a title with no full stop
        if token.is_space and token.text.count("\n") >= 2:
            token.is_sent_start = False  # the break ends the paragraph before it
            doc[token.i + 1].is_sent_start = True
            _keep_dateline(doc, token.i + 1)
    doc.user_data[HEADINGS] = ranges
    return doc


def _title(doc: Doc) -> tuple[int, int] | None:
    """The headline on the text's first line, a blank line under it and no full stop at its end
    ("Putin agrees to halt strikes, but rejects full ceasefire"): the story under it tells it again."""
    for token in doc[: MAX_TITLE_WORDS + 2]:
        if token.is_space and token.text.count("\n") >= 2:
            last = doc[token.i - 1] if token.i > 0 else None
            return (0, token.i) if last is not None and last.text not in SENTENCE_ENDS else None
    return None


def _keep_dateline(doc: Doc, start: int) -> None:
    """A wire dateline opening a paragraph ("WASHINGTON (AP) — Ukraine's ...") is one piece, and
    the sentence starts after its dash: the parser would otherwise end a sentence at its bracket,
    or take the place for the subject of the lede ("KYIV, Ukraine — Russia and Ukraine accused")."""
    end = min(len(doc), start + 12)
    for i in range(start + 1, end):
        spaced = bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)  # " — ", not "Secretary-General"
        if doc[i].text in DATELINE_DASHES and spaced:
            for j in range(start + 1, i + 1):
                doc[j].is_sent_start = False
            if i + 1 < len(doc):
                doc[i + 1].is_sent_start = True
            return
        if not (doc[i].is_upper or doc[i].is_punct or doc[i].is_title) or doc[i].is_space:
            return


@Language.factory("dateline_headings")
def make_headings(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component; add it before the parser: ``nlp.add_pipe("dateline_headings", before="parser")``.
    "said in a post on X. Militants attacked ...": the tokenizer would read "X." as an initial, so
    the platform's name is split from its full stop."""
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return mark_headings
