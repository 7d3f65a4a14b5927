"""Zones as an incursion report names them: the words ("the ADIZ", "the centre line",
"territorial sea", "off Taiwan's east coast", "the zone" pointing back) and reading one at a
token, or its negation ("outside the territorial sea").

Kept apart from the general word lists (incursion_words.py) and the other pieces of a claim
(incursion_phrases.py) so that what makes a zone is read in one place.
"""

from itertools import pairwise

from .incursion_adjacent_zones import names_the_zone_beside
from .incursion_approaches import only_approached
from .incursion_claimed_waters import waters_beijing_claims
from .incursion_counted_there import counted_there
from .incursion_phrases import match, next_is
from .incursion_surrounding_waters import taiwans_surrounding_waters
from .incursion_tokens import Token
from .incursion_words import (
    BARE_FOLLOWERS,
    COMPASS_POINTS,
    COMPASS_WORDS,
    CRAFT_NOUNS,
    FOREIGN,
    PLACES,
    phrases,
)

# Zones, by their phrases. "the zone" and "its zone" point back to the last zone named.
ZONE_PHRASES: dict[tuple[str, ...], str] = {
    ("adiz",): "ADIZ", ("adizs",): "ADIZ", ("adizes",): "ADIZ",
    # "air defence zones", "air-defense identification zone": either spelling, hyphen or none
    **{
        (*air, *named, zone): "ADIZ"
        for spelling in ("defense", "defence")
        for air in (("air", spelling), (f"air-{spelling}",))
        for named in ((), ("identification",))
        for zone in ("zone", "zones")
    },
    # a machine translation's zone is an "area" (區域): "air defense identification area"
    **{
        (*air, "identification", area): "ADIZ"
        for spelling in ("defense", "defence")
        for air in (("air", spelling), (f"air-{spelling}",))
        for area in ("area", "areas")
    },
    # "the south-western corner of its identification zone": the ADIZ named short, its "air
    # defence" dropped once the story has said it or as a British writer may
    ("identification", "zone"): "ADIZ", ("identification", "zones"): "ADIZ",
    ("median", "line"): "median line", ("centre", "line"): "median line",
    ("center", "line"): "median line", ("middle", "line"): "median line",
    ("midline",): "median line", ("mid-line",): "median line",
    # "the median-line", "the centre-line": the line written as one hyphenated word
    ("median-line",): "median line", ("centre-line",): "median line",
    ("center-line",): "median line", ("middle-line",): "median line",
    # "the centreline": the line written as one closed word, as "midline" is
    ("centreline",): "median line", ("centerline",): "median line",
    # a tracker's shorthand for the line: "Crossed ML / entered ADIZ" heads a table's column
    ("ml",): "median line",
    ("taiwan", "surrounding", "waters"): "around Taiwan",
    ("taiwan", "nearby", "waters"): "around Taiwan", ("taiwan", "vicinity"): "around Taiwan",
    ("the", "island", "surrounding", "waters"): "around Taiwan",
    ("the", "island", "vicinity"): "around Taiwan",
    ("midpoint", "of", "the", "strait"): "median line",
    ("midpoint", "of", "the", "taiwan", "strait"): "median line",
    ("contiguous", "zone"): "contiguous zone", ("contiguous", "waters"): "contiguous zone",
    # a browser's translation of 接続水域 word for word: "the connected water area"
    ("connected", "water", "area"): "contiguous zone", ("connected", "waters"): "contiguous zone",
    ("contiguous", "water", "area"): "contiguous zone",
    ("territorial", "waters"): "territorial waters", ("territorial", "sea"): "territorial waters",
    # "the three were still inside the 12-nautical-mile limit": the territorial sea's edge
    **{(width, edge): "territorial waters" for width in ("12-nautical-mile", "12-mile")
       for edge in ("limit", "line")},
    ("restricted", "waters"): "restricted waters", ("prohibited", "waters"): "restricted waters",
    ("restricted", "or", "prohibited", "waters"): "restricted waters",
    ("restricted", "and", "prohibited", "waters"): "restricted waters",
}  # fmt: skip
ZONES = phrases(*(" ".join(phrase) for phrase in ZONE_PHRASES))
THE_ISLAND = phrases("the island")
ZONE_ANAPHORS = phrases("the zone", "its zone", "that zone")
# "On Sunday, 15 more aircraft flew into the same area", "two drones flew through the same
# airspace": the zone named before, once more.
_SAME_ZONE = phrases("the same zone", "the same area", "the same airspace", "the same waters")
# "14 aircraft crossed the line": the only line a report's craft cross is the median line.
LINE_ANAPHORS = phrases("the line", "that line")
CROSSINGS = {"crossed", "cross", "crosses", "crossing"}
# "Four ships were there on Wednesday": "there" after a verb of being somewhere is the zone
# named before, as "the zone" is; "there were" is no place. So is "there" after a verb of
# sailing about in a place: "On Monday, four China Coast Guard ships were sailing there".
BEING_THERE = {"was", "were", "remained", "stayed", "stay", "remain", "lingered", "operated",
               "sailing", "operating", "patrolling", "cruising", "lingering"}  # fmt: skip
