"""The linguistic stage: officials, trips and meetings from a parsed Doc, before any date is known.

Output is plain JSON data; times are indices into the tagger's timex list (`envoy.temporal`), so the
publication date is applied later (`envoy.enrich.resolve`). Every trip and meeting names the `rule`
(construction) that produced it and its `evidence` (the sentence's character offsets).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

# ---------------------------------------------------------------- word lists (resources/)

# International organisations: their officials serve no country.
INTERNATIONAL = {
    "un",
    "u.n.",
    "united nations",
    "nato",
    "eu",
    "european union",
    "oecd",
    "iaea",
    "imf",
    "world bank",
    "osce",
    "asean",
    "african union",
    "wto",
    "unesco",
    "unicef",
    "european commission",
    "european council",
    "council of europe",
}
PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
PLANNED_GOVERNORS = {
    "schedule",
    "expect",
    "plan",
    "due",
    "set",
    "slate",
    "intend",
    "aim",
    "prepare",
    "hope",
    "want",
    "likely",
    "going",
    "invite",
    "propose",
    "agree",
}
PLANNED_AUX = {"will", "shall", "'ll", "’ll", "wo", "would"}
PLANNED_ADJ = {"upcoming", "planned", "future", "forthcoming", "scheduled", "next"}
TRIP_VERBS = {
    "travel",
    "visit",
    "arrive",
    "fly",
    "head",
    "go",
    "come",
    "leave",
    "depart",
    "tour",
    "stop",
    "journey",
}
TRIP_NOUNS = {"visit", "trip", "travel", "tour", "stay", "stop", "journey", "stopover"}
SINGLE_DAY_TRIP = {"visit", "stop", "stopover"}  # a dated visit or stop starts and ends that day
DESTINATION_PREPS = {"to", "in", "for", "into", "at"}
MEETING_VERBS = {"meet", "talk", "receive", "host", "welcome", "speak", "call", "confer"}
MEETING_NOUNS = {
    "meeting",
    "talk",
    "talks",
    "call",
    "conversation",
    "breakfast",
    "lunch",
    "dinner",
    "banquet",
    "reception",
    "negotiation",
    "negotiations",
    "consultation",
    "bilateral",
    "phone",
    "conference",
    "discussion",
    "summit",
    "luncheon",
}
HOSTED_MEALS = {"banquet", "dinner", "lunch", "luncheon", "breakfast", "reception"}
LIGHT_VERBS = {"have", "hold", "conduct", "host", "attend", "chair", "give", "take", "make", "lead"}
# Dependency links along which a predicate stays the same event: "was to meet", "is expected to
# meet", "have a breakfast meeting", "at the start of the talks".
CHAIN_DEPS = {"xcomp", "dobj", "pobj", "prep", "attr", "oprd", "acomp", "compound", "conj", "amod"}
PERSON_ROLES = {"nsubj", "nsubjpass"}
HERE_WORDS = {"here"}


def _rows(name: str) -> list[list[str]]:
    text = (files("envoy") / "resources" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, str]  # lower-cased place name or demonym -> ISO alpha-2
    countries: frozenset[str]  # lower-cased names of countries (not cities)
    title_words: frozenset[str]
    not_current: frozenset[str]  # "former", "CEO": not a sitting official

    def country(self, phrase: str) -> str | None:
        key = phrase.strip().lower().removeprefix("the ")
        return self.places.get(key.removesuffix("’s").removesuffix("'s").strip())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    places = {row[0].lower(): row[1] for row in _rows("demonyms.tsv")}
    places.update({row[0].lower(): row[1] for row in _rows("places.tsv")})
    return Gazetteer(
        places=places,
        countries=frozenset(row[0].lower() for row in _rows("places.tsv") if row[2] == "country"),
        title_words=frozenset(row[0].lower() for row in _rows("title_words.txt")),
        not_current=frozenset(row[0].lower() for row in _rows("offices_not_official.txt")),
    )


# ---------------------------------------------------------------- officials


@dataclass
class Person:
    name: str
    mentions: list[Span] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    title_spans: list[Span] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    international: bool = False
    former: bool = False

    @property
    def official(self) -> bool:
        return bool(self.titles) and not self.former

    @property
    def country(self) -> str | None:
        if self.international:
            return None
        return self.countries.most_common(1)[0][0] if self.countries else None


def _name_text(span: Span) -> str:
    """The mention without a trailing possessive."""
    end = span.end
    while end > span.start and span.doc[end - 1].lower_ in {"’s", "'s", "’", "'"}:
        end -= 1
    return span.doc[span.start : end].text


def _mention_spans(doc: Doc, body_start: int) -> list[Span]:
    return [
        ent
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent.start_char >= body_start and _name_text(ent)
    ]


def _cluster(mentions: list[Span]) -> list[Person]:
    """Group mentions by name: a shorter name joins the latest longer one holding all its words."""
    people: list[Person] = []
    for span in sorted(mentions, key=lambda s: -len(_name_text(s).split())):
        words = set(_name_text(span).replace("-", " ").split())
        match = None
        for person in people:
            if words <= set(person.name.replace("-", " ").split()):
                before = [m for m in person.mentions if m.start <= span.start]
                if match is None or before:
                    match = person
        if match is None:
            match = Person(_name_text(span))
            people.append(match)
        match.mentions.append(span)
    for person in people:
        person.mentions.sort(key=lambda s: s.start)
    return people


def _title_before(span: Span) -> Span | None:
    """'US Deputy Secretary of State' in 'US Deputy Secretary of State Stephen Biegun'."""
    doc, start = span.doc, span.start
    while start > span.sent.start:
        tok = doc[start - 1]
        capital = (
            tok.is_title or (tok.is_upper and len(tok) > 1) or tok.ent_type_ in {"GPE", "NORP"}
        )
        capital = capital or tok.lower_ in gazetteer().title_words  # "US envoy Stephen Biegun"
        joiner = tok.lower_ in {"of", "the", "and", "for", "-"} and start < span.start
        possessive = tok.lower_ in {"’s", "'s"} and doc[start - 2].ent_type_ == "GPE"
        if not (capital or joiner or possessive) or tok.ent_type_ in {"DATE", "TIME", "PERSON"}:
            break
        start -= 1
    while (
        start < span.start
        and (doc[start].is_stop or doc[start].is_punct)
        and doc[start].ent_type_ not in {"GPE", "NORP", "ORDINAL"}
    ):
        start += 1  # "On", "The", "And" opening the sentence are not part of a title
    return doc[start : span.start] if start < span.start else None


def _title_after(span: Span) -> Span | None:
    """The apposition 'Seoul's top nuclear envoy, Lee Do-hoon' / 'Suh Hoon, ... adviser'."""
    root = span.root
    if (
        root.dep_ == "appos"
        and root.head.ent_type_ != "PERSON"
        and root.head.pos_ in {"NOUN", "PROPN"}
    ):
        head = root.head
        return span.doc[head.left_edge.i : head.i + 1]
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and child.i >= span.end:
            end = child.right_edge.i + 1
            while end > child.i + 1 and span.doc[end - 1].is_punct:
                end -= 1
            return span.doc[child.left_edge.i : end]
    return _comma_title(span)


