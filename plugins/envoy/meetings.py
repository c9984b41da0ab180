"""Meetings: meet / hold talks / host / receive / welcome / banquet / breakfast meeting / call /
'talks between A and B will take place', with participants, host, day, place and status.

Rules chosen where the annotation guide leaves room:
- 'X met with A, B and C' is one meeting per counterpart; 'A, B and C met' / 'talks between A, B
  and C' / 'X will host A and B for a trilateral meeting' is one meeting of all.
- An undated meeting takes the day of the clause that sets the scene for it: the latest earlier
  dated meeting clause or travel clause ('travel to Warsaw on Friday, where he will meet ...',
  'In Fiji on February 12 ... will meet') of one of its participants with the same status, within
  the same place; never during a stay of several days ('during his stay ... will meet').
- A held meeting that the article quotes its participants on takes the day of a 'today' in their
  own words about it ('we will discuss ... today', 'today's meeting').
- 'X was joined in his meetings by A and B': A and B take part in each of X's meetings.
- 'met with A, B and C who arrived in Kyiv': a relative clause of arrival closing the list makes
  them one visiting party, met together (and all three arrived).
- A delegation stands for its members: its heads ('led by X', 'will be headed by X') and those
  'with the participation of' it; 'a meeting of the delegations of A and B' is one meeting of all.
- 'X and Y will take part in the talks' (definite, unnamed) join the talks last mentioned; 'take
  part in a meeting of advisers' (indefinite) is a session of others: no meeting of X with Y,
  but it still places them (implied trip).
- A report of a participant's own past act 'today' ('The President praised the signing today')
  dates a held, undated meeting it follows.
- A welcome or greeting, and what is done 'upon his arrival', fall on the day of the guest's arrival
  told before; meetings 'on the sidelines' of an attended summit take no day from it.
- 'A and B held talks with their counterparts C and D', '... together with E': one meeting of all.
- 'will not meet' is none; 'to see' an official is a meeting; 'was expected at the dinner' and
  'will join the meeting with Meloni' join that encounter; a videoconference with A and B is one.
- A day that bounds a stay ('until Thursday') dates none of its meetings; a departure dates the
  meetings of its own sentence only ('leaves for Jakarta on Tuesday, where he will hold talks').
- A venue the gazetteer cannot place ('at the Peace House in Panmunjom') takes no place from a
  participant's trips or scene.
- The same encounter mentioned twice (title and body, 'met' then 'the meeting') is one record
  (a headline's 'talks' may be the body's call);
  a named multilateral session ('the Quad Foreign Ministers Meeting') and a bilateral of the same
  people stay two.
- 'The video conference was joined by A and B', 'The summit, attended ... by X', 'The banquet was
  hosted by X', 'X also attended the talks', 'Y joined me for that meeting': they take part in the
  encounter just told (a summit or forum 'hosted by' X, or attended, is no meeting of X).
- 'held a summit ..., hosted by X' and 'a dinner that X hosted for his guest' name the host of that
  encounter, not another one; 'talks ..., at which ...' held at a lunch by its own parties are it.
- 'Later in the day' / 'in the evening' is the day of the latest event told before of one of the
  participants (an encounter, even 'During the talks'), not merely the last date written; 'Y,
  meanwhile, held talks' takes the day of the sentence before; an encounter 'after' or 'before'
  another takes only a day said in its own phrase; a return dates nothing told at the place left;
  a meeting where someone 'spent three days' is bounded by the stay.
- 'held talks here' is at the dateline's place; so is an encounter placed nowhere else that has an
  official of the dateline's country and no participant travelling elsewhere.
- 'three-way talks with A and B', 'met A and B together', 'host a breakfast meeting for A and B',
  'a videoconference with the presidents of X, A; Y, B; and Z, C': one meeting of all; who 'took
  part from the palace, accompanied by Y' and 'X, accompanied by Y, met Z': Y takes part.
- 'flies to Zagreb on Saturday for the last leg of the tour, a meeting with X': the apposed meeting
  is that leg's (its day and place); 'leaves A for B on Friday for talks': at B, not A.
- 'X says ... after talks with Y': X's talks; 'had spoken to Y by phone'; 'co-chair a session ...
  with Y'; 'a working session'; not 'had asked to see Y' nor 'preparations for the next summit'.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from envoy.clauses import (
    CALL_WORDS,
    DAY_WORDS,
    EVENT_VERBS,
    HERE_WORDS,
    LEAVING_VERBS,
    LIGHT_VERBS,
    MEETING_NOUNS,
    MEETING_VERBS,
    NUMBERS,
    PARTY_NOUNS,
    SEQUENCE_VERBS,
    TRIP_NOUNS,
    TRIP_VERBS,
    apposed_place,
    asked_whether,
    by_phone,
    chain,
    closing_relative,
    countries_subject,
    crew_word,
    dateline_place,
    day_timex,
    delegation_people,
    evidence,
    list_region,
    listed,
    named_by,
    negated,
    office,
    party_count,
    places_of,
    sentence_before,
    status,
    subject,
    subject_people,
    timex_span,
    timexes_of,
    visit_to_person,
)
from envoy.dates import CLOCK_SLOT
from envoy.lexicon import gazetteer
from envoy.nlp import MEALS, quoted
from envoy.officials import PRONOUNS, SPEECH_VERBS, Person, References, fits_pronoun, head_of_state
from envoy.temporal import PARTS, SLOT_MARKS, reported_clause
from envoy.trips import (
    MOVEMENT_VERBS,
    ONE_DAY,
    SPAN_OF_DAYS,
    STAY_LENGTH,
    Crew,
    a_day,
    crew_names,
    own_day,
    place_span,
    stops_of,
)

HOSTED_MEALS = MEALS
DIRECT_OBJECT_VERBS = {"meet", "receive", "welcome", "greet", "host", "call", "see", "brief", "telephone"}
GUEST_VERBS = {"receive", "welcome", "greet", "host"}  # their object is a visitor
GENERIC_MODIFIERS = {"state", "official", "working"}  # 'a State Banquet' is no named session
ROUNDS = {"round", "session", "series", "set", "couple"}  # of talks
NEXT_WORDS = {"second", "third", "another", "next", "new", "further", "final", "fresh"}
TOPIC_VERBS = {"discuss", "brief", "update"}  # not "recall": "recalled their meeting" in Hiroshima
FIRST_PERSON_PLURAL = {"we", "us", "our"}
HONOURS = {"honour", "honor"}
GUEST_NOUNS = {"guest", "guests", "visitor", "visitors", "couple"}
ARRIVAL_PREPS = {"upon", "on", "after"}
WELCOMES = {"welcome", "greet"}
EACH_WORDS = {"respectively", "separately"}
SAME_DAY = re.compile(r"\b(same|that) (day|morning|afternoon|evening|night)\b")  # 'return the same evening'
TODAY = re.compile(r"\b(today|tonight|(this|the) (morning|afternoon|evening))\b")
OWN_EVENT_VERBS = MEETING_VERBS | TRIP_VERBS | LIGHT_VERBS  # acts that are events of their own


def find_meetings(
    doc: Doc, triggers, refs: References, timexes: list[dict], crews: dict | None = None
) -> list[dict]:
    meetings: list[dict] = []
    for kind, tok in triggers:
        if not kind.startswith("MEETING") or (kind == "MEETING_NOUN" and tok.dep_ == "compound"):
            continue
        if kind == "MEETING_NOUN" and any(c.lower_ in {"press", "news"} for c in tok.children):
            continue  # 'told a joint news conference with Fahmy': the talks' own press event
        if kind == "MEETING_NOUN" and _meal_of_meeting(tok) is not None:
            continue  # 'will meet over breakfast': the meeting's kind, told by its verb
        # not 'X held summit talks', misparsed; not 'for the last leg, a meeting with X'
        # (but '09:00 — Working meeting between A and B' is a programme's slot, not a restatement)
        restated = tok.dep_ == "appos" and not _held_by(tok) and not _names_a_leg(tok)
        restated = restated and not SLOT.match(tok.head.text)
        if kind == "MEETING_NOUN" and (_topic(tok) or restated or _purpose_of_meeting(tok)):
            continue  # 'talks with Austin, their first face-to-face meeting': those talks again
        if kind == "MEETING_VERB" and tok.dep_ in {"amod", "compound"} and tok.head.lower_ in MEETING_NOUNS:
            continue  # 'a welcoming banquet': the banquet is the encounter
        if kind == "MEETING_NOUN" and _sequenced(tok):
            continue  # 'The summit was preceded by a meeting of ...': the summit told of before
        if kind == "MEETING_VERB" and tok.lemma_ in GUEST_VERBS and _call_object(tok):
            continue  # 'received a phone call from X': the call is the encounter
        if kind == "MEETING_VERB" and tok.lemma_ == "host" and _hosted_relative(tok):
            continue  # 'a working dinner that X hosted for his guest': the dinner is the encounter
        if kind == "MEETING_VERB" and _hosts_a_meeting_named(tok):
            continue  # 'held a summit on Sunday, hosted by President Sisi': the summit's host
        if kind == "MEETING_VERB" and _welcomes_a_thing(tok, refs):
            continue  # 'They welcomed the progress made since the summit'
        if tok.lemma_ == "call" and any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in tok.children):
            continue  # 'who called him "a true friend of Israel"'
        if kind == "MEETING_VERB" and tok.dep_ == "xcomp" and tok.head.lemma_ == "need" and quoted(tok):
            continue  # '"The two presidents need to talk regularly," X said': a view, no encounter
        if tok.lemma_ == "call" and any(c.lower_ == "for" and c.dep_ == "prep" for c in tok.children):
            continue  # 'called for an immediate ceasefire': a demand
        if tok.dep_ == "xcomp" and tok.head.lemma_ in REQUEST_VERBS:
            continue  # 'she had asked to see X': a request, not an encounter
        if negated(tok) or (tok.lemma_ in {"see", "brief"} and not _sees_an_official(tok, refs)):
            continue  # 'Powell will not see Yasser Arafat', 'to see for myself'
        if asked_whether(tok):
            continue  # 'Asked whether the President would meet X in Brussels, the Spokesman said ...'
        if tok.dep_ == "acl" and tok.head.lemma_ == "fact":
            continue  # 'the fact that the two ministers are talking at all': a comment, no encounter told
        if tok.lemma_ == "see" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            continue  # 'after seeing off his Liberian counterpart at the airport': a farewell
        others, prep = _counterparts(tok, refs, crews or {})
        if not others and tok.lower_ in HOSTED_MEALS:  # 'will give a working dinner for the two ministers'
            # ('will give a luncheon at the Embassy on Wednesday for the two Prime Ministers': on the verb)
            givers = [tok.head] if tok.dep_ == "dobj" and tok.head.lemma_ in GIVING_VERBS else []
            fors = [c for h in [tok, *givers] for c in h.children if c.lower_ == "for"]
            guests = [o for c in fors for o in c.children if _group_noun(o)]
            others, prep = (_guest_party(tok, guests[0], meetings, refs), "for") if guests else ([], prep)
        agents = [] if prep == "between" else _agents(tok, refs, crews or {})
        if not agents:  # 'The two leaders had dined', 'The ministers agreed to speak again, together with X'
            agents = _plural_party(tok, meetings, refs)
        if not agents and prep == "hosted" and tok.lower_ in HOSTED_MEALS:
            agents = _visitor(others[0], tok, refs)  # '21:00 State banquet offered by President X'
        if others and all(p in others for p in agents) and tok.dep_ in {"nsubj", "nsubjpass"}:
            # 'A meeting with X is also planned during the Minister's stay'
            agents = _stay_owner(tok, refs) or agents
        # ('11.30: Courtesy call on X', the parser reading 'Courtesy' as the subject of 'call')
        courtesy = any(c.dep_ == "nsubj" and c.lower_ == "courtesy" for c in tok.children)
        if not agents and others and (tok.pos_ in {"NOUN", "PROPN"} or courtesy) and tok.dep_ == "ROOT":
            agents = _visitor(others[0], tok, refs)  # a programme's line: '12.00 Call on the President, X'
        if not agents and others and tok.pos_ == "NOUN":
            agents = [p for p in _reporter(tok, refs) if p not in others]
        if agents and others:  # 'X, accompanied by Y, met Z': Y takes part too
            agents += [p for p in _accompanying_subject(tok, refs) if p not in agents and p not in others]
        attended = _attended(tok)
        hosted = tok.lemma_ == "host" or (tok.lower_ in HOSTED_MEALS and tok.head.lemma_ == "host")
        hosted = hosted or (tok.dep_ == "dobj" and tok.head.lemma_ == "host")  # 'host a breakfast meeting
        given = tok.dep_ == "dobj" and tok.lower_ in HOSTED_MEALS and tok.head.lemma_ in GIVING_VERBS
        hosted = hosted or given  # 'will give a state banquet in honour of the guest'
        hosted = hosted or any(v.lemma_ == "host" for v in _held_by(tok))  # 'a dinner that X hosted'
        hosted = hosted or bool(_host_noun(tok))
        host = _hosted_by(tok, refs)
        # 'the Dialogue, which Secretary Pompeo will host in Washington on December 18': its day and tense
        holding = [v for v in _held_by(tok) if v.dep_ == "relcl" and own_day(v, timexes) is not None]
        event = holding + chain(tok) + _held_by(tok) + _where_main_clause(tok)
        # ('A second round of talks, restricted to X, took place on 16 May', misparsed: 'took' the conjunct)
        event += [c for t in _limits(tok) for c in t.children if c.dep_ == "conj"]
        event += _misread_report(event)
        if tok.pos_ == "NOUN":  # 'a banquet hosted by X at the Casa Rosada on Monday evening': its day
            acl = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
            event += [c for c in acl if c.lemma_ in LIGHT_VERBS]
        if tok.dep_ == "appos" and _names_a_leg(tok):
            event += chain(tok.head)  # 'flies to Zagreb on Saturday for the last leg, a meeting with X'
        day = _day_after_where(tok, timexes, doc)
        own_day_only = visit_to_person(tok)  # ('travel to Oslo on Wednesday for a visit to X': undated)
        if own_day_only:
            day = own_day(tok, timexes)
        elif day is None:
            day = day_timex(event, timexes, doc, own=attended == "a")  # not the travel day
        if day is None:
            day = _left_for_day(tok, timexes)
        base = {
            "host": host.name if host else (agents[0].name if hosted and agents else None),
            "kind": _kind(tok),
            "_own_day_only": own_day_only,
            "place": None,
            "status": _misparsed_past(tok) or status(holding[0] if holding else tok),
            "date_timex": _sequel_day(tok, timexes, doc) if _sequel(tok) else day,
            "during_trip": None,
            "evidence": evidence(tok),
            "rule": f"meeting.{kind.split('_')[1].lower()}.{tok.lemma_.lower()}"
            + (".host" if hosted else ""),
            "_tok": tok.i,
            "_sent": tok.sent.start,
            "_during": _during_stay(event) or _where_stayed(tok, timexes, doc),
            "_stay": _stay_noun(event),
            "_on_arrival": _on_arrival(event) or tok.lemma_ in WELCOMES,  # a welcome is on arrival
            "_sidelines": any(c.lemma_ in {"sideline", "margin"} for cur in event for c in cur.subtree),
            "_margins_of": _margins_of(event),
            "_places": [place_span(p).text.removeprefix("the ") for p in _places(tok, event, doc)]
            or _here(event, doc),
            "_venue_unknown": _venue_unknown(tok),
            "_at_mission": _at_mission([tok, *event]),
            "_here": _said_here(event),
            "_virtual": _virtual(tok),
            "_from": _spoken_from(event),
            "_chain": [t.i for t in event],
            "named_session": _named_event(tok),
            "_guest_place": _guest_place(tok, event) if prep == "dobj" and agents else None,
            "_guests": [p.name for p in others],  # not those who join the meeting later
            "_owned": any(c.dep_ == "poss" and refs.group(c) for c in tok.children),  # 'his meetings'
            # (not 'to attend the preparatory meeting of African Foreign Ministers': an event of its own)
            "_joins": attended == "the" and not _named_event(tok) and not _of_party(tok),
            "_headline": _headline(tok.sent),
            "_later_day": _later_day(event, timexes, doc),
            "_told_later": _told_later(event),
            "_at_which": _at_which(event),
            "_aside": any(t.dep_ == "relcl" for t in event),  # 'X, who met Y the day before, held talks'
            "_sequel_of_meeting": _after_meeting(event),
            "_meal": _meal(tok),
            "_plural": _plural_subject(tok),
            # 'the talks with the Prime Minister covered ...', 'described his talks with Pandit Nehru'
            "_definite": tok.pos_ == "NOUN" and any(c.lower_ in DEFINITE for c in tok.children),
            "_leaves_after": _day_left_after(event, timexes),
            "_same_time": SAME_TIME.match(tok.sent.text) is not None,
            "_departure_day": _departure_day(event, timexes),
        }
        day = base["date_timex"]
        if base["_during"] and day is not None and not _dated_itself(tok, timexes[day]):
            base["date_timex"] = None  # 'to meet X on Monday, and to be received by Y during his stay'
        one_day = _one_day_visit(base["_stay"], timexes, doc)
        if one_day is not None:  # 'a working visit to Estonia on 26 November, during which she will meet X'
            base.update(date_timex=one_day, _during=False)
        agents = [a for a in agents if a not in others] or agents  # none meets himself
        if _next_round(tok) and not others and base["date_timex"] is None:
            continue  # 'the next round of consultations would be held in Moscow': no day, no one named
        together = _together(tok) or (hosted and prep == "for")  # 'host a dinner for A and B': one dinner
        groups = [] if attended == "a" and not others else _groups(agents, others, prep, together)
        if others and len(agents) >= 2 and any(c.lower_ in EACH_WORDS for c in tok.children):
            groups = [[a, *others] for a in agents]  # 'A and B met with Lula respectively': two meetings
        if not groups:  # "meeting senior officials ... on Wednesday": dates what follows
            session = attended == "a" and not others  # attendees are there, not met
            names = [p.name for p in agents]
            meetings.append({**base, "participants": names, "_anchor": True, "_session": session})
        again = _again_day(tok, timexes)
        for group in groups:
            names = [p.name for p in group]
            spent = tok.lemma_ == "spend"
            told = [m for m in meetings if len(set(names) & set(m["participants"])) >= 2] if spent else []
            if told:
                # 'X held talks with Y ... X, accompanied by Z, spent about an hour with Y': those talks again
                told[-1]["participants"] += [n for n in names if n not in told[-1]["participants"]]
                continue
            meetings.append({**base, "participants": names})
            if again is not None and again != base["date_timex"]:
                meetings.append({**base, "participants": names, "date_timex": again})
    return _join_definite(_within_earlier(meetings))


def _again_day(tok: Token, timexes: list[dict]) -> int | None:
    """'The two men will meet on Tuesday evening and again on Wednesday morning': a second encounter
    (the parser hangs 'again' on the verb or on its 'on')."""
    for again in (t for t in tok.subtree if t.lower_ == "again" and tok in (t.head, t.head.head)):
        said = again.head if again.head.dep_ == "prep" else again
        start, end = said.left_edge.idx, said.right_edge.idx + len(said.right_edge)
        days = [i for i, tx in enumerate(timexes) if start <= tx["start"] < end and a_day(tx)]
        if days:
            return days[0]
    return None


def _day_left_after(event: list[Token], timexes: list[dict]) -> int | None:
    """The day of 'before returning to Oslo on Saturday', 'before leaving for Tokyo on Friday'."""
    befores = [c for tok in event for c in tok.children if c.lower_ == "before"]
    for verb in (v for before in befores for v in before.children):
        if verb.lemma_ == "return" or verb.lemma_ in MOVEMENT_VERBS:
            day = own_day(verb, timexes)
            if day is not None and a_day(timexes[day]):
                return day
    return None


def _departure_day(event: list[Token], timexes: list[dict]) -> int | None:
    """'X will leave Prague for Belgrade tomorrow morning. Before his departure he will have a final
    conversation with Y': the leaving day the sentence before told."""
    nouns = [o for tok in event for c in tok.children if c.lower_ == "before" for o in c.children
             if o.lemma_ == "departure"]
    if not nouns:
        return None
    told = [*(sentence_before(nouns[0]) or []), *nouns[0].sent]
    leaving = [t for t in told if t.lemma_ in {"leave", "depart"} and t.pos_ == "VERB"]
    day = own_day(leaving[-1], timexes) if leaving else None
    return day if day is not None and a_day(timexes[day]) else None


