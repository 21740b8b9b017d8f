"""The events component: PLOVER events, who did what to whom, where and when.

Triggers (verbs and nominalizations, data/events/triggers.tsv) are found on lemmas; the
dependency parse gives their arguments, the clause they sit in gives modality and negation
("will reduce hostilities" is an announced concession, "will not reduce" a refusal); actor
country/sector come from doc._.entities, place from doc._.places, date from doc._.clause_dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.nlp import extensions
from dateline.nlp.events.arguments import (
    FIRST_PERSON,
    NEUTER_THIRD,
    NOT_ACTORS,
    OBJECT_DEPS,
    PATIENT_OF_TYPES,
    PRONOUNS,
    RECIPIENT_PREPS,
    RELATIVE,
    EntityIndex,
    agent_of,
    conjuncts,
    content_head,
    is_actor_like,
    nationality_country,
    one_token_span,
    phrase_span,
    prep_objects,
    pronoun_antecedent,
    relative_antecedent,
    resumptive,
    subject_of,
)
from dateline.nlp.events.context import DocContext, one_person
from dateline.nlp.events.lexicon import POS_CLASS, QUAD, Lexicon, Trigger, load_lexicon
from dateline.nlp.events.passes import (
    ARMED_SIDES,
    REFERRED_ACTS,
    absorb,
    aim_unaddressed,
    align_irregulars,
    answer_denials,
    answer_references,
    armed_mentions,
    campaign_story,
    carry_actors,
    drop_home_withdrawals,
    drop_kin_help,
    drop_mentions,
    merge_retold,
    own_people_restricted,
    people_for_things,
    place_victims,
    retold_parties,
    state_for_things,
    two_acts,
    words_for_war,
)
from dateline.nlp.events.ranker import EventFilter, load_filter
from dateline.nlp.headings import HEADINGS
from dateline.nlp.words import pronouns

#: dependency relations through which an event is the complement of another ("demanded the
#: withdrawal", "threatened to impose sanctions", "refused to allow access")
COMPLEMENT_DEPS = {
    "xcomp", "ccomp", "dobj", "pobj", "prep", "acomp", "nsubj", "nsubjpass", "attr", "oprd",
    "compound", "amod", "acl", "pcomp", "dative", "appos", "advcl", "conj",
}
#: prepositions of the means by which one acts ("holds Iran accountable through sanctions")
MEANS_PREPS = frozenset({"through", "via", "with", "by"})
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
#: threats of what a state does to its own people (COERCE_THREAT_MODE's and the default "restrict")
DOMESTIC_THREATS = frozenset({"arrest", "expel", "territory", "restrict"})
#: announced/intended material events become verbal ones (PLOVER: an announced withdrawal is
#: CONCEDE; intent to cooperate or meet is AGREE; a conflict action announced is a THREATEN)
FUTURE_TYPE = {
    "RETREAT": "CONCEDE", "AID": "AGREE", "COOPERATE": "AGREE", "CONSULT": "AGREE",
    "ASSAULT": "THREATEN", "COERCE": "THREATEN", "SANCTION": "THREATEN",
    "SUPPORT": "AGREE",
}
MODALITY_FACTOR = {"asserted": 1.0, "future": 0.85, "demanded": 0.8, "hypothetical": 0.6, "denied": 0.5}
FUTURE_TYPE["PROTEST"] = "THREATEN"  # "will boycott the elections": a threatened protest (PLOVER THREATEN)
THREAT_MODE["COOPERATE"] = "relations"
#: prepositions and subordinators that put an event in the background of the sentence's news
#: ("imposed a curfew after the riots", "resigned as the opposition threatened to storm ...")
BACKGROUND_PREPS = {
    "after", "before", "following", "since", "during", "amid", "amidst", "despite", "until", "over", "ahead", "like", "unlike", "than"
}
BACKGROUND_MARKS = {"after", "before", "since", "as", "while", "until", "because", "although", "though", "once", "whereas"}
BACKGROUND_FACTOR = 0.6
#: verbs that judge their object only when they say what it is ("called the move illegal")
NAMING_JUDGES = frozenset({"call", "consider", "describe", "label", "brand", "term"})
#: prepositions that give a noun its topic ("concerns about", "questions over")
TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})
#: marks of a clause told beside another, not inside it ("warned ..., as Tehran rejected the offer")
SIDE_MARKS = frozenset({"as", "while", "whereas", "although", "though", "because"})
#: "the scene of the attack", "the handlers of Tuesday's attack": an event named as the circumstance
BACKGROUND_OF_HEADS = {
    "wake", "aftermath", "eve", "result", "anniversary", "victim", "survivor", "scene", "site", "handler",
    "perpetrator", "organizer", "mastermind", "planner", "history", "memory", "toll", "cost", "threat", "risk", "ahead",
}
#: material-conflict types whose event nouns can be the subject of another trigger ("an attack
#: killed", "airstrikes hit", "a car bomb exploded"): one event, not an actor
MATERIAL = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"}
#: pronouns that name no party to charge or to make a demand on ("you must", "it must")
NO_ADDRESSEE = frozenset({"you", "it", "this", "that", "one", "everyone", "everybody", "anyone", "anybody", "someone"})


#: participles that give another name to the noun they follow ("known as", "dubbed", "called")
NAMING_PARTICIPLES = {"know", "dub", "call", "name", "term", "refer", "label", "nickname"}
#: types whose "on" object is what is talked or agreed about, not a party
TALK_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
#: types that answer or judge what someone else said or did: their object's author is the recipient
ANSWERS = {"REJECT", "ACCUSE", "SUPPORT"}
#: types whose nouns ("a deal", "cooperation", "a consensus") are an event only when a verb says it
#: took place ("reached a deal", "signed a pact"), even with parties named
NAMED_ONLY_IF_DONE = {"AGREE", "COOPERATE"}
#: what an announced intention turns into a threat, and what an order carries out itself
CONFLICT_ACTS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
ORDERED_ACTS = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "SANCTION"}


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
    manner: Candidate | None = None  # "killed in a Russian missile strike": the attack it was done by
    stands: bool = False  # a measure whose ending is not done ("urged them to drop all charges"): an event of its own


# -- finding triggers --------------------------------------------------------------------------


#: the dependents of a trigger's dependents that decide its sense too ("ordered [the release] of prisoners")
GRAND_DEPS = frozenset({"pobj", "compound", "amod", "dobj", "nummod", "nmod"})


def _context_lemmas(token: Token, subject: bool = True) -> set[str]:
    """Lemmas around a trigger that decide its sense: objects, modifiers, prepositions, governor."""
    out: set[str] = set()
    for child in token.children:
        if child.dep_ in {"punct", "det", "aux", "auxpass", "neg", "cc", "mark"} or not subject and child.dep_ == "nsubj":
            continue
        if child.dep_ == "conj" and child.pos_ == "VERB" and token.pos_ == "VERB":
            continue  # "met Zelenskyy and praised Ukraine's commitment": another clause's words
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in child.children):
            continue  # "seized the town on Monday": when, not "seized on" (a date's preposition is no particle)
        out.add(child.lemma_.lower())
        out.add(child.lower_)
        for word in (child, *child.children):
            if word.lower_ in RELATIVE and (antecedent := relative_antecedent(word)) is not None:
                out.add(antecedent.lemma_.lower())  # "the JCPOA, which the administration pulled out of"
        if child.dep_ == "dobj":
            # "described the proposed plan as a disaster": the parser hangs the verb's "as" on the object
            preps = [t for t in child.subtree if t.dep_ == "prep" and t.lower_ == "as"]
            for prep in (p for p in preps if p.head.tag_ == "VBN" or p.head.i == child.i):
                out.update(g.lemma_.lower() for g in prep.children if g.dep_ == "pobj")
        for grand in child.children:
            # (an object's apposition too: the parser's "designated [BLA, a terrorist group]")
            if grand.dep_ in GRAND_DEPS or grand.dep_ in {"conj", "appos"} and child.dep_ == "dobj":
                out.add(grand.lemma_.lower())
                for great in grand.children:
                    if great.dep_ in {"compound", "amod"} and great.tag_ != "VBN":  # not "Western-supplied [depots]"
                        out.add(great.lemma_.lower())
                    elif great.dep_ == "conj" and grand.dep_ in {"compound", "amod", "nmod"}:
                        out.add(great.lemma_.lower())  # "its nuclear and ballistic missile programs"
            elif grand.dep_ == "prep" and child.dep_ in {"prep", "prt", "advmod"} and child.lower_ in {"out", "away", "back"}:
                # "pulled out of the agreement": the parser may chain "out" -> "of" -> the object
                out.update(g.lemma_.lower() for g in grand.children if g.dep_ == "pobj")
            elif grand.dep_ == "prep" and grand.lower_ == "of" and child.dep_ in {"dobj", "nsubjpass", "oprd"}:
                # "lifted a state of emergency", "ordered the release of prisoners"
                out.update(g.lemma_.lower() for g in grand.children if g.dep_ == "pobj")
    if token.pos_ in {"NOUN", "PROPN"} and token.head.i != token.i:
        out.add(token.head.lemma_.lower())
        if token.head.dep_ == "prep":
            out.add(token.head.lower_)
            out.add(token.head.head.lemma_.lower())
    if token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in token.children):
        out.add(token.head.lemma_.lower())  # "the weapons Russia has used against Ukraine": its object
    if token.pos_ in {"VERB", "AUX"} and subject:
        # the subject decides too: "stocks rallied" vs "supporters rallied", "rebels raided"
        subj, _ = subject_of(token)
        if subj is not None:
            out.add(subj.lemma_.lower())  # "thousands of Sudanese began protesting": a crowd
            subj = content_head(subj)
            out.add(subj.lemma_.lower())
            out.update(c.lemma_.lower() for c in subj.children if c.dep_ in {"compound", "amod"})
    return out


def _target_lemmas(token: Token) -> set[str]:
    """What an act is aimed at: its objects and the objects of its "on"/"against" phrases, with
    their modifiers ("attacked the decision", "an attack on the constitutional order"; not the
    verb that governs it: "pressed ahead with attacks")."""
    out: set[str] = set()
    for child in token.children:
        aimed = [child] if child.dep_ in {"dobj", "nsubjpass"} else []
        if child.dep_ == "prep" and child.lower_ in {"on", "against", "upon"}:
            aimed = [g for g in child.children if g.dep_ == "pobj"]
        for word in aimed:
            out.add(word.lemma_.lower())
            out.update(g.lemma_.lower() for g in word.children if g.dep_ in {"compound", "amod"})
    return out


def _head_lemmas(token: Token, subject: bool = False) -> set[str]:
    """The heads of a trigger's objects and of its prepositions' objects (and, with ``subject``, of
    its subject), without their modifiers ("met with opposition", not "met with opposition leaders";
    "the blaze destroyed homes", not "destroyed a fire station")."""
    deps = {"dobj", "nsubjpass", "attr", "oprd"} | ({"nsubj"} if subject else set())
    heads = [c for c in token.children if c.dep_ in deps]
    heads += [g for c in token.children if c.dep_ in {"prep", "agent"} for g in c.children if g.dep_ == "pobj"]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    doers = [h for h in heads if h.dep_ == "nsubj" or h.dep_ == "pobj" and h.head.dep_ == "agent"]
    kinds = [c for h in doers for c in h.children if c.dep_ in {"amod", "compound"}]  # "collapsing buildings injured 15 people"
    # ... and, with its subject, what happened when it did ("were killed when two helicopters crashed")
    when = [c for c in token.children if subject and c.dep_ == "advcl" and c.pos_ == "VERB"
            and any(m.dep_ in {"mark", "advmod"} and m.lower_ in {"when", "as"} for m in c.children)]
    # ... and what a participle tells the result of ("the jetliner crashed into the ocean, killing all 228")
    if subject and token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ == "VERB":
        when.append(token.head)
        when += [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return {h.lemma_.lower() for h in heads + kinds + when}


def _subject_lemmas(token: Token) -> set[str]:
    """The head of a verb's subject and its kind ("a 1996 Dodge pickup that struck Corbin": pickup,
    Dodge), the antecedent for a relative pronoun; nothing of its objects ("a drone struck a car")."""
    subject, _ = subject_of(token)
    if subject is None or token.pos_ not in {"VERB", "AUX"}:
        return set()
    head = content_head(subject)
    return {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ in {"compound", "amod"}}


def _source_lemmas(token: Token) -> set[str]:
    """What a withdrawal leaves or takes back, with its modifiers: its direct objects, its "from"
    objects, the object of its "out of" ("withdrew from the JCPOA", "pulled out of the Paris
    agreement", "withdrew its ambassador"); not its subject ("NATO troops withdrew") nor where
    else it happens ("under the agreement")."""
    heads = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] + prep_objects(token, ("from",))
    for out in (c for c in token.children if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"out", "away", "back"}):
        heads += [g for p in out.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        heads += [g for g in out.children if g.dep_ == "pobj"]
    heads += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "out" for g in prep_objects(p, ("of",))]
    if token.pos_ == "NOUN":
        heads += prep_objects(token, ("of",))  # "the withdrawal of three member states"
    for word in (w for c in token.children for w in (c, *c.children)):
        if word.lower_ in RELATIVE and (antecedent := relative_antecedent(word)) is not None:
            heads.append(antecedent)  # "the JCPOA, which the administration pulled out of"
    words = {h.lemma_.lower() for h in heads}
    words |= {c.lemma_.lower() for h in heads for c in h.children if c.dep_ in {"compound", "amod", "conj"}}
    return words


#: words before "fire" that make it gunfire, not a blaze ("enemy fire", "sniper fire")
GUNFIRE_MODIFIERS = frozenset({"enemy", "sniper", "hostile", "machine-gun", "automatic", "friendly", "cross", "return", "heavy"})


def _gunfire(token: Token, lex: Lexicon) -> bool:
    """Whether the "fire" among a trigger's arguments is gunfire ("killed by Russian fire", "by
    artillery fire", "under enemy fire"), its modifier a nationality, a weapon or a force."""
    armed = lex.word_set("weapons") | lex.word_set("armed") | GUNFIRE_MODIFIERS
    fires = [g for c in token.children for g in (c, *c.children) if g.lemma_.lower() == "fire" and g.pos_ == "NOUN"]
    return any(
        m.dep_ in {"amod", "compound"} and (m.ent_type_ in {"NORP", "GPE"} or m.lemma_.lower() in armed or m.lower_ in armed)
        for f in fires for m in f.children
    )


def _governing_verb(token: Token) -> Token | None:
    head = token.head
    steps = 0
    while head.i != token.i and steps < 4:
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if head.head.i == head.i:
            return None
        token, head = head, head.head
        steps += 1
    return None


#: verbs of asking a party to act whatever the act ("asked passengers to come forward", "ordered all
#: public schools to allow dreadlocks"; CAMEO 020, 100)
ASKING = frozenset({"ask", "lobby", "challenge", "order", "instruct"})
ORDERING = frozenset({"order", "instruct"})


def _to_clause(token: Token) -> bool:
    """Whether a verb takes a "to" clause ("asked them to leave", "is not allowed to travel")."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)


def _urges_party(token: Token, lex: Lexicon, passive: bool = True) -> bool:
    """A party told to act ("pressed allies to raise defense spending", "asked passengers to come
    forward"; with ``passive``, also "passengers were asked to come forward")."""
    told = [c for c in token.children if c.dep_ == "dobj"] or [s for s, by in [subject_of(token)] if s is not None and by and passive]
    return any(is_actor_like(c, lex, NO_ENTITIES) for c in told) and _to_clause(token)


def _needs_met(cand: Candidate, ctx: set[str], lex: Lexicon) -> bool:
    need = cand.trigger.needs
    if not need or need == "event" or cand.sense_applied:
        return True
    kind, _, arg = need.partition("=")
    words = lex.word_set(arg)
    token = cand.token
    if kind == "obj":  # the verb's objects and modifiers, not its subject ("the minister received praise")
        held = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if arg == "releasables" and any(g.ent_type_ == "PERSON" for c in held for g in c.subtree):
            return True  # "Russia freed the American teacher Marc Fogel", "Mech Dara was released": a person by name
        if arg == "releasables" and cand.trigger.pos == "V" and any(
            o.lemma_.lower() in lex.word_set("custody_places") for o in prep_objects(token, ("from", "on"))
        ):
            return True  # "was freed from prison", "released on bail": out of custody
        return bool(_context_lemmas(token, subject=False) & words)
    if kind == "mod":
        return bool(ctx & words)
    if kind == "objif":  # "deployed 5,000 troops", "the deployment near the border"; not "the deployment of AI technology"
        moved = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] + prep_objects(token, ("of",))
        if not moved and token.dep_ == "conj" and cand.trigger.pos == "N":
            moved = prep_objects(token.head, ("of",))  # "the advancement and deployment of AI technology"
        heads = [content_head(c) for c in moved]
        named = {h.lemma_.lower() for h in heads} | {g.lemma_.lower() for h in heads for g in h.children if g.dep_ == "compound"}
        return not heads or bool(named & words)
    if kind == "urged":  # "pressed allies to raise defense spending", "pushed Kyiv to accept the deal": a party pressed to act
        return _urges_party(token, lex)
    if kind == "there":  # '"there will be very severe consequences," Trump said': an existential warning
        gov = _governing_verb(token)
        return gov is not None and gov.lemma_ == "be" and any(c.dep_ == "expl" for c in gov.children)
    if kind == "wanted":  # "wants Ukraine to give up ...", "want the hunts to be stopped", "want a ban on imports"
        return _wants_done(token, lex)
    if kind == "party":  # "invited his Chinese counterpart to visit", not "invited applications for the post"
        return any(c.dep_ in {"dobj", "nsubjpass"} and is_actor_like(c, lex, NO_ENTITIES) for c in token.children)
    if kind == "done":  # "brokered the ceasefire", not "a team trying to broker a peace pact": an aim is no act yet
        return token.dep_ != "xcomp"
    if kind == "lost":  # "North Korean troops suffered heavy casualties": an armed side's losses, not "the company suffered losses"
        subj, passive = subject_of(token)
        armed = subj is not None and not passive and content_head(subj).lemma_.lower() in lex.word_set("armed")
        return armed and any(content_head(c).lemma_.lower() in words for c in token.children if c.dep_ == "dobj")
    if kind == "dobj":  # "handed over 150 prisoners", not "handed the award to the teacher"
        return any(content_head(c).lemma_.lower() in words for c in token.children if c.dep_ == "dobj")
    if kind == "held":  # "troops are holding 600 civilians"; "holding two journalists hostage" is the abduction's
        captive = lex.word_set("captive_nouns")
        subj, passive = subject_of(token)
        if passive and subj is not None and is_actor_like(subj, lex, NO_ENTITIES) and any(
            o.lemma_.lower() in lex.word_set("custody_places") | {"confinement"} for o in prep_objects(token, ("in",))
        ):
            return True  # "Lai has been held in solitary confinement", "is being held in a prison": in custody
        said_as = any(c.dep_ in {"acomp", "oprd", "xcomp", "ccomp"} for c in token.children)  # ("held responsible")
        kept = subj if passive else (token.head if token.dep_ == "acl" and token.tag_ == "VBN" else None)
        if kept is not None and not said_as and not any(c.lemma_.lower() in captive for c in token.children) and (
            content_head(kept).lemma_.lower() in words or content_head(kept).ent_type_ == "PERSON"
        ):
            return True  # "the publisher is being held", "the detainees being held at Guantanamo": in custody
        if not _context_lemmas(token, subject=False) & words or any(c.lemma_.lower() in captive for c in token.children):
            return False
        # a party holds them, or a place of detention does ("at times, the base held nearly 200
        # detainees"); "the prison can hold only 130 detainees" says how many fit
        if subj is None or passive:
            return False
        place = content_head(subj).lemma_.lower() in lex.word_set("holding_places")
        # (and not "the base could be used to hold up to 30,000 migrants": what it is for)
        capacity = any(c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in token.children) or subj.head.i != token.i
        return not capacity if place else is_actor_like(subj, lex, NO_ENTITIES)
    if kind == "gov":
        gov = _governing_verb(token)
        if gov is not None and gov.lemma_.lower() in words:
            return True
        if cand.trigger.pos == "N" and cand.type in HELD_MEASURES and _measure_in_force(token, lex):
            return True  # "the Taliban's restrictions": a measure a party holds in force
        # "restrictions imposed on women", "the curfew declared last week": a participle that says it was done
        return cand.trigger.pos == "N" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words for c in token.children)
    if kind == "in":  # "are also in jail", "remains in prison": the place one is held in, under a verb of staying
        gov = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else None
        return gov is not None and gov.lemma_.lower() in words
    if kind == "plea":  # "pleaded not guilty", "pleaded innocent"; not "pleaded guilty"
        pleas = [c for c in token.children if c.dep_ in {"acomp", "oprd", "dobj"}]
        return any(c.lemma_.lower() == "innocent" or c.lemma_.lower() == "guilty" and any(g.dep_ == "neg" for g in c.children)
                   for c in pleas)
    if kind == "claim":
        return _finding_about_a_party(token, lex)
    if kind == "neg":  # "Moscow is not serious about peace": only the negated adjective charges
        said = _said_of(token) if cand.trigger.pos == "A" else token
        return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in (*token.children, *said.children))
    if kind == "seized":  # "Russian forces took control of Pokrovsk", "Russia said it had taken control of two villages"
        subj, passive = subject_of(token)
        if subj is None or passive:
            return False
        head = content_head(subj)
        armed = head.lemma_.lower() in words or head.ent_type_ in {"GPE", "NORP", "ORG"} or head.pos_ == "PRON"
        ground = _context_lemmas(token, subject=False) & lex.word_set("held_ground")
        places = [g for c in token.children for g in c.subtree if g.ent_type_ in PLACE_LABELS and g.i > token.i]
        return armed and bool(ground or places)
    if kind == "subj":
        subj, passive = subject_of(token)
        if passive:
            subj = agent_of(token)
        if subj is None:
            return False
        subj = content_head(subj)
        lemmas = {subj.lemma_.lower()} | {c.lemma_.lower() for c in subj.children if c.dep_ in {"compound", "amod"}}
        return bool(lemmas & words)
    return True


#: verbs of doing a wrong a finding may name without an event word ("found that troops committed abuses")
FINDING_ACTS = frozenset({"commit", "perpetrate", "carry", "conduct", "violate", "breach", "abuse", "kill", "use", "supply",
                          "ship", "send", "transfer", "provide", "sell", "launch", "fire", "torture", "detain", "mistreat"})


NO_ENTITIES = EntityIndex([])  # word-level checks that need no entity lookups


def _finding_about_a_party(verb: Token, lex: Lexicon) -> bool:
    """A party's finding that another party did something ("the ministry has assessed that
    Pyongyang has shipped ...", "the panel found that Eritrean troops committed ..."): a that-clause
    whose subject is a party other than the finder, told as done (not "could", "will")."""
    finder, _ = subject_of(verb)
    if finder is None or finder.lower_ == "you" or not is_actor_like(finder, lex, NO_ENTITIES):
        return False  # "you can find people walking ...": anyone's
    if _modal(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return False  # "are likely to find Lai guilty", "found himself back in ...": no finding made
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":
        return False  # "were surprised to find that ...": a discovery, not a finding against anyone
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
        said = [c for c in clause.children if c.dep_ in {"acomp", "attr"}] if clause.lemma_ == "be" else []
        if said and not any(_condemning_attr(c, lex) or c.lemma_.lower() in lex.word_set("condemnations") for c in said):
            continue  # "found that DeepSeek was equally efficient": a quality, no wrong
        subj, _ = subject_of(clause)
        if subj is None or subj.lower_ in FIRST_PERSON | {"it", "there"} or content_head(subj).i == content_head(finder).i:
            continue
        done = [clause] + [c for c in clause.children if c.dep_ in {"dobj", "attr", "prep"}]
        done += [g for c in done if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if not said and not any(_match_trigger(t, lex) is not None or t.lemma_.lower() in FINDING_ACTS for t in done):
            continue  # "Gallup finds states shifting toward the GOP": a finding of no act
        head = content_head(subj)
        named = head.pos_ in {"PROPN", "PRON"} or head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        party = named or head.lemma_.lower() in lex.sectors or head.lemma_.lower() in lex.word_set("political_bodies")
        if party and not _modal(clause):  # "Asian American history was ...": a thing, not a party
            return True
    return False


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _match_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    behind = token.lower_ == "behind" and token.dep_ == "prep" and token.head.lemma_ == "be"
    if behind and any(o.lemma_.lower() in lex.word_set("harms") for o in prep_objects(token.head, ("behind",))):
        return BEHIND_HARM  # "Russia was behind the sabotage"
    pos = POS_CLASS.get(token.pos_)
    if pos != "V" and token.pos_ in {"ADJ", "NOUN"} and {"nsubj", "dobj"} <= {c.dep_ for c in token.children}:
        pos = "V"  # '"[We] urge Pakistani side to ...": a verb the tagger called an adjective (its subject and object say so)
    if pos is None:
        return None
    lemma = token.lemma_.lower()
    if pos == "V" and lemma in lex.verb_phrases:
        # the phrase's other words follow the verb ("called on X"; not "On Wednesday, Macron called ...")
        after = [c for c in token.children if c.i > token.i]
        # "called a strike on Monday": a date's preposition is no particle of the verb
        after = [c for c in after if not (c.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in c.children))]
        if lemma != "call":  # ("called the strike on Kyiv ..." is no "call on")
            after += [p for c in after if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"]  # "used missiles against"
        near = {c.lemma_.lower() for c in after} | {c.lower_ for c in after}
        near |= {g.lemma_.lower() for c in after if c.dep_ in {"prep", "dative"} for g in c.children if g.dep_ == "pobj"}
        # the parser's "calls [for Ukraine to cut its army]": the preposition as the clause's marker
        near |= {g.lower_ for c in after if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark" and g.i == c.left_edge.i}
        for phrase in lex.verb_phrases[lemma]:
            if all(word in near for word in phrase.words[1:]) and _phrase_needs_met(token, phrase, lex):
                return phrase  # (else the next phrase, or the verb alone: "warned of more sanctions")
    if pos == "N" and lemma in lex.noun_phrase_ends:
        doc = token.doc
        for size in (3, 2):
            first = token.i - size + 1
            if first < 0 or any(doc[j].is_sent_start for j in range(first + 1, token.i + 1)):
                continue  # (the phrase stays inside the sentence)
            words = tuple(doc[j].lemma_.lower() for j in range(first, token.i + 1))
            if words in lex.noun_phrases:
                return lex.noun_phrases[words]
    trig = lex.forms.get((token.lower_, pos)) or lex.single.get((lemma, pos))
    if trig is not None and pos == "N" and lemma in lex.word_set("condemnations") and _condemning_attr(token, lex):
        return VERDICT_NOUN  # "the shelling is a gross violation of international law": a verdict on the shelling, no second act
    if trig is None and token.dep_ == "acomp":
        trig = lex.single.get((token.lower_, "A"))
    if trig is None and pos == "N" and _condemning_attr(token, lex):
        trig = VERDICT_NOUN  # "the strike was a war crime", "the attack was a cynical act of terror"
    if trig is None and _dismissed_claim(token, lex):
        trig = DISMISSAL  # '"These accusations are absurd," the General Staff said

    if trig is None and pos == "N" and token.lower_.endswith("ing"):
        trig = _gerund_trigger(token.lower_, lex)
    if _ruled(token, lex):
        trig = RULED  # "under the law, they cannot take part": the law's restriction (not their refusal or act)
    return trig


#: a noun said of someone or their act through a copula, in reported speech ("the strike was a
#: war crime," the ministry said): the speaker accuses the doer (CAMEO 111 "Criticize or denounce")
VERDICT_NOUN = Trigger(words=("verdict",), pos="A", type="ACCUSE", mode="disapprove", cameo="111", frame="blame", weight=0.4, needs="")


#: what a law or rule lets a party do or not ("under the new law, members of the party cannot take
#: part in politics for 10 years"): the state restricts them (CAMEO 172), whatever the clause's negation
RULED = Trigger(words=("rule",), pos="V", type="COERCE", mode="restrict", cameo="172", frame="plain", weight=0.45, needs="")
#: modals of what a rule obliges or forbids
RULE_MODALS = frozenset({"must", "can", "cannot", "may"})


def _ruled(token: Token, lex: Lexicon) -> bool:
    """A clause under a law or rule that obliges or forbids its subject ("under the new rules, only
    citizens are allowed to enter", "under the law, members cannot take part")."""
    if token.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
        return False
    under = [o for o in prep_objects(token, ("under",)) if o.lemma_.lower() in lex.word_set("ruling_texts")]
    if not under:
        return False
    kids = list(token.children)
    forbidden = any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in RULE_MODALS for c in kids)
    obliged = any(c.dep_ == "aux" and c.lower_ == "must" for c in kids)
    allowed = token.lemma_ == "allow" and any(c.dep_ == "auxpass" for c in kids)  # "only citizens are allowed to enter"
    return forbidden or obliged or allowed


#: a claim said to be false ('"These accusations are absurd," the army said'): the speaker rejects
#: it (voa_dev GUIDE.md: "refusing, rejecting, dismissing" = REJECT)
DISMISSAL = Trigger(words=("dismiss",), pos="A", type="REJECT", mode=None, cameo="120", frame="blame", weight=0.45, needs="")
#: nouns of what someone claims
CLAIM_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "assertion", "report"})


def _dismissed_claim(token: Token, lex: Lexicon) -> bool:
    """A predicate that calls a claim false ("these accusations are absurd", "the claims are lies")."""
    if token.dep_ not in {"acomp", "attr"} or token.head.lemma_ != "be" or token.lemma_.lower() not in lex.word_set("dismissals"):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in CLAIM_NOUNS for c in token.head.children)


#: a party said to be behind a harm ("Russia was behind the sabotage," Warsaw said): CAMEO 112 "Accuse"
BEHIND_HARM = Trigger(words=("behind",), pos="A", type="ACCUSE", mode="allege", cameo="112", frame="blame", weight=0.4, needs="")


def _condemning_attr(token: Token, lex: Lexicon) -> bool:
    """A predicate noun that condemns: "was a war crime", "an act of terror", "a cynical provocation"."""
    if token.dep_ != "attr" or token.head.lemma_ != "be":
        return False
    words = {token.lemma_.lower()} | {c.lemma_.lower() for c in token.children if c.dep_ in {"amod", "compound"}}
    words |= {o.lemma_.lower() for o in prep_objects(token, ("of",))}
    return bool(words & lex.word_set("condemnations"))


