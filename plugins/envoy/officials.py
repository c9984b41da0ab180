"""Officials: person mentions clustered into people, their titles and countries, and `References`,
which says which official a name, pronoun or title ("the Secretary", "the President of Russia")
stands for.

Identity and country rules chosen where the annotation guide leaves room:
- A shorter name joins the longest earlier name holding all its words ("Blinken" -> "Antony J.
  Blinken", "Mr. Sullivan" -> "Jake Sullivan"); the cluster is named by its longest form.
- A person is an official when a title of office is attached to a mention (pre-nominal, apposition,
  attribution line) or when the name is in the gazetteer of known officials (history-state).
  Titles made only of royal-family words ("Queen Rania", "Crown Prince Hussein") and titles marked
  former/journalist do not make an official.
- Country, strongest evidence first (the first that answers):
  1. the article marks it: a country, place or demonym in a title ("Israeli", "of Jordan", "Seoul's",
     "its" for the country just named, a royal "Saudi Crown Prince"; not the post of "Ambassador to
     Israel" or "Special Envoy for Burma", nor a body's seat "the Shanghai-based bank"), an
     apposition ("China's chief delegate, Vice Foreign Minister Wu"), one of a plural office's
     countries in order, a group or coordination the name closes (not one of several holders of the
     same office), the side they take part for ("attended on the Jordanian side by"); an
     international organisation or bank (-> none);
  2. lists: a title that names one government ("Secretary of State" -> US; "Pope" -> VA), then the
     gazetteer of known officials (a monarch by royal title: "Queen Elizabeth" is Elizabeth II);
     'our' in a quotation: the speaker's country; in a national news agency's story ("(Xinhua)"),
     the agency's country unless the person meets its officials as a foreign host;
  3. the person's role in the events: the country of the official a title names ("President Moon's
     adviser"), they serve, accompany or convey greetings of; where they return ("flies back to
     Buenos Aires"); the government a spokesperson reports for ("told a briefing that China ...");
     the country where they receive a visitor (the meeting's place, that of the verb a conjunct
     meeting hangs on, else the dateline's), or that a visit for talks with them goes to;
  4. the article's home country (`home_country`); 5. the one other country the article names.
  Evidence against: a country guessed from context is dropped when it is the destination of the
  person's own trip, the country of the official they are the counterpart of, or of a visitor who
  came to meet them (`_drop_contradicted`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from envoy.datelines import dateline, header_seat
from envoy.lexicon import INTERNATIONAL, ROYAL_ONLY, covering_name, gazetteer
from envoy.nlp import (
    DASHES,
    GROUP_HEADS,
    HONORIFICS,
    NAME_STYLES,
    POST_NOMINALS,
    QUOTES,
    STYLES,
    glued_hyphen,
    holy_father,
    is_tan_sri,
    monsieur,
    quoted,
    run_on_quote,
    styled,
)

PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
FIRST_PERSON = {"i", "me", "my", "we"}  # ('We will return to Paris tonight': the author's party)
PERSON_ROLES = {"nsubj", "nsubjpass"}
POSSESSIVES = {"’s", "'s", "’", "'"}
# "senior Israeli officials ..., including Foreign Minister Lapid": a group, then its members.
LIST_OPENERS = {"including", "include", "included", "includes"}
GROUP_WORDS = {
    "officials", "representatives", "delegation", "delegations", "leaders", "ministers", "government"
}
# Plural office nouns that head a list of officials: 'foreign ministers including Lavrov of Russia'.
OFFICE_GROUPS = {
    "ministers", "leaders", "heads", "chiefs", "presidents", "premiers", "envoys", "ambassadors",
    "secretaries", "officials", "counterparts", "diplomats", "governors", "lawmakers", "parliamentarians",
}
REGION_PREFIXES = {"north", "south", "east", "west", "central", "latin", "middle", "southeast", "northeast"}
CONTINENTS = {"america", "americas", "africa", "asia", "europe", "east"}
SCENE_WORDS = {"in", "at", "from", "during", "after", "before", "on", "with", "while"}
AWAY = frozenset({"to", "in", "at", "from"})  # "officials to Morocco", "in Kyiv": not their country
REGNAL_NUMBERS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV", "XVI"}
LIST_WORDS = {",", "and", "the"}  # between the countries of 'the foreign ministers of the US and Russia'
JOINS = {"of", "the", "and", "for", "to"}  # words inside a title on a release header line
# 'Minister of State in charge of Government Communications', 'Minister with responsibility for Trade'
PORTFOLIO_JOINS = {"in", "charge", "with", "responsibility", "responsible"}
# ('High Representative/Vice-President')
TITLE_JOINERS = {"of", "the", "and", "for", "to", "in", "-", ",", "(", ")", "/"}
PRESS_WORDS = {"journalist", "correspondent", "reporter", "analyst", "editor", "commentator"}
SPEECH_VERBS = {"say", "tell", "announce", "brief", "add", "state", "declare", "note"}
CALL_OFF_VERBS = {
    "postpone", "cancel", "scrap", "suspend", "delay", "defer", "drop", "shelve", "abandon",
    "skip",  # 'would skip a scheduled inspection trip to Chiang Mai'
}
TRAVEL_VERBS = {"travel", "visit", "arrive", "fly", "go", "head", "land", "tour", "stop", "proceed"}
TRAVEL_NOUNS = {"visit", "trip", "tour", "journey"}
BACK = {"back", "home"}  # 'flies back to Buenos Aires': a return, not a trip
# Prepositions that open no destination: 'travel ... for the Malaysia-Singapore Retreat'.
NOT_WHERE = {"for", "on", "with", "from", "after", "following", "before", "during", "about", "by", "since",
             "until"}
SPOKESPERSONS = {"spokesperson", "spokesman", "spokeswoman"}
MESSAGES = {"message", "letter"}
GREETINGS = {"greeting", "greetings", "regards", "wishes", *MESSAGES}
CARRYING_VERBS = {"deliver", "convey", "hand", "bring", "carry", "transmit", "pass"}
BODY_EXECUTIVE = {"executive"}  # a company's word, but also an intergovernmental office's
PAST_WORDS = {"former", "ex", "late", "then", "retired"}
FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}


def calls_off(verb: Token) -> bool:
    """'postponed', 'called off', 'put off'."""
    return verb.lemma_ in CALL_OFF_VERBS or (
        verb.lemma_ in {"call", "put"} and any(c.lower_ == "off" and c.dep_ == "prt" for c in verb.children)
    )
FORMER_ROLES = {"predecessor", "predecessors"}  # who held the office before: not an official now
# Words of a style between a title and a name: 'Prime Minister the Most Hon. P.J. Patterson'.
JOURNEY_WORDS = {"visit", "visits", "trip", "tour", "journey"}
STYLE_WORDS = {"the", "most", "right", "rt", "rt."}
# What 'head of a ...' may head and still be an official ('head of a government delegation').
STATE_BODIES = {"delegation", "government", "ministry", "mission", "commission", "committee", "council"}
# Plural office words that also head groups of private people: 'business leaders Jack Ma and ...'.
NOT_PLURAL_TITLES = GROUP_HEADS - {"official"}
# 'SEOUL, Aug. 24 (Yonhap) --', 'ISLAMABAD:': what follows a dateline's place, what closes it
DATELINE_ENDS = {":", "–", "—", "-", "--", ")"}
MEETING_VERBS = {"meet", "receive", "host", "welcome", "hold", "talk", "confer"}
MEETING_NOUNS = {
    "meeting", "talks", "audience", "call", "summit", "conversation", "discussion", "consultations",
    "breakfast", "lunch", "luncheon", "dinner",  # 'had a working breakfast with'
}


WIVES_STYLES = {"mrs.", "mrs", "madame", "mme", "mme."}
FEMALE_STYLES = {"mrs", "mrs.", "ms", "ms.", "mme", "mme.", "madame", "madam", "lady", "dame", "frau", "smt",
                 "smt.", "shrimati", "begum", "miss"}
FEMALE_TITLES = {"queen", "princess", "empress", "duchess", "chairwoman", "congresswoman", "spokeswoman",
                 "baroness", "grand-duchess"}
FEMININE = {"she", "her", "hers", "herself"}
MASCULINE = {"he", "him", "his", "himself"}


def fits_pronoun(person: Person, pronoun: Token) -> bool:
    """'in her honor' is not the Prime Minister's when a woman named before is the one meant."""
    if pronoun.lower_ in FEMININE:
        return person.female
    return not (pronoun.lower_ in MASCULINE and person.female)


@dataclass
class Person:
    name: str
    mentions: list[Span] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    royal_titles: list[str] = field(default_factory=list)  # 'Crown Prince': no office of state
    title_spans: list[Span] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    posts: set[str] = field(default_factory=set)  # countries of an ambassador's post
    international: bool = False
    former: bool = False
    ex_office: bool = False  # named with a past office only ('former Chancellor')
    known: bool = False  # in the gazetteer of known officials
    listed: bool = False  # 'Foreign ministers including Sergey Lavrov of Russia': one of a group of office
    private: bool = False  # 'business leaders, including X
    kin: bool = False  # 'accompanied by his daughter, Mrs. Indira Gandhi': named as a relative
    # How the country was found: "marked" by the article ('Mexican', 'of Honduras', a group),
    # "implicit" (a title only one government uses), "known" (the gazetteer), or "inferred" from context.
    country_source: str | None = None

    @property
    def female(self) -> bool:
        """Named with a woman's style ('Mrs. Aquino') or holding a woman's title ('Queen')."""
        styles = {m.doc[m.start - 1].lower_ for m in self.mentions if m.start > 0}
        styles |= {m[0].lower_ for m in self.mentions}
        words = {w for t in self.titles + self.royal_titles for w in t.lower().split()}
        return bool(styles & FEMALE_STYLES or words & FEMALE_TITLES)

    @property
    def official(self) -> bool:
        # ('Foreign Minister Kasit Piromya ... Mr Kasit, a former ambassador to Washington': still in office)
        former = self.former or (self.ex_office and not self.titles)
        listed = (self.known or self.listed) and not self.kin  # (a known name: in that capacity only)
        return (bool(self.titles) or listed) and not former and not self.private

    @property
    def country(self) -> str | None:
        if self.international:
            return None
        return self.countries.most_common(1)[0][0] if self.countries else None

    def settle(self, country: str | None, source: str = "inferred") -> None:
        """Give a country to an official who has none yet."""
        if country and not self.countries and not self.international:
            self.countries[country] += 1
            self.country_source = source


def name_text(span: Span) -> str:
    """The mention without a trailing possessive, nor the full stop a regnal number ends a sentence
    with ('Haile Selassie I.')."""
    end = span.end
    while end > span.start and span.doc[end - 1].lower_ in POSSESSIVES:
        end -= 1
    text = span.doc[span.start : end].text
    return text[:-1] if text.endswith(".") and text.rsplit(" ", 1)[-1][:-1] in REGNAL_NUMBERS else text


PREMIER = {"prime", "minister", "premier"}  # 'the premier' and 'the Prime Minister' are one office


def _words(name: str) -> set[str]:
    return _premier(set(re.sub(r"[-,./]", " ", name).lower().split()))


def _premier(words: set[str]) -> set[str]:
    return words | PREMIER if words & {"premier", "pm"} or {"prime", "minister"} <= words else words


def _name_words(name: str) -> set[str]:
    """The words of a name without a style that opens it ('Sheikh Tamim' is Tamim bin Hamad)."""
    words = name.split()
    styled = len(words) > 1 and words[0] in NAME_STYLES
    return _words(" ".join(words[1:] if styled else words))


def _cluster(mentions: list[Span]) -> list[Person]:
    """Group mentions by name: a shorter name joins the latest longer one holding all its words."""
    people: list[Person] = []
    # (a name in capitals, 'QUEEN ELIZABETH told guests', names the cluster only if no other form does)
    # (initials last: 'K.K. Tokayev' joins 'Kassymzhomart Tokayev')
    def order(s: Span) -> tuple:
        words = _words(name_text(s))
        return -len({w for w in words if len(w) > 1}), -len(words), name_text(s).isupper()

    for span in sorted(mentions, key=order):
        words = _name_words(name_text(span))
        fits = [p for p in people if _within(words, p.name) and not _patronym(name_text(span), p.name)]
        # 'Marcos' is the President Ferdinand R. Marcos Jr., not First Lady Louise Araneta-Marcos
        whole = [p for p in fits if _whole_words(name_text(span)) <= _whole_words(p.name)]
        # 'President Lula' is not 'First Lady Janja Lula da Silva': a consort only if no one else fits
        # ('President Soeharto', after 'President and Mrs. Tien Soeharto': the President himself)
        before = _title_before(span)
        titled = before is not None and not _royal_only(before)
        fits = [p for p in fits if not _consort_named(p)] or ([] if titled else fits)
        whole = [p for p in whole if not _consort_named(p)] or ([] if titled else whole)
        # ('President Diouf' is the President, not 'Mrs. Elisabeth Diouf' who travels with him)
        if titled and len(whole or fits) > 1:
            whole = [p for p in whole if not _styled_wife(p)] or whole
            fits = [p for p in fits if not _styled_wife(p)] or fits
        if len(words) == 1 and _royal_before(span):  # 'King Hussein' is not 'President Saddam Hussein'
            fits = whole = [p for p in whole if all(_royal_before(m) for m in p.mentions)]
        # of several named before, the one named most ('Kim' is the story's Kim Dae-jung, not the Kim
        # Yong-nam just named), a tie the latest
        told = [(len(b), b[-1], n, p) for n, p in enumerate(whole or fits)
                if (b := sorted(m.start for m in p.mentions if m.start <= span.start))]
        match = max(told)[3] if told else next(iter(whole or fits), None)
        if match is None:
            match = Person(name_text(span))
            people.append(match)
        match.mentions.append(span)
    for person in people:
        person.mentions.sort(key=lambda s: s.start)
    return people


ROYAL_WORDS = {"king", "queen", "emir", "sultan", "prince", "princess", "crown"}


def _royal_before(mention: Span) -> bool:
    return mention.start > 0 and mention.doc[mention.start - 1].lower_ in ROYAL_WORDS


def _styled_wife(person: Person) -> bool:
    """Named only with a woman's style: 'accompanied by Mrs. Elisabeth Diouf'."""
    doc = person.mentions[0].doc
    return all(m.start > 0 and doc[m.start - 1].lower_ in FEMALE_STYLES and _title_before(m) is None
               for m in person.mentions)


def _consort_named(person: Person) -> bool:
    """Introduced with a royal or consort style only, 'First Lady Janja Lula da Silva', or as kin,
    'his wife, Brigitte Macron' ('Mr Macron' is then the president)."""
    first = person.mentions[0]
    title = _title_before(first)
    kin = any(t.lower_ in KIN for t in first.doc[max(first.start - 3, 0) : first.start])
    # 'President and Mrs. Tien Soeharto will give a state banquet': the President's wife
    couple = first.start > 0 and _couple_style(first.doc[first.start - 1])
    royal = title is not None and _royal_only(title) and any(t.lower_ in ROYAL_ONLY for t in title)
    return kin or couple or royal  # (not "Uganda's Yoweri Museveni")


def _within(words: set[str], name: str) -> bool:
    """All the words are the name's, an initial standing for one of its other words."""
    longer = _words(name)
    rest = {w for w in words if len(w) > 1 or w in longer}
    initials = words - rest
    spelled = all(any(w.startswith(i) for w in longer - rest) for i in initials)
    return bool(rest) and rest <= longer and spelled


def _whole_words(name: str) -> set[str]:
    """The words of a name, a hyphenated surname kept whole."""
    return set(name.replace(",", " ").replace(".", " ").lower().split())


def _patronym(short: str, full: str) -> bool:
    """'Salman bin Abdulaziz Al Saud' inside 'Mohammed bin Salman bin Abdulaziz Al Saud' names the
    father, another person: a name of several words that follows 'bin'/'ibn' in the longer one."""
    short_words, full_words = short.lower().split(), full.lower().split()
    if len(short_words) < 2:
        return False
    for i in range(1, len(full_words)):
        if full_words[i : i + len(short_words)] == short_words:
            return full_words[i - 1] in {"bin", "ibn", "bint"}
    return False


# ---------------------------------------------------------------- titles


VISIT_WORDS = {"visit", "trip", "tour", "journey"}


def _past_visit_of(doc: Doc, start: int, end: int) -> int:
    """'the Official Visit to Denmark of the Minister for Foreign Affairs of Iceland, Mr. X': the title
    is the visitor's, after the visit's 'of' (not a 'Minister to Denmark')."""
    visit = next((i for i in range(start, end) if doc[i].lemma_ in VISIT_WORDS), None)
    of = next((i for i in range(visit, end) if doc[i].lower_ == "of"), None) if visit is not None else None
    return of + 1 if of is not None else start


def _title_before(span: Span) -> Span | None:
    """'US Deputy Secretary of State' in 'US Deputy Secretary of State Stephen Biegun'."""
    doc, start = span.doc, span.start
    while start > span.sent.start:
        tok = doc[start - 1]
        opening = _abbreviation_opening(doc, start - 1)
        if opening is not None:  # 'Organization of American States (OAS), X'
            start = opening
            continue
        # (nor a spaced dash: 'Beijing - President Lula meets ...' has a dateline before the title)
        spaced_dash = tok.text in DASHES and bool(tok.whitespace_)
        if "\n" in tok.text or tok.ent_type_ in {"DATE", "TIME", "PERSON"} or spaced_dash:
            break
        capital = tok.is_title or (tok.is_upper and len(tok) > 1) or tok.ent_type_ in {"GPE", "NORP"}
        capital = capital or tok.lower_ in gazetteer().title_words  # "US envoy Stephen Biegun"
        joiner = tok.lower_ in TITLE_JOINERS and start < span.start
        # ('the Dominions Secretary (Lord Addison)': the name in parentheses after its title)
        joiner = joiner or (tok.text == "(" and span.end < len(doc) and doc[span.end].text == ")")
        # ('Minister Kamikawa and Hon. Gilberto Teodoro': an 'and' before the styles of a name joins
        # two people, not two titles)
        joiner = joiner and not (tok.lower_ == "and" and all(map(_honorific, doc[start : span.start])))
        # "Israel's", "the State Department’s"
        # ('Jordan's Deputy Prime Minister': a country the NER took for no place)
        owner = doc[start - 2]
        # ('the Hashimiyah Palace Japan's Foreign Minister': a country the NER took into a venue)
        possessive = tok.lower_ in {"’s", "'s"} and (
            owner.ent_type_ in {"GPE", "ORG"}
            or (owner.ent_type_ != "PERSON" and gazetteer().is_country(owner.text))
        )
        kept = capital or joiner or possessive or _honorific(tok) or _modifier(tok, span.end)
        # 'a tour of Indonesia and Japan, Foreign Secretary Nirupama Rao': a title stops at a
        # comma it has already grown past
        titled = tok.text == "," and is_title(doc[start : span.start])
        if not kept or titled or _scene(tok):
            break
        start -= 1
        if possessive and owner.ent_type_ not in {"GPE", "ORG"}:
            start -= 1  # (the owner, and no more of the venue it was read into)
            break
    start = _past_other_country(doc, start, span.start)
    start = _past_other_holder(doc, start, span.start)
    start = _past_principal_of(doc, start, span.start)
    start = _past_visit_of(doc, start, span.start)
    if _apposed_before(doc, start, span.start):
        return None
    title = _trim_title(doc[start : span.start])
    title = _from_title_word(title) if title is not None and _headline_title(title) else title
    return title if title is not None and len(title) else None


def _abbreviation_opening(doc: Doc, close: int) -> int | None:
    """The '(' of an abbreviation in parentheses that ends at `close`: '(OAS)'."""
    if doc[close].text != ")" or close < 2 or doc[close - 2].text != "(":
        return None
    return close - 2 if doc[close - 1].is_upper else None


def _apposed_before(doc: Doc, start: int, end: int) -> bool:
    """'Dr. X, Minister of Foreign Affairs of Thailand, H.E. Mr. Y': the title between the commas is
    X's apposition, not Y's."""
    commas = any(t.text == "," for t in doc[start:end])
    joined = doc[start].lower_ in {"and", "&"}  # ('A, Minister of State, and Pakistan's Foreign Minister, B')
    after_name = start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PERSON"
    # (not after a name already titled: 'the Prime Minister, Dr. Manmohan Singh, the President of
    # Pakistan, General Pervez Musharraf')
    # ('accompanied by the Minister of Foreign Affairs, A, the Minister of Trade, B': a list of both)
    before = entity(doc[start - 2]) if after_name else None
    titled = after_name and (is_title(_title_before(before)) or is_title(_comma_title_before(before)))
    untitled = after_name and not titled
    return commas and not joined and untitled


def _past_principal_of(doc: Doc, start: int, end: int) -> int:
    """'Spokesman for Secretary-General Kofi Annan', 'adviser to President X': the title after 'for' or
    'to' is the name's; the one before it is an aide's ('Minister for Foreign Affairs' is one title)."""
    for tok in reversed(doc[start : end - 1]):
        after = doc[tok.i + 1]
        office = after.is_title and after.lower_ in gazetteer().title_words - {"general"}
        if tok.lower_ in {"for", "to"} and office:
            return tok.i + 1
    return start


