"""The pieces of a claim in an incursion report: numbers as written ("28", "forty-five", "a
dozen", "a drone") and ranges of them ("between 10 and 12"), the noun phrases of craft ("PLA
Navy ships", "J-16s", "sorties by Chinese warplanes, drones and helicopters") and zones
("Taiwan's ADIZ", "near the island"), read from a position in a sentence's tokens. What the
words around a count say of it is in incursion_count_words.py; a fronted partitive ("Of the
aircraft, ...") in incursion_fronted_partitives.py."""

from dataclasses import dataclass
from functools import lru_cache

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_articles import names_no_count
from .incursion_carriers import is_a_company
from .incursion_clipped_nouns import official_ships_clipped
from .incursion_craft_parts import names_acts_or_trades, names_parts
from .incursion_designators import designator_craft, is_count, numbered_after_and
from .incursion_listed_ones import coordinated_count
from .incursion_modifiers import craft_of as craft_of  # read by the other incursion modules
from .incursion_modifiers import modifies, opens_no_phrase
from .incursion_operators import operator_after, whose_ships
from .incursion_people_counts import counts_people
from .incursion_spoken_figures import figure_spoken_of
from .incursion_tokens import Token

MODIFIER_REACH = 6
LIST_REACH = 16  # "J-16 fighters, a KJ-500 airborne early-warning aircraft, a Y-8 ... and two"


def match(words: list[Token], i: int, phrases: w.Phrases) -> int:
    """The length of the longest phrase starting at i, or 0."""
    if i >= len(words):
        return 0
    # The first word is the list's key, so it matches already; a phrase whose second word
    # differs leaves before the rest of it is read, as most of a common word's phrases do.
    for phrase in phrases.get(words[i].low, ()):
        length = len(phrase)
        if length == 1:
            return 1
        if i + length > len(words) or words[i + 1].low != phrase[1]:
            continue
        if all(words[i + k].low == phrase[k] for k in range(2, length)):
            return length
    return 0


def next_is(words: list[Token], i: int, low: str) -> bool:
    return i + 1 < len(words) and words[i + 1].low == low


def inside_a_name(words: list[Token], i: int) -> bool:
    """Whether "Taiwan" at i is a word inside an outlet's or a body's name, between two
    capitalised words ("Radio Taiwan International reports"): no place the craft were at. The
    islands' names are left alone: "the Japan-controlled Senkaku Islands" names the place."""
    if i == 0 or i + 1 >= len(words) or words[i].low != "taiwan":
        return False
    return words[i - 1].text[:1].isupper() and words[i + 1].text[:1].isupper()


_NUMBER_SIGNS = {"no", "nos"}  # "No. 3", "nos. 14609 and 14528": the numbers name ships


def not_a_count(words: list[Token], i: int) -> bool:
    """Whether the number at i is no count: after "type", "hull" or "no." it names a thing,
    and "one" after "the", "this" or "that" is a pronoun ("The one that matters for the
    tracker: ..."), which would otherwise take the craft named before as a count of one; "the
    one balloon" still counts."""
    before = words[i - 1].low if i > 0 else ""
    # "No. 3 submarine cable", "hull nos. 14609 and 14528": the tokenizer parts the
    # abbreviation from its full stop, and the number after it still names a thing.
    if before == "." and i > 1 and words[i - 2].low in _NUMBER_SIGNS:
        before = words[i - 2].low
    pronoun = words[i].low == "one" and before in w.PRONOUN_ONE
    # "The ship's crew of eight are Chinese nationals", "its crews of about 140 were working":
    # a body of people counted, whom an elided count would take for craft named before.
    people = counts_people(words, i)
    spoken_of = figure_spoken_of(words, i)
    return (
        before in w.NOT_COUNT_AFTER
        or people
        or spoken_of
        or (pronoun and head_at(words, i + 1) is None)
    )