def _phrase_needs_met(token: Token, phrase: Trigger, lex: Lexicon) -> bool:
    """Whether a verb phrase's conditions hold, so that a failed phrase gives way to another reading."""
    if not phrase.needs or phrase.needs == "event":
        return True
    return _needs_met(Candidate(token, phrase, phrase.type, phrase.mode, phrase.cameo, phrase.weight), _context_lemmas(token), lex)


def _gerund_trigger(word: str, lex: Lexicon) -> Trigger | None:
    """A gerund the tagger reads as a noun ("the sanctioning of X", "the shelling"): the verb's
    trigger as a noun, when it holds without conditions on the verb's own dependents."""
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        verb = lex.single.get((base, "V"))
        if verb is not None and not verb.needs:
            return replace(verb, pos="N", frame="plain" if verb.frame == "embed" else verb.frame, weight=round(verb.weight * 0.9, 2))
    return None


def _thing_threatens(verb: Token, lex: Lexicon) -> bool:
    """A passive "threatened by" a thing, not a party (the active "the statement threatened sanctions"
    speaks for its author)."""
    _, passive = subject_of(verb)
    doer = agent_of(verb) if passive else None
    if doer is None or doer.lower_ in PRONOUNS or doer.lower_ in RELATIVE:
        return False
    head = content_head(doer)
    return not is_actor_like(doer, lex, NO_ENTITIES) and head.lemma_.lower() not in lex.word_set("document_nouns") \
        and head.lemma_.lower() not in lex.event_nouns


#: adverbs that make a clause a rule of how things go, not a report of what happened
HABITUAL = frozenset({"usually", "typically", "generally", "normally", "commonly", "ordinarily"})


def _no_act(token: Token, trig: Trigger, lex: Lexicon) -> bool:
    """Trigger words the parse shows to name no act at all."""
    if _generic_kind(token):
        return True  # "tariffs are a tax on consumers": what such acts are
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in token.children):
        return True  # "the person is usually deported", "people lose their cards most often when they're convicted": a rule
    if trig.pos == "N" and any(c.lower_.startswith("zero") for c in token.lefts):
        return True  # "zero-for-zero tariffs", "zero tariffs": no tariff at all
    if trig.words == ("demonstrate",) and trig.pos == "V" and any(c.dep_ in {"dobj", "ccomp"} for c in token.children):
        return True  # "the shuttling demonstrates a complete disregard", "demonstrated that ...": shows, no protest
    if trig.words[-1] in {"emergency", "alert"} and any(t.lemma_.lower() in lex.word_set("alert_contexts") for t in token.sent):
        return True  # "an emergency was declared at the hospital", "Nigeria went on high alert, announcing new mpox cases"
    if token.lemma_.lower() in NAMING_JUDGES and any(c.dep_ == "auxpass" for c in token.children) and not agent_of(token):
        return True  # "negotiating with armed groups is considered a crime": a status, no one's verdict
    press = lex.word_set("press_words")
    if trig.words == ("speak", "with") and any(content_head(o).lemma_.lower() in press for o in prep_objects(token, ("with",))):
        return True  # "spoke with reporters": an interview (CAMEO 01), no meeting
    partners = prep_objects(token, ("with",)) if trig.words == ("work", "with") else []
    if trig.words == ("work", "with") and not any(
        is_actor_like(o, lex, NO_ENTITIES) and o.pos_ != "PRON" for o in partners + [c for p in partners for c in conjuncts(p)]
    ):
        return True  # "worked with him at the newspaper", "works with data": no party named to cooperate with
    talked_to = prep_objects(token, ("to", "with")) if trig.type == "CONSULT" and token.lemma_.lower() in {"talk", "speak"} else []
    if any(content_head(o).lemma_.lower() in press | lex.word_set("audiences") for o in talked_to):
        return True  # "trouble even talking to voters", "talked to reporters": a campaign or an interview, no talks
    talker = subject_of(token)[0] if trig.type == "CONSULT" and token.lemma_.lower() in {"talk", "speak"} and not talked_to else None
    if talker is not None and talker.lower_ in ANYONE:
        return True  # "everybody is talking about the protesters": what people talk of, no talks
    if token.dep_ == "acl" and token.head.dep_ == "dobj" and token.head.head.lemma_.lower() in BLOCKING_VERBS:
        return True  # "vetoed a resolution condemning the invasion", "blocked a statement supporting Ukraine": never said
    if trig.words == ("threaten",) and trig.pos == "V" and _thing_threatens(token, lex):
        return True  # "the province is threatened by the high consumption of dog meat": a danger, no party's threat
    if trig.type == "REQUEST" and trig.pos == "V" and _asks_a_question(token):
        return True  # "asked whether he might back off", "asked Putin if he would meet": a question (CAMEO 01)
    if trig.type == "SANCTION" and trig.pos == "N" and _complied_with(token):
        return True  # "cut purchases to comply with the sanctions": someone else's sanctions, told elsewhere
    if trig.type == "MOBILIZE" and trig.pos == "N" and _attacked(token, lex):
        return True  # "opened fire on a police patrol", "ambushed a convoy": those attacked, not a deployment
    if trig.pos == "N" and _verdict_noun(token):
        return True  # "called the strike a cynical attack on civilians": what the strike is called, no second act
    if trig.pos == "N" and resumptive(token):
        return True  # "..., an accusation the Kremlin dismissed": the clause before it is the act
    comma = token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","
    far_subject = token.head.i < token.i - 3 and token.head.dep_ in {"nsubj", "nsubjpass"}
    if trig.pos == "N" and token.dep_ == "appos" and comma and far_subject:
        return True  # "the air force said Russia fired 367 drones, the largest attack of the war": the parser's far apposition sums up
    if trig.pos == "N" and _charged_crime(token):
        return True  # "charged with murder", "convicted of kidnapping": the crime a charge names, no act told
    if trig.pos == "N" and _told_before(token, lex):
        return True  # "hours after the call", "sanctions announced after the talks": told already, a time
    if trig.pos == "V" and token.tag_ == "VBN" and any(c.dep_ == "det" and c.i == token.i - 1 for c in token.children):
        return True  # "the victims, the wounded, and their families": people, no act
    if trig.type == "ASSAULT" and trig.pos == "V" and _harms_oneself(token, lex):
        return True  # "her father killed himself", "shooting himself in the foot", "beating their chest": no one attacked
    if trig.words == ("appeal",) and _appeals_to_taste(token):
        return True  # "Trump appeals to some of her members", "an easier appeal to fear": attraction, no request
    if trig.words == ("compromise",) and trig.pos == "V" and any(c.dep_ in {"dobj", "auxpass"} for c in token.children):
        return True  # "such techniques compromise the nation's values", "the infrastructure has been compromised": harmed, no concession
    if trig.words == ("rally",) and trig.pos == "V" and _rallies_people(token):
        return True  # "he rallies Democrats for Clinton", "trying to rally Latinos": gathering backers, no protest
    if trig.type == "ASSAULT" and trig.pos == "V" and _fights_for_a_cause(token, lex):
        return True  # "the America she's fighting for", "fighting for Americans' liberties": a cause, no combat
    return _a_stance(token, trig, lex)  # "they agree with the removal", "automakers are against tariffs": an opinion


def _attacker_named(noun: Token, lex: Lexicon) -> bool:
    """A verbal attack with its author ("his harsh attacks", "came under withering attack from
    Trump", "Christie unleashed withering attacks against Rubio")."""
    if any(c.dep_ == "poss" for c in noun.children) or prep_objects(noun, ("from", "by")):
        return True
    verb = noun.head
    if verb.dep_ == "prep" and verb.lower_ == "under":
        return bool(prep_objects(noun, ("from",)) or prep_objects(verb.head, ("from", "by")))
    return noun.dep_ == "dobj" and verb.lemma_.lower() in lex.light_verbs | {"unleash", "level", "launch", "rush"} \
        and subject_of(verb)[0] is not None


def _under_fire_from_a_person(noun: Token) -> bool:
    """"He has come under fire from Democratic nominee Hillary Clinton": criticized by a named
    person (under fire from troops, artillery or an army is shot at)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return False
    sources = prep_objects(noun, ("from",)) + prep_objects(noun.head.head, ("from",))
    return any(content_head(o).ent_type_ == "PERSON" for o in sources)


#: words of a labour dispute: a story with two of them is about one ("Dock workers walked off the job ... the union")
LABOUR_DISPUTE = frozenset({
    "union", "unions", "walkout", "picket", "wage", "wages", "worker", "workers", "employer", "employers", "pay",
    "contract", "shift", "strikers", "striker", "docker", "dockworker", "labour", "labor", "salary", "salaries",
})


def _labour_story(noun: Token, lex: Lexicon) -> bool:
    """A bare "strike" in a story of a labour dispute, in a sentence with no weapon or armed force
    ("the strike was costing the economy millions of euros a day", after "dock workers walked off
    the job"): the workers' strike, not an attack."""
    if any(c.dep_ in {"compound", "amod", "nmod"} for c in noun.children) or prep_objects(noun, ("on", "against")):
        return False  # "drone strikes", "the strike on the port": attacks
    doc = noun.doc
    if "dateline_labour" not in doc.user_data:
        doc.user_data["dateline_labour"] = len({t.lower_ for t in doc if t.lower_ in LABOUR_DISPUTE}) >= 2 or any(
            t.lemma_ == "walk" and any(c.lower_ in {"off", "out"} for c in t.children) for t in doc
        )
    if not doc.user_data["dateline_labour"]:
        return False
    armed = lex.word_set("projectiles") | lex.word_set("attackers") | lex.word_set("armed") | lex.word_set("harms") | HARMING
    return not any(t.lemma_.lower() in armed and t.i != noun.i for t in noun.sent)


#: what an attack does that a labour strike does not ("the strike killed five people")
HARMING = frozenset({"kill", "wound", "injure", "destroy", "damage", "hit", "level", "flatten", "target", "dead", "casualty"})


def _appeals_to_taste(token: Token) -> bool:
    """Appealing to people as attracting them: "to" someone with no "for" and no act asked, in
    the present ("Trump appeals to some of her members because of ..."), or an "appeal to" a
    feeling; not "appealed to the UN for help", "appealed to residents to stay calm"."""
    if any(c.dep_ in {"xcomp", "ccomp"} for c in token.children) or prep_objects(token, ("for",)):
        return False
    to = prep_objects(token, ("to",))
    if token.pos_ == "NOUN":
        held = token.head.lemma_.lower() in HELD_APPEAL or token.dep_ == "pobj" and token.head.lower_ == "with"
        held = held or any(c.dep_ == "relcl" and c.lemma_ == "have" for c in token.children)  # "the appeal Reagan had to Democrats"
        broad = any(c.dep_ == "amod" and c.lower_ in BROAD_APPEAL for c in token.children)
        return held or broad or any(o.lemma_.lower() in FEELINGS for o in to)
    return bool(to) and token.tag_ in {"VBZ", "VBP"} and not any(c.dep_ == "aux" for c in token.children)


#: verbs of an appeal one has, not makes ("had shown cross-cutting appeal", "someone with appeal to conservatives")
HELD_APPEAL = frozenset({"have", "broaden", "widen", "lack", "lose", "limit", "show", "enjoy", "hold", "expand"})
#: what an appeal that attracts is ("broad appeal", "cross-cutting appeal")
BROAD_APPEAL = frozenset({"broad", "wide", "wider", "broader", "cross-cutting", "populist", "mass", "popular", "electoral",
                          "voter", "enormous", "obvious", "limited", "narrow", "universal", "national", "crossover"})
#: what an appeal "to" a feeling plays on ("an easier appeal to fear than to hope")
FEELINGS = frozenset({"fear", "hope", "emotion", "anger", "pride", "patriotism", "nationalism", "prejudice", "reason", "instinct"})


#: pronouns of anyone at all ("everybody is talking about it")
ANYONE = frozenset({"everybody", "everyone", "anybody", "anyone", "nobody", "somebody", "someone", "people", "no"})


#: verbs whose reflexive object is the doer's own death in an attack ("blew himself up", "detonated himself")
SUICIDE_ATTACKS = frozenset({"blow", "detonate", "explode"})


def _harms_oneself(verb: Token, lex: Lexicon) -> bool:
    """A harm done to oneself ("killed himself", "shot himself in the foot") or one's own body
    ("beating their chest"): a suicide, a gesture or an idiom, no attack on anyone; a suicide
    attack ("blew himself up at a mosque") stays one."""
    if verb.lemma_.lower() in SUICIDE_ATTACKS or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in REFLEXIVES:
            return True
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if obj.lemma_.lower() in lex.word_set("body_parts") and owner is not None and owner.pos_ == "PRON":
            return True
    return False


def _rallies_people(verb: Token) -> bool:
    """Rallying people ("rallies Democrats for Clinton"), not rallying in the streets: a
    campaign's work (a rally "behind"/"around" someone is that one's backing, a sense rule)."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"behind", "around"} for c in verb.children)


def _fights_for_a_cause(verb: Token, lex: Lexicon) -> bool:
    """Fighting for something or to do something with no foe named ("the America she's fighting
    for", "fighting for Americans' liberties", "still fighting to win over his party's leaders"),
    by someone who bears no arms: a cause, no combat ("North Korean soldiers are fighting for
    Russia" is)."""
    if verb.lemma_.lower() not in {"fight", "battle"} or any(c.dep_ == "dobj" for c in verb.children):
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    # "still fighting to win over his own party's leaders", "have fought to keep the boy" (a purpose clause)
    striving = _to_clause(verb) or any(
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    )
    if not ("for" in preps or striving) or preps & {"against", "with", "in", "near", "around", "along"}:
        return False
    subject, _ = subject_of(verb)
    if subject is None:
        return False
    head = content_head(subject)
    armed = lex.word_set("armed") | lex.word_set("attackers")
    return head.lemma_.lower() not in armed and not any(c.lemma_.lower() in armed for c in head.children)


#: words of charging or judging someone for a crime ("charged with murder", "jailed for assault")
CHARGING = frozenset({
    "charge", "convict", "accuse", "suspect", "guilty", "acquit", "confess", "plead", "indict", "arrest", "jail",
    "sentence", "prosecute", "detain", "imprison", "try", "wanted",
})


def _charged_crime(noun: Token) -> bool:
    """A bare crime a charge or verdict names ("charged with murder, assault and weapons
    trafficking", "convicted of attempted murder"): a legal label, not an act told; a crime
    with its victim or its own article is one ("accused of the 2004 bombing of a French base")."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in {"with", "of", "for", "to"}:
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} or c.dep_ == "prep" and c.lower_ in {"of", "against", "on", "in"} for c in noun.children):
        return False
    return first.head.head.lemma_.lower() in CHARGING


#: verbs that speak of an act told elsewhere ("have not confirmed the deployment")
CONFIRMING_VERBS = frozenset({"confirm", "acknowledge", "admit", "verify"})


#: verbs that stop a text from being adopted: what it would have said is said by no one
BLOCKING_VERBS = frozenset({"veto", "block", "reject"})


#: verbs of witnessing an act ("inspectors heard explosions nearby"): who perceives it did not do it
PERCEIVING_VERBS = frozenset({"hear", "see", "witness", "observe", "record", "document", "notice", "detect", "feel"})


#: verbs of answering an act ("respond to the attack"): the act answered is told, not new
RESPONDING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "avenge"})
#: nouns of answering an act ("in response to the exercises", "in retaliation for the attack")
RESPONSES = frozenset({"response", "retaliation", "reaction", "reply", "answer", "revenge"})
ANSWERING = RESPONDING_VERBS | RESPONSES


#: prepositions that date one thing by another ("after the talks", "ahead of the summit")
TIME_PREPS = frozenset({"after", "before", "since", "following", "ahead", "until"})


#: verbs of keeping to or getting round another's measure ("comply with the sanctions")
COMPLYING_VERBS = frozenset({"comply", "evade", "circumvent", "bypass", "skirt", "dodge", "obey", "respect", "follow", "abide"})


def _complied_with(noun: Token) -> bool:
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in COMPLYING_VERBS


def _attacked(noun: Token, lex: Lexicon) -> bool:
    """An event noun naming a body of people that an attack is aimed at ("fire on a police patrol")."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if noun.dep_ == "pobj" and noun.head.lower_ in {"on", "at", "against"}:
        verb = noun.head.head
    trig = _match_trigger(verb, lex) if verb is not None else None
    return trig is not None and trig.type == "ASSAULT"


def _verdict_noun(noun: Token) -> bool:
    """The predicate of a naming verb whose object is already an act ("called the attack
    deliberate killing", "described the strike as a massacre"): a verdict on that act."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif noun.dep_ not in {"oprd", "xcomp", "ccomp"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() in NAMING_JUDGES and bool(objects) and objects[0].pos_ == "NOUN"


#: verbs that say what an act shows, with the act as their subject ("the attack showed that ...";
#: not "the talks were productive", which tells that talks took place)
COMMENTING_VERBS = frozenset({"show", "prove", "demonstrate", "underline", "underscore", "highlight", "reflect", "mean", "signal"})


def _told_before(noun: Token, lex: Lexicon) -> bool:
    """A definite event noun with nothing of its own (no party, no "with", no "of"), only dating
    another act ("hours after the call", "before the talks", "ahead of the summit") or named
    by a verdict ("called the attack a war crime"): the event it names is one the story has told,
    or tells, in a sentence of its own."""
    # "called the attack deliberate killing", "accepted the resignation": someone else's act, named again
    judged = noun.dep_ == "dobj" and noun.head.lemma_.lower() in NAMING_JUDGES | {"accept"} | CONFIRMING_VERBS
    # "the attack showed that Putin was mocking peace efforts": what it shows
    verb = noun.head
    judged = judged or noun.dep_ == "nsubj" and verb.lemma_.lower() in COMMENTING_VERBS
    # '"These accusations are absurd"': the claim answered, not made here
    judged = judged or noun.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in lex.word_set("dismissals") for c in verb.children
    )
    # "did not comment on the strike": the act spoken of
    judged = judged or noun.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_.lower() in {"comment", "remark", "report", "brief"}
    # "would respond to the Ukrainian attack", "retaliated for the strike": the act answered
    judged = judged or noun.dep_ == "pobj" and verb.lower_ in {"to", "for"} and verb.head.lemma_.lower() in ANSWERING
    if noun.dep_ != "pobj" and not judged:
        return False
    prep = noun.head.head if noun.head.lower_ == "of" else noun.head  # "ahead of", "in the wake of"
    if prep.lower_ not in TIME_PREPS and not judged:
        return False
    kids = list(noun.children)
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in kids)
    return definite and not any(c.dep_ in {"prep", "poss", "acl", "relcl", "nummod"} for c in kids)


def _asks_a_question(verb: Token) -> bool:
    """The verb's complement is an indirect question: "whether ...", "if ...", "what ..."."""
    # "asked Lai if he agreed" (the parser's advcl), but not "urged them to ... if they want to"
    asked = verb.lemma_ == "ask" and not any(c.dep_ == "xcomp" or c.lower_ == "for" for c in verb.children)
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "advcl"} and c.i > verb.i):
        words = [c for c in clause.children if c.dep_ in {"mark", "advmod", "nsubj", "dobj"} and c.i < clause.i]
        asking = QUESTION_WORDS if clause.dep_ == "ccomp" or asked else {"whether"}
        if any(w.lower_ in asking for w in words):
            return True
    if asked and not any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        # 'Maria Bartiromo asked, "You think that Comey would like to indict both?"': a question quoted
        sent = verb.sent
        return any(t.text == "?" for t in sent) and not any(t.dep_ == "xcomp" for t in verb.children)
    return False


QUESTION_WORDS = {"whether", "if", "what", "why", "how", "when", "where", "who"}


def _generic_kind(token: Token) -> bool:
    """A bare plural noun said, in the present, to be something ("tariffs are a tax on
    consumers", "sanctions are a blunt tool"): a statement about a kind of act, no act."""
    verb = token.head
    return (
        token.dep_ == "nsubj" and token.tag_ == "NNS" and verb.lemma_ == "be" and verb.tag_ in {"VBP", "VBZ"}
        and not any(c.dep_ in {"det", "poss", "compound", "amod", "nummod", "prep"} for c in token.children)
    )


def _judges_talk(verb: Token, lex: Lexicon) -> bool:
    """The thing a naming verb judges is a meeting or talks ("called the meeting productive")."""
    judged = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    said = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"}]
    judged += said + [g for c in said for g in c.children if g.dep_ in {"nsubj", "compound"}]  # the parser's "[the meeting productive]"
    talk = lex.word_set("talk_nouns")
    return any(content_head(t).lemma_.lower() in talk for t in judged)


def _many(subject: Token | None) -> bool:
    """A subject of more than one party ("the two leaders", "Kim and Putin", "both sides")."""
    if subject is None:
        return False
    return subject.tag_ in {"NNS", "NNPS"} or bool(conjuncts(subject)) or subject.lower_ in {"both", "we", "they"}


def _a_stance(token: Token, trig: Trigger, lex: Lexicon) -> bool:
    """An opinion of an act, not an act: "agreed that the talks were productive" (a view shared),
    "are against tariffs" (being against the act named)."""
    if trig.words == ("agree",) and trig.pos == "V":
        for clause in (c for c in token.children if c.dep_ == "ccomp"):
            modal = any(a.dep_ == "aux" and a.lower_ in {"should", "must", "ought", "need"} for a in clause.children)
            modal = modal and any(a.dep_ == "auxpass" for a in clause.children)  # (not "their countries should cooperate")
            judged = clause.lemma_ == "be" and any(c.dep_ in {"acomp", "attr"} for c in clause.children)
            if modal or judged:
                return True  # "agree that the prison should be closed", "agreed that the talks were productive": a view shared
            likely = any(a.dep_ == "aux" and a.lower_ in {"may", "might", "could"} for a in clause.children)
            if likely and not _many(subject_of(token)[0]):
                return True  # "he agreed that Trump may struggle to win support": one party's view of a prospect
        return False
    prep = token.head
    return trig.pos == "N" and token.dep_ == "pobj" and prep.lower_ == "against" and prep.head.lemma_ == "be"


def _a_thing(token: Token, lex: Lexicon) -> bool:
    """A common noun that names no party ("the removal", "the idea")."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN" and not token.ent_type_ and lemma not in lex.sectors
        and lemma not in lex.word_set("people_nouns") and lemma not in lex.word_set("political_bodies")
        and lemma not in lex.word_set("state_nouns")
    )


def _a_name_for(token: Token) -> bool:
    """The object of "known as", "dubbed", "referred to as": a name for the noun before it."""
    holder = token.head
    if token.dep_ == "pobj" and holder.lower_ == "as":
        holder = holder.head
    elif token.dep_ not in {"oprd", "attr"}:
        return False
    return holder.dep_ == "acl" and holder.tag_ == "VBN" and holder.lemma_.lower() in NAMING_PARTICIPLES


def _structural_sense(cand: Candidate, token: Token, lex: Lexicon) -> None:
    """Senses that a word list cannot tell, read off the parse: "was struck by a missile" is a
    hit, not a labour strike; "its call to the authorities to drop the charges" an appeal, not a
    phone call."""
    words, pos = cand.trigger.words, cand.trigger.pos
    hit = any(c.dep_ == "auxpass" for c in token.children)  # "was struck by a missile"
    # "Russia struck Kyiv overnight": a place or a party struck (workers strike, they strike nothing)
    hit = hit or any(c.dep_ == "dobj" and c.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"} for c in token.children)
    # "could strike Western countries", "struck Ukrainian cities": states and places named by their people
    hit = hit or any(
        c.dep_ == "dobj" and (c.lemma_.lower() in lex.word_set("state_nouns") or any(g.ent_type_ in {"NORP", "GPE"} for g in c.children))
        for c in token.children
    )
    if words == ("strike",) and pos == "V" and cand.type == "PROTEST" and hit:
        cand.type, cand.mode, cand.cameo = "ASSAULT", None, "190"
    elif words == ("call",) and pos == "N" and _call_to_act(token):
        cand.type, cand.mode, cand.cameo = "REQUEST", None, "100"
    elif words[0] in {"fire", "launch"} and pos == "V" and cand.type == "ASSAULT" and _into_open_water(token, lex):
        cand.type, cand.mode, cand.cameo = "MOBILIZE", "weapons", "150"
    elif words == ("blame",) and pos == "V" and token.dep_ == "xcomp" and token.head.lemma_ == "be":
        cand.trigger = replace(cand.trigger, frame="blame")  # "Russia was to blame": the one who says so blames Russia


def _aimed_strike(token: Token, cand: Candidate) -> bool:
    """A strike noun aimed at something ("a strike on Kyiv", "strikes against the port"), not a
    labour strike that is gone "on"."""
    if cand.trigger.words != ("strike",) or cand.trigger.pos != "N" or token.head.lower_ == "on":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in {"on", "against"}
        and any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in c.children)  # not "a strike on Monday"
        for c in token.children
    )


def _into_open_water(verb: Token, lex: Lexicon) -> bool:
    """"launched a ballistic missile into the sea": fired at no party, a show of force."""
    waters = lex.word_set("open_waters")
    return any(o.lemma_.lower() in waters for o in prep_objects(verb, ("into", "in", "toward", "towards", "off")))


def _call_to_act(token: Token) -> bool:
    """A call followed by what is to be done ("a call to the authorities to drop the charges",
    "calls to end the war"): an appeal, not a phone call."""
    if any(c.dep_ in {"acl", "relcl", "xcomp"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in token.children):
        return True
    # "calls for the president to resign", "calls for an end to the war": an appeal
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return True
    if any(c.dep_ in {"advcl", "acl", "relcl"} and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children) for c in token.children):
        return True  # the parser's "calls [for the president to resign]"
    # "its call to the authorities to drop ...": the parser may hang "to drop" on the verb instead
    addressed = any(c.dep_ == "prep" and c.lower_ in {"to", "on"} for c in token.children)
    doc, i = token.doc, token.right_edge.i + 1
    return addressed and i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i].dep_ == "aux" and doc[i].head.tag_ == "VB"


def _generic_gerund(token: Token, lex: Lexicon) -> bool:
    """A gerund with no doer of its own as the subject of a verb that says what it is: an
    activity spoken of in general, no event ("Attacking civilians is a war crime")."""
    if token.tag_ != "VBG" or token.dep_ not in {"csubj", "csubjpass", "nsubj", "nsubjpass"}:
        return False
    if any(c.dep_ in {"nsubj", "poss", "agent"} for c in token.children):
        return False  # "his negotiating with them was ..."
    return token.head.lemma_.lower() in lex.word_set("judging_copulas")


def _misread_compound(token: Token, lex: Lexicon) -> bool:
    """A gerund after a preposition whose bare plural object follows it ("to bombing victims"):
    the parser's verb for a noun compound, not an act ("resorted to bombing the villages" is one)."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    return nxt.dep_ == "dobj" and nxt.head.i == token.i and nxt.lemma_.lower() in lex.word_set("attack_kind_nouns")


def find_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Every trigger in the Doc with its sense resolved; triggers whose conditions fail are dropped."""
    found: list[Candidate] = []
    in_heading = {i for start, end in doc.user_data.get(HEADINGS, ()) for i in range(start, end)}
    for token in doc:
        if token.ent_type_ in NAME_LABELS or token.ent_type_ in NOT_ACTORS:
            continue  # "Peace Talks Committee", "in March"
        if token.i in in_heading:
            continue  # "BLA surges": a subheading, which the paragraph under it tells
        trig = _match_trigger(token, lex)
        if trig is not None and _barred(token, lex):
            trig = BARRED  # "the journalist is not allowed to leave the country": a restriction on him (CAMEO 172)
        modifier = token.dep_ in {"amod", "compound"} and not any(c.dep_ == "nsubj" for c in token.children)
        if trig is None or trig.pos == "V" and modifier:
            continue  # "the occupied territories", "the besieged city": a state, not an event (not "The two [discussed] ...")
        first = token.head if token.dep_ == "conj" else token  # "the military and protest leaders": a modifier too
        if (
            trig.pos == "N"
            and (first.dep_ == "compound" or first is not token and first.dep_ == "nmod")
            and first.head.pos_ in {"NOUN", "PROPN"}
            and first.head.lemma_.lower() not in lex.word_set("frame_nouns")
        ):
            continue  # "riot police", "attack helicopters", "aid workers": a kind of thing, not an event
        if _a_name_for(token):
            continue  # "peace talks, known as intra-Afghan negotiations": another name, not another event
        if _no_act(token, trig, lex):
            continue
        if _briefing(token, lex):
            continue  # "speaking on condition of anonymity to discuss the operation": talking to the press
        if _generic_gerund(token, lex):
            continue  # "negotiating with armed groups is considered a crime": an activity judged, no one's act
        if _misread_compound(token, lex):
            continue  # "paid tribute to bombing victims": the parser's "bombing [the] victims"
        shown = any(c.dep_ in {"ccomp", "dobj", "nsubjpass"} for c in token.children) \
            or token.dep_ == "acl" and token.tag_ != "VBG" and not any(c.dep_ == "nsubj" for c in token.children)
        if token.lemma_.lower() in lex.word_set("showing_verbs") and token.pos_ == "VERB" and shown:
            # "someone who has demonstrated they have the character", "demonstrated the new software",
            # "the applications demonstrated": shown, no protest (protesters demonstrate, with no object)
            continue
        if token.lemma_.lower() in lex.word_set("own_aim_verbs") and any(c.dep_ == "xcomp" for c in token.children):
            continue  # "Britain is seeking to finalize a deal": its own aim (hoped for), no request of anyone
        cand = Candidate(token, trig, trig.type, trig.mode, trig.cameo, trig.weight)
        ctx = _context_lemmas(token)
        for sense in lex.senses.get(trig.words[0], ()):
            if sense.pos and sense.pos != trig.pos:
                continue
            if sense.when & set(trig.words[1:]):
                continue  # a phrase names the word itself ("pleaded not guilty"): its own needs decide
            if sense.heads_only or sense.core_only:
                words = _head_lemmas(token, subject=sense.core_only)
                if "fire" in words and _gunfire(token, lex):
                    words = words - {"fire"}  # "killed by Russian fire", "by artillery fire": gunfire, no blaze
            elif sense.source_only:
                words = _source_lemmas(token)
            elif sense.subject_only:
                words = _subject_lemmas(token)
            elif sense.direct_only:
                words = {content_head(c).lemma_.lower() for c in token.children if c.dep_ in {"dobj", "nsubjpass"}}
            elif sense.targets_only:
                words = _target_lemmas(token)
            else:
                words = _context_lemmas(token, subject=False) if sense.objects_only else ctx
            if sense.when & words:
                complements = [c for c in token.children if c.dep_ == "xcomp"]
                shallow = {c.lemma_.lower() for c in complements} | {c.lemma_.lower() for c in token.children if c.dep_ in OBJECT_DEPS}
                if not sense.type and trig.frame == "embed" and complements and not sense.when & shallow:
                    break  # "threatened to cut off electricity supplies": an act threatened (not "refused to comment")
                enders = sense.when & lex.word_set("measure_enders")
                if not sense.type and trig.pos == "N" and cand.type in MEASURES and _end_pending(token, enders):
                    cand.sense_applied = cand.stands = True  # "the charge has not been dropped", "urged them to drop all charges"
                    break
                if not sense.type:
                    cand = None  # type: ignore[assignment]
                    break
                cand.type, cand.mode, cand.cameo = sense.type, sense.mode, sense.cameo
                cand.sense_applied = True
                break
        if cand is not None and cand.sense_applied and cand.type == "ACCUSE" and trig.words == ("attack",) and trig.pos == "N" \
                and not _attacker_named(token, lex):
            continue  # "only if a candidate did not engage in personal attacks": words of no one in particular
        if cand is not None and cand.sense_applied and cand.type == "COERCE" and trig.pos == "N" and _eased(token, lex):
            continue  # "Israel eased restrictions on the movement of workers": the easing is the event
        if cand is not None and trig.words == ("fire",) and trig.pos == "N" and _under_fire_from_a_person(token):
            cand.type, cand.mode, cand.cameo, cand.sense_applied = "ACCUSE", "disapprove", "111", True  # criticized, not shot at
        if cand is not None and not cand.sense_applied and trig.words == ("strike",) and trig.pos == "N" and _labour_story(token, lex):
            cand.type, cand.mode, cand.cameo = "PROTEST", "strike", "143"  # "the strike was costing the economy" of striking dock workers
        if cand is not None and cand.type == "PROTEST" and _aimed_strike(token, cand):
            cand.type, cand.mode, cand.cameo = "ASSAULT", None, "190"  # "the Russian strike on Kyiv": not "on strike"
        if cand is None or not _needs_met(cand, ctx, lex):
            continue
        if trig.pos == "N" and cand.type in HELD_MEASURES and _measure_in_force(token, lex):
            cand.stands = True  # "the Taliban's ban would not stop her": the ban is in force, whatever is said of it
        if trig is RULED:
            cand.stands = True  # "under the law, they cannot take part": the law's restriction holds, not negated
        if cand.type == "SUPPORT" and token.lemma_.lower() in NAMING_JUDGES and _judges_talk(token, lex):
            continue  # "called the meeting productive": how talks went, no backing of anyone
        if not cand.sense_applied:
            _structural_sense(cand, token, lex)
        if cand.type == "REQUEST" and _ordered_out(token, lex):
            # "the junta ordered the French ambassador to leave the country": an expulsion (CAMEO 166)
            cand.type, cand.mode, cand.cameo, cand.sense_applied = "SANCTION", "expel", "166", True
        elif cand.type == "AGREE" and _sides_with_view(token, lex):
            # "agreed with Biden's remark", "agree with the removal of Gachagua": endorsing what
            # another said or did (CAMEO 051 "Praise or endorse"), no agreement between parties
            cand.type, cand.mode, cand.cameo, cand.sense_applied = "SUPPORT", None, "051", True
        elif cand.type == "REQUEST" and _ordered_to_stop(token):
            # "ordered the newspaper La Prensa to suspend publication": a measure on it (CAMEO 172), no request
            cand.type, cand.mode, cand.cameo, cand.sense_applied = "COERCE", "restrict", "172", True
        stopped = token.tag_ == "VBG" and token.dep_ in {"xcomp", "dobj"} and token.head.lemma_.lower() in STOPPING
        if cand.type in {"COOPERATE", "AID"} and stopped:
            cand.type, cand.mode, cand.cameo = "SANCTION", "discontinue", "16"  # "stopped sharing intelligence with Kyiv"
        found.append(cand)
    return found


COMPLICITY = Trigger(words=("complicity",), pos="V", type="ACCUSE", mode="allege", cameo="112", frame="complicit", weight=0.5, needs="")


def complicity_candidates(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Ties between attackers and another party ("the handlers of the attack are based in
    Afghanistan", "the gunmen were backed by Pakistan", "the terrorists were in contact with
    handlers in Afghanistan"): candidates of the speaker's charge against that party, which
    build_event keeps only when someone reports the tie."""
    found = []
    for token in doc:
        preps = lex.complicity.get(token.lemma_.lower())
        if not preps or token.pos_ not in {"VERB", "NOUN"}:
            continue
        if token.pos_ == "NOUN" and not (token.dep_ == "pobj" and token.head.lower_ == "in"):
            continue  # "in contact with", "in league with" (not "contact with the embassy resumed")
        if _complicit_party(token, lex) is None:
            continue
        found.append(Candidate(token, COMPLICITY, "ACCUSE", "allege", "112", COMPLICITY.weight))
    return found


def _complicit_party(token: Token, lex: Lexicon) -> Token | None:
    """The party a tie predicate links attackers to, or None when its subject is no attacker."""
    preps = lex.complicity.get(token.lemma_.lower(), frozenset())
    linked = [agent_of(token)] if "by" in preps and token.pos_ == "VERB" else []
    linked += [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps - {"by", "out"} for o in p.children if o.dep_ == "pobj"]
    outs = [p for p in token.children if p.dep_ in {"prep", "prt"} and p.lower_ == "out"] if "out" in preps else []
    linked += [o for p in outs for g in (p, *p.children) for o in g.children if o.dep_ == "pobj"]  # "operating out of Syria"
    linked = [o for o in linked if o is not None]
    if not linked:  # (the subject, dearer to find, only for a tie that names a party)
        return None
    subj, _ = subject_of(token.head.head if token.pos_ == "NOUN" else token)
    if subj is None or content_head(subj).lemma_.lower() not in lex.word_set("hostile_agents"):
        return None
    linked = [o for o in linked if o.i != content_head(subj).i]
    return linked[0] if linked else None


#: a party not allowed to act ("is not allowed to leave the country"): the negation is the restriction
BARRED = Trigger(words=("not allowed",), pos="V", type="COERCE", mode="restrict", cameo="172", frame="plain", weight=0.6, needs="neg=yes")


def _barred(token: Token, lex: Lexicon) -> bool:
    """A party someone does not allow to act: a passive "allowed"/"permitted" with a negation and
    a "to" clause ("the journalist is not allowed to leave the country", "I cannot be allowed to
    address my constituents")."""
    if token.lemma_.lower() not in {"allow", "permit"} or not any(c.dep_ == "neg" for c in token.children):
        return False
    held, passive = subject_of(token)
    return passive and _to_clause(token) and held is not None and is_actor_like(held, lex, NO_ENTITIES)


def _ordered_out(token: Token, lex: Lexicon) -> bool:
    """Whether a diplomat is ordered or told to leave ("ordered the French ambassador to leave")."""
    leaves = any(c.dep_ == "xcomp" and c.lemma_.lower() == "leave" for c in token.children)
    told = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
    return leaves and any(content_head(t).lemma_.lower() in lex.word_set("diplomats") for t in told)


def _sides_with_view(token: Token, lex: Lexicon) -> bool:
    """Agreeing "with" a view or an act ("agree with the removal"), no party to agree with and
    nothing agreed to do or on."""
    if token.lemma_.lower() != "agree" or any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in token.children):
        return False  # "agreed to talks", "agreed a deal"
    if prep_objects(token, ("to", "on")):
        return False  # "agreed on a ceasefire"
    views = prep_objects(token, ("with",))
    if any(w.lemma_.lower() in lex.word_set("offer_nouns") for w in views):
        return False  # "agreed in principle with the ceasefire proposal": accepting what was offered (AGREE)
    return bool(views) and all(_a_thing(w, lex) for w in views)


