"""Temporal expressions in a spaCy Doc: spans, TIMEX3 type and the tense that anchors them.

This is the extract stage: nothing here knows the publication date. `envoy.dates` turns the
dicts into values. Spans come from the model's DATE/TIME entities, corrected and extended by
Matcher rules (the model misses "in the afternoon", splits "Thursday afternoon", etc.).
"""

from __future__ import annotations

import itertools
import re

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from envoy.datelines import PLACE_FIRST
from envoy.nlp import ASPECT_VERBS, DASHES

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
PARTS = ["morning", "afternoon", "evening", "night", "overnight"]
SLOT_MARKS = {":", "—", "–"}  # what follows a programme's slot: 'Evening: dinner', '13:00 — Luncheon'
UNITS = ["second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "quarter",
         "year", "decade", "century"]
UNITS_ALL = UNITS + [u + "s" for u in UNITS] + ["centuries"]
UNITS.remove("second")  # "a second time" is an ordinal; only "seconds" is a unit
NUM_WORDS = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
             "seventy", "eighty", "ninety", "hundred", "several", "few", "many", "couple", "single"]

# Lemmas whose to-infinitive points forward: "is scheduled to", "was due to", "was to meet".
FUTURE_GOVERNORS = {"schedule", "expect", "due", "plan", "set", "slate", "intend", "aim",
                    "prepare", "poise", "go", "about", "hope", "be", "likely", "want"}
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "’ll"}
# Participles that announce an event to come: "the meeting, scheduled for October 7-8".
FUTURE_PARTICIPLES = {"schedule", "plan", "set", "slate", "expect", "due", "reschedule",
                      "propose", "intend", "fix"}