def number_at(words: list[Token], i: int) -> tuple[int, int] | None:
    """(value, last token) of a number written at i: "28", "1,200", "forty-five", "a dozen".
    A position outside the sentence holds none: a text may end on "7 and", cut off."""
    if not 0 <= i < len(words) or not may_write_a_number(words[i].low):
        return None
    low = words[i].low
    figure = low[:1].isdigit() and w.DIGITS.fullmatch(low)  # most words start with no digit
    if figure and not tw.YEAR.fullmatch(low):
        # "F-16V Block 70 jets", "Batch 3 frigates": a number in a type's name counts nothing
        before = words[i - 1] if i > 0 else None
        designation = before is not None and before.low in w.DESIGNATIONS and before.text.istitle()
        return None if designation else (int(low.replace(",", "")), i)
    if low in w.NUMBER_WORDS:
        return w.NUMBER_WORDS[low], i
    tens, _, unit = low.partition("-")
    if tens in w.NUMBER_WORDS and unit in w.SMALL_NUMBERS and w.NUMBER_WORDS[tens] >= 20:
        return w.NUMBER_WORDS[tens] + w.SMALL_NUMBERS[unit], i
    if low not in ONE_CRAFT_WORDS:  # asked at every word: what is left reads only these
        return None
    if low == "a" and next_is(words, i, "dozen"):
        return 12, i + 1
    if i > 0 and words[i - 1].low in _NO_SIGHTING_BEFORE:
        return None
    if low in ("a", "an") and names_no_count(words, i):
        return None
    if low in ("a", "an", "another") and lone_drone_or_balloon(words, i + 1):
        return 1, i  # "a drone entered the ADIZ": reports count a single drone or balloon so
    if low in ("a", "an", "another") and one_owned_craft(words, i + 1):
        # "Another China Coast Guard vessel remained ...", "plus a China Coast Guard ship":
        # one craft named with whose it is is a count, never a type described
        return 1, i
    # "A further Chinese ship remained ...", as "another" is; "a single Chinese coast guard
    # ship had sailed into ...": one craft named with whose it is, stressed.
    stressed = next_is(words, i, "further") or next_is(words, i, "single")
    if low == "a" and stressed and one_owned_craft(words, i + 2):
        return 1, i + 1
    # "eight warships and a single official ship": "single" only stresses one more craft of the
    # sum; alone ("a single sortie can trigger several scrambles") it explains a unit
    single = low == "a" and next_is(words, i, "single") and _single_craft(words, i + 2)
    if single and (coordinated_count(words, i) or _joined_on(words, i)):
        return 1, i + 1
    if low in ("a", "an") and _joined_on(words, i) and _single_craft(words, i + 1):
        return 1, i  # "..., alongside a Y-8 plane": one more craft, not a type described
    if low in ("a", "an") and _single_craft(words, i + 1) and coordinated_count(words, i):
        return 1, i  # "a Y-8 aircraft and three J-10 fighters entered": one of a sum's parts
    return None


# The words that may count one craft ("a drone", "another China Coast Guard vessel") or a
# dozen; after "on" or "about" a craft is a vessel's or a topic's, no sighting.
ONE_CRAFT_WORDS = {"a", "an", "another"}


@lru_cache(maxsize=1 << 14)  # a test a word; news repeats its words
def may_write_a_number(low: str) -> bool:
    """Whether number_at may read a number at a word written so: a figure, a number's word
    ("forty-five" too) or a word that may count one craft. Most words are none, and the
    sentence's table of numbers (incursion_number_tables.py) asks no more of them."""
    if low[:1].isdigit() or low in w.NUMBER_WORDS or low in ONE_CRAFT_WORDS:
        return True
    tens, _, unit = low.partition("-")
    return tens in w.NUMBER_WORDS and unit in w.SMALL_NUMBERS and w.NUMBER_WORDS[tens] >= 20


_NO_SIGHTING_BEFORE = w.CONVEYED_ON | w.TOPIC_OF