def _comma_title(span: Span) -> Span | None:
    """'Ned Price, Department Spokesperson' on an attribution line the parser leaves loose."""
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    end = i + 1
    while (
        end < len(doc)
        and (doc[end].is_title or doc[end].lower_ in {"of", "the", "for"})
        and doc[end].ent_type_ != "PERSON"
        and "\n" not in doc[end].text
    ):
        end += 1
    return doc[i + 1 : end] if end > i + 1 else None


def _is_title(span: Span | None) -> bool:
    words = {tok.lower_ for tok in span} if span is not None else set()
    words |= {part for word in list(words) for part in word.split("-")}
    return bool(words & gazetteer().title_words)


def _of_country(span: Span) -> Span | None:
    """'King Abdullah II of Jordan', 'Prime Minister Draghi of Italy'."""
    doc = span.doc
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
        and doc[span.end + 1].ent_type_ == "GPE"
    ):
        tok = doc[span.end + 1]
        ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
        return doc[span.end : ent.end]
    return None


def _countries_in(span: Span) -> list[str]:
    """ISO codes of the places and demonyms named in a title, longest phrases first."""
    gaz, found, i = gazetteer(), [], 0
    tokens = [tok for tok in span if tok.lower_ not in {"’s", "'s"}]
    while i < len(tokens):
        for size in (4, 3, 2, 1):
            phrase = " ".join(tok.text for tok in tokens[i : i + size])
            code = gaz.country(phrase) if len(tokens[i : i + size]) == size else None
            if code:
                found.append(code)
                i += size
                break
        else:
            i += 1
    return found


