"""Identity rules across articles (envoy.identity), pure and then through the warehouse loader."""

from datetime import UTC, date

import pytest
from envoy.identity import Report, fuller_name, same_event, same_person


@pytest.mark.parametrize(("a", "a_country", "b", "b_country", "same"), [
    ("Biden", "US", "Joseph R. Biden, Jr.", "US", True),
    ("Joe Biden", "US", "Joseph R. Biden, Jr.", "US", False),  # a nickname is not a rule we guess
    ("Antony J. Blinken", "US", "Antony Blinken", "US", True),
    ("Blinken", None, "Antony J. Blinken", "US", True),  # unknown country does not separate
    ("Moon", "KR", "Moon Jae-in", "KR", True),  # Korean surname first
    ("Lee", "KR", "Lee Do-hoon", "KR", True),
    ("Lee Do-hoon", "KR", "Lee In-young", "KR", False),
    ("Choi Jong-kun", "KR", "Choi Jongkun", "KR", True),
    ("Biden", "US", "Biden", "RU", False),
    ("Niinistö", "FI", "Sauli Niinisto", "FI", True),
])
def test_same_person(a, a_country, b, b_country, same):
    assert same_person(a, a_country, b, b_country) is same
    assert same_person(b, b_country, a, a_country) is same


def test_fuller_name_wins():
    assert fuller_name("Biden", "Joseph R. Biden, Jr.") == "Joseph R. Biden, Jr."
    assert fuller_name("Antony J. Blinken", "Antony Blinken") == "Antony J. Blinken"


def d(text):
    return date.fromisoformat(text)


def report(first, last, published, published_last=None):
    return Report(first and d(first), last and d(last), d(published), d(published_last or published))


@pytest.mark.parametrize(("a", "b", "same"), [
    # announcement with days, readout without: published during the trip
    (report("2021-05-24", "2021-05-27", "2021-05-20"), report(None, None, "2021-05-25"), True),
    # readout three days after the end still counts, a month later does not
    (report("2021-05-24", "2021-05-27", "2021-05-20"), report(None, None, "2021-05-30"), True),
    (report("2021-05-24", "2021-05-27", "2021-05-20"), report(None, None, "2021-06-27"), False),
    # announced two weeks ahead at most
    (report("2021-05-24", "2021-05-27", "2021-05-20"), report(None, None, "2021-05-10"), True),
    (report("2021-05-24", "2021-05-27", "2021-05-20"), report(None, None, "2021-05-01"), False),
    # both dated: overlapping days
    (report("2021-05-24", "2021-05-27", "2021-05-20"), report("2021-05-25", None, "2021-05-26"), True),
    (report("2021-05-24", "2021-05-27", "2021-05-20"), report("2021-06-25", None, "2021-06-26"), False),
    # neither dated: reported within a week
    (report(None, None, "2021-05-24"), report(None, None, "2021-05-28"), True),
    (report(None, None, "2021-05-24"), report(None, None, "2021-06-24"), False),
])
def test_same_event(a, b, same):
    assert same_event(a, b) is same
    assert same_event(b, a) is same


# Announcement and readout of one visit each, from the dev corpus, through the pipeline stages.
DEV_PAIRS = [
    "dev-001-state-2021-05-24-secretary-blinkens-travel-to-jerusalem-r",
    "dev-002-state-2021-05-25-secretary-blinkens-meeting-with-israeli",
    "dev-007-state-2022-02-04-secretary-blinken-to-travel-to-australia",
    "dev-008-state-2022-02-11-secretary-blinkens-meeting-with-australi",
]


@pytest.fixture
def dev_pairs_loaded(warehouse_conn, tmp_path):
    """The four dev articles as seed files, collected and loaded day by day as the DAG would."""
    import json
    from datetime import datetime, timedelta

    from conftest import shared_path
    from envoy import pipeline

    days = []
    for article_id in DEV_PAIRS:
        doc = json.loads(shared_path("corpus", "dev", f"{article_id}.json").read_text(encoding="utf-8"))
        (tmp_path / f"{article_id}.txt").write_text(
            f" date {doc['published']} {doc['title']}\n\n{doc['text']}", encoding="utf-8")
        days.append(date.fromisoformat(doc["published"]))
    for day in sorted(set(days)):
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        end = start + timedelta(days=1)
        run = pipeline.start_run(warehouse_conn, "test", f"run-{day}", start, end)
        batch = pipeline.collect_articles(warehouse_conn, run, tmp_path, start, end)
        pipeline.analyze_articles(warehouse_conn, batch["article_ids"])
        pipeline.resolve_dates(warehouse_conn, batch["article_ids"])
        pipeline.load_facts(warehouse_conn, run, batch["article_ids"])
    return warehouse_conn


def rows(conn, query):
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchall()


@pytest.mark.db
def test_one_official_across_announcement_and_readout(dev_pairs_loaded):
    assert rows(dev_pairs_loaded, """
        SELECT name, country, articles FROM official_overview WHERE name LIKE '%Blinken%'""") == [
        ("Antony J. Blinken", "US", 4)]


@pytest.mark.db
def test_one_trip_reported_by_announcement_and_readout(dev_pairs_loaded):
    trips = rows(dev_pairs_loaded, """
        SELECT destination_country, start_date::text, status, array_length(articles, 1) FROM trip_overview
        WHERE traveler = 'Antony J. Blinken' AND destination_country IN ('IL', 'AU')
        ORDER BY destination_country""")
    assert [(country, n) for country, _, _, n in trips] == [("AU", 2), ("IL", 2)]
    assert trips[1] == ("IL", "2021-05-24", "held", 2)  # days from the announcement, held from the readout


@pytest.mark.db
def test_one_meeting_announced_then_held(dev_pairs_loaded):
    meetings = rows(dev_pairs_loaded, """
        SELECT meeting_date::text, status, array_length(articles, 1) FROM meeting_overview
        WHERE participants = ARRAY['Antony J. Blinken', 'Marise Payne']""")
    assert ("2022-02-11", "held", 2) in meetings