# Something temporal must be in a span, otherwise the model's DATE is junk ("the program").
TEMPORAL_WORD = re.compile(
    r"\b(" + "|".join(WEEKDAYS + MONTHS + PARTS + UNITS_ALL) + r"|today|tonight|tomorrow|"
    r"yesterday|now|recent(ly)?|current(ly)?|future|past|ahead|ago|later|earlier|soon|"
    r"spring|summer|autumn|fall|winter|christmas|easter|new year|thanksgiving|halloween|"
    r"(independence|labor|labour|memorial|valentine's|veterans) day|annual(ly)?|daily|weekly|"
    r"monthly|yearly|quarterly|noon|midday|midnight|a\.m\.|p\.m\.|am|pm|utc|gmt|term|time|"
    r"period|season|era|moment|intraday|mid-\w+|\d{1,2}:\d\d|^\d{1,2}\.\d\d|(?:1[5-9]|20)\d\d|\d0s|"
    r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b|['’]\d\ds?\b|\b[ap]\.m\.",  # ('a.m.' ends in no word)
    re.IGNORECASE,
)
DURATION_RE = re.compile(
    r"(?:^|\s)(?:\d[\d.,]*|" + "|".join(NUM_WORDS) + r")(?:[- ]and a half)?"
    r"(?:\s+(?:plus|more|straight|consecutive|full|trading|business|working))?\s+("
    + "|".join(UNITS_ALL) + r")\b",
    re.IGNORECASE,
)
HYPHEN_DURATION_RE = re.compile(r"\b(\d+|" + "|".join(NUM_WORDS) + r")-(" + "|".join(UNITS)
                                + r")(-long|-old)?$|^(" + "|".join(UNITS) + r")-long$", re.IGNORECASE)
VAGUE_DURATION_RE = re.compile(r"^((the|these|over|for|many|several|few|recent|just|only) )*("
                               + "|".join(UNITS) + r")s$|^(an? |one )?(annual|decades-long)$|"
                               r"^(the )?(past|last|next|coming) (decade|century)$", re.IGNORECASE)
FRACTION_RE = re.compile(r"^((about|nearly|almost|roughly|more than|less than|over|some) )?"
                         r"(a|one|three) quarters?$|^(a|one) half$", re.IGNORECASE)
SET_RE = re.compile(r"^(every|each|per)\s|^(daily|weekly|monthly|yearly|annually|quarterly)$",
                    re.IGNORECASE)
TIME_RE = re.compile(r"\d:\d\d|\b(a\.m\.|p\.m\.|am|pm|noon|midday|midnight|utc|gmt|o'clock)\b|"
                     r"\b(" + "|".join(PARTS) + r"|tonight)\b", re.IGNORECASE)
CALENDAR_RE = re.compile(r"\b(" + "|".join(WEEKDAYS + MONTHS) + r")\b")
ANCHORED_RE = re.compile(r"\b(ago|later|earlier|before|after|since)\b")
TRAILING_JUNK = {"'s", "’s", "'", "of", "the", "a", "an", "and", "to", "in", "on", "at", "for"}
LEADING_JUNK = {"on", "in", "at", "by", "since", "until", "from", "during", "of", "'s", "’s"}

_MATCHERS: dict[int, Matcher] = {}
NTH = r"^([1-9]|[12]\d|3[01])(st|nd|rd|th)$"  # 'the 16th'



def _matcher(vocab) -> Matcher:
    """One Matcher per vocab, built once: rules for what the model misses or splits."""
    key = id(vocab)
    if key not in _MATCHERS:
        m = Matcher(vocab)
        wd, part = {"LOWER": {"IN": WEEKDAYS}}, {"LOWER": {"IN": PARTS}}
        num = {"LOWER": {"IN": NUM_WORDS[2:]}}
        month = {"LOWER": {"IN": MONTHS + [m + "." for m in MONTHS]}}
        m.add("TIME", [
            [{"LOWER": {"IN": ["the", "this", "that", "tomorrow", "yesterday", "early",
                               "late", "last"]}}, part],
            [wd, part], [{"LOWER": "tonight"}],
            [{"LOWER": {"IN": ["this", "that", "the"]}}, part, {"LOWER": "of"}, wd],
            # 'arriving on the evening of the 10th': a day of the month told alone
            [{"LOWER": "the"}, part, {"LOWER": "of"}, {"LOWER": "the"}, {"TEXT": {"REGEX": NTH}}],
            # 'On the evening of 14th November': the model takes '14th' for an ordinal
            [{"LOWER": "the"}, part, {"LOWER": "of"}, {"TEXT": {"REGEX": NTH}}, month],
            # 'on the afternoon of Monday 29 September' (not the Monday ahead), 'on the evening of 30 January'
            [{"LOWER": "the"}, part, {"LOWER": "of"}, wd, {"TEXT": {"REGEX": r"^[0-3]?\d$"}}, month],
            [{"LOWER": "the"}, part, {"LOWER": "of"}, {"TEXT": {"REGEX": r"^[0-3]?\d$"}}, month],
            [{"LOWER": {"IN": ["that", "the"]}}, {"LOWER": "same"}, part],  # "return the same evening"
            # "a dinner ... the night before" (an adverb; not "in the afternoon before flying back")
            [{"LOWER": "the"}, part, {"LOWER": "before", "POS": "ADV"}],
            [part, {"ORTH": {"IN": sorted(SLOT_MARKS)}}],  # a programme's slot: 'Evening: dinner given by'
        ])
        # 'will spend Friday and Saturday in Dakar': the model tags the first day only; the second
        m.add("NEXT_DAY", [[{"ENT_TYPE": "DATE", "LOWER": {"IN": WEEKDAYS}}, {"LOWER": "and"}, wd]])
        # 'Later in the day U Tin Maung Lwin lunched with': the model misses 'the day' without a comma
        m.add("THE_DAY", [[{"LOWER": {"IN": ["later", "earlier"]}}, {"LOWER": "in"}, {"LOWER": "the"},
                           {"LOWER": "day"}]])
        m.add("DURATION", [
            [{"LIKE_NUM": True}, {"ORTH": "-"}, {"LOWER": {"IN": UNITS}}],
            [num, {"ORTH": "-"}, {"LOWER": {"IN": UNITS}}],
        ])
        clock = {"TEXT": {"REGEX": r"^([01]?\d|2[0-3]):[0-5]\d$"}}
        zone = {"LOWER": {"IN": ["utc", "gmt", "est", "edt", "pst", "cet", "kst"]}}
        ampm = {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm"]}}
        hour = {"TEXT": {"REGEX": r"^(1[0-2]|0?[1-9])$"}}  # 'at 11 a.m. today', 'at 3 p.m.'
        # a programme's slot at a line's start: '11.00 Arrival of Their Majesties' (kept only there)
        m.add("SLOT", [[{"TEXT": {"REGEX": r"^([01]?\d|2[0-3])\.[0-5]\d$"}}]])
        m.add("CLOCK", [[clock, zone], [{"TEXT": {"REGEX": r"^([01]\d|2[0-3])[0-5]\d$"}}, zone],
                        [clock], [clock, ampm], [hour, ampm],
                        # "at 12:00 UTC Monday": one time, dated by its weekday
                        [clock, zone, wd], [clock, ampm, wd], [clock, wd]])
        m.add("YEAR", [[{"LOWER": {"IN": ["in", "since", "until", "by", "during", "before",
                                          "after", "to", "between", "from", "through"]}},
                         {"TEXT": {"REGEX": r"^(1[89]|20)\d\d$"}}]])
        day, year = {"TEXT": {"REGEX": r"^[0-3]?\d$"}}, {"TEXT": {"REGEX": r"^(1[89]|20)\d\d$"}}
        m.add("DATE", [
            [{"LOWER": {"IN": ["recently", "currently", "recent", "soon", "now", "nowadays"]}}],
            # what the model misses at a sentence's or a line's start: 'Today in Port Moresby I held
            # talks', 'Tomorrow I will travel', a release's date line '10 December 2015'
            [{"LOWER": {"IN": ["today", "tomorrow", "yesterday"]}}],
            [day, month, year], [month, day, {"ORTH": ","}, year], [month, day, year],
            # 'On 16 May K.K. Tokayev held talks': the model takes 'May' into the name
            [day, {**month, "IS_TITLE": True, "ENT_TYPE": {"NOT_IN": ["DATE"]}}],
            [wd, {"ORTH": ","}, day, month],  # 'from Monday, 25 October, to': the model reads a number
            [wd, day, month],  # a programme's heading in capitals: 'TUESDAY 4 OCTOBER'
            # 'talks on 18 and 19 October', 'on October 22 and 23': two days (the model tags the month)
            [day, {"LOWER": "and"}, day, month], [day, {"LOWER": "and"}, day, month, year],
            [wd, day, {"LOWER": "and"}, wd, day, month],  # 'on Tuesday 28 and Wednesday 29 May'
            [month, day, {"LOWER": "and"}, day],
            # "from Tuesday to Thursday": one span of days (the model may split it)
            [wd, {"LOWER": {"IN": ["to", "through", "thru", "until", "till", "-", "–"]}}, wd],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["future", "past"]}}],
            # 'On the 16th I will travel to Copenhagen': a day of the month told alone
            [{"LOWER": "on"}, {"LOWER": "the"}, {"TEXT": {"REGEX": NTH}}],
            [{"LOWER": {"IN": ["that", "the"]}}, {"LOWER": "same"}, {"LOWER": "day"}],
            [{"LOWER": "the"}, {"LOWER": {"IN": ["long", "near", "short"]}}, {"LOWER": "term"}],
            # "the year previous": the model stops before the word that makes it anaphoric
            [{"LOWER": "the"}, {"LOWER": {"IN": ["day", "week", "month", "year"]}},
             {"LOWER": {"IN": ["previous", "prior"]}}],
            [{"LOWER": {"IN": ["the", "these"]}}, {"LOWER": {"IN": ["coming", "next", "past"]}},
             {"LOWER": {"IN": ["days", "weeks", "months", "years"]}}],
        ])
        _MATCHERS[key] = m
    return _MATCHERS[key]