def _is_international(span: Span) -> bool:
    text = span.text.lower()
    return any(f" {org} " in f" {text} " for org in INTERNATIONAL)


def _clean_title(span: Span) -> str:
    """The title as written, without a leading country adjective ('Israeli Foreign Minister')."""
    start = span.start
    while start < span.end - 1 and (
        gazetteer().country(span.doc[start].text) or span.doc[start].lower_ in {"’s", "'s", "the"}
    ):
        start += 1
    return span.doc[start : span.end].text.strip(" ,")


def _add_titles(person: Person) -> None:
    for mention in person.mentions:
        for title in (_title_before(mention), _title_after(mention)):
            if not _is_title(title):
                continue
            if {tok.lower_ for tok in title} & gazetteer().not_current:
                person.former = True
                continue
            person.title_spans.append(title)
            if _clean_title(title) not in person.titles:
                person.titles.append(_clean_title(title))
            person.countries.update(_countries_in(title)[:1])
            person.international |= _is_international(title)
        place = _of_country(mention)
        if place is not None:
            person.countries.update(_countries_in(place))


def find_people(doc: Doc, body_start: int = 0) -> list[Person]:
    people = _cluster(_mention_spans(doc, body_start))
    for person in people:
        _add_titles(person)
    return people


# ---------------------------------------------------------------- reference


class References:
    """Who a token refers to: a name, a pronoun, or 'the Secretary' / 'the US envoy'."""

    def __init__(self, people: list[Person]):
        self.people = people
        self.by_token: dict[int, Person] = {}
        self.in_title: set[int] = set()  # tokens of titles: 'President Moon's adviser' -> not Moon
        for person in people:
            for mention in person.mentions:
                for i in range(mention.start, mention.end):
                    self.by_token[i] = person
            for title in person.title_spans:
                self.in_title.update(i for i in range(title.start, title.end))
        self.mentions = sorted(
            ((m, p) for p in people if p.official for m in p.mentions), key=lambda mp: mp[0].start
        )

    def person(self, tok: Token) -> Person | None:
        if tok.i in self.by_token:
            person = self.by_token[tok.i]
            return person if person.official else None
        if tok.lower_ in PRONOUNS:
            return self._antecedent(tok)
        if (
            tok.pos_ in {"NOUN", "PROPN"}
            and _is_title(tok.doc[tok.i : tok.i + 1])
            and any(child.lower_ == "the" for child in tok.children)
        ):
            return self._by_title(tok)
        return None

    def _antecedent(self, tok: Token) -> Person | None:
        """Latest official named as a subject before the pronoun, outside the pronoun's clause."""
        scope = {a.i for a in tok.ancestors}  # a subject whose verb governs the pronoun is not it
        earlier = [(m, p) for m, p in self.mentions if m.end <= tok.i]
        subjects = [
            (m, p) for m, p in earlier if m.root.dep_ in PERSON_ROLES and m.root.head.i not in scope
        ]
        pool = subjects or earlier
        return pool[-1][1] if pool else None

    def _by_title(self, tok: Token) -> Person | None:
        word = tok.lower_
        earlier = [p for m, p in self.mentions if m.end <= tok.i]
        titled = [p for p in earlier if any(word in t.lower().split() for t in p.titles)]
        pool = titled or (
            [p for m, p in self.mentions if m.end <= tok.i and m.root.dep_ in PERSON_ROLES]
            if word in {"envoy", "diplomat"}
            else []
        )
        return pool[-1] if pool else None

    def group(self, tok: Token) -> list[Person]:
        """The officials a noun phrase names, across coordination and 'including' lists."""
        found: list[Person] = []
        for member in _members(tok):
            if member.i in self.in_title:
                continue
            person = self.person(member)
            if person is not None and person not in found:
                found.append(person)
        return found


