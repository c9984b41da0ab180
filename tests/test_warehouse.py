"""Migrations and the loader against a real PostgreSQL warehouse (no mocks)."""

import pytest
from envoy import db
from envoy.identity import name_key
from envoy.loading import load_article

pytestmark = pytest.mark.db

BODY = ("Secretary Antony J. Blinken arrived in Jerusalem on May 25 and met Prime Minister "
        "Benjamin Netanyahu. Blinken will travel to Cairo on May 26.")


def span(text: str, occurrence: int = 0) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = BODY.index(text, start + 1)
    return {"start": start, "end": start + len(text)}


FIRST_SENTENCE = span(BODY.split(" Blinken will")[0])
SECOND_SENTENCE = span("Blinken will travel to Cairo on May 26.")
RESOLVED = {
    "published": "2021-05-25",
    "timexes": [{"text": "May 25", **span("May 25"), "type": "DATE", "value": "2021-05-25",
                 "first_day": "2021-05-25", "last_day": "2021-05-25", "granularity": "day"}],
    "officials": [
        {"name": "Antony J. Blinken", "country": "US", "titles": ["Secretary"], "aliases": ["Blinken"],
         "mentions": [span("Antony J. Blinken"), span("Blinken", 1)]},
        {"name": "Benjamin Netanyahu", "country": "IL", "titles": ["Prime Minister"],
         "mentions": [span("Benjamin Netanyahu")]},
    ],
    "trips": [
        {"traveler": "Antony J. Blinken", "destination": "Jerusalem", "destination_country": "IL",
         "start": "2021-05-25", "end": None, "purpose": None, "status": "held",
         "evidence": [FIRST_SENTENCE], "rule": "trip.verb.arrive"},
        {"traveler": "Blinken", "destination": "Cairo", "destination_country": "EG",
         "start": "2021-05-26", "end": "2021-05-26", "purpose": None, "status": "planned",
         "evidence": [SECOND_SENTENCE], "rule": "trip.verb.travel"},
    ],
    "meetings": [
        {"participants": ["Antony J. Blinken", "Benjamin Netanyahu"], "host": None, "date": "2021-05-25",
         "date_range": None, "part_of_day": None, "kind": "meeting", "place": "Jerusalem",
         "status": "held", "evidence": [FIRST_SENTENCE], "rule": "meeting.verb.meet"},
    ],
}
TABLES = ["articles", "officials", "official_aliases", "official_titles", "trips", "meetings",
          "meeting_participants", "temporal_expressions", "evidence"]


def snapshot(conn) -> dict:
    with conn.cursor() as cur:
        out = {}
        for table in TABLES:
            cur.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
            out[table] = cur.fetchall()
        return out


def insert_article(conn, body=BODY) -> int:
    with conn, conn.cursor() as cur:
        cur.execute("""
            INSERT INTO pipeline_runs (dag_id, run_id, data_interval_start, data_interval_end,
                                       extractor_version)
            VALUES ('t', 't', '2021-05-25', '2021-05-26', 'test')""")
        cur.execute("""
            INSERT INTO articles (article_key, source, published_date, body, content_sha256)
            VALUES ('test:1', 'test', '2021-05-25', %s, repeat('a', 64)) RETURNING id""", (body,))
        return cur.fetchone()[0]


def load(conn, article_id, resolved=RESOLVED):
    with conn, conn.cursor() as cur:
        return load_article(cur, article_id, BODY, resolved, None, "test")


def test_migrations_apply_to_an_empty_database_once(fresh_warehouse, warehouse_conn):
    assert db.migrate(fresh_warehouse) == []  # the fixture applied them all already
    with warehouse_conn.cursor() as cur:
        cur.execute("""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v')
              AND c.relname NOT LIKE '\\_yoyo%%' AND c.relname NOT LIKE 'yoyo%%'
              AND obj_description(c.oid, 'pg_class') IS NULL""")
        assert cur.fetchall() == [], "every table and view has a COMMENT"
        cur.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ANY(%s)", (TABLES,))
        assert cur.fetchone()[0] == len(TABLES)


