"""Event arguments from the dependency parse: actor and recipient phrases, coded with country
and sector from doc._.entities (by character overlap) or, failing that, the lexicon's tables.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from spacy.tokens import Span, Token

from dateline.nlp.events.lexicon import Lexicon
from dateline.nlp.words import pronouns

SUBJECT_DEPS = {"nsubj", "csubj"}
#: what is claimed or taken for an act ("claimed credit for attacking", "took responsibility for
#: the bombing"): the subject did the act, not the thing claimed
CLAIMED = frozenset({"credit", "responsibility", "blame"})
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "dative", "obj", "iobj"}
#: right-hand dependents that belong to an actor phrase ("the General Command of the Armed Forces")
PHRASE_RIGHT_DEPS = {"compound", "flat", "nmod", "nummod", "appos", "amod"}
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
#: pronouns from the shared table (data/common/pronouns.tsv): relative, first person, and every
#: personal or relative pronoun that can stand where an actor's name would
RELATIVE = pronouns(uses="relative")
FIRST_PERSON = pronouns(persons="1", uses=("subject", "object", "possessive"))
#: "they"/"their" and "it"/"its": third-person pronouns the entities component leaves unresolved
PLURAL_THIRD = pronouns(persons="3", numbers="pl", uses=("subject", "object", "possessive"))
NEUTER_THIRD = pronouns(persons="3", genders="n", uses=("subject", "object", "possessive"))
PRONOUNS = pronouns(persons=("1", "3"), uses=("subject", "object", "possessive")) | RELATIVE
#: prepositions introducing the recipient, by event type ("" = any type)
RECIPIENT_PREPS: dict[str, tuple[str, ...]] = {
    "": ("against", "with", "on", "upon", "to", "toward", "towards", "at", "into"),
    "AID": ("to", "for"),
    "ASSAULT": ("of",),  # "got rid of the militants"
    "SANCTION": ("on", "against", "from", "to"),
    "SUPPORT": ("for", "with", "to", "behind", "around"),  # "rallied behind / around Zelenskyy"
    "COOPERATE": ("alongside",),  # "fought alongside Russian forces"
    "ACCUSE": ("against", "of", "on", "into", "for"),  # "an arrest warrant for Putin"
    "REQUEST": ("from", "of", "on", "to"),
    "RETREAT": ("to", "from"),
}
#: nouns whose "of" object is the one acted on ("arrest of", "release of") vs the one acting
PATIENT_OF_TYPES = {"COERCE", "ASSAULT", "SANCTION", "ACCUSE", "SUPPORT", "AID"}
#: heads that only count or group the people named by their "of" object ("dozens of protesters",
#: "a group of Yoruba leaders"): the actor is the object, the phrase keeps the quantity
QUANTITY_HEADS = {
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "score", "worth",
    "scores", "some", "many", "several", "most", "all", "few", "number", "group", "couple", "handful",
    "crowd", "band", "gang", "team", "unit", "contingent", "batch", "member", "members", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "each", "both", "none", "any",
    "more", "majority", "part", "rest", "tens", "delegation",
}


def phrase_span(head: Token) -> Span:
    """The noun phrase headed by ``head``, without relative clauses, conjuncts or trailing punct."""
    doc = head.doc
    start = head.left_edge.i
    # left edge may reach into a conjunction/punct attached to the head: keep from the first
    # token that is not punctuation or a coordinator
    while start < head.i and (
        doc[start].dep_ in {"punct", "cc", "prep", "mark"} or doc[start].tag_ == "VBG" and doc[start].dep_ == "compound"
    ):
        start += 1  # (nor the parser's "[Underlining India]'s naval cooperation")
    for child in head.lefts:  # the parser's "[Starmer hosted] European leaders": a clause read as a modifier is no part of it
        if child.dep_ == "amod" and child.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in child.children):
            start = max(start, child.i + 1)
    end = head.i + 1
    for child in head.rights:
        # "the army of Ukraine", not "accused Zelenskyy of gambling": a person's name ends at the name
        if child.dep_ == "prep" and child.lower_ == "of" and not _charged_with(head):
            # "a group of Russian agents (who were planning to kill a general)": the object's own phrase
            clauses = [c for g in child.children if g.dep_ == "pobj" for c in g.rights if c.dep_ == "relcl"]
            end = max(end, clauses[0].left_edge.i if clauses else child.right_edge.i + 1)
        elif child.dep_ in PHRASE_RIGHT_DEPS:
            if any(not t.is_punct for t in doc[end : child.left_edge.i]):
                break  # "the air force said Russia fired ..., the largest attack": an apposition far off is no part of it
            end = max(end, child.right_edge.i + 1)
        else:
            break
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _charged_with(head: Token) -> bool:
    """A name whose "of" phrase says what it is charged with ("accused Kellogg of bias")."""
    charged = head.dep_ == "dobj" and head.head.lemma_.lower() in {"accuse", "suspect", "convict", "acquit", "charge"}
    # ... or whose "of" phrase is a deed ("convicted three men of spying for Israel")
    deed = any(
        g.dep_ in {"pobj", "pcomp"} and g.tag_ == "VBG" for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    )
    return head.ent_type_ == "PERSON" or charged and (head.pos_ == "PROPN" or deed)


class EntityIndex:
    """Entity mentions ordered by start offset, for lookups by character overlap."""

    def __init__(self, entities: list[dict[str, Any]]) -> None:
        rows = []
        for entity in entities or []:
            for mention in entity.get("mentions") or []:
                if isinstance(mention, (list, tuple)) and len(mention) == 2 and isinstance(mention[0], int):
                    rows.append((mention[0], mention[1], entity))
        rows.sort(key=lambda r: (r[0], -r[1]))
        self.rows = rows
        self.starts = [r[0] for r in rows]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, dict[str, Any]]]:
        hits = []
        i = bisect_right(self.starts, end) - 1
        while i >= 0:
            s, e, _entity = self.rows[i]
            if e > start and s < end:
                hits.append(self.rows[i])
            if start - s > 400:  # mentions are short: no need to scan further back
                break
            i -= 1
        return hits

    def best(self, span: Span, head: Token) -> dict[str, Any] | None:
        """The entity of the mention covering the head word, else the most informative overlap."""
        hits = self.overlapping(span.start_char, span.end_char)
        if not hits:
            return None
        head_hits = [h for h in hits if h[0] <= head.idx < h[1]]
        pool = head_hits or hits

        def rank(hit: tuple[int, int, dict[str, Any]]) -> tuple[int, int, int]:
            entity = hit[2]
            return (
                int(bool(entity.get("country"))) + int(bool(entity.get("sector"))),
                int(entity.get("type") in {"PERSON", "ORG", "GPE"}),
                hit[1] - hit[0],
            )

        return max(pool, key=rank)[2]


def nationality_country(tokens: Span | list[Token], lex: Lexicon) -> str | None:
    """The first country named in the tokens: "Russian", "the United States", "Kiev" -> ISO3."""
    words = list(tokens)
    n = len(words)
    for i in range(n):
        for size in range(min(lex.max_nationality_words, n - i), 0, -1):
            text = " ".join(t.text for t in words[i : i + size])
            code = lex.nationalities.get(text)
            if code is None and size == 1:
                tok = words[i]
                if tok.text.endswith("s") and tok.text[:1].isupper():  # "Russians", "Americans"
                    code = lex.nationalities.get(tok.text[:-1])
                if code is None and tok.text.endswith("'s"):
                    code = lex.nationalities.get(tok.text[:-2])
            if code and _made_in(words, i + size):
                continue  # "Iranian-made drones", "U.S.-supplied missiles": who made them, not who fires them
            if code:
                return code
    return None


#: "X-made", "X-supplied": a nationality that names where a thing comes from, not whose it is
MADE_WORDS = frozenset({"made", "built", "supplied", "produced", "manufactured", "designed", "provided", "donated", "trained"})


def _made_in(words: list[Token], after: int) -> bool:
    return after + 1 < len(words) and words[after].text == "-" and words[after + 1].lower_ in MADE_WORDS


def _state_name(span: Span, lex: Lexicon) -> bool:
    """The phrase is a state's or its capital's name ("Kyiv", "the Kremlin"), not its people's ("Malaysians")."""
    return " ".join(t.text for t in span if t.dep_ != "det") in lex.state_names


