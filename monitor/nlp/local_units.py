"""A place named with its local-government unit ("Hualien County", "Su'ao Township", "Taitung
City"): local papers and county releases write the unit where wire copy writes the place
alone, and the knowledge base lists the place once, not under every unit it may carry. A
title after the unit ("Lienchiang County Magistrate Wang") is the person's, not the place's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_words import lower_words
from .kb import KnowledgeBase
from .names import fold
from .resolve import resolve_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "Yonaguni Town", "Kadena Town": Japanese towns and villages carry their unit in local and
# exchange copy as Taiwan's counties and townships do.
UNITS = {"county", "township", "city", "town", "village"}
# A local office's holder follows the unit in one name ("Hualien County Magistrate Hsu").
HOLDERS = {"magistrate", "mayor"}
POSSESSIVES = {"'s", "’s"}
# A country or a capital is a state, not a local place: "Mexico City", "Washington County"
# are other places than the country or the capital that acts.
STATES = {"country", "capital"}


def local_unit(doc: Doc, span: Span, kb: KnowledgeBase) -> tuple[Span, str] | None:
    """The place a name of a local unit stands for, and the words that name it: "Hualien
    County" -> Hualien; "Lienchiang County Magistrate" -> "Lienchiang County", the Matsu
    Islands, whose county it is. None for a name of some other shape ("Kinmen County
    Fishermen's Association", "Hualien County Government": bodies of their own)."""
    words = [t.lower_ for t in span]
    start = span.start + (words[:1] == ["the"])
    # A holder's title after the unit, or the possessive the model may take into the name
    # ("Kumamoto City's residents"), is no word of the place's name.
    end = span.end - (words[-1:] != [] and (words[-1] in HOLDERS or words[-1] in POSSESSIVES))
    if end - start < 2 or doc[end - 1].lower_ not in UNITS or not doc[end - 1].text[0].isupper():
        return None
    unit = doc[start:end]
    entity_id = resolve_name(unit.text, kb) or resolve_name(doc[start : end - 1].text, kb)
    entry = kb.entities.get(entity_id or "")
    if entry is None or entry.type not in ("GPE", "LOC") or entry.kind in STATES:
        return None
    return unit, entry.id


# A national body's local unit named for where it meets: veterans' and alumni associations'
# "Okinawa Chapter", "Yokosuka Chapter hall", a party's "Osaka Branch". Writers label the
# place inside, as they do the place of a county or a town.
CHAPTER_HEADS = {"chapter", "branch", "detachment"}


def chapter_place(doc: Doc, span: Span, kb: KnowledgeBase) -> tuple[Span, str] | None:
    """The place a local unit of a wider body is named for, and its words: "Okinawa Chapter"
    -> Okinawa. None when the name goes on past the unit or the words before it name no
    place the knowledge base knows ("Eastern Branch")."""
    start = span.start + (span[0].lower_ == "the")
    lower = lower_words(doc)
    heads = [k for k in range(start, span.end) if lower[k] in CHAPTER_HEADS and doc[k].is_title]
    if not heads or heads[0] == start:
        return None
    place = doc[start : heads[0]]
    entry = kb.entities.get(resolve_name(place.text, kb) or "")
    if entry is None or entry.type not in ("GPE", "LOC"):
        return None
    return place, entry.id


# Units a region's short name leaves out: "Ishikawa" for Ishikawa Prefecture.
REGION_UNITS = ("prefecture", "province", "county")


def region_named_alone(span: Span, kb: KnowledgeBase) -> str | None:
    """The region the model's place name means without its unit ("the money would go to
    Ishikawa": Ishikawa Prefecture), when the knowledge base knows it only with the unit. The
    model reads a lone one-word region for a body as often ("WAJIMA, Ishikawa (Kyodo)", "our
    members in Ishikawa": six passages of blind-87), never for a person."""
    place = span.label_ in ("GPE", "LOC") or (span.label_ == "ORG" and len(span) == 1)
    if not span.text[:1].isupper():
        return None
    if not (place or _before_its_unit(span) or _after_its_unit(span) or _listed_with_place(span)):
        return None
    return region_by_name(span.text, kb)


def _listed_with_place(span: Span) -> bool:
    """Is the name joined to a place the model marked, by "and", "or" or a comma ("leave for
    Fukuoka or Kagoshima to study")? The members of a list are things of one kind, so the
    place beside it says a region is meant where the model took the name for a person."""
    doc = span.doc
    joined_before = span.start >= 2 and doc[span.start - 1].lower_ in LIST_JOINS
    joined_after = span.end + 1 < len(doc) and doc[span.end].lower_ in LIST_JOINS
    return (joined_before and doc[span.start - 2].ent_type_ in ("GPE", "LOC")) or (
        joined_after and doc[span.end + 1].ent_type_ in ("GPE", "LOC")
    )


# The unit nouns that follow a list of regions' short names: "Fukuoka and Kagoshima prefectures".
UNIT_NOUNS = frozenset({"prefecture", "prefectures", "province", "provinces", "county", "counties"})
LIST_JOINS = frozenset({"and", "or", ","})
LIST_REACH = 8  # tokens after the name to its unit: the joins and the other regions' names


def _before_its_unit(span: Span) -> bool:
    """Does a unit noun follow the name, past a list of other names joined to it: "depots in
    Fukuoka and Kagoshima prefectures", "Kagoshima prefecture", "to Fukuoka, Kagoshima and
    other receiving prefectures"? The unit says a region is meant whatever the model took the
    name for (a person, blind112-b-027)."""
    doc = span.doc
    others = False  # "and other receiving prefectures": the list's regions are of that unit
    for token in doc[span.end : span.end + LIST_REACH]:
        if token.lower_ in UNIT_NOUNS:
            return token.is_lower
        others = others or token.lower_ == "other"
        if not (token.lower_ in (",", "and", "&") or token.text[:1].isupper() or others):
            return False
        if others and not token.is_lower:
            return False
    return False


# What introduces the members of a class named before them: "host prefectures including
# Fukuoka, Saga and Kagoshima", "provinces such as Fujian and Zhejiang".
INTRODUCING = frozenset({"including", "like", "as", ":"})


def _after_its_unit(span: Span) -> bool:
    """Does a plural unit noun and a word that introduces its members come before the name,
    past a list of other names joined to it: "host prefectures including Fukuoka, Saga and
    Kagoshima"? The members listed are of that unit as much as in "Fukuoka and Kagoshima
    prefectures"."""
    doc = span.doc
    for k in range(span.start - 1, max(span.start - 2 * LIST_REACH, 0) - 1, -1):
        token = doc[k]
        if token.lower_ in INTRODUCING:
            such = token.lower_ == "as" and k > 0 and doc[k - 1].lower_ == "such"
            unit = doc[k - 1 - such] if k - 1 - such >= 0 else token
            return unit.lower_ in UNIT_NOUNS and unit.lower_.endswith("s")
        if not (token.lower_ in (",", "and", "&") or token.text[:1].isupper()):
            return False
    return False


def region_by_name(name: str, kb: KnowledgeBase) -> str | None:
    """The region `name` is short for, when the knowledge base knows it only with its unit."""
    for unit in REGION_UNITS:
        entity_id = kb.lookup(f"{fold(name)} {unit}")
        entry = kb.entities.get(entity_id or "")
        if entry is not None and entry.type in ("GPE", "LOC") and entry.kind not in STATES:
            return entry.id
    return None


def clipped_region(span: Span, named_here: dict[str, str]) -> str | None:
    """The region the article names in full (`named_here`: folded names of what it names),
    written again without its unit, whatever the model took the short name for: "VP Hsiao meets
    Kagoshima delegation" over a story of "Kagoshima Prefecture assembly members" is the
    prefecture, not a person called Kagoshima, as a family name alone after the full name is
    that person."""
    if len(span) != 1 or not span.text[:1].isupper():
        return None
    in_full = (named_here.get(f"{fold(span.text)} {unit}") for unit in REGION_UNITS)
    return next((region for region in in_full if region is not None), None)
