"""Load one article's extraction into the warehouse: validate, then upsert.

Every fact is matched to what is stored by the identity rules of envoy.identity (officials by
name and country, trips by traveler, destination country and days, meetings by participants and
days), so loading the same extraction twice leaves the same rows and a second report of a known
event adds evidence, not a row. Evidence the article no longer supports is removed, and facts left
with no evidence at all go with it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date

from psycopg2.extras import execute_values

from envoy.identity import Report, fuller_name, name_key, name_words, same_event, same_person

log = logging.getLogger(__name__)

STATUSES = {"held", "planned"}
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
# One load at a time: orphan clean-up must not race another load adding evidence.
LOAD_LOCK = 0x656E766F79  # "envoy"


@dataclass
class LoadResult:
    officials: int = 0
    trips: int = 0
    meetings: int = 0
    timexes: int = 0
    evidence: int = 0
    dropped: list[str] = field(default_factory=list)  # facts that failed validation, with why


def load_article(cur, article_id: int, body: str, resolved: dict, run_id: int, version: str) -> LoadResult:
    """Upsert everything `resolved` (the `envoy extract` JSON of the article) states."""
    cur.execute("SELECT pg_advisory_xact_lock(%s)", (LOAD_LOCK,))
    result = LoadResult()
    evidence = EvidenceRows(article_id, body, run_id, version)
    published = date.fromisoformat(resolved["published"])
    official_ids = _load_officials(cur, resolved.get("officials", []), evidence, result)
    _load_trips(cur, resolved.get("trips", []), official_ids, evidence, result, published)
    _load_meetings(cur, resolved.get("meetings", []), official_ids, evidence, result, published)
    result.timexes = _load_timexes(cur, article_id, body, resolved.get("timexes", []), result)
    result.evidence = evidence.replace(cur)
    _delete_orphans(cur)
    for reason in result.dropped:
        log.warning("article %s: dropped %s", article_id, reason)
    return result


def _inside(span: dict, body: str) -> bool:
    """A non-empty character span within the article."""
    start, end = span.get("start"), span.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body)


class EvidenceRows:
    """The evidence an article gives, collected while its facts are upserted."""

    def __init__(self, article_id: int, body: str, run_id: int, version: str):
        self.article_id, self.body, self.run_id, self.version = article_id, body, run_id, version
        self.rows: dict[tuple, tuple] = {}

    def valid_span(self, span: dict) -> bool:
        return _inside(span, self.body)

    def missing(self, fact: dict) -> str | None:
        """Why a fact cannot be loaded for lack of provenance, if it can't."""
        if not any(self.valid_span(s) for s in fact.get("evidence") or []):
            return f"no evidence span inside the article: {fact.get('evidence')!r}"
        return None

    def add(self, spans: list[dict], rule: str | None, *, official=None, trip=None, meeting=None) -> None:
        for span in spans:
            if not self.valid_span(span):
                continue
            key = (official, trip, meeting, span["start"], span["end"])
            quote = self.body[span["start"] : span["end"]]
            self.rows[key] = (self.article_id, *key, quote, rule, self.version, self.run_id)

    def replace(self, cur) -> int:
        """Upsert this article's evidence and delete what it no longer supports."""
        ids = []
        if self.rows:
            ids = [row[0] for row in execute_values(cur, """
                INSERT INTO evidence (article_id, official_id, trip_id, meeting_id, start_char,
                                      end_char, quote, rule, extractor_version, first_run_id)
                VALUES %s
                ON CONFLICT (article_id, official_id, trip_id, meeting_id, start_char, end_char)
                DO UPDATE SET quote = EXCLUDED.quote, rule = EXCLUDED.rule,
                              extractor_version = EXCLUDED.extractor_version
                RETURNING id""", list(self.rows.values()), fetch=True)]
        cur.execute("DELETE FROM evidence WHERE article_id = %s AND NOT id = ANY(%s)",
                    (self.article_id, ids))
        return len(ids)


def _load_officials(cur, officials: list[dict], evidence: EvidenceRows, result: LoadResult) -> dict:
    """Upsert officials with aliases and titles; returns name -> id for every name they go by."""
    ids: dict[str, int] = {}
    for official in officials:
        name = (official.get("name") or "").strip()
        country = official.get("country")
        if not name_key(name):
            result.dropped.append(f"official without a name: {official!r}")
            continue
        if country is not None and not re.fullmatch(r"[A-Z]{2}", str(country)):
            result.dropped.append(f"official {name!r}: country {country!r} is not ISO alpha-2")
            continue
        official_id, canonical = _upsert_official(cur, name, country)
        aliases = {a for a in [name, *(official.get("aliases") or [])] if a and a != canonical}
        _insert_pairs(cur, "official_aliases", "alias", official_id, aliases)
        _insert_pairs(cur, "official_titles", "title", official_id, set(official.get("titles") or []))
        for alias in (name, *aliases):
            ids[alias] = official_id
        evidence.add(official.get("mentions") or [], "official_mention", official=official_id)
        result.officials += 1
    return ids


