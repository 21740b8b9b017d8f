"""The quotes component: who said what — direct, indirect and mixed quotations with speakers.

Quoted passages come from the quote marks (``quote_marks``), reported clauses from the parse of a
reporting cue (``data/quotes/cues.tsv``); speakers are resolved through ``doc._.entities``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.data import read_toml
from dateline.nlp import extensions
from dateline.nlp.quotes.lexicon import Cue, load_cues
from dateline.nlp.quotes.marks import QuoteSpan, find_quotes, paragraphs
from dateline.nlp.quotes.patterns import labelled_lines, signed_quotes
from dateline.nlp.quotes.speakers import SpeakerMemory, resolve_speaker
from dateline.nlp.quotes.syntax import (
    RELATIVES,
    SUBJECTS,
    QuoteIndex,
    cue_tokens_of,
    has_marks,
    inverted_subject,
    preceding_subject,
    quote_kind,
    snap_to_quotes,
    speaker_span,
    subject_of,
    subtree_indices,
    token_runs,
)

#: dependency links a subjectless cue follows up to the clause whose subject speaks: conjoined
#: and adverbial clauses, "by saying" (pcomp of a preposition), "a statement calling" (acl of a
#: noun), "was able to tout" (xcomp of an adjective)
INHERIT_DEPS = frozenset(
    {"advcl", "conj", "xcomp", "pcomp", "prep", "acl", "acomp", "dobj", "pobj"}
)
#: attribute markup left in scraped text (an embedded tweet's author="..."): never reported speech
MARKUP = re.compile(r"\b[a-z_]+=[\"“”]")
#: entity types that can speak
AGENT_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: verbs whose object is who acts in their infinitive ("urged the allies to act"; data/quotes/words.toml)
CONTROL_VERBS = frozenset(read_toml("quotes/words.toml")["control_verbs"]["words"])
#: finite verb tags: a cue of this kind has a subject somewhere before it
FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: a participle cue that modifies a noun in one of these roles has that noun for its speaker
SPEAKING_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT", "appos"})
#: how many links up that walk goes
INHERIT_STEPS = 6

DEFAULTS: dict[str, Any] = {
    # a verb with a reported clause ("said that ...") is a cue when its lexicon weight reaches this
    "min_weight_clause": 0.12,
    # a verb with a reported object or infinitive ("announced plans", "vowed to") needs more
    "min_weight_object": 0.5,
    # a speech verb set in the reported clause ("X is ready, he said") needs this weight
    "min_weight_parenthetical": 0.5,
    # keep a quotation reported inside another's parenthetical one ("X called it “progress”, sources said")
    "nested_quotes": True,
    # quotations signed with a dash: “…” ― Jane Doe
    "signed_quotes": True,
    # paragraphs that open with a speaker's name and a colon: "Sanders: Clinton needs to ..."
    "labelled_lines": True,
    # report quoted passages that no cue claims (speaker null)
    "orphan_quotes": False,
    # orphan passages shorter than this many words are scare quotes, not quotations
    "orphan_min_words": 6,
}


@dataclass
class Attribution:
    """One quotation being assembled: the cue, its speaker and the reported material."""

    cue_tokens: list[Token]
    content_tokens: set[int]
    frame: str
    weight: float
    speaker: Span | None = None
    content: list[tuple[int, int]] = field(default_factory=list)
    extra: list[tuple[int, int]] = field(default_factory=list)  # quoted passages beside the cue
    speaker_ref: Span | None = None  # what a relative-pronoun speaker stands for

    @property
    def cue_head(self) -> Token:
        return self.cue_tokens[0]


class QuoteExtractor:
    """The extraction algorithm, with the lexicon and settings bound once per component."""

    def __init__(self, cues: dict[str, Cue] | None = None, **settings: Any) -> None:
        self.cues = cues if cues is not None else load_cues()
        self.settings = {**DEFAULTS, **settings}

    # -- cues -----------------------------------------------------------------------------
    def _is_nested_cue(self, token: Token) -> bool:
        """A subjectless participle cue inside a reported clause ("..., reiterating that ...")."""
        cue = self.cues.get(token.lemma_.lower())
        if cue is None or token.pos_ != "VERB" or token.dep_ not in ("advcl", "conj", "xcomp"):
            return False
        if any(c.dep_ in SUBJECTS for c in token.children):
            return False
        if token.tag_ != "VBG" and token.dep_ != "conj":
            return False
        return cue.weight >= self.settings["min_weight_parenthetical"] and any(
            c.dep_ == "ccomp" for c in token.children
        )

    def _content_for_verb(
        self, verb: Token, cue: Cue, quotes: QuoteIndex
    ) -> tuple[set[int], str] | None:
        s = self.settings
        children = list(verb.children)
        clauses = [c for c in children if c.dep_ == "ccomp"]
        if clauses and cue.weight >= s["min_weight_clause"]:
            tokens: set[int] = set()
            for clause in clauses:
                nested = {t.i for t in clause.subtree if t.i != clause.i and self._is_nested_cue(t)}
                excluded: set[int] = set()
                for i in nested:
                    excluded |= subtree_indices(verb.doc[i])
                tokens |= subtree_indices(clause) - excluded
            for conj in children:
                # "said that A, but that B": a coordinated reported clause
                if (
                    conj.dep_ == "conj"
                    and conj.i > clauses[-1].i
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
                ):
                    tokens |= subtree_indices(conj) | {
                        c.i for c in children if c.dep_ == "cc" and clauses[-1].i < c.i < conj.i
                    }
            return tokens, "ccomp"
        if cue.weight >= s["min_weight_parenthetical"]:
            # "X is ready, he said" / "X, he said, is ready": the clause around the cue is reported
            head = verb.head
            aside = verb.dep_ == "parataxis" or (
                verb.dep_ == "ccomp" and head.lemma_.lower() not in self.cues
            )
            if (
                aside
                and head is not verb
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children)
            ):
                return subtree_indices(head, exclude={verb.i}), "parenthetical"
            # "said after the meeting he would ...": a reported clause parsed as an adverbial one
            for c in children:
                if (
                    c.dep_ == "advcl"
                    and c.i > verb.i
                    and any(g.dep_ in SUBJECTS for g in c.children)
                ):
                    marks = [g for g in c.children if g.dep_ == "mark"]
                    if not marks or marks[0].lower_ == "that":
                        return subtree_indices(c), "ccomp"
        threshold = s["min_weight_object"]
        if cue.takes("dobj") or cue.takes("xcomp"):
            objects = [
                c
                for c in children
                if c.dep_ == "dobj" and cue.takes("dobj") and cue.weight_for("dobj") >= threshold
            ]
            infinitives = [
                c
                for c in children
                if c.dep_ == "xcomp" and cue.takes("xcomp") and cue.weight_for("xcomp") >= threshold
            ]
            if objects or infinitives:
                tokens = set()
                # "called the plan “a disaster”", "urged the allies to act": the predicate goes along
                predicates = [
                    c
                    for c in children
                    if c.dep_ in ("oprd", "xcomp", "ccomp") and objects and c.i > objects[0].i
                ]
                for c in objects + infinitives + predicates:
                    tokens |= subtree_indices(c)
                return tokens, "object"
        return None

    def _phrasal(self, verb: Token) -> tuple[Token, set[int], float] | None:
        """A verb + preposition cue ("called for a moratorium"): (preposition, content, weight)."""
        for child in verb.children:
            if child.dep_ not in ("prep", "prt") or child.i < verb.i:
                continue
            cue = self.cues.get(f"{verb.lemma_.lower()} {child.lower_}")
            if cue is None or cue.weight < self.settings["min_weight_object"]:
                continue
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if child.dep_ == "prt":
                objects = [g for g in verb.children if g.dep_ in ("dobj", "pobj") and g.i > child.i]
            if not objects:
                continue
            tokens: set[int] = set()
            for g in objects:
                tokens |= subtree_indices(g)
            for c in verb.children:  # "called on Congress to act"
                if c.dep_ in ("xcomp", "oprd") and c.i > child.i:
                    tokens |= subtree_indices(c)
            return child, tokens, cue.weight
        return None

    def _adjacent_quote(
        self, verb: Token, speaker: Token | None, quotes: QuoteIndex
    ) -> list[QuoteSpan]:
        """Quoted passages set right against the cue clause: “…,” he said / he said: “…”."""
        text = quotes.text
        clause = [verb] + ([speaker] if speaker is not None else [])
        left = min(t.left_edge.idx if t is speaker else t.idx for t in clause)
        right = max(
            (t.right_edge.idx + len(t.right_edge)) if t is speaker else t.idx + len(t)
            for t in clause
        )
        found: list[QuoteSpan] = []
        before = quotes.before(left)
        if before is not None and text[before.end : left].strip(" ,\u00a0") == "":
            found.append(before)
        # after the verb and its adjuncts: the next passage, if only adjuncts, a comma or colon intervene
        after = quotes.after(right)
        if after is not None:
            gap = text[right : after.start]
            stripped = gap.rstrip()
            same_sentence = stripped.endswith(",") and "." not in gap and "\n\n" not in stripped
            if len(gap) < 80 and (stripped.endswith(":") or same_sentence):
                found.append(after)
        return found

    # -- the algorithm --------------------------------------------------------------------
    def extract(self, doc: Doc) -> list[dict[str, Any]]:
        text = extensions.doc_text(doc)
        quotes = QuoteIndex(find_quotes(text), doc, text)
        attributions: list[Attribution] = []
        nested_owner: dict[int, Attribution] = {}  # nested participle cue -> the cue holding it
        for token in doc:
            attribution = self._attribution_at(token, quotes, nested_owner)
            if attribution is not None:
                attributions.append(attribution)
        attributions = self._univocal(doc, attributions, self.settings["nested_quotes"])
        self._subjectless_speakers(attributions, nested_owner, quotes)
        for attribution in attributions:
            spans = token_runs(doc, attribution.content_tokens) + attribution.extra
            attribution.content = snap_to_quotes(spans, quotes, text)
        self._continuations(doc, attributions, quotes)
        self._layout(doc, attributions, quotes)
        return self._records(doc, attributions, quotes)

    def _attribution_at(
        self, token: Token, quotes: QuoteIndex, nested_owner: dict[int, Attribution]
    ) -> Attribution | None:
        """The attribution whose cue is this token ("according to", a phrasal or a verb cue), if any."""
        doc = token.doc
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            return self._according_to(token, quotes)
        if token.pos_ != "VERB":
            return None
        cue = self.cues.get(token.lemma_.lower())
        if quotes.inside(token):
            return None
        if cue is None or cue.pos != "VERB" or not any(c.dep_ == "ccomp" for c in token.children):
            phrasal = self._phrasal_attribution(token, quotes)
            if phrasal is not None:
                return phrasal
        if cue is None or cue.pos != "VERB":
            return None
        return self._verb_attribution(token, cue, quotes, nested_owner)

    def _phrasal_attribution(self, token: Token, quotes: QuoteIndex) -> Attribution | None:
        """A verb + preposition cue ("called for a moratorium") with its subject as speaker."""
        phrasal = self._phrasal(token)
        if phrasal is None:
            return None
        preposition, tokens, weight = phrasal
        attribution = Attribution(
            cue_tokens=[token, preposition], content_tokens=tokens, frame="object", weight=weight
        )
        subject = subject_of(token, quotes)
        if subject is not None:
            attribution.speaker = speaker_span(subject)
        return attribution

    def _verb_attribution(
        self, token: Token, cue: Cue, quotes: QuoteIndex, nested_owner: dict[int, Attribution]
    ) -> Attribution | None:
        """A verb cue with its reported clause, object or adjacent quoted passages, and its speaker."""
        doc = token.doc
        subject = subject_of(token, quotes)
        found = self._content_for_verb(token, cue, quotes)
        adjacent = self._adjacent_quote(token, subject, quotes)
        if found is None and cue.weight < self.settings["min_weight_parenthetical"]:
            adjacent = []  # only a speech verb makes a bare quoted passage its content
        if found is None and not adjacent:
            return None
        tokens, frame = found if found is not None else (set(), "quote")
        sent_start, sent_end = quotes.sentence(token)
        tokens = {i for i in tokens if sent_start <= i < sent_end}
        attribution = Attribution(
            cue_tokens=cue_tokens_of(token), content_tokens=tokens, frame=frame, weight=cue.weight
        )
        spans = token_runs(doc, tokens)
        if frame in ("ccomp", "parenthetical", "quote"):
            # split quotes: “A,” he said, “B.” -> both passages are the content
            for q in adjacent:
                apart = not spans or all(q.end <= s or q.start >= e for s, e in spans)
                if apart and (frame == "quote" or self._continues(spans, q, token)):
                    attribution.extra.append((q.start, q.end))
                    spans.append((q.start, q.end))
        if subject is None and found is not None and found[1] == "ccomp":
            subject = inverted_subject(token, quotes)
        if subject is not None:
            self._set_speaker(attribution, token, subject)
        for clause in token.children:
            if clause.dep_ == "ccomp" and frame == "ccomp":
                for t in clause.subtree:
                    if t.i != clause.i and self._is_nested_cue(t):
                        nested_owner[t.i] = attribution
        return attribution

    @staticmethod
    def _set_speaker(attribution: Attribution, token: Token, subject: Token) -> None:
        """The cue's subject as speaker; a relative pronoun stands for the noun it modifies."""
        attribution.speaker = speaker_span(subject)
        if subject.lower_ in RELATIVES and token.dep_ == "relcl":
            # PolNeAR marks "who" as the source and resolves it through the noun it
            # modifies; "that" and "which" give way to that noun
            antecedent = speaker_span(token.head)
            if subject.lower_ in ("who", "whom"):
                attribution.speaker = token.doc[subject.i : subject.i + 1]
                attribution.speaker_ref = antecedent
            else:
                attribution.speaker = antecedent

    def _subjectless_speakers(
        self,
        attributions: list[Attribution],
        nested_owner: dict[int, Attribution],
        quotes: QuoteIndex,
    ) -> None:
        """Speakers of subjectless cues: the cue whose clause holds them, or the governing verb."""
        by_verb = {a.cue_head.i: a for a in attributions}
        for attribution in attributions:
            if attribution.speaker is not None:
                continue
            verb = attribution.cue_head
            owner = nested_owner.get(verb.i)
            if owner is not None and owner.speaker is not None:
                attribution.speaker, attribution.speaker_ref = owner.speaker, owner.speaker_ref
            else:
                attribution.speaker = self._inherited_speaker(verb, attributions, by_verb)
            if attribution.speaker is None and verb.tag_ in FINITE and verb.dep_ != "relcl":
                subject = preceding_subject(verb, quotes)
                if subject is not None:
                    attribution.speaker = speaker_span(subject)

    @staticmethod
    def _univocal(
        doc: Doc, attributions: list[Attribution], keep_quoted: bool = True
    ) -> list[Attribution]:
        """One role per token: an adverbial cue clause leaves the content that holds it; a cue
        reported inside another's clause ("X said Y claimed Z") gives way to the outer one."""
        dropped: set[int] = set()
        # outer cues (nearer the root of the parse) claim their clauses first
        for outer in sorted(attributions, key=lambda a: len(list(a.cue_head.ancestors))):
            if id(outer) in dropped:
                continue
            for inner in attributions:
                if inner is outer or id(inner) in dropped:
                    continue
                head = inner.cue_head
                if head.i not in outer.content_tokens:
                    continue
                if head.dep_ in ("advcl", "acl", "relcl", "npadvmod") and inner.speaker is not None:
                    outer.content_tokens -= subtree_indices(head)
                elif inner.frame != "quote" and not (
                    keep_quoted
                    and head.i < outer.cue_head.i
                    and inner.speaker is not None
                    and has_marks(doc, inner.content_tokens)
                ):
                    dropped.add(id(inner))
        return [a for a in attributions if id(a) not in dropped]

    @staticmethod
    def _continues(spans: list[tuple[int, int]], q: QuoteSpan, verb: Token) -> bool:
        """A passage after the cue continues a quoted content before it (a split quote)."""
        return bool(spans) and spans[-1][1] <= verb.idx and q.start > verb.idx

    @staticmethod
    def _inherited_speaker(
        verb: Token, attributions: list[Attribution], by_verb: dict[int, Attribution]
    ) -> Span | None:
        """The speaker a subjectless cue shares: "X said A and added B", "X left, saying B",
        "X responded by saying B", "X was able to tout B", "X issued a statement calling B"."""
        node = verb
        for _ in range(INHERIT_STEPS):
            if node.dep_ not in INHERIT_DEPS or node.head is node:
                break
            if node.dep_ == "xcomp":
                # object control: "urged Stumpf to admit ..." -> Stumpf is who admits
                objects = [c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i]
                if objects and (
                    objects[0].pos_ in ("PROPN", "PRON")
                    or objects[0].ent_type_ in AGENT_TYPES
                    or node.head.lemma_.lower() in CONTROL_VERBS
                ):
                    # ("used his speech to call for ...": a thing does not speak)
                    return speaker_span(objects[0])
            if node.dep_ == "acl" and node.head.dep_ in SPEAKING_NOUN_DEPS:
                # "a married couple claiming ...", "a poll found ...": the noun itself speaks
                noun = speaker_span(node.head)
                end = node.left_edge.i if noun.start < node.left_edge.i < noun.end else noun.end
                return noun.doc[noun.start : max(end, node.head.i + 1)]
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue  # a preposition, a noun or an adjective between the cue and its clause
            owner = by_verb.get(node.i)
            if owner is not None and owner.speaker is not None:
                return owner.speaker
            subject = subject_of(node) or next(
                # "X was quoted as saying", "X is expected to endorse"
                (c for c in node.children if c.dep_ == "nsubjpass"),
                None,
            )
            if subject is not None:
                if subject.lower_ in RELATIVES and node.dep_ == "relcl":
                    return speaker_span(node.head)
                return speaker_span(subject)
        return None

    def _layout(self, doc: Doc, attributions: list[Attribution], quotes: QuoteIndex) -> None:
        """Quotations signed with a dash and "Name: ..." lines, where no verb cue claimed them."""
        claimed = [span for a in attributions for span in a.content]
        found: list[tuple[list[tuple[int, int]], Token, Span]] = []
        if self.settings["signed_quotes"]:
            found.extend(signed_quotes(doc, quotes.spans, quotes.text))
        if self.settings["labelled_lines"]:
            found.extend(labelled_lines(doc, paragraphs(quotes.text), quotes.text))
        for spans, cue_token, speaker in found:
            # a verb cue inside the labelled content is nested in it and gives way
            nested = [a for a in attributions if any(s <= a.cue_head.idx < e for s, e in spans)]
            for a in nested:
                attributions.remove(a)
            claimed = [span for a in attributions for span in a.content]
            if any(s < e2 and s2 < e for s, e in spans for s2, e2 in claimed):
                continue
            attribution = Attribution(
                cue_tokens=[cue_token],
                content_tokens=set(),
                frame="layout",
                weight=0.7,
                speaker=speaker,
            )
            attribution.content = spans
            attributions.append(attribution)
            claimed.extend(spans)

    @staticmethod
    def _continuations(doc: Doc, attributions: list[Attribution], quotes: QuoteIndex) -> None:
        """“A,” he said. “B.” -> B continues the quotation when no cue of its own claims it."""
        text = quotes.text
        paras = paragraphs(text)
        para_starts = [p[0] for p in paras]
        claimed = [span for a in attributions for span in a.content]
        cue_offsets = sorted(a.cue_head.idx for a in attributions)
        for a in sorted(attributions, key=lambda a: a.cue_head.idx):
            if not a.content or a.frame in ("according", "layout", "object"):
                continue
            content_before_cue = a.content[-1][1] <= a.cue_head.idx
            if not content_before_cue and not any(quotes.at(s) for s, _ in a.content):
                continue
            k = bisect.bisect_right(para_starts, a.cue_head.idx) - 1
            if k < 0:
                continue
            para_end = paras[k][1]
            position = max(a.cue_head.idx + len(a.cue_head), max(e for _, e in a.content))
            while True:
                q = quotes.after(position)
                if q is None or q.start >= para_end:
                    break
                if any(s < q.end and q.start < e for s, e in claimed):
                    break
                if any(position <= c < q.end for c in cue_offsets):
                    break
                before = text[: q.start].rstrip()
                if before and before[-1] not in '.!?”"’:':
                    break  # a quoted phrase inside a sentence, not a continuing quotation
                a.content.append((q.start, q.end))
                claimed.append((q.start, q.end))
                position = q.end

    def _according_to(self, token: Token, quotes: QuoteIndex) -> Attribution | None:
        doc = token.doc
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"] or [
            c for c in token.children if c.dep_ == "pobj"
        ]
        if not objects:
            return None
        head = token.head
        steps = 0
        while head.pos_ not in ("VERB", "AUX") and head.head is not head and steps < 4:
            head = head.head
            steps += 1
        # "A has X, but B has Y, according to Z" and "... 271 pledged delegates, according to"
        # (a participle parsed as a verb): the report covers the whole coordinated statement
        steps = 0
        while head.dep_ in ("conj", "amod", "compound") and head.head is not head and steps < 4:
            head = head.head
            while head.pos_ not in ("VERB", "AUX") and head.head is not head and steps < 4:
                head = head.head
                steps += 1
            steps += 1
        if head.i == token.i or head.i == to.i:
            return None
        exclude = {token.i}
        content = subtree_indices(head, exclude=exclude)
        sent_start, sent_end = quotes.sentence(token)
        content = {i for i in content if sent_start <= i < sent_end}
        # a reported clause of another cue inside the sentence stays that cue's
        attribution = Attribution(
            cue_tokens=[token, to], content_tokens=content, frame="according", weight=0.93
        )
        attribution.content = snap_to_quotes(token_runs(doc, content), quotes, quotes.text)
        attribution.speaker = speaker_span(objects[0])
        return attribution

    # -- records --------------------------------------------------------------------------
    def _records(
        self, doc: Doc, attributions: list[Attribution], quotes: QuoteIndex
    ) -> list[dict[str, Any]]:
        entities = extensions.get(doc, "entities")
        memory = SpeakerMemory()
        records: list[dict[str, Any]] = []
        claimed: list[tuple[int, int]] = []
        ordered = sorted(attributions, key=lambda a: a.cue_head.idx)
        for a in ordered:
            content = [c for c in a.content if c[1] - c[0] > 1]
            if not content:
                continue
            cue_start = min(t.idx for t in a.cue_tokens)
            cue_end = max(t.idx + len(t) for t in a.cue_tokens)
            if any(s <= cue_start < e for s, e in content):
                continue  # a cue inside its own content: a parse gone wrong
            if any(MARKUP.search(quotes.text, s, e) for s, e in content):
                continue  # markup of an embedded post (author="..." datetime="..."), not speech
            kind = quote_kind(content, quotes)
            entity_id = name = None
            speaker = None
            if a.speaker is not None:
                speaker = [a.speaker.start_char, a.speaker.end_char]
                entity_id, name, type_ = resolve_speaker(
                    doc, a.speaker_ref or a.speaker, entities, memory
                )
                memory.remember(a.speaker.start_char, entity_id, name, type_)
            confidence = (
                0.45
                + 0.35 * a.weight
                + (0.1 if speaker else 0.0)
                + (0.1 if kind != "indirect" else 0.0)
            )
            records.append(
                {
                    "kind": kind,
                    "content": [[s, e] for s, e in content],
                    "cue": [cue_start, cue_end],
                    "speaker": speaker,
                    "speaker_entity": entity_id,
                    "speaker_name": name,
                    "confidence": round(min(confidence, 0.97), 3),
                }
            )
            claimed.extend(content)
        if self.settings["orphan_quotes"]:
            records.extend(self._orphans(doc, quotes, claimed))
        records.sort(key=lambda r: r["content"][0][0])
        return records

    def _orphans(
        self, doc: Doc, quotes: QuoteIndex, claimed: list[tuple[int, int]]
    ) -> list[dict[str, Any]]:
        out = []
        for q in quotes.spans:
            if any(s < q.end and q.start < e for s, e in claimed):
                continue
            if len(doc.text[q.start : q.end].split()) < self.settings["orphan_min_words"]:
                continue
            out.append(
                {
                    "kind": "direct",
                    "content": [[q.start, q.end]],
                    "cue": None,
                    "speaker": None,
                    "speaker_entity": None,
                    "speaker_name": None,
                    "confidence": 0.3 if q.closed else 0.2,
                }
            )
        return out