def _headline(sent) -> bool:
    """The title line: first, ended by a line break, not a lead sentence ending in a full stop
    ('LIMA, Sept 10 (Reuters) - A and B pledged ..., after talks in Lima.')."""
    return sent.start == 0 and "\n" in sent.text_with_ws and not sent.text.rstrip().endswith(".")


REQUEST_VERBS = {"ask", "request", "seek", "want", "wish", "hope"}
def _reporter(tok: Token, refs: References) -> list[Person]:
    """'X says relations are back on track after talks in Suva with Y': with no one of its own
    clause holding them, the talks are those of the official who reports on them."""
    for verb in (a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}):
        if verb.lemma_ in SPEECH_VERBS:
            who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return subject_people(who, refs) if who is not None else []
    return []


SEQUEL_PREPS = {"after", "before", "following"}


def _sequel(tok: Token) -> bool:
    """'held talks on Thursday morning, after a working dinner that X hosted the night before': an
    encounter told as before or after another is not on that one's day."""
    sequel = tok.dep_ == "pobj" and tok.head.lower_ in SEQUEL_PREPS and tok.pos_ in {"NOUN", "PROPN"}
    # ('called for a ceasefire on Thursday after talks with X', 'said after the talks': what is
    # said after talks is said on their day)
    return sequel and not (tok.head.head.lemma_ in SPEECH_VERBS | {"call"} and tok.head.lower_ == "after")


def _day_after_where(tok: Token, timexes: list[dict], doc: Doc) -> int | None:
    """'On Friday Mr. X will travel on to London, where he is to meet Y, on the afternoon of Monday 29
    September': a day right after the 'where' clause is the meeting's, though the parser hangs it on
    the journey."""
    relatives = [t for t in chain(tok) if t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children)]
    main = _where_main_clause(tok)
    # (and after a 'who' clause: 'accompanied by X, who will hold consultations with Y, on Wednesday')
    who = [t for t in chain(tok) if t.dep_ == "relcl" and any(c.lower_ == "who" for c in t.children)]
    verb = next((a for a in who[0].head.ancestors if a.pos_ == "VERB"), None) if who else None
    if verb is not None and not relatives and verb.lemma_ == "accompany":
        relatives, main = who, [verb]
    if not relatives or not main:
        return None
    after = relatives[0].head.right_edge.i  # (the place's apposition ends where the clause does)
    for i, tx in enumerate(timexes):
        span = timex_span(tx, doc)
        told = span is not None and 0 < span.start - after <= 3 and tx["type"] in {"DATE", "TIME"}
        if told and any(a == main[0] for a in span.root.ancestors):
            return i
    return None


def _sequel_day(tok: Token, timexes: list[dict], doc: Doc) -> int | None:
    """Its own day only: one said inside its phrase ('a dinner that X hosted the night before')."""
    inside = {t.i for t in tok.subtree}
    for i, tx in enumerate(timexes):
        span = timex_span(tx, doc)
        if span is not None and span.root.i in inside and tx["type"] in {"DATE", "TIME"}:
            return i
    return None


def _at_which(event: list[Token]) -> bool:
    """'host a lunch ..., at which the two leaders will hold talks': told as held at the
    encounter named before it."""
    preps = (c for cur in event for c in cur.children if c.dep_ == "prep" and c.lower_ in {"at", "during"})
    return any(o.lower_ == "which" for p in preps for o in p.children)


def _within_earlier(meetings: list[dict]) -> list[dict]:
    """Talks held 'at which' (the lunch just named) by the lunch's own parties are that encounter."""
    def inside(m: dict) -> bool:
        same = [e for e in meetings if e["_sent"] == m["_sent"] and e["_tok"] < m["_tok"]]
        return m["_at_which"] and any(set(e["participants"]) == set(m["participants"]) for e in same)

    return [m for m in meetings if len(m["participants"]) < 2 or not inside(m)]


def _sees_an_official(verb: Token, refs: References) -> bool:
    # ('brief President of the Republic Giovanni Leone': the name below the title)
    # (not 'saw his tour as a sign': a thing of someone's)
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.dep_ != "poss"]
    return any(map(refs.person, objects))


def _welcomes_a_thing(verb: Token, refs: References) -> bool:
    events = MEETING_NOUNS | HOSTED_MEALS | {"delegation"}
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    things = [c for c in objects if c.pos_ == "NOUN" and c.lemma_ not in events]
    # (not 'received President X ... for talks on energy, the trade bloc and ...', a list the parser
    # hangs on the verb)
    guests = any(refs.group(c) for c in objects)
    # 'the leaders welcomed the meeting between A and B': that meeting's, not theirs
    reported = [
        c for c in objects if c.lemma_ in MEETING_NOUNS and any(p.lower_ == "between" for p in c.children)
    ]
    # ('The two sides welcomed the visit paid to Tunis in March by X': another's visit, welcomed by both)
    both = any(c.dep_ == "nsubj" and (c.lower_ in PARTY_NOUNS or c.lower_ == "they") for c in verb.children)
    if both and any(c.lemma_ in TRIP_NOUNS for c in objects):
        return verb.lemma_ in GUEST_VERBS
    return verb.lemma_ in GUEST_VERBS and (bool(things) or bool(reported)) and not guests


def _topic(tok: Token) -> bool:
    """'The leaders discussed the Brexit negotiations': talks spoken about, not held by the subject."""
    if tok.dep_ == "pobj" and tok.head.lower_ in {"for", "of"} and tok.head.head.lemma_ in ABOUT_NOUNS:
        # 'reviewed preparations for the next summit': the summit is what they work on (an encounter of its
        # own when its holder is told: 'for the Dialogue, which X will host in Washington on December 18')
        return not any(c.dep_ == "relcl" and c.lemma_ in LIGHT_VERBS for c in tok.children)
    # ('proposals for ... a joint stand at the forthcoming conference': a thing's occasion)
    stand = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "at" else None
    if tok.lemma_ in SESSION_NOUNS and stand is not None and stand.pos_ == "NOUN":
        return stand.lemma_ not in MEETING_NOUNS
    return tok.dep_ == "dobj" and tok.head.lemma_ in TOPIC_VERBS


SAME_TIME = re.compile(r"(at the same time|in parallel|simultaneously)\b", re.IGNORECASE)
RESTRICTING = {"restrict", "limit", "confine"}
ABOUT_NOUNS = {"preparation", "agenda", "outcome"}


SESSION_NOUNS = {"summit", "conference", "forum", "dialogue"}  # attended by many: attendance is no meeting
LATER_WORDS = {"later", "afterwards", "subsequently", "meanwhile"}


def _told_later(event: list[Token]) -> bool:
    """'X later held talks', 'Y, meanwhile, held talks': an act told as following (or alongside)
    the one the sentence before tells of."""
    # (or on the verb's complement: 'X was later guest of honour at a luncheon')
    holders = [*event, *(c for cur in event for c in cur.children if c.dep_ == "attr")]
    # ('... addressed a joint meeting of Congress. Before the speech he was received by X')
    around = [o for cur in event for c in cur.children if c.dep_ == "prep" and c.lower_ in {"before", "after"}
              for o in c.children if o.dep_ == "pobj" and any(d.lower_ == "the" for d in o.children)]
    return any(o.pos_ == "NOUN" and not o.ent_type_ for o in around) or any(
        c.lower_ in LATER_WORDS and c.dep_ == "advmod" for cur in holders for c in cur.children)


PRESENCE_VERBS = {"expect", "present", "be"}


def _later_day(event: list[Token], timexes: list[dict], doc: Doc) -> int | None:
    """'Crowds lined the streets of Asmara on Sunday morning. Abiy later held talks with Isaias':
    a 'later' act falls on the day the sentence before it tells of; so does an act of 'the two
    leaders' that sentence names ('Kan and Singh agreed Monday ... The two leaders announced the
    accord after talks')."""
    later = _told_later(event)
    who = subject(event[0])
    if not later and not (who is not None and party_count(who)):
        return None
    before = sentence_before(event[0])
    if before is None:
        return None
    days = [
        i
        for i, tx in enumerate(timexes)
        if before.start_char <= tx["start"] < before.end_char and tx["type"] in {"DATE", "TIME"}
    ]
    return days[-1] if days else None


def _plural_party(
    tok: Token, earlier: list[dict], refs: References, who: Token | None = None
) -> list[Person]:
    """'The two leaders had dined together', 'The three leaders held trilateral talks', 'their
    meeting' (or `who`, a guest party: 'a working dinner for the two ministers'): the officials of the
    latest encounter before, all of them when one clause named several pairs ('welcomed A and B'), if
    their number fits."""
    who = who or _own_subject(tok) or (subject(tok) if tok.dep_ == "xcomp" else None)  # 'agreed to speak'
    again = _next_round(tok)
    if not again and (who is None or not (who.lower_ in {"their", "they"} or _group_noun(who))):
        return []
    if who is not None and who.lower_ == "their" and countries_subject(who):
        return []  # 'which the two Koreas agreed on at their June summit': the countries'
    if who is not None and who.lower_ in NUMBERS:  # 'X briefed Y on his plans when the two met'
        here = refs.listed(who.doc[who.sent.start : who.i])
        if len(here) == NUMBERS[who.lower_]:
            return here
    named = [m for m in earlier if len(m["participants"]) >= 2]
    # ('The first round of talks ... A banquet ... A second round of talks is fixed': the talks' parties;
    # not 'the two ministers will hold a new round of talks' after their call)
    held = tok.head.head.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in tok.head.head.head.children)
    if again and not held:
        named = [m for m in named if m["kind"] == _kind(tok)] or named
    by_name = {p.name: p for p in refs.people}
    count = next((NUMBERS[c.lower_] for c in who.children if c.lower_ in NUMBERS), None) if who else None
    if not named:
        return _titled_before(tok, who, count, refs) if count is not None else []
    last = max(m["_tok"] for m in named)
    names = list(dict.fromkeys(n for m in named if m["_tok"] == last for n in m["participants"]))
    if count is not None and count != len(names):  # 'the two foreign ministers': those so titled
        names = [n for n in names if _titled(by_name[n], who)]
    if count is not None and count != len(names):
        return _titled_before(tok, who, count, refs)
    party = [by_name[n] for n in names]
    if count is not None and not (_one_office(party) and all(_titled(p, who) for p in party)):
        # 'The two Ministers held talks' after the guest called on the Prime Minister, 'The two prime
        # ministers last met ...' after the Opposition leader's call: the latest two so titled who met
        alike = [m for m in named if _one_office([by_name[n] for n in m["participants"]])]
        alike = [m for m in alike if len(m["participants"]) == count
                 and all(_titled(by_name[n], who) for n in m["participants"])]
        # (not 'the two ministers')
        specific = any(c.dep_ in {"compound", "amod"} for c in who.children) or who.lemma_.lower() == "head"
        if alike:
            names = alike[-1]["participants"]
        elif specific:  # ('The two Prime Ministers held talks' after a call on the Governor-General)
            return _titled_before(tok, who, count, refs) or [by_name[n] for n in names]
    return [by_name[n] for n in names]


def _guest_party(tok: Token, who: Token, earlier: list[dict], refs: References) -> list[Person]:
    """'X will join Mr Hayden for the Port Moresby leg. Y will host a dinner for the two ministers':
    the officials the sentence before named, if their number fits; else the party of the encounter
    before ('The talks will begin on Monday. ... a working dinner for the two ministers')."""
    before = sentence_before(tok)
    named = refs.listed(before) if before is not None else []
    count = next((NUMBERS[c.lower_] for c in who.children if c.lower_ in NUMBERS), None)
    return named if count is not None and len(named) == count else _plural_party(tok, earlier, refs, who)


def _titled_before(tok: Token, who: Token, count: int, refs: References) -> list[Person]:
    """'... at the invitation of Minister of Foreign Affairs X. In Warsaw on Thursday the two
    ministers will hold talks': no meeting told before, the officials so titled named before, if
    their number fits."""
    before: list[Person] = []
    for mention, person in refs.mentions:
        if mention.end <= tok.i and _titled(person, who) and person not in before:
            before.append(person)
    return before if len(before) == count else []


def _one_office(people: list[Person]) -> bool:
    return len({office(p.titles[0]) if p.titles else None for p in people}) == 1


def _plural_subject(tok: Token) -> bool:
    """'They reviewed progress in the negotiations': told of a party named before."""
    who = subject(tok)
    return who is not None and (who.lower_ in {"they", "their", "leaders"} or _group_noun(who))


def _titled(person: Person, party: Token) -> bool:
    """Does a title of the person hold the party noun's words ('the two foreign ministers')?"""
    noun = party.lemma_.lower()
    noun = noun.removesuffix("s") if party.tag_ in {"NNS", "NNPS"} else noun  # ('Ministers': not lemmatized)
    if noun == "head":  # 'the two Heads of State'
        return head_of_state(person)
    words = {noun} | {c.lower_ for c in party.children if c.dep_ in {"amod", "compound"}}
    return any(words <= set(title.lower().split()) for title in person.titles)


