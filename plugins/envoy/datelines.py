"""Datelines and headers: the place a story is filed from and the agency that files it, read from
one of the article's first lines in the forms wires and governments use:
'SEOUL, Aug. 24 (Yonhap) --', 'Ulaanbaatar, April 27 /MONTSAME/.', 'ISLAMABAD:', 'Hanoi (VNA) –',
'Caracas, Aug 7 (EFE).-', 'Mazar-i-Sharif, Afghanistan (dpa) -', 'TASHKENT. KAZINFORM –',
'Jeddah, May 8, SPA —', 'TEHRAN, 26/09 (BELGA) -',
'Bogotá, April 14, 2020. The ...', a broadcast's sign-off 'Nadia Farouk, VOA News, Cairo.',
and the Kremlin's 'September 10, 2009, Meiendorf Castle, Moscow Region'; and the seat of
government a release's header names ('The White House')."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from envoy.lexicon import gazetteer

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
NUMERIC_DAY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"  # 'TEHRAN, 26/09 (BELGA) -'
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# 'PARIS, Monday.—' (a cabled dispatch printed the next day), 'NAIROBI, Wednesday May 7, 2014'
DATE = rf"(?:(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s+\d{{4}})?|{NUMERIC_DAY})"
DAY = rf"(?:(?:{WEEKDAY},?\s+)?{DATE}|{WEEKDAY})"
# 'Mazar-i-Sharif', 'Rio de Janeiro'
WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*"  # (a dot only inside a word: 'TASHKENT. KAZINFORM')
PLACE = rf"{WORD}(?:[ \t]+(?:{WORD}|de|del|do|da|el|al))*?"
PLACE_FIRST = re.compile(
    rf"(?P<place>{PLACE})(?:,[ \t]*(?!{WEEKDAY})(?P<region>{PLACE}))?(?:,[ \t]*(?P<day>{DAY}))?[ \t]*"
    rf"(?:\((?P<agency>[^)\n]{{2,30}})\)|/(?P<slash_agency>[A-Z]{{3,}})/"
    rf"|\.[ \t]*(?P<caps_agency>[A-Z]{{3,}})|(?<=\d),[ \t]*(?P<comma_agency>[A-Z]{{3,}}))?"
    r"[ \t]*(?P<end>\.?[ \t]*(?:--|[-–—:])|\.(?=[ \t]+[A-Z])|\.$|,|$)"
)
DAY_FIRST = re.compile(rf"{DAY},[ \t]*(?P<place>[^,\n]+)(?:,[ \t]*(?P<region>[^,\n]+))?[ \t]*$")
AREA_WORDS = {"region", "oblast", "province", "district", "krai", "governorate"}  # 'Moscow Region'
MAX_LINES = 6
SEAT_WORDS = 4  # a dateline opens the story, after at most a headline, a byline and a date line


@dataclass(frozen=True)
class Dateline:
    place: str
    country: str
    agency: str | None = None


def dateline(doc: Doc) -> Dateline | None:
    """The story's dateline, if one of its first lines opens with one ('Japan, India agree ...'
    is a headline: a dateline's place comes with a mark, and in title case with a date or agency)."""
    if "dateline" not in doc.user_data:
        lines = [line.strip() for line in doc.text.split("\n") if line.strip()]
        found = next((d for d in map(_read, lines[:MAX_LINES]) if d), None)
        found = found or next((d for d in map(_sign_off, lines) if d), None)
        doc.user_data["dateline"] = found or next((d for d in map(_reporter_place, lines) if d), None)
    return doc.user_data["dateline"]


# a broadcast report's closing line: 'Nadia Farouk, VOA News, Cairo.'
SIGN_OFF = re.compile(
    rf"^{WORD}(?:[ \t]+{WORD})+,[^,\n]*\b(?:News|Radio|Television|TV)\b[^,\n]*,[ \t]*(?P<place>{PLACE})\.?$"
)


# a broadcast's correspondent where the story is: 'Our reporter Sione Latu-Fifita is in Nuku'alofa.'
REPORTER_PLACE = re.compile(
    rf"\b(?:reporter|correspondent)\b[^.?!\n]*?\b(?:is|reports|reporting) (?:in|from) (?P<place>{PLACE})[.,]"
)


def _reporter_place(line: str) -> Dateline | None:
    return _placed(REPORTER_PLACE.search(line))


def _sign_off(line: str) -> Dateline | None:
    return _placed(SIGN_OFF.match(line))


def _placed(match: re.Match | None) -> Dateline | None:
    code = gazetteer().country(match["place"]) if match else None
    return Dateline(match["place"], code) if code else None