def extract_quotes(doc: Doc, **settings: Any) -> list[dict[str, Any]]:
    """Direct, indirect and mixed quotations of a parsed Doc, as CONTRACT.md quote records."""
    return QuoteExtractor(**settings).extract(doc)


class QuotesComponent:
    def __init__(self, nlp: Language, name: str, **settings: Any) -> None:
        self.name = name
        self.extractor = QuoteExtractor(**settings)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.extractor.extract(doc)
        return doc


@Language.factory(
    "dateline_quotes",
    assigns=["doc._.quotes"],
    requires=["doc._.entities", "token.dep"],
    default_config=dict(DEFAULTS),
)
def make_quotes(
    nlp: Language,
    name: str,
    min_weight_clause: float,
    min_weight_object: float,
    min_weight_parenthetical: float,
    nested_quotes: bool,
    signed_quotes: bool,
    labelled_lines: bool,
    orphan_quotes: bool,
    orphan_min_words: int,
) -> QuotesComponent:
    extensions.register()
    return QuotesComponent(
        nlp,
        name,
        min_weight_clause=min_weight_clause,
        min_weight_object=min_weight_object,
        min_weight_parenthetical=min_weight_parenthetical,
        nested_quotes=nested_quotes,
        signed_quotes=signed_quotes,
        labelled_lines=labelled_lines,
        orphan_quotes=orphan_quotes,
        orphan_min_words=orphan_min_words,
    )
