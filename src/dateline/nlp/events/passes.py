"""Story-level passes over the events of one Doc, after each was built from its sentence: one
happening told twice, passing mentions, denials' recipients, parties carried across sentences,
and what a measure on things or on one's own people, or help to one's kin, really is."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Doc, Token

from dateline.nlp import extensions
from dateline.nlp.events.lexicon import QUAD, Lexicon


def _overlap(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    sa, sb = (a or {}).get("span"), (b or {}).get("span")
    return bool(sa and sb and sa[0] < sb[1] and sb[0] < sa[1])


def merge_retold(events: list[dict[str, Any]], triggers: dict[int, Token] | None = None) -> list[dict[str, Any]]:
    """One happening told twice in a sentence ("the city was destroyed by Russian shelling":
    destroyed + shelling) is one event: same type, sentence and modality, overlapping actors, the
    same recipient or none. The more confident record stays and takes what the other adds."""
    def one_party(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
        # the same words, or the same entity ("Demonstrators chanted as they marched")
        return _overlap(a, b) or bool(a and b and a.get("entity") and a.get("entity") == b.get("entity"))

    def same(k: dict[str, Any], event: dict[str, Any]) -> bool:
        told = all(k[f] == event[f] for f in ("type", "evidence", "negated", "modality"))
        told = told and not two_acts(k, event, (triggers or {}).get(id(k)), (triggers or {}).get(id(event)))
        unnamed = not (k["recipient"] or {}).get("span") or not (event["recipient"] or {}).get("span")
        return told and one_party(k["actor"], event["actor"]) and (unnamed or one_party(k["recipient"], event["recipient"]))

    kept: list[dict[str, Any]] = []
    for event in events:
        twin = next((k for k in kept if same(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        kept[kept.index(twin)] = absorb(event, twin)
    return kept


#: modes that are an act of their own beside an attack in the same sentence (CAMEO 181 "abduct,
#: hijack, or take hostage" is not a manner of CAMEO 19 "fight")
SEPARATE_MODES = frozenset({"abduct"})


def _mention_of_earlier(token: Token, event: dict[str, Any]) -> bool:
    """A definite event noun that names no party, inside a phrase ("soon after the attack", "the
    scene of the attack", "the handlers of Tuesday's attack"): a pointer back to an event the
    story has told, not a new one."""
    named = (event["actor"] or {}).get("span") or (event["recipient"] or {}).get("span")
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "pobj" or named:
        return False  # as a subject ("Tuesday's attack marked an escalation") the story tells of it anew
    definite = any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} or c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"}
        for c in token.children
    )
    described = any(c.dep_ in {"amod", "compound", "nummod", "prep", "acl", "relcl"} for c in token.children)
    return definite and not described


#: how many sentences back a definite attack noun may point ("... was killed in an airstrike. Iraqi
#: officials said the strike was ...")
RETOLD_WINDOW = 3


def retold_parties(events: list[dict[str, Any]], triggers: dict[int, Token]) -> None:
    """"the strike", "the attack" that names no party, a few sentences after an attack on a named
    target: that attack told again, whose target it keeps (country, sector and entity, no span), in
    place of the people where it happened ("al-Rufay'i was killed in an airstrike. ... officials
    said the strike was the result of a two-year effort": not a strike on civilians)."""
    for n, event in enumerate(events):
        token = triggers.get(id(event))
        recipient = event["recipient"] or {}
        if event["type"] != "ASSAULT" or token is None or token.pos_ != "NOUN" or event["actor"] is not None:
            continue
        if recipient.get("span") or recipient.get("entity"):
            continue
        definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
        described = any(c.dep_ in {"amod", "compound", "nummod", "prep", "acl", "relcl", "poss"} for c in token.children)
        if not definite or described:
            continue
        sent = token.sent
        first = sent.start
        for _ in range(RETOLD_WINDOW):
            first = token.doc[first - 1].sent.start if first > 0 else first
        lemma = token.lemma_.lower()
        earlier = [
            e for e in events[:n]
            if e["type"] == "ASSAULT" and not e["negated"] and (t := triggers.get(id(e))) is not None
            and first <= t.i < sent.start and (e["recipient"] or {}).get("span")
            and any(_same_act(w.lemma_.lower(), lemma) for w in t.sent if w.pos_ in {"NOUN", "VERB"})
        ]
        if earlier:
            event["recipient"] = _named_elsewhere(earlier[-1]["recipient"])


def _same_act(told: str, retold: str) -> bool:
    """The same kind of act in other words: "an airstrike" ... "the strike", "was killed" ... "the killing"
    (the earlier sentence has a word of it, not only "the attack" said of another)."""
    return told.endswith(retold) or retold.endswith(told) or told[:4] == retold[:4]


#: a story is one of an election campaign when this many of its words, and this share per thousand, are the campaign's
CAMPAIGN_WORDS, CAMPAIGN_SHARE = 8, 10.0
#: the sectors of parties that bear arms: the forces a compound names do an act ("army shelling",
#: "police raids"), and their attacks are no campaign's
ARMED_SIDES = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "INS", "CRM"})