# "outside the territorial sea", "not to approach Japan's territorial waters", "flew nowhere
# near Taiwan": not entered.
# "the contiguous zone adjacent to the territorial waters": a zone that only borders on the
# one entered is not entered either.
ZONE_NEGATORS = {"outside", "beyond", "approach", "approaching", "approached", "not", "no",
                 "never", "nowhere", "toward", "towards", "avoid", "adjacent", "bordering",
                 "abutting"}  # fmt: skip
NEGATOR_REACH = 4
_MOVING_IN = {verb for verb in BARE_FOLLOWERS if verb.endswith("ing")}  # "crossing"

# "around Taiwan": a preposition and Taiwan itself (not "Taiwan's Kinmen", not "Taiwan Strait").
# "in the periphery of" is a translation's 周邊, as Taiwan's defence ministry writes it.
AROUND_PREPOSITIONS = phrases(
    "around",
    "near",
    "surrounding",
    "off",
    "close to",
    "in the vicinity of",
    "toward",
    "towards",
    "in the periphery of",
    "on the periphery of",
)
# Headlines drop the article: "9 naval ships around country", "near island".
AROUND_OBJECTS = phrases(
    "taiwan",
    "tw",  # a text alert's clipped words: "68 PLA acft + 10 PLAN ships around TW"
    "island",
    "the island",
    "country",
    "the country",
    "nation",
    "the nation",
    "its territory",
    "the main island",
    # the writer's own sea and airspace (我海空域) in a translated report of Taiwan's ministry
    "our sea and airspace",
    "our sea and air space",
)
DIRECTIONS = COMPASS_POINTS | {"to", "the", "and", ","}
# The sectors of a zone: "while five others flew into the southeast", "into the eastern
# sector" (a direction as an adjective, or the word "sector" itself).
SECTORS = COMPASS_WORDS | {"sector", "sectors"}


# "fired 11 missiles into the sea northeast, east and southwest of the island": the sea named
# by its sides of the island, as its waters are.
_SEA_AREAS = {"waters", "zone", "zones", "area", "areas", "sea", "seas"}
_CHINAS = {"china", "china's", "chinese", "beijing", "beijing's", "prc", "prc's"}


# "the waters south of Lieyu" after "ships into the restricted waters around Kinmen", "the
# waters off Uotsuri Island" after "Japanese territorial waters around the Senkaku Islands":
# the waters of islands that have only sea zones (no airspace zone a reporter counts in) point
# back to the zone named, as "those waters" do; Taiwan's waters may be any sea of its ADIZ.
_WATERS_ANAPHORS = phrases("the waters", "those waters", "these waters")
_WATERS_LINKS = {"of", "off", "around", "near", "surrounding"}
_SEA_ZONED_PLACES = {"Kinmen", "Matsu", "Senkaku Islands"}
_WATERS_REACH = 5
# "On March 5th four vessels sailed into those waters" after Kinmen's restricted waters were
# named: a demonstrative points back to the zone named before, as "that zone" does; "the
# waters" alone may be any sea.
_DEMONSTRATIVE_WATERS = phrases("those waters", "these waters")


