"""The events component: PLOVER events, who did what to whom, where and when.

Triggers (verbs and nominalizations, data/events/triggers.tsv) are found on lemmas; the
dependency parse gives their arguments, the clause they sit in gives modality and negation
("will reduce hostilities" is an announced concession, "will not reduce" a refusal); actor
country/sector come from doc._.entities, place from doc._.places, date from doc._.clause_dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.nlp import extensions
from dateline.nlp.event_args import (
    FIRST_PERSON,
    NOT_ACTORS,
    OBJECT_DEPS,
    PATIENT_OF_TYPES,
    PRONOUNS,
    RECIPIENT_PREPS,
    EntityIndex,
    agent_of,
    code_actor,
    conjuncts,
    is_actor_like,
    phrase_span,
    prep_objects,
    subject_of,
)
from dateline.nlp.event_lexicon import POS_CLASS, QUAD, Lexicon, Trigger, load_lexicon

#: dependency relations through which an event is the complement of another ("demanded the
#: withdrawal", "threatened to impose sanctions", "refused to allow access")
COMPLEMENT_DEPS = {
    "xcomp", "ccomp", "dobj", "pobj", "prep", "acomp", "nsubj", "nsubjpass", "attr", "oprd",
    "compound", "amod", "acl", "pcomp", "dative", "appos", "advcl", "conj",
}
#: named-entity labels inside which a word is a name, not an event ("Peace Talks Committee")
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "GPE", "NORP", "LANGUAGE"}
CONCESSIVE = {"CONCEDE", "RETREAT", "AGREE", "COOPERATE", "AID", "CONSULT", "SUPPORT"}
#: what a refused / demanded event becomes as the REQUEST or REJECT mode (PLOVER modes)
YIELD_MODE = {
    "RETREAT": "yield", "CONCEDE": "yield", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
    "CONSULT": "meet", "AGREE": "meet",
}
THREAT_MODE = {
    "ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": "relations",
    "RETREAT": "relations",
}
COERCE_THREAT_MODE = {"arrest": "arrest", "deport": "expel", "seize": "territory"}
#: announced/intended material events become verbal ones (PLOVER: an announced withdrawal is
#: CONCEDE; intent to cooperate or meet is AGREE; a conflict action announced is a THREATEN)
FUTURE_TYPE = {
    "RETREAT": "CONCEDE", "AID": "AGREE", "COOPERATE": "AGREE", "CONSULT": "AGREE",
    "ASSAULT": "THREATEN", "COERCE": "THREATEN", "SANCTION": "THREATEN", "MOBILIZE": "THREATEN",
    "SUPPORT": "AGREE",
}
MODALITY_FACTOR = {"asserted": 1.0, "future": 0.85, "demanded": 0.8, "hypothetical": 0.6, "denied": 0.5}


@dataclass
class Candidate:
    """A trigger found in the text, before its arguments are read."""

    token: Token
    trigger: Trigger
    type: str
    mode: str | None
    cameo: str | None
    weight: float
    sense_applied: bool = False
    inner: list[Candidate] = field(default_factory=list)
    absorbed: bool = False


# -- finding triggers --------------------------------------------------------------------------


def _context_lemmas(token: Token) -> set[str]:
    """Lemmas around a trigger that decide its sense: objects, modifiers, prepositions, governor."""
    out: set[str] = set()
    for child in token.children:
        if child.dep_ in {"punct", "det", "aux", "auxpass", "neg", "cc", "mark"}:
            continue
        out.add(child.lemma_.lower())
        out.add(child.lower_)
        for grand in child.children:
            if grand.dep_ in {"pobj", "compound", "amod", "dobj", "nummod"}:
                out.add(grand.lemma_.lower())
                for great in grand.children:
                    if great.dep_ in {"compound", "amod"}:
                        out.add(great.lemma_.lower())
    if token.pos_ in {"NOUN", "PROPN"} and token.head is not token:
        out.add(token.head.lemma_.lower())
        if token.head.dep_ == "prep":
            out.add(token.head.lower_)
            out.add(token.head.head.lemma_.lower())
    return out


def _governing_verb(token: Token) -> Token | None:
    head = token.head
    steps = 0
    while head is not token and steps < 4:
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if head.head is head:
            return None
        token, head = head, head.head
        steps += 1
    return None


def _needs_met(cand: Candidate, ctx: set[str], lex: Lexicon) -> bool:
    need = cand.trigger.needs
    if not need or need == "event" or cand.sense_applied:
        return True
    kind, _, arg = need.partition("=")
    words = lex.word_set(arg)
    token = cand.token
    if kind in {"obj", "mod"}:
        return bool(ctx & words)
    if kind == "gov":
        gov = _governing_verb(token)
        return gov is not None and gov.lemma_.lower() in words
    if kind == "subj":
        subj, passive = subject_of(token)
        if subj is None or passive:
            return False
        lemmas = {subj.lemma_.lower()} | {c.lemma_.lower() for c in subj.children if c.dep_ in {"compound", "amod"}}
        return bool(lemmas & words)
    return True


def _match_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    pos = POS_CLASS.get(token.pos_)
    if pos is None:
        return None
    lemma = token.lemma_.lower()
    if pos == "V" and lemma in lex.verb_phrases:
        near = {c.lemma_.lower() for c in token.children} | {c.lower_ for c in token.children}
        for trig in lex.verb_phrases[lemma]:
            if all(word in near for word in trig.words[1:]):
                return trig
    if pos == "N":
        for size in (3, 2):
            if token.i - size + 1 < token.sent.start:
                continue
            words = tuple(t.lemma_.lower() for t in token.doc[token.i - size + 1 : token.i + 1])
            if words in lex.noun_phrases:
                return lex.noun_phrases[words]
    trig = lex.forms.get((token.lower_, pos)) or lex.single.get((lemma, pos))
    if trig is None and token.dep_ == "acomp":
        trig = lex.single.get((token.lower_, "A"))
    return trig


def find_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Every trigger in the Doc with its sense resolved; triggers whose conditions fail are dropped."""
    found: list[Candidate] = []
    for token in doc:
        if token.ent_type_ in NAME_LABELS:
            continue
        trig = _match_trigger(token, lex)
        if trig is None or trig.pos == "V" and token.dep_ in {"amod", "compound"}:
            continue  # "the occupied territories", "the besieged city": a state, not an event
        cand = Candidate(token, trig, trig.type, trig.mode, trig.cameo, trig.weight)
        ctx = _context_lemmas(token)
        for sense in lex.senses.get(trig.words[0], ()):
            if sense.pos and sense.pos != trig.pos:
                continue
            if sense.when & ctx:
                if not sense.type:
                    cand = None  # type: ignore[assignment]
                    break
                cand.type, cand.mode, cand.cameo = sense.type, sense.mode, sense.cameo
                cand.sense_applied = True
                break
        if cand is None or not _needs_met(cand, ctx, lex):
            continue
        found.append(cand)
    return found