def test_loading_twice_leaves_identical_rows(warehouse_conn):
    article_id = insert_article(warehouse_conn)
    first = load(warehouse_conn, article_id)
    before = snapshot(warehouse_conn)
    load(warehouse_conn, article_id)
    assert snapshot(warehouse_conn) == before
    assert (first.officials, first.trips, first.meetings, first.timexes) == (2, 2, 1, 1)
    assert first.dropped == []


def test_loaded_facts_are_linked_and_quoted(warehouse_conn):
    load(warehouse_conn, insert_article(warehouse_conn))
    with warehouse_conn.cursor() as cur:
        cur.execute("SELECT traveler, destination_country, start_date::text, end_date::text, status "
                    "FROM trip_overview ORDER BY start_date")
        assert cur.fetchall() == [("Antony J. Blinken", "IL", "2021-05-25", None, "held"),
                                  ("Antony J. Blinken", "EG", "2021-05-26", "2021-05-26", "planned")]
        cur.execute("SELECT participants, meeting_date::text FROM meeting_overview")
        assert cur.fetchall() == [(["Antony J. Blinken", "Benjamin Netanyahu"], "2021-05-25")]
        cur.execute("SELECT quote FROM evidence WHERE official_id IS NOT NULL ORDER BY start_char")
        assert [r[0] for r in cur.fetchall()] == ["Antony J. Blinken", "Benjamin Netanyahu", "Blinken"]


def test_reextraction_removes_facts_no_longer_supported(warehouse_conn):
    article_id = insert_article(warehouse_conn)
    load(warehouse_conn, article_id)
    load(warehouse_conn, article_id, {**RESOLVED, "trips": RESOLVED["trips"][:1]})
    with warehouse_conn.cursor() as cur:
        cur.execute("SELECT destination_country FROM trips")
        assert cur.fetchall() == [("IL",)]


def test_invalid_facts_are_dropped_and_the_rest_loads(warehouse_conn):
    bad = {**RESOLVED, "trips": [
        {**RESOLVED["trips"][0], "start": "2021-05-27", "end": "2021-05-25"},
        {**RESOLVED["trips"][1], "traveler": "Nobody Known"},
        {**RESOLVED["trips"][1], "destination_country": "Egypt"},
        {**RESOLVED["trips"][1], "evidence": [{"start": 120, "end": 500}]},
    ], "meetings": [{**RESOLVED["meetings"][0], "participants": ["Antony J. Blinken", "Blinken"]}]}
    result = load(warehouse_conn, insert_article(warehouse_conn), bad)
    assert (result.officials, result.trips, result.meetings) == (2, 0, 0)
    assert len(result.dropped) == 5
    assert any("before it starts" in reason for reason in result.dropped)
    assert any("no evidence" in reason for reason in result.dropped)


def test_the_database_enforces_its_rules(warehouse_conn):
    import psycopg2

    load(warehouse_conn, insert_article(warehouse_conn))
    with pytest.raises(psycopg2.errors.CheckViolation), warehouse_conn, warehouse_conn.cursor() as cur:
        cur.execute("UPDATE trips SET end_date = start_date - 1 WHERE start_date IS NOT NULL")
    with pytest.raises(psycopg2.errors.UniqueViolation), warehouse_conn, warehouse_conn.cursor() as cur:
        cur.execute("INSERT INTO meetings (participant_ids, status) VALUES ('{1,2}', 'held'), "
                    "('{1,2}', 'planned')")


def test_name_key_ignores_case_punctuation_and_spacing():
    assert name_key("Antony J. Blinken") == name_key("antony j blinken")
    assert name_key("Choi Jong-kun") == name_key("Choi Jongkun")
    assert name_key("Niinistö") == name_key("Niinisto")


def test_a_failed_dag_run_closes_its_run_log_rows(warehouse_conn):
    from envoy.pipeline import mark_run_failed

    insert_article(warehouse_conn)
    assert mark_run_failed(warehouse_conn, "t") == 1
    assert mark_run_failed(warehouse_conn, "t") == 0
    with warehouse_conn.cursor() as cur:
        cur.execute("SELECT status, finished_at IS NOT NULL FROM pipeline_runs")
        assert cur.fetchall() == [("failed", True)]


ANNOUNCEMENT = ("Secretary of State Antony J. Blinken will travel to Jerusalem May 24-27 to meet "
                "Prime Minister Benjamin Netanyahu.")
READOUT = "Secretary Blinken met Prime Minister Netanyahu in Jerusalem today. Netanyahu thanked Blinken."