# a ministry or office of a named state heading a release: 'Ministry for Foreign Affairs of Finland',
# 'GOVERNMENT OF PAKISTAN'
ISSUER = re.compile(
    r"^(?:the\s+)?(?:royal\s+)?(?:ministry|department|office|presidency|chancellery|embassy|government)\b"
    r".*\bof\s+(?:the\s+)?(?:republic\s+of\s+)?(?P<state>[^,]+?)$",
    re.IGNORECASE,
)
# a ministry a national adjective names: 'Royal Afghan Ministry of Foreign Affairs'
NATIONAL_ISSUER = re.compile(
    r"^(?:the\s+)?(?:royal\s+|imperial\s+)?(?P<state>[A-Z][a-z]+)\s+(?:ministry|government|embassy)\b",
    re.IGNORECASE,
)
NAME_LINKS = {"of", "for", "and", "the", "de", "del", "la", "y"}
HEADER_BREAK = re.compile(r"[.,](?:\s+|$)|\s+[-–]\s+")
# a government office's name opening a header part ('Press Department', 'Royal Danish Ministry of ...')
OFFICE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:ministry|department|office|presidency|chancellery|press service)\b",
    re.IGNORECASE,
)


def header_seat(doc: Doc) -> str | None:
    """The country of the seat of government a release's header line names on its own ('The
    White House' over 'Office of the Vice President'), of the state whose ministry it names
    ('Ministry for Foreign Affairs of Finland'), or of the town its office writes from ('Federal
    Foreign Office, Berlin.'): the government that issues it."""
    lines = [line.strip() for line in doc.text.split("\n") if line.strip()][1:MAX_LINES]
    seats = (gazetteer().listed_place(line) for line in lines if len(line.split()) <= SEAT_WORDS)
    issuers = (ISSUER.match(part) for line in lines for part in _header_parts(line))
    states = (gazetteer().country(m["state"]) for m in issuers if m and gazetteer().is_country(m["state"]))
    national = (NATIONAL_ISSUER.match(part) for line in lines for part in _header_parts(line))
    states = itertools.chain(states, (gazetteer().country(m["state"]) for m in national if m))
    return (next((code for code in seats if code), None) or next((code for code in states if code), None)
            or next((code for code in map(_office_town, lines) if code), None))


def _header_parts(line: str) -> list[str]:
    """A header line's parts: 'Ministry of Foreign Affairs of Georgia, Press and Information
    Department. 28 March 2013.', 'Ministry of Foreign Affairs - Casa Amarilla, Caracas'."""
    return [part.strip() for part in HEADER_BREAK.split(line) if part.strip()]


def _name_like(part: str) -> bool:
    """An office's name, not a sentence ('The State Department said ...')."""
    return all(word[0].isupper() or word in NAME_LINKS for word in part.split())


def _office_town(line: str) -> str | None:
    """The country of the town an office's header line writes from: 'Federal Ministry of
    Information, Lagos. Press Release No. 2187.', 'Office of the President of the Philippines,
    Malacañang, Manila, 9 April 1964'."""
    parts = _header_parts(line)
    office = next((i for i, part in enumerate(parts) if OFFICE.match(part) and _name_like(part)), None)
    if office is None:
        return None
    return next((code for part in parts[office + 1 :] if (code := gazetteer().country(part))), None)


def _read(line: str) -> Dateline | None:
    match = DAY_FIRST.match(line) or PLACE_FIRST.match(line)
    if match is None:
        return None
    groups = match.groupdict()
    agency = groups.get("agency") or groups.get("caps_agency") or groups.get("slash_agency")
    agency = agency or groups.get("comma_agency")  # 'Jeddah, May 8, SPA —'
    if match.re is PLACE_FIRST:
        capitals = groups["place"].isupper()
        # a capitalised word and a mark open many sentences: in title case the place must come
        # with a date, an agency or its country, and a comma alone closes only 'SEOUL, Aug. 24'
        if not capitals and not (groups["day"] or agency or groups["region"]):
            return None
        if groups["end"] == "," and not (capitals and groups["day"]):
            return None
        if not groups["end"] and not groups["day"]:  # a line of its own: 'Brussels, 3 June 2015'
            return None
        # ('SANNIQUELLIE, Liberia.' on a line of its own is one)
        alone = capitals and groups["region"] and match.end() == len(line)
        if groups["end"].startswith(".") and not (groups["day"] or agency or alone):
            return None
    for place in (groups["place"], groups.get("region")):
        place = place.strip() if place else ""
        name = place.title() if place.isupper() else place
        words = name.split()
        if len(words) > 1 and words[-1].lower() in AREA_WORDS:
            name = " ".join(words[:-1])
        code = gazetteer().country(name) if name else None
        if code:
            return Dateline(name, code, agency)
    return None