def absorb_complements(cands: list[Candidate]) -> None:
    """Attach each event that is the complement of an embedding trigger (demand, refuse, threaten,
    agree) to it: "demanded the withdrawal" is one REQUEST, not a REQUEST and a RETREAT."""
    by_index = {c.token.i: c for c in cands}
    for cand in cands:
        token = cand.token
        steps = 0
        while token.dep_ in COMPLEMENT_DEPS and token.head is not token and steps < 6:
            token = token.head
            steps += 1
            outer = by_index.get(token.i)
            if outer is None:
                continue
            direct_object = steps == 1 and cand.token.dep_ == "dobj" and outer.trigger.pos == "V" and cand.trigger.pos == "N"
            if (outer.trigger.frame == "embed" or direct_object) and outer is not cand:
                # "lifted the blockade", "violated the ceasefire": the verb says what happened
                outer.inner.append(cand)
                cand.absorbed = True
            break


# -- clause meaning ----------------------------------------------------------------------------


def anchor_of(cand: Candidate) -> Token:
    """The verb that carries the event's tense, mood and subject."""
    token = cand.token
    if cand.trigger.pos == "V":
        return token
    if cand.trigger.pos == "A":
        return token.head
    gov = _governing_verb(token)
    return gov if gov is not None else token


def _aux_lemmas(verb: Token) -> list[str]:
    out: list[str] = []
    token = verb
    for _ in range(4):
        out += [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}]
        if token.dep_ in {"xcomp"} and token.head is not token:
            token = token.head
            continue
        break
    return out