_PRONOUN_REACH = 30  # "Taiwan on Thursday reported nine aircraft ... operating around it"


def _taiwan_pointed_to(words: list[Token], i: int) -> bool:
    """Whether "it" at i points back to Taiwan: the last place named within reach before it,
    in the same clause ("Taiwan reported nine aircraft and one balloon operating around it")."""
    if i >= len(words) or words[i].low != "it":
        return False
    for j in range(i - 1, max(-1, i - 1 - _PRONOUN_REACH), -1):
        low = words[j].low
        if low in (".", ";", ":") or (low in PLACES and low != "taiwan"):
            return False
        if low == "taiwan":
            return True
    return False


def zone_at(words: list[Token], i: int) -> tuple[str | None, int] | None:
    if words[i].low not in _ZONE_OPENERS:
        return None  # the grammar asks at every token, and few open a zone
    length = match(words, i, ZONES)
    if length:
        return ZONE_PHRASES[tuple(t.low for t in words[i : i + length])], length
    if match(words, i, _WATERS_ANAPHORS) and _of_restricted_place(words, i + 2):
        return None, 2
    demonstrative = match(words, i, _DEMONSTRATIVE_WATERS)
    if demonstrative and not (i + 2 < len(words) and words[i + 2].low in _WATERS_LINKS):
        return None, 2
    if match(words, i, ZONE_ANAPHORS) and not next_is(words, i + 1, "of"):
        return None, 2
    if match(words, i, _SAME_ZONE) and not next_is(words, i + 2, "of"):
        return None, 3
    if match(words, i, LINE_ANAPHORS) and i > 0 and words[i - 1].low in CROSSINGS:
        return "median line", 2
    # "Median line: an unofficial line ... Thirteen of Wednesday's aircraft crossed it": what
    # craft cross is the line, as "crossed the line" says.
    if words[i].low == "it" and i > 0 and words[i - 1].low in CROSSINGS:
        return "median line", 1
    if words[i].low == "there" and i > 0 and words[i - 1].low in BEING_THERE:
        return None, 1
    if counted_there(words, i):  # "the Japan Coast Guard reports four there again"
        return None, 1
    if surrounding := taiwans_surrounding_waters(words, i):  # "operated in surrounding waters"
        return "around Taiwan", surrounding
    preposition = match(words, i, AROUND_PREPOSITIONS)
    if preposition:
        start = i + preposition
        length = match(words, start, AROUND_OBJECTS)
        if length:
            end = words[start + length - 1]
            after = words[start + length].low if start + length < len(words) else ""
            # "off Taiwan's east coast" and "off the island's eastern coast" are around
            # Taiwan; "around Taiwan's Kinmen" is not.
            coast = after in DIRECTIONS or after in ("coast", "coasts")
            coast = coast or _names_a_side(words, start + length)
            if (coast or not end.possessive) and after != "strait":
                return "around Taiwan", preposition + length
        if _taiwan_pointed_to(words, start):
            return "around Taiwan", preposition + 1
    if words[i].low == "our" and (sectors := _own_sectors_of_airspace(words, i + 1)):
        return "ADIZ", sectors + 1
    # "into waters to the north, east and south of Taiwan", "landing in two zones north and
    # south of the island": the sea on those sides of it.
    if words[i].low in _SEA_AREAS:
        j = i + 1
        while j < len(words) and j < i + 10 and words[j].low in DIRECTIONS:
            j += 1
        if j > i + 1 and j + 1 < len(words) and words[j].low == "of":
            if next_is(words, j, "taiwan"):
                return "around Taiwan", j + 2 - i
            if match(words, j + 1, THE_ISLAND):
                return "around Taiwan", j + 3 - i
    return None