def campaign_story(doc: Doc, lex: Lexicon) -> bool:
    """A story of an election campaign: dense with its words (cached on the Doc)."""
    if "dateline_campaign" not in doc.user_data:
        words = [t for t in doc if t.is_alpha]
        found = sum(t.lower_ in lex.word_set("campaign_words") or t.lemma_.lower() in lex.word_set("campaign_words") for t in words)
        doc.user_data["dateline_campaign"] = found >= CAMPAIGN_WORDS and found * 1000 / max(1, len(words)) >= CAMPAIGN_SHARE
    return bool(doc.user_data["dateline_campaign"])


def words_for_war(events: list[dict[str, Any]], triggers: dict[int, Token], doc: Doc, lex: Lexicon) -> list[dict[str, Any]]:
    """In a campaign story, a rally is the campaign's own event, not a protest, and an attack with no
    one hurt, no arms and no armed side in its sentence is a contest of words: "Sanders, Clinton
    exchange shots", "Cruz reboots his attacks on Trump" are criticism (CAMEO 111); "keeps
    fighting", "the battle on the Republican side", "beat Secretary Clinton's goal" no event. A
    score ("beat Clemson 45-40") is a game in any story."""
    campaign = campaign_story(doc, lex)
    places = [p for p in extensions.get(doc, "places") if isinstance(p, dict)]
    kept = []
    for event in events:
        token = triggers.get(id(event))
        rally = event["type"] == "PROTEST" and token is not None and token.lemma_.lower() == "rally"
        if rally and campaign and not any(
            t.lower_ in lex.word_set("protest_marks") or t.lower_.startswith("anti-") for t in token.sent
        ):
            continue  # "Sanders held a rally Saturday", "at the Maine rally, Trump said": a campaign's event, no protest
        if event["type"] != "ASSAULT" or token is None:
            kept.append(event)
            continue
        lemma = token.lemma_.lower()
        sent = token.sent
        scored = lemma in lex.word_set("scored_wins") and any(
            t.like_num and "-" in t.text or t.text == "-" and t.i > sent.start and t.nbor(-1).like_num for t in sent
        )
        if scored:
            continue  # "Alabama beat undefeated Clemson 45-40"
        parties = [event["actor"] or {}, event["recipient"] or {}]
        armed = any(p.get("sector") in ARMED_SIDES or p.get("country") == "IMG" for p in parties)
        marked = any(t.lemma_.lower() in lex.word_set("violence_marks") or t.lower_ in lex.word_set("violence_marks") for t in sent)
        marked = marked or lemma == "shoot" and any(c.dep_ == "auxpass" for c in token.children)  # "the leader of opposition is shot"
        lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        # "the Benghazi attacks", "the attacks on Americans in Benghazi": a real one, where it struck
        named_place = token.pos_ == "NOUN" and any(lo <= (p.get("start") or -1) < hi for p in places)
        if not campaign or armed or marked or named_place:
            kept.append(event)
            continue
        if lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
            continue  # "the odds have shot up": a rise
        if lemma == "assault" and token.pos_ == "VERB":
            kept.append(event)  # "allegedly assaulted a reporter": hands on, not words
            continue
        if lemma in lex.word_set("campaign_attacks") and event["actor"] is not None:
            event["type"], event["mode"], event["cameo"], event["quad"] = "ACCUSE", "disapprove", "111", QUAD["ACCUSE"]
            kept.append(event)
        elif lemma not in lex.word_set("campaign_attacks") | lex.word_set("campaign_contests"):
            kept.append(event)
    return kept


