"""The linguistic stage: officials, trips and meetings from a parsed Doc, before any date is known.

Output is plain JSON data; times are indices into the tagger's timex list (`envoy.temporal`), so the
publication date is applied later (`envoy.enrich.resolve`). Every trip and meeting names the `rule`
(construction) that produced it and its `evidence` (the sentence's character offsets).
The rules live in `envoy.officials`, `envoy.trips` and `envoy.meetings`; this module runs them in
order, because countries, trips and meetings inform one another.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from envoy.clauses import (
    ArticleReferences,
    called_off,
    called_off_places,
    dateline_place,
    delegations,
    triggers,
)
from envoy.lexicon import SOVEREIGN, Gazetteer, gazetteer
from envoy.meetings import (
    HOSTED_MEALS,
    add_companions,
    anaphoric_days,
    before_trip,
    carry_dates,
    date_from_own_words,
    find_meetings,
    guest_trips,
    link_trips,
    merge_meetings,
    programme_slots,
    restated_days,
)
from envoy.officials import (
    Person,
    find_people,
    home_country,
    official_json,
    settle_majority,
    share_title_countries,
)
from envoy.trips import (
    Crew,
    accompanied,
    accompany,
    companion_trip,
    country_name,
    date_one_day_trips,
    delegation_members,
    earliest_arrivals,
    end_late_returns,
    find_trips,
    here_by_meetings,
    hosted_trips,
    implied_trips,
    joiners,
    merge_trips,
    place_span,
)

__all__ = ["Gazetteer", "extract_facts", "gazetteer"]


def extract_facts(doc: Doc, timexes: list[dict], body_start: int = 0, days: list | None = None) -> dict:
    """Officials, trips and meetings of a parsed article (JSON-serialisable, no dates resolved);
    `days`, the first and last day of each timex where the publication date is known, orders what
    happened when."""
    people = find_people(doc, body_start)
    by_name = {p.name: p for p in people}
    refs = ArticleReferences(people)
    found = triggers(doc, body_start)
    crews = delegations(doc, refs)
    off = called_off(doc)
    clauses = [_mark_off(t, off) for t in find_trips(doc, found, refs, timexes, crews)]
    clauses += _legs_called_off(clauses, called_off_places(doc))
    _to_our_country(doc, clauses, by_name)
    meetings = [m for m in find_meetings(doc, found, refs, timexes, crews) if not _is_off(m, off)]
    joined = add_companions(doc, meetings, refs, crews)
    crews_by_lead = accompanied(doc, refs)
    _placed_by_host(meetings, clauses, by_name)
    anaphoric_days(meetings, clauses, timexes, days)
    restated_days(doc, meetings)
    programme_slots(doc, meetings, timexes, clauses)
    carry_dates(meetings, clauses, timexes, crews_by_lead)
    date_from_own_words(doc, meetings, timexes, refs)
    here_by_meetings(clauses, meetings, timexes)
    _arrived_here(clauses, people)
    sessions = [m for m in meetings if m.get("_session") or _placed_alone(m)]  # a place, no meeting
    meetings = [m for m in meetings if not m.get("_anchor")]
    trips = merge_trips(clauses + accompany(clauses, by_name) + guest_trips(meetings, by_name))
    trips = merge_trips(trips + _joined_trips(trips, joined, by_name))
    trips = merge_trips(trips + _companions(trips, crews_by_lead, by_name, clauses))
    companions = joiners(doc, refs) + delegation_members(doc, refs)
    trips = merge_trips(trips + _joiners(trips, companions, by_name))
    earliest_arrivals(trips, days)
    link_trips(meetings + sessions, trips, clauses, timexes, days)
    date_one_day_trips(trips, meetings, timexes)
    meetings = merge_meetings(meetings)
    _settle_countries(people, meetings, trips, crews, crews_by_lead, companions, days)
    meetings = [m for m in meetings if not _guest_at_home(m, by_name)]
    _placed_by_dateline(doc, meetings, trips, by_name)
    trips = merge_trips(trips + implied_trips(meetings + sessions, trips, by_name))
    trips = merge_trips(trips + hosted_trips(meetings, trips, by_name))
    end_late_returns(clauses, trips)
    _namesake_towns(doc, trips)
    trips = [t for t in trips if not _at_home(by_name[t["traveler"]], t["destination_country"])]
    return {
        "officials": [official_json(p) for p in people if p.official],
        "trips": [_public(t) for t in trips],
        "meetings": [{**_public(m), "participants": list(dict.fromkeys(m["participants"]))}
                     for m in meetings],
    }


def _to_our_country(doc: Doc, trips: list[dict], people: dict[str, Person]) -> None:
    """'met in Kyiv with the leaders who arrived in our country': where the clause above the
    arrival is placed, else the country the article speaks for."""
    gaz = gazetteer()
    for trip in (t for t in trips if t.get("_ours")):
        above = list(doc[trip["_tok"]].ancestors)
        preps = [c for verb in above for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
        named = {gaz.country(place_span(o).text) for p in preps for o in p.children if o.dep_ == "pobj"}
        home = next(iter(named - {None}), None) or home_country(list(people.values()))
        trip.update(destination=country_name(home) if home else None, destination_country=home)


def _arrived_here(trips: list[dict], people: list[Person]) -> None:
    """'Ecuadorean President Rafael Correa arrived Monday morning', no place told, no dateline and no
    meeting placed: in the country the article speaks from."""
    placeless = [t for t in trips if t.get("_here") and t["destination"] is None and "_home" not in t]
    home = home_country(people) if placeless else None
    by_name = {p.name: p for p in people}
    for trip in placeless:
        if home and by_name[trip["traveler"]].country not in {None, home}:
            trip.update(destination=country_name(home), destination_country=home)
            trip["rule"] += ".home"


def _namesake_towns(doc: Doc, trips: list[dict]) -> None:
    """'Morrison flew to Queenstown' in an article that names New Zealand: that Queenstown, not
    the more populous South African one."""
    gaz = gazetteer()
    named = {gaz.listed_place(ent.text) for ent in doc.ents if ent.label_ in {"GPE", "NORP"}} - {None}
    for trip in (t for t in trips if t["destination"] and not gaz.is_country(t["destination"])):
        town_country = gaz.namesake_in(trip["destination"], named)
        trip["destination_country"] = town_country or trip["destination_country"]


def _at_home(person: Person, country: str) -> bool:
    """In their own country (or a territory of it), or in the country of their post (an ambassador
    received there)."""
    territory = person.country is not None and SOVEREIGN.get(country) == person.country
    return country == person.country or territory or country in person.posts


def _placed_by_dateline(doc: Doc, meetings: list[dict], trips: list[dict], people: dict[str, Person]) -> None:
    """'TEHRAN (Yonhap) -- ... Foreign Minister Yun held separate talks with his Iranian counterpart
    Zarif on Sunday': an encounter placed nowhere else, with an official of the dateline's country
    and no participant travelling elsewhere, is at the place the report is filed from."""
    place = dateline_place(doc)
    country = gazetteer().country(place) if place else None
    away = {t["traveler"] for t in trips if t["destination_country"] != country}
    for meeting in meetings:
        if not country or meeting["place"] or meeting.get("_virtual") or meeting.get("_venue_unknown"):
            continue
        if meeting["status"] == "planned":
            continue  # the dateline is where the story is filed, not where the next meeting will be
        if away & set(meeting["participants"]):
            continue  # 'TOKYO - Koizumi will fly to Pyongyang ... hold talks with Kim'
        if any(people[n].country == country for n in meeting["participants"]):
            meeting["place"] = place
            meeting["rule"] += ".dateline_place"


MARKED = {"marked", "known", "implicit"}  # a country the article or the gazetteer gives, not a guess


def _placed_by_host(meetings: list[dict], trips: list[dict], people: dict[str, Person]) -> None:
    """'Mr Hayden is also expected to be received by President Suharto during his stay', told after
    a tour of three countries: an encounter placed nowhere, with an official of one country the
    traveller goes to, is at that stop."""
    for meeting in (m for m in meetings if not m["_places"] and not m.get("_virtual")):
        told = [t for t in trips if t["_sent"] == meeting["_sent"] and t["destination"]]
        if any(not t["rule"].endswith(".here") for t in told):
            continue  # 'During a working visit to Brussels, X met Y': that stop's ('during his stay': none)
        for name in meeting["participants"]:
            home = people[name].country
            others = set(meeting["participants"]) - {name}
            visitors = [t for t in trips if t["traveler"] in others]
            if home and any(t["destination_country"] == home for t in visitors):
                continue  # ('Ruto hosts Haiti's Prime Minister Henry', who is visiting Kenya: at home)
            mine = [t for t in trips if t["traveler"] == name and not t.get("cancelled")]
            stops = {(t["destination"], t["destination_country"]) for t in mine}
            stops = {s for s in stops if s[1] and not _at_home(people[name], s[1])}
            hosts = {people[n].country for n in meeting["participants"] if people[n].country_source in MARKED}
            at = {s for s in stops if s[1] in hosts - {people[name].country}}
            if len(stops) > 1 and len({s[1] for s in at}) == 1:
                named = [s[0] for s in at if s[0] and gazetteer().is_place(s[0])]  # not 'Indonesian'
                named.sort(key=lambda p: (gazetteer().is_country(p), p))  # a city first
                meeting["_places"] = named[:1] or [next(iter(at))[1]]
                meeting["rule"] += ".host_place"
                break


def _placed_alone(meeting: dict) -> bool:
    """'following his meetings in Brussels with our NATO Allies': no one named met, but he was there."""
    alone = meeting.get("_anchor") and meeting["_owned"] and len(meeting["participants"]) == 1
    return bool(alone and meeting["_places"])


def _settle_countries(
    people: list[Person], meetings: list[dict], trips: list[dict], crews: dict, crews_by_lead: list[Crew],
    companions: list[tuple], days: list | None,
) -> None:
    for country, crew in crews.items():  # members of 'the Ukrainian delegation' serve Ukraine
        for person in crew:
            person.settle(country or None)
    by_name = {p.name: p for p in people}
    # 'Dung, who is accompanied by Foreign Minister Pham Binh Minh'; 'X ... will join the Prime Minister on
    # his arrival in Ottawa'
    # (not a host's minister escorting 'the two Ministers' of two countries)
    followers = [(crew.lead, name) for crew in crews_by_lead if not crew.group for name in crew.names]
    for lead_name, name in followers + [(lead, name) for lead, name, _ in companions]:
        lead = by_name.get(lead_name)
        if lead and lead.country_source in MARKED and name in by_name:
            by_name[name].settle(lead.country)
    share_title_countries(people)
    _guests_together(meetings, by_name)
    _hosts_at_home(people, meetings, trips, days)
    share_title_countries(people)
    settle_majority(people)


HONOURING = re.compile(r"\bin hono(u)?r of\b", re.IGNORECASE)


def _honoured(meeting: dict, text: str) -> set[str]:
    """'a dinner in honour of President Lleras Restrepo and Minister Zea Hernández': its guests, one
    party (not 'a working dinner for the two ministers', of two sides)."""
    told = " ".join(text[e["start"] : e["end"]] for e in meeting["evidence"])
    if not set(meeting["kind"].split()) & HOSTED_MEALS or not HONOURING.search(told):
        return set()
    return set(meeting.get("_guests", ())) - {meeting["participants"][0]}


def _guests_together(meetings: list[dict], people: dict[str, Person]) -> None:
    """Guests honoured together are of one party."""
    text = next(iter(people.values())).mentions[0].doc.text if people else ""
    for meeting in meetings:
        guests = [people[n] for n in _honoured(meeting, text) if n in people]
        countries = {p.country for p in guests if p.country}
        for guest in guests if len(countries) == 1 else []:
            guest.settle(next(iter(countries)))


def _hosts_at_home(people: list[Person], meetings: list[dict], trips: list[dict], days: list | None) -> None:
    """Officials who receive a foreign visitor in a country serve that country (not one a visitor
    reports to: his own head of government; not the visitor's fellow guests; a host who travels
    there only after the meeting, 'will fly to Baguio on Saturday', is still at home)."""
    by_name = {p.name: p for p in people}
    text = people[0].mentions[0].doc.text if people else ""
    for meeting in (m for m in meetings if m["kind"] != "report"):
        country = gazetteer().country(meeting["place"] or "")
        travelers = {t["traveler"] for t in trips if t["destination_country"] == country
                     and not before_trip(t, meeting, days)}
        later = {t["traveler"] for t in trips if t["destination_country"] == country} - travelers
        if country and travelers & set(meeting["participants"]):
            guests = _honoured(meeting, text)
            fellows = guests if guests & travelers else set()
            for name in set(meeting["participants"]) - travelers - fellows:
                # (that later journey is domestic: it does not contradict the country)
                by_name[name].settle(country, "hosted" if name in later else "inferred")


def _guest_at_home(meeting: dict, people: dict[str, Person]) -> bool:
    """'is the guest of the British Ambassador, Lord Halifax': staying with one's own envoy is no
    encounter of two governments."""
    countries = {people[n].country for n in meeting["participants"] if n in people}
    return meeting["kind"] == "guest" and len(countries) == 1 and None not in countries


def _joined_trips(trips: list[dict], joined: dict[str, tuple], people: dict[str, Person]) -> list[dict]:
    out = [
        companion_trip(t, name, people, t["evidence"])
        for t in trips
        for names, stops in [joined.get(t["traveler"], ([], None))]
        if stops is None or t["destination_country"] in stops
        for name in names
    ]
    return [t for t in out if t is not None]


def _companions(
    trips: list[dict], crews: list[Crew], people: dict[str, Person], clauses: list[dict]
) -> list[dict]:
    """Who travels with a lead goes on the lead's days (until a return home of their own: 'Mr. Lyng
    will return to Oslo tomorrow night'); who is with the lead only at an encounter ('X, accompanied
    by Y, met Z') goes there too, undated."""
    home = {c["traveler"]: c["start_timex"] for c in clauses if c["rule"] == "trip.verb.return"
            and c["destination"] is None and c.get("start_timex") is not None}
    told = {(t["traveler"], t["status"]) for t in trips}
    legs = Counter(t["traveler"] for t in trips)
    out = []
    for trip in trips:
        for crew in (c for c in crews if c.lead == trip["traveler"]):
            # (a crew told in another tense than the lead's trips goes on the one, or the one told
            # before it: 'arrives tomorrow', 'leaves for Tokyo on Sunday' are present tense, 'will
            # accompany Singh' future)
            before = [t for t in trips if t["traveler"] == crew.lead and t["_tok"] < crew.at]
            other_tense = ((crew.lead, crew.status) not in told and legs[crew.lead] == 1) or before == [trip]
            if crew.stops is not None and trip["destination_country"] not in crew.stops:
                continue
            if trip.get("_before") and crew.status != "any":
                continue  # 'arrived after visiting Peru. He is accompanied by X': not on that leg
            # ('The Burmese party will leave for Karachi': the lead with his companions)
            if crew.status in {trip["status"], "any"} or other_tense or trip.get("_party"):
                rule = "trip.companion" if crew.stops is None else "trip.companion.stops"
                out += [_until_home(companion_trip(trip, name, people, trip["evidence"], dated=not crew.met,
                                                   rule=rule), home.get(name)) for name in crew.names]
    return [t for t in out if t is not None]