# What a compass adjective after "Taiwan's" must describe to name a side of the island: "off
# the island's eastern coast", "Taiwan's south-western waters"; "near Taiwan's northern Matsu
# islands" and "off Taiwan's southern city of Kaohsiung" name a place of it instead.
_SIDE_NOUNS = {"coast", "coasts", "coastline", "seaboard", "shore", "shores", "side", "waters",
               "tip", "sea", "seas"}  # fmt: skip
_SIDES_REACH = 6  # "the island's northern, eastern and southern coasts"


def _names_a_side(words: list[Token], k: int) -> bool:
    """Whether the compass adjectives from k, joined by "and" or commas, describe a side."""
    j = k
    while j < min(len(words), k + _SIDES_REACH) and (
        words[j].low in COMPASS_WORDS or (j > k and words[j].low in ("and", ","))
    ):
        j += 1
    return j > k and j < len(words) and words[j].low in _SIDE_NOUNS


# Every word a zone's reading can start with: the first words of the phrases above, "there",
# "our" (sectors of our airspace) and the sea areas.
_ZONE_OPENERS = (
    set(ZONES) | set(_WATERS_ANAPHORS) | set(ZONE_ANAPHORS) | set(_SAME_ZONE) | set(LINE_ANAPHORS)
    | set(AROUND_PREPOSITIONS) | _SEA_AREAS | {"there", "our", "it"}
)  # fmt: skip
# The words without one of which zone_at reads no zone (incursion_silent_sentences.py): the last
# word of each phrase above, the crossing an "it" after it names ("crossed it"), "there", the
# Taiwan an "it" points back to, the airspace of "our" sectors, and the island a sea area is of.
ZONE_WORDS = (
    {phrase[-1] for table in (ZONES, _WATERS_ANAPHORS, _DEMONSTRATIVE_WATERS, ZONE_ANAPHORS,
                              _SAME_ZONE, LINE_ANAPHORS, AROUND_OBJECTS, THE_ISLAND)
     for listed in table.values() for phrase in listed}
    | CROSSINGS | {"there", "taiwan", "airspace"}
)  # fmt: skip


# "entered our northern, central and southwestern airspace": Taiwan's ministry names the sectors
# of its ADIZ (北部、中部及西南空域), and a translation keeps the writer's "our". Sectors make
# it the zone: "our airspace" alone is the territorial airspace, no zone of the list.
_AIRSPACE_SECTORS = SECTORS | {"central", ",", "and"}
_SECTORS_REACH = 10


def _own_sectors_of_airspace(words: list[Token], i: int) -> int:
    """The length of "northern, central and southwestern airspace" at i, or 0."""
    j = i
    while j < len(words) and j < i + _SECTORS_REACH and words[j].low in _AIRSPACE_SECTORS:
        j += 1
    named = j > i and words[i].low not in (",", "and")
    return j - i + 1 if named and j < len(words) and words[j].low == "airspace" else 0


def _of_restricted_place(words: list[Token], i: int) -> bool:
    """Whether the words at i place the sea by Kinmen, Matsu or the Senkakus ("south of
    Lieyu", "off Uotsuri Island"), directions and a linking word then the island."""
    j = i
    while j < len(words) and j < i + _WATERS_REACH and words[j].low in DIRECTIONS:
        j += 1
    if j >= len(words) or words[j].low not in _WATERS_LINKS or j + 1 >= len(words):
        return False
    return PLACES.get(words[j + 1].low.removesuffix("'s")) in _SEA_ZONED_PLACES


