"""find_timexes (+ normalize_timexes end to end) on short sentences, and the seed article's gold."""

import itertools
import json
from datetime import date

import pytest
from conftest import SEED, shared_path
from envoy.dates import normalize_timexes
from envoy.sources import parse_seed_header
from envoy.temporal import find_timexes

WED = date(2020, 12, 9)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.fixture(scope="module")
def nlp():
    from envoy.nlp import load_nlp

    return load_nlp()


def run(nlp, text, published=WED, body_start=0):
    return normalize_timexes(find_timexes(nlp(text), body_start), published)


def triples(out):
    return [(t["text"], t["type"], t["value"]) for t in out]


@pytest.mark.parametrize("i, name", list(enumerate(WEEKDAYS)))
def test_each_weekday_past_and_future(nlp, i, name):
    past = run(nlp, f"The minister met his counterpart on {name}.")
    future = run(nlp, f"The minister will meet his counterpart on {name}.")
    expect_past = f"2020-12-{[7, 8, 9, 3, 4, 5, 6][i]:02d}"
    expect_future = f"2020-12-{[14, 15, 9, 10, 11, 12, 13][i]:02d}"
    assert triples(past) == [(name, "DATE", expect_past)]
    assert triples(future) == [(name, "DATE", expect_future)]


SENTENCES = [
    # text, published, expected (text, type, value) triples
    ("Biegun arrived here Tuesday for a four-day trip.", WED,
     [("Tuesday", "DATE", "2020-12-08"), ("four-day", "DURATION", "P4D")]),
    ("Biegun was to meet with Lee Do-hoon in the afternoon.", WED,
     [("the afternoon", "TIME", "2020-12-09TAF")]),
    ("He was due to give a lecture at a local think tank Thursday afternoon.", WED,
     [("Thursday afternoon", "TIME", "2020-12-10TAF")]),
    ("On Thursday he is scheduled to have a breakfast meeting with the minister.", WED,
     [("Thursday", "DATE", "2020-12-10")]),
    ("The envoy is expected to visit Tokyo on Monday.", WED, [("Monday", "DATE", "2020-12-14")]),
    ("Kang is planning to host a banquet for him Friday.", WED,
     [("Friday", "DATE", "2020-12-11")]),
    ("The president's term comes to an end in January.", WED,
     [("January", "DATE", "2021-01")]),
    ("The talks collapsed last December.", date(2021, 1, 15),
     [("last December", "DATE", "2020-12")]),
    ("The two sides signed the deal in January.", WED, [("January", "DATE", "2020-01")]),
    ("Putin to visit India Monday", date(2021, 12, 2), [("Monday", "DATE", "2021-12-06")]),
    # anaphoric parts of a day: "the same evening" is the day just told, "the night before" the one before
    ("He will travel to Quito on Wednesday and return home the same evening.", WED,
     [("Wednesday", "DATE", "2020-12-09"), ("the same evening", "TIME", "2020-12-09TEV")]),
    ("They held talks on Thursday, after a dinner the night before.", WED,
     [("Thursday", "DATE", "2020-12-03"), ("the night before", "TIME", "2020-12-02TNI")]),
    ("He will hold talks in the afternoon before flying back.", WED,
     [("the afternoon", "TIME", "2020-12-09TAF")]),
    ("Secretary Blinken will travel to Jerusalem May 24-27, 2021.", date(2021, 5, 24),
     [("May 24-27, 2021", "DATE", "2021-05-24")]),
    ("The ministers met on 24 May 2021 in Geneva.", date(2021, 5, 26),
     [("24 May 2021", "DATE", "2021-05-24")]),
    ("The summit was held last week, and a new round is set for next month.", WED,
     [("last week", "DATE", "2020-W49"), ("next month", "DATE", "2021-01")]),
    ("Sales rose this year, compared with a year ago.", WED,
     [("this year", "DATE", "2020"), ("a year ago", "DATE", "2019")]),
    ("He has recently visited Moscow and looks forward to the weeks and months ahead.", WED,
     [("recently", "DATE", "PAST_REF"), ("the weeks and months ahead", "DATE", "FUTURE_REF")]),
    ("The index was down 2% at 16:08 UTC.", WED, [("16:08 UTC", "TIME", "2020-12-09T16:08Z")]),
    ("She served for two years before the election.", WED, [("two years", "DURATION", "P2Y")]),
    # tense from reduced relatives: "scheduled for" points forward, "announced in" back
    ("They discussed the MCM, scheduled for October 7-8 in Paris.", date(2021, 6, 25),
     [("October 7-8", "DATE", "2021-10-07")]),
    ("The cuts come on top of plans announced in January.", date(2006, 8, 19),
     [("January", "DATE", "2006-01")]),
    ("He said he would have met them on Tuesday.", WED, [("Tuesday", "DATE", "2020-12-08")]),
    ("The envoy may visit Seoul on Friday.", WED, [("Friday", "DATE", "2020-12-11")]),
    ("The foreign minister is to visit Tokyo on Monday.", WED, [("Monday", "DATE", "2020-12-14")]),
    # year boundaries and leap days
    ("He will arrive in Paris on January 3.", date(2020, 12, 28), [("January 3", "DATE", "2021-01-03")]),
    ("The talks ended on December 30.", date(2021, 1, 4), [("December 30", "DATE", "2020-12-30")]),
    ("The deal was signed on February 29.", date(2020, 3, 5), [("February 29", "DATE", "2020-02-29")]),
    # reference time: the last date mentioned
    ("The jet made its first flight Tuesday in Everett at 18:00 UTC.", date(2009, 12, 16),
     [("Tuesday", "DATE", "2009-12-15"), ("18:00 UTC", "TIME", "2009-12-15T18:00Z")]),
    ("GM filed for bankruptcy at 12:00 UTC Monday.", date(2009, 6, 3),
     [("12:00 UTC Monday", "TIME", "2009-06-01T12:00Z")]),
    ("Sales fell 35% in January, compared to the same month a year ago.", date(2009, 2, 3),
     [("January", "DATE", "2009-01"), ("the same month a year ago", "DATE", "2008-01")]),
    ("Ford posted a profit in 2009, after a loss the year previous.", date(2010, 1, 28),
     [("2009", "DATE", "2009"), ("the year previous", "DATE", "2008")]),
    # holidays, weeks, years written short, parts of day, ranges
    ("The store will open on Christmas Eve.", WED, [("Christmas Eve", "DATE", "2020-12-24")]),
    ("The Nikkei fell to its lowest level since '82.", date(2008, 10, 27), [("'82", "DATE", "1982")]),
    ("The ministers will meet on Friday morning.", WED, [("Friday morning", "TIME", "2020-12-11TMO")]),
    ("Biegun met Choi this morning.", WED, [("this morning", "TIME", "2020-12-09TMO")]),
    ("Sherman will travel to Madrid from March 6 to 8.", date(2022, 3, 2),
     [("March 6 to 8", "DATE", "2022-03-06")]),
    ("Stoltenberg will travel to Japan from Sunday 29 January to Wednesday 1 February 2023.",
     date(2023, 1, 27), [("Sunday 29 January to Wednesday 1 February 2023", "DATE", "2023-01-29")]),
    # what the model misses at a sentence's or line's start
    ("Today in Port Moresby I held talks with Minister Pato.", date(2015, 12, 10),
     [("Today", "DATE", "2015-12-10")]),
    ("Tomorrow I will travel to Buka.", date(2015, 12, 10), [("Tomorrow", "DATE", "2015-12-11")]),
    ("Media release\n10 December 2015\n\nI held talks.", date(2015, 12, 10),
     [("10 December 2015", "DATE", "2015-12-10")]),
    # a programme's slot; a day with its weekday; a monitor's gloss; 'the future of' is no time
    ("Monday, 25 October\nEvening: dinner given by Mr. Nikezić.", date(1965, 10, 22),
     [("Monday, 25 October", "DATE", "1965-10-25"), ("Evening", "TIME", "1965-10-25TEV")]),
    ("He will visit from Monday, 25 October, to Thursday, 28 October.", date(1965, 10, 22),
     [("Monday, 25 October", "DATE", "1965-10-25"), ("Thursday, 28 October", "DATE", "1965-10-28")]),
    ("The King received him yesterday [14 December].", date(1998, 12, 16),
     [("yesterday", "DATE", "1998-12-14"), ("14 December", "DATE", "1998-12-14")]),
    ("The talks will range over the future of the alliance.", WED, []),
]