def _held_party(verb: Token, lex: Lexicon) -> Token | None:
    """The one held in "held hostage": the noun the participle modifies ("passengers held hostage
    in Balochistan"), the subject of a passive ("the crew were held hostage"), or the people the
    parser made the subject of an active "held" ("[passengers] held hostage by militants")."""
    if verb.lemma_.lower() not in {"hold", "keep"}:
        return None
    if verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN":
        return verb.head
    subject, passive = subject_of(verb)
    if subject is None:
        return None
    people = content_head(subject).lemma_.lower() in lex.word_set("people_nouns") or bool(prep_objects(verb, ("by",)))
    return subject if passive or people else None


#: verbs of wanting that, negated, refuse what they govern ("does not want to meet")
WANTING = frozenset({"want", "wish", "intend"})


def _unwilling(anchor: Token) -> bool:
    """A party that does not want to do the act ("he does not want to meet with Kim")."""
    head = anchor.head
    return anchor.dep_ == "xcomp" and head.lemma_.lower() in WANTING and any(c.dep_ == "neg" for c in head.children)


#: verbs that end a measure without a trigger of their own ("cancelled restrictions")
ENDING_VERBS = frozenset({"cancel", "scrap", "drop", "abolish", "annul", "revoke", "overturn"})


def _eased(token: Token, lex: Lexicon) -> bool:
    """A measure a verb of easing governs ("lifted the ban", "cancelled restrictions on ...")."""
    verb = _governing_verb(token)
    trig = lex.single.get((verb.lemma_.lower(), "V")) if verb is not None else None
    return trig is not None and trig.type in {"CONCEDE", "RETREAT"} or verb is not None and verb.lemma_.lower() in ENDING_VERBS


def _a_state_of_affairs(worry: Token, lex: Lexicon) -> bool:
    """What a worry is about is a state of affairs no one is charged with ("concern about heightened
    tensions", "concerns about its effectiveness"), not an act or a thing someone made ("concern about
    the conditions in which he is held", "concerns that the constitution grants vast powers")."""
    about = [content_head(o) for o in prep_objects(worry, ("about", "over", "at", "with", "regarding"))]
    if not about:
        return not any(c.dep_ in {"acl", "ccomp"} for c in worry.children)  # ("concerns that the law will help Beijing")
    return any(o.lemma_.lower() in lex.word_set("affairs") for o in about)


def _measure_in_force(token: Token, lex: Lexicon) -> bool:
    """A measure noun a party owns ("the Taliban's ban", "China's restrictions"): one in force, not
    only talked of."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return owner is not None and owner.lower_ not in PRONOUNS and is_actor_like(owner, lex, NO_ENTITIES)


#: what one may want done by others, named by its noun ("want a ban on trophy imports", "want talks")
WANTED_ACTS = frozenset({"SANCTION", "COERCE", "RETREAT", "CONCEDE", "AID", "CONSULT", "AGREE"})
#: what befalls or is felt rather than done: wanting it for another is a wish, no request
FATES = frozenset({
    "lose", "win", "fail", "succeed", "see", "know", "understand", "feel", "be", "have", "mean", "become", "get",
    "remain", "stay", "happen", "die", "suffer", "realize", "realise", "think", "believe", "like", "love", "enjoy",
    "look", "seem", "appear", "hear", "learn", "recognize", "recognise", "grow", "prosper", "thrive", "live",
})


def _wants_done(verb: Token, lex: Lexicon) -> bool:
    """Wanting another to act, or an act done, is asking for it: a clause with its own party
    subject ("wants Ukraine to give up the regions"), a passive one ("want the hunts to be stopped",
    "wants the trade abolished") or a measure named ("want a ban on imports"); not one's own aim
    ("wants to meet Putin") nor a wish about things ("want prices to fall")."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ in {"VERB", "AUX"}:
            subj, passive = subject_of(child)
            # (a bare past form after the object is a participle: "wants the trade abolished", tagged VBD or VBN)
            bare = child.tag_ in {"VBN", "VBD"} and not any(c.dep_ in {"aux", "auxpass"} for c in child.children)
            fate = child.lemma_.lower() in FATES and not passive  # "wants Trump to lose", "want people to see this as fair"
            if subj is not None and not fate and (passive or bare or is_actor_like(subj, lex, NO_ENTITIES)):
                return True
        if child.dep_ == "dobj":
            trig = lex.single.get((child.lemma_.lower(), "N"))
            if trig is not None and trig.type in WANTED_ACTS:
                return True
    return False


#: prepositions of the charge on which one is held or tried ("jailed on charges of", "in custody over accusations of")
GROUND_PREPS = frozenset({"on", "over", "amid"})
#: what a party holds in force: restrictions and sanctions
HELD_MEASURES = frozenset({"COERCE", "SANCTION"})
#: what stands till it is ended: charges, restrictions, sanctions
MEASURES = HELD_MEASURES | {"ACCUSE"}
#: verbs of refusing an act ("refused to drop the charges")
REFUSING = frozenset({"refuse", "decline", "reject", "deny", "resist"})
#: auxiliaries of an act not (yet) done ("will be dropped", "should drop")
PENDING_AUX = frozenset({"will", "would", "should", "could", "may", "might", "must", "to"})


def _end_pending(token: Token, ending: frozenset[str]) -> bool:
    """Whether the verb that ends a noun's measure is not done: negated, hoped for, asked for or
    yet to come ("the charge has not been dropped", "I hope his charge will be dropped", "urged the
    government to drop all charges"), so the measure stands."""
    verb = _governing_verb(token)
    if verb is None or verb.lemma_.lower() not in ending:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING:
        return False  # "refused to drop the charges": they stand, but the refusal is the news (and the clause negates)
    return any(c.dep_ == "neg" or c.dep_ in {"aux", "auxpass"} and c.lower_ in PENDING_AUX for c in verb.children)


def _ended_against(token: Token) -> Token | None:
    """The party an ending verb's "against" names ("drop all charges against him")."""
    verb = _governing_verb(token)
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"] if verb is not None else []
    return next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)


def _ordered_to_stop(token: Token) -> bool:
    """Whether a party is ordered to stop, close or not to act ("ordered the newspaper to suspend
    publication", "instructed publishers not to print anything")."""
    stops = any(
        c.dep_ == "xcomp" and (c.lemma_.lower() in STOPPING | {"close", "shut"} or any(n.dep_ == "neg" for n in c.children))
        for c in token.children
    )
    return token.lemma_.lower() in ORDERING and stops and any(c.dep_ == "dobj" for c in token.children)


def _briefing(token: Token, lex: Lexicon) -> bool:
    """Whether the word is what a source speaks to the press in order to do ("speaking on condition
    of anonymity to discuss the operation", "not authorized to discuss the talks publicly")."""
    if token.dep_ not in {"advcl", "xcomp", "acl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    words = {head.lemma_.lower()} | {t.lemma_.lower() for t in head.subtree if t.i < token.i}
    return bool(words & lex.word_set("briefing_words"))


#: verbs that end an ongoing act ("stopped sharing intelligence")
STOPPING = frozenset({"stop", "halt", "cease", "suspend", "end", "quit", "pause", "discontinue"})


def _judges(verb: Token, lex: Lexicon) -> bool:
    """Praise or condemnation of an act ("praised the withdrawal", "condemned Mhlanga's arrest"):
    the act judged is an event of its own, done by whoever did it, not by the judge; a charge
    ("blamed the attacks on militants", "held Kyiv responsible") only alleges it, and a signature
    ("signed an agreement") is the act itself."""
    lemma = verb.lemma_.lower()
    if lemma in NAMING_JUDGES:
        # "called the move illegal", "considered the withdrawal a good step", "described it as a
        # provocation": a verdict on the object; not "called off the strike", "considering sanctions"
        verdict = any(c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"} for c in verb.children)
        return verdict or bool(prep_objects(verb, ("as",)))
    return lemma in lex.word_set("judging_verbs")


def _summed_up(clause: Token) -> bool:
    """Whether a clause is summed up after it by its verb's object (", a charge Kyiv denied"), the
    parser having made the clause that verb's complement."""
    doc = clause.doc
    return any(
        c.dep_ == "dobj" and c.i > clause.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
        and any(g.dep_ == "det" and g.lower_ in {"a", "an"} for g in c.children)
        for c in clause.head.children
    )


def _shares_infinitive(conj: Token, by_index: dict[int, Candidate]) -> bool:
    """A bare verb coordinated under another's "to", both what an embedding verb is about: "urged
    Afghanistan to arrest the perpetrators and cooperate with Pakistan" (one demand)."""
    first = conj.head
    outer = by_index.get(first.head.i)
    return (
        conj.tag_ in {"VB", "VBP"} and first.dep_ == "xcomp" and outer is not None and outer.trigger.frame == "embed"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
    )


def absorb_complements(cands: list[Candidate], lex: Lexicon) -> None:
    """Attach each event that is the complement of an embedding trigger (demand, refuse, threaten,
    agree) to it: "demanded the withdrawal" is one REQUEST, not a REQUEST and a RETREAT."""
    by_index = {c.token.i: c for c in cands}
    for cand in cands:
        if cand.trigger.frame in {"blame", "demand"} or cand.stands:
            continue  # the speaker's charge or demand, never the content of the verb that reports it; a charge still in force
        token = cand.token
        steps = 0
        while token.dep_ in COMPLEMENT_DEPS and token.head.i != token.i and steps < 6:
            if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SIDE_MARKS for c in token.children):
                break  # "..., as Tehran rejected its offer": a clause of its own, not what is warned of
            if token.dep_ == "advcl" and token.tag_ == "VBG" and token is cand.token and not any(c.dep_ == "mark" for c in token.children):
                break  # "is threatening a provocation, refusing to meet": a second act, not what is threatened
            if token.dep_ == "prep" and token.lower_ in TOPIC_PREPS and token.head.pos_ == "NOUN" and token.head.i not in by_index:
                break  # "dismissed concerns about Trump's threat": the threat is what the concerns are about
            if token.dep_ == "prep" and token.lower_ in TIME_PREPS and token.head.pos_ == "VERB":
                break  # "after a meeting with activists, told officials to draft rules": when, not what is asked
            shared = token.dep_ == "conj" and _shares_infinitive(token, by_index)
            if token.dep_ == "conj" and token.pos_ == "VERB" and token.head.pos_ == "VERB" and token.head.i in by_index and not shared:
                break  # "denied targeting civilians and accused Kyiv of ...": two acts, not one's content
            if token is not cand.token and token.dep_ in {"nsubj", "nsubjpass"}:
                break  # "leaders meeting in Paris agreed to ...": what the subject does is not what it agrees to
            if token.dep_ == "ccomp" and _summed_up(token):
                break  # the parser's "[Moscow accused Kyiv of ...], a charge Kyiv denied": the charge stands, and is denied
            token = token.head
            steps += 1
            outer = by_index.get(token.i)
            if outer is None or shared:
                continue  # (a shared infinitive goes on to the verb both are the complement of)
            direct_object = outer.trigger.pos == "V" and cand.trigger.pos == "N" and (
                (steps == 1 and cand.token.dep_ == "dobj")
                # "lifted a state of emergency", "called off the strike"
                or (steps == 3 and cand.token.dep_ == "pobj" and cand.token.head.lower_ == "of" and cand.token.head.head.dep_ == "dobj")
            )
            # "an attack killed", "airstrikes hit", "a car bomb exploded": the noun is the verb's event
            event_subject = (
                steps == 1 and cand.token.dep_ == "nsubj" and cand.trigger.pos == "N" and outer.trigger.pos == "V"
                and cand.type in MATERIAL and outer.type in MATERIAL
            )
            # "a pause on strikes", "a ceasefire in the fighting": the fighting is what stops
            # "stopped shelling the city": the shelling is what stops
            stopped = outer.type == "RETREAT" and cand.type == "ASSAULT" and (
                cand.trigger.pos == "N" if outer.trigger.pos == "N" else steps == 1 and cand.token.tag_ == "VBG"
            )
            # "were killed in a Russian missile strike on Dnipro", "were killed when two missiles struck the
            # center": the strike is how they were killed, one attack
            # ("killed five militants in a raid": the raid is how, one attack)
            raid = cand.type == "COERCE" and cand.token.lemma_.lower() in lex.word_set("raid_words")
            manner = (cand.type == "ASSAULT" or raid) and outer.type == "ASSAULT" and outer.trigger.pos == "V" and (
                steps == 2 and cand.token.dep_ == "pobj" and cand.token.head.lower_ in {"in", "by"} and cand.trigger.pos == "N"
                or steps == 1 and cand.token.dep_ == "advcl" and cand.trigger.pos == "V"
                and any(c.dep_ in {"mark", "advmod"} and c.lower_ == "when" for c in cand.token.children)
                and outer.token.lemma_.lower() in lex.word_set("casualty_verbs")
            )
            # "its promise to halt strikes", "a threat to cut aid": the to-clause is what the noun promises or threatens
            content = steps == 1 and cand.token.dep_ == "acl" and outer.trigger.pos == "N" \
                and outer.type in {"AGREE", "THREATEN", "REQUEST"} and any(c.lower_ == "to" for c in cand.token.children if c.dep_ == "aux")
            # "its call for more sanctions", "a demand for the withdrawal": what the noun asks for
            content = content or steps == 2 and cand.token.dep_ == "pobj" and cand.token.head.lower_ == "for" \
                and cand.trigger.pos == "N" and outer.trigger.pos == "N" and outer.type == "REQUEST"
            if (event_subject or manner) and outer is not cand:
                cand.absorbed = True
                if manner:
                    outer.manner = cand
                if not outer.mode and cand.type == outer.type:
                    outer.mode, outer.cameo = cand.mode, cand.cameo
            elif outer.token.lemma_.lower() in lex.word_set("proposing_words") and cand.type in CONFLICT_ACTS:
                pass  # "proposed a package of sanctions": the sanctions, proposed (hypothetical), not an agreement
            elif (outer.trigger.frame == "embed" or stopped or content or direct_object and not _judges(outer.token, lex)) \
                    and outer is not cand:
                # "lifted the blockade", "violated the ceasefire": the verb says what happened
                outer.inner.append(cand)
                cand.absorbed = True
                if direct_object and not outer.mode and cand.type == outer.type:
                    outer.mode, outer.cameo = cand.mode, cand.cameo  # "launched drones" -> drone
            break


# -- clause meaning ----------------------------------------------------------------------------


def anchor_of(cand: Candidate) -> Token:
    """The verb that carries the event's tense, mood and subject."""
    token = cand.token
    if cand.trigger.pos == "V":
        return token
    if cand.trigger.pos == "A":
        return _said_of(token)
    gov = _governing_verb(token)
    return gov if gov is not None else token


def _said_of(adjective: Token) -> Token:
    """The head an adjective is said through: "X is hostile" (acomp), and "X is a hostile power",
    "X is one of the most hostile and abusive authorities" (the copula of the noun it modifies)."""
    while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":
        adjective = adjective.head  # "hostile and abusive"
    if adjective.dep_ != "amod":
        return adjective.head
    noun = adjective.head
    for _ in range(3):
        if noun.dep_ == "attr":
            return noun.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            break
        noun = noun.head.head  # "one of the most hostile authorities"
    return adjective.head


def _aux_lemmas(verb: Token) -> list[str]:
    out: list[str] = []
    token = verb
    for _ in range(4):
        own = [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}]
        out += own
        # "will meet in Brussels to discuss": the purpose is as future as its verb
        purpose = token.dep_ == "advcl" and own == ["to"]
        # "would lift its pause and resume assistance": a conjunct with no auxiliary of its own shares its verb's
        shared = token.dep_ == "conj" and not own and token.head.pos_ in {"VERB", "AUX"} and (
            token.tag_ == "VB" or token.tag_ == "VBG" and token.head.tag_ == "VBG"
            # "may be arrested and detained": a passive participle shares the first one's auxiliaries
            or token.tag_ == "VBN" and token.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.head.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
        )
        # "could cut aid to Somalia, freezing assets of officials": a bare participle shares its verb's too
        shared = shared or token.dep_ == "advcl" and token.tag_ == "VBG" and not own and not any(
            c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in token.children
        )
        # "would be able to return": the auxiliaries of the linking verb an adjective completes
        linked = token.dep_ == "acomp" and not own and token.head.lemma_ == "be"
        if (token.dep_ in {"xcomp"} or purpose or shared or linked) and token.head.i != token.i:
            token = token.head
            continue
        break
    return out


#: verbs whose object did not take place ("called off a summit", "postponed the talks")
CALLED_OFF = frozenset({"postpone", "scrap", "shelve", "delay"})


def _called_off(verb: Token) -> bool:
    off = verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return off or verb.lemma_.lower() in CALLED_OFF


def _is_negated(cand: Candidate, anchor: Token, lex: Lexicon) -> bool:
    if cand.stands:
        return False  # "the charge has not been dropped": the charge stands
    # "Mhlanga's arrest was not a reflection of ...": what is said of the event is negated, not the event
    judged = cand.token is not anchor and cand.token.dep_ in {"nsubj", "nsubjpass"} and anchor.lemma_ == "be"
    def nobody(subject: Token) -> bool:
        return subject.lower_ in {"nobody", "none"} or any(g.dep_ == "det" and g.lower_ == "no" for g in subject.children)

    if cand.token is anchor and any(c.dep_ in {"nsubj", "nsubjpass"} and nobody(c) for c in anchor.children):
        return True  # "no passengers were killed", "nobody was hurt"
    carried = cand.token is not anchor and anchor.lemma_.lower() in lex.light_verbs and not judged
    subject = subject_of(anchor)[0] if carried else None
    if subject is not None and nobody(subject):
        return True  # "no one is going to hold joint patrols" (not "no one claimed the attack")
    going = anchor.dep_ == "xcomp" and anchor.head.lemma_ == "go" and anchor.head.tag_ == "VBG"
    if going and any(c.dep_ == "neg" for c in anchor.head.children):
        return True  # "we are not going to give up our land"
    for tok in {cand.token} if judged else {cand.token, anchor}:
        if tok.dep_ in {"pcomp", "pobj"} and tok.head.lower_ == "without":
            return True  # "left without signing a deal", "ended without a ceasefire"
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.i != cand.token.i and _called_off(tok.head):
            return True  # "called off a planned summit", "the talks were postponed": it did not take place
        for child in tok.children:
            if child.dep_ == "neg" or child.lower_ in {"never", "no"} and child.dep_ in {"det", "advmod", "neg"}:
                return True
            if child.dep_ == "advmod" and child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
                return True  # "will no longer recognize Farmajo"
            if child.dep_ in {"advmod", "neg"} and child.lower_ in {"seldom", "rarely", "hardly", "barely", "scarcely"}:
                return True  # "Najib seldom criticized China": that he did not, as a rule
    # "no reason to be concerned", "no need to retaliate": a clause that says there is no ground for it
    tok = cand.token
    for _ in range(3):
        if tok.dep_ in {"acl", "relcl", "xcomp", "acomp"} and tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ == "NOUN" and any(c.lower_ == "no" for c in tok.children):
                return True
    # "there can be no compromise": the negative determiner on the noun itself
    return cand.trigger.pos == "N" and any(c.lower_ == "no" for c in cand.token.lefts)


@dataclass
class Clause:
    """What the governing clauses say about an event: reported by whom, hoped, appealed for."""

    reporter: Token | None = None
    appealed: bool = False
    irrealis: bool = False
    planned: bool = False
    denied: bool = False
    conditional: bool = False
    failed: bool = False


