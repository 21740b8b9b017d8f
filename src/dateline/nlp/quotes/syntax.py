"""Syntax helpers of the quotes component: spans of tokens, quote-mark look-ups, cue and speaker
phrases read off the dependency parse (PolNeAR's span conventions)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from dateline.data import read_toml
from dateline.nlp.quotes.marks import QuoteSpan
from dateline.nlp.words import pronouns

_WORDS = read_toml("quotes/words.toml")

#: punctuation trimmed from the edges of a content or speaker span (quote marks are kept)
EDGE_PUNCT = frozenset(",.;:—–-()[]") | {"--", "..."}
#: subject dependencies
SUBJECTS = ("nsubj", "nsubjpass")
#: relative pronouns: in "X, who said ..." the speaker is "who" as written, resolved through X
RELATIVES = pronouns(uses="relative")
#: dependents of a speaker noun left out of the speaker span (PolNeAR sources are short noun phrases)
SPEAKER_DROP = frozenset({"relcl", "advcl", "punct", "cc", "conj", "parataxis"})
#: the closing marks after which a reported passage ends
CLOSERS = frozenset("”\"»’'")


class QuoteIndex:
    """Quoted passages of a text with fast 'which passage holds this offset' look-ups, and the
    sentence bounds of each token (``Token.sent`` walks the whole Doc on every call)."""

    def __init__(
        self, spans: list[QuoteSpan], doc: Doc | None = None, text: str | None = None
    ) -> None:
        # Doc.text re-joins every token on each call: keep it once
        self.text = text if text is not None else (doc.text if doc is not None else "")
        self.spans = spans
        self.starts = [q.start for q in spans]
        self.sentence_of: list[tuple[int, int]] = []
        if doc is not None:
            for sent in doc.sents:
                self.sentence_of.extend([(sent.start, sent.end)] * len(sent))

    def sentence(self, token: Token) -> tuple[int, int]:
        """[start, end) token indices of the token's sentence."""
        if token.i < len(self.sentence_of):
            return self.sentence_of[token.i]
        sent = token.sent
        return sent.start, sent.end

    def at(self, offset: int) -> QuoteSpan | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.spans[i].start <= offset < self.spans[i].end:
            return self.spans[i]
        return None

    def inside(self, token: Token) -> bool:
        """True for a token strictly within a passage's marks (a cue quoted, not reporting)."""
        q = self.at(token.idx)
        return q is not None and q.start < token.idx and token.idx + len(token) < q.end

    def after(self, offset: int) -> QuoteSpan | None:
        i = bisect.bisect_left(self.starts, offset)
        return self.spans[i] if i < len(self.spans) else None

    def before(self, offset: int) -> QuoteSpan | None:
        i = bisect.bisect_left(self.starts, offset) - 1
        while i >= 0:
            if self.spans[i].end <= offset:
                return self.spans[i]
            i -= 1
        return None


def is_edge(token: Token) -> bool:
    """Punctuation or white space trimmed from a span's edges (quote marks and brackets stay)."""
    return (
        token.is_space
        or token.text in EDGE_PUNCT
        or (token.is_punct and not token.is_quote and not token.is_bracket)
    )


def token_runs(doc: Doc, indices: Iterable[int]) -> list[tuple[int, int]]:
    """Character spans of the maximal runs of consecutive token indices, edge punctuation trimmed."""
    ordered = sorted(i for i in set(indices) if not doc[i].is_space)
    runs: list[list[int]] = []
    for i in ordered:
        # runs join across white space and lone punctuation ("A”, but that B")
        if runs and (
            i == runs[-1][-1] + 1
            or all(doc[j].is_space or doc[j].is_punct for j in range(runs[-1][-1] + 1, i))
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = []
    for run in runs:
        while run and is_edge(doc[run[0]]):
            run.pop(0)
        while run and is_edge(doc[run[-1]]):
            run.pop()
        if run:
            spans.append((doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]])))
    return spans