def _is_negated(cand: Candidate, anchor: Token) -> bool:
    for tok in {cand.token, anchor}:
        for child in tok.children:
            if child.dep_ == "neg" or child.lower_ in {"never", "no"} and child.dep_ in {"det", "advmod", "neg"}:
                return True
    # "there can be no compromise": the negative determiner on the noun itself
    return cand.trigger.pos == "N" and any(c.lower_ == "no" for c in cand.token.lefts)


@dataclass
class Clause:
    """What the governing clauses say about an event: reported by whom, hoped, appealed for."""

    reporter: Token | None = None
    appealed: bool = False
    irrealis: bool = False
    denied: bool = False
    conditional: bool = False


def clause_context(anchor: Token, lex: Lexicon) -> Clause:
    clause = Clause()
    token = anchor
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
            clause.conditional = True
        if token.head is token:
            break
        dep = token.dep_
        token = token.head
        lemma = token.lemma_.lower()
        if dep not in {"ccomp", "xcomp", "advcl", "dobj", "pobj", "prep", "conj", "acomp", "pcomp", "parataxis"}:
            continue
        if lemma in lex.clauses["appeal"] and dep in {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp"}:
            clause.appealed = True
        elif lemma in lex.clauses["irrealis"] and dep in {"xcomp", "ccomp", "pcomp"}:
            clause.irrealis = True
        elif lemma in lex.clauses["denial"] and dep in {"xcomp", "ccomp", "dobj", "pcomp"}:
            clause.denied = True
        elif lemma in lex.clauses["speech"] and dep in {"ccomp", "parataxis", "dobj", "xcomp"} and clause.reporter is None:
            subj, passive = subject_of(token)
            if subj is not None and not passive:
                clause.reporter = subj
    return clause


def modality_of(cand: Candidate, anchor: Token, clause: Clause, lex: Lexicon) -> str:
    aux = _aux_lemmas(anchor)
    if clause.denied:
        return "denied"
    if any(a in lex.modals["demanded"] for a in aux) or ("have" in aux and anchor.dep_ == "xcomp"):
        return "demanded"
    if "would" in aux and clause.reporter is not None:
        return "future"  # reported speech: "said it would withdraw" is an announced future
    if any(a in lex.modals["hypothetical"] for a in aux) or clause.irrealis or clause.conditional:
        return "hypothetical"
    if any(a in lex.modals["future"] for a in aux):
        return "future"
    if anchor.lemma_ == "go" and any(c.dep_ == "xcomp" for c in anchor.children) and anchor.tag_ == "VBG":
        return "future"
    return "asserted"


# -- arguments ---------------------------------------------------------------------------------


@dataclass
class Args:
    actor: Token | None = None
    actor_span: Span | None = None
    recipient: Token | None = None
    recipient_span: Span | None = None


def _one_token_span(token: Token) -> Span:
    return token.doc[token.i : token.i + 1]


def _recipient_ok(token: Token, cand: Candidate, lex: Lexicon, entities: EntityIndex) -> bool:
    if token.ent_type_ in NOT_ACTORS or token.like_num or token.lemma_.lower() in cand.trigger.words:
        return False
    if cand.type in {"ASSAULT", "COERCE", "THREATEN"}:
        return True  # what is attacked may be a town or a building
    return is_actor_like(token, lex, entities)


def arguments_of(cand: Candidate, anchor: Token, lex: Lexicon, entities: EntityIndex) -> Args:
    """Actor and recipient heads for a trigger, from the parse."""
    token = cand.token
    args = Args()
    preps = RECIPIENT_PREPS.get(cand.type, ()) + RECIPIENT_PREPS[""]
    if cand.trigger.pos == "N":
        for child in token.children:
            if child.dep_ == "poss":
                args.actor = child
            elif child.dep_ in {"amod", "compound"} and child.text in lex.nationalities and args.actor is None:
                args.actor, args.actor_span = child, _one_token_span(child)
        by = prep_objects(token, ("by",))
        if by:
            args.actor, args.actor_span = by[0], None
        between = prep_objects(token, ("between", "among"))
        if between:
            args.actor = args.actor or between[0]
            others = conjuncts(between[0])
            if others:
                args.recipient = others[0]
        if args.recipient is None:
            objs = prep_objects(token, preps)
            if objs:
                args.recipient = objs[0]
        if args.actor is None and token.dep_ not in {"nsubj", "nsubjpass"} and anchor is not token:
            subj, passive = subject_of(anchor)
            if passive:
                agent = agent_of(anchor)
                args.actor = agent
            else:
                args.actor = subj
            if args.recipient is None and anchor.lemma_.lower() in lex.light_verbs:
                objs = prep_objects(anchor, preps)
                if objs:
                    args.recipient = objs[0]
        of = prep_objects(token, ("of",))
        if of and is_actor_like(of[0], lex, entities):
            if cand.type in PATIENT_OF_TYPES or cand.mode in {"release", "resign"}:
                args.recipient = args.recipient or of[0]
            elif args.actor is None:
                args.actor = of[0]
    else:
        verb = token if cand.trigger.pos == "V" else anchor
        subj, passive = subject_of(verb)
        if passive:
            args.recipient = subj
            args.actor = agent_of(verb)
        else:
            args.actor = subj
        if args.recipient is None:
            objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
            actorlike = [o for o in objects if is_actor_like(o, lex, entities)]
            if actorlike:
                args.recipient = actorlike[0]
            else:
                objs = prep_objects(verb, preps)
                if objs:
                    args.recipient = objs[0]
                elif objects and cand.type in {"ASSAULT", "COERCE"}:
                    args.recipient = objects[0]
    if cand.trigger.frame == "embed" and args.recipient is None:
        # "demanded that President Mugabe abandon ...": the one asked, refused or threatened
        for child in token.children:
            if child.dep_ in {"ccomp", "xcomp"}:
                subj, _ = subject_of(child)
                if subj is not None and subj.head is child and subj.lower_ not in PRONOUNS and is_actor_like(subj, lex, entities):
                    args.recipient = subj
                break
    if args.actor is not None and args.actor.dep_ == "poss" and args.actor.lower_ in PRONOUNS and anchor is not token:
        subj, passive = subject_of(anchor)
        if subj is not None and not passive:
            args.actor = subj  # "X reiterated its demand" -> X
    if args.recipient is not None and not _recipient_ok(args.recipient, cand, lex, entities):
        args.recipient = None
    if cand.trigger.frame == "recip" and args.actor is not None and args.recipient is None:
        others = conjuncts(args.actor)
        if others:
            args.recipient = others[0]
    if args.recipient is not None and args.actor is not None and args.recipient.i == args.actor.i:
        args.recipient = None
    return args


# -- records -----------------------------------------------------------------------------------


class DocContext:
    """Per-Doc lookups built once: entities, quotes, places, clause dates."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.entities = EntityIndex(extensions.get(doc, "entities"))
        self.entity_by_id = {e.get("id"): e for e in extensions.get(doc, "entities") if isinstance(e, dict)}
        self.quotes: list[tuple[int, int, dict[str, Any]]] = []
        for quote in extensions.get(doc, "quotes"):
            for part in quote.get("content") or []:
                if isinstance(part, (list, tuple)) and len(part) == 2:
                    self.quotes.append((part[0], part[1], quote))
        self.places = [p for p in extensions.get(doc, "places") if isinstance(p, dict)]
        self.clause_dates: dict[int, str] = {}
        for key, value in (extensions.get(doc, "clause_dates") or {}).items():
            try:
                self.clause_dates[int(key)] = value
            except (TypeError, ValueError):
                continue
        self.pub_date = extensions.publication_date(doc)

    def quote_at(self, char: int) -> dict[str, Any] | None:
        for start, end, quote in self.quotes:
            if start <= char < end:
                return quote
        return None

    def actor_record(self, head: Token | None, span: Span | None, quote: dict[str, Any] | None, reporter: Token | None) -> dict[str, Any] | None:
        if head is None:
            return None
        lower = head.lower_
        if head.pos_ == "PRON" or lower in PRONOUNS:
            # a resolved pronoun (the entities component links "he" to its entity) wins
            entity = self.entities.best(_one_token_span(head), head)
            if entity is None and lower in FIRST_PERSON and quote is not None and quote.get("speaker_entity"):
                entity = self.entity_by_id.get(quote["speaker_entity"])
            if entity is None and lower not in FIRST_PERSON and reporter is not None and reporter.i != head.i:
                return code_actor(phrase_span(reporter), reporter, self.lex, self.entities)
            record = {"entity": None, "text": head.text, "span": [head.idx, head.idx + len(head.text)], "country": None, "sector": None}
            if entity is not None:
                record.update(entity=entity.get("id"), country=entity.get("country"), sector=entity.get("sector"))
            return record
        return code_actor(span if span is not None else phrase_span(head), head, self.lex, self.entities)

    def date_for(self, tokens: list[Token]) -> str | None:
        for token in tokens:
            cur = token
            for _ in range(8):
                if cur.i in self.clause_dates:
                    return self.clause_dates[cur.i]
                if cur.head is cur:
                    break
                cur = cur.head
        return self.pub_date

    def place_for(self, sent: Span, anchor: Token) -> dict[str, Any] | None:
        inside = [p for p in self.places if sent.start_char <= (p.get("start") or -1) < sent.end_char and p.get("geonames_id")]
        if not inside:
            return None
        lo, hi = anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge.text)
        near = [p for p in inside if lo <= p["start"] < hi] or inside
        best = near[0]
        return {k: best.get(k) for k in ("geonames_id", "name", "lat", "lon")}


def _evidence(sent: Span) -> list[list[int]]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return [[start, max(start, end)]]


def _inner_mode(outer_type: str, inner: Candidate) -> str | None:
    if outer_type in {"REQUEST", "REJECT"}:
        return YIELD_MODE.get(inner.type, "change")
    if outer_type == "THREATEN":
        if inner.type == "COERCE":
            return COERCE_THREAT_MODE.get(inner.mode or "", "restrict")
        return THREAT_MODE.get(inner.type)
    return None


def build_event(cand: Candidate, ctx: DocContext) -> dict[str, Any] | None:
    lex = ctx.lex
    anchor = anchor_of(cand)
    clause = clause_context(anchor, lex)
    if clause.appealed:
        return None  # an appeal (CAMEO 02) is not a PLOVER event
    if cand.trigger.needs == "event" and not cand.inner:
        return None
    type_, mode, cameo = cand.type, cand.mode, cand.cameo
    inner = cand.inner[0] if cand.inner else None
    if inner is not None and not mode:
        mode = _inner_mode(type_, inner)
    negated = _is_negated(cand, anchor)
    modality = modality_of(cand, anchor, clause, lex)
    if modality == "denied":
        negated = True
    quote = ctx.quote_at(cand.token.idx)
    reporter_entity = quote.get("speaker_entity") if quote else None
    args = arguments_of(cand, anchor, lex, ctx.entities)
    if inner is not None and args.recipient is None:
        inner_args = arguments_of(inner, anchor_of(inner), lex, ctx.entities)
        if inner_args.actor is not None and (args.actor is None or inner_args.actor.i != args.actor.i):
            if inner_args.actor.lower_ not in PRONOUNS:
                args.recipient = inner_args.actor
        elif inner_args.recipient is not None:
            args.recipient = inner_args.recipient
    actor_head, actor_span = args.actor, args.actor_span
    recipient_head, recipient_span = args.recipient, args.recipient_span
    reporter = clause.reporter
    confidence = cand.weight
    # PLOVER: a demanded action is a REQUEST by whoever demands it, addressed to its would-be actor
    if modality == "demanded" and cand.trigger.frame != "embed" and type_ not in {"REQUEST", "REJECT", "THREATEN"}:
        mode = YIELD_MODE.get(type_, "change")
        type_, cameo = "REQUEST", None
        recipient_head, recipient_span = actor_head, actor_span
        actor_head, actor_span = reporter, None
        negated = False
    elif negated and modality in {"future", "hypothetical", "demanded"} and type_ in CONCESSIVE:
        # "will not reduce", "there can be no compromise": a refusal, asserted
        mode = YIELD_MODE.get(type_, "change")
        type_, cameo = "REJECT", None
        negated, modality = False, "asserted"
        confidence *= 0.9
    elif modality == "future" and not negated and type_ in FUTURE_TYPE and cand.trigger.frame != "embed":
        new_type = FUTURE_TYPE[type_]
        if new_type == "THREATEN":
            mode = COERCE_THREAT_MODE.get(mode or "", "restrict") if type_ == "COERCE" else THREAT_MODE.get(type_)
        else:
            mode = None
        type_, cameo = new_type, None
    if cameo is None or type_ != cand.type:
        cameo = lex.cameo_for(type_, mode)
    sent = cand.token.sent
    actor = ctx.actor_record(actor_head, actor_span, quote, reporter)
    if actor is None and QUAD[type_].startswith("verbal") and quote is not None and quote.get("speaker_entity"):
        entity = ctx.entity_by_id.get(quote["speaker_entity"]) or {}
        speaker = quote.get("speaker") or [None, None]
        actor = {
            "entity": quote["speaker_entity"],
            "text": quote.get("speaker_name") or entity.get("name"),
            "span": speaker if isinstance(speaker, list) and len(speaker) == 2 and speaker[0] is not None else None,
            "country": entity.get("country"),
            "sector": entity.get("sector"),
        }
    recipient = ctx.actor_record(recipient_head, recipient_span, quote, None)
    if reporter_entity is None and reporter is not None and actor_head is not None and reporter.i != actor_head.i:
        entity = ctx.entities.best(phrase_span(reporter), reporter)
        reporter_entity = entity.get("id") if entity else None
    if cand.token.dep_ in {"acl", "relcl"} or anchor.dep_ in {"acl", "relcl"}:
        confidence *= 0.6  # "weapons seized last year", "whom they had taken": background, not the news
    confidence *= MODALITY_FACTOR.get(modality, 1.0)
    if negated:
        confidence *= 0.6
    if actor is None:
        confidence *= 0.75
    if cand.trigger.pos == "N" and actor is None and anchor.lemma_.lower() not in lex.light_verbs:
        confidence *= 0.8
    return {
        "type": type_,
        "mode": mode or None,
        "quad": QUAD[type_],
        "cameo": cameo,
        "actor": actor,
        "recipient": recipient,
        "date": ctx.date_for([anchor, cand.token]),
        "place": ctx.place_for(sent, anchor),
        "negated": negated,
        "modality": modality,
        "evidence": _evidence(sent),
        "confidence": round(max(0.05, min(0.99, confidence)), 2),
        "reported_by": reporter_entity,
    }


def extract_events(doc: Doc, lexicon: Lexicon | None = None, min_confidence: float = 0.0) -> list[dict[str, Any]]:
    """PLOVER-coded events with actors, place, date, modality and evidence, in text order."""
    lex = lexicon or load_lexicon()
    if not doc.has_annotation("DEP"):
        return []
    cands = find_candidates(doc, lex)
    if not cands:
        return []
    absorb_complements(cands)
    ctx = DocContext(doc, lex)
    events: list[dict[str, Any]] = []
    seen: dict[tuple[Any, ...], int] = {}
    by_index = {c.token.i: c for c in cands}
    for cand in cands:
        if cand.absorbed:
            continue
        head = by_index.get(cand.token.head.i)
        if cand.type == "REQUEST" and head is not None and head.type == "PROTEST" and cand.token.dep_ in {"advcl", "xcomp", "acl", "conj"}:
            continue  # "demonstrated demanding reforms": the demand is the protest's aim (a PLOVER context)
        event = build_event(cand, ctx)
        if event is None or event["confidence"] < min_confidence:
            continue
        actor_span = tuple(event["actor"]["span"]) if event["actor"] and event["actor"]["span"] else None
        key = (event["type"], actor_span, tuple(event["evidence"][0]), event["negated"])
        if key in seen:
            prior = events[seen[key]]
            if event["confidence"] > prior["confidence"]:
                events[seen[key]] = event
            continue
        seen[key] = len(events)
        events.append(event)
    return events


class EventsComponent:
    def __init__(self, nlp: Language, name: str, min_confidence: float = 0.0) -> None:
        self.name = name
        self.min_confidence = min_confidence
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lexicon, self.min_confidence)
        return doc


@Language.factory(
    "dateline_events",
    assigns=["doc._.events"],
    requires=["doc._.entities", "doc._.places", "doc._.times", "doc._.clause_dates"],
    default_config={"min_confidence": 0.0},
)
def make_events(nlp: Language, name: str, min_confidence: float) -> EventsComponent:
    extensions.register()
    return EventsComponent(nlp, name, min_confidence)