def _upsert_official(cur, name: str, country: str | None) -> tuple[int, str]:
    """The official this name denotes (identity rules in envoy.identity), created if new; the
    fuller name and a known country win. Returns (id, canonical name)."""
    longest_word = max(name_words(name) or [name_key(name)], key=len)
    cur.execute("""
        SELECT o.id, o.name, o.country, array_remove(array_agg(a.alias), NULL)
        FROM officials o LEFT JOIN official_aliases a ON a.official_id = o.id
        WHERE (o.country = %(country)s OR o.country IS NULL OR %(country)s IS NULL)
          AND o.name_key LIKE %(word)s
        GROUP BY o.id ORDER BY o.id""", {"country": country, "word": f"%{longest_word}%"})
    candidates = cur.fetchall()
    exact = [c for c in candidates if name_key(c[1]) == name_key(name) and c[2] == country]
    same = exact or [c for c in candidates
                     if any(same_person(n, c[2], name, country) for n in [c[1], *c[3]])]
    if len(same) > 1 and not exact:
        log.info("official %r matches %d officials: kept apart", name, len(same))
    if len(same) != 1:
        cur.execute("""
            INSERT INTO officials (name, name_key, country) VALUES (%s, %s, %s)
            ON CONFLICT (name_key, country) DO UPDATE SET name = officials.name
            RETURNING id, name""", (name, name_key(name), country))
        return cur.fetchone()
    official_id, old_name, old_country, _ = same[0]
    new_name, new_country = fuller_name(old_name, name), old_country or country
    if (new_name, new_country) != (old_name, old_country) and not _key_taken(
            cur, "officials", "name_key = %s AND country IS NOT DISTINCT FROM %s",
            (name_key(new_name), new_country), official_id):
        cur.execute("UPDATE officials SET name = %s, name_key = %s, country = %s WHERE id = %s",
                    (new_name, name_key(new_name), new_country, official_id))
        _insert_pairs(cur, "official_aliases", "alias", official_id, {old_name} - {new_name})
        return official_id, new_name
    return official_id, old_name


def _key_taken(cur, table: str, condition: str, params: tuple, own_id: int) -> bool:
    """Would changing row own_id to this natural key collide with another row?"""
    cur.execute(f"SELECT 1 FROM {table} WHERE {condition} AND id <> %s", (*params, own_id))
    return cur.fetchone() is not None


def _insert_pairs(cur, table: str, column: str, official_id: int, values: set[str]) -> None:
    if values:
        execute_values(
            cur,
            f"INSERT INTO {table} (official_id, {column}) VALUES %s ON CONFLICT DO NOTHING",
            [(official_id, v) for v in sorted(values)],
        )


def _reports(cur, query: str, params: tuple) -> list[tuple[int, Report]]:
    """Existing events as (id, Report): query yields id, first day, last day, and the
    publication dates of the articles that report it."""
    cur.execute(query, params)
    return [(row[0], Report(*row[1:])) for row in cur.fetchall()]


def _same_event(incoming: Report, existing: list[tuple[int, Report]], claimed: set[int]) -> int | None:
    """The existing event the report describes: the same days first, else a compatible one.
    Events already `claimed` by another report of this article are out: within one article,
    extraction has told distinct events apart."""
    existing = [(event_id, report) for event_id, report in existing if event_id not in claimed]
    for event_id, report in existing:
        if report.days() == incoming.days() and incoming.dated:
            return event_id
    return next((event_id for event_id, report in existing if same_event(report, incoming)), None)


def _load_trips(cur, trips, official_ids, evidence, result, published: date) -> None:
    claimed: set[int] = set()  # see _same_event
    for trip in trips:
        problem = _trip_problem(trip, official_ids) or evidence.missing(trip)
        if problem:
            result.dropped.append(f"trip {trip.get('traveler')!r}: {problem}")
            continue
        official_id, country = official_ids[trip["traveler"]], trip["destination_country"]
        start, end = (_day(trip.get(k)) for k in ("start", "end"))
        incoming = Report(start, end or start if start else None, published, published)
        existing = _reports(cur, """
            SELECT t.id, t.start_date, COALESCE(t.end_date, t.start_date),
                   COALESCE(min(a.published_date), %s), COALESCE(max(a.published_date), %s)
            FROM trips t LEFT JOIN evidence e ON e.trip_id = t.id
            LEFT JOIN articles a ON a.id = e.article_id
            WHERE t.official_id = %s AND t.destination_country = %s GROUP BY t.id ORDER BY t.id""",
            (published, published, official_id, country))
        trip_id = _same_event(incoming, existing, claimed)
        period = trip.get("period") or {}
        values = (trip.get("destination"), trip.get("purpose"), trip["status"], period.get("first"),
                  period.get("last"), period.get("granularity"))
        if trip_id is None:
            cur.execute("""
                INSERT INTO trips (official_id, destination_country, start_date, end_date, destination,
                                   purpose, status, period_first, period_last, period_granularity)
                VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                ON CONFLICT (official_id, destination_country, start_date, end_date)
                DO UPDATE SET status = trips.status  -- a second report of that key in this article
                RETURNING id""",
                (official_id, country, start, end, *values))
            trip_id = cur.fetchone()[0]
        else:
            _merge_trip(cur, trip_id, official_id, country, start, end, values)
        claimed.add(trip_id)
        evidence.add(trip.get("evidence") or [], trip.get("rule"), trip=trip_id)
        result.trips += 1


