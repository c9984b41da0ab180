"""Enrichment of one article, in two stages the DAG runs as separate tasks:

- `analyze(text)`: spaCy once; timexes (`envoy.temporal`) and facts (`envoy.extraction`), JSON only;
- `resolve(analysis, published)`: pure; timex values (`envoy.dates`) and the day-precise dates of
  trips and meetings, giving the `envoy extract` contract (shared/contract/extract-json.md).
"""

from __future__ import annotations

from datetime import date, timedelta


def analyze(text: str, body_start: int = 0, published: date | None = None) -> dict:
    """Timexes and facts of an article; the header before body_start is blanked, offsets kept.
    Given the publication date, the facts may order the days told (which meeting falls within which
    trip); the timexes are still returned unresolved, for `resolve`."""
    from envoy.dates import normalize_timexes
    from envoy.extraction import extract_facts
    from envoy.nlp import load_nlp, prepare_text
    from envoy.temporal import find_timexes

    doc = load_nlp()(prepare_text(" " * body_start + text[body_start:]))
    timexes = find_timexes(doc, body_start)
    resolved = normalize_timexes(timexes, published) if published else None
    days = [(t["first_day"], t["last_day"]) for t in resolved] if resolved is not None else None
    return {"timexes": timexes, "facts": extract_facts(doc, timexes, body_start, days)}


def resolve(analysis: dict, published: date) -> dict:
    """The contract's output: timex values, then trip and meeting dates against `published`."""
    from envoy.dates import normalize_timexes

    timexes = normalize_timexes(analysis["timexes"], published)
    facts = analysis["facts"]
    trips = [_resolve_trip(trip, timexes, published) for trip in facts["trips"]]
    trips = _end_at_next_leg(_tour_lengths(trips, timexes))
    meetings = _merge_same_day([_resolve_meeting(m, timexes, trips, published) for m in facts["meetings"]])
    officials, trips = _states_of_the_day(facts["officials"], trips, published.isoformat())
    return {
        "published": published.isoformat(),
        "timexes": timexes,
        "officials": officials,
        "trips": trips,
        "meetings": meetings,
    }


def _states_of_the_day(officials: list[dict], trips: list[dict], day: str) -> tuple[list[dict], list[dict]]:
    """Countries as they were on the publication day: a Russian minister of 1989 is Soviet, and his
    journey from Tbilisi to Moscow then no trip abroad."""
    from envoy.lexicon import country_on

    officials = [{**o, "country": country_on(o["country"], day)} for o in officials]
    home = {o["name"]: o["country"] for o in officials}
    trips = [t for t in trips if country_on(t["destination_country"], day) != home.get(t["traveler"])]
    return officials, _one_per_state(trips, day)


def _one_per_state(trips: list[dict], day: str) -> list[dict]:
    """Stops in Belgrade, Ljubljana and Rijeka in 1954 are one trip to Yugoslavia: the first told, its
    days widened to the others' (two visits to one of today's countries stay two)."""
    from envoy.lexicon import country_on

    out: list[tuple[str, dict]] = []  # (today's country, trip)
    for trip in trips:
        part, state = trip["destination_country"], country_on(trip["destination_country"], day)
        same = (i for i, (p, t) in enumerate(out) if t["traveler"] == trip["traveler"]
                and t["destination_country"] == state and p != part)
        i = next(same, None)
        if i is None:
            out.append((part, {**trip, "destination_country": state}))
            continue
        first = out[i][1]
        starts = [d for d in (first["start"], trip["start"]) if d]
        ends = [d for d in (first["end"], trip["end"]) if d]
        out[i] = (out[i][0], {**first, "start": min(starts, default=None), "end": max(ends, default=None),
                              "evidence": first["evidence"] + trip["evidence"]})
    return [trip for _, trip in out]


def extract_article(text: str, published: date, body_start: int = 0) -> dict:
    return resolve(analyze(text, body_start, published), published)


def article_timexes(text: str, published: date, body_start: int = 0) -> list[dict]:
    from envoy.dates import normalize_timexes
    from envoy.nlp import load_nlp, prepare_text
    from envoy.temporal import find_timexes

    doc = load_nlp()(prepare_text(" " * body_start + text[body_start:]))
    return normalize_timexes(find_timexes(doc, body_start), published)


def _timex(timexes: list[dict], index: int | None) -> dict:
    return timexes[index] if index is not None else {}


def _days(timex: dict) -> tuple[str | None, str | None]:
    """First and last day of a timex that names one day or a span of days ('May 24-27');
    (None, None) for coarser ones ('in January', 'this week')."""
    first, last = timex.get("first_day"), timex.get("last_day")
    if not first or not last:
        return None, None
    if first == last or timex.get("granularity") in {"day", "days", "range"}:
        return first, last
    return None, None