def _joined_on(words: list[Token], i: int) -> bool:
    """Whether a phrase that adds to the craft before ends just before i ("along with",
    "alongside", "plus")."""
    return any(match(words, j, w.ALONG) == i - j for j in range(max(0, i - 3), i))


def _single_craft(words: list[Token], i: int) -> bool:
    head = head_at(words, i)
    if head is None or head.craft is None or words[head.last].low.endswith("s"):
        return False
    return not _grouped(words, head)


def one_owned_craft(words: list[Token], i: int) -> bool:
    """Whether one craft is named at i with whose it is ("China Coast Guard vessel", "Chinese
    navy frigate"), not several ("other ships"): a craft of its own. "Another vessel" alone
    may be one of those just counted, and "a Y-8 plane" a type described: no count."""
    head = head_at(words, i)
    if head is None or head.craft is None or words[head.last].low.endswith("s"):
        return False
    return any(t.low in w.OPERATORS for t in words[i : head.last]) and not _grouped(words, head)


def lone_drone_or_balloon(words: list[Token], i: int) -> bool:
    """Whether a single drone or balloon is named at i ("Chinese military drone"): other
    craft after "a" are mostly a type described ("a Y-8 anti-submarine plane"), not a count."""
    head = head_at(words, i)
    return (
        head is not None
        and head.craft in ("drones", "balloons")
        and words[head.last].low in ("drone", "balloon", "uav")
        and not _grouped(words, head)
    )


def _grouped(words: list[Token], head: "Head") -> bool:
    """Whether the craft noun names the kind of a group ("a China Coast Guard ship formation",
    "a drone swarm") or of a unit ("a Navy missile unit"): "a" counts one group or unit, not
    one craft."""
    return head.last + 1 < len(words) and words[head.last + 1].low in w.GROUPS | w.UNITS


def range_end(words: list[Token], first: int, end: int) -> int:
    """Where a range that starts with the count at `end` ends: "10 to 12 ships", "between 10
    and 12 ships", "two or three drones" count the lower bound, as the labels do. "From 10 to
    12" is a change, not a range: its count is the second."""
    after = end + 1
    if after + 1 >= len(words) or number_at(words, after + 1) is None:
        return end
    joint = words[after].low
    between = first > 0 and words[first - 1].low == "between"
    if joint in ("to", "or") and not (first > 0 and words[first - 1].low == "from"):
        return after + 1
    return after + 1 if joint == "and" and between else end


def starts_clause(words: list[Token], i: int) -> bool:
    # "... to 6 a.m. Of the aircraft, 17 ...": a capital after a stop the splitter read as an
    # abbreviation's opens a sentence of its own.
    opens = words[i].text[:1].isupper() and words[i - 1].low == "." if i else False
    return i == 0 or opens or words[i - 1].low in (",", "and", "but", "that")


@dataclass(frozen=True)
class Head:
    craft: str | None  # None: craft of another country's, or civilian ("Russian bombers")
    ships: str | None
    unmanned: bool
    last: int