def _split_lines(span: Span) -> list[Span]:
    """A span never crosses a line break (the model joins a title's year to the body's first word)."""
    pieces, start = [], span.start
    for tok in span:
        if "\n" in tok.text_with_ws[:-1] or tok.is_space:
            if tok.i > start:
                pieces.append(Span(span.doc, start, tok.i + (not tok.is_space), label=span.label))
            start = tok.i + 1
    if start < span.end:
        pieces.append(Span(span.doc, start, span.end, label=span.label))
    return [q for p in pieces for q in _split_commas(p)]


def _split_commas(span: Span) -> list[Span]:
    """"June 17, two days" is two timexes; "May 24, 2021" and "Tuesday, May 25" are one. A
    dateline's dash ends its date ("Berlin, 7 May 2025 - One day after his election")."""
    for tok in span[1:-1]:
        if _dateline_dash(tok):
            return [*_split_commas(span.doc[span.start:tok.i]),
                    *_split_commas(span.doc[tok.i + 1:span.end])]
    for tok in span[1:-1]:
        if tok.text == "," and not re.fullmatch(r"\d{4}", tok.nbor(1).text) \
                and tok.nbor(-1).lower_ not in WEEKDAYS:
            return [*_split_commas(span.doc[span.start:tok.i]),
                    *_split_commas(span.doc[tok.i + 1:span.end])]
    return [span]