def clause_context(anchor: Token, lex: Lexicon) -> Clause:
    clause = Clause()
    token = anchor
    purpose = False
    for step in range(8):
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in token.children):
            clause.conditional = True
        # "once a ceasefire takes hold", "until the war ends": a time still to come (not "once it took hold")
        pending = any(c.dep_ in {"mark", "advmod"} and c.lower_ in PENDING_MARKS for c in token.children) and token.tag_ in {"VBZ", "VBP"}
        if pending and token.dep_ == "advcl":
            clause.conditional = True
        if token.head.i == token.i or token.dep_ == "ccomp" and _summed_up(token):
            break  # (", a charge Kyiv denied": the clause before is said, not denied)
        dep = token.dep_
        # (a purpose stays one through the participle that names its noun: "a proposal [made on
        # Monday] for the Council to lift sanctions")
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) or (
            step > 0 and purpose and dep == "acl" and token.tag_ == "VBN"
        )
        token = token.head
        lemma = token.lemma_.lower()
        if dep in {"acl", "advcl", "relcl"} and purpose and token.pos_ == "NOUN" and lemma in lex.clauses.get("unfulfilled", ()):
            clause.irrealis = True  # "under pressure to resign", "calls for him to quit", "a plan to withdraw": not done
            # "announced plans to rearm": a plan made public is an announced future (GUIDE.md "future")
            made_public = token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in ANNOUNCING_VERBS
            clause.planned = lemma in lex.word_set("intent_nouns") and made_public
            continue
        if dep == "pcomp" and token.lower_ in {"of", "than"} and any(c.lower_ in {"instead", "rather"} for c in token.children):
            clause.denied = True  # "instead of calling for an Asian NATO", "rather than attacking the city": not done
            continue
        if dep in {"advcl", "xcomp", "ccomp"} and purpose and token.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in NEEDED | IMPORTANT for c in token.children
        ):
            clause.irrealis = True  # "is crucial for Islamabad to negotiate the bailout": wanted, not done
            continue
        if dep not in {"ccomp", "xcomp", "advcl", "dobj", "pobj", "prep", "conj", "acomp", "pcomp", "parataxis"}:
            continue
        if lemma in lex.clauses["appeal"] and dep in {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp"}:
            clause.appealed = True
        elif lemma in lex.clauses["irrealis"] and (
            dep in {"xcomp", "ccomp", "pcomp"} or dep == "advcl" and purpose or dep == "prep" and token.pos_ == "ADJ"
        ):
            # "hopes to meet", "needs a billion dollars to provide aid", "interested in talking": wanted, not done
            clause.irrealis = True
        elif lemma in lex.clauses["denial"] and dep in {"xcomp", "ccomp", "dobj", "pcomp"}:
            clause.denied = True
        elif lemma in lex.clauses.get("avoidance", ()) and dep in {"xcomp", "prep", "pcomp"} and step <= 1:
            # "refrain from discussing politics", "avoided meeting him", "prevented them from marching":
            # not done (the verb's own complement, not an act further down its clause)
            clause.denied = True
        elif lemma in lex.clauses.get("failure", ()) and dep == "xcomp":
            clause.failed = True
        elif lemma in lex.clauses["speech"] and dep in {"ccomp", "parataxis", "dobj", "xcomp"} and clause.reporter is None:
            subj, passive = subject_of(token)
            if subj is not None and not passive:
                clause.reporter = subj
    return clause


#: marks of a time clause that, in the present tense, speaks of what has not happened yet
PENDING_MARKS = frozenset({"once", "when", "until", "after", "before"})


#: what an act on the calendar is said to be ("due to meet", "set to resume", "scheduled to visit")
SCHEDULED = frozenset({"due", "set", "scheduled", "slated", "poised"})


#: verbs that make a plan public ("announced plans to rearm"): the plan is an announced future
ANNOUNCING_VERBS = frozenset({"announce", "unveil", "approve", "adopt", "outline", "present", "reveal", "confirm"})


def _imperative(verb: Token) -> bool:
    """A bare verb that opens a quoted clause with no subject ('"Stop the killing," the pope said')."""
    if verb.tag_ != "VB" or verb.dep_ not in {"ROOT", "ccomp"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "mark"} for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is not None and before.tag_ == "``" and verb.i <= verb.sent.start + 1


def _wanted_for(token: Token, anchor: Token, lex: Lexicon) -> bool:
    """A noun named "for" under a noun of what is wanted ("a proposal for talks", "its call for more
    sanctions", "a plan for a ceasefire"), or "of" or "to" under one of what may come ("the offer
    of talks", "the prospect of a ceasefire", "an invitation to peace talks"), on its way up to its verb."""
    cur = token
    for _ in range(4):
        over = cur.head.head
        wanted = cur.head.lower_ == "for" and over.lemma_.lower() in lex.clauses.get("unfulfilled", ())
        if cur.dep_ == "pobj" and over.pos_ == "NOUN" and (
            wanted or cur.head.lower_ in {"of", "to"} and over.lemma_.lower() in lex.word_set("prospect_nouns")
        ):
            return True  # (the noun may be its own anchor: the headline "Trump proposal for more airstrikes")
        if cur.i == anchor.i or cur.head.i == cur.i:
            return False
        if cur.dep_ not in {"pobj", "prep", "conj"}:
            return False
        cur = cur.head
    return False


def _talked_about(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """An act noun a verb speaks of, recalls or mourns ("addressed the terrorist attacks", "will
    speak about the attacks in Orlando", "mourned the victims of the shooting"): an act told
    elsewhere, neither the speaker's nor as future as the speaking."""
    top = noun
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN" and top.head.head.i != verb.i:
        top = top.head.head  # "the victims of the shooting"
    if top.head.i == verb.i and top.dep_ == "dobj":
        return verb.lemma_.lower() in lex.word_set("topic_verbs")
    prep = top.head
    return top.dep_ == "pobj" and prep.lower_ in {"about", "on", "of"} and prep.head.i == verb.i \
        and verb.lemma_.lower() in lex.word_set("talking_verbs")


#: speech acts that "I have to ..." performs ("I have to thank Obama"): done in the saying
PERFORMATIVES = frozenset({"thank", "say", "admit", "confess", "applaud", "commend", "congratulate", "praise", "apologize",
                           "apologise", "tell", "agree", "disagree", "give"})


#: what an act to be done is said to be, besides NEEDED ("it is crucial for Islamabad to negotiate", "important for Russia to withdraw")
IMPORTANT = frozenset({"crucial", "important", "key", "critical", "imperative", "urgent", "paramount"})


#: what an act is said to be when it is wanted ("more airstrikes are needed", "sanctions are necessary")
NEEDED = frozenset({"need", "require", "necessary", "needed", "required", "essential", "vital", "warranted", "overdue"})


def _said_needed(noun: Token) -> bool:
    """An act noun whose clause says it is needed ("more airstrikes are needed", "new sanctions
    are necessary", "talks are overdue"): what someone wants, not what was done."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    if verb.lemma_.lower() in NEEDED and verb.tag_ == "VBN":
        return True
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in NEEDED for c in verb.children)


def _plotted(cand: Candidate, lex: Lexicon) -> bool:
    """A plan told as past or as a charge ("planned to kill the journalist", "accused of planning
    to kidnap her"), not one announced now ("plans to impose restrictions": a threat, CAMEO 1312)."""
    if cand.type != "AGREE" or cand.trigger.words[0] not in lex.word_set("planning_verbs"):
        return False
    return cand.token.tag_ in {"VBD", "VBN"} or cand.token.tag_ == "VBG" and cand.token.dep_ == "pcomp"


def _speaks_for(speaker: dict[str, Any] | None, party: dict[str, Any] | None) -> bool:
    """Whether a quote's speaker is the party or speaks for it ("we"; "Iberdrola spokesman ..." of Iberdrola)."""
    if not speaker or not party:
        return False
    text = (party.get("text") or "").lower()
    if text in {"we", "i", "us", "me"} or speaker.get("entity") and speaker.get("entity") == party.get("entity"):
        return True
    name = party.get("name") or party.get("text") or ""
    return len(name) > 2 and name.lower() in (speaker.get("text") or "").lower()


def _told_passive(cand: Candidate) -> bool:
    """A verb in the passive that tells what was done to its subject ("we were accused of spying",
    "Iberdrola was accused"), not one that asks for it ("this abuse must be rejected")."""
    token = cand.token
    if cand.type != "ACCUSE" or cand.trigger.pos != "V" or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
        return False
    # (not "it needs to be condemned", "has to be stopped": asked for)
    return not (any(c.lower_ == "to" for c in token.children) and token.head.lemma_.lower() in {"need", "have", "ought", "deserve", "want"})


def _be_to(verb: Token) -> Token | None:
    """The "be" whose to-clause a verb opens ("Russia is to withdraw", "our goal is not to deter
    ISIS, but to defeat and destroy it"), or None."""
    start = verb
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        to = to or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not to:
        return None
    be = verb if verb.lemma_ == "be" and verb.i != start.i else (  # (the parser's "[is] not to deter ISIS, but to [defeat]")
        verb.head if verb.dep_ in {"xcomp", "attr"} and verb.head.lemma_ == "be" else None
    )
    if be is not None and any(c.dep_ in {"acomp", "attr"} and c.i != verb.i for c in be.children):
        return None  # "is proud to support Clinton's plan", "is ready to talk": the to-clause is the adjective's
    return be


def _aim_of(verb: Token, lex: Lexicon) -> Token | None:
    """The aim a verb is said to be ("our goal is to destroy ISIS", "the mission is to destroy
    ISIS"): the aim noun, subject of the "be" whose to-clause the verb opens."""
    be = _be_to(verb)
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None) if be is not None else None
    return subject if subject is not None and subject.lemma_.lower() in lex.word_set("aim_nouns") else None


def modality_of(cand: Candidate, anchor: Token, clause: Clause, lex: Lexicon) -> str:
    if cand.stands:
        return "asserted"  # "I hope his charge will be dropped": the ending is hoped for, the charge is in force
    aux = _aux_lemmas(anchor)
    token = cand.token
    if cand.trigger.pos == "N" and _wanted_for(token, anchor, lex) and not clause.denied:
        return "hypothetical"  # "backed Russia's proposal for talks", "renewed its call for more sanctions": asked for, not held
    told = token.dep_ != "compound" and any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "any", "no"} for c in token.children)
    if cand.trigger.pos == "N" and told and _talked_about(token, anchor, lex) and anchor.lemma_.lower() not in lex.clauses["irrealis"]:
        return "asserted"  # "will speak about the attacks in Orlando": the attacks took place, the speaking is to come
    if cand.trigger.pos == "N" and token.dep_ == "dobj" and token.head.i == anchor.i and anchor.lemma_.lower() in {"lose", "win"} \
            and cand.type == "ASSAULT":
        return "asserted"  # "he realized he was going to lose the battle": the battle is fought, its outcome to come
    if _aim_of(token, lex) is not None:
        return "hypothetical"  # "our goal is to destroy ISIS": an aim, not an act
    if cand.inner and cand.inner[0].type in CONFLICT_ACTS and _plotted(cand, lex):
        return "hypothetical"  # "planned to kill the journalist": a plot, not done
    if _be_to(token) is not None and not clause.denied:
        return "future"  # "Russia is to withdraw its troops": what is set to happen
    if cand.trigger.pos == "N" and _said_needed(token):
        return "hypothetical"  # "more airstrikes are needed in Iraq", "new sanctions are necessary": wanted, not done
    may_come = lex.word_set("prospective_modifiers")
    if cand.trigger.pos == "N" and any(c.dep_ in {"det", "amod"} and c.lower_ in may_come for c in token.children) and not clause.denied:
        return "hypothetical"  # "a possible ceasefire", "would respond to any attack on its grid": an act that may come
    if cand.trigger.pos == "N" and token.dep_ == "pobj" and token.head.lower_ in {"to", "for"} and token.head.head.i == anchor.i \
            and anchor.lemma_.lower() in RESPONDING_VERBS and cand.type in CONFLICT_ACTS:
        return "asserted"  # "would respond to the Iranian missile attack": the attack answered took place
    if clause.denied:
        return "denied"
    ahead = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "ahead"
    past = any(c.dep_ == "poss" or c.lower_ in {"last", "previous", "recent"} for c in token.children)
    if cand.trigger.pos == "N" and ahead and not past:
        return "future"  # "ordered residents to evacuate ahead of an offensive": what is still to come
    empowered = anchor.dep_ == "acl" and anchor.head.lemma_.lower() in POWER_NOUNS
    if empowered and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        return "hypothetical"  # "has the authority to revoke a green card": what one may do, not what was done
    if _yes_no_question(anchor):
        return "hypothetical"  # asked, not said: not even a demand ("Do you think Taiwan should rearm?")
    # "have to withdraw" (not "claiming to have captured": a perfect, no obligation)
    # "Trump told Putin to stop the attacks": what one is told to do is demanded of them
    told_to = anchor.dep_ == "xcomp" and anchor.head.lemma_ in {"tell", "instruct"} and "to" in aux
    told_to = told_to and any(c.dep_ in {"dobj", "dative"} for c in anchor.head.children)
    # (not "have been killed fighting Hezbollah": a perfect, no "to")
    have_to = "have" in aux and "to" in aux and anchor.dep_ == "xcomp" and anchor.tag_ != "VBN"
    if told_to or any(a in lex.modals["demanded"] for a in aux) or have_to:
        return "demanded"
    obliged = anchor.dep_ == "xcomp" and anchor.head.lemma_ == "have" and anchor.head.tag_ in {"VB", "VBP", "VBZ"} and "to" in aux
    if obliged and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in anchor.head.children):
        return "denied"  # "Trump has yet to apologize to the Khans": not done
    performative = anchor.lemma_.lower() in PERFORMATIVES and any(c.lower_ == "i" for c in anchor.head.children if c.dep_ == "nsubj")
    if obliged and not performative and not any(c.dep_ in {"aux", "neg"} for c in anchor.head.children):
        return "demanded"  # '"We have to really increase the bombings"': an obligation ("had to withdraw" was done,
        # "wouldn't have to compromise" is no demand)
    if _imperative(anchor):
        return "demanded"  # '"Stop the killing," the pope said': a command
    if cand.trigger.pos == "N" and token.dep_ == "nsubj" and token.head.i == anchor.i and anchor.lemma_.lower() not in HAPPENING_VERBS \
            and any(a in lex.modals["future"] or a in lex.modals["hypothetical"] for a in aux):
        return "hypothetical"  # "tariffs will affect prices", "a trade war would do more harm than good": what it would bring
    if "would" in aux and clause.reporter is not None:
        return "future"  # reported speech: "said it would withdraw" is an announced future
    if clause.planned and not clause.conditional:
        return "future"
    if anchor.dep_ == "xcomp" and anchor.head.lower_ in SCHEDULED and not clause.conditional:
        return "future"  # "Putin is due to meet Erdogan in January", "talks are set to resume"
    held = cand.token
    if held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.dep_ == "dobj":
        held = held.head.head  # "preparing a new package of sanctions"
    considered = cand.trigger.pos == "N" and held.dep_ == "dobj" and held.head.i == anchor.i
    if considered and anchor.lemma_.lower() in lex.clauses.get("avoidance", ()):
        return "denied"  # "accused Putin of avoiding a meeting"
    if considered and anchor.lemma_.lower() == "prepare" and not clause.conditional:
        return "future"  # "the EU is preparing a new package of sanctions"
    readied = cand.trigger.pos == "N" and held.dep_ == "pobj" and held.head.lower_ == "for" and held.head.head.i == anchor.i
    if readied and anchor.lemma_.lower() in {"prepare", "gear", "ready"} and not clause.conditional:
        return "future"  # "officials prepared for a prisoner exchange"
    if readied and anchor.lemma_.lower() == "brace":
        return "hypothetical"  # "residents braced for a new offensive": expected, not announced
    got = held.head if held.dep_ == "compound" else held  # "a loan program"
    sought = got.dep_ == "dobj" and got.head.i == anchor.i and anchor.lemma_.lower() in lex.word_set("seeking_verbs")
    sought = sought and cand.trigger.pos == "N" and anchor.tag_ in {"VBG", "VBP", "VBZ", "VB"}
    if sought and cand.type in {"AID", "SUPPORT"}:
        return "hypothetical"  # "Islamabad is negotiating a loan program with the IMF": sought, not yet given
    if considered and anchor.lemma_.lower() in lex.clauses["irrealis"]:
        return "hypothetical"  # "he was considering sanctions against Russia", "seeks talks"
    if any(a in lex.modals["hypothetical"] for a in aux) or clause.irrealis or clause.conditional:
        return "hypothetical"
    if any(a in lex.modals["future"] for a in aux):
        return "future"
    if anchor.dep_ == "csubj" and anchor.tag_ == "VBG" and subject_of(anchor)[0] is None:
        return "hypothetical"  # "holding a summit in June would not be provocative", "having a deal is good": an act in general
    charged = cand.type == "ACCUSE" and cand.trigger.pos == "N"  # "faces two charges": they are brought already
    risked = cand.token is not anchor and anchor.lemma_.lower() in lex.word_set("risk_verbs") and anchor.tag_ in {"VBP", "VBZ", "VB", "VBG"}
    if risked and not charged:
        return "hypothetical"  # "they face imprisonment and persecution": a risk ("have faced" is not)
    if anchor.lemma_ == "go" and any(c.dep_ == "xcomp" for c in anchor.children) and anchor.tag_ == "VBG":
        return "future"
    going = anchor.head if anchor.dep_ == "conj" and anchor.head.dep_ == "xcomp" and anchor.tag_ == "VB" else anchor
    if going.dep_ == "xcomp" and going.head.lemma_ == "go" and going.head.tag_ == "VBG":
        return "future"  # "are going to give up", "we're going to revoke it and kick you out"
    token = cand.token
    if token.dep_ == "compound" and token.head.lemma_.lower() in lex.word_set("intent_nouns"):
        return "future"  # "his tariff plans", "the attack plan": an act intended, not done
    governing = _gerund_governor(anchor)
    if governing is not None:
        # "will take any measures, including reimposing sanctions": the gerund is as future as its verb
        aux = _aux_lemmas(governing)
        if any(a in lex.modals["hypothetical"] for a in aux):
            return "hypothetical"
        if any(a in lex.modals["future"] for a in aux):
            return "future"
    return "asserted"


#: verbs that tell an act's own course ("the talks will begin", "sanctions will take effect", "the
#: summit will be in June"): an act announced, unlike what it "will affect" or "would do"
HAPPENING_VERBS = frozenset({
    "be", "take", "begin", "start", "happen", "occur", "continue", "resume", "go", "come", "follow", "last", "proceed",
    "hold", "remain", "stay", "apply", "enter", "kick", "get", "open", "run", "end", "expire", "cover", "include", "target",
})


#: what one holds to act with ("the authority to revoke", "the power to impose"): the act is possible, not done
POWER_NOUNS = frozenset({"authority", "power", "right", "ability", "capacity", "mandate", "means", "option", "freedom"})


#: the auxiliaries a yes-no question opens with ("Do you think Taiwan should ...?")
QUESTION_OPENERS = frozenset({"do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could",
                              "should", "shall", "has", "have", "had", "may", "might", "must"})


def _yes_no_question(token: Token) -> bool:
    """Whether the token's sentence asks whether something is so ("Do you think Taiwan should
    upgrade its military?", "VOA: Will Russia attack?"): GUIDE.md's "questioned" is hypothetical.
    (A wh-question, "what did you discuss?", takes its act as given.)"""
    sent = token.sent
    if not sent.text.rstrip(' "\'”’)').endswith("?"):
        return False
    words = [t for t in sent if not t.is_punct or t.text == ":"]
    colon = next((n for n, t in enumerate(words[:4]) if t.text == ":"), None)  # an interview's "VOA:" label
    first = words[colon + 1] if colon is not None and colon + 1 < len(words) else words[0] if words else None
    return first is not None and first.lower_ in QUESTION_OPENERS


def _gerund_governor(token: Token) -> Token | None:
    """The verb a gerund in a prepositional phrase depends on ("take measures, including
    reimposing sanctions" -> take), else None."""
    if token.tag_ != "VBG" or token.dep_ not in {"pcomp", "pobj"}:
        return None
    gov = token.head
    for _ in range(8):  # through "including", "from acquiring", "to prevent": to a verb with a tense
        tensed = [a for a in _aux_lemmas(gov) if a != "to"] or gov.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        if gov.pos_ in {"VERB", "AUX"} and gov.dep_ != "prep" and tensed:
            return gov
        if gov.head.i == gov.i:
            return None
        gov = gov.head
    return None


# -- arguments ---------------------------------------------------------------------------------


@dataclass
class Args:
    actor: Token | None = None
    actor_span: Span | None = None
    recipient: Token | None = None
    recipient_span: Span | None = None


def _recipient_ok(token: Token, cand: Candidate, lex: Lexicon, entities: EntityIndex) -> bool:
    head = content_head(token)
    counted = head.tag_ == "NNS" and head.ent_type_ in {"CARDINAL", ""}  # "hundreds", "dozens": people counted
    if (head.ent_type_ in NOT_ACTORS or head.like_num) and not counted or token.lemma_.lower() in cand.trigger.words:
        return False  # a number or a date is no party
    if head.lemma_.lower() in lex.word_set("occasion_nouns"):
        return False  # "warned at the start of the negotiations": when, not to whom
    if head.lower_ in {"what", "whatever", "whichever"}:
        return False  # "sending what officials described as ...": a thing, no party
    if head.lemma_.lower() in CHARGE_NOUNS:
        return False  # "jailed on drug charges": what for, not whom
    if head.lemma_.lower() in WARS:
        return False  # "one of its largest air attacks of the war": when, not at whom
    if head.lemma_.lower() == "intelligence" and head.dep_ == "dobj" and cand.type in {"COOPERATE", "AID", "SANCTION"}:
        return False  # "resumed sharing intelligence with Ukraine": what is shared, not with whom
    if _reciprocal(head):
        return True  # "accusing the other", "accused each other": the other side
    aimed = head.head.lower_ in {"on", "at", "against"}  # "opened fire on a police patrol": whom it was aimed at
    downed = _downed_weapon(token, token.head, cand, lex)  # "shot down 120 of the drones": the drones' side
    if head.lemma_.lower() in lex.event_nouns and (cand.type in MATERIAL or cand.type == "THREATEN") and head.dep_ == "pobj" \
            and not aimed and not downed:
        return False  # "killed in an attack": the attack is the event, not its target
    if cand.type == "ASSAULT" and cand.trigger.pos == "V" and head.dep_ == "dobj" and head.lemma_.lower() in lex.word_set("fought_wars"):
        return False  # "fighting a deadly insurgency against the state": the fight itself, not whom it is against
    means = head.lemma_.lower() in lex.word_set("weapons") or head.lemma_.lower() in lex.word_set("projectiles")
    if cand.type == "ASSAULT" and means and not downed:
        return False  # "detonated a car bomb", "fired her explosive devices": the means, not the target
    if head.dep_ == "dobj" and (moved := _match_trigger(head.head, lex)) is not None and moved.type == "MOBILIZE":
        return False  # "vowed to deploy troops", "ready to send warships": the forces moved, not a party
    if head.lemma_.lower() in lex.word_set("agreements"):
        return False  # "violated the truce": a broken rule, no party
    if cand.type in {"ASSAULT", "COERCE", "THREATEN"}:
        return True  # what is attacked may be a town or a building
    if cand.type == "SANCTION" and any(c.dep_ == "nmod" and c.text in lex.nationalities for c in head.children):
        return True  # "tariffs on U.S. agricultural products": a nation's goods
    return is_actor_like(token, lex, entities)


#: a war named as the time of an act, never its target
WARS = frozenset({"war", "conflict", "invasion", "hostilities", "fighting"})
#: what one is held or tried for, and what is granted or cut: never a party ("jailed on drug charges",
#: "blocked access to WhatsApp")
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "suspicion", "count", "access"})


def _reciprocal(head: Token) -> bool:
    """"each other", "the other", "one another": the other one of the parties."""
    return head.lower_ == "other" and any(c.lower_ in {"each", "the"} for c in head.children) or (
        head.lower_ == "another" and head.i > 0 and head.doc[head.i - 1].lower_ == "one"
    )


def _first_ok(tokens: list[Token | None], cand: Candidate, lex: Lexicon, entities: EntityIndex, avoid: Token | None) -> Token | None:
    for tok in tokens:
        if tok is None or (avoid is not None and tok.i == avoid.i):
            continue
        if _recipient_ok(tok, cand, lex, entities):
            return tok
    return None


def is_background(cand: Candidate, anchor: Token) -> bool:
    """The event is a circumstance of the sentence's news, not the news: "imposed a curfew after
    the riots", "resigned as the opposition threatened to storm his residence"."""
    token = cand.token
    if cand.trigger.pos == "N" and token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ in BACKGROUND_PREPS:
            return True
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in prep.children):
            return True  # "died ... while in police custody"
        if prep.lower_ == "of" and prep.head.lemma_.lower() in BACKGROUND_OF_HEADS:
            return True
    verb = anchor if cand.trigger.pos != "V" else token
    for _ in range(3):
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in verb.children):
            return True
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return False


#: verbs by which a party makes a document its own ("signed a law that bans", "issued a statement
#: condemning"; not "blocked a statement supporting Ukraine")
AUTHORING_VERBS = frozenset({
    "sign", "pass", "adopt", "approve", "issue", "publish", "release", "enact", "draft", "announce",
    "introduce", "file", "submit", "send", "sponsor", "unveil", "decree", "table", "post", "upload", "broadcast", "air",
})


def _event_noun_actor(token: Token | None, lex: Lexicon) -> Token | None:
    """An event noun in the actor's place ("an attack killed", "missiles struck"): its own
    actor ("an attack by rebels", "Israel's airstrikes"), the noun itself when a nationality
    names whose it is ("Russian missiles"), else nobody."""
    if token is None or token.pos_ == "PROPN":
        return token
    if token.lemma_.lower() in lex.word_set("journey_nouns"):
        # "Suga's travels will include meeting Modi": who travels
        return next((c for c in token.children if c.dep_ == "poss"), None)
    if token.lemma_.lower() not in lex.event_nouns:
        return token
    for child in token.children:
        if child.dep_ == "poss":
            return child
    by = prep_objects(token, ("by", "from"))
    if by:
        return by[0]
    def national(t: Token) -> bool:  # (a city or a capital names where: "the Orlando attack", "the Paris attacks")
        return t.text in lex.nationalities and t.text not in lex.capitals or t.ent_type_ in {"NORP", "ORG"}

    if any(c.dep_ in {"amod", "compound"} and any(national(t) for t in c.subtree) for c in token.children):
        return token  # (also "Saudi-led coalition airstrikes")
    return None


def _strong_actor(token: Token, lex: Lexicon, entities: EntityIndex) -> bool:
    """A named or nominal actor (not a pronoun, not a number) that can stand as a recipient
    found away from the trigger."""
    head = content_head(token)
    if head.pos_ == "PRON" or head.lower_ in PRONOUNS or head.ent_type_ in NOT_ACTORS or head.like_num:
        return False
    if head.ent_type_ == "LOC" and head.lemma_.lower() in lex.word_set("geographic_features"):
        return False  # "navigation in the Black Sea": a sea or region is where, not who ("Europe" may act)
    if head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or head.pos_ == "PROPN" or head.lemma_.lower() in lex.sectors:
        return True
    return any(
        c.dep_ in {"amod", "compound", "poss"} and (c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} or c.pos_ == "PROPN")
        for c in head.children
    )


def _nested_recipient(holders: list[Token], preps: tuple[str, ...], lex: Lexicon, entities: EntityIndex, avoid: set[int]) -> Token | None:
    """A recipient inside the object ("a military aid program for Bosnia", "a suspension of air
    links with Serbia", "rocket fire against guerrilla camps")."""
    for holder in holders:
        layer = [holder] + [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for tok in layer:
            for obj in prep_objects(tok, preps):
                if obj.i not in avoid and _strong_actor(obj, lex, entities):
                    return obj
    return None


def _owner_of_judged(holders: list[Token], preps: tuple[str, ...], lex: Lexicon, entities: EntityIndex, avoid: set[int]) -> Token | None:
    """Whose acts a charge's phrase names ("concerned about the recent actions of Milorad Dodik",
    "concerned about Russia's actions", "about the U.S. decision"): the one charged."""
    for holder in holders:
        for obj in prep_objects(holder, preps):
            if is_actor_like(obj, lex, entities) and not _not_actor(obj, lex) and obj.lemma_.lower() not in lex.event_nouns:
                continue  # "concerned about Russia": Russia itself
            told = obj.lemma_.lower() in lex.word_set("document_nouns") | lex.word_set("about_act_nouns")
            inner = prep_objects(obj, ("about", "on", "into")) if told else []
            if inner:
                # "concerned about the latest IAEA report about Iran's production": what the report tells, not its author
                found = _owner_of_judged([obj], ("about", "on", "into"), lex, entities, avoid)
                if found is not None:
                    return found
            owners = [c for c in obj.children if c.dep_ == "poss"] + prep_objects(obj, ("of", "by"))
            # "concerned about the U.S. decision", "outrage over the Israeli strike": the name before it
            owners += [
                c for c in obj.children
                if c.dep_ in {"compound", "amod"} and (c.ent_type_ in {"GPE", "NORP", "ORG"} or c.text in lex.nationalities)
            ]
            for owner in owners:
                if owner.i not in avoid and owner.lower_ not in PRONOUNS and _strong_actor(owner, lex, entities):
                    return owner
    return None


#: cooperative types whose parties, named together as the subject, act with each other
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})  # and "agree" (not "offered to send troops to Ukraine")
#: verbs that make any act mutual ("traded accusations", "exchanged fire", "swapped prisoners")
RECIPROCAL_VERBS = frozenset({"trade", "exchange", "swap"})


def _partners(actor: Token) -> list[Token]:
    """The parties named with the actor: its conjuncts ("Kim and Putin"), or the second of two
    nationalities before it ("Russian and Ukrainian delegations": the Ukrainian one)."""
    others = conjuncts(actor)
    if others:
        return others
    national = [c for c in actor.children if c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in {"NORP", "GPE"}]
    # "delegations from Armenia and Azerbaijan": the second country's
    national += [o for o in prep_objects(actor, ("from",)) if o.ent_type_ in {"NORP", "GPE"}] if actor.tag_ == "NNS" else []
    found = [c for n in national for c in n.children if c.dep_ == "conj" and c.ent_type_ in {"NORP", "GPE"}]
    if found or actor.ent_type_ not in NAMED_PARTIES:
        return found
    # the parser's "[U.S. President Donald Trump and Russian President Vladimir] Putin": a name before
    # an "and" inside the phrase is the other party
    doc = actor.doc
    before = doc[actor.left_edge.i : actor.i]
    ands = [t for t in before if t.dep_ == "cc" and t.lower_ == "and"]
    if not ands:
        return []
    names = [t for t in doc[actor.left_edge.i : ands[0].i] if t.ent_type_ in NAMED_PARTIES and t.ent_iob_ != "O"]
    ends = [t for t in names if t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I"]
    return ends[-1:]


#: named entity labels of parties
NAMED_PARTIES = frozenset({"PERSON", "ORG", "GPE"})


#: a denial's complement is the act denied ("denied targeting civilians"): whom it names is no recipient
DENYING_WORDS = frozenset({"deny", "denial", "refute", "rebut", "dismiss"})


#: the clause that says what an event is for or against ("to demand the resignation of X",
#: "in protest against X's decision", "unless Israel rescinded ...")
PURPOSE_PREPS = {"against", "over", "for"}
PURPOSE_NOUNS = {"protest", "response", "solidarity", "defiance", "support", "opposition", "retaliation", "reprisal"}


def _clause_recipient(cand: Candidate, anchor: Token, lex: Lexicon, entities: EntityIndex, avoid: set[int]) -> Token | None:
    roots: list[Token] = []
    preps: list[Token] = []
    for tok in (cand.token, anchor):
        for child in tok.children:
            if child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS or c.dep_ == "advmod" and c.lower_ == "when" for c in child.children
            ):
                continue  # "after two of their vehicles were hit", "when missiles struck the center": another clause's parties
            if child.dep_ == "advcl" and (child.lemma_.lower() in lex.clauses["speech"] or child.lemma_.lower() in lex.clauses["irrealis"]):
                continue  # "rejected the warrant, telling journalists in Banja Luka ...", "..., hoping that Trump will win"
            denial = cand.type == "REJECT" and cand.token.lemma_.lower() in DENYING_WORDS
            if child.dep_ == "xcomp" and not denial or child.dep_ in {"ccomp", "advcl"} and cand.type != "REJECT":
                # (a denial's clauses say what was denied, not whom: "denied involvement, saying it
                # condemns violence against civilians"; its recipient is the accuser, answer_denials)
                roots.append(child)
            elif child.dep_ == "prep" and (
                child.lower_ in PURPOSE_PREPS
                or any(g.dep_ == "pobj" and g.lemma_.lower() in PURPOSE_NOUNS for g in child.children)
            ):
                preps.append(child)
    frontier = roots + preps
    seen: set[int] = set()
    for _ in range(5):
        following: list[Token] = []
        for tok in frontier:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            if (
                tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "conj"}
                and tok.i not in avoid
                and _strong_actor(tok, lex, entities)
            ):
                return tok
            following += [
                c for c in tok.children
                if c.dep_ not in {"relcl", "punct", "cc", "det", "aux", "mark", "neg", "appos"}
                and not (c.dep_ == "prep" and c.lower_ in TIME_PREPS)  # "appealed for help after the strike on the dam": a time
            ]
        frontier = sorted(following, key=lambda t: t.i)
        if not frontier:
            break
    return None