def igo_named(span: Span, lex: Lexicon) -> str | None:
    """IGO when the phrase names an intergovernmental body ("the U.N. Security Council", "G7")."""
    text = span.text
    for name in lex.word_set("igo_names"):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                return "IGO"
            at = text.find(name, at + 1)
    return None


def noun_sector(tokens: Span | list[Token], lex: Lexicon) -> str | None:
    """The sector of the phrase's last agent noun ("riot police" -> COP, "President Putin" ->
    GOV); a head of unknown sector gives way to the words before it ("the separatist militant
    group" -> REB)."""
    words = [t for t in tokens if t.is_alpha or "-" in t.text]
    unknown = None
    for i in range(len(words) - 1, -1, -1):
        lemma = words[i].lemma_.lower()
        pair = f"{words[i - 1].lemma_.lower()} {lemma}" if i > 0 else ""
        found = lex.sectors.get(pair) or lex.sectors.get(lemma) or lex.sectors.get(words[i].lower_)
        if found == "UNK":
            unknown = found
        elif found:
            return found
    return unknown


def one_token_span(token: Token) -> Span:
    return token.doc[token.i : token.i + 1]


def is_pronoun(token: Token) -> bool:
    """A pronoun standing where a party's name would ("they", "its"), not a capitalized
    abbreviation that spells like one ("US")."""
    return token.pos_ == "PRON" or token.lower_ in PRONOUNS and not (len(token.text) > 1 and token.text.isupper())