def _dateline_dash(tok) -> bool:
    after = tok.nbor(1)
    return tok.text in ("-", "–", "—", "--") and bool(tok.nbor(-1).whitespace_) and after.is_title \
        and after.lower_ not in MONTHS + WEEKDAYS


BACKGROUND_VERBS = ASPECT_VERBS - {"last", "continue"}  # a visit's start told in passing


def _relative_verb(span: Span) -> str | None:
    """The lemma of the relative clause a timex is told in, if it is."""
    clause = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return clause.lemma_ if clause is not None and clause.dep_ == "relcl" else None


def _background(span: Span) -> bool:
    """'a three-day visit that began on Monday': a day told in passing, no reference time for what
    follows ('Earlier in the day' is still the day of the story)."""
    # ('recalled the call held on May 2')
    recalled = any(a.lemma_ in RECALL_VERBS for a in span.root.ancestors)
    return _relative_verb(span) in BACKGROUND_VERBS or recalled


RECALL_VERBS = {"recall", "remember"}


SEQUEL_WORDS = {"and", "before", "then"}


def _sequel_of(before: Span | None, span: Span) -> bool:
    """'on Wednesday and Thursday', 'on Wednesday before flying home on Thursday': a day told as
    following the one just before it in its sentence (not across a relative clause: 'on Tuesday,
    ... Petro, who is expected to arrive on Monday night')."""
    if before is None or before.sent != span.sent:
        return False
    between = span.doc[before.end : span.start]
    relative = any(t.lower_ in {"who", "which", "where"} for t in between)
    return any(t.lower_ in SEQUEL_WORDS for t in between) and not relative


def _aside(span: Span) -> bool:
    """'Zapatero, who arrived in Sochi on September 14': a day its own sentence may refer back to
    ('held talks that day'), not a later one ('Earlier in the day, X had a call': the story's)."""
    return _relative_verb(span) in {"arrive", "land"}


def _candidates(doc: Doc) -> list[Span]:
    spans = [p for e in doc.ents if e.label_ in ("DATE", "TIME") for p in _split_lines(e)]
    for match_id, start, end in _matcher(doc.vocab)(doc):
        label = doc.vocab.strings[match_id]
        if label == "YEAR" or (doc[start].lower_ in LEADING_JUNK and end - start > 1):
            start += 1  # the preposition only told us the number is a year
        if label == "NEXT_DAY":
            start, label = end - 1, "DATE"
        if label == "THE_DAY":
            start, label = end - 2, "DATE"
        if label == "SLOT":
            if start > 0 and "\n" not in doc[start - 1].text_with_ws:
                continue
            label = "TIME"
        spans.append(Span(doc, start, end, label="DATE" if label == "YEAR" else label))
    # ('the future of the ANZUS alliance': a thing, no time)
    spans = [s for s in spans if not (s.text.lower() in {"the future", "the past"} and _followed_by_of(s))]
    spans = _weekday_with_date(filter_spans(_part_of_dated_day(spans)))
    return filter_spans([_with_determiner(_with_zone(_completed(s))) for s in spans])


