"""Knowledge-base names in a Doc, merged with the statistical NER's entities: longest match wins.

One spaCy component after `ner`. Two phrase matchers find every name, alias, generic body name,
demonym and office title of the knowledge base (long names in any case, short names and
abbreviations in their own case and in capitals, for datelines such as "TAIPEI"). Then every
candidate span, the model's and the knowledge base's, competes for the text it covers: the
longest wins, so an alias never cuts a longer proper name ("Taiwan" inside "Taiwan Foreign
Correspondents Club"), and on equal length the knowledge base wins. One exception: a model's
span that adds no name of its own to the knowledge-base names inside it ("the Six Assurances of
1982", "the U.S.-Japan Security Consultative Committee") gives way to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .abbreviated_demonyms import demonym_forms
from .caption_case import spelt_out
from .citation_marks import without_citation_marks
from .cut_words import COMMITTEE_WORDS, HEADLINE_VERBS, CutWords
from .doc_entities import labelled, set_entities
from .event_names import names_an_event
from .export_fields import without_field_code
from .joined_names import list_cut
from .kb import KBEntry, KnowledgeBase
from .kb_phrases import phrase_matchers
from .letter_labels import without_letter_label
from .located_names import ending_at, located_cut
from .names import fold, plural_of_initials, spelling_variants
from .person_of_place import people_after_places, person_before_place
from .place_led_names import place_led_names
from .region_closed_names import region_closed_names
from .sentence_cuts import sentence_cut
from .spans_adding_no_name import adds_no_name
from .title_case_lines import Lines, named_in_prose, names_in_prose
from .title_cuts import title_cut

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

CASE_INSENSITIVE_MIN_CHARS = 7
# Match keys that are not entity ids: what the linker resolves by context.
GENERIC, DEMONYM, OFFICE = "generic:", "demonym:", "office:"
MATCH_KEYS = (GENERIC, DEMONYM, OFFICE)
OFFICE_FORMS = {
    "president": ["president"],
    "vice president": ["vice president", "vice-president"],
    "premier": ["premier"],
    "prime minister": ["prime minister"],
    "foreign minister": ["foreign minister"],
    "defense minister": ["defense minister", "defence minister"],
    "finance minister": ["finance minister"],
    "health minister": ["health minister"],
    # Japan's minister of economy, trade and industry is each of the three in the wires, and
    # Taiwan's of economic affairs the first two: one office, where each has one.
    "economy minister": [
        "economy minister",
        "economics minister",
        "economic affairs minister",
        "trade minister",
        "industry minister",
    ],
    "chief cabinet secretary": ["chief cabinet secretary"],
    "secretary of state": ["secretary of state"],
    "defense secretary": ["defense secretary", "defence secretary"],
    "national security adviser": ["national security adviser", "national security advisor"],
    "speaker": ["speaker"],
}


def patterns(kb: KnowledgeBase) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(any-case, exact-case) patterns as (key, label, text). Short names, abbreviations and
    capitalised one-word names keep their case ('PLAN', 'Quad', 'Diet' and 'Patriot' are words
    too) and also match in capitals; longer names and generic names match in any case."""
    any_case: list[tuple[str, str, str]] = []
    exact: list[tuple[str, str, str]] = []

    def add(key: str, label: str, form: str) -> None:
        one_word = " " not in form
        # A generic name is a common noun too ("the cabinet approved"): context decides it.
        proper = form[:1].isupper() and not key.startswith(GENERIC)
        if form.isupper() or (one_word and (len(form) < CASE_INSENSITIVE_MIN_CHARS or proper)):
            exact.append((key, label, form))
            if not form.isupper() and not plural_of_initials(form):
                exact.append((key, label, form.upper()))
            if letters := spelt_out(form):  # "A D I Z": a caption's initials (caption_case.py)
                exact.append((key, label, letters))
        else:
            any_case.append((key, label, form))

    for entry in kb.entities.values():
        for form in sorted(kb.patterns(entry)):
            add(entry.id, entry.type, form)
        for form in entry.generic:  # "Ministry of National Defence" is the generic name too
            for variant in sorted(hyphened_modifier(spelling_variants(form))):
                add(GENERIC + fold(form), entry.type, variant)
        # also in capitals: "CHINESE JETS" in a headline; and abbreviated: "N. Korean"
        for word in demonym_forms(entry.name, entry.aliases, entry.demonyms):
            words = [word, word + "s"] if word.endswith(("n", "o", "i", "r")) else [word]
            for form in words:  # "Americans", "Filipinos", "New Zealanders"
                exact += [
                    (DEMONYM + entry.id, "NORP", form),
                    (DEMONYM + entry.id, "NORP", form.upper()),
                ]
    for title, forms in OFFICE_FORMS.items():
        for form in forms:
            any_case.append((OFFICE + title, "PERSON", form))
    # Headlines and posts shorten the title ("Japan's PM provoked this", "Australian PM calls
    # for calm"); only in capitals, as "pm" is mostly a clock's.
    exact.append((OFFICE + "prime minister", "PERSON", "PM"))
    return any_case, exact