def _past_other_holder(doc: Doc, start: int, end: int) -> int:
    """'The Vice President and President Hichilema discussed ...': a definite title before 'and'
    is another person's ('the Vice President' told of before), not part of this one's."""
    if doc[start].lower_ != "the":
        return start
    ands = [t.i for t in doc[start:end] if t.lower_ == "and" and t.i + 1 < end]
    new_title = ands and doc[ands[0] + 1].lower_ in gazetteer().title_words
    # ('the Prime Minister and Minister of Foreign Affairs and Trade, Fiamē Naomi Mata'afa': both hers;
    # not 'between the Minister of Trade and Commerce of Ceylon and the Minister of Commerce of Burma, X')
    apposed = end < len(doc) and "," in {doc[end].text, doc[end - 1].text}
    definite = [i for i in ands if i + 2 < end and doc[i + 1].lower_ == "the"
                and doc[i + 2].lower_ in gazetteer().title_words]
    if definite:
        return definite[-1] + 1
    return ands[0] + 1 if new_title and not apposed else start


def _past_other_country(doc: Doc, start: int, end: int) -> int:
    """'Prime Minister Basdeo Panday of Trinidad and Tobago and Prime Minister Owen Arthur': the
    country after the previous name is that name's, not part of the next one's title."""
    if start == 0 or doc[start - 1].ent_type_ != "PERSON" or doc[start].lower_ != "of":
        return start
    place = _of_country(entity(doc[start - 1]))
    if place is None or place.end >= end:
        return start
    i = place.end
    while i < end and doc[i].lower_ in {"and", ","}:
        i += 1
    return i


def _honorific(tok: Token) -> bool:
    """A style between a title and a name: 'Foreign Minister Dato' Seri Utama Haji Mohamad'."""
    doc = tok.doc
    quote = tok.text in {"'", "’"} and tok.i > 0 and doc[tok.i - 1].lower_ in HONORIFICS
    # 'Lieutenant-Colonel Seyni Kountché'
    hyphen = tok.text == "-" and 0 < tok.i < len(doc) - 1
    hyphen = hyphen and {doc[tok.i - 1].lower_, doc[tok.i + 1].lower_} <= HONORIFICS
    return tok.lower_ in HONORIFICS or quote or hyphen or is_tan_sri(tok) or monsieur(tok)


def _modifier(tok: Token, end: int) -> bool:
    """A lower-case word of a title: 'national security' (adviser), 'former' (Chancellor), a
    portfolio ('presidential secretary for economic affairs')."""
    if tok.dep_ in {"amod", "compound", "nmod"} and tok.i < tok.head.i < end and tok.is_alpha:
        return True
    if tok.dep_ == "advmod" and tok.lower_ in {"newly", "recently"} and tok.head.dep_ == "amod":
        return True  # 'Kenya's newly appointed Cabinet Secretary'
    portfolio = tok.dep_ == "pobj" and tok.head.lower_ in {"for", "of"} and tok.head.dep_ == "prep"
    return portfolio and tok.is_alpha and tok.head.head.lower_ in gazetteer().title_words


def _scene(tok: Token) -> bool:
    """A place where something happens, not part of a title: 'While in Brussels President Biden';
    but 'Consul General in Mumbai' is a post."""
    doc = tok.doc
    if tok.ent_type_ not in {"GPE", "LOC", "FAC"} or tok.i == 0 or doc[tok.i - 1].lower_ not in SCENE_WORDS:
        return False
    # 'Consul General in Mumbai', 'Leader of the Opposition in the Lok Sabha': a title's post
    title_run = doc[max(0, tok.i - 7) : tok.i - 1]
    titled_before = tok.i > 1 and doc[tok.i - 2].is_title and any(map(_title_word, title_run))
    post = doc[tok.i - 1].lower_ == "in" and (titled_before or _title_word(doc[tok.i - 2]))
    # 'talks with U.S. Secretary of Defense Lloyd Austin': the country of a title, not a scene
    after = entity(tok).end  # past a place of several words: 'with United States Secretary of State'
    after += after < len(doc) and doc[after].lower_ in {"'s", "’s"}  # ("with Thailand's Foreign Minister")
    # ('an invitation from Bangladesh Prime Minister Sheikh Hasina', "with India's National Security Advisor")
    titled = doc[tok.i - 1].lower_ in {"with", "from"} and any(map(_title_word, doc[after : after + 4]))
    return not (post or titled)


def _title_word(tok: Token) -> bool:
    return tok.lower_ in gazetteer().title_words


def _headline_title(title: Span) -> bool:
    from envoy.nlp import _headline

    return _headline(title.sent)


def _from_title_word(title: Span) -> Span | None:
    """In a headline a title starts at a title, office or place word: 'Ruto Receives King
    Charles III' -> 'King' (headline verbs are capitalised)."""
    from envoy.nlp import _office_words

    for tok in title:
        if tok.lower_ in gazetteer().title_words | _office_words() or gazetteer().country(tok.text):
            return title.doc[tok.i : title.end]
    return None


def _trim_title(title: Span) -> Span | None:
    """Drop what opens a title without belonging to it: 'On', 'The', 'Readout of' (a segment
    before 'of' that holds no title word), a leading comma."""
    doc, start, end = title.doc, title.start, title.end
    words = gazetteer().title_words
    # 'LONDON, July 10 (Reuters) - South African President': a dateline ends before the title
    dashes = DATELINE_ENDS - {")"}
    # (and 'Accra, July 19, GNA - President': after an agency's name)
    closes = [
        t.i for t in title
        if t.text in dashes and t.i > start and (doc[t.i - 1].text == ")" or doc[t.i - 1].is_upper)
    ]
    start = closes[-1] + 1 if closes else start
    # (again past a visit: 'Programme of the State Visit of the President of Honduras'; not 'the
    # greetings of the Custodian of the Two Holy Mosques King')
    for n, of in enumerate(t.i for t in doc[start:end] if t.lower_ == "of"):
        visit = any(t.lower_ in {"visit", "trip", "tour"} for t in doc[start:of])
        if any(t.lower_ in words for t in doc[start:of]) or (n and not visit):
            break
        start = of + 1
    start = _opened_again(doc[start:end]).start if end > start else start
    while (
        start < end
        and (doc[start].is_stop or doc[start].is_punct)
        and doc[start].lower_ not in words | gazetteer().not_current
        and not (doc[start].is_upper and gazetteer().country(doc[start].text))  # 'US' is no stop word here
        and doc[start].ent_type_
        not in {
            "GPE",
            "NORP",
            "ORDINAL",
        }
    ):
        start += 1
    # ('His Majesty King', 'His Excellency President': the style is no part of the office)
    while end - start > 1 and doc[start].lower_ in STYLES | {"royal"}:
        start += 1
    while end > start and (doc[end - 1].lower_ in {",", "(", *STYLE_WORDS} or _honorific(doc[end - 1])):
        if doc[end - 2 : end].text.lower() == "imperial majesty":
            break  # an emperor's style is his title: 'His Imperial Majesty Haile Selassie I'
        end -= 1  # 'Prime Minister Shri' (Narendra Modi), 'His Excellency Mr.', 'Minister, Dr. the' (Hon.)
    return doc[start:end] if end > start else None


def _opened_again(title: Span) -> Span:
    """'received at the Moncloa Palace the President of the Republic of Chile': the title is the
    phrase a second 'the' opens before its first title word."""
    words = gazetteer().title_words
    first = next((t.i for t in title if t.lower_ in words), title.end)
    doc = title.doc  # (not 'the Custodian of the Two Holy Mosques King': a 'the' after a preposition)
    opened = [t.i for t in doc[title.start + 1 : first] if t.lower_ == "the" and doc[t.i - 1].pos_ != "ADP"]
    return doc[opened[-1] : title.end] if opened else title


def _in_object(title: Span) -> Span:
    """'A proposed call on the Cambodian Head of State, Prince X': the title is the object of a
    preposition inside a phrase the parser hangs the name on."""
    words = gazetteer().title_words
    first = next((t for t in title if t.lower_ in words), None)
    if first is None or title.root.lower_ in words:
        return title
    objects = [a for a in [first, *first.ancestors] if a.dep_ == "pobj" and title.start < a.left_edge.i]
    return title.doc[objects[-1].left_edge.i : title.end] if objects and objects[-1].i < title.end else title


def _title_after(span: Span) -> Span | None:
    """The apposition 'Seoul's top nuclear envoy, Lee Do-hoon' / 'Suh Hoon, ... adviser'."""
    root = span.root
    # (not a place the parser hangs the name on: 'Addis Ababa, ... - The Chairperson ..., Dr. Nkosazana')
    titled = root.head.ent_type_ not in {"PERSON", "GPE", "LOC"} and root.head.pos_ in {"NOUN", "PROPN"}
    # (or a conjunct without 'and' the parser took for one: 'China's chief delegate ..., Vice
    # Foreign Minister Wu Dawei')
    loose = root.dep_ == "conj" and not any(c.dep_ == "cc" for c in root.head.children)
    # (not the apposition of a name before it: 'at the invitation of Dr. X, Minister of Foreign Affairs
    # of Thailand, Mr. Y, ...', which the parser makes Y's conjunct)
    opening = root.head.left_edge.i
    loose = loose and not _apposed_before(span.doc, opening, span.start)
    if (root.dep_ == "appos" or loose) and titled:
        head = _holder(root.head)
        end = _before_comma(_without_honorifics(span))  # ('the Prime Minister of Jamaica, Sir Alexander X')
        before = _title_before(span)  # 'China's chief delegate, Vice Foreign Minister Wu Dawei'
        end = _before_comma(before) if before is not None and before.start > head.i else end
        title = _in_object(_opened_again(span.doc[head.left_edge.i : end]))
        title = span.doc[_past_other_holder(span.doc, title.start, title.end) : title.end]
        named = is_title(title) or {tok.lower_ for tok in title} & FORMER_ROLES  # 'His predecessor'
        styled = all(tok.lower_ in HONORIFICS for tok in title)  # ('His Excellency X, Jr., Secretary of')
        # (no clause: 'The Prime Minister's Office announces the programme for the visit of the President
        # of Egypt, Mr. X', where the parser hangs X on the visit)
        clause = any(tok.tag_ in FINITE_TAGS for tok in title)
        # (nor a label: 'Speakers: Tobias Harms, Deputy Government Spokesperson')
        label = any(tok.text == ":" for tok in title)
        if named and not _royal_only(title) and not styled and not clause and not label:
            return title
    for child in _appositions(span):
        # (up to a relative clause: '..., director general of ..., who met a North Korean official',
        # or a parenthesis: '..., Minister for Europe and Foreign Affairs (Baghdad, 26 August 2017)')
        stops = [c.left_edge.i for c in child.subtree if c.dep_ == "relcl"]
        stops += [t.i for t in child.subtree if t.text == "(" and t.i > child.i]
        end = min([child.right_edge.i + 1, *stops])
        while end > child.i + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
            end -= 1
        # ('the Minister ... of Ecuador, Heinz Moeller Freile, the Minister ... of Colombia, Guillermo
        # Fernández de Soto, made': the second title is the second name's, the first the first's)
        named = any(t.ent_type_ == "PERSON" for t in span.doc[child.i : end])
        before = _comma_title_before(span) if named or _title_of_next(span.doc, end) else None
        if before is not None and is_title(before):
            return before
        return span.doc[child.left_edge.i : end]
    titles = (_comma_title_before, _comma_title, _predicate_title, _comma_phrase, _as_title)
    # (the first that holds a title word: 'Wi Sung-lac, Seoul's chief nuclear envoy,' is no 'Seoul'; not
    # the next name's)
    return next((title for find in titles if is_title(title := find(span))
                 and not (title.start >= span.end and _title_of_next(span.doc, title.end))), None)


def _appositions(span: Span) -> list[Token]:
    """The apposition after a name: 'Kim Sang-gyun, a senior presidential secretary'. After the last
    name of a list the parser hangs it on the first ('A, B and Yun Kun-young, a senior presidential
    secretary'): it is the last name's, not the first's."""
    doc, root = span.doc, span.root
    # (not a styled person: 'the Federal President, Dr. X, Her Majesty The Queen ... will pay a visit')
    found = [
        c for c in root.children if c.dep_ == "appos" and c.ent_type_ != "PERSON" and c.i >= span.end
        and not any(t.ent_type_ == "PERSON" for t in doc[span.end : c.left_edge.i]) and not styled(c)
        and not _title_of_next(c.doc, c.right_edge.i + 1) and not _speaker_after(c)
    ]
    if not found and root.dep_ == "conj" and span.end + 1 < len(doc) and doc[span.end].text == ",":
        heads = [a for a in root.ancestors if a.ent_type_ == "PERSON" and a.i < span.start]
        found = [
            c for h in heads for c in h.children
            if c.dep_ == "appos" and c.ent_type_ != "PERSON" and c.left_edge.i == span.end + 1
        ]
    return found


def _speaker_after(phrase: Token) -> bool:
    """'talks with A and B, a Thai Embassy spokesman said': the speaker of the sentence, no apposition."""
    doc, after, before = phrase.doc, phrase.right_edge.i + 1, phrase.left_edge.i - 1
    said = after < len(doc) and doc[after].lemma_ in {"say", "tell", "add"}
    return said and before >= 0 and doc[before].text == ","


def _title_of_next(doc: Doc, i: int) -> bool:
    """'accompanied by Mrs. X, the Minister of External Affairs, Mr. Y, and senior officials': the
    title between two names (ending before token i) is the second's, when no title follows the second."""
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    while i < len(doc) and _honorific(doc[i]):
        i += 1
    if i >= len(doc) or doc[i].ent_type_ != "PERSON":
        return False
    while i < len(doc) and doc[i].ent_type_ == "PERSON":
        i += 1
    after = doc[i + 1 : i + 4] if i < len(doc) and doc[i].text == "," else doc[i:i]
    titled = [t for t in after if t.lower_ != "the"][:2]  # ('..., Cabinet Secretary for ...')
    return not any(map(_title_word, titled))


def _as_title(span: Span) -> Span | None:
    """'the inauguration of Dilma Rousseff as president of the New Development Bank': the office
    the person takes (its body decides the country)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "as":
        return None
    obj = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
    title = doc[span.end + 1 : obj.right_edge.i + 1] if obj is not None else None
    return title if is_title(title) else None


def _comma_phrase(span: Span) -> Span | None:
    """'According to Ned Price, spokesman for the State Department, Blinken ...': a verbless
    phrase between commas after the name that holds a title (the parser left it loose)."""
    doc, start = span.doc, span.end + 1
    if start >= len(doc) or doc[span.end].text != ",":
        return None
    end = start
    while end < min(len(doc), start + 14) and doc[end].text != "," and not doc[end].is_sent_end:
        end += 1
    phrase = doc[start:end]
    closed = end < len(doc) and doc[end].text == ","
    verbless = all(tok.pos_ not in {"VERB", "AUX"} and tok.ent_type_ != "PERSON" for tok in phrase)
    # (not '..., and by a delegation of ministers, ...': what follows the name, not its office)
    joined = len(phrase) and phrase[0].pos_ in {"CCONJ", "ADP"}
    return phrase if closed and verbless and len(phrase) and not joined and is_title(phrase) else None


def _current_title(span: Span) -> Span | None:
    """'Mr Brown's predecessor, Tony Blair, is now the Middle East envoy of the Quartet': the office
    the person holds now, with the body it is of."""
    subject = span.root.head if span.root.dep_ == "appos" else span.root
    title = _predicate_title(span.doc[subject.i : subject.i + 1])
    verb = subject.head
    if title is None or not (verb.tag_ in {"VBZ", "VBP"} or any(c.lower_ == "now" for c in verb.children)):
        return None
    of = [c for c in title[-1].children if c.dep_ == "prep" and c.lower_ == "of"]
    body = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
    return span.doc[title.start : body[0].i + 1] if body else title


def _predicate_title(span: Span) -> Span | None:
    """'Philip Hammond became the first foreign secretary to visit Iran': the noun phrase up to
    its head (what follows it is no part of the title)."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ not in {"be", "become"}:
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr" and c.i > root.i), None)
    if attr is None or attr.lower_ not in gazetteer().title_words:
        return None
    return span.doc[attr.left_edge.i : attr.i + 1]


NAME_RANKS = {"ambassador", "amb.", "general", "colonel", "professor"}  # between a title's comma and a name


def _comma_title_before(span: Span) -> Span | None:
    """'Nigeria's Minister of Industry, Doris Uzoka-Anite, said': a title closed by a comma before
    the name, the name closed by a comma or the sentence's end (the parser leaves it loose); styles
    may stand between ('The Chairperson of the African Union Commission, H.E. Dr. Nkosazana ...')."""
    doc, start = span.doc, _without_honorifics(span).start
    if start >= 3 and doc[start - 2].text == "," and doc[start - 1].lower_ in NAME_RANKS:
        start -= 1  # ('Kenya's Cabinet Secretary for Foreign Affairs, Ambassador Amina Mohamed')
    end = span.end
    while end < len(doc) and doc[end].text in POST_NOMINALS:
        end += 1  # 'the Secretary of State for Northern Ireland, Karen Bradley MP.'
    if start < 2 or doc[start - 1].text != "," or (end < len(doc) and doc[end].is_alpha):
        return None
    title = _title_before(doc[start - 1 : start])
    if title is None or title.end != start - 1 or _apposed_before(doc, title.start, start):
        return None
    # ('the governor of the state, Geraldo Alckmin,': a lower-case title opened by its office word)
    lowered = title[0].is_lower and title[0].lower_ in gazetteer().title_words
    abbreviated = _abbreviation_opening(doc, start - 2) is not None  # '... of American States (OAS), X'
    capital = doc[start - 2].is_title or doc[start - 2].is_upper  # ('the Secretary-General of ASEAN, H.E. X')
    return title if is_title(title) and (capital or lowered or abbreviated) else None


def _speaker_label(span: Span) -> Span | None:
    """A transcript's speaker label: 'SPOKESPERSON (Mariela Duarte Acosta): Good morning'."""
    doc = span.doc
    closed = doc[span.end : span.end + 2].text.replace(" ", "").startswith("):")  # (may be one token)
    if span.start < 2 or doc[span.start - 1].text != "(" or not closed:
        return None
    line = next((t.i for t in reversed(doc[: span.start - 1]) if "\n" in t.text + t.whitespace_), -1) + 1
    label = doc[line : span.start - 1]
    return label if len(label) and all(t.is_alpha and (t.is_title or t.is_upper) for t in label) else None


def _line_title(span: Span) -> Span | None:
    """A release header: the name alone on its line, its title alone on the next ('Victoria
    Nuland' / 'Department Spokesperson')."""
    doc, i, first = span.doc, span.end, span.start
    while first > 0 and doc[first - 1].lower_ in HONORIFICS | STYLE_WORDS:
        first -= 1  # 'The Hon Julie Bishop MP'
    while i < len(doc) and doc[i].text in POST_NOMINALS:
        i += 1
    before = doc[first - 1] if first > 0 else None
    if before is not None and "\n" not in before.text + before.whitespace_:
        return None
    if "\n" in doc[i - 1].whitespace_:
        start = i
    elif i < len(doc) and doc[i].is_space and doc[i].text.count("\n") == 1:
        start = i + 1
    else:
        return None
    end = start
    def inside(tok: Token) -> bool:  # (a portfolio's joining words only after the title's first word)
        return tok.is_title or tok.lower_ in (JOINS | PORTFOLIO_JOINS if tok.i > start else JOINS)

    while end < len(doc) and not doc[end].is_space and inside(doc[end]):
        if "\n" in doc[end].whitespace_:
            end += 1
            break
        end += 1
    closed = end == len(doc) or "\n" in doc[end - 1].whitespace_
    closed = closed or (doc[end].is_space and "\n" in doc[end].text)
    title = doc[start:end]
    if not closed or not len(title) or any(t.ent_type_ == "PERSON" for t in title):
        return None
    return title if is_title(title) else None


def _holder(head: Token) -> Token:
    """The title an apposition's place belongs to: 'the President of Bolivia, Luis Arce' (the
    parser attaches the name to 'Bolivia')."""
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head.head
    return head


def _without_honorifics(span: Span) -> Span:
    """The name with the styles before it: 'Sir Alexander Bustamante', "Dato' Seri X"."""
    start = span.start
    while start > 0 and _honorific(span.doc[start - 1]):
        start -= 1
    return span.doc[start : span.end]


def _before_comma(span: Span) -> int:
    end = span.start
    while end > 0 and span.doc[end - 1].text == ",":
        end -= 1
    return end


