"""Who acts with whom in a story, read from spaCy's parse, as words the theme model can weigh
(themes.py): two or more countries acting together in one verb are a pair act ("Tokyo and Taipei
agreed", "Japan signed a pact with the Philippines": `pair_sign`), one country acting on another
an act on it ("China warned Taipei", "Beijing put pressure on Tokyo": `on_warn`, `on_put`).

Why: the theme model reads words, and the words of a partnership ("cooperation", "agreed",
"joint") are as common in security stories that name partners in passing as in stories whose
subject is the partnership; word-level readings moved errors between false and missed
cooperation one for one (docs/evaluation-sets.md, "three readings of the text"). Whether the
countries named are the actors of one act, and whether that act stands in the headline and
lead, where a story states its subject, is what the words leave out.

A country is any name the knowledge base ties to one (kb_matcher.patterns, entity_countries):
countries, capitals, nationality words, and the governments' bodies and people; places and
equipment are not actors. An act's actors are its subjects (and a passive's agent), carried to
the verbs that share them ("agreed to train": the subjects of "agreed" train), with the
complements of "with" and "alongside" joining them; what it acts on are its objects and the
complements of "on", "against", "toward" and "around". Relative clauses and appositions inside a
noun phrase tell another act and are left out of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

    from .kb import KnowledgeBase

# The partners' rivals in the region: their joint patrols and their talks with a partner are
# security alone (docs/annotation-guide.md), so their acts are told apart from partners'.
RIVALS = frozenset({"china", "russia", "north-korea"})
ACTOR_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})  # not places, equipment or terms
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "dative"})
TOGETHER = frozenset({"with", "alongside"})
TOWARDS = frozenset({"on", "against", "toward", "towards", "around"})
# verbs that share their head's subjects: "agreed to train", "sent ships and warned Taipei"
SHARED_SUBJECT = frozenset({"xcomp", "conj"})
OTHER_ACTS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "punct", "cc"})
LEAD_SENTENCES = 2  # the headline and the lead's sentence, or a lead of two sentences
LEMMA = re.compile(r"[a-z]{2,}")
PARSE_BATCH = 64


@dataclass(frozen=True)
class Act:
    kind: str  # "pair": countries acting together; "on": one country acting on another
    verb: str  # the verb's lemma
    lead: bool  # in the headline or lead
    rival: bool  # a rival (RIVALS) among the actors


@dataclass(frozen=True)
class Parser:
    nlp: Language
    actors: PhraseMatcher
    any_case: PhraseMatcher
    countries: dict[str, str]  # match key -> country


@cache
def default_parser() -> Parser:
    """spaCy's tagger, parser and lemmatizer (no entities: the knowledge base names the
    actors), with matchers for every name the knowledge base ties to a country."""
    import spacy
    from spacy.matcher import PhraseMatcher

    # imported on use: the knowledge base's matcher reads the theme corpus (caption_case.py)
    from .english import MODEL_PACKAGES
    from .kb import default_kb
    from .kb_matcher import patterns

    for package in MODEL_PACKAGES:
        try:
            nlp = spacy.load(package, exclude=["ner"])
            break
        except (OSError, ImportError):
            continue
    else:
        nlp = spacy.blank("en")  # no parse: no acts, the words alone decide
    kb = default_kb()
    exact, any_case = PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseMatcher(nlp.vocab, "LOWER")
    countries = _actor_countries(kb)
    any_rows, exact_rows = patterns(kb)
    for matcher, rows in ((any_case, any_rows), (exact, exact_rows)):
        grouped: dict[str, list[str]] = {}
        for key, label, form in rows:
            if label in ACTOR_LABELS and key in countries:
                grouped.setdefault(key, []).append(form)
        for key, forms in grouped.items():
            matcher.add(key, list(nlp.tokenizer.pipe(forms)))
    return Parser(nlp, exact, any_case, countries)


def _actor_countries(kb: KnowledgeBase) -> dict[str, str]:
    from .entity_countries import country_of
    from .kb_matcher import patterns

    keys = [key for rows in patterns(kb) for key, _, _ in rows]
    return {key: country for key in keys if (country := country_of(key, kb))}


def story_acts(texts: Iterable[str], parser: Parser | None = None) -> Iterator[list[Act]]:
    """Each text's acts, in the order they are told."""
    parser = parser or default_parser()
    for doc in parser.nlp.pipe(texts, batch_size=PARSE_BATCH):
        yield list(_acts(doc, _token_countries(doc, parser)))


def act_words(acts: list[Act]) -> str:
    """The acts as words the theme model's vectoriser keeps whole: `pair_sign`, `rival_on_warn`,
    and once more with `lead_` when the act is in the headline or lead."""
    words = []
    for act in acts:
        word = f"{'rival_' if act.rival else ''}{act.kind}_{act.verb}"
        words += [word, f"lead_{word}"] if act.lead else [word]
    return " ".join(words)


def with_acts(texts: list[str], parser: Parser | None = None) -> list[str]:
    """Each text followed by its acts' words, on a line of their own: what the theme model
    reads, in training and in scoring alike."""
    return [
        f"{text}\n{words}" if (words := act_words(acts)) else text
        for text, acts in zip(texts, story_acts(texts, parser), strict=True)
    ]


def _token_countries(doc: Doc, parser: Parser) -> dict[int, str]:
    """The country each token names, from the longest knowledge-base match covering it."""
    found: dict[int, str] = {}
    matches = [*parser.actors(doc), *parser.any_case(doc)]
    for key, start, end in sorted(matches, key=lambda m: m[2] - m[1]):
        country = parser.countries[doc.vocab.strings[key]]
        found.update((i, country) for i in range(start, end))
    return found


def _acts(doc: Doc, countries: dict[int, str]) -> Iterator[Act]:
    if not countries:
        return
    for number, sentence in enumerate(doc.sents):
        lead = number < LEAD_SENTENCES
        for verb in _verbs(sentence):
            actors = _countries(_subjects(verb), countries)
            if not actors:
                continue
            lemma = verb.lemma_.lower()
            if not LEMMA.fullmatch(lemma):
                continue
            together = _countries(_complements(verb, TOGETHER), countries)
            objects = [c for c in verb.children if c.dep_ in OBJECTS]
            targets = _countries([*objects, *_complements(verb, TOWARDS)], countries)
            if len(actors | together) >= 2:
                yield Act("pair", lemma, lead, bool((actors | together) & RIVALS))
            elif targets - actors:
                yield Act("on", lemma, lead, bool(actors & RIVALS))


def _verbs(sentence: Span) -> Iterator[Token]:
    return (token for token in sentence if token.pos_ == "VERB")


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects and a passive's agent, or else those of the verb it shares them with."""
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    own += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if own or verb.dep_ not in SHARED_SUBJECT or verb.head is verb:
        return own
    return _subjects(verb.head)


def _complements(verb: Token, prepositions: frozenset[str]) -> list[Token]:
    """The objects of the verb's prepositions, and of its objects' ("a pact with Manila")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in OBJECTS)]
    return [
        g
        for head in heads
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _countries(heads: list[Token], countries: dict[int, str]) -> set[str]:
    """The countries named in the noun phrases of `heads`, without the clauses inside them."""
    found: set[str] = set()
    stack = list(heads)
    while stack:
        token = stack.pop()
        if token.i in countries:
            found.add(countries[token.i])
        stack += [c for c in token.children if c.dep_ not in OTHER_ACTS]
    return found
