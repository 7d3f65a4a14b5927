"""A bare number that a day's clause gives as that day's measure: "The MND said 38 PLA aircraft
entered the ADIZ on Friday, and 39 on Saturday. Sunday was quieter, with 16. On Monday it was
56", "Chinese government ships have been in the zone ...; on Tuesday there were four". The day
opens the clause and "it was", "there were" or a comparison ("was quieter, with") stand for
the measure told before, so the number counts the craft counted before, where they went
(incursion_restated_measures.py; the story resolves them). The number ends its clause: "on
Monday it was 56 years since ..." measures something else.

So does "there were four (of them)" opening a clause after a semicolon or a dash, whose day is
the sentence's ("Chinese government ships were in the contiguous zone on Wednesday for the 66th
straight day, the coast guard said; there were four of them"), and a teller's aside may stand
between the day and the measure ("— on Tuesday, the Japan Coast Guard said, there were
three")."""

from .incursion_tokens import Token
from .incursion_words import DASHES, REPORT_VERBS

_DUMMIES = (("it", "was"), ("there", "were"), ("it", "had", "been"))
_COMPARATIVES = {"quieter", "busier", "lower", "higher", "calmer", "heavier", "lighter",
                 "livelier", "slower"}  # fmt: skip
_ENDS = {".", ";", ",", "—", "–", "--", "-", ")"}
_DAY_REACH = 3  # from the day to the measure: "On Monday it was", "Monday, it was"
# "On Saturday it had counted thirty-nine": the pronoun and a verb of counting with no noun
# after its number stand for the measure told before, as "it was" does.
_COUNTERS = {"it", "they"}
_COUNTING = {"counted", "tracked", "recorded", "logged", "detected", "reported", "spotted"}


_DASHES = [[dash] for dash in DASHES]
_ASIDE_REACH = 6  # ", the Japan Coast Guard said,": the words of a teller's aside
# The most words before a number the rules read: the longest dummy, the comma and verb ending
# a teller's aside, the aside's words, and the word before where the aside opens.
_LOOK_BACK = 3 + 2 + _ASIDE_REACH + 2


def _past_a_tellers_aside(lows: list[str], opening: int) -> int:
    """Where the words before `opening` start, past a teller's aside that ends there (", the
    Japan Coast Guard said,"): the day is written before the aside."""
    if opening < 2 or lows[opening - 1] != "," or lows[opening - 2] not in REPORT_VERBS:
        return opening
    for at in range(opening - 3, max(-1, opening - 3 - _ASIDE_REACH), -1):
        if lows[at] == ",":
            return at
    return opening


def _counting_opens(lows: list[str]) -> int | None:
    """Where a pronoun and a verb of counting ("it counted", "it had counted") that end `lows`
    open, if they do."""
    if not lows or lows[-1] not in _COUNTING:
        return None
    subject = len(lows) - 2 - (lows[-2:-1] == ["had"])
    return subject if subject >= 0 and lows[subject] in _COUNTERS else None


def measures_its_day(words: list[Token], first: int, follower: int, blocked: set[int]) -> bool:
    """Whether the bare number at `first` (its next word at `follower`) is the measure its
    clause's day gives: "On Monday it was 56.", "on Tuesday there were four.", "Sunday was
    quieter, with 16.", "On Saturday it had counted thirty-nine." `blocked` holds the tokens
    of days written."""
    after = [token.low for token in words[follower : follower + 2]]
    follower += 2 * (after[:1] == ["of"] and after[1:] in (["them"], ["those"]))  # "of them"
    if follower < len(words) and words[follower].low not in _ENDS:
        return False
    # The words the rules read before the number, at most _LOOK_BACK of them (`lows[k]` is
    # the word at `base + k`): copying all the words before each number of an endless
    # sentence made it quadratic to read.
    base = max(0, first - _LOOK_BACK)
    lows = [token.low for token in words[base:first]]
    for dummy in _DUMMIES:
        if tuple(lows[-len(dummy) :]) == dummy:
            opening = _past_a_tellers_aside(lows, len(lows) - len(dummy))
            if dummy == ("there", "were") and lows[opening - 1 : opening] in ([";"], *_DASHES):
                return True  # "; there were four of them": the sentence's day
            opening += base
            return any(at in blocked for at in range(max(0, opening - _DAY_REACH), opening))
    if (counting := _counting_opens(lows)) is not None:
        counting += base
        return any(at in blocked for at in range(max(0, counting - _DAY_REACH), counting))
    # "Sunday was quieter, with 16": the day, "was", a comparative, ", with"
    return (
        len(lows) >= 4
        and lows[-4] == "was"
        and lows[-3] in _COMPARATIVES
        and lows[-2:] == [",", "with"]
        and first - 5 in blocked
    )