def zone_negated(words: list[Token], i: int) -> bool:
    if only_approached(words, i):  # "sailed close to the prohibited zone"
        return True
    negators = [k for k in range(max(0, i - NEGATOR_REACH), i) if _negates(words, k)]
    negators = [k for k in negators if not _placed_inside_after(words, k, i)]
    if any(not names_the_zone_beside(words, k, i) for k in negators):  # "the adjacent zone"
        return True
    if _on_one_side(words, i) or _along_its_edge(words, i):
        return True
    # "two more loitered near Matsu without entering restricted waters": the verb of moving
    # in is denied, so the zone is not entered; "without warning into the ADIZ" denies none.
    reach = words[max(0, i - NEGATOR_REACH) : i]
    if any(a.low == "without" and b.low in _MOVING_IN for a, b in pairwise(reach)):
        return True
    if _entered_by_other_craft(words, i):
        return True
    if waters_beijing_claims(words, i):  # "patrols in China's territorial waters", uncounted
        return True
    # "patrols in China's own territorial waters": Beijing's claim to the sea it patrols, no
    # zone its ships entered. (Without "own", blind-028 labels Xinhua's "within China's
    # territorial waters of the Diaoyu Islands" a fact, and blind-17b a like statement none.)
    return i > 1 and words[i - 1].low == "own" and words[i - 2].low in _CHINAS


# "warned all four to stay out of Japanese territorial waters", "kept out of the zone": to
# keep out of a zone is not to be in it; craft that "sailed out of" it were in it, and left.
_KEEPING = {"stay", "stays", "stayed", "staying", "keep", "keeps", "kept", "keeping"}


def _negates(words: list[Token], k: int) -> bool:
    kept_out = k > 0 and words[k - 1].low in _KEEPING and words[k].low == "out"
    return words[k].low in ZONE_NEGATORS or (kept_out and next_is(words, k, "of"))


_INSIDE = {"in", "inside", "within", "into"}


def _placed_inside_after(words: list[Token], negator: int, i: int) -> bool:
    """Whether a comma and "in" stand between the negator and the zone at i: "lingered just
    outside, in the contiguous zone" were outside other waters and inside this zone."""
    return any(
        words[k].low == "," and words[k + 1].low in _INSIDE for k in range(negator + 1, i - 1)
    )


# "sailed along the edge of the prohibited waters near Nangan": skirting them, not inside;
# "flew into the northern edge of its identification zone" entered it.
_EDGES = {"edge", "edges", "boundary", "rim", "perimeter"}


def _along_its_edge(words: list[Token], i: int) -> bool:
    reach = [t.low for t in words[max(0, i - NEGATOR_REACH - 1) : i]]
    return any(low == "along" and _EDGES & set(reach[k + 1 : k + 3]) for k, low in enumerate(reach))


def _on_one_side(words: list[Token], i: int) -> bool:
    """Whether the words before the zone at i put the craft on one side of it ("sailing ...,
    on the Chinese side of the median line"): beside the line, not across it, unless they
    crossed to that side ("crossed onto Taiwan's side of the median line")."""
    reach = words[max(0, i - NEGATOR_REACH) : i]
    sided = any(a.low == "side" and b.low == "of" for a, b in pairwise(reach))
    crossing = words[max(0, i - _CROSSING_REACH) : i]
    return sided and not any(t.low in CROSSINGS for t in crossing)


_CROSSING_REACH = 8  # "crossed to the eastern side of": the verb and the side's words


# "the ships had expelled a Japanese vessel that had illegally entered China's territorial
# waters": the zone is where the other country's craft went, told in its relative clause,
# not where the craft counted went (blind-76).
_RELATIVES = {"that", "which"}
_RELATIVE_REACH = 8  # 'that had " illegally entered China's territorial': the clause's verb
_OWNER_REACH = 3  # "a Japanese patrol vessel": the demonym before the craft noun


def _entered_by_other_craft(words: list[Token], i: int) -> bool:
    for j in range(i - 1, max(0, i - _RELATIVE_REACH), -1):
        if words[j].low in (",", ";", ":"):
            return False
        if words[j].low in _RELATIVES and words[j - 1].low in CRAFT_NOUNS:
            owners = words[max(0, j - 1 - _OWNER_REACH) : j - 1]
            return any(token.low in FOREIGN for token in owners)
    return False
