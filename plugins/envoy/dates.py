"""Normalization of temporal expressions to TIMEX3 values anchored on the publication date.

A pure function of the timex dicts made by `envoy.temporal.find_timexes` (text, type, tense)
and the publication date: no spaCy, no clock. Weekdays and year-less months are resolved by the
tense of the governing clause (past -> previous occurrence, else next). As in HeidelTime, some
expressions resolve against the last date mentioned instead ("the next day", "three days later",
"the same month a year ago", a bare "18:00 UTC" after "Tuesday" in its sentence). dateutil does the
calendar arithmetic and parses complete written dates (its clock-dependent two-digit-year rule is
pinned to the publication year); dateparser is not used: ~17 ms a call, and its past/future
preference skips the publication day itself. Calendar bounds
(first_day/last_day) come with every resolved value so callers can tell day-precise dates
(first_day == last_day) from coarser ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from dateutil import parser as dateutil_parser
from dateutil.easter import easter
from dateutil.relativedelta import MO, TH, relativedelta

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
         "overnight": "NI"}
PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9),
           "winter": ("WI", 12)}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen"])}
NUMBERS.update({w: 10 * (i + 2) for i, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])})
NUMBERS.update({"a": 1, "an": 1, "single": 1, "couple": 2, "dozen": 12, "hundred": 100})
UNIT_CODES = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W",
              "weekend": "D", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
              "decade": "Y", "century": "Y"}
UNIT_SCALE = {"fortnight": 2, "decade": 10, "century": 100, "weekend": 2}

MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
      r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
DASH = r"\s*(?:-|–|—|to|through|until|and)\s*"
UNIT = r"(second(?=s)|minute|hour|day|weekend|week|fortnight|month|quarter|year|decade|centur)"
NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + \
      r"|several|few|many|some)"

FUTURE_REF = re.compile(r"\b(ahead|future|soon|near[- ]term|long[- ]term|short[- ]term|"
                        r"coming (days|weeks|months|years)|"
                        r"(next|coming) (few|several) (days|weeks|months|years)|"
                        r"later date|later time|later stage)\b")
PAST_REF = re.compile(r"^(recent(ly)?|more recently|until recently|the past|in the past|"
                      r"previously|formerly|once|history|recent (days|weeks|months|years)|"
                      r"the (past|last) (few|several) (days|weeks|months|years)|"
                      r"earlier|some time ago|long ago)$")
PRESENT_REF = re.compile(r"^(now|right now|just now|currently|current|the present|present|"
                         r"nowadays|the time being|these days|at present|ongoing|"
                         r"this time|so far|to date)$")


@dataclass(frozen=True)
class _Res:
    value: str
    first: date | None = None
    last: date | None = None
    gran: str | None = None
    part: str | None = None
    days: int | None = None
    mod: str | None = None  # TIMEX3 mod of "early/mid/late X": START, MID, END
    mentioned: bool = True  # False for a guessed day: it is no reference time for what follows


@dataclass
class _Refs:
    """What anaphoric expressions resolve against (HeidelTime's reference time): the publication
    date, or the last date the article mentioned."""
    pub: date
    day: date  # last day-precise date mentioned ("the next day", "three days later")
    period: _Res | None = None  # last calendar value of any granularity ("the same month a year ago")
    sent_days: dict[int, date] = field(default_factory=dict)  # sentence start -> its last day
    headings: dict[int, date] = field(default_factory=dict)  # paragraph start -> its heading's day
    # paragraph start -> the dates it named with their weekday ('Monday, 9 September ... On Monday')
    named_weekdays: dict[int, dict[int, date]] = field(default_factory=dict)
    filed: date | None = None  # the day a dateline gives, when the story is printed days later
    day_sent: int | None = None  # the sentence `day` was told in

    def anchor(self) -> date:
        return self.period.first if self.period else self.pub

    def note(self, res: _Res, sent_start: int | None) -> None:
        if res.first is None or not res.mentioned:
            return
        self.period = res
        if res.first == res.last:
            self.day, self.day_sent = res.first, sent_start
            if sent_start is not None:
                self.sent_days[sent_start] = res.first


def _day(d: date) -> _Res:
    return _Res(d.isoformat(), d, d, "day")


def _month(y: int, m: int) -> _Res:
    first = date(y, m, 1)
    return _Res(f"{y:04d}-{m:02d}", first, first + relativedelta(months=1, days=-1), "month")


def _year(y: int) -> _Res:
    return _Res(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def _week(d: date) -> _Res:
    monday = d - timedelta(days=d.weekday())
    y, w, _ = monday.isocalendar()
    return _Res(f"{y}-W{w:02d}", monday, monday + timedelta(days=6), "week")


def _weekend(d: date) -> _Res:
    week = _week(d)
    return _Res(week.value + "-WE", week.first + timedelta(days=5), week.last, "week")


def _quarter(y: int, q: int) -> _Res:
    first = date(y, 3 * q - 2, 1)
    return _Res(f"{y}-Q{q}", first, first + relativedelta(months=3, days=-1), "quarter")


def _half(y: int, h: int) -> _Res:
    first = date(y, 6 * h - 5, 1)
    return _Res(f"{y}-H{h}", first, first + relativedelta(months=6, days=-1), "quarter")


def _season(y: int, name: str) -> _Res:
    code, m = SEASONS[name]
    first = date(y, m, 1)
    return _Res(f"{y}-{code}", first, first + relativedelta(months=3, days=-1), "season")


def _decade(y: int) -> _Res:
    d = y - y % 10
    return _Res(str(d // 10), date(d, 1, 1), date(d + 9, 12, 31), "decade")


def _num(word: str) -> float | None:
    """'4', 'four', 'a', 'twenty-five', 'two and a half' -> number; vague words -> None."""
    word = word.replace(",", "").strip()
    if re.fullmatch(r"\d+(\.\d+)?", word):
        return float(word)
    half = 0.5 if word.endswith(" and a half") else 0.0
    word = word.removesuffix(" and a half")
    total = 0.0
    for part in re.split(r"[- ]", word):
        if part not in NUMBERS:
            return None
        total += NUMBERS[part]
    return total + half


def _pick_year(pub: date, tense: str | None, make) -> _Res:
    """Year-less month/day: the candidate nearest the publication date, then tense decides."""
    cands = [make(y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    cands = [c for c in cands if c is not None]

    def distance(c: _Res) -> int:
        if c.first <= pub <= c.last:
            return 0
        return min(abs((c.first - pub).days), abs((c.last - pub).days))

    best = min(cands, key=lambda c: (distance(c), c.first > pub))
    i = cands.index(best)
    if best.gran == "day" and distance(best) <= 31:
        return best  # a date within a month is that date, whatever the (often reported) tense
    if tense == "past" and best.first > pub and i > 0:
        return cands[i - 1]
    if tense == "future" and best.last < pub and i + 1 < len(cands):
        return cands[i + 1]
    return best


def _range(y: int, m1: int, d1: int, m2: int, d2: int) -> _Res | None:
    try:
        first = date(y, m1, d1)
        last = date(y if m2 >= m1 else y + 1, m2, d2)
    except ValueError:
        return None
    if last < first:
        return None
    if last == first:
        return _day(first)
    return _Res(first.isoformat(), first, last, "day", days=(last - first).days + 1)


def _month_num(s: str) -> int:
    return MONTHS[s.rstrip(".")[:3]]


# --- explicit calendar dates -------------------------------------------------------------

MDY = re.compile(rf"\b{MON}\s+{ORD}(?:{DASH}(?:{MON}\s+)?{ORD})?\b(?:,?\s+(\d{{4}}))?")
WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
# "Saturday 16 and Sunday 17 April": a weekday may open the second day
DMY = re.compile(rf"\b{ORD}(?:{DASH}(?:{WEEKDAY_WORD})?{ORD})?\s+(?:of\s+)?{MON}(?:,?\s+(\d{{4}}))?")
# "29 January to Wednesday 1 February 2023": a weekday may open the second date
DMY_RANGE2 = re.compile(rf"\b{ORD}\s+{MON}{DASH}(?:{WEEKDAY_WORD})?{ORD}\s+{MON}(?:,?\s+(\d{{4}}))?")
MY = re.compile(rf"\b{MON},?\s+(?:of\s+)?(\d{{4}})\b")
ISO = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b")
SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")


class _PinnedYears(dateutil_parser.parserinfo):
    """dateutil's parser, American month/day order, with its one clock dependency removed: a
    two-digit year is placed in the century window around the publication year, not today's."""

    def __init__(self, pub_year: int):
        super().__init__(dayfirst=False, yearfirst=False)
        self.pub_year = pub_year

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        if year >= 100 or century_specified:
            return year
        year += self.pub_year // 100 * 100
        return year - 100 if year > self.pub_year + 10 else year


def _full_date(s: str, pub: date) -> _Res | None:
    """A complete calendar date in any of the usual written formats ("7/8/07", "24 May 2021")."""
    try:
        parsed = dateutil_parser.parse(s, parserinfo=_PinnedYears(pub.year),
                                       default=datetime(pub.year, 1, 1))
    except (ValueError, OverflowError):
        return None
    return _day(parsed.date())


def _dated(y: str | None, pub: date, tense: str | None, make) -> _Res | None:
    if y:
        return make(int(y))
    return _pick_year(pub, tense, make)


def _explicit(t: str, pub: date, tense: str | None) -> _Res | None:
    if m := ISO.search(t) or SLASH.search(t):
        return _full_date(m.group(0), pub)
    if m := DMY_RANGE2.search(t):
        d1, m1, d2, m2, y = m.groups()
        return _dated(y, pub, tense, lambda yy: _range(
            yy, _month_num(m1), int(d1), _month_num(m2), int(d2)))
    if m := MDY.search(t):
        m1, d1, m2, d2, y = m.groups()
        if int(d1) > 31 or (d2 and int(d2) > 31):
            return None
        if y and not d2:
            return _full_date(m.group(0), pub)
        mon1 = _month_num(m1)
        mon2 = _month_num(m2) if m2 else mon1
        return _dated(y, pub, tense, lambda yy: _range(yy, mon1, int(d1), mon2, int(d2 or d1)))
    if m := DMY.search(t):
        d1, d2, m1, y = m.groups()
        if y and not d2:
            return _full_date(m.group(0), pub)
        mon = _month_num(m1)
        return _dated(y, pub, tense, lambda yy: _range(yy, mon, int(d1), mon, int(d2 or d1)))
    if m := MY.search(t):
        return _month(int(m.group(2)), _month_num(m.group(1)))
    return None


# --- weekdays and days relative to publication ------------------------------------------

WEEKDAY = re.compile(r"\b(?:(last|next|this|coming|past|previous|following)\s+)?"
                     r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def weekday_date(pub: date, wd: int, tense: str | None, mod: str | None = None) -> date:
    """Same weekday as publication -> that day; past -> previous occurrence; else next."""
    delta = (wd - pub.weekday()) % 7
    if mod in ("last", "past", "previous"):
        return pub - timedelta(days=(7 - delta) if delta else 7)
    if mod in ("next", "coming", "following"):
        return pub + timedelta(days=delta or 7)
    if delta == 0:
        return pub
    if tense == "past" or tense is None:
        return pub - timedelta(days=7 - delta)
    return pub + timedelta(days=delta)


WEEKDAY_WITH_DAY = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday) \(?(\d{1,2})\)?$")


def _weekday_with_day(t: str, pub: date) -> _Res | None:
    """'on Monday (2)' (a style of Sri Lankan and South Asian releases), 'Thursday 22 and Friday 23
    October' (the month told once, after the second): the day of that number,
    within a month either side of publication, that falls on that weekday."""
    m = WEEKDAY_WITH_DAY.match(t)
    if not m:
        return None
    wd, day = WEEKDAYS.index(m.group(1)), int(m.group(2))
    near = [pub + timedelta(days=k) for k in range(-40, 41)]
    fits = [d for d in near if d.day == day and d.weekday() == wd]
    return _day(min(fits, key=lambda d: abs(d - pub))) if fits else None


DAY_OF_MONTH = re.compile(  # 'the 16th', 'the evening of the 10th'
    r"^(?:the (?:morning|afternoon|evening|night) of )?the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)$"
)


def _day_of_month(t: str, pub: date, tense: str | None) -> _Res | None:
    """'On the 16th I will travel': that day of the publication month, else of the month next to it
    the tense points to (ahead for the future, back for the past)."""
    m = DAY_OF_MONTH.match(t)
    if not m:
        return None
    near = [pub + timedelta(days=k) for k in range(-40, 41)]
    fits = [d for d in near if d.day == int(m.group(1))]
    if tense == "future":
        fits = [d for d in fits if d >= pub] or fits
    elif tense == "past":
        fits = [d for d in fits if d <= pub] or fits
    return _day(min(fits, key=lambda d: abs(d - pub))) if fits else None


# 'Wednesday next week', 'on Friday last week': that weekday in the calendar week named
WEEKDAY_OF_WEEK = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(next|last|this) week\b"
)