def _members(tok: Token) -> list[Token]:
    """Head tokens of the coordinated items of a noun phrase, and of an 'including ...' list."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        out.append(cur)
        for child in cur.children:
            if child.dep_ in {"conj", "appos"}:
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"including", "like", "among"}:
                stack.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ in {"compound"} and child.ent_type_ == "PERSON":
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


# ---------------------------------------------------------------- predicates


@lru_cache(maxsize=4)
def _trigger_matcher(vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("TRIP_VERB", [[{"LEMMA": {"IN": sorted(TRIP_VERBS)}, "POS": "VERB"}]])
    matcher.add("TRIP_NOUN", [[{"LOWER": {"IN": sorted(TRIP_NOUNS)}, "POS": "NOUN"}]])
    matcher.add("MEETING_VERB", [[{"LEMMA": {"IN": sorted(MEETING_VERBS)}, "POS": "VERB"}]])
    matcher.add(
        "MEETING_NOUN",
        [[{"LOWER": {"IN": sorted(MEETING_NOUNS)}, "POS": {"IN": ["NOUN", "PROPN"]}}]],
    )
    return matcher


def _triggers(doc: Doc, body_start: int) -> list[tuple[str, Token]]:
    matcher = _trigger_matcher(doc.vocab)
    found = [(doc.vocab.strings[key], doc[start]) for key, start, _ in matcher(doc)]
    return [(kind, tok) for kind, tok in found if tok.idx >= body_start]


def _chain(tok: Token) -> list[Token]:
    """The trigger and the predicate words it hangs from within one event ('was to meet')."""
    chain = [tok]
    cur = tok
    while cur.dep_ in CHAIN_DEPS and cur.head is not cur:
        cur = cur.head
        chain.append(cur)
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"xcomp", "conj"}:
            break
    if cur.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        chain.append(cur.head)  # purpose infinitive: "will travel to Cairo to meet"
    return chain


def _subject(tok: Token) -> Token | None:
    """The subject of the trigger's event, climbing xcomp/advcl/conj ('Biegun is expected to')."""
    cur: Token | None = tok
    for _ in range(8):
        if cur is None:
            return None
        for child in cur.children:
            subject = child.dep_ in {"nsubj", "nsubjpass"} or (child.dep_ == "poss" and cur is tok)
            if subject and cur.pos_ in {"VERB", "AUX", "NOUN"}:
                return child
        if cur.dep_ == "acl" and cur.head.pos_ in {"NOUN", "PROPN"}:
            return cur.head  # "Biegun, who ..." / "the Secretary, traveling to ..."
        if cur.dep_ == "relcl":
            return cur.head
        cur = cur.head if cur.head is not cur else None
    return None


def _status(tok: Token) -> str:
    for cur in _chain(tok) + [a for a in tok.ancestors][:4]:
        lemmas = {c.lower_ for c in cur.children if c.dep_ in {"aux", "auxpass"}}
        if lemmas & PLANNED_AUX or (cur.lemma_ in PLANNED_GOVERNORS and cur.i != tok.i):
            return "planned"
        if cur.lemma_ == "be" and any(c.dep_ == "xcomp" and _has_to(c) for c in cur.children):
            return "planned"  # "was to meet"
        if any(c.lower_ in PLANNED_ADJ for c in cur.children if c.dep_ == "amod"):
            return "planned"
        if cur.pos_ == "VERB" and cur.dep_ in {"ROOT", "ccomp"}:
            break
    return "held"


def _has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _attached(tok: Token, chain: list[Token]) -> bool:
    """Does a token hang (through any words) from the event chain within its sentence?"""
    ids = {t.i for t in chain}
    cur = tok
    for _ in range(12):
        if cur.i in ids:
            return True
        if cur.head is cur:
            return False
        if (
            cur.pos_ in {"VERB"}
            and cur.i != tok.i
            and cur.dep_ in {"advcl", "relcl", "ccomp", "acl"}
        ):
            return False  # another event's clause
        cur = cur.head
    return False