def _period(timex: dict) -> dict | None:
    """Calendar bounds of a timex coarser than days ('in January' -> the month's first and last day),
    kept beside the day-precise fields, which stay null."""
    if _days(timex)[0] or not (timex.get("first_day") and timex.get("last_day")):
        return None
    return {"first": timex["first_day"], "last": timex["last_day"], "granularity": timex.get("granularity")}


def _resolve_trip(trip: dict, timexes: list[dict], published: date) -> dict:
    start = _days(_timex(timexes, trip["start_timex"]))[0]
    if start is None and trip.get("arrival") and trip["status"] == "held":
        start = published.isoformat()  # "arrived in New Delhi" in a release of that day
    late = start and start > published.isoformat() and _weekday(_timex(timexes, trip["start_timex"]))
    if late and trip.get("since"):
        start = (date.fromisoformat(start) - timedelta(days=7)).isoformat()  # 'since Monday' is past
    end_first, end_last = _days(_timex(timexes, trip["end_timex"]))
    end = end_last if end_first != end_last or trip.get("single_day") or trip.get("departure") else None
    if start and end and start > end and trip.get("departure") and not late:
        end = None  # a departure told before the arrival ('In Bamako on Sunday ... before flying to Gao')
    if start and end and start > end and _weekday(_timex(timexes, trip["start_timex"])):
        earlier = date.fromisoformat(start) - timedelta(days=7)  # 'from Sunday to Thursday': Sunday before
        start = earlier.isoformat() if earlier.isoformat() <= end else start
    days = _timex(timexes, trip["duration_timex"]).get("duration_days")
    if end == start and days and int(days) > 1 and not trip.get("departure"):
        end = None  # 'landed on Saturday ... a five-day visit': the length beats a one-day reading
    if end is None and start and days:
        end = (date.fromisoformat(start) + timedelta(days=int(days) - 1)).isoformat()
    elif start is None and end and days and trip.get("departure"):  # 'left on Sunday after a three-day stay'
        start = (date.fromisoformat(end) - timedelta(days=int(days) - 1)).isoformat()
    period = None if start else _period(_timex(timexes, trip["start_timex"]))
    status = trip["status"]
    # ('The tour ends in Paramaribo on May 24', '... before going on to Georgetown')
    after = _days(_timex(timexes, trip.get("after_timex")))[0]
    first = start or (end if trip.get("departure") else None) or after
    if status == "held" and first and first > published.isoformat() and not trip.get("since"):
        status = "planned"  # 'leaves for Tirana on Friday', told on Thursday: not done yet
    return {**trip, "start": start, "end": end, "period": period, "status": status}


def _tour_lengths(trips: list[dict], timexes: list[dict]) -> list[dict]:
    """'arrived in Bangkok on Sunday, kicking off a six-day tour of Thailand, Myanmar and Laos': a
    stay's length that spans the traveller's later stops is the tour's. The stay ends where the
    next stop begins (`_end_at_next_leg`), and the tour's last stop ends on the tour's last day."""
    for stay in (t for t in trips if t["start"] and t["duration_timex"] is not None):
        days = int(_timex(timexes, stay["duration_timex"]).get("duration_days") or 0)
        first = date.fromisoformat(stay["start"])
        last = (first + timedelta(days=days - 1)).isoformat()
        legs = [t for t in trips if t["traveler"] == stay["traveler"] and t is not stay]
        # (not a stop begun on the stay's last day: 'a four-day visit to India ... leaves for Jakarta')
        inside = [t for t in legs if t["start"] and stay["start"] < t["start"] < last]
        if days < 2 or not inside or stay["end"] != last:
            continue
        stay["end"] = None
        # the stop told last among those after it: dated within the tour, or not dated at all
        undated = [t for t in legs if not t["start"] and not t["period"] and _told_after(t, stay)]
        later = inside + undated
        final = max(later, key=lambda t: t["evidence"][0]["start"])
        final["end"] = final["end"] or last
    return trips


def _told_after(a: dict, b: dict) -> bool:
    return a["evidence"][0]["start"] > b["evidence"][0]["start"]


TOUR_DAYS = 14  # legs further apart are other journeys ('visited Japan in 2012')