def code_actor(span: Span, head: Token, lex: Lexicon, entities: EntityIndex) -> dict[str, Any]:
    """A contract actor record for the phrase: entity id, text, span, country, sector."""
    entity = entities.best(span, head)
    words = list(span)
    if entity and entity.get("type") in {"NORP", "GPE"} and any(_made_in(words, k) for k in range(len(words))):
        entity = None  # "Iranian-made drones": where they were made, not whose they are
    country = entity.get("country") if entity else None
    sector = entity.get("sector") if entity else None
    named = igo_named(span, lex) or nationality_country(span, lex)
    if named and (not country or not entity or entity.get("type") != "PERSON"):
        country = named  # what the phrase itself names ("EU officials") before a linked guess
    if country in lex.word_set("igo_codes"):
        country = "IGO"
    if not sector:
        sector = noun_sector(span, lex)
        if sector is None and entity and entity.get("role"):
            sector = lex.sectors.get(str(entity["role"]).lower())
    state_name = head.ent_type_ == "GPE" or head.pos_ == "PROPN" and _state_name(span, lex)
    if not sector and country and len(span) <= 3 and state_name:
        # a country acting as such ("Russia announced") is its government; so is a capital the
        # tagger left unnamed ("Moscow accused Kyiv of ...")
        sector = "GOV"
    if not sector and head.lemma_.lower() in lex.word_set("state_nouns"):
        sector = "GOV"  # "its northern neighbor", "the two countries": states acting
    if span.text in lex.word_set("bloc_names"):
        country, sector = "IGO", sector or "GOV"  # "Europe retaliated": the European Union
    body = _spoken_for(head, entities) if head.lemma_.lower() in SPOKESPEOPLE else None
    if body is not None:  # "an ICE spokesperson", "the spokesman for the army": the body's own side
        country, sector = body.get("country") or country, body["sector"]
    group = _group_of(head, entities)
    if group is not None and (entity is None or entity.get("type") != "PERSON" or entity.get("sector") in (None, "GOV")):
        # "the fugitive leader of ISIS", "one of the group's senior commanders": the group's side
        country, sector = group.get("country") or country, group["sector"]
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.lemma_.lower() in lex.word_set("relational_nouns") and owner is not None:
        # "Kyiv's allies", "Russia's neighbors": others than the owner, of no country it names
        country = nationality_country([t for t in span if not owner.left_edge.i <= t.i <= owner.right_edge.i], lex)
        owner = None
    if not named and owner is not None and (entity is None or entity.get("type") != "PERSON"):
        # "his administration", "Trump's envoy": the country of whose it is, not the story's
        owned = entities.best(one_token_span(owner), owner)
        if owned is not None and owned.get("country") and owned.get("type") in {"PERSON", "ORG", "GPE"}:
            country = owned["country"]
    home_side = sector in {"GOV", "COP", "JUD", "LEG", "CVL"} and head.pos_ == "NOUN" and not named
    where = [o for c in head.rights if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
             if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    if home_side and where:
        # "officials in Kyiv", "authorities in Beijing": a state's own people where they are
        place = entities.best(one_token_span(where[0]), where[0])
        country = (place or {}).get("country") or country
    posted = head.lemma_.lower() in lex.word_set("diplomats") | {"mission", "delegation"}
    if owner is not None and posted and country == "IGO":
        # "Iran's U.N. mission", "his U.N. ambassador": a state's post at the body, the state's
        owned = entities.best(one_token_span(owner), owner)
        mine = (owned or {}).get("country") or nationality_country([owner], lex)
        if mine and mine != "IGO" and mine not in lex.word_set("igo_codes"):
            country = mine
    return {
        "entity": entity.get("id") if entity else None,
        "text": span.text,
        "span": [span.start_char, span.end_char],
        "name": entity.get("name") if entity else None,
        "country": country,
        "sector": sector,
    }


#: sectors of organizations whose members or leaders act as the organization, not as officials
MEMBER_SECTORS = frozenset({"REB", "UAF", "INS", "PTY"})


#: who speaks for a body and is coded as that body
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})


