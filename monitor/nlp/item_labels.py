"""Digest items headed by a number or a body's label rather than a wire dateline.

Roundups number their items and head each with its country or city in capitals ("4) JAPAN. The
Defense Ministry said ...", "2. TOKYO — ..."), and diaries and briefing notes head an item with
the body it is about and the capital in brackets or after a comma ("DEFENSE MINISTRY (Tokyo): The
Joint Staff Office said ...", "Foreign Ministry, Taipei — ..."), and a daybook's line may put
the city in brackets before the body ("-- 1500 (Beijing) Foreign Ministry briefing, ..."). The
item's generic bodies are that place's country's, as under an item's own dateline
(datelines.py), even when the digest opened on another country's item. A body's label heads one
line (a diary's entry, a daybook's line), so its home ends with the line; a numbered item's
ends with its paragraph.

A long story sets a paragraph in another capital the same way: "In Tokyo, Prime Minister Sanae
Takaichi told parliament ..., and the Defense Ministry said it had scrambled fighters" in a
story from Taipei, "In Tokyo, the Chief Cabinet Secretary said .... The Defense Ministry noted
separately ..." in one from Zhuhai. The paragraph's bodies are that capital's government's, and
the story's own home returns with the next paragraph, or with a sentence that opens on another
country's name or body ("Kuomintang legislators said", subject_scenes.py).

A media monitor heads each item with the outlet it quotes, alone on the line above it ("Taipei
Times\nCabinet to send a special defense budget to the legislature ..."): the item's bodies are
the outlet's country's. Read only where two paragraphs or more are so headed by outlets the
knowledge base knows, since one short line over a paragraph may be any heading; and only over
an item that names no other country or its capital, since the monitor's own summary of what an
outlet wrote about another country ("Global Times (editorial)\nSays Tokyo "must correct its
mistake" over the prime minister's Taiwan remarks") writes of that country's bodies.
"""

from __future__ import annotations

import re

from .entity_countries import country_of
from .kb import KnowledgeBase
from .local_units import region_by_name
from .names import fold
from .paragraphs import PARAGRAPH_BREAK, paragraph_end
from .resolve import resolve_name
from .subject_scenes import scene_end

# "4) JAPAN. The ...", "2. TOKYO — ...", "3) KINMEN: ...": a number, a place in capitals (a
# country, region or city) and a full stop, colon or spaced dash before the item's first word.
# Only in capitals: "2. Japan said" is a numbered sentence whose subject is the country.
_NUMBERED_LABEL = re.compile(
    r"^[ \t]*\d{1,2}[.)][ \t]+(?P<place>[A-Z][A-Z']+(?: [A-Z][A-Z']+){0,2})"
    r"(?:[.:]|[ \t]+(?:—|–|--|-))[ \t]+(?=\S)",
    re.M,
)
# "DEFENSE MINISTRY (Tokyo): ...", "Foreign Ministry, Taipei — ...": a generic body's name, then
# its city in brackets before a colon, or after a comma before a dash.
_BODY_LABEL = re.compile(
    r"^[ \t]*(?:[•*·▪■●◆►▶][ \t]*)?(?P<body>[A-Z][A-Za-z ]{2,40}?)[ \t]*"
    r"(?:\((?P<bracketed>[A-Z][A-Za-z .'-]{1,30})\)[ \t]*:"
    r"|,[ \t]*(?P<after>[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})[ \t]+(?:—|–|--|-))[ \t]",
    re.M,
)
# "-- 1500 (Beijing) Foreign Ministry briefing, ...": a list line, a time if any, then the city
# in brackets right before the body's name.
_BRACKETED_CITY = re.compile(
    r"^[ \t]*(?:--|[-–—•*·▪■●◆►▶])[ \t]*(?:\d{3,4}[ \t]+)?"
    r"\((?P<bracketed>[A-Z][A-Za-z .'-]{1,30})\)[ \t]+"
    r"(?P<body>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,4})",
    re.M,
)