def _comma_title(span: Span) -> Span | None:
    """'Ned Price, Department Spokesperson' on an attribution line the parser leaves loose; 'The
    Hon Alexander Downer MP, Minister for Foreign Affairs' on a release's header line."""
    doc, i = span.doc, span.end
    while i < len(doc) and doc[i].text in POST_NOMINALS:
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_type_ != "PERSON" and "\n" not in doc[end].text and (
        doc[end].is_title
        or doc[end].lower_ in {"of", "the", "for"}
        # ('Deputy Prime Minister and Minister of Foreign Affairs ... of the Kingdom of Cambodia')
        or (doc[end].lower_ == "and" and end + 1 < len(doc) and doc[end + 1].is_title)
        or glued_hyphen(doc, end, i + 1)  # 'Vice-Chancellor'
    ):
        end += 1
    return doc[i + 1 : end] if end > i + 1 else None


def is_title(span: Span | None) -> bool:
    # a title word as a possessor names an institution: 'a specialist at King's College'
    words = {tok.lower_ for tok in span if not _possessor(tok)} if span is not None else set()
    words |= {part for word in list(words) for part in word.split("-")}
    plural = {word[:-1] for word in words if word.endswith("s")} - NOT_PLURAL_TITLES
    pope = span is not None and any(map(holy_father, span))  # ('the Holy Father John Paul II')
    # ('their Egyptian counterparts Nabil Fahmy')
    return pope or bool((words | plural) & gazetteer().title_words)


def _after_journey(title: Span | None) -> Span | None:
    """'The visit of the Prime Minister, Habib Thiam': the title after the journey's words ('Official
    visit to Sweden of the Prime Minister of Denmark, Mr. X': none)."""
    journeys = [tok.i for tok in title or [] if tok.lower_ in JOURNEY_WORDS]
    if not journeys:
        return title
    start = journeys[-1] + 1
    while start < title.end and title.doc[start].lower_ in {"of", "the", "to", "by"}:
        start += 1
    return title.doc[start : title.end]


def _possessor(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"’s", "'s"}


def _names_other_person(title: Span, person_tokens: set[int]) -> bool:
    """A title holding another person's name, unless as a possessive ('President Moon's adviser')."""
    doc = title.doc
    for i in range(title.start, title.end):
        name_ends = i in person_tokens and i + 1 not in person_tokens
        if name_ends and (i + 1 >= len(doc) or doc[i + 1].lower_ not in POSSESSIVES):
            return True
    return False


def _across_lines(mention: Span, title: Span) -> bool:
    doc = mention.doc
    start, end = min(mention.start, title.start), max(mention.end, title.end)
    return "\n" in doc[start:end].text


def _royal_only(title: Span) -> bool:
    gaz = gazetteer()
    neutral = ROYAL_ONLY | {"and", "of", "the"}  # 'of Jordan and Her Majesty Queen' (Rania)
    return all(t.lower_ in neutral or gaz.country(t.text) or not t.is_alpha for t in title)


def _consort(title: Span, mention: Span) -> bool:
    """A royal title of no office ('Queen Rania', 'Crown Prince Hussein'); a reigning monarch's
    name ends with a regnal number ('Queen Elizabeth II')."""
    return _royal_only(title) and mention[-1].text not in REGNAL_NUMBERS


def _of_country(span: Span) -> Span | None:
    """'King Abdullah II of Jordan', 'Prime Minister Draghi of Italy' (a country the NER missed too),
    'Emperor Haile Selassie I of Ethiopia' (a regnal number the name leaves out)."""
    doc = span.doc
    end = span.end + (span.end < len(doc) and doc[span.end].text in REGNAL_NUMBERS)
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    place = entity(doc[end + 1])
    # a country's name of several words the NER splits: 'of Trinidad and Tobago'
    whole = (doc[end + 1 : end + 1 + n] for n in (6, 5, 4, 3, 2))
    longer = (p for p in whole if len(p) > len(place) and gazetteer().is_country(p.text))
    place = next(longer, place)
    listed = place.label_ == "GPE" or gazetteer().is_country(place.text)
    return doc[end : place.end] if listed else None


POST_WORDS = frozenset({"to", "in", "for"})  # 'Ambassador to Israel', 'Special Envoy for Burma'


def _countries_in(span: Span, away: frozenset[str] = POST_WORDS) -> list[tuple[str, bool]]:
    """ISO codes of the places and demonyms named in a title, longest phrases first, each with
    whether it is a post ('Ambassador to Israel', 'Consul General in Mumbai': a place after one of
    the `away` words) rather
    than the person's own country."""
    gaz, found, i = gazetteer(), [], 0
    tokens = [tok for tok in span if tok.lower_ not in {"’s", "'s"}]
    while i < len(tokens):
        if _region(tokens[i : i + 2]):
            i += 2  # 'North America Unit' names no country
            continue
        for size in (6, 5, 4, 3, 2, 1):  # "Democratic People's Republic of Korea"
            words = tokens[i : i + size]
            code = gaz.place_country(_phrase(words)) if len(words) == size else None
            code = code or (_place_before_title(_phrase(words)) if len(words) == size else None)
            if code and (_town_in_a_name(_phrase(words)) or _seat(_phrase(words)) or _ocean(words[-1])):
                code = None  # 'the Lok Sabha' (Sabha, Libya), 'the Shanghai-based bank', 'the Indian Ocean'
            if code:
                before = tokens[i].doc[tokens[i].i - 1] if tokens[i].i > 0 else None
                found.append((code, before.lower_ if before is not None and before.lower_ in away else None))
                i += size
                break
        else:
            i += 1
    # 'High Commissioner for Ireland in London': the country a post is 'for' is its own where a place
    # 'in'/'to' follows it
    return [(code, bool(word) and not (word == "for" and any(w in {"in", "to"} for _, w in found[n + 1:])))
            for n, (code, word) in enumerate(found)]


def _place_before_title(phrase: Span) -> str | None:
    """'Punjab Chief Minister', 'West Bengal Chief Minister': a subdivision or town the NER missed
    is a place all the same before a title word (not 'NIS Director', 'UN Secretary-General', nor a
    common noun opening a sentence: 'Summit chairman and host X')."""
    following = phrase.doc[phrase.end] if phrase.end < len(phrase.doc) else None
    if following is None or following.lower_ not in gazetteer().title_words or not phrase.text.istitle():
        return None
    if any(tok.pos_ == "NOUN" for tok in phrase):
        return None
    return gazetteer().country(phrase.text)


def _seat(phrase: Span) -> bool:
    """'the Shanghai-based New Development Bank': where a body sits, not whom it serves."""
    after = phrase.doc[phrase.end : phrase.end + 2]
    return [tok.lower_ for tok in after] == ["-", "based"]


def _town_in_a_name(phrase: Span) -> bool:
    """A town's name inside the name of an institution: 'in the Lok Sabha'."""
    ent = entity(phrase[0])
    institution = ent.label_ in {"FAC", "ORG"} and len(ent) > len(phrase)
    return institution and gazetteer().listed_place(phrase.text) is None


def _phrase(tokens: list[Token]) -> Span:
    """The words as one span of the doc ('Republic of Korea'); a possessive between them is kept."""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1]


def _region(tokens: list[Token]) -> bool:
    """'North America', 'Central Asia', 'Latin America': a region, not the country of 'America'."""
    return (
        len(tokens) == 2
        and tokens[0].lower_ in REGION_PREFIXES
        and tokens[1].lower_ in CONTINENTS
        and not gazetteer().country(f"{tokens[0].text} {tokens[1].text}")
    )