def _weekday(t: str, pub: date, tense: str | None) -> _Res | None:
    if res := _weekday_with_day(t, pub):
        return res
    if m := WEEKDAY_OF_WEEK.search(t):
        weeks = {"next": 1, "last": -1, "this": 0}[m.group(2)]
        return _day(pub + timedelta(days=WEEKDAYS.index(m.group(1)) - pub.weekday() + 7 * weeks))
    m = WEEKDAY.search(t)
    if not m:
        return None
    first = weekday_date(pub, WEEKDAYS.index(m.group(2)), tense, m.group(1))
    if until := WEEKDAY_RANGE_END.match(t, m.end()):  # 'Sunday to Tuesday': through the next Tuesday
        length = timedelta(days=(WEEKDAYS.index(until.group(1)) - first.weekday()) % 7)
        began = pub - timedelta(days=(pub.weekday() - first.weekday()) % 7)
        if tense == "present" and began + length >= pub:  # 'is in China from Sunday to Thursday'
            first = began
        return _Res(first.isoformat(), first, first + length, "day", days=length.days + 1)
    return _day(first)


WEEKDAY_RANGE_END = re.compile(r"\s*(?:-|–|to|through|thru|until|till)\s+"
                               r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


REL_DAYS = [("the day before yesterday", -2), ("the day after tomorrow", 2), ("yesterday", -1),
            ("last night", -1), ("tomorrow", 1), ("today", 0), ("tonight", 0), ("this morning", 0),
            ("this afternoon", 0), ("this evening", 0), ("overnight", 0)]


def _relative_day(t: str, pub: date) -> _Res | None:
    for phrase, offset in REL_DAYS:
        if re.search(rf"\b{phrase}\b", t):
            return _day(pub + timedelta(days=offset))
    return None


AGO = re.compile(rf"\b{NUM}?\s*(?:and a half\s+)?{UNIT}(?:ies|s)?\s+"
                 r"(ago|earlier|before|later|after|from now|hence|since)\b")


DEICTIC_OFFSET = {"ago", "from now", "hence"}  # counted from the publication date


def _ago(t: str, refs: _Refs) -> _Res | None:
    """"three days ago" counts from publication; "three days later" from the last date mentioned."""
    m = AGO.search(t)
    if not m:
        return None
    if m.group(2) in {"hour", "minute"}:  # 'a few hours later': that day
        return _day(refs.pub if m.group(3) in DEICTIC_OFFSET | {"ago"} else refs.day)
    n = _num(m.group(1)) if m.group(1) else 1
    if n is None:
        return _Res("PAST_REF" if m.group(3) in ("ago", "earlier", "before") else "FUTURE_REF")
    n = int(n) * (-1 if m.group(3) in ("ago", "earlier", "before") else 1)
    unit = m.group(2)
    if m.group(3) in DEICTIC_OFFSET:
        base = refs.pub
    else:
        base = refs.day if unit in ("day", "week", "fortnight") else refs.anchor()
    if unit in ("day", "week", "fortnight"):
        return _day(base + timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit]))
    if unit == "month":
        d = base + relativedelta(months=n)
        return _month(d.year, d.month)
    if unit in ("year", "decade", "centur"):
        return _year(base.year + n * {"year": 1, "decade": 10, "centur": 100}[unit])
    return None