#: types whose missing recipient is the place they happen in ("imposed a curfew in Cizre",
#: "demonstrated in Serbia"): CAMEO and PLOVER code the location's polity as the target; and a
#: visit's ("arrived in Amman on a visit"), not other talks' ("their summit in Hanoi": only the venue)
PLACE_RECIPIENT_TYPES = {"COERCE", "MOBILIZE", "PROTEST", "SANCTION", "CONCEDE", "AID", "THREATEN"}
PLACE_PREPS = ("in", "into", "at", "across", "throughout", "outside", "inside", "near", "to")
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def _place_recipient(cand: Candidate, anchor: Token, avoid: set[int]) -> Token | None:
    holders = [cand.token, anchor] + [c for c in (cand.token, anchor) for c in c.children if c.dep_ in OBJECT_DEPS]
    for holder in holders:
        preps = PLACE_PREPS + ("of",) if holder.lemma_.lower() in {"control", "seizure", "occupation", "capture"} else PLACE_PREPS
        for obj in prep_objects(holder, preps):  # (also "took control of Pokrovsk")
            if obj.i in avoid:
                continue
            inner = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if obj.ent_type_ in PLACE_LABELS or any(t.ent_type_ in PLACE_LABELS for t in inner):
                return obj
    return None


def _recipient_preps(cand: Candidate, lex: Lexicon) -> tuple[str, ...]:
    """The prepositions whose object may be the recipient: the type's and every type's, and a
    concern's or a charge's object ("concerned about Russia's actions", "criticism over its veto")."""
    preps = RECIPIENT_PREPS.get(cand.type, ()) + RECIPIENT_PREPS[""]
    if cand.type == "ACCUSE" and cand.trigger.pos in {"A", "N"}:
        preps += tuple(lex.word_set("concern_objects"))
    if cand.type == "ACCUSE" and cand.trigger.pos == "N" and cand.token.lemma_.lower() in lex.word_set("aimed_words"):
        preps += ("with",)  # "expressed dissatisfaction with the U.S. decision" (not "concerned with": involved in)
    if cand.mode == "third-party":
        preps += ("between", "among")  # "mediating between Israel and Hamas"
    return preps


def fallback_recipient(cand: Candidate, anchor: Token, lex: Lexicon, entities: EntityIndex, actor: Token | None) -> Token | None:
    """A recipient away from the trigger's own dependents: inside its object, in the clause
    that says what the event is for or against, else (for some types) the place it happens in."""
    if cand.type == "RETREAT" and cand.mode == "resign":
        return None
    token = cand.token
    avoid = set(range(phrase_span(actor).start, phrase_span(actor).end)) if actor is not None else set()
    preps = _recipient_preps(cand, lex) + ("for",)
    if cand.type in TALK_TYPES:
        preps = tuple(p for p in preps if p not in {"on", "at"})
    holders = [
        c
        for c in ((token, anchor) if cand.trigger.pos == "N" else (anchor,))
        for c in [c, *c.children]
        if c.dep_ in OBJECT_DEPS or c.i == token.i
    ]
    # "paused aid and intelligence sharing with Kyiv": the objects' conjuncts hold recipients too
    holders += [c for h in holders if h.i != token.i for c in h.children if c.dep_ == "conj"]
    if cand.type == "ACCUSE":  # "condemns violence against civilians": who suffered an act is not accused of it
        holders = [h for h in holders if h.i == token.i or h.lemma_.lower() not in lex.event_nouns]
    return (
        (_owner_of_judged(holders, preps, lex, entities, avoid) if cand.type == "ACCUSE" else None)
        or _nested_recipient(holders, preps, lex, entities, avoid)
        or _clause_recipient(cand, anchor, lex, entities, avoid)
        or (_place_recipient(cand, anchor, avoid) if cand.type in PLACE_RECIPIENT_TYPES or cand.mode == "visit" else None)
    )


#: he/his, she/her: a person
PERSONAL_THIRD = pronouns(persons="3", genders=("m", "f"), uses=("subject", "object", "possessive"))


def _may_refer(pronoun: Token, noun: Token, entities: EntityIndex) -> bool:
    """Whether a possessive pronoun can stand for the noun: "his" for a person, "its" for no
    person ("VOA spoke with Armitage about his trip": not VOA's trip; "what happened on his
    trip": not what's)."""
    head = content_head(noun)
    if head.tag_ in {"WP", "WDT"}:
        return False
    entity = entities.best(phrase_span(head), head)
    person = head.ent_type_ == "PERSON" or (entity or {}).get("type") == "PERSON" or head.lower_ in PERSONAL_THIRD
    if pronoun.lower_ in PERSONAL_THIRD:
        return person
    if pronoun.lower_ in NEUTER_THIRD:
        return not person
    return True


def _not_actor(token: Token | None, lex: Lexicon) -> bool:
    """A head that cannot name a party: a date ("Saturday's blasts"), a number, an abstraction
    ("much", "the initiative", "a manner")."""
    if token is None:
        return False
    head = content_head(token)
    if head.pos_ in {"VERB", "AUX"} and not head.ent_type_:
        return True  # a clause in the subject's place ("to be right here means to be persecuted")
    if head.ent_type_ in NOT_ACTORS and head.ent_type_ not in {"CARDINAL", "QUANTITY"} or head.like_num and head is token:
        return True
    words = lex.word_set("not_actor_nouns")
    return head.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"} and (head.lemma_.lower() in words or head.lower_ in words)


#: endings of abstract nouns (English derivational morphology: -ism, -ness, -ity, -tion ...)
ABSTRACT_ENDINGS = ("ism", "ness", "ity", "tion", "sion", "ment", "ance", "ence", "ship", "hood")


def _no_agent(token: Token | None, lex: Lexicon, entities: EntityIndex) -> bool:
    """An abstract common noun (by its ending) the tables know as no party ("the regulation", "the
    economic populism", "the advances of technology"): no one acts."""
    if token is None:
        return False
    head = content_head(token)
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or not lemma.endswith(ABSTRACT_ENDINGS) or lemma in lex.word_set("bodies_of_abstract_form"):
        return False
    if any(c.dep_ in {"compound", "poss", "amod"} and c.ent_type_ in NAMED_PARTIES | {"NORP"} for c in head.children):
        return False  # "a U.N. Security Council resolution": the body's
    return not is_actor_like(token, lex, entities)


def _owner_of_talk(token: Token | None, lex: Lexicon) -> Token | None:
    """A recipient that is talk ("rejected a US offer", "an Australian ultimatum") stands for whose
    talk it is; talk of no one named is no recipient."""
    if not _talk(token, lex):
        return token
    head = content_head(token)  # type: ignore[arg-type]
    return next((
        c for c in head.children
        if c.dep_ == "poss" or c.dep_ in {"compound", "amod"} and (c.ent_type_ in {"GPE", "NORP", "ORG"} or c.text in lex.nationalities)
    ), None)


def _author_of(token: Token | None, lex: Lexicon, entities: EntityIndex) -> Token | None:
    """Who issued the statement, letter, report or warning that stands as an actor: its own words
    ("a statement by the ministry"), the verb it is the object of ("Pyongyang issued warnings
    demanding ..."), or, for "the statement", whoever issued one just before ("Blinken issued a
    statement ... The statement threatened sanctions")."""
    if token is None:
        return None
    head = content_head(token)
    own = [c for c in head.children if c.dep_ == "poss"] + prep_objects(head, ("by", "from"))
    if own:
        return own[0] if is_actor_like(own[0], lex, entities) and own[0].lower_ not in PRONOUNS else None
    top = head
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
        top = top.head.head  # "issued a series of warnings demanding ..."
    if top.dep_ == "dobj" and top.head.lemma_.lower() in AUTHORING_VERBS:
        issuer, passive = subject_of(top.head)
        return issuer if not passive and issuer is not None and is_actor_like(issuer, lex, entities) else None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in head.children):
        return None
    doc, start = head.doc, head.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    for earlier in reversed(doc[start : head.i]):
        if earlier.lemma_ != head.lemma_ or earlier.dep_ != "dobj":
            continue
        issuer, passive = subject_of(earlier.head)
        if not passive and issuer is not None and is_actor_like(issuer, lex, entities) and issuer.lower_ not in PRONOUNS:
            return issuer
        return None
    return None


def _talk(token: Token | None, lex: Lexicon) -> bool:
    """Talk is no actor ("the talks at the summit were useful"); force may stand for its users
    ("Russian missiles struck", "the shelling killed": _event_noun_actor decides those)."""
    if token is None:
        return False
    head = content_head(token)
    trig = lex.single.get((head.lemma_.lower(), "N")) or lex.forms.get((head.lower_, "N"))
    return head.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"} and trig is not None and trig.type not in MATERIAL \
        and head.lemma_.lower() not in lex.event_nouns


def _accused(anchor: Token, lex: Lexicon) -> Token | None:
    """The one an accusing verb accuses (its object), whose act the event noun under it is."""
    trig = _match_trigger(anchor, lex)
    if trig is None or trig.type != "ACCUSE" or _judges(anchor, lex):
        return None  # "condemned Mhlanga's arrest" judges the arrest, it does not accuse the arrest
    if not _needs_met(Candidate(anchor, trig, trig.type, trig.mode, trig.cameo, trig.weight), _context_lemmas(anchor), lex):
        return None  # "considering sanctions": no accusation at all
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    # "holds Moscow responsible for the attack": the parser's small clause puts the accused as its subject
    objects += [g for c in anchor.children if c.dep_ in {"ccomp", "oprd"} and c.pos_ == "ADJ" for g in c.children if g.dep_ == "nsubj"]
    return objects[0] if objects else None


def _judged_in_phrase(token: Token, anchor: Token, lex: Lexicon) -> tuple[bool, Token | None]:
    """Whether the noun is an act named in a verdict's phrase ("condemned Russia for the attack",
    "criticized the government over its handling of the protests", "concerned about the violence"),
    and the object it is blamed on when the phrase is the verdict's own ("Russia"); the judge did
    not do it."""
    # "we are concerned about", "we are frustrated and horrified by"
    acomps = [c for c in anchor.children if c.dep_ == "acomp"]
    judges = {anchor.i} | {c.i for c in acomps} | {g.i for c in acomps for g in c.children if g.dep_ == "conj"}
    cur, steps = token, 0
    while cur.dep_ in {"pobj", "conj", "prep", "pcomp"} and cur.head.i not in judges and steps < 6:
        cur, steps = cur.head, steps + 1
    judge = cur.head
    worried = judge.lemma_.lower() in lex.word_set("worry_words") or judge.lower_ in lex.word_set("worry_words")
    preps = lex.word_set("verdict_preps") | ({"by"} if worried else set())  # "horrified by the shooting"
    if cur.dep_ != "prep" or judge.i not in judges or cur.lower_ not in preps:
        return False, None
    if not (_judges(judge, lex) or worried):
        return False, None
    direct = token.dep_ == "pobj" and token.head.i == cur.i or token.dep_ == "conj" and token.head.head.i == cur.i
    objects = [c for c in judge.children if c.dep_ == "dobj" and c.i < cur.i]
    return True, (objects[0] if direct and objects else None)


#: types whose noun names its doer after "from": what comes from someone ("aid from Japan",
#: "threats from China", "criticism from EU leaders", "calls from allies", "support from Washington")
GIVEN_FROM = frozenset({"AID", "THREATEN", "ACCUSE", "REQUEST", "SUPPORT"})


