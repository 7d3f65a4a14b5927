"""Datelines further down the text: a newsletter or a roundup opens each item with its own.

"• TOKYO, Dec 11 (Reuters) - ..." or "WASHINGTON (AP) — ..." halfway down a digest names the city
the item was filed from, not the government, just as the story's own dateline does. The item's
generic bodies are its dateline's country's: in a wire digest "TAIPEI (CNA) — ..., the Ministry
of National Defense said" is Taiwan's ministry even when the digest opened on a Tokyo item.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .entity_countries import country_of
from .item_labels import labelled_items
from .kb import KnowledgeBase
from .local_units import region_by_name
from .names import fold
from .resolve import resolve_name

# A place at the start of a line (after a bullet, if any, or the quote mark of a wire item
# pasted into a post: '"Taipei, Oct. 20 (CNA) Taiwan's ...'), an optional date or region, then
# an outlet credit in brackets: without the credit a line opening with a city is a sentence.
# A dash after the credit marks it as one even when the outlet is none the knowledge base knows
# ("YOKOSUKA, Japan (Stars and Stripes) —"): no sentence opens with a bracket and a dash.
_ITEM_DATELINE = re.compile(
    r"^[ \t]*(?:>[ \t]*)*"  # ">> TOKYO (Kyodo) --": wire copy quoted in an e-mail reply
    r"(?:[•*·▪■●◆►▶\"“-][ \t]*|\d{1,2}[.)][ \t]+)?"  # a bullet sign or an item's number
    r"(?P<place>[A-Z][A-Za-z'.]*(?:[ /-][A-Z][A-Za-z'.]*){0,3})"
    r"(?:,[^()\n]{1,40})?[ \t]*\((?P<outlet>[^()\n]{2,60})\)"
    r"(?P<dash>[ \t]*(?:—|–|--|-)(?=[ \t]))?",
    re.M,
)
# "TOKYO - A quake shook ...", "BEIJING — China and Japan agreed ...": a city in capitals
# opening a line before a spaced dash heads a digest's item even without a credit; written in
# capitals and followed by a dash it cannot be a sentence's subject.
_CAPS_DATELINE = re.compile(
    r"^[ \t]*(?:[•*·▪■●◆►▶][ \t]*|\d{1,2}[.)][ \t]+)?"
    r"(?P<place>[A-Z][A-Z'.]+(?:[ /][A-Z][A-Z'.]+){0,2})"
    r"(?:,[^()\n]{1,40}?)?[ \t]+(?:—|–|--|-)[ \t]",
    re.M,
)

# "... seen that far east. BEIJING (Xinhua) -- China's navy said ...": a roundup that runs its
# items into one paragraph starts the next item's dateline right after a sentence's end. A city
# (in capitals or not: "Taipei, Jan. 5 (CNA) --") with an outlet's credit and a dash cannot be a
# sentence's subject.
_RUN_IN_DATELINE = re.compile(
    r"(?<=[.!?\"”’])[ \t]+(?P<place>[A-Z][A-Za-z'.]+(?:[ /][A-Z][A-Za-z'.]+){0,2})"
    r"(?:,[^()\n]{1,40}?)?[ \t]*\((?P<outlet>[^()\n]{2,60})\)[ \t]*(?:—|–|--|-)"
)

# "TAIWAN\nTaipei: Taiwan's defence ministry said ...", "JAPAN\nTokyo: Dozens of ...": a page
# of briefs heads each item with its country's or region's label in capitals on a line of its
# own, then opens the item with the city it was filed from and a colon.
_SECTION_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'&-]{1,40}[ \t]*\n[ \t]*"
    r"(?P<place>[A-Z][A-Za-z'.]*(?: [A-Z][A-Za-z'.]*){0,2})[ \t]*:[ \t]",
    re.M,
)

# "• Kagoshima — Nishinoomote council to debate ...", "• Taiwan — 37 Chinese military aircraft
# ...": a clippings service heads each bullet with the place (a country, region or city) the
# item is about, and the item's generic bodies are that place's country's. Read only where two
# bullets or more are so headed: one such line may be a sentence's opening words.
_BULLET_DATELINE = re.compile(
    r"^[ \t]*[•▪·][ \t]*(?P<place>[A-Z][A-Za-z'.]+(?: [A-Z][A-Za-z'.]+){0,2})[ \t]+[—–][ \t]",
    re.M,
)
BULLETED_ITEMS = 2

# "[Taipei = Jiji Press]", "[Tokyo Kyodo]", "〔Reporter Lin Mei / Taipei report〕": translated
# Japanese and Chinese copy keeps its dateline in brackets opening a paragraph, the city first
# in one of the bracket's parts (split by "/" or "=") and the agency or the byline in another.
_BRACKETED_DATELINE = re.compile(r"^[ \t]*[\[〔【](?P<inside>[^\]〕】\n]{1,100})[\]〕】]", re.M)
_BRACKET_PARTS = re.compile(r"[ \t]*(?P<part>[^/=]+)")
PLACE_WORDS = 3  # words a city's name may have: "New Taipei City"


def filed_from(places: str, kb: KnowledgeBase) -> tuple[str, str | None]:
    """Where a slash dateline was filed: "TAIPEI/TOKYO", the first city; "ISLAMABAD/TAIPEI", the
    first city whose country the knowledge base knows, since a bureau abroad shares the byline
    of a story from Taipei. Nowhere when a part is a place of no country: "ASIA/TAIWAN - ..."
    is an agency's section label over its title (Fides'), and its dateline follows."""
    written = [name.strip() for name in places.split("/")]
    entries = [kb.entities.get(_place(name, kb) or "") for name in written]
    if len(written) > 1 and any(e and e.type == "LOC" and not e.country for e in entries):
        return written[0], None
    for name in written:
        place = _place(name, kb)
        if country_of(place, kb):
            return name, place
    return written[0], _place(written[0], kb)


def _place(name: str, kb: KnowledgeBase) -> str | None:
    """The entity a dateline's place names. An outlet's own name stands for its home ("RYUKYU
    SHIMPO    February 23, 2025" heads a clipping), but one read only with its service's words
    is a station's masthead ("ICRT News — noon bulletin"), whose items may be about any
    country (bulletin_offices.py)."""
    found = resolve_name(name, kb) or region_by_name(name, kb)  # "KAGOSHIMA —": the prefecture
    entry = kb.entities.get(found or "")
    if entry is not None and entry.kind == "outlet" and kb.lookup(fold(name)) != found:
        return None
    return found


@dataclass(frozen=True)
class ItemDatelines:
    """A digest's item datelines in the order of the text: where each stands (its place is a
    place) and the country of the city it names."""

    spans: tuple[range, ...] = ()
    countries: tuple[str | None, ...] = ()

    def contain(self, offset: int) -> bool:
        return any(offset in span for span in self.spans)

    def country_at(self, offset: int) -> str | None:
        """The country of the item dateline that last opened before `offset`: an item runs on
        to the next item's dateline. One bisection a mention."""
        at = bisect_right(self.spans, offset, key=lambda span: span.start) - 1
        return self.countries[at] if at >= 0 else None


