"""Places written inside a name the knowledge base lacks, where the name is about them: the
countries of a pair ("Taiwan" and "US" in "the Taiwan-US Defense Industry Forum"), the place an
event is named for ("Taichung" in "The Taichung Bike Week trade days"), the city a
municipality is ("the City of Yokohama") and a firm's seat after "of" ("Formosa Ultrapure
Chemical of Kaohsiung"). The model takes the whole for one name no entry
knows, and the place in it would go unlinked; the writers label it. A firm, a school or a bank
named for a place is not about it ("Tokyo Electron", "National Taiwan University", "the Bank of
Japan"), nor is a region that only shares a word with one ("Latin America", "the South
Pacific"): their words stay the name's. Only a place the article also names on its own is read
so, and a name the knowledge base knows inside the name is read whole, the longest first.
"""

from __future__ import annotations

import re

from .context import words
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

# The words of a name, apart at spaces and hyphens, a dotted abbreviation whole: "U.S.".
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")
NAME_WORDS = 3  # the longest place name read at one word: "New Taipei City"
PLACES = frozenset({"GPE", "LOC"})
# The nouns of an event a place gives its name to: "Taichung Bike Week", "Taipei Cycle Show".
EVENTS = words("""
    week weeks fair fairs expo show festival fest forum summit conference exhibition marathon
""")
MUNICIPALITY = "city of "  # "the City of Yokohama": the city's own government, the city
# A firm's name and its seat after "of": "Formosa Ultrapure Chemical of Kaohsiung" is the firm
# and where it is, as "Kaido Fleet Services of Tokyo" is when the model reads them apart
# ("Lakeshore Garment Systems of Wisconsin", "Kisaragi Textiles of Naha" in the trade press); the
# seat is no word of the name, so the article need not name it elsewhere. Only after a word a
# company's name ends in, and two words of the name at least: "the Bank of Japan", "Industrial
# Bank of Korea" and "University of Tokyo" name bodies with their place.
_FIRMS_SEAT = re.compile(
    r"\S+ (?:Chemicals?|Corp\.?|Corporation|Co\.|Company|Industries|Electronics|Holdings|"
    r"Trading|Materials|Plastics|Steel|Pharmaceuticals?|Motors|Optoelectronics|Semiconductors?|"
    r"Technology|Technologies|Optics|Displays|Systems|Textiles|Services|Machinery|Logistics|"
    r"Inc\.?|Ltd\.?) of (?:the )?"
    r"(?P<seat>[A-Z][\w.' -]*)$"
)


def places_in_unknown_names(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The places inside pairs, events' names and municipalities' names outside the knowledge
    base that the article names on its own."""
    known = [m for m in mentions if m.in_kb]
    taken = {offset for m in known for offset in range(m.start, m.end)}
    # The names of each entity, asked only for a place a name holds: a set of every entity
    # named apart from each unknown name made a feed of thousands of table rows quadratic.
    names: dict[str, list[Mention]] = {}
    for m in known:
        if m.kind == "name":
            names.setdefault(m.entity_id, []).append(m)
    found = []
    for mention in mentions:
        if mention.in_kb or mention.label == "NORP":
            continue
        named = fold(mention.text).removeprefix("the ")
        about = named.startswith(MUNICIPALITY) or bool(set(named.split()) & EVENTS)
        if mention.label == "PERSON" and not about:
            continue  # "Fabricare Expo Osaka" the model took for a person is still a fair
        seat = _FIRMS_SEAT.search(mention.text)
        inside = _names_inside(mention.text, kb)
        for start, word, entity_id in inside:
            entry = kb.entities[entity_id]
            at = mention.start + start
            paired = entry.kind == "country" and _paired(mention.text, start, word, inside, kb)
            seated = seat is not None and seat.group("seat") == word and start == seat.start("seat")
            read = (about or paired or seated) and entry.type in PLACES
            read = read and not _inside_a_longer_name(mention.text, start, word, entity_id, kb)
            # named on its own too, by a name of the article that is not this one's word
            apart = read and any(not _overlap(m, mention) for m in names.get(entity_id, ()))
            if read and (apart or seated) and at not in taken:
                found.append(Mention(word, entry.type, entry.name, entity_id, at, at + len(word),
                                     True, description=entry.description))  # fmt: skip
    return found


def _paired(
    text: str, start: int, word: str, inside: list[tuple[int, str, str]], kb: KnowledgeBase
) -> bool:
    """Is the country at `start` one of two joined by a hyphen: "Taiwan-US", "U.S.-Japan"?"""
    ends = {_end(text, at, w): at for at, w, entity_id in inside
            if kb.entities[entity_id].kind == "country"}  # fmt: skip
    end = _end(text, start, word)
    after = text[end : end + 1] == "-" and end + 1 in ends.values()
    before = start > 0 and text[start - 1] == "-" and start - 1 in ends
    return after or before


def _end(text: str, start: int, word: str) -> int:
    """Where the name written at `start` ends, with the full stop of "U.S." it was read without."""
    end = start + len(word)
    return end + 1 if text[end : end + 1] == "." else end


def _names_inside(text: str, kb: KnowledgeBase) -> list[tuple[int, str, str]]:
    """The knowledge-base names that capitalised words of `text` spell, the longest at each
    word, with where each starts."""
    found = []
    words_ = list(_WORD.finditer(text))
    i = 0
    while i < len(words_):
        if words_[i].group().lower() == "the":  # "The Taichung Bike Week": no word of a name
            i += 1
            continue
        for size in range(min(NAME_WORDS, len(words_) - i), 0, -1):
            run = words_[i : i + size]
            if any(text[a.end() : b.start()] != " " for a, b in zip(run, run[1:], strict=False)):
                continue  # "Taiwan-US" is two names, not "Taiwan US"
            written = text[run[0].start() : run[-1].end()]
            entity_id = kb.lookup(fold(written)) if written[:1].isupper() else None
            if entity_id is None and written.endswith(".") and written[:1].isupper():
                written = written[:-1]  # a full stop of the text, not of "U.S."
                entity_id = kb.lookup(fold(written))
            if entity_id is not None:
                found.append((run[0].start(), written, entity_id))
                i += size
                break
        else:
            i += 1
    return found


def _inside_a_longer_name(
    text: str, start: int, word: str, entity_id: str, kb: KnowledgeBase
) -> bool:
    """Is the place at `start` a word of a longer name the knowledge base knows, written across
    hyphens too: "Japan" in "Article 5 of the U.S.-Japan Security Treaty" or in "Japan-Taiwan
    Exchange Association Chairman", names the model read longer than the entry's."""
    words_ = list(_WORD.finditer(text))
    starts = [w.start() for w in words_ if w.start() <= start]
    ends = [_end(text, w.start(), w.group()) for w in words_ if w.end() >= start + len(word)]
    known = {kb.lookup(fold(text[a:b])) for a in starts for b in ends}
    return bool(known - {None, entity_id})


def _overlap(one: Mention, other: Mention) -> bool:
    return one.start < other.end and other.start < one.end
