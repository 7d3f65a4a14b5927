"""A day a report is of, written after the counts it reported: "the ministry logged seven
aircraft and two ships on Thursday, March 6" restates that day's figures, as trackers and
weekly updates restate each daily release they draw on. It is the day's fact (rule 8) whether
it comes before or after the day the story counts first, unlike a craft merely seen on a day
("A coast guard ship was seen near the drills on Thursday", incursion_later_days.py) or a
figure compared or recalled ("fewer than on Monday, when it counted 45")."""

from bisect import bisect_right
from datetime import date, timedelta

from .incursion_claims import Claim, Reading
from .incursion_phrases import number_at
from .incursion_tokens import Token, WrittenDate, written_dates

# The verbs a teller reports a day's counts with.
_REPORTED = {"reported", "tracked", "counted", "logged", "recorded", "detected", "listed"}
# A comparison, a look back or a window the figure is set against: not the day's own report.
_SET_AGAINST = {"than", "from", "since", "after", "before", "when", "until", "peak", "record"}
_WEEK = timedelta(days=7)  # rule 8
# A report named by its day before its counts: "MND's Saturday (January 6) report had logged
# one balloon", "Friday's release counted 12 aircraft" (a cable's or a log's look back).
_REPORT_NOUNS = {"report", "release", "bulletin", "update", "graphic", "snapshot", "tally"}
_FIGURE_NOUNS = {"count", "figure", "tally", "figures", "numbers"}
_COLON_REACH = 4  # "Saturday's report up beside it:", "Wednesday's count:"


def reports_its_day(
    tokens: list[Token], reading: Reading, written: date | None, local: date
) -> bool:
    """Whether the sentence's counts are the object of a report verb before them and the day
    it writes follows them as "on <day>", or the day names the report before them ("MND's
    Saturday report had logged one balloon"): the day the report is of, within a week of the
    story's own. A period's tally beside them ("..., and has tracked more than 400 sorties so
    far this year") is no count of a day: the day follows the counts it reports."""
    counts = [claim for claim in reading.claims if not claim.cumulative] or reading.claims
    if written is None or not counts or abs(local - written) > _WEEK:
        return False
    first = min(claim.first for claim in counts)
    last = max(claim.last for claim in counts)
    # The clause of the counts: "Activity was light before the sale: the MND reported eight
    # aircraft on Sunday" sets the whole sentence's day against nothing.
    opens = max((at + 1 for at, token in enumerate(tokens[:first]) if token.low in ":;"), default=0)
    if any(
        token.low in _SET_AGAINST and not _bounds_a_count(tokens, opens + at)
        for at, token in enumerate(tokens[opens:])
    ):
        return False
    found_dates = written_dates(tokens, local)
    if any(
        found.day == written
        and found.first < first
        and (
            names_a_report(tokens, found.last + 1)
            or _report_for_day(tokens, found, tokens[found.last + 1 : first])
        )
        for found in found_dates
    ):
        return True
    if not any(token.low in _REPORTED for token in tokens[opens:first]):
        return False
    after_counts = [found for found in found_dates if tokens[found.first - 1].low == "on"]
    if any(found.day == written and found.first > last for found in after_counts):
        return True
    return _each_count_dated_after(counts, after_counts, local, len(tokens))


def _bounds_a_count(tokens: list[Token], at: int) -> bool:
    """Whether "than" at `at` bounds the number after it ("more than 400 sorties"), which sets
    the count against nothing, unlike a day compared ("more than on Monday")."""
    return (
        tokens[at].low == "than" and at + 1 < len(tokens) and number_at(tokens, at + 1) is not None
    )


def _report_for_day(tokens: list[Token], found: WrittenDate, between: list[Token]) -> bool:
    """Whether the day is written after a report's noun and "for", and a report verb follows it
    before the counts ("The release for Monday, June 3, listed 9 aircraft"): a brief restating
    each release it draws on names the day it covers so."""
    named = found.first >= 2 and tokens[found.first - 1].low == "for"
    noun = tokens[found.first - 2].low if named else ""
    # "The count for Sunday was 11 aircraft": a desk's note of the day's figure, by its noun.
    stated = noun in _FIGURE_NOUNS and [token.low for token in between] in (["was"], ["were"])
    return stated or (noun in _REPORT_NOUNS and any(token.low in _REPORTED for token in between))


def _each_count_dated_after(
    counts: list[Claim], dates: list[WrittenDate], local: date, length: int
) -> bool:
    """Whether every count is followed by its own "on <day>" before the next count, one day
    at least within a week: "the MND reported 13 aircraft on Sunday, and nine aircraft on
    Saturday" restates two days' releases, one after the other; "It had logged 8 aircraft on
    Saturday, and 31 on Nov. 20" restates Saturday's, and Nov. 20's is too old for a fact."""
    claims = sorted(counts, key=lambda claim: claim.first)
    ends = [claim.first for claim in claims[1:]] + [length]
    groups = {claim.group for claim in claims}
    if len(groups) < 2 or all(abs(local - found.day) > _WEEK for found in dates):
        return False
    starts = sorted(found.first for found in dates)
    dated = set()
    for claim, end in zip(claims, ends, strict=True):
        after = bisect_right(starts, claim.last)  # the first day written after the count
        if after < len(starts) and starts[after] < end:
            dated.add(claim.group)
    return dated == groups


def names_a_report(tokens: list[Token], at: int) -> bool:
    """Whether the words at `at` (after a day, and its possessive) are a report's noun and the
    verb it reports with ("report had logged"); "Monday's report had 9 aircraft (edit: 2
    ships)" is a post's recollection, corrected in its aside, and read as one."""
    at += at < len(tokens) and tokens[at].low in ("'s", "’s")
    if at >= len(tokens) or tokens[at].low not in _REPORT_NOUNS | _FIGURE_NOUNS:
        return False
    # "put Saturday's report up beside it: 21 aircraft", "Wednesday's count: 53 aircraft": a
    # colon after the report's noun lists the figures it had.
    if any(token.low == ":" for token in tokens[at + 1 : at + 1 + _COLON_REACH]):
        return True
    reported = tokens[at].low in _REPORT_NOUNS
    return reported and any(token.low in _REPORTED for token in tokens[at + 1 : at + 3])