def head_at(words: list[Token], i: int) -> Head | None:
    """The craft noun phrase at i, "[modifier...] CRAFT [CRAFT...]": "PLA Navy ships"."""
    if i < len(words) and opens_no_phrase(words[i].text, words[i].low):
        return None  # asked at every word, and most words open no phrase
    modifiers: list[str] = []
    j = i
    while j < len(words) and j < i + MODIFIER_REACH and _craft_at(words, j) is None:
        if not _is_modifier(words, j, i):
            return _lone_designator(words, i, j)
        modifiers.append(words[j].low)
        j += 1
    if j >= len(words) or _craft_at(words, j) is None:
        return _lone_designator(words, i, j)
    while j + 1 < len(words) and craft_of(words[j + 1]) is not None:
        modifiers.append(words[j].low)  # "aircraft carrier", "missile boats": the last is head
        j += 1
    sorties_of = j + 1 < len(words) and words[j + 1].low in ("of", "by")
    flown = head_at(words, j + 2) if words[j].low in ("sortie", "sorties") and sorties_of else None
    flown = flown if flown is not None and flown.craft == "air" else None
    if flown is not None:  # "21 sorties of Chinese military aircraft": one phrase
        modifiers += [t.low for t in words[j : flown.last]]
        j = flown.last
    head = words[j].low
    said = set(modifiers) | {head}
    # "23 sorties by Chinese military aircraft and drones": of the aircraft, not the last noun
    craft = "air" if flown is not None else _craft_at(words, j)
    first, j = j, _coordinated(words, j)
    several = i > 0 and _counts_several(words[i - 1].low)
    # "32 fighter take-offs", "two carrier groups"
    if said & w.FOREIGN or _names_acts(words, j, several) or is_a_company(words, i, first, said):
        return Head(None, None, False, j)
    joined = {craft_of(t) for t in words[first + 1 : j + 1]} - {None, craft}
    if joined and craft != "air":  # "4 balloons, drones in ADIZ": whose count, whose zone?
        return Head(None, None, False, j)
    j, operator = operator_after(words, j)  # "nine vessels of the China Coast Guard"
    # A boat whose operator goes unsaid is a fisherman's or a ferry's ("about 40 boats were at
    # sea"): reports name the navy's or coast guard's ones as theirs ("Chinese patrol boats").
    if head in _CIVILIAN_UNLESS_OWNED and not (said | operator) & w.OPERATORS:
        return Head(None, None, False, j)
    ships = whose_ships(said | operator, head) if craft == "ships" else None
    return Head(craft, ships, flown.unmanned if flown else bool(said & w.UNMANNED), j)


def _lone_designator(words: list[Token], i: int, end: int) -> Head | None:
    """A single craft named by its type alone, as a list of types ends: "eight J-16s, two
    J-10s, one Y-8 anti-submarine aircraft and one KJ-500 entered" counts the KJ-500 as the
    plural "J-10s" is counted. Only right after "one", with nothing after it that a craft
    phrase would go on with: "plus a Z-9 off the southwest" and "two USAF KC-46As and a
    KC-135R" name a type, no count (blind-56). After "a", or another count, only as the first
    of a sum's parts: "a Y-8 ASW and two J-10s entered" is three aircraft, and "two J-10 and
    two J-16 fighters" four, the first part's noun left for the last to say (rule 3); a role's
    initials after the type ("ASW", "AEW") are of its name."""
    role = end == i + 2 and words[i + 1].text.isupper() and words[i + 1].text.isalpha()
    last = i + role
    if last + 1 != end:  # asked at every word that opens no craft phrase (end == i)
        return None
    counted = i > 0 and (words[i - 1].low in ("a", "an") or is_count(words[i - 1].low))
    lone = counted and (words[i - 1].low == "one" or numbered_after_and(words, end))
    craft = designator_craft(words[i].low) if lone else None
    if craft is None:
        return None
    return Head(craft, None, craft == "drones", last)


def _names_acts(words: list[Token], last: int, several: bool) -> bool:
    """Whether the craft nouns ending at last, with any joined to them, only say whose acts
    or groups the count is of: "fighter and helicopter take-offs" counts take-offs, "two
    carrier strike groups" groups of ships, "drone flight controllers" parts; no craft. A
    count of several before one group ("China Sea Police 2 ship formation", "4 ships
    formation", as a translation of 2艘编队 writes it) is of the craft the group is made of:
    several cannot number a single formation."""
    j = last + 1
    while j < len(words) and (words[j].low in _BEFORE_ACTS or craft_of(words[j])):
        j += 1
    said = words[j].low if j < len(words) else ""
    groups = said.removesuffix("s") in w.GROUPS and not (several and said in w.GROUPS)
    return names_acts_or_trades(said) or names_parts(words, j) or groups