def _ocean(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "ocean"


OWNER_WORDS = {"’s", "'s", "the", "their", "his", "her", "its"}


def _clean_title(span: Span) -> str:
    """The title as written, without a leading country adjective ('Israeli Foreign Minister')."""
    doc, start = span.doc, span.start
    country = False  # ('Brazilian and Iranian counterparts': the 'and' between two country adjectives)
    while start < span.end - 1:
        fits = [n for n in (3, 2, 1) if start + n < span.end]
        size = next((n for n in fits if gazetteer().country(doc[start : start + n].text)), 0)
        between = country and doc[start].lower_ in {"and", ","}
        # (and a dateline's dash: 'KHARTOUM - Sudanese Foreign Minister')
        if not size and not between and doc[start].lower_ not in OWNER_WORDS | DASHES:
            break
        country = bool(size)
        start += size or 1
    return doc[start : span.end].text.strip(" ,")


def _add_titles(person: Person, person_tokens: set[int]) -> None:
    for mention in person.mentions:
        header = _line_title(mention) or _speaker_label(mention)
        before = _title_before(mention)
        if not is_title(before):
            # 'The two foreign ministers, Aranibar and Peru's Francisco Tudela': a list's title, and
            # the country marked before the name
            listed = _list_title(mention)
            marker = [code for code, post in _countries_in(before) if not post] if before is not None else []
            paired = _paired_title(mention)
            if paired is not None:  # 'the presidents of Colombia, Iván Duque; Ecuador, Lenín Moreno'
                listed, marker = paired
            if is_title(listed) and marker:
                person.countries[marker[-1]] += 1
                person.country_source = "marked"
            before = listed or before
        after, now = _title_after(mention), _current_title(mention)
        for nearest, title in ((-1, before), (0, after), (0, header), (0, now if now != after else None)):
            if title is not None and {tok.lower_ for tok in title} & FORMER_ROLES and now is None:
                person.former = True  # 'His predecessor, Hailemariam Desalegn'; not '..., is now envoy'
            title = _after_journey(title)
            if not is_title(title) or _names_other_person(title, person_tokens):
                continue
            if _consort(title, mention):
                _add_royal_title(person, title)
                continue
            headline_words = _across_lines(mention, title) and title is not header
            if headline_words or _before_other(title, mention, nearest):
                continue  # a headline's words, or another person's pre-nominal title
            if _not_current(title):
                # (a past office only: 'a former ambassador to Washington' of a sitting minister)
                words = {tok.lower_ for tok in title if not _former_state(tok)} & gazetteer().not_current
                past = bool(words) and words <= PAST_WORDS
                person.ex_office |= past
                person.former |= not past
                continue
            if _described_private(title):
                person.private = True
                continue
            person.title_spans.append(title)
            if _clean_title(title) not in person.titles:
                person.titles.append(_clean_title(title))
            # (a demonym inside a body's name marks no country: 'Organization of American States')
            places = [] if _body_named_only(title) else _countries_in(title)
            own = [code for code, post in places if not post] or _its_country(title)
            own = _respective(title, mention, own) if len(own) > 1 and title.end <= mention.start else own
            person.countries.update(own[nearest:][:1])  # the country nearest the name
            person.country_source = person.country_source or ("marked" if own else None)
            person.posts.update(code for code, post in places if post)
            # 'Spanish Minister of Foreign Affairs, European Union and Cooperation' serves Spain
            # (not a ministry's: 'Secretary-General of the Ministry of External Affairs')
            national = own or any(tok.lower_ in {"ministry", "department"} for tok in title)
            # ('the incoming chairman of the OAU': a head of state in a body's rotating chair)
            national = national or any(tok.lower_ in ROTATING_CHAIR for tok in title)
            person.international |= bool(INTERNATIONAL.search(title.text.lower())) and not national
        _add_respective(person, mention)
        person.private |= _of_private_group(mention) or _byline(mention) or _questioner(mention)
        person.private |= _our_reporter(mention)
        person.kin |= _named_as_relative(mention)
        place = _of_country(mention)
        if place is not None:
            person.countries.update(code for code, _ in _countries_in(place))
            person.country_source = "marked"
            person.listed |= _listed_office(mention)


ROTATING_CHAIR = {"incoming", "outgoing", "rotating"}


def _body_named_only(title: Span) -> bool:
    """'Secretary General of the Organization of American States (OAS)': the title names an
    international body, and no country outside its name."""
    text = title.text.lower()
    body = INTERNATIONAL.search(text)
    outside = text[: body.start()] + " " + text[body.end() :] if body else ""
    return body is not None and not any(gazetteer().country(w) for w in re.findall(r"[\w.'’-]+", outside))


PRIVATE_GROUPS = {"business", "industry", "corporate", "private", "company", "civil", "religious"}


def _of_private_group(mention: Span) -> bool:
    """'Indonesian business leaders, including Arief Santoso, President Director of ...': one of a
    group of private people, whatever their title."""
    root = mention.root
    listed = root.dep_ == "pobj" and root.head.lower_ in {"including", "like", "as"}
    group = root.head.head if listed else None
    group = root.head if root.dep_ == "appos" else group
    if group is None:
        return False
    if any(c.lower_ in PRIVATE_GROUPS for c in group.children if c.i < group.i):
        return True
    # ('representatives of the business circles of the region, among them X, general manager of ...')
    among = any(c.lower_ == "among" for c in root.children)
    return among and any(t.lower_ in PRIVATE_GROUPS for t in mention.doc[group.i : mention.start])


def _described_private(title: Span) -> bool:
    """'a spokesman for the Nigerian Economic Summit Group, a private sector think tank': the body
    is described as a private one."""
    commas = [t.i for t in title if t.text == ","]
    described = title.doc[commas[-1] + 1 : title.end] if commas else title[:0]
    return len(described) > 1 and described[0].lower_ in {"a", "an"} and any(
        t.lower_ in PRIVATE_GROUPS | {"tank", "ngo", "non-governmental"} for t in described
    )


PRESS_WORDS = {"reporter", "correspondent", "writer", "staff", "editor", "journalist"}


def _byline(mention: Span) -> bool:
    """'By Park Sung-hee Staff Reporter', 'By Lin Chia-hui / STAFF REPORTER': a journalist's byline
    (not 'By Antony J. Blinken, Secretary of State', an official's own article)."""
    doc = mention.doc
    by = doc[mention.start - 1] if mention.start > 0 else None
    line_start = by is not None and (by.i == 0 or "\n" in doc[by.i - 1].text + doc[by.i - 1].whitespace_)
    if not line_start or by.lower_ != "by":
        return False
    line_end = next((t.i for t in doc[mention.end :] if "\n" in t.text + t.whitespace_), len(doc))
    return any(t.lower_ in PRESS_WORDS for t in doc[mention.end : line_end + 1])


# the paper's own man before his name: 'Speaking to our representative, Mr. P. N. Sharma'
OUR_REPORTER = re.compile(
    r"\bour[ \t]+(?:\w+[ \t]+)?(?:representative|" + "|".join(PRESS_WORDS) + r"),[ \t]*(?:\w+\.?[ \t]+)?$",
    re.I,
)


def _our_reporter(mention: Span) -> bool:
    doc = mention.doc
    return OUR_REPORTER.search(doc[max(0, mention.start - 6) : mention.start].text + " ") is not None


def _questioner(mention: Span) -> bool:
    """A briefing transcript's 'QUESTION (Luisa Marcano, El Nacional):' names a journalist."""
    doc = mention.doc
    return mention.start >= 2 and doc[mention.start - 1].text == "(" and doc[mention.start - 2].lower_ in {
        "question", "q", "questioner"}


KIN = {"wife", "husband", "spouse", "widow", "daughter", "son", "mother", "father", "brother", "sister",
       "niece", "nephew", "grandson", "granddaughter"}


def _named_as_relative(mention: Span) -> bool:
    """'his daughter, Mrs. Indira Gandhi' / 'Mrs. Gandhi, his daughter': someone's relative."""
    root = mention.root
    kin = [root.head] if root.dep_ == "appos" else []
    kin += [c for c in root.children if c.dep_ == "appos"]
    return any(t.lower_ in KIN and any(c.dep_ == "poss" for c in t.children) for t in kin)


def _former_state(tok: Token) -> bool:
    """The 'former' of 'of the former Yugoslav Republic of Macedonia' (not 'of the former Federal Prime
    Minister')."""
    doc = tok.doc
    named = tok.i + 1 < len(doc) and gazetteer().country(doc[tok.i + 1].text) is not None
    of_the = [t.lower_ for t in doc[max(0, tok.i - 2) : tok.i]] == ["of", "the"]
    return tok.lower_ == "former" and named and of_the


def _not_current(title: Span) -> bool:
    """'former Chancellor', 'Samsung Electronics Vice Chairman': no sitting official; but an
    international body's executive holds an office ('Executive Chairman of the United Nations
    Special Commission', 'Executive Secretary of ECOWAS'), and so does the head of a state's executive
    council ('President of the Federal Executive Council')."""
    # (not 'President of the former Yugoslav Republic of Macedonia': a former state's name)
    words = {tok.lower_ for tok in title if not _former_state(tok)} & gazetteer().not_current
    state_body = any(t.lower_ in BODY_EXECUTIVE and t.head.lower_ in STATE_BODIES for t in title)
    # ('the Executive Secretary, His Excellency Rufino G. Hechanova': a secretary of the executive)
    state_body |= any(t.lower_ in BODY_EXECUTIVE and t.head.lower_ == "secretary" for t in title)
    if words <= BODY_EXECUTIVE and (state_body or INTERNATIONAL.search(title.text.lower())):
        return False
    return bool(words) or _of_some_body(title) or TRADE_BODY.search(title.text) is not None


# 'president of the Suva Chamber of Commerce' ('Chamber' alone may be a parliament's), 'director of
# the Danish Shipowners' Association', 'President of the Japan-Oman Business Council', 'chairman of the
# Japan-Philippines Economic Association', 'secretary of the Scottish Fishermen's Federation': a trade body
# (or a friendship society)
TRADE_BODY = re.compile(
    r"\bChambers? of (Commerce|Industry|Trade|Mines)\b|\b\w+(s['’]|men['’]s) (Association|Federation)\b"
    r"|\bBusiness (Council|Association|Federation|Forum)\b"
    r"|\b(Economic|Trade|Industrial) (Association|Federation)\b"
    r"|\bFriendship (Association|Society|League)\b",
    re.IGNORECASE,
)


def _of_some_body(title: Span) -> bool:
    """'president of a Porto-based contractors' association', 'chairman of an investment firm': the
    head of a body the article leaves indefinite is no office of state ('Minister of the Economy',
    'head of a government delegation' are)."""
    for tok in title[:-1]:
        if tok.lower_ != "of" or title.doc[tok.i + 1].lower_ not in {"a", "an"}:
            continue
        body = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if body is None or body.lower_ not in STATE_BODIES:
            return True
    return False


def _add_royal_title(person: Person, title: Span) -> None:
    """'Saudi Crown Prince Mohammed bin Salman': a royal title makes no official, but it names
    the person's country and what the article calls them ('the crown prince')."""
    person.royal_titles.append(_clean_title(title))
    own = [code for code, post in _countries_in(title) if not post]
    if own and not person.countries:
        person.countries[own[-1]] += 1
        person.country_source = "marked"


def _add_respective(person: Person, mention: Span) -> None:
    """'The foreign ministers of France and Germany, Jean-Marc Ayrault and Frank-Walter
    Steinmeier': a plural office of as many countries as names, taken in order."""
    doc = mention.doc
    names_start, names_end = _list_edge(doc, mention.start, -1), _list_edge(doc, mention.end, 1)
    places_start = names_start  # back over 'the United States and Russia,'
    while places_start > 0 and (doc[places_start - 1].is_title or doc[places_start - 1].text in LIST_WORDS):
        places_start -= 1
    office = doc[places_start - 2] if places_start > 1 and doc[places_start - 1].lower_ == "of" else None
    plural = office is not None and office.lower_.endswith("s") and is_title(doc[office.i : office.i + 1])
    if not plural:
        return
    names = [e.start for e in doc.ents if e.label_ == "PERSON" and names_start <= e.start < names_end]
    codes = [gazetteer().country(place) for place in _list_items(doc[places_start:names_start])]
    if len(codes) == len(names) > 1 and all(codes) and mention.start in names:
        title = doc[office.left_edge.i : office.i + 1]
        person.title_spans.append(title)
        person.titles.append(_clean_title(title))
        person.countries[codes[names.index(mention.start)]] += 1
        person.country_source = "marked"


def _list_title(mention: Span) -> Span | None:
    """A plural title before a list of names: 'Governors Gavin Newsom and Kathy Hochul'."""
    doc = mention.doc
    first = next((e for e in doc.ents if e.start == _list_edge(doc, mention.start, -1)), None)
    title = _title_before(first) if first is not None and first.label_ == "PERSON" else None
    if title is not None and _plural_office(title[-1]):
        return title
    return _apposed_list_title(mention) or _conjunct_title(mention)


def _plural_office(tok: Token) -> bool:
    """'ministers', 'Governors': the plural of a title word, not of one that also heads groups of
    private people ('business leaders')."""
    singular = tok.lower_.removesuffix("s")
    plural = tok.lower_.endswith("s")
    return plural and singular in gazetteer().title_words and singular not in NOT_PLURAL_TITLES


def _paired_title(mention: Span) -> tuple[Span, list[str]] | None:
    """'the presidents of Colombia, Iván Duque; Ecuador, Lenín Moreno; and Peru, Martín Vizcarra',
    'the Foreign Ministers of Peru, A; of Ecuador, B': a plural office of a list of 'country, name'
    pairs; each name holds it for the country before it."""
    doc, comma = mention.doc, mention.start - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    start = comma
    while start > mention.sent.start and doc[start - 1].text not in {";", "and", "of", ","}:
        start -= 1
    code = gazetteer().country(doc[start:comma].text) if start < comma else None
    if code is None or not gazetteer().is_country(doc[start:comma].text):
        return None
    for tok in reversed(doc[mention.sent.start : start]):
        if tok.lower_ == "of" and tok.i > 0 and doc[tok.i - 1].lower_ in {";", "and"}:
            continue  # '...; of Ecuador, José Valencia; and of Brazil, ...': the list goes on
        if tok.lower_ == "of" and tok.i > 0:
            office = doc[tok.i - 1]
            semicolons = any(t.text == ";" for t in doc[tok.i : mention.end + 2])
            if _plural_office(office) and semicolons:
                return doc[office.left_edge.i : office.i + 1], [code]
            return None
    return None


def _conjunct_title(mention: Span) -> Span | None:
    """'Their foreign ministers, Luiz Felipe Lampreia of Brazil and Adalberto Rodríguez Giavarini of
    Argentina': a name coordinated with one a plural office is in apposition to shares that office."""
    root = mention.root
    if root.dep_ != "conj" or root.head.ent_type_ != "PERSON" or root.head.i >= mention.start:
        return None
    first = entity(root.head)
    title = _title_after(first)
    return title if title is not None and _plural_office(title[-1]) else None


def _apposed_list_title(mention: Span) -> Span | None:
    """A plural office in apposition to a list of names: 'a meeting of the foreign ministers of the
    three countries, Ayman Safadi, Sameh Shoukry and Mohamed Ali Alhakim' (several countries named
    in the office are taken respectively, not here)."""
    doc = mention.doc
    edge = _list_edge(doc, mention.start, -1)
    if edge < 1 or doc[edge].text != "," or doc[edge - 1].is_punct:
        return None
    head = doc[edge - 1]
    while not _plural_office(head) and head.dep_ == "pobj" and head.head.lower_ == "of":
        if head.head.head.i > head.i:
            break
        head = head.head.head  # 'ministers' of 'ministers of the three countries'
    if not _plural_office(head):
        return None
    title = doc[head.left_edge.i : edge]
    return title if is_title(title) else None


def _respective(title: Span, mention: Span, own: list[str]) -> list[str]:
    """'his Brazilian and Iranian counterparts, Celso Amorim and Manouchehr Mottaki': a plural
    office of as many countries as the names listed after it, taken in order (else the nearest)."""
    doc = title.doc
    start = title.end + (title.end < len(doc) and doc[title.end].text == ",")
    if not title[-1].lower_.endswith("s") or start != _list_edge(doc, mention.start, -1) + (
        doc[_list_edge(doc, mention.start, -1)].text == ","
    ):
        return own
    end = _list_edge(doc, mention.end, 1)
    names = [e.start for e in doc.ents if e.label_ == "PERSON" and start <= e.start < end]
    if len(names) != len(own) or mention.start not in names:
        return own
    return [own[names.index(mention.start)]]


def _list_edge(doc: Doc, i: int, step: int) -> int:
    """The edge of a list of names that `i` bounds, going back (-1) or on (1)."""
    def listed(j: int) -> bool:
        return 0 <= j < len(doc) and (doc[j].ent_type_ == "PERSON" or doc[j].text in {",", "and"})

    while listed(i + min(step, 0)):
        i += step
    return i


def _list_items(span: Span) -> list[str]:
    """'Japan, Korea and China,' -> ['Japan', 'Korea', 'China']."""
    items = " ".join(tok.text if tok.text not in {",", "and"} else "|" for tok in span).split("|")
    return [item.strip() for item in items if item.strip()]


def _before_other(title: Span, mention: Span, nearest: int) -> bool:
    """A title found after the name that runs into another name; not the head the name is in
    apposition to ('their Egyptian counterparts Nabil Fahmy')."""
    doc = title.doc
    head_noun = title.end == mention.start and doc[title.end - 1].is_lower
    return nearest == 0 and title.end < len(doc) and doc[title.end].ent_type_ == "PERSON" and not head_noun


def _its_country(title: Span) -> list[str]:
    """'lawmakers at Taiwan's parliament, including its deputy speaker': 'its' stands for the last
    country named before it in the sentence."""
    if title[0].lower_ != "its":
        return []
    words = title.doc[title.sent.start : title.start]
    before = [gazetteer().country(tok.text) for tok in words if tok.ent_type_ in {"GPE", "NORP"}]
    return [code for code in before if code][-1:]


def _in_list(tok: Token) -> bool:
    """A word that can stand in a list of titled names: 'Foreign Minister Lapid, and ...'."""
    return (
        tok.ent_type_ == "PERSON"
        or tok.is_title
        or tok.is_upper
        or tok.is_space
        or tok.lower_ in {",", "and", "of", "the", "for", "-", "’s", "'s"}
    )


def _list_window(mention: Span) -> Span | None:
    """The words before the 'including' that opens the list a name stands in."""
    doc, sent_start = mention.doc, mention.sent.start
    i = mention.start - 1
    while i > sent_start and _in_list(doc[i]):
        i -= 1
    if doc[i].lower_ not in LIST_OPENERS:
        return None
    return doc[max(sent_start, i - 8) : i]


def _listed_office(mention: Span) -> bool:
    """'Foreign ministers including Sergey Lavrov of Russia and Qin Gang of China': a name of a
    country in a list headed by an office noun is an official of that country."""
    window = _list_window(mention)
    if window is None or not any(tok.lower_ in OFFICE_GROUPS for tok in window):
        return False
    place = _of_country(mention)
    return place is not None and bool(_countries_in(place))


def _group_country(mention: Span) -> str | None:
    """The country of the group a list of names illustrates: 'senior Israeli officials to
    Morocco, including Foreign Minister Lapid' -> IL; 'Additional representatives of the
    Government of Mexico included ... Undersecretary Ricardo Mejia' -> MX."""
    window = _list_window(mention)
    if window is None or not any(tok.lower_ in GROUP_WORDS for tok in window):
        return None
    own = [code for code, away in _countries_in(window, AWAY) if not away]
    # ('A government delegation of the Kingdom of Afghanistan ... The delegation includes X': the one told)
    told = [t for t in window if t.lemma_ == "delegation" and any(c.lower_ == "the" for c in t.children)]
    return own[0] if own else (_delegation_country(told[0]) if told else None)


def _delegation_country(told: Token) -> str | None:
    """The country of the delegation told last before `told`: 'a government delegation of the Kingdom
    of Afghanistan', 'the Afghan delegation'."""
    doc = told.doc
    before = [t for t in doc[: told.i] if t.lemma_ == "delegation"]
    if not before:
        return None
    own = [code for code, away in _countries_in(doc[max(0, before[-1].i - 3) : before[-1].i + 7], AWAY)
           if not away]
    return own[0] if own else None


def _delegation_head_country(mention: Span) -> str | None:
    """'A government delegation of the Kingdom of Afghanistan, headed by the Prime Minister, X'."""
    root = _partner_root(mention)
    party = root.head.head.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else None
    if party is None or party.lemma_ != "delegation" or root not in _headed_by(party):
        return None
    phrase = mention.doc[party.left_edge.i : root.head.head.i]  # (up to 'headed')
    own = [code for code, away in _countries_in(phrase, AWAY) if not away]
    return own[0] if own else None


def _headed_by(party: Token) -> list[Token]:
    """Who a party is 'headed by' or 'led by': 'A government delegation ..., headed by the Premier, X'."""
    return [o for c in party.children if c.dep_ == "acl" and c.lemma_ in {"head", "lead"}
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _coordinated_country(mention: Span) -> str | None:
    """'President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland': the country
    that closes a coordination of titled names serves its earlier members too."""
    doc, i = mention.doc, mention.end
    while i < mention.sent.end and _in_list(doc[i]) and doc[i].lower_ != "of":
        i += 1
    listed = {tok.lower_ for tok in doc[mention.end : i]}
    if i == mention.end or doc[i - 1].ent_type_ != "PERSON" or "and" not in listed:
        return None
    start = mention.start
    while start > mention.sent.start and _in_list(doc[start - 1]):
        start -= 1
    last = entity(doc[i - 1])
    # ('Prime Minister Kishida, and Prime Minister Modi of India', 'Prime Minister A, President B and
    # Prime Minister C of Britain': a title the last shares with another in the list is one each; so is a
    # list whose earlier names have their own country: 'A of Canada, B and C of Britain')
    same = _title_before(last)
    starts = {entity(t).start for t in doc[start : last.start] if t.ent_type_ == "PERSON"}
    others = [entity(doc[k]) for k in starts]
    titles = [_title_before(other) for other in others]
    if same is not None and any(t is not None and t.text.lower() == same.text.lower() for t in titles):
        return None
    if any(_of_country(other) is not None for other in others if other.start < mention.start):
        return None
    place = _of_country(last)
    return _countries_in(place)[0][0] if place is not None and _countries_in(place) else None


def _side_country(mention: Span) -> str | None:
    """'attended on the Jordanian side by Foreign Minister Ayman Safadi', 'On the Chinese side, the
    talks were attended by ...', 'The Russian side was represented by ...': the side a person
    takes part for is their country."""
    verb = _clause_verb(mention.root)
    if verb is None:
        return None
    roles = {c.i: c for c in verb.children if c.dep_ in PERSON_ROLES | {"agent"}}
    doer = next((c for c in roles.values() if c.left_edge.i <= mention.root.i <= c.right_edge.i), None)
    if doer is None:
        return None
    sides = [c for c in verb.children if c.dep_ in PERSON_ROLES and c.lemma_ == "side" and c is not doer]
    # ('took part in the talks on the Serbian side': hung on the talks)
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for c in preps for o in c.children for g in o.children if g.dep_ == "prep"]
    # ('attended on the American side by X and on the Egyptian side by Y': a side conjoined to the agent)
    preps += [c for a in roles.values() if a.dep_ == "agent" for c in a.conjuncts if c.lower_ == "on"]
    sides += [o for c in preps if c.lower_ in {"on", "from", "for"}
              for o in c.children if o.dep_ == "pobj" and o.lemma_ == "side"]
    # (the nearest side told before the name: 'on the American side by A and on the Egyptian side by B')
    before = sorted((s for s in sides if s.i < mention.start), key=lambda s: s.i)
    for side in [*before[::-1], *(s for s in sides if s.i > mention.start)]:
        # ('attended by Prince Sultan ..., and, on the Jordanian side, by Foreign Minister Muasher': the
        # side opens the names after it)
        named_after = any(t.ent_type_ == "PERSON" for t in mention.doc[side.i : side.sent.end])
        if side.i > mention.end and named_after:
            continue
        codes = [gazetteer().country(c.text) for c in side.children if c.dep_ in {"amod", "compound"}]
        code = next((code for code in codes if code), None)
        if code:
            return code
    return None


def _shared_demonym(mention: Span) -> str | None:
    """'Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu': a country
    adjective that opens the first of coordinated titled names serves the later ones."""
    doc, title = mention.doc, _title_before(mention)
    if title is None or title.start < 2 or doc[title.start - 1].lower_ not in {"and", ","}:
        return None
    if _countries_in(title):
        return None
    prev = doc[title.start - 2]
    if prev.ent_type_ != "PERSON":
        return None
    ent = next((e for e in doc.ents if e.start <= prev.i < e.end), None)
    first = _title_before(ent) if ent is not None else None
    if first is None or not is_title(first):
        return None
    # the first country word of that title (a dateline may precede it: '/ITAR-TASS/. Russian ...')
    codes = [gazetteer().country(tok.text) for tok in first if tok.ent_type_ in {"NORP", "GPE"}]
    return next((code for code in codes if code), None)


def _settle_from_lists(person: Person) -> None:
    """A title that names one government, then the gazetteer of known officials."""
    # 'Queen Elizabeth': a royal named by title and given name is the listed monarch of that title
    # (Elizabeth II, Queen), a consort ('Queen Rania') is listed for no title
    known = gazetteer().known_country(person.name, person.titles + person.royal_titles)
    person.known = known is not None
    if known is not None and not person.titles:
        person.titles.extend(person.royal_titles)  # a reigning monarch: the royal title is an office
    # ('His Eminence Cardinal Agostino Casaroli, Secretary of State': the Holy See's, not the US's)
    prelate = any(m.start > 0 and m.doc[m.start - 1].lower_ in PRELATES for m in person.mentions)
    if prelate and person.title_spans and HOLY_SEE.search(person.mentions[0].doc.text):
        person.settle("VA", "marked")
    for title in person.title_spans:
        person.settle(gazetteer().national_country(title.text), "implicit")
    person.settle(known, "known")


PRELATES = {"cardinal", "archbishop", "monsignor", "msgr.", "mgr."}
HOLY_SEE = re.compile(r"\b(Holy See|Vatican|Holy Father|Pope)\b", re.IGNORECASE)


def _mention_spans(doc: Doc, body_start: int) -> list[Span]:
    return [
        ent for ent in doc.ents if ent.label_ == "PERSON" and ent.start_char >= body_start and name_text(ent)
    ]


def find_people(doc: Doc, body_start: int = 0) -> list[Person]:
    mentions = _mention_spans(doc, body_start)
    person_tokens = {i for m in mentions for i in range(m.start, m.end)}
    people = _cluster(mentions)
    for person in people:
        _add_titles(person, person_tokens)
        person.former |= any(map(_the_late, person.mentions))
        for mention in person.mentions:
            person.settle(_group_country(mention), "marked")
            person.settle(_side_country(mention), "marked")
            person.settle(_delegation_head_country(mention), "marked")
        for mention in person.mentions:  # what the article says before what the lists say
            person.settle(_coordinated_country(mention), "marked")
            person.settle(_shared_demonym(mention), "marked")
        _settle_from_lists(person)
    _listed_with_officials(people)
    _offices_of_countries(people)
    _colleagues_named(people)
    _title_the_untitled(doc, people)
    _settle_the_countries(people)
    _settle_ours(people)
    _settle_agency_officials(people)
    _settle_embassy_guests(people)
    return people


def _the_late(mention: Span) -> bool:
    """'the late Mwalimu Julius Kambarage Nyerere': no sitting official."""
    i = mention.start - 1
    while i > 0 and mention.doc[i].lower_ in HONORIFICS:
        i -= 1
    return i > 0 and mention.doc[i].lower_ == "late" and mention.doc[i - 1].lower_ == "the"


ACTS = TRAVEL_VERBS | MEETING_VERBS
NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _listed_with_officials(people: list[Person]) -> None:
    """'Saudi Foreign Minister Prince Faisal, Kuwait's Sheikh Ahmad, Oman's Sayyid Badr and
    Bahrain's Abdullatif arrived': a name marked by a country's possessive in a list with an
    official holds a like office for that country."""
    by_token = {m.root.i: p for p in people for m in p.mentions}
    for person in (p for p in people if not p.official and not p.former):
        for mention in person.mentions:
            root = mention.root
            owners = [c for c in root.children if c.dep_ == "poss" and gazetteer().is_country(c.text)]
            head = root
            while head.dep_ in {"conj", "appos"}:
                head = head.head
            lead = by_token.get(head.i) if head is not root else None
            if owners and lead is not None and lead.official:
                person.listed = True
                person.settle(gazetteer().country(owners[0].text), "marked")


def _settle_the_countries(people: list[Person]) -> None:
    """'the foreign ministers of the three countries, Ayman Safadi, Sameh Shoukry and Mohamed Ali
    Alhakim': the countries the article's officials were named for, in order; a name already
    placed keeps its own, the others take the rest in turn."""
    holders: dict[int, list[Person]] = {}
    for person in people:
        for title in person.title_spans:
            words = [tok.lower_ for tok in title]
            if "countries" in words and any(w in NUMBERS for w in words):
                group = holders.setdefault(title.start, [])
                group += [person] if person not in group else []
    ordered = sorted((p for p in people if p.official), key=lambda p: p.mentions[0].start)
    for start, listed in holders.items():
        title = next(t for t in listed[0].title_spans if t.start == start)
        count = next(NUMBERS[tok.lower_] for tok in title if tok.lower_ in NUMBERS)
        firsts = [p for p in ordered if p not in listed and p.mentions[0].start < start and p.country]
        countries = list(dict.fromkeys(p.country for p in firsts))[:count]
        listed.sort(key=lambda p: min(m.start for m in p.mentions if m.start > start))
        if len(listed) != count or len(countries) != count:
            continue
        free = [c for c in countries if c not in {p.country for p in listed}]
        open_ = [p for p in listed if not p.countries]
        if len(free) == len(open_):
            for person, code in zip(open_, free, strict=True):
                person.settle(code, "marked")


def _colleagues_named(people: list[Person]) -> None:
    """'Sepúlveda will be joined by his colleagues from the other Contadora countries - A of Colombia, B of
    Panama and C of Venezuela': names listed after the subject's 'colleagues' (or 'counterparts') hold
    the subject's office."""
    by_token = {i: p for p in people for m in p.mentions for i in range(m.start, m.end)}
    doc = next((p.mentions[0].doc for p in people if p.mentions), None)
    for tok in (t for t in doc or [] if t.lower_ in {"colleagues", "counterparts"}):
        if not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children):
            continue
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb is not None else []
        owner = by_token.get(subjects[0].i) if subjects else None
        if owner is None or not owner.titles:
            continue
        listed = [by_token[t.i] for t in tok.doc[tok.i + 1 : tok.sent.end] if t.i in by_token]
        for person in (p for p in listed if p is not owner):
            if not (person.titles or person.royal_titles or person.private) and person.countries:
                person.titles.append(owner.titles[0])


def _offices_of_countries(people: list[Person]) -> None:
    """'The Foreign Ministers of Guinea and Mali arrived ... M. Fodé Lamine Condé of Guinea and M.
    Bakary Coulibaly of Mali flew in': a name told 'of' one of the countries a plural office named in
    that sentence or the one before is of holds that office for it."""
    for person in (p for p in people if not (p.titles or p.royal_titles or p.private or p.former)):
        for mention in person.mentions:
            place = _of_country(mention)
            code = gazetteer().country(place[1:].text) if place is not None else None
            sentences = [mention.sent, sentence_before(mention.root)]
            offices = [tok for sent in sentences if sent is not None for tok in sent
                       if _plural_office(tok) and code in office_countries(tok)]
            if code and offices:
                words = mention.doc[offices[0].left_edge.i : offices[0].i + 1]
                title = " ".join(t.text for t in words if t.lower_ != "the").removesuffix("s")
                person.titles.append(title)
                person.settle(code, "marked")
                break


def office_countries(office: Token) -> set[str]:
    """'Ministers of Guinea and Mali' -> {'GN', 'ML'}."""
    doc, end = office.doc, office.i + 2
    if end > len(doc) or doc[office.i + 1].lower_ != "of":
        return set()
    while end < len(doc) and (doc[end].pos_ in {"PROPN", "DET", "CCONJ"} or doc[end].text == ","):
        end += 1  # (the parser may hang the second country on the office: 'of Guinea and Mali')
    return {gazetteer().country(t.text) for t in doc[office.i + 2 : end] if gazetteer().is_country(t.text)}


def _title_the_untitled(doc: Doc, people: list[Person]) -> None:
    """A readout that calls its principal by title ('The Secretary-General met ... The
    Secretary-General thanked ...') and names them once without it ('Ban Ki-moon will travel to
    Auckland'): the one untitled person who travels or meets holds the title no named official
    holds, when the article uses it at least twice."""
    # (also one the gazetteer knows, named without a title: 'Gordon Brown ... the prime minister')
    untitled = [p for p in people if not (p.former or p.ex_office or p.private or p.titles or p.royal_titles)]
    actors = [p for p in untitled if any(map(_acts, p.mentions)) and not any(map(_introduced, p.mentions))]
    if len(actors) != 1:
        return
    taken = {i for p in people for m in p.mentions for i in range(m.start, m.end)}
    taken |= {i for p in people for t in p.title_spans for i in range(t.start, t.end)}
    orphans, forms = Counter(), {}
    for tok in doc:
        if tok.i in taken or not _title_word(tok) or not _definite(tok):
            continue  # ('the prime minister', in news style, as much as 'The Secretary-General')
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ == "compound":
            continue
        words = _description(tok)[0]
        if not any(words <= _words(t) for p in people if p.official for t in p.titles + p.royal_titles):
            start = tok.i  # 'Secretary-General' is three tokens
            while start > tok.left_edge.i and _title_part(doc[start - 1]):
                start -= 1
            key = frozenset(words & gazetteer().title_words)
            orphans[key] += 1
            forms.setdefault(key, doc[start : tok.i + 1].text)
    if len(orphans) != 1:
        return
    (key, count), = orphans.items()
    title = forms[key]
    if count >= 2:
        person = actors[0]
        person.titles.append(title)
        person.international |= bool(INTERNATIONAL.search(title.lower()))
        person.settle(gazetteer().national_country(title), "implicit")


def _title_part(tok: Token) -> bool:
    """A word of a title before its head: 'Secretary-General', 'the prime minister'."""
    return (tok.is_title or tok.text == "-" or _title_word(tok)) and tok.pos_ != "DET"


def _acts(mention: Span) -> bool:
    root = mention.root
    return root.dep_ in PERSON_ROLES and root.head.lemma_ in ACTS


def _introduced(mention: Span) -> bool:
    """A name with a description after it: 'Ricardo Villarán, an economist with a Lima consultancy'."""
    return bool(_appositions(mention)) or _comma_phrase(mention) is not None