def _spoken_for(head: Token, entities: EntityIndex) -> dict[str, Any] | None:
    """The body a spokesperson speaks for, with a sector: a modifier ("an ICE spokesperson", "the
    army's spokesman") or a "for"/"of" object ("a spokesman for the ministry")."""
    owners = [c for c in head.children if c.dep_ in {"compound", "poss", "amod"} and c.pos_ in {"PROPN", "NOUN"}]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        found = entities.best(phrase_span(owner), owner)
        if found is not None and found.get("sector"):
            return found
    return None


def _group_of(head: Token, entities: EntityIndex) -> dict[str, Any] | None:
    """The armed group or party a role noun belongs to ("leader of ISIS", "the group's commanders",
    "one of the Islamic State's leaders"), from the entities: None when it names none."""
    inner = content_head(head)
    for noun in {head, inner}:
        if noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "GPE"}:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"] + [
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        for owner in owners:
            found = entities.best(one_token_span(owner) if owner.n_lefts + owner.n_rights == 0 else phrase_span(owner), owner)
            if found is not None and found.get("sector") in MEMBER_SECTORS:
                return found
    return None


def content_head(token: Token) -> Token:
    """The word that names who is meant: "dozens of protesters" -> protesters, else the token."""
    if (
        token.lower_ in QUANTITY_HEADS
        or token.lemma_.lower() in QUANTITY_HEADS
        or token.like_num
        or token.ent_type_ in {"CARDINAL", "QUANTITY"}
    ):
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for grand in child.children:
                    if grand.dep_ == "pobj" and grand.pos_ in {"NOUN", "PROPN", "PRON"}:
                        return grand
    return token


#: verbs that link a subject to a state ("stands accused", "remains detained")
LINKING_VERBS = frozenset({"stand", "remain", "stay", "become", "get", "seem", "appear", "lie", "sit"})


def _got_rid(verb: Token) -> bool:
    """"forces got rid of the militants": parsed as a passive, an act of its subject."""
    return verb.lower_ == "rid" and any(c.dep_ == "auxpass" and c.lemma_ == "get" for c in verb.children)


#: verbs whose object does what their to-clause says ("urged both sides to stop fighting"),
#: unlike a purpose ("used tear gas to disperse them", "summoned the envoy to complain")
OBJECT_CONTROL = {
    "urge", "ask", "call", "appeal", "order", "force", "compel", "tell", "persuade", "pressure",
    "press", "push", "allow", "permit", "enable", "encourage", "invite", "instruct", "direct", "require",
    "request", "beg", "advise", "authorize", "authorise", "help", "prompt", "expect", "want", "hire", "oblige",
    "prevail", "implore", "exhort", "coerce", "drive", "get", "lead", "warn",
}


def _object_controller(verb: Token) -> Token | None:
    """Who a verb of asking, ordering or forcing wants to act: its object ("urged Kyiv to",
    "forced the army to", "called on the rebels to"), else None."""
    if verb.lemma_.lower() not in OBJECT_CONTROL or verb.pos_ not in {"VERB", "AUX"}:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and verb.lemma_.lower() in {"call", "appeal", "prevail"}:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}]
        objects = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    return objects[0] if objects else None


#: attack nouns a relative clause about the attack may be hung below ("the bombing of a clinic that killed")
ATTACK_HOLDERS = frozenset({"bombing", "attack", "explosion", "blast", "shooting", "strike", "airstrike", "raid", "assault", "shelling"})