def drop_mentions(events: list[dict[str, Any]], triggers: dict[int, Token]) -> list[dict[str, Any]]:
    """Events that only point back at one told before ("the handlers of Tuesday's attack"):
    dropped when the story has already reported an event of that type."""
    kept: list[dict[str, Any]] = []
    for event in events:
        token = triggers.get(id(event))
        told = any(k["type"] == event["type"] and k["evidence"][0][0] < event["evidence"][0][0] for k in kept)
        if token is not None and told and _mention_of_earlier(token, event):
            continue
        kept.append(event)
    return kept


def two_acts(a: dict[str, Any], b: dict[str, Any], ta: Token | None = None, tb: Token | None = None) -> bool:
    """Two acts of one actor in a sentence, not one told twice: "attacked a train, taking hundreds
    hostage"; the same verb said again of another named party ("killed all six attackers ...
    and later killed 50 militants in airstrikes")."""
    if a["mode"] != b["mode"] and {a["mode"], b["mode"]} & SEPARATE_MODES:
        return True
    if a["type"] == "COERCE" and a["mode"] and b["mode"] and a["mode"] != b["mode"]:
        return True  # "intimidation, arrests and bans on his concerts", "detained and deported": two measures
    again = ta is not None and tb is not None and ta.i != tb.i and ta.lemma_.lower() == tb.lemma_.lower()
    named = (a["recipient"] or {}).get("span") and (b["recipient"] or {}).get("span")
    return bool(again and named and not _overlap(a["recipient"], b["recipient"]))