def _counts_several(low: str) -> bool:
    """Whether a count written in figures or words is more than one: "2", "four"."""
    value = int(low) if w.DIGITS.fullmatch(low) and "," not in low else w.NUMBER_WORDS.get(low, 0)
    return value > 1


_CIVILIAN_UNLESS_OWNED = {"boat", "boats"}
_BEFORE_ACTS = {",", "and", "or", "strike", "battle"}  # "carrier strike groups"


def _coordinated(words: list[Token], last: int) -> int:
    """The end of craft nouns joined to a counted one without counts of their own: in "29
    sorties by warplanes, drones and helicopters" the count is of all three, and the phrase
    must end after the last, or the zone after it goes to the count after it alone. The first
    noun gives the class; aircraft hold drones and helicopters, but a count joined to craft of
    another class ("4 balloons, drones in ADIZ") says neither's figure. A singular noun after
    plural ones is a subject of its own."""
    j = last + 1
    while j < len(words) and words[j].low in (",", "and", "or"):
        j += 1
        start = j
        while j < len(words) and j < start + MODIFIER_REACH and craft_of(words[j]) is None:
            if not _is_modifier(words, j, start):
                return last
            j += 1
        if j >= len(words) or craft_of(words[j]) is None:
            return last
        if f"{words[j].low}s" in w.CRAFT_NOUNS:
            return last  # "27 planes, drone flew near island": one drone, a subject of its own
        last = j
        j += 1
    return last


def _is_modifier(words: list[Token], j: int, start: int) -> bool:
    """Adjectives of craft, names ("Chinese", "PLA Navy"), designators ("J-16", "Type 052D"):
    a word by itself (incursion_modifiers.modifies), or by its neighbours in the phrase."""
    token = words[j]
    if j > start:
        # "nine China Coast Guard and other official ships": the kind named and the others of
        # the noun's class are one count, as the ministry's "coast guard and other official ships"
        if token.low == "other" and words[j - 1].low in ("and", "or"):
            return True
        if token.low in ("and", "or") and j + 1 < len(words):
            if words[j + 1].low == "other":
                return True
            # "nine DF-15 and DF-17 ballistic missiles": two type names share one count and noun
            return _names_a_type(words[j - 1]) and _names_a_type(words[j + 1])
        if words[j - 1].low == "type" and any(map(str.isdigit, token.text)):
            return True  # "Type 052D destroyers"
    return modifies(token.text, token.low)


def _names_a_type(token: Token) -> bool:
    """Whether a word is a type's designator: "DF-17", "J-16", "H-6K"."""
    return token.text[:1].isupper() and "-" in token.text and any(map(str.isdigit, token.text))


# "in the same period", "the same 24-hour window": a time shared, not "did the same"; nor is
# a teller named again ("seven aircraft, per the same ministry", "the same source said").
_SAME_TIMES = {"period", "window", "day", "time", "hours", "report", "span", "timeframe", "night",
               "weekend", "week", "morning", "afternoon", "evening"}  # fmt: skip
_SAME_TELLERS = {"ministry", "source", "sources", "agency", "office", "official", "spokesman"}


def names_no_act(words: list[Token], i: int) -> bool:
    """Whether the word after "the same" makes it a time or a teller, not an ellipsis."""
    low = words[i].low if i < len(words) else ""
    return low in _SAME_TIMES | _SAME_TELLERS or any(c.isdigit() for c in low)


def _craft_at(words: list[Token], j: int) -> str | None:
    """The craft a noun names, in its phrase: "unmanned aerial vehicles" are drones."""
    if words[j].low in ("vehicle", "vehicles") and j and words[j - 1].low == "aerial":
        return "drones"
    # a flash's "9 PLAN": the navy's initials stand for its ships; a note's "2 official" too
    navy = words[j].text == "PLAN" and (j + 1 == len(words) or craft_of(words[j + 1]) is None)
    if navy or official_ships_clipped(words, j):
        return "ships"
    return craft_of(words[j])
