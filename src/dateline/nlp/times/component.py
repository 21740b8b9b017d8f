"""The times component: TIMEX3 expressions found and normalized against the publication date.

The grammar (timex_grammar) proposes spans; here the parse filters them (a year that counts
shares, the modal "may"), gives each its clause's tense (the last Friday in past-tense
reporting, the next one in future tense), resolves counted and anchored expressions ("its
34th day" of a known event, data/times/anchors.tsv) and maps clause verbs to their dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.data import read_toml, read_tsv
from dateline.nlp import extensions
from dateline.nlp.times import normalize as tn
from dateline.nlp.times.grammar import ORDINALS, Candidate, Context, find, interpret

_WORDS = read_toml("times/words.toml")
#: auxiliaries and governors that put a clause in the future (data/times/words.toml, as below)
FUTURE_AUX = frozenset(_WORDS["future_aux"]["words"])
FUTURE_GOVERNORS = frozenset(_WORDS["future_governors"]["words"])
#: verbs that move an event to a later date: the date they name is ahead
RESCHEDULING = frozenset(_WORDS["rescheduling"]["words"])
PAST_AUX = frozenset(_WORDS["past_aux"]["words"])
#: clause heads for clause_dates
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "conj", "xcomp", "relcl", "parataxis", "csubj", "acl", "pcomp"}
#: words before a bare month name that make it a month ("in May", not "may")
MONTH_CUES = frozenset(_WORDS["month_cues"]["words"])
AMBIGUOUS_MONTHS = frozenset(_WORDS["ambiguous_months"]["words"])
#: nouns a four-digit number may count without being a year
TIME_NOUNS = frozenset(_WORDS["time_nouns"]["words"])
#: words that make "a year" after an amount a rate ("$2 million a year"): TIMEX3 SET
AMOUNT_WORDS = frozenset(_WORDS["amount_words"]["words"])
FUTURE_PARTICIPLES = frozenset(_WORDS["future_participles"]["words"])
NUMBER_PREFIXES = frozenset(_WORDS["number_prefixes"]["words"])
COUNT_NOUNS = frozenset(_WORDS["count_nouns"]["words"])
PRESENT_BE = frozenset(_WORDS["present_be"]["words"])


#: rules whose values are computed from other mentions: they do not become references themselves
RELATIVE_RULES = {"ago", "unit_rel", "year_ago_period", "year_ago_adj", "ordinal_day", "day_after"}
#: rules that look at their sentence (finding it costs time, so only these do)
SENTENCE_RULES = {"ago", "unit_rel", "ordinal_day", "year_ago_adj"}


@dataclass(frozen=True)
class Anchor:
    name: str
    trigger: re.Pattern[str]
    context: re.Pattern[str]
    date: dt.date
    source: str


@lru_cache(maxsize=1)
def anchors() -> tuple[Anchor, ...]:
    """Known anchor events (data/times/anchors.tsv)."""
    return tuple(
        Anchor(
            row["name"], re.compile(row["trigger"], re.I), re.compile(row["context"], re.I),
            dt.date.fromisoformat(row["date"]), row["source"],
        )
        for row in read_tsv("times/anchors.tsv")
    )


def find_anchor(sentence: str, text: str, dct: dt.date | None) -> dt.date | None:
    """The latest known anchor event named in the sentence and fitting the article, before its date."""
    best: dt.date | None = None
    for anchor in anchors():
        if dct is not None and anchor.date > dct:
            continue
        if anchor.trigger.search(sentence) and anchor.context.search(text) and (best is None or anchor.date > best):
            best = anchor.date
    return best


# -- reading the parse -----------------------------------------------------------------------


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause holds ``token`` (climbing the dependency tree), or None."""
    seen = 0
    while seen < 30:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            return None
        token = token.head
        seen += 1
    return None


def tense(verb: Token | None) -> str:
    """'future' when the clause is about what will happen, 'past', 'present', or 'none' (no verb)."""
    if verb is None:
        return "none"
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in aux}
    if lowers & FUTURE_AUX:
        return "future"
    head_aux = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")} if verb.dep_ == "xcomp" else set()
    if "had" in lowers or "had" in head_aux or (verb.dep_ == "xcomp" and verb.head.lower_ == "had"):
        return "past"  # the past perfect: "had been scheduled to expire Friday" is the Friday gone
    if verb.lemma_.lower() in RESCHEDULING:
        return "future"  # "postponed until Tuesday", "has scheduled a news conference Thursday"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(c.lower_ == "to" for c in verb.children):
        return "future"  # "is to resume trading Tuesday"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FUTURE_GOVERNORS:
        return "future" if verb.head.tag_ != "VBN" or verb.head.lemma_.lower() in FUTURE_PARTICIPLES else "past"
    if verb.tag_ in ("VBD", "VBN") or lowers & PAST_AUX:
        return "past"
    if verb.tag_ == "MD" and verb.lower_ in FUTURE_AUX:
        return "future"
    if verb.tag_ in ("VBZ", "VBP", "VBG") or lowers & PRESENT_BE:
        return "present"
    return "none"