AMBASSADORS = {"ambassador", "envoy", "chargé", "charge", "consul", "high commissioner"}


def _settle_ours(people: list[Person]) -> None:
    """'the Foreign Secretary said: "... our Ambassador, Andrew Heyn, joined me"': an official the
    speaker of a quotation calls 'our' serves the speaker's country."""
    refs = References(people)
    for person in people:
        ours = [t for t in person.title_spans if t[0].lower_ == "our"]
        speaker = next((s for s in (refs.quoted_speaker(t[0]) for t in ours) if s is not None), None)
        if speaker is not None and speaker is not person and not person.countries:
            person.settle(speaker.country, "marked")
            # 'our Ambassador' who joins a speaker on their visit is posted where they visit
            visited = _destinations(speaker) - {speaker.country}
            envoy = any(t.lower_ in AMBASSADORS for title in ours for t in title)
            if envoy and not person.posts and len(visited) == 1:
                person.posts |= visited


def _settle_agency_officials(people: list[Person]) -> None:
    """In a national news agency's story, which marks foreign officials ('Fijian Prime Minister'),
    an unmarked official serves the agency's government ('Commerce Minister Bo Xilai also attended
    the talks'), unless foreign to it by the evidence of `_not_home` (a host its leader met)."""
    agency = _agency_country(people)
    if agency is None:
        return
    refs = References(people)
    for person in people:
        if not person.official or person.countries or person.international:
            continue
        # (the place a visitor met them says more: 'in Cairo, where he held talks with President X'; so
        # do a messenger's 'message from President X' and 'In Santiago, Interior Minister X said')
        for rule in (*PLACE_RULES, _greetings_rule, _speaking_place_rule):
            rule(person, people, refs)
        if agency not in _not_home(person, people, refs):
            person.settle(agency, "marked")


MISSIONS = {"embassy", "legation", "consulate", "commission"}  # ('the British High Commission')
STAYING = {"stay", "lodge", "reside", "guest"}


def _settle_embassy_guests(people: list[Person]) -> None:
    """'He is accompanied by X and is staying at the Canadian Embassy': a visitor who stays at a
    country's mission abroad serves that country."""
    if not people:
        return
    refs, doc = References(people), people[0].mentions[0].doc
    for mission in (t for t in doc if t.lower_ in MISSIONS and t.dep_ == "pobj"):
        owners = [c for c in mission.children if c.dep_ in {"amod", "compound"}]
        owners = [c for c in owners if gazetteer().country(c.text)]
        verb = mission.head.head
        if mission.head.lower_ not in {"at", "in"} or not owners or verb.lemma_ not in STAYING:
            continue
        guest = _doer(verb, refs)
        if guest is not None and guest.official and not guest.countries:
            guest.settle(gazetteer().country(owners[0].text), "marked")


# ---------------------------------------------------------------- countries from context


def share_title_countries(people: list[Person]) -> None:
    """The official a title names serves the titled person's country ('President Moon's adviser')."""
    for person in people:
        for title in person.title_spans:
            for other in people:
                inside = any(title.start <= m.start < title.end for m in other.mentions)
                if inside and other is not person:
                    other.settle(person.country)
                    person.settle(other.country)


def settle_majority(people: list[Person]) -> None:
    """Officials still without a country: first the article's evidence (`settle_from_context`),
    then the article's home country (`home_country`), unless the article speaks for an
    international organisation (its lead official serves none: 'Emergency Relief Coordinator')
    or the person is foreign to it (`_not_home`); then the one other country the article names."""
    _drop_contradicted(people)
    # ('Press briefing by the NATO Spokesman ... the Secretary General's programme': the body's)
    if _international_lead(people):
        for person in (p for p in people if p.official and not p.countries):
            titles = [SECRETARY_GENERAL.fullmatch(t.lower()) for t in person.titles]
            person.international |= bool(titles) and all(titles)
    settle_from_context(people)
    if _international_lead(people):
        # ('EU-Ukraine Summit, Kyiv ... Prime Minister Mykola Azarov': a national title in a body's
        # release serves the country it is filed from, or the one country it names)
        named = set(_named_countries(people))
        nation = next((dateline_country(doc) for doc in _docs(people)), None) or (
            next(iter(named)) if len(named) == 1 else None
        )
        for person in (p for p in people if p.official and not p.countries):
            national = any(MINISTERIAL.search(t.lower()) for t in person.titles) and not any(
                INTERNATIONAL.search(t.lower()) or BODY_WORDS.search(t.lower()) for t in person.titles
            )
            if national and nation:
                person.settle(nation)
            else:
                person.international = True
        return
    home, named = home_country(people), set(_named_countries(people))
    agency = _agency_country(people)
    refs = References(people)
    led = [p for p in people if _lead(p, refs) is not None]
    for person in [p for p in people if p not in led] + led:
        if person.official and not person.countries:
            _lead_rule(person, people, refs)
            foreign = _not_home(person, people, refs)
            # (one who travels abroad from where the story is filed, and is received there before he
            # leaves, is at home: 'Kathmandu, 15 December: ... King Birendra granted an audience to
            # Prime Minister Koirala' before his visit to India)
            filed_home = home is not None and home == next((dateline_country(d) for d in _docs(people)), None)
            traveller = filed_home and bool(_destinations(person)) and home not in _abroad(person, refs)
            # (a national agency's own official travelling at home: 'Government Secretary X travelled to
            # Monterrey' under 'MEXICO CITY, March 12 (Notimex)')
            domestic = home is not None and home == agency and home in _destinations(person)
            foreign = foreign - {home} if traveller or domestic else foreign
            others = named - foreign
            person.settle(_country_asked_about(person, foreign))
            person.settle(home if home not in foreign else (others.pop() if len(others) == 1 else None))


SECRETARY_GENERAL = re.compile(r"secretary[- ]general")


def _country_asked_about(person: Person, foreign: set[str]) -> str | None:
    """'PRESENTER: And what about Australia? REPORTER: Foreign Minister Penny Wong arrived on Saturday':
    the one country a question names, answered by naming the official."""
    first = min(person.mentions, key=lambda m: m.start)
    before = first.doc[first.sent.start - 1].sent if first.sent.start > 0 else None
    if before is None or not before.text.rstrip().endswith("?"):
        return None
    codes = {gazetteer().country(e.text) for e in before.ents if e.label_ in {"GPE", "NORP"}} - {None}
    return codes.pop() if len(codes) == 1 and not codes & foreign else None


def _drop_contradicted(people: list[Person]) -> None:
    """A country guessed from context (a meeting's place) yields to evidence against it: no one
    serves the country they travel to, that of the official they are the counterpart of, or that
    of a visitor who came to meet them."""
    refs = References(people)
    for person in people:
        against = _abroad(person, refs) | _visitors_countries(person, refs)
        if person.country_source == "inferred" and person.country in against:
            person.countries.clear()
            person.country_source = None


def settle_from_context(people: list[Person]) -> None:
    """Evidence around the name, strongest first, repeated while it settles someone ('Xi,
    accompanied by Foreign Minister Wang Yi' needs Xi's country first)."""
    refs = References(people)
    rules = (
        _lead_rule, _greetings_rule, _reported_to_rule, _return_rule, _spokesperson_rule,
        _speaking_place_rule, *PLACE_RULES,
    )
    changed = True
    while changed:
        changed = False
        for rule in rules:
            for person in people:
                if person.official and not person.countries and not person.international:
                    rule(person, people, refs)
                    changed |= bool(person.countries) or person.international


def _lead_rule(person: Person, people: list[Person], refs: References) -> None:
    """Staff and companions serve the government or organisation of the official they serve
    or accompany (`_lead`)."""
    lead = _lead(person, refs)
    if lead is not None:
        person.international |= lead.international
        person.settle(lead.country, "marked")


def _lead(person: Person, refs: References) -> Person | None:
    """'his Spokesperson, Stéphane Dujarric' -> the official 'his' stands for; 'Xi, accompanied
    by Foreign Minister Wang Yi', 'She is accompanied by Katja Keul' -> Xi, she."""
    for title in person.title_spans:
        owner = _title_owner(title, refs)
        if owner is not None and owner is not person and not _counterpart(title):  # of another country
            return owner
    for lead, region in fronted_companions(person.mentions[0].doc, refs) if person.mentions else []:
        if lead is not person and any(region.start <= m.start < region.end for m in person.mentions):
            return lead
    for mention in person.mentions:  # 'Foreign Minister X, who is accompanying the president'
        clauses = [c for c in mention.root.children if c.dep_ == "relcl" and c.lemma_ == "accompany"]
        clauses += [  # ('X of the ROK, who is accompanying Ban', 'X, Minister of Y, who is accompanying')
            c for t in _own_phrase(mention.root) if t.dep_ in {"pobj", "appos"}
            for c in t.children if c.dep_ == "relcl" and c.lemma_ == "accompany"
        ]
        leads = [_companion_of(o, refs) for c in clauses for o in c.children if o.dep_ == "dobj"]
        if leads and leads[0] is not None and leads[0] is not person:
            return leads[0]
    for mention in person.mentions:
        verb = next((a for a in mention.root.ancestors if a.lemma_ == "accompany"), None)
        lead = _accompanied(mention, verb, refs) if verb is not None else None
        if lead is not None and lead is not person:
            return lead
        if verb is None or not any(a.dep_ == "agent" or a.lower_ == "by" for a in mention.root.ancestors):
            continue
        # 'Xi, accompanied by ...', 'Milei, who is accompanied on the visit by ...': the noun it qualifies
        qualified = verb.dep_ in {"acl", "relcl"}
        leads = [verb.head] if qualified else [c for c in verb.children if c.dep_ in PERSON_ROLES]
        if not leads and verb.dep_ == "advcl":  # 'Sócrates, who arrived ... accompanied by X'
            clause = verb.head
            leads = [c for c in clause.children if c.dep_ in PERSON_ROLES]
            relative = clause.dep_ == "relcl" and leads and leads[0].lower_ in {"who", "that"}
            leads = [clause.head] if relative else leads
        # an untitled lead ('Milei, accompanied by ...') gives no country but their trip's places
        # ('The Minister will be accompanied throughout by X': the principal minister)
        lead = (_companion_of(leads[0], refs) or refs.by_token.get(leads[0].i)) if leads else None
        if lead is not None and lead is not person:
            return lead
    return _fellow_traveller(person, refs) or _delegation_lead(person, refs)


def _delegation_lead(person: Person, refs: References) -> Person | None:
    """'The Prime Minister's delegation includes X', 'his delegation, which includes X': whose."""
    for mention in person.mentions:
        verb = next((a for a in mention.root.ancestors if a.lemma_ == "include"), None)
        if verb is None:
            continue
        party = verb.head if verb.dep_ == "relcl" else next(
            (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None
        )
        if party is None or party.lemma_ != "delegation":
            continue
        lead = delegation_lead(party, refs)
        if lead is not None and lead is not person:
            return lead
    return None


def delegation_lead(party: Token, refs: References) -> Person | None:
    """Whose delegation: 'his delegation'; 'Moon and his delegation' (Moon, not whom 'his' would be
    read as alone); 'Kibaki arrived in Beijing with a delegation that includes X' (the traveller)."""
    owners = [party.head] if party.dep_ == "conj" else [c for c in party.children if c.dep_ == "poss"]
    owners = owners or _headed_by(party)
    journey = party.head.head if party.dep_ == "pobj" and party.head.lower_ == "with" else None
    if not owners and journey is not None and journey.lemma_ in TRAVEL_VERBS | {"come"}:
        owners = [c for c in journey.children if c.dep_ == "nsubj"]
    return refs.person(owners[0]) if owners else None


FRONTED_COMPANY = {"accompanying", "joining", "travelling", "traveling"}
COPULAS = {"are", "is", "were", "was", "be"}


def fronted_companions(doc: Doc, refs: References) -> list[tuple[Person, Span]]:
    """'Accompanying Park are A and B', 'Joining Moon on the trip are A and B', 'Travelling with
    the President is A': the lead, and the stretch that lists the companions (read off the surface:
    the parser takes such inverted sentences apart)."""
    out = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if not words or words[0].lower_ not in FRONTED_COMPANY:
            continue
        copula = next((t for t in words[1:] if t.lower_ in COPULAS and t.pos_ == "AUX"), None)
        if copula is None:
            continue
        leads = [p for p in refs.listed(doc[words[0].i + 1 : copula.i]) if p.official]
        if leads:
            out.append((leads[0], doc[copula.i + 1 : sent.end]))
    return out


def _own_phrase(root: Token) -> list[Token]:
    """The words of a name's phrase after it, not those of a person coordinated with it."""
    out, stack = [], [c for c in root.children if c.i > root.i and c.dep_ not in {"conj", "cc", "relcl"}]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack += [c for c in tok.children if c.dep_ not in {"conj", "cc", "relcl"}]
    return out


def _accompanied(mention: Span, verb: Token, refs: References) -> Person | None:
    """'Krishna and the chief ministers of Assam and Tripura will accompany Singh' -> Singh."""
    subject = mention.root if mention.root.dep_ != "conj" else next(
        (a for a in mention.root.ancestors if a.dep_ != "conj"), mention.root
    )
    if subject.dep_ not in PERSON_ROLES or subject.head != verb:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return _companion_of(objects[0], refs) if objects else None


def _fellow_traveller(person: Person, refs: References) -> Person | None:
    """'Foreign Minister Diana Mondino, who is travelling with him' -> the official 'him' is."""
    for mention in person.mentions:
        for clause in (c for c in mention.root.children if c.dep_ == "relcl" and c.lemma_ in TRAVEL_VERBS):
            for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "with"):
                objects = [o for o in prep.children if o.dep_ == "pobj"]
                lead = _companion_of(objects[0], refs) if objects else None
                if lead is not None and lead is not person:
                    return lead
    return None


def _companion_of(tok: Token, refs: References) -> Person | None:
    """Whom one travels with: 'with him', 'with Milei'; 'with the president' is the article's
    principal president (most mentioned), not the host president named last."""
    described = tok.i not in refs.by_token and tok.lower_ not in PRONOUNS
    if not described or refs.person(tok) is None:
        return refs.person(tok)
    words, countries = _description(tok)  # ('The Prime Minister of Thailand will be accompanied by')
    fitting = [p for p in refs.people if p.official and any(words <= _words(t) for t in p.titles)
               and (not countries or p.country in countries)]
    exact = [p for p in fitting if any(_same_rank(words, t) for t in p.titles)]  # not the Under Secretary
    # (the one named most as a doer, then most; a tie goes to the one named first, whom the article is about)
    named = exact or fitting
    return max(named, key=lambda p: (doer_mentions(p, len(tok.doc)), len(p.mentions), -p.mentions[0].start),
               default=refs.person(tok))


def _greetings_rule(person: Person, people: list[Person], refs: References) -> None:
    """'The Minister conveyed the greetings of H.E. President Hifikepunye Pohamba': a messenger
    conveys the greetings of a leader of their own country."""
    for mention in person.mentions:
        of = mention.root.head  # (or 'delivered a special message from President X', not 'received')
        if mention.root.dep_ != "pobj":  # ('a message from President X dealing with ...': the parser's)
            start = (_title_before(mention) or mention).start
            of = mention.doc[start - 1] if start else mention.root
        if of.lower_ not in {"of", "from"} or of.head.lemma_ not in GREETINGS:
            continue
        if of.head.lemma_ in MESSAGES and of.head.head.lemma_ not in CARRYING_VERBS:
            continue
        messenger = _doer(of.head.head, refs)
        if messenger is not None and messenger is not person and messenger.country:
            person.settle(messenger.country)
            return


def _doer(verb: Token, refs: References) -> Person | None:
    """The official a verb's subject names, or its first conjunct's ('was received by the King and
    conveyed ...')."""
    subjects = [c for c in verb.children if c.dep_ in PERSON_ROLES]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in PERSON_ROLES]
    if subjects and subjects[0].lower_ == "who" and verb.dep_ == "relcl":
        return refs.person(verb.head)  # 'Dr. Mahiga, who delivered a message from ...'
    return refs.person(subjects[0]) if subjects else None


def _reported_to_rule(person: Person, people: list[Person], refs: References) -> None:
    """'He will report to the Prime Minister, Mr. Constantine Karamanlis': a minister reports to his
    own government's head."""
    for mention in person.mentions:
        root = mention.root.head if mention.root.dep_ == "appos" else mention.root
        to = root.head
        if root.dep_ != "pobj" or to.lower_ != "to" or to.head.lemma_ != "report":
            continue
        reporter = _doer(to.head, refs)
        if reporter is not None and reporter is not person and reporter.country:
            person.settle(reporter.country)
            return


def _return_rule(person: Person, people: list[Person], refs: References) -> None:
    """'Merz will return to Berlin tonight' after travelling to Paris and Warsaw, 'Milei flies
    back to Buenos Aires' after meeting Italy's president: a traveller returns home."""
    abroad = _not_home(person, people, refs)
    # (not home: where they travel; whom they meet may be compatriots: 'saw the Prime Minister')
    visited = _abroad(person, refs)
    for mention in person.mentions + _author_words(person) + _titles_returning(person, refs):
        verb = mention.root.head
        back = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in BACK), None)
        returns = verb.lemma_ == "return" or (verb.lemma_ in TRAVEL_VERBS and back is not None)
        if mention.root.dep_ != "nsubj" or not returns or not (abroad or back is not None):
            continue
        for prep in (c for h in (verb, back) if h is not None for c in h.children if c.lower_ == "to"):
            places = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"}]
            code = gazetteer().place_country(entity(places[0])) if places else None
            if code and code not in visited:
                person.settle(code)
                return


def _titles_returning(person: Person, refs: References) -> list[Span]:
    """'The Foreign Secretary will return to London on Friday': a title standing for the person."""
    doc = person.mentions[0].doc
    subjects = (c for t in doc if t.lemma_ == "return" for c in t.children if c.dep_ == "nsubj")
    return [doc[c.i : c.i + 1] for c in subjects if c.ent_type_ != "PERSON" and refs.person(c) is person]


def _author_words(person: Person) -> list[Span]:
    """'The Hon Julie Bishop MP / Minister for Foreign Affairs / ... I will return to Australia on
    Saturday': a first-person release's author, named on a header line (no verb), speaks as 'I'."""
    first = person.mentions[0]
    if not on_header_line(first):
        return []
    words = (t for t in first.doc[first.end :] if t.text == "I" or t.lower_ == "we")  # 'We will return'
    # (not a regnal number: 'Haile Selassie I')
    return [first.doc[t.i : t.i + 1] for t in words if not quoted(t) and t.ent_type_ != "PERSON"
            and first.doc[t.i - 1].ent_type_ != "PERSON"]


def _in_parentheses(tok: Token) -> bool:
    before = tok.doc[tok.sent.start : tok.i]
    return sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before)


def _statement_of(mention: Span) -> bool:
    """'Statement of Minister of Foreign Affairs Nikos Dendias following his meeting ...': a headline
    naming the statement's author right after 'Statement of' and a title."""
    first = mention.doc[: mention.start]
    opener = next((t.i for t in first if t.lower_ == "statement"), None)
    between = mention.doc[opener + 1 : mention.start] if opener is not None else []
    titled = all(t.is_title or t.lower_ in {"of", "by", "the", "and", "for"} for t in between)
    return "\n" not in first.text and opener is not None and titled


def _speaks(verb: Token) -> bool:
    """'said', 'issued the following statement'."""
    statement = any(c.dep_ == "dobj" and c.lemma_ in {"statement", "remark"} for c in verb.children)
    return verb.lemma_ in SPEECH_VERBS or statement


def _gives_statement(mention: Span) -> bool:
    """'Foreign Minister X issued the following statement today: "I returned ...': a statement given
    whole after its author's saying (its paragraphs need not each open with a quote mark)."""
    doc = mention.doc
    words = [t for t in mention.sent if not t.is_space]
    after = next((t for t in doc[mention.sent.end :] if not t.is_space), None)
    if words[-1].text != ":" or after is None or after.text not in QUOTES:
        return False
    # (the saying right after the name: the parser may hang a name after a dateline on the town)
    between = doc[mention.end : words[-1].i]
    verb = next((t for t in between if t.pos_ == "VERB"), None)
    return verb is not None and _speaks(verb) and not any(t.ent_type_ == "PERSON" for t in between)


def on_header_line(mention: Span) -> bool:
    """A name in a sentence without a verb: a release's header ('The Hon Julie Bishop MP / Minister
    for Foreign Affairs'), whose author a first-person text's 'I' is."""
    return not any(t.pos_ in {"VERB", "AUX"} for t in mention.sent)


def _spokesperson_rule(person: Person, people: list[Person], refs: References) -> None:
    """'Foreign ministry spokeswoman Hua Chunying told a briefing that China hoped ...': a
    spokesperson speaks for their own government, the country whose position they report."""
    if not any(tok.lower_ in SPOKESPERSONS for title in person.title_spans for tok in title):
        return
    for mention in person.mentions:
        verb = mention.root.head
        if mention.root.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS:
            continue
        # the subject of the clause reported ('that China hoped'), wherever the parser hangs it
        reported = (t for t in verb.subtree if t.i > verb.i and t.dep_ == "nsubj" and t.ent_type_ == "GPE")
        subject = next(reported, None)
        code = gazetteer().listed_place(entity(subject).text) if subject is not None else None
        if code:
            person.settle(code)
            return