@pytest.mark.parametrize("text, published, expected", SENTENCES)
def test_sentences(nlp, text, published, expected):
    assert triples(run(nlp, text, published)) == expected


@pytest.mark.parametrize("text, tense", [
    ("Biegun arrived here Tuesday.", "past"),
    ("Biegun will arrive here Tuesday.", "future"),
    ("Biegun was to meet Lee on Tuesday.", "future"),
    ("Biegun is scheduled to meet Lee on Tuesday.", "future"),
    ("Biegun is due to meet Lee on Tuesday.", "future"),
    ("Biegun plans to meet Lee on Tuesday.", "future"),
    ("Biegun meets Lee on Tuesday.", "present"),
    ("Biegun could meet Lee on Tuesday.", "future"),
    ("Biegun would have met Lee on Tuesday.", "past"),
    ("Biegun is understood to have met Lee on Tuesday.", "past"),  # a perfect infinitive
    ("The talks, scheduled for Tuesday, were cancelled.", "future"),
    ("The plans announced on Tuesday were dropped.", "past"),
])
def test_tense_feature(nlp, text, tense):
    (tx,) = find_timexes(nlp(text))
    assert tx["text"] == "Tuesday" and tx["tense"] == tense


def test_spans_are_exact_ordered_and_disjoint(nlp):
    text = "Summit 2021\n\nYesterday the leaders met for three hours, and will meet again Friday."
    out = find_timexes(nlp(text))
    assert [t["text"] for t in out] == ["2021", "Yesterday", "three hours", "Friday"]
    for a, b in itertools.pairwise(out):
        assert a["end"] <= b["start"]
    for t in out:
        assert text[t["start"]:t["end"]] == t["text"]
    json.dumps(out)


def test_body_start_skips_header(nlp):
    text = " date 2020-12-09 The envoy arrived on Tuesday."
    published, body_start = parse_seed_header(text)
    out = run(nlp, text, published, body_start)
    assert triples(out) == [("Tuesday", "DATE", "2020-12-08")]


def test_day_long_is_a_length(nlp):
    out = find_timexes(nlp("He will end with a day-long visit to Port Vila on February 23."))
    assert [(t["text"], t["type"]) for t in out] == [("day-long", "DURATION"), ("February 23", "DATE")]


def test_non_temporal_junk_dropped(nlp):
    assert find_timexes(nlp("About a quarter of the members voted for the program.")) == []


def test_seed_article_gold_timexes(nlp):
    gold = shared_path("seeds", "000_8899a6e04dc6c744.gold.json")
    text = SEED.read_text(encoding="utf-8")
    published, body_start = parse_seed_header(text)
    out = run(nlp, text, published, body_start)
    got = [{k: t[k] for k in ("text", "start", "end", "type", "value")} for t in out]
    assert got == json.loads(gold.read_text(encoding="utf-8"))["timexes"]
    assert all(t["start"] >= body_start for t in out)
