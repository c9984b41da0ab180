"""Predicates shared by trips and meetings: trigger words, the clause an event word belongs to
('was to meet', 'talks ... will take place'), its subject, status, times and places."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from envoy.datelines import dateline
from envoy.lexicon import gazetteer
from envoy.nlp import ASPECT_VERBS, CO_VERBS, DASHES, MEALS, at_a_meal
from envoy.officials import (
    FIRST_PERSON,
    NUMBERS,
    PERSON_ROLES,
    PRONOUNS,
    SPEECH_VERBS,
    Person,
    References,
    _description,
    _title_word,
    _words,
    calls_off,
    doer_mentions,
    entity,
    fits_pronoun,
    head_of_state,
    of_portfolio,
    office_countries,
    sentence_before,
    visitors_first,
)

PLANNED_GOVERNORS = {
    "schedule",
    "fix",
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
    "proceed",
    "land",
    "stay",
}
LEAVING_VERBS = {"leave", "depart"}
TRIP_NOUNS = {"visit", "trip", "travel", "tour", "stay", "stop", "journey", "stopover"}
MEETING_VERBS = {
    "meet", "talk", "receive", "host", "welcome", "greet", "speak", "call", "confer", "dine", "lunch",
    "breakfast",
    "telephone",  # 'Prime Minister Ohira telephoned Sonoda at his hotel'
    "co-chair",  # 'A and B co-chaired the session'
}
DINE_FORMS = ["dine", "dined", "dines", "dining"]  # the model lemmatizes 'dined' as 'din'
MEETING_NOUNS = {
    "meeting",
    "meetings",
    "talk",
    "talks",
    "call",
    "conversation",
    "conversations",
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
    "discussions",
    "summit",
    "luncheon",
    "dialogue",
    "audience",
    "forum",
    "videoconference",
    "teleconference",
}
LIGHT_VERBS = {
    "have",
    "hold",
    "conduct",
    "host",
    "attend",
    "chair",
    "co-chair",
    "co-host",
    "give",
    "take",
    "make",
    "lead",
    "pay",
    "open",
}
# A meeting noun that is the subject of these keeps its time and status there: "talks between A
# and B will take place in Moscow", "the meeting was held on Friday".
EVENT_VERBS = {
    "take", "hold", "begin", "start", "continue", "open", "end", "conclude", "happen", "occur", "schedule",
    "fix", "set", "slate", "plan",  # 'A second round of talks is fixed for Monday morning'
}
# Dependency links along which a predicate stays the same event: "was to meet", "is expected to
# meet", "have a breakfast meeting", "at the start of the talks".
CHAIN_DEPS = {"xcomp", "dobj", "pobj", "prep", "attr", "oprd", "acomp", "compound", "conj", "amod"}
HERE_WORDS = {"here"}
LIST_OPENERS = {"including"}  # 'with fellow G7 leaders, including British Prime Minister Boris Johnson'
RELATIVE_PRONOUNS = {"who", "whom"}
PLACE_ENTS = {"GPE", "LOC", "FAC", "ORG", "DATE"}
OBJECT_PREPS = {"with", "between", "by", "for", "to", "on"}
RELATIVE_WORDS = {"who", "which", "where", "whom", "whose", "that", ":", ";"}


@lru_cache(maxsize=4)
def _trigger_matcher(vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("TRIP_VERB", [[{"LEMMA": {"IN": sorted(TRIP_VERBS)}, "POS": "VERB"}]])
    trip_nouns = sorted(TRIP_NOUNS | {f"{n}s" for n in TRIP_NOUNS})  # 'will pay official visits to'
    matcher.add("TRIP_NOUN", [[{"LOWER": {"IN": trip_nouns}, "POS": {"IN": ["NOUN", "PROPN"]}}]])
    matcher.add(
        "MEETING_VERB",
        [
            [{"LEMMA": {"IN": sorted(MEETING_VERBS)}, "POS": "VERB"}],
            [{"LOWER": {"IN": DINE_FORMS}, "POS": "VERB", "LEMMA": {"NOT_IN": ["dine"]}}],
            [{"LEMMA": "see", "POS": "VERB"}],  # 'flies to Amman to see King Abdullah II': if one is seen
            [{"LEMMA": "brief", "POS": "VERB"}],  # 'Moro will brief President Leone': if one is briefed
        ],
    )
    matcher.add(
        "MEETING_NOUN", [[{"LOWER": {"IN": sorted(MEETING_NOUNS)}, "POS": {"IN": ["NOUN", "PROPN"]}}]]
    )
    return matcher


def triggers(doc: Doc, body_start: int) -> list[tuple[str, Token]]:
    matcher = _trigger_matcher(doc.vocab)
    found = [(doc.vocab.strings[key], doc[start]) for key, start, _ in matcher(doc)]
    found += [("TRIP_VERB", tok) for tok in doc if _leads_delegation(tok) or _continues_to(tok)]
    found += [("TRIP_VERB", tok) for tok in doc if _visit_made(tok) or reaches_place(tok)]
    found += [("TRIP_VERB", tok) for tok in doc if awaited_at(tok)]
    found += [("MEETING_NOUN", tok) for tok in doc if _working_session(tok)]
    found += [("MEETING_VERB", tok) for tok in doc if by_phone(tok) and tok.lemma_ not in MEETING_VERBS]
    found += [("MEETING_VERB", tok) for tok in doc if _sits_down_with(tok) or _spends_time_with(tok)]
    found += [("MEETING_NOUN", tok) for tok in doc if _calls_on(tok) or _guest_of_official(tok)]
    found += [("MEETING_VERB", tok) for tok in doc if _reports_to(tok) or _reviewed_together(tok)]
    found += [("MEETING_VERB", tok) for tok in doc if _co_verb_as_noun(tok)]
    found += [("MEETING_NOUN", tok) for tok in doc if visit_to_person(tok)]
    found = sorted(set(found), key=lambda kt: (kt[1].i, kt[0]))  # (a matched 'courtesy call on X' twice)
    # ('the two Ministers will co-chair the Fifth Meeting': the verb tells it; 'will meet at breakfast',
    # 'the Joint Commission Meeting, which A and B will co-chair': the meeting does)
    found = [(kind, tok) for kind, tok in found if not (tok.dep_ == "dobj" and tok.head.lemma_ == "co-chair")
             and not (kind == "MEETING_VERB" and tok.lemma_ == "meet" and at_a_meal(tok))
             and not (tok.lemma_ == "co-chair" and tok.dep_ == "relcl" and tok.head.lower_ in MEETING_NOUNS)]

    # ('Will Dr. Calvani also see President Pastrana?': a question asserts no encounter)
    return [
        (kind, tok) for kind, tok in found if tok.idx >= body_start and not _body_name(tok) and not asked(tok)
    ]


TIME_NOUNS = {"hour", "hours", "minutes", "morning", "afternoon", "evening", "day"}


def _guest_of_official(tok: Token) -> bool:
    """'In Aberdeen he will be the guest of the Secretary of State for Scotland, Mr. William Ross': an
    encounter with the host (not 'the guest of X at a luncheon': the luncheon tells it)."""
    if tok.lemma_ != "guest" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    ofs = [o for c in tok.children if c.lower_ == "of" for o in c.subtree]
    named = any(t.ent_type_ == "PERSON" or t.tag_ == "NNP" for t in ofs)  # (a name or a title)
    return named and not any(t.lemma_ in MEALS for t in tok.head.subtree)


def _spends_time_with(tok: Token) -> bool:
    """'the British Prime Minister spent an hour with Secretary of State Byrnes': an encounter."""
    spent = tok.lemma_ == "spend" and tok.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "npadvmod"} and c.lower_ in TIME_NOUNS for c in tok.children)
    withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    withs += [g for c in tok.children if c.lower_ in TIME_NOUNS for g in c.children if g.lower_ == "with"]
    return spent and any(t.ent_type_ == "PERSON" for w in withs for t in w.subtree)


def gapped_subjects(verb: Token) -> list[Token]:
    """'Harper will arrive on Sunday morning and President Obama on Sunday afternoon': subjects of the
    verb left out after 'and', parsed as the verb's conjuncts (not a list the parser broke: 'accompanied
    by A, and B')."""
    listed = any(o.ent_type_ == "PERSON" for c in verb.children if c.dep_ in {"prep", "agent", "dobj"}
                 for o in c.subtree)
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} and not listed]


def _body_name(tok: Token) -> bool:
    """'the Organisation of the Islamic Conference': a word in an organisation's name, no meeting."""
    if tok.ent_type_ != "ORG":
        return False
    ent = next(e for e in tok.doc.ents if e.start <= tok.i < e.end)
    return any(t.lower_ in {"organisation", "organization"} for t in ent[:2])


def _calls_on(tok: Token) -> bool:
    """'will pay courtesy calls on A and on B', 'phone calls with X' (not 'calls for restraint'), a
    programme's '12.00 Call on the President, Mr. X'."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if tok.pos_ != "NOUN" or tok.lower_ not in {"call", "calls"}:
        return False
    named = any(t.ent_type_ == "PERSON" for c in preps if c.lower_ == "on" for t in c.subtree)
    return named if tok.lower_ == "call" else any(c.lower_ in {"on", "with"} for c in preps)


def visit_to_person(tok: Token) -> bool:
    """'continues to Oslo for a visit to the Norwegian Prime Minister, Mr. Oscar Torp': a call on him."""
    objects = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
    # (not 'the visit to Canada of X': the visitor)
    objects = [o for o in objects if o.ent_type_ not in {"GPE", "LOC"}]
    named = any(t.ent_type_ == "PERSON" for o in objects for t in o.subtree)
    return tok.lower_ == "visit" and tok.pos_ == "NOUN" and named


def _reports_to(tok: Token) -> bool:
    """'the Chancellor reported to Federal President Franz Jonas at the Hofburg': a minister's report
    in person to a named official (not 'Reuters reported', 'reported to Parliament')."""
    objects = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
    named = any(t.ent_type_ == "PERSON" for o in objects for t in o.subtree)  # ('the Prime Minister, Mr. X')
    return tok.lemma_ == "report" and tok.pos_ == "VERB" and named


def _co_verb_as_noun(tok: Token) -> bool:
    """'will travel to Nairobi to co-chair, with the Cabinet Secretary, the third session': the model
    tags the infinitive a noun."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return tok.lower_ in CO_VERBS.values() and tok.pos_ != "VERB" and infinitive