def dateline_country(doc: Doc) -> str | None:
    """The country of the place a story is filed from. Where the story happens: 'here'."""
    found = dateline(doc)
    return found.country if found else None


def _speaking_place_rule(person: Person, people: list[Person], refs: References) -> None:
    """'Chief Cabinet Secretary Hirokazu Matsuno told a news conference in Tokyo': a spokesperson
    speaks at home."""
    for mention in person.mentions:
        # ('In Lagos, the Federal Prime Minister, X, said': the title's apposition)
        root = mention.root.head if mention.root.dep_ == "appos" else mention.root
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS:
            continue
        # (not where the subject's own relative clause puts them: 'X, who was in Washington last week
        # for talks, told reporters')
        own = set(range(root.left_edge.i, root.right_edge.i + 1))
        # (nor what they said: 'told the briefing that the situation in Afghanistan ...')
        own |= {t.i for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for t in c.subtree}
        for prep in (t for t in verb.subtree if t.lower_ == "in" and t.dep_ == "prep" and t.i not in own):
            places = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"}]
            code = gazetteer().place_country(entity(places[0])) if places else None
            if code and code not in _abroad(person, refs):  # not where they flew: 'told reporters in Manila'
                person.settle(code)
                return


def _met_there_rule(person: Person, people: list[Person], refs: References) -> None:
    """'In Cairo, he will meet with Foreign Minister Amr': an official met in a place by a visitor
    (a partner who travels there or serves another country) serves that place's country; without
    a place, the one country the visitor travels to ('Hammond arrived in Tehran ... is due to meet
    President Rouhani')."""
    for mention in person.mentions:
        verb = _clause_verb(mention.root)
        if verb is None or not _meets(verb):
            continue
        sides = _other_side(verb, mention)
        for tok in sides:
            # ('X, who met President Y in Moscow': the relative's antecedent)
            relative = tok.lower_ == "who" and tok.head.dep_ == "relcl"
            partner = refs.person(tok.head.head if relative else tok)
            if partner is None or partner is person:
                continue
            visited = _destinations(partner) or _referred_destinations(partner, refs, verb.doc)
            only_visited = next(iter(visited)) if len(visited) == 1 else None
            # 'In Nay Pyi Taw, she will meet ... and will call on ...': a conjunct's place is its head's
            clause = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
            code = _clause_place(verb) or _clause_place(clause)
            code = code or _purpose_place(clause) or _purpose_place(verb)
            code = code or only_visited or _paragraph_stop(verb, visited) or dateline_country(verb.doc)
            if code is None or code in _not_home(person, people, refs):
                continue
            foreign = partner.country not in {None, code} or code in visited
            foreign = foreign or code in _not_home(partner, people, refs)
            # (an international official counts where they travel to: 'The Secretary-General arrived
            # in Baghdad ... he was received by President Saddam Hussein')
            if (foreign and not partner.international) or (partner.international and code in visited):
                person.settle(code)
                return
        # 'the Belgian ministers held talks in Kinshasa with X', 'travelled to Gbadolite, where they
        # were received by X': met by visitors no name stands for, in a place the article's
        # officials from elsewhere travel to
        others = [t for t in sides if t.pos_ == "PRON" or _unnamed_party(t)]
        if not others or any(map(refs.person, others)):
            continue
        code = _clause_place(verb) or _clause_place(verb.head if verb.dep_ == "conj" else verb)
        if code is None or code in _not_home(person, people, refs):
            continue
        if any(p.official and p.country not in {None, code} and code in _destinations(p) for p in people):
            person.settle(code)
            return


def _unnamed_party(tok: Token) -> bool:
    """'the Belgian ministers', 'the delegation': people a meeting's other side names by no name."""
    return tok.lemma_ in gazetteer().title_words or tok.lemma_ in GROUP_HEADS | {"delegation", "side"}


STOPS = TRAVEL_NOUNS | {"stop", "stopover", "leg"}
ONWARD = {"proceed", "travel", "fly", "go", "head", "continue"}  # verbs of going on to a place


def _talks_with(mention: Span) -> Token | None:
    """The meeting noun a name is the partner of: 'talks in Suva with the Prime Minister, Voreqe
    Bainimarama', 'the Prime Minister's meeting with President X'."""
    root = _partner_root(mention)
    if root.dep_ != "pobj" or root.head.lower_ != "with":
        return None
    noun = root.head.head
    return noun if noun.lemma_ in MEETING_NOUNS or noun.lower_ in MEETING_NOUNS else None


def _partner_root(mention: Span) -> Token:
    """The word that stands for the name in its clause: the head of its apposition, or the title the
    parser hangs it under ('talks with Minister for [Foreign Affairs Mochtar Kusumaatmadja]')."""
    root = mention.root
    if root.dep_ == "appos":
        root = root.head
    while root.dep_ == "pobj" and root.head.lower_ in {"for", "of"} and _title_word(root.head.head):
        root = root.head.head
    return root


def _talks_there_rule(person: Person, people: list[Person], refs: References) -> None:
    """'after talks in Suva with the Prime Minister, Voreqe Bainimarama': the partner of talks
    held in a place another official of the article travels to serves that place's country."""
    for mention in person.mentions:
        talks = _talks_with(mention)
        code = _clause_place(talks) if talks is not None else None
        # ('the Prime Minister's meeting with President X' during his visit to Ulaanbaatar)
        hosts = [refs.person(c) for c in talks.children if c.dep_ == "poss"] if talks is not None else []
        visited = set().union(*(_destinations(p) for p in hosts if p is not None and p is not person))
        code = code or (next(iter(visited)) if len(visited) == 1 else None)
        if code is None or code in _not_home(person, people, refs):
            continue
        visitors = [p for p in people if p is not person and p.official and code in _destinations(p)]
        if any(p.country != code for p in visitors):
            person.settle(code)
            return


def _visit_talks_rule(person: Person, people: list[Person], refs: References) -> None:
    """'a stop in Abuja for consultations with President Tinubu', 'will make a visit to Paris for
    talks with Prime Minister Barnier': whom a visit to a place is for talks with serves that place's
    country."""
    for mention in person.mentions:
        root = _partner_root(mention)  # 'with the Minister ..., Ambassador X'
        if root.dep_ != "pobj" or root.head.lower_ != "with":
            continue
        talks = root.head.head
        if talks.lower_ not in MEETING_NOUNS and talks.lemma_ not in MEETING_NOUNS | {"consultation"}:
            continue
        for head in list(talks.ancestors)[:4]:
            # ('to proceed to Abuja, Nigeria, on 12 September for consultations with')
            visits = [head] if head.lemma_ in STOPS or head.lemma_ in ONWARD else []
            visits += [c for c in head.children if c.lemma_ in STOPS and c.dep_ in {"dobj", *PERSON_ROLES}]
            codes = {code for visit in visits for code in _arm_places(visit)}
            if len(codes) == 1 and next(iter(codes)) not in _not_home(person, people, refs):
                person.settle(codes.pop())
                return
            if head.pos_ in {"VERB", "AUX"}:
                break


def _invitation_rule(person: Person, people: list[Person], refs: References) -> None:
    """'will pay an official visit to the Republic of Poland at the invitation of Minister of Foreign
    Affairs Krzysztof Skubiszewski': the host who invites serves the one country visited."""
    for mention in person.mentions:
        # ('of the Minister ..., Guido Di Tella', 'of Minister of Foreign Affairs X': through the title)
        path = []
        for head in list(mention.root.ancestors)[:5]:
            if head.pos_ in {"VERB", "AUX"} or head.lemma_ == "invitation":
                break
            path.append(head)
        invitation = head if path and path[-1].lower_ == "of" and head.lemma_ == "invitation" else None
        if invitation is None:
            continue
        for holder in list(invitation.ancestors)[:4]:
            places = _arm_places(holder) if holder.lemma_ in TRAVEL_NOUNS else _travel_places(holder)
            if places:
                if len(places) == 1:
                    person.settle(next(iter(places)))
                return


# where a visitor met someone, or who invited them, says whose official they are
PLACE_RULES = (_invitation_rule, _met_there_rule, _visit_talks_rule, _talks_there_rule)


def _paragraph_stop(verb: Token, visited: set[str]) -> str | None:
    """The stop of a tour the paragraph is about: 'The delegation will be in Asunción March 3-5.
    Minister Lin is scheduled to call on President Santiago Peña': the last place named before
    the verb in its paragraph that is one of the visitor's destinations."""
    doc, i = verb.doc, verb.i - 1
    while i > 0 and "\n\n" not in doc[i].text + doc[i].whitespace_:
        tok = doc[i]
        code = gazetteer().place_country(entity(tok)) if tok.ent_type_ in {"GPE", "LOC", "FAC"} else None
        code = code or _capital_of(tok)  # ('In the Belgian capital')
        if code in visited:
            return code
        i -= 1
    return None


def _purpose_place(verb: Token) -> str | None:
    """The one country of the trip a meeting is the purpose of (or told with): 'will begin her trip
    in Istanbul and Ankara, Turkey from March 4 to 5 to meet with Foreign Minister Cavusoglu'."""
    # ('will travel to Montevideo, where he will hold talks ... and will be received by X': the
    # parser may coordinate the meeting with the travel)
    if verb.dep_ not in {"advcl", "xcomp", "conj"}:
        return None
    places = _travel_places(verb.head)
    return next(iter(places)) if len(places) == 1 else _clause_place(verb.head)


def _meets(verb: Token) -> bool:
    """'met', 'received'; 'will have an audience with', 'had a phone call with'."""
    meeting_object = any(c.dep_ == "dobj" and c.lemma_ in MEETING_NOUNS for c in verb.children)
    return verb.lemma_ in MEETING_VERBS or meeting_object or _calls_on(verb) or bool(_host_of_guest(verb))


def _host_of_guest(verb: Token) -> list[Token]:
    """'the Danish leader will be the guest of Foreign Minister X at a luncheon': X."""
    guests = [c for c in verb.children if c.dep_ == "attr" and c.lemma_ == "guest" and verb.lemma_ == "be"]
    return [o for g in guests for p in g.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _calls_on(verb: Token) -> bool:
    """'the crown prince called on President Arif Alvi', 'paid a courtesy call on': a courtesy call."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "call"]
    calls = [verb] if verb.lemma_ == "call" else objects
    return any(c.dep_ == "prep" and c.lower_ == "on" for call in calls for c in call.children)


def _clause_place(verb: Token) -> str | None:
    """The country of the place a clause happens in: 'met ... in Cairo', 'In Cairo, he will meet',
    'in Cairo, where she will meet'."""
    # (or on its object: 'met Foreign Minister Sirojiddin Muhriddin in Dushanbe')
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
        places = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        code = gazetteer().place_country(_place_phrase(places[0])) if places else None
        code = code or next(filter(None, map(_capital_of, prep.children)), None)
        if code:
            return code
    where = next((c for c in verb.children if c.lower_ == "where"), None)  # (on a relcl or its xcomp)
    return _place_before(where) if where is not None else None


def _capital_of(tok: Token) -> str | None:
    """'in the Belgian capital': the country of the demonym."""
    if tok.dep_ != "pobj" or tok.lower_ != "capital":
        return None
    demonyms = [c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    return gazetteer().country(demonyms[0].text) if demonyms else None


def _place_phrase(tok: Token) -> Span:
    """The place a token names: its entity, else its proper-noun phrase ('Nay Pyi Taw' the NER missed)."""
    return entity(tok) if tok.ent_type_ else tok.doc[tok.left_edge.i : tok.i + 1]


def _place_before(where: Token) -> str | None:
    """The place a 'where' clause follows, past a date: 'in Cairo July 14-15, where she will meet',
    'a visit to Ulaanbaatar on Friday 26 April, where he will meet'."""
    doc, i = where.doc, where.i - 1

    def dated(j: int) -> bool:  # a date, or the preposition that opens one ('on' Friday)
        after = doc[j + 1] if j + 1 < len(doc) else None
        opens = doc[j].lower_ in {"on", "in", "from"} and after is not None
        opens = opens and after.ent_type_ in {"DATE", "TIME"}
        return doc[j].is_punct or doc[j].ent_type_ in {"DATE", "TIME"} or opens

    while i > where.sent.start and dated(i):
        i -= 1
    tok = where.doc[i]
    if tok.ent_type_ in {"GPE", "LOC"}:
        return gazetteer().place_country(entity(tok))
    # (a city the NER calls an organisation, after 'to'/'in': 'a visit to Ulaanbaatar')
    return gazetteer().place_country(_place_phrase(tok)) if tok.pos_ == "PROPN" else None


GUEST_WORDS = {"guest", "visitor", "delegation"}


def _not_home(person: Person, people: list[Person], refs: References) -> set[str]:
    """Countries the person is foreign to: the country of a named official they meet on the
    other side ('Scholz also met Premier Li Keqiang': Li is not German) or of an office they meet
    ('hosted their Japanese counterparts'), and countries they travel to."""
    excluded = _abroad(person, refs)
    for mention in person.mentions + _author_words(person):
        talks = _talks_with(mention)
        for tok in [c for c in talks.children if c.dep_ == "poss"] if talks is not None else []:
            partner = refs.person(tok)  # 'the Prime Minister's meeting with President X'
            if partner is not None and partner is not person and partner.country:
                excluded.add(partner.country)
        verb = _clause_verb(mention.root)
        if verb is not None and _meets(verb) and not _before_leaving(verb):
            for tok in _other_side(verb, mention):
                partner = refs.person(tok)
                if partner is not None and partner is not person and partner.country:
                    excluded.add(partner.country)
                elif partner is None and tok.ent_type_ != "PERSON" and (
                    is_title(tok.doc[tok.i : tok.i + 1]) or tok.lemma_ in GUEST_WORDS  # 'the Thai guest'
                ):
                    office = tok.doc[tok.left_edge.i : tok.i + 1]
                    excluded.update(code for code, post in _countries_in(office) if not post)
    return excluded


def _before_leaving(verb: Token) -> bool:
    """'Before his departure, Romulo conferred with President Marcos': at home, with a compatriot."""
    befores = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "before"]
    return any(o.lemma_ in {"departure", "leave"} for b in befores for o in b.children)


def _abroad(person: Person, refs: References) -> set[str]:
    """Countries the person is surely foreign to: where they or their lead travel, and the
    country of the official they are the counterpart of ('Wang and his counterpart Ri')."""
    excluded = _destinations(person)
    lead = _lead(person, refs)
    # (not the lead's own country: 'would go to Davao City on Saturday' after the visit)
    excluded |= _destinations(lead) - {lead.country} if lead is not None and lead is not person else set()
    for title in person.title_spans:
        owner = _title_owner(title, refs)
        if owner is not None and owner is not person and owner.country and _counterpart(title):
            excluded.add(owner.country)
    return excluded


def _visitors_countries(person: Person, refs: References) -> set[str]:
    """The countries of the visitors the person meets: 'Wu [CN], who arrived here [Seoul], paid a
    courtesy call on Foreign Minister Ban': a host is foreign to the visitor come to see them."""
    found = set()
    for mention in person.mentions:
        verb = _clause_verb(mention.root)
        for tok in _other_side(verb, mention) if verb is not None and _meets(verb) else []:
            visitor = refs.person(tok)
            visited = _destinations(visitor) if visitor is not None and visitor is not person else set()
            if visited and visitor.country and visitor.country not in visited:
                found.add(visitor.country)
    return found


def _counterpart(title: Span) -> bool:
    return any(tok.lemma_ == "counterpart" for tok in title)


def _title_owner(title: Span, refs: References) -> Person | None:
    """The official 'his'/'her' opening a title stands for: 'his Spokesperson' (not a style: 'His
    Excellency the Governor-General')."""
    styled = len(title) > 1 and title[1].lower_ in STYLES
    return refs.person(title[0]) if title[0].lower_ in {"his", "her"} and not styled else None


def _destinations(person: Person, put_off: bool = True) -> set[str]:
    """Countries the person travels to: 'X travelled to Ghana', 'X will undertake a visit to
    Ghana', 'X, who arrived in the Iranian capital' (and, unless `put_off` is false, 'X's visit to
    Ceylon was postponed')."""
    found = set()
    for mention in person.mentions + _author_words(person):
        verb = _clause_verb(mention.root)
        root = mention.root
        while root.dep_ == "appos" and root.head.dep_ == "appos":  # ('X, the Hon'ble Mr. Y, will pay')
            root = root.head
        subject = root.dep_ in PERSON_ROLES or (  # 'Graham and Blumenthal visited Kyiv'
            root.dep_ in {"conj", "appos"} and root.head.dep_ in PERSON_ROLES
        )  # ('Minister of Foreign Affairs Lin Chia-lung will lead ...': the parser's apposition)
        verbs = [verb] if verb is not None and subject else []
        # ('will undertake a visit to Tanzania, and will proceed to Uganda': the same subject's)
        conjoined = [c for v in verbs for c in v.children if c.dep_ == "conj"]
        conjoined = [c for c in conjoined if not any(g.dep_ == "nsubj" for g in c.children)]
        verbs += [c for c in conjoined if c.lemma_ in TRAVEL_VERBS]
        # ('returned yesterday from Laos and is scheduled to fly to Nay Pyi Taw on Monday')
        verbs += [x for c in conjoined for x in c.children if x.dep_ == "xcomp" and x.lemma_ in TRAVEL_VERBS]
        verbs += [c for c in mention.root.children if c.dep_ == "relcl" and c.lemma_ in TRAVEL_VERBS]
        # 'X became the first British Foreign Secretary to visit Burma'
        if verb is not None and subject and verb.lemma_ in {"be", "become"}:
            heads = [verb, *(c for c in verb.children if c.dep_ == "attr")]
            verbs += [
                v for h in heads for v in h.children
                if v.dep_ in {"relcl", "acl", "xcomp"} and v.lemma_ in TRAVEL_VERBS and v.i > h.i
            ]
        for verb in verbs:
            found |= _travel_places(verb)
        # 'Milei, accompanied by Foreign Minister Diana Mondino, arrived in Washington', 'The European
        # Union troika led by Foreign Minister X arrived in Tehran'
        escorts = (a for a in mention.root.ancestors if a.lemma_ in ESCORTS and a.dep_ == "acl")
        escort = next(escorts, None)
        if escort is not None and escort.head.dep_ in PERSON_ROLES:
            found |= _travel_places(escort.head.head)
        # 'Minister Rau's visit to Chișinău'
        visit = mention.root.head
        held = put_off or not calls_off(visit.head)
        if mention.root.dep_ == "poss" and visit.lemma_ in TRAVEL_NOUNS and held:
            found |= _arm_places(visit)
        found |= _own_visit_places(mention)
    return found


def visitors_first(tok: Token, fitting: list[tuple[Span, Person]]) -> list[tuple[Span, Person]]:
    """'the visiting minister': of the holders, those told travelling before it, if any."""
    if not any(c.lower_ == "visiting" and c.dep_ in {"amod", "compound"} for c in tok.children):
        return fitting
    # ('The West German minister arrived at Băneasa airport': a title told travelling)
    arrivals = [
        _description(t) for t in tok.doc[: tok.i]
        if t.dep_ == "nsubj" and t.head.lemma_ in TRAVEL_VERBS and t.pos_ == "NOUN" and _title_word(t)
    ]

    def travelled(person: Person) -> bool:
        told = [m for m in person.mentions if m.end <= tok.i]
        titled = any(words <= _words(t) and (not countries or person.country in countries | {None})
                     for words, countries in arrivals for t in person.titles)
        return titled or (bool(told) and bool(_destinations(replace(person, mentions=told))))

    return [(m, p) for m, p in fitting if travelled(p)] or fitting


def _referred_destinations(person: Person, refs: References, doc: Doc) -> set[str]:
    """Where the person travels as 'he' or 'the Secretary-General': 'The Secretary-General arrived
    in Baghdad on Friday', 'the crown prince's visit to Pakistan'."""
    found = set()
    for tok in doc:
        if tok.i in refs.by_token:
            continue
        if tok.dep_ in PERSON_ROLES and _travels(tok.head) and refs.person(tok) is person:
            found |= _travel_places(tok.head)
        elif tok.dep_ == "poss" and tok.head.lemma_ in TRAVEL_NOUNS and not calls_off(tok.head.head) \
                and refs.person(tok) is person:  # (not 'who canceled his trip to Poland')
            found |= _arm_places(tok.head)
    return found


def _own_visit_places(mention: Span) -> set[str]:
    """'hospitality extended to Prime Minister Abe during his visit to Ulaanbaatar': a visit whose
    'his'/'her' follows the name, no other name between, is the named person's."""
    doc, found = mention.doc, set()
    for tok in doc[mention.end : mention.sent.end]:
        if tok.ent_type_ == "PERSON":
            break
        own = tok.lower_ in {"his", "her"} and tok.dep_ == "poss" and tok.head.lemma_ in TRAVEL_NOUNS
        # not 'who canceled (or called off) his trip'
        if own and not calls_off(tok.head.head) and tok.head.head.lemma_ != "call":
            found |= _arm_places(tok.head)
    return found


ESCORTS = {"accompany", "lead", "head"}
DEPARTURES = {"leave", "depart"}  # 'will leave Dakar on Thursday for Nouakchott'


def _travels(verb: Token) -> bool:
    """A travel verb, or one with a visit for its object ('will pay a State Visit to')."""
    visit = any(c.dep_ == "dobj" and c.lemma_ in TRAVEL_NOUNS for c in verb.children)
    return verb.lemma_ in TRAVEL_VERBS or visit


def _travel_places(verb: Token) -> set[str]:
    # 'will lead a delegation on a visit to Paraguay', 'left on a tour of'
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # (or on its object: 'a delegation on')
    tours = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
             for o in c.children if o.dep_ == "pobj" and o.lemma_ in TRAVEL_NOUNS]
    if verb.lemma_ == "return":  # 'returned on Wednesday from (or after) a two-day visit to Myanmar'
        tours += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "after"}
                  for o in c.children if o.dep_ == "pobj" and o.lemma_ in TRAVEL_NOUNS]
    # ('after a tour of West Africa which took him to Dakar, Monrovia and Lagos')
    tours += [c for o in tours for c in o.children if c.dep_ == "relcl" and c.lemma_ == "take"]
    found = set().union(*(_arm_places(o) for o in tours))
    if verb.lemma_ in DEPARTURES:
        found |= set().union(*(_arm_places(way) for way in ways_to(verb)))  # 'left X on his way to London'
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            places = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"}]
            code = gazetteer().place_country(entity(places[0])) if places else None
            found |= {code} if code else set()
    if _home_from(verb):  # (and a tour of the country returned to was at home)
        return found - _arm_places(verb)
    if not _travels(verb):
        return found
    here = any(c.lower_ == "here" for c in verb.children) and dateline_country(verb.doc)  # 'arrived here'
    return found | _arm_places(verb) | ({here} if here else set())


