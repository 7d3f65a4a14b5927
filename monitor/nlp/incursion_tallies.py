"""Counts a sentence marks as tallies or parts by the words right after them, once its claims
are read and scoped (incursion_grammar.py): a tally of occasions counts over a period (rule 5),
and a count "among them" is a part of the total before it (rule 3); counts joined before
"respectively" share the zone of the last; counts set off by commas after a count of craft
in general are its breakdown. Each claim is looked at once, with a bounded
number of tokens around it.
"""

from . import incursion_time_words as tw
from .incursion_appositive_parts import mark_appositive_breakdowns
from .incursion_claim_reader import OCCASION_NOUNS
from .incursion_claims import Claim
from .incursion_event_sums import summed_over_events
from .incursion_onward_periods import follows_a_period_onward
from .incursion_rest_parts import mark_parts_before_the_rest
from .incursion_tokens import Token

_PERIODS = {"month", "year", "week", "quarter", "period"} | set(tw.MONTHS)
_DAYS = {"today", "yesterday", "tonight"} | set(tw.WEEKDAYS)
_JOIN_REACH = 6  # the tokens between a tally and a count joined to it
_COUNT_REACH = 6  # "the count had risen to": the tokens from "the count" to the number
_COUNT_NOUNS = {"count", "figure", "number", "total", "tally"}  # what a report's count is called


def tallies_and_parts(tokens: list[Token], visible: list[int], claims: list[Claim]) -> None:
    """A tally of occasions ("5,709 times in 2025", "52 times over the year", "244 vessel
    sightings") counts over a period, never one day's craft; what points back to it ("Of
    those, 3,764") is too; and so is a count joined to a tally by "and" after the period that
    made it one ("244 sightings over the month, and three balloons"). "Nine aircraft, a drone
    among them, and five warships": the drone is a part of the count before. "The count had
    fallen to 29 aircraft", "put the figure at 34 aircraft" is what the report detected."""
    words = [tokens[i] for i in visible]
    before: Claim | None = None
    # "January's totals: 372 PLA aircraft and 162 navy vessels around Taiwan, and 28 balloons":
    # the heading's period is that of every count its list joins.
    # Whether a count joined by "and" to the one before is a tally too: after a tally of
    # occasions, or in a list a tally's heading opens.
    tallies_joined = _headed_by_a_tally(words, claims)
    for claim in claims:
        # Bounded slices: slicing the rest of the sentence for each count made it quadratic.
        after = [token.low for token in words[claim.last + 1 : claim.last + 2]]
        # "287 ship-days", "31 official-ship sightings": a sum over days, never one day's craft
        days = after[:1] != [] and after[0].endswith("-days")
        tally = words[claim.last].low in OCCASION_NOUNS or after == ["sightings"] or days
        joined = _joined_to_tally(words, before, claim, tallies_joined)
        beyond = beyond_any_day(claim.craft, claim.count)
        claim.cumulative = claim.cumulative or tally or joined or beyond
        # "four intrusions involving a total of eight ships": the events' sum
        claim.cumulative = claim.cumulative or summed_over_events(words, claim)
        # "..., and, from Dec. 7 onward, 17 balloons": the days since then, as "since" says
        claim.cumulative = claim.cumulative or follows_a_period_onward(words, claim.first)
        tallies_joined = tally or (tallies_joined and claim.cumulative)
        end = visible[claim.last]
        beside = [token.low for token in tokens[end + 1 : end + 3]]
        among = beside[:1] == ["among"] and beside[1:] in (["them"], ["those"])
        claim.part = claim.part or (among and before is not None and before.count is not None)
        # "By Thursday the count had fallen to 29 aircraft": the report's count, a sighting.
        told = [token.low for token in words[max(0, claim.first - _COUNT_REACH) : claim.first]]
        # "A later update put the figure at 34 aircraft": the figure is the count, so told.
        the_count = any(
            told[i] == "the" and told[i + 1] in _COUNT_NOUNS for i in range(len(told) - 1)
        )
        claim.detected = claim.detected or (the_count and told[-1:] in (["to"], ["was"], ["at"]))
        before = claim
    _respectively(words, claims)
    mark_appositive_breakdowns(words, claims)  # "three aircraft, two J-16s and a Y-8, entered"
    mark_parts_before_the_rest(words, claims)  # "lists 14 J-16s, 6 J-10s, and the rest as other"


# About twice what any day has seen around Taiwan: the most aircraft in a day were 153 (Oct.
# 14, 2024), the most ships about 90 in the region (the drills of December 2024). "460 military
# aircraft sorties ... in October", "more than 370 ships and submarines": a month's sum or a
# fleet's size, whatever the sentence says of its period. The margin is wide because a
# record day dropped would be worse than a sum kept.
_MOST_IN_A_DAY = {"air": 300, "ships": 180}


def beyond_any_day(craft: str | None, count: int | None) -> bool:
    """Whether `count` craft are more than any day around Taiwan has seen: read by the grammar
    where the count names its craft, and by the story where the craft is the one named before
    ("About 9,000 were counted" after birds: no day's craft, whatever was named earlier)."""
    most = _MOST_IN_A_DAY.get(craft or "")
    return most is not None and count is not None and count > most


def _respectively(words: list[Token], claims: list[Claim]) -> None:
    """ "28 and 11 respectively entered the ADIZ": the counts joined before "respectively" share
    the verb and zone the last of them has, one each (incursions.py gives each its window)."""
    for index in range(len(claims) - 1, 0, -1):
        first, last = claims[index - 1], claims[index]
        between = [token.low for token in words[first.last + 1 : last.first]]
        after = [token.low for token in words[last.last + 1 : last.last + 2]]
        joined = after == ["respectively"] and between in (["and"], [","], [",", "and"])
        if joined and not first.zones and first.craft == last.craft:
            first.zones, first.reference = list(last.zones), last.reference


def _headed_by_a_tally(words: list[Token], claims: list[Claim]) -> bool:
    """Whether the sentence's counts follow a heading that names a tally and ends in a colon:
    "January's totals:", "Monthly tally:"."""
    if not claims or claims[0].first < 2 or words[claims[0].first - 1].low != ":":
        return False
    return any(token.low in tw.TALLY_NOUNS for token in words[: claims[0].first])


def _joined_to_tally(
    words: list[Token], before: Claim | None, claim: Claim, tallies_joined: bool
) -> bool:
    """ "... during the month, and 251 of the sorties", "247 times, and the ministry logged 19
    official ships": joined by "and" to a tally, with no day of its own between."""
    if before is None or not before.cumulative or claim.first < 1 or claim.craft is None:
        return False
    between = [token.low for token in words[before.last + 1 : claim.first]]
    if "and" not in between or len(between) > _JOIN_REACH or _DAYS & set(between):
        return False
    return (between[-1] == "and" and bool(_PERIODS & set(between))) or tallies_joined