def _merge_trip(cur, trip_id, official_id, country, start, end, values) -> None:
    """Fill in what the stored trip lacks; days only if it has none (first report with days wins)."""
    cur.execute("""
        UPDATE trips SET
            destination = COALESCE(destination, %s), purpose = COALESCE(purpose, %s),
            status = CASE WHEN 'held' IN (status, %s) THEN 'held' ELSE 'planned' END,
            period_first = COALESCE(period_first, %s), period_last = COALESCE(period_last, %s),
            period_granularity = COALESCE(period_granularity, %s)
        WHERE id = %s""", (*values, trip_id))
    if start and not _key_taken(cur, "trips", "official_id = %s AND destination_country = %s "
                                "AND start_date = %s AND end_date IS NOT DISTINCT FROM %s",
                                (official_id, country, start, end), trip_id):
        cur.execute("UPDATE trips SET start_date = %s, end_date = %s WHERE id = %s AND start_date IS NULL",
                    (start, end, trip_id))


def _day(value) -> date | None:
    return date.fromisoformat(value) if value else None


def _trip_problem(trip: dict, official_ids: dict) -> str | None:
    if trip.get("traveler") not in official_ids:
        return "traveler is not among the article's officials"
    if not re.fullmatch(r"[A-Z]{2}", str(trip.get("destination_country"))):
        return f"destination_country {trip.get('destination_country')!r} is not ISO alpha-2"
    if trip.get("status") not in STATUSES:
        return f"status {trip.get('status')!r}"
    return _dates_problem(trip.get("start"), trip.get("end")) or _period_problem(trip)


def _dates_problem(first, last) -> str | None:
    try:
        days = [date.fromisoformat(d) for d in (first, last) if d is not None]
    except (TypeError, ValueError):
        return f"dates {first!r}..{last!r} are not ISO days"
    if len(days) == 2 and days[1] < days[0]:
        return f"ends {last} before it starts {first}"
    return None


def _period_problem(fact: dict) -> str | None:
    period = fact.get("period") or {}
    return _dates_problem(period.get("first"), period.get("last"))


def _load_meetings(cur, meetings, official_ids, evidence, result, published: date) -> None:
    claimed: set[int] = set()  # see _same_event
    for meeting in meetings:
        problem = _meeting_problem(meeting, official_ids) or evidence.missing(meeting)
        if problem:
            result.dropped.append(f"meeting {meeting.get('participants')!r}: {problem}")
            continue
        participants = sorted({official_ids[n] for n in meeting["participants"]})
        day = _day(meeting.get("date"))
        first, last = (_day(d) for d in meeting.get("date_range") or (None, None))
        incoming = Report(day or first, day or last, published, published)
        existing = _reports(cur, """
            SELECT m.id, COALESCE(m.meeting_date, m.range_start), COALESCE(m.meeting_date, m.range_end),
                   COALESCE(min(a.published_date), %s), COALESCE(max(a.published_date), %s)
            FROM meetings m LEFT JOIN evidence e ON e.meeting_id = m.id
            LEFT JOIN articles a ON a.id = e.article_id
            WHERE m.participant_ids = %s::bigint[] GROUP BY m.id ORDER BY m.id""",
            (published, published, participants))
        meeting_id = _same_event(incoming, existing, claimed)
        period = meeting.get("period") or {}
        part_of_day = meeting.get("part_of_day") if meeting.get("part_of_day") in PARTS_OF_DAY else None
        host = official_ids.get(meeting.get("host"))
        values = (part_of_day, meeting.get("place"), meeting.get("kind"), host, meeting["status"],
                  period.get("first"), period.get("last"), period.get("granularity"))
        if meeting_id is None:
            cur.execute("""
                INSERT INTO meetings (participant_ids, meeting_date, range_start, range_end, part_of_day,
                                      place, kind, host_official_id, status, period_first, period_last,
                                      period_granularity)
                VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                ON CONFLICT ON CONSTRAINT meetings_natural_key
                DO UPDATE SET status = meetings.status  -- a second report of that key in this article
                RETURNING id, host_official_id""",
                (participants, day, first, last, *values))
            meeting_id, host = cur.fetchone()
        else:
            host = _merge_meeting(cur, meeting_id, participants, day, values)
        execute_values(cur, """
            INSERT INTO meeting_participants (meeting_id, official_id, is_host) VALUES %s
            ON CONFLICT (meeting_id, official_id) DO UPDATE SET is_host = EXCLUDED.is_host""",
            [(meeting_id, p, p == host) for p in participants])
        claimed.add(meeting_id)
        evidence.add(meeting.get("evidence") or [], meeting.get("rule"), meeting=meeting_id)
        result.meetings += 1


