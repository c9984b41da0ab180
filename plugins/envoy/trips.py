"""Trips: arrive / visit / travel / trip / tour / stop / depart / return constructions, one record
per traveler and foreign destination country.

Rules chosen where the annotation guide leaves room:
- A tour's overall dates go to its first stop (start) and last stop (end) ('will travel to A, B
  and C May 24-27'); a visit or stop dated by one day starts and ends that day.
- An arrival reported without a day ('arrived in New Delhi') starts on the publication day
  (`arrival`, resolved in `envoy.enrich.resolve`).
- Negated or cancelled legs ('will no longer travel to Egypt') and invitations ('the invitation
  to visit Ukraine') are no trips.
- The travellers of a subject: a long list read off the surface up to its verb (not a possessor:
  "President Biden's adviser X"), a title heading its name ('President of Ukraine X'), the list a
  relative clause closes ('A, B and C who arrived'), a delegation's members.
- Moving on to another country ('flies on to Paris on Wednesday') ends the open stay before it;
  going home 'before returning' ends the stay on the day of the act it follows.
- A tour of several stops on one day ('travelling to Paris and Warsaw today', back 'tonight') dates
  every stop that day.
- People who travel 'with the delegation' go where and when the delegation's head goes; people
  'joined in his meetings by' go where he goes, undated; neither to the country of their post.
- An arrival at no named place ('landed at Haneda Airport', 'was here') is at the dateline's place
  ('ISLAMABAD: ...'), else at the stop the story is at (a trip or meeting told before), never at a
  leg told later; 'when he landed' takes the day 'when' points to.
- 'be in X until Thursday' ends the stay; 'fly out of X' leaves X; 'continue her visit to Dhaka'
  moves on; a stated length ('a five-day visit') beats a one-day reading of another mention.
- A wish ('hopes to visit') is no trip; someone else's trip noun ('since Kim's trip to Beijing')
  takes no day of the clause it sits in.
- 'a tour that will also take him to A and B': undated legs; 'His last visit ... was to A and B';
  'flew to the sultanate': the country named last before; 'on the final day of his visit' is a day
  within the visit, not its one day.
- A verbless heading ('Visit of X to Y (dates)') gives no tense: the body's says held or planned.
- A one-day stop done and a one-day stop planned on another day in one country are two visits;
  'will return ... with the President' ends on the President's day of return.
- 'X, accompanied by Y, met Z' puts Y there undated; 'X is accompanied by Y' (the journey) dated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

import pycountry
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from envoy.clauses import (
    ARRIVAL_NOUNS,
    DAY_WORDS,
    HERE_WORDS,
    LEAVING_VERBS,
    PLANNED_AUX,
    TRIP_NOUNS,
    TRIP_VERBS,
    _names_a_day,
    apposed_day,
    awaited_here,
    calls_off,
    chain,
    dateline_place,
    day_timex,
    due_at_terminal,
    due_back,
    evidence,
    gapped_subjects,
    negated,
    party_count,
    sequenced,
    status,
    subject,
    subject_people,
    timex_span,
    timexes_of,
)
from envoy.lexicon import gazetteer, known_name, known_places
from envoy.nlp import GLOTTAL_NAME, quoted
from envoy.officials import (
    Person,
    References,
    _arm_places,
    _companion_of,
    delegation_lead,
    fronted_companions,
    sentence_before,
    ways_to,
)

SINGLE_DAY_TRIP = {"visit", "stop", "stopover"}  # a dated visit or stop starts and ends that day
ARRIVALS = {"arrive", "land", "travel", "fly", "come", "go", "head", "reach"}  # their day is the arrival only
STAY_EVENTS = {"summit", "talks", "meeting", "conference", "forum", "session"}
ONWARD_WORDS = {"on", "onward", "onwards"}
DESTINATION_PREPS = {"to", "in", "for", "into", "at"}
MOVEMENT_VERBS = {"travel", "go", "fly", "head", "depart", "leave", "come"}  # a new stop of a tour
STAY_LENGTH = re.compile(r"\b(day|days|week|weeks|night|nights)\b|-day\b", re.I)  # not 'annual'
DAYISH = re.compile(r"\d|day\b|night|morning|afternoon|evening|yesterday|today|tonight|tomorrow")
COARSE = re.compile(r"^(this|next|last|later|early|earlier) (week|month|year)\b")  # no day in it
# ('May 24-27', '30 January to 1 February')
SPAN_OF_DAYS = re.compile(
    r"\b(from|between|until|through)\b|\d\s*(-|–|to|and)\s*\d|\d [a-z]+\.? ?(-|–|to|and) ?\d"
)
ONE_DAY = re.compile(r"\b(one|1|single)[- ]day\b|\bday[- ]long\b|\bhours?\b")
INVITATIONS = {"invitation", "invite"}
LIST_GLUE = {",", ";", "and", "the", "(", ")", "-"}
PLACE_NOUNS = {"capital", "city", "kingdom", "republic", "country", "island", "state", "port", "town"}
PLACE_NOUNS |= {"resort", "village"}  # 'the Egyptian resort of Sharm el-Sheikh'
REGIONS = {"asia", "europe", "africa", "latin america", "the middle east", "middle east", "the pacific"}
REGIONS |= {"gulf", "the gulf"}  # ('his first visit to the Gulf region': not PNG's Gulf Province)
REGION_WORDS = {"southern", "northern", "eastern", "western", "central"}  # 'arrived in southern India'



def find_trips(
    doc: Doc, triggers, refs: References, timexes: list[dict], crews: dict | None = None
) -> list[dict]:
    trips: list[dict] = []
    for kind, tok in triggers:
        if not kind.startswith("TRIP") or _wished(tok):
            continue
        if _invited(tok):  # an invitation is no trip until accepted: then the guest's, planned, on no day yet
            guest = _invitee(tok, refs) if _accepted(tok) else None
            stops = _destinations(tok, kind) if guest else []
            trips += [
                {**_trip(tok, kind, guest, place, [], n, len(stops), timexes), "status": "planned"}
                for n, place in enumerate(stops)
            ]
            continue
        if negated(tok) or _called_off(tok):
            clause = _clause_trips(doc, tok, kind, refs, timexes, crews or {})
            trips += [{**trip, "cancelled": True} for trip in clause]
            continue
        clause = _clause_trips(doc, tok, kind, refs, timexes, crews or {})
        trips += clause + _gapped(tok, clause, refs, timexes)
    stays = fronted_stops(doc, refs, timexes) + dated_stays(doc, refs, timexes, crews or {})
    stays += guests_of_events(doc, refs, timexes) + attended_events(doc, refs, timexes)
    found = _resolve_here(trips + stays, doc, timexes)
    _tour_opens_first_stop(doc, found)
    _nearby_durations(doc, found, timexes)
    _told_ends(doc, found, timexes)
    _told_departures(doc, found, refs, timexes)
    _end_at_next_stop(found, timexes)
    found = _returns(found, timexes)
    told = {(t["traveler"], t.get("destination_country")) for t in found}
    legs = [t for t in tour_legs(doc, refs, timexes) if (t["traveler"], t["destination_country"]) not in told]
    _told_ends(doc, legs, timexes, by_pronoun=True)
    return found + legs  # a leg the tour's own clause names only, no other stay to end or date


def _later_day_between(day: int, tok: Token, timexes: list[dict]) -> bool:
    return any(timexes[day]["end"] <= tx["start"] < tok.idx and a_day(tx) for tx in timexes)


def _gapped(tok: Token, clause: list[dict], refs: References, timexes: list[dict]) -> list[dict]:
    """'Harper will arrive in Guadalajara on Sunday morning and President Obama on Sunday afternoon',
    'X is expected in Lusaka tomorrow, and the Nigerian Head of State, General Obasanjo, on Wednesday':
    the verb left out after 'and' is the same journey, on the day told after the name."""
    lead = [t for t in clause if t["traveler"] == clause[0]["traveler"]] if clause else []
    out = []
    for conj in gapped_subjects(tok):
        named = [conj, *(a for a in conj.children if a.dep_ == "appos")]
        person = next((p for p in map(refs.person, named) if p is not None), None)
        after = range(conj.idx, conj.sent.end_char)
        days = [i for i, tx in enumerate(timexes) if tx["start"] in after and a_day(tx)]
        if person is None or not days or person.name == clause[0]["traveler"]:
            continue
        out += [{**t, "traveler": person.name, "start_timex": days[0], "end_timex": None, "_tok": conj.i}
                for t in lead]
    return out


def _end_at_next_stop(trips: list[dict], timexes: list[dict]) -> None:
    """'arrived in Rome on Monday ... He flies on to Paris on Wednesday': the day of moving on to
    another country ends the open stay before it."""
    for leg in (t for t in trips if t.get("_movement") and t.get("start_timex") is not None):
        before = [
            t
            for t in trips
            if t["traveler"] == leg["traveler"]
            and t["_tok"] < leg["_tok"]
            and t.get("destination_country") not in {None, leg["destination_country"]}
        ]
        stays = [t for t in before if not t.get("_origin")]  # 'before departing Jakarta': no stay
        if stays and _open_stay(stays[-1], timexes) and not _left(stays[-1], before):
            stays[-1].update(end_timex=leg["start_timex"], departure=True)
            stays[-1]["_weak_end"] = leg["destination_country"]  # (moving on: a return may end it instead)


END_VERBS = {"conclude", "end", "finish"}
LASTING_VERBS = {"continue", "last", "run"}  # ... 'until April 26'
STAY_NOUNS = {"visit", "trip", "tour", "stay", "programme", "program"}


def _told_ends(doc: Doc, trips: list[dict], timexes: list[dict], by_pronoun: bool = False) -> None:
    """'Medvedev's visit to Cuba will conclude on November 28', 'The visit ends on Sunday', 'His
    programme in Primorye will continue until April 26': the day the stay the noun names (else the
    last one told before) ends."""
    # (noun, verb); 'is on a working visit that ends tomorrow': the relative pronoun stands for the visit
    subjects = [(t.head.head if t.lower_ in {"that", "which"} and t.head.dep_ == "relcl" else t, t.head)
                for t in doc if t.dep_ == "nsubj"]
    if by_pronoun:  # ('The tour will take him to A, B and C before it ends on June 4': the last leg's end)
        its = [t for t in doc if t.lower_ == "it" and t.dep_ == "nsubj" and t.head.dep_ == "advcl"]
        subjects = [(n, t.head) for t in its for n in t.head.head.children
                    if n.dep_ == "nsubj" and n.lemma_ in TRIP_NOUNS]
    ending = [(t, v) for t, v in subjects if t.lemma_ in TRIP_NOUNS and v.lemma_ in END_VERBS]
    # 'His programme in Primorye Territory will continue until April 26'
    ending += [(t, v) for t, v in subjects if t.lemma_ in STAY_NOUNS and v.lemma_ in LASTING_VERBS]
    for noun, verb in ending:
        days = [i for i in timexes_of([verb], timexes, doc) if timexes[i]["type"] == "DATE"]
        if verb.lemma_ in LASTING_VERBS:
            days = [i for i in days if _bound_by(i, timexes, doc, UNTIL_PREPS)]
        named = _arm_places(noun)
        told = max(noun.i, verb.i)  # (the one told last, not the last found)
        stays = sorted((t for t in trips if t["_tok"] <= told and t.get("destination_country")),
                       key=lambda t: t["_tok"])
        # (not an event attended on the way: 'arrived from Georgetown, where he attended X')
        stays = [t for t in stays if t["rule"] != "trip.stop.attended"]
        stays = [t for t in stays if t["destination_country"] in named] if named else stays[-1:]
        for stay in stays if days else []:
            # (told apart from the stay's own clause, it leaves the meetings told there their day)
            stay.update(end_timex=days[0], departure=True, single_day=False, _weak_end=True)


def _told_departures(doc: Doc, trips: list[dict], refs: References, timexes: list[dict]) -> None:
    """'He will leave on Wednesday', 'Both leaders will depart on Monday': leaving, no place named,
    ends the stay of each leaver told last before."""
    for verb in (t for t in doc if t.lemma_ in LEAVING_VERBS and t.pos_ == "VERB" and not negated(t)):
        # (a place left or gone to: its own clause's trip; not 'will leave the country on Friday', the stay's)
        left = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and not _the_country_left(c)]
        if left or any(c.lower_ in {"for", "to", "from"} for c in verb.children):
            continue
        # (or a time of the day told before: 'On Wednesday morning ... X will depart at midday')
        days = [i for i in timexes_of([verb], timexes, doc)
                if a_day(timexes[i]) or timexes[i]["type"] == "TIME"]
        who = subject(verb)
        leavers = (subject_people(who, refs) or refs.group(who)) if who is not None and days else []
        for person in leavers:
            stays = [t for t in trips if t["traveler"] == person.name and t["_tok"] < verb.i]
            stays = [t for t in stays if t.get("destination_country") and not t.get("cancelled")]
            if stays and (stays[-1].get("end_timex") is None or _open_stay(stays[-1], timexes)):
                stays[-1].update(end_timex=days[0], departure=True, single_day=False)


def _the_country_left(obj: Token) -> bool:
    return _bare_noun(obj, {"country", "kingdom", "capital", "city"})


def _bare_noun(obj: Token, nouns: set[str]) -> bool:
    """'the city', 'the country' (not 'the Mauritanian capital')."""
    return obj.lower_ in nouns and [c.lower_ for c in obj.children] == ["the"]


def _left(stay: dict, trips: list[dict]) -> bool:
    """'was due to fly out of Islamabad on Monday night' after arriving there: the stay has its end."""
    later = [t for t in trips if t.get("_origin") and t["_tok"] > stay["_tok"]]
    return any(t["destination_country"] == stay["destination_country"] for t in later)


def _open_stay(trip: dict, timexes: list[dict]) -> bool:
    """A dated stay with no end of its own (not 'from March 6 to 8', not 'a two-day visit')."""
    start = trip.get("start_timex")
    if start is None or trip.get("single_day") or trip.get("duration_timex") is not None:
        return False
    if trip.get("_rank") == 1 and trip.get("end_timex") is None:
        return True  # a tour's first stop: 'will visit A and B from 3 to 7 March' starts it, not ends it
    return trip.get("end_timex") in {None, start} and not SPAN_OF_DAYS.search(timexes[start]["text"].lower())


def _nearby_durations(doc: Doc, trips: list[dict], timexes: list[dict]) -> None:
    """'arrived in Asmara on Sunday. ... describing the two-day visit as historic', '... The visit
    will last two days': the length of a trip noun in the arrival's sentence or a later one sets the
    length of the traveler's one stay."""
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    dated = [t for t in trips if t.get("destination_country") and _starts(t)]
    for trip in dated:
        if trip.get("end_timex") not in {None, trip["start_timex"]} or trip.get("duration_timex") is not None:
            continue
        ours = {t["destination_country"] for t in dated if t["traveler"] == trip["traveler"]}
        if trip.get("single_day"):
            continue
        n = starts.index(trip["_sent"]) if trip.get("_sent") in starts else None
        if n is None:
            continue
        elsewhere = {  # 'travels to New Delhi on Tuesday for a two-day visit': that stop's length
            w.i
            for t in trips
            if t.get("destination_country") not in {None, trip["destination_country"]}
            for w in doc[t["_tok"]].subtree
        }
        near = [t for s in sents[n:] for t in s if t.lower_ in TRIP_NOUNS and t.pos_ != "VERB"]
        near = [t for t in near if t.i not in elsewhere and not _returned_from(t)]
        # 'The visit to Venezuela will last two days': the length the visit's own verb gives
        if len(ours) != 1:  # of several stays, the one the noun names ('The visit to Venezuela')
            near = [t for t in near if trip["destination_country"] in _arm_places(t)]
        near += [t.head for t in near if t.dep_ == "nsubj" and t.head.lemma_ == "last"]
        near += [t for s in sents[n:] for t in s if _stays_in(t, trip["destination_country"])]
        lengths = [
            i
            for noun in near
            for i in timexes_of([noun], timexes, doc)
            if timexes[i]["type"] == "DURATION" and STAY_LENGTH.search(timexes[i]["text"])
        ]
        if len(set(lengths)) == 1:
            trip.update(duration_timex=lengths[0], end_timex=None)