def _span(doc: Doc, cand: Candidate) -> Span | None:
    return doc.char_span(cand.start, cand.end, alignment_mode="expand")


def keep(doc: Doc, cand: Candidate, span: Span | None) -> bool:
    """Filters that need the parse: years that are counts, 'may' the modal, numbers in money."""
    text = cand.text
    if span is None:
        return True
    first = span[0]
    prev = doc[first.i - 1] if first.i > 0 else None
    if cand.rule == "year" and not cand.match.group("edge") and not cand.match.group("fiscal"):
        token = span[-1]
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if prev is not None and prev.text in NUMBER_PREFIXES:
            return False
        if token.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") and token.ent_type_ != "DATE":
            return False
        if (
            nxt is not None
            and token.dep_ in ("nummod", "quantmod")
            and token.head is nxt
            and nxt.lemma_.lower() not in TIME_NOUNS
            and nxt.pos_ == "NOUN"
        ):
            return False
        if nxt is not None and nxt.lower_ in COUNT_NOUNS:
            return False
    if cand.rule == "month" and not cand.match.group("y") and not cand.match.group("rel") and not cand.match.group("edge"):
        word = cand.match.group("m").lower().rstrip(".")
        if word in AMBIGUOUS_MONTHS:
            if not cand.match.group("m")[0].isupper():
                return False
            if prev is None or (prev.lower_ not in MONTH_CUES):
                return False
        if first.pos_ in ("VERB", "AUX") or first.ent_type_ in ("PERSON", "ORG"):
            return False
    if cand.rule == "duration":
        num = cand.match.group("num").lower()
        unit = cand.match.group("unit").lower()
        if unit.startswith("second") and num in ("a", "an"):
            return False
        if num in ("a", "an") and not cand.match.group("rel") and not cand.match.group("mod") and prev is not None \
                and prev.lower_ in ("once", "twice", "times", "per", "thrice"):
            return False
    if cand.rule == "reference":
        word = text.lower()
        if word == "future" and first.dep_ not in ("pobj", "dobj", "nsubj") and first.head.pos_ not in ("NOUN", "PROPN"):
            return False
    if cand.rule == "weekday" and first.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART") and first.ent_type_ != "DATE":
        return False
    if cand.rule == "set" and cand.match.group("wds") and first.ent_type_ in ("ORG", "PERSON"):
        return False
    # "a daily newspaper", "quarterly results": an adjective, not a frequency
    return not (cand.rule == "set" and cand.match.group("word") and first.dep_ == "amod")


def _sentence_of(doc: Doc, span: Span) -> Span:
    try:
        return span.sent
    except ValueError:  # no sentence boundaries: the whole text is the context
        return doc[:]


# -- the algorithm ---------------------------------------------------------------------------


def _remember(refs: dict[str, str], kind: str, value: str) -> None:
    """Keep the latest concrete date per granularity, for 'the quarter', 'a year earlier'."""
    if kind not in ("DATE", "TIME") or not value[:4].isdigit():
        return
    if re.fullmatch(r"\d{4}-\d\d-\d\d.*", value):
        refs["D"] = value[:10]
        refs["M"] = value[:7]
    elif re.fullmatch(r"\d{4}-Q\d", value):
        refs["Q"] = value
    elif re.fullmatch(r"\d{4}-\d\d", value):
        refs["M"] = value
    if re.fullmatch(r"\d{4}.*", value) and "W" not in value:
        refs["Y"] = value[:4]


def extract_times(doc: Doc, pub_date: str | None) -> list[dict[str, Any]]:
    """TIMEX3 DATE/TIME/DURATION/SET records (CONTRACT.md "times") in text order."""
    return [record for record, _ in _extract(doc, pub_date)]


