"""What the words around a count in an incursion report say of it: the teller's own craft
("17 of its own patrol vessels"), craft sold or a foreign group's, a count with its noun left
out ("and three from Kinmen's restricted waters"), a list of kinds it ends, a day-before phrase
that names its day, and ships that leave."""

from bisect import bisect_left

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_more_counts import MEASURES
from .incursion_phrases import LIST_REACH, craft_of, match, number_at
from .incursion_tokens import Token


def counts_own_craft(words: list[Token], first: int, last: int) -> bool:
    """Whether the craft counted are the teller's own ("17 of its own patrol vessels", "two
    frigates of its own"): another country's craft, however they are named."""
    return any(t.low == "own" for t in words[first : last + 4])


# An arms sale's craft are the buyer's: "14 jets now handed over", "66 F-16s ordered".
_SOLD = {"delivered", "handed", "ordered", "purchased", "bought", "sold", "leased"}


def counts_craft_sold(words: list[Token], first: int, last: int) -> bool:
    """Whether the craft counted are delivered, ordered or bought ("with 14 jets now handed
    over", "the 66 fighters purchased in 2019"): a buyer's own, not craft sighted."""
    return any(t.low in _SOLD for t in words[last + 1 : last + 3])


def in_a_foreign_group(words: list[Token], first: int) -> bool:
    """Whether a count is of a group its noun says is civil or foreign ("a Chinese fishing
    fleet of about 40 boats", "a Japanese flotilla of six ships"): the word that makes
    "fishing boats" no fact stands before the group's noun, not the craft's."""
    if first < 2 or words[first - 1].low != "of" or words[first - 2].low not in w.GROUPS:
        return False
    return any(t.low in w.FOREIGN for t in words[max(0, first - 5) : first - 2])


def names_its_day(words: list[Token], first: int, end: int, dates: set[int]) -> bool:
    """Whether "a day earlier" (words first to end) is joined to the day it means: followed by
    it ("A day earlier, on Monday, four ships ..."), then the day is written and the figures
    are that day's own; or, for a phrase that looks back from a day ("the day before", not "a
    day after", whose counts follow it), set off after it ("On 11 September 2025, the day
    before this section was last updated, the ministry said ..."): then it only tells what
    that day was to something else, and moves no count off it."""
    i = end
    while i < len(words) and words[i].low in (",", "on"):
        i += 1
    if i in dates:
        return True
    before = first - 2  # the date's last word before the comma, or the year written after it
    before -= before > 0 and words[before].low.isdigit() and len(words[before].low) == 4
    set_off = first >= 2 and words[first - 1].low == "," and before in dates
    return set_off and bool(match(words, first, tw.DAY_EARLIER))


def names_a_type(words: list[Token], i: int, last: int) -> bool:
    """Whether the uncounted craft at i..last name a kind ("J-16 fighters", "Su-30s"), not
    craft of a size left vague ("dozens of Chinese aircraft", "the ships")."""
    before = words[i - 1].low if i else ""
    return (
        words[i].low not in w.DEFINITES | {"a", "an"}
        and before not in w.VAGUE | {"of", "a", "an"}
        and words[last].low.endswith("s")
    )


def ends_a_list_of_kinds(words: list[Token], types: list[int], clause: int, first: int) -> bool:
    """Whether a count ends a list that names kinds before it, with no verb between: "showed
    J-16 and Su-30 fighters, a KJ-500 ... and two CH-4 drones"."""
    before = bisect_left(types, first)
    if before == 0 or types[before - 1] < clause:
        return False
    between = words[types[before - 1] + 1 : first]
    return len(between) <= LIST_REACH and all(_in_a_list(t) for t in between)


def _in_a_list(token: Token) -> bool:
    """Whether a token may stand between the items of a list of craft: a connector, a modifier,
    a name or a designator ("a KJ-500 airborne early-warning aircraft, a Y-8 ... and")."""
    low = token.low
    return (
        low in w.LIST_WORDS
        or low in w.MODIFIERS
        or craft_of(token) is not None
        or token.text[:1].isupper()
        or any(c.isdigit() for c in low)
    )