def _reviewed_together(tok: Token) -> bool:
    """'On 15 May the Minister of Trade of Malta and the Minister of National Economy of Tunisia
    reviewed the exchange of goods': two officials named together at work on a day of their own."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    joint = any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for s in subjects for c in s.children)
    dated = any(t.ent_type_ == "DATE" for t in tok.sent if t.i < tok.i)
    main = tok.dep_ == "ROOT"  # (not 'when he and Ratu Mara discussed the shipping proposal')
    return tok.lemma_ in {"review", "discuss", "examine"} and tok.pos_ == "VERB" and joint and dated and main


def _sits_down_with(tok: Token) -> bool:
    """'will sit down with Sung Kim and Funakoshi Takehiro on Wednesday': a meeting."""
    down = any(c.lower_ == "down" for c in tok.children)
    return tok.lemma_ == "sit" and down and any(c.lower_ == "with" and c.dep_ == "prep" for c in tok.children)


def _continues_to(tok: Token) -> bool:
    """'Later that day he will continue to Nairobi', 'continue on to Hanoi': moving on."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [g for c in tok.children if c.lower_ == "on" for g in c.children if g.lower_ == "to"]
    return tok.lemma_ == "continue" and tok.pos_ == "VERB" and bool(preps)


def _visit_made(tok: Token) -> bool:
    """'the State visit which X will make to Mexico from 16 to 19 November': the relative clause
    tells the journey."""
    which = any(c.lower_ in {"which", "that"} and c.dep_ == "dobj" for c in tok.children)
    to = any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    made = tok.lemma_ in {"make", "pay", "undertake"} and tok.dep_ == "relcl"
    return made and which and to and tok.head.lemma_ in TRIP_NOUNS


ARRIVAL_NOUNS = {"capital", "city", "town", "port"}  # 'reached the capital': the place the story is at


def reaches_place(tok: Token) -> bool:
    """'Mr. King reached the capital by train from Ottawa', 'reached Lusaka on Sunday' (not 'reached
    an agreement'): an arrival."""
    places = [c for c in tok.children if c.dep_ == "dobj"]
    places = [c for c in places if c.ent_type_ in {"GPE", "LOC"} or (
        c.lower_ in ARRIVAL_NOUNS and any(d.lower_ == "the" for d in c.children))]
    return tok.lemma_ == "reach" and tok.pos_ == "VERB" and bool(places)


def due_back(tok: Token) -> bool:
    """'is due back', 'is expected home' (the parser hangs 'back' anywhere)."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in {"due", "expected"} and after is not None and after.lower_ in {"back", "home"}


def awaited_at(tok: Token) -> bool:
    """'Sukarno is expected in Belgrade tomorrow morning', 'is due in Bonn on Friday', 'is due back in
    London on Tuesday night', 'is due tomorrow': an arrival told without its verb (not 'is expected to
    meet')."""
    places = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "at"} for o in c.children
              if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    return _awaited(tok) and bool(places or due_back(tok) or awaited_here(tok) or due_at_terminal(tok))


def due_at_terminal(tok: Token) -> bool:
    """'He is due at Euston this morning': an arrival at a station or port no gazetteer places, on a day
    (the journey's destination is told elsewhere)."""
    from envoy.lexicon import gazetteer

    if not _awaited(tok):
        return False
    said = tok.head if tok.dep_ == "acomp" else tok  # (the parser hangs 'at' and the day on 'is')
    ats = [o for h in (tok, said) for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
           for o in c.children]
    told = [c for c in said.children if c.dep_ != "nsubj"]
    dated = any(t.ent_type_ in {"DATE", "TIME"} for c in told for t in c.subtree)
    return dated and any(o.pos_ == "PROPN" and not gazetteer().country(o.text) for o in ats)


def awaited_here(tok: Token) -> bool:
    """'Prime Minister X is due tomorrow', 'is expected on Monday': an arrival where the story is."""
    if not _awaited(tok) or due_back(tok):
        return False
    if any(c.dep_ == "prep" and c.lower_ not in {"on"} for c in tok.children):
        return False  # ('is due in Bonn', 'is expected at the summit', 'due for talks': not here, not now)
    dates = [c for c in tok.children if c.dep_ in {"npadvmod", "prep"}]
    return any(t.ent_type_ == "DATE" for c in dates for t in c.subtree)


def _awaited(tok: Token) -> bool:
    """'is expected', 'is due', with no clause of what is expected ('is expected to meet')."""
    awaited = (tok.lemma_ == "expect" and any(c.dep_ == "auxpass" for c in tok.children)) or (
        tok.lower_ == "due" and tok.dep_ == "acomp")
    return awaited and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)


def _working_session(tok: Token) -> bool:
    """'will hold a working session on Saturday': leaders' talks (not a plenary session); 'X also
    took part in the session': the encounter just told of."""
    if tok.lower_ != "session":
        return False
    told = [c.lower_ for c in tok.children] == ["the"] and tok.dep_ == "pobj" and tok.head.lower_ == "in"
    taking_part = told and any(c.lower_ == "part" for c in tok.head.head.children)
    return taking_part or any(c.lower_ == "working" for c in tok.children if c.i < tok.i)


CALL_WORDS = {"call", "phone", "telephone", "video", "videoconference", "virtual", "teleconference"}


def by_phone(tok: Token) -> list[Token]:
    """'discussed the dispute by phone with X', 'spoke by telephone with X': the medium, on which the
    parser often hangs the counterpart."""
    if tok.pos_ != "VERB":
        return []
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # 'discussed the dispute by phone'
    preps = [c for h in holders for c in h.children if c.lower_ == "by"]
    return [o for c in preps for o in c.children if o.lower_ in CALL_WORDS]


def _leads_delegation(tok: Token) -> bool:
    """'Osman Saleh led a delegation to Addis Ababa': leading a delegation somewhere is going there
    ('will lead Trinidad and Tobago's delegation to', which the parser reads as two objects)."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return (
        tok.lemma_ in {"lead", "head"}
        and tok.pos_ == "VERB"
        and any(o.lemma_ == "delegation" for c in objects for o in (c, *c.conjuncts))
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    )


def chain(tok: Token) -> list[Token]:
    """The trigger and the predicate words it hangs from within one event ('was to meet')."""
    out = [tok]
    cur = tok
    while (
        cur.dep_ in CHAIN_DEPS
        or _event_subject(cur)
        or _looked_forward(cur)
        or sequenced(cur)
        or _meanwhile(cur)
        or _preceding(cur)
    ) and cur.head is not cur:
        if cur.dep_ == "conj" and _own_subject(cur):
            break  # 'the summit would not go ahead, but that he ... would try to meet': two events
        cur = cur.head
        out.append(cur)
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"xcomp", "conj"} and not _same_time(cur):
            break
    if cur.dep_ == "advcl" and _has_to(cur):
        out.append(cur.head)  # purpose infinitive: "will travel to Cairo to meet"
    return out


def _dateline_word(tok: Token) -> bool:
    """'RIYADH, Oct 23: Prime Minister Imran Khan met': the parser makes the dateline a subject."""
    return tok.ent_type_ in PLACE_ENTS or (tok.is_upper and len(tok.text) > 2)


def _own_subject(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _same_time(verb: Token) -> bool:
    return _meanwhile(verb) or sequenced(verb)


def _meanwhile(tok: Token) -> bool:
    """'On Wednesday evening, Lavrov held a meeting with Fahmy, while Shoigu had a meeting with
    al-Sisi': a 'while' clause happens at the time of its main clause."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "while" for c in tok.children)


def _looked_forward(tok: Token) -> bool:
    """'look forward to welcoming X to the White House on July 19': the governing verb holds the
    event's place and day."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "to"


SEQUENCE_VERBS = {"precede", "follow"}


def _preceding(tok: Token) -> bool:
    """'The summit was preceded on Saturday by a meeting of ...': the event of the agent of a verb
    of sequence happens at that verb's time."""
    return tok.dep_ == "agent" and tok.head.lemma_ in SEQUENCE_VERBS


def sequenced(tok: Token) -> bool:
    """'On Wednesday she met lawmakers before holding talks with Ms Tsai': the next act of the same
    day, told in the same clause."""
    return tok.dep_ == "pcomp" and tok.head.lower_ in {"before", "after"}


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
        subjects = [
            c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "poss" and cur is tok)
        ]
        if subjects and cur.pos_ in {"VERB", "AUX", "NOUN"}:
            named = [c for c in subjects if not _dateline_word(c)]
            return (named or subjects)[0]
        if cur.dep_ == "acl" and cur.head.pos_ in {"NOUN", "PROPN"}:
            return cur.head  # "Biegun, who ..." / "the Secretary, traveling to ..."
        if cur.dep_ == "relcl":
            return cur.head
        if _participle_after_when(cur):  # 'will leave when Trump departs Riyadh, staying behind ...'
            cur = cur.head.head
            continue
        cur = cur.head if cur.head is not cur else None
    return _person_before(tok) or _fronted_conjunct(tok)


