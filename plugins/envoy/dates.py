"""Normalization of temporal expressions to TIMEX3 values anchored on the publication date.

A pure function of the timex dicts made by `envoy.temporal.find_timexes` (text, type, tense)
and the publication date: no spaCy, no clock. Weekdays and year-less months are resolved by the
tense of the governing clause (past -> previous occurrence, else next); calendar bounds
(first_day/last_day) come with every resolved value so callers can tell day-precise dates
(first_day == last_day) from coarser ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

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


def _safe_day(y: int, m: int, d: int) -> _Res | None:
    try:
        return _day(date(y, m, d))
    except ValueError:
        return None


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
DMY = re.compile(rf"\b{ORD}(?:{DASH}{ORD})?\s+(?:of\s+)?{MON}(?:,?\s+(\d{{4}}))?")
DMY_RANGE2 = re.compile(rf"\b{ORD}\s+{MON}{DASH}{ORD}\s+{MON}(?:,?\s+(\d{{4}}))?")
MY = re.compile(rf"\b{MON},?\s+(?:of\s+)?(\d{{4}})\b")
ISO = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b")
SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")


def _dated(y: str | None, pub: date, tense: str | None, make) -> _Res | None:
    if y:
        return make(int(y))
    return _pick_year(pub, tense, make)


def _explicit(t: str, pub: date, tense: str | None) -> _Res | None:
    if m := ISO.search(t):
        return _safe_day(*map(int, m.groups()))
    if m := SLASH.search(t):
        y = int(m.group(3))
        y = y + 2000 if y < 100 and y <= pub.year % 100 + 1 else y + 1900 if y < 100 else y
        return _safe_day(y, int(m.group(1)), int(m.group(2)))
    if m := DMY_RANGE2.search(t):
        d1, m1, d2, m2, y = m.groups()
        return _dated(y, pub, tense, lambda yy: _range(
            yy, _month_num(m1), int(d1), _month_num(m2), int(d2)))
    if m := MDY.search(t):
        m1, d1, m2, d2, y = m.groups()
        if int(d1) > 31 or (d2 and int(d2) > 31):
            return None
        mon1 = _month_num(m1)
        mon2 = _month_num(m2) if m2 else mon1
        return _dated(y, pub, tense, lambda yy: _range(yy, mon1, int(d1), mon2, int(d2 or d1)))
    if m := DMY.search(t):
        d1, d2, m1, y = m.groups()
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


def _weekday(t: str, pub: date, tense: str | None) -> _Res | None:
    m = WEEKDAY.search(t)
    if not m:
        return None
    return _day(weekday_date(pub, WEEKDAYS.index(m.group(2)), tense, m.group(1)))


REL_DAYS = [("the day before yesterday", -2), ("the day after tomorrow", 2), ("yesterday", -1),
            ("tomorrow", 1), ("today", 0), ("tonight", 0), ("this morning", 0),
            ("this afternoon", 0), ("this evening", 0), ("overnight", 0)]


def _relative_day(t: str, pub: date) -> _Res | None:
    for phrase, offset in REL_DAYS:
        if re.search(rf"\b{phrase}\b", t):
            return _day(pub + timedelta(days=offset))
    return None


AGO = re.compile(rf"\b{NUM}?\s*(?:and a half\s+)?{UNIT}(?:ies|s)?\s+"
                 r"(ago|earlier|before|later|after|from now|hence|since)\b")


def _ago(t: str, pub: date) -> _Res | None:
    m = AGO.search(t)
    if not m:
        return None
    n = _num(m.group(1)) if m.group(1) else 1
    if n is None:
        return _Res("PAST_REF" if m.group(3) in ("ago", "earlier", "before") else "FUTURE_REF")
    n = int(n) * (-1 if m.group(3) in ("ago", "earlier", "before") else 1)
    unit = m.group(2)
    if unit in ("day", "week", "fortnight"):
        return _day(pub + timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit]))
    if unit == "month":
        d = pub + relativedelta(months=n)
        return _month(d.year, d.month)
    if unit in ("year", "decade", "centur"):
        return _year(pub.year + n * {"year": 1, "decade": 10, "centur": 100}[unit])
    return None


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


CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*(a\.m\.?|p\.m\.?|am|pm)|\b(\d{1,2}):(\d\d)\b"
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


ANAPHORIC_DAY = [(r"\b(that|the same) day\b", 0), (r"\bthe (next|following) day\b", 1),
                 (r"\bthe (previous|preceding) day\b|\bthe day before\b", -1)]


def _anaphoric(t: str, anchor: date) -> _Res | None:
    for pattern, offset in ANAPHORIC_DAY:
        if re.search(pattern, t):
            return _day(anchor + timedelta(days=offset))
    return None


# --- dispatch ----------------------------------------------------------------------------

def _clean(text: str) -> str:
    t = text.lower().replace("’", "'").replace("‘", "'")
    t = re.sub(r"\s+", " ", t).strip()
    return re.sub(r"'s$", "", t)


def _refs(t: str) -> _Res | None:
    if PRESENT_REF.match(t):
        return _Res("PRESENT_REF")
    if PAST_REF.match(t):
        return _Res("PAST_REF")
    if FUTURE_REF.search(t) and not re.search(r"\d|" + MON, t):
        return _Res("FUTURE_REF")
    return None


def _calendar(t: str, pub: date, tense: str | None, anchor: date) -> _Res | None:
    return (_explicit(t, pub, tense) or _ago(t, pub) or _weekday(t, pub, tense)
            or _relative_day(t, pub) or _anaphoric(t, anchor)
            or _quarter_or_half(t, pub, tense) or _season_res(t, pub, tense)
            or _month_res(t, pub, tense) or _period(t, pub, tense) or _year_res(t, pub))


def _resolve(tx: dict, pub: date, anchor: date) -> _Res:
    t, kind, tense = _clean(tx["text"]), tx.get("type"), tx.get("tense")
    if kind == "DURATION" and (res := _duration(t) or _set(t)):
        return res
    if kind == "SET" and (res := _set(t) or _duration(t)):
        return res
    if res := _refs(t):
        return res
    res = _calendar(t, pub, tense, anchor)
    clock, part = _clock(t), _part(t)
    if res is None and (clock or part or re.search(r"(^|\bthe )day\b", t)):
        res = _day(pub)  # a bare time of day or "the day" is the publication day
    if res is None:
        return _Res("XXXX-XX-XX")
    if res.gran == "day" and res.first == res.last and (clock or part):
        res = replace(res, value=res.value + (clock or "T" + part),
                      part=PART_NAMES.get(part) if part else None)
    return res


def normalize_timexes(timexes: list[dict], published: date) -> list[dict]:
    """Each timex plus value, first_day, last_day, granularity, part_of_day, duration_days."""
    out, anchor = [], published
    for tx in timexes:
        res = _resolve(tx, published, anchor)
        if res.first and res.first == res.last:
            anchor = res.first  # "the same day", "the next day" refer back to this
        out.append({
            **tx, "value": res.value,
            "first_day": res.first.isoformat() if res.first else None,
            "last_day": res.last.isoformat() if res.last else None,
            "granularity": res.gran, "part_of_day": res.part, "duration_days": res.days,
        })
    return out
