"""Load one article's extraction into the warehouse: validate, then upsert on natural keys.

Every fact is keyed naturally (officials by name and country, trips by traveler, destination
country and dates, meetings by participants and date), so loading the same extraction twice leaves
the same rows; evidence the article no longer supports is removed, and facts left with no evidence
at all go with it.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from psycopg2.extras import execute_values

log = logging.getLogger(__name__)

STATUSES = {"held", "planned"}
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
# One load at a time: orphan clean-up must not race another load adding evidence.
LOAD_LOCK = 0x656E766F79  # "envoy"


def name_key(name: str) -> str:
    """Case, accents, punctuation and spacing do not distinguish two names."""
    folded = unicodedata.normalize("NFKD", name).casefold()
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", folded)


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
    official_ids = _load_officials(cur, resolved.get("officials", []), evidence, result)
    _load_trips(cur, resolved.get("trips", []), official_ids, evidence, result)
    _load_meetings(cur, resolved.get("meetings", []), official_ids, evidence, result)
    result.timexes = _load_timexes(cur, article_id, body, resolved.get("timexes", []), result)
    result.evidence = evidence.replace(cur)
    _delete_orphans(cur)
    for reason in result.dropped:
        log.warning("article %s: dropped %s", article_id, reason)
    return result


class EvidenceRows:
    """The evidence an article gives, collected while its facts are upserted."""

    def __init__(self, article_id: int, body: str, run_id: int, version: str):
        self.article_id, self.body, self.run_id, self.version = article_id, body, run_id, version
        self.rows: dict[tuple, tuple] = {}

    def valid_span(self, span: dict) -> bool:
        start, end = span.get("start"), span.get("end")
        return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(self.body)

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
        cur.execute("""
            INSERT INTO officials (name, name_key, country) VALUES (%s, %s, %s)
            ON CONFLICT (name_key, country) DO UPDATE SET name = officials.name
            RETURNING id""", (name, name_key(name), country))
        official_id = cur.fetchone()[0]
        aliases = {a for a in official.get("aliases") or [] if a and a != name}
        _insert_pairs(cur, "official_aliases", "alias", official_id, aliases)
        _insert_pairs(cur, "official_titles", "title", official_id, set(official.get("titles") or []))
        for alias in (name, *aliases):
            ids[alias] = official_id
        evidence.add(official.get("mentions") or [], "official_mention", official=official_id)
        result.officials += 1
    return ids


def _insert_pairs(cur, table: str, column: str, official_id: int, values: set[str]) -> None:
    if values:
        execute_values(
            cur,
            f"INSERT INTO {table} (official_id, {column}) VALUES %s ON CONFLICT DO NOTHING",
            [(official_id, v) for v in sorted(values)],
        )


def _load_trips(cur, trips, official_ids, evidence, result) -> None:
    for trip in trips:
        problem = _trip_problem(trip, official_ids) or evidence.missing(trip)
        if problem:
            result.dropped.append(f"trip {trip.get('traveler')!r}: {problem}")
            continue
        cur.execute("""
            INSERT INTO trips (official_id, destination, destination_country, start_date, end_date,
                               purpose, status)
            VALUES (%s, %s, %s, %s, %s, %s, %s)
            ON CONFLICT (official_id, destination_country, start_date, end_date) DO UPDATE SET
                destination = COALESCE(trips.destination, EXCLUDED.destination),
                purpose = COALESCE(trips.purpose, EXCLUDED.purpose),
                status = CASE WHEN 'held' IN (trips.status, EXCLUDED.status) THEN 'held'
                              ELSE 'planned' END
            RETURNING id""", (
            official_ids[trip["traveler"]], trip.get("destination"), trip["destination_country"],
            trip.get("start"), trip.get("end"), trip.get("purpose"), trip["status"]))
        evidence.add(trip.get("evidence") or [], trip.get("rule"), trip=cur.fetchone()[0])
        result.trips += 1


def _trip_problem(trip: dict, official_ids: dict) -> str | None:
    if trip.get("traveler") not in official_ids:
        return "traveler is not among the article's officials"
    if not re.fullmatch(r"[A-Z]{2}", str(trip.get("destination_country"))):
        return f"destination_country {trip.get('destination_country')!r} is not ISO alpha-2"
    if trip.get("status") not in STATUSES:
        return f"status {trip.get('status')!r}"
    return _dates_problem(trip.get("start"), trip.get("end"))


def _dates_problem(first, last) -> str | None:
    try:
        days = [date.fromisoformat(d) for d in (first, last) if d is not None]
    except (TypeError, ValueError):
        return f"dates {first!r}..{last!r} are not ISO days"
    if len(days) == 2 and days[1] < days[0]:
        return f"ends {last} before it starts {first}"
    return None


def _load_meetings(cur, meetings, official_ids, evidence, result) -> None:
    for meeting in meetings:
        problem = _meeting_problem(meeting, official_ids) or evidence.missing(meeting)
        if problem:
            result.dropped.append(f"meeting {meeting.get('participants')!r}: {problem}")
            continue
        participants = sorted({official_ids[n] for n in meeting["participants"]})
        host = official_ids.get(meeting.get("host"))
        first, last = meeting.get("date_range") or (None, None)
        part_of_day = meeting.get("part_of_day") if meeting.get("part_of_day") in PARTS_OF_DAY else None
        cur.execute("""
            INSERT INTO meetings (participant_ids, meeting_date, range_start, range_end, part_of_day,
                                  place, kind, status, host_official_id)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
            ON CONFLICT (participant_ids, meeting_date, range_start, range_end) DO UPDATE SET
                part_of_day = COALESCE(meetings.part_of_day, EXCLUDED.part_of_day),
                place = COALESCE(meetings.place, EXCLUDED.place),
                kind = COALESCE(meetings.kind, EXCLUDED.kind),
                host_official_id = COALESCE(meetings.host_official_id, EXCLUDED.host_official_id),
                status = CASE WHEN 'held' IN (meetings.status, EXCLUDED.status) THEN 'held'
                              ELSE 'planned' END
            RETURNING id, host_official_id""", (
            participants, meeting.get("date"), first, last, part_of_day, meeting.get("place"),
            meeting.get("kind"), meeting["status"], host))
        meeting_id, host = cur.fetchone()
        execute_values(cur, """
            INSERT INTO meeting_participants (meeting_id, official_id, is_host) VALUES %s
            ON CONFLICT (meeting_id, official_id) DO UPDATE SET is_host = EXCLUDED.is_host""",
            [(meeting_id, p, p == host) for p in participants])
        evidence.add(meeting.get("evidence") or [], meeting.get("rule"), meeting=meeting_id)
        result.meetings += 1


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
    return _dates_problem(meeting.get("date"), None) or _dates_problem(*date_range)


def _load_timexes(cur, article_id: int, body: str, timexes: list[dict], result: LoadResult) -> int:
    rows = {}
    for t in timexes:
        start, end = t.get("start"), t.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body)):
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
