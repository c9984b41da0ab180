"""normalize_timexes: table-driven, pure (no spaCy): text + type + tense + publication date."""

import json
from datetime import date, timedelta

import pytest
from envoy.dates import normalize_timexes, weekday_date

WED = date(2020, 12, 9)  # a Wednesday
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def norm(text, published=WED, tense=None, type_="DATE"):
    tx = {"text": text, "start": 0, "end": len(text), "type": type_, "tense": tense}
    return normalize_timexes([tx], published)[0]


@pytest.mark.parametrize("i, name", list(enumerate(WEEKDAYS)))
def test_weekday_past_and_future(i, name):
    past, future = norm(name, tense="past")["value"], norm(name, tense="future")["value"]
    if i == WED.weekday():  # the publication's own weekday is the publication day
        assert past == future == "2020-12-09"
        return
    assert date.fromisoformat(past) < WED < date.fromisoformat(future)
    assert (WED - date.fromisoformat(past)).days < 7
    assert (date.fromisoformat(future) - WED).days < 7
    assert date.fromisoformat(past).weekday() == date.fromisoformat(future).weekday() == i


@pytest.mark.parametrize("tense, expected", [
    ("past", "2020-12-04"), ("present", "2020-12-11"), ("future", "2020-12-11"),
])
def test_weekday_by_tense(tense, expected):
    assert norm("Friday", tense=tense)["value"] == expected


def test_weekday_modifiers():
    assert norm("last Wednesday", tense="past")["value"] == "2020-12-02"
    assert norm("next Wednesday", tense="future")["value"] == "2020-12-16"
    assert norm("next Friday", tense="past")["value"] == "2020-12-11"
    assert weekday_date(WED, 0, "future") == WED + timedelta(days=5)