def item_datelines(text: str, kb: KnowledgeBase) -> ItemDatelines:
    """Every dateline that credits an outlet and names a city, and the city in every bracketed
    dateline (which gives no item a home: _bracketed_datelines)."""
    found: list[tuple[range, str | None]] = [
        (span, None) for span in _bracketed_datelines(text, kb)
    ]
    for match in [*_ITEM_DATELINE.finditer(text), *_RUN_IN_DATELINE.finditer(text)]:
        place_id = resolve_name(match.group("place").split("/")[0], kb) or ""
        place = kb.entities.get(place_id)
        outlet = kb.entities.get(resolve_name(match.group("outlet"), kb) or "")
        credited = outlet is not None and outlet.kind == "outlet"
        # a run-in item needs a known outlet: mid-paragraph, "Taipei (the capital) —" is prose
        if place is None or not (credited or match.groupdict().get("dash")):
            continue
        if place.kind in ("capital", "city"):
            found.append((range(match.start("place"), match.end()), country_of(place_id, kb)))
    for match in [*_CAPS_DATELINE.finditer(text), *_SECTION_DATELINE.finditer(text)]:
        place_id = resolve_name(match.group("place").split("/")[0], kb) or ""
        place = kb.entities.get(place_id)
        if place is not None and place.kind in ("capital", "city"):
            found.append((range(match.start("place"), match.end()), country_of(place_id, kb)))
    bullets = list(_BULLET_DATELINE.finditer(text))
    for match in bullets if len(bullets) >= BULLETED_ITEMS else []:
        country = country_of(_place(match.group("place"), kb), kb)
        if country is not None:
            found.append((range(match.start("place"), match.end("place")), country))
    found += labelled_items(text, kb)
    found.sort(key=lambda item: item[0].start)
    return ItemDatelines(tuple(span for span, _ in found), tuple(c for _, c in found))


def _bracketed_datelines(text: str, kb: KnowledgeBase) -> list[range]:
    """The city opening a part of a bracketed dateline: the city's name is the longest run of
    a part's first words that the knowledge base knows as a capital or city. Such a dateline
    ("[Reporter Huang Wen-ling / Taipei report]") heads the story, not a digest's item, so it
    gives no item a home: the story's own context decides its bodies."""
    found = []
    for match in _BRACKETED_DATELINE.finditer(text):
        for part in _BRACKET_PARTS.finditer(match.group("inside")):
            words = part.group("part").split()
            start = match.start("inside") + part.start("part")
            for size in range(min(PLACE_WORDS, len(words)), 0, -1):
                name = " ".join(words[:size])
                place = kb.entities.get(resolve_name(name, kb) or "")
                if place is not None and place.kind in ("capital", "city"):
                    found.append(range(start, start + len(name)))
                    break
    return found