def absorb(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Two records of one event: the more confident one, with what only the other has (a named
    recipient over an implied one; the mode and its CAMEO code, "a bomb exploded, killing 12"; the place)."""
    keep, drop = (a, b) if a["confidence"] > b["confidence"] else (b, a)
    if not (keep["recipient"] or {}).get("span") and (drop["recipient"] or {}).get("span"):
        keep["recipient"] = drop["recipient"]
    if keep["mode"] is None and drop["mode"] is not None:
        keep["mode"], keep["cameo"] = drop["mode"], drop["cameo"]
    if not keep.get("place") and drop.get("place"):
        keep["place"] = drop["place"]
    return keep


#: what a denial or refusal answers: an accusation or a demand made earlier in the story
ANSWERED_TYPES = ("ACCUSE", "REQUEST")


#: words of a REJECT that answers what someone said (not "stopped implementing its commitments")
ANSWERING_WORDS = frozenset({"deny", "denial", "reject", "rejection", "dismiss", "refute", "rebut", "reply", "respond", "brush",
                             "plead"})  # (a plea of not guilty answers the charge)


def answer_denials(events: list[dict[str, Any]], triggers: dict[int, Token] | None = None) -> None:
    """A REJECT that names no recipient ("Berisha rejected the allegations", "the group denied
    involvement") answers the accusation or demand made earlier in the story: its recipient is
    who made it (country and sector, not the span), preferring one aimed at the denier's country.
    A refusal of another kind ("it stopped implementing its commitments") answers no one."""
    for n, event in enumerate(events):
        actor = event["actor"] or {}
        if event["type"] != "REJECT" or event["recipient"] is not None or not actor.get("country"):
            continue
        token = (triggers or {}).get(id(event))
        if token is not None and token.lemma_.lower() not in ANSWERING_WORDS:
            continue
        earlier = [e for e in events[:n] if e["type"] in ANSWERED_TYPES and not e["negated"] and (e["actor"] or {}).get("country")]
        aimed = [e for e in earlier if (e["recipient"] or {}).get("country") == actor["country"]]
        other = [e for e in earlier if e["actor"]["country"] != actor["country"]]
        source = (aimed or other or [None])[-1]
        if source is None:
            continue
        event["recipient"] = _named_elsewhere(source["actor"])


def implied_party(country: str | None, sector: str | None) -> dict[str, Any]:
    """A party no words of the sentence name: its country and sector only (CONTRACT.md's record)."""
    return {"entity": None, "text": None, "span": None, "name": None, "country": country, "sector": sector}


def _named_elsewhere(party: dict[str, Any]) -> dict[str, Any]:
    """A party this sentence does not name, known from an earlier one: its entity, name, country
    and sector, no text or span."""
    return {
        "entity": party.get("entity"), "text": None, "span": None, "name": party.get("name"),
        "country": party["country"], "sector": party.get("sector"),
    }


#: what a response names when it points back at an earlier act ("welcomed the move", "supported
#: the call", "questioning the decision"), mapped to the types of the acts it can point at
REFERRED_ACTS = {
    "call": ("REQUEST", "CONSULT"), "appeal": ("REQUEST",), "talks": ("CONSULT",), "meeting": ("CONSULT",),
    "summit": ("CONSULT",), "ceasefire": ("RETREAT", "CONCEDE", "AGREE"), "truce": ("RETREAT", "CONCEDE", "AGREE"),
    "demand": ("REQUEST",), "request": ("REQUEST",), "attack": ("ASSAULT",), "strike": ("ASSAULT",),
    "offer": ("AGREE",), "proposal": ("AGREE",), "pledge": ("AGREE",), "commitment": ("AGREE",), "promise": ("AGREE",),
    "incursion": ("ASSAULT", "MOBILIZE"), "verdict": ("SANCTION",), "sentence": ("SANCTION",), "ruling": None,
    "move": None, "decision": None, "step": None, "initiative": None, "measure": None, "action": None,
    # "The Kremlin criticized the remarks": what was said is known by the act the speaker announced
    "remark": None, "comment": None, "statement": None, "announcement": None,
    # "China criticized the sanctions as unilateral": whoever imposed them, told before
    "sanction": ("SANCTION",), "tariff": ("SANCTION",), "embargo": ("SANCTION",), "deal": ("AGREE", "SUPPORT"),
    "expulsion": ("SANCTION",), "arrest": ("COERCE",), "detention": ("COERCE",), "seizure": ("COERCE",),
    "deployment": ("MOBILIZE",), "drill": ("MOBILIZE", "COOPERATE"), "exercise": ("MOBILIZE", "COOPERATE"), "test": ("MOBILIZE",),
}


def answer_references(events: list[dict[str, Any]], triggers: dict[int, Token]) -> None:
    """A response with no recipient whose object only points back at an act told earlier ("Security
    analyst Kabiru Adamu welcomed the move", "Greece also supported the call"): its recipient is
    who did that act, the latest earlier one of a fitting type by another party (country and
    sector, not the span)."""
    for n, event in enumerate(events):
        token = triggers.get(id(event))
        if event["type"] not in {"SUPPORT", "ACCUSE", "REJECT"} or event["recipient"] is not None or token is None:
            continue
        objects = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in REFERRED_ACTS]
        by_whom = any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children)  # "a blunder by Ivorian authorities"
        if token.dep_ in {"acomp", "attr"} and not by_whom:  # "the move was counterproductive": what the verdict is said of
            objects += [c for c in token.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in REFERRED_ACTS]
        if not objects or not any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in objects[0].children):
            continue
        which = [c for c in objects[0].children if c.dep_ in {"poss", "prep", "acl", "relcl", "compound", "amod"}]
        if any(c.dep_ != "prep" or c.lower_ != "as" for c in which):
            continue  # "the move to tax spirits", "Israel's decision": says whose or which ("the remarks as reckless" does not)
        types = REFERRED_ACTS[objects[0].lemma_.lower()]
        # "the move", "the decision": a deed, not words said about one
        deed = objects[0].lemma_.lower() in {"move", "decision", "step", "initiative", "measure", "action"}
        actor = event["actor"] or {}
        earlier = [
            e for e in events[:n]
            if (types is None or e["type"] in types) and not (deed and e["type"] in {"ACCUSE", "REJECT"})
            and not e["negated"] and (e["actor"] or {}).get("country")
            and not _overlap(e["actor"], actor) and (e["actor"].get("entity") is None or e["actor"].get("entity") != actor.get("entity"))
            and (event["type"] == "SUPPORT" or e["actor"]["country"] != actor.get("country"))  # a charge answers another side
        ]
        if earlier:
            event["recipient"] = _named_elsewhere(earlier[-1]["actor"])


#: sectors of the two sides of an armed fight: the state's forces and the armed groups against them
STATE_SIDE = frozenset({"GOV", "MIL", "COP", "SPY"})
ARMED_GROUPS = frozenset({"REB", "UAF", "INS"})
#: PLOVER/CAMEO actor codes that name no state (an armed group's "country" when it has none)
NON_STATE_CODES = frozenset({"IGO", "IMG", "NGO", "MNC", "UNK"})
#: people an attack is done to (an unnamed attacker of theirs is on the armed groups' side)
UNARMED = frozenset({"CVL", "EDU", "MED", "REL", "JRN", "LAB", "BUS", "REF", "HLH"})