CASES = [
    # text, published, tense, type, value, first_day, last_day, granularity
    ("January", WED, "present", "DATE", "2021-01", "2021-01-01", "2021-01-31", "month"),
    ("January", WED, "past", "DATE", "2020-01", "2020-01-01", "2020-01-31", "month"),
    ("in January", WED, "future", "DATE", "2021-01", "2021-01-01", "2021-01-31", "month"),
    ("last December", date(2021, 1, 10), "past", "DATE", "2020-12", "2020-12-01", "2020-12-31",
     "month"),
    ("December", date(2021, 1, 10), "past", "DATE", "2020-12", "2020-12-01", "2020-12-31",
     "month"),
    ("December", date(2021, 1, 10), None, "DATE", "2020-12", "2020-12-01", "2020-12-31", "month"),
    ("next March", date(2021, 3, 10), None, "DATE", "2022-03", "2022-03-01", "2022-03-31",
     "month"),
    ("May 24", date(2021, 5, 20), "future", "DATE", "2021-05-24", "2021-05-24", "2021-05-24",
     "day"),
    ("24 May 2021", WED, "past", "DATE", "2021-05-24", "2021-05-24", "2021-05-24", "day"),
    ("May 24, 2021", WED, None, "DATE", "2021-05-24", "2021-05-24", "2021-05-24", "day"),
    ("Dec. 28", date(2021, 1, 2), "past", "DATE", "2020-12-28", "2020-12-28", "2020-12-28", "day"),
    ("January 5", date(2020, 12, 28), "future", "DATE", "2021-01-05", "2021-01-05", "2021-01-05",
     "day"),
    ("June 1st", date(2009, 6, 4), "past", "DATE", "2009-06-01", "2009-06-01", "2009-06-01", "day"),
    ("Tuesday, May 25", date(2021, 5, 20), None, "DATE", "2021-05-25", "2021-05-25", "2021-05-25",
     "day"),
    ("2021-05-24", WED, None, "DATE", "2021-05-24", "2021-05-24", "2021-05-24", "day"),
    ("7/8/07", date(2007, 7, 9), None, "DATE", "2007-07-08", "2007-07-08", "2007-07-08", "day"),
    ("May 2021", WED, None, "DATE", "2021-05", "2021-05-01", "2021-05-31", "month"),
    ("today", WED, None, "DATE", "2020-12-09", "2020-12-09", "2020-12-09", "day"),
    ("yesterday", WED, None, "DATE", "2020-12-08", "2020-12-08", "2020-12-08", "day"),
    ("tomorrow", WED, None, "DATE", "2020-12-10", "2020-12-10", "2020-12-10", "day"),
    ("last week", WED, "past", "DATE", "2020-W49", "2020-11-30", "2020-12-06", "week"),
    ("this week", WED, None, "DATE", "2020-W50", "2020-12-07", "2020-12-13", "week"),
    ("next week", WED, None, "DATE", "2020-W51", "2020-12-14", "2020-12-20", "week"),
    ("this weekend", WED, None, "DATE", "2020-W50-WE", "2020-12-12", "2020-12-13", "week"),
    ("next month", WED, None, "DATE", "2021-01", "2021-01-01", "2021-01-31", "month"),
    ("last month", date(2021, 1, 10), None, "DATE", "2020-12", "2020-12-01", "2020-12-31",
     "month"),
    ("this year", WED, None, "DATE", "2020", "2020-01-01", "2020-12-31", "year"),
    ("last year", WED, None, "DATE", "2019", "2019-01-01", "2019-12-31", "year"),
    ("earlier this year", WED, None, "DATE", "2020", "2020-01-01", "2020-12-08", "year"),
    ("a year ago", WED, None, "DATE", "2019", "2019-01-01", "2019-12-31", "year"),
    ("three days ago", WED, None, "DATE", "2020-12-06", "2020-12-06", "2020-12-06", "day"),
    ("2019", WED, None, "DATE", "2019", "2019-01-01", "2019-12-31", "year"),
    ("the 1990s", WED, None, "DATE", "199", "1990-01-01", "1999-12-31", "decade"),
    ("the first quarter of 2021", WED, None, "DATE", "2021-Q1", "2021-01-01", "2021-03-31",
     "quarter"),
    ("the fourth quarter", date(2007, 3, 13), "past", "DATE", "2006-Q4", "2006-10-01",
     "2006-12-31", "quarter"),
    ("spring", date(2009, 4, 1), None, "DATE", "2009-SP", "2009-03-01", "2009-05-31", "season"),
    ("the weeks and months ahead", WED, "present", "DATE", "FUTURE_REF", None, None, None),
    ("the coming weeks", WED, None, "DATE", "FUTURE_REF", None, None, None),
    ("recently", WED, "past", "DATE", "PAST_REF", None, None, None),
    ("currently", WED, "present", "DATE", "PRESENT_REF", None, None, None),
    ("now", WED, "present", "DATE", "PRESENT_REF", None, None, None),
    ("the sixth round", WED, None, "DATE", "XXXX-XX-XX", None, None, None),
    # year boundaries and leap days
    ("December 31", date(2021, 1, 2), "past", "DATE", "2020-12-31", "2020-12-31", "2020-12-31", "day"),
    ("January 2", date(2020, 12, 30), "future", "DATE", "2021-01-02", "2021-01-02", "2021-01-02", "day"),
    ("next week", date(2020, 12, 30), None, "DATE", "2021-W01", "2021-01-04", "2021-01-10", "week"),
    ("last week", date(2021, 1, 5), "past", "DATE", "2020-W53", "2020-12-28", "2021-01-03", "week"),
    ("February 29", date(2020, 2, 20), "future", "DATE", "2020-02-29", "2020-02-29", "2020-02-29",
     "day"),
    ("February 29", date(2021, 3, 10), "past", "DATE", "2020-02-29", "2020-02-29", "2020-02-29", "day"),
    ("Feb. 29, 2024", WED, None, "DATE", "2024-02-29", "2024-02-29", "2024-02-29", "day"),
    # numeric dates through dateutil, two-digit years placed around the publication year
    ("12/25/99", date(2005, 1, 1), None, "DATE", "1999-12-25", "1999-12-25", "1999-12-25", "day"),
    ("3/1/21", date(2021, 3, 2), "past", "DATE", "2021-03-01", "2021-03-01", "2021-03-01", "day"),
    ("June 1st, 2009", WED, None, "DATE", "2009-06-01", "2009-06-01", "2009-06-01", "day"),
    # holidays (dateutil's easter and weekday arithmetic)
    ("Christmas", date(2007, 1, 18), "past", "DATE", "2006-12-25", "2006-12-25", "2006-12-25", "day"),
    ("Christmas Eve", WED, "future", "DATE", "2020-12-24", "2020-12-24", "2020-12-24", "day"),
    ("Thanksgiving", WED, "past", "DATE", "2020-11-26", "2020-11-26", "2020-11-26", "day"),
    ("Easter 2021", WED, None, "DATE", "2021-04-04", "2021-04-04", "2021-04-04", "day"),
    ("Memorial Day", date(2021, 5, 20), "future", "DATE", "2021-05-31", "2021-05-31", "2021-05-31",
     "day"),
    # weeks of a month: ISO's majority rule (the week that holds the month's first/last Thursday)
    ("the last week of March", date(2009, 4, 1), "past", "DATE", "2009-W13", "2009-03-23",
     "2009-03-29", "week"),
    ("the first week of January", WED, "future", "DATE", "2021-W01", "2021-01-04", "2021-01-10",
     "week"),
    ("the week of May 24", date(2021, 5, 20), "future", "DATE", "2021-W21", "2021-05-24",
     "2021-05-30", "week"),
    # early / mid / late and "later this year": same value, narrower bounds
    ("early 2021", WED, None, "DATE", "2021", "2021-01-01", "2021-04-30", "year"),
    ("mid-2011", date(2010, 10, 23), None, "DATE", "2011", "2011-05-01", "2011-08-31", "year"),
    ("the end of the year", date(2021, 10, 29), "future", "DATE", "2021", "2021-09-01", "2021-12-31",
     "year"),
    ("late March", date(2021, 3, 1), "future", "DATE", "2021-03", "2021-03-21", "2021-03-31",
     "month"),
    ("later this year", date(2006, 10, 5), "future", "DATE", "2006", "2006-10-06", "2006-12-31",
     "year"),
    ("earlier this month", date(2022, 3, 28), "past", "DATE", "2022-03", "2022-03-01", "2022-03-27",
     "month"),
    # seasons, quarters, halves, decades, centuries
    ("last summer", WED, "past", "DATE", "2020-SU", "2020-06-01", "2020-08-31", "season"),
    ("next spring", WED, "future", "DATE", "2021-SP", "2021-03-01", "2021-05-31", "season"),
    ("winter", date(2021, 1, 15), "present", "DATE", "2020-WI", "2020-12-01", "2021-02-28", "season"),
    ("Q3 2021", WED, None, "DATE", "2021-Q3", "2021-07-01", "2021-09-30", "quarter"),
    ("last quarter", date(2007, 1, 18), "past", "DATE", "2006-Q4", "2006-10-01", "2006-12-31",
     "quarter"),
    ("the second half of 2020", WED, None, "DATE", "2020-H2", "2020-07-01", "2020-12-31", "quarter"),
    ("the '80s", WED, None, "DATE", "198", "1980-01-01", "1989-12-31", "decade"),
    ("'82", date(2008, 10, 27), None, "DATE", "1982", "1982-01-01", "1982-12-31", "year"),
    ("the 21st century", WED, None, "DATE", "20", "2000-01-01", "2099-12-31", "century"),
    # a day of the month told alone: this month's or the next (future) or last (past) month's
    ("the 16th", date(1992, 9, 9), "future", "DATE", "1992-09-16", "1992-09-16", "1992-09-16", "day"),
    ("the 14th", date(1992, 9, 9), "past", "DATE", "1992-08-14", "1992-08-14", "1992-08-14", "day"),
    ("the 2nd", date(1992, 9, 29), "future", "DATE", "1992-10-02", "1992-10-02", "1992-10-02", "day"),
    # the day of the month written out
    ("Saturday, the fifth of January", date(1962, 12, 31), "future", "DATE", "1963-01-05", "1963-01-05",
     "1963-01-05", "day"),
    ("the twenty-first of March", date(1962, 12, 31), "future", "DATE", "1963-03-21", "1963-03-21",
     "1963-03-21", "day"),
]