def _timexes_of(chain: list[Token], timexes: list[dict], doc: Doc) -> list[int]:
    out = []
    sent = chain[0].sent
    for i, tx in enumerate(timexes):
        if not (sent.start_char <= tx["start"] < sent.end_char):
            continue
        span = doc.char_span(tx["start"], tx["end"], alignment_mode="expand")
        if span is not None and _attached(span.root, chain):
            out.append(i)
    return out


def _places_of(chain: list[Token], doc: Doc) -> list[Span]:
    sent = chain[0].sent
    located = [
        ent
        for ent in sent.ents
        if ent.label_ in {"GPE", "LOC", "FAC"}
        and ent.root.dep_ == "pobj"
        and ent.root.head.lower_ in {"in", "at"}
    ]
    return [ent for ent in located if _attached(ent.root, chain) and gazetteer().country(ent.text)]


def _evidence(tok: Token) -> list[dict]:
    sent = tok.sent
    return [{"start": sent.start_char, "end": sent.end_char}]


# ---------------------------------------------------------------- trips


def _destinations(tok: Token, kind: str) -> list[Token]:
    """Places a trip trigger points to: 'to Seoul', 'visit Seoul', 'arrived in Kyiv', 'here'."""
    heads: list[Token] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in DESTINATION_PREPS:
            heads.extend(c for c in child.children if c.dep_ == "pobj")
        elif _visited(child, tok, kind) or (child.dep_ == "advmod" and child.lower_ in HERE_WORDS):
            heads.append(child)
    places: list[Token] = []
    for head in heads:
        places.extend(
            m
            for m in _members(head)
            if m.ent_type_ in {"GPE", "LOC", "FAC"}
            or m.lower_ in HERE_WORDS
            or gazetteer().country(m.text)
        )
    return places


def _visited(child: Token, tok: Token, kind: str) -> bool:
    return child.dep_ in {"dobj", "npadvmod"} and kind == "TRIP_VERB" and tok.lemma_ == "visit"


def _place_span(tok: Token) -> Span:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return tok.doc[tok.i : tok.i + 1]


def _traveler(tok: Token, kind: str, refs: References) -> Person | None:
    if kind == "TRIP_NOUN":
        for child in tok.children:
            if child.dep_ == "poss":
                return refs.person(child)
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and refs.person(obj):
                        return refs.person(obj)
    subject = _subject(tok)
    return refs.person(subject) if subject is not None else None


def find_trips(doc: Doc, triggers, refs: References, timexes: list[dict]) -> list[dict]:
    trips: list[dict] = []
    for kind, tok in triggers:
        if not kind.startswith("TRIP"):
            continue
        traveler = _traveler(tok, kind, refs)
        if traveler is None:
            continue
        chain = _chain(tok)
        stops = _destinations(tok, kind)
        times = _timexes_of(chain, timexes, doc)
        times += _trip_noun_times(tok, timexes, doc)
        for n, place in enumerate(stops):
            trips.append(_trip(tok, kind, traveler, place, times, n, len(stops), timexes))
    return _resolve_here(trips)


def _trip_noun_times(tok: Token, timexes: list[dict], doc: Doc) -> list[int]:
    """Durations of a trip noun hanging from the verb: 'arrived Tuesday for a four-day trip'."""
    out = []
    for child in tok.subtree:
        if child.lower_ in TRIP_NOUNS and child.i != tok.i:
            out += [
                i for i in _timexes_of([child], timexes, doc) if timexes[i]["type"] == "DURATION"
            ]
    return out