def _participle_after_when(verb: Token) -> bool:
    """A participle clause the parser hung on a 'when' clause: its subject is the main clause's."""
    when = verb.head
    timed = when.dep_ == "advcl" and any(c.lower_ in {"when", "as"} for c in when.children if c.i < when.i)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and timed and verb.i > when.i


def _fronted_conjunct(tok: Token) -> Token | None:
    """'In Niamey, Ayrault and Steinmeier were due to hold talks': the parser joins the subject to
    the fronted place ('Niamey, Ayrault and Steinmeier'); the first person conjoined to it."""
    opener = tok.sent[0]
    if opener.dep_ != "prep":
        return None
    places = [o for o in opener.children if o.dep_ == "pobj"]
    people = [c for p in places for c in p.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    return people[0] if people else None


def _person_before(tok: Token) -> Token | None:
    """The parser found no subject: the person named just before the verb, no verb between
    ('Under Secretary of State for ... Human Rights Uzra Zeya visited Tunisia')."""
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        cur = tok.doc[i]
        # from 'Mahamadou' to the name's head 'Issoufou' (not to the verb: 'De la Rúa leaves Friday')
        while cur.dep_ == "compound" and tok.i > cur.head.i > cur.i:
            cur = cur.head
        if cur.ent_type_ == "PERSON":
            return None if _object(cur) else cur  # 'talks with X ... and to meet Y': not X
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"aux", "auxpass"}:
            return None
    return None


def _object(tok: Token) -> bool:
    """An object of a verb or of 'with', 'by', 'to' ...; not 'Under Secretary ... Nuland' (a title
    the parser made a preposition)."""
    return tok.dep_ in {"dobj", "iobj"} or (tok.dep_ == "pobj" and tok.head.lower_ in OBJECT_PREPS)


OFFICES = (  # 'Minister of Foreign Affairs' and 'Foreign Minister' hold one office
    ("foreign", ("foreign", "external affairs", "secretary of state")),
    ("defence", ("defence", "defense")),
    ("finance", ("finance", "treasury")),
    ("government", ("prime minister", "premier", "chancellor")),
)


def office(title: str) -> str:
    low = title.lower()
    # ('President of Honduras', 'President of the United Mexican States': the head before 'of')
    head = low.split(" of ")[0].split() or low.split()
    return next((office for office, words in OFFICES if any(w in low for w in words)), head[-1])


def status(tok: Token) -> str:
    if awaited_at(tok):  # 'is expected in Belgrade tomorrow'
        return "planned"
    if any(t.dep_ == "ROOT" and _has_to(t) for t in chain(tok)[:2]):
        # a headline's infinitive: 'President Juncker to receive Prime Minister Tsipras', 'Rumor to pay visit'
        return "planned"
    journey = tok.lemma_ in TRIP_VERBS | {"return"}
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
        if cur.i == tok.i and cur.dep_ == "relcl" and cur.tag_ == "VBD" and journey:
            break  # its own past: 'will be accompanied by X, who returned yesterday from Kampala'
    return "held"


DENIAL_VERBS = {"deny", "dismiss", "refute"}


def negated(tok: Token) -> bool:
    """'will no longer travel to Egypt', 'did not meet', 'no meeting between the two Prime Ministers is
    planned'; 'denies reports that Mr Gylys will travel to Moscow'."""
    for cur in chain(tok)[:3]:
        if any(c.dep_ == "neg" or (c.lower_ == "longer" and c.dep_ == "advmod") for c in cur.children):
            return True
    if tok.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
        return True
    return any(a.lemma_ in DENIAL_VERBS and a.pos_ == "VERB" for a in list(tok.ancestors)[:3])


def asked(tok: Token) -> bool:
    """'Will Minister Iwaya accompany the Prime Minister?': a question asserts nothing."""
    words = [t for t in tok.sent if not t.is_space]
    return bool(words) and words[-1].text == "?"


def asked_whether(tok: Token) -> bool:
    """'Asked whether the President would meet X, the spokesman said ...': a question put, no plan."""
    for verb in [tok, *tok.ancestors]:
        whether = any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children)
        if whether and verb.head.lemma_ in {"ask", "wonder"}:
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
        if _other_clause(cur, tok) and not _misattached_before(tok, cur):
            return False  # another event's clause
        if cur.head.lower_ == "since" and cur.i != tok.i:
            return False  # 'the first since his visit in May last year': that visit's ('since Monday': ours)
        cur = cur.head
    return False


AGREEING = {"agree", "decide", "resolve", "pledge", "vow", "promise"}


def _other_clause(verb: Token, tok: Token) -> bool:
    # 'Li, who is due to step down in March'; '... and will also visit X, before ending the tour on Friday'
    # (not 'On June 6, commencing at 5:40 p.m., Abe held a summit': the summit's own time)
    clause = verb.dep_ in {"advcl", "relcl", "ccomp", "acl", "pcomp"}
    # 'She will meet X, and on February 24, Y will host a lunch': a conjoined clause of its own
    clause = clause or (verb.dep_ == "conj" and _own_subject(verb))
    # 'held a working session ... and agreed to convene the Joint Commission in Dakar': a plan's
    clause = clause or (verb.dep_ == "conj" and verb.lemma_ in AGREEING)
    # ('a three-day visit that began on Monday': the visit's own start)
    aspect = verb.lemma_ in ASPECT_VERBS and (
        (verb.dep_ == "advcl" and verb.tag_ == "VBG") or (verb.dep_ == "relcl" and verb.head.pos_ == "NOUN")
    )
    # ('talks with visiting President X here Thursday': the parser's clause is an adjective's)
    visiting = verb.lower_ == "visiting" and verb.dep_ == "pcomp"
    return (
        verb.pos_ in {"VERB", "AUX"} and verb.i != tok.i and clause and not aspect and not _in_name(verb)
        and not visiting
    )


def _misattached_before(tok: Token, verb: Token) -> bool:
    """'travel to Hiroshima on Wednesday to attend the summit', 'will host a breakfast this morning
    before the delegation flies on': a word before a purpose infinitive, or before the word that
    opens a clause, that the parser hung on it belongs to the main clause."""
    marks = [c.i for c in verb.children if c.dep_ == "mark"]
    return tok.i < verb.i and verb.dep_ == "advcl" and (_has_to(verb) or (bool(marks) and tok.i < min(marks)))


def timex_span(timex: dict, doc: Doc) -> Span | None:
    """The tokens of a tagged temporal expression."""
    return doc.char_span(timex["start"], timex["end"], alignment_mode="expand")


def timexes_of(event: list[Token], timexes: list[dict], doc: Doc) -> list[int]:
    out = []
    sent = event[0].sent
    for i, tx in enumerate(timexes):
        if not (sent.start_char <= tx["start"] < sent.end_char):
            continue
        span = timex_span(tx, doc)
        dateline = tx.get("dateline") or (span is not None and in_dateline(span))
        if span is not None and any(attached(t, event) for t in _roots(span)) and not dateline:
            out.append(i)
    # a programme's items, parted by semicolons, each dated on its own ('on 30 January, a dinner ...; on
    # 1 February, a visit ..., where he will be received'): an item's own day, when it says one
    part = _semicolon_part(event[0])
    own = [i for i in out if part[0] <= timexes[i]["start"] < part[1]]
    if part != (sent.start_char, sent.end_char) and not own:  # ('on 30 January, a working dinner ...;')
        own = [i for i, tx in enumerate(timexes) if part[0] <= tx["start"] and tx["end"] <= event[0].idx]
    return own or out


def _semicolon_part(tok: Token) -> tuple[int, int]:
    """Character bounds of the part of the token's sentence between semicolons."""
    sent, doc = tok.sent, tok.doc
    before = [t.idx for t in doc[sent.start : tok.i] if t.text == ";"]
    after = [t.idx for t in doc[tok.i : sent.end] if t.text == ";"]
    return (before[-1] if before else sent.start_char), (after[0] if after else sent.end_char)


def _roots(span: Span) -> list[Token]:
    """The span's root, then its other words hung outside it: 'from June 5 to 8', whose '8' the
    parser may hang on another verb."""
    return [span.root] + [t for t in span if t != span.root and not span.start <= t.head.i < span.end]


DATELINE_DASHES = DASHES | {"--"}


def in_dateline(span: Span) -> bool:
    """'BEIJING, June 8 (Xinhua) -- Wei will ...', 'Addis Ababa, 12 March 2014 - The Chairperson
    today received ...': the release's own date, which the parser hangs on the first verb, dates
    no event of the sentence."""
    sent = span.sent
    before = span.doc[sent.start : span.start]
    if any(t.pos_ != "PROPN" for t in before if t.is_alpha):
        return False  # 'On Thursday, ...' is no dateline
    for tok in span.doc[span.end : min(span.end + 8, sent.end)]:  # ('April 23 (Andes Press Service) -')
        if tok.text in DATELINE_DASHES and tok.doc[tok.i - 1].whitespace_:  # not 'Willem-Alexander'
            return True
        if tok.text == ":":  # 'GOA, May 4 (APP): Foreign Minister ... arrived'
            return True
        if tok.pos_ in {"VERB", "AUX"}:
            return False
    return False