def _returned_from(noun: Token) -> bool:
    """'The President returned to Entebbe on Saturday from a three-day tour of Karamoja': a journey
    over, whoever made it, no length of a stay told before."""
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "from" and prep.head.lemma_ == "return"


def _stays_in(verb: Token, country: str) -> bool:
    """'Mr. arap Moi will spend two days in Tanzania': how long the stay there lasts."""
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in places_listed(c)]
    return verb.lemma_ in {"spend", "stay"} and any(gazetteer().country(p) == country for p in places)


def _starts(trip: dict) -> bool:
    """Dated, or an arrival reported without a day (it starts on the publication day)."""
    return trip.get("start_timex") is not None or bool(trip.get("arrival"))


HOSTING_VERBS = {"receive", "host", "welcome"}
HELD_VERBS = {"hold", "take", "convene"}  # 'to be held in Porto', 'to take place in Porto'


def guests_of_events(doc: Doc, refs: References, timexes: list[dict]) -> list[dict]:
    """'X will receive Y for the Portuguese-Spanish Summit, to be held in Porto from 30 January to 1
    February': the guest's stay at the event's place on its days."""
    out = []
    for verb in (t for t in doc if t.lemma_ in HOSTING_VERBS and t.pos_ == "VERB"):
        held = _event_held(verb)
        if held is None:
            continue
        places = [p for c in held.children if c.dep_ == "prep" and c.lower_ == "in" for p in places_listed(c)]
        code = gazetteer().country(places[0]) if places else None
        if code is None:
            continue
        days = [i for i in timexes_of([held], timexes, doc) if timexes[i]["type"] == "DATE"]
        for guest in _guests(verb, refs):
            trip = _trip(verb, "TRIP_STOP", guest, (places[0], code), days[:1], 0, 1, timexes)
            trip.update(single_day=False, departure=bool(days), rule="trip.stop.event_guest")
            out.append(trip)
    return out


def attended_events(doc: Doc, refs: References, timexes: list[dict]) -> list[dict]:
    """'will attend the meeting of the European Council in Brussels': being where the event is held,
    on the days of the clause."""
    out = []
    for verb in (t for t in doc if t.lemma_ == "attend" and t.pos_ == "VERB" and not negated(t)):
        events = [c for c in verb.children if c.dep_ == "dobj"]
        # the event's own place, not one told in a clause about it ('..., which will address X in Y')
        told = {t.i for e in events for r in e.subtree if r.dep_ == "relcl" for t in r.subtree}
        starts = [t for e in events for t in e.subtree if t.lower_ == "in" and t.dep_ == "prep"]
        starts = [t for t in starts if t.i not in told]
        places = [p for s in starts for p in places_listed(s)]
        if not places and where_clause(verb):  # 'from Georgetown, Guyana, where he attended the meeting'
            places = [place_span(verb.head).text]
        code = gazetteer().country(places[0]) if places else None
        who = subject(verb)
        if code is None or who is None:
            continue
        # (nor 'will attend X in Singapore and pay an official visit to Cambodia from June 9 to 14')
        joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
        days = [i for i in timexes_of([verb], timexes, doc) if timexes[i]["type"] in {"DATE", "TIME"}]
        own = {t.i for t in verb.subtree} - joined  # (not the saying's: 'On Wednesday ... said she would')
        days = [i for i in days if _timex_root(timexes[i], doc) in own and a_day(timexes[i])]
        for traveler in subject_people(who, refs):
            trip = _trip(verb, "TRIP_STOP", traveler, (places[0], code), days[:1], 0, 1, timexes)
            # ('On Thursday and Friday, ... will attend': those days)
            trip.update(end_timex=days[-1] if days else None, departure=len(days) > 1)
            out.append({**trip, "single_day": False, "_movement": True, "rule": "trip.stop.attended"})
    return out


def _event_held(verb: Token) -> Token | None:
    """The 'to be held' of the event a host receives someone for: 'for the Summit, to be held in Porto'."""
    from envoy.clauses import EVENT_NOUNS

    events = [o for c in verb.children if c.lower_ == "for" for o in c.children if o.lower_ in EVENT_NOUNS]
    held = [c for e in events for c in e.children if c.dep_ in {"acl", "relcl"} and c.lemma_ in HELD_VERBS]
    return held[0] if held else None


def _guests(verb: Token, refs: References) -> list[Person]:
    """Who is received: the object, or the names inside it ('the President of the Government of
    Spain, Felipe González', whose name the parser hangs lower)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [p for o in objects for p in refs.group(o)] or _unique(_names_under(objects, refs))


def _clause_trips(
    doc: Doc, tok: Token, kind: str, refs: References, timexes: list[dict], crews: dict
) -> list[dict]:
    """One record per traveler and stop of one trip clause (none for a clause without traveler)."""
    trips: list[dict] = []
    if _only_possible(tok):
        return trips
    stops = _destinations(tok, kind)
    if stops:
        stops = [s for s in _earlier_leg(tok, kind) if s[1] not in {c for _, c in stops}] + stops
    own = [i for i in timexes_of(chain(tok), timexes, doc) if not _purpose_date(tok, timexes[i], doc)]
    # ('Yeltsin's visit to China, now set for Dec. 18-20': the days it is set for)
    scheduled = [c for c in tok.children if c.dep_ == "acl" and c.lemma_ in SCHEDULING and tok.pos_ == "NOUN"]
    set_for = timexes_of(scheduled, timexes, doc) if scheduled else []
    set_for = [i for i in set_for if _names_a_day(timexes[i])]
    own = set_for + [i for i in own if i not in set_for]  # (before its 'now')
    if tok.dep_ == "dobj" and tok.head.lemma_ in SPOKEN_OF:  # 'spoke this morning to discuss his visit'
        inside = {t.i for t in tok.subtree}
        own = [i for i in own if _timex_root(timexes[i], doc) in inside]
    if _someone_elses_trip(tok, refs):  # 'X met Kim on Thursday, since Kim's trip to Beijing in March'
        inside = {t.i for t in tok.subtree}
        own = [i for i in own if _timex_root(timexes[i], doc) in inside]
    # ('will leave tomorrow for Tashkent on a working visit ... on 24-25 June': the visit's told days
    # before the leaving day; a conjoined verb's own day still first)
    ranges = [i for i in own if timexes[i]["type"] == "DATE" and TOLD_RANGE.search(timexes[i]["text"])]
    own = ranges + [i for i in own if i not in ranges]
    near = set(timexes_of(_own_clause(chain(tok)), timexes, doc))
    on_verb = timexes_of([tok], timexes, doc)  # the days told on the trigger itself
    # 'leaves for Tirana on Friday ... and flies to Zagreb on Saturday': a conjoined verb's own day first
    mine = set(on_verb) if tok.dep_ == "conj" and tok.pos_ == "VERB" else set()
    own.sort(key=lambda i: (i not in mine, i not in near))  # 'visit Perth on Tuesday before leaving': Tuesday
    if tok.dep_ == "conj" and any(c.lower_ in THEN_WORDS for c in tok.children):
        own = [i for i in own if i in mine]  # 'will travel to Jakarta tomorrow ... and will then go on to X'
    if sequenced(tok) and own_day(tok, timexes) is not None:
        # 'talks on Monday before flying to Ireland later in the week': the leg's own day
        # (and lengths inside it: 'in Japan for four days before flying to Hanoi' is Japan's)
        inside = {t.i for t in tok.subtree}
        own = [i for i in own if i in on_verb or _timex_root(timexes[i], doc) in inside]
    if _day_within(tok):  # 'on the second and final day of the crown prince's visit': not its one day
        # (but 'as part of his official visit to Japan that began on Sunday': its own clause's)
        told = {t.i for c in tok.children if c.dep_ == "relcl" for t in c.subtree}
        own = [i for i in own if timexes[i]["type"] == "DURATION" or _timex_root(timexes[i], doc) in told]
    acts = _other_acts(tok)  # ('will stay ... and will finish with a day-long visit to X': X's length)
    own = [i for i in own if timexes[i]["type"] != "DURATION" or _timex_root(timexes[i], doc) not in acts]
    times = own + _when_day(tok, timexes, doc) + _trip_noun_times(tok, timexes, doc)
    times = times or _day_after_noun(tok, timexes)
    origins = _origins(tok)
    onward = [i for i in times if _onward(timexes[i])] if origins else times
    until = _until_day(tok, timexes, doc)
    elliptical = [  # '..., and on to Abu Dhabi on Thursday': its own day
        (leg, places, [i for i in timexes_of([leg], timexes, doc) if timexes[i]["type"] == "DATE"])
        for leg, places in _elliptical_legs(tok)
    ]
    for traveler in _travelers(tok, kind, refs, crews):
        for place in origins:  # 'leave Taipei on Wednesday evening for South Korea': Taipei ends then
            left = _trip(tok, kind, traveler, place, times, 1, 2, timexes)
            stayed = _stay_before(tok, times, timexes, doc)  # 'flew in ... after a three-day stay in Chile'
            if _flown_in(tok) and left["end_timex"] is None:
                continue  # 'is to fly in from Jakarta': no day, no stay told there
            # (a leaving told without a day ends nothing: 'The visit will end on Saturday evening, when the
            # Secretary leaves Ho Chi Minh City')
            departure = left["end_timex"] is not None
            trips.append({**left, "departure": departure, "_origin": True, "duration_timex": stayed})
        for n, place in enumerate(stops):
            trip = _trip(tok, kind, traveler, place, onward, n, len(stops), timexes)
            if _called_off_object(tok):
                trip["cancelled"] = True
            if trip["duration_timex"] is None:
                trip["duration_timex"] = _length_where(tok, place, timexes, doc)
            if _returned_from(tok):  # (the day of the return is the visit's last)
                trip.update(start_timex=None, end_timex=trip["start_timex"], departure=True, single_day=False)
            # ('will leave for Arusha on Thursday ... before proceeding to Kampala': a day not its own)
            trip["_inherited"] = sequenced(tok) and trip["start_timex"] not in {None, *on_verb}
            if trip["_inherited"] and _later_day_between(trip["start_timex"], tok, timexes):
                # ('travels on Thursday to X, where he meets Y on Friday, before going on to Z': after it)
                after = trip["start_timex"]
                trip.update(start_timex=None, end_timex=None, single_day=False, after_timex=after)
            if until is not None and n == len(stops) - 1 and until != trip["start_timex"]:
                trip.update(end_timex=until, departure=True, single_day=False)
            elif until is not None and n == len(stops) - 1 and _bound_by(until, timexes, doc, UNTIL_PREPS):
                # 'Abidjan, where he will stay until Monday': its last day, not its first
                trip.update(start_timex=None, end_timex=until, departure=True, single_day=False)
            trips.append(trip)
        for leg, places, days in elliptical:
            for n, place in enumerate(places):
                trip = _trip(tok, kind, traveler, place, days[:1], n, len(places), timexes)
                trips.append({**trip, "_tok": leg.i, "_movement": True, "single_day": False})
        if not stops and not origins and _leaves_arrival(tok):
            # 'arrived in Cairo on Tuesday and left on Wednesday': leaving ends the stay arrived at
            # ('will arrive tomorrow evening and will leave on Monday afternoon': where it arrives)
            for n, place in enumerate(_destinations(tok.head, "TRIP_VERB") or [(None, None)]):
                trip = _trip(tok, kind, traveler, place, [], n, 1, timexes)
                end = own_day(tok, timexes)
                trip.update(start_timex=None, end_timex=end, departure=end is not None, single_day=False)
                trips.append(trip)
        if not stops and _flown_in(tok):  # ('flew in from Santiago on Sunday after a three-day stay there')
            days = [i for i in times if timexes[i]["type"] != "DURATION"]
            trips.append({**_trip(tok, kind, traveler, (None, None), days, 0, 1, timexes), "_arrives": True})
        elif not stops and _our_country(tok):  # its country is known once the officials' are
            trips.append({**_trip(tok, kind, traveler, (None, None), times, 0, 1, timexes), "_ours": True})
        elif not stops and not origins and (tok.lemma_ in {"arrive", "land"} or _visit_opening(tok)):
            # 'landed late on Tuesday night': where the traveler's nearest trip goes (as 'here')
            trips.append(_trip(tok, kind, traveler, (None, None), times, 0, 1, timexes))
        elif not stops and not origins:
            trips.append(_movement(tok, traveler, times, timexes))
    if _going_back(tok):  # 'The Minister will return to Brazil with the President': on the President's day
        along = [p.name for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                 for p in refs.group(o)]
        for trip in trips:
            trip["_back_with"] = [n for n in along if n != trip["traveler"]]
    return trips


def _only_possible(tok: Token) -> bool:
    """'a return visit by X to Belgrade was possible "in the coming months"': no trip announced."""
    verb = tok.head
    said = tok.dep_ == "nsubj" and verb.lemma_ == "be"
    return said and any(c.dep_ == "acomp" and c.lower_ in {"possible", "conceivable"} for c in verb.children)


SCHEDULING = {"set", "schedule", "plan", "slate", "fix"}
THEN_WORDS = {"then", "later", "afterwards", "subsequently"}  # a later move, not on the day before it
SPOKEN_OF = {"discuss", "review", "brief"}  # a trip talked about, not made on the talk's day
PART_NOUNS = {"day", "leg", "part", "stage"}  # not "start": a welcome "at the start of" is the arrival
LEG_WORDS = {"leg", "part", "stage", "portion"}  # of a tour: 'for the Port Moresby leg'
EVERY_WORDS = {"both", "all", "every", "each"}


def _length_where(tok: Token, place: tuple, timexes: list[dict], doc: Doc) -> int | None:
    """'will fly to Ottawa, where he will spend one day': the stay's length."""
    stays = [r for p in tok.children if p.dep_ == "prep" for o in p.children if o.text == place[0]
             for r in o.children if where_clause(r) and r.lemma_ in {"spend", "stay", "remain"}]
    if not stays:
        return None
    lengths = [i for i in timexes_of(stays, timexes, doc) if timexes[i]["type"] == "DURATION"]
    return lengths[0] if lengths else None