def _next_round(tok: Token) -> bool:
    """'A second round of talks is scheduled for Wednesday': the same parties, talking again."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ROUNDS):
        return False
    return any(c.lower_ in NEXT_WORDS for c in tok.head.head.children)


def _own_subject(tok: Token) -> Token | None:
    """'their meeting', 'the leaders dined', 'the leaders held talks': the trigger's own subject,
    not one inherited through a preposition ('recalled their meeting at the G7 summit')."""
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    # ('The two ministers will continue their discussion at a working dinner')
    at_meal = tok.lower_ in HOSTED_MEALS and tok.dep_ == "pobj" and tok.head.lower_ == "at"
    if at_meal and tok.head.head.pos_ == "VERB":
        holders.append(tok.head.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ in {"poss", "nsubj", "nsubjpass"}:
                return child
    # 'Talks between the two leaders are scheduled for Friday' (not 'It will be the first meeting
    # between the two men', the meeting told before)
    between = [o for c in tok.children if c.lower_ == "between" for o in c.children if o.dep_ == "pobj"]
    # (or a programme's verbless line: '10:00 Official talks between the two Presidents, followed by')
    verbless = not any(t.pos_ in {"VERB", "AUX"} for t in tok.ancestors)
    # ('The first round of talks between the two Prime Ministers will be held on Saturday')
    rounds = tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in ROUNDS
    said = tok.head.head if rounds else tok
    between = between if said.dep_ in {"nsubj", "nsubjpass"} or verbless else []
    return between[0] if len(between) == 1 and _group_noun(between[0]) else None


def _group_noun(tok: Token) -> bool:
    """'the two leaders', 'The two Heads of State', 'both ministers', 'the two'; not 'our defence
    and foreign ministers' (others of their governments)."""
    if tok.lower_ in {"two", "three"} and tok.dep_ in {"nsubj", "nsubjpass"}:
        return any(c.lower_ == "the" for c in tok.children)  # 'the two will meet again on Friday'
    if tok.lower_ not in PARTY_NOUNS:
        return False
    words = {c.lower_: c.dep_ for c in tok.children}
    counted = any(w in NUMBERS for w in words)  # 'the two prime ministers': a count fixes the party
    if "compound" in words.values() and not counted:
        return False  # 'the G20 Leaders' Summit': a named event ('The two Prime Ministers' is no event)
    return "poss" not in words.values() and (counted or not any(d == "amod" for d in words.values())) and (
        "the" in words or counted
    )


def _attended(tok: Token) -> str | None:
    """'take part in' / 'participate in' a meeting: 'the' when it is one already mentioned ('X and
    Y will take part in the talks'), 'a' when it is a session of others ('take part in a meeting
    of political advisers'), where attending together is no meeting of the attendees."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        # 'will take part in the plenary session of the Forum': a session of the forum
        return "a" if _attended(tok.head.head) else None
    if tok.dep_ == "dobj" and tok.head.lemma_ == "join":  # 'X will join the talks'
        return "the" if any(c.lower_ == "the" for c in tok.children) else None
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ == "join":
        # 'our Ambassador joined me for that meeting'
        return "the" if any(c.lower_ in {"the", "that", "this"} for c in tok.children) else None
    if tok.dep_ == "dobj" and tok.head.lemma_ == "attend":  # 'attended the SCO meeting in Goa'
        # 'Commerce Minister X also attended the talks': the talks just told of
        named = any(c.dep_ == "compound" and c.text[:1].isupper() for c in tok.children)  # 'the SCO meeting'
        told = tok.lower_ not in SESSION_NOUNS and not named
        return "the" if told and any(c.lower_ == "the" for c in tok.children) else "a"
    at_session = tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.lower_ in SESSION_NOUNS
    if at_session and tok.head.head.lemma_ in {"represent", "speak"}:  # 'will represent X at a conference'
        return "a"
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.lemma_ in PRESENCE_VERBS:
        # 'Shalom was also expected at the dinner', 'was present at the talks'; not 'was not present'
        verb = tok.head.head
        absent = any(c.dep_ == "neg" for v in (verb, verb.head) for c in v.children)
        return "the" if any(c.lower_ == "the" for c in tok.children) and not absent else None
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "in"):
        return None
    verb = tok.head.head
    part = any(c.lower_ == "part" for c in verb.children)
    if not (verb.lemma_ in {"participate", "participation"} or part):
        return None
    named = any(c.dep_ == "compound" and c.text[:1].isupper() for c in tok.children)  # 'the ASEAN Forum'
    # 'the Second Belt and Road Forum', 'the plenary session'; a bare 'the session' is the one told of
    bare = all(c.lower_ == "the" for c in tok.children)
    named = named or (tok.lower_ in SESSION_NOUNS and not bare)
    return "the" if any(c.lower_ == "the" for c in tok.children) and not named else "a"


def _join_definite(meetings: list[dict]) -> list[dict]:
    """Those who 'take part in the talks' join the talks last mentioned before."""
    for meeting in (m for m in meetings if m["_joins"]):
        earlier = [m for m in meetings if m["_tok"] < meeting["_tok"] and not m["_joins"]]
        if meeting["_guests"]:  # 'will join the meeting with Meloni': the one Meloni is at
            earlier = [m for m in earlier if set(meeting["_guests"]) <= set(m["participants"])]
        # ('will meet X tomorrow. Y will join the Minister for the talks': the meeting just told, though
        # 'discussions' of the Minister alone were told before it)
        held = [m for m in earlier if len(m["participants"]) >= 2 and not m.get("_anchor")]
        # ('attended the talks in Tokyo': the talks told in Tokyo, not a later session elsewhere)
        earlier = [m for m in earlier if set(m["_places"]) & set(meeting["_places"])] or earlier
        alike = [m for m in earlier if encounter_type(m) == encounter_type(meeting)]
        named = [m for m in alike if m["participants"]]
        met = [m for m in named if len(m["participants"]) >= 2 and not m.get("_anchor")]
        latest = [m for m in held[-1:] if not met and named and all(m["_tok"] > n["_tok"] for n in named)]
        earlier = met or latest or named or alike or earlier  # ('also joined the call': that call)
        last = max((m["_tok"] for m in earlier), default=None)
        for target in (m for m in earlier if m["_tok"] == last):
            target["participants"] += [n for n in meeting["participants"] if n not in target["participants"]]
            target.pop("_anchor", None)
            if target["date_timex"] is None:  # 'who both took part in the talks on Thursday evening'
                target["date_timex"] = meeting["date_timex"]
        meeting["_joined"] = last is not None
    return [m for m in meetings if not m.get("_joined")]


MISSION_WORDS = {"embassy", "legation", "consulate"}


def _at_mission(event: list[Token]) -> bool:
    """'at the New Zealand Legation': at a country's mission abroad, not in that country."""
    ats = [c for t in event for c in t.children if c.lower_ == "at"]
    return any(o.lower_ in MISSION_WORDS for c in ats for o in c.children)


def _host_noun(meal: Token) -> list[Token]:
    """'X was host to Y at dinner': the 'host' the meal's verb holds, whose 'to' names the guest."""
    if meal.dep_ != "pobj" or meal.head.lower_ != "at" or meal.lower_ not in HOSTED_MEALS:
        return []
    verb = meal.head.head
    return [c for c in [verb, *verb.children] if c.lemma_ == "host" and c.pos_ == "NOUN" and c.dep_ == "attr"]


def _counterparts(tok: Token, refs: References, crews: dict) -> tuple[list[Person], str]:
    """Officials met: 'with X', 'between A and B', 'received X', 'a banquet for him', 'a meeting
    hosted by X', 'a meeting of the delegations of A and B'; the parse's phrase and the list read
    off the surface, together."""
    of = [o for c in tok.children if c.lower_ == "of" for o in c.children]
    parties = [p for o in of for p in delegation_people(o, crews)]
    if len(parties) >= 2:
        return parties, "between"
    for o in (o for o in of if o.lower_ in PARTY_NOUNS):  # 'a meeting of the foreign ministers, A, B and C'
        parties = listed(refs, list_region(o))
        if len(parties) >= 2:
            return parties, "between"
    # 'will join Minister Membe and Uganda's Minister ..., Mr Sam Kutesa, for a trilateral meeting' (not
    # 'join the Secretary for the meeting with X')
    new_one = not any(c.lower_ in {"with", "the", "that", "this"} for c in tok.children)
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ == "join" and new_one:
        joined = listed(refs, tok.doc[tok.head.head.i + 1 : tok.head.i])
        if joined:
            return joined, "with"
    holders = [tok, *_held_by(tok), *by_phone(tok), *_twin_preposition(tok)]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in ROUNDS:
        holders.append(tok.head.head)  # 'a round of talks on Thursday with X': 'with' on the round
    # 'A second round of talks, restricted to the two Prime Ministers, took place on 16 May'
    restricted = [o for c in _limits(tok) for p in c.children if p.lower_ == "to" for o in p.children
                  if o.dep_ == "pobj"]
    parties = [p for o in restricted for p in refs.group(o)]
    if len(parties) >= 2:
        return parties, "between"
    holders += [o for c in tok.children if c.lower_ == "as" for o in c.children]  # 'talks as premier with X'
    holders += _co_chaired(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.lemma_ == "guest":
        holders.append(tok.head.head)  # 'will be the guest of Foreign Minister X at a luncheon'
    host_nouns = _host_noun(tok)  # 'was host to Dr. Evatt at dinner'
    holders += host_nouns
    meal_given = tok.lower_ in HOSTED_MEALS and tok.head.lemma_ in GIVING_VERBS  # 'offered a state dinner'
    meal_given = meal_given or _audience_granted(tok)
    received_call = tok.dep_ == "dobj" and tok.lower_ in CALL_WORDS and tok.head.lemma_ == "receive"
    if tok.dep_ in {"dobj", "attr"} and (tok.head.lemma_ in LIGHT_VERBS or meal_given or received_call):
        holders.append(tok.head)  # "have a breakfast meeting with", "host a banquet for", "received a call"
    elif tok.dep_ == "dobj" and any(c.lower_ == "with" and c.i > tok.i for c in tok.head.children):
        holders.append(tok.head)  # 'recalled his talks in Honiara yesterday with X': misattached
    elif tok.dep_ == "pobj" and tok.head.lower_ in {"in", "during", "over"} and tok.head.head.pos_ == "VERB":
        # 'discussed the visit with Tito in a telephone conversation' (the parser: 'the visit with Tito')
        verb = tok.head.head
        holders += [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i)]
    # 'held a meeting earlier in the day with X': the parser hangs 'with X' on the time's noun
    holders += [
        o for h in holders for c in h.children if c.dep_ == "prep" for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"}
    ]
    # ('will have breakfast at the British Embassy with X', 'Talks at the Prime Minister's Office
    # between A and B': and on the venue's noun)
    holders += [
        o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children
        if o.dep_ == "pobj" and any(g.lower_ in {"with", "between"} and g.dep_ == "prep" for g in o.children)
    ]
    for holder in holders:
        for child in holder.children:
            if _purpose(child):
                continue  # 'welcomed X to Downing Street for their first meeting': X is the one met
            # 'a call from X', 'received a telephone call yesterday from X' (hung on the verb)
            from_caller = holder.lower_ in CALL_WORDS or (received_call and holder == tok.head)
            called_from = child.lower_ == "from" and from_caller
            spoken_to = child.lower_ == "to" and holder.lemma_ in {"speak", "talk", "report"}
            spoken_to = spoken_to and holder.pos_ == "VERB"
            spoken_to = spoken_to and not any(o.lower_ in PRONOUNS for o in child.children)  # 'to him': who?
            spoken_to = spoken_to or (child.lower_ == "to" and _offered(holder))  # 'offered by X to Y'
            spoken_to = spoken_to or (child.lower_ == "to" and visit_to_person(holder))  # 'a visit to X'
            # ('King Birendra granted an audience to Prime Minister Koirala')
            granted = _audience_granted(holder) or holder.lemma_ == "grant"
            spoken_to = spoken_to or (child.lower_ == "to" and granted)
            naming = child.lower_ in {"with", "for", "between"} or _called_on(child) or called_from
            naming = naming or (child.lower_ == "of" and holder.lemma_ == "guest")
            naming = naming or (child.lower_ == "to" and holder in host_nouns)
            naming = naming or spoken_to
            # ('host a working lunch for me and X': 'for' parsed as a dative)
            if (child.dep_ == "prep" or (child.dep_ == "dative" and child.lower_ == "for")) and naming:
                objects = [
                    p
                    for obj in [*child.children, *_visiting(child)]
                    if obj.dep_ in {"pobj", "dobj"}
                    for p in refs.group(obj) or delegation_people(obj, crews) or _guest_of(holder, obj, refs)
                ]
                people = _union(listed(refs, list_region(child)), objects)
                if people:
                    return _union(people, _in_presence(holders, refs)), child.lower_
        honoured = _honoured(holder, refs)
        if honoured:
            return honoured, "for"
        if holder.lemma_ in DIRECT_OBJECT_VERBS and holder.pos_ == "VERB":
            objects = [p for c in holder.children if c.dep_ in {"dobj", "npadvmod"} for p in refs.group(c)]
            people = _union(listed(refs, list_region(holder)), objects)
            if people:
                return people, "dobj"
    host = _hosted_by(tok, refs)
    return ([host], "hosted") if host else ([], "")


def _of_party(tok: Token) -> bool:
    """'the meeting of African Foreign Ministers': a meeting named by whose it is."""
    return any(c.lower_ == "of" for c in tok.children)


def _misread_report(event: list[Token]) -> list[Token]:
    """'held a meeting with his counterparts, A and B, on Wednesday, Trend reports': the parser makes A
    and B subjects of 'reports' too, and hangs the meeting's day on it."""
    return [t.head for t in event if t.dep_ == "ccomp" and reported_clause(t.head) is not None]


def _limits(tok: Token) -> list[Token]:
    """The 'restricted' of 'talks (or a round of talks), restricted to X' (the parser may make it the
    sentence's verb)."""
    holders = [tok, *([tok.head.head] if tok.dep_ == "pobj" and tok.head.head.lemma_ in ROUNDS else [])]
    limits = [c for h in holders for c in h.children if c.dep_ == "acl" and c.lemma_ in RESTRICTING]
    return limits + [h.head for h in holders if h.dep_ == "nsubj" and h.head.lemma_ in RESTRICTING]


def _in_presence(holders: list[Token], refs: References) -> list[Person]:
    """'Talks between A and B, in the presence of C and D': C and D take part."""
    presences = [o for h in holders for c in h.children if c.lower_ == "in" for o in c.children
                 if o.lower_ == "presence"]
    return [p for o in presences for of in o.children if of.lower_ == "of"
            for p in listed(refs, list_region(of))]


def _where_relative(verb: Token) -> bool:
    """A 'where' clause: 'where he met Y', 'where X is expected to call on Y'."""
    wheres = (c for c in verb.subtree if c.lower_ == "where" and c.dep_ == "advmod")
    return any(c.head in (verb, *verb.children) for c in wheres)


def _margins_of(event: list[Token]) -> str | None:
    """The meeting word of 'In the margins of the trilateral meeting' (one told before)."""
    verb = next((t for t in event if t.pos_ in {"VERB", "AUX"}), None)  # (its own clause's, not a conjunct's)
    # (but a verb conjoined with no subject of its own shares its head's: 'will hold ... and will meet X')
    # (not one told with its own time: '... and to be received by Y during his stay')
    shared = verb is not None and verb.dep_ == "conj" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} or c.lower_ == "during" for c in verb.children)
    verbs = [verb, verb.head] if shared else [verb] if verb is not None else []
    margins = dict.fromkeys(c for v in verbs for c in v.subtree if c.lemma_ in {"sideline", "margin"})
    margins = [c for c in margins if next(a for a in c.ancestors if a.pos_ in {"VERB", "AUX"}) in verbs]
    held = [o for m in margins for p in m.children if p.lower_ == "of" for o in p.children
            if o.lower_ in MEETING_NOUNS and any(d.lower_ == "the" for d in o.children)]
    return held[0].lower_ if held else None


def _left_for_day(tok: Token, timexes: list[dict]) -> int | None:
    """'The party will leave for Karachi on Friday morning, where X is expected to call on Y': the
    day of leaving for the place the 'where' clause names (told with no day of its own)."""
    main = _where_main_clause(tok)
    return own_day(main[0], timexes) if main and main[0].lemma_ in LEAVING_VERBS else None