def ways_to(verb: Token) -> list[Token]:
    """The 'way' of 'left Dún Laoghaire by the mail boat last night on his way to London'."""
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children
            if o.lemma_ == "way"]


def _home_from(verb: Token) -> bool:
    """'returned to Bangkok yesterday from a tour of the border provinces': back home from elsewhere."""
    return verb.lemma_ == "return" and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _arm_places(head: Token) -> set[str]:
    """Countries of the places a travel verb or noun goes to: 'to Putrajaya, Malaysia'."""
    found = set()
    # ('pay a state visit to Denmark': the parser may hang 'to' on 'pay' as a dative)
    arms = (c for c in head.children if c.dep_ in {"prep", "dobj", "dative"} and c.lower_ not in NOT_WHERE)
    for arm in arms:
        if any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in arm.children):
            continue  # a clause, not a place: 'in what officials in Canberra describe', 'before going on to'
        places = _countries_in(head.doc[arm.i : _where_ends(arm)], frozenset())
        found.update(code for code, _ in places)
    return found


def _where_ends(arm: Token) -> int:
    """End of the destination phrase: 'to Putrajaya, Malaysia' of 'travel to Putrajaya, Malaysia on
    9 April for the Malaysia-Singapore Retreat'; 'in Japan' of 'arrived in Japan ... for a visit
    aimed at ties with one of Manila's closest partners'."""
    for tok in arm.subtree:
        if tok.i > arm.i and (
            (tok.dep_ == "prep" and tok.lower_ in NOT_WHERE) or tok.dep_ in {"relcl", "acl", "advcl", "poss"}
        ):
            return tok.i
    return arm.right_edge.i + 1