def hyphened_modifier(variants: set[str]) -> set[str]:
    """A generic name of two words with its hyphened form: the name as a modifier is hyphened in
    a newsweekly's style ("a foreign-ministry spokesman", blind88-b-025 and b-035)."""
    return variants | {v.replace(" ", "-") for v in variants if v.count(" ") == 1 and "-" not in v}


class KnowledgeBaseMatcher:
    """The component: `doc.ents` become the merged entities; knowledge-base spans carry their
    match key in `kb_id_` (an entity id, or a generic:, demonym: or office: key)."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        any_case, exact = patterns(kb)
        self.labels = {key: label for key, label, _ in (*any_case, *exact)}
        self.any_case, self.exact = phrase_matchers(nlp, any_case, exact)  # split once, kept
        self.country_words = _country_words(kb)
        self.names = frozenset(kb.index)
        self.regions = frozenset(e.id for e in kb.entities.values() if _a_region(e))
        self.people = frozenset(kb.family_names) | frozenset(
            key for key, entity_id in kb.index.items() if kb.entities[entity_id].type == "PERSON"
        )

    def _verb_cut(self, span: Span) -> Span:
        """A headline's verb (and what follows) the model took into a person's name: "Taiwan's
        Lai Says Island Won't Be Intimidated" names Lai."""
        from spacy.tokens import Span

        verb = next((t.i for t in span[1:] if t.lower_ in HEADLINE_VERBS), None)
        if verb is None or fold(span.doc[span.start : verb].text) not in self.people:
            return span
        return Span(span.doc, span.start, verb, label="PERSON")

    def _owner_cut(self, span: Span, found: set[tuple[int, int]]) -> Span:
        """A possessive inside the model's span. A person's before a known name ends the person's
        name ("Lai's Democratic Progressive Party"); a known name before it stands alone ("USNI
        News' Fleet and Marine Tracker"); an owner's before a known name closing the span ends
        the owner's ("Trumpeter's J-16"), unless a known name holds it ("People's Republic")."""
        from spacy.tokens import Span

        marks = ("'s", "’s", "'", "’")
        cuts = [t.i for t in span if t.lower_ in marks and span.start < t.i < span.end - 1]
        if not cuts:
            return span
        # the owner's name may hold a known name, and "the" before it
        name_start = span.start + (span[0].lower_ == "the")
        owned = next(
            (i for i in cuts if (span.start, i) in found or (name_start, i) in found), None
        )
        if owned is not None:  # "USNI News' tracker"
            return Span(span.doc, owned + 1, span.end, label=span.label_)
        cut = cuts[0]
        # looked up around the mark, not by a scan of `found`, to stay linear in a long text
        near = ((s, e) for s in range(max(0, cut - 6), cut) for e in range(cut + 2, cut + 12))
        whole = fold(span.doc[name_start : span.end].text) in self.names
        if whole or any(k in found for k in near):
            return span
        if any((k, span.end) in found for k in range(cut + 1, span.end)):  # "Trumpeter's J-16"
            return Span(span.doc, span.start, cut, label=span.label_)
        if fold(span.doc[span.start : cut].text) not in self.people:
            return span
        if (cut + 1, span.end) not in found:
            return span
        return Span(span.doc, span.start, cut, label="PERSON")

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        found = []
        for matcher in (self.any_case, self.exact):
            for match_id, start, end in matcher(doc):
                key = doc.vocab.strings[match_id]
                found.append(Span(doc, start, end, label=self.labels[key], kb_id=key))
        # Looked up by position, not by a scan of `found` for each of the model's spans, which
        # would grow with the square of an article's length.
        bounds = {(k.start, k.end) for k in found}
        covering: dict[int, list[Span]] = {}
        for k in found:
            for i in range(k.start, k.end):
                covering.setdefault(i, []).append(k)
        cuts = CutWords.of(doc)  # a name without any word a cut looks for is left as it is
        model = [
            trimmed
            for s in doc.ents
            for labelled in without_citation_marks(s)
            # 'B. "Lai's stopovers ...' in a list of claims is Lai, the letter the item's label
            if (piece := without_letter_label(labelled)) is not None
            for part in (sentence_cut(piece) if cuts.held(piece) else [piece])
            for cut in (title_cut(part) if cuts.held(part) else [part])
            # "SN Reuters News" of a database's export is the outlet, "LA" (language) nothing
            if (trimmed := without_field_code(cut) if cuts.held(cut) else cut) is not None
        ]
        model = [self._owner_cut(self._verb_cut(s), bounds) if cuts.held(s) else s for s in model]
        model = [_whole_words(s) for s in model]
        model = [_committee_cut(s, bounds) if cuts.held(s) else s for s in model]
        places = {
            (k.start, k.end)
            for k in found
            if k.label_ in ("GPE", "LOC") and not k.kb_id_.startswith(MATCH_KEYS)
        }
        model = [person_before_place(s, places) for s in model]  # "John Park of" | "Bern"
        kept = [k for k in found if not k.kb_id_.startswith(MATCH_KEYS)]
        names_ending = ending_at(kept, self.country_words)  # a firm of a city, not of a country
        model = [located_cut(s, names_ending) if s.end in names_ending else s for s in model]
        model = people_after_places(model, places)  # "Hualien" | "photographer" | "Su"
        entity_names = {(k.start, k.end) for k in found if not k.kb_id_.startswith(MATCH_KEYS)}
        model = [
            part
            for s in model
            for part in (list_cut(s, entity_names, places) if cuts.held(s) else [s])
        ]
        prose = names_in_prose(model, lines := Lines.of(doc))  # the lines read once an article
        model = [named_in_prose(s, prose, lines) for s in model]  # "Osprey Watch Launches ..."
        model = [
            s
            for s in model
            if not adds_no_name(s, covering, prose, lines, self.country_words, MATCH_KEYS)
            and not (cuts.held(s) and _spaced_dash(s))
            and not names_an_event(s)  # "Taipei Fashion Week": the place holds it
        ]
        model += place_led_names(doc, found)  # "Okinawa Environmental Network": not Okinawa
        served = region_closed_names(doc, found, self.regions, lines)  # "Floorline Asia"
        # filter_spans keeps the longest of overlapping spans, the first on a tie: ours first.
        set_entities(doc, filter_spans(found + served + model))
        return doc