def _antecedent(head: Token, relative: Token) -> Token:
    """What a relative pronoun stands for when the parser hangs its clause on the nearest noun:
    "who" is a person, not the place after "from" ("guerrillas from Anlong Veng, who have formed
    an alliance": the guerrillas); the attack, not what it hit ("the bombing of a clinic that
    killed an officer": the bombing)."""
    holder = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    if holder is None or holder.pos_ not in {"NOUN", "PROPN"}:
        return head
    place = head.ent_type_ in {"GPE", "LOC", "FAC"}
    if relative.lower_ == "who" and place and head.head.lower_ in {"from", "in", "of"}:
        return holder
    if relative.lower_ in {"that", "which"} and head.head.lower_ == "of" and holder.lemma_.lower() in ATTACK_HOLDERS:
        return holder
    return head


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject (climbing xcomp/conj chains for shared subjects) and whether it is passive."""
    seen = 0
    token: Token | None = verb
    rootless = verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"}
    if rootless and (any(c.dep_ == "dobj" for c in verb.children) or verb.tag_ == "VBD" and verb.head.i < verb.i):
        # the parser's "[Hungary, which depends on ..., accused] Kyiv", "[The pope called] on both
        # sides to ...": no main verb but this one (a finite past, not a participle)
        return verb.head, False
    root = verb.sent.root
    # "Ukraine's delegation, led by Defense Minister Rustem Umerov, called for ...": a finite verb the
    # parser hung inside the subject's apposition, in a sentence with no main verb but a noun
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and root.pos_ in {"NOUN", "PROPN"} and root.i < verb.i and verb.head.i != root.i:
        return root, False
    # "X is dead, killed in an airstrike": a bare participle's borrowed subject is what it was done to
    bare = not any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in verb.children)
    participle = verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"} and bare
    # "avoided a hit but was struck by Chido": a shared subject of a passive conjunct is its patient
    participle = participle or verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children)
    # "Carter agonized over embassy workers [held] hostage by Iran": the parser's conjunct with a "by" agent is a participle
    participle = participle or verb.dep_ == "conj" and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    # "Lai stands accused of collusion", "he remains detained": a participle after a linking verb
    participle = participle or verb.tag_ == "VBN" and verb.dep_ in {"acomp", "xcomp", "oprd"} and verb.head.lemma_ in LINKING_VERBS
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and verb.dep_ == "relcl" and verb.head.dep_ == "attr" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return subject_of(verb.head.head)  # "the Kurdish-led administration was the first to reject the constitution"
    if to is not None and bare is False and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "a proposal for the Security Council to lift sanctions": the parser hangs "for X" on the head
        for prep in verb.head.children:
            objects = [c for c in prep.children if c.dep_ == "pobj"] if prep.dep_ == "prep" and prep.lower_ == "for" else []
            if objects and objects[0].right_edge.i + 1 == to.i and objects[0].ent_type_ not in NOT_ACTORS:
                return objects[0], False  # (not "lived there for a decade to return")
    gerund = False  # climbed from "after apologizing": the borrowed subject does the gerund's act
    while token is not None and seen < 6:
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS and (_dateline(child) or resumptive(child)):
                continue  # "KYIV, Ukraine (AP) — A Russian missile attack ... killed": where the story was filed
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE and token.dep_ == "relcl":
                    return _antecedent(token.head, child), False  # "a state that continues to fight" -> the state
                if child.lower_ in RELATIVE:
                    rel = token
                    while rel.dep_ != "relcl" and rel.head.i != rel.i:
                        rel = rel.head
                    if rel.dep_ == "relcl":
                        return rel.head, False
                # the parser's "[Presidents] [Donald Trump and Vladimir Putin] spoke": the name, not its title
                named = next((c for c in token.children if c.dep_ == child.dep_ and c.left_edge.i == child.i + 1), None)
                if named is not None and named.pos_ == "PROPN":
                    child = named
                return child, participle and token is not verb
            if child.dep_ in PASSIVE_SUBJECT_DEPS:
                if gerund:
                    return child, False  # "Mech Dara was released after apologizing to Hun Sen": he apologized
                if token is not verb and verb.dep_ == "xcomp" and verb.head.i == token.i and verb.tag_ == "VBN" and to is None:
                    return child, True  # "51 people were reported killed in clashes": what was done to them
                if token is not verb and verb.dep_ == "xcomp" and verb.head.i == token.i:
                    return child, False  # "Trump is scheduled to visit Kyiv", "Hamas was urged to free ...": who would do it
                if token is not verb and verb.dep_ == "advcl" and to is not None and verb.head.i == token.i:
                    return child, False  # "troops have been deployed to Kursk to fight against Ukrainian forces": the troops
                return child, not _got_rid(token)
        for child in token.children:
            if child.dep_ in {"aux", "auxpass"}:
                # "Iran is “flagrantly” defying": a quote mark can hang the subject on the auxiliary
                inner = next((g for g in child.children if g.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
                if inner is not None:
                    return inner, child.dep_ == "auxpass" or inner.dep_ in PASSIVE_SUBJECT_DEPS
        if token.dep_ == "xcomp" and token.head.i != token.i and (controller := _object_controller(token.head)) is not None:
            return controller, False  # "urged both sides to stop fighting": both sides would stop
        pressed = token.dep_ == "pcomp" and token.head.lower_ == "into" and token.head.dep_ == "prep"
        if pressed and (controller := _object_controller(token.head.head)) is not None:
            return controller, False  # "to pressure Moscow into agreeing to a ceasefire": Moscow would agree
        if token is verb and _said_and_did(verb):
            token = verb.head.head  # "the ministry said fragments had fallen ... and summoned the ambassador"
            seen += 1
            continue
        if token.dep_ in {"xcomp", "conj", "acomp", "advcl"} and token.head.i != token.i:
            token = token.head
            seen += 1
            continue
        if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.dep_ == "prep":
            if token.head.lower_ in {"after", "before", "following"} and not any(c.dep_ in {"dobj", "prep"} for c in token.children):
                return None, False  # "the plant lost power after shelling": whose shelling it was is not said
            prep, token = token.head, token.head.head  # "In announcing the sanctions, Blinken said": Blinken announced
            gerund = True
            if prep.lower_ == "for" and token.dep_ == "dobj" and token.pos_ in {"PROPN", "NOUN"}:
                return token, False  # "praising ECOWAS for activating its force" (the parser's [ECOWAS for ...])
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if not objects and prep.lower_ == "for":  # "railed against Republicans for refusing": the Republicans refused
                objects = [o for o in prep_objects(token, ("against", "at")) if o.pos_ in {"PROPN", "NOUN"}]
            punished = [o for c in objects if c.lemma_.lower() in PUNISHMENTS for o in prep_objects(c, ("on", "against"))]
            punished += [o for o in prep_objects(token, ("on", "against")) if objects and objects[0].lemma_.lower() in PUNISHMENTS]
            if prep.lower_ == "for" and punished:
                return punished[0], False  # "imposed sanctions on two Chinese companies for supplying drone parts": they supplied
            if objects and prep.lower_ in {"of", "for", "with"} and objects[0].lemma_.lower() not in CLAIMED:
                return objects[0], False  # "accused the Taliban of plotting the attack": the Taliban plotted
            charged = next((c for c in token.children if c.dep_ == "nsubjpass"), None) if prep.lower_ in {"of", "for", "with"} else None
            if not objects and charged is not None and charged.lower_ not in RELATIVE:
                return charged, False  # "Paris was accused of aiding rebels": Paris aided
            if not objects and prep.lower_ == "of" and token.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in token.children):
                before = token.doc[token.left_edge.i - 1]  # the parser may hang the clause on "a case against soldiers"
                return (before if before.pos_ in {"NOUN", "PROPN"} else token.head), False  # "soldiers it accused of killing civilians"
            seen += 1
            continue
        if token.dep_ == "relcl":  # "the army, which withdrew" -> the army
            return token.head, False
        if token is verb and participle and verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children):
            return verb.head, True  # "a building hit by a Russian drone": what it was done to
        planned = verb.dep_ == "acl" and verb.head.lemma_.lower() in OWN_ACT_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        )
        if token is verb and planned:  # "Germany's plan to rearm", "Germany announced plans to rearm": Germany's
            owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
            owner = owner or next(iter(prep_objects(verb.head, ("by",))), None)  # "the decision by Germany to supply"
            if owner is not None:
                return owner, False
            if verb.head.dep_ == "dobj" and verb.head.head.i != verb.head.i:
                return subject_of(verb.head.head)
            break
        if token is verb and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
            place = verb.head.ent_type_ in {"GPE", "LOC", "FAC"} or verb.head.lemma_.lower() in PLACE_NOUNS
            if place and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
                return subject_of(verb.head.head.head)  # "marched through the capital chanting slogans": the marchers
            return verb.head, False  # "European leaders, meeting in Berlin, said ...", "a declaration demanding ..."
        break
    return None, False


#: nouns of places that do nothing themselves ("marched through the capital chanting slogans")
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "street", "square", "road", "highway", "area", "region", "border"})


#: nouns of one's own intended act ("Germany's plan to rearm"), not of another's ("an ultimatum to
#: Ecuador to halt attacks", "an invitation to attend")
OWN_ACT_NOUNS = frozenset({
    "plan", "intention", "bid", "decision", "effort", "attempt", "scheme", "readiness", "willingness",
    "determination", "pledge", "promise", "vow", "threat", "proposal", "move", "push", "refusal",
})


def resumptive(noun: Token) -> bool:
    """A noun after a comma that sums up the clause before it for a relative clause to judge
    (", a charge Moscow denied", ", a demand Kyiv rejected"): the act it names is that clause's."""
    if noun.pos_ != "NOUN" or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return False
    if noun.dep_ in {"npadvmod", "appos", "dobj", "attr"}:
        return any(c.dep_ == "relcl" for c in noun.children)
    # the parser's "[a demand] [Kyiv] rejected": the noun as a first subject of the verb after it
    return noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children)