def elided(words: list[Token], first: int, follower: int, blocked: set[int]) -> bool:
    """Whether a bare number after "and", a comma, a colon, a dash or a day it ends ("and on
    Sunday 28.") is followed by where or when its craft, named before, were: "and three from
    Kinmen's restricted waters", ", four on Tuesday", "71 aircraft over 48 hours: 33 in the 24
    hours ending ...", "... said - four near Kinmen and two off Matsu".
    """
    opener = first > 0 and (
        words[first - 1].low in ("and", ",", ":") or words[first - 1].low in w.DASHES
    )
    # "and on Sunday just nine,": a limiter says how few, and the day before it still opens
    # the verbless count.
    limited = first > 1 and words[first - 1].low in _LIMITERS
    # "...; on Saturday it was 19.": a speaker's dummy subject and verb stand for the count's
    # craft and verb, as a writer's comma does.
    spoken = first > 2 + limited and _DUMMIES.get(words[first - 2 - limited].low) == (
        words[first - 1 - limited].low
    )
    opens = first - limited - 2 * spoken
    day_opens = opens - 1 in blocked
    # "and on Sunday 28.": the day itself may open the verbless count, with no comma after it.
    if (opener or day_opens) and _dated_before(words, opens, follower, blocked):
        return True
    if not opener or follower + 1 >= len(words):
        return False
    low = words[follower].low
    return low in w.ELIDED_PLACES or (low == "on" and follower + 1 in blocked)


_DAY_REACH = 8  # "and on Friday, the first day of the holiday, 38."
_DUMMIES = {"it": "was", "there": "were"}
_LIMITERS = {"just", "only", "merely"}


def _dated_before(words: list[Token], first: int, follower: int, blocked: set[int]) -> bool:
    """Whether a bare number that ends its clause has its day written before it, in a clause
    of its own joined by "and" or a comma: "the ministry had counted 40 aircraft on Sunday, and
    on Saturday, a public holiday, 31." The craft are those counted before, their noun and verb
    left out. Only an apposition between commas may stand between the day and the number: in
    "and on Monday, its spokesman turned 61" a verb does, and the number is no count."""
    # The clause ends at its stop, or at a comma that adds to it ("and on Sunday just nine,
    # along with four ships on each day").
    if follower < len(words) and words[follower].low not in (".", ";", ","):
        return False
    start = max(0, first - _DAY_REACH)
    for on in range(first - 2, start, -1):
        if words[on].low == "on" and on + 1 in blocked:
            after = on + 1
            while after in blocked:
                after += 1
            apposition = words[after].low == "," and words[first - 1].low == ","
            # "...; on Saturday it was 19": a semicolon joins the clause as "and" does.
            return words[on - 1].low in ("and", ",", ";") and (after == first or apposition)
    return False


def leaves(words: list[Token], last: int) -> bool:
    """Whether the verb after a count at `last` is leaving: "two ships left", "two of them had
    left", "two cutters sailed out of"."""
    i = last + 1
    i += i < len(words) and words[i].low in ("had", "have", "then")
    out = [token.low for token in words[i + 1 : i + 3]] == ["out", "of"]
    return i < len(words) and (words[i].low in w.LEAVING or out)


# A search or rescue told in the sentence, and China named nowhere in it: the craft it counts
# are the searchers, the teller's own.
_SEARCH_WORDS = {
    "search", "searched", "searching", "rescue", "rescued", "rescuing", "combing", "scouring",
}  # fmt: skip
_CHINAS = {"china", "chinese", "pla", "plan", "prc", "ccg"}


def counts_searchers(words: list[Token]) -> bool:
    """Whether the sentence tells of a search or rescue and names no craft of China's ("The
    coast guard widened the search ..., with a helicopter and three patrol vessels combing
    the area"): a count there with no zone of its own is of the searchers, no sighting."""
    lows = {t.low for t in words}
    return bool(lows & _SEARCH_WORDS) and not lows & _CHINAS


# Verbs of watching whose agent, after "by", is the watcher: "spotted by a coast guard patrol
# aircraft", "intercepted by two F-16s". A report names China's craft as what was watched.
_WATCHED = {
    "spotted", "sighted", "detected", "observed", "photographed", "filmed", "seen", "monitored",
    "tracked", "shadowed", "intercepted", "warned", "identified", "found",
}  # fmt: skip


# Verbs of following craft at sea or in the air, whose instrument ("with two cutters") is the
# follower's: "The CGA shadowed them with two cutters", "monitored the ships with a frigate".
_FOLLOWED = _WATCHED | {"trailed", "escorted", "shadowing", "tracking", "monitoring"}
_OBJECT_WORDS = 7  # "shadowed the four China Coast Guard ships with": the verb's object


def counts_the_watchers(words: list[Token], first: int, last: int) -> bool:
    """Whether the count at first..last is the agent of a verb of watching ("The buoy was
    spotted by a coast guard patrol aircraft"), its instrument ("The CGA shadowed them with two
    cutters") or its subject ("one of its patrol ships had tracked a freighter"): the watcher's
    craft, whoever's, are no craft sighted."""
    if _watches_as_subject(words, first, last):
        return True
    if first > 1 and words[first - 1].low == "by" and words[first - 2].low in _WATCHED:
        return True
    if first < 2 or words[first - 1].low != "with":
        return False
    for at in range(first - 2, max(-1, first - 2 - _OBJECT_WORDS), -1):
        if words[at].low in _FOLLOWED:
            return True
        if not words[at].low.isalpha() and number_at(words, at) is None:
            return False  # a comma or a stop: "with" opens no instrument of that verb
    return False