def _trip(tok, kind, traveler, place, times, n, n_stops, timexes) -> dict:
    span = _place_span(place)
    durations = [i for i in times if timexes[i]["type"] == "DURATION"]
    days = [i for i in times if timexes[i]["type"] in {"DATE", "TIME"}]
    day = days[0] if days else None
    single_day = tok.lemma_ in SINGLE_DAY_TRIP and not durations
    return {
        "traveler": traveler.name,
        "destination": None if place.lower_ in HERE_WORDS else span.text.removeprefix("the "),
        "destination_country": None
        if place.lower_ in HERE_WORDS
        else gazetteer().country(span.text),
        "purpose": None,
        "status": _status(tok),
        "start_timex": day if n == 0 else None,
        "end_timex": day if n == n_stops - 1 else None,
        "single_day": single_day,
        "duration_timex": durations[0] if durations and n_stops == 1 else None,
        "evidence": _evidence(tok),
        "rule": f"trip.{kind.split('_')[1].lower()}.{tok.lemma_.lower()}",
        "_sent": tok.sent.start,
    }


def _resolve_here(trips: list[dict]) -> list[dict]:
    """'arrived here' goes where the same traveler's other trips in the article go."""
    for trip in trips:
        if trip["destination"] is None:
            same = [t for t in trips if t["traveler"] == trip["traveler"] and t["destination"]]
            same.sort(key=lambda t: abs(t["_sent"] - trip["_sent"]))
            if same:
                trip["destination"] = same[0]["destination"]
                trip["destination_country"] = same[0]["destination_country"]
                trip["rule"] += ".here"
    return [t for t in trips if t["destination_country"]]


def merge_trips(trips: list[dict]) -> list[dict]:
    """One trip per traveler and destination country: the most specific place, all the times."""
    merged: dict[tuple, dict] = {}
    for trip in trips:
        key = (trip["traveler"], trip["destination_country"])
        if key not in merged:
            merged[key] = dict(trip)
            continue
        kept = merged[key]
        if (kept["destination"] or "").lower() in gazetteer().countries:
            kept["destination"] = trip["destination"]  # a city beats its country
        for slot in ("start_timex", "end_timex", "duration_timex"):
            if kept[slot] is None:
                kept[slot] = trip[slot]
        if trip["status"] == "held":
            kept["status"] = "held"
        kept["evidence"] = kept["evidence"] + [
            e for e in trip["evidence"] if e not in kept["evidence"]
        ]
    return list(merged.values())


# ---------------------------------------------------------------- meetings


def _counterparts(tok: Token, refs: References) -> tuple[list[Person], str]:
    """Officials met: 'with X', 'between A and B', 'received X', 'a banquet for him'."""
    holders = [tok]
    if tok.dep_ in {"dobj", "attr"} and tok.head.lemma_ in LIGHT_VERBS:
        holders.append(tok.head)  # "have a breakfast meeting with", "host a banquet for"
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in {"with", "for", "between"}:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return refs.group(obj), child.lower_
            if child.dep_ == "dobj" and holder.lemma_ in {
                "meet",
                "receive",
                "welcome",
                "host",
                "call",
            }:
                people = refs.group(child)
                if people:
                    return people, "dobj"
    return [], ""


def _kind(tok: Token) -> str:
    """The article's word: 'breakfast meeting', 'talks', 'banquet' (the thing hosted), 'meeting'."""
    hosted = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in HOSTED_MEALS]
    if tok.lemma_ == "host" and hosted:
        return _kind(hosted[0])
    if tok.pos_ == "VERB":
        return {"meet": "meeting", "talk": "talks", "speak": "call", "call": "call"}.get(
            tok.lemma_, "meeting"
        )
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i == tok.i - 1]
    start = mods[0].i if mods else tok.i
    return tok.doc[start : tok.i + 1].text.lower()


def _agents(tok: Token, refs: References) -> list[Person]:
    for child in tok.children:
        if child.dep_ == "poss":
            return refs.group(child)
    subject = _subject(tok)
    return refs.group(subject) if subject is not None else []