SAME_LAST_YEAR = re.compile(r"^the same (month|period|quarter|week|day|time|season)\b.*\b("
                            r"a year (ago|earlier|before)|last year|the (previous|prior) year|"
                            r"(of )?the last year)$")


def _same_period_last_year(t: str, refs: _Refs) -> _Res | None:
    """"sales fell in January, compared to the same month a year ago": last mention, minus a year."""
    m = SAME_LAST_YEAR.match(t)
    if not m:
        return None
    base = refs.period
    if base is None or base.gran not in ("day", "week", "month", "quarter", "season"):
        return _year(refs.pub.year - 1)
    first = base.first - relativedelta(years=1)
    if m.group(1) == "month" or base.gran == "month":
        return _month(first.year, first.month)
    if base.gran == "quarter":
        return _quarter(first.year, (first.month - 1) // 3 + 1)
    if base.gran == "week":
        return _week(first)
    if base.gran == "season":
        return replace(base, value=f"{first.year}{base.value[4:]}", first=first,
                       last=base.last - relativedelta(years=1))
    return _day(first)


ANAPHORIC_PERIOD = re.compile(r"^the (?:(previous|preceding|prior|following|next) (week|month|year)"
                              r"|(week|month|year) (before|after|earlier|later|previous|prior))$")


def _anaphoric_period(t: str, refs: _Refs) -> _Res | None:
    """"the following year", "the week before": next to the last date mentioned, not to today."""
    m = ANAPHORIC_PERIOD.match(t)
    if not m:
        return None
    unit = m.group(2) or m.group(3)
    backward = {"previous", "preceding", "prior", "before", "earlier"}
    step = -1 if (m.group(1) or m.group(4)) in backward else 1
    base = refs.anchor()
    if unit == "week":
        return _week(refs.day + timedelta(weeks=step))
    if unit == "month":
        d = base + relativedelta(months=step)
        return _month(d.year, d.month)
    return _year(base.year + step)


# --- calendar periods: this/last/next week, month names, quarters, seasons, years ----------

PERIOD = re.compile(r"\b(this|last|next|past|previous|coming|current|following|the same)?\s*"
                    r"(week|weekend|month|year|decade|quarter)\b")
SHIFT = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def _period(t: str, pub: date, tense: str | None) -> _Res | None:
    m = PERIOD.search(t)
    if not m:
        return None
    mod, unit = m.group(1), m.group(2)
    if mod is None and not re.search(r"\b(the|this|that)\s+" + unit + r"\b", t):
        return None
    n = SHIFT.get(mod or "", 0)
    if unit == "week":
        return _week(pub + timedelta(weeks=n))
    if unit == "weekend":
        return _weekend(pub + timedelta(weeks=n))
    if unit == "month":
        d = pub + relativedelta(months=n)
        return _month(d.year, d.month)
    if unit == "quarter":
        q = (pub.month - 1) // 3 + n
        return _quarter(pub.year + (q // 4), q % 4 + 1)
    if unit == "decade":
        return _decade(pub.year + 10 * n)
    return _year(pub.year + n)


def _anchor_year(t: str, pub: date) -> int | None:
    if m := re.search(r"\b(1[5-9]\d\d|20\d\d)\b", t):
        return int(m.group(1))
    if re.search(r"\b(last|previous|past) year\b", t):
        return pub.year - 1
    if re.search(r"\bnext year\b", t):
        return pub.year + 1
    if re.search(r"\b(this|current) year\b", t):
        return pub.year
    return None


QUARTER = re.compile(r"\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th|q[1-4])"
                     r"(?:[- ](?:fiscal[- ])?quarter)?\b")
HALF = re.compile(r"\b(first|second|1st|2nd)\s+half\b|\bh([12])\b")


def _quarter_or_half(t: str, pub: date, tense: str | None) -> _Res | None:
    year = _anchor_year(t, pub)
    if (m := HALF.search(t)) and ("half" in t or m.group(2)):
        h = ORDINALS.get(m.group(1) or "", 0) or int(m.group(2))
        if year:
            return _half(year, h)
        return _pick_year(pub, tense, lambda y: _half(y, h))
    m = QUARTER.search(t)
    if not m or not (re.search(r"quarter", t) or m.group(1).startswith("q")):
        return None
    word = m.group(1)
    if word in ("final", "last") and "quarter" in t and not year and "last quarter" in t:
        q = (pub.month - 1) // 3 - 1
        return _quarter(pub.year + q // 4, q % 4 + 1)
    q = 4 if word in ("final", "last") else ORDINALS[word]
    if year:
        return _quarter(year, q)
    # a bare "third quarter" is usually the latest one reported, or the next one if forward
    return _pick_year(pub, tense or "past", lambda y: _quarter(y, q))


SEASON = re.compile(r"\b(?:(last|next|this|coming|past)\s+)?(spring|summer|autumn|fall|winter)\b")


def _season_res(t: str, pub: date, tense: str | None) -> _Res | None:
    m = SEASON.search(t)
    if not m:
        return None
    name, year = m.group(2), _anchor_year(t, pub)
    if year:
        return _season(year, name)
    if m.group(1):
        cands = [_season(y, name) for y in (pub.year - 1, pub.year, pub.year + 1)]
        if m.group(1) in ("last", "past"):
            return [c for c in cands if c.last < pub][-1]
        if m.group(1) in ("next", "coming"):
            return next(c for c in cands if c.first > pub)
    return _pick_year(pub, tense, lambda y: _season(y, name))


MONTH_ALONE = re.compile(rf"\b(?:(last|next|this|coming|past|previous)\s+)?{MON}(?!\w)")


def _month_res(t: str, pub: date, tense: str | None) -> _Res | None:
    m = MONTH_ALONE.search(t)
    if not m or (m.group(2) == "may" and not re.fullmatch(r"(\w+ )*may", t)):
        return None
    mon, mod = _month_num(m.group(2)), m.group(1)
    if year := _anchor_year(t, pub):
        return _month(year, mon)
    if mod in ("last", "past", "previous"):
        y = pub.year if mon < pub.month else pub.year - 1
        return _month(y, mon)
    if mod in ("next", "coming"):
        y = pub.year if mon > pub.month else pub.year + 1
        return _month(y, mon)
    return _pick_year(pub, tense, lambda y: _month(y, mon))


def _year_res(t: str, pub: date) -> _Res | None:
    if m := re.search(r"\b(\d\d?)(?:st|nd|rd|th) century\b", t):
        start = (int(m.group(1)) - 1) * 100  # the 21st century is 2000-2099, TIMEX3 value "20"
        return _Res(f"{start // 100:02d}", date(max(start, 1), 1, 1), date(start + 99, 12, 31), "century")
    if m := re.search(r"\b(1[5-9]\d\d|20\d\d)\s*(?:-|–|to|and|through)\s*(1[5-9]\d\d|20\d\d)\b", t):
        first, last = _year(int(m.group(1))), _year(int(m.group(2)))
        if first.first < last.first:  # "2022–2024": first year as value, both as bounds
            return replace(first, last=last.last)
    if m := re.search(r"\b(?:the\s+)?(1[5-9]\d|20\d)0'?s\b", t):
        return _decade(int(m.group(1)) * 10)
    if m := re.search(r"(?:^|\s)(?:the\s+)?'?(\d)0'?s\b", t):
        century = 2000 if int(m.group(1)) * 10 <= pub.year % 100 - 10 else 1900
        return _decade(century + int(m.group(1)) * 10)
    if m := re.search(r"\b(1[5-9]\d\d|20\d\d)\b", t):
        return _year(int(m.group(1)))
    if m := re.search(r"(?:^|\s)'(\d\d)\b", t):
        y = int(m.group(1))
        return _year(2000 + y if y <= pub.year % 100 + 1 else 1900 + y)
    return None


# --- durations, sets, times of day -------------------------------------------------------

DURATION = re.compile(rf"\b{NUM}(?:[- ]and a half)?(?:[- ](?:plus|more|straight|consecutive|"
                      rf"full|long|trading|business|working|calendar))?[- ]{UNIT}")
VAGUE_DURATION = re.compile(rf"^(?:(?:the|these|those|over|for|in|recent|past|many|several|"
                            rf"few|some|coming|next|last)\s+)*{UNIT}(?:ies|s)\b")


def _duration(t: str) -> _Res | None:
    if m := DURATION.search(t):
        n = _num(m.group(1) + (" and a half" if "and a half" in m.group(0) else ""))
        unit = m.group(2)
    elif m := VAGUE_DURATION.search(t):
        n, unit = None, m.group(1)
    elif m := re.search(rf"\b(?:a|an|one|the)?\s*{UNIT}\b", t):
        n, unit = 1.0, m.group(1)
    else:
        return None
    code = UNIT_CODES["century" if unit == "centur" else unit]
    if n is None:
        return _Res(f"P{code[:-1]}X{code[-1]}")
    n *= UNIT_SCALE.get("century" if unit == "centur" else unit, 1)
    num = str(int(n)) if n == int(n) else str(n)
    days = {"D": 1, "W": 7}.get(code)
    return _Res(f"P{code[:-1]}{num}{code[-1]}",
                days=int(n * days) if days and n == int(n) else None)


SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annual": "P1Y",
        "annually": "P1Y", "quarterly": "P1Q", "hourly": "PT1H"}


def _set(t: str) -> _Res | None:
    for word, value in SETS.items():
        if re.search(rf"\b{word}\b", t):
            return _Res(value)
    if m := WEEKDAY.search(t):
        return _Res(f"XXXX-WXX-{WEEKDAYS.index(m.group(2)) + 1}")
    if m := re.search(rf"\b(?:every|each|per|a)\s+{UNIT}", t):
        return _duration("one " + m.group(1))
    return None


CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*(a\.m\.?|p\.m\.?|am|pm)|\b(\d{1,2})[:.](\d\d)\b"
                   r"|\b(noon|midday|midnight)\b|\b([01]\d|2[0-3])([0-5]\d)\s*(?:utc|gmt)\b")


def _clock(t: str) -> str | None:
    """'3:30 p.m.' -> 'T15:30' (UTC/GMT marked Z); None if no clock time."""
    m = CLOCK.search(t)
    if not m:
        return None
    h12, m12, ampm, h24, m24, word, hh, mm = m.groups()
    if word:
        h, mins = (0 if word == "midnight" else 12), 0
    elif ampm:
        h = int(h12) % 12 + (12 if ampm.startswith("p") else 0)
        mins = int(m12 or 0)
    else:
        h, mins = (int(h24), int(m24)) if h24 else (int(hh), int(mm))
    if h > 23 or mins > 59:
        return None
    zone = "Z" if re.search(r"\b(utc|gmt)\b", t) else ""
    return f"T{h:02d}:{mins:02d}{zone}"


def _part(t: str) -> str | None:
    m = re.search(r"\b(morning|afternoon|evening|night|tonight|overnight)\b", t)
    return PARTS[m.group(1)] if m else None


# 'later that day', 'earlier that morning', 'earlier in the day': the day last mentioned
ANAPHORIC_DAY = [(r"\b(that|the same|that same) (day|morning|afternoon|evening|night)\b"
                  r"|(^|^end |^for |\bof |\bin )the day$", 0),
                 (r"\bthe (next|following) (day|morning|afternoon|evening|night)\b", 1),
                 (r"\bthe (previous|preceding) (day|morning|afternoon|evening|night)\b"
                  r"|\bthe (day|morning|afternoon|evening|night) before\b", -1)]


def _anaphoric(t: str, anchor: date) -> _Res | None:
    for pattern, offset in ANAPHORIC_DAY:
        if re.search(pattern, t):
            return _day(anchor + timedelta(days=offset))
    return None


# --- holidays, weeks of a month, early/mid/late ------------------------------------------

def _fixed(month: int, day: int):
    return lambda y: date(y, month, day)


def _nth_weekday(month: int, weekday):
    return lambda y: date(y, month, 1) + relativedelta(weekday=weekday)


# The holidays news dates things by; the US ones because the corpora are mostly American.
HOLIDAYS = [
    ("christmas eve", _fixed(12, 24)), ("christmas", _fixed(12, 25)),
    ("new year's eve", _fixed(12, 31)), ("new year", _fixed(1, 1)),
    ("good friday", lambda y: easter(y) - timedelta(days=2)),
    ("easter monday", lambda y: easter(y) + timedelta(days=1)), ("easter", easter),
    ("thanksgiving", _nth_weekday(11, TH(+4))), ("independence day", _fixed(7, 4)),
    ("labou?r day", _nth_weekday(9, MO(+1))),
    ("memorial day", lambda y: date(y, 5, 31) + relativedelta(weekday=MO(-1))),
    (r"martin luther king(?: jr\.?)? day", _nth_weekday(1, MO(+3))),
    ("presidents'? day", _nth_weekday(2, MO(+3))), ("veterans day", _fixed(11, 11)),
    ("valentine's day", _fixed(2, 14)), ("halloween", _fixed(10, 31)),
]
HOLIDAY_RE = re.compile(r"\b(" + "|".join(name for name, _ in HOLIDAYS) + r")\b")


def _holiday(t: str, pub: date, tense: str | None) -> _Res | None:
    m = HOLIDAY_RE.search(t)
    if not m:
        return None
    when = next(fn for name, fn in HOLIDAYS if re.fullmatch(name, m.group(1)))
    if year := _anchor_year(t, pub):
        return _day(when(year))
    return _pick_year(pub, tense, lambda y: _day(when(y)))


WEEK_OF_MONTH = re.compile(rf"^the (first|second|third|fourth|last|final) week (?:of|in) {MON}"
                           r"(?:,? (\d{4}))?$")


def _week_of_month(t: str, pub: date, tense: str | None) -> _Res | None:
    """ISO's majority rule: a month's first week holds its first Thursday, its last its last."""
    if t.startswith("the week of ") and (day := _explicit(t[12:], pub, tense)):
        return _week(day.first) if day.first else None  # "the week of May 24"
    m = WEEK_OF_MONTH.match(t)
    if not m:
        return None
    which, mon, year = m.group(1), _month_num(m.group(2)), m.group(3)

    def week(y: int) -> _Res:
        if which in ("last", "final"):
            return _week(date(y, mon, 1) + relativedelta(day=31, weekday=TH(-1)))
        first_thursday = date(y, mon, 1) + relativedelta(weekday=TH(+1))
        return _week(first_thursday + timedelta(weeks=ORDINALS[which] - 1))

    return week(int(year)) if year else _pick_year(pub, tense, week)


PART_OF_PERIOD = re.compile(r"^(?:(early|the (?:start|beginning) of|the early part of)|"
                            r"(mid|the middle of)|(late|the end of|the late part of))\b-?")


def _thirds(res: _Res) -> tuple[date, date]:
    """Where the second and last thirds of a period begin: by months for a year or longer
    (Jan-Apr, May-Aug, Sep-Dec), by days for shorter periods (1-10, 11-20, 21-31)."""
    months = (res.last.year - res.first.year) * 12 + res.last.month - res.first.month + 1
    if months >= 12 and res.first.day == 1:
        return (res.first + relativedelta(months=months // 3),
                res.first + relativedelta(months=2 * (months // 3)))
    third = ((res.last - res.first).days + 1) // 3
    return res.first + timedelta(days=third), res.first + timedelta(days=2 * third)


def _narrowed(t: str, res: _Res, pub: date) -> _Res:
    """"early 2021" keeps the value 2021 (TIMEX3 mod START) but bounds Jan 1 - Apr 30;
    "later this year" runs from the day after publication."""
    if res.first is None or res.first == res.last:
        return res
    if m := PART_OF_PERIOD.match(t):
        one, two = _thirds(res)
        if m.group(1):
            return replace(res, last=one - timedelta(days=1), mod="START")
        if m.group(2):
            return replace(res, first=one, last=two - timedelta(days=1), mod="MID")
        return replace(res, first=two, mod="END")
    if re.match(r"(later|the rest of) this\b", t) and res.first <= pub < res.last:
        return replace(res, first=pub + timedelta(days=1))
    if re.match(r"earlier this\b", t) and res.first < pub <= res.last:
        return replace(res, last=pub - timedelta(days=1))
    return res


# --- dispatch ----------------------------------------------------------------------------

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
DAY_ORDINALS = {
    **{w: n for n, w in enumerate(_UNITS, 1)},
    **{w: n for n, w in enumerate(["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                   "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"], 10)},
    **{f"twenty-{w}": 20 + n for n, w in enumerate(_UNITS, 1)},
    "thirtieth": 30, "thirty-first": 31,
}
# 'Saturday, the fifth of January': the day written out
WORD_DAY_OF_MONTH = re.compile(rf"\b(?:the )?({'|'.join(DAY_ORDINALS)}) of ({'|'.join(MONTHS)})\b")


def _clean(text: str) -> str:
    t = text.lower().replace("’", "'").replace("‘", "'")
    t = re.sub(r"\s+", " ", t).strip()
    t = WORD_DAY_OF_MONTH.sub(lambda m: f"{DAY_ORDINALS[m.group(1)]} {m.group(2)}", t)
    return re.sub(r"'s$", "", t)


def _refs(t: str) -> _Res | None:
    if PRESENT_REF.match(t):
        return _Res("PRESENT_REF")
    if PAST_REF.match(t):
        return _Res("PAST_REF")
    if FUTURE_REF.search(t) and not re.search(r"\d|" + MON, t):
        return _Res("FUTURE_REF")
    return None


def _calendar(t: str, tense: str | None, refs: _Refs) -> _Res | None:
    pub = refs.pub
    return (_same_period_last_year(t, refs) or _week_of_month(t, pub, tense)
            or _explicit(t, pub, tense) or _ago(t, refs) or _weekday(t, pub, tense)
            or _day_of_month(t, pub, tense)
            or _relative_day(t, refs.filed or pub) or _anaphoric(t, refs.day) or _anaphoric_period(t, refs)
            or _holiday(t, pub, tense) or _quarter_or_half(t, pub, tense)
            or _season_res(t, pub, tense) or _month_res(t, pub, tense) or _period(t, pub, tense)
            or _year_res(t, pub))


# a programme's slot: '12.00', '8.00 p.m.'
CLOCK_SLOT = re.compile(r"\d{1,2}[.:]\d{2}(\s*[ap]\.?m\.?)?$", re.IGNORECASE)


def _day_of_bare_time(tx: dict, following: dict | None, refs: _Refs) -> _Res:
    """"16:15 UTC, June 1st", "10:30 a.m. on February 13" take the date right after them;
    "Tuesday ... at 18:00 UTC" the last day of its sentence; otherwise a time of day is on the
    last past day mentioned, else on the publication day."""
    # ", " or " on " (not the next sentence's day: 'in the afternoon.\n\nTomorrow')
    close = following is not None and following["start"] - tx["end"] <= 4
    if close and following.get("sent_start") == tx.get("sent_start"):
        res = _calendar(_clean(following["text"]), following.get("tense"), refs)
        if res is not None and res.first is not None and res.first == res.last:
            return _day(res.first)
    if tx.get("sent_start") in refs.sent_days:
        return _day(refs.sent_days[tx["sent_start"]])
    if tx.get("paragraph") in refs.headings:  # 'Thursday, 24 October. In the morning, X will meet Y'
        return _day(refs.headings[tx["paragraph"]])
    if refs.headings and CLOCK_SLOT.match(tx["text"]):  # a programme's '13.00 Luncheon ...' under its day
        return _day(list(refs.headings.values())[-1])
    # 'arrived on Wednesday morning ... In the evening Morales joined them': a story told of a past
    # day goes on on that day; a day ahead ('a lecture Thursday afternoon') is an aside, unless the
    # next sentence goes on telling the plan ('Tomorrow morning X will be received ... He will then
    # attend a luncheon, after which he returns to Budapest in the afternoon')
    told = refs.day_sent in {tx.get("sent_before"), tx.get("sent_start")}  # (that sentence or this one)
    plan = tx.get("tense") in {"future", "present"} and told
    return replace(_day(refs.day if plan else min(refs.day, refs.pub)), mentioned=False)


def _resolve(tx: dict, following: dict | None, refs: _Refs) -> _Res:
    t, kind, tense = _clean(tx["text"]), tx.get("type"), tx.get("tense")
    if kind == "DURATION" and (res := _duration(t) or _set(t)):
        return res
    if kind == "SET" and (res := _set(t) or _duration(t)):
        return res
    if res := _refs(t):
        return res
    res = _calendar(t, tense, refs)
    # (a day the programme told before, in its sentence or any: 'will host a dinner on Monday evening
    # ... On Wednesday the visiting minister is expected to be received by Tito')
    # (not an aside: 'On Tuesday (8), Lula will meet Petro, who is expected to arrive on Monday night')
    told = refs.sent_days.get(tx.get("sent_start")) if tx.get("sequel") else None
    told = told or (refs.day if not tx.get("aside") and tx.get("sent_start") not in refs.sent_days else None)
    res = _after_days_told(t, tense, res, told, refs.pub)
    clock, part = _clock(t), _part(t)
    if res is None and (clock or part):
        res = _day_of_bare_time(tx, following, refs)
    if res is None:
        return _Res("XXXX-XX-XX")
    if res.gran == "day" and res.first == res.last and (clock or part):
        res = replace(res, value=res.value + (clock or "T" + part),
                      part=PART_NAMES.get(part) if part else None)
    return _narrowed(t, res, refs.pub)


def _after_days_told(
    t: str, tense: str | None, res: _Res | None, told: date | None, pub: date
) -> _Res | None:
    """Published on a Thursday: 'ends the tour in Cotonou on Wednesday [the 26th] and Thursday', '...
    talks on Wednesday before flying home on Thursday': the publication's weekday, ahead, is the one
    after the days told before it, not the publication day."""
    m = WEEKDAY.search(t)
    ahead = tense in {"present", "future"} and m is not None and not m.group(1)
    if not ahead or res is None or res.first != pub or told is None or told <= pub:
        return res
    wd = WEEKDAYS.index(m.group(2))
    return _day(told + timedelta(days=(wd - told.weekday()) % 7 or 7))


FILED_DAYS = 3  # a dateline's day this much before publication is the day the story speaks from
BARE_WEEKDAY = re.compile(r"(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)")


def _weekday_named_before(tx: dict, res: _Res, refs: _Refs) -> _Res:
    """'Saturday, 7 September, to Monday, 9 September: New York. On Monday His Majesty will call on
    X': a bare weekday is the date of that weekday the paragraph named before."""
    named = refs.named_weekdays.setdefault(tx.get("paragraph"), {})
    bare = BARE_WEEKDAY.fullmatch(_clean(tx["text"]))
    if bare and WEEKDAYS.index(bare.group(1)) in named:
        return replace(_day(named[WEEKDAYS.index(bare.group(1))]), part=res.part)
    told = res.first is not None and res.first == res.last and str(res.first.day) in tx["text"]
    if not bare and told and WEEKDAYS[res.first.weekday()] in tx["text"].lower():
        named[res.first.weekday()] = res.first  # (written with its weekday and its day of the month)
    return res


def normalize_timexes(timexes: list[dict], published: date) -> list[dict]:
    """Each timex plus value, first_day, last_day, granularity, part_of_day, duration_days, mod."""
    out, refs = [], _Refs(published, published)
    asides: dict[int, date] = {}  # sentence start -> the day an aside in it told ('who arrived on Monday')
    for i, tx in enumerate(timexes):
        following = timexes[i + 1] if i + 1 < len(timexes) else None
        aside_day = asides.get(tx.get("sent_start"))
        res = _resolve(tx, following, replace(refs, day=aside_day) if aside_day else refs)
        gloss = _calendar(_clean(following["text"]), None, refs) if tx.get("glossed") else None
        if gloss is not None and gloss.first is not None and gloss.first == gloss.last:
            res = replace(gloss, part=res.part)  # 'yesterday [14 December]': the bracket names the day
        res = _weekday_named_before(tx, res, refs)
        if tx.get("dateline") and res.first is not None and 0 < (published - res.first).days <= FILED_DAYS:
            refs.filed = res.first  # ('Kathmandu, 15 December: ... called on him yesterday', printed later)
        if tx.get("aside") and res.first is not None and res.first == res.last:
            asides[tx["sent_start"]] = res.first  # (its own sentence's 'that day', not a later one)
        elif not tx.get("background"):
            refs.note(res, tx.get("sent_start"))
            if not res.mentioned and res.first == refs.day and tx.get("tense") in {"future", "present"}:
                refs.day_sent = tx.get("sent_start")  # ('On Tuesday ... At 10 a.m. ... In the afternoon')
        if tx.get("heading") and res.first is not None and res.first == res.last:
            refs.headings[tx["paragraph"]] = res.first
        out.append({
            **tx, "value": res.value,
            "first_day": res.first.isoformat() if res.first else None,
            "last_day": res.last.isoformat() if res.last else None,
            "granularity": res.gran, "part_of_day": res.part, "duration_days": res.days,
            "mod": res.mod,
        })
    return out