def _until_home(trip: dict | None, back: int | None) -> dict | None:
    start = trip.get("start_timex") if trip is not None else None
    if start is not None and back is not None and back > start:
        return {**trip, "end_timex": back, "departure": True}
    return trip


def _joiners(trips: list[dict], joins: list[tuple], people: dict[str, Person]) -> list[dict]:
    """Companions go where their lead goes; 'the delegation' with no lead named is that of the
    article's principal traveler (the one with the most trips)."""
    travelers = Counter(t["traveler"] for t in trips)
    principal = travelers.most_common(1)[0][0] if travelers else None
    out = [
        companion_trip(t, name, people, t["evidence"], dated=True)
        for lead, name, country in joins
        for t in trips
        if t["traveler"] == (lead or principal) and country in {None, t["destination_country"]}
    ]
    return [t for t in out if t is not None]


def _is_off(record: dict, off: set[int]) -> bool:
    return record["evidence"][0]["start"] in off


def _legs_called_off(trips: list[dict], places: dict[int, list[str]]) -> list[dict]:
    """'X will be in Colombo ..., but the Dhaka leg of his tour has been postponed': the travelers of
    the sentence do not go to Dhaka."""
    gaz = gazetteer()
    return [
        {**trip, "destination": place, "destination_country": gaz.country(place), "cancelled": True}
        for trip in trips
        for place in places.get(trip["evidence"][0]["start"], [])
    ]


def _mark_off(trip: dict, off: set[int]) -> dict:
    """A leg called off in the next sentence ('That leg of the visit has been postponed') is none."""
    return {**trip, "cancelled": True} if _is_off(trip, off) else trip


def _public(record: dict) -> dict:
    return {k: v for k, v in record.items() if not k.startswith("_")}