def snap_to_quotes(
    spans: list[tuple[int, int]], quotes: QuoteIndex, text: str
) -> list[tuple[int, int]]:
    """Extend each span that starts or ends inside a quoted passage to the passage's marks."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        q = quotes.at(start)
        if q is not None:
            start = q.start
        q = quotes.at(max(end - 1, start))
        if q is not None and end < q.end:
            end = q.end
        # a closing mark right after the span belongs to it ("... wraps.”")
        if end < len(text) and text[end] in CLOSERS:
            q = quotes.at(end)
            if q is not None and q.end == end + 1:
                end = q.end
        out.append((start, end))
    out.sort()
    merged: list[tuple[int, int]] = []
    for start, end in out:
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def quote_kind(content: list[tuple[int, int]], quotes: QuoteIndex) -> str:
    """direct (all quoted), mixed (partly quoted) or indirect (no quote marks)."""
    quoted = 0
    total = 0
    for start, end in content:
        total += end - start
        for q in quotes.spans:
            if q.end <= start or q.start >= end:
                continue
            quoted += min(end, q.end) - max(start, q.start)
    if quoted == 0:
        return "indirect"
    return "direct" if quoted >= total - 2 else "mixed"


#: words before a cue verb that PolNeAR counts as part of the cue ("has said", "also said")
CUE_MODIFIERS = frozenset(_WORDS["cue_modifiers"]["words"])


def cue_tokens_of(verb: Token) -> list[Token]:
    """The cue: the verb with its particle, the auxiliaries just before it, a colon just after."""
    doc = verb.doc
    tokens = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    i = verb.i - 1
    while (
        i >= 0
        and doc[i].head.i == verb.i
        and (
            doc[i].dep_ in ("aux", "auxpass", "neg")
            or (doc[i].dep_ == "advmod" and doc[i].lower_ in CUE_MODIFIERS)
        )
    ):
        tokens.append(doc[i])
        i -= 1
    if verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":":
        tokens.append(doc[verb.i + 1])
    return tokens  # the verb first: it is the cue's head


def has_marks(doc: Doc, content_tokens: set[int]) -> bool:
    """Whether the reported clause holds quote marks (its edges included)."""
    if not content_tokens:
        return False
    first, last = min(content_tokens), max(content_tokens)
    window = doc[max(first - 1, 0) : min(last + 2, len(doc))]
    return any(t.is_quote for t in window)


def _across_line(child: Token, verb: Token) -> bool:
    """A paragraph or line break between a subject before the verb and the verb."""
    return child.i < verb.i and any(
        t.is_space and "\n" in t.text for t in verb.doc[child.i : verb.i]
    )


def subject_of(verb: Token, quotes: QuoteIndex | None = None) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        # a misparse may hang several subjects on the verb: take the nearest one before it that
        # lies outside quote marks and on the verb's own line
        usable = [
            c
            for c in subjects
            if (quotes is None or quotes.at(c.idx) is None) and not _across_line(c, verb)
        ]
        if usable:
            before = [c for c in usable if c.i < verb.i]
            return before[-1] if before else usable[0]
        child = subjects[0]
        if quotes is not None and quotes.at(child.idx) is not None:
            # a subject inside the quoted passage is a misparse of “…,” said X
            return inverted_subject(verb, quotes)
        # the parse ran over a paragraph break ("12:15 p.m.\n\nTrump says"): take the noun
        # phrase that opens the cue's own line
        return line_subject(verb)
    for child in verb.children:
        if child.dep_ == "agent":  # "was quoted by X"
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def preceding_subject(verb: Token, quotes: QuoteIndex) -> Token | None:
    """For a finite cue the parse left without a subject ("Jane Doe, a spokeswoman, said"): the
    head of the nearest noun phrase before it in its sentence, when only adverbs, auxiliaries and
    punctuation come between."""
    doc = verb.doc
    sent_start, _ = quotes.sentence(verb)
    i = verb.i - 1
    while i >= sent_start and (
        doc[i].dep_ in ("aux", "auxpass", "neg", "advmod")
        or (doc[i].is_punct and not doc[i].is_quote)
    ):
        i -= 1
    if i < sent_start or quotes.at(doc[i].idx) is not None:
        return None
    token = doc[i]
    if token.pos_ not in ("PROPN", "NOUN", "PRON") or (token.is_space or "\n" in token.text):
        return None
    # climb to the head of its noun phrase ("the club's president" -> president)
    while (
        token.dep_ in ("compound", "flat", "appos")
        and token.head.i < verb.i
        and token.head.i >= sent_start
    ):
        token = token.head
    return token


def line_subject(verb: Token) -> Token | None:
    """The head of the noun phrase just before the cue on its own line, if any."""
    doc = verb.doc
    start = verb.i
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    found = None
    for chunk in doc[start : verb.i].noun_chunks:
        # only auxiliaries, negations and adverbs between the noun phrase and the cue
        if all(
            t.dep_ in ("aux", "auxpass", "neg", "advmod") or t.pos_ in ("AUX", "ADV")
            for t in doc[chunk.end : verb.i]
        ):
            found = chunk.root
    return found


#: cue verbs whose object is the one spoken to, never the speaker
ADDRESSEE_VERBS = frozenset(_WORDS["addressee_verbs"]["words"])


def inverted_subject(verb: Token, quotes: QuoteIndex | None = None) -> Token | None:
    """The speaker after the cue in “…,” said the president (parsed as attr or dobj)."""
    clause_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    quote_before = quotes.before(verb.idx) if quotes is not None else None
    sentence_start = (
        verb.doc[quotes.sentence(verb)[0]].idx if quotes is not None else verb.sent.start_char
    )
    if not clause_before and (quote_before is None or quote_before.end < sentence_start):
        return None
    addressee = verb.lemma_.lower() in ADDRESSEE_VERBS
    for child in verb.children:
        after_verb = child.i > verb.i and child.dep_ in ("nsubj", "attr", "dobj", "npadvmod")
        if (
            after_verb
            and child.pos_ in ("PROPN", "NOUN", "PRON")
            and not (addressee and child.dep_ == "dobj")  # "…, tells Breitbart News"
            and child.ent_type_ not in ("DATE", "TIME")  # "…, said Tuesday"
            and (quotes is None or quotes.at(child.idx) is None)
        ):
            return child
    return None


def speaker_span(token: Token) -> Span:
    """The speaker noun phrase of a subject token: its subtree without clauses and trailing commas."""
    doc = token.doc
    keep = {token.i}
    stack = [token]
    while stack:
        t = stack.pop()
        for child in t.children:
            if t.i == token.i and child.dep_ in SPEAKER_DROP:
                continue
            keep.add(child.i)
            stack.append(child)
    left, right = min(keep), max(keep)
    # cut at a comma after the head unless an appositive follows ("Jane Doe, a spokeswoman for X")
    appositive = any(c.dep_ == "appos" and c.i > token.i for c in token.children)
    for i in range(token.i + 1, right + 1):
        if doc[i].text in ("—", "–") or (doc[i].text == "," and not appositive):
            right = i - 1
            break
    # a paragraph break inside is a layout accident ("11:05 a.m.\n\nDonald Trump")
    for i in range(left, token.i):
        if doc[i].is_space and "\n" in doc[i].text:
            left = i + 1
    while right > left and is_edge(doc[right]) and doc[right].text != ")":
        right -= 1
    while left < right and is_edge(doc[left]):
        left += 1
    # PolNeAR's sources keep the comma that closes an appositive ("Jane Doe, a spokeswoman,")
    if (
        appositive
        and right + 1 < len(doc)
        and doc[right + 1].text == ","
        and right + 2 < len(doc)
        and doc[right + 2].head.i != token.i
    ):
        right += 1
    return doc[left : right + 1]


def subtree_indices(token: Token, exclude: set[int] | None = None) -> set[int]:
    exclude = exclude or set()
    out: set[int] = set()
    stack = [token]
    while stack:
        t = stack.pop()
        if t.i in exclude:
            continue
        out.add(t.i)
        stack.extend(t.children)
    return out