@pytest.mark.parametrize("text, published, tense, type_, value, first, last, gran", CASES)
def test_dates(text, published, tense, type_, value, first, last, gran):
    out = norm(text, published, tense, type_)
    assert (out["value"], out["first_day"], out["last_day"], out["granularity"]) == (
        value, first, last, gran)


@pytest.mark.parametrize("text, tense, value, part", [
    ("Thursday afternoon", "future", "2020-12-10TAF", "afternoon"),
    ("Thursday afternoon", "past", "2020-12-03TAF", "afternoon"),
    ("the afternoon", "future", "2020-12-09TAF", "afternoon"),
    ("the morning", "past", "2020-12-09TMO", "morning"),
    ("this evening", None, "2020-12-09TEV", "evening"),
    ("tonight", "future", "2020-12-09TNI", "night"),
    ("Friday night", "future", "2020-12-11TNI", "night"),
    ("10 a.m. Tuesday", "past", "2020-12-08T10:00", None),
    ("3:30 p.m.", "past", "2020-12-09T15:30", None),
    ("16:08 UTC", None, "2020-12-09T16:08Z", None),
])
def test_times_of_day(text, tense, value, part):
    out = norm(text, tense=tense, type_="TIME")
    assert (out["value"], out["part_of_day"], out["granularity"]) == (value, part, "day")
    assert out["first_day"] == out["last_day"] == value[:10]


