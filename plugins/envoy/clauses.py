"""Predicates shared by trips and meetings: trigger words, the clause an event word belongs to
('was to meet', 'talks ... will take place'), its subject, status, times and places."""

from __future__ import annotations

from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from envoy.lexicon import gazetteer

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
    "look",
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
    "return",
}
TRIP_NOUNS = {"visit", "trip", "travel", "tour", "stay", "stop", "journey", "stopover"}
MEETING_VERBS = {"meet", "talk", "receive", "host", "welcome", "speak", "call", "confer"}
MEETING_NOUNS = {
    "meeting",
    "meetings",
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
    "consultations",
    "bilateral",
    "phone",
    "conference",
    "discussion",
    "summit",
    "luncheon",
    "dialogue",
}
LIGHT_VERBS = {
    "have",
    "hold",
    "conduct",
    "host",
    "attend",
    "chair",
    "co-chair",
    "give",
    "take",
    "make",
    "lead",
    "pay",
    "open",
}
# A meeting noun that is the subject of these keeps its time and status there: "talks between A
# and B will take place in Moscow", "the meeting was held on Friday".
EVENT_VERBS = {"take", "hold", "begin", "start", "continue", "open", "end", "conclude", "happen", "occur"}
# Dependency links along which a predicate stays the same event: "was to meet", "is expected to
# meet", "have a breakfast meeting", "at the start of the talks".
CHAIN_DEPS = {"xcomp", "dobj", "pobj", "prep", "attr", "oprd", "acomp", "compound", "conj", "amod"}
HERE_WORDS = {"here"}
RELATIVE_WORDS = {"who", "which", "where", "whom", "whose", "that", ":", ";"}


@lru_cache(maxsize=4)
def _trigger_matcher(vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("TRIP_VERB", [[{"LEMMA": {"IN": sorted(TRIP_VERBS)}, "POS": "VERB"}]])
    matcher.add("TRIP_NOUN", [[{"LOWER": {"IN": sorted(TRIP_NOUNS)}, "POS": {"IN": ["NOUN", "PROPN"]}}]])
    matcher.add("MEETING_VERB", [[{"LEMMA": {"IN": sorted(MEETING_VERBS)}, "POS": "VERB"}]])
    matcher.add(
        "MEETING_NOUN", [[{"LOWER": {"IN": sorted(MEETING_NOUNS)}, "POS": {"IN": ["NOUN", "PROPN"]}}]]
    )
    return matcher


def triggers(doc: Doc, body_start: int) -> list[tuple[str, Token]]:
    matcher = _trigger_matcher(doc.vocab)
    found = [(doc.vocab.strings[key], doc[start]) for key, start, _ in matcher(doc)]
    return [(kind, tok) for kind, tok in found if tok.idx >= body_start]


def chain(tok: Token) -> list[Token]:
    """The trigger and the predicate words it hangs from within one event ('was to meet')."""
    out = [tok]
    cur = tok
    while (cur.dep_ in CHAIN_DEPS or _event_subject(cur)) and cur.head is not cur:
        cur = cur.head
        out.append(cur)
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"xcomp", "conj"}:
            break
    if cur.dep_ == "advcl" and _has_to(cur):
        out.append(cur.head)  # purpose infinitive: "will travel to Cairo to meet"
    return out


def _event_subject(tok: Token) -> bool:
    return (
        tok.dep_ in {"nsubj", "nsubjpass"}
        and tok.pos_ in {"NOUN", "PROPN"}
        and tok.head.lemma_ in EVENT_VERBS
    )


def subject(tok: Token) -> Token | None:
    """The subject of the trigger's event, climbing xcomp/advcl/conj ('Biegun is expected to')."""
    cur: Token | None = tok
    for _ in range(8):
        if cur is None:
            return None
        for child in cur.children:
            is_subject = child.dep_ in {"nsubj", "nsubjpass"} or (child.dep_ == "poss" and cur is tok)
            if is_subject and cur.pos_ in {"VERB", "AUX", "NOUN"}:
                return child
        if cur.dep_ == "acl" and cur.head.pos_ in {"NOUN", "PROPN"}:
            return cur.head  # "Biegun, who ..." / "the Secretary, traveling to ..."
        if cur.dep_ == "relcl":
            return cur.head
        cur = cur.head if cur.head is not cur else None
    return _person_before(tok)


def _person_before(tok: Token) -> Token | None:
    """The parser found no subject: the person named just before the verb, no verb between
    ('Under Secretary of State for ... Human Rights Uzra Zeya visited Tunisia')."""
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        cur = tok.doc[i]
        if cur.ent_type_ == "PERSON":
            return cur
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"aux", "auxpass"}:
            return None
    return None


def status(tok: Token) -> str:
    for cur in chain(tok) + list(tok.ancestors)[:4]:
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


def negated(tok: Token) -> bool:
    """'will no longer travel to Egypt', 'did not meet'."""
    for cur in chain(tok)[:3]:
        if any(c.dep_ == "neg" or (c.lower_ == "longer" and c.dep_ == "advmod") for c in cur.children):
            return True
    return False


def _has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def attached(tok: Token, event: list[Token]) -> bool:
    """Does a token hang (through any words) from the event chain within its sentence?"""
    ids = {t.i for t in event}
    cur = tok
    for _ in range(12):
        if cur.i in ids:
            return True
        if cur.head is cur:
            return False
        if cur.pos_ == "VERB" and cur.i != tok.i and cur.dep_ in {"advcl", "relcl", "ccomp", "acl"}:
            return False  # another event's clause
        cur = cur.head
    return False


def timexes_of(event: list[Token], timexes: list[dict], doc: Doc) -> list[int]:
    out = []
    sent = event[0].sent
    for i, tx in enumerate(timexes):
        if not (sent.start_char <= tx["start"] < sent.end_char):
            continue
        span = doc.char_span(tx["start"], tx["end"], alignment_mode="expand")
        if span is not None and attached(span.root, event):
            out.append(i)
    return out


def day_timex(event: list[Token], timexes: list[dict], doc: Doc) -> int | None:
    days = [i for i in timexes_of(event, timexes, doc) if timexes[i]["type"] in {"DATE", "TIME"}]
    return days[0] if days else None


def places_of(event: list[Token], doc: Doc) -> list[Span]:
    """Named places where the event happens: 'in Seoul', 'at the Kremlin'."""
    sent = event[0].sent
    located = [
        ent
        for ent in sent.ents
        if ent.label_ in {"GPE", "LOC", "FAC", "ORG"}
        and ent.root.dep_ == "pobj"
        and ent.root.head.lower_ in {"in", "at"}
    ]
    return [ent for ent in located if attached(ent.root, event) and gazetteer().country(ent.text)]


def list_region(start: Token) -> Span:
    """The words after `start` up to the end of the list it opens ('with A, B, and C'): the
    sentence end, a verb, a relative word ('who', 'where') or a colon. Read off the surface
    because the parser often breaks long lists of titled names."""
    doc = start.doc
    end = start.i + 1
    while end < start.sent.end:
        tok = doc[end]
        if (
            tok.lower_ in RELATIVE_WORDS
            or (tok.pos_ in {"VERB", "AUX"} and not tok.is_title)
            or "\n" in tok.text
        ):
            break
        end += 1
    return doc[start.i + 1 : end]


def evidence(tok: Token) -> list[dict]:
    sent = tok.sent
    return [{"start": sent.start_char, "end": sent.end_char}]