def _fight_side(record: dict[str, Any] | None) -> str | None:
    sector = (record or {}).get("sector")
    if sector in STATE_SIDE:
        return "state"
    if sector in ARMED_GROUPS:
        return "armed"
    return "unarmed" if sector in UNARMED else None


def armed_mentions(entities: list[Any]) -> list[tuple[int, dict[str, Any]]]:
    """Where the story names an armed group with its country ("the Baloch Liberation Army"), in
    text order: the likeliest unnamed attacker of the state or of civilians there."""
    found = []
    for entity in entities:
        if not isinstance(entity, dict) or entity.get("sector") not in ARMED_GROUPS or not entity.get("country"):
            continue
        record = {"entity": entity.get("id"), "name": entity.get("name"), "country": entity["country"], "sector": entity["sector"]}
        found += [(m[0], record) for m in entity.get("mentions") or [] if isinstance(m, (list, tuple)) and m]
    return sorted(found, key=lambda f: f[0])


def align_irregulars(
    events: list[dict[str, Any]], armed: list[tuple[int, dict[str, Any]]], names: frozenset[str] = frozenset(), home_named: Any = None
) -> None:
    """Unnamed gunmen or militants (UAF, an unaligned armed force) in a story that has named an
    armed group are taken to be that group's fighters ("the Baloch Liberation Army ... the
    militants stormed the train"): its country and sector; the words stay theirs. ``names``: the
    ids of entities with a proper name (a group of that name is itself, not another's fighters).
    ``home_named(record)``: whether the record's own words name its country ("militants loyal to
    Iraq's Al-Qaeda frontman"), which a group of no state (IMG) then does not replace."""
    for event in events:
        for role in ("actor", "recipient"):
            record = event[role]
            if not record or record.get("sector") != "UAF" or record.get("entity") in names:
                continue
            group = _named_group([a for a in armed if a[1]["sector"] != "UAF"], (record.get("span") or event["evidence"][0])[0])
            if group is None:
                continue
            stateless = group["country"] in NON_STATE_CODES
            if not (stateless and home_named is not None and home_named(record)):
                record["country"] = group["country"]
            record["sector"] = group["sector"]


def place_victims(events: list[dict[str, Any]], places: list[dict[str, Any]]) -> None:
    """Unnamed victims of an armed group's attack in a sentence that names no place are the
    people where that group fights, when it has a country (insurgents strike at home), not the
    country the story mentions most."""
    for event in events:
        actor, victims = event["actor"] or {}, event["recipient"] or {}
        if event["type"] != "ASSAULT" or victims.get("span") or victims.get("sector") not in UNARMED:
            continue
        home = actor.get("country")
        if actor.get("sector") not in ARMED_GROUPS or not home or home in NON_STATE_CODES:
            continue
        start, end = event["evidence"][0]
        if not any(start <= (p.get("start") or -1) < end and p.get("country") for p in places):
            victims["country"] = home


def _named_group(armed: list[tuple[int, dict[str, Any]]], at: int) -> dict[str, Any] | None:
    before = [record for start, record in armed if start < at]
    return before[-1] if before else (armed[0][1] if armed else None)