def find_meetings(doc: Doc, triggers, refs: References, timexes: list[dict]) -> list[dict]:
    meetings: list[dict] = []
    for kind, tok in triggers:
        if not kind.startswith("MEETING") or (kind == "MEETING_NOUN" and tok.dep_ == "compound"):
            continue
        others, prep = _counterparts(tok, refs)
        agents = [] if prep == "between" else _agents(tok, refs)
        hosted = tok.lemma_ == "host" or (tok.lower_ in HOSTED_MEALS and tok.head.lemma_ == "host")
        chain = _chain(tok)
        base = {
            "host": agents[0].name if hosted and agents else None,
            "kind": _kind(tok),
            "place": None,
            "status": _status(tok),
            "date_timex": _day_timex(chain, timexes, doc),
            "during_trip": None,
            "evidence": _evidence(tok),
            "rule": f"meeting.{kind.split('_')[1].lower()}.{tok.lemma_.lower()}"
            + (".host" if hosted else ""),
            "_tok": tok.i,
            "_during": _during_stay(chain),
            "_places": [p.text.removeprefix("the ") for p in _places_of(chain, doc)],
        }
        groups = _groups(agents, others, prep)
        if not groups:  # "meeting senior officials ... on Wednesday": dates what follows
            meetings.append({**base, "participants": [p.name for p in agents], "_anchor": True})
        for group in groups:
            meetings.append({**base, "participants": [p.name for p in group]})
    return meetings


def _groups(agents: list[Person], others: list[Person], prep: str) -> list[list[Person]]:
    """A list of counterparts is one meeting each; 'between A and B' or 'A and B met' is one."""
    if prep == "between" or not agents:
        return [others] if len(others) >= 2 else ([agents] if len(agents) >= 2 else [])
    if len(agents) >= 2 and not others:
        return [agents]
    return [[*agents, other] for other in others if other not in agents]


def _day_timex(chain: list[Token], timexes: list[dict], doc: Doc) -> int | None:
    days = [i for i in _timexes_of(chain, timexes, doc) if timexes[i]["type"] in {"DATE", "TIME"}]
    return days[0] if days else None


def _during_stay(chain: list[Token]) -> bool:
    """'During his stay here, Biegun is expected to meet ...': bounded by the trip, not dated."""
    for cur in chain:
        for child in cur.children:
            stay = any(obj.lower_ in TRIP_NOUNS for obj in child.children)
            if child.dep_ == "prep" and child.lower_ in {"during", "while"} and stay:
                return True
    return False


def _carry_dates(meetings: list[dict]) -> None:
    """An undated meeting takes the day of an earlier dated meeting clause of the same person and
    status ('meeting senior officials in South Korea on Wednesday', then 'the talks with Choi')."""
    anchor: dict | None = None
    for meeting in sorted(meetings, key=lambda m: m["_tok"]):
        if meeting["date_timex"] is not None:
            anchor = meeting
            continue
        if anchor is None or meeting["_during"] or anchor["status"] != meeting["status"]:
            continue
        if anchor["participants"] and not set(anchor["participants"]) & set(
            meeting["participants"]
        ):
            continue
        meeting["date_timex"] = anchor["date_timex"]
        meeting["rule"] += ".date_from_context"


def _link_trips(meetings: list[dict], trips: list[dict]) -> None:
    """Place and trip of a meeting: stated in its clause, else the trip a participant is on."""
    for meeting in meetings:
        on_trip = [n for n, t in enumerate(trips) if t["traveler"] in meeting["participants"]]
        if meeting["_places"]:
            meeting["place"] = meeting["_places"][0]
            country = gazetteer().country(meeting["place"])
            on_trip = [n for n in on_trip if trips[n]["destination_country"] == country]
        if len({trips[n]["destination_country"] for n in on_trip}) == 1:
            trip = on_trip[0]
            meeting["place"] = meeting["place"] or trips[trip]["destination"]
            if meeting["_during"]:
                meeting["during_trip"] = trip


def merge_meetings(meetings: list[dict]) -> list[dict]:
    """The same encounter mentioned twice (title and body; 'met', then 'the meeting') is one."""
    kept: list[dict] = []
    for meeting in meetings:
        same = next(
            (
                k
                for k in kept
                if set(k["participants"]) == set(meeting["participants"])
                and (
                    k["date_timex"] is None
                    or meeting["date_timex"] is None
                    or k["date_timex"] == meeting["date_timex"]
                )
            ),
            None,
        )
        if same is None:
            kept.append(meeting)
            continue
        for slot in ("host", "place", "date_timex", "during_trip"):
            same[slot] = same[slot] if same[slot] is not None else meeting[slot]
        same["evidence"] = same["evidence"] + [
            e for e in meeting["evidence"] if e not in same["evidence"]
        ]
    return kept