def _where_main_clause(tok: Token) -> list[Token]:
    """'Yesterday, the President worked in Odesa region, where he inspected X and met Y': the clause
    the place's 'where' clause hangs in (its day)."""
    relatives = [t.head for t in chain(tok) if t.dep_ == "relcl" and _where_relative(t)]
    # (the parser may hang the clause on the sentence's verb: 'is due to end his visit in Chicago
    # today, where he will meet X'; a clause with a day of its own keeps it)
    relatives += [p for t in chain(tok) if t.dep_ == "advcl" and _where_relative(t)
                  and not any(c.ent_type_ == "DATE" for c in t.subtree) and (p := _place_before(t))]
    if not relatives:
        return []
    place = relatives[0]
    main = next((a for a in place.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if main is None or main.lemma_ in {"spend", "be", "remain", "stay"}:
        return []  # (not a stay: 'spent three days in Muscat, where he met the sultan' is undated)
    # a journey dates it only as its own destination: 'will travel to São Paulo tomorrow, where he
    # will meet X'; not 'returned from a visit to Oman, where', 'after a stay in Chile, where'
    prep = place.head
    arrival = place.dep_ == "pobj" and prep.lower_ in {"to", "in", "for"} and prep.head == main
    return [main] if main.lemma_ not in TRIP_VERBS or arrival else []


def _place_before(clause: Token) -> Token | None:
    """The place named last before a clause's 'where' (past a day: 'in Chicago today, where')."""
    where = next(t for t in clause.subtree if t.lower_ == "where")
    before = [t for t in clause.doc[clause.sent.start : where.i]
              if not t.is_punct and t.ent_type_ not in {"DATE", "TIME"}]
    last = before[-1] if before else None
    return last if last is not None and last.ent_type_ in {"GPE", "LOC", "FAC"} else None


def _twin_preposition(tok: Token) -> list[Token]:
    """'hosting the Prime Minister for a dinner on September 29 and for a meeting on September 30':
    the verb of the first 'for', where the parser hangs the second elsewhere."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "conj" or prep.pos_ != "ADP":
        return []
    twins = [t for t in tok.sent if t.i < prep.i and t.lower_ == prep.lower_ and t.head.pos_ == "VERB"]
    return [twins[-1].head] if twins else []


def _visiting(prep: Token) -> list[Token]:
    """'talks with visiting Kenyan President Mwai Kibaki', which the parser reads as 'with visiting
    [someone]': the one visiting's name."""
    return [o for c in prep.children if c.dep_ == "pcomp" and c.lower_ == "visiting" for o in c.children]


def _co_chaired(tok: Token) -> list[Token]:
    """'to co-chair a session of the Commission with her counterpart X' (the parser hangs 'with' on
    the body): the session co-chaired, and the body, hold the counterpart."""
    if tok.lemma_ != "co-chair":
        return []
    sessions = [c for c in tok.children if c.dep_ == "dobj"]
    return sessions + [o for s in sessions for c in s.children if c.lower_ == "of" for o in c.children]


def _honours(meal: Token) -> bool:
    """'in honour of', on the meal or on the verb that gives it."""
    holders = [meal, *(c for c in meal.children if c.dep_ == "acl")]
    holders += [meal.head] if meal.dep_ == "dobj" else []
    ins = [c for h in holders for c in h.children if c.lower_ == "in"]
    return any(o.lemma_ in HONOURS for c in ins for o in c.children)


def _honoured(holder: Token, refs: References) -> list[Person]:
    """'hosted a dinner in his honour', 'a banquet in honour of the President': the guest (never
    the host: 'his' is not the 'who' that hosts)."""
    honours = [o for c in holder.children if c.lower_ == "in" for o in c.children if o.lemma_ in HONOURS]
    # ('offered a dinner at the Casa de Nariño in honour of X': the parser hangs it on the venue)
    venues = [o for c in holder.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children]
    ins = [c for v in venues for c in v.children if c.lower_ == "in"]
    honours += [o for c in ins for o in c.children if o.lemma_ in HONOURS]
    if not honours:
        return []
    # ('X, who hosted a dinner in his honour'; 'a luncheon that X will offer in his honour': its subject)
    own = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    who = own or (holder.head if holder.dep_ == "relcl" else subject(holder))
    host = refs.person(who) if who is not None else None
    found = []
    for honour in honours:
        for c in honour.children:
            # ('in his guest's honour': the visitor told before)
            if c.dep_ == "poss" and (c.lower_ in PRONOUNS or c.lower_ in GUEST_NOUNS):
                found += _latest_but(host, c, refs)
            elif c.dep_ == "poss":
                found += refs.group(c)
        meals = [g for c in holder.children if c.dep_ == "dobj" for g in c.children]  # ('a luncheon ... of')
        ofs = [c for c in [*honour.children, *holder.children, *meals] if c.lower_ == "of"]  # parser: any
        for o in (o for c in ofs for o in c.children if o.dep_ == "pobj"):
            found += refs.group(o) or (_latest_but(host, o, refs) if o.lower_ in GUEST_NOUNS else [])
    return [p for p in found if p is not host]


def _guest_of(holder: Token, obj: Token, refs: References) -> list[Person]:
    """'a working dinner that X hosted for his guest': the official named last before, not X."""
    if obj.lower_ not in GUEST_NOUNS or not any(c.dep_ == "poss" for c in obj.children):
        return []
    verb = holder.head if holder.dep_ == "dobj" else holder  # 'X hosted a dinner for his guest'
    who = subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
    host = refs.person(who) if who is not None else None
    return _latest_but(host, obj, refs) if host is not None else []


def _visitor(host: Person, tok: Token, refs: References) -> list[Person]:
    """A meal a host gives for no one named is for the foreign guest the story is about."""
    # (an envoy's, his own minister: '13.30 Luncheon given by the Icelandic Minister to Denmark, Mr. X')
    envoy = bool(host.posts)
    guest = _latest_but(host, tok, refs, countryman=envoy)
    return [p for p in guest if p.country not in {None, host.country} or (envoy and p.country)]


def _latest_but(host: Person | None, tok: Token, refs: References, countryman: bool = False) -> list[Person]:
    """'in his honour', 'in honour of his guest', 'of the royal couple': the official named last
    before, other than the host."""
    earlier = [(m, p) for m, p in refs.mentions if m.end <= tok.i and p is not host and p.official]
    # 'X, accompanied by Y, arrived ... Z hosted a dinner for his guest': the visitor, not the companion;
    # a subject may be a title ('11.00 The Queen signs the Golden Book. 13.00 Luncheon given by X')
    named = [(m.root.i, p) for m, p in earlier if m.root.dep_ in {"nsubj", "nsubjpass"}]
    titled = [(t.i, refs.person(t)) for t in tok.doc[: tok.i] if t.dep_ in {"nsubj", "nsubjpass"}
              and t.pos_ in {"NOUN", "PROPN"} and t.i not in refs.by_token]
    subjects = [p for _, p in sorted(named + titled, key=lambda x: x[0]) if p is not None and p is not host]
    # ('X will be accompanied by Y. Y is due to hold separate talks ...': the guest is the one the story
    # is about, from abroad where that is known)
    foreign = host is not None and host.country is not None
    # (every subject the host's countryman: 'The Secretary of State, Mr. X, today made public the
    # programme for the visit of Y': the visitor among all named)
    home = foreign and all(p.country == host.country for p in subjects)
    told = subjects if subjects and not home else [p for _, p in earlier]
    if tok.lower_ in PRONOUNS:  # ('in her honor': the woman named before)
        told = [p for p in told if fits_pronoun(p, tok)] or told

    def rank(p: Person) -> tuple:
        if countryman:
            return (p.country == host.country, len(p.mentions))
        return (foreign and p.country not in {None, host.country}, len(p.mentions))

    return sorted(told[::-1], key=rank, reverse=True)[:1]


def _purpose_of_meeting(tok: Token) -> bool:
    """'will receive X this evening for a working dinner': the dinner is that reception."""
    verb = tok.head.head
    return _purpose(tok.head) and verb.lemma_ in GUEST_VERBS | {"meet"} and verb.pos_ == "VERB"


def _purpose(prep: Token) -> bool:
    """'for their first meeting', 'for talks', 'for a visit': what the encounter is for, not whom."""
    return prep.lower_ == "for" and any(
        o.dep_ == "pobj" and (o.lower_ in MEETING_NOUNS or o.lower_ in TRIP_NOUNS) for o in prep.children
    )


def _misparsed_past(tok: Token) -> str | None:
    """'X held summit talks with Y', 'held' parsed as a modifier of 'talks': its own tense says."""
    verbs = [v for v in _held_by(tok) if v.dep_ in {"amod", "acl"} and v.i < tok.i]
    bare = verbs and not any(c.dep_ in {"aux", "auxpass"} for c in verbs[0].children)
    # ('In yesterday's talks, the two presidents agreed to instruct ...': talks past, whatever the verb)
    past = any(c.dep_ == "poss" and c.lower_ in {"yesterday", "yesterday's"} for c in tok.children)
    return "held" if (bare and verbs[0].tag_ in {"VBD", "VBN"}) or past else None


HOLDER_DEPS = {"nsubj", "npadvmod"}  # the parser's readings of the subject before a misparsed 'held'


def _names_a_leg(tok: Token) -> bool:
    """'flies to Zagreb for the last leg of the tour, a meeting with X': the apposed meeting says
    what the leg is, an encounter of its own (not the restatement of talks told before)."""
    head = tok.head
    return head.lemma_ in TRIP_VERBS or head.lemma_ in TRIP_NOUNS or head.lower_ in {"leg", "stop", "stage"}


def _held_by(tok: Token) -> list[Token]:
    """'the meeting Secretary Videgaray held with Secretary Tillerson in Washington on February 8':
    the relative clause that holds the meeting gives its parties, day and place."""
    # ('a luncheon that President Peña will offer in his honour')
    held = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in LIGHT_VERBS | GIVING_VERBS
            and not _sequel_clause(c)]
    # 'X held summit talks with Y', parsed with 'held' as a modifier of 'talks' that keeps its subject
    held += [
        c
        for c in tok.children
        if c.dep_ in {"amod", "acl"} and c.lemma_ in LIGHT_VERBS and c.i < tok.i
        and any(s.dep_ in HOLDER_DEPS and s.i < c.i for s in c.children)
    ]
    # 'recalled the telephone conversation held with his Greek counterpart on January 10', 'the video
    # conference held earlier today between A and B', 'took part in the summit hosted by President X'
    # (not a named session's host: its attendees go on their own)
    after = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in LIGHT_VERBS]
    held += [
        c for c in after if c.i > tok.i and (any(p.lower_ in {"with", "between"} for p in c.children)
                                            or (c.lemma_ == "host" and not _named_event(tok)))
    ]
    return held + [c for c in [*tok.children, tok.head] if _offered(c) and c != tok]


GIVING_VERBS = {"offer", "give"}


def _sequel_clause(verb: Token) -> bool:
    """'talks on Tuesday, after which Li will host a banquet': a clause of what follows, not of who holds."""
    return any(c.dep_ == "prep" and c.lower_ in {"after", "before", "following"} for c in verb.children)


def _audience_granted(tok: Token) -> bool:
    """'granted an audience to X': the one who grants receives X."""
    return tok.lower_ == "audience" and tok.dep_ == "dobj" and tok.head.lemma_ in GIVING_VERBS | {"grant"}


def _offered(verb: Token) -> bool:
    """'a working dinner offered by the Prime Minister to the President of Spain', 'dinner given (or
    hosted) by Mr. Nikezić in honour of the Danish Foreign Minister': a meal given by one to another."""
    meal = verb.head if verb.dep_ == "acl" else None
    if verb.tag_ == "VBD":  # ('17:00 Reception offered in honour of X by Y': the parser's past tense)
        meal = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if meal is None or verb.lemma_ not in HOSTING_VERBS or meal.lower_ not in HOSTED_MEALS:
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ in {"agent", "prep"}}
    # (the honour may hang on the meal: 'Luncheon offered by the President ..., Dr. X, in honour of')
    ins = [c for h in (verb, meal) for c in h.children if c.lower_ == "in"]
    honours = any(o.lemma_ in HONOURS for c in ins for o in c.children)
    return "by" in preps and ("to" in preps or honours)


def _called_on(prep: Token) -> bool:
    """'pay a courtesy call on Prime Minister Kishida'."""
    return prep.lower_ == "on" and any(t.lower_ in {"call", "calls"} for t in (prep.head, prep.head.head))


def _union(first: list[Person], second: list[Person]) -> list[Person]:
    return first + [p for p in second if p not in first]


def _call_object(verb: Token) -> bool:
    """'received a phone call from X'."""
    return any(c.dep_ == "dobj" and c.lower_ in CALL_WORDS for c in verb.children)


def _sequenced(tok: Token) -> bool:
    """'The summit was preceded by ...', 'the talks followed ...': a definite meeting word as the
    subject of a verb of sequence names an encounter already told of, to order another by it."""
    definite = any(c.lower_ in {"the", "this", "that"} for c in tok.children)
    return definite and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_ in SEQUENCE_VERBS


def _hosted_relative(verb: Token) -> bool:
    return verb.dep_ == "relcl" and verb.head.lower_ in MEETING_NOUNS


HOSTING_VERBS = {"host", "offer", "give"}


def _hosts_a_meeting_named(verb: Token) -> bool:
    """'hosted by X' hung on a meeting word ('a meeting, hosted by X') or on the verb that holds
    one ('held a summit in Cairo, hosted by X'): who hosts that meeting, no meeting of its own."""
    # ('a dinner offered by X', 'a banquet given by X')
    if verb.lemma_ not in HOSTING_VERBS or verb.tag_ != "VBN" or verb.dep_ not in {"acl", "advcl"}:
        return False
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    held = [c for c in verb.head.children if c.dep_ == "dobj"]
    return verb.head.lower_ in MEETING_NOUNS or any(o.lower_ in MEETING_NOUNS for o in held)


def _hosted_by(tok: Token, refs: References) -> Person | None:
    """'the Quad Foreign Ministers Ministerial Meeting, hosted by Foreign Minister Marise Payne',
    'held a trilateral summit in Cairo, hosted by President Sisi'."""
    holders = [*tok.children]
    if tok.dep_ == "dobj":
        holders += [c for c in tok.head.children if c.dep_ == "advcl"]
    for child in holders:
        if _hosts_a_meeting_named(child):
            for agent in child.children:
                if agent.dep_ == "agent":
                    # ('hosted by President of Finland Sauli Niinisto': the name hangs under 'of')
                    people = [p for obj in agent.children if obj.dep_ == "pobj" for p in named_by(obj, refs)]
                    return people[0] if people else None
    return None


