"""Identity rules across articles (envoy.identity), pure and then through the warehouse loader."""

from datetime import date

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