def _day_within(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in PART_NOUNS


def _when_day(tok: Token, timexes: list[dict], doc: Doc) -> list[int]:
    """'The state visit began on Monday (24), when the President landed': the day 'when' points to."""
    if tok.dep_ != "relcl" or not any(c.lower_ == "when" for c in tok.children):
        return []
    return [i for i, tx in enumerate(timexes) if tx["type"] == "DATE" and _timex_root(tx, doc) == tok.head.i]


def _someone_elses_trip(tok: Token, refs: References) -> bool:
    """A trip noun owned by another than the subject of the clause it sits in: its own event."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    who = subject(verb) if verb is not None and tok.dep_ == "pobj" and owner is not None else None
    traveler, actor = (refs.person(owner), refs.person(who)) if who is not None else (None, None)
    return traveler is not None and actor is not None and actor is not traveler


def _timex_root(timex: dict, doc: Doc) -> int | None:
    span = timex_span(timex, doc)
    return span.root.i if span is not None else None


def _leaves_arrival(tok: Token) -> bool:
    return tok.lemma_ in {"leave", "depart"} and tok.dep_ == "conj" and tok.head.lemma_ in {"arrive", "land"}


LATE_WORDS = re.compile(r"\b(evening|night|late)\b", re.I)
UNTIL_PREPS = {"until", "till", "through", "thru"}


def _onward(timex: dict) -> bool:
    """'depart Abuja for Paris on Tuesday': the day of leaving is the day of arriving at the next
    stop, unless the departure is late in the day ('leave Taipei on Wednesday evening')."""
    return timex["type"] == "DURATION" or (timex["type"] == "DATE" and not LATE_WORDS.search(timex["text"]))


def _until_day(tok: Token, timexes: list[dict], doc: Doc) -> int | None:
    """'for a state visit that runs until Thursday', 'a state visit from Sunday to Thursday': the
    last day of the stay, said inside the trip clause ('will pay a visit from Monday, 25 October, to
    Thursday': on the light verb)."""
    inside = {t.i for t in tok.subtree}
    if tok.dep_ == "dobj" and tok.lemma_ in TRIP_NOUNS:
        inside |= {t.i for c in tok.head.children if c.dep_ == "prep" for t in c.subtree}
    for i, tx in enumerate(timexes):
        if tx["type"] != "DATE":
            continue
        span = timex_span(tx, doc)
        if span is not None and i and _from_to(timex_span(timexes[i - 1], doc), span, tok):
            return i
        if span is None or span.root.dep_ != "pobj" or span.root.i not in inside:
            continue
        prep = span.root.head
        opened = prep.head.lower_ == "from" or any(c.lower_ == "from" for c in prep.head.children)
        ending = prep.lower_ == "on" and prep.head.lemma_ in {"end", "conclude"}  # 'a visit ending on Friday'
        if prep.lower_ in UNTIL_PREPS or (prep.lower_ == "to" and opened) or ending:
            return i
    return None


def _from_to(first: Span | None, last: Span, tok: Token) -> bool:
    """'a State Visit to X from Tuesday, 18 May, to Friday, 28 May': two days the parser splits, the
    second told right after the first, in the trip's sentence."""
    doc = last.doc
    return (
        first is not None and tok.i < first.start and first.sent == last.sent == tok.sent
        and doc[first.start - 1].lower_ == "from" and doc[last.start - 1].lower_ in UNTIL_PREPS | {"to"}
        and all(t.is_punct for t in doc[first.end : last.start - 1])
    )


def _origins(tok: Token) -> list[tuple[str | None, str | None]]:
    """The place a traveler leaves ('leave Taipei', 'depart from Jakarta', 'fly out of Islamabad'):
    its stay ends on the day of the clause, and the day is no arrival at the next stop."""
    outs = [o for c in tok.children if c.lower_ == "out" for o in c.children if o.lower_ == "of"]
    if (tok.lemma_ not in {"leave", "depart"} and not outs and not _flown_in(tok)) or tok.pos_ != "VERB":
        return []
    starts = outs + [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    gaz = gazetteer()
    places = [p for start in starts for p in places_listed(start)]
    places += [place_span(o).text for o in objects if gaz.country(place_span(o).text)]
    places += [p for o in objects for p in _place_called(o)]
    return [(p, gaz.country(p)) for p in dict.fromkeys(places)]


def _place_called(noun: Token) -> list[str]:
    """'began the tour in Singapore ... and left the city-state on Thursday': the place its sentence
    named last before."""
    if noun.lower_ not in PLACE_NOUNS | POLITY_NOUNS or not any(c.lower_ == "the" for c in noun.children):
        return []
    named = [e.text for e in noun.sent.ents if e.end <= noun.i and gazetteer().country(e.text)]
    return named[-1:]


def _stay_before(tok: Token, times: list[int], timexes: list[dict], doc: Doc) -> int | None:
    """The length of the stay a traveller leaves: 'after a three-day stay in Chile'."""
    for i in (i for i in times if timexes[i]["type"] == "DURATION"):
        span = timex_span(timexes[i], doc)
        if span is not None and any(a.lower_ == "after" and a.head == tok for a in span.root.ancestors):
            return i
    return None


def _elliptical_legs(tok: Token) -> list[tuple[Token, list[tuple[str, str]]]]:
    """'flies to Doha on Wednesday afternoon ..., and on to Abu Dhabi on Thursday': a leg told by
    'on to' coordinated with the verb's own phrase, with the places it goes to."""
    if tok.pos_ != "VERB":
        return []
    gaz, out = gazetteer(), []
    for leg in (t for c in tok.children if c.dep_ == "prep" for t in c.children if t.dep_ == "conj"):
        tos = [c for c in leg.children if c.dep_ == "prep" and c.lower_ == "to"]
        places = [(p, gaz.country(p)) for to in tos for p in places_listed(to) if gaz.country(p)]
        if leg.lower_ in ONWARD_WORDS and places:
            out.append((leg, places))
    return out


def _flown_in(tok: Token) -> bool:
    """'Jiang flew in from Santiago on Sunday': arrived here (from there)."""
    return (
        tok.lemma_ in {"fly", "come"}
        and any(c.lower_ == "in" and c.dep_ in {"advmod", "prt"} for c in tok.children)
    )


def fronted_stops(doc: Doc, refs: References, timexes: list[dict]) -> list[dict]:
    """'In Fiji on February 12, Secretary Blinken will meet ...', 'In Australia on February 9-12,
    ... will attend': a sentence opened by a place and a date puts its subject there on those days."""
    out = []
    for sent in doc.sents:
        opener = sent[0]
        if opener.lower_ != "in" or opener.dep_ != "prep" or opener.head.pos_ not in {"VERB", "AUX"}:
            continue
        places = [p for p in places_listed(opener) if gazetteer().country(p)]
        verb = opener.head
        dates = [
            i
            for i in timexes_of([verb], timexes, doc)
            if timexes[i]["type"] == "DATE" and timexes[i]["start"] < verb.idx
        ]
        who = subject(verb)
        if not places or not dates or who is None:
            continue
        for traveler in subject_people(who, refs):
            out.append(
                {
                    **_trip(
                        verb,
                        "TRIP_STOP",
                        traveler,
                        (places[0], gazetteer().country(places[0])),
                        [dates[0]],
                        0,
                        1,
                        timexes,
                    ),
                    "single_day": True,
                    "_rank": 0,
                    "_day_in_stop": True,
                    "_movement": False,
                    "rule": "trip.stop.in_place_on_date",
                }
            )
    return out


CARRY_VERBS = {"take", "bring"}


def tour_legs(doc: Doc, refs: References, timexes: list[dict]) -> list[dict]:
    """'a four-nation tour that will also take him to New Zealand and Cambodia', 'The trip takes
    her to Chile': a trip that takes its traveler somewhere is a stop there, on the days said in
    that clause only (a leg told on its own elsewhere is that one)."""
    from envoy.clauses import RELATIVE_PRONOUNS, TRIP_NOUNS

    out = []
    for verb in (t for t in doc if t.lemma_ in CARRY_VERBS and t.pos_ == "VERB" and not negated(t)):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS | {"that", "which"} for c in subjects):
            subjects = [verb.head]
        if not any(s.lower_ in TRIP_NOUNS or s.lemma_ in TRIP_NOUNS for s in subjects):
            continue
        people = [refs.person(c) for c in verb.children if c.dep_ == "dobj"]
        stops: dict[str, str] = {}
        for to in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
            for place in places_listed(to):
                stops.setdefault(gazetteer().country(place), place)
        inside = {t.i for t in verb.subtree}
        days = [i for i in timexes_of([verb], timexes, doc) if _timex_root(timexes[i], doc) in inside]
        for traveler in (p for p in people if p is not None):
            for n, (code, place) in enumerate(stops.items()):
                trip = _trip(verb, "TRIP_VERB", traveler, (place, code), days, n, len(stops), timexes)
                if verb.tag_ in {"VBZ", "VBP"}:  # 'The tour then takes Jiang to Brazil': the itinerary ahead
                    trip["status"] = "planned"
                out.append({**trip, "rule": "trip.taken_to", "_movement": False})
    return out


def dated_stays(doc: Doc, refs: References, timexes: list[dict], crews: dict | None = None) -> list[dict]:
    """'The Secretary will be in Cairo July 14-15, where ...', 'On July 16-17, Secretary Clinton will
    be in Jerusalem', 'The delegation will be in Asuncion March 3-5', 'will spend Thursday in
    Nouakchott': being in a place on a day or days is a stop there on those days (for a
    delegation, its members')."""
    out = []
    stay_verbs = {"be", "spend", "remain"}  # 'will spend Thursday in Nouakchott'
    for verb in (t for t in doc if t.lemma_ in stay_verbs):
        where = _where_stayed(verb)
        if verb.dep_ not in STAY_DEPS and not where and not _relative_stay_since(verb):
            continue
        opener = verb.sent[0]
        if opener.lower_ == "in" and opener.head is verb:
            continue  # fronted_stops
        starts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
        stops = {}
        for place in (p for start in starts for p in places_listed(start)):
            stops.setdefault(gazetteer().country(place), place)
        if where:
            place = place_span(verb.head).text
            stops.setdefault(gazetteer().country(place), place)
        here = dateline_place(doc) if any(c.lower_ in HERE_WORDS for c in verb.children) else None
        here = here or next(filter(None, (_the_city(start) for start in starts)), None)
        if here:  # 'SINGAPORE - ... when he was here in late July'
            stops.setdefault(gazetteer().country(here), here)
        the_country = not stops and any(map(_the_country, starts))  # 'will be in the country until Sunday'
        if the_country:
            stops[None] = None
        dates = [i for i in timexes_of([verb], timexes, doc) if timexes[i]["type"] == "DATE"]
        # (not 'spend two days in Ulan Bator and return to Washington on Sunday': the return's)
        dates = [i for i in dates if _timex_root(timexes[i], doc) not in _other_acts(verb, journeys=False)]
        who = subject(verb)
        if not stops or not dates or who is None or negated(verb):
            continue
        for traveler in subject_people(who, refs, crews):
            for n, (code, place) in enumerate(stops.items()):
                trip = _trip(verb, "TRIP_STOP", traveler, (place, code), dates[:1], n, len(stops), timexes)
                trip.update(single_day=len(stops) == 1, _movement=False, rule="trip.stop.be_in_place")
                trip.update(_here=True, _the_country=True) if the_country else None
                # 'will spend Friday and Saturday in Dakar', 'will be in Berlin on Wednesday and Thursday'
                paired = len(dates) > 1 and _paired_days(dates[0], dates[1], timexes, doc)
                if len(dates) > 1 and (verb.lemma_ == "spend" or paired):
                    trip.update(end_timex=dates[-1], single_day=False, departure=True)
                lengths = [i for i in timexes_of([verb], timexes, doc) if timexes[i]["type"] == "DURATION"]
                if verb.lemma_ == "spend" and lengths:  # ('Days earlier, X spent three days in Muscat')
                    trip.update(duration_timex=lengths[0], single_day=False)
                if _since(dates[0], timexes, doc):  # 'has been in Cairo since Monday': arrived then
                    trip.update(end_timex=None, single_day=False, since=True)
                elif _bound_by(dates[0], timexes, doc, UNTIL_PREPS):  # 'in Vietnam until Thursday'
                    trip.update(start_timex=None, single_day=False, departure=True, _day=None)
                out.append(trip)
            for place, code, date in _further_stays(verb, timexes):
                trip = _trip(verb, "TRIP_STOP", traveler, (place, code), [date], 0, 1, timexes)
                out.append({**trip, "single_day": False, "_movement": False, "rule": "trip.stop.be_in_place"})
    return out


def _paired_days(first: int, second: int, timexes: list[dict], doc: Doc) -> bool:
    """'on Wednesday and Thursday': two days told as one stretch."""
    return doc.text[timexes[first]["end"] : timexes[second]["start"]] == " and "


def _further_stays(verb: Token, timexes: list[dict]) -> list[tuple[str, str, int]]:
    """'will be in China from July 24 to 27 and in Japan from July 27 to 30': a stay conjoined
    deeper in the clause (the parser hangs 'and in Japan' on the first range), on its own dates."""
    out = []
    for prep in (t for t in verb.subtree if t.lower_ == "in" and t.dep_ == "conj" and t.head is not verb):
        after = range(prep.idx, verb.sent.end_char)
        dates = [i for i, t in enumerate(timexes) if t["type"] == "DATE" and t["start"] in after]
        places = places_listed(prep)
        code = gazetteer().country(places[0]) if places else None
        if code and dates:
            out.append((places[0], code, min(dates, key=lambda i: timexes[i]["start"])))
    return out


STAY_DEPS = {"ROOT", "conj", "ccomp", "advcl"}


def _the_country(prep: Token) -> bool:
    return any(o.lower_ == "country" and any(c.lower_ == "the" for c in o.children) for o in prep.children)


def _relative_stay_since(verb: Token) -> bool:
    """'X, who has been in Nairobi since last week, called on Y': a stay still going on."""
    return verb.dep_ == "relcl" and verb.lemma_ == "be" and any(
        c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _the_city(prep: Token) -> str | None:
    """'has been in the city since Sunday': the city the story is told from, else the last one it named."""
    if not any(_bare_noun(o, {"city", "capital"}) for o in prep.children):
        return None
    doc = prep.doc
    told = [e.text for e in doc.ents if e.label_ == "GPE" and e.end <= prep.i
            and not gazetteer().is_country(e.text) and gazetteer().country(e.text)]
    return dateline_place(doc) or (told[-1] if told else None)


def _where_stayed(verb: Token) -> bool:
    """'will begin his trip in Addis Ababa, where he will be from March 6 to 8'."""
    return where_clause(verb) and gazetteer().country(place_span(verb.head).text) is not None


def where_clause(verb: Token) -> bool:
    """'Georgetown, where he attended the meeting': a relative clause of place."""
    return verb.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children)


def _since(index: int, timexes: list[dict], doc: Doc) -> bool:
    return _bound_by(index, timexes, doc, {"since"})


def _bound_by(index: int, timexes: list[dict], doc: Doc, preps: set[str]) -> bool:
    span = doc.char_span(timexes[index]["start"], timexes[index]["end"], alignment_mode="expand")
    return span is not None and span.root.head.lower_ in preps


def _called_off(tok: Token) -> bool:
    """'scrapping planned stops in Papua New Guinea and Australia', 'the visit was postponed', a
    headline's 'visit to Chisinau postponed' (the parser may join it to the words before)."""
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":  # 'the talks and the visit were postponed'
        tok = tok.head
    return tok.dep_ in {"dobj", "nsubjpass", "nsubj"} and calls_off(tok.head)


def _invited(tok: Token) -> bool:
    return any(t.lemma_ in INVITATIONS for t in [*chain(tok), *list(tok.ancestors)[:3]])


def _invitee(tok: Token, refs: References) -> Person | None:
    """Who is invited: 'invited X to pay a visit', 'renewed to X his invitation to pay a visit'."""
    for word in (t for t in [*chain(tok), *list(tok.ancestors)[:3]] if t.lemma_ in INVITATIONS):
        verb = word if word.pos_ == "VERB" else word.head
        deps = {"dobj"} if word.pos_ == "VERB" else {"dative"}
        guests = [c for c in verb.children if c.dep_ in deps]
        guests += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                   if o.dep_ == "pobj"] if word.pos_ != "VERB" else []
        found = next((p for p in map(refs.person, guests) if p is not None), None)
        if found is not None:
            return found
    return None


def _accepted(tok: Token) -> bool:
    """'invited X to pay an official visit to Athens. The invitation was accepted with gratitude'."""
    doc = tok.doc
    after = doc[tok.sent.start : min(tok.sent.end + 40, len(doc))]
    return any(t.lemma_ == "accept" and any(c.lemma_ in INVITATIONS for c in t.children) for t in after)


WISHES = {"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing"}  # 'hopes': lemma 'hop'


def _wished(tok: Token) -> bool:
    """'he still hopes to visit Argentina': a wish, not a reported plan."""
    return tok.dep_ == "xcomp" and tok.head.lower_ in WISHES


def _destinations(tok: Token, kind: str) -> list[tuple[str | None, str | None]]:
    """Stops a trip trigger points to, one (place, country) per country in the order given:
    'to Seoul', 'visit Seoul', 'arrived in Kyiv', 'here', 'to Istanbul and Ankara, Turkey;
    Madrid, Spain ...'; for a trip noun also the verb it completes: 'who is in Russia on a
    working visit', 'begin her trip in Istanbul'."""
    if kind == "TRIP_VERB" and (awaited_here(tok) or due_at_terminal(tok)):
        return [(None, None)]
    holders = [tok]
    if kind == "TRIP_NOUN" and (tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ == "on")):
        holders.append(tok.head if tok.dep_ == "dobj" else tok.head.head)
    elif kind == "TRIP_NOUN" and _for_a_visit(tok):
        holders.append(tok.head.head)  # 'is in China for a state visit'
    elif kind == "TRIP_NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        holders.append(tok.head)  # 'His last visit to the region was to Thailand and Indonesia'
    elif kind == "TRIP_NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ in END_VERBS:
        holders.append(tok.head)  # 'The tour will end in Lomé'
    starts: list[Token] = []
    toured: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ in DESTINATION_PREPS:
                starts.append(child)  # ('pay a state visit to Denmark': 'to' may hang from 'pay')
            elif child.dep_ == "prep" and child.lower_ == "of" and holder.lemma_ == "tour" and holder is tok:
                toured.append(child)  # 'a tour of Tanzania and Uganda' (countries: not 'of the Gulf')
            elif child.dep_ == "prep" and child.lower_ == "on" and holder is tok and ways_to(holder):
                # 'left Dún Laoghaire ... on his way to London'
                starts += [c for way in ways_to(holder) for c in way.children if c.lower_ == "to"]
            elif child.lower_ in ONWARD_WORDS or (child.dep_ == "prep" and child.lower_ == "from"):
                # 'flies on to Warsaw', 'will travel on from Brussels to Luxembourg'
                starts += [c for c in child.children if c.dep_ == "prep" and c.lower_ == "to"]
            elif child.dep_ == "advmod" and child.lower_ in HERE_WORDS:
                return [(None, None)]
            elif holder.lemma_ == "reach" and child.dep_ == "dobj":
                if child.lower_ in ARRIVAL_NOUNS:
                    return [(None, None)]  # 'reached the capital': here
                starts.append(holder)  # (the places listed after the verb: 'reached Lusaka')
        if _visits_object(holder, kind):
            starts.append(holder)
    gaz, stops = gazetteer(), {}
    places = [p for start in starts for p in places_listed(start)]
    places += [p for start in toured for p in places_listed(start) if gaz.is_country(p)]
    if not places:  # 'flew to the sultanate on Thursday': the country named last before
        places = [p for start in starts for p in _polity_named_before(start)]
    if not places and kind == "TRIP_VERB":  # 'will lead the delegation to the 36th Meeting ... in Bridgetown'
        events = [o for start in starts if start.lower_ == "to" for o in start.children if o.dep_ == "pobj"]
        ins = [c for o in events for c in o.subtree if c.lower_ == "in" and c.dep_ == "prep"]
        places = places_listed(ins[0]) if ins else []

    if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children):
        places.append(place_span(tok.head).text.removeprefix("the "))  # 'Malaysia, where he will stay'
    for place in (p for p in places if gaz.country(p) and p.lower() not in REGIONS):
        code = gaz.country(place)
        # (a city beats its country, and a demonym: 'the Venezuelan city of San Cristóbal')
        vaguer = stops.get(code, "").lower() in gaz.countries or not gaz.is_place(stops.get(code, ""))
        if code not in stops or (vaguer and place.lower() not in gaz.countries and gaz.is_place(place)):
            stops[code] = place
    return [(place, code) for code, place in stops.items()]


