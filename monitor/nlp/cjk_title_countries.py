"""A country's one-character abbreviation on a body's name that opens an office title, in
Japanese copy: "ペロシ米下院議長" is "the US House Speaker", whose 米 names the country and whose
下院議長 is the title (the guide labels a name without its title). The knowledge base knows
"米下院" whole as the House, so the name found over 米下院 is parted into the country (米) and
the body (下院), each linked to its own entity.

Only a body whose own country the abbreviation is (米 for an American body) is parted, and only
before its chair's title (議長): "米下院は決議を可決した" stays the House whole, and so does a
delegation of its members ("米上院議員団", labelled the Senate in ja-blind8-046).

After the person it titles ("ペロシ米下院議長", "米国のペロシ下院議長は"), Japanese copy's
title is the person's, as an English "House Speaker Pelosi" is, and its writers leave the body
in it unlabelled (ten passages of eleven): there only the country is kept. A title that stands
alone ("現職の下院議長としては") or before the name is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_script import fold, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, relinked

# The title a body's name opens: its chair's.
_TITLE_AFTER = re.compile(fold_pattern("議長"))


def countries_on_titles(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with each body whose name opens a title parted into its country and itself,
    and the body dropped from the title of the person named just before it."""
    people_ends = {m.end for m in mentions if m.label == "PERSON"}
    result = []
    for mention in mentions:
        entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
        if entry is None or not _TITLE_AFTER.match(fold(text[mention.end : mention.end + 2])):
            result.append(mention)
            continue
        persons = entry.type == "ORG" and mention.start in people_ends
        body = [] if persons else [mention]
        country = COUNTRY_ABBREVIATIONS.get(fold(mention.text[:1]))
        if (
            country is None
            or country not in kb.entities
            or entry.id == country
            or entry.country != country
            or len(mention.text) < 3
        ):
            result += body
            continue
        split = mention.start + 1
        abbreviation = replace(mention, text=text[mention.start : split], end=split)
        parted = replace(mention, text=text[split : mention.end], start=split)
        result += [relinked(abbreviation, country, kb), *([] if persons else [parted])]
    return result