def _extract(doc: Doc, pub_date: str | None) -> list[tuple[dict[str, Any], Token | None]]:
    dct = tn.parse_date(pub_date)
    refs: dict[str, str] = {}
    out: list[tuple[dict[str, Any], Token | None]] = []
    has_parse = doc.has_annotation("DEP")
    text = extensions.doc_text(doc)
    for cand in find(text):
        span = _span(doc, cand)
        if has_parse and not keep(doc, cand, span):
            continue
        verb = clause_verb(span.root) if (has_parse and span is not None) else None
        direction = tense(verb)
        sentence = ""
        if cand.rule in SENTENCE_RULES:
            sentence = _sentence_of(doc, span).text if (has_parse and span is not None) else text
        ctx = Context(dct=dct, direction=direction if direction in ("past", "future") else "nearest", refs=refs, sentence=sentence)
        kind, value = interpret(cand, ctx)
        if cand.rule == "ordinal_day":
            value = _anchored_ordinal(cand, sentence, text, dct) or value
        elif cand.rule == "day_after":
            value = _anchored_after(cand, text[cand.end:cand.end + 80], text, dct) or value
        if cand.rule in ("duration", "unit_rel") and kind == "DURATION" and has_parse and span is not None and _is_rate(doc, cand, span):
            kind = "SET"
        if cand.rule not in RELATIVE_RULES:
            _remember(refs, kind, value)
        record = {"start": cand.start, "end": cand.end, "text": cand.text, "type": kind, "value": value}
        out.append((record, verb))
    return out


def _is_rate(doc: Doc, cand: Candidate, span: Span) -> bool:
    """'$2 million a year', 'four flights a week', '24 hours a day': an amount per unit, a SET."""
    groups = cand.match.groupdict()
    amount = groups.get("num") if cand.rule == "duration" else groups.get("rel")
    if (amount or "").lower() not in ("a", "an") or (cand.rule == "duration" and (groups.get("rel") or groups.get("mod"))):
        return False
    i = span[0].i
    prev = doc[i - 1] if i > 0 else None
    if prev is None:
        return False
    if prev.like_num or prev.lower_ in AMOUNT_WORDS or prev.text in ("$", "%"):
        return True
    before = doc[i - 2] if i > 1 else None
    return prev.tag_ == "NNS" and before is not None and (before.like_num or before.lower_ in AMOUNT_WORDS)


def _anchored_ordinal(cand: Candidate, sentence: str, text: str, dct: dt.date | None) -> str | None:
    """'its 34th day' of a known event: day 1 is the anchor date (the 34th day = anchor + 33)."""
    n_text = cand.match.group("n").lower()
    n = ORDINALS.get(n_text) or int(re.match(r"\d+", n_text).group())  # type: ignore[union-attr]
    anchor = find_anchor(sentence, text, dct)
    if anchor is None:
        return None
    unit = cand.match.group("unit").lower()
    cal = {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    day = tn.shift(anchor, cal, n - 1)
    if dct is not None and day > dct + dt.timedelta(days=1):
        return None
    return tn.fmt(day, cal)


def _anchored_after(cand: Candidate, following: str, text: str, dct: dt.date | None) -> str | None:
    """'the day after <event>': resolved when the event is a known anchor."""
    words = cand.match.group("w").lower().split()
    unit, relation = words[1], words[2]
    clause = re.split(r"[.;,]", following, maxsplit=1)[0]
    anchor = find_anchor(clause, text, dct)
    if anchor is None:
        return None
    cal = {"day": "D", "night": "D", "morning": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    day = tn.shift(anchor, cal, 1 if relation == "after" else -1)
    return tn.fmt(day, cal)


def clause_dates(doc: Doc, extracted: list[tuple[dict[str, Any], Token | None]], pub_date: str | None) -> dict[int, str]:
    """Token index of each clause's head verb -> the date governing it (its own time expression,
    one inherited through a coordinated or complement verb, else the publication date)."""
    if not doc.has_annotation("DEP"):
        return {}
    own: dict[int, str] = {}
    for record, verb in extracted:
        if verb is None or record["type"] not in ("DATE", "TIME"):
            continue
        value = record["value"]
        if not re.match(r"\d{4}", value):
            continue
        own.setdefault(verb.i, value.split("T")[0])
    result: dict[int, str] = {}
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ not in CLAUSE_DEPS:
            continue
        value = own.get(token.i)
        walker = token
        hops = 0
        while value is None and walker.dep_ in ("conj", "xcomp") and walker.head is not walker and hops < 10:
            walker = walker.head
            value = own.get(walker.i)
            hops += 1
        value = value or pub_date
        if value:
            result[token.i] = value
    return result


class TimesComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        pub_date = extensions.publication_date(doc)
        extracted = _extract(doc, pub_date)
        doc._.times = [record for record, _ in extracted]
        doc._.clause_dates = clause_dates(doc, extracted, pub_date)
        return doc


@Language.factory(
    "dateline_times",
    assigns=["doc._.times", "doc._.clause_dates"],
    requires=["doc._.article", "token.dep"],
    default_config={},
)
def make_times(nlp: Language, name: str) -> TimesComponent:
    extensions.register()
    return TimesComponent(nlp, name)
