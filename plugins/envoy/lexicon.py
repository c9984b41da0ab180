"""Word lists of the extraction stage (envoy/resources/) and the gazetteer built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

# International organisations: their officials serve no country.
INTERNATIONAL = re.compile(
    r"\b(un|u\.n\.|united nations|nato|eu|european union|oecd|organization for economic cooperation"
    r" and development|iaea|imf|world bank|osce|asean|african union|wto|unesco|unicef|european "
    r"commission|european council|council of europe|secretary-general)\b"
)
# A title made only of these words is a royal family member, not an office of state.
ROYAL_ONLY = {
    "queen",
    "prince",
    "princess",
    "crown",
    "his",
    "her",
    "royal",
    "highness",
    "majesty",
    "first",
    "lady",
    "consort",
}


def _rows(name: str) -> list[list[str]]:
    text = (files("envoy") / "resources" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, str]  # lower-cased place name or demonym -> ISO alpha-2
    place_names: frozenset[str]  # lower-cased names of places (not demonyms)
    countries: frozenset[str]  # lower-cased names of countries (not cities)
    title_words: frozenset[str]
    not_current: frozenset[str]  # "former", "CEO": not a sitting official
    national_titles: dict[str, str]  # "secretary of state" -> US
    known: dict[str, str]  # lower-cased full name of a known official -> ISO alpha-2
    surnames: dict[str, set[tuple[str, str]]]  # surname -> {(ISO alpha-2, lower-cased title)}

    def country(self, phrase: str) -> str | None:
        return self.places.get(_key(phrase))

    def is_place(self, phrase: str) -> bool:
        return _key(phrase) in self.place_names

    def national_country(self, title: str) -> str | None:
        """Country of a title that names one government without naming it; not a 'Deputy
        Secretary General' (of NATO, of the UN)."""
        text = " " + " ".join(title.lower().replace(".", "").split()) + " "
        found = [
            (text.find(f" {t} "), c)
            for t, c in self.national_titles.items()
            if f" {t} " in text and f" {t} general " not in text
        ]
        return min(found)[1] if found else None

    def known_country(self, name: str, titles: list[str]) -> str | None:
        """Country of a listed official named with given name and surname ('Antony J. Blinken,
        Jr.' matches 'Antony John Blinken'), or with a bare surname and the listed title
        ('President Biden'), when that surname is listed for one country only."""
        words = [w for w in name.lower().replace(",", "").split() if w not in GENERATIONS]
        if len(words) >= 2:
            return self.known.get(" ".join(words)) or self.known.get(f"{words[0]} {words[-1]}")
        entries = self.surnames.get(words[0], set()) if words else set()
        fitting = {code for code, title in entries if any(title in t.lower() for t in titles)}
        return fitting.pop() if len(fitting) == 1 else None


GENERATIONS = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _key(phrase: str) -> str:
    key = phrase.strip().lower().removeprefix("the ")
    return key.removesuffix("’s").removesuffix("'s").strip()


def _known_officials() -> tuple[dict[str, str], dict[str, set[tuple[str, str]]]]:
    known: dict[str, str] = {}
    surnames: dict[str, set[tuple[str, str]]] = {}
    for row in _rows("known_officials.tsv"):
        words = row[0].lower().split()
        known.setdefault(row[0].lower(), row[1])
        if len(words) > 2:
            known.setdefault(f"{words[0]} {words[-1]}", row[1])
        surnames.setdefault(words[-1], set()).add((row[1], row[2].lower()))
    return known, surnames


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    places = {row[0].lower(): row[1] for row in _rows("demonyms.tsv")}
    places.update({row[0].lower(): row[1] for row in _rows("places.tsv")})
    known, surnames = _known_officials()
    return Gazetteer(
        places=places,
        place_names=frozenset(row[0].lower() for row in _rows("places.tsv")),
        countries=frozenset(row[0].lower() for row in _rows("places.tsv") if row[2] == "country"),
        title_words=frozenset(row[0].lower() for row in _rows("title_words.txt")),
        not_current=frozenset(row[0].lower() for row in _rows("offices_not_official.txt")),
        national_titles={row[0]: row[1] for row in _rows("national_titles.tsv")},
        known=known,
        surnames=surnames,
    )