@pytest.mark.parametrize("text, value, days", [
    ("four-day", "P4D", 4), ("two weeks", "P2W", 14), ("a week", "P1W", 7),
    ("three months", "P3M", None), ("these past two plus years", "P2Y", None),
    ("two and a half years", "P2.5Y", None), ("several years", "PXY", None),
    ("90 minutes", "PT90M", None), ("12-hour", "PT12H", None), ("the past decade", "P10Y", None),
    ("six straight days", "P6D", 6), ("a decade", "P10Y", None),
])
def test_durations(text, value, days):
    out = norm(text, type_="DURATION")
    assert (out["value"], out["duration_days"], out["first_day"]) == (value, days, None)


@pytest.mark.parametrize("text, value", [
    ("weekly", "P1W"), ("annually", "P1Y"), ("every year", "P1Y"), ("every Monday", "XXXX-WXX-1"),
])
def test_sets(text, value):
    assert norm(text, type_="SET")["value"] == value


@pytest.mark.parametrize("text, published, tense, first, last", [
    ("May 24-27, 2021", date(2021, 5, 24), "future", "2021-05-24", "2021-05-27"),
    ("May 24-27", date(2021, 5, 20), "future", "2021-05-24", "2021-05-27"),
    ("May 30 to June 2", date(2021, 5, 20), "future", "2021-05-30", "2021-06-02"),
    ("24-27 May", date(2021, 5, 20), "future", "2021-05-24", "2021-05-27"),
    ("December 30 - January 2", date(2020, 12, 20), "future", "2020-12-30", "2021-01-02"),
    ("Sunday 29 January to Wednesday 1 February 2023", date(2023, 1, 27), "future", "2023-01-29",
     "2023-02-01"),
])
def test_ranges(text, published, tense, first, last):
    out = norm(text, published, tense)
    assert (out["value"], out["first_day"], out["last_day"], out["granularity"]) == (
        first, first, last, "day")
    n = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
    assert out["duration_days"] == n


def seq(published, *items):
    """Timexes in article order: (text, tense, sentence start) -> their values."""
    txs, pos = [], 0
    for text, tense, sent in items:
        txs.append({"text": text, "start": pos, "end": pos + len(text), "type": "DATE",
                    "tense": tense, "sent_start": sent})
        pos += len(text) + 20
    return [o["value"] for o in normalize_timexes(txs, published)]