POLITY_NOUNS = {"sultanate", "kingdom", "emirate", "principality", "republic", "country", "archipelago"}


def _polity_named_before(prep: Token) -> list[str]:
    """'the sultanate', 'the kingdom', 'the country' after 'to': the country the text named last
    before (a country's own name, not a city's)."""
    objects = [o for o in prep.children if o.dep_ == "pobj" and o.lower_ in POLITY_NOUNS]
    if prep.lower_ != "to" or not objects or not any(c.lower_ == "the" for c in objects[0].children):
        return []
    gaz = gazetteer()
    named = [e.text for e in prep.doc.ents if e.end <= prep.i and e.label_ == "GPE"]
    countries = [n.removeprefix("the ") for n in named if n.lower().removeprefix("the ") in gaz.countries]
    return countries[-1:]


def _our_country(tok: Token) -> bool:
    """'the leaders who arrived in our country': the country the release speaks for."""
    objects = [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.lower_ == "country"]
    return any(c.lower_ == "our" for o in objects for c in o.children)


def _for_a_visit(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ == "be"


ATTEND_VERBS = {"attend", "participate", "join"}


def _earlier_leg(tok: Token, kind: str) -> list[tuple[str | None, str | None]]:
    """'will attend the Shangri-La Dialogue in Singapore and pay an official visit to Cambodia from
    June 9 to 14': the event attended first is the tour's first stop, and the days span both."""
    verb = tok.head if kind == "TRIP_NOUN" and tok.dep_ == "dobj" else tok
    first = verb.head
    if verb.dep_ != "conj" or first.lemma_ not in ATTEND_VERBS or first.i > verb.i:
        return []
    holders = [first, *(c for c in first.children if c.dep_ == "dobj")]
    starts = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
    gaz = gazetteer()
    return list(dict.fromkeys((p, gaz.country(p)) for start in starts for p in places_listed(start)))


def places_listed(start: Token) -> list[str]:
    """Places named in the list that follows a word ('to Jerusalem, Ramallah, Cairo, and Amman
    May 24-27'), read off the surface because the parser often breaks such lists."""
    names = [_facility_town(span) for span in list_region_ents(start)]
    return [name.removeprefix("the ") for name in names if gazetteer().country(name)]


FACILITY_WORDS = {"airport", "aerodrome", "airfield", "station"}


def _facility_town(span: Span) -> str:
    """'arrived at Lusaka International Airport': the town it is named for."""
    if gazetteer().country(span.text) or span[-1].lower_ not in FACILITY_WORDS:
        return span.text
    towns = [span[:k].text for k in range(len(span) - 1, 0, -1) if gazetteer().is_place(span[:k].text)]
    return towns[0] if towns else span.text


def _comma_parts(ent: Span) -> list[Span]:
    """'Vanuatu, Papua New Guinea', which the NER may take for one name: the places it lists."""
    cuts = [ent.start - 1, *(t.i for t in ent if t.text == ","), ent.end]
    parts = [ent.doc[a + 1 : b] for a, b in pairwise(cuts) if b > a + 1]
    listed = len(parts) > 1 and all(gazetteer().country(p.text) for p in parts)
    return parts if listed else [ent]


def list_region_ents(start: Token) -> list[Span]:
    """Place entities of the list right after `start`: places joined by commas, semicolons and
    'and' ('Istanbul and Ankara, Turkey; Madrid, Spain'), up to the first other word."""
    doc, end = start.doc, start.i + 1
    while end < start.sent.end:
        tok = doc[end]
        known = gazetteer().country(place_span(tok).text)  # 'Nay Pyi Taw', tagged PERSON
        name = known_name(doc, end, start.sent.end)  # ('Port of Spain': on past its 'of'; 'Santo Domingo')
        in_place = tok.ent_type_ in {"GPE", "LOC", "FAC", "ORG"} or bool(known) or name is not None
        if tok.lower_ in PLACE_NOUNS and end + 1 < start.sent.end and doc[end + 1].lower_ == "of":
            end += 2  # 'to the city of Cúcuta', 'the Venezuelan city of San Cristóbal'
            continue
        if not (in_place or tok.lower_ in LIST_GLUE or tok.lower_ in REGION_WORDS):
            break
        end = name.end if name is not None else end + 1
    region = doc[start.i + 1 : end]
    in_ents = {i for ent in region.ents for i in range(ent.start, ent.end)}
    # ("Nuku'alofa": a capital after the glottal stop's apostrophe is no title case)
    capital = [i for i in range(region.start, region.end)
               if doc[i].is_title or GLOTTAL_NAME.fullmatch(doc[i].text)]
    loose = [doc[i : i + 1] for i in capital if i not in in_ents]
    ents = [part for ent in region.ents for part in _comma_parts(ent)]
    spans = sorted(filter_spans([*ents, *loose, *known_places(region)]), key=lambda span: span.start)
    return [s for s in spans if not _nationality_of_other(s) and not _names_a_crossing(s) and not _event(s)]


def _event(span: Span) -> bool:
    """'to the Summit in Singapore': a meeting, not the town of Summit."""
    return span[-1].lower_ in {"summit", "conference", "forum", "session"} and (
        span[0].lower_ == "the" or (span.start > 0 and span.doc[span.start - 1].lower_ == "the")
    )


BORDER_NOUNS = {"crossing", "border", "checkpoint", "frontier"}


def _names_a_crossing(span: Span) -> bool:
    """'the Rafah crossing point between Egypt and Gaza': a border post named after a town that may
    lie on either side is no stop in the town's country."""
    return span.root.dep_ == "compound" and span.root.head.lemma_ in BORDER_NOUNS


def _nationality_of_other(span: Span) -> bool:
    """'visit French and German soldiers', 'Brussels, Ukrainian President X': a nationality that
    modifies something else than a place ('the Japanese capital')."""
    root = span.root
    national = span.label_ == "NORP" or root.pos_ == "ADJ"
    if gazetteer().is_country(span.text):  # 'to Kazakhstan and Tajikistan', the second tagged NORP
        return False
    return national and root.head.i != root.i and root.head.lower_ not in PLACE_NOUNS


def _visits_object(holder: Token, kind: str) -> bool:
    return kind == "TRIP_VERB" and holder.lemma_ in {"visit", "tour"}  # 'will tour Namibia and Botswana'


def place_span(tok: Token) -> Span:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return tok.doc[tok.i : tok.i + 1]


def _travelers(tok: Token, kind: str, refs: References, crews: dict) -> list[Person]:
    """'his visit', 'the visit of X', 'a visit by X', 'X, Y and Z traveled', 'the delegation led by
    X arrived'."""
    if kind == "TRIP_NOUN":
        for child in tok.children:
            if child.dep_ == "poss":
                return _one(refs.person(child))
            if child.dep_ == "prep" and child.lower_ in {"of", "by"} and _named_in(child, refs):
                return _named_in(child, refs)  # 'a visit to Vietnam by X'
        if _told_stop(tok):  # (the tour told before by that word, else the journey told last)
            return _journey_before(tok, refs, crews, tok.lemma_) or _journey_before(tok, refs, crews)
        told_before = any(c.lower_ == "the" for c in tok.children)
        if tok.dep_ == "dobj" and tok.head.lemma_ in SPOKEN_OF and told_before:
            return []  # 'Moro discussed the visit with Tito': a visit told before, not Moro's
        if not (
            tok.dep_ == "dobj"
            or (tok.dep_ == "pobj" and tok.head.lower_ in {"on", "for", "during"} and tok.is_lower)
            or _returned_from(tok)
            or _visit_opening(tok)
            or _tour_part(tok)
        ):
            return []  # 'Senior Administration Official Travel to Israel' names no traveler
        guests = _welcomed(tok, refs)
        if guests:
            return guests
    who = subject(tok)
    if who is None:
        return []
    return subject_people(who, refs, crews) or _party_lead(who, refs, crews)


PARTY_WORDS = {"party", "delegation", "entourage"}


def _party_lead(who: Token, refs: References, crews: dict) -> list[Person]:
    """'The party will leave Calcutta for Rangoon on December 10', 'The Thai party flies on to Kuala
    Lumpur': the travelling party of the journey told last before (its companions follow its lead)."""
    definite = any(c.lower_ == "the" for c in who.children)
    if who.lemma_ not in PARTY_WORDS or not definite or who.dep_ != "nsubj":
        return []
    return _journey_before(who, refs, crews)


def _told_stop(tok: Token) -> bool:
    """'The tour will end in Lomé', 'The last stop will be Lomé': a stop of the journey told before."""
    definite = any(c.lower_ == "the" for c in tok.children)
    return definite and tok.dep_ == "nsubj" and (tok.head.lemma_ in END_VERBS or tok.head.lemma_ == "be")


def _journey_before(who: Token, refs: References, crews: dict, word: str | None = None) -> list[Person]:
    """The lead traveller of the journey told last before the sentence of `who` (with `word`, of the one
    that word told: 'will leave Canberra on Saturday on a tour ... The tour will end in Saigon', not a stay
    told in between)."""
    nations = {gazetteer().country(c.text) for c in who.children if c.ent_type_ == "NORP"} - {None}
    for tok in reversed(who.doc[: who.sent.start]):
        kind = "TRIP_VERB" if tok.pos_ == "VERB" and tok.lemma_ in TRIP_VERBS else None
        kind = kind or ("TRIP_NOUN" if tok.lemma_ in TRIP_NOUNS and tok.pos_ == "NOUN" else None)
        if word is not None and (kind != "TRIP_NOUN" or tok.lemma_ != word):
            continue
        # (not a companion's: 'Peters will travel with her for the whole trip')
        withs = [c for h in ([tok, tok.head.head] if tok.dep_ == "pobj" else [tok]) for c in h.children]
        along = any(c.lower_ == "with" and any(map(refs.person, c.children)) for c in withs)
        travellers = _travelers(tok, kind, refs, crews) if kind and not along else []
        # ('The Burmese party will leave for Karachi': the Burmese traveller's, not his host's)
        travellers = [p for p in travellers if not nations or p.country in nations]
        if travellers:
            return travellers[:1]
    return []


OPENINGS = {"start", "beginning", "outset", "opening"}
WELCOMING = {"welcome", "receive", "greet"}


def _welcomed(tok: Token, refs: References) -> list[Person]:
    """'Netanyahu welcomed Modi at the airport at the start of a three-day visit': the guest's visit."""
    verb = tok.head.head.head.head if _visit_opening(tok) else None
    if verb is None or verb.lemma_ not in WELCOMING:
        return []
    return [p for c in verb.children if c.dep_ == "dobj" for p in refs.group(c)]


def _called_off_object(tok: Token) -> bool:
    """'had called off a visit to Canberra planned for the end of the month', 'scrapping stops'."""
    return tok.dep_ == "dobj" and calls_off(tok.head)


def _returned_from(tok: Token) -> bool:
    """'returned here on Tuesday from a two-day visit to Dhaka', 'concluded a three-day visit to
    Kathmandu on Wednesday': the visit that day ended."""
    # (not 'will conclude her trip in Moscow on October 21-22': that leg's days)
    concluded = tok.dep_ == "dobj" and tok.head.lemma_ in END_VERBS
    concluded = concluded and any(c.lower_ == "to" for c in tok.children)
    # ('returned to Havana last night after a six-day visit to Mexico'; not after a tour, of several stops)
    after = tok.head.lower_ == "from" or (tok.head.lower_ == "after" and tok.lemma_ != "tour")
    return concluded or (tok.dep_ == "pobj" and after and _going_back(tok.head.head))


def _visit_opening(tok: Token) -> bool:
    """'was welcomed at Ben Gurion Airport ... at the start of a three-day visit to Israel': the
    welcome is the arrival, its day the visit's first."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in OPENINGS


def _tour_part(tok: Token) -> bool:
    """'will finish with a day-long visit to Port Vila', 'began with a visit to Hanoi'."""
    verb = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and verb.lemma_ in END_VERBS | BEGINNINGS


def _named_in(prep: Token, refs: References) -> list[Person]:
    """The officials a phrase names: 'of the President of Ukraine', 'of External Affairs Minister
    Jaishankar and Defence Minister Singh' (however the parser reads the names)."""
    titled = [refs.person(o) for o in prep.children if o.dep_ == "pobj"]
    return _unique([*titled, *_names_under([prep], refs)])


def _names_under(heads: list[Token], refs: References) -> list[Person | None]:
    names = [t for h in heads for t in h.subtree if t.i in refs.by_token or t.ent_type_ == "PERSON"]
    return [refs.person(t) for t in names]


def _unique(people: list[Person | None]) -> list[Person]:
    return [p for n, p in enumerate(people) if p is not None and p not in people[:n]]


def _one(person: Person | None) -> list[Person]:
    return [person] if person is not None else []


def _day_after_noun(tok: Token, timexes: list[dict]) -> list[int]:
    """'ahead of Obama's trip to Cuba on March 20-22': the days right after a trip noun's phrase,
    which the parser hangs on the verb of the clause the trip is told in."""
    edge = tok.right_edge.i
    if tok.pos_ != "NOUN" or edge + 2 >= len(tok.doc) or tok.doc[edge + 1].lower_ not in {"on", "from"}:
        return []
    start = tok.doc[edge + 2].idx
    return [i for i, tx in enumerate(timexes) if tx["start"] == start and tx["type"] == "DATE"]


def _trip_noun_times(tok: Token, timexes: list[dict], doc: Doc) -> list[int]:
    """Durations of a trip noun hanging from the verb: 'arrived Tuesday for a four-day trip', and
    of the event the trip is for: 'arrived on Friday for a two-day informal summit'."""
    out, acts = [], _other_acts(tok)
    for child in (t for t in tok.subtree if t.i not in acts):
        if _regional_tour(child):
            continue
        if (child.lower_ in TRIP_NOUNS and child.i != tok.i) or _purpose_event(child, tok):
            out += [i for i in timexes_of([child], timexes, doc) if timexes[i]["type"] == "DURATION"]
    return out


def _other_acts(tok: Token, journeys: bool = True) -> set[int]:
    """Words of the verbs conjoined to the trigger ('... and return to Washington on Sunday'); of
    journeys only by default: '... and will finish with a visit to Port Vila' (not 'arrive on
    Monday and spend two days there')."""
    acts = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if journeys:
        acts = [c for c in acts if any(t.lower_ in TRIP_NOUNS and t.pos_ == "NOUN" for t in c.subtree)]
    return {t.i for c in acts for t in c.subtree}


def _regional_tour(noun: Token) -> bool:
    """'arrived in Riyadh on Tuesday, opening a four-day tour of the Gulf': the days of a tour of a
    region (several countries) are not the first stop's ('a four-day tour of Japan' are)."""
    regions = [o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return noun.lemma_ == "tour" and any(not gazetteer().is_country(place_span(o).text) for o in regions)


def _purpose_date(verb: Token, timex: dict, doc: Doc) -> bool:
    """'travel to Antalya for the G20 Leaders' Summit on 15 and 16 November': the days of the event
    the trip is for, not of the arrival or departure."""
    if timex["type"] not in {"DATE", "TIME"}:
        return False
    events = [o for c in verb.children if c.lower_ == "for" for o in c.children if _purpose_event(o, verb)]
    return any(
        e.left_edge.idx <= timex["start"] < e.right_edge.idx + len(e.right_edge.text) for e in events
    )


def _purpose_event(noun: Token, verb: Token) -> bool:
    return noun.lower_ in STAY_EVENTS and noun.head.lower_ == "for" and noun.head.head.i == verb.i


def _trip(tok, kind, traveler, stop, times, n, n_stops, timexes) -> dict:
    place, country = stop
    lengths = [i for i in times if timexes[i]["type"] == "DURATION"]
    durations = [i for i in lengths if STAY_LENGTH.search(timexes[i]["text"])]
    inside = {t.i for t in tok.subtree}  # ('comes a week after X concluded a three-day visit': its own)
    durations.sort(key=lambda i: _timex_root(timexes[i], tok.doc) not in inside)
    days = [i for i in times if timexes[i]["type"] in {"DATE", "TIME"}]
    days = apposed_day(days, timexes)
    day = days[0] if days else None
    span = day is not None and bool(SPAN_OF_DAYS.search(timexes[day]["text"].lower()))
    # ('his official visit to Japan that began on Sunday': its first day only)
    begun = any(c.dep_ == "relcl" and c.lemma_ in {"begin", "start", "commence"} for c in tok.children)
    # ('leaves Nadi tomorrow for official visits to New Zealand and Australia': the tour's first day only)
    begun = begun or (n_stops > 1 and _departure_for(tok))
    # ('The tour ends in Paramaribo on May 24': its last day only)
    ended = kind == "TRIP_NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ in END_VERBS
    return {
        "traveler": traveler.name,
        "destination": place,
        "destination_country": country,
        "purpose": None,
        "status": status(tok),
        "start_timex": day if n == 0 and not ended else None,
        "end_timex": day if n == n_stops - 1 and not begun else None,
        "single_day": _single_day(tok) and day is not None and not (durations or span or begun or ended)
        and not _continued(tok),
        "duration_timex": durations[0] if durations and n_stops == 1 else None,
        "arrival": tok.lemma_ == "arrive" and day is None,
        "evidence": evidence(tok),
        "rule": f"trip.{kind.split('_')[1].lower()}.{tok.lemma_.lower()}",
        "_sent": tok.sent.start,
        "_tok": tok.i,
        "_in_relative": tok.dep_ == "relcl",  # 'Abe, who arrived on Friday night, also held ...'
        "_rank": 0 if n_stops == 1 else 1,
        "_headline": _heading(tok),  # its days come second, its status (no tense) last
        "_quoted": quoted(tok),
        "_here": place is None,
        "_day": day,
        "_span": span,
        "_coarse": day is not None and bool(COARSE.search(timexes[day]["text"].lower())),
        "_arrives": tok.lemma_ in {"arrive", "land"},
        "_movement": tok.lemma_ in MOVEMENT_VERBS or _continued(tok),
        "_leaving": tok.lemma_ in LEAVING_VERBS,
        "_with": _companions_of(tok),
        "_before": _leg_before(tok),
        # 'received X, who was in Singapore on 8 March for a one-day visit'
        "_relative": any(t.dep_ == "relcl" for t in [tok, *tok.ancestors]),
        # 'before leaving for Baghdad, I held discussions': the leg's own words (its purpose) are there
        "_next_leg": (tok.left_edge.i, tok.right_edge.i) if _before_clause(tok) else None,
        "_party": (who := subject(tok)) is not None and who.lemma_ in PARTY_WORDS,  # 'The party will leave'
        **_return_fields(tok, timexes),
    }


def _return_fields(tok: Token, timexes: list[dict]) -> dict:
    """What a clause tells of a journey back: its day, and where it comes back from."""
    back = _going_back(tok)
    return {
        "_return": back,
        "_return_day": _return_day(tok, timexes),
        "_sent_countries": _sentence_countries(tok) if back else set(),
        "_from": _from_countries(tok) if back else set(),
        "_from_place": _place_back_from(tok) if back else None,
        "_from_local": back and _back_from_local(tok),
    }


def _departure_for(tok: Token) -> bool:
    """'leaves Nadi tomorrow for official visits to ...': the day is the leaving's."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ in LEAVING_VERBS


def _before_clause(tok: Token) -> bool:
    return sequenced(tok) and tok.head.lower_ == "before"


def _leg_before(tok: Token) -> bool:
    """'arrived in Venezuela after visiting Peru': a leg told as what came before the stay."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "after"


def _heading(tok: Token) -> bool:
    """The title line, or a heading line of the body without a verb ('Visit of the President of
    Pakistan to India (April 16-18, 2005)')."""
    sent = tok.sent
    if "\n" not in sent.text_with_ws:
        return False
    verbless = not any(t.pos_ in {"VERB", "AUX"} for t in sent)
    return sent.start == 0 or (tok.pos_ in {"NOUN", "PROPN"} and verbless)


def _from_countries(tok: Token) -> set[str]:
    """Countries of the places a return comes 'from' ('returned from a trip to Pyongyang')."""
    gaz = gazetteer()
    # ('New York', not 'York')
    found = {gaz.country(place_span(t).text) for f in _froms(tok) for t in f.subtree if t.pos_ == "PROPN"}
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":  # 'finish with a visit to Port Vila, returning home'
        before = {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
        found |= {gaz.country(e.text) for e in tok.doc.ents if e.label_ == "GPE" and e.root.i in before}
    return found - {None}


def _place_back_from(tok: Token) -> str | None:
    """'flew back from New York yesterday': the place itself (not 'from a trip to Pyongyang')."""
    places = [o for c in _froms(tok) for o in c.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    return place_span(places[0]).text if places else None


LOCAL_PLACES = {"district", "constituency", "village", "hometown", "province", "farm", "ranch", "estate"}


def _back_from_local(tok: Token) -> bool:
    """'returned to the capital on Saturday from his home district of Jhapa': from within the country."""
    return any(o.lemma_ in LOCAL_PLACES for c in _froms(tok) for o in c.children if o.dep_ == "pobj")


def _froms(tok: Token) -> list[Token]:
    """The 'from' of a return, on the verb or on its 'back' (where the parser may hang it)."""
    heads = [tok, *(c for c in tok.children if c.lower_ == "back")]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]


def _continued(tok: Token) -> bool:
    """'will continue her visit to Dhaka', 'continue on to Hanoi': moving on to the tour's next stop."""
    return tok.lemma_ == "continue" or (tok.dep_ == "dobj" and tok.head.lemma_ == "continue")


def _going_back(tok: Token) -> bool:
    return tok.lemma_ == "return" or any(c.lower_ in {"back", "home"} for c in tok.children) or due_back(tok)


def _own_clause(event: list[Token]) -> list[Token]:
    """The trigger's chain up to the first verb above it."""
    verbs = [n for n, t in enumerate(event) if n and t.pos_ in {"VERB", "AUX"}]
    return event[: verbs[0] + 1] if verbs else event


def _return_day(tok: Token, timexes: list[dict]) -> int | None:
    """The day of going back: its own ('return to the United States on Sunday'), else, for 'meet
    Poroshenko on Tuesday before returning to Warsaw', the day of the act it follows."""
    own = own_day(tok, timexes)
    if own is None and tok.dep_ == "acomp":  # 'is due back in London on Tuesday night': the day on 'is'
        own = own_day(tok.head, timexes)
    if own is not None or not sequenced(tok):
        return own
    return day_timex(chain(tok), timexes, tok.doc)


def own_day(tok: Token, timexes: list[dict]) -> int | None:
    """The day on the verb itself ('return to the United States on Sunday'), not its governor's."""
    days = [i for i in timexes_of([tok], timexes, tok.doc) if timexes[i]["type"] in {"DATE", "TIME"}]
    return days[0] if days else None


BEGINNINGS = {"begin", "start", "commence"}


def _single_day(tok: Token) -> bool:
    """'will visit Kyiv on Friday', 'a stop in Warsaw on Wednesday': that day only; not 'arrived
    in Kyiv on Tuesday on an unannounced visit', whose day is the arrival."""
    starts = ARRIVALS | BEGINNINGS  # ('will begin his visit in Astana on Monday': its first day)
    return tok.lemma_ in SINGLE_DAY_TRIP and not any(t.lemma_ in starts for t in chain(tok)[1:])


def _movement(tok: Token, traveler: Person, times: list[int], timexes: list[dict]) -> dict:
    """A trip clause without a destination ('also traveled with the delegation'): kept to place
    its traveler with others, and as a date anchor for the meetings that follow."""
    days = [i for i in times if timexes[i]["type"] in {"DATE", "TIME"}]
    return {
        "traveler": traveler.name,
        "destination": None,
        "destination_country": None,
        "status": status(tok),
        "rule": f"trip.with.{tok.lemma_.lower()}",
        "evidence": evidence(tok),
        "_sent": tok.sent.start,
        "_tok": tok.i,
        "_day": days[0] if days else None,
        # ('returned from Jakarta yesterday after a two-day visit': the stay's length)
        "_length": next((i for i in times if timexes[i]["type"] == "DURATION"), None),
        "_movement": tok.lemma_ in MOVEMENT_VERBS,
        "_leaving": tok.lemma_ in LEAVING_VERBS,
        "_with": _companions_of(tok),
        **_return_fields(tok, timexes),
    }


def _companions_of(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _returns(trips: list[dict], timexes: list[dict]) -> list[dict]:
    """'travel to Hiroshima on Wednesday ... and return to the United States on Sunday', 'was due to
    fly back to Berlin later on Friday': the day ends the traveler's trip before; going home is
    no trip."""
    for back in (t for t in trips if t.get("_return") and t.get("_return_day") is None):
        theirs = [t for t in trips if t.get("_return") and t["traveler"] in back.get("_back_with", ())]
        days = [t["_return_day"] for t in theirs if t.get("_return_day") is not None]
        back["_return_day"] = days[0] if days else None
    came_back = []
    for back in (t for t in trips if t.get("_return")):
        mine = [t for t in trips if t["traveler"] == back["traveler"] and not t.get("_return")]
        # ('began the tour in Singapore ... and left the city-state on Thursday': a stay left is over)
        left = {t["destination_country"] for t in mine if t.get("_origin") and t.get("end_timex") is not None}
        mine = [t for t in mine if t["destination_country"] not in left]
        mine = sorted((t for t in mine if t["destination_country"] and not t.get("_origin")), key=_order)
        stops = [t for t in mine if t["_tok"] < back["_tok"]]
        here = [t for t in stops if t["destination_country"] in back.get("_sent_countries", ())]
        # 'returned home Tuesday from a two-day trip to Pyongyang': that stop, told before or after
        came_from = [t for t in mine if t["destination_country"] in back.get("_from", ())]
        if (back.get("_from") or back["_from_place"] or back.get("_from_local")) and not came_from:
            # 'returned to Rome on Tuesday from a tour of Trieste': from none of these stops; 'who
            # flew back from New York yesterday': a stay there that ended then
            day = back["_return_day"]
            if back["_from_place"] and day is not None and a_day(timexes[day]) and back["status"] == "held":
                came_back.append(_stay_returned_from(back))
                back["_used"] = True
            continue
        here = came_from or here
        stops = stops or here
        if stops and back["_return_day"] is not None:
            # 'In Niamey, ... before returning to Europe': the Niger stop; the last told that is not a
            # day's stop ('made a one-day stop in Darwin on Friday' told after arriving in Port Moresby)
            told = here or stops
            # ('fly to Ottawa, where he will spend one day, Thursday': that stay is not ended by the return)
            dated = [t for t in told if t["start_timex"] is not None]
            day_stops = {t["destination_country"] for t in dated if _day_stop(t, timexes)}
            day_stops -= {t["destination_country"] for t in dated if not _day_stop(t, timexes)}
            stays = [t for t in told if not (_day_stop(t, timexes) or t["destination_country"] in day_stops)]
            last = stays[-1] if stays else told[-1]
            if last.get("single_day"):  # ('goes on to Copenhagen, where he is to confer with X on Friday')
                last = next((t for t in told if _same_stay(t, last)), last)
            # (not a stay ended by moving on to another stop of this journey: 'arrived in Amman ... before
            # leaving for Baghdad ... I returned from a visit to Jordan and Iraq')
            moved_on = last.get("_weak_end") in back.get("_from", ())
            weak = last.get("_weak_end") and not moved_on
            open_end = last["end_timex"] in {None, last["start_timex"]} or weak
            stayed_a_day = last["destination_country"] in day_stops or last.get("single_day")
            # (a range closes its stay: 'from Thursday to Saturday next week ... return home on Saturday')
            ranged = last["end_timex"] is not None and TOLD_RANGE.search(timexes[last["end_timex"]]["text"])
            if open_end and not stayed_a_day and not ranged:  # going home beats moving on, told out of order
                last["end_timex"] = back["_return_day"]
                last["departure"] = True  # that day ends the stay: resolve keeps it
                back["_used"] = True
    late = [_late_return(t) for t in trips if t.get("_return") and not t.get("_used")]
    kept = [t for t in trips if not t.get("_return")] + came_back
    return kept + [t for t in late if t["_return_day"] is not None]


# days told as a range: '24-25 June', 'Thursday to Saturday' (not 'last-minute')
TOLD_RANGE = re.compile(r"\d\s*[-–]\s*\d|\w\s+(?:to|through|until)\s+\w")


def _same_stay(trip: dict, day: dict) -> bool:
    """An arrival told before the day's stop in the same country: that day is within its stay."""
    same = trip["destination_country"] == day["destination_country"] and trip["_tok"] < day["_tok"]
    return same and not trip.get("single_day") and trip["end_timex"] in {None, trip["start_timex"]}


def _stay_returned_from(back: dict) -> dict:
    """The stay a return comes from, ended on the day of the return (its length when told)."""
    place = back["_from_place"]
    stay = {**back, "destination": place, "destination_country": gazetteer().country(place)}
    stay.update(start_timex=None, end_timex=back["_return_day"], departure=True, single_day=False)
    stay.update(arrival=False)
    stay.update(duration_timex=back.get("duration_timex", back.get("_length")), _return=False)
    return {**stay, "rule": "trip.returned_from"}


def a_day(timex: dict) -> bool:
    """'yesterday', 'on Monday', 'on 3 May'; not 'last week' nor 'in July'."""
    text = timex["text"].lower()
    return DAYISH.search(text) is not None and not COARSE.search(text) and timex["type"] in {"DATE", "TIME"}


def _day_stop(trip: dict, timexes: list[dict]) -> bool:
    """A stop said to last a day: 'made a one-day stop in Darwin on Friday'."""
    length = trip.get("duration_timex")
    return length is not None and ONE_DAY.search(timexes[length]["text"].lower()) is not None


def _order(trip: dict) -> int:
    return trip["_tok"]


def _sentence_countries(tok: Token) -> set[str]:
    """Countries of the places a sentence names."""
    gaz = gazetteer()
    names = [e.text for e in tok.sent.ents] + [t.text for t in tok.sent if t.pos_ == "PROPN"]
    return {gaz.country(name) for name in names} - {None}


def _late_return(back: dict) -> dict:
    """A return with a day but no trip told before it ('Chancellor Faymann returned to Vienna in the
    afternoon', a guest whose visit shows only in 'hosted'): kept, placeless, for `end_late_returns`."""
    home = back.get("destination_country")
    return {**back, "destination": None, "destination_country": None, "_with": False, "_home": home}


def end_late_returns(clauses: list[dict], trips: list[dict]) -> None:
    """The day of a late return ends the traveler's one open trip abroad, when it is the last one
    told (not 'following her participation in the Forum in Phnom Penh' before the tour's stops), and
    no trip done when the return is still to come ('Oli last travelled abroad in September'); not a
    return 'from his home district'."""
    for back in (c for c in clauses if "_home" in c and not c.get("_from_local")):
        ours = [t for t in trips if t["traveler"] == back["traveler"]]
        abroad = [t for t in ours if t["destination_country"] != back["_home"]]
        open_trips = [t for t in abroad if t.get("end_timex") is None]
        last = max(abroad, key=lambda t: max(e["start"] for e in t["evidence"]), default=None)
        done = last is not None and last["status"] == "held" and back["status"] == "planned"
        if len(open_trips) == 1 and open_trips[0] is last and not done:
            open_trips[0]["end_timex"] = back["_return_day"]
            open_trips[0]["departure"] = True


def _resolve_here(trips: list[dict], doc: Doc, timexes: list[dict]) -> list[dict]:
    """'arrived here' goes to the place the report is filed from ('ISLAMABAD: ... The crown prince
    arrived at Nur Khan Air Base'), else where the same traveler's other trips go."""
    dateline = dateline_place(doc)
    for trip in trips:
        if not trip.get("_here") or trip.get("_ours"):
            continue
        above = {a.i for a in doc[trip["_tok"]].ancestors}
        journey = next((t for t in trips if t["_tok"] in above and t["destination"] and not t.get("_origin")
                        and t["traveler"] == trip["traveler"]), None)
        if journey:  # 'will go on to London, arriving on November 4': the journey's end
            trip.update({key: journey[key] for key in ("destination", "destination_country")})
            trip["rule"] += ".journey"
            continue
        if dateline and not trip.get("_the_country"):  # ('in the country': the traveler's, told before)
            trip.update(destination=dateline, destination_country=gazetteer().country(dateline))
            trip["rule"] += ".dateline"
            continue
        every = [t for t in trips if t["traveler"] == trip["traveler"] and t["destination"]]
        every = [t for t in every if t["_tok"] != trip["_tok"]]  # ('fly in from Jakarta': not Jakarta)
        same = [t for t in every if t["_sent"] <= trip["_sent"] or t.get("_origin")]  # not a later leg
        # 'Lagos arrived on Monday evening ... the third head of state to visit Buenos Aires' (an
        # undated mention, not a next leg: 'landed at Haneda Airport ... departs for Hanoi on Thursday')
        if not same and len({t["destination_country"] for t in every}) == 1:
            same = [t for t in every if not _names_days(t, timexes)]
        # (of a journey's origin and its end told together, the end: 'left Dún Laoghaire ... on his way to
        # London. He is due at Euston this morning')
        same.sort(key=lambda t: (abs(t["_sent"] - trip["_sent"]), bool(t.get("_origin"))))
        if same:
            trip["destination"] = same[0]["destination"]
            trip["destination_country"] = same[0]["destination_country"]
            trip["rule"] += ".here"
    return trips




JOURNEY_NOUNS = {"tour", "trip", "journey"}


def _tour_opens_first_stop(doc: Doc, trips: list[dict]) -> None:
    """'will on Thursday begin a six-day tour of three neighbouring countries. Dr. Arikpo's first stop
    will be Niamey, where he will stay until Friday': a tour that names no place starts its first stop
    told after it."""
    for tour in trips:
        if tour["destination"] or tour.get("_day") is None or not _tour_begun(doc[tour["_tok"]]):
            continue
        later = [t for t in trips if t["traveler"] == tour["traveler"] and t["destination"]
                 and t["_sent"] > tour["_sent"]]
        first = min(later, key=lambda t: t["_tok"], default=None)
        if first is not None and first.get("start_timex") is None:
            first["start_timex"] = tour["_day"]
            first["rule"] += ".tour_start"


def _tour_begun(noun: Token) -> bool:
    """'will begin a six-day tour', 'leaves on a tour' (not 'to continue his tour')."""
    if noun.lemma_ not in JOURNEY_NOUNS:
        return False
    on = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else None
    return (noun.dep_ == "dobj" and noun.head.lemma_ in BEGINNINGS) or (
        on is not None and on.head.lemma_ in LEAVING_VERBS | {"set"})


def _names_days(trip: dict, timexes: list[dict]) -> bool:
    days = (trip.get("start_timex"), trip.get("end_timex"))
    return any(i is not None and DAY_WORDS.search(timexes[i]["text"]) for i in days)


def here_by_meetings(trips: list[dict], meetings: list[dict], timexes: list[dict]) -> None:
    """'Mr Khan, who arrived on Monday for a two-day visit' with no place and no earlier trip: where
    his latest meeting told before is placed, else his meetings, when they all are in one country."""
    gaz = gazetteer()
    for trip in (t for t in trips if t.get("_here") and t["destination"] is None and "_home" not in t):
        ours = [m for m in meetings if trip["traveler"] in m["participants"] and m["_places"]]
        before = [m for m in ours if m["_tok"] < trip["_tok"]][-1:]  # the stop the story is at
        places = [p for m in before or ours for p in m["_places"]]
        if len({gaz.country(p) for p in places}) == 1:
            trip.update(destination=places[0], destination_country=gaz.country(places[0]))
            trip["rule"] += ".here_of_meetings"
    _end_at_next_stop(trips, timexes)  # now that the stop is known, moving on ends it


def accompany(trips: list[dict], people: dict[str, Person]) -> list[dict]:
    """'X ... also traveled with the delegation': X goes where the trips before go."""
    out = []
    for trip in trips:
        # ('Foreign Minister X, who arrived with the king': there, on the days the king is)
        here = trip["rule"].endswith((".here", ".dateline")) and trip["start_timex"] is None
        if not trip["_with"] or (trip["destination_country"] is not None and not here):
            continue
        earlier = [t for t in trips if t["destination_country"] and t["_tok"] < trip["_tok"]]
        earlier = [t for t in earlier if not here or t["destination_country"] == trip["destination_country"]]
        # ('Mr. King reached the capital yesterday ... will fly north with him': his own arrival stands)
        arrived = {t["destination_country"] for t in trips
                   if t["traveler"] == trip["traveler"] and t.get("start_timex") is not None}
        for lead in earlier:
            copy = companion_trip(lead, trip["traveler"], people, trip["evidence"], dated=True)
            if copy is not None and lead["destination_country"] in arrived:
                copy = {**copy, "start_timex": None, "arrival": False}
            out.append(copy)
    return [t for t in out if t is not None]


@dataclass
class Crew:
    """Officials who travel with a lead: on the lead's trips reported alike (`status`: 'is
    accompanied' held, 'will be' planned, 'on the tour' "any"), on the same days; `met`: with the
    lead at one encounter only ('X, accompanied by Y, met Z'), undated; `country`: at one stop only
    ('In Buenos Aires he is accompanied by Y')."""

    lead: str
    status: str
    names: list[str] = field(default_factory=list)
    met: bool = False
    stops: frozenset[str] | None = None
    at: int = 0  # the token that tells it
    group: bool = False  # the lead told as one of a group ('the two Ministers, accompanied by X')


def accompanied(doc: Doc, refs: References) -> list[Crew]:
    """'She is accompanied by Katja Keul', 'Xi, accompanied by Foreign Minister Wang Yi, landed':
    who travels with whom."""
    from envoy.clauses import RELATIVE_PRONOUNS, TRIP_NOUNS, asked, list_region, listed, negated

    crews: dict[tuple, Crew] = {}
    verbs = [t for t in doc if t.lemma_ == "accompany" and t.pos_ == "VERB"]
    # (not 'Minister Iwaya will not accompany the Prime Minister', nor a reporter's question)
    for tok in (t for t in verbs if not negated(t) and not asked(t)):
        by = next((c for c in tok.children if c.dep_ == "agent"), None)
        # ('is accompanied on the visit by X': the parser hangs 'by' on the visit)
        nouns = [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.lemma_ in TRIP_NOUNS]
        nouns = nouns if tok.tag_ == "VBN" else []
        by = by or next((g for o in nouns for g in o.children if g.lower_ == "by"), None)
        lead_tok = tok.head if tok.dep_ == "acl" else subject(tok.head if tok.dep_ == "advcl" else tok)
        companions = list_region(by) if by is not None else None
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        # 'Krishna and Gogoi will accompany Singh (throughout the trip)', on his journey, or 'to
        # Tokyo and Seoul', those stops; not 'accompanied him to the airport', a host's courtesy,
        # nor 'in Burma', one leg
        # ('together with senior officials': others who go along)
        preps = [c for o in [tok, *objects] for c in o.children if c.dep_ == "prep" and c.i > tok.i
                 and c.lower_ != "with"]
        stops = stops_of(tok)
        plain = all(o.lemma_ in TRIP_NOUNS or _every_leg(o) or (c.lower_ == "to" and stops) for c in preps
                    for o in c.children if o.dep_ == "pobj")
        if by is None and objects and lead_tok is not None and plain:
            start = lead_tok.left_edge.i  # (a long title the parser hangs on a preposition)
            before = doc[tok.sent.start : start + 1]
            bare = not any(t.pos_ in {"VERB", "AUX"} or t.lower_ in RELATIVE_PRONOUNS for t in before)
            companions, lead_tok = doc[tok.sent.start if bare else start : tok.i], objects[0]
            if companions[0].lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":  # 'X, who is accompanying'
                antecedent = _antecedent(tok.head, refs)
                companions = doc[antecedent.i : antecedent.i + 1]
        lead = _lead_of(lead_tok, refs) if lead_tok is not None else None
        if companions is None or lead is None:
            continue
        names = [p.name for p in listed(refs, companions) if p is not lead]
        stops = stops or _escorted_leg(tok, lead_tok, [p for p in listed(refs, companions) if p is not lead])
        # ('are accompanying the Prime Minister on the two-nation tour': every leg, whatever its tense)
        told = "any" if preps and plain else status(tok)
        if tok.dep_ == "relcl" and not preps:  # 'X, who is accompanied by Y, will return tonight': as told
            told = "planned" if any(c.lower_ in PLANNED_AUX for c in tok.children) else "held"
        met = not _travel_clause(tok, lead_tok) or _joined_meetings(companions)
        key = (lead.name, told, met, stops)
        group = (party_count(lead_tok) or 0) > 1
        crew = crews.setdefault(key, Crew(*key[:2], met=key[2], stops=key[3], at=tok.i, group=group))
        crew.names.extend(n for n in names if n not in crew.names)
    fronted = [  # 'Accompanying Park are A and B': on the whole trip
        Crew(lead.name, "any", [p.name for p in listed(refs, region) if p is not lead], at=region.start)
        for lead, region in fronted_companions(doc, refs)
    ]
    return list(crews.values()) + fronted


def _antecedent(head: Token, refs: References) -> Token:
    """The person a relative clause is told of: 'Lee Soo-hyuck of the ROK, who', 'Pham Binh Minh,
    Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam, who' (hung on the place)."""
    while head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    names = [c for c in head.children if c.dep_ == "compound" and c.i in refs.by_token]
    if head.i not in refs.by_token and names:  # 'Mr Duncan Kerr SC MP, who'
        return names[-1]
    while head.dep_ in {"appos", "conj"} and head.i not in refs.by_token:
        head = head.head
    return head


def _joined_meetings(companions: Span) -> bool:
    """'accompanied by the Minister for Foreign Affairs, X, who also joined all three meetings':
    there for the meetings (undated, as 'joined in his meetings by')."""
    from envoy.clauses import MEETING_NOUNS

    joins = [c for t in companions for c in t.children if c.dep_ == "relcl" and c.lemma_ == "join"]
    return any(o.lower_ in MEETING_NOUNS for j in joins for o in j.children if o.dep_ == "dobj")


def crew_names(crews: list[Crew], lead: str, told: str) -> list[str]:
    """Who travels with the lead on the trips reported as `told`."""
    return [n for c in crews if c.lead == lead and c.status == told and not c.met for n in c.names]


def _escorted_leg(tok: Token, lead_tok: Token | None, companions: list[Person]) -> frozenset[str] | None:
    """'X, accompanied by President Khama, travelled to Francistown': hosts who go along on their
    guest's journey within their own country are with him on that leg only (not on his way home)."""
    if lead_tok is None or tok.dep_ != "acl" or tok.head != lead_tok or lead_tok.dep_ != "nsubj":
        return None
    tos = [c for c in lead_tok.head.children if c.dep_ == "prep" and c.lower_ == "to"]
    codes = {gazetteer().country(p) for c in tos for p in places_listed(c)} - {None}
    home = len(codes) == 1 and bool(companions) and all(p.country in codes for p in companions)
    return frozenset(codes) if home else None


def stops_of(accompany: Token) -> frozenset[str] | None:
    """'In Buenos Aires he is accompanied by X': the one stop the clause is told at; 'will
    accompany the Secretary to Tokyo, Seoul, and Beijing': the stops listed."""
    ins = [c for c in accompany.children if c.dep_ == "prep" and c.lower_ == "in"]
    codes = {gazetteer().country(p) for c in ins for p in places_listed(c)}
    if len(codes) == 1:
        return frozenset(codes)
    objects = [o for o in accompany.children if o.dep_ == "dobj"]  # ('accompany X to ...' only)
    holders = [accompany, *objects] if objects else []
    tos = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to"]
    codes = {gazetteer().country(p) for c in tos for p in places_listed(c)}
    return frozenset(codes) if codes else None


def _travel_clause(accompany: Token, lead: Token) -> bool:
    """'She is accompanied by X', 'Xi, accompanied by Wang Yi, landed': X travels with the lead, on
    the same days; 'Mandela, accompanied by Nzo, spent an hour with Major' tells of one encounter
    there, not of the journey (X goes along, undated)."""
    from envoy.clauses import TRIP_NOUNS, TRIP_VERBS

    if accompany.dep_ not in {"acl", "advcl"}:
        return True
    verb = accompany.head if accompany.dep_ == "advcl" else lead.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return True  # a dateline or a list: no clause of its own to read
    nouns = [c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.lemma_ in TRIP_NOUNS]
    # 'X, accompanied by Y, is on a three-day visit'
    nouns += [o for c in verb.children if c.lower_ == "on" for o in c.children if o.lemma_ in TRIP_NOUNS]
    return verb.lemma_ in TRIP_VERBS or bool(nouns)


def _lead_of(tok: Token, refs: References) -> Person | None:
    """The official a word names, or the one in apposition to it ('Bangkok, 23 July 2012 -
    President Thein Sein ..., accompanied by X': the parser hangs both on the dateline)."""
    # ('who will accompany the president': the article's principal president, not the last named)
    found = _companion_of(tok, refs) or next(iter(subject_people(tok, refs)), None)
    return found if found is not None and found.official else None


def delegation_members(doc: Doc, refs: References) -> list[tuple[str, str, str | None]]:
    """'Moon and his 200-member delegation, which includes Unification Minister Cho Myoung-gyon,
    Defense Minister Song Young-moo ...': (lead, member, None) — members travel with their lead."""
    from envoy.clauses import _countries_of, list_region, listed

    out = []
    leader = None  # 'X will lead a delegation ... The delegation includes A': A goes with X
    # ('The Prime Minister and his party, which included X, arrived in Manila')
    for tok in (t for t in doc if t.lemma_ in PARTY_WORDS and t.pos_ == "NOUN"):
        lead = delegation_lead(tok, refs)
        heads = tok.dep_ == "dobj" and tok.head.lemma_ in {"lead", "head"}
        if heads:
            who = subject(tok.head)
            leader = next(iter(subject_people(who, refs)), None) if who is not None else None
        elif lead is not None:  # 'A delegation ..., headed by X, arrived ... The delegation includes A'
            leader = lead
        includes = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_ == "include"]
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "include":
            includes, lead = [tok.head], lead or leader
        where = None
        if includes and heads:
            lead = lead or leader  # 'arrived in Muscat ..., heading a delegation that includes X'
            where = _arrival_country(tok.head)  # with the lead on that journey
        elif includes and tok.dep_ == "pobj" and tok.head.lower_ == "with":  # arrived there with a delegation
            countries = {code for _, code in _destinations(tok.head.head, "TRIP_VERB")} - {None}
            where = countries.pop() if len(countries) == 1 else None
        if includes and lead is None:  # 'The Russian delegation included A': the first Russian named leads it
            lead = _first_of(_countries_of(tok), refs)
        if includes and lead is None and any(d.lower_ == "the" for d in tok.children):
            # 'X is leaving for Beijing ... The delegation, which includes A': on that journey
            lead, where = _traveller_before(tok, refs)
        if includes and lead is not None:
            members = listed(refs, list_region(includes[0]))
            out += [(lead.name, p.name, where) for p in members if p is not lead]
        out += [(lead.name if lead else None, p.name, None) for p in _part_of(tok, refs) if p is not lead]
    return out


def _traveller_before(tok: Token, refs: References) -> tuple[Person | None, str | None]:
    """The traveller of the latest of the two sentences before that tells of a journey to one
    country, and that country."""
    before = sentence_before(tok)
    for _ in range(2):
        if before is None:
            break
        who = subject(before.root) if before.root.lemma_ in TRIP_VERBS else None
        countries = {code for _, code in _destinations(before.root, "TRIP_VERB")} - {None}
        people = subject_people(who, refs) if who is not None else []
        if people and len(countries) == 1:
            return people[0], countries.pop()
        before = sentence_before(before.root)
    return None, None


def _first_of(countries: list[str], refs: References) -> Person | None:
    if len(countries) != 1:
        return None
    return next((p for m, p in refs.mentions if p.country == countries[0]), None)


def _arrival_country(verb: Token) -> str | None:
    """The country of the arrival a participle clause hangs on ('arrived in X ..., heading ...')."""
    trip = verb.head if verb.dep_ in {"advcl", "xcomp", "conj"} else None
    if trip is None or trip.lemma_ not in TRIP_VERBS:
        return None
    gaz = gazetteer()
    places = [e for e in verb.sent.ents if trip.i < e.start and e.end <= verb.i and gaz.country(e.text)]
    return gazetteer().country(places[0].text) if places else None


def _part_of(delegation: Token, refs: References) -> list[Person]:
    """'Finance Minister Asad Umar and Foreign Minister Shah Mahmood Qureshi are part of the
    delegation' (or members of it): the subject's officials."""
    of = delegation.head
    holder = of.head if of.lower_ == "of" else None
    if holder is None or holder.lemma_ not in {"part", "member"} or holder.head.lemma_ != "be":
        return []
    who = next((c for c in holder.head.children if c.dep_ == "nsubj"), None)
    return subject_people(who, refs) if who is not None else []


def joiners(doc: Doc, refs: References) -> list[tuple[str, str, str | None]]:
    """'Foreign Minister Julie Bishop will join me in Jakarta': (lead, companion, country) — the
    companion goes with the lead on the lead's trip there (any trip when no place is said)."""
    out = []
    for tok in (t for t in doc if t.lemma_ == "join" and t.pos_ == "VERB"):
        if any(c.dep_ == "auxpass" for c in tok.children):
            continue  # 'They were joined by ...': companions of a meeting (envoy.meetings)
        who, lead = subject(tok), next((c for c in tok.children if c.dep_ == "dobj"), None)
        # ('The Minister for Development Cooperation, Mr Jan Pronk, will join': the parser's two subjects)
        named = [c for c in tok.children if c.dep_ == "nsubj" and c.i in refs.by_token]
        who = named[0] if named else who
        joiner = refs.person(who) if who is not None else None
        led = refs.person(lead) if lead is not None else None
        if joiner is None or led is None or joiner is led or _for_an_event(tok):
            continue
        # ('will join the Foreign Minister in Samoa': the parser may hang the place on the lead)
        ins = [c for h in (tok, lead) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
        places = [p for c in ins for p in places_listed(c)] + _leg_places(tok)
        out.append((led.name, joiner.name, gazetteer().country(places[0]) if places else None))
    return out


def _every_leg(noun: Token) -> bool:
    """'on both legs of the trip', 'on all stages of the tour': the whole journey."""
    return noun.lemma_ in LEG_WORDS and any(c.lower_ in EVERY_WORDS for c in noun.children)


def _leg_places(verb: Token) -> list[str]:
    """'will join Mr Hayden for the Port Moresby leg', 'on the Paris leg': that stop's place."""
    legs = [o for c in verb.children if c.lower_ in {"for", "on"} for o in c.children]
    places = [c for leg in legs if leg.lemma_ in LEG_WORDS for c in leg.children if c.dep_ == "compound"]
    names = [verb.doc[c.left_edge.i : c.i + 1].text for c in places]
    return [n for n in names if gazetteer().country(n)]


def _for_an_event(join: Token) -> bool:
    """'U.S. Ambassador John Bass joined the Vice President for the meeting': at the meeting (where
    the ambassador is posted), not on the journey."""
    from envoy.clauses import EVENT_NOUNS

    events = [o for c in join.children if c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    return any(o.lemma_ in EVENT_NOUNS for o in events)


def companion_trip(
    lead: dict, name: str, people: dict[str, Person], proof: list[dict], dated: bool = False,
    rule: str = "trip.companion",
) -> dict | None:
    """The trip `lead` for a companion: same place, and same days when they travelled with the
    lead ('also traveled with the delegation'), not when they only joined its meetings; none to
    the country of their post. `rule` "trip.companion.stops": with the lead at the stops named
    only ('will accompany the Secretary to Tokyo and Seoul')."""
    if lead["destination_country"] in people[name].posts:
        return None
    undated = {"start_timex": None, "end_timex": None, "duration_timex": None, "arrival": False}
    kept = {} if dated else undated
    return {**lead, **kept, "traveler": name, "evidence": proof, "rule": rule}


def _arrival(trip: dict) -> bool:
    """A dated arrival: 'arrived in Ankara today', 'reached Istanbul by air yesterday'."""
    verb = trip["rule"].split(".")[2:3]
    return trip.get("start_timex") is not None and verb in (["arrive"], ["reach"], ["land"])


def earliest_arrivals(trips: list[dict], days: list | None) -> None:
    """'Mr. Popović, who reached Istanbul by air from Belgrade yesterday, arrived in Ankara this
    morning': the trip to Turkey starts with the first arrival in it."""
    for trip in (t for t in trips if len(t.get("_arrivals", ())) > 1 and days):
        first = min(trip["_arrivals"], key=lambda i: days[i][0] or "9999")
        start = trip["start_timex"]
        if days[first][0] and (start is None or days[first][0] < (days[start][0] or "9999")):
            trip["start_timex"] = first


def merge_trips(trips: list[dict]) -> list[dict]:
    """One trip per traveler and destination country: the most specific place, all the times (a
    stop's own dates before a tour's overall ones); a cancelled leg removes the trip (not a visit
    held before: 'the visit that Sadat paid to Jerusalem in 1977' and a return visit put off)."""
    cancelled = {(t["traveler"], t["destination_country"]) for t in trips if t.get("cancelled")}
    merged: dict[tuple, dict] = {}
    for trip in sorted(trips, key=lambda t: (t.get("_rank", 1), bool(t.get("_headline")))):
        held_before = trip["status"] == "held" and _voice(trip) == 2 and trip.get("start_timex") is not None
        off = (trip["traveler"], trip["destination_country"]) in cancelled
        if trip["destination_country"] is None or (off and (trip.get("cancelled") or not held_before)):
            continue
        key = (trip["traveler"], trip["destination_country"])
        if key in merged and _another_visit(merged[key], trip):
            key = (*key, trip["start_timex"])  # 'stopped in Paris on Thursday', 'will be in Paris on Tuesday'
        if key not in merged:
            merged[key] = dict(trip)
            continue
        kept = merged[key]
        if (kept["destination"] or "").lower() in gazetteer().countries:
            kept["destination"] = trip["destination"]  # a city beats its country
        _merge_days(kept, trip)
        if _voice(trip) > _voice(kept):  # the narration's tense, not a quotation's or the headline's
            kept.update(status=trip["status"], _headline=trip.get("_headline"), _quoted=trip.get("_quoted"))
        elif trip["status"] == "held" and _voice(trip) == _voice(kept):
            kept["status"] = "held"
        kept["evidence"] = kept["evidence"] + [e for e in trip["evidence"] if e not in kept["evidence"]]
    return list(merged.values())


def _voice(trip: dict) -> int:
    """How far a mention's tense tells the trip's status: the narration, then a quotation ('"Rumor is
    going to Belgrade to ..." said a researcher'), then a headline (no tense)."""
    return 0 if trip.get("_headline") else 1 if trip.get("_quoted") else 2


def _another_visit(kept: dict, trip: dict) -> bool:
    """A done one-day stop and a planned one-day stop on another day are two visits."""
    days = kept.get("start_timex"), trip.get("start_timex")
    one_day = all(t.get("single_day") and t.get("start_timex") == t.get("end_timex") for t in (kept, trip))
    return one_day and None not in days and days[0] != days[1] and kept["status"] != trip["status"]


def _merge_days(kept: dict, trip: dict) -> None:
    """The days of two mentions of one trip: a stop's own days before a tour's, a day before a week,
    an arrival's day before another mention's, a stay's span or a departure for the end."""
    if kept.get("_inherited") and trip.get("start_timex") is not None and not trip.get("_inherited"):
        # 'before proceeding to Kampala' + 'will fly to Kampala on Friday afternoon': the leg's own day
        for slot in ("start_timex", "end_timex", "single_day", "_inherited"):
            kept[slot] = trip.get(slot)
    if kept.get("_day_in_stop") and trip.get("_rank") == 1 and _dated(trip):
        # 'In Santiago on 1 February ...' is a day within the stop the tour dates from 31 January
        kept.update(start_timex=trip["start_timex"], end_timex=trip["end_timex"], single_day=False)
        kept["_day_in_stop"] = False
    if kept.get("_coarse") and trip.get("start_timex") is not None and not trip.get("_coarse"):
        # 'will travel to Poland this week' + 'On Friday, March 25, ... will travel to Warsaw'
        end = trip["end_timex"] if kept["end_timex"] == kept["start_timex"] else kept["end_timex"]
        kept.update(start_timex=trip["start_timex"], end_timex=end, _coarse=False)
    if trip.get("_span") and not kept.get("_span") and not kept.get("_arrives") and trip.get("_rank") == 0:
        # 'will pay a state visit to Kazakhstan on October 22-25' over 'will fly to Almaty [on the 24th]'
        kept.update(start_timex=trip["start_timex"], end_timex=trip["end_timex"], single_day=False)
        kept["_span"] = True
    if trip.get("_arrives") and trip["start_timex"] is not None and not kept.get("_arrives"):
        if kept["end_timex"] == kept["start_timex"] and not kept.get("_span"):
            kept["end_timex"] = trip["end_timex"]  # 'to visit Iran since 2003': no day of this stay
        kept.update(start_timex=trip["start_timex"], _arrives=True)  # the arrival's day starts it
    if _arrival(kept) and _arrival(trip) and kept["start_timex"] != trip["start_timex"]:
        kept.setdefault("_arrivals", [kept["start_timex"]]).append(trip["start_timex"])
    if trip.get("single_day") and _same_day(kept, trip):
        kept["single_day"] = True  # 'flying to Gao' + 'In Bamako on Sunday ...': that one day
    for slot in ("start_timex", "end_timex", "duration_timex"):
        if kept.get(slot) is None:
            kept[slot] = trip.get(slot)
    if _ends_a_stay(kept, trip):
        kept["end_timex"] = trip["end_timex"]
    kept["arrival"] = kept.get("arrival") or trip.get("arrival")
    open_end = kept["end_timex"] in {None, kept["start_timex"]} and not kept.get("single_day")
    if trip.get("departure") and (open_end or kept["end_timex"] == trip["end_timex"]):
        kept["end_timex"], kept["departure"] = trip["end_timex"], True  # leaving ends the stay


def _ends_a_stay(kept: dict, trip: dict) -> bool:
    """'before leaving for Malaysia' (a start) + 'In Malaysia, where he will stay from June 18 to
    20': the stay's span ends the trip."""
    open_end = kept["end_timex"] in {None, kept["start_timex"]} and not kept.get("single_day")
    return bool(trip.get("_span")) and open_end and trip["end_timex"] not in {None, kept["end_timex"]}


def _same_day(kept: dict, trip: dict) -> bool:
    starts, ends = {None, trip["start_timex"]}, {None, trip["end_timex"]}
    return kept["start_timex"] in starts and kept["end_timex"] in ends


def _dated(trip: dict) -> bool:
    return trip.get("start_timex") is not None or trip.get("end_timex") is not None


# Seats of international organisations: their officials travel when they meet elsewhere.
SEATS = {
    "african union": "ET",
    "european": "BE",
    "nato": "BE",
    "north atlantic": "BE",
    "united nations": "US",
    "un secretary": "US",
    "world bank": "US",
    "monetary fund": "US",
    "imf": "US",
    "oecd": "FR",
    "asean": "ID",
}


def seat(person: Person) -> str | None:
    """The country of an international official's seat ('President of the World Bank Group': US)."""
    if not person.international:
        return None
    titles = " ".join(person.titles).lower()
    return next((code for words, code in SEATS.items() if words in titles), None)


def implied_trips(meetings: list[dict], trips: list[dict], people: dict[str, Person]) -> list[dict]:
    """A meeting in a named place implies a trip there for each participant foreign to it, unless
    posted there (an ambassador, an international organisation's official at its seat)."""
    out = []
    for meeting in meetings:
        # (nor a courtesy call: 'will call on King Abdullah' in Riyadh is a call at his home)
        courtesy = meeting.get("_virtual") or meeting.get("kind") in {"call", "courtesy call"}
        country = gazetteer().country(meeting["place"] or "") if not courtesy else None
        for name in meeting["participants"]:
            home = people[name].country or seat(people[name])
            known = any(t["traveler"] == name and t["destination_country"] == country for t in trips + out)
            if country and home and home != country and not known and not _posted(people[name], country):
                rule = "trip.implied_by_meeting_place"
                out.append(_visit_of(name, meeting["place"], country, meeting, rule))
    return out


RESIDENT_ENVOYS = {"ambassador", "chargé", "charge", "consul", "commissioner"}  # not a special envoy


def _posted(person: Person, country: str) -> bool:
    """Posted where they meet: 'Ambassador to Israel' in Israel; 'U.S. Ambassador John Bass', post
    unsaid, at a meeting abroad is at his post."""
    if person.posts:
        return country in person.posts
    words = {w.lower() for title in person.titles for w in title.split()}
    return bool(words & RESIDENT_ENVOYS) and not words & {"special", "at-large", "roving"}


def hosted_trips(meetings: list[dict], trips: list[dict], people: dict[str, Person]) -> list[dict]:
    """'Sobotka today hosted the Prime Minister of the Slovak Republic, Robert Fico, at Slavkov
    Castle': a foreign official hosted at home travels to the host's country, even when the
    venue is no place the gazetteer knows (undated: hosting dates the meeting, not the arrival). A
    visitor's return dinner for the head of the country he tells of visiting is no trip of the guest's."""
    out = []
    for meeting in meetings:
        host = people.get(meeting.get("host") or "")
        placed = meeting["place"] or meeting.get("_at_mission")  # ('at the New Zealand Legation': abroad)
        if host is None or not host.country or meeting.get("_virtual") or placed:
            continue
        home = host.country
        visiting = {t["destination_country"] for t in trips
                    if t["traveler"] == host.name and not t["rule"].startswith("trip.implied")}
        for guest in (people[n] for n in meeting["participants"] if n != host.name):
            known = any(t["traveler"] == guest.name and t["destination_country"] == home for t in trips)
            known = known or guest.country in visiting
            if guest.country not in {None, home} and not known and home not in guest.posts:
                out.append(_visit_of(guest.name, country_name(home), home, meeting, "trip.hosted"))
    return out


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name if country else code


def _visit_of(name: str, place: str | None, country: str, meeting: dict, rule: str) -> dict:
    return {
        "traveler": name,
        "destination": place,
        "destination_country": country,
        "purpose": None,
        "status": meeting["status"],
        "start_timex": None,
        "end_timex": None,
        "duration_timex": None,
        "arrival": False,
        "evidence": meeting["evidence"],
        "rule": rule,
    }


def date_one_day_trips(trips: list[dict], meetings: list[dict], timexes: list[dict]) -> None:
    """'meets Xi in Beijing on controversial one-day visit' + 'met Xi in Beijing on Friday': an
    undated one-day visit happens on the day of its traveler's dated meeting there."""
    for trip in trips:
        index = trip.get("duration_timex")
        if trip.get("start_timex") is not None or index is None:
            continue
        if not ONE_DAY.search(timexes[index]["text"].lower()):
            continue
        for meeting in meetings:
            country = gazetteer().country(meeting.get("place") or "")
            ours = trip["traveler"] in meeting["participants"] and country == trip["destination_country"]
            if ours and meeting["date_timex"] is not None:
                trip["start_timex"] = trip["end_timex"] = meeting["date_timex"]
                trip["single_day"] = True
                break