def _together(tok: Token) -> bool:
    """'host A and B for a trilateral meeting': the guests meet together, with the host; 'met
    with A, B and C who arrived in Kyiv': a visiting delegation, met together."""
    if _group_medium(tok) or _multiparty(tok) or _met_together(tok):
        return True
    if tok.lower_ in HOSTED_MEALS and _honours(tok):
        return True  # 'Dinner given by X in honour of A and B': one table
    if tok.lemma_ == "host" and any(
        c.lower_ == "for" and any(o.lower_ in {"meeting", "talks", "summit"} for o in c.subtree)
        for c in tok.subtree
    ):
        return True
    if tok.lemma_ == "host" and _meal_told(tok) is not None:
        return True  # 'will entertain A and B at a state dinner': one table
    starts = [tok, *(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with")]
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # 'held talks ... with their counterparts'
    withs = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    if any(_their_counterparts(o) or o.lower_ == "together" for w in withs for o in w.children):
        return True  # 'speak again by video conference, together with X'
    if any(_as_a_group(list_region(w)) for w in withs):
        return True  # 'meeting with A, B and C as Quad Leaders': one meeting of the group
    fors = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]
    if any(crew_word(o) for w in withs + fors for o in w.children):
        return True  # 'a meeting with representatives of the US', 'a dinner for the envoys': together
    pronouns = [closing_relative(list_region(start)) for start in starts]
    return any(p is not None and p.head.lemma_ in TRIP_VERBS for p in pronouns)


MULTIPARTY = re.compile(
    r"\b(trilateral|tripartite|quadrilateral|(three|four|five|six)[- ](way|party|nation|country|sided))\b",
    re.I,
)


def _multiparty(tok: Token) -> bool:
    """'held three-way talks with A and B', 'a trilateral meeting with A and B': one meeting of all
    (the holder's own noun or the noun the verb holds; 'met A and B for trilateral consultations')."""
    nouns = [tok, *(c for c in tok.children if c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS)]
    fors = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
    nouns += [o for c in fors for o in c.children if o.dep_ == "pobj"]
    return any(MULTIPARTY.search(n.doc[n.left_edge.i : n.i].text) for n in nouns if n.left_edge.i < n.i)


def _met_together(tok: Token) -> bool:
    """'met A and B together in the morning': one meeting of the three (not 'agreed to work
    together', whose 'together' belongs to another verb)."""
    doc = tok.doc
    for word in (t for t in tok.subtree if t.lower_ == "together" and t.dep_ == "advmod"):
        verb = next((a for a in word.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        with_next = word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "with"  # 'together with X'
        # 'met A and B together to discuss ...': hung on the purpose verb after it, still the meeting's
        fronted = verb is not None and verb.i > word.i and verb.dep_ == "advcl" and verb.head.i == tok.i
        if verb is not None and (verb.i == tok.i or fronted) and not with_next:
            return True
    return False


def _as_a_group(region) -> bool:
    """'A, B and C as Quad Leaders': a role in the plural after the list."""
    after = [region.doc[t.i + 1 : t.i + 4] for t in region if t.lower_ == "as"]
    return any(n.tag_ in {"NNS", "NNPS"} for words in after for n in words)


GROUP_MEDIA = {"videoconference", "teleconference"}


def _group_medium(tok: Token) -> bool:
    """'took part in a videoconference with A and B', 'a conference call with A and B': one
    session of all, not a call with each."""
    compounds = {c.lower_ for c in tok.children if c.dep_ == "compound"}
    conference = tok.lower_ in {"call", "conference"} and bool(compounds & {"conference", "video"})
    return tok.lower_ in GROUP_MEDIA or conference


def _their_counterparts(tok: Token) -> bool:
    """'Lavrov and Shoigu held talks with their Egyptian counterparts A and B': a two-plus-two."""
    return tok.lower_ == "counterparts" and any(c.lower_ == "their" for c in tok.children)


def _virtual(tok: Token) -> bool:
    """A call or video call ('held a phone call with', 'had a telephone conversation', 'spoke
    with X'), not 'a courtesy call on' nor 'spoke with X in Paris': no place unless stated, no trip."""
    called_on = _calls_on_someone(tok)
    if by_phone(tok) and not called_on:
        return True
    if tok.lemma_ == "speak" and tok.pos_ == "VERB":
        return not any(_placed(c, tok) for c in tok.subtree)
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}}
    if "courtesy" in words or called_on:
        return False
    return bool(words & CALL_WORDS) or (tok.lemma_ in {"call", "telephone"} and tok.pos_ == "VERB")


def _calls_on_someone(tok: Token) -> bool:
    """'will call on President X': a visit to him (not 'called him on Monday', 'a call on the crisis')."""
    ons = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"] if tok.lemma_ == "call" else []
    named = [o for c in ons for o in [*c.children, *tok.children] if o.dep_ in {"pobj", "dobj"}]
    return tok.pos_ == "VERB" and any(o.ent_type_ == "PERSON" or o.pos_ == "PROPN" for o in named)


def _placed(prep: Token, verb: Token) -> bool:
    """'spoke with X in Paris', 'spoke privately for 40 minutes in the Apostolic Palace'."""
    holder = prep.head
    on_verb = holder.i == verb.i or (holder.ent_type_ in {"TIME", "DATE"} and holder.head.head.i == verb.i)
    return prep.dep_ == "prep" and prep.lower_ in {"in", "at"} and on_verb


def _kind(tok: Token) -> str:
    """The article's word: 'breakfast meeting', 'talks', 'banquet' (the thing hosted), 'meeting'."""
    hosted = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in HOSTED_MEALS | MEETING_NOUNS]
    if tok.lemma_ in {"host", "co-chair", "co-host"} and hosted:  # ('co-chair the Fifth Meeting')
        return _kind(hosted[0])
    if tok.pos_ == "VERB" and tok.lower_.startswith("din"):
        return "dinner"
    if tok.lemma_ == "speak" and not _virtual(tok):
        return "talks"  # 'The two men spoke privately in the Apostolic Palace'
    if by_phone(tok):
        return "call"
    if tok.lemma_ == "call" and any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
        return "courtesy call"  # 'called on the Prime Minister': in person
    meal = _meal_told(tok)
    if meal is not None:
        return _kind(meal)
    if tok.pos_ == "VERB":
        return {"meet": "meeting", "talk": "talks", "speak": "call", "call": "call", "dine": "dinner",
                "lunch": "lunch", "breakfast": "breakfast", "telephone": "telephone call",
                "report": "report"}.get(
            tok.lemma_, "meeting"
        )
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i == tok.i - 1]
    start = mods[0].i if mods else tok.i
    return tok.doc[start : tok.i + 1].text.lower()


def _meal_of_meeting(tok: Token) -> Token | None:
    """'Mrs Thatcher and Mr Fraser will meet over breakfast', 'met for lunch', 'will host (entertain) A
    and B at a state dinner': the meeting verb the meal is the form of."""
    prep = tok.head
    verb = prep.head
    if tok.lower_ not in HOSTED_MEALS or tok.dep_ != "pobj" or verb.pos_ != "VERB":
        return None
    met = prep.lower_ in {"over", "for"} and verb.lemma_ in {"meet", "talk", "confer"}
    hosted = prep.lower_ == "at" and verb.lemma_ == "host" and any(c.dep_ == "dobj" for c in verb.children)
    return verb if met or hosted else None


def _meal_told(verb: Token) -> Token | None:
    """The meal a meeting verb is told as ('meet over breakfast'), if any."""
    return next((m for c in verb.children for m in c.children if _meal_of_meeting(m) == verb), None)


def _named_event(tok: Token) -> bool:
    """A named session ('the Quad Foreign Ministers Ministerial Meeting'), not in the title line."""
    if tok.pos_ == "VERB" or tok.sent.start == 0:
        return False
    return any(
        c.dep_ == "compound" and c.text[:1].isupper() and c.lower_ not in GENERIC_MODIFIERS
        for c in tok.children
    )


PAST_TAGS = {"VBD", "VBN"}