#: measures laid "on" a party "for" what it did ("imposed sanctions on X for supplying ...")
PUNISHMENTS = frozenset({"sanction", "tariff", "penalty", "fine", "ban", "restriction", "embargo", "duty"})


def _dateline(token: Token) -> bool:
    """The place-name dateline opening a wire story ("KYIV, Ukraine (AP) —"), which the parser may
    take for a subject: capitals at the start of a sentence, a comma, bracket or dash after."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.i == token.sent.start and token.is_upper and len(token) > 2 and nxt is not None and nxt.text in {",", "(", "—", "–", "--"}


#: what a speaker does beside speaking ("said ... and urged allies", "said ... and summoned the ambassador")
SPEAKERS_ACTS = frozenset({
    "urge", "summon", "call", "demand", "accuse", "condemn", "praise", "warn", "vow", "pledge", "ask",
    "appeal", "criticize", "criticise", "welcome", "denounce", "blame", "promise", "deny", "reject", "dismiss",
})
SAYING_VERBS = frozenset({"say", "tell", "add", "state", "write"})


def _said_and_did(verb: Token) -> bool:
    """A speaker's act the parser hung on the reported clause instead of on "said" ("Zelenskyy said
    the strike showed that Russia was not interested in peace and urged allies ..."): a conjunct
    of a clause reported by a saying verb, itself a speaker's act, with no subject of its own."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in SPEAKERS_ACTS or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    clause = verb.head
    while clause.dep_ == "ccomp" and clause.head.lemma_.lower() not in SAYING_VERBS and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAYING_VERBS and clause.lemma_.lower() not in SPEAKERS_ACTS


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive verb ("was shelled by the army" -> army), or the one it shares
    with a passive verb coordinated after it ("was orchestrated and directed by ringleaders")."""
    for holder in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")):
        for child in holder.children:
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    # the parser's "designated as [a terrorist organization by the United States]": a "by" closing
    # the verb's "as" phrase (the organization is not designated by anyone)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            by = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"]
            if by:
                return next((g for g in by[-1].children if g.dep_ == "pobj"), None)
    return None


def is_actor_like(token: Token, lex: Lexicon, entities: EntityIndex) -> bool:
    """A phrase head that can be a political actor: a name, a pronoun, an agent noun, a country."""
    token = content_head(token)
    if token.ent_type_ in NOT_ACTORS or token.like_num:
        return False
    if token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    lemma = token.lemma_.lower()
    if (
        lemma in lex.sectors
        or token.lower_ in lex.nationalities
        or lemma in lex.word_set("people_nouns")
        or lemma in lex.word_set("political_bodies")
        or lemma in lex.word_set("bodies_of_abstract_form")
    ):
        return True
    if token.is_alpha and len(token.text) >= 3 and token.text.isupper():
        return True  # an acronym: "ECOWAS", "NISA"
    if lemma == "head" and any(is_actor_like(o, lex, entities) for o in prep_objects(token, ("of",))):
        return True  # "heads of private companies", "the head of the agency": a party's leaders
    if entities.overlapping(token.idx, token.idx + len(token.text)):
        return True
    return any(c.dep_ in {"amod", "compound"} and c.text in lex.nationalities for c in token.children)


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions in ``preps``, in the order of ``preps``."""
    found: list[tuple[int, Token]] = []
    for child in token.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            for grand in child.children:
                if grand.dep_ == "pobj" and content_head(grand).ent_type_ not in NOT_ACTORS:
                    found.append((preps.index(child.lower_), grand))
    found.sort(key=lambda f: f[0])
    return [g for _, g in found]


