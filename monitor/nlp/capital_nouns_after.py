"""What the words after a capital say of it: the noun it qualifies ("a Taipei defense think
tank", "a Tokyo threat-intelligence firm") and what its possessive owns ("Taipei's Xinyi
district", "Beijing's Tiananmen Square"), a city's or a government's (capital_actors.py asks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capital_addresses import RELATIONS
from .context import DocEntities, words
from .title_case_lines import Lines, title_case_line

if TYPE_CHECKING:
    from spacy.tokens import Doc

GOVERNMENT_ACTS = words("""
    policy policies decision decisions protest protests response position stance approval
    claim claims pressure warning warnings military government leaders leadership officials
    diplomats envoy ambassador demands ties relations actions moves reaction intentions
    sovereignty coercion campaign plan plans strategy support objection objections foreign
    defense defence trade sanctions ban refusal insistence assertion assertions statement
    statements view views rule control efforts aggression threats threat position red
    reunification unification approach posture demand request stance retaliation anger
    displeasure concerns concern interests ambitions intent goals line tactics remarks comments
    authority authorities regime administration
""")


# What a city has that a capital before it names as the city's, past other nouns between:
# "a Taipei defense think tank", "a Tokyo security consultancy", "the Seoul law firm".
CITY_INSTITUTIONS = words("""
    tank tanks firm firms consultancy consultancies company companies bank banks hospital
    hospitals
""")
NOUNS_WITHIN = 3  # lower-case words after the capital read for such a noun


def names_a_city_institution(doc: Doc, start: int) -> bool:
    """Is one of the lower-case words after a capital, up to the first that is not, a city's
    institution: "think tank" in "a Taipei defense think tank said"?"""
    return lower_words_hold(doc, start, CITY_INSTITUTIONS)


def lower_words_hold(doc: Doc, start: int, words: frozenset[str] | set[str]) -> bool:
    """Is one of the lower-case words from `start`, up to the first that is not and at most
    NOUNS_WITHIN of them, in `words`?"""
    for token in doc[start : start + NOUNS_WITHIN]:
        if not (token.is_lower and token.is_alpha):
            return False
        if token.lower_ in words:
            return True
    return False


COMPOUND_PARTS = 3  # hyphens a compound before its noun may have: "state-of-the-art"


def noun_after_compound(doc: Doc, start: int) -> str:
    """The noun a capital qualifies, past a hyphened compound between: "a Taipei
    threat-intelligence firm" is a firm, whatever "threat" alone would say."""
    k = start
    for _ in range(COMPOUND_PARTS):
        if k + 2 < len(doc) and doc[k + 1].text in ("-", "‑"):
            k += 2
        else:
            break
    if k > start and k + 1 < len(doc) and doc[k + 1].is_lower and doc[k + 1].is_alpha:
        return doc[k + 1].lower_
    return doc[k].lower_


NAMED_PART_WITHIN = 3  # name words between the possessive and "district": "Da'an", "Xinyi"
# Only words for a part of a city or a venue in it ("Tokyo's Nippon Budokan Arena"), not
# "Theater", which also names a command: "Beijing's Eastern Theater Command" and "Beijing's
# Taiwan Affairs Office" are the government's.
CITY_PARTS = words("""
    district districts ward wards neighborhood neighbourhood quarter borough hall arena stadium
    dome gymnasium university universities college campus hospital temple shrine museum
""")
# Stages, zoos and gardens, once they close the name: "Tokyo's New National Theatre", "Taipei's
# Muzha Zoo". A word after them that goes on with the name makes it a body's: "Beijing's
# Eastern Theatre Command".
CITY_VENUES = words("theatre theater zoo aquarium gardens park casino opera playhouse")


def named_part_follows(doc: Doc, start: int) -> bool:
    """A named part of the city after the possessive, which the model may not know as a place:
    "Taipei's Xinyi district", "Tokyo's Shinjuku area", "Beijing's Tsinghua University",
    "Tokyo's Nissay Theatre"."""
    for token in doc[start : start + NAMED_PART_WITHIN + 1]:
        if token.lower_ in CITY_PARTS:
            return token.i > start
        if token.lower_ in CITY_VENUES and token.is_title and token.i > start:
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return following is None or not following.is_title
        if not token.text[:1].isupper() and token.text not in ("'", "’", "-"):
            return False
    return False