def day_timex(event: list[Token], timexes: list[dict], doc: Doc, own: bool = False) -> int | None:
    """The first day said in the event's own clause (up to its first verb above the trigger),
    else (unless `own`) anywhere along its chain: 'is due to fly there in the evening and will
    hold talks on Thursday' dates the talks Thursday. The day of leaving for a place ('will on
    Tuesday depart Abuja to attend the summit') is not the day of what is done there."""
    event = [t for n, t in enumerate(event) if not n or t.lemma_ not in LEAVING_VERBS]
    verbs = [n for n, t in enumerate(event) if n and t.pos_ in {"VERB", "AUX"}]
    # ('to meet X on Monday and to be received by Y the next day': a conjoined verb's own day first)
    conjoined = [event[:1]] if event[0].pos_ == "VERB" and event[0].dep_ == "conj" else []
    # ('travels to Damascus this evening for talks with X on Tuesday': the talks' own day first)
    noun = [event[:1]] if event[0].pos_ == "NOUN" else []
    for part in noun + conjoined + ([event[: verbs[0] + 1]] if verbs else []) + ([] if own else [event]):
        found = timexes_of(part, timexes, doc)
        days = [i for i in found if _names_a_day(timexes[i]) and not _bounds_a_span(timexes[i], doc)]
        days = apposed_day(days, timexes)
        if days:
            return days[0]
    return None


def apposed_day(days: list[int], timexes: list[dict]) -> list[int]:
    """'Earlier this week, on Tuesday, 16 November 2004, X paid a visit': the day that specifies the
    week just before it comes first."""
    if len(days) < 2 or DAY_WORDS.search(timexes[days[0]]["text"]):
        return days
    first, second = timexes[days[0]], timexes[days[1]]
    close = 0 <= second["start"] - first["end"] <= 5 and DAY_WORDS.search(second["text"])  # ', on '
    return [days[1], days[0], *days[2:]] if close else days


BOUND_PREPS = {"until", "till", "through", "thru", "since"}


def _bounds_a_span(timex: dict, doc: Doc) -> bool:
    """'will be in Vietnam until Thursday and is expected to meet X': the end of a stay, not the
    day of what is done in it."""
    span = timex_span(timex, doc)
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in BOUND_PREPS


VAGUE_TIMES = {"soon", "now", "recently", "currently", "nowadays", "earlier", "later"}
DAY_WORDS = re.compile(r"\d|day|night|tomorrow|tonight|morning|afternoon|evening", re.I)  # a day, not a year


def _names_a_day(timex: dict) -> bool:
    """A DATE or TIME, not 'soon' ('Soon after his arrival, ...') nor a year ('ahead of the
    commemoration of the 1994 genocide')."""
    text = timex["text"].lower()
    return timex["type"] in {"DATE", "TIME"} and text not in VAGUE_TIMES and not text.isdigit()


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
    found = [ent for ent in located if attached(ent.root, event) and not _of_an_object(ent.root.head, event)]
    return [p for p in map(_known_place, found) if p is not None]


def _known_place(ent: Span) -> Span | None:
    """The place, or for a town the gazetteer lacks its country in apposition ('Davos, Switzerland')."""
    if gazetteer().country(ent.text):
        return ent
    apposed = apposed_place(ent.root)
    return entity(apposed) if apposed is not None else None


def apposed_place(tok: Token) -> Token | None:
    """The town after a venue or town the gazetteer lacks ('Davos, Switzerland', 'State House, Nairobi',
    'State House, Dar es Salaam')."""
    after = [c for c in tok.children if c.dep_ in {"appos", "npadvmod"} and c.i > tok.i]
    return next((c for c in after if gazetteer().country(entity(c).text)), None)


def _of_an_object(prep: Token, event: list[Token]) -> bool:
    """'discussed the developments in the Gaza Strip': the place of a thing spoken of, not of the
    event."""
    noun = prep.head
    if noun.lemma_ in TOPIC_NOUNS:  # 'to discuss ... the humanitarian situation in South Sudan'
        return True
    outside = noun.i not in {t.i for t in event} and noun.head.lemma_ not in MEETING_VERBS | LIGHT_VERBS
    return noun.dep_ == "dobj" and outside


# things spoken of whose place is not the speakers' ('the situation in South Sudan', 'a ceasefire in Gaza')
TOPIC_NOUNS = {"situation", "crisis", "conflict", "war", "developments", "fighting", "violence", "elections"}
TOPIC_NOUNS |= {"ceasefire", "truce"}


def countries_subject(tok: Token) -> bool:
    """Is the subject of the pronoun's clause a country ('the two Koreas agreed on at their summit')?"""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return bool(subjects) and subjects[0].ent_type_ in {"GPE", "NORP"}


def list_region(start: Token) -> Span:
    """The words after `start` up to the end of the list it opens ('with A, B, and C'): the
    sentence end, a verb, a relative word ('who', 'where') or a colon. Read off the surface
    because the parser often breaks long lists of titled names."""
    doc = start.doc
    # 'The delegation includes: A; B': a list the colon opens, its items parted by semicolons (the
    # parser may end sentences at both)
    opened = start.i + 1 < len(doc) and doc[start.i + 1].text == ":"
    first = end = start.i + 2 if opened else start.i + 1
    limit = start.sent.end
    while opened and limit < len(doc) and doc[limit - 1].text in {":", ";"}:
        limit = doc[limit].sent.end
    # (the phrase right after 'with' is its object, though the parser makes it a later verb's subject:
    # 'talks on Friday with Vietnamese Foreign Minister X and Deputy Prime Minister Y, a spokesman said')
    object_head = _phrase_head(doc[first]).i if first < limit and start.i > start.head.i else None
    while end < limit:
        tok = doc[end]
        item = _country_name_item(tok) or (opened and tok.text == ";")
        if (
            (tok.lower_ in RELATIVE_WORDS and not item)
            or (_verb(tok) and not tok.is_title and tok.lower_ not in LIST_OPENERS)
            or "\n" in tok.text
            or (_later_subject(tok) and _phrase_head(tok).i != object_head)
        ):
            break
        end += 1
    return doc[first:end]


def _country_name_item(semicolon: Token) -> bool:
    """'the presidents of Colombia, Iván Duque; Ecuador, Lenín Moreno; and Peru, Martín Vizcarra',
    'the Foreign Ministers of Peru, A; of Ecuador, B': a semicolon that goes on to another
    'Country, Name' item continues the list."""
    if semicolon.text != ";":
        return False
    doc = semicolon.doc
    at = semicolon.i + 1
    while at < semicolon.sent.end and doc[at].lower_ in {"and", "the", "of"}:  # '; and of Brazil, X
        at += 1
    if at + 2 >= semicolon.sent.end or doc[at].ent_type_ not in {"GPE", "ORG", "NORP"}:
        return False
    comma = next((t for t in doc[at : semicolon.sent.end] if not t.ent_type_ or t.text == ","), None)
    if comma is None or comma.text != ",":
        return False
    follower = doc[comma.i + 1] if comma.i + 1 < semicolon.sent.end else None
    return follower is not None and follower.ent_type_ == "PERSON"


def _phrase_head(tok: Token) -> Token:
    while tok.dep_ in {"compound", "det", "amod", "nmod"} and tok.head.i > tok.i:
        tok = tok.head  # 'spokesperson Wu Qian said': from its first word
    return tok


def _later_subject(tok: Token) -> bool:
    """'talks with Austin, as well as with Ng, Wu said': the subject of a verb after the list
    opens another clause."""
    tok = _phrase_head(tok)
    verb = tok.head.pos_ in {"VERB", "AUX"} and not _in_name(tok.head)
    # (not 'with X, whose government has criticised ...', a relative clause the parser read as X's verb)
    whose = any(c.dep_ == "appos" and any(g.lower_ == "whose" for g in c.children) for c in tok.children)
    # (nor one of two subjects the parser gives a verb: 'with his counterparts, A and B, on Wednesday,
    # Trend reports': 'Trend' reports)
    second = any(c.dep_ in {"nsubj", "nsubjpass"} and tok.i < c.i < tok.head.i for c in tok.head.children)
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i > tok.i and verb and not whose and not second