# ---------------------------------------------------------------- countries


def _assign_countries(people: list[Person], meetings: list[dict], trips: list[dict]) -> None:
    """Officials with no country in their titles: the country where they receive a foreign visitor,
    else the country of the official whose title names them ('President Moon's adviser')."""
    by_name = {p.name: p for p in people}
    for meeting in meetings:
        country = gazetteer().country(meeting["place"] or "")
        travelers = {t["traveler"] for t in trips if t["destination_country"] == country}
        if not country or not travelers & set(meeting["participants"]):
            continue
        for name in meeting["participants"]:
            person = by_name[name]
            if name not in travelers and not person.countries and not person.international:
                person.countries[country] += 1
    for person in people:
        for title in person.title_spans:
            for other in people:
                inside = any(title.start <= m.start < title.end for m in other.mentions)
                if inside and other is not person:
                    _share_country(person, other)


def _share_country(a: Person, b: Person) -> None:
    if a.countries and not b.countries:
        b.countries.update(a.countries)
    elif b.countries and not a.countries:
        a.countries.update(b.countries)


def _implied_trips(
    meetings: list[dict], trips: list[dict], people: dict[str, Person]
) -> list[dict]:
    """A meeting in a named place implies a trip there for each participant foreign to it."""
    out = []
    for meeting in meetings:
        country = gazetteer().country(meeting["place"] or "")
        for name in meeting["participants"]:
            home = people[name].country
            known = any(
                t["traveler"] == name and t["destination_country"] == country for t in trips + out
            )
            if country and home and home != country and not known:
                out.append(
                    {
                        "traveler": name,
                        "destination": meeting["place"],
                        "destination_country": country,
                        "purpose": None,
                        "status": meeting["status"],
                        "start_timex": None,
                        "end_timex": None,
                        "duration_timex": None,
                        "evidence": meeting["evidence"],
                        "rule": "trip.implied_by_meeting_place",
                    }
                )
    return out


# ---------------------------------------------------------------- the stage


def extract_facts(doc: Doc, timexes: list[dict], body_start: int = 0) -> dict:
    """Officials, trips and meetings of a parsed article (JSON-serialisable, no dates resolved)."""
    people = find_people(doc, body_start)
    refs = References(people)
    triggers = _triggers(doc, body_start)
    trips = merge_trips(find_trips(doc, triggers, refs, timexes))
    meetings = find_meetings(doc, triggers, refs, timexes)
    _carry_dates(meetings)
    meetings = [m for m in meetings if not m.get("_anchor")]
    _link_trips(meetings, trips)
    meetings = merge_meetings(meetings)
    _assign_countries(people, meetings, trips)
    _fallback_country(people, trips)
    by_name = {p.name: p for p in people}
    trips = merge_trips(trips + _implied_trips(meetings, trips, by_name))
    trips = [t for t in trips if by_name[t["traveler"]].country != t["destination_country"]]
    return {
        "officials": [_official_json(p) for p in people if p.official],
        "trips": [_public(t) for t in trips],
        "meetings": [_public(m) for m in meetings],
    }


def _fallback_country(people: list[Person], trips: list[dict]) -> None:
    """Officials still without a country serve the host country of the article's visits."""
    hosts = Counter(t["destination_country"] for t in trips)
    if not hosts:
        return
    host = hosts.most_common(1)[0][0]
    travelers = {t["traveler"] for t in trips}
    for person in people:
        if (
            person.official
            and not person.countries
            and person.name not in travelers
            and not person.international
        ):
            person.countries[host] += 1


def _official_json(person: Person) -> dict:
    aliases = sorted({_name_text(m) for m in person.mentions} - {person.name})
    return {
        "name": person.name,
        "country": person.country,
        "titles": person.titles,
        "aliases": aliases,
        "mentions": [
            {"start": m.start_char, "end": m.start_char + len(_name_text(m))}
            for m in person.mentions
        ],
    }


def _public(record: dict) -> dict:
    return {k: v for k, v in record.items() if not k.startswith("_")}
