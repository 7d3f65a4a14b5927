"""A headline or a second reference cuts a body's name: to its first word and its head noun
("Ocean council taps hams for typhoon relay" over a story of the Ocean Affairs Council, "the
Mainland council" after the Mainland Affairs Council), or by the place it is named for, once the
story has named that place ("the Science Park Bureau" in a story of the Hsinchu Science Park); a
firm's, to its first word ("Mitsubishi frigate" over Mitsubishi Heavy Industries).
What is left names no body of its own; beside the name the article wrote, it is that body.
"""

from __future__ import annotations

from .kb import KnowledgeBase
from .names import fold

MIN_WORDS = 3  # a full name of three words at least: a two-word name has nothing to cut


def clipped_body(key: str, named_here: dict[str, str], kb: KnowledgeBase) -> str | None:
    """The one body named in the article whose name keeps its first and last words in `key`
    (folded, two words) and drops what stood between, else the one body named for a place
    the article names whose name `key` ends; None if none or two fit."""
    words = key.split()
    if len(words) == 1:
        return firm_by_first_word(key, named_here, kb)
    if len(words) != 2:
        return body_named_for_place(words, named_here, kb)
    fits = set()
    for entity_id in set(named_here.values()):
        entry = kb.entities[entity_id]
        if entry.type != "ORG":
            continue
        for name in (entry.name, *entry.aliases):
            full = fold(name).split()
            if len(full) >= MIN_WORDS and [full[0], full[-1]] == words:
                fits.add(entity_id)
    if len(fits) == 1:
        return fits.pop()
    return None if fits else body_named_for_place(words, named_here, kb)


def firm_by_first_word(key: str, named_here: dict[str, str], kb: KnowledgeBase) -> str | None:
    """The one firm named in the article whose name opens with the word `key`, a word that
    names nothing of its own: a headline's "Australia picks Mitsubishi frigate" over the body's
    "Mitsubishi Heavy Industries". A headline cuts a firm to its first word; a state's body,
    which has generic names ("the Foreign Ministry"), is cut otherwise (above)."""
    if kb.lookup(key) is not None:
        return None
    governing = {entity_id for bodies in kb.generic.values() for entity_id in bodies}
    fits: set[str] = set()
    heads: set[str] = set()  # the last words of the names given
    for entity_id in set(named_here.values()):
        entry = kb.entities[entity_id]
        names = [fold(name).split() for name in (entry.name, *entry.aliases)]
        heads.update(name[-1] for name in names if len(name) > 1)
        opens = any(len(name) > 1 and name[0] == key for name in names)
        if opens and entry.type == "ORG" and entity_id not in governing:
            fits.add(entity_id)
    # A word that ends a name the article gives is that name's head noun, no firm's first word:
    # "can the Department say" beside "the State Department" and "the Department of Defense".
    return fits.pop() if len(fits) == 1 and key not in heads else None


def body_named_for_place(
    words: list[str], named_here: dict[str, str], kb: KnowledgeBase
) -> str | None:
    """The body whose name is a place the article names followed by `words`, the place's own
    last words and the body's head shared between them: "science park bureau" after "Hsinchu
    Science Park" is the Hsinchu Science Park Bureau. The place's words written again are what
    say the name was cut: a body's name with no word of the place ("the Bureau") is not read.
    A country's body is written without the country where the story is about its places: "the
    Meteorological Agency" in a story from Tokyo is the Japan Meteorological Agency; a head
    alone ("the Army" in a story of Taiwan and China) is no body's name cut short."""
    fits = set()
    countries: set[str] = set()
    for name, entity_id in named_here.items():
        entry = kb.entities[entity_id]
        if entry.type not in ("GPE", "LOC"):
            continue
        country = entry.id if entry.kind == "country" else entry.country
        countries |= {country} if country else set()
        place = name.split()
        for shared in range(min(len(place), len(words) - 1), 0, -1):
            if place[len(place) - shared :] == words[:shared]:
                fits.add(_body(" ".join(place + words[shared:]), kb))
    for country in countries if len(words) > 1 else ():  # "Army" alone is a service's head
        fits.add(_body(f"{fold(kb.entities[country].name)} {' '.join(words)}", kb))
    fits.discard(None)
    return fits.pop() if len(fits) == 1 else None


def _body(name: str, kb: KnowledgeBase) -> str | None:
    entry = kb.entities.get(kb.lookup(name) or "")
    return entry.id if entry is not None and entry.type == "ORG" else None