def _agents(tok: Token, refs: References, crews: dict) -> list[Person]:
    """'his meeting', else the clause's subject ('X held the Foreign Ministers' Dialogue with Y')."""
    for child in tok.children:
        if child.dep_ == "poss" and child.lower_ not in PARTY_NOUNS and refs.group(child):
            return refs.group(child)
    for verb in _held_by(tok):
        who = next((c for c in verb.children if c.dep_ in HOLDER_DEPS and c.i < verb.i), None)
        if _offered(verb):  # its giver
            by = [c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
            who = next((o for c in by for o in c.children), None)
        if who is not None:
            return subject_people(who, refs, crews)
    inverted = _inverted_subject(tok, refs)
    if inverted:
        return inverted
    trip = _trip_highlight(tok)
    if trip is not None:  # 'The centrepiece of the trip is a round of talks with X': the traveller's
        owner = next((c for c in trip.children if c.dep_ == "poss"), trip)
        who = refs.person(owner) if owner is not trip else refs._antecedent(trip)
        return [who] if who is not None else []
    if tok.dep_ == "ROOT" and tok.pos_ == "NOUN":  # 'President Moon Jae-in held summit talks with',
        held = [c for c in tok.children if c.lemma_ in LIGHT_VERBS and c.tag_ in PAST_TAGS and c.i < tok.i]
        if held:  # parsed as a noun phrase: the names before 'held'
            return listed(refs, tok.doc[tok.sent.start : held[0].i])
    who = subject(tok)
    if who is not None and who.dep_ == "poss" and who.head == tok:  # 'the leaders' meeting'
        who = subject(tok.head) if tok.head != tok else None
    owners = [c for c in who.children if c.dep_ == "poss"] if who is not None else []
    if who is not None and who.lemma_ in SCHEDULE_NOUNS and owners:
        who = owners[0]  # 'His programme in the United States provides for talks with X': his
    return subject_people(who, refs, crews) if who is not None else []


def _trip_highlight(tok: Token) -> Token | None:
    """The trip noun of 'The centrepiece (highlight, focus) of the trip is [a round of] talks'."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.head.dep_ == "attr" else tok
    be = noun.head
    if noun.dep_ != "attr" or be.lemma_ != "be":
        return None
    subjects = [c for c in be.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    trips = [o for s in subjects for c in s.children if c.lower_ == "of" for o in c.children]
    return next((o for o in trips if o.lemma_ in TRIP_NOUNS), None)


def _inverted_subject(tok: Token, refs: References) -> list[Person]:
    """'Taking part in the talks were A and B; on the Korean side, C and D': the subject follows
    'were', a list read off the surface, its sides parted by semicolons."""
    for verb in chain(tok):
        be = next((c for c in verb.children if c.lemma_ == "be" and c.i > tok.i), None)
        if verb.tag_ == "VBG" and be is not None:
            found, region = [], list_region(be)
            while True:
                found += [p for p in listed(refs, region) if p not in found]
                if region.end >= len(tok.doc) or tok.doc[region.end].text != ";":
                    return found
                region = list_region(tok.doc[region.end])
    return []


def _places(tok: Token, event: list[Token], doc: Doc) -> list[Token]:
    """Where: 'in Seoul', 'at the Kremlin', 'Jerusalem, where he will meet', for a visitor
    'welcoming X to the White House', and a place inside the counterpart list ('met today with
    Secretary General Mathias Cormann in Paris', which the parser often misplaces)."""
    # 'Seoul, where he will meet X' first: a later 'in' may be a conjoined event's ('and ... in Yokohama')
    wheres = [v.head for v in event if v.dep_ == "relcl" and any(c.lower_ == "where" for c in v.subtree)]
    # ('the Guatemalan capital, where he is to confer with X': the country its demonym names)
    demonyms = [c for w in wheres if w.lower_ == "capital" for c in w.children
                if c.dep_ in {"amod", "compound"} and gazetteer().country(c.text)]
    found = wheres + [ent.root for ent in places_of(event, doc)]
    # 'In Budapest Mr Aubert will meet': the parser may hang the place on the name after it
    bare = [c for v in event for c in v.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS]
    found += [doc[c.i + 1] for c in bare if not list(c.children) and doc[c.i + 1].ent_type_ == "GPE"]
    # 'during his stay in Hanoi'
    stays = [o for v in event for c in v.children if c.dep_ == "prep" and c.lower_ == "during"
             for o in c.children if o.lower_ in TRIP_NOUNS]
    found += [g for o in stays for p in o.children if p.lower_ in {"in", "to"} for g in p.children
              if g.dep_ == "pobj"]
    for child in tok.children:
        if tok.lemma_ in GUEST_VERBS and child.dep_ == "prep" and child.lower_ == "to":
            found += [o for o in child.children if o.dep_ == "pobj"]
        if (child.dep_ == "prep" and child.lower_ in {"with", "between"}) or tok.lemma_ in GUEST_VERBS:
            region = list_region(child if child.dep_ == "prep" else tok)
            found += [
                t
                for t in region
                if t.lower_ in {"in", "at"}
                and t.i + 1 < region.end
                and doc[t.i + 1].ent_type_ in {"GPE", "FAC"}
                # (not another event's: '... ahead of the Summit of the Americas in Quebec City')
                and (t.head.ent_type_ == "PERSON" or t.head.pos_ in {"VERB", "AUX"})
            ]
    places = [place_span(doc[t.i + 1]) if t.lower_ in {"in", "at"} else place_span(t) for t in found]
    places = [doc[t.i : t.i + 1] for t in demonyms] + places
    # (not 'Sadr' of 'Aiwan-e-Sadr')
    glued = [p.start > 1 and doc[p.start - 1].text == "-" and not doc[p.start - 2].whitespace_
             for p in places]
    return [p.root for p, part in zip(places, glued, strict=True) if gazetteer().country(p.text) and not part]


def _here(event: list[Token], doc: Doc) -> list[str]:
    """'NADI, Fiji (Xinhua) -- Wen held talks here on Wednesday': the place the report is filed from."""
    place = dateline_place(doc) if _said_here(event) else None
    return [place] if place else []


def _said_here(event: list[Token]) -> bool:
    return any(c.lower_ in HERE_WORDS and c.dep_ == "advmod" for tok in event for c in tok.children)


VENUE_PREPS = {"at", "in"}


def _venue_unknown(tok: Token) -> bool:
    """'a summit with Moon at the Peace House in Panmunjom', 'at a venue yet to be announced': a
    venue the gazetteer cannot place, so no trip of a participant places the meeting."""
    preps = [c for c in tok.subtree if c.lower_ in VENUE_PREPS and c.dep_ == "prep"]  # the parse varies
    objects = [o for c in preps for o in c.children if o.dep_ == "pobj"]
    venues = [o for o in objects if o.pos_ in {"NOUN", "PROPN"} and o.ent_type_ not in {"DATE", "TIME"}]
    # (not 'at his hotel': where the visitor stays, wherever that is)
    venues = [o for o in venues if not any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in o.children)]
    placed = [o for o in venues if gazetteer().country(place_span(o).text) or apposed_place(o)]
    return bool(venues) and not placed


def _guest_place(tok: Token, event: list[Token]) -> str | None:
    """'welcoming King Abdullah II ... to the White House'; 'look forward to welcoming ... to'."""
    if tok.lemma_ not in GUEST_VERBS:
        return None
    for child in (c for cur in event for c in cur.children):
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj" and gazetteer().country(place_span(obj).text):
                    return place_span(obj).text.removeprefix("the ")
    return None


def _groups(agents: list[Person], others: list[Person], prep: str, together: bool) -> list[list[Person]]:
    """A list of counterparts is one meeting each; 'between A and B' or 'A and B met' is one."""
    if prep == "dobj" and not agents:
        return []  # ('PM to see Nixon, Heath': whom someone sees do not meet each other)
    if prep == "between" or not agents:
        return [others] if len(others) >= 2 else ([agents] if len(agents) >= 2 else [])
    if len(agents) >= 2 and not others:
        return [agents]
    if together:
        return [[*agents, *[o for o in others if o not in agents]]]
    return [[*agents, other] for other in others if other not in agents]


def _where_stayed(tok: Token, timexes: list[dict], doc: Doc) -> bool:
    """'Abbas spent three days in Muscat, where he too met the sultan': a meeting told in the place
    of a stay of several days is bounded by the stay, not dated by what is told around it."""
    if tok.dep_ != "relcl" or not any(c.lower_ == "where" for c in tok.children):
        return False
    stay = next((a for a in tok.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if stay is None:
        return False
    lengths = [timexes[i] for i in timexes_of([stay], timexes, doc) if timexes[i]["type"] == "DURATION"]
    return any(STAY_LENGTH.search(t["text"]) and not ONE_DAY.search(t["text"].lower()) for t in lengths)


def _on_arrival(event: list[Token]) -> bool:
    """'Upon his arrival', 'Soon after his arrival', 'on arrival', 'shortly after landing', 'within
    hours of his arrival'."""
    preps = [c for cur in event for c in cur.children if c.dep_ == "prep" and c.lower_ in ARRIVAL_PREPS]
    within = [c for cur in event for c in cur.children if c.dep_ == "prep" and c.lower_ == "within"]
    hours = [o for c in within for o in c.children if o.lemma_ in {"hour", "minute"}]
    preps += [c for o in hours for c in o.children if c.lower_ == "of"]
    # ('shortly after landing', 'soon after arriving')
    return any(o.lemma_ == "arrival" or o.lemma_ in {"land", "arrive"} for p in preps for o in p.children)


def _dated_itself(tok: Token, timex: dict) -> bool:
    """The day is told in the trigger's own words, not in a clause it is joined to."""
    return any(timex["start"] <= t.idx < timex["end"] for t in tok.subtree)


def _visit_which(obj: Token) -> bool:
    """'for an official visit to Britain ..., during which he is scheduled to': the visit told before."""
    return obj.lower_ == "which" and any(t.lower_ in TRIP_NOUNS for t in obj.sent if t.i < obj.i)


def _during_stay(event: list[Token]) -> bool:
    """'During his stay here, Biegun is expected to meet ...', 'for a two-day visit, during which he
    will call on X': bounded by the trip, not dated."""
    if _stay_noun(event):
        return True
    # ('is expected to see X at some point during the visit')
    points = [o for cur in event for c in cur.children if c.lower_ == "at" for o in c.children
              if o.lower_ in {"point", "time", "stage"}]
    for cur in event + points:
        for child in cur.children:
            stay = any(obj.lower_ in TRIP_NOUNS or _leg_of_visit(obj) or _visit_which(obj)
                       for obj in child.children)
            if child.dep_ == "prep" and child.lower_ in {"during", "while", "over"} and stay:
                return True
            if child.dep_ == "prep" and child.lower_ in {"within", "in"} and _framework_of_visit(child):
                return True  # 'Within the framework of the visit, the Ministers will hold consultations'
            if (
                child.dep_ == "prep"
                and child.lower_ == "over"
                and any(o.lower_ == "course" for o in child.children)
            ):
                return True
    return False


def _stay_noun(event: list[Token]) -> list[int]:
    """'will travel to Kampala for a one-day working visit, during which he will hold talks': the
    visit the talks are part of, and the words it hangs from."""
    for cur in event:
        which = [c for c in cur.children if c.lower_ in {"during", "in"} and "which" in map(str, c.children)]
        if cur.dep_ == "relcl" and cur.head.lemma_ in TRIP_NOUNS and which:
            return [cur.head.i, *(a.i for a in cur.head.ancestors)]
    return []


def _one_day_visit(stay: list[int], timexes: list[dict], doc: Doc) -> int | None:
    """The one day the visit a meeting is part of is told to take, in the visit's own phrase."""
    if not stay:
        return None
    visit = doc[stay[0]]
    clause = {t.i for c in visit.children if c.dep_ == "relcl" for t in c.subtree}
    phrase = {t.i for t in visit.subtree} - clause
    spans = [timex_span(tx, doc) for tx in timexes]
    own = [i for i, span in enumerate(spans) if span is not None and span.root.i in phrase]
    return own[0] if len(own) == 1 and a_day(timexes[own[0]]) else None


def _leg_of_visit(noun: Token) -> bool:
    """'during the Delhi leg of the visit'."""
    ofs = [o for c in noun.children if c.lower_ == "of" for o in c.children if o.lemma_ in TRIP_NOUNS]
    return noun.lemma_ in {"leg", "part", "stage"} and bool(ofs)


def _framework_of_visit(prep: Token) -> bool:
    """'within the framework of the visit', 'in the course of the visit'."""
    frame = [o for o in prep.children if o.lower_ in {"framework", "course", "frame"}]
    ofs = [of for f in frame for of in f.children if of.lower_ == "of"]
    return any(v.lower_ in TRIP_NOUNS for of in ofs for v in of.children)


# ---------------------------------------------------------------- across clauses


def add_companions(doc: Doc, meetings: list[dict], refs: References, crews: dict) -> dict[str, tuple]:
    """'Sullivan ... was joined in his meetings by A, B and C': they take part in his meetings.
    Returns who joined whom (and at which stops, if the join names them), for their trips."""
    joined: dict[str, tuple] = {}
    at_once: set[str] = set()  # leads joined at one encounter only (they travel on with them all the same)
    for tok in (t for t in doc if _delegations_took_part(t)):
        crew = [p for o in tok.subtree if crew_word(o) for p in delegation_people(o, crews)]
        # ('... delegations, including Minister of Foreign Affairs of Russia Sergei Lavrov and ...')
        crew += [p for t in tok.subtree if t.lower_ == "including" for p in listed(refs, list_region(t))]
        everyone = [p for members in crews.values() for p in members]  # 'the two countries''
        _join_last(meetings, tok.i, [p.name for p in (crew or everyone)])
    for tok in doc:
        if tok.lemma_ != "join" or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        who = subject(tok)
        lead = refs.person(who) if who is not None else None
        by = next((t for t in tok.subtree if t.lower_ == "by" and t.i > tok.i), None)
        names = [p.name for p in listed(refs, list_region(by))] if by is not None else []
        # ('He will call on X on January 19, when he will be joined by Y': at that encounter only)
        when = tok.dep_ in {"advcl", "relcl"} and any(c.lower_ == "when" for c in tok.children)
        if lead is not None and names:
            joined[lead.name] = (names, stops_of(tok))  # ('joined in Mexico by X': on that leg only)
            if when:
                at_once.add(lead.name)
                _join_last(meetings, tok.i, names)
        elif who is not None and who.lower_ == "they" and names:
            _join_last(meetings, tok.i, names)
    for tok in (t for t in doc if _attended_by(t)):  # 'The meeting was attended by X'
        by = next(c for c in tok.children if c.dep_ == "agent")
        # ('The meeting was hosted by X, and attended by A and B': the attendees too)
        bys = [by, *(a for c in tok.children if c.dep_ == "conj" and c.lemma_ in {"attend", "join"}
                     for a in c.children if a.dep_ == "agent")]
        sides = [side for b in bys for side in [b, *_other_sides(b)]]
        names = [p.name for side in sides for p in listed(refs, list_region(side))]
        # (before 'The meeting' it is said of: the parser may hang a name on that noun too)
        said_of = [c for c in tok.children if c.dep_ == "nsubjpass"]
        told = [c.i for c in said_of if any(d.lower_ == "the" for d in c.children)]
        at = min([tok.i, *told])
        # (or one told with no one yet: 'Batumi hosted the second trilateral meeting of the Ministers')
        joined_to = _join_last(meetings, at, names)
        joined_to = joined_to or _join_last(meetings, at, names, anchors=len(names) >= 2)
        for meeting in joined_to:
            if tok.lemma_ == "host" and names and meeting["host"] is None:
                meeting["host"] = names[0]  # 'The banquet ... was hosted by President X'

    for tok in (t for t in doc if _among_guests(t)):  # 'A and B were among the guests'
        who = subject(tok)
        names = [p.name for p in (subject_people(who, refs) if who is not None else [])]
        _join_last(meetings, tok.i, names)
    represented = [t for t in doc if _represented_by(t)]  # 'The European Union was represented by X'
    if len({t.sent.start for t in represented}) == 2:  # the two sides of a bilateral summit, not a forum's
        for tok in represented:
            by = next(c for c in tok.children if c.dep_ == "agent")
            _join_last(meetings, tok.i, [p.name for p in listed(refs, list_region(by))], anchors=True)
    for tok in (t for t in doc if t.lemma_ == "join" and t.dep_ == "acl"):
        # 'The two Prime Ministers, joined by Mr. Singh and Mr. Aziz, will hold talks': of the subject's talks
        by = next((c for c in tok.children if c.dep_ == "agent"), None)
        verb = tok.head.head if tok.head.dep_ in {"nsubj", "nsubjpass"} else None
        if by is None or verb is None:
            continue
        names = [p.name for p in listed(refs, list_region(by))]
        held = {t.i for t in verb.subtree}
        for meeting in (m for m in meetings if m["_tok"] in held and m["_tok"] > tok.i):
            meeting["participants"] += [n for n in names if n not in meeting["participants"]]
    for tok in (t for t in doc if t.lemma_ == "join"):
        joining = [p.name for p in _joining_it(tok, refs)]
        if joining:
            _join_last(meetings, tok.i, joining)
    for tok in (t for t in doc if _takes_part(t)):
        who = subject(tok)
        names = [p.name for p in subject_people(who, refs)] if who is not None else []
        names += [p.name for p in _accompanying(tok, refs) if p.name not in names]
        # (not a call told before: 'spoke by telephone yesterday ... X and Y will take part'; a side joins
        # talks just told: 'held talks with Tito. The talks covered X. Y took part on the Yugoslav side')
        told = [m for m in meetings if m["status"] == status(tok)]
        if any(_on_a_side(c) for c in tok.subtree if c.dep_ == "prep"):
            since = tok.sent
            for _ in range(2):  # (the two sentences before, as far as there are any)
                since = sentence_before(since[0]) or since
            told = [m for m in told if m["_sent"] >= since.start]
        if names:
            _join_last(told, tok.i, names)
    _followed_by(doc, meetings, refs)
    _guest_of_host(doc, meetings, refs)
    for meeting in meetings:
        for lead, (names, stops) in joined.items():
            if lead in meeting["participants"] and len(meeting["participants"]) >= 2 and stops is None \
                    and lead not in at_once:
                extra = [n for n in names if n not in meeting["participants"]]
                meeting["participants"] = [meeting["participants"][0], *extra, *meeting["participants"][1:]]
    return joined


def _stay_owner(tok: Token, refs: References) -> list[Person]:
    """Whose stay the meeting falls in: 'A meeting with President X is also planned during the
    Minister's stay in Baku'."""
    stays = [o for c in tok.head.children if c.lower_ == "during" for o in c.children]
    stays = [o for o in stays if o.lemma_ in TRIP_NOUNS]
    owners = [refs.person(c) for o in stays for c in o.children if c.dep_ == "poss"]
    return [p for p in owners if p is not None][:1]


def _guest_of_host(doc: Doc, meetings: list[dict], refs: References) -> None:
    """'Mr. Soares was the guest of the Prime Minister, Mr. Michel Rocard, at a working luncheon': a meal
    of the guest with the one whose guest he is, who hosts it."""
    for meeting in (m for m in meetings if len(m["participants"]) < 2 and encounter_type(m) == "meal"):
        sent = doc[meeting["_tok"]].sent
        guests = [t for t in sent if t.lemma_ == "guest" and t.dep_ == "attr" and t.i < meeting["_tok"]]
        hosts = [refs.person(o) for g in guests for p in g.children if p.lower_ == "of" for o in p.children]
        host = next((h for h in hosts if h is not None and h.name not in meeting["participants"]), None)
        if host is not None:
            meeting["participants"].append(host.name)
            meeting["host"] = host.name
            meeting.pop("_anchor", None)


def _followed_by(doc: Doc, meetings: list[dict], refs: References) -> None:
    """'The two Heads of State first had a private meeting, which was followed by plenary talks in which
    X and Y took part': the talks that follow a meeting are of its parties, on its day, and of those
    the relative clause names."""
    by_tok = {m["_tok"]: m for m in meetings}
    for meeting in meetings:
        noun = first = doc[meeting["_tok"]]
        while first.dep_ == "conj":  # ('followed by talks and a working lunch')
            first = first.head
        follow = first.head.head if first.dep_ == "pobj" and first.head.dep_ == "agent" else None
        if follow is None or follow.lemma_ != "follow":
            continue
        # ('which was followed by', '[X will receive Y for talks,] followed by a luncheon')
        prior = by_tok.get(follow.head.i) if follow.dep_ in {"relcl", "advcl"} else None
        if any(c.dep_ == "nsubjpass" and c.lower_ in {"this", "it"} for c in follow.children):
            # 'X will receive Y ... This will be followed by talks and a working lunch': the encounter before
            told = [m for m in meetings if m["_tok"] < noun.sent.start and len(m["participants"]) >= 2]
            prior = told[-1] if told else None
        if prior is None:
            continue
        clauses = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in {"take", "participate"}]
        named = [refs.person(t) for c in clauses for t in c.subtree if t.dep_ in {"nsubj", "conj", "appos"}]
        names = [*prior["participants"], *meeting["participants"], *(p.name for p in named if p)]
        meeting["participants"] = list(dict.fromkeys(names))
        if meeting["date_timex"] is None:
            meeting["date_timex"] = prior["date_timex"]
        meeting.pop("_anchor", None)


def _delegations_took_part(tok: Token) -> bool:
    """'The talks ... continued with the participation of the two countries' delegations'."""
    if tok.lower_ != "participation" or tok.head.lower_ != "with":
        return False
    verb = tok.head.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # 'began ... and continued with'
    talks = [s for v in verbs for s in v.children if s.dep_ == "nsubj" and s.lower_ in MEETING_NOUNS]
    return bool(talks) and any(crew_word(o) for o in tok.subtree)


def _attended_by(tok: Token) -> bool:
    """'The meeting was attended by Prime Minister X', 'The video conference was joined by A and B',
    'The summit, attended on the Jordanian side by X, ...', 'The banquet ... was hosted by X': X took
    part in the meeting just reported."""
    if tok.lemma_ not in {"attend", "join", "host"} or not any(c.dep_ == "agent" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if tok.dep_ == "conj" and not subjects:  # 'The talks ... lasted three hours and were also attended by X'
        subjects = [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # a reduced relative on the meeting word ('The summit, attended ...'; not a programme's line of its
    # own, '20.30 State banquet hosted by the President in honour of X')
    noun = tok.head
    own_line = noun.dep_ == "ROOT" and not any(c.lower_ in {"the", "this"} for c in noun.children)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not own_line:
        subjects.append(tok.head)
    if tok.dep_ == "relcl" and any(s.lower_ in {"which", "that"} for s in subjects):
        said_of = tok.head  # 'the talks between the delegations, which were attended ... by X'
        between = said_of.head if said_of.dep_ == "pobj" and said_of.head.lower_ == "between" else None
        subjects.append(between.head if between is not None else said_of)
    if tok.lemma_ == "host":  # 'The summit, hosted by X, will bring together ...': a session, not met
        subjects = [s for s in subjects if s.lower_ not in SESSION_NOUNS]
    # ('co-chaired the second session of the Committee ... The session was also attended by X')
    return any(s.lower_ in MEETING_NOUNS | {"session"} for s in subjects)


def _other_sides(by: Token) -> list[Token]:
    """'attended on the Brazilian side by A and B, and on the Mozambican side by C': the later sides'
    'by' (the parser hangs them elsewhere)."""
    side = next((t for t in by.doc[by.sent.start : by.i] if t.lower_ == "side"), None)
    if side is None:
        return []
    return [
        t for t in by.doc[by.i + 1 : by.sent.end]
        if t.lower_ == "by" and t.i >= 2 and t.nbor(-1).lower_ == "side" and t.nbor(-1).i != side.i
    ]


def _represented_by(tok: Token) -> bool:
    """'The EU-Ukraine Summit took place in Kyiv today. The European Union was represented by A and
    B. Ukraine was represented by C.': a party's representatives at the meeting just reported."""
    party = [c for c in tok.children if c.dep_ == "nsubjpass" and c.ent_type_ in {"GPE", "ORG", "NORP"}]
    main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")  # not 'where X will be ...'
    return tok.lemma_ == "represent" and main and bool(party) and any(c.dep_ == "agent" for c in tok.children)


def _takes_part(tok: Token) -> bool:
    """'Vice-President Dombrovskis and Commissioner Moscovici will also take part.', 'X also
    attended.': in the encounter
    just reported (with an object, 'take part in the talks', the meeting word itself says which)."""
    if tok.lemma_ == "take" and tok.pos_ == "VERB":
        part = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "part"), None)
        holders = [tok, part] if part is not None else []
    elif tok.lemma_ == "participate" and tok.pos_ == "VERB":
        holders = [tok]
    elif tok.lemma_ == "attend" and tok.pos_ == "VERB":  # 'Undersecretary X also attended.'
        objects = [c for c in tok.children if c.dep_ in {"dobj", "prep", "agent", "auxpass"}]
        holders = [] if objects or not any(c.lower_ == "also" for c in tok.children) else [tok]
    else:
        return False
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    # ('took part from the palace', 'took part on the Yugoslav side')
    return bool(holders) and all(c.lower_ == "from" or _on_a_side(c) for c in preps)


def _on_a_side(prep: Token) -> bool:
    return prep.lower_ == "on" and any(o.lemma_ == "side" for o in prep.children if o.dep_ == "pobj")


def _accompanying_subject(tok: Token, refs: References) -> list[Person]:
    """'The Secretary-General, accompanied by Y, met today with Z': Y, with the one met."""
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ == "dobj" else None)
    who = subject(verb) if verb is not None else None
    if who is None:
        return []
    clauses = [
        c
        for c in [*who.children, *verb.children]
        if c.lemma_ == "accompany" and c.tag_ == "VBN" and c.dep_ in {"acl", "advcl"}
    ]
    agents = [by for c in clauses for by in c.children if by.dep_ == "agent"]
    return [p for by in agents for p in listed(refs, list_region(by))]


def _accompanying(verb: Token, refs: References) -> list[Person]:
    """'The President took part from the palace, accompanied by Foreign Minister X': X too."""
    found: list[Person] = []
    clauses = [
        t for t in verb.subtree if t.lemma_ == "accompany" and t.tag_ == "VBN" and t.dep_ in {"acl", "advcl"}
    ]
    for clause in (c for c in clauses if next(a for a in c.ancestors if a.pos_ == "VERB").i == verb.i):
        for by in (c for c in clause.children if c.dep_ == "agent"):
            found += listed(refs, list_region(by))
    return found


def _joining_it(join: Token, refs: References) -> list[Person]:
    """'a working lunch in Amsterdam, which Ms Colonna and Mr Hoekstra are also due to join': the
    subjects of a relative clause that joins the encounter it qualifies."""
    clause = next((a for a in [join, *join.ancestors] if a.dep_ == "relcl"), None)
    relative = {"which", "that"}
    if any(c.dep_ == "dobj" for c in join.children) or clause is None:
        return []
    if not any(c.lower_ in relative for c in clause.children):
        return []
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in relative]
    return [p for s in subjects for p in subject_people(s, refs)]


def _among_guests(tok: Token) -> bool:
    """'A and B were among the guests', '... among those at the table' (of the meal just told)."""
    among = [o for c in tok.children if c.lower_ == "among" for o in c.children]
    # (not 'is among those invited')
    present = [o for o in among if o.lower_ == "those" and {c.lower_ for c in o.children} & {"at", "present"}]
    return tok.lemma_ == "be" and (any(o.lemma_ == "guest" for o in among) or bool(present))


def _join_last(meetings: list[dict], at: int, names: list[str], anchors: bool = False) -> list[dict]:
    """'May welcomed Varadkar ... They were joined by A and B': A and B take part in the encounter
    just reported, together with its participants (with `anchors`, in one told with no one yet:
    'The Summit took place in Kyiv today. The European Union was represented by A and B')."""
    earlier = [
        m for m in meetings
        if m["_tok"] < at and not m.get("_session") and (m["participants"] or (anchors and m.get("_anchor")))
    ]
    if not earlier:
        return []
    last = max(m["_tok"] for m in earlier)
    targets = [m for m in earlier if m["_tok"] == last]
    for meeting in targets:
        meeting["participants"] += [n for n in dict.fromkeys(names) if n not in meeting["participants"]]
        if len(meeting["participants"]) >= 2:
            meeting.pop("_anchor", None)
    return targets


def restated_days(doc: Doc, meetings: list[dict]) -> None:
    """'will travel to Oslo tomorrow for talks with X. ... The talks will begin on Monday morning': the
    talks' own day, told again, over the travel day."""
    for told in (m for m in meetings if m.get("_anchor") and m["date_timex"] is not None):
        noun = doc[told["_tok"]]
        begins = noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ in EVENT_VERBS
        if not begins or not any(c.lower_ == "the" for c in noun.children):
            continue
        earlier = [m for m in meetings if m["_tok"] < told["_tok"] and m["participants"]
                   and m["kind"] == told["kind"] and m["status"] == told["status"]]
        noun = doc[earlier[-1]["_tok"]] if earlier else None
        purpose = noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "for"
        if purpose and noun.head.head.lemma_ in TRIP_VERBS and "restated" not in earlier[-1]["rule"]:
            earlier[-1]["date_timex"] = told["date_timex"]
            earlier[-1]["rule"] += ".restated_day"


