"""Per-Doc lookups for the events component (DocContext): the entities, quotes, places and clause
dates of one Doc, and how a party's words become an actor or recipient record."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from dateline.nlp import extensions
from dateline.nlp.events.arguments import (
    FIRST_PERSON,
    PRONOUNS,
    RELATIVE,
    EntityIndex,
    code_actor,
    is_actor_like,
    is_pronoun,
    one_token_span,
    phrase_span,
    pronoun_antecedent,
    relative_antecedent,
)
from dateline.nlp.events.lexicon import Lexicon
from dateline.nlp.events.passes import implied_party
from dateline.nlp.extensions import doc_text

#: plural third-person pronouns, which a single person speaking cannot be
PLURAL_THIRD = frozenset({"their", "they", "them"})
#: prepositions whose place is whom an act is for, against, or where one goes, not where it happens
AIM_PREPOSITIONS = frozenset({"for", "against", "with"})


def one_person(token: Token) -> bool:
    """A single person: "he", "she", a person's name (a singular proper noun that names no place or body)."""
    named = token.tag_ == "NNP" and token.ent_type_ not in {"GPE", "ORG", "NORP", "LOC", "FAC"}
    return token.lower_ in {"he", "she"} or named or token.ent_type_ == "PERSON" and token.tag_ == "NN"


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
        # the places that say whose a party is: not a place naming a pact or a meeting ("the Dayton Accords")
        self.home_places = [p for p in self.places if not self._names_pact(p)]
        # ... and of those, the ones that say where a sentence happens: not whom it is for or aimed at
        self.where_places = [p for p in self.home_places if not self._aimed_at(p)]
        self.clause_dates: dict[int, str] = {}
        for key, value in (extensions.get(doc, "clause_dates") or {}).items():
            try:
                self.clause_dates[int(key)] = value
            except (TypeError, ValueError):
                continue
        self.pub_date = extensions.publication_date(doc)
        self.home_country = self._home_country()

    def _aimed_at(self, place: dict[str, Any]) -> bool:
        """A place named as whom an act is for, against or with ("convicted of spying for Israel",
        "a war against Ukraine", "talks with Russia"): no sign of where it happens (a place gone to
        still is: "during a visit to Taiwan, you met ...")."""
        start = place.get("start")
        span = self.doc.char_span(start, place.get("end") or start + 1, alignment_mode="expand") if isinstance(start, int) else None
        if span is None:
            return False
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "deported to Honduras, Venezuela or other countries"
        return root.dep_ == "pobj" and root.head.lower_ in AIM_PREPOSITIONS

    def _names_pact(self, place: dict[str, Any]) -> bool:
        """Whether the place only names a pact, talks or a meeting ("the Minsk agreements", "the Jeddah
        talks"): it says nothing of whose the parties are."""
        start, end = place.get("start"), place.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        head = root.head
        if head.i == root.i or root.dep_ not in {"compound", "nmod", "amod", "poss"} or head.i < root.i:
            return False
        return head.lower_ in self.lex.word_set("pact_nouns") or head.lemma_.lower() in self.lex.word_set("pact_nouns")

    def _home_country(self) -> str | None:
        """The country most of the story's places lie in (at least 2 mentions and 40%), else None."""
        counts: dict[str, float] = {}
        sents = list(self.doc.sents) if self.doc.has_annotation("SENT_START") else []
        lede_end = sents[min(1, len(sents) - 1)].end_char if sents else 0
        for place in self.home_places:
            code = self.lex.iso3.get(str(place.get("country") or "").upper())
            if code:
                # the lede says where the story happens: its places count thrice
                counts[code] = counts.get(code, 0) + (3 if (place.get("start") or 0) < lede_end else 1)
        if not counts:
            return None
        code, n = max(counts.items(), key=lambda kv: kv[1])
        return code if n >= 2 and n / sum(counts.values()) >= 0.4 else None

    def domestic_trip(self, actor: dict[str, Any] | None, place: dict[str, Any] | None) -> bool:
        """Whether the recipient is nothing but a place name ("Quetta") of the actor's own country."""
        if not actor or not actor.get("country") or not actor.get("entity") or not place or not place.get("span"):
            return False  # the actor's country must be its own (an entity's), not guessed from the places
        start, end = place["span"]
        named = [p for p in self.places if start <= (p.get("start") or -1) < end]
        before = doc_text(self.doc)[start : named[0]["start"]] if len(named) == 1 else ""
        if len(named) != 1 or named[0].get("end") != end or before.strip().lower() not in {"", "the"}:
            return False
        return self.lex.iso3.get(str(named[0].get("country") or "").upper()) == actor["country"]

    def names_own_country(self, record: dict[str, Any]) -> bool:
        """Whether a place inside the record's words is of the record's country."""
        span, country = record.get("span"), record.get("country")
        if not span or not country:
            return False
        return any(
            span[0] <= (p.get("start") or -1) < span[1] and self.lex.iso3.get(str(p.get("country") or "").upper()) == country
            for p in self.places
        )

    def sentence_country(self, sent: Span, aimed: bool = False) -> str | None:
        """The one country all the sentence's places lie in, else the story's home country (with
        ``aimed``, the places an act is aimed at count too: "airstrikes against Syria")."""
        inside = {
            self.lex.iso3.get(str(p.get("country") or "").upper())
            for p in (self.home_places if aimed else self.where_places)
            if sent.start_char <= (p.get("start") or -1) < sent.end_char and p.get("country")
        }
        if len(inside) == 1 and None not in inside:
            return inside.pop()
        return self.home_country

    def unnamed(self, sector: str | None, sent: Span, aimed: bool = False) -> dict[str, Any] | None:
        """A party implied but not named: its sector, and the country where it happened ("-": the
        country alone, no sector; None when no country is known)."""
        if sector is None:
            return None
        country = self.sentence_country(sent, aimed)
        if sector == "-":
            return implied_party(country, None) if country else None
        return implied_party(country, sector)

    def implied_actor(self, type_: str, mode: str | None, sent: Span) -> dict[str, Any] | None:
        """The unnamed actor of "a journalist was arrested": the state's police, where it happened."""
        return self.unnamed(self.lex.implied.get((type_, mode or "")), sent)

    def implied_recipient(self, type_: str, mode: str | None, sent: Span) -> dict[str, Any] | None:
        """The unnamed target of "a bomb exploded in the market": the people where it happened."""
        table = self.lex.implied_recipients
        return self.unnamed(table.get((type_, mode or "")) or table.get((type_, "")), sent, aimed=True)

    def quote_at(self, char: int, token: Token | None = None) -> dict[str, Any] | None:
        for start, end, quote in self.quotes:
            if start <= char < end:
                cue = quote.get("cue") or [-1, -1]
                if token is not None and token.dep_ == "dobj" and cue[0] <= token.head.idx < cue[1]:
                    return None  # 'called the meeting "a dressing-down"': what the speaker calls so, not the speaker's words
                return quote
        return None

    def actor_record(
        self, head: Token | None, span: Span | None, quote: dict[str, Any] | None, reporter: Token | None
    ) -> dict[str, Any] | None:
        if head is None:
            return None
        lower = head.lower_
        if lower in RELATIVE and (antecedent := relative_antecedent(head)) is not None:
            # "... Shipping Lines, which itself is sanctioned": the party is what "which" stands for
            return code_actor(phrase_span(antecedent), antecedent, self.lex, self.entities)
        pronoun = is_pronoun(head)
        if pronoun and lower in FIRST_PERSON and quote is not None and self._named_speaker(quote):
            # "We urge ...," said Akhundzada: the speaker, by name, is who acts
            return self.speaker_record(quote)
        speaker_is_he = reporter is not None and reporter.i != head.i and one_person(reporter)
        # '"He's killing a lot of people," Trump said': in quote marks, "he" is another than the speaker
        speaker_is_he = speaker_is_he and not (quote is not None and quote.get("kind") == "direct")
        if pronoun and lower in {"he", "she"} and speaker_is_he and head.dep_ in {"nsubj", "nsubjpass"}:
            return code_actor(phrase_span(reporter), reporter, self.lex, self.entities)  # "Trump said he was ...": Trump
        if pronoun:
            # a resolved pronoun (the entities component links "he" to its entity) wins
            entity = self.entities.best(one_token_span(head), head)
            if entity is None and lower in FIRST_PERSON and quote is not None and quote.get("speaker_entity"):
                entity = self.entity_by_id.get(quote["speaker_entity"])
            record = {
                "entity": None, "text": head.text, "span": [head.idx, head.idx + len(head.text)],
                "name": None, "country": None, "sector": None,
            }
            if entity is not None:
                record.update(entity=entity.get("id"), name=entity.get("name"), country=entity.get("country"), sector=entity.get("sector"))
                return record
            referent = None
            if lower in FIRST_PERSON:
                # "We urge ...," the ministry said: the speaker, from the quote or the reporting clause
                referent = self.speaker_span(quote) or (phrase_span(reporter) if reporter is not None and reporter.i != head.i else None)
            elif reporter is not None and reporter.i < head.i and not (lower in PLURAL_THIRD and _one_party(reporter)):
                # (a reporter named after the pronoun is not what it stands for: "They shot three
                # civilians, witnesses said"; nor is a country "they": "Turkey said they threatened ...")
                # "Kabul said it would ...": the reporter ("their phone call," Roy said: not Roy's)
                if is_pronoun(reporter) and (said_by := pronoun_antecedent(reporter)) is not None:
                    # "The BLA claimed the attack. It later claimed they were holding hostages": the BLA
                    coded = code_actor(phrase_span(said_by), said_by, self.lex, self.entities)
                    record.update({k: coded[k] for k in ("entity", "name", "country", "sector")})
                    return record
                return code_actor(phrase_span(reporter), reporter, self.lex, self.entities)
            elif (antecedent := pronoun_antecedent(
                head, party=lambda t: is_actor_like(t, self.lex, self.entities), act=lambda t: (t.lemma_.lower(), "N") in self.lex.single
            )) is not None:
                referent = phrase_span(antecedent)  # "The militants stormed the train. They took ...": the militants
            if referent is not None and referent.root.lower_ not in PRONOUNS:
                coded = code_actor(referent, referent.root, self.lex, self.entities)
                record.update({k: coded[k] for k in ("entity", "name", "country", "sector")})
            return record
        record = code_actor(span if span is not None else phrase_span(head), head, self.lex, self.entities)
        ours = any(c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in head.children)
        if ours and not record.get("country") and quote is not None and self._named_speaker(quote):
            # '"They are shelling our cities," Zelenskyy said': the speaker's own
            record["country"] = (self.speaker_record(quote) or {}).get("country")
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if owner is not None and reporter is not None and reporter.i not in {head.i, owner.i}:
            # "Russia's Defense Ministry said its forces had captured ...": the reporter's forces
            speaker = code_actor(phrase_span(reporter), reporter, self.lex, self.entities)
            record["country"] = speaker.get("country") or record.get("country")
        return record

    def _named_speaker(self, quote: dict[str, Any]) -> bool:
        span = self.speaker_span(quote)
        return span is not None and span.root.lower_ not in PRONOUNS and span.root.pos_ != "PRON"

    def speaker_span(self, quote: dict[str, Any] | None) -> Span | None:
        speaker = (quote or {}).get("speaker")
        if isinstance(speaker, (list, tuple)) and len(speaker) == 2 and all(isinstance(x, int) for x in speaker):
            return self.doc.char_span(speaker[0], speaker[1], alignment_mode="expand")
        return None

    def speaker_record(self, quote: dict[str, Any]) -> dict[str, Any]:
        """The quote's speaker as an actor: ``text`` is exactly the characters at ``span`` (the
        CONTRACT), the canonical name goes in ``name``."""
        entity = self.entity_by_id.get(quote.get("speaker_entity")) or {}
        speaker = quote.get("speaker")
        span = None
        well_formed = isinstance(speaker, (list, tuple)) and len(speaker) == 2 and all(isinstance(x, int) for x in speaker)
        if well_formed and 0 <= speaker[0] < speaker[1] <= len(doc_text(self.doc)):
            span = [speaker[0], speaker[1]]
        country, sector = entity.get("country"), entity.get("sector")
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
        if words is not None and len(words) and not (country and sector):
            # "Indian foreign ministry spokesperson Randhir Jaiswal" (a name the model did not tag):
            # the title before the name says whose
            coded = code_actor(phrase_span(words.root), words.root, self.lex, self.entities)
            country, sector = country or coded.get("country"), sector or coded.get("sector")
        return {
            "entity": quote.get("speaker_entity"),
            "text": doc_text(self.doc)[span[0] : span[1]] if span else None,
            "span": span,
            "name": entity.get("name") or quote.get("speaker_name"),
            "country": country,
            "sector": sector,
        }

    def date_for(self, tokens: list[Token]) -> str | None:
        for token in tokens:
            cur = token
            for _ in range(8):
                if cur.i in self.clause_dates:
                    return self.clause_dates[cur.i]
                if cur.head.i == cur.i:
                    break
                cur = cur.head
        return self.pub_date

    def place_country(self, record: dict[str, Any] | None, sent: Span, other: list[int] | None = None, local: bool = True) -> None:
        """Fill a missing actor/recipient country from the places: the place the phrase names
        ("Berlin rejected ...") or, failing that, the one country all the sentence's places lie in
        (CAMEO codes a domestic actor with no nationality by where it acts)."""
        if record is None or record.get("country") or not record.get("span"):
            return
        start, end = record["span"]
        inside = [p for p in self.home_places if sent.start_char <= (p.get("start") or -1) < sent.end_char and p.get("country")]
        named = [p for p in inside if start <= p["start"] < end]
        inside = named + [p for p in inside if p in self.where_places and p not in named]
        if other:  # "The U.S. imposed sanctions on Dodik": the other party's place says nothing of Dodik
            inside = [p for p in inside if not other[0] <= p["start"] < other[1]]
        named = [p for p in inside if start <= p["start"] < end]
        pool = named or (inside if local else [])  # words and demands cross borders: no place, no country
        countries = {self.lex.iso3.get(str(p["country"]).upper()) for p in pool}
        if len(countries) == 1 and None not in countries:
            record["country"] = countries.pop()
            if named and not record.get("sector") and any(p["start"] <= start and end <= p.get("end", -1) for p in named):
                record["sector"] = "GOV"  # a capital or country acting ("Berlin rejected"): its government

    def place_for(
        self, sent: Span, anchor: Token, actor: dict[str, Any] | None = None, recipient: dict[str, Any] | None = None
    ) -> dict[str, Any] | None:
        """Where it happened: a place the recipient names ("attacked Kharkiv"), else one near the
        trigger, never the place that names the actor ("Russia attacked ...")."""
        inside = [p for p in self.places if sent.start_char <= (p.get("start") or -1) < sent.end_char and p.get("geonames_id")]
        actor_span = (actor or {}).get("span")
        if actor_span:
            inside = [p for p in inside if not (actor_span[0] <= p["start"] < actor_span[1])]
        if not inside:
            return None
        recipient_span = (recipient or {}).get("span")
        named = [p for p in inside if recipient_span and recipient_span[0] <= p["start"] < recipient_span[1]]
        lo, hi = anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge.text)
        near = named or [p for p in inside if lo <= p["start"] < hi] or inside
        best = near[0]
        return {k: best.get(k) for k in ("geonames_id", "name", "lat", "lon")}


def _one_party(reporter: Token) -> bool:
    """A reporter "they" cannot stand for: one person, or a country ("Turkey said they ...")."""
    return one_person(reporter) or reporter.ent_type_ == "GPE"