def _noun_agent(cand: Candidate, lex: Lexicon, entities: EntityIndex) -> Token | None:
    """Who does what a noun names, when its own words say: "the withdrawal by America", "the
    transfers from North Korea" (a giver), "threats from China", "his tariff plans" (whose intention)."""
    token = cand.token
    by = prep_objects(token, ("by",))
    if not by and cand.type in GIVEN_FROM:  # "aid from Japan", "threats from China", "criticism from EU leaders"
        by = [o for o in prep_objects(token, ("from",)) if is_actor_like(o, lex, entities)]
        if not by and token.dep_ == "dobj" and token.head.lemma_.lower() in lex.word_set("victim_verbs"):
            # "Hungary drew sharp criticism from EU leaders": the parser hangs "from" on the verb
            by = [o for o in prep_objects(token.head, ("from",)) if is_actor_like(o, lex, entities)]
    if by:
        return by[0]
    copula = token.dep_ == "nsubj" and token.head.lemma_ == "be"
    said_of = next((c for c in token.head.children if c.dep_ == "attr"), None) if copula else None
    if said_of is not None:
        # "the drone attack was an act of terrorism by the Kyiv regime", "the strike was Russia's response": whose it is
        doers = prep_objects(said_of, ("by",)) + [c for c in said_of.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
        doers = [d for d in doers if is_actor_like(d, lex, entities)]
        if doers:
            return doers[0]
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in lex.word_set("doing_verbs"):
        return agent_of(token.head)  # "past attacks were claimed by Islamic State", "was carried out by militants"
    for clause in _making_clauses(token, lex):
        # "sanctions imposed by the EU", "the sanctions the EU imposed on Russia": who made it
        doer = agent_of(clause) if clause.dep_ == "acl" else next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.lower_ not in RELATIVE:
            return doer
    if token.dep_ == "compound" and token.head.lemma_.lower() in lex.word_set("intent_nouns"):
        return next((c for c in token.head.children if c.dep_ == "poss"), None)
    return _charged_doer(token) if cand.type in {"ASSAULT", "COERCE"} else None


def _charged_doer(noun: Token) -> Token | None:
    """Who is held or charged for the act a noun names ("arrested three men for the attack",
    "two soldiers stand accused of the bombing"): the one it is laid on, not the police."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"for", "of", "over"} or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = prep.head
    if verb.lemma_.lower() not in CHARGING:
        return None
    held = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if held is None:
        subj, passive = subject_of(verb)
        held = subj if passive else None
    return held


def _making_clauses(token: Token, lex: Lexicon) -> list[Token]:
    """A noun's participle or relative clause whose verb makes the act it names ("sanctions
    imposed by the EU", "the attack the rebels launched")."""
    clauses = [c for c in token.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in lex.light_verbs]
    # the noun is the clause's object: a participle ("imposed by"), or a subject of its own (not "threats that could put an end to")
    return [
        c for c in clauses
        if c.dep_ == "acl" and c.tag_ == "VBN" or any(g.dep_ == "nsubj" and g.lower_ not in RELATIVE for g in c.children)
    ]


def _misread_name_verb(token: Token) -> bool:
    """A sentence opened by a person's name that the tagger read as a noun heading the sentence, its
    verb as the object's modifier ("Trump imposed tariffs on Canada": ROOT "Trump", "imposed" amod
    of "tariffs")."""
    head = token.head
    named = head.ent_type_ in {"PERSON", "ORG", "GPE"}  # also "[ECOWAS] (imposed) sanctions on Mali", the acronym tagged a verb
    if token.dep_ != "dobj" or not named or head.i != head.sent.start or head.pos_ not in {"NOUN", "PROPN", "VERB"}:
        return False
    return any(c.dep_ == "amod" and c.tag_ in {"VBD", "VBN"} and c.i == head.i + 1 for c in token.children)


def _own_name(record: dict[str, Any], ctx: DocContext) -> bool:
    """A party named by a place name of its own that no table places ("Czechoslovakia"): no other
    place's country is its."""
    entity = ctx.entity_by_id.get(record.get("entity")) or {}
    span = record.get("span")
    if not span or entity.get("country") or entity.get("type") not in {"GPE", "LOC"}:
        return False  # (a people, "Democrats", "Muslims", is the country's where it acts)
    words = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or words.root.ent_type_ not in {"GPE", "LOC"} or words.root.pos_ != "PROPN":
        return False  # (not "They")
    # a place the gazetteer knows but gives no country (not "the Chagos Islands", a place of a country;
    # not "the North", which the sentence's "North Korea" names)
    inside = [p for p in ctx.places if span[0] <= (p.get("start") or -1) < span[1]]
    return bool(inside) and not any(p.get("country") for p in inside)


def _known_place(token: Token, entities: EntityIndex) -> bool:
    """A name the entities know as a place of some country (not the tagger's GPE "Khashoggi")."""
    found = entities.best(one_token_span(token), token)
    return bool(found and found.get("type") in {"GPE", "NORP", "LOC"} and found.get("country"))


def _noun_arguments(
    cand: Candidate, anchor: Token, lex: Lexicon, entities: EntityIndex, background: bool, args: Args,
    recipients: list[Token | None], preps: tuple[str, ...],
) -> None:
    """A nominal trigger's parties: its possessor, "by" agent, "between" pair, "of" object, or
    the subject of the verb that governs it ("Russia launched an offensive")."""
    token = cand.token
    patient_noun = token.lemma_.lower() in lex.word_set("patient_nouns")
    if _misread_name_verb(token):
        args.actor = token.head  # the parser's "[Trump] (imposed) tariffs": the name is the subject of the verb
    # "Mhlanga's arrest": the one arrested; "Hamas's abduction of the soldiers", "Russia's detention": who did it
    victim_noun = patient_noun or token.lemma_.lower() in lex.word_set("victim_nouns")
    patient_poss = victim_noun and not prep_objects(token, ("of",))
    for child in token.children:
        # (a state's, "Russia's detention", did it; the tagger's GPE for a person's name is no state)
        state = child.ent_type_ in {"GPE", "NORP"} and (child.text in lex.nationalities or _known_place(child, entities))
        if child.dep_ == "poss" and patient_poss and not state:
            recipients.append(child)
        elif child.dep_ == "poss":
            args.actor = child
        elif child.dep_ in {"amod", "compound"} and child.text in lex.nationalities and args.actor is None:
            if cand.type == "CONSULT" and child.pos_ == "PROPN":
                continue  # "the Singapore summit", "the Jeddah talks": where they met, not who
            if cand.type == "ASSAULT" and child.pos_ == "PROPN" and child.text in lex.capitals:
                continue  # "the Paris attacks", "the Brussels bombings": where they struck ("U.S. strikes" are the U.S.'s)
            if cand.type == "ASSAULT" and child.pos_ == "PROPN" and token.lemma_.lower() in lex.word_set("place_named_attacks"):
                continue  # "the Kenya bombing", "the Pakistan blast": a terror attack named by where it struck
            args.actor, args.actor_span = child, one_token_span(child)
        elif (
            child.dep_ == "compound" and child.pos_ == "NOUN" and args.actor is None and cand.type in MATERIAL
            and lex.sectors.get(child.lemma_.lower()) in ARMED_SIDES | {"GOV"}
            and child.lemma_.lower() not in lex.word_set("facility_nouns")
        ):
            args.actor = child  # "army shelling", "government offensive": the force's (not "the embassy bombing": its target)
    if args.actor is None and token.dep_ == "compound" and token.head.lemma_.lower() in lex.word_set("effort_nouns"):
        # "the mediation efforts of Saudi Arabia", "Turkey's mediation efforts": whose efforts
        owner = [c for c in token.head.children if c.dep_ == "poss"] + prep_objects(token.head, ("of", "by"))
        if owner and is_actor_like(owner[0], lex, entities):
            args.actor = owner[0]
    agent = _noun_agent(cand, lex, entities)
    if agent is not None:
        args.actor, args.actor_span = agent, None
    between = prep_objects(token, ("between", "among"))
    # "exchange of fire reported between Pakistani security and BLA militants": on the noun the act is of, or its participle
    holders = [token.head.head] if token.dep_ == "pobj" and token.head.lower_ == "of" else []
    for noun in [token, *holders]:
        between = between or [o for c in noun.children if c.dep_ == "acl" for o in prep_objects(c, ("between", "among"))]
        between = between or (prep_objects(noun, ("between", "among")) if noun is not token else [])
    if not between and token.dep_ in {"nsubj", "nsubjpass"} and anchor.i != token.i:
        between = prep_objects(anchor, ("between", "among"))  # "fighting broke out between A and B"
    if between:
        args.actor = args.actor or between[0]
        recipients += conjuncts(between[0])[:1]
    recipients += prep_objects(token, preps)
    recipients += [o for c in _making_clauses(token, lex) for o in prep_objects(c, preps)]  # "... the EU imposed on Russia"
    # "since Kim and Putin held a summit": the object of a light verb is its subject's, even in the background
    light = anchor.lemma_.lower() in lex.light_verbs and token.dep_ == "dobj" and token.head.i == anchor.i
    # "what U.S. officials describe as an airstrike": who names the event is not who did it, nor
    # is what caused it ("intelligence collected at the scene led to the arrest")
    speaker = anchor.lemma_.lower() in lex.word_set("naming_verbs") | lex.word_set("causal_verbs") | PERCEIVING_VERBS
    speaker = speaker and not (light and token.lemma_.lower() in lex.word_set("ceasefire"))  # "observed the truce": kept it
    # "condemned Russia's imposition of sanctions": the noun whose "of" object the event is, and whose owner does it
    top = token
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN" and top.head.head.i != anchor.i:
        top = top.head.head
    owner = [c for c in top.children if c.dep_ == "poss"] + prep_objects(top, ("by",)) if top is not token else []
    if args.actor is None and owner and is_actor_like(owner[0], lex, entities):
        args.actor = owner[0]
    first_top = top
    while first_top.dep_ == "conj" and first_top.head.i != first_top.i:
        first_top = first_top.head  # "denounced the bombings and shootings"
    judged = first_top.dep_ in {"dobj", "oprd", "xcomp"} and _judges(anchor, lex)  # also "what Beijing considers illegal sanctions"
    # "protesters rallied against tariffs", "a campaign against terrorism": who opposes an act did not do it
    opposed = token.dep_ == "pobj" and token.head.lower_ == "against"
    # "launched an investigation into the killing", "warned of a response to the sanctions": who
    # looks into or answers an act did not do it
    # "lost power after shelling": an act that dates another is not its subject's
    timed = token.dep_ == "pobj" and token.head.lower_ in TIME_PREPS
    timed = timed or token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ in {"prior", "subsequent"}  # "prior to"
    # (but "following talks with Ramgoolam, both leaders reaffirmed ...": the subject had the talks)
    talked = timed and cand.type in TALK_TYPES and bool(prep_objects(token, ("with",)))
    timed = timed and not talked
    inquiries = lex.word_set("about_act_nouns")
    holder = token.head.head
    inquired = token.dep_ == "pobj" and (
        holder.lemma_.lower() in inquiries
        # "issued a statement on the release of the journalist": what a statement is about is not its author's act
        or (token.head.lower_ == "on" or token.head.lower_ in TOPIC_PREPS) and any(
            h.lemma_.lower() in lex.word_set("document_nouns") for h in (holder, *(c for c in holder.children if c.dep_ == "dobj"))
        )  # (the parser may hang "on the release" on "issued")
        or token.head.lower_ == "into" and any(c.dep_ == "dobj" and c.lemma_.lower() in inquiries for c in holder.children)
        # "investigators are looking into four other sniper attacks"
        or token.head.lower_ == "into" and holder.lemma_.lower() in lex.word_set("inquiring_verbs")
    )  # (the parser may hang "into the attack" on the verb: "opened a probe [into the attack]")
    # "The two [discussed] air defense and sanctions ..., Zelenskyy said": a noun the parser made the
    # content of a reporting verb names no act of the reporter
    first_of = token.head if token.dep_ == "conj" else token
    reported = first_of.dep_ == "ccomp" and first_of.head.i == anchor.i and anchor.lemma_.lower() in lex.clauses["speech"]
    # "Zelenskyy said of the strike on the hospital": what one speaks of is not one's act
    reported = reported or token.dep_ == "pobj" and token.head.lower_ in {"of", "about", "on"} and token.head.head.i == anchor.i \
        and anchor.lemma_.lower() in lex.clauses["speech"]
    # "vowed to retaliate against Ukraine for the drone attack": the act answered is the other side's
    answered = token.dep_ == "pobj" and token.head.lower_ in {"to", "for"} and token.head.head.lemma_.lower() in ANSWERING
    if answered and args.actor is None:
        args.actor = next(iter(prep_objects(token.head.head, ("against",))), None)
    topical = _talked_about(token, anchor, lex)  # "Trump addressed the terrorist attacks": not his attacks
    steal = (
        args.actor is None and token.dep_ not in {"nsubj", "nsubjpass", "poss"} and anchor.i != token.i and not answered
        and (light or talked or not background) and not speaker and not opposed and not inquired and not reported and not timed
        and not topical
    )
    means = token.dep_ == "pobj" and token.head.lower_ in MEANS_PREPS  # "holds Iran accountable through sanctions"
    held_in = patient_noun and token.dep_ == "pobj" and anchor.lemma_.lower() in lex.word_set("held_in_verbs")
    accused = _accused(anchor, lex) if steal and not means else None
    steal = steal and (accused is not None or not judged)
    named_in_verdict, doer = _judged_in_phrase(token, anchor, lex) if steal else (False, None)
    if named_in_verdict:  # "condemned Russia for the attack": Russia's; "concerned about the violence": no one named
        steal, args.actor = False, doer
    victims = lex.word_set("victim_verbs")
    if accused is not None and _reciprocal(accused):
        # "both sides blamed each other for the collapse of the talks": both sides' talks; "blamed each
        # other for the attack": whose attack is what they dispute
        args.actor = subject_of(anchor)[0] if cand.type in TALK_TYPES else None
        steal = False
    elif accused is not None:
        args.actor = accused  # "blamed Kyiv for the attack", "held Kyiv responsible for the attack": Kyiv's attack
    elif steal:
        subj, passive = subject_of(anchor)
        args.actor = agent_of(anchor) if passive else subj
        if passive and args.actor is not None and not is_actor_like(args.actor, lex, entities) \
                and content_head(args.actor).lemma_.lower() not in lex.word_set("projectiles"):
            args.actor = None  # "the components of the bomb were transported by road": no one named
        stays = anchor.lemma_.lower() in lex.word_set("stay_verbs") and patient_noun
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "subject to attacks, abductions and abuse"
        holder = first.head.head if first.head.dep_ == "prep" else first.head
        exposure = lex.word_set("exposure_words")
        exposed = first.dep_ == "pobj" and holder.lemma_.lower() in exposure
        # "Russia had developed immunity to sanctions": the parser hangs "to" on the verb
        exposed = exposed or first.dep_ == "pobj" and first.head.lower_ == "to" and any(
            c.dep_ in {"dobj", "acomp"} and c.lemma_.lower() in exposure for c in holder.children
        )
        if anchor.lemma_.lower() in victims or stays or exposed:
            recipients.insert(0, args.actor)  # "a prisoner died as a result of torture"
            args.actor = None
        if anchor.lemma_.lower() in lex.light_verbs:
            recipients += prep_objects(anchor, preps)
    elif cand.type in GIVEN_FROM and token.dep_ == "dobj" and token.head.i == anchor.i and anchor.lemma_.lower() in victims:
        subj, passive = subject_of(anchor)  # "the president faced criticism from lawmakers": at whom it is aimed
        act = lex.single.get((content_head(subj).lemma_.lower(), "N")) if subj is not None else None
        done_to = act is not None and act.type in {"COERCE", "ASSAULT"}
        if subj is not None and not is_actor_like(subj, lex, entities):
            # "Hungary's veto drew criticism"; not "Mech Dara's arrest drew condemnation" (the one
            # arrested is not who is condemned)
            subj = None if done_to else next((c for c in content_head(subj).children if c.dep_ == "poss"), None)
        if subj is not None and not passive and (args.actor is None or subj.i != args.actor.i):
            recipients.insert(0, subj)
    elif held_in:
        subj, passive = subject_of(anchor)  # "the journalist has been in Russian custody": the one held
        if subj is not None and not passive and (args.actor is None or subj.i != args.actor.i):
            recipients.insert(0, subj)
    if held_in:
        recipients[:0] = [c for c in anchor.children if c.dep_ == "dobj"][:1]  # "placed the priest under house arrest"
    if cand.type == "ACCUSE" and token.dep_ == "pobj" and token.head.lower_ in GROUND_PREPS and token.head.head.pos_ in {"VERB", "AUX"}:
        # "was detained on accusations of spying", "has been in custody over accusations of incitement": the one held
        subj, passive = subject_of(token.head.head)
        if subj is not None and is_actor_like(subj, lex, entities):
            recipients.insert(0, subj)
            args.actor = None
    if token.lemma_.lower() in lex.word_set("captive_nouns") and anchor.i != token.i:
        # "taking hundreds hostage", "took 100 passengers hostage", "taking many hostages": who is held
        held = [c for c in anchor.children if c.dep_ in {"dative", "dobj"} and c.i != token.i]
        held += [c for c in token.children if c.dep_ == "compound"]
        counted = any(c.dep_ in {"amod", "nummod", "quantmod"} for c in token.children)
        recipients[:0] = held[:1] or ([token] if counted else [])
        party = _held_party(anchor, lex) if not held and not counted and token.dep_ in {"dobj", "oprd"} else None
        if party is not None:
            # "passengers held hostage by militants", "the crew were held hostage": the party named is
            # the one held; whoever holds them is the "by" agent, or no one named
            recipients.insert(0, party)
            args.actor = agent_of(anchor) or next(iter(prep_objects(anchor, ("by",))), None)
            args.actor_span = None
    of = prep_objects(token, ("of",))
    # "the deal has the backing of India", "won the support of the West", "hopes to get loans from
    # China": the giver's, to the subject (who never gives what it gets)
    getting = lex.word_set("receiving_verbs") | lex.word_set("seeking_verbs")
    got = token.head if token.dep_ == "compound" else token  # "a loan program"
    received = cand.type in {"SUPPORT", "AID"} and got.dep_ == "dobj" and got.head.lemma_.lower() in getting
    giver = of if of and is_actor_like(of[0], lex, entities) else []
    giver = giver or [g for g in prep_objects(got, ("from",)) + prep_objects(got.head, ("from",)) if is_actor_like(g, lex, entities)]
    if received and got.head.lemma_.lower() in lex.word_set("seeking_verbs"):  # "negotiating a loan with the IMF": the lender
        giver = giver or [g for g in prep_objects(got.head, ("with",)) + prep_objects(got, ("with",)) if is_actor_like(g, lex, entities)]
    if received and (giver or args.actor is not None):
        getter = subject_of(got.head)[0]
        if giver:
            args.actor = giver[0]
        elif getter is not None and args.actor.i == getter.i:
            args.actor = None
        recipients.append(getter)
    elif of and is_actor_like(of[0], lex, entities):
        # "the release of prisoners": the one acted on; "the withdrawal of three member states": who leaves
        if (cand.type in PATIENT_OF_TYPES or cand.mode in {"release", "resign"}) and cand.mode != "withdraw":
            recipients.append(of[0])
        elif args.actor is None:
            args.actor = of[0]
    if cand.type == "CONSULT":  # "a Security Council meeting": the body that met, after any "with"
        recipients += [c for c in token.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
        call = token.lemma_.lower() in lex.word_set("phone_words") | {"conversation"}
        if call and anchor.i != token.i and anchor.lemma_.lower() in lex.clauses["speech"]:
            # "Putin told Trump in a phone call": the one told is the other party (not "told reporters")
            told = [c for c in anchor.children if c.dep_ in {"dative", "dobj"} and is_actor_like(c, lex, entities)]
            recipients += [c for c in told if content_head(c).lemma_.lower() not in lex.word_set("press_words")]


def _verb_arguments(
    cand: Candidate, anchor: Token, lex: Lexicon, entities: EntityIndex, args: Args, recipients: list[Token | None], preps: tuple[str, ...]
) -> None:
    """A verbal or adjectival trigger's parties: its subject or "by" agent, its objects, whose
    its objects are."""
    token = cand.token
    verb = token if cand.trigger.pos == "V" else anchor
    subj, passive = subject_of(verb)
    if cand.trigger is RULED:
        recipients.append(subj)  # "under the law, members of the party cannot take part": the ones restricted
        return
    # "a U.S. citizen jailed on drug charges"; "three men convicted of spying", "a man accused of
    # murder" (with what one is charged: not '..., a human rights group charged on Saturday')
    charged = cand.type in {"SANCTION", "ACCUSE"} and bool(prep_objects(verb, ("of", "with", "for", "over")))
    done_to = agent_of(verb) is not None or cand.type in {"COERCE", "ASSAULT"} or charged
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and done_to:
        subj, passive = verb.head, True  # "soldiers backed by African Union troops": done to the noun
    if subj is None and cand.mode == "release" and verb.dep_ == "pcomp" and verb.head.lower_ in {"after", "before", "upon", "since"} \
            and any(c.dep_ == "auxpass" for c in verb.children):
        subj, passive = subject_of(verb.head.head)[0], True  # "Mech Dara thanked his supporters after being freed": Mech Dara
    if cand.type == "ASSAULT" and token.lemma_.lower() in {"suffer", "sustain"} and cand.trigger.pos == "V":
        recipients.append(subj)  # "North Korean troops have suffered heavy casualties": they were attacked, by someone unnamed
        args.actor = next((o for o in prep_objects(verb, ("from", "at")) if is_actor_like(o, lex, entities)), None)
        return
    if cand.mode == "resign" and cand.type == "RETREAT":  # "handed power to a civilian government": who gets it
        recipients += [o for o in prep_objects(verb, ("to",)) if is_actor_like(o, lex, entities)][:1]
    if cand.mode == "third-party":  # "brokered the ceasefire between Israel and Hamas": the sides, not the co-mediators
        recipients += [g for o in verb.children if o.dep_ == "dobj" for g in prep_objects(content_head(o), ("between", "among"))][:1]
    deps = {c.dep_ for c in verb.children}
    if not passive and verb.tag_ == "VBN" and "agent" in deps and "aux" not in deps:
        passive = True  # "a hypothesis raised by a lawyer, but dismissed by ambassador Simon": a participle with its doer
    if cand.type == "AID" and verb.lemma_.lower() in lex.word_set("receiving_verbs") and not passive:
        # "Ukraine has received F-16 jets from Denmark": the giver acts, the receiver gets
        args.actor = next((o for o in prep_objects(verb, ("from",)) if is_actor_like(o, lex, entities)), None)
        recipients.append(subj)
        return
    if passive:
        args.actor = agent_of(verb)
        if args.actor is None and cand.mode == "expel":
            # "Geza was expelled from the Zanu PF party": the body one is expelled from did it
            args.actor = next((o for o in prep_objects(verb, ("from",)) if is_actor_like(o, lex, entities)), None)
        moved = cand.type == "MOBILIZE" and subj is not None and content_head(subj).lemma_.lower() in lex.word_set("armed")
        if moved and args.actor is None:
            args.actor = subj  # "security forces were dispatched": the forces that move act
        elif not moved:
            recipients.append(subj)
    else:
        args.actor = subj
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    gapped = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in verb.children)
    gapped = gapped and not any(c.lower_ in {"where", "when", "why", "how", "whereby"} for c in verb.children)  # "where forces clashed"
    if not objects and gapped and verb.head.pos_ in {"NOUN", "PROPN"}:
        objects = [verb.head]  # "two British diplomats it accused of spying": the diplomats
    if not objects and verb.dep_ == "amod" and any(c.dep_ == "nsubj" for c in verb.children):
        objects = [verb.head]  # the parser's "Starmer [hosted] European leaders" as a modifier of "leaders": its object
    if cand.type == "MOBILIZE" or cand.mode == "withdraw" and cand.type == "RETREAT":
        # "mobilized army reservists", "withdrew its troops": what is moved, not whom it is aimed at
        armed = lex.word_set("armed")
        objects = [o for o in objects if content_head(o).lemma_.lower() not in armed]
    if cand.type in {"ASSAULT", "COERCE"} and any(content_head(o).lemma_.lower() in lex.word_set("held_ground") for o in objects):
        # "retook the town of Lalibela from Tigrayan rebels": whom the ground is taken from
        recipients += [o for o in prep_objects(verb, ("from",)) if o.ent_type_ not in PLACE_LABELS and is_actor_like(o, lex, entities)]
    if cand.type == "COERCE":  # "denied migrants access to lawyers": the parser's compound before "access" is whom it is denied
        rights = [content_head(o) for o in objects if content_head(o).lemma_.lower() in lex.word_set("entry_rights")]
        recipients += [c for o in rights for c in o.children if c.dep_ == "compound" and is_actor_like(c, lex, entities)]
    recipients += [o for o in objects if is_actor_like(o, lex, entities) or _reciprocal(o) or _downed_weapon(o, verb, cand, lex)]
    subject = subject_of(verb)[0]
    # "On the battlefield, Russian forces launched ...": a phrase put before the subject sets the scene
    recipients += [o for o in prep_objects(verb, preps) if subject is None or o.head.i > subject.left_edge.i]
    # "praised Haiti's efforts", "condemned Israel's decision", "called Pakistan's assertions
    # baseless" (the parser's "called [the assertions] [baseless]"): whose the object is
    named = objects + [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
    if cand.type == "ACCUSE":  # "condemned Mhlanga's arrest": the one arrested is not the one accused
        named = [o for o in named if o.lemma_.lower() not in lex.word_set("patient_nouns")]
    owners = [c for o in named for c in o.children if c.dep_ == "poss"]
    # "welcomed his commitment": a "his" or "her" the entities component resolved is that person
    recipients += [c for c in owners if c.lower_ not in PRONOUNS or _someone_else_s(c, args.actor, entities)]
    if args.actor is not None and cand.type in ANSWERS:
        # "Washington made an offer ... Tehran rejected its offer": the one "its" stands for, other than the actor
        doer = phrase_span(args.actor)
        put = [c for c in owners if c.lower_ in {"its", "their"} and c.head.lemma_.lower() in lex.word_set("declinables")]
        recipients += [o for c in put if (o := pronoun_antecedent(c, act=lambda t: doer.start <= t.i < doer.end)) is not None]
    # "violated the sovereignty of Ukraine": the state whose sovereignty it is
    owned = lex.word_set("sovereign_things") | lex.word_set("revocables")  # also "revoked the visas of Palestinian officials"
    held = [content_head(o) for o in named if content_head(o).lemma_.lower() in owned]
    held = held if cand.type not in {"CONCEDE", "RETREAT", "AGREE", "SUPPORT"} else []  # "cede sovereignty of the islands": to another
    recipients += [d for o in held for d in prep_objects(o, ("of",)) if is_actor_like(d, lex, entities)]
    if cand.type == "ACCUSE" or cand.type in ANSWERS:
        # "called the EU move disappointing", "dismissed the European peace plan": the body named before a thing that is no act
        things = [o for o in named if _match_trigger(o, lex) is None]
        recipients += [c for o in things for c in o.children if c.dep_ in {"compound", "amod"} and c.ent_type_ in {"ORG", "NORP", "GPE"}]
    if cand.type in ANSWERS:
        # "rejected baseless allegations by the army spokesperson": who made the claim answered
        recipients += [d for o in objects for d in prep_objects(content_head(o), ("by",))]
        # "rejected the findings of the U.N. panel", "welcomed the report of the commission": whose words they are
        authored = CLAIM_NOUNS | lex.word_set("document_nouns") | lex.word_set("finding_nouns")
        recipients += [
            d for o in objects if content_head(o).lemma_.lower() in authored
            for d in prep_objects(content_head(o), ("of",)) if is_actor_like(d, lex, entities)
        ]
        # "the baseless allegations made by Pakistan"
        recipients += [agent_of(c) for o in objects for c in content_head(o).children if c.dep_ == "acl" and agent_of(c) is not None]
    if _judges(verb, lex):
        # "praised the withdrawal of U.S. troops": whose act is praised (not who suffered it)
        acts = [
            o for o in objects
            if o.lemma_.lower() not in lex.word_set("patient_nouns")
            and (_match_trigger(o, lex) is not None or o.lemma_.lower() in lex.word_set("effort_nouns"))  # "the efforts of Qatar"
        ]
        recipients += [d for o in acts for d in prep_objects(o, ("of", "by", "between"))]  # "the agreement between Armenia and ..."
    if cand.type in {"ASSAULT", "COERCE"} or cand.mode == "release":
        recipients += objects


#: pronouns that turn an act back on its doer ("blew themselves up"): no one else is its target
REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself", "yourselves"})


def _named_recipient(head: Token, cand: Candidate, actor: Token | None, lex: Lexicon, entities: EntityIndex) -> Token | None:
    """The recipient as its own phrase names it best: none for a reflexive ("blew themselves up");
    the people a vehicle carries ("ambushed a bus carrying soldiers"); the named members of a
    description ("35 countries, including the EU bloc"; "its biggest trading partners — Mexico,
    Canada, China and the EU"); another's name joined to one's own ("defended Pyongyang and
    Moscow's treaty", said by North Korea's envoy)."""
    if head.lower_ in REFLEXIVES:
        return None
    inner = content_head(head)
    if cand.type in {"ASSAULT", "COERCE"} and inner.lemma_.lower() in lex.word_set("carriers"):
        carried = [o for c in inner.children if c.dep_ == "acl" and c.lemma_.lower() in lex.word_set("carrying_verbs")
                   for o in c.children if o.dep_ == "dobj" and is_actor_like(o, lex, entities)]
        if carried:
            return carried[0]
    if inner.pos_ == "NOUN" and inner.tag_ == "NNS":
        named = [o for o in prep_objects(inner, ("including",)) if _names_a_party(o)]
        named += [c for c in inner.children if c.dep_ == "appos" and _names_a_party(c)]
        if named:
            return named[0]
    # (the parser's "defended [Pyongyang] and [Moscow's treaty]": the conjunct's owner)
    others = [o for c in conjuncts(head) for o in [c, *(g for g in c.children if g.dep_ == "poss")] if o.ent_type_ in NAMED_PARTIES]
    if actor is not None and others and head.ent_type_ in {"GPE", "NORP"} and _one_country(head, actor, lex):
        return next((o for o in others if not _one_country(o, actor, lex)), head)
    return head


def _names_a_party(token: Token) -> bool:
    """A name, or a noun named by one ("the EU bloc")."""
    return token.ent_type_ in NAMED_PARTIES or any(c.dep_ == "compound" and c.ent_type_ in NAMED_PARTIES for c in token.children)


def _one_country(name: Token, party: Token, lex: Lexicon) -> bool:
    """A name ("Pyongyang", its own words only) of the country a party's phrase names ("North Korea's envoy")."""
    own = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    first = nationality_country(list(own) if own is not None else [name], lex)
    return first is not None and first == nationality_country(phrase_span(party), lex)


def _claimant(noun: Token, lex: Lexicon) -> Token | None:
    """Who made the claim a resumptive noun sums up: the speaker of the clause it follows
    ("Russia's military said its troops had captured Pokrovsk, a claim ..."), else its subject."""
    clause = noun.head
    for _ in range(4):
        if clause.lemma_.lower() in lex.clauses["speech"] or clause.head.i == clause.i:
            break
        clause = clause.head
    return subject_of(clause if clause.lemma_.lower() in lex.clauses["speech"] else noun.head)[0]


def _someone_else_s(pronoun: Token, actor: Token | None, entities: EntityIndex) -> bool:
    """A "his" or "her" the entities component resolved to someone other than the actor
    ("welcomed his commitment"; not "Trump praised his first summit")."""
    if pronoun.lower_ not in {"his", "her"} or actor is None:
        return False
    owner = entities.best(one_token_span(pronoun), pronoun)
    doer = entities.best(phrase_span(actor), actor)
    return owner is not None and (doer is None or owner.get("id") != doer.get("id"))


def arguments_of(
    cand: Candidate, anchor: Token, lex: Lexicon, entities: EntityIndex, background: bool = False, fallback: bool = True
) -> Args:
    """Actor and recipient heads for a trigger, from the parse."""
    token = cand.token
    args = Args()
    preps = _recipient_preps(cand, lex)
    if cand.type in TALK_TYPES:  # "a council meeting on Afghanistan": the topic; "met at a military base": the venue
        preps = tuple(p for p in preps if p not in {"on", "at"})
    recipients: list[Token | None] = []
    if cand.trigger.pos == "N":
        _noun_arguments(cand, anchor, lex, entities, background, args, recipients, preps)
    else:
        _verb_arguments(cand, anchor, lex, entities, args, recipients, preps)
    document = relative_antecedent(args.actor) if args.actor is not None and args.actor.lower_ in RELATIVE else args.actor
    authored = document is not None and document.dep_ == "dobj" and document.head.lemma_.lower() in AUTHORING_VERBS
    if document is not None and authored and document.lemma_.lower() in lex.word_set("document_nouns"):
        author = subject_of(document.head)[0]  # "Zelenskyy signed a law that bans the church": the signer bans
        if author is not None and is_actor_like(author, lex, entities):
            args.actor = author
    elif document is not None and content_head(document).lemma_.lower() in lex.word_set("document_nouns"):
        args.actor = _author_of(document, lex, entities) or args.actor  # "The statement threatened sanctions": its issuer's
    args.actor = _event_noun_actor(args.actor, lex)
    args.recipient = _first_ok(recipients, cand, lex, entities, args.actor)
    if cand.trigger.frame == "embed" and args.recipient is None:
        # "demanded that President Mugabe abandon ...": the one asked, refused or threatened
        for child in token.children:
            if child.dep_ in {"ccomp", "xcomp"}:
                subj, _ = subject_of(child)
                if subj is not None and subj.head.i == child.i and subj.lower_ not in PRONOUNS and is_actor_like(subj, lex, entities):
                    args.recipient = subj
                break
    if args.actor is not None and args.actor.dep_ == "poss" and args.actor.lower_ in PRONOUNS and anchor.i != token.i:
        subj, passive = subject_of(anchor)
        owner = pronoun_antecedent(args.actor) if args.actor.lower_ in {"its", "their"} else None
        if owner is not None and owner.dep_ == "dobj" and owner.head.i == anchor.i:
            args.actor = owner  # "criticized Hungary over its veto", "thanked Turkey for its support": the object's
        elif subj is not None and not passive and subj.i != token.i and _may_refer(args.actor, subj, entities):
            args.actor = subj  # "X reiterated its demand" -> X
    if cand.type == "SANCTION" and args.recipient is None:
        # "imposed duties on imports from China": whose goods are taxed or banned
        goods = prep_objects(token, ("on",)) + prep_objects(anchor, ("on",))
        args.recipient = _first_ok([d for g in goods for d in prep_objects(g, ("from",))], cand, lex, entities, args.actor)
    if cand.type == "SANCTION" and args.recipient is None:
        # "froze the assets of several oligarchs", "cut the funding of the agency": whose they are
        held = [c for c in (token if cand.trigger.pos == "V" else anchor).children if c.dep_ == "dobj"]
        held = [h for h in held if content_head(h).lemma_.lower() in lex.word_set("relations")]
        args.recipient = _first_ok([d for h in held for d in prep_objects(content_head(h), ("of",))], cand, lex, entities, args.actor)
    # "Russia and the United States agreed to ...", "Ukraine and Russia traded accusations": with each other
    # ... and "Russia and North Korea signed a mutual defense treaty": with each other
    together = cand.type in MUTUAL_TYPES or cand.token.lemma_.lower() in {"agree", "sign"} or anchor.lemma_.lower() in RECIPROCAL_VERBS
    # "Saudi Arabia and Iran restored diplomatic relations": with each other
    together = together or cand.token.lemma_.lower() in lex.word_set("bilateral_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.word_set("relations") for c in cand.token.children
    )
    together = together or args.recipient is not None and _reciprocal(args.recipient)
    # "Russia and China pledged to deepen their partnership": a promise to each other
    together = together or cand.type == "AGREE" and any(i.type in MUTUAL_TYPES for i in cand.inner)
    # "India and Mauritius have upgraded their ties": their own, with each other
    together = together or args.recipient is None and any(
        o.dep_ == "dobj" and o.lemma_.lower() in lex.word_set("relations")
        and any(p.dep_ == "poss" and p.lower_ == "their" for p in o.children)
        for o in (token, *token.children)
    )
    summed = anchor.head if anchor.dep_ == "relcl" else next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if args.recipient is None and cand.type == "REJECT" and summed is not None and resumptive(summed):
        args.recipient = _claimant(summed, lex)  # "its troops had captured Pokrovsk, a claim Ukraine's army denied"
    if args.recipient is not None and args.actor is not None and _reciprocal(args.recipient) and _partners(args.actor):
        args.recipient = None  # "Russia and Ukraine blamed each other": each is the other's, below
    met_with = args.recipient is not None and args.recipient.dep_ == "pobj" and args.recipient.head.lower_ in {"with", "between"}
    # (not "Lai's son and their legal team were in Washington to meet with officials": whom they met;
    # not "Qatar and Egypt are mediating between Israel and Hamas": between whom)
    if (cand.trigger.frame == "recip" or together) and (args.recipient is None or not met_with) and args.actor is not None:
        others = _partners(args.actor)
        if others:  # "Kim and Putin held a summit in Russia": the other party, not the place
            args.recipient = others[0]
    if fallback and args.recipient is None:
        args.recipient = fallback_recipient(cand, anchor, lex, entities, args.actor)
    if args.recipient is not None and args.actor is not None and args.recipient.i == args.actor.i:
        args.recipient = None
    national_act = args.actor is not None and args.actor.pos_ == "NOUN" and args.actor.lemma_.lower() in lex.event_nouns
    if not national_act:  # "a Russian attack killed ...": the noun stands for its nation's forces (_event_noun_actor)
        args.actor = None if _not_actor(args.actor, lex) or _talk(args.actor, lex) or _no_agent(args.actor, lex, entities) else args.actor
    if cand.type not in {"ASSAULT", "COERCE", "THREATEN"}:  # what is attacked may be "rebel positions"
        thing = args.recipient is not None and _not_actor(args.recipient, lex)
        args.recipient = None if thing else _owner_of_talk(args.recipient, lex)
        if thing and fallback and cand.type == "ACCUSE":
            # "expressed concern over the U.S. decision": no party itself, but whose decision it is
            args.recipient = fallback_recipient(cand, anchor, lex, entities, args.actor)
    if args.recipient is not None and args.recipient_span is None:
        args.recipient = _named_recipient(args.recipient, cand, args.actor, lex, entities)
    for role in ("actor", "recipient"):
        head = getattr(args, role)
        if head is not None and getattr(args, f"{role}_span") is None:
            inner = content_head(head)
            if inner is not head:  # "dozens of opposition supporters": code the supporters
                setattr(args, role, inner)
                setattr(args, f"{role}_span", phrase_span(head))
    return args


# -- records -----------------------------------------------------------------------------------




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


def _realized(cand: Candidate, anchor: Token, lex: Lexicon) -> bool:
    """A noun event some verb says took place ("held talks", "launched an offensive", "the
    attack killed"): its governing verb is a light verb or the noun is that verb's subject."""
    token = cand.token
    done = lex.word_set("done_modifiers")
    if any(c.dep_ in {"amod", "compound"} and c.lower_.rsplit("-", 1)[-1] in done for c in token.children):
        return True  # "a UN-brokered deal", "the signed accord": a modifier says it was made
    if anchor.i == token.i:
        return False
    measure = token.head.head
    measured = measure.head.i == anchor.i and measure.lemma_.lower() in lex.word_set("measure_nouns")
    if token.dep_ == "pobj" and token.head.lower_ == "of" and measured:
        token = measure  # "launched 10 days of war games": the measure phrase stands for the noun
    if anchor.lemma_.lower() in lex.light_verbs and token.dep_ in {"dobj", "nsubjpass"}:
        return not _judges(anchor, lex)  # "held talks"; not "called the meeting a dressing-down"
    drawn = token.dep_ == "dobj" and token.head.i == anchor.i and anchor.lemma_.lower() in lex.word_set("drawing_verbs")
    if drawn and cand.type in {"ACCUSE", "SUPPORT"}:
        return True  # "the arrest drew international condemnation", "the plan won praise": given, by whoever
    return token.dep_ == "nsubj" and token.head.i == anchor.i


@dataclass
class Draft:
    """An event being decided: its type, mode, modality and the heads of its parties."""

    type: str
    mode: str | None
    cameo: str | None
    negated: bool
    modality: str
    confidence: float
    actor_head: Token | None = None
    actor_span: Span | None = None
    recipient_head: Token | None = None
    recipient_span: Span | None = None


def _reframe(cand: Candidate, inner: Candidate | None, lex: Lexicon) -> tuple[str, str | None, str | None, bool]:
    """Type, mode and CAMEO code as the embedded event changes them; whether an order is pending."""
    type_, mode, cameo = cand.type, cand.mode, cand.cameo
    order_done = False
    intended = inner is not None and type_ == "AGREE" and cand.trigger.words[0] in lex.sets.get("intent", ())
    if intended and inner is not None and inner.type in CONFLICT_ACTS and _plotted(cand, lex):
        # "planned to kidnap Alinejad", "intended to attack the embassy": a plot is no threat made to
        # anyone (PLOVER THREATEN is a threat voiced, as "plans to impose restrictions" told now,
        # CAMEO 1312); the act planned, not done (modality_of)
        type_, mode, cameo = inner.type, inner.mode, inner.cameo
    elif intended and inner is not None and inner.type in CONFLICT_ACTS and not _sent_to(inner):
        # "vowed to fight", "prepared to impose martial law": an announced conflict act (PLOVER THREATEN)
        type_ = "THREATEN"
        mode = COERCE_THREAT_MODE.get(inner.mode or "", "restrict") if inner.type == "COERCE" else THREAT_MODE.get(inner.type)
        cameo = None
    elif inner is not None and type_ == "REQUEST" and cand.trigger.words[0] in lex.sets.get("command", ()) and inner.type in ORDERED_ACTS:
        order_done = True  # decided below, once the one ordered is known
    if inner is not None and not mode and not order_done:
        mode = _inner_mode(type_, inner)
    return type_, mode, cameo, order_done


def _sent_to(inner: Candidate) -> bool:
    """A deployment somewhere ("ready to send troops to Ukraine", "pledged to deploy ships to the
    Baltic"): an announced move of forces (MOBILIZE, future), a threat to no one it names."""
    return inner.type == "MOBILIZE" and any(o.ent_type_ == "GPE" for o in prep_objects(anchor_of(inner), ("to", "into")))


def _freed(party: Token, lex: Lexicon) -> bool:
    """A party named as the one to be freed ("Lai's release", "the release of the journalists",
    "to free the activists")."""
    head = party.head
    if party.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif party.dep_ not in {"poss", "dobj"}:
        return False
    return head.lemma_.lower() in lex.word_set("freeing_words")


def _captor(freed: Token) -> Token | None:
    """Who holds the ones to be freed, where the phrase says ("prisoners held by Israel")."""
    head = content_head(freed)
    return next((a for c in head.children if c.dep_ == "acl" and (a := agent_of(c)) is not None), None)


def _inner_arguments(
    cand: Candidate, anchor: Token, inner: Candidate | None, order_done: bool, args: Args, draft: Draft, ctx: DocContext
) -> None:
    """The recipient of a demand, refusal or order is the embedded event's actor."""
    lex = ctx.lex
    if inner is None:
        return
    if args.recipient is None:
        inner_args = arguments_of(inner, anchor_of(inner), lex, ctx.entities)
        if inner_args.actor is not None and (args.actor is None or inner_args.actor.i != args.actor.i):
            if inner_args.actor.lower_ not in PRONOUNS:
                args.recipient = inner_args.actor
        elif inner_args.recipient is not None and cand.token.lemma_.lower() not in {"deny", "denial"}:
            args.recipient = inner_args.recipient  # (not "denied targeting energy facilities": the accuser is answered)
        if args.recipient is None:
            args.recipient = fallback_recipient(cand, anchor, lex, ctx.entities, args.actor)
    if order_done:
        ordered = args.recipient
        # "Niger ordered French troops to leave": another state's forces are told to go (REQUEST), not moved
        their = nationality_country(phrase_span(ordered), lex) if ordered is not None else None
        mine = (ctx.actor_record(args.actor, None, None, None) or {}).get("country") if args.actor is not None else None
        foreign = their is not None and mine is not None and their != mine
        if not foreign and (
            ordered is None
            or content_head(ordered).lemma_.lower() in lex.word_set("armed")
            or any(c.dep_ == "poss" for c in ordered.children)
        ):
            # "ordered patrols by police", "ordered its troops to withdraw": the order is the act
            draft.type, draft.mode, draft.cameo = inner.type, inner.mode, inner.cameo
            args.recipient = arguments_of(inner, anchor_of(inner), lex, ctx.entities).recipient
        else:
            draft.mode = _inner_mode(draft.type, inner)


def _apply_clause(draft: Draft, clause: Clause, cand: Candidate) -> None:
    """What the clause makes of the event: a failure or a refused concession is a REJECT, a
    demanded act a REQUEST by whoever demands it, an announced act its verbal counterpart."""
    type_ = draft.type
    if clause.failed and type_ in CONCESSIVE:
        # "failed to reach agreement": a refusal in effect (CAMEO 12)
        draft.mode, draft.type, draft.cameo, draft.negated = YIELD_MODE.get(type_, "change"), "REJECT", None, False
    elif draft.modality == "demanded" and type_ not in {"REQUEST", "REJECT", "THREATEN"}:
        # PLOVER: a demanded action is a REQUEST by whoever demands it, addressed to its would-be actor
        draft.mode, draft.type, draft.cameo, draft.negated = YIELD_MODE.get(type_, "change"), "REQUEST", None, False
        draft.recipient_head, draft.recipient_span = draft.actor_head, draft.actor_span
        draft.actor_head, draft.actor_span = clause.reporter, None
    elif draft.negated and draft.modality in {"future", "hypothetical", "demanded"} and type_ in CONCESSIVE and not clause.conditional:
        # "will not reduce", "there can be no compromise": a refusal, asserted (not "if it did not reach a deal")
        draft.mode, draft.type, draft.cameo = YIELD_MODE.get(type_, "change"), "REJECT", None
        draft.negated, draft.modality = False, "asserted"
        draft.confidence *= 0.9
    elif draft.modality == "future" and not draft.negated and type_ in FUTURE_TYPE and cand.trigger.frame != "embed":
        new_type = FUTURE_TYPE[type_]
        if new_type == "THREATEN":
            draft.mode = COERCE_THREAT_MODE.get(draft.mode or "", "restrict") if type_ == "COERCE" else THREAT_MODE.get(type_)
        else:
            draft.mode = None
        draft.type, draft.cameo = new_type, None


#: the sectors that speak for a state and fight for it
STATE_ARMS = frozenset({"GOV", "MIL"})


def _party_records(
    draft: Draft, cand: Candidate, anchor: Token, ctx: DocContext, quote: dict[str, Any] | None, reporter: Token | None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None] | None:
    """Actor and recipient records, or None when the event is only a noun naming a topic."""
    lex = ctx.lex
    sent = cand.token.sent
    actor = ctx.actor_record(draft.actor_head, draft.actor_span, quote, reporter)
    recipient = ctx.actor_record(draft.recipient_head, draft.recipient_span, quote, None)
    if (
        cand.trigger.pos == "N"
        and draft.type not in MATERIAL
        and draft.type == cand.type
        and actor is None
        and recipient is None
        and not _realized(cand, anchor, lex)
        and cand.trigger.needs != "there=yes"  # "there will be consequences": said to come, by whoever says it
        and not cand.stands  # "urged them to drop all charges": charges in force
    ):
        return None  # "the deal", "the violence", "a ceasefire": a noun that only names a topic
    # "killed in a joint operation", "struck in coordination with": the manner of an act that took place
    manner = cand.token.dep_ == "pobj" and cand.token.head.lower_ in {"in", "through", "during"} and anchor.pos_ == "VERB"
    made = manner or anchor.lemma_ != "be" and _realized(cand, anchor, lex)
    if cand.trigger.pos == "N" and draft.type == cand.type in NAMED_ONLY_IF_DONE and not made:
        return None  # "the pact the United States negotiated", "their cooperation is legitimate": a thing talked about
    if actor is None and QUAD[draft.type].startswith("verbal") and quote is not None and quote.get("speaker_entity") and not cand.stands:
        speaker = ctx.speaker_record(quote)
        # '"We were accused of spying," the minister said', '"Iberdrola was accused," its spokesman
        # said': a charge told against the speaker's own side is not the speaker's
        actor = None if _told_passive(cand) and _speaks_for(speaker, recipient) else speaker
    if draft.type == "THREATEN" and recipient is None and cand.trigger.needs == "there=yes":
        other = _condition_party(sent, lex, ctx)  # "if Russia does not agree ..., there will be consequences": Russia
        recipient = ctx.actor_record(other, phrase_span(other), quote, None) if other is not None else None
    if cand.trigger.needs == "there=yes" and (actor is None or recipient is None or draft.negated):
        return None  # "there were no consequences for the officers", "consequences for the economy": no one warned
    if actor is None and not draft.negated:
        legislative = cand.token.lemma_.lower() in lex.word_set("legislative_acts")  # "was impeached": by a legislature
        actor = ctx.unnamed("LEG", sent) if legislative else ctx.implied_actor(draft.type, draft.mode, sent)
    actor = _military_actor(actor, cand, draft, ctx)
    self_done = any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in (cand.token, anchor)[cand.trigger.pos != "V"].children)
    if recipient is None and not draft.negated and cand.trigger.frame != "recip" and not self_done:  # (not "blew themselves up")
        # (not for fighting, clashes, talks: two sides, neither of them the people where it happens)
        recipient = ctx.implied_recipient(draft.type, draft.mode, sent)
        home = recipient is not None and actor is not None and recipient.get("country") == actor.get("country")
        said = ctx.actor_record(reporter, None, None, None) if home and reporter is not None and actor.get("sector") in STATE_ARMS else None
        if said is not None and said.get("country") not in {None, actor.get("country")} and said.get("sector") in STATE_ARMS:
            # "Ukraine's air force said Russia attacked with 147 drones": a state's attack told by another state's
            # forces is on that state, not on the attacker's own people
            recipient["country"] = said["country"]
    if cand.trigger.pos == "N" and draft.type == "AGREE" and actor is None and recipient is None:
        return None  # "the September deal established the process", "negotiations will be needed": no one agreed
    if cand.trigger.pos == "N" and draft.type == cand.type == "THREATEN" and _threat_named_only(cand, anchor, lex):
        return None  # "deemed a threat to national security", "focus on nuclear threats": no one threatened
    head = draft.recipient_head
    victims = head is not None and draft.type in MATERIAL and head.lemma_.lower() in lex.word_set("casualty_nouns")
    if recipient is not None and not recipient.get("sector") and victims:
        recipient["sector"] = "CVL"  # "at least 25 people were killed": the people where it happened
    weapon = draft.actor_head is not None and draft.type == "ASSAULT" and draft.actor_head.lemma_.lower() in lex.word_set("projectiles")
    # "a Russian missile strike", "Israeli airstrikes": the nationality of an attack names its forces
    weapon = weapon or (
        draft.actor_head is not None and draft.type == "ASSAULT" and draft.actor_head.dep_ == "amod"
        and draft.actor_head.head.lemma_.lower() in lex.event_nouns
    )
    # "Ukrainian shelling killed ...": a bare nationality as an attack's doer names its forces
    bare_nation = draft.type == "ASSAULT" and actor is not None and draft.actor_head is not None \
        and (draft.actor_head.dep_ == "amod" or (draft.actor_head.ent_type_ == "NORP" or draft.actor_head.pos_ == "ADJ")
             and draft.actor_head.text in lex.nationalities and actor.get("text") == draft.actor_head.text)
    if bare_nation and actor.get("country") and actor.get("sector") == "GOV":
        actor["sector"] = "MIL"
    if actor is not None and actor.get("country") and weapon and not actor.get("sector"):
        actor["sector"] = "MIL"  # "Russian drones struck ...": the forces that fired them
    downed = head is not None and draft.type == "ASSAULT" and _downed_weapon(head, head.head, cand, lex)
    if recipient is not None and not recipient.get("sector") and downed:
        recipient["sector"] = "MIL"  # "shot down 94 Ukrainian drones": the other side's forces
    if actor is not None and recipient is not None and draft.recipient_head is not None and _reciprocal(draft.recipient_head):
        recipient.update(country=actor.get("country"), sector=actor.get("sector"))  # "both rivals accusing the other"
    named = draft.recipient_head
    naming = named is not None and named.head.lemma_.lower() in NAMING_JUDGES and named.lower_ in {"it", "this", "that"}
    if naming and any(c.dep_ in {"oprd", "dobj"} and c.i != named.i for c in named.head.children):
        recipient = None  # "denied the claim, calling it fake news": the thing named, no party
    if actor is not None and recipient is not None and _same_party(actor, recipient):
        recipient = None  # "He rejects the charges, but if convicted he could ...": no act done to oneself
    ground = draft.recipient_head is not None and content_head(draft.recipient_head).lemma_.lower() in lex.word_set("held_ground")
    if draft.type == "THREATEN" and ground and _own_side(actor, recipient):
        recipient = None  # "threatened a nuclear response to any attack on Russian territory": not aimed at its own land
    acting = draft.recipient_head is not None and draft.recipient_head.dep_ in {"nsubj", "nsubjpass"}  # "Russia could use ..."
    foretold = draft.type == "THREATEN" and acting and recipient is not None \
        and _foretells_another(cand, draft.recipient_head, actor, recipient, lex)
    # "Experts warned of a possible attack on the grid": a danger foreseen by no party, no threat
    may_come = lex.word_set("prospective_modifiers")
    foreseen = draft.type == "THREATEN" and cand.token.lemma_.lower() in lex.word_set("foretelling_words") \
        and not (actor or {}).get("country") \
        and any(c.dep_ in {"amod", "det"} and c.lower_ in may_come for i in cand.inner for c in i.token.children)
    if foretold or foreseen:
        return None  # "Zelenskyy warned that Russia was preparing a new offensive": another's act foretold, no threat
    if draft.type == "THREATEN" and acting and _own_side(actor, recipient, same_sector=True):
        # "Medvedev warned that Russia could use nuclear weapons if NATO sent troops": at whom, not who would act
        other = _condition_party(sent, lex, ctx)
        recipient = ctx.actor_record(other, phrase_span(other), quote, None) if other is not None else None
    own_state = _own_side(actor, recipient) and (ctx.entity_by_id.get((recipient or {}).get("entity")) or {}).get("type") == "GPE"
    if draft.type == "REQUEST" and own_state and (actor or {}).get("entity") != (recipient or {}).get("entity"):
        recipient = None  # "Zelenskyy insisted that Ukraine must be part of any talks": a demand for his own state
    if draft.type == "REJECT" and _own_side(actor, recipient) and _own_possession(draft.recipient_head):
        recipient = None  # "refused to accept the bodies of its fallen soldiers": its own, no party answered
    denial = draft.type == "REJECT" and cand.token.lemma_.lower() in DENYING_WORDS
    if denial and _own_side(actor, recipient, same_sector=True):
        recipient = None  # "Syrskyi denied that Ukrainian units were surrounded": one's own side, not the accuser
    if recipient is not None and not recipient.get("sector") and _state_goods(draft.type, head, lex):
        recipient["sector"] = "GOV"
    # "air defenses", "the troops": common nouns naming no country of their own
    words = phrase_span(draft.actor_head) if draft.actor_head is not None else None
    unnamed = words is None or nationality_country(words, lex) is None and all(t.pos_ != "PROPN" for t in words)
    if actor is not None and unnamed and actor.get("sector") in {"MIL", "COP"}:
        said = ctx.actor_record(reporter, None, None, None) if reporter is not None else None
        analyst = said is not None and str((ctx.entity_by_id.get(said.get("entity")) or {}).get("key", "")).startswith("person:")
        if said and not analyst and said.get("country") and said.get("sector") in {"GOV", "MIL"}:  # a ministry, not an analyst
            actor["country"] = said["country"]  # "Russia's Defense Ministry said air defenses intercepted ...": its own
    # (the target's places say nothing of an unnamed actor: "the government sent soldiers into Somalia")
    # "Pakistan and the United States designated BLA ...": the actor's partners' places are the actor's side too
    actor_side = _with_partners(draft.actor_head, (actor or {}).get("span"))
    # "Iranian-made drones struck Odesa": weapons of no stated side are no one's from where they strike
    stray = actor is not None and not actor.get("country") and draft.type == "ASSAULT" and draft.actor_head is not None \
        and content_head(draft.actor_head).lemma_.lower() in lex.word_set("projectiles")
    for record, other, local in ((actor, (recipient or {}).get("span"), draft.type in MATERIAL), (recipient, actor_side, True)):
        if stray and record is actor:
            record["sector"] = record.get("sector") or "MIL"
            continue
        if record is not None and _beyond_borders(record, ctx):
            continue  # "Western partners", "international donors": of no one country, wherever named
        if record is not None and _own_name(record, ctx):
            continue  # "the Soviets invaded Czechoslovakia" in a sentence set in London: names of their own, not London's
        ctx.place_country(record, sent, other, local=local)
        resolved = record is not None and (record.get("entity") or (record.get("text") or "").lower() not in PRONOUNS)
        # (not a person who threatens, strikes or sanctions the story's own country: "President Clinton
        # is committed to a strike against Iraq" in a story set in Iraq is no Iraqi)
        # (a curfew threatened on one's own city is a leader's at home: "Gbagbo will extend the curfew in Abidjan")
        hostile = draft.type in {"ASSAULT", "SANCTION"} or draft.type == "THREATEN" and draft.mode not in DOMESTIC_THREATS
        foreign = record is not None and record is actor and hostile \
            and (ctx.entity_by_id.get(record.get("entity")) or {}).get("type") == "PERSON" \
            and (recipient or {}).get("country") == ctx.home_country
        if record is not None and not record.get("country") and record.get("span") and resolved and not foreign:
            record["country"] = ctx.home_country  # CAMEO: a domestic party is coded by where it acts
        if record is not None and record.get("country") in lex.word_set("igo_codes"):
            record["country"] = "IGO"  # one class for intergovernmental bodies (GUIDE.md)
    counterpart = recipient is not None and "counterpart" in str(recipient.get("text") or "").lower()
    same = counterpart and actor is not None and actor.get("country") and actor.get("country") == recipient.get("country")
    if same and draft.actor_head is not None and nationality_country(phrase_span(draft.actor_head), lex) is None:
        actor["country"] = None  # "the minister met with his Turkish counterpart in Ankara": no Turk himself
    if draft.type == "ASSAULT" and _own_side(actor, recipient) and _own_possession(draft.recipient_head) and cand.trigger.pos == "N":
        actor = None  # "Russia vowed to retaliate for the attack on its airfields": no one attacks its own
    accuser = _accuser(cand.token) if draft.type in {"ASSAULT", "COERCE"} and cand.trigger.pos == "V" else None
    own = draft.recipient_head is not None and any(c.lower_ == "own" for c in content_head(draft.recipient_head).children)
    if accuser is not None and _own_side(actor, recipient) and _own_possession(draft.recipient_head) and not own:
        # "Azerbaijan accused Armenia of shelling its positions": the accuser's positions
        recipient["country"] = (ctx.actor_record(accuser, None, None, None) or {}).get("country")
    if own and actor is not None and recipient is not None and actor.get("country") and _own_possession(draft.recipient_head):
        recipient["country"] = actor["country"]  # "shelling its own positions": the doer's own
    downed = head is not None and _downed_weapon(head, head.head, cand, lex)
    if downed and actor is not None and recipient is not None and recipient.get("country") == actor.get("country"):
        recipient["country"] = None  # "it shot down 23 drones": the other side's, whoever that is, not its own
    if recipient is None and draft.type == "SUPPORT" and _praises_nothing(cand.token, lex):
        return None  # "to back its claims", "does not recognize dog meat as edible": praise of no party or its act
    if recipient is None and cand.token.lemma_.lower() in lex.word_set("aimed_words") and _a_state_of_affairs(cand.token, lex):
        return None  # "expressed concern about heightened tensions": a worry, no charge against anyone
    if draft.mode == "visit" and ctx.domestic_trip(actor, recipient):
        return None  # "the prime minister visited Quetta": a trip at home, no one met
    hosted = cand.token.dep_ != "acl" and any(c.lemma_.lower() in lex.word_set("talk_nouns") for c in cand.token.children)
    places = [c for c in cand.token.children if c.dep_ == "dobj" and not hosted]
    if draft.mode == "visit" and recipient is None and cand.token.pos_ == "VERB" and places:
        return None  # "Putin visited a command post in the region": a place, no party met (not "hosted a meeting")
    return actor, recipient


def _with_partners(head: Token | None, span: list[int] | None) -> list[int] | None:
    """The characters of a party's phrase and of the parties named with it ("Pakistan and the
    United States")."""
    if head is None or span is None:
        return span
    ends = [(phrase_span(t).start_char, phrase_span(t).end_char) for t in conjuncts(head)]
    return [min([span[0], *(a for a, _ in ends)]), max([span[1], *(b for _, b in ends)])]


def _foreign_measure(actor: dict[str, Any] | None, recipient: dict[str, Any] | None) -> bool:
    """Whether a government or intergovernmental body acts on a party of another country."""
    if not actor or not recipient or actor.get("sector") not in {"GOV", "LEG"}:
        return False
    mine, theirs = actor.get("country"), recipient.get("country")
    return bool(mine and theirs and mine != theirs)


def _own_side(actor: dict[str, Any] | None, recipient: dict[str, Any] | None, same_sector: bool = False) -> bool:
    """Both parties known and of one country (and, if asked, the recipient of no other sector)."""
    if actor is None or recipient is None or recipient.get("country") != actor.get("country"):
        return False
    return not same_sector or recipient.get("sector") in {None, actor.get("sector")}


def _praises_nothing(verb: Token, lex: Lexicon) -> bool:
    """A verb of praise or backing whose objects name no party, no act and no act told before
    ("welcomed the move" is told before, "praised the agreement" an act, "praising life in China" a
    country's)."""
    if verb.lemma_.lower() not in lex.word_set("endorsing_words"):
        return False
    endorsed = [content_head(c) if c.dep_ == "dobj" else c for c in verb.children if c.dep_ in {"dobj", "prep"}]
    return not any(
        c.lemma_.lower() in REFERRED_ACTS or c.lemma_.lower() in lex.event_nouns or _match_trigger(c, lex) is not None
        or any(t.ent_type_ in {"GPE", "NORP", "ORG"} for t in c.subtree)
        for c in endorsed
    )


def _foretells_another(cand: Candidate, subject: Token, actor: dict[str, Any] | None, recipient: dict[str, Any], lex: Lexicon) -> bool:
    """A warning, aimed at no one named, that another party (of another country than the warner's) does or will do
    something ("warned that the terror group was on a pace to double its attacks"); not what the
    warned party will undergo ("warned that Iran would face consequences")."""
    verb = cand.token
    if verb.lemma_.lower() not in lex.word_set("foretelling_words") or any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False  # "warned Kyiv that ...": the warned one named
    if subject.head.lemma_.lower() in lex.word_set("undergoing_verbs") or subject.dep_ == "nsubjpass":
        return False
    mine, theirs = (actor or {}).get("country"), recipient.get("country")
    return bool(mine and theirs and mine != theirs) and not _same_party(actor or {}, recipient)


#: verbs that charge their object with the act of their "of"/"for" phrase
ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "condemn", "criticize"})