def _end_at_next_leg(trips: list[dict]) -> list[dict]:
    """A tour: a stay with no end of its own ends the day the traveller's next stop (in another
    country, within two weeks) begins ('arrived in Caracas on Wednesday ... will fly to Havana on
    Thursday')."""
    for trip in (t for t in trips if t["start"] and not t["end"]):
        later = _later_legs(trip, trips, _moves_on)
        if later:
            trip["end"] = min(later)
    for trip in (t for t in trips if t["start"] and t["end"]):
        # ('leave on 30 March for Washington ... due back on 8 April', told of the first leg, when
        # the next leg starts on 5 April: the first leg ends then)
        later = _later_legs(trip, trips, _within)
        if later:
            trip["end"] = min(later)
    leads = [t for t in trips if not t["rule"].startswith("trip.companion") and t["end"]]
    companions = (t for t in trips if t["rule"].startswith("trip.companion"))
    for trip in (t for t in companions if t["start"] and not t["end"]):
        ends = {t["end"] for t in leads if _same_stay(t, trip) and not _left_behind(trip, t, trips)}
        trip["end"] = ends.pop() if len(ends) == 1 else None  # the lead's day of moving on
    return trips


def _left_behind(companion: dict, lead: dict, trips: list[dict]) -> bool:
    """'will accompany the Secretary to Tokyo, Seoul, and Beijing' (not on to Moscow): the lead's
    day of moving on from Beijing is not the companion's day of leaving it."""
    onward = {
        t["destination_country"] for t in trips
        if t["traveler"] == lead["traveler"] and t["start"] == lead["end"] and t is not lead
    }
    theirs = {t["destination_country"] for t in trips if t["traveler"] == companion["traveler"]}
    return companion["rule"] == "trip.companion.stops" and bool(onward) and not onward & theirs


def _same_stay(a: dict, b: dict) -> bool:
    return a["destination_country"] == b["destination_country"] and a["start"] == b["start"]


def _later_legs(trip: dict, trips: list[dict], follows) -> list[str]:
    """Start days of the traveller's dated stops in other countries that `follows` the trip."""
    return [
        t["start"]
        for t in trips
        if t["traveler"] == trip["traveler"]
        and t["destination_country"] != trip["destination_country"]
        and t["start"]
        and follows(trip, t)
    ]


def _within(stay: dict, leg: dict) -> bool:
    """The leg begins and ends inside the stay's days."""
    return stay["start"] < leg["start"] < stay["end"] and bool(leg["end"]) and leg["end"] <= stay["end"]


def _moves_on(stay: dict, leg: dict) -> bool:
    """The leg begins within two weeks after the stay, or on its day but told after it ('On March 9
    ... travel to Djibouti. Later that day he will continue to Nairobi')."""
    days = (date.fromisoformat(leg["start"]) - date.fromisoformat(stay["start"])).days
    told_after = _told_after(leg, stay)
    day_trip = leg["end"] == leg["start"]  # ('arrived last night ... On Tuesday he visited Kyrgyzstan')
    return 0 < days <= TOUR_DAYS or (days == 0 and told_after and not day_trip)


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _weekday(timex: dict) -> bool:
    return timex.get("text", "").lower() in WEEKDAYS


def _resolve_meeting(
    meeting: dict, timexes: list[dict], trips: list[dict], published: date
) -> dict:
    timex = _timex(timexes, meeting["date_timex"])
    first, last = _days(timex)
    day = first if first == last else None
    date_range = None
    during = meeting.get("during_trip")
    trip = next((t for t in trips if [t["traveler"], t["destination_country"]] == during), None)
    if day is None and trip is not None and trip["start"] and trip["end"]:
        if trip["start"] == trip["end"]:
            day = trip["start"]  # 'during his one-day visit to London': that day
        else:
            date_range = [trip["start"], trip["end"]]
    status = meeting["status"]
    if status == "held" and day and day > published.isoformat():
        status = "planned"  # a day after publication cannot have happened yet
    return {
        **meeting,
        "date": day,
        "date_range": date_range,
        "part_of_day": timex.get("part_of_day") if day else None,
        "period": None if day else _period(timex),
        "status": status,
    }


def _merge_same_day(meetings: list[dict]) -> list[dict]:
    """Two mentions of one encounter dated by different expressions of the same day ('On November
    19, ... will hold talks' in the headline, 'On November 19, talks ... will take place') are one."""
    kept: list[dict] = []
    for meeting in meetings:
        same = next((k for k in kept if _same_meeting(k, meeting)), None)
        if same is None:
            kept.append(meeting)
            continue
        for slot in ("host", "place", "date", "date_range", "part_of_day", "period"):
            same[slot] = same[slot] if same.get(slot) is not None else meeting.get(slot)
        same["evidence"] = same["evidence"] + [e for e in meeting["evidence"] if e not in same["evidence"]]
    return kept


def _same_meeting(a: dict, b: dict) -> bool:
    from envoy.meetings import apart, encounter_type

    return (
        set(a["participants"]) == set(b["participants"])
        and not apart(a, b)
        and a["status"] == b["status"]
        and a.get("named_session") == b.get("named_session")
        and encounter_type(a) == encounter_type(b)
        and (a["date"] is None or b["date"] is None or a["date"] == b["date"])
    )