def _committee_cut(span: Span, found: set[tuple[int, int]]) -> Span:
    """A committee named after the house it sits in, whose full name has an "of": in "the
    House of Councillors Budget Committee" and "the House of Representatives' Committee on
    Audit" the house stands as the knowledge base names it, and the committee is the rest.
    A house named in one word ("Senate Armed Services Committee") is the committee's own
    name, and is left be."""
    from spacy.tokens import Span

    if span[-1].lower_ not in COMMITTEE_WORDS and not any(
        t.lower_ in COMMITTEE_WORDS and t.nbor().lower_ == "on" for t in span[:-1]
    ):
        return span
    start = span.start + (span[0].lower_ == "the")
    house = max((end for begin, end in found if begin == start and end < span.end), default=None)
    if house is None or "of" not in (t.lower_ for t in span.doc[start:house]):
        return span
    rest = house + (span.doc[house].lower_ in ("'s", "’s", "'", "’"))
    return Span(span.doc, rest, span.end, label=span.label_) if rest < span.end else span


def _spaced_dash(span: Span) -> bool:
    """Whether the model's span runs across a dash set off by spaces, which joins no name:
    "JAPAN - Construction" of a section heading "JAPAN - Construction began ..." is two
    things (the knowledge base's names in it stand), while "Taiwan-Japan" is one word."""
    return any(
        t.text in ("-", "–", "—", "--") and t.whitespace_ and t.i > span.start
        and span.doc[t.i - 1].whitespace_
        for t in span[:-1]
    )  # fmt: skip


def _whole_words(span: Span) -> Span:
    """The model's span grown to the whole hyphenated word it cuts: "Chiang Wan" of
    "Chiang Wan-an", when the tokenizer split the name at its hyphen."""
    doc, end = span.doc, span.end
    while (
        span.label_ == "PERSON"
        and end + 1 < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].text in ("-", "–")
        and not doc[end].whitespace_
        and doc[end + 1].is_lower  # "Wan-an", never "Taiwan-Japan"
    ):
        end += 2
    return span if end == span.end else labelled(doc, span.start, end, span.label_)


def _country_words(kb: KnowledgeBase) -> frozenset[str]:
    """Lower-case tokens of countries' names, aliases and demonyms ('u.s.', 'japan', 'chinese')."""
    words: set[str] = set()
    for entry in kb.entities.values():
        if entry.kind == "country":
            for form in (entry.name, *entry.aliases, *entry.demonyms):
                if " " not in form:
                    words.add(form.lower())
                    words.update(part.lower() for part in form.split("-") if part)
    return frozenset(words)


def _a_region(entry: KBEntry) -> bool:
    """A place of no country: a continent, an ocean or a sea."""
    return entry.type == "LOC" and entry.country is None