# Lower-case words read after a place name for the noun it qualifies: "Japan travel warning".
COMPOUND_WITHIN = 3


def place_follows(ents: DocEntities, start: int) -> bool:
    """A place name right after the possessive: "Beijing's Tiananmen Square", "Tokyo's
    Shibuya" (which the model may take for a nationality). Not one that only says what a
    government's act is about: "Tokyo's Senkaku policy", "Beijing's Taiwan pressure" and
    "Beijing's Japan travel warning" are the governments'."""
    after = ents.by_start.get(start)
    if after is None or after.label_ not in ("GPE", "LOC", "FAC", "NORP"):
        return False
    doc = after.doc
    for token in doc[after.end : after.end + COMPOUND_WITHIN]:
        if token.lower_ in GOVERNMENT_ACTS or token.lower_ in RELATIONS:
            return False
        if not (token.is_alpha and token.is_lower):
            break
    return True


# Where a possessive's name stands for a part of the city: "a shop in Taipei's Dadaocheng", "a
# bar near Tokyo's Koenji". A government's own named things are bodies or acts ("in Beijing's
# Global Times", "in Tokyo's Senkaku policy"), which the recogniser labels or a noun follows.
LOCATIVES = words("in at near around outside inside across")
NAME_WORDS = 2  # "Dadaocheng", "Shimo Kitazawa"


def named_quarter_follows(doc: Doc, start: int, before: str) -> bool:
    """After a locative, is the possessive's object a name of one or two capitalised words,
    no body's and none the knowledge base knows, closing its phrase: "in Taipei's Dadaocheng on
    Tuesday"? Such a name is a quarter of the city, which the model may take for a person."""
    if before not in LOCATIVES:
        return False
    k = start
    while k < len(doc) and k - start < NAME_WORDS and doc[k].is_title and doc[k].is_alpha:
        if doc[k].ent_type_ == "ORG" or doc[k].ent_kb_id_:
            return False
        k += 1
    if k == start:
        return False
    closing = k >= len(doc) or not doc[k].is_alpha or not (doc[k].is_lower or doc[k].is_title)
    return closing or doc[k].lower_ in CLOSING_WORDS


# Words that close a noun phrase after a name: "in Taipei's Dadaocheng on Tuesday".
CLOSING_WORDS = words("on in at for and or but with where which who as since during this last")


# The words a state's body carries in its name: "Beijing's Communist Party", "Manila's Senate",
# "Singapore's Energy Market Authority", "Beijing's Central Committee" are the governments'.
STATE_BODY_WORDS = words("""
    ministry ministries department office bureau agency administration authority commission
    council command senate parliament congress assembly party government cabinet court army
    navy force forces guard embassy institute institutes chiefs service services national
    central state standing military people
""")
# What a state keeps or enacts, whose names carry these words: "Washington's Entity List",
# "Tokyo's Foreign Exchange Act", "Beijing's Export Control Law". A city keeps no export list.
STATE_INSTRUMENT_WORDS = words("list act law rule regulations")
# A city's own government's words: "Tokyo's Metropolitan Police Department", "Taipei's City
# Council" are the city's, whatever state word follows.
CITY_BODY_WORDS = words("metropolitan municipal city")


def city_body_follows(ents: DocEntities, start: int) -> bool:
    """An organisation the model found right after the possessive that is no state's body, by
    the words of its name: "London's Joint War Committee", a market's, is the city's, as its
    clubs, exchanges and schools are; not one the knowledge base knows ("Beijing's Global
    Times"), nor a name with a state body's word. Read only where a capital's possessive is
    followed by a name."""
    after = ents.by_start.get(start)
    if after is None or after.label_ != "ORG" or after.kb_id_:
        return False
    if title_case_line(after, Lines.of(after.doc)):
        return False  # "... and Washington's Arms Package": a headline's capitals name nothing
    names = {token.lower_ for token in after}
    return bool(names & CITY_BODY_WORDS) or not names & (STATE_BODY_WORDS | STATE_INSTRUMENT_WORDS)