def carry_actors(events: list[dict[str, Any]], armed: list[tuple[int, dict[str, Any]]] = ()) -> None:
    """An event with no actor takes the country and sector (not the span) of the last earlier
    event of its type whose actor has both: a re-mention of the same campaign. An unnamed
    attacker comes from the other side of the fight than its target (the forces that "killed 16
    militants" are the state's, whoever attacked the train before); with no attacker of the armed
    side yet, the armed group the story last named (``armed``: see armed_mentions)."""
    last: dict[str, dict[str, Any]] = {}
    last_side: dict[str, dict[str, Any]] = {}
    for event in events:
        actor = event["actor"]
        if actor is None and (event["type"] in last or event["type"] == "ASSAULT") and not event["negated"]:
            prior = last.get(event["type"])
            if event["type"] == "ASSAULT":
                target = _fight_side(event.get("recipient"))
                wanted = "state" if target == "armed" else "armed" if target in ("state", "unarmed") else None
                if wanted and (prior is None or _fight_side(prior) != wanted):
                    target_country = (event.get("recipient") or {}).get("country")
                    # no attacker of that side named yet: the forces of the state where the armed group is
                    state_country = target_country and target_country not in NON_STATE_CODES
                    fallback = {"country": target_country, "sector": "MIL"} if wanted == "state" and state_country else None
                    named = _named_group(list(armed), event["evidence"][0][0]) if wanted == "armed" else None
                    prior = last_side.get(wanted) or named or fallback
                if prior is None or _elsewhere(prior, event):
                    continue
                sector = "MIL" if prior["sector"] in STATE_SIDE else prior["sector"]  # the unnamed attacker is the forces
            else:
                sector = prior["sector"]
                if event.get("mode") and prior.get("_mode") and event["mode"] != prior["_mode"]:
                    continue  # "sanctions were lifted" after "a court sentenced ...": another kind of act, no re-mention
            event["actor"] = {
                "entity": prior.get("entity"), "text": None, "span": None, "name": prior.get("name"),
                "country": prior["country"], "sector": sector,
            }
            event["confidence"] = round(max(0.05, event["confidence"] * 0.9), 2)
        elif actor is not None and actor.get("country") and actor.get("sector") and event["type"] != "CONSULT":
            # (a meeting's parties are its own: "after a tense Oval Office meeting" is not the last talks')
            target = (event.get("recipient") or {}).get("country")
            last[event["type"]] = {**actor, "_mode": event.get("mode"), "_target": target}
            if event["type"] == "ASSAULT" and (side := _fight_side(actor)) in ("state", "armed"):
                last_side[side] = {**actor, "_target": target}


def _elsewhere(prior: dict[str, Any], event: dict[str, Any]) -> bool:
    """An attack in a country neither side of the earlier one belongs to (Islamic State's "Paris
    attacks", then "three people were shot at a screening in Louisiana"): no re-mention of that
    attacker's campaign (the Taliban's attacks on U.S. forces and on Afghan civilians are one war)."""
    before, now = prior.get("_target"), (event.get("recipient") or {}).get("country")
    return bool(before and now and now not in {before, prior.get("country")})


def drop_home_withdrawals(events: list[dict[str, Any]]) -> None:
    """A withdrawal's implied recipient (the country it happens in, no words of its own) that
    is the withdrawing side's own country, once the story has given that side: no recipient
    ("U.S. commanders say the troop drawdown ...": not a withdrawal from the United States)."""
    for event in events:
        recipient, actor = event["recipient"] or {}, event["actor"] or {}
        implied = recipient and not recipient.get("span") and not recipient.get("sector")
        if event["type"] == "RETREAT" and implied and recipient.get("country") == actor.get("country"):
            event["recipient"] = None


def drop_kin_help(events: list[dict[str, Any]], doc: Doc, lex: Lexicon) -> list[dict[str, Any]]:
    """Without help given to, or talks held with, one's own kin ("providing food for her four
    children", "support their families", "he and his wife discussed"): a household's life, not aid
    or talks between parties (CAMEO 04, 07)."""
    def kin(event: dict[str, Any]) -> bool:
        recipient = event["recipient"]
        if event["type"] not in {"AID", "SUPPORT", "CONSULT"} or not recipient or not recipient.get("span"):
            return False
        span = doc.char_span(*recipient["span"], alignment_mode="expand")
        root = span.root if span is not None else None  # (one's own: "her four children", not "8.7 million children")
        return root is not None and root.lemma_.lower() in lex.word_set("kin") and any(c.dep_ == "poss" for c in root.children)

    return [e for e in events if not kin(e)]


def own_people_restricted(events: list[dict[str, Any]]) -> None:
    """A measure a party cuts off its own country's unarmed people from ("the Taliban ..., barring
    them from education") is a restriction (CAMEO 172), not a sanction between states (PLOVER SANCTION)."""
    for event in events:
        actor, recipient = event["actor"] or {}, event["recipient"] or {}
        if event["type"] != "SANCTION" or event["mode"] != "discontinue" or recipient.get("sector") not in UNARMED:
            continue
        home = actor.get("country") and actor.get("country") == recipient.get("country")
        # "the Taliban ..., barring them from education": a state's measure on people of no other country named
        unnamed = actor.get("country") and not recipient.get("country") and recipient.get("sector") != "BUS"
        if home or unnamed:
            event["type"], event["mode"], event["cameo"], event["quad"] = "COERCE", "restrict", "172", QUAD["COERCE"]


