"""Identity across articles: when two reports name one official, one trip, one meeting.

Officials: the same person if the countries agree (equal, or one unknown) and one name's words
are the other's in order, a lone word being the first or last of the fuller name ("Biden" and
"Joseph R. Biden, Jr."; "Moon" and "Moon Jae-in"), initials and Jr./Sr. aside. The fuller name is
kept as the official's name, the others become aliases.

Trips (same traveler and destination country) and meetings (same participants) are one event when
their days overlap; a report without days is the same event as a dated one if it was published
from two weeks before the event (an announcement) to three days after it (a readout); two undated
reports are one event if published within a week of each other. "held" wins over "planned".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
ANNOUNCED_AHEAD = timedelta(days=14)
REPORTED_AFTER = timedelta(days=3)
UNDATED_SAME_EVENT = timedelta(days=7)


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in folded if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """Case, accents, punctuation and spacing do not distinguish two names."""
    return re.sub(r"[\W_]+", "", _fold(name))


def name_words(name: str) -> list[str]:
    """The words that identify a person: no initials, no Jr./Sr., hyphens folded ("Jong-kun")."""
    words = [re.sub(r"[\W_]+", "", w) for w in re.split(r"[\s,]+", _fold(name))]
    return [w for w in words if len(w) > 1 and w not in NAME_SUFFIXES]


def same_person(a: str, a_country: str | None, b: str, b_country: str | None) -> bool:
    if a_country and b_country and a_country != b_country:
        return False
    short, long = sorted((name_words(a), name_words(b)), key=len)
    if not short:
        return False
    if len(short) == 1 and short[0] not in (long[0], long[-1]):
        return False
    rest = iter(long)
    return all(word in rest for word in short)  # in order


def fuller_name(a: str, b: str) -> str:
    return max((a, b), key=lambda n: (len(name_words(n)), len(n)))


@dataclass(frozen=True)
class Report:
    """What is known of an event's days, and when the articles reporting it were published."""

    first: date | None
    last: date | None
    published_first: date
    published_last: date

    @property
    def dated(self) -> bool:
        return self.first is not None

    def days(self) -> tuple[date, date]:
        return self.first, self.last or self.first


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def same_event(a: Report, b: Report) -> bool:
    if a.dated and b.dated:
        return _overlap(a.days(), b.days())
    if a.dated or b.dated:
        dated, undated = (a, b) if a.dated else (b, a)
        first, last = dated.days()
        window = (first - ANNOUNCED_AHEAD, last + REPORTED_AFTER)
        return _overlap(window, (undated.published_first, undated.published_last))
    window = (a.published_first - UNDATED_SAME_EVENT, a.published_last + UNDATED_SAME_EVENT)
    return _overlap(window, (b.published_first, b.published_last))