def _part_of_dated_day(spans: list[Span]) -> list[Span]:
    """'the morning of Wednesday, March 20': the part of the day and the dated weekday (two spans
    sharing the weekday) are one."""
    out = list(spans)
    for part in spans:
        for day in spans:
            shared = part.start < day.start < part.end == day.start + 1 and day[0].lower_ in WEEKDAYS
            if shared and day.end > part.end and any(t.lower_ in PARTS for t in part):
                out.append(Span(part.doc, part.start, day.end, label=part.label_))
    return out


def _followed_by_of(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].lower_ == "of"


def _completed(span: Span) -> Span:
    """The parts of a date the model leaves out of its entity: the month after a range of days
    ('On 19-20 May'), the days before a month ('from 2 to 4 October'), the day of the month after a
    weekday ('on Monday (2)')."""
    doc, start, end = span.doc, span.start, span.end
    month_after = end < len(doc) and doc[end].lower_ in MONTHS and doc[end].is_title
    if span[-1].like_num and span.label_ == "DATE" and month_after:
        end += 1
    days_before = start >= 3 and doc[start - 1].like_num and doc[start - 2].lower_ in {"to", "-", "–"}
    if span[0].lower_ in MONTHS and days_before and doc[start - 3].like_num:
        start -= 3
    # ('from 5 to 9 December 1956': the model tags the second, dated day)
    dated_day = span[0].like_num and len(span) > 1 and span[1].lower_ in MONTHS
    if dated_day and start >= 2 and doc[start - 1].lower_ in {"to", "-", "–"} and doc[start - 2].like_num:
        start -= 2
    numbered = end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].like_num
    numbered = numbered and doc[end + 2].text == ")"
    if span[-1].lower_ in WEEKDAYS and numbered:
        end += 3
    if len(span) == 1 and span[0].lower_ in UNITS and doc[end : end + 2].text.lower() in {"-long", "- long"}:
        end += 2  # 'a day-long visit': a length, not a day
    return Span(doc, start, end, label=span.label) if (start, end) != (span.start, span.end) else span