def _verb(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and not _in_name(tok)


def _in_name(tok: Token) -> bool:
    """'Fernando da Piedade Dias dos Santos', parsed with 'dos' as a verb: a particle inside a name."""
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and tok.is_lower

# ---------------------------------------------------------------- reference


class ArticleReferences(References):
    """`References` with the readings trips and meetings need: a pronoun under a clause takes
    that clause's subject ('Albanese said that he ... would meet', 'the King will travel to
    Mombasa, where he will meet'); a definite title stands for the article's principal holder of
    it ('The Prime Minister also spoke with the Prime Minister of Poland, Donald Tusk')."""

    def person(self, tok: Token) -> Person | None:
        if tok.lower_ in FIRST_PERSON:
            return super().person(tok)
        owner = _relative_owner(tok)
        if owner is not None:  # 'Trump, who canceled his trip to Poland': Trump's
            return self.person(owner)
        doer = self._own_object_owner(tok) or self._during_visit_owner(tok)
        doer = doer or self._during_which_owner(tok) or self._where_visit_owner(tok)
        doer = doer or self._conjunct_owner(tok)
        if doer is not None:
            return doer
        if tok.lower_ == "leader" and _nationalities(tok):  # 'the Fijian leader': not the 'Opposition Leader'
            return self.national_leader(tok) or super().person(tok)
        return super().person(tok) or self.national_leader(tok) or self._titled_possessor(tok)

    def _titled_possessor(self, tok: Token) -> Person | None:
        """'The Foreign Secretary's last visit': a definite title as a possessor is its holder."""
        possessor = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"'s", "’s"}
        definite = any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
        if not (possessor and definite and tok.lower_ in gazetteer().title_words):
            return None
        return self.by_title(tok)

    def _during_visit_owner(self, tok: Token) -> Person | None:
        """'the hospitality extended to Prime Minister X during his visit to Y': the official just
        named as the one it was extended to, not the clause's subject."""
        visit = tok.head
        if tok.lower_ not in {"his", "her"} or tok.dep_ != "poss" or visit.lemma_ not in TRIP_NOUNS:
            return None
        during = visit.head
        if during.lower_ != "during" or during.dep_ != "prep":
            return None
        before = [(m, p) for m, p in self.mentions if m.sent.start == tok.sent.start and m.end == during.i]
        named = [p for m, p in before if m.root.dep_ == "pobj" and p.official]
        return named[-1] if named else None

    def _during_which_owner(self, tok: Token) -> Person | None:
        """'Yeltsin's visit to China, set for Dec. 18-20, during which he is to hold talks': the one
        whose visit 'which' stands for."""
        verb = tok.head
        if tok.lower_ not in {"he", "she"} or tok.dep_ != "nsubj" or verb.dep_ != "relcl":
            return None
        which = [o for c in verb.children if c.lower_ == "during" for o in c.children if o.lower_ == "which"]
        visit = next((a for a in list(verb.ancestors)[:4] if a.lemma_ in TRIP_NOUNS), None)
        owners = [c for c in visit.children if c.dep_ == "poss"] if which and visit is not None else []
        return super().person(owners[0]) if owners else None

    def _conjunct_owner(self, tok: Token) -> Person | None:
        """'the Minister for Foreign Affairs, Javier Solana, and his Chilean counterpart': the one
        named in the first conjunct."""
        noun = tok.head
        if tok.lower_ not in {"his", "her"} or tok.dep_ != "poss" or noun.dep_ != "conj":
            return None
        return super().person(noun.head) if noun.head.i in self.by_token else None

    def _where_visit_owner(self, tok: Token) -> Person | None:
        """'a visit by the President of the Government of Spain to Lisbon, where he will be received':
        the visitor."""
        verb = tok.head
        if tok.lower_ not in {"he", "she"} or tok.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "relcl":
            return None
        if not any(c.lower_ == "where" for c in verb.children) or verb.head.head.lower_ != "to":
            return None
        visit = verb.head.head.head
        if visit.lemma_ not in TRIP_NOUNS:
            return None
        owners = [c for c in visit.children if c.dep_ == "poss"]
        owners += [o for c in visit.children if c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
        return super().person(owners[0]) if owners else None

    def _own_object_owner(self, tok: Token) -> Person | None:
        """'Blair ... made his first visit to Jerusalem': 'his' on the object of a verb is its subject;
        'The President congratulated the Prime Minister on his successful visit to Japan': the one
        congratulated (or thanked) on it."""
        if tok.lower_ not in {"his", "her"} or tok.dep_ != "poss":
            return None
        thing = tok.head
        if thing.dep_ == "pobj" and thing.head.lower_ in {"on", "for"} and thing.head.head.pos_ == "VERB":
            objects = [c for c in thing.head.head.children if c.dep_ == "dobj" and c.lower_ not in PRONOUNS]
            found = super().person(objects[0]) if objects else None
            if found is not None:
                return found
        if thing.dep_ != "dobj":
            return None
        who = subject(tok.head.head)
        if who is None or who.lower_ in PRONOUNS or who.lower_ in RELATIVE_PRONOUNS:
            return None
        return super().person(who) or self._apposed(who)

    def national_leader(self, tok: Token) -> Person | None:
        """'The Indian leader', 'the Spanish leader': the official of that country the article
        names most, a head of state or government first; 'the libertarian leader': the official
        the article names most; 'the Head of State': the article's
        principal head of state or government; 'his American counterpart': as 'the American leader'."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if tok.lower_ in {"counterpart", "colleague"} and owner is not None:  # ('his Colombian colleague')
            if any(c.dep_ == "appos" for c in tok.children):
                return None  # ('his Ghanaian counterpart, Ms X': X)
            countries = {gazetteer().country(c.text) for c in tok.children if c.dep_ in {"amod", "compound"}}
            ours = [p for p in self.people if p.official and p.country in countries - {None}]
            own = self.person(owner)
            ranks = {office(t) for t in own.titles} if own is not None else set()

            def alike(p: Person) -> bool:  # a president's counterpart is a president
                return any(office(t) in ranks for t in p.titles)

            # (one of the same office whose country is not settled yet: 'his Foreign Minister, X')
            unsettled = [p for p in self.people if p.official and p.country is None and alike(p)]
            unsettled = [p for p in unsettled if p is not own]
            if not any(map(alike, ours)) and len(unsettled) == 1:
                return unsettled[0]
            # (a colleague holds a like office: 'Malik will host a dinner for his Philippine colleague' is
            # Foreign Secretary Romulo, named before, not President Marcos)
            if tok.lower_ == "colleague" and not any(map(alike, ours)):
                told = [p for p in unsettled if p.mentions[0].start < tok.i]
                return max(told, key=lambda p: len(p.mentions), default=None)
            return max(ours, key=lambda p: (alike(p), _heads_a_state(p), len(p.mentions)), default=None)
        if not any(c.lower_ == "the" for c in tok.children):
            return None
        if tok.lower_ == "head" and _of_state(tok):
            heads = [p for p in self.people if p.official and _heads_a_state(p)]
            return max(heads, key=lambda p: len(p.mentions), default=None)
        if tok.lower_ != "leader":
            return None
        countries = {gazetteer().country(c.text) for c in tok.children if c.dep_ in {"amod", "compound"}}
        countries -= {None}
        ours = [p for p in self.people if p.official and (p.country in countries or not countries)]
        if not countries:  # 'the libertarian leader': the one the article is about, named most
            return max(ours, key=lambda p: len(p.mentions), default=None)
        if not any(_heads_a_state(p) for p in ours):  # a head whose country is not settled yet
            unsettled = [p for p in self.people if p.official and p.country is None and _heads_a_state(p)]
            ours = unsettled if len(unsettled) == 1 else ours
        return max(ours, key=lambda p: (_heads_a_state(p), len(p.mentions)), default=None)

    def group(self, tok: Token) -> list[Person]:
        found = self._group(tok)
        # ('the two Presidents, with their Ministers of Foreign Relations, held a working session')
        withs = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]
        theirs = [o for o in withs if o.dep_ == "pobj" and any(g.lower_ == "their" for g in o.children)]
        along = [p for o in theirs for p in self._office_holders(o)] if found else []
        return found + [p for p in along if all(p is not q for q in found)]

    def _group(self, tok: Token) -> list[Person]:
        if tok.lower_ == "they" and tok.dep_ in PERSON_ROLES:
            return self.plural_subject(tok)
        count = party_count(tok)
        if count:  # 'The two leaders announced ...': the pair named as a subject before
            # ('The three Heads of State, A, B and C, will meet': those named with it)
            # (not 'The two Prime Ministers, joined by A and B')
            apposed = [self.by_token[t.i] for c in tok.children if c.dep_ in {"appos", "conj"} and c.i > tok.i
                       for t in c.subtree if t.i in self.by_token and self.by_token[t.i].official]
            if len(set(map(id, apposed))) == count:
                return list({id(p): p for p in apposed}.values())
            people = self.plural_subject(tok)
            # ('The two Ministers of Foreign Affairs held' after the heads' talks: the two ministers)
            holders = self._office_holders(tok)
            if len(holders) == count and set(map(id, people)) != set(map(id, holders)):
                return holders
            heads = [p for p in self.people if p.official and head_of_state(p)
                     and min(m.start for m in p.mentions) < tok.i]  # (named by then)
            # ('the two Heads of State held a meeting' after the ministers' talks: the two heads)
            not_heads = tok.lower_ in {"heads", "presidents"} and not all(head_of_state(p) for p in people)
            if not_heads and len(heads) == count:
                return heads
            # ('the three leaders will attend a working dinner', 'where the two Heads of State held a private
            # conversation', no subject naming them together: the article's leaders)
            leaders = [p for p in self.people if p.official and _heads_a_state(p) and not _deputy(p)]
            if tok.lower_ != "leaders" or count < 3:  # ('the two leaders': the pair of the talks told)
                leaders = heads if tok.lower_ in {"heads", "presidents"} else []
            if len(people) != count and len(leaders) == count:
                return leaders
            # ('Kaunda has been in the city since Sunday, and Nyerere is expected this afternoon. The two
            # Frontline leaders will meet tomorrow': the subjects of the sentence before, one each)
            # ('A second round of talks, restricted to the two Prime Ministers': the two so titled)
            kind = " ".join(c.text for c in tok.children if c.dep_ == "compound")  # (not 'the two ministers')
            words = _words(f"{kind} {tok.text[:-1]}")
            titled = [p for p in self.people if p.official and any(words <= _words(t) for t in p.titles)]
            if kind and len(titled) == count:
                return titled
            if len(people) == count:
                return people
            return self._subjects_before(tok, count) or self._one_office(tok, count)
        heads = tok.lower_ == "presidents" or (tok.lower_ == "heads" and _of_state(tok))
        if heads and any(c.lower_ == "the" for c in tok.children):
            # ('On 15 April the Heads of State held talks': the two heads named by then)
            heads = [p for p in self.people if p.official and head_of_state(p)
                     and min(m.start for m in p.mentions) < tok.i]
            return heads if len(heads) == 2 else []
        owned = any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in tok.children)
        if owned and tok.lower_ in GUEST_NOUNS:  # 'a working dinner in honour of her colleagues': those told
            people = self.plural_subject(tok)
            return people if len(people) >= 2 else []
        countries = office_countries(tok)
        if len(countries) >= 2:  # 'The Foreign Ministers of Guinea and Mali arrived'
            people = [p for p in self._office_holders(tok) if p.country in countries]
            return people if len(people) == len(countries) else []
        countries = _nationalities(tok) if tok.lower_ in PARTY_NOUNS else set()
        if countries:  # 'the Russian ministers were received by ...'
            people = [p for p in self.plural_subject(tok) if p.country in countries]
            return people if len(people) >= 2 else []
        return super().group(tok)

    def _one_office(self, tok: Token, count: int) -> list[Person]:
        """'The four Contadora ministers will meet': the only N officials who share one minister's (or
        secretary's) title."""
        # (a group's name, not 'the two ministers', nor 'the two Ministers for Foreign Affairs')
        named = any(c.dep_ == "compound" and c.is_title and not _title_word(c) for c in tok.children)
        if tok.lower_ != "ministers" or not named or any(c.dep_ == "prep" for c in tok.children):
            return []
        offices: dict[frozenset, list[Person]] = {}
        for person in (p for p in self.people if p.official and p.titles):
            words = frozenset(_words(person.titles[0]))
            if words & {"minister", "secretary"} and not words & HEAD_TITLES:
                offices.setdefault(words, []).append(person)
        fitting = [holders for holders in offices.values() if len(holders) == count]
        return fitting[0] if len(fitting) == 1 else []

    def _office_holders(self, tok: Token) -> list[Person]:
        """The officials whose titles hold a plural office's words: 'the two Ministers of Foreign
        Affairs', 'the two foreign ministers'."""
        if tok.lower_ != "ministers":
            return []
        words = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}}
        words = {w for w in words if not gazetteer().country(w)}  # (not 'the two Russian ministers')
        words |= {t.lower_ for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
        words = {w for w in words - {"of", "the", "and"} if not gazetteer().is_country(w)}  # ('of Guinea')
        if not words or words & HEAD_TITLES:  # (not 'the two ministers': any two; heads are read as heads)
            return []
        # ('the two Foreign Ministers': a 'Secretary of Foreign Affairs' is one)
        return [p for p in self.people if p.official and any(_holds(words, _words(t)) for t in p.titles)]

    def _subjects_before(self, tok: Token, count: int) -> list[Person]:
        """The officials the sentence before names as the subjects of its clauses, one each (by name,
        not 'we'), if their number fits (and, for 'the two leaders', each heads a state)."""
        before = sentence_before(tok)
        subjects = [self.by_token.get(t.i) for t in before or [] if t.dep_ in {"nsubj", "nsubjpass"}]
        found = list({id(p): p for p in subjects if p is not None and p.official}.values())
        heads = tok.lemma_.lower() in {"leader", "head", "president"}
        fits = len(found) == count and (not heads or all(map(head_of_state, found)))
        return found if fits else []

    def plural_subject(self, tok: Token) -> list[Person]:
        """'A and B visited Nay Pyi Taw ... During the visit, they met with C': the latest subject
        before that names two or more officials (with the subject of a verb left out after 'and': 'A will
        arrive on Sunday morning and B on Sunday afternoon. Both leaders will depart on Monday')."""
        for cur in reversed(tok.doc[: tok.i]):
            if cur.dep_ in PERSON_ROLES and cur.head.i > cur.i and cur.lower_ != "they":
                people = subject_people(cur, self)
                people += [p for p in map(self.person, gapped_subjects(cur.head)) if p and p not in people]
                if len(people) >= 2:
                    return people
        return []

    def _antecedent(self, tok: Token) -> Person | None:
        governing = self._parallel_object(tok) or self._governing_subject(tok) or self._previous_subject(tok)
        governing = governing or self._relative_object(tok)
        governing = governing or self._object_antecedent(tok)
        # (a speaker reports another's acts as often as their own: 'Khan told reporters that she would')
        reported = any(a.lemma_ in SPEECH_VERBS for a in tok.ancestors)
        fits = governing is not None and (fits_pronoun(governing, tok) or not reported)
        return governing if fits else super()._antecedent(tok)

    def _parallel_object(self, tok: Token) -> Person | None:
        """'Wen will meet Kibaki on Friday, and Wu will meet him in the afternoon': the object of a
        verb conjoined to the same verb is that verb's object."""
        verb = tok.head
        if tok.lower_ not in {"him", "her"} or tok.dep_ != "dobj" or verb.dep_ != "conj":
            return None
        if verb.head.lemma_ != verb.lemma_:
            return None
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.lower_ not in PRONOUNS]
        return self.person(objects[0]) if objects else None

    def _object_antecedent(self, tok: Token) -> Person | None:
        """'Park met X, and Rouhani is scheduled to host a state dinner for her': an object pronoun
        is not the subject of its own clause (with the verbs it completes), but may be the subject
        of another clause of its sentence before it."""
        if tok.lower_ not in {"him", "her"} or tok.dep_ not in {"dobj", "pobj", "dative"}:
            return None
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        own = []
        while verb is not None:
            own += [c for c in verb.children if c.dep_ in PERSON_ROLES]
            verb = verb.head if verb.dep_ == "xcomp" and verb.head is not verb else None
        excluded = {id(p) for p in (self.person(c) for c in own if c.lower_ not in PRONOUNS) if p is not None}
        if any(c.lower_ in PRONOUNS for c in own):
            return None  # 'he will host a dinner for her': leave it to the wider reading
        earlier = [
            p
            for m, p in self.mentions
            if tok.sent.start <= m.start and m.end <= tok.i and m.root.dep_ in PERSON_ROLES
            and id(p) not in excluded
        ]
        return earlier[-1] if earlier and own else None

    def _relative_object(self, tok: Token) -> Person | None:
        """'Powell travels to Jericho for talks with Abbas, who will host him': an object pronoun in
        a relative clause is the subject of the clause that clause hangs in."""
        if tok.lower_ not in {"him", "her"} or tok.dep_ not in {"dobj", "pobj", "dative"}:
            return None
        relative = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if relative is None or relative.dep_ != "relcl":
            return None
        main = next((a for a in relative.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subjects = [c for c in main.children if c.dep_ in PERSON_ROLES] if main is not None else []
        found = self.person(subjects[0]) if subjects else None
        return found if found is not None and found is not self.person(relative.head) else None

    def _previous_subject(self, tok: Token) -> Person | None:
        """'On Thursday, the Secretary-General will meet with President X and Foreign Minister Y. On
        Friday, he will visit ...': a sentence-opening subject pronoun continues the subject of the
        sentence before, named or titled (not its last-named object)."""
        if not _subject_position(tok) or any(t.dep_ in PERSON_ROLES for t in tok.sent if t.i < tok.i):
            return None
        before = sentence_before(tok)
        if before is None:
            return None
        saying = before.root.lemma_ in SPEECH_VERBS
        said = [c for c in before.root.children if c.dep_ == "ccomp"] if saying else []
        clauses = [*said, before.root]  # 'Biden will travel to Hiroshima, Jean-Pierre said. He ...': Biden
        subjects = [c for v in clauses for c in v.children if c.dep_ in PERSON_ROLES]
        found = [self.person(c) for c in subjects if c.lower_ not in PRONOUNS]
        return next((p for p in found if p is not None), None)

    def _governing_subject(self, tok: Token) -> Person | None:
        """For a subject pronoun, the nearest subject of a clause above its own."""
        if not _subject_position(tok):
            return None  # 'Kang is planning to host a banquet for him': not Kang
        own = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        for verb in (a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"} and a is not own):
            subjects = [c for c in verb.children if c.dep_ in PERSON_ROLES and c.i < tok.i]
            if subjects:  # 'He travels to New Delhi, where he will hold talks': the same he
                who = subjects[0]
                if who.lower_ in RELATIVE_PRONOUNS and who.head.dep_ == "relcl":
                    who = who.head.head  # 'Austin, who met X when he was here': Austin
                found = self.person(who) or self._apposed(who)
                if found is not None:
                    return found
        return None

    def _apposed(self, tok: Token) -> Person | None:
        """"Eritrea's foreign minister, Osman Saleh, led ...": the name in apposition to the subject."""
        names = (self.person(c) for c in tok.children if c.dep_ == "appos")
        return next((p for p in names if p is not None), None)

    def by_title(self, tok: Token) -> Person | None:
        """Of the holders named before, the article's principal one: named most often, else named
        first (a lead names its principal first); else the first one named after."""
        words, countries = _description(tok)
        titled = [(m, p) for m, p in self.mentions if any(words <= _words(t) for t in p.titles)]
        # ('the Minister of Trade and Industry of Malta': the one so titled, though his country is not
        # settled yet)
        portfolio = [(m, p) for m, p in of_portfolio(tok, titled)
                     if not countries or p.country in countries | {None}]
        fitting = portfolio or [(m, p) for m, p in titled if not countries or p.country in countries]
        fitting = visitors_first(tok, fitting)
        if not fitting:
            return super().by_title(tok)
        # 'The Secretary-General' is Annan, not the 'Spokesman for the Secretary-General'
        headed = [(m, p) for m, p in fitting if any(words <= _head_words(t) for t in p.titles)]
        # (not 'Minister Di Tella' before 'The Minister of Foreign Affairs, X': a bare word is a style)
        # ('the President of the Republic' is the one so titled, not the 'President of the Portuguese
        # Republic')
        exact = [(m, p) for m, p in fitting
                 if len(words) > 1 and any(words == _words(t) - {"of", "the"} for t in p.titles)]
        # 'the Minister' is the 'Minister of External Relations' before the 'Prime Minister'
        office = [(m, p) for m, p in fitting if any(words == _head_words(t) for t in p.titles)]
        # 'the Prime Minister': one so titled first; one named before first ('the premier' is the
        # Prime Minister named before, not a Premier named after)
        levels = [level for level in (exact, office, headed, fitting) if level]
        others = self._conjuncts(tok)  # 'The Deputy Secretary and the State Secretary': two people
        for level in levels:
            before = [p for m, p in level if m.end <= tok.i and p not in others]
            if before:  # (the one named most as a doer: 'the President' is the visitor the programme follows)
                return max(before, key=lambda p: (doer_mentions(p, tok.i), len(p.mentions)))
        after = [p for m, p in levels[0] if m.start > tok.i and p not in others]
        return after[0] if after else None

    def _conjuncts(self, tok: Token) -> list[Person]:
        """Holders of the titles coordinated with this one; not one who holds both ('the Prime
        Minister and Minister of Foreign Affairs')."""
        siblings = [c for c in tok.children if c.dep_ == "conj"]
        if tok.dep_ == "conj":
            siblings.append(tok.head)
        found = []
        for sibling in siblings:
            holder = self.by_token.get(sibling.i) or References.by_title(self, sibling)
            low, high = sorted((tok, sibling), key=lambda t: t.i)
            phrase = _words(tok.doc[low.left_edge.i : high.right_edge.i + 1].text) - {"the"}
            if holder is not None and not any(phrase <= _words(t) for t in holder.titles):
                found.append(holder)
        return found


TITLE_PREPS = {"for", "of", "to", "in", "at", "on", "with"}


GUEST_NOUNS = {"guests", "colleagues", "visitors", "counterparts"}


def _head_words(title: str) -> set[str]:
    """The words of a title before its first preposition: the office itself ('Spokesman' of
    'Spokesman for the Secretary-General'), not the one it serves."""
    words = title.replace(",", " ").lower().split()
    cut = next((i for i, w in enumerate(words) if w in TITLE_PREPS), len(words))
    return _words(" ".join(words[:cut]))


def _holds(words: set[str], title: set[str]) -> bool:
    """'the two Foreign Ministers': a 'Minister' or 'Secretary' whose title holds the words."""
    return words <= title and bool(title & {"minister", "secretary"})


def _relative_owner(tok: Token) -> Token | None:
    """For 'his' in 'X, who canceled his trip': X."""
    if tok.lower_ not in {"his", "her"}:
        return None
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "relcl":
        return None
    relative = any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
    return verb.head if relative else None


HEAD_TITLES = {"president", "prime", "premier", "chancellor", "king", "emperor", "amir", "emir", "sultan"}


def _of_state(tok: Token) -> bool:
    """'head of state', 'the Heads of State and Government' (not 'the heads of leading companies')."""
    ofs = [c for c in tok.children if c.lower_ == "of"]
    return any(o.lower_ in {"state", "government"} for c in ofs for o in c.children)


def _heads_a_state(person: Person) -> bool:
    return any(set(t.lower().split()) & HEAD_TITLES for t in person.titles)


def _deputy(person: Person) -> bool:
    return any({"vice", "deputy"} & set(t.lower().replace("-", " ").split()) for t in person.titles)


PARTY_NOUNS = {"leaders", "heads", "ministers", "presidents", "sides", "counterparts", "premiers", "men"}
PARTY_NOUNS |= {"visitors", "guests"}  # 'The talks between the two visitors and X'


def _nationalities(tok: Token) -> set[str]:
    """{'RU'} for 'the Russian ministers'."""
    if not any(c.lower_ == "the" for c in tok.children):
        return set()
    return {gazetteer().country(c.text) for c in tok.children if c.dep_ == "amod"} - {None}


def party_count(tok: Token) -> int | None:
    """2 for 'the two leaders', 'both ministers'; None for other words."""
    if tok.lower_ not in PARTY_NOUNS:
        return None
    return next((NUMBERS[c.lower_] for c in tok.children if c.lower_ in NUMBERS), None)


def _subject_position(tok: Token) -> bool:
    """'he will meet', 'that he, Biden and Modi would try to meet'."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in PERSON_ROLES


# ---------------------------------------------------------------- delegations

LEADERS = {"lead", "head", "represent"}  # "the delegation led by X", "Ukraine will be represented by X"
CREW_NOUNS = {"delegation", "team", "troika"}  # 'the Ukrainian team', 'the EU troika'
CREW_PLURALS = {"representatives", "envoys"}  # 'representatives of the United States', 'the envoys'
MEMBER_VERBS = {"include", "comprise"}  # 'It also included A and B'


def crew_word(tok: Token) -> bool:
    return tok.lemma_ in CREW_NOUNS or tok.lower_ in CREW_PLURALS


def delegations(doc: Doc, refs: References) -> dict[str, list[Person]]:
    """Members of the article's delegations by country ('' when unsaid): their heads ('led by
    X', 'will be headed by X', a country 'represented by X') and members ('with the participation
    of X and Y', 'the delegation ... It also included X and Y')."""
    crews: dict[str, list[Person]] = {}
    last = None
    for tok in doc:
        if crew_word(tok) or (tok.dep_ == "nsubjpass" and gazetteer().country(tok.text)):
            last, members = tok, _heads(tok, refs) + _participants(tok, refs) + _includes(tok, refs)
        elif tok.dep_ == "nsubj" and tok.head.lemma_ in MEMBER_VERBS and tok.lower_ in {"it", "they"}:
            members = listed(refs, list_region(tok.head))
        else:
            continue
        if last is not None:
            crew = crews.setdefault(_delegation_country(last), [])
            crew += [p for p in members if all(p is not q for q in crew)]
    return crews


def delegation_people(tok: Token, crews: dict[str, list[Person]]) -> list[Person]:
    """'the Ukrainian delegation', 'the delegations of Ukraine and Poland': their members."""
    if not crew_word(tok):
        return []
    countries = _countries_of(tok)
    if not countries:  # 'the envoys': the delegation told of, if only one is
        filled = [crew for crew in crews.values() if crew]
        return crews.get("") or (filled[0] if len(filled) == 1 else [])
    return [p for code in countries for p in crews.get(code, [])]


def _delegation_country(tok: Token) -> str:
    countries = _countries_of(tok)
    return countries[0] if len(countries) == 1 else ""


def _countries_of(tok: Token) -> list[str]:
    gaz = gazetteer()
    words = [tok, *(c for c in tok.children if c.dep_ in {"amod", "compound"})]
    # ('of African leaders who arrived in Ukraine': not the relative clause's places)
    clauses = {t.i for c in tok.subtree if c.dep_ == "relcl" for t in c.subtree}
    ofs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    words += [o for c in ofs for o in c.subtree if o.i not in clauses]
    words += [o.doc[o.left_edge.i : o.i + 1] for o in words if o.dep_ == "pobj"]  # 'of the United States'
    return [code for code in dict.fromkeys(gaz.country(w.text) for w in words) if code]


def _heads(tok: Token, refs: References) -> list[Person]:
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in LEADERS]
    if tok.dep_ == "nsubjpass" and tok.head.lemma_ in LEADERS:
        verbs.append(tok.head)
    agents = [a for verb in verbs for a in verb.children if a.dep_ == "agent"]
    return [p for agent in agents for p in listed(refs, list_region(agent))]


def _includes(tok: Token, refs: References) -> list[Person]:
    """'X will lead a delegation ...', 'The delegation includes A and B': its lead and members."""
    verb = tok.head
    if tok.lemma_ not in CREW_NOUNS:
        return []  # 'Additional representatives of Mexico included ...': present, not a travelling party
    if tok.dep_ == "dobj" and verb.lemma_ in {"lead", "head"}:
        who = subject(verb)
        return subject_people(who, refs) if who is not None else []
    if tok.dep_ == "nsubj" and verb.lemma_ in MEMBER_VERBS:
        return listed(refs, list_region(verb))
    return []


def _participants(tok: Token, refs: References) -> list[Person]:
    """'the delegation with the participation of X and Y'."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"):
        for noun in (o for o in prep.children if o.lower_ == "participation"):
            of = [c for c in noun.children if c.lower_ == "of"]
            return listed(refs, list_region(of[0])) if of else []
    return []


def closing_relative(region: Span) -> Token | None:
    """The relative pronoun right after a list ('A, B and C, who arrived in Kyiv'), if any."""
    after = region.doc[region.end] if region.end < len(region.doc) else None
    return after if after is not None and after.lower_ in RELATIVE_PRONOUNS else None


def relative_antecedents(pronoun: Token, refs: References) -> list[Person]:
    """'met with A, B and C who arrived in Kyiv', 'A and B, who arrived on Wednesday, held talks':
    a relative clause closing a list of officials speaks of the whole list (the parser hangs it on
    C alone)."""
    for start in pronoun.sent:
        if start.i >= pronoun.i:
            break
        if start.lower_ in {"with", "between"} or start.pos_ == "VERB":
            region = list_region(start)
            if region.end == pronoun.i and listed(refs, region):
                return listed(refs, region)
    antecedent = pronoun.head.head if pronoun.head.dep_ == "relcl" else None
    if antecedent is None:
        return []
    if antecedent.dep_ == "appos" and not refs.group(antecedent):
        antecedent = antecedent.head  # 'X, the Lebanese Prime Minister, who arrived': X
    if pronoun.i > 0 and pronoun.nbor(-1).text == ",":  # 'A and B, who arrived on Wednesday, held'
        while antecedent.dep_ == "conj" and antecedent.head.i < antecedent.i:
            antecedent = antecedent.head
        if antecedent.dep_ in {"nsubj", "nsubjpass"}:
            return subject_people(antecedent, refs)
    return refs.group(antecedent)


def _relative_crew(pronoun: Token, crews: dict[str, list[Person]]) -> list[Person]:
    """'the delegation of African leaders who arrived in our country': the delegation's members."""
    antecedent = pronoun.head.head if pronoun.head.dep_ == "relcl" else None
    if antecedent is not None and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of":
        antecedent = antecedent.head.head if crew_word(antecedent.head.head) else antecedent
    return delegation_people(antecedent, crews) if antecedent is not None else []


def named_by(tok: Token, refs: References) -> list[Person]:
    """The officials a noun phrase names; a title the parser made the head ('President of Ukraine
    Volodymyr Zelenskyy met', the name hanging under 'of') stands for its holder."""
    couple = refs.couple(tok)
    if couple is not None:
        return [couple]
    return refs.group(tok) or [
        p for p in refs.people if p.official and any(s.start <= tok.i < s.end for s in p.title_spans)
    ][:1]


def _apposed_names(who: Token, refs: References) -> list[Person]:
    """'The two foreign ministers, A and Peru's B, met': a plural title followed by the names it
    stands for is those named (not the pair told before)."""
    if who.tag_ != "NNS" or who.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    names = [c for c in who.children if c.dep_ in {"conj", "appos"} and c.i > who.i]
    found: list[Person] = []
    for name in names:
        for tok in [name, *(c for c in name.subtree if c.dep_ == "conj")]:
            person = refs.by_token.get(tok.i)
            if person is not None and person.official and all(person is not p for p in found):
                found.append(person)
    return found if len(found) >= 2 else []


def subject_people(who: Token, refs: References, crews: dict | None = None) -> list[Person]:
    """The officials of a subject: a delegation's members ('the delegation led by X'), the list
    a relative pronoun closes, and the names the parser left out of a long subject list ('A, DHS
    Secretary B, and Under Secretary of State C traveled', C parsed under 'Under'): the names on
    the surface from the subject's first word up to its verb."""
    if who.lower_ in RELATIVE_PRONOUNS:
        return relative_antecedents(who, refs) or _relative_crew(who, crews or {})
    apposed = _apposed_names(who, refs)
    if apposed:
        return apposed
    people = named_by(who, refs) or delegation_people(who, crews or {}) or _heads(who, refs)
    people = people or [p for c in who.children if c.dep_ == "appos" for p in named_by(c, refs)]
    if who.dep_ not in {"nsubj", "nsubjpass"} or who.head.i < who.i:
        return people
    end = who.i
    while end < who.head.i and not _clause_break(who.doc[end]):
        end += 1
    for tok in who.doc[who.left_edge.i : end]:
        person = refs.by_token.get(tok.i)
        if person is None or not person.official or tok.i in refs.in_title or _possessor(tok):
            continue  # "President Biden's National Security Advisor Jake Sullivan": not Biden
        if all(person is not p for p in people):
            people.append(person)
    return people


def _possessor(tok: Token, depth: int = 3) -> bool:
    return any(t.dep_ == "poss" for t in [tok, *tok.ancestors][:depth])


def _clause_break(tok: Token) -> bool:
    """A verb or relative word ends a subject; not 'including' ('Foreign ministers including A and B')."""
    return (tok.pos_ in {"VERB", "AUX"} and tok.lower_ not in LIST_OPENERS) or tok.lower_ in RELATIVE_WORDS


def listed(refs: References, region: Span) -> list[Person]:
    """The officials a list names or refers back to, in order. Not a possessor ('Head of the
    President's Office Andriy Yermak'), nor a bare title naming someone only later: that is a
    title word inside the list ('Deputy Assistant to the President ...')."""
    found: list[Person] = []
    for tok in region:
        named = tok.i in refs.by_token
        if tok.i in refs.in_title or _possessor(tok, 1) or (not named and _no_reference(tok)):
            continue
        person = refs.person(tok)
        if person is None or any(person is p for p in found):
            continue
        if named or any(m.start < region.start for m in person.mentions):
            found.append(person)
    return found


def _no_reference(tok: Token) -> bool:
    return tok.dep_ == "compound" or tok.lower_ in {"his", "her"}


LEG_NOUNS = {"leg", "part", "stop", "stage", *TRIP_NOUNS}


def called_off(doc: Doc) -> set[int]:
    """Start offsets of sentences whose trip or meeting is called off by the next sentence ('The
    Minister had been scheduled to proceed to Abuja ... That leg of the visit has been postponed')
    or by a later clause of its own ('had planned to travel to Mexico City in March, but the visit
    was postponed')."""
    sents = list(doc.sents)
    named = called_off_places(doc)  # ('the Dhaka leg of his tour': that stop only)
    whole = [s for s in sents if s.start_char not in named]
    # ('A proposed stop in Suva, where X was to have called on Y, was dropped': that sentence's own)
    out = {s.start_char for s in whole if any(_calls_off(t, {"the", "a"}) or _off_after_leg(t) for t in s)}
    for before, sent in pairwise(sents):
        if not any(map(_off_after_leg, sent)) and any(_calls_off(tok, {"that", "this"}) for tok in sent):
            out.add(before.start_char)
        if any(_calls_off_told_place(tok, before) for tok in sent):
            out.add(before.start_char)
        if any(_calls_off(tok, {"a", "the", "that", "this"}) for tok in before) and _back_there(sent):
            out.add(sent.start_char)  # 'A stop in Banjul was postponed. X was to meet Y there.'
    # ('X was expected in Tokyo. Is that visit still on? - The visit has been postponed': the answer
    # calls off the trip the question points back to)
    for told, question, answer in zip(sents, sents[1:], sents[2:], strict=False):
        pointed = any(t.lower_ in {"that", "this"} and t.head.lemma_ in LEG_NOUNS for t in question)
        asks = pointed and question.text.rstrip().endswith("?")
        if asks and any(_calls_off(tok, {"the"}) for tok in answer):
            out.add(told.start_char)
    return out


def _named_place_leg(verb: Token) -> list[str]:
    """'but the Dhaka leg of his tour ... has been postponed': the places of the legs called off."""
    if not _calls_off(verb, {"the", "that", "this"}):
        return []
    legs = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_ in LEG_NOUNS]
    places = [c for leg in legs for c in leg.children if c.dep_ == "compound"]
    return [c.text for c in places if gazetteer().country(c.text)]


def called_off_places(doc: Doc) -> dict[int, list[str]]:
    """Start offsets of sentences -> the places of the legs they call off by name."""
    found = {s.start_char: [p for tok in s for p in _named_place_leg(tok)] for s in doc.sents}
    return {start: places for start, places in found.items() if places}


def _calls_off_told_place(verb: Token, before: Span) -> bool:
    """'had been scheduled to visit the Sultanate of Oman on 27-28 October, where he was to meet X. The
    visit to Oman has been postponed': the leg to the place the sentence before names."""
    if not _calls_off(verb, {"the"}):
        return False
    legs = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_ in LEG_NOUNS]
    places = [o for leg in legs for p in leg.children if p.lower_ == "to"
              for o in p.children if o.dep_ == "pobj"]
    told = {t.text for t in before}
    travels = any(t.lemma_ in TRIP_VERBS | TRIP_NOUNS for t in before)
    return travels and any(o.text in told and gazetteer().country(o.text) for o in places)