def conjuncts(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "conj"]


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of the relative clause it opens
    ("the Shipping Lines, which itself is sanctioned" -> "Lines"), or None outside one."""
    token = pronoun
    while token.dep_ != "relcl":
        if token.head is token or token.dep_ in ("ROOT", "ccomp", "advcl"):
            return None
        token = token.head
    antecedent = token.head
    return antecedent if antecedent.pos_ in ("NOUN", "PROPN") else None


def _agrees(token: Token, plural: bool) -> bool:
    """A noun that a plural ("they") or neuter singular ("it") pronoun can stand for."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ in {"PERSON", "DATE", "TIME", "CARDINAL", "MONEY"}:
        return False
    many = token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in token.children)
    if plural and not many and token.ent_type_ in {"ORG", "NORP"} and token.dep_ in {"nsubj", "nsubjpass"}:
        # "If the Taliban are sincere, they must ...": a named group its own verb makes plural
        verbs = [token.head] + [c for c in token.head.children if c.dep_ in {"aux", "auxpass"}]
        return any(v.tag_ == "VBP" or v.lower_ in {"were", "are"} for v in verbs)
    return many if plural else not many


def pronoun_antecedent(
    pronoun: Token, max_sentences: int = 2, party: Callable[[Token], bool] | None = None, act: Callable[[Token], bool] | None = None
) -> Token | None:
    """What "they" or "it" stands for: the nearest subject before it that agrees in number, in
    its own sentence, else in the one or two before ("The militants stormed the train. They
    took ..."). None when no subject agrees. An object before an object pronoun counts too, when
    ``party`` (if given) takes it for a party ("picked out police officers, tied their hands and
    shot them": the officers, not the hands). What ``act`` (if given) takes for an event never
    counts ("the Taliban said the strike was illegal. It also accused Washington": the Taliban)."""
    lower = pronoun.lower_
    if lower not in PLURAL_THIRD and lower not in NEUTER_THIRD:
        return None
    plural = lower in PLURAL_THIRD
    sent = pronoun.sent
    doc = pronoun.doc
    prep = pronoun.head.head if pronoun.dep_ == "poss" and pronoun.head.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in {"for", "over"} and prep.dep_ == "prep":
        # "the EU criticized Hungary over its veto", "thanked Turkey for its support": the object's
        objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i and _agrees(c, plural)]
        if objects:
            return objects[0]
    root = sent.root
    if pronoun.dep_ == "poss" and pronoun.i < root.i:
        # "In a statement issued at their meeting, Tokyo and Washington shared ...": the subject after
        fronted = next((c for c in root.lefts if c.dep_ in {"prep", "advcl"} and c.left_edge.i <= pronoun.i <= c.right_edge.i), None)
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > pronoun.i), None)
        if fronted is not None and subject is not None and (_agrees(subject, plural) or plural and bool(conjuncts(subject))):
            return subject
    # "According to the Ukrainian military, its air defenses intercepted ...": the source named before
    source = [
        t for t in sent
        if t.i < pronoun.i and t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.i > 0
        and t.doc[t.head.i - 1].lower_ == "according" and _agrees(t, plural)
    ]
    if source and pronoun.dep_ == "poss" and not any(t.i < pronoun.i and t.dep_ in {"nsubj", "nsubjpass"} for t in sent):
        return source[-1]
    # an object pronoun ("they stormed it") may stand for an earlier object too ("attacked a train")
    # ... and, when ``party`` says it is one, a party named after a preposition ("exert pressure on
    # Iran to prevent it from ...")
    roles = {"nsubj", "nsubjpass", "dobj"} if pronoun.dep_ in {"dobj", "pobj", "dative"} else {"nsubj", "nsubjpass"}
    if party is not None and pronoun.dep_ in {"dobj", "dative"}:
        roles = roles | {"pobj"}
    for _ in range(max_sentences + 1):
        subjects = [
            content_head(t) for t in sent  # "Tens of thousands of Sudanese began protesting. They ...": the Sudanese
            if t.i < pronoun.i and t.dep_ in roles and _agrees(content_head(t), plural) and t.head.i != pronoun.head.i
            and (party is None or t.dep_ not in {"dobj", "pobj"} or party(t)) and not (act is not None and act(t))
        ]
        if subjects:
            return subjects[-1]
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None