def insert_report(conn, key, body, published) -> int:
    with conn, conn.cursor() as cur:
        cur.execute("""
            INSERT INTO articles (article_key, source, published_date, body, content_sha256)
            VALUES (%s, 'test', %s, %s, repeat('b', 64)) RETURNING id""", (key, published, body))
        return cur.fetchone()[0]


def official(name, country, body, *aliases):
    start = body.index(aliases[0] if aliases else name)
    mentions = [{"start": start, "end": start + len(aliases[0] if aliases else name)}]
    return {"name": name, "country": country, "titles": [], "aliases": list(aliases), "mentions": mentions}


def whole(body):
    return [{"start": 0, "end": len(body)}]


def test_two_reports_of_one_visit_are_one_trip_and_one_meeting_with_two_evidence(warehouse_conn):
    announced = insert_report(warehouse_conn, "test:announce", ANNOUNCEMENT, "2021-05-21")
    reported = insert_report(warehouse_conn, "test:readout", READOUT, "2021-05-25")
    trip = {"destination": "Jerusalem", "destination_country": "IL", "purpose": None, "rule": "t"}
    meeting = {"host": None, "date_range": None, "part_of_day": None, "kind": "meeting",
               "place": "Jerusalem", "rule": "m"}
    first = {"published": "2021-05-21", "timexes": [], "officials": [
        official("Antony J. Blinken", "US", ANNOUNCEMENT),
        official("Benjamin Netanyahu", "IL", ANNOUNCEMENT)],
        "trips": [{**trip, "traveler": "Antony J. Blinken", "start": "2021-05-24", "end": "2021-05-27",
                   "status": "planned", "evidence": whole(ANNOUNCEMENT)}],
        "meetings": [{**meeting, "participants": ["Antony J. Blinken", "Benjamin Netanyahu"], "date": None,
                      "status": "planned", "evidence": whole(ANNOUNCEMENT)}]}
    second = {"published": "2021-05-25", "timexes": [], "officials": [
        official("Blinken", "US", READOUT), official("Netanyahu", "IL", READOUT)],
        "trips": [{**trip, "traveler": "Blinken", "start": None, "end": None, "status": "held",
                   "evidence": whole(READOUT)}],
        "meetings": [{**meeting, "participants": ["Blinken", "Netanyahu"], "date": "2021-05-25",
                      "status": "held", "evidence": whole(READOUT)}]}
    for article_id, body, resolved in ((announced, ANNOUNCEMENT, first), (reported, READOUT, second)):
        with warehouse_conn, warehouse_conn.cursor() as cur:
            load_article(cur, article_id, body, resolved, None, "test")
    before = snapshot(warehouse_conn)
    with warehouse_conn, warehouse_conn.cursor() as cur:  # reloading either report changes nothing
        load_article(cur, announced, ANNOUNCEMENT, first, None, "test")
        load_article(cur, reported, READOUT, second, None, "test")
    assert snapshot(warehouse_conn) == before
    with warehouse_conn.cursor() as cur:
        cur.execute("SELECT name, aliases FROM official_overview ORDER BY name")
        assert cur.fetchall() == [("Antony J. Blinken", ["Blinken"]), ("Benjamin Netanyahu", ["Netanyahu"])]
        cur.execute("SELECT start_date::text, end_date::text, status, cardinality(articles) "
                    "FROM trip_overview")
        assert cur.fetchall() == [("2021-05-24", "2021-05-27", "held", 2)]
        cur.execute("SELECT meeting_date::text, status, cardinality(articles) FROM meeting_overview")
        assert cur.fetchall() == [("2021-05-25", "held", 2)]


def test_coarse_periods_are_stored_beside_the_days(warehouse_conn):
    january = {"first": "2021-01-01", "last": "2021-01-31", "granularity": "month"}
    resolved = {**RESOLVED, "trips": [{**RESOLVED["trips"][1], "start": None, "end": None,
                                       "period": january}]}
    load(warehouse_conn, insert_article(warehouse_conn), resolved)
    with warehouse_conn.cursor() as cur:
        cur.execute("SELECT start_date, period_first::text, period_last::text, period_granularity FROM trips")
        assert cur.fetchall() == [(None, "2021-01-01", "2021-01-31", "month")]