def _other_side(verb: Token, mention: Span) -> list[Token]:
    """The subject, object and 'with' object of a meeting verb, on the side the mention is not:
    'Scholz met Premier Li', 'received His Majesty King Charles III', 'held talks with Xi'."""
    subjects = [c for c in verb.children if c.dep_ in PERSON_ROLES]
    head = verb
    # 'is due to meet President Rouhani'; 'she will meet ... and will call on Thura Shwe Mann'
    while not subjects and head.dep_ in {"xcomp", "acomp", "advcl", "conj"}:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in PERSON_ROLES]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}] + _host_of_guest(verb)
    partner_preps = {"with", "on"} if _calls_on(verb) else {"with"}
    partner_preps |= {"for"} if verb.lemma_ == "host" else set()  # 'hosted a working lunch for me'
    objects += [
        o for h in [verb, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ in partner_preps
        for o in p.children if o.dep_ == "pobj"
    ]
    # 'will host a state banquet in honour of the Thai guest', 'gave a state dinner at Government House
    # in honour of the visiting Prime Minister' (the parser may hang the honour on the venue)
    venues = [o for h in [verb, *objects] for p in h.children if p.lower_ == "at" for o in p.children]
    if verb.lemma_ == "host" or any(o.lemma_ in MEETING_NOUNS for o in objects):
        honours = [o for h in [verb, *objects, *venues] for p in h.children if p.lower_ == "in"
                   for o in p.children if o.lower_ in {"honour", "honor"}]
        objects += [g for o in honours for p in o.children if p.lower_ == "of" for g in p.children
                    if g.dep_ == "pobj"]
        objects += [c for o in honours for c in o.children if c.dep_ == "poss"]  # 'in her honor'
    inside = mention.root.i  # the subject, or inside it: 'Chief of Army Staff Gen. Bajwa called on'
    # 'he will attend a working lunch hosted by Vice President X': the guest is who attends
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not subjects and verb.dep_ == "acl" and any(a.left_edge.i <= inside <= a.right_edge.i for a in agents):
        subjects = [c for c in verb.head.head.children if c.dep_ in PERSON_ROLES]
    side = objects if any(s.left_edge.i <= inside <= s.right_edge.i for s in subjects) else subjects
    return [m for tok in side for m in members(tok) if not (mention.start <= m.i < mention.end)]


def _clause_verb(tok: Token) -> Token | None:
    return next((a for a in [tok, *tok.ancestors] if a.pos_ in {"VERB", "AUX"}), None)


def entity(tok: Token) -> Span:
    doc = tok.doc
    return next((e for e in doc.ents if e.start <= tok.i < e.end), doc[tok.i : tok.i + 1])


MONARCHS = {"king", "queen", "emir", "amir", "sultan", "monarch", "emperor", "imperial"}  # (Imperial Majesty)
HEAD_OF_STATE_WORDS = {"president", "king", "queen", "emir", "amir", "sultan", "monarch", "premier", "head"}


def head_of_state(person: Person) -> bool:
    """'the two Heads of State': a president, monarch or premier (not a vice-president or minister)."""
    words = [set(t.lower().replace("-", " ").split()) for t in person.titles]
    lower = {"vice", "deputy", "minister"}
    return any(HEAD_OF_STATE_WORDS & w for w in words) and not any(lower & w for w in words)


MINISTERIAL = re.compile(r"\b(prime minister|minister|premier|chancellor)\b")  # offices of a state
BODY_WORDS = re.compile(r"\b(commission|commissioner|council|union|representative)\b")  # of a body


def _international_lead(people: list[Person]) -> bool:
    """Is the first official the article names one of an international organisation?"""
    officials = sorted((p for p in people if p.official), key=lambda p: p.mentions[0].start)
    return bool(officials) and officials[0].international


def home_country(people: list[Person]) -> str | None:
    """The government the article speaks for: the seat of government that speaks in it
    (`_speaking_seat`), or the national news agency that files it, or the author of a first-person
    release, or the one country a traveller it calls its guest visits (`_hosting_country`); else, as
    foreign officials come marked ('Mexican Foreign Secretary', 'President Castro
    of Honduras') and the home ones mostly not ('DHS Secretary', a known name), the country most
    implicit officials serve; else the dateline's country (a wire story's place); else the country the
    article names most that no marked official serves; else the country most officials serve (mentions
    count). The countries the article's first, unmarked official travels to are abroad ('Chancellor
    Merz travels to Warsaw ... received by Prime Minister Donald Tusk')."""
    seat = _speaking_seat(people) or _agency_country(people)
    if seat:
        return seat
    # a first-person release speaks for its author's government ('Hon Winston Peters / ... / I will lead')
    author = next((p for p in people if p.official and p.country and _author_words(p)), None)
    if author is not None:
        return author.country
    hosting = _hosting_country(people)
    if hosting:
        return hosting
    origin = _lead_origin(people)
    if origin and origin not in _lead_destinations(people):
        return origin
    # (in the order the article names them: a tie goes to the country of the official named first)
    officials = sorted((p for p in people if p.official and p.country), key=lambda p: p.mentions[0].start)
    abroad = _lead_destinations(people)
    # 'JERUSALEM (AP) - Secretary of State Colin Powell arrived in Israel': a story filed from where
    # the visitors it follows arrive is told from there
    docs, refs = _docs(people), References(people)
    dateline = next((dateline_country(doc) for doc in docs), None)
    # (or as a title: 'Her Majesty The Queen ... will pay a State Visit to the Federal Republic')
    visited = {code for p in officials if p.country != dateline
               for code in _destinations(p).union(*(_referred_destinations(p, refs, doc) for doc in docs))}
    if dateline and dateline in visited:
        return dateline
    # ('Baku, Azerbaijan, Sept. 26 ... Azerbaijani Foreign Minister X held ...': a story filed from the
    # country of the official it opens with is told from there)
    body = [(m.start, p) for p in people if p.official for m in p.mentions
            if "\n" in m.doc.text[: m.start_char]]
    opening = min(body, key=lambda found: found[0])[1] if body else None  # (not a headline's)
    if dateline and opening is not None and (opening.country, opening.country_source) == (dateline, "marked"):
        return dateline
    implicit = Counter({})
    for person in officials:
        # (not where the lead travels: 'the Secretary of State for Foreign and Commonwealth Affairs, X' met
        # in London by the visiting Norwegian minister)
        if person.country_source in {"implicit", "known"} and person.country not in abroad:
            implicit[person.country] += len(person.mentions)
    if implicit:
        return implicit.most_common(1)[0][0]
    if dateline and dateline not in abroad:  # 'BUENOS AIRES, April 6 (AFP) - ... Economy Minister X'
        return dateline
    foreign = abroad | {p.country for p in officials if p.country_source in {"marked", "known"}}
    # ('Guatemala's new president ... will pay a state visit to Mexico': the one country foreign
    # officials visit is the home of the story)
    # (a host country's own official may be marked too: 'Costa Rica's Foreign Minister' in San José)
    marked = [p for p in officials if p.country_source == "marked"]
    # (not one who travels home, 'The Ambassador of Burma in Colombo, who has returned to Rangoon', nor
    # one whose visit is put off, 'U Thein Maung's own visit to Ceylon ... was postponed')
    travellers = abroad | {
        p.country for p in officials if p.country_source in {"marked", "known"} and _abroad_only(p, False)}
    hosts = {code for p in marked for code in _destinations(p)} - travellers
    if len(hosts) == 1:
        return hosts.pop()
    named = Counter(code for code in _named_countries(people) if code not in foreign)
    if named:
        return named.most_common(1)[0][0]
    counts = Counter({})
    for person in officials:
        counts[person.country] += len(person.mentions)
    return counts.most_common(1)[0][0] if counts else None


def _abroad_only(person: Person, put_off: bool = True) -> bool:
    """Travels, and only abroad (not 'Soeharto and General Prem will fly to Bali')."""
    visited = _destinations(person, put_off)
    return bool(visited) and person.country not in visited


def _hosting_country(people: list[Person]) -> str | None:
    """'the visitor is expected to be received by X', 'in honour of the Peruvian guest': an article
    that calls a traveller its guest is told from the one country they visit."""
    refs = References(people)
    for doc in _docs(people):
        for tok in doc:
            guest = refs._guest(tok) if tok.lemma_ in {"visitor", "guest"} and tok.pos_ == "NOUN" else None
            visited = _destinations(guest) if guest is not None else set()
            if len(visited) == 1:
                return visited.pop()
    return None


def _docs(people: list[Person]) -> list[Doc]:
    return list({m.doc for p in people for m in p.mentions[:1]})


def _agency_country(people: list[Person]) -> str | None:
    """The country of a national news agency that files the story: 'NADI, Fiji, April 5 (Xinhua)
    --' (a story of a national agency reports for its government; international agencies are not
    listed). Only a dateline's agency: '(MAP)' in the prose may be an action plan."""
    for doc in _docs(people):
        found = dateline(doc)
        if found and found.agency:
            return gazetteer().agencies.get(found.agency) or gazetteer().agencies.get(found.agency.title())
    return None


def _speaking_seat(people: list[Person]) -> str | None:
    """The country of a seat of government that speaks in the article: 'A Downing Street
    spokesperson said', 'the White House said', or that issues it (a release's header line 'The
    White House')."""
    for doc in {m.doc for p in people for m in p.mentions[:1]}:
        if seat := header_seat(doc):
            return seat
        for tok in doc:
            if tok.dep_ != "nsubj" or tok.head.lemma_ not in SPEECH_VERBS:
                continue
            if tok.lemma_ in PRESS_WORDS:
                continue  # ('A Lao journalist travelling with the party ... told the Bangkok Post')
            start = min([c.left_edge.i for c in tok.children if c.dep_ == "compound"], default=tok.i)
            for phrase in (doc[start : tok.i + 1], doc[start : tok.i]):
                code = gazetteer().listed_place(phrase.text) if len(phrase) else None
                if code:
                    return code
    return None


def _unmarked_lead(people: list[Person]) -> Person | None:
    """The first official the article names, when unmarked (a foreign visitor
    comes marked or known, 'Argentine President Javier Milei arrived in Israel', a home one not).
    A headline names the lead as its subject, not as the one talked with ('PM heads to Wellington
    for talks with Clark')."""
    def first(person: Person) -> tuple[bool, int]:
        body = [m for m in person.mentions if "\n" in m.doc.text[: m.start_char]]
        told = [m for m in person.mentions if m.root.dep_ in PERSON_ROLES or m in body]
        return (not told, (told or person.mentions)[0].start)

    officials = sorted((p for p in people if p.official), key=first)
    lead = officials[0] if officials else None
    unmarked = lead is not None and lead.country_source in {None, "inferred"} and not lead.international
    return lead if unmarked else None


def _lead_destinations(people: list[Person]) -> set[str]:
    lead = _unmarked_lead(people)
    return _destinations(lead) if lead else set()


def _lead_origin(people: list[Person]) -> str | None:
    """The country an unmarked lead comes back to ('is due back in Canberra on June 20'), else sets
    out from first ('Mr Gordon Freeth will leave Canberra on Saturday on a tour'; not 'will leave
    Ottawa on Thursday', a stop left later)."""
    lead = _unmarked_lead(people)
    refs = References(people)
    # (by name, title or pronoun: 'He is expected back in Lagos on Tuesday')
    # (not one marked foreign: 'The Lebanese Premier will leave for Damascus before returning to Beirut')
    subjects = (t for doc in _docs(people) for t in doc if t.dep_ in PERSON_ROLES
                and not any(c.ent_type_ == "NORP" for c in t.children)) if lead else ()
    found: dict[str, list[str | None]] = {"back": [], "leave": []}
    for root in subjects:
        verb = _clause_verb(root)
        if verb is None or _subject_person(root, refs) is not lead:
            continue
        if verb.lemma_ in DEPARTURES:
            way, places = "leave", [c for c in verb.children if c.dep_ == "dobj"]
        elif verb.lemma_ == "return" or any(c.lower_ == "back" for c in verb.subtree):
            way = "back"
            places = [o for c in verb.subtree if c.dep_ == "prep" and c.lower_ in {"to", "in"}
                      for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        codes = [gazetteer().place_country(entity(p)) for p in places if p.ent_type_ in {"GPE", "LOC"}]
        found[way].append(next((c for c in codes if c), None))
    return next((c for c in found["back"] if c), None) or next(iter(found["leave"]), None)


def _subject_person(tok: Token, refs: References) -> Person | None:
    """Who a subject names; a pronoun subject continues the previous sentence's subject ('X will
    proceed to Yaoundé for talks with President Y. He is expected back in Lagos')."""
    if tok.lower_ not in PRONOUNS:
        return refs.person(tok)
    subjects = (refs.person(t) for t in sentence_before(tok) or [] if t.dep_ in PERSON_ROLES)
    return next((p for p in subjects if p is not None), None)


def _named_countries(people: list[Person]) -> list[str]:
    """ISO codes of the countries, demonyms and seats of government the article names ('the White
    House said'), by the longest name the gazetteer knows where the model cuts one ('Port' and
    'Spain')."""
    docs = {m.doc for p in people for m in p.mentions[:1]}
    ents = [ent for doc in docs for ent in doc.ents]
    longer = [covering_name(e) for e in ents if e.label_ in {"GPE", "NORP"}]
    ents = filter_spans([*ents, *(name for name in longer if name is not None)])
    ents = [e if e.label_ else Span(e.doc, e.start, e.end, label="GPE") for e in ents]
    codes = [gazetteer().country(ent.text) for ent in ents if ent.label_ in {"GPE", "NORP"}]
    # an institution only as a listed venue ('White House', 'Kremlin'), not a company named like a town
    codes += [gazetteer().listed_place(ent.text) for ent in ents if ent.label_ in {"FAC", "ORG"}]
    return [code for code in codes if code]


# ---------------------------------------------------------------- reference


def sentence_before(tok: Token) -> Span | None:
    doc = tok.doc
    return next((doc[i].sent for i in range(tok.sent.start - 1, -1, -1) if not doc[i].is_space), None)


def _quote_opening(text: str, at: int) -> int | None:
    """Where the quotation holding `at` opens: its paragraph's last unclosed quote mark, or, when
    the paragraph opens with a quote mark and the one before ends still quoted, that one's."""
    while True:
        start = text.rfind("\n", 0, at) + 1
        marks = [i for i in range(start, at) if text[i] in QUOTES]
        if len(marks) % 2 == 0:
            return None if marks else run_on_quote(text, at)
        if marks[-1] != start or start == 0:
            return marks[-1]
        end = len(text[:start].rstrip())  # the paragraph before, past blank lines
        before = text.rfind("\n", 0, end) + 1
        previous = [i for i in range(before, end) if text[i] in QUOTES]
        if len(previous) % 2 == 0:  # the quotation opens this paragraph
            return start
        at = end


def _token_at(doc: Doc, char: int) -> int:
    return next((t.i for t in doc if t.idx >= char), len(doc) - 1)


class References:
    """Who a token refers to: a name, a pronoun, or 'the Secretary' / 'the President of Russia'."""

    def __init__(self, people: list[Person]):
        self.people = people
        self.by_token: dict[int, Person] = {}
        self.in_title: set[int] = set()  # tokens of titles: 'President Moon's adviser' -> not Moon
        for person in people:
            for mention in person.mentions:
                for i in range(mention.start, mention.end):
                    self.by_token[i] = person
                # ('Emperor Haile Selassie I of Ethiopia, who arrived': the parser makes 'I' a pronoun)
                if mention.end < len(mention.doc) and mention.doc[mention.end].text in REGNAL_NUMBERS:
                    self.by_token[mention.end] = person
            for title in person.title_spans:
                self.in_title.update(range(title.start, title.end))
        # a title's head word in its holder's apposition: 'with Kenya's Cabinet Secretary ..., Amina Mohamed'
        self.title_heads = {t.root.i: p for p in people if p.official for t in p.title_spans}
        self.mentions = sorted(
            ((m, p) for p in people if p.official for m in p.mentions), key=lambda mp: mp[0].start
        )
        self._resolved: dict[int, Person | None] = {}  # subject pronouns, by token

    def person(self, tok: Token) -> Person | None:
        if tok.i in self.by_token:
            person = self.by_token[tok.i]
            return person if person.official else None
        if self._title_head(tok):
            return self.title_heads[tok.i]
        owners = {c.lower_ for c in tok.children if c.dep_ == "poss"}
        # (before the style: 'Her Majesty' alone is the monarch; 'Their Majesties' he and his consort)
        majesty = tok.lower_ == "majesty" and owners & {"her", "his"}
        if majesty or (tok.lower_ == "majesties" and "their" in owners):
            return self._sovereign(tok)
        apposed = [c for c in tok.children if c.dep_ == "appos"]
        if tok.text in {"HE", "HH"} and apposed:  # 'HE the Prime Minister held talks': a style
            return self.person(apposed[0])
        if tok.lower_ in STYLES and apposed:  # 'His Excellency the Governor-General, Sir X, gave a dinner'
            return next((p for p in map(self.person, reversed(apposed)) if p is not None), None)
        if _style(tok):  # 'His Royal Highness gave a dinner': the one styled so before, else as 'he'
            return self._styled(tok) or self._antecedent(tok)
        if tok.lower_ in PRONOUNS:
            return self._antecedent(tok)
        if tok.lower_ in FIRST_PERSON:
            # the quotation's own speaker ('"I met him," Lavrov said'); else, a statement given whole
            # as a quotation under its author's header line: the author
            return (self.quoted_speaker(tok) or self.speaker(tok)) if quoted(tok) else self.speaker(tok)
        if tok.is_upper and 2 <= len(tok.text) <= 5 and tok.is_alpha:
            return self._by_initials(tok)
        if tok.lemma_ in {"visitor", "guest"}:
            return self._guest(tok)
        # ('the Prime Minister's meeting': a title as a possessor is a person here, not an institution)
        titled = is_title(tok.doc[tok.i : tok.i + 1]) or _title_word(tok) or tok.lower_ == "monarch"
        if tok.pos_ in {"NOUN", "PROPN"} and titled and _definite(tok):
            return self.couple(tok) or self._apposed_name(tok) or self.by_title(tok)
        return None

    def _title_head(self, tok: Token) -> bool:
        """'talks with Kenya's Cabinet Secretary for Foreign Affairs, Ambassador X': the title stands
        for its holder named after it."""
        # (or a conjunct of one: 'talks between the two visitors and Ghana's Minister of ..., Mr. X')
        conjunct = tok.dep_ == "conj" and tok.head.dep_ == "pobj"
        return tok.i in self.title_heads and (tok.dep_ == "pobj" or conjunct)

    def couple(self, title: Token) -> Person | None:
        """'Luncheon given by the Prime Minister and Mrs. Erlander', 'will welcome the President and
        Mrs. López Portillo': the title is the husband's (whatever other Prime Minister the article names)."""
        # ('the Minister for Foreign Affairs and Mrs. Undén': the parser hangs her on 'Affairs')
        wives = [t for t in title.subtree if t.dep_ == "conj" and t.left_edge.lower_ in WIVES_STYLES]
        husband = self.person(wives[0]) if wives else None
        if husband is None or not any(title.lower_ in t.lower().split() for t in husband.titles):
            return None
        return husband

    def _guest(self, tok: Token) -> Person | None:
        """'On Thursday the visitor is expected to be received by X', 'in honour of the Peruvian
        guest': the official named last before who travels abroad (of that nationality, if given); not
        'would be the chief guest at a luncheon', said of someone, nor 'his guest'."""
        if tok.dep_ == "attr" or not any(c.lower_ == "the" for c in tok.children):
            return None
        demonyms = {gazetteer().country(c.text) for c in tok.children if c.dep_ in {"amod", "compound"}}
        travellers = [
            p for m, p in self.mentions
            if m.end <= tok.i and _abroad_only(p) and (p.country in demonyms or demonyms <= {None})
        ]
        return travellers[-1] if travellers else None

    def speaker(self, tok: Token) -> Person | None:
        """'Media release / Prime Minister The Hon Malcolm Turnbull MP / I will make a one-day visit
        ...': the author of a first-person release is the official its header line names (a line
        without a verb), before the first 'I'."""
        labelled = self._labelled_speaker(tok)
        if labelled is not None:
            return labelled
        for mention, person in self.mentions:
            if mention.start >= tok.i:
                break
            if on_header_line(mention) or _statement_of(mention) or _gives_statement(mention):
                return person
        return self._signature()

    def quoted_speaker(self, tok: Token) -> Person | None:
        """'the Foreign Secretary said: "I arrived in Burma this morning ... I met today with X"':
        a quoted 'I' is the official whose saying introduces the quotation (the quotation may run
        on over paragraphs that each open with a quote mark)."""
        opening = _quote_opening(tok.doc.text, tok.idx)
        if opening is None:
            return None
        mark = tok.doc[_token_at(tok.doc, opening)]
        closing = next((i for i, c in enumerate(tok.doc.text[tok.idx :], tok.idx) if c in QUOTES), None)
        if closing is not None and "\n" not in tok.doc.text[tok.idx : closing]:
            # '"I met him," Lavrov said': attributed after the quotation
            after = [t for t in tok.doc[_token_at(tok.doc, closing)].sent if t.idx > closing]
            found = self._saying_subject(after)
            if found is not None:
                return found
        intro = [t for t in mark.sent if t.idx < opening]
        if not intro or intro[-1].text != ":":  # 'X said:' right before the quotation
            before = sentence_before(mark)
            intro = list(before) if before is not None and before.text.rstrip().endswith(":") else []
        return self._saying_subject(list(reversed(intro)))

    def _saying_subject(self, tokens: list[Token]) -> Person | None:
        for verb in (t for t in tokens if _speaks(t) and t.pos_ == "VERB"):
            subjects = [c for c in verb.children if c.dep_ in PERSON_ROLES and c.lower_ not in FIRST_PERSON]
            found = self.person(subjects[0]) if subjects else None
            if found is not None:
                return found
        return None

    def _labelled_speaker(self, tok: Token) -> Person | None:
        """'N. DENDIAS: Dear Minister, ... I arrived in Cairo': a transcript's speaker label (a
        capitalised surname and a colon opening a line) before the 'I'."""
        doc = tok.doc
        for colon in (t for t in reversed(doc[: tok.i]) if t.is_punct and t.text.endswith(":")):  # ('):')
            start = colon.i
            while start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
                start -= 1
            # ('PRIME MINISTER OF SPAIN JOSÉ LUIS RODRÍGUEZ ZAPATERO (retranslated):')
            label = [t for t in doc[start : colon.i] if not _in_parentheses(t)]
            if not label or not all(t.is_upper or t.is_punct for t in label):
                continue  # a colon inside a sentence
            words = {t.text.lower() for t in label if len(t) > 2}
            named = (p for p in self.people if p.official and p.name.split()[-1].lower() in words)
            return next(named, None)
        return None

    def _signature(self) -> Person | None:
        """'... I will travel on to Luxembourg. / Simon Coveney TD / Tánaiste and Minister for
        Foreign Affairs / 12 June 2019': a statement signed at its end, by the last official named,
        alone on a line after the last sentence."""
        if not self.mentions:
            return None
        mention, person = max(self.mentions, key=lambda mp: mp[0].start)
        before = mention.doc[mention.start - 1] if mention.start > 0 else None
        own_line = before is not None and "\n" in before.text + before.whitespace_
        after = mention.doc[mention.end :]
        signed = own_line and on_header_line(mention) and not any(t.lower_ == "i" for t in after)
        return person if signed else None

    def _by_initials(self, tok: Token) -> Person | None:
        """'EAM will call on the President': the official whose title the letters abbreviate
        ('External Affairs Minister'), the latest named before, else the first after."""
        # ('HR/VP': each part of 'High Representative/Vice-President')
        fitting = [
            (m, p) for m, p in self.mentions
            if any(_initials(part) == tok.text for t in p.titles for part in [t, *t.split("/")])
        ]
        before = [p for m, p in fitting if m.end <= tok.i]
        return before[-1] if before else (fitting[0][1] if fitting else None)

    def _sovereign(self, tok: Token) -> Person | None:
        """'Her Majesty will pay a one-day visit to Liberia': the monarch named before (a queen for
        'Her'), else the first named after."""
        reigning = [
            (m, p) for m, p in self.mentions if any(MONARCHS & _words(t) for t in p.titles + p.royal_titles)
        ]
        if any(c.lower_ == "her" for c in tok.children):
            reigning = [(m, p) for m, p in reigning if p.female] or reigning
        # ('His Majesty King Hussein of Jordan' is named as a foreigner: 'His Majesty' alone is the
        # article's own monarch)
        reigning = [(m, p) for m, p in reigning if p.country_source != "marked"] or reigning
        before = [p for m, p in reigning if m.end <= tok.i]
        after = [p for m, p in reigning if m.start > tok.i]
        return before[-1] if before else (after[0] if after else None)

    def _styled(self, tok: Token) -> Person | None:
        """The official last named with this style before: 'His Royal Highness Prince Wan'."""
        doc = tok.doc
        styled = [p for m, p in self.mentions
                  if m.end <= tok.i and tok.lower_ in {t.lower_ for t in doc[max(m.start - 4, 0) : m.start]}]
        return styled[-1] if styled else None

    def _apposed_name(self, tok: Token) -> Person | None:
        """'The Minister of External Relations, Ambassador Celso Amorim, will arrive': the title
        stands for the official named in apposition to it."""
        named = (self.by_token.get(c.i) for c in tok.children if c.dep_ == "appos" and c.i in self.by_token)
        return next((p for p in named if p.official), None)

    def _antecedent(self, tok: Token) -> Person | None:
        """Latest official named as a subject before the pronoun, outside the pronoun's clause;
        in a phrase fronted before its clause's subject, that subject ('During his visit to
        Russia, the Federal Chancellor will ...')."""
        later = self._fronted_subject(tok)
        if later is not None:
            return later
        scope = {a.i for a in tok.ancestors}  # a subject whose verb governs the pronoun is not it
        if tok.dep_ in PERSON_ROLES and tok.head.dep_ == "relcl":
            scope = {tok.head.i}  # ('Menem travelled to Valparaíso, where he addressed': Menem)
        if tok.dep_ == "poss" and tok.head.dep_ == "pobj":
            scope = set()  # ('Rapacki gave a dinner in honour of his French counterpart': Rapacki's)
        earlier = [(m, p) for m, p in self.mentions if m.end <= tok.i]
        # 'I will call on President X to discuss his visit': not the speaker, the one just named
        heads_words = [c for a in tok.ancestors for c in a.children]
        speaker = any(c.lower_ in {"i", "we"} and c.dep_ == "nsubj" for c in heads_words)
        here = [(m, p) for m, p in earlier if m.start >= tok.sent.start]
        if speaker and here and tok.lower_ in THIRD_PERSON:
            return here[-1][1]
        subjects = [(m, p) for m, p in earlier if m.root.dep_ in PERSON_ROLES and m.root.head.i not in scope]
        subjects += self._titled_subjects(tok, scope) + self._pronoun_subjects(tok, scope)
        subjects = sorted(subjects, key=lambda mp: mp[0].end)
        pool = subjects or earlier
        own = self._own_subject(tok)  # 'the President hosted him': not the President
        pool = [(m, p) for m, p in pool if p is not own] or [(m, p) for m, p in earlier if p is not own]
        pool = [(m, p) for m, p in pool if fits_pronoun(p, tok)] or pool
        return pool[-1][1] if pool else None

    def _pronoun_subjects(self, tok: Token, scope: set[int]) -> list[tuple[Span, Person]]:
        """'On Wednesday he goes on to Stockholm, where he is to confer with X. He is also expected
        to ...': the same pronoun as an earlier subject goes on with whom it stood for."""
        found = []
        for t in tok.doc[: tok.sent.start]:
            if t.lower_ == tok.lower_ and t.dep_ in PERSON_ROLES and t.head.i not in scope:
                if t.i not in self._resolved:
                    self._resolved[t.i] = self._antecedent(t)
                if self._resolved[t.i] is not None:
                    found.append((t.doc[t.i : t.i + 1], self._resolved[t.i]))
        return found

    def _titled_subjects(self, tok: Token, scope: set[int]) -> list[tuple[Span, Person]]:
        """'The President will return on Monday. ... On Tuesday, he held a call': a title as the
        subject of a main clause names its official as much as a name does."""
        found = []
        for t in tok.doc[: tok.sent.start]:
            main = t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT") or (
                t.head.dep_ == "ccomp" and t.head.head.lemma_ in SPEECH_VERBS  # '..., the statement said'
            )
            if t.dep_ in PERSON_ROLES and main and t.i not in self.by_token and t.head.i not in scope \
                    and t.lower_ not in PRONOUNS and t.pos_ in {"NOUN", "PROPN"}:
                person = self.person(t)
                if person is not None:
                    found.append((t.doc[t.i : t.i + 1], person))
        return found

    def _own_subject(self, tok: Token) -> Person | None:
        """Who the subject of an object pronoun's clause refers to ('him' in 'the President hosted
        him for dinner'), when that subject is a name or a title."""
        if tok.lower_ not in {"him", "her"} or tok.dep_ not in {"dobj", "dative", "pobj"}:
            return None
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        doers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb is not None else []
        return self.person(doers[0]) if doers and doers[0].lower_ not in PRONOUNS else None

    def _fronted_subject(self, tok: Token) -> Person | None:
        for verb in tok.ancestors:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            subjects = [c for c in verb.children if c.dep_ in PERSON_ROLES and c.i > tok.i]
            fronted = subjects and all(a.i < subjects[0].i for a in tok.ancestors if a.head is verb)
            if fronted:
                found = self.person(subjects[0])
                return found if found is not None and subjects[0].lower_ not in PRONOUNS else None
            return None
        return None

    def by_title(self, tok: Token) -> Person | None:
        """The official whose title holds the description's words: 'the Deputy Secretary', 'the
        President of Russia', 'the German Chancellor'; the latest one named before, else the first
        one named after (a readout may open with 'The President of Russia received ...')."""
        words, countries = _description(tok)
        fitting = [
            (m, p)
            for m, p in self.mentions
            if any(words <= _words(t) for t in p.titles + p.royal_titles)
            and (not countries or p.country in countries)
        ]
        fitting = visitors_first(tok, of_portfolio(tok, fitting) or fitting)
        if not fitting and countries:  # ('the Danish Foreign Minister' while his country is not yet settled)
            unplaced = [(m, p) for m, p in self.mentions if p.country is None and p.official]
            unplaced = [(m, p) for m, p in unplaced if any(words <= _words(t) for t in p.titles)]
            # ('the Lithuanian minister': not the Prime Minister)
            ranked = [(m, p) for m, p in unplaced if any(_same_rank(words, t) for t in p.titles)]
            unplaced = ranked or unplaced
            fitting = unplaced if len({p.name for _, p in unplaced}) == 1 else []
        # 'the President' is the President, not the Vice President, when both are named
        exact = [(m, p) for m, p in fitting if any(_same_rank(words, t) for t in p.titles + p.royal_titles)]
        fitting = exact or fitting
        if not fitting and tok.lower_ in {"chief", "head"}:  # 'the U.N. chief': the U.N.'s titled head
            bodies = {c.text.replace(".", "").lower() for c in tok.children if c.dep_ in {"compound", "nmod"}}
            fitting = [
                (m, p) for m, p in self.mentions
                if any(bodies & set(t.replace(".", "").lower().split()) for t in p.titles)
            ] if bodies else []
        if not fitting and tok.lower_ == "monarch":  # ('the Jordanian monarch': its King)
            reigning = [(m, p, " ".join(p.titles + p.royal_titles)) for m, p in self.mentions]
            fitting = [(m, p) for m, p, titles in reigning if MONARCHS & _words(titles)]
            fitting = [(m, p) for m, p in fitting if not countries or p.country in countries]
        if not fitting and tok.lower_ in {"envoy", "diplomat"}:  # ('the US envoy': a US one)
            fitting = [(m, p) for m, p in self.mentions if m.root.dep_ in PERSON_ROLES]
            fitting = [(m, p) for m, p in fitting if not countries or p.country in countries]
        if not fitting and countries:  # 'The President of Russia' for the one Russian named untitled
            untitled = {p.name for m, p in self.mentions if p.country in countries and not p.titles}
            fitting = [(m, p) for m, p in self.mentions if p.name in untitled] if len(untitled) == 1 else []
        before = [p for m, p in fitting if m.end <= tok.i]
        after = [p for m, p in fitting if m.start > tok.i]
        if not before:
            return after[0] if after else None
        # (a tie: the one named more often as a doer, then the latest)
        return max(reversed(before), key=lambda p: (len(p.mentions), doer_mentions(p, tok.i)))

    def listed(self, region: Span) -> list[Person]:
        """The officials named, or referred to, in a stretch of text, in order."""
        found: list[Person] = []
        for tok in region:
            named = tok.i in self.by_token and tok.i not in self.in_title
            description = tok.dep_ != "compound" and tok.i not in self.in_title and tok.i not in self.by_token
            person = self.person(tok) if named or (description and tok.lower_ not in {"his", "her"}) else None
            if person is not None and person not in found:
                found.append(person)
        return found

    def group(self, tok: Token) -> list[Person]:
        """The officials a noun phrase names, across coordination and 'including' lists."""
        found: list[Person] = []
        for member in members(tok):
            if member.i in self.in_title and not self._title_head(member):
                continue
            person = self.person(member)
            if person is not None and person not in found:
                found.append(person)
        return found


THIRD_PERSON = {"he", "him", "his", "she", "her"}


def doer_mentions(person: Person, before: int) -> int:
    """How often the person is named before as a clause's subject ('The Minister, X, will make')."""
    roots = [m.root.head if m.root.dep_ == "appos" else m.root for m in person.mentions if m.end <= before]
    return sum(r.dep_ in {"nsubj", "nsubjpass"} for r in roots)


def _initials(title: str) -> str:
    """'External Affairs Minister' -> 'EAM'; 'Minister of Foreign Affairs' -> 'MFA'."""
    return "".join(w[0] for w in title.replace("-", " ").split() if w[:1].isupper())


def _style(tok: Token) -> bool:
    """'His Highness is scheduled to meet ...': a style that stands for a person, as a pronoun."""
    return styled(tok) and tok.dep_ in PERSON_ROLES


def _definite(tok: Token) -> bool:
    """'the Secretary', 'The President of Russia', 'the German Chancellor', 'Seoul's chief
    negotiator' (a place's)."""
    placed = any(c.dep_ == "poss" and gazetteer().country(c.text) for c in tok.children) and not any(
        c.dep_ == "appos" for c in tok.children  # ('China's Ambassador, Xiao Qian,': the name's title)
    )
    # ('President and Mrs. Tien Soeharto will give a banquet': the President with his wife)
    couple = any(c.dep_ == "conj" and _couple_style(c.left_edge) for c in tok.children) and tok.is_title
    # ('PM to see Nixon, Heath on overseas tour': a headline drops the article)
    headline = tok.i == tok.sent.start and _headline_title(tok.sent)
    # ('the Vice-President': the parser may hang 'the' on 'Vice')
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return placed or couple or headline or any(g.lower_ == "the" for w in words for g in w.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"
    )


def _couple_style(style: Token) -> bool:
    """The 'Mrs.' of 'President and Mrs. X'."""
    after_and = style.i > 0 and style.doc[style.i - 1].lower_ == "and"
    return style.lower_ in {"mrs.", "mrs", "madame"} and after_and


# other offices than the bare title ('the Minister' is not the Prime Minister)
RANKS = {"vice", "deputy", "assistant", "under", "associate", "acting", "prime"}


def _same_rank(words: set[str], title: str) -> bool:
    return words <= _words(title) and not (_words(title) & RANKS) - words


def _description(tok: Token) -> tuple[set[str], set[str]]:
    """Title words and countries of a definite description: 'the Deputy Secretary' ->
    ({'deputy', 'secretary'}, set()); 'the President of Russia' -> ({'president'}, {'RU'})."""
    gaz = gazetteer()
    words, countries = {tok.lower_}, set()
    doc = tok.doc
    glued = tok.i >= 2 and not doc[tok.i - 2].whitespace_ + doc[tok.i - 1].whitespace_
    if glued and doc[tok.i - 1].text == "-":
        words.add(doc[tok.i - 2].lower_)  # 'the Vice-President', however the parser splits it
    for child in tok.children:
        if child.dep_ in {"compound", "amod"} and child.i < tok.i:
            code = gaz.country(child.text)
            if code:
                countries.add(code)
            elif child.is_title or _title_word(child):  # ('the prime minister' in lower case)
                words.add(child.lower_)
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.subtree:  # (a country the NER took into an organisation: 'of Ceylon')
                if (obj.ent_type_ == "GPE" or gaz.is_country(obj.text)) and gaz.country(obj.text):
                    countries.add(gaz.country(obj.text))
            # 'the President of the Republic' (the home one), not 'of the Portuguese Republic'
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if [o.lower_ for o in objects] == ["republic"] and not countries:
                words.add("republic")
    return _premier(words), countries


def of_portfolio(tok: Token, fitting: list[tuple[Span, Person]]) -> list[tuple[Span, Person]]:
    """'the Minister of Trade and Commerce of Ceylon': of the holders, the one whose title names that
    portfolio (the capitalised words of the title's first 'of' phrase that name no place)."""
    ofs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [o for c in ofs[:1] for o in c.children if o.dep_ == "pobj"]
    words = [w for o in objects for w in (o, *(c for c in o.children if c.dep_ == "conj"))]
    portfolio = {w.lower_ for w in words if w.is_title and not gazetteer().country(w.text)}
    return [(m, p) for m, p in fitting if portfolio and any(portfolio <= _words(t) for t in p.titles)]


def members(tok: Token) -> list[Token]:
    """Head tokens of the coordinated items of a noun phrase, and of an 'including ...' list."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        out.append(cur)
        for child in cur.children:
            if child.dep_ in {"conj", "appos"}:
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"including", "like", "among"}:
                stack.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "compound" and child.ent_type_ == "PERSON":
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def official_json(person: Person) -> dict:
    aliases = sorted({name_text(m) for m in person.mentions} - {person.name})
    return {
        "name": person.name,
        "country": person.country,
        "titles": person.titles,
        "aliases": aliases,
        "mentions": [
            {"start": m.start_char, "end": m.start_char + len(name_text(m))} for m in person.mentions
        ],
    }