# An outlet's name alone on a paragraph's first line, perhaps with a note in brackets ("Global
# Times (editorial)"), over the item's text on the next line.
_OUTLET_LABEL = re.compile(
    r"(?:\A|" + PARAGRAPH_BREAK + r")[ \t]*"
    r"(?P<outlet>[A-Z][A-Za-z'&.-]*(?: [A-Z][A-Za-z'&.-]*){0,3})"
    r"(?:[ \t]*\([a-z ]{1,30}\))?[ \t]*\n(?=[ \t]*\S)"
)
OUTLET_LABELS = 2

# "In Tokyo, ...": a paragraph (a line) opening with a scene set in a capital.
_SCENE = re.compile(r"^[ \t]*In (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?),[ \t]", re.M)


def labelled_items(text: str, kb: KnowledgeBase) -> list[tuple[range, str | None]]:
    """Where each labelled item opens (an empty range at the start of its line) with its
    country, where a body label's city is written (a place, not an actor) with the same, and
    where the label's line ends, with no country."""
    found: list[tuple[range, str | None]] = []
    for match in _NUMBERED_LABEL.finditer(text):
        place = match.group("place")
        country = country_of(resolve_name(place, kb) or region_by_name(place, kb), kb)
        if country is not None:
            found.append((range(match.start(), match.start()), country))
            found.append((_paragraph_end(text, match.end()), None))
    for match in [*_BODY_LABEL.finditer(text), *_BRACKETED_CITY.finditer(text)]:
        group = "bracketed" if match.group("bracketed") else "after"
        place_id = resolve_name(match.group(group), kb) or ""
        place = kb.entities.get(place_id)
        if fold(match.group("body")) not in kb.generic or place is None:
            continue
        country = country_of(place_id, kb)
        if place.kind in ("capital", "city") and country is not None:
            found.append((range(match.start(), match.start()), country))
            found.append((range(*match.span(group)), country))
            found.append((_line_end(text, match.end()), None))  # the article's home again
    found += _outlet_items(text, kb)
    for match in _SCENE.finditer(text):
        place_id = resolve_name(match.group("place"), kb) or ""
        place = kb.entities.get(place_id)
        country = country_of(place_id, kb)
        if place is not None and place.kind == "capital" and country is not None:
            found.append((range(match.start(), match.start()), country))
            end = scene_end(text, match.end(), _line_end(text, match.end()).start, country, kb)
            found.append((range(end, end), None))
    return found


def _outlet_items(text: str, kb: KnowledgeBase) -> list[tuple[range, str | None]]:
    """Each outlet-headed paragraph's start with the outlet's country: like a dateline's, its home
    runs on to the next item's."""
    labels = [
        (match, outlet.country)
        for match in _OUTLET_LABEL.finditer(text)
        if (outlet := kb.entities.get(resolve_name(match.group("outlet"), kb) or ""))
        and outlet.kind == "outlet"
        and outlet.country
    ]
    items: list[tuple[range, str | None]] = []
    for match, country in labels if len(labels) >= OUTLET_LABELS else []:
        end = _paragraph_end(text, match.end())
        if not _names_another_country(text[match.end() : end.start], country, kb):
            items.append((range(match.start("outlet"), match.start("outlet")), country))
    return items


def _names_another_country(item: str, country: str, kb: KnowledgeBase) -> bool:
    """Whether a capitalised word of the item is a country or capital other than `country`."""
    for word in re.findall(r"\b[A-Z][a-z]+\b", item):
        entry = kb.entities.get(resolve_name(word, kb) or "")
        if entry and entry.kind in ("country", "capital") and country_of(entry.id, kb) != country:
            return True
    return False


def _paragraph_end(text: str, offset: int) -> range:
    """An empty range where the paragraph holding `offset` ends: a numbered item's home ends
    with it, since the memo's notes after its last item ("Photos: MND handout images ...") are
    the memo's own."""
    end = paragraph_end(text, offset)
    return range(end, end)


def _line_end(text: str, offset: int) -> range:
    """An empty range where the line holding `offset` ends."""
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    return range(end, end)