@pytest.mark.parametrize("published, items, values", [
    # "N units later/earlier" count from the last date mentioned, "N units ago" from publication
    (date(2005, 5, 20), [("May 3, 2005", "past", 0), ("three days later", "past", 0)],
     ["2005-05-03", "2005-05-06"]),
    (date(2005, 5, 20), [("May 3, 2005", "past", 0), ("three days ago", "past", 0)],
     ["2005-05-03", "2005-05-17"]),
    (date(2005, 5, 20), [("2001", "past", 0), ("two years later", "past", 0)], ["2001", "2003"]),
    (date(2005, 5, 20), [("three days later", "past", 0)], ["2005-05-23"]),
    # "the same month a year ago", "the year previous", "the following year"
    (date(2009, 2, 3), [("January", "past", 0), ("the same month a year ago", "past", 0)],
     ["2009-01", "2008-01"]),
    (date(2010, 3, 3), [("February", "past", 0), ("the same period last year", "past", 0)],
     ["2010-02", "2009-02"]),
    (date(2010, 1, 28), [("2009", "past", 0), ("the year previous", "past", 0)], ["2009", "2008"]),
    (date(2010, 1, 28), [("2005", "past", 0), ("the following year", "past", 0)], ["2005", "2006"]),
    (date(2010, 1, 28), [("the previous year", "past", 0)], ["2009"]),
    # "the day" is the last day mentioned; a guessed day (bare time of day) is no reference
    (WED, [("Monday", "past", 0), ("the day", "past", 50)], ["2020-12-07", "2020-12-07"]),
    (WED, [("Tuesday", "past", 0), ("the morning", "past", 50), ("the day", "past", 50)],
     ["2020-12-08", "2020-12-08TMO", "2020-12-08"]),
])
def test_reference_time(published, items, values):
    assert seq(published, *items) == values


@pytest.mark.parametrize("published, items, value", [
    # a bare time of day: the day of its own sentence, else the last past day told of ('arrived on
    # Wednesday morning ... In the evening ...'), else the publication day (not a day ahead: 'a
    # lecture Thursday afternoon ... was to meet Lee in the afternoon' is today)
    (date(2009, 12, 16), [("Tuesday", "past", 0), ("18:00 UTC", "past", 0)], "2009-12-15T18:00Z"),
    (date(2009, 12, 16), [("Tuesday", "past", 0), ("18:00 UTC", "past", 99)], "2009-12-15T18:00Z"),
    (date(2009, 12, 16), [("18:00 UTC", "past", 99)], "2009-12-16T18:00Z"),
    (WED, [("Thursday afternoon", "future", 0), ("the afternoon", "future", 99)], "2020-12-09TAF"),
])
def test_time_of_day_takes_its_sentence_date(published, items, value):
    assert seq(published, *items)[-1] == value


def test_time_takes_the_date_right_after_it():
    txs = [{"text": "16:15 UTC", "start": 0, "end": 9, "type": "TIME", "tense": "past"},
           {"text": "June 1st", "start": 11, "end": 19, "type": "DATE", "tense": "past"}]
    out = normalize_timexes(txs, date(2009, 6, 4))
    assert [o["value"] for o in out] == ["2009-06-01T16:15Z", "2009-06-01"]


def test_mod_of_early_mid_late():
    assert [norm(t, date(2021, 3, 1))["mod"] for t in ("early 2021", "mid-March", "late 2021", "2021")] \
        == ["START", "MID", "END", None]


def test_anaphoric_day_follows_previous_date():
    txs = [{"text": t, "start": 0, "end": 1, "type": "DATE", "tense": "past"}
           for t in ("Monday", "the next day", "that day")]
    out = normalize_timexes(txs, WED)
    assert [o["value"] for o in out] == ["2020-12-07", "2020-12-08", "2020-12-08"]


def test_contract_shape():
    txs = [{"text": "Tuesday", "start": 5, "end": 12, "type": "DATE", "tense": "past"},
           {"text": "four-day", "start": 20, "end": 28, "type": "DURATION", "tense": None}]
    before = json.dumps(txs)
    out = normalize_timexes(txs, WED)
    assert json.dumps(txs) == before  # inputs are not mutated
    assert len(out) == 2 and [o["start"] for o in out] == [5, 20]
    for o in out:
        assert set(o) >= {"text", "start", "end", "type", "value", "first_day", "last_day",
                          "granularity", "part_of_day", "duration_days", "mod"}
    json.dumps(out)
    assert normalize_timexes([], WED) == []


def test_day_range_with_weekday_before_each_day():
    res = norm("Saturday 16 and Sunday 17 April", date(2016, 4, 15))
    assert (res["first_day"], res["last_day"]) == ("2016-04-16", "2016-04-17")