def carry_dates(
    meetings: list[dict], trips: list[dict], timexes: list[dict], crews: list[Crew]
) -> None:
    """An undated meeting takes the day of the clause that sets its scene: the latest earlier dated
    meeting or travel clause of one of its participants or of those accompanying them, same status,
    same place if both say. A travel clause of several days ('travel on to Nepal on Saturday for a
    two-day state visit') or a departure ('will on Tuesday depart Abuja for Paris') dates no
    meeting told after it ('leaves for Jakarta on Tuesday morning, where he will hold talks' does):
    the guide leaves the meetings of a multi-day visit undated."""
    stops: dict[int, set] = {}
    for trip in trips:
        stops.setdefault(trip["_tok"], set()).add(trip.get("destination"))
    anchors = [
        {
            "_tok": t["_tok"],
            "_sent": t["_sent"],
            # 'returned on Friday from a visit to Oman, where he was received by X': not that day
            "date_timex": None if _several_days(t, timexes) or t.get("_return") else t["_day"],
            "_leaving": bool(t.get("_leaving")),
            "participants": [t["traveler"], *crew_names(crews, t["traveler"], t["status"])],
            "status": t["status"],
            "place": next(iter(stops[t["_tok"]])) if len(stops[t["_tok"]]) == 1 else None,
            "_next_leg": t.get("_next_leg"),
            "_relative": t.get("_relative"),
            "_in_relative": t.get("_in_relative"),
            # 'began the tour on Monday in Tajikistan, where he met X': a stop sets its own sentence
            "_own_sentence": not (t.get("_movement") or _one_day_stop(t, timexes)),
            "_one_day": _one_day_stop(t, timexes),
            "_days_range": t["_day"] is not None and (DAY_RANGE.search(timexes[t["_day"]]["text"]) is not None
                                                      or _first_and_last_told(t, timexes)),
        }
        for t in trips
        if not t.get("cancelled")  # ('had been due to stop in Montevideo, but that leg has been postponed')
    ]
    anchors += [m for m in meetings if m["date_timex"] is not None]
    arrivals = [t for t in trips if t.get("_arrives") and t.get("destination")]
    for meeting in sorted(meetings, key=lambda m: m["_tok"]):
        scene = _arrival_of(meeting, arrivals) if meeting["_on_arrival"] else _scene(meeting, anchors)
        guest = _guest_day(meeting, anchors)
        own = meeting["date_timex"]
        if guest and (own is None or not a_day(timexes[own])):  # ('Earlier this week, X received Y, who ...')
            meeting["date_timex"], meeting["rule"] = guest["date_timex"], meeting["rule"] + ".guest_day"
        leg = (scene or {}).get("_next_leg")
        if leg and not leg[0] <= meeting["_tok"] <= leg[1]:
            scene = {**scene, "place": None}  # ('before leaving for Baghdad, I held discussions': not there)
        # 'X, who arrived in Rome on Monday, held talks': that arrival places the talks
        arrived = _arrival_of(meeting, [t for t in arrivals if t["_sent"] == meeting["_sent"]])
        place = (arrived or scene or {}).get("place") or ((scene or {}).get("_places") or [None])[0]
        place = place or (scene or {}).get("_scene_place")  # 'on the sidelines of the forum': its place
        if place and not meeting["_places"] and not meeting["_venue_unknown"] and not meeting.get("_here"):
            meeting["_scene_place"] = place
        told = [a for a in anchors if a.get("kind") and a["_tok"] < meeting["_tok"]
                and a["kind"].split()[-1] == meeting.get("_margins_of")]
        if meeting["date_timex"] is None and told:  # 'In the margins of the trilateral meeting': its day
            meeting["date_timex"], meeting["rule"] = told[-1]["date_timex"], meeting["rule"] + ".margins"
        departure = meeting.get("_departure_day")
        if meeting["date_timex"] is None and departure is not None:
            meeting["date_timex"], meeting["rule"] = departure, meeting["rule"] + ".before_departure"
        if meeting["date_timex"] is not None or meeting["_during"] or meeting.get("_own_day_only"):
            continue
        leaving = scene is not None and scene.get("_leaving") and scene["_sent"] != meeting["_sent"]
        dated = scene is not None and scene["date_timex"] is not None and not leaving
        told_later = meeting.get("_later_day") is not None and meeting.get("_told_later")
        # 'Mr Hague, meanwhile, held talks', 'X, who flew in on Monday, was later guest of honour at a
        # luncheon': the day of the sentence before
        aside = scene is not None and (scene.get("_sent") != meeting["_sent"] or scene.get("_in_relative"))
        if told_later and aside:
            dated = False
        left = meeting["_leaves_after"]
        if dated and left is not None and scene.get("_sent") != meeting["_sent"]:
            # 'is to confer with X on Friday. He is also expected to call on Y before returning to
            # Oslo on Saturday': on one of the days between
            dated = timexes[left]["text"].lower() == timexes[scene["date_timex"]]["text"].lower()
        if dated and not _beside(meeting, scene):
            meeting["date_timex"] = scene["date_timex"]
            meeting["rule"] += ".date_from_context"
        elif meeting.get("_later_day") is not None:
            meeting["date_timex"] = meeting["_later_day"]
            meeting["rule"] += ".date_from_previous_sentence"


# 'February 23-25', '16 to 18 May', '31 January and 6 February'
DAY_RANGE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?\s*(?:-|–|to|through|and|until)\s*(?:[A-Z][a-z]+\s+)?\d{1,2}\b"
)
ANAPHORIC_DAY = re.compile(
    r"^(later |earlier )?(in |on |during )?(the|that|the same) (day|morning|afternoon|evening|night)$"
)


def anaphoric_days(
    meetings: list[dict], trips: list[dict], timexes: list[dict], days: list | None = None
) -> None:
    """'Later in the day, Park met X' after 'During the talks [of Monday] ...': a day told only as
    'the day' / 'that evening' is the day of the latest event told before that involves one of the
    participants (an encounter, or a trip clause), not merely the last date written (an arrival told
    as background in between). One the dates already put on that event's day keeps its own part of
    the day ('This morning X will call on Y. In the afternoon he and Z ...')."""
    def same_day(a: int, b: int) -> bool:
        return days is not None and days[a][0] is not None and days[a] == days[b]

    for meeting in (m for m in meetings if m.get("_same_time") and m["date_timex"] is None):
        # 'At the same time' ('In parallel'), X had a meeting with Y: while the encounter told before went on
        told = [m for m in meetings if m["_tok"] < meeting["_tok"] and m["date_timex"] is not None]
        if told:
            meeting["date_timex"] = max(told, key=lambda m: m["_tok"])["date_timex"]

    events = sorted(
        [*({**t, "participants": [t["traveler"]], "_trip": True} for t in trips), *meetings],
        key=lambda e: e["_tok"],
    )
    for meeting in sorted(meetings, key=lambda m: m["_tok"]):
        index = meeting["date_timex"]
        if index is None or not ANAPHORIC_DAY.match(timexes[index]["text"].lower()):
            continue
        if any(t.get("heading") and t["paragraph"] == timexes[index].get("paragraph") for t in timexes):
            continue  # 'Thursday, 24 October. In the morning, X will meet Y': the heading's day
        own = timexes[index].get("sent_start")
        if any(t["start"] == own and DAY_WORDS.search(t["text"]) and re.search(r"\d", t["text"])
               for t in timexes[:index]):
            continue  # 'Friday, 6 September: In the morning X will call on Y': the slot's day
        # 'Abe, who arrived on Friday night, also held a meeting earlier in the day': the story's day,
        # not the arrival's told in passing ('who arrived on Monday, held talks that day': that one)
        story_day = timexes[index]["text"].lower().startswith(("earlier", "later"))
        before = [e for e in events if e["_tok"] < meeting["_tok"]]
        last = before[-1] if before else {"_trip": True}
        if story_day and not last.get("_trip") and last["date_timex"] not in {None, index}:
            if same_day(last["date_timex"], index):
                continue
            # 'X and Y will hold a working breakfast. Later that morning, Z will meet W': that morning
            meeting["date_timex"] = last["date_timex"]
            meeting["rule"] += ".date_of_event_before"
            continue
        for event in reversed(before):
            if event.get("_trip") and event.get("_in_relative") and story_day:
                continue
            # ('During the talks, A and B witnessed ...': the talks told before, undated here)
            undated = not event.get("_trip") and event["date_timex"] is None
            told = event if (event["participants"] and not undated) or event.get("_trip") else _told_before(
                event, meetings
            )
            if told is None or not set(told["participants"]) & set(meeting["participants"]):
                continue
            day = told.get("date_timex", told.get("_day"))
            if day == index:
                continue  # another part of the same clause ('to host a dinner ... in the evening')
            # background ('The two leaders first met ... last November', 'recalled the call of May 2')
            if day is not None and (not DAY_WORDS.search(timexes[day]["text"]) or _background(timexes[day])):
                continue
            if not told.get("_trip") and told["date_timex"] is not None and told["date_timex"] != index:
                if same_day(told["date_timex"], index) or _day_told_just_before(told["date_timex"], index,
                                                                                  timexes):
                    break
                meeting["date_timex"] = told["date_timex"]
                meeting["rule"] += ".date_of_event_before"
            break


def _day_told_just_before(told: int, index: int, timexes: list[dict]) -> bool:
    """'On Monday morning, X will receive Y ... In the afternoon, A and B will hold a meeting': the
    sentence right before names a day of its own, after the participant's last event."""
    before = timexes[index].get("sent_before")
    return before is not None and any(
        timexes[k].get("sent_start") == before and timexes[k]["type"] in {"DATE", "TIME"}
        and DAY_WORDS.search(timexes[k]["text"]) and not (timexes[k].get("aside") or _background(timexes[k]))
        for k in range(told + 1, index)
    )


def _background(timex: dict) -> bool:
    return bool(timex.get("background"))


def _told_before(mention: dict, meetings: list[dict]) -> dict | None:
    """'During the talks, ...': a definite meeting word naming no one is the encounter last told."""
    earlier = [m for m in meetings if m["_tok"] < mention["_tok"] and len(m["participants"]) >= 2]
    alike = [m for m in earlier if encounter_type(m) == encounter_type(mention)]
    return alike[-1] if alike else None


def _guest_day(meeting: dict, anchors: list[dict]) -> dict | None:
    """'Jayakumar received Dr Surin, who was in Singapore on 8 March for a one-day working visit': the
    guest's one-day stay, told after in a relative clause, dates the reception."""
    told = [a for a in anchors if "kind" not in a and a.get("_relative") and a["_one_day"]]
    told = [a for a in told if a["_sent"] == meeting["_sent"] and a["_tok"] > meeting["_tok"]]
    ours = [a for a in told if set(a["participants"]) & set(meeting["participants"])]
    return next((a for a in ours if a["date_timex"] is not None), None)


def _beside(meeting: dict, scene: dict) -> bool:
    """'will attend the G7 summit on Wednesday ... would try to meet on the sidelines of the G7': a
    summit's first day does not date the meetings on its sidelines."""
    return bool(meeting["_sidelines"] and scene.get("_session"))


def _arrival_of(meeting: dict, arrivals: list[dict]) -> dict | None:
    """'Upon his arrival, His Highness held talks with ...', 'was greeted at the airport by ...':
    the day and place of the arrival told before."""
    ours = [t for t in arrivals if t["traveler"] in meeting["participants"] and t["_tok"] < meeting["_tok"]]
    ours = [t for t in ours if t["_day"] is not None] or ours  # ('arrived on Wednesday ... who flew in')
    if not ours:
        return None
    return {"date_timex": ours[-1]["_day"], "place": ours[-1]["destination"]}


def _one_day_stop(trip: dict, timexes: list[dict]) -> bool:
    """'I will make a one-day visit to Jakarta on Thursday', 'will visit Kyiv on Friday': a dated
    stop of one day sets the day of the meetings there."""
    if trip.get("_day") is None or trip.get("destination_country") is None:
        return False
    if SPAN_OF_DAYS.search(timexes[trip["_day"]]["text"].lower()):
        return False  # 'who is visiting Japan from March 6 to 8': a stay, not a day
    index = trip.get("duration_timex")
    one_day = index is not None and bool(ONE_DAY.search(timexes[index]["text"].lower()))
    return bool(trip.get("single_day") or one_day)


def _first_and_last_told(trip: dict, timexes: list[dict]) -> bool:
    """'will be in Tegucigalpa on Wednesday and Thursday': a stay's first and last day told together (not
    'arrived on Tuesday night for a visit that ends on Thursday': an arrival's day is a day of its own)."""
    start, end = trip.get("start_timex"), trip.get("end_timex")
    together = trip["rule"] == "trip.stop.be_in_place" and start is not None and end not in {None, start}
    return together and timexes[start]["sent_start"] == timexes[end]["sent_start"]


def _several_days(trip: dict, timexes: list[dict]) -> bool:
    """A duration longer than a day, or a return on another day ('... on Wednesday and return on
    Sunday')."""
    index = trip.get("duration_timex")
    if index is not None and not ONE_DAY.search(timexes[index]["text"].lower()):
        return True
    start, end = trip.get("start_timex"), trip.get("end_timex")
    if start is None or end in {None, start} or trip.get("_weak_end"):
        return False  # 'travelling to Paris and Warsaw today': the later stop of a one-day tour
        # (nor a stay ended only by moving on: 'leaves for Tirana on Friday for talks ... and flies on')
    texts = timexes[start]["text"].lower(), timexes[end]["text"].lower()
    return not (SAME_DAY.search(texts[1]) or all(TODAY.search(t) for t in texts))


def _scene(meeting: dict, anchors: list[dict]) -> dict | None:
    earlier = sorted((a for a in anchors if a["_tok"] < meeting["_tok"]), key=lambda a: a["_tok"])
    for anchor in reversed(earlier):
        if not set(anchor["participants"]) & set(meeting["participants"]):
            continue  # someone else's event, or nobody's ('to attend the G7 summit on Wednesday')
        if anchor.get("_own_sentence") and anchor["_sent"] != meeting["_sent"]:
            # 'will conclude her trip in Beijing February 23-25. She will meet X': within that stay
            # (not 'held the Dialogue with X, who is visiting Japan from March 6 to 8')
            told_with = [a for a in earlier if a["_sent"] == anchor["_sent"] and "kind" in a]
            if anchor.get("_days_range") and not told_with:
                return {**anchor, "date_timex": None}  # its place, not a day
            continue
        if anchor.get("_aside") and anchor["_sent"] == meeting["_sent"] and not meeting.get("_aside"):
            continue  # 'Clinton, who flew in from Tokyo, where she met Aso the day before, held talks
        if _elsewhere(anchor, meeting):
            # ('In Port Vila, X will hold talks' told after the Jakarta talks: the day-long Port Vila stop's)
            stops = [a for a in earlier if "kind" not in a and a.get("place") and a["_one_day"]]
            stops = [a for a in stops if not _elsewhere(a, meeting)]
            ours = [a for a in stops if set(a["participants"]) & set(meeting["participants"])]
            return ours[-1] if ours else None
        # ('Following the Oval Office meeting, X will host a lunch': the day of that meeting, not
        # of the dinner the night before)
        sequel = meeting.get("_sequel_of_meeting")
        if sequel and "kind" in anchor and _encounter(anchor) != encounter_type({"kind": sequel}):
            continue
        if anchor["status"] != meeting["status"] and anchor["_sent"] != meeting["_sent"] and not sequel:
            return None  # 'flies on to Warsaw, where he will be received by Tusk': one sentence
        arrival = "kind" not in anchor or len(anchor["participants"]) < 2  # ('was received at the airport')
        if arrival and anchor["_sent"] != meeting["_sent"]:
            return _same_pair_before(meeting, earlier, anchor) or anchor
        return anchor
    return None


def _same_pair_before(meeting: dict, earlier: list[dict], arrival: dict) -> dict | None:
    """'A and B on Wednesday held talks ... B arrived on Tuesday evening ... The two leaders first
    held a closed-door meeting': an arrival told after the lead's dated talks of the pair is
    background; the meeting goes on with those talks."""
    told = [a for a in earlier if "kind" in a and not a["_headline"] and len(a["participants"]) >= 2]
    lead = told[0] if told else None
    if lead is None or lead["_tok"] > arrival["_tok"] or lead["date_timex"] is None:
        return None
    return lead if len(set(meeting["participants"]) & set(lead["participants"])) >= 2 else None


def _meal(tok: Token) -> bool:
    """'hosted him for a private working dinner' (one encounter with the welcome told with it)."""
    return tok.lemma_ == "host" and any(
        o.lower_ in HOSTED_MEALS for c in tok.children if c.lower_ == "for" for o in c.children
    )