def _off_after_leg(verb: Token) -> bool:
    """'had been due to stop in Montevideo on Friday ..., but that leg has been postponed': the leg
    told before in the sentence."""
    told = any(t.lemma_ in TRIP_VERBS and t.pos_ == "VERB" for t in verb.sent if t.i < verb.i)
    return told and _calls_off(verb, {"that"})


def _back_there(sent: Span) -> bool:
    """'had been expected to meet Y there': what was to happen at the place just called off."""
    there = any(t.lower_ == "there" and t.dep_ == "advmod" for t in sent)
    return there and sent.root.tag_ in {"VBN", "VBD"}  # told as what was to be, not what now is


def _calls_off(verb: Token, determiners: set[str]) -> bool:
    """'That leg ... has been postponed', 'the trip has been called off'."""
    off = calls_off(verb)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if off else []
    legs = [s for s in subjects if s.lemma_ in LEG_NOUNS]
    if "the" in determiners and off and _purpose_called_off(verb, subjects):
        return True
    return any(_named_leg(c, determiners) for s in legs for c in s.children)


EVENT_NOUNS = {"summit", "conference", "forum", "session", "ceremony", *MEETING_NOUNS}


def _purpose_called_off(verb: Token, subjects: list[Token]) -> bool:
    """'was due to travel to Lima for a ministerial meeting, which has been suspended': the event
    the journey is for is called off, and the journey with it."""
    if verb.dep_ != "relcl" or not any(s.lower_ in {"which", "that"} for s in subjects):
        return False
    event = verb.head
    if event.dep_ == "pobj" and event.head.lower_ == "of":  # 'a meeting of the Alliance, which ...'
        event = event.head.head
    purpose = event.head.lower_ == "for" and event.head.head.pos_ in {"VERB", "NOUN"}
    return event.lower_ in EVENT_NOUNS and purpose


def _named_leg(child: Token, determiners: set[str]) -> bool:
    """'That leg', 'the trip', 'Minister Rau's visit': a leg already told of, or whose traveler is said."""
    return child.lower_ in determiners or (child.dep_ == "poss" and "the" in determiners)


def dateline_place(doc: Doc) -> str | None:
    """'ISLAMABAD: ...', 'KYOTO – ...', 'JERUSALEM (AP) — ...': the place the report is filed from."""
    found = dateline(doc)
    return found.place if found else None


def evidence(tok: Token) -> list[dict]:
    sent = tok.sent
    return [{"start": sent.start_char, "end": sent.end_char}]