def _accuser(act: Token) -> Token | None:
    """Who accuses the doer of the act ("Azerbaijan accused Armenia of shelling ...": Azerbaijan)."""
    prep = act.head if act.dep_ == "pcomp" else None
    if prep is None or prep.lower_ not in {"of", "for"} or prep.head.lemma_.lower() not in ACCUSING_VERBS:
        return None
    subj, passive = subject_of(prep.head)
    return None if passive else subj


def _own_possession(head: Token | None) -> bool:
    """A phrase that names something the subject's own ("its fallen soldiers", "their land")."""
    owners = [c for c in content_head(head).children if c.dep_ == "poss"] if head is not None else []
    return any(c.lower_ in {"its", "their", "his", "her", "our", "my"} for c in owners)


def _condition_party(sent: Span, lex: Lexicon, ctx: DocContext) -> Token | None:
    """The subject of the sentence's "if"/"unless" clause, when it names a party ("if NATO sent
    troops to Ukraine"): whom a conditional threat is aimed at."""
    for token in sent:
        if token.dep_ == "mark" and token.lower_ in {"if", "unless"}:
            subject = subject_of(token.head)[0]
            if subject is not None and subject.lower_ not in PRONOUNS and is_actor_like(subject, lex, ctx.entities):
                return subject
    return None


#: quantifiers that stand for a group named before ("singled out passengers, shooting many")
COUNTED_BACK = frozenset({"many", "several", "some", "most", "dozens", "hundreds", "others", "few", "all"})


def _counted_back(recipient: Token, anchor: Token) -> Token | None:
    """The object of the verb a participle or conjunct hangs on, when the participle's object is
    only a count of it ("singled out security personnel and passengers, shooting many": the
    personnel; "rounded up dozens of residents, killing several": the residents)."""
    if recipient.lower_ not in COUNTED_BACK or recipient.dep_ != "dobj" or any(c.dep_ == "prep" for c in recipient.children):
        return None
    if anchor.dep_ not in {"advcl", "conj", "xcomp"} or anchor.head.i == anchor.i:
        return None
    return next((content_head(c) for c in anchor.head.children if c.dep_ == "dobj"), None)


def _beyond_borders(record: dict[str, Any], ctx: DocContext) -> bool:
    """A party of many countries ("Western partners", "the International Labor Office"), not a
    person ("retired international basketball star Yao Ming" is of one)."""
    if str((ctx.entity_by_id.get(record.get("entity")) or {}).get("key", "")).startswith("person:"):
        return False  # (a description, "role:leader" for "Western leaders", is of many)
    words = set((record.get("text") or "").lower().split())
    # "the United States' biggest trading partners": others than the owner, of no country the story is in
    text = record.get("text") or ""
    owned = "'" in text or "’" in text or " of " in text  # (domestic "critics" alone are the story's)
    others = owned and bool({w.removesuffix("s") for w in words} & ctx.lex.word_set("relational_nouns"))
    visitors = bool(words & ctx.lex.word_set("visitor_nouns"))
    # "the rest of the countries", "many nations", "three member states": several states, none named
    # (not a federation's "states": "offered states billions of dollars")
    states = bool(words & {"countries", "nations", "neighbors", "neighbours"}) or {"member", "states"} <= words
    return bool(words & ctx.lex.word_set("beyond_borders") or (visitors or others or states) and not record.get("country"))


def _military_actor(actor: dict[str, Any] | None, cand: Candidate, draft: Draft, ctx: DocContext) -> dict[str, Any] | None:
    """A noun trigger of a military act modified by the forces that do it ("the troop withdrawal",
    "the U.S. troop drawdown"): the armed forces' act (MIL), of the country named."""
    if cand.trigger.pos != "N" or draft.type not in {"RETREAT", "MOBILIZE", "ASSAULT"} or draft.negated:
        return actor
    words = ctx.lex.word_set("military_modifiers")
    if not any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in words for c in cand.token.children):
        return actor
    if actor is None:  # a withdrawal leaves the place it happens: its forces' country is not known
        record = ctx.unnamed("MIL", cand.token.sent)
        return {**record, "country": None} if record and draft.type == "RETREAT" else record
    head = draft.actor_head
    country_only = actor.get("sector") in {None, "GOV"} and head is not None and head.ent_type_ in {"GPE", "NORP"}
    return {**actor, "sector": "MIL"} if country_only else actor


def _threat_named_only(cand: Candidate, anchor: Token, lex: Lexicon) -> bool:
    """A threat noun that names a danger, not a threat someone made: said of something ("is a
    threat to", "deemed a threat"), or the topic of a verb that does not make it ("focus on nuclear
    threats", "deterrence against North Korean threats") with no maker of its own ("Trump's threat",
    "threats from China", "threats by the rebels")."""
    token = cand.token
    if cand.trigger.needs == "there=yes":
        return False  # "there will be consequences": said to come
    if token.dep_ in {"attr", "oprd"}:
        return True
    maker = any(c.dep_ == "poss" for c in token.children) or prep_objects(token, ("from", "by"))
    return not maker and not _realized(cand, anchor, lex)


def _same_party(actor: dict[str, Any], recipient: dict[str, Any]) -> bool:
    """One pronoun said of both ("He rejects the charges, but if convicted he could ...")."""
    said = (recipient.get("text") or "").lower()
    if recipient.get("span") and recipient.get("span") == actor.get("span"):
        return True  # "against U.S. tariffs": the word that names the maker names no target too
    return said in PRONOUNS and said == (actor.get("text") or "").lower()


def _state_goods(type_: str, head: Token | None, lex: Lexicon) -> bool:
    """A measure against a state's goods is against that state: "a tariff on American goods",
    "the threat to impose tariffs on European spirits" (a threat only when the goods are national)."""
    if type_ == "THREATEN":
        modifiers = content_head(head).children if head is not None else []
        return any(c.dep_ in {"amod", "compound"} and c.text in lex.nationalities for c in modifiers) and _goods(head, lex)
    return type_ == "SANCTION" and _goods(head, lex)


def _goods(head: Token | None, lex: Lexicon) -> bool:
    """A thing, not a party: "goods", "steel", "whiskey" (no name, no people, no body)."""
    if head is None:
        return False
    head = content_head(head)
    lemma = head.lemma_.lower()
    return (
        head.pos_ == "NOUN" and not head.ent_type_
        and lemma not in lex.sectors and lemma not in lex.word_set("people_nouns") and lemma not in lex.word_set("political_bodies")
    )


def _final_confidence(draft: Draft, cand: Candidate, anchor: Token, background: bool, actor: dict[str, Any] | None, lex: Lexicon) -> float:
    confidence = draft.confidence
    if cand.token.dep_ in {"acl", "relcl"} or anchor.dep_ in {"acl", "relcl"}:
        confidence *= 0.6  # "weapons seized last year", "whom they had taken": background, not the news
    if background:
        confidence *= BACKGROUND_FACTOR
    confidence *= MODALITY_FACTOR.get(draft.modality, 1.0)
    if draft.negated:
        confidence *= 0.6
    if actor is None:
        confidence *= 0.75
    if cand.trigger.pos == "N" and actor is None and anchor.lemma_.lower() not in lex.light_verbs:
        confidence *= 0.8
    return round(max(0.05, min(0.99, confidence)), 2)


def _inanimate_speaker(cand: Candidate, draft: Draft, ctx: DocContext) -> bool:
    """A violation whose doer is a thing, not a party nor a document that speaks for one ("articles
    that violate the constitution", "such transfers would violate the embargo"): a legal judgement,
    not a party's refusal."""
    if cand.token.lemma_.lower() not in ctx.lex.word_set("violation_verbs"):
        return False
    subj, passive = subject_of(cand.token)
    head = draft.actor_head or (None if passive else subj)
    if head is None or head.lower_ in PRONOUNS:
        return False
    if content_head(head).lemma_.lower() in ctx.lex.word_set("document_nouns"):
        return False
    return not is_actor_like(head, ctx.lex, ctx.entities)


def _concession(token: Token, lex: Lexicon) -> bool:
    """Whether the word is a concessive trigger whose conditions hold ("reach agreement", not "stop the smugglers")."""
    trig = _match_trigger(token, lex)
    if trig is None or trig.type not in CONCESSIVE:
        return False
    return _needs_met(Candidate(token, trig, trig.type, trig.mode, trig.cameo, trig.weight), _context_lemmas(token), lex)


def _blamed(cand: Candidate, clause: Clause, quote: dict[str, Any] | None, ctx: DocContext) -> tuple[Token | None, Token | None] | None:
    """A wrongdoing someone reports ("Kabul was failing to rein in the separatists," Akram said):
    the speaker accuses its doer (CAMEO 112). The speaker (None: the quote's) and the doer, or
    None when no one reports it (the story's own voice accuses no one) or the doer is no party."""
    token = cand.token
    verb = _said_of(token) if cand.trigger.pos == "A" else token.head if token.dep_ in {"aux", "auxpass"} else token
    if cand.trigger.pos == "N":
        verb = _governing_verb(token) or token  # "using civilians as human shields": the user's wrong
    if verb.dep_ in {"relcl", "acl"}:
        return None  # "a leader who masterminded the attacks": who he is, not a charge made now
    charge = _match_trigger(verb.head.head, ctx.lex) if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else None
    if charge is not None and charge.type == "ACCUSE":
        return None  # "accused Kyiv of violating the truce": the accusing verb's own charge, already told
    for child in (c for c in verb.children if c.dep_ == "xcomp"):
        done = [child] + [o for o in child.children if o.dep_ in {"dobj", "attr"}]  # "failed to (reach) agreement"
        if any(_concession(t, ctx.lex) for t in done):
            return None  # "failed to reach agreement": a refusal in effect (the clause's REJECT), not a charge
    speaker = clause.reporter
    small_clause = cand.trigger.pos == "A" and token.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in token.children)
    if small_clause and token.head.lemma_.lower() in NAMING_JUDGES:
        # "Moscow considers the sanctions illegal": the one who considers judges what is so called
        verb, speaker = token, subject_of(token.head)[0] or speaker
    subj, passive = subject_of(verb)
    doer = subj if not passive or verb.lemma_.lower() in ctx.lex.word_set("stative_passives") else agent_of(verb)
    if token.dep_ == "oprd" or any(c.dep_ == "oprd" for c in verb.children):  # "calling it unacceptable": the subject calls the object so
        doer, speaker = _called(verb, doer, speaker)
    act_judged = False
    if doer is not None and not is_actor_like(doer, ctx.lex, ctx.entities):
        # "the newspaper's thinking is antiquated", "cooperation between Russia and North Korea is
        # illegal": whose it is
        things = [content_head(doer)] + [c for c in doer.children if c.dep_ == "dobj"]  # "expanding cooperation between ..."
        owners = [o for t in things for o in [c for c in t.children if c.dep_ == "poss"] + prep_objects(t, ("of", "between", "by"))]
        owners = [o for o in owners if is_actor_like(o, ctx.lex, ctx.entities)]  # not "the shelling of the nuclear plant"
        if not owners and token.dep_ == "attr":  # "the drone attack was an act of terrorism by the Kyiv regime": the verdict's own "by"
            owners = prep_objects(token, ("by",)) + [c for c in token.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
        # "the statement was unacceptable," "the attack was a war crime": a judged act whose doer
        # the sentence does not name (the charge stands, against no one named)
        act = content_head(doer)
        act_judged = not owners and cand.trigger.pos == "A" and cand.trigger.type in {"ACCUSE", "REJECT"} and _judged_act(act, ctx.lex)
        # (a particular act, "the strike", "this decision"; not "a missile test is dangerous")
        act_judged = act_judged and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in act.children)
        doer = owners[0] if owners else None
    if act_judged:
        if speaker is None and quote is None:
            return None
        return speaker, None
    if doer is None or doer.lower_ in FIRST_PERSON or doer.lower_ in NO_ADDRESSEE or not is_actor_like(doer, ctx.lex, ctx.entities):
        return None  # "you must first obtain permission", "it must move beyond politics": no party charged
    if any(c.dep_ == "det" and c.lower_ in {"each", "every", "any"} for c in content_head(doer).children):
        return None  # "each company must fend for itself": anyone, no one in particular
    if token.dep_ == "aux" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > token.i for c in verb.children):
        return None  # "must have given the orders": an inference, not a demand
    quoted_by = ctx.speaker_span(quote) if quote is not None else None
    if speaker is not None and quoted_by is not None and content_head(speaker).lemma_.lower() in ctx.lex.word_set("document_nouns"):
        speaker = None  # '"Intelligence reports have confirmed ...," the ISPR said': the quote's speaker
    if speaker is None and quoted_by is None:
        return None
    if speaker is not None and content_head(speaker).i == content_head(doer).i:
        return None
    voice = speaker if speaker is not None else quoted_by.root  # type: ignore[union-attr]
    if content_head(voice).lemma_.lower() in ctx.lex.word_set("standing_rules"):
        return None  # "the constitution mandates that the president must be Muslim": a rule, no one's demand
    quoted = quote is not None and quote.get("kind") in {"direct", "mixed"}  # in quote marks, "he" is another
    if doer.lower_ in {"he", "she"} and not quoted and (speaker is None or one_person(speaker)):
        return None  # "Wine says he is hopeful but also cynical": the speaker, of himself (in a quote, "he" is another)
    return speaker, doer


def _complicit(cand: Candidate, clause: Clause, quote: dict[str, Any] | None, ctx: DocContext) -> tuple[Token | None, Token | None] | None:
    """A tie between attackers and another party that someone reports: the speaker (None: the
    quote's) and the party charged, or None when the story's own voice tells it."""
    party = _complicit_party(cand.token, ctx.lex)
    speaker = clause.reporter
    if speaker is not None and quote is not None and content_head(speaker).lemma_.lower() in ctx.lex.word_set("document_nouns"):
        speaker = None  # '"Intelligence reports have confirmed that ...," the ISPR said': the quote's speaker
    if party is None or speaker is None and quote is None:
        return None
    if speaker is not None and content_head(speaker).i == content_head(party).i:
        return None
    if not is_actor_like(party, ctx.lex, ctx.entities) and party.ent_type_ not in {"GPE", "LOC", "NORP"}:
        return None  # "based in a remote area": no party named
    return speaker, party


def _nobody(record: dict[str, Any] | None) -> bool:
    """A party no one can place: no country, no sector and no name the entities component knows."""
    return record is None or not record.get("country") and not record.get("sector") and not record.get("entity")


def _own_side_could(draft: Draft, anchor: Token, clause: Clause, actor: dict[str, Any] | None, ctx: DocContext) -> dict[str, Any] | None:
    """The reporter's record when a conflict act its own side "could" do is reported by it (not
    "attempted to", "tried to"; not in an "if" clause), else None."""
    if draft.type not in CONFLICT_ACTS or draft.modality != "hypothetical" or clause.conditional or draft.negated:
        return None
    if clause.reporter is None or actor is None or not actor.get("country"):
        return None
    if not any(a in {"could", "may", "might", "can"} for a in _aux_lemmas(anchor)):
        return None
    said_by = ctx.actor_record(clause.reporter, None, None, None)
    return said_by if said_by is not None and said_by.get("country") == actor["country"] else None


def _halted_thing(cand: Candidate, ctx: DocContext) -> bool:
    """A verb's passive subject that is a thing, not a party ("flights ... were suspended")."""
    halted = next((c for c in cand.token.children if c.dep_ == "nsubjpass"), None) if cand.trigger.pos == "V" else None
    return halted is not None and halted.lower_ not in RELATIVE and not is_actor_like(halted, ctx.lex, ctx.entities)


def _judged_act(head: Token, lex: Lexicon) -> bool:
    """A noun naming an act or a statement ("the strike", "the statement", "the move")."""
    lemma = head.lemma_.lower()
    named = lex.word_set("welcomables") | lex.word_set("document_nouns")
    return lemma in lex.event_nouns or lemma in CLAIM_NOUNS or lemma in named


#: weapons with no crew: downed, they are the attacking side's whatever their markings
UNMANNED = frozenset({"drone", "missile", "rocket", "shell", "projectile", "bomb"})