def _encounter(meeting: dict) -> str:
    return "meal" if meeting.get("_meal") else encounter_type(meeting)


def _after_meeting(event: list[Token]) -> str | None:
    """'Following the Oval Office meeting, ...', 'After the talks, ...': the encounter's word."""
    preps = [c for v in event for c in v.children if c.dep_ == "prep" and c.lower_ in {"following", "after"}]
    words = [o.lower_ for p in preps for o in p.children if o.dep_ == "pobj" and o.lemma_ in MEETING_NOUNS]
    return words[0] if words else None


def _elsewhere(anchor: dict, meeting: dict) -> bool:
    """'In Santiago on 1 February, X will hold talks ...' then 'In Lima, X will be received by ...':
    a meeting placed in another country than its scene's is on another stop, another day."""
    gaz = gazetteer()
    here = {gaz.country(p) for p in meeting["_places"]} - {None}
    # (the anchor's own scene counts: 'a working lunch' told during the stay in Guatemala City)
    places = [anchor.get("place"), *anchor.get("_places", []), anchor.get("_scene_place")]
    there = {gaz.country(p) for p in places if p} - {None}
    return bool(here and there and not here & there)


SLOT = re.compile(rf"^(\d{{1,2}}[:.]\d\d|{'|'.join(PARTS)})$", re.IGNORECASE)  # '09:00 — X', 'Evening: X'


SCHEDULE_NOUNS = {"programme", "program", "itinerary", "schedule", "agenda"}


def programme_slots(doc: Doc, meetings: list[dict], timexes: list[dict], trips: list[dict]) -> None:
    """'Tuesday, 26 October / Afternoon: Mr. Hækkerup will call on X', '13:00 — Luncheon given by X':
    a line a programme opens with its slot is on the slot's day (the day heading above dates it);
    so is a journey on it ('12.00 Departure from Bromma airport. Mr. X continues to Oslo')."""
    def line_start(char: int) -> int:
        return doc.text.rfind("\n", 0, char) + 1

    # ('Monday 19 October: departure from Paris ... State dinner offered by X', 'Saturday 8 October.
    # 17.00: arrival at Barajas Airport, where X will welcome Y': a day's own line)
    # ('12.00  Departure from Bromma airport': a clock opens the line)
    def marked(tx: dict) -> bool:
        mark = doc.text[tx["end"] :].lstrip(" ")[:1]
        return mark in SLOT_MARKS or (mark == "." and a_day(tx)) or CLOCK_SLOT.match(tx["text"]) is not None

    slots = {
        tx["start"]: i
        for i, tx in enumerate(timexes)
        if (tx["type"] == "TIME" or (a_day(tx) and not DAY_RANGE.search(tx["text"])))
        and marked(tx) and line_start(tx["start"]) == tx["start"]
    }
    for meeting in meetings:
        slot = slots.get(line_start(meeting["evidence"][0]["start"]))
        if meeting["date_timex"] is None and slot is not None and not meeting.get("_own_day_only"):
            meeting["date_timex"] = slot
            meeting["rule"] += ".date_of_programme_slot"
    for trip in trips:
        slot = slots.get(line_start(trip["evidence"][0]["start"]))
        if trip.get("start_timex") is None and trip.get("end_timex") is None and slot is not None:
            trip["start_timex"] = trip["_day"] = slot
            trip["rule"] += ".date_of_programme_slot"


def date_from_own_words(doc: Doc, meetings: list[dict], timexes: list[dict], refs: References) -> None:
    """A held, undated meeting whose participants speak of it as today ('we will discuss ...
    today', 'today's meeting') in the article's transcript or quotes, or whose report says what
    a participant did at it today ('The President praised the signing today'), is dated by
    that 'today'."""
    today = [
        i
        for i, tx in enumerate(timexes)
        if tx["type"] == "DATE" and tx.get("text", "").lower() in {"today", "today's", "today’s"}
    ]
    for meeting in meetings:
        if (
            meeting["date_timex"] is not None
            or meeting["status"] != "held"
            or len(meeting["participants"]) < 2
        ):
            continue
        for i in today:
            span = doc.char_span(timexes[i]["start"], timexes[i]["end"], alignment_mode="expand")
            if span is not None and (
                _about_our_meeting(span.root) or _participant_act(span.root, meeting, refs)
            ):
                meeting["date_timex"] = i
                meeting["rule"] += ".date_from_own_words"
                break


def _about_our_meeting(tok: Token) -> bool:
    """'today' modifying a meeting word, or a verb whose subject is 'we'."""
    head = tok.head
    if head.pos_ in {"NOUN", "PROPN"} and head.lower_ in {"meeting", "talks", "conference", "negotiations"}:
        return True
    verb = head if head.pos_ in {"VERB", "AUX"} else None
    if verb is None:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in FIRST_PERSON_PLURAL for c in verb.children)


def _participant_act(tok: Token, meeting: dict, refs: References) -> bool:
    """'The President praised the signing today': later in the report, a participant's own act
    (not another meeting or trip) dated today, in the past tense."""
    verb = tok.head
    if verb.pos_ != "VERB" or verb.i < meeting["_tok"] or verb.lemma_ in OWN_EVENT_VERBS:
        return False
    if verb.tag_ != "VBD" or status(verb) != "held":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    person = refs.person(subjects[0]) if subjects else None
    return person is not None and person.name in meeting["participants"]


def link_trips(
    meetings: list[dict], trips: list[dict], clauses: list[dict], timexes: list[dict], days: list | None
) -> None:
    """Place and trip of a meeting: stated in its clause, else the stop of the travel clause it is
    the purpose of ('will travel to Cairo to meet'), else the stop that sets its scene, else the
    trip abroad a participant is on (not 'depart Abuja for Paris': Abuja is home)."""
    for meeting in meetings:
        if meeting.get("_virtual"):
            meeting["place"] = _call_place(meeting)
            continue
        chain_at = {t: n for n, t in enumerate(meeting["_chain"])}
        by_clause = [  # 'leaves Sarajevo for Belgrade for talks': not the place left; the nearest verb's
            c["destination"]
            for c in sorted(clauses, key=lambda c: chain_at.get(c["_tok"], 0))
            if (c["_tok"] in chain_at or c["_tok"] in meeting["_stay"]) and c["destination"]
            and not c.get("_origin")
        ]
        place = (meeting["_places"] or by_clause or [meeting.get("_scene_place")])[0]
        ours = [
            n
            for n, t in enumerate(trips)
            if t["traveler"] in meeting["participants"]
            and not t.get("_origin")
            and not t.get("cancelled")
            and t["rule"] != "trip.returned_from"  # (a stay known only from the return: no scene)
        ]
        on_trip = [
            n
            for n in ours
            if not _later_stop(trips[n], meeting, timexes)
            and not before_trip(trips[n], meeting, days)
            and not (trips[n]["status"] == "planned" and meeting["status"] == "held")  # (received before)
        ]
        if place and not (meeting["_places"] or by_clause):
            # (a scene's place, where every stay of the party there is on other days: not this one's)
            there = [trips[n] for n in ours if trips[n]["destination_country"] == gazetteer().country(place)]
            place = None if there and all(before_trip(t, meeting, days) for t in there) else place
        if place:
            meeting["place"] = place
            country = gazetteer().country(place)
            on_trip = [n for n in on_trip if trips[n]["destination_country"] == country]
        # (a stay whose days hold the meeting's day before legs not dated: 'began the tour in Jamaica,
        # arriving last Thursday. On Friday he held talks there')
        on_trip = [n for n in on_trip if _covers(trips[n], meeting, days)] or on_trip
        # (not 'will host a working lunch here', told from home while he travels)
        placed = meeting.get("_venue_unknown") or meeting.get("_here")
        if len({trips[n]["destination_country"] for n in on_trip}) == 1 and not placed:
            trip = on_trip[0]
            meeting["place"] = meeting["place"] or trips[trip]["destination"]
            if meeting["_during"]:  # (the trip by traveller and country: later merges reorder the list)
                meeting["during_trip"] = [trips[trip]["traveler"], trips[trip]["destination_country"]]


def _later_stop(trip: dict, meeting: dict, timexes: list[dict]) -> bool:
    """'This afternoon I will also meet X ... I will travel to Luxembourg on Monday': a journey told
    after a meeting of another day is no place of it; nor is a one-day visit made on another day
    ('the Treaty signed during the President's one-day visit to Ulaanbaatar on Tuesday')."""
    day, start = meeting.get("date_timex"), trip.get("start_timex")
    length = timexes[trip["duration_timex"]]["text"] if trip.get("duration_timex") is not None else ""
    one_day = trip.get("single_day") or bool(ONE_DAY.search(length.lower()))
    # (not 'arrived on Sunday', told after the meeting of Monday: that stay holds it)
    if day is None or start is None or start == day:
        return False
    # ('De la Rúa leaves Friday for Quebec City': planned, told in the present tense)
    ahead = trip["status"] == "planned" or timexes[start].get("tense") in {"future", "present"}
    told_after = trip.get("_tok", -1) > meeting["_tok"] and ahead
    over = one_day and trip["status"] == "held"  # a day trip made
    return told_after or (over and timexes[start]["text"].lower() != timexes[day]["text"].lower())


def _covers(trip: dict, meeting: dict, days: list | None) -> bool:
    bounds = [trip.get("start_timex"), trip.get("end_timex"), meeting.get("date_timex")]
    if days is None or None in bounds:
        return False
    (start, _), (_, end), (met, met_last) = (days[i] for i in bounds)
    # (a stay of days told from its arrival to its end; not a one-day journey, perhaps home)
    return bool(start and end and met and met == met_last and start < end and start <= met <= end)


def before_trip(trip: dict, meeting: dict, days: list | None) -> bool:
    """'On the eve of his departure, Tuesday, 29 March, the Minister will be received by the Queen'
    of a journey that starts on the 30th; 'Anifah will meet Minh tomorrow' of his visit from Friday:
    dated before the trip, so not on it (the days known where the publication date is). (Not after
    its end: a trip's end day is often its arrival, 'leave on 30 October and arrive on the 31st'.)"""
    first = trip.get("start_timex") if trip.get("start_timex") is not None else trip.get("after_timex")
    if days is None or meeting.get("date_timex") is None or first is None:
        return False  # ('... before going on to Georgetown': after that day, if not on one told)
    (met, met_last), start = days[meeting["date_timex"]], days[first][0]
    return bool(met and met == met_last and start and met < start)  # (a day, not 'the end of the month')


def _call_place(meeting: dict) -> str | None:
    """A call happens where its clause says ('spoke by phone from Jakarta'), never where a trip is."""
    return meeting["_from"]


def _spoken_from(event: list[Token]) -> str | None:
    for prep in (c for cur in event for c in cur.children if c.dep_ == "prep" and c.lower_ == "from"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            place = place_span(obj).text.removeprefix("the ")
            if gazetteer().country(place):
                return place
    return None


def merge_meetings(meetings: list[dict]) -> list[dict]:
    """The same encounter mentioned twice (title and body; 'met', then 'the meeting') is one."""
    kept: list[dict] = []
    for meeting in _drop_parts_of_groups(_drop_told_briefings(meetings)):
        same = next((k for k in kept if _same_encounter(k, meeting)), None)
        if same is None:
            kept.append(meeting)
            continue
        for slot in ("host", "place", "date_timex", "during_trip"):
            same[slot] = same[slot] if same[slot] is not None else meeting[slot]
        if same.get("_headline") and not meeting.get("_headline"):  # the body says what it was
            same.update(kind=meeting["kind"], _virtual=meeting["_virtual"], status=meeting["status"])
            same["_headline"] = False  # now the body's encounter: another of another type is another
            # (a call is where its own clause says, not where a trip went; the body's place is told)
            if meeting["_virtual"] or meeting["place"]:
                same["place"] = meeting["place"]
        same["evidence"] = same["evidence"] + [e for e in meeting["evidence"] if e not in same["evidence"]]
    return kept


def _drop_told_briefings(meetings: list[dict]) -> list[dict]:
    """'The President briefed the Secretary-General on ...' after their meeting: what was said at it.
    A briefing is an encounter of its own only between officials not told as meeting otherwise."""
    def briefing(meeting: dict) -> bool:
        return meeting["rule"].startswith("meeting.verb.brief")

    met = [set(m["participants"]) for m in meetings if not briefing(m)]
    return [m for m in meetings if not briefing(m) or set(m["participants"]) not in met]


def _drop_parts_of_groups(meetings: list[dict]) -> list[dict]:
    """'X hosted A and B at the castle, where the three held a trilateral meeting': the guests
    read one by one off 'hosted' are the group's meeting, already counted whole."""

    def group_of(meeting: dict) -> dict | None:
        return next(
            (
                g
                for g in meetings
                if set(meeting["participants"]) < set(g["participants"])
                and (g["evidence"][0] == meeting["evidence"][0] or _headline_of(meeting, g)
                     or _restated(meeting, g) or _told_again(meeting, g))
                and (g["status"] == meeting["status"] or _same_day(g, meeting))
            ),
            None,
        )

    kept = []
    for meeting in meetings:
        group = group_of(meeting)
        if group is None:
            kept.append(meeting)
        elif group["host"] is None:
            group["host"] = meeting["host"]  # the one who hosted the guests hosts their meeting
    return kept


def _restated(meeting: dict, group: dict) -> bool:
    """'The Summit took place today. [A, B and C took part.] ... They reviewed the negotiations':
    'they' of a part of the group told before, the same day, is that meeting again."""
    return meeting["_plural"] and group["_tok"] < meeting["_tok"] and _same_day(group, meeting)


DEFINITE = {"the", "his", "her", "their"}


def _told_again(meeting: dict, group: dict) -> bool:
    """'had talks with the Prime Minister, Y, with Z present ... the talks with the Prime Minister
    covered ...': an undated definite mention of part of a group's encounter told before is it."""
    return (meeting.get("_definite") and meeting["date_timex"] is None and group["_tok"] < meeting["_tok"]
            and encounter_type(meeting) == encounter_type(group) and meeting["status"] == group["status"])


def _same_day(a: dict, b: dict) -> bool:
    """'travels to Jericho on Sunday for talks with Abbas, who will host him': one day, one
    encounter, though the parts read as held and planned."""
    return a["date_timex"] is not None and a["date_timex"] == b["date_timex"]


def _headline_of(headline: dict, body: dict) -> bool:
    """'President Juncker to receive Prime Minister Tsipras' over a body that names more of its
    participants: the headline's encounter is the body's."""
    return bool(headline.get("_headline")) and headline["date_timex"] is None and encounter_type(
        headline
    ) == encounter_type(body)


def encounter_type(meeting: dict) -> str:
    """'call', 'meal' or 'talks': mentions of different types are different encounters ('held the
    Strategic Dialogue ... Following the Dialogue, X hosted a working dinner')."""
    words = set(meeting["kind"].lower().split())
    if (words & CALL_WORDS or words & {"conversation"}) and "courtesy" not in words:  # (a visit in person)
        return "call"
    return "meal" if words & (HOSTED_MEALS | {"dine"}) else "talks"


def _same_encounter(a: dict, b: dict) -> bool:
    if set(a["participants"]) != set(b["participants"]) or a["named_session"] != b["named_session"]:
        return False
    headline = a.get("_headline") or b.get("_headline")
    if (encounter_type(a) != encounter_type(b) or apart(a, b)) and not headline:
        return False  # a headline's 'talks' may be the body's call, its place one guessed
    if a["status"] != b["status"] and not (a.get("_headline") or b.get("_headline")):
        return False  # 'will hold talks with Abe on Thursday' / 'met the king' in March: two
    return a["date_timex"] is None or b["date_timex"] is None or a["date_timex"] == b["date_timex"]


def apart(a: dict, b: dict) -> bool:
    """Placed in different countries ('talks in Tokyo on Thursday', 'met the king in The Hague in
    March'): two encounters of the same people."""
    gaz = gazetteer()
    here, there = gaz.country(a.get("place") or ""), gaz.country(b.get("place") or "")
    return bool(here and there and here != there)


def guest_trips(meetings: list[dict], people: dict[str, Person]) -> list[dict]:
    """'welcoming King Abdullah II of Jordan ... to the White House on July 19': the guest's trip,
    on that day."""
    out = []
    for meeting in meetings:
        place = meeting["_guest_place"]
        if place is None:
            continue
        for name in [n for n in meeting["participants"][1:] if n in meeting["_guests"]]:
            out.append(
                {
                    "traveler": name,
                    "destination": place,
                    "destination_country": gazetteer().country(place),
                    "purpose": None,
                    "status": meeting["status"],
                    "start_timex": meeting["date_timex"],
                    "end_timex": meeting["date_timex"],
                    "single_day": True,
                    "duration_timex": None,
                    "arrival": False,
                    "evidence": meeting["evidence"],
                    "rule": "trip.guest",
                }
            )
    return out