def _merge_meeting(cur, meeting_id, participants, day, values) -> int | None:
    """Fill in what the stored meeting lacks; its day only if it has none. Returns its host."""
    cur.execute("""
        UPDATE meetings SET
            part_of_day = COALESCE(part_of_day, %s), place = COALESCE(place, %s),
            kind = COALESCE(kind, %s), host_official_id = COALESCE(host_official_id, %s),
            status = CASE WHEN 'held' IN (status, %s) THEN 'held' ELSE 'planned' END,
            period_first = COALESCE(period_first, %s), period_last = COALESCE(period_last, %s),
            period_granularity = COALESCE(period_granularity, %s)
        WHERE id = %s
        RETURNING range_start, range_end, kind, host_official_id""", (*values, meeting_id))
    range_start, range_end, kind, host = cur.fetchone()
    if day and not _key_taken(cur, "meetings", "participant_ids = %s::bigint[] AND meeting_date = %s "
                              "AND range_start IS NOT DISTINCT FROM %s AND range_end IS NOT DISTINCT FROM %s "
                              "AND kind IS NOT DISTINCT FROM %s",
                              (participants, day, range_start, range_end, kind), meeting_id):
        cur.execute("UPDATE meetings SET meeting_date = %s WHERE id = %s AND meeting_date IS NULL",
                    (day, meeting_id))
    return host


def _meeting_problem(meeting: dict, official_ids: dict) -> str | None:
    names = meeting.get("participants") or []
    unknown = [n for n in names if n not in official_ids]
    if unknown:
        return f"participants {unknown!r} are not among the article's officials"
    if len({official_ids[n] for n in names}) < 2:
        return "fewer than two participants"
    if meeting.get("status") not in STATUSES:
        return f"status {meeting.get('status')!r}"
    date_range = meeting.get("date_range") or (None, None)
    if len(date_range) != 2:
        return f"date_range {date_range!r}"
    return (_dates_problem(meeting.get("date"), None) or _dates_problem(*date_range)
            or _period_problem(meeting))


def _load_timexes(cur, article_id: int, body: str, timexes: list[dict], result: LoadResult) -> int:
    rows = {}
    for t in timexes:
        start, end = t.get("start"), t.get("end")
        if not _inside(t, body):
            result.dropped.append(f"timex with span {start!r}..{end!r}")
            continue
        if t.get("type") not in TIMEX_TYPES or not t.get("value"):
            result.dropped.append(f"timex {t.get('text')!r}: type {t.get('type')!r}")
            continue
        if _dates_problem(t.get("first_day"), t.get("last_day")):
            t = {**t, "first_day": None, "last_day": None}
        rows[(start, end)] = (article_id, start, end, body[start:end], t["type"], t["value"],
                              t.get("first_day"), t.get("last_day"), t.get("granularity"))
    ids = []
    if rows:
        ids = [r[0] for r in execute_values(cur, """
            INSERT INTO temporal_expressions (article_id, start_char, end_char, text, type, value,
                                              first_day, last_day, granularity)
            VALUES %s
            ON CONFLICT (article_id, start_char, end_char) DO UPDATE SET
                text = EXCLUDED.text, type = EXCLUDED.type, value = EXCLUDED.value,
                first_day = EXCLUDED.first_day, last_day = EXCLUDED.last_day,
                granularity = EXCLUDED.granularity
            RETURNING id""", list(rows.values()), fetch=True)]
    cur.execute("DELETE FROM temporal_expressions WHERE article_id = %s AND NOT id = ANY(%s)",
                (article_id, ids))
    return len(ids)


def _delete_orphans(cur) -> None:
    """Facts no article supports any more (evidence gone after a re-extraction)."""
    cur.execute("DELETE FROM trips t WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.trip_id = t.id)")
    cur.execute("""DELETE FROM meetings m
                   WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.meeting_id = m.id)""")
    cur.execute("""
        DELETE FROM officials o
        WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.official_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM trips t WHERE t.official_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM meeting_participants p WHERE p.official_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.host_official_id = o.id)""")