def _downed_weapon(obj: Token, verb: Token, cand: Candidate, lex: Lexicon) -> bool:
    """"Shot down 94 Ukrainian drones", "intercepted Russian missiles", "downed 23 drones": the
    weapons of the other side (of the nationality they carry, when they carry one) are what the
    act is aimed at."""
    head = content_head(obj)
    if verb.lower_ == "of" and verb.dep_ == "prep" and content_head(verb.head).i == obj.i:
        verb = verb.head.head  # "shot down 120 of the drones": the drones, of the verb's count
    if cand.type != "ASSAULT" or verb.lemma_.lower() not in lex.word_set("interceptions"):
        return False
    if head.lemma_.lower() not in lex.word_set("projectiles"):
        return False
    national = any(c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"} for c in head.children)
    return national or head.lemma_.lower() in UNMANNED  # "a helicopter carrying monitors" may be anyone's


def _war_of_words(cand: Candidate, actor: Token | None, ctx: DocContext, recipient: Token | None = None) -> bool:
    """A clash between named people ("Trump and Zelenskyy clashed in the Oval Office"), a named
    person attacking another ("Sanders has attacked Clinton as being too cozy with Wall Street"):
    words exchanged, a criticism (CAMEO 111), not a fight; armed men clash with their hands."""
    lemma = cand.token.lemma_.lower()
    clash = lemma in ctx.lex.word_set("verbal_clashes")
    if not (clash or lemma in ctx.lex.word_set("verbal_attacks") or lemma == "fire") or actor is None:
        return False

    def unarmed_person(head: Token | None) -> bool:
        record = ctx.entities.best(phrase_span(head), head) if head is not None else None
        return record is not None and record.get("type") == "PERSON" and record.get("sector") not in {"MIL", "REB", "COP", "UAF"}

    if lemma == "fire":  # "Fox and Calderón fired back at Trump": a retort between named people
        retort = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in cand.token.children)
        return retort and unarmed_person(actor) and unarmed_person(recipient)
    if content_head(actor).lemma_.lower() in ctx.lex.word_set("messages"):
        return True  # "ads attacking Dewhurst", "an editorial attacked the plan": what they say
    return unarmed_person(actor) and (clash or unarmed_person(recipient))


def _electoral_win(cand: Candidate, actor: Token | None, ctx: DocContext, recipient: Token | None) -> bool:
    """One named person beating another ("the only guy who can beat Donald Trump is Ted Cruz",
    "Cruz beat Dewhurst"): a contest won, no beating (the police who beat protesters name no one)."""
    if cand.token.lemma_.lower() not in {"beat", "defeat"} or cand.trigger.pos != "V" or actor is None or recipient is None:
        return False

    def person(head: Token) -> bool:
        record = ctx.entities.best(phrase_span(head), head)
        return record is not None and record.get("type") == "PERSON" and record.get("sector") not in {"MIL", "REB", "COP", "UAF"}

    return person(recipient) and (person(actor) or content_head(actor).lemma_.lower() in {"guy", "candidate", "man", "woman", "one"})


def _called(verb: Token, subject: Token | None, reporter: Token | None) -> tuple[Token | None, Token | None]:
    """Who is called so and who calls ("rejected the proposal, calling it unacceptable"). Hung on a
    reported act ("the ministry said Ukrainian forces had attacked a gas facility, calling it a
    provocation"), the reporter calls, and "it" is the act, charged to its doer."""
    called = next((c for c in verb.children if c.dep_ == "dobj"), None)
    act = verb.head if verb.dep_ == "advcl" else None
    if act is not None and act.dep_ == "ccomp" and act.head.pos_ == "VERB":
        reporter = reporter or subject_of(act.head)[0]
        if called is not None and called.lower_ in {"it", "this", "that"}:
            called = subject_of(act)[0]
    return called, reporter or subject


def _reported_charge(cand: Candidate, lex: Lexicon) -> Candidate | None:
    """"The U.S. said Iran is defying the Council": besides Iran's defiance (a REJECT), the
    speaker's charge against Iran (CAMEO 112), a candidate of the blame frame."""
    alleged = cand.type not in {"ACCUSE", "REJECT"} and any(c.dep_ == "advmod" and c.lower_ == "allegedly" for c in cand.token.children)
    if cand.trigger.pos != "V" or cand.token.lemma_.lower() not in lex.word_set("reported_wrongs") and not alleged:
        return None  # (an act done "allegedly" is one charged: "Iranian officials allegedly offered to pay ...")
    trig = replace(cand.trigger, type="ACCUSE", mode="allege", cameo="112", frame="blame", weight=0.45, needs="")
    return Candidate(cand.token, trig, trig.type, trig.mode, trig.cameo, trig.weight)


def _breaks_a_norm(cand: Candidate, lex: Lexicon) -> bool:
    """A wrong whose object is a law or a norm ("violated immigration laws"), not a deal, a ban or
    a state's sovereignty."""
    objects = [content_head(c) for c in cand.token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in lex.word_set("norms") for o in objects)


def _backs_a_cause(cand: Candidate, lex: Lexicon, entities: EntityIndex) -> bool:
    """Backing a cause, not a party or its act ("we have to support renewable energies", "cites
    records to back its claims"): an opinion, no SUPPORT event."""
    token = cand.token
    if cand.type != "SUPPORT" or cand.trigger.pos != "V" or token.lemma_.lower() not in lex.word_set("backing_verbs"):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects:
        return False
    head = content_head(objects[0])
    backed = lex.word_set("welcomables") | lex.word_set("criticizables") | lex.word_set("agreements")
    # "support Turkey's efforts", "support the rights of Palestinians": a party's
    owners = [c for c in head.children if c.dep_ == "poss"] + prep_objects(head, ("of",))
    party = is_actor_like(objects[0], lex, entities) or any(is_actor_like(o, lex, entities) for o in owners)
    return not (party or head.lemma_.lower() in backed or _match_trigger(head, lex) is not None)


def _lone_talker(draft: Draft, cand: Candidate) -> bool:
    """Talk or fight with no one ("we are talking about a crisis", "you're talking about Ukraine?",
    "he's still fighting" of a jailed man): one person and no other party is speech or spirit,
    not a meeting or a battle."""
    head = draft.actor_head
    if draft.type not in {"CONSULT", "ASSAULT"} or cand.trigger.pos != "V" or cand.trigger.frame != "recip":
        return False
    partner = draft.recipient_head
    if partner is not None and not (partner.dep_ == "pobj" and partner.head.lower_ == "about"):
        return False  # a partner, not a topic ("I'm not talking about students")
    if head is None or head.lower_ == "they" or any(c.dep_ == "conj" for c in head.children):
        return False
    # "we": only talking about a topic ("we are talking about a crisis", not "we talked for hours")
    speaker = head.lower_ == "we" and any(c.dep_ == "prep" and c.lower_ == "about" for c in cand.token.children)
    lone = speaker or head.lower_ in {"he", "she", "i", "you"} or head.tag_ == "NNP" and head.ent_type_ not in {"GPE", "ORG", "NORP"}
    return lone and cand.token.lemma_.lower() in {"talk", "speak", "fight"}


def _rule_speaks(draft: Draft, lex: Lexicon) -> bool:
    """A standing rule that "mandates" or "requires" ("the constitution mandates that the president
    must be Muslim", "the law requires companies to register"): no party's demand."""
    head = draft.actor_head
    return draft.type == "REQUEST" and head is not None and content_head(head).lemma_.lower() in lex.word_set("standing_rules")


def _act_of_nature(draft: Draft, lex: Lexicon, cand: Candidate | None = None) -> bool:
    """A storm, flood or fire in the actor's place ("Cyclone Jude slammed into southern Africa",
    "houses destroyed by floods"), or animals killed: no party acts on another."""
    head = draft.actor_head
    if head is not None:
        words = {content_head(head).lemma_.lower()} | {c.lemma_.lower() for c in content_head(head).children if c.dep_ == "compound"}
        if "fire" in words and _gunfire(content_head(head).head.head, lex):
            words.discard("fire")  # "killed by Russian fire": gunfire
        if words & lex.word_set("disasters") or _storm_name(content_head(head), lex):
            return True
        if draft.type == "ASSAULT" and words & lex.word_set("animals"):
            return True  # "the animals change their behavior and they kill people": no party's attack
    victim = draft.recipient_head
    # "those who slaughter and butcher the dogs": the object the two verbs share
    verb = cand.token if cand is not None and cand.trigger.pos == "V" else None
    if victim is None and verb is not None:
        victim = next((o for c in verb.children if c.dep_ == "conj" for o in c.children if o.dep_ == "dobj"), None)
    # "millions of dogs are killed for their meat", "those who capture the dogs": animals slaughtered or caught
    if draft.type not in {"ASSAULT", "COERCE"} or victim is None:
        return False
    if draft.type == "COERCE" and verb is not None and prep_objects(verb, ("from",)):
        return False  # "police seized 200 dogs from the traders": the traders' goods
    heads = [content_head(victim), *prep_objects(content_head(victim), ("of",))]  # "millions of dogs"
    return any(h.lemma_.lower() in lex.word_set("animals") for h in heads)


#: the Doc's words that follow a storm word, found once per Doc (key in ``Doc.user_data``)
STORM_NAMES = "dateline.events.storm_names"


def _storm_name(head: Token, lex: Lexicon) -> bool:
    """A name the story gives a storm elsewhere ("Tropical Cyclone Chido ... was struck by Chido")."""
    if head.pos_ != "PROPN":
        return False
    doc, disasters = head.doc, lex.word_set("disasters")
    names = doc.user_data.get(STORM_NAMES)
    if names is None:  # once per Doc: every word that follows a storm word ("Cyclones Chido and Dikeledi")
        names = {
            tok.text: True for tok in doc[1:]
            if (prev := doc[tok.i - 1]).lemma_.lower() in disasters or prev.lower_.removesuffix("s") in disasters
        }  # (a dict of str, as Doc.to_bytes can write it)
        doc.user_data[STORM_NAMES] = names
    return head.text in names


def _sightseeing(draft: Draft, lex: Lexicon) -> bool:
    """A visit by private travellers ("tourists visited Vietnam", "foreigners visit hospitals"): no diplomacy."""
    head = draft.actor_head
    return draft.type == "CONSULT" and head is not None and content_head(head).lemma_.lower() in lex.word_set("sightseers")


def _threat_idiom(token: Token, lex: Lexicon) -> bool:
    """A warning whose content is a threat in so many words, no act named: "warned that the
    attackers will pay a heavy price", "warning that terrorists will not be spared", "those
    responsible will be punished" (CAMEO 130 "Threaten")."""
    for clause in (c for c in token.children if c.dep_ in {"ccomp", "xcomp"}):
        lemma = "spare" if clause.lower_ in {"spared", "spare", "spares"} else clause.lemma_.lower()  # (the tagger's "spar")
        objects = {content_head(c).lemma_.lower() for c in clause.children if c.dep_ == "dobj"}
        negated = any(c.dep_ == "neg" for c in clause.children)
        said = lemma == "pay" and "price" in objects or lemma == "spare" and negated or lemma == "punish" and not negated
        subject, _ = subject_of(clause)
        # (said of a foe, a state or a body, or "those responsible"; not "hikers will pay a high price")
        foe = subject is not None and (
            content_head(subject).lemma_.lower() in lex.word_set("hostile_agents")
            or content_head(subject).ent_type_ in {"GPE", "NORP", "ORG"}
            or any(c.lower_ == "responsible" for c in subject.subtree)
        )
        if said and foe:
            return True
    return False


def _ready_for_act(cand: Candidate, lex: Lexicon) -> bool:
    """An intention named by a noun of an act that does not count on its own ("ready for a
    ceasefire along the front line"): the readiness is the event (AGREE)."""
    if cand.trigger.pos != "A" or cand.trigger.type != "AGREE":
        return False
    return any(_match_trigger(o, lex) is not None for o in prep_objects(cand.token, ("for",)))


def build_event(cand: Candidate, ctx: DocContext) -> dict[str, Any] | None:
    """One contract event for a trigger, or None when it is no event (an appeal, a topic noun)."""
    lex = ctx.lex
    anchor = anchor_of(cand)
    clause = clause_context(anchor, lex)
    if clause.appealed:
        return None  # an appeal (CAMEO 02) is not a PLOVER event
    # (a party asked to do what no trigger names is requested still: "asked passengers to come forward";
    # not an order or a requirement: "ordered the newspaper to suspend publication" is the censorship's)
    # (an order told in the passive is the measure's: "the journalist was ordered to report to police")
    word = cand.token.lemma_.lower()
    asked = cand.type == "REQUEST" and word in ASKING and _urges_party(cand.token, lex, passive=word not in ORDERING)
    threat = cand.type == "THREATEN" and _threat_idiom(cand.token, lex)
    if cand.trigger.needs == "event" and not cand.inner and not _ready_for_act(cand, lex) and not cand.sense_applied and not asked \
            and not threat:
        return None
    inner = cand.inner[0] if cand.inner else None
    type_, mode, cameo, order_done = _reframe(cand, inner, lex)
    modality = modality_of(cand, anchor, clause, lex)
    draft = Draft(type_, mode, cameo, _is_negated(cand, anchor, lex) or modality == "denied", modality, cand.weight)
    if cand.trigger.needs == "neg=yes":
        draft.negated = False  # "not happy with Putin": the negation is the disapproval
    if draft.type in YIELD_MODE and _unwilling(anchor):
        # "he does not want to meet with Kim": a refusal, said (CAMEO 12 "Reject"), not talks that may come
        draft.type, draft.mode, draft.modality, draft.negated = "REJECT", YIELD_MODE[draft.type], "asserted", False
    if cand.trigger is BARRED and draft.modality == "hypothetical" and "can" in _aux_lemmas(anchor):
        draft.modality = "asserted"  # "I cannot be allowed to address my constituents": he is barred
    if draft.negated and cand.trigger.pos == "A" and draft.type == "ACCUSE" and cand.trigger.needs != "neg=yes":
        return None  # "I'm not concerned about": no disapproval at all, not a disapproval that did not happen
    quote = ctx.quote_at(cand.token.idx, cand.token)
    background = is_background(cand, anchor)
    args = arguments_of(cand, anchor, lex, ctx.entities, background, fallback=inner is None)
    called_on_report = cand.token.dep_ == "advcl" and cand.token.head.dep_ == "ccomp"
    if cand.trigger.pos == "V" and called_on_report and any(c.dep_ == "oprd" for c in cand.token.children):
        # "said Ukrainian forces had attacked a facility, calling it a provocation": the reporter calls
        args.recipient, args.actor = _called(cand.token, args.actor, None)
    _inner_arguments(cand, anchor, inner, order_done, args, draft, ctx)
    if draft.type == "REQUEST" and args.recipient is not None and _freed(args.recipient, lex):
        # "calls for Lai's release", "demanded the release of prisoners held by Israel": asked of
        # whoever holds them (named, or left to the story), not of the ones to be freed
        args.recipient, args.recipient_span = _captor(args.recipient), None
    if args.actor is None and cand.manner is not None:
        # "killed in a Russian missile strike", "wounded by Russian shelling": whose attack it was
        args.actor = arguments_of(cand.manner, anchor_of(cand.manner), lex, ctx.entities, background).actor
        args.actor_span = one_token_span(args.actor) if args.actor is not None and args.actor.i == cand.manner.token.i else None
    moved = lex.word_set("sent_forces") | lex.word_set("armed") | lex.word_set("weapons")
    forces = args.recipient is not None and args.recipient.dep_ == "dobj" and content_head(args.recipient).lemma_.lower() in moved
    if draft.type == "MOBILIZE" and forces:
        # "sent 25 warplanes into Taiwan's air defense zone": the forces moved are the mover's; the
        # recipient is where they go, or whose it is
        goal = next(iter(prep_objects(args.recipient.head, ("into", "to", "toward", "towards"))), None)
        owner = next((c for c in goal.children if c.dep_ == "poss"), None) if goal is not None else None
        args.recipient = owner or goal
    if draft.type == "MOBILIZE" and args.recipient is not None and not is_actor_like(args.recipient, lex, ctx.entities):
        args.recipient = None  # "launched a missile into the sea": a show of force at no party
    blame = cand.trigger.frame in {"blame", "demand", "complicit"}
    if blame:
        blamed = _complicit(cand, clause, quote, ctx) if cand.trigger.frame == "complicit" else _blamed(cand, clause, quote, ctx)
        charged_by_negation = cand.trigger.needs == "neg=yes"
        if blamed is None or draft.negated and cand.trigger.frame == "blame" and not charged_by_negation or clause.conditional:
            return None  # "must not" is still a demand
        draft.negated = False
        (args.actor, args.recipient), args.actor_span, args.recipient_span = blamed, None, None
        draft.modality = "asserted"  # the accusation is made, whatever the tense of the wrong
    aim = _aim_of(cand.token, lex)
    if aim is not None and args.actor is not None and args.actor.i == aim.i:
        # "our goal is to destroy ISIS": whose aim it is, not the aim
        args.actor, args.actor_span = next((c for c in aim.children if c.dep_ == "poss"), None), None
    holder = cand.trigger.pos == "N" and args.actor is not None and args.actor.i != cand.token.i
    if holder and args.actor is not None and not is_actor_like(args.actor, lex, ctx.entities):
        around = phrase_span(args.actor)
        if around.start <= cand.token.i < around.end:
            args.actor, args.actor_span = None, None  # "the failure of talks in Doha angered ...": the phrase holding the talks
    draft.actor_head, draft.actor_span = args.actor, args.actor_span
    if draft.type == "ASSAULT" and _war_of_words(cand, args.actor, ctx, args.recipient):
        draft.type, draft.mode, draft.cameo = "ACCUSE", "disapprove", None
    if draft.type == "ASSAULT" and _electoral_win(cand, args.actor, ctx, args.recipient):
        return None
    if args.recipient is not None and args.recipient.i == cand.token.i:
        args.recipient, args.recipient_span = None, None  # "braced for a new Russian offensive": the act is not its own target
    if cand.stands and args.recipient is None:
        args.recipient = _ended_against(cand.token)  # "to drop all charges against him": the parser hangs "against" on the verb
    counted = _counted_back(args.recipient, anchor) if args.recipient is not None else None
    if counted is not None:
        args.recipient, args.recipient_span = counted, None
    draft.recipient_head, draft.recipient_span = args.recipient, args.recipient_span
    if not blame:
        _apply_clause(draft, clause, cand)
        main = anchor.dep_ == "ROOT" or anchor.dep_ == "conj" and anchor.head.dep_ == "ROOT"  # (not "a reminder to Iraq that it must")
        if draft.modality == "demanded" and cand.type != draft.type == "REQUEST" and clause.reporter is None and quote is None and main:
            return None  # "if a person cannot afford an attorney, the government must provide one": the story explains a rule
    no_event = _inanimate_speaker(cand, draft, ctx) or _sightseeing(draft, lex) or _lone_talker(draft, cand) or _rule_speaks(draft, lex)
    no_event = no_event or _act_of_nature(draft, lex, cand)
    if no_event or _backs_a_cause(cand, lex, ctx.entities):
        return None  # "articles that violate the constitution"; "Chinese tourists visited Vietnam"
    if draft.cameo is None or draft.type != cand.type:
        draft.cameo = lex.cameo_for(draft.type, draft.mode)
    parties = _party_records(draft, cand, anchor, ctx, quote, clause.reporter)
    if parties is None:
        return None
    actor, recipient = parties
    head = draft.actor_head
    # a pronoun no one resolved ("they", "it"; a speaker's "we" and a person's "he" are placed) or a thing ("the database")
    unplaced = head is not None and _nobody(actor) and _nobody(recipient) and (
        head.pos_ == "PRON" and head.lower_ in {"it", "you", "they", "them"}
        or head.pos_ == "NOUN" and not is_actor_like(head, lex, ctx.entities)
    )
    if (QUAD[draft.type].startswith("verbal") or draft.type == "COOPERATE") and unplaced and not blame and quote is None:
        return None  # "They're talking about a lease", "the database rejected passport numbers": no party on either side
    said_by = _own_side_could(draft, anchor, clause, actor, ctx)
    if said_by is not None:
        # "Putin said Russia could strike Western countries": what one's own side could do, said, is a threat
        draft.mode = COERCE_THREAT_MODE.get(draft.mode or "", "restrict") if draft.type == "COERCE" else THREAT_MODE.get(draft.type)
        draft.type, draft.cameo, draft.modality = "THREATEN", lex.cameo_for("THREATEN", draft.mode), "asserted"
        actor = said_by
    announced = draft.type == "THREATEN" and cand.type in CONFLICT_ACTS and draft.modality == "future" and clause.reporter is not None
    own_act = draft.actor_head is not None and clause.reporter is not None and clause.reporter.i == draft.actor_head.i
    if announced and actor is not None and actor.get("country") and not own_act:
        # 'He said the Taliban "will be crushed" by Afghan security forces': the one who says what his
        # side will do threatens
        speaker = ctx.actor_record(clause.reporter, None, None, None)
        if speaker is not None and speaker.get("country") == actor["country"] and speaker.get("sector") == "GOV":
            actor = speaker
        elif speaker is not None and speaker.get("country") and speaker["country"] != actor["country"]:
            # "Officials in Kyiv said Russia would launch a new offensive": another side's act
            # foretold, not its threat (PLOVER THREATEN is the actor's own announcement)
            draft.type, draft.mode, draft.cameo = cand.type, cand.mode, cand.cameo
    if draft.type == "SANCTION" and actor is None and recipient is None and _halted_thing(cand, ctx):
        return None  # "flights at several airports were suspended": a halt, no one's measure against anyone
    press = any((r or {}).get("sector") in {"MED", "JRN"} for r in (actor, recipient))
    if draft.type == "CONSULT" and press and cand.token.lemma_.lower() in {"speak", "talk"}:
        return None  # "VOA spoke with Armitage", "a student who spoke with VOA": an interview, no meeting
    if blame and draft.actor_head is None and quote is not None:
        actor = ctx.speaker_record(quote)
    states = all((r or {}).get("sector") == "GOV" and (r or {}).get("country") for r in (actor, recipient))
    word = cand.token.lemma_.lower()
    restricted = [content_head(o) for o in [*prep_objects(cand.token, ("on",)), *(c for c in cand.token.children if c.dep_ == "dobj")]]
    traded = any(o.lemma_.lower() in lex.word_set("traded_things") or any(
        c.dep_ == "compound" and c.lemma_.lower() in lex.word_set("traded_things") for c in o.children) for o in restricted)
    economic = word in {"restriction", "restrict", "curb"} and (
        (recipient or {}).get("sector") in {"BUS", "GOV"} or traded  # "restrictions on the Chinese AI model", "on trophy imports"
        or bool((recipient or {}).get("span")) and not (recipient or {}).get("sector")
    )
    if draft.type == "COERCE" and (word in lex.word_set("ban_words") or economic) and _foreign_measure(actor, recipient):
        # "the EU banned Belarusian airlines from its airspace", "U.S. restrictions on Chinese business":
        # a state's ban on another's, or its restrictions on another's firms or state, are a sanction
        # (PLOVER SANCTION: sanctions, embargoes, bans); at home, or on people's travel, a restriction (COERCE)
        draft.type, draft.mode = "SANCTION", "discontinue"
        draft.cameo = lex.cameo_for("SANCTION", "discontinue")
    if draft.type == "PROTEST" and cand.trigger.pos == "N" and states:
        # "Tokyo lodged a protest with Pyongyang": one state's complaint to another (PLOVER.md: a
        # diplomatic protest is ACCUSE), not a demonstration
        draft.type, draft.mode, draft.cameo = "ACCUSE", "disapprove", lex.cameo_for("ACCUSE", "disapprove")
    if draft.type == "COOPERATE" and recipient is None and cand.token.lemma_.lower() in lex.word_set("exercise_nouns"):
        # "China held military drills around Taiwan": drills with no partner are a show of force (CAMEO 15)
        draft.type, draft.mode, draft.cameo = "MOBILIZE", "troops", lex.cameo_for("MOBILIZE", "troops")
    reporter, reporter_entity = clause.reporter, quote.get("speaker_entity") if quote else None
    if reporter_entity is None and reporter is not None and draft.actor_head is not None and reporter.i != draft.actor_head.i:
        reporter_found = ctx.entities.best(phrase_span(reporter), reporter)
        reporter_entity = reporter_found.get("id") if reporter_found else None
    sent = cand.token.sent
    return {
        "type": draft.type,
        "mode": draft.mode or None,
        "quad": QUAD[draft.type],
        "cameo": draft.cameo,
        "actor": actor,
        "recipient": recipient,
        "date": ctx.date_for([anchor, cand.token]),
        "place": ctx.place_for(sent, anchor, actor, recipient),
        "negated": draft.negated,
        "modality": draft.modality,
        "evidence": _evidence(sent),
        "confidence": _final_confidence(draft, cand, anchor, background, actor, lex),
        "reported_by": reporter_entity,
    }


def extract_events(
    doc: Doc, lexicon: Lexicon | None = None, min_confidence: float = 0.0, event_filter: EventFilter | None = None
) -> list[dict[str, Any]]:
    """PLOVER-coded events with actors, place, date, modality and evidence, in text order; the
    rules' candidates all, or those ``event_filter`` (ranker.py) keeps, with its confidence."""
    lex = lexicon or load_lexicon()
    if not doc.has_annotation("DEP"):
        return []
    cands = find_candidates(doc, lex)
    absorb_complements(cands, lex)
    cands += complicity_candidates(doc, lex)
    if not cands:
        return []
    ctx = DocContext(doc, lex)
    events: list[dict[str, Any]] = []
    seen: dict[tuple[Any, ...], int] = {}
    by_index = {c.token.i: c for c in cands}
    triggers: dict[int, Token] = {}  # id(event) -> its trigger, for the filter's features
    for cand in cands:
        if cand.absorbed:
            continue
        if cand.type == "REQUEST" and _protest_aim(cand, by_index):
            continue  # "demonstrated demanding reforms": the demand is the protest's aim (a PLOVER context)
        charge = _reported_charge(cand, lex)  # "X said Iran is defying ...": X's charge too
        # "violated immigration laws": a wrong charged, no defiance of a party's demand or deal
        ones = (cand,) if charge is None else (charge,) if _breaks_a_norm(cand, lex) else (cand, charge)
        for one in ones:
            event = build_event(one, ctx)
            if event is None or event["confidence"] < min_confidence:
                continue
            triggers[id(event)] = one.token
            actor_span = tuple(event["actor"]["span"]) if event["actor"] and event["actor"]["span"] else None
            key = (event["type"], actor_span, tuple(event["evidence"][0]), event["negated"])
            if key in seen and not two_acts(event, events[seen[key]], one.token, triggers.get(id(events[seen[key]]))):
                prior = events[seen[key]]
                events[seen[key]] = absorb(event, prior)  # "dispersed the crowd with tear gas": one event
                continue
            seen[key] = len(events)
            events.append(event)
    events = merge_retold(events, triggers)
    events = drop_mentions(events, triggers)
    share_arguments(events)
    armed = armed_mentions(ctx.entity_by_id.values())
    names = frozenset(i for i, e in ctx.entity_by_id.items() if e.get("type") in {"ORG", "PERSON", "GPE"} and i)
    align_irregulars(events, armed, names, ctx.names_own_country)
    retold_parties(events, triggers)
    carry_actors(events, armed)
    events = merge_retold(events, triggers)  # "held talks ..., but the meeting ended": its actor now known, one event
    place_victims(events, ctx.places)
    drop_home_withdrawals(events)
    answer_denials(events, triggers)
    answer_references(events, triggers)
    people_for_things(events)
    state_for_things(events)
    own_people_restricted(events)
    events = drop_kin_help(events, doc, lex)
    events = words_for_war(events, triggers, doc, lex)
    if event_filter is not None:
        events = event_filter.apply(doc, events, triggers)
    states = frozenset(i for i, e in ctx.entity_by_id.items() if e.get("type") in {"GPE", "NORP"})
    # (after the filter, whose features know only the recipients found in the text)
    aim_unaddressed(events, states, campaign_story(doc, lex))
    return events


def _protest_aim(cand: Candidate, by_index: dict[int, Candidate]) -> bool:
    """A demand made by protesting ("staged demonstrations to demand reforms", "blocked roads to
    press their demands"): the protest's aim, not an event of its own."""
    token = cand.token
    for _ in range(3):
        if token.dep_ not in {"advcl", "xcomp", "acl", "conj", "dobj", "pobj", "prep", "pcomp"} or token.head.i == token.i:
            return False
        token = token.head
        for tok in (token, *[c for c in token.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]):
            other = by_index.get(tok.i)
            if other is not None and other is not cand and other.type == "PROTEST":
                return True
    return False


def share_arguments(events: list[dict[str, Any]]) -> None:
    """Events of one type in one sentence are usually one happening told twice ("three soldiers
    were killed in an ambush by al-Shabaab fighters"): each fills a missing actor or recipient
    from the others."""
    groups: dict[tuple[str, tuple[int, int]], list[dict[str, Any]]] = {}
    for event in events:
        if event["negated"]:
            continue
        groups.setdefault((event["type"], tuple(event["evidence"][0])), []).append(event)
    for group in groups.values():
        if len(group) < 2:
            continue
        for event in group:
            for role, other_role in (("actor", "recipient"), ("recipient", "actor")):
                if event[role] is not None and event[role].get("span"):
                    continue  # named in this event (an implied party gives way to a named one)
                taken = (event[other_role] or {}).get("span")
                for other in group:
                    candidate = other[role]
                    if other is event or candidate is None or not candidate.get("span"):
                        continue
                    if taken and candidate["span"][0] < taken[1] and taken[0] < candidate["span"][1]:
                        continue
                    event[role] = dict(candidate)
                    break


class EventsComponent:
    def __init__(
        self, nlp: Language, name: str, min_confidence: float = 0.0, learned_filter: bool = True, drop_unlikely: bool = False
    ) -> None:
        self.name = name
        self.min_confidence = min_confidence
        # ranker.py: None when off or no filter.json is shipped
        self.event_filter = load_filter(drop=drop_unlikely) if learned_filter else None
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lexicon, self.min_confidence, self.event_filter)
        return doc


@Language.factory(
    "dateline_events",
    assigns=["doc._.events"],
    requires=["doc._.entities", "doc._.places", "doc._.times", "doc._.clause_dates"],
    default_config={"min_confidence": 0.0, "learned_filter": True, "drop_unlikely": False},
)
def make_events(nlp: Language, name: str, min_confidence: float, learned_filter: bool, drop_unlikely: bool) -> EventsComponent:
    extensions.register()
    return EventsComponent(nlp, name, min_confidence, learned_filter, drop_unlikely)