def _weekday_with_date(spans: list[Span]) -> list[Span]:
    """'Tuesday, 22 October' (the model's two entities) is one date: the weekday names that day; so is
    'Friday and Saturday, 27 and 28 July' one pair of days."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        before = out[-1] if out else None
        glued = before is not None and span.start == before.end + 1 and span.doc[before.end].text == ","
        # ('Saturday, the fifth of January')
        written = len(span) > 2 and span[0].lower_ == "the" and span[-2].lower_ == "of"
        written = written and span[-1].lower_ in MONTHS
        dated = span[0].like_num or span[0].lower_ in MONTHS or written
        if glued and dated and len(before) == 1 and before[0].lower_ in WEEKDAYS:
            out[-1] = Span(span.doc, before.start, span.end, label=span.label)
        else:
            out.append(span)
        if len(out) > 1 and _weekday_pair(out[-2], out[-1]):
            out[-2:] = [Span(span.doc, out[-2].start, out[-1].end, label=span.label)]
    return out


def _weekday_pair(first: Span, second: Span) -> bool:
    """'Friday and Saturday, 27 and 28 July': two weekdays naming a pair of days."""
    joined = second.start == first.end + 1 and second.doc[first.end].lower_ == "and"
    days = any(t.lower_ in {"and", "-", "–"} for t in second[1:])
    weekdays = len(first) == 1 and first[0].lower_ in WEEKDAYS and second[0].lower_ in WEEKDAYS
    return joined and days and weekdays


DETERMINERS = {"this", "last", "next", "that", "the", "early", "late", "mid", "coming", "past",
               "previous", "earlier", "later", "each", "every"}
BARE_HEADS = set(UNITS_ALL + MONTHS + WEEKDAYS + PARTS) | {"spring", "summer", "autumn", "fall",
                                                           "winter"}


def _with_determiner(span: Span) -> Span:
    """The model drops the "this" of "this year's": the value depends on it (and the "an" of "an
    hour's talks": a length, not a day)."""
    start = span.start
    if len(span) == 1 and span[0].lower_ in UNITS and start > 0 and span.doc[start - 1].lower_ in {"a", "an"}:
        return Span(span.doc, start - 1, span.end, label=span.label)
    while start > 0 and span.doc[start - 1].lower_ in DETERMINERS and span.doc[start].lower_ in \
            BARE_HEADS | DETERMINERS and start > span.start - 2:
        start -= 1
    return Span(span.doc, start, span.end, label=span.label) if start != span.start else span


def _with_zone(span: Span) -> Span:
    """The model leaves out the zone of "16:08 UTC"; the value needs it."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.lower_ in ("utc", "gmt") and span.label_ != "DATE":
        return Span(span.doc, span.start, span.end + 1, label=span.label)
    return span


def _trim(span: Span) -> Span | None:
    """Drop prepositions and possessives the model sometimes includes."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in LEADING_JUNK or span.doc[start].is_punct) \
            and not _year_apostrophe(span.doc, start):
        start += 1
    while end > start and (span.doc[end - 1].lower_ in TRAILING_JUNK
                           or (span.doc[end - 1].is_punct and span.doc[end - 1].text not in ".)")):
        end -= 1
    if start >= end:
        return None
    return Span(span.doc, start, end, label=span.label)


def _year_apostrophe(doc: Doc, i: int) -> bool:
    """The "'" of "since '82" is part of the year."""
    tok = doc[i]
    return tok.text in ("'", "’") and not tok.whitespace_ and i + 1 < len(doc) \
        and re.fullmatch(r"\d\ds?", doc[i + 1].text) is not None


def _type(span: Span) -> str:
    low = span.text.strip().lower()
    if SET_RE.search(low) and not ANCHORED_RE.search(low):
        return "SET"
    if CALENDAR_RE.search(low):  # "June 17" is a date even when a count follows
        return "TIME" if TIME_RE.search(low) else "DATE"
    if HYPHEN_DURATION_RE.search(low) or VAGUE_DURATION_RE.search(low) or (
            DURATION_RE.search(low) and not ANCHORED_RE.search(low)):
        return "DURATION"
    if TIME_RE.search(low):
        return "TIME"
    return "DATE"


def _verb_info(tok):
    """(is_future_cue, finite tense or None) contributed by one verb on the path up."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if _would_have(auxes):
        return False, "past"  # "would have met": a counterfactual past
    if any(a.lower_ in FUTURE_AUX for a in auxes) or tok.lower_ in FUTURE_AUX:
        return True, "future"
    if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("acl", "advcl", "relcl"):
        # a reduced relative: "plans announced in January" (past), "talks set for May" (future)
        return (True, "future") if tok.lemma_.lower() in FUTURE_PARTICIPLES else (False, "past")
    infinitive = any(a.lower_ == "to" for a in auxes)
    if infinitive and tok.tag_ == "VBN" and any(a.lower_ == "have" for a in auxes):
        return False, "past"  # 'is understood to have spoken on Sunday', 'was to have called on'
    # headline "Putin to visit India Monday", "an event to be held on October 12"
    if infinitive and (tok.head.i == tok.i or tok.dep_ in ("acl", "relcl")
                       or tok.head.lemma_.lower() in FUTURE_GOVERNORS):
        return True, None
    if tok.lemma_.lower() in FUTURE_GOVERNORS and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return True, None
    came_back = tok.lemma_ == "return" and any(c.lower_ == "from" for c in tok.children)
    if tok.tag_ == "VBG" and not auxes and came_back:
        return False, "past"  # 'is stepping up his diplomacy, returning on Wednesday from a visit to X'
    for t in [*auxes, tok]:
        if "Fin" in t.morph.get("VerbForm") or t.tag_ == "MD":
            if t.tag_ == "MD":
                return False, "future"
            tense = t.morph.get("Tense")
            return False, ("past" if tense == ["Past"] else "present")
    return False, None


def _would_have(auxes) -> bool:
    words = [a.lower_ for a in auxes]
    return "have" in words and any(w in ("would", "could", "might", "should") for w in words)


def reported_clause(verb):
    """'held a meeting with A and B, on Wednesday, Trend reports': the clause 'reports' hangs on, where
    the parser gives 'reports' two subjects (A and B, and Trend) and the clause's day."""
    subjects = sum(c.dep_ == "nsubj" for c in verb.children)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
    return clauses[0] if verb.lemma_ in {"report", "say"} and subjects >= 2 and clauses else None


def governing_tense(span: Span) -> str | None:
    """Tense of the clause a timex sits in: past, present, future (incl. modal) or None."""
    tok, seen, before_now = span.root, 0, False
    while seen < 12:
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" or tok.lemma_ in FUTURE_GOVERNORS:
            # ('held a meeting with A and B, on Wednesday, Trend reports': the parser hangs the day on
            # 'reports', with A and B for a second subject; the day is the report's clause's)
            tok = reported_clause(tok) or tok
            future, tense = _verb_info(tok)
            if future:
                return "future"
            if tense:
                # 'relations are back on track after talks on Friday': the talks are over
                return "past" if before_now and tense == "present" else tense
        outside = tok.i < span.start or tok.i >= span.end
        if outside and tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            before_now = before_now or tok.head.lower_ in ("after", "following")
        if tok.head.i == tok.i:
            return None
        tok, seen = tok.head, seen + 1
    return None


def find_timexes(doc: Doc, body_start: int = 0) -> list[dict]:
    """Temporal expressions of the doc (ordered, non-overlapping), each with its type and tense."""
    out, before = [], None
    for cand in _candidates(doc):
        span = _trim(cand)
        if span is None or span.start_char < body_start:
            continue
        if not TEMPORAL_WORD.search(span.text) or FRACTION_RE.match(span.text):
            continue
        sequel = _sequel_of(before, span)
        before = span
        out.append({
            "text": span.text, "start": span.start_char, "end": span.end_char,
            "type": _type(span), "tense": governing_tense(span),
            "sent_start": span.sent.start_char,  # same-sentence anchoring of bare times of day
            "sent_before": _sentence_before_start(span),
            "background": _background(span),
            "aside": _aside(span),
            "sequel": sequel,
            "paragraph": _paragraph_start(doc, span.start_char),
            "heading": _heading(span),
        })
    for tx in out:
        tx["dateline"] = _in_dateline(doc.text, tx["start"])
    for tx, gloss in itertools.pairwise(out):  # 'yesterday [14 December]': a monitor's gloss
        tx["glossed"] = doc.text[tx["end"] : gloss["start"]] == " [" and doc.text[gloss["end"]] == "]"
    return out


def _sentence_before_start(span: Span) -> int | None:
    before = span.doc[span.sent.start - 1].sent if span.sent.start > 0 else None
    return before.start_char if before is not None else None


def _in_dateline(text: str, char: int) -> bool:
    """'Kathmandu, 15 December: Prime Minister X will leave ...': the day a dateline gives."""
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    line = text[start : end if end >= 0 else len(text)]
    match = PLACE_FIRST.match(line)
    at = char - start
    dated = bool(match and match["day"] and match["end"])
    return (dated and match.start("day") <= at < match.end("day")) or _transcript_day(line, at)


def _transcript_day(line: str, at: int) -> bool:
    """'Transcript of Minister X's doorstop interview ..., Tokyo, 5 November 2007': the day the words
    were spoken, closing a transcript's heading line, is the day its 'today' and 'tomorrow' speak from."""
    return line.lower().startswith("transcript") and TRANSCRIPT_DAY_END.fullmatch(line[at:]) is not None


TRANSCRIPT_DAY_END = re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?\s*|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\.?\s*")


def _paragraph_start(doc: Doc, char: int) -> int:
    return doc.text.rfind("\n\n", 0, char) + 1


def _heading(span: Span) -> bool:
    """'Tuesday, 22 October. Arrival ... In the evening, X will host a dinner': a programme's day
    told alone as the first sentence of its paragraph dates the paragraph's times of day; a place
    may follow it ('Thursday, 27 May - Berlin')."""
    sent = span.sent
    rest = [t for t in sent if t.i >= span.end and not t.is_space]
    placed = len(rest) > 1 and rest[0].text in DASHES and all(t.is_title for t in rest[1:])
    alone = placed or all(t.is_punct or t.is_space or span.start <= t.i < span.end for t in sent)
    return alone and _paragraph_start(span.doc, span.start_char) >= sent.start_char - 1