def state_for_things(events: list[dict[str, Any]]) -> None:
    """A sanction on a thing of another country ("banned the supply of advanced chips", "tariffs on
    Chinese steel") is on that country's government (PLOVER SANCTION is between states), keeping the
    country found for it; on a thing of one's own country it is left as it is."""
    for event in events:
        recipient, actor = event["recipient"], event["actor"] or {}
        if event["type"] != "SANCTION" or recipient is None or not recipient.get("span"):
            continue
        thing = not recipient.get("entity") and not recipient.get("sector")
        country = recipient.get("country")
        if thing and country and country != actor.get("country") and country not in NON_STATE_CODES:
            event["recipient"] = implied_party(country, "GOV")


def people_for_things(events: list[dict[str, Any]]) -> None:
    """A ban or restriction on a thing ("banned more than 400 books", "restrictions on printing
    books") is on the people of the country where it holds, not on the thing: the recipient becomes
    them (civilians, as ACLED codes unnamed victims), keeping the country found for it."""
    for event in events:
        recipient = event["recipient"]
        if event["type"] != "COERCE" or event["mode"] not in {"censor", "restrict"} or recipient is None:
            continue
        if recipient.get("span") and not recipient.get("entity") and not recipient.get("sector"):
            # (a government's own people when nothing else says where: "the Taliban banned books")
            country = recipient.get("country") or (event["actor"] or {}).get("country")
            event["recipient"] = implied_party(country, "CVL")


#: acts aimed at someone even where the sentence names no one ("called for tighter controls",
#: "denounced the delay", "imposed tariffs"): CAMEO codes a target for every one of them
AIMED_TYPES = frozenset({"ACCUSE", "REQUEST", "SANCTION", "SUPPORT", "PROTEST"})
#: sectors of the state itself: their acts are aimed abroad, others' at their own government
STATE_SECTORS = STATE_SIDE | {"JUD", "LEG"}
#: the least share of the story's parties' countries that makes a country the other side
SIDE_SHARE = 0.25


def aim_unaddressed(events: list[dict[str, Any]], states: frozenset[str] = frozenset(), campaign: bool = False) -> None:
    """A demand, accusation or sanction with no recipient, by a party of known country: a
    domestic non-state party's ("opposition parties rejected the budget", "commenters called for
    limits", and one of no known sector that is no state of ``states``' entity ids: "a group of
    activists", "Yao Ming called for limits", but in an election ``campaign``, where candidates
    the tables do not know answer each other) is aimed at its own government; a state's or an outside body's at the government of
    the country the story's other events most concern, when it is a side of the story (at least
    a quarter of the parties' countries: "Washington's call for denuclearization" in a story of
    U.S.-North Korea talks), as are a state's talks that name no counterpart ("their second
    summit was in Hanoi"). A refusal only at home: whom it answers is not known."""
    counts = Counter(
        country for event in events for party in (event["actor"], event["recipient"])
        if party and (country := party.get("country")) and country not in NON_STATE_CODES
    )

    def other_side(country: str) -> str | None:
        """The country the story's parties most concern besides ``country``, when it is a side of
        the story (not a passing name)."""
        others = [(n, other) for other, n in counts.items() if other != country]
        n, other = max(others) if others else (0, None)
        return other if n >= 3 and n >= SIDE_SHARE * sum(counts.values()) else None

    for event in events:
        actor = event["actor"] or {}
        country, sector = actor.get("country"), actor.get("sector")
        if event["recipient"] is not None or not country or event["negated"] or event["type"] not in AIMED_TYPES | {"REJECT", "CONSULT"}:
            continue
        aimed = None
        if event["type"] == "CONSULT":
            # "their second summit", "working-level talks": a state's talks with the story's other side
            aimed = other_side(country) if sector in STATE_SECTORS else None
            if aimed is not None:
                event["recipient"] = implied_party(aimed, "GOV")
            continue
        crowd = event["type"] == "PROTEST" and not sector  # "tens of thousands of Sudanese began protesting": at home
        # (not "the American side"; nor a refusal: "Carson defied the question")
        unplaced = not sector and not campaign and actor.get("entity") not in states and event["type"] != "REJECT"
        if (sector and sector not in STATE_SECTORS or crowd or unplaced) and country not in NON_STATE_CODES:
            aimed = country
        elif event["type"] in AIMED_TYPES:
            aimed = other_side(country)
        if aimed is not None:
            event["recipient"] = implied_party(aimed, "GOV")