def _watches_as_subject(words: list[Token], first: int, last: int) -> bool:
    """Whether the count is the subject of a verb of watching, right after its phrase: "one of
    its patrol ships had tracked a cargo ship", "two of its cutters tracked a freighter" count
    the teller's ships that watched, not ones watched. A passive has "been" there ("12 aircraft
    had been tracked"), and a participle right after a count is a passive cut short ("12
    aircraft tracked around Taiwan", "ships spotted the day before"), which takes no object:
    only a simple past with its object is the watcher's act. China's craft named so ("two PLA
    frigates had shadowed the destroyer") are still craft a report counts."""
    verb = last + 1
    perfect = verb < len(words) and words[verb].low in _PERFECT
    verb += perfect
    if verb >= len(words) or words[verb].low not in _WATCHED:  # most counts: no such verb
        return False
    if not perfect and not _object_at(words, verb + 1):
        return False
    return not any(t.low in w.CHINESE_NAMES for t in words[first : last + 1])


def _object_at(words: list[Token], i: int) -> bool:
    """Whether a verb's object opens at i ("them", "a freighter", "the two ships"), and not a
    time the verb's participle is dated by ("the previous day", "this morning") nor a measure
    that places it ("a balloon spotted 80 nautical miles northwest of Keelung")."""
    if i >= len(words):
        return False
    if words[i].low in _PRONOUN_OBJECTS:
        return True
    if i + 1 < len(words) and words[i + 1].low in MEASURES:
        return False
    opens = words[i].low in _DETERMINERS or number_at(words, i) is not None
    return opens and not any(t.low in _TIME_NOUNS for t in words[i : i + 3])


_PERFECT = {"had", "has", "have"}
_PRONOUN_OBJECTS = {"them", "it", "him", "her"}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "this", "these", "those"}
# What a time after a participle is written with: "spotted the same day", "tracked this week"
_TIME_NOUNS = (
    tw.SPAN_UNITS | tw.SPAN_RECENT | tw.WINDOW_NEXT | tw.HOURS | set(tw.WEEKDAYS)
    | {"day", "morning", "afternoon", "evening", "night", "same", "time"}
)  # fmt: skip
_RECOUNT_REACH = 4  # "counted 19 aircraft", "logged some 30 PLA aircraft"
# From the first verb to the second: "counted 19 aircraft; on Tuesday it counted 11" is a dozen
# tokens; the bound keeps the look back linear in a sentence of any length.
_RECOUNT_SPAN = 30


def recounted(words: list[Token], first: int) -> bool:
    """Whether a bare number follows a verb of counting that counted craft, with their noun,
    earlier in the sentence: "Last Thursday the ministry counted 19 aircraft; on Tuesday it
    counted 11, along with six ships" counts 11 aircraft, the noun left out the second time."""
    if first < 1 or words[first - 1].low not in w.DETECTIONS:
        return False
    verb = words[first - 1].low
    for j in range(max(0, first - _RECOUNT_SPAN), first - 2):
        if words[j].low != verb:
            continue
        counted = range(j + 1, min(j + 1 + _RECOUNT_REACH, first - 1))
        for k in (k for k in counted if number_at(words, k)):
            if any(craft_of(token) for token in words[k + 1 : min(k + 4, first - 1)]):
                return True
    return False


def days_after(words: list[Token], i: int) -> int:
    """How many days "two days after" at i goes back, up to a week; 0 if none starts there."""
    # asked at every word: the words after it are compared one by one, "days" first
    if i + 2 >= len(words) or words[i + 1].low != "days" or words[i + 2].low != "after":
        return 0
    low = words[i].low
    days = w.SMALL_NUMBERS.get(low, int(low) if low.isdigit() else 0)
    return days if 1 < days <= tw.DAYS_AFTER_MOST and not _measures_a_noun(words, i) else 0


def _measures_a_noun(words: list[Token], i: int) -> bool:
    """Whether the days at i, a range's upper bound perhaps, are what a noun before "of"
    measures: "delays of two to four days after the PLA fired", "a closure of three days after
    the drills". The days are how long the delay lasts, not how long before the firing the
    sentence's day is; "after" tells what the delay follows."""
    before = i - 1
    if before >= 2 and words[before].low in ("to", "or") and number_at(words, before - 1):
        before -= 2  # "of two to four days", "of three or four days"
    return before >= 0 and words[before].low == "of"
