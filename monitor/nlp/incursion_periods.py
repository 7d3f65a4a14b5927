"""Whether a word opens a period's figure rather than a day's: "in October", "since Friday",
"averaged nine vessels a day", "January's total", "a single-day high of 153 aircraft", "the
record remains October 2024, when ...". A count in such a period's scope is a sum or a peak of
another day, no fact of the report's day (rules 5 and 8)."""

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_compared_periods import compared_with
from .incursion_days_heading_counts import heads_counts_with_its_days
from .incursion_event_lengths import measures_an_event_told_after
from .incursion_event_periods import dates_an_event
from .incursion_event_ranks import ranks_an_event
from .incursion_first_reports import ranks_a_report_in_a_period
from .incursion_habit_clauses import in_a_habit_comparison
from .incursion_knowledge_so_far import knowledge_so_far
from .incursion_month_activity import heads_a_months_activity
from .incursion_number_tables import Numbers
from .incursion_period_parts import PART_OPENERS, names_a_part_of_a_period
from .incursion_period_reports import reports_of_a_period
from .incursion_phrases import match, next_is, number_at
from .incursion_spans import span_at
from .incursion_stay_lengths import measures_a_stay
from .incursion_tokens import Token

_PERIOD_REACH = 10  # "April, during the Strait Thunder-2025A drills, when"


_PARTS_OF_A_MONTH = {"early", "mid", "late"}


def _that_month(words: list[Token], i: int) -> bool:
    """Whether "that" at i points at a month told before ("in August 2022 ... that August"): a
    month, not a day. The month is written capitalised, so "said that may change" is none."""
    if words[i].low != "that" or i + 1 >= len(words):
        return False
    month = words[i + 1]
    return month.low in tw.MONTHS and month.text[:1].isupper()


# What a day is like as a rule: "on normal days", "on a typical day" tell a habit, no report.
_HABITUAL = {"normal", "typical", "ordinary", "usual", "regular", "average"}
# So do "on most days", "on many days" ("kept between five and 10 navy vessels around Taiwan on
# most days" in a month's summary), unless a day is written before them: "On Sunday it was 20
# aircraft, and on most days in between, a dozen or so" keeps Sunday's figure.
_SHARES_OF_DAYS = {"most", "many"}


def _a_habitual_day(words: list[Token], i: int) -> bool:
    if words[i].low != "on":
        return False
    at = i + 1 + (i + 1 < len(words) and words[i + 1].low in ("a", "an"))
    if at + 1 >= len(words) or words[at + 1].low not in ("day", "days"):
        return False
    if words[at].low in _SHARES_OF_DAYS:
        return not any(token.low in tw.WEEKDAYS or token.low in tw.MONTHS for token in words[:i])
    return words[at].low in _HABITUAL


def cumulative_at(words: list[Token], numbers: Numbers, i: int) -> bool:
    # The exceptions read many words around i and matter only where a period opens, which few
    # words do: asked only there, each word is read a few times instead of hundreds.
    return _opens_a_period(words, numbers, i) and not _excepted(words, i)


def _excepted(words: list[Token], i: int) -> bool:
    """Whether the period that opens at i is no sum or peak of another day after all."""
    return (
        _an_averages_period(words, i)
        or measures_an_event_told_after(words, i)
        or measures_a_stay(words, i)  # "for more than 30 hours this week": one stay
        or _ahead_of_an_event(words, i)  # ", a week before the island holds elections"
        or ranks_an_event(words, i)  # "in a first for 2025": the event's rank, no tally
        or dates_an_event(words, i)  # "after last week's drills": when the drills were
        or compared_with(words, i)  # "..., fewer than during the two days of drills"
        or reports_of_a_period(words, i)  # "this week's figures, which reported ... Tuesday"
        or knowledge_so_far(words, i)  # "What we know so far: ..." sums up no period
        or ranks_a_report_in_a_period(words, i)  # "the ministry's first report of 2026 showed"
        or in_a_habit_comparison(words, i)  # "as it has every morning this year: 15 aircraft"
        or _told_of_a_day_after(words, i)  # "this week, with the ministry reporting on Thursday"
    )


def _opens_a_period(words: list[Token], numbers: Numbers, i: int) -> bool:
    # Every test below holds only at a word of _PERIOD_OPENERS, a hyphenated word ("two-day")
    # or a number ("four days, 149 sorties"), which most words are not: they leave at once.
    low = words[i].low
    if low not in _PERIOD_OPENERS and "-" not in low and numbers[i] is None:
        return False
    if (
        (words[i].low in tw.CUMULATIVE and match(words, i, tw.CUMULATIVE))  # keys first: cheap
        or _a_habitual_day(words, i)
        or span_at(words, i)
        or ("-" in words[i].low and tw.SPAN_ADJECTIVE.fullmatch(words[i].low))  # "two-day"
        or _recalls_a_period(words, i)
        or _names_a_record(words, i)
        or heads_counts_with_its_days(words, numbers, i)  # "four days, 149 sorties"
    ):
        return True
    if words[i].low == "last" and i + 1 < len(words) and words[i + 1].low in tw.MONTHS:
        return True  # "last October Taiwan recorded ...": a month, not a day
    if _that_month(words, i):  # "the 11 missiles the PLA fired around Taiwan that August"
        return True
    if words[i].low in tw.AVERAGES:  # "averaged nine vessels a day": over a period, no day's
        return not _an_average_compared_with(words, i)
    # "January's total", "the running January total", "a cumulative tally": a period's sum
    # The words after are read only after a month or a period's adjective, not at every word.
    after = [token.low for token in words[i + 1 : i + 3]] if low in _BEFORE_TALLIES else []
    if low in tw.MONTHS and after[:1] and after[0] in tw.TALLY_NOUNS:
        return True
    if low in _PERIODIC and set(after) & tw.TALLY_NOUNS:
        return True
    if heads_a_months_activity(words, i):  # "October PLA air activity ... tops 300 sorties"
        return True
    # "Cumulative December: 31 aircraft", "running October: 212": a table's label naming the
    # month the sum runs over, with the noun "total" left out
    if low in ("cumulative", "running") and after[:1] and after[0] in tw.MONTHS:
        return True
    if names_a_part_of_a_period(words, i):  # "most of them in the first week"
        return True
    if words[i].low not in tw.PERIOD_PREPOSITIONS or i + 1 >= len(words):
        return False
    if _places_a_day(words, i):
        return False
    nxt = words[i + 1].low
    # "since early December", "in late October": a part of a month is still no day
    month_at = i + 2 if nxt in _PARTS_OF_A_MONTH else i + 1
    if month_at < len(words) and words[month_at].low in tw.MONTHS:
        # "in October", "in August 2022", not "on Oct. 5" (that is a day)
        later = words[month_at + 1 : month_at + 3]
        return not any(t.text.isdigit() and len(t.text) <= 2 for t in later)
    if tw.YEAR.fullmatch(nxt) or tw.QUARTER.fullmatch(nxt) or tw.FISCAL_YEAR.fullmatch(nxt):
        return True
    # "since the early morning" is within the report's day; "since the start of the year" not
    following = {token.low for token in words[i + 1 : i + 4]}
    within_the_day = bool(following & _TIMES_OF_DAY)
    return (
        words[i].low == "since"
        and (nxt in tw.WEEKDAYS or nxt in ("last", "the"))
        and not within_the_day
        and not _present_throughout(words, i)
    )


_EVENT_REACH = 12  # ", a week before the island holds presidential and legislative elections."


def _ahead_of_an_event(words: list[Token], i: int) -> bool:
    """Whether "a week before" at i, set off after a comma, places the day told before an event
    it names and counts nothing in ("Taiwan said Saturday that three Chinese balloons had
    crossed the median line, a week before the island holds elections"): the counts are the
    day's own. Alone ("A week before, the ministry had tracked 40 aircraft") or before a count
    it recalls a figure a week old, no fact (rule 8)."""
    length = match(words, i, tw.CUMULATIVE)
    if not length or words[i + length - 1].low != "before" or i == 0 or words[i - 1].low != ",":
        return False
    event = []
    for token in words[i + length : i + length + _EVENT_REACH]:
        if token.low in w.CLAUSE_ENDS or token.low in (".", ","):
            break
        event.append(token)
    return bool(event) and all(number_at(event, j) is None for j in range(len(event)))


_TELLING_REACH = 12  # "this week, with the island's defence ministry reporting on Thursday that"


def _told_of_a_day_after(words: list[Token], i: int) -> bool:
    """Whether what follows the period at i is told as of one day of it before any count:
    "returned in force this week, with the ministry reporting on Thursday that 34 planes ...".
    The report names its day, so its counts are that day's, not the period's tally."""
    for j in range(i + 1, min(len(words) - 2, i + _TELLING_REACH)):
        if any(character.isdigit() for character in words[j].text):
            return False
        if words[j].low == "on" and words[j + 1].low in tw.WEEKDAYS and words[j + 2].low == "that":
            return True
    return False


_PRESENCE_REACH = 12  # from "had been sailing" to the "since" of its period


# "in line with the summer average", "above the monthly average", "higher than the average"
_MEASURED_AGAINST = {"with", "above", "below", "than", "to", "under", "over"}
_DEGREES = {"about", "around", "roughly", "near", "nearly", "close", "slightly", "well", "far"}


def _an_average_compared_with(words: list[Token], i: int) -> bool:
    """Whether the average at i is what a count is measured against ("22 aircraft, a figure in
    line with the summer average"): the day's count is still the day's. An average that is
    itself the count ("an average of nine ships a day", "averaged 12 aircraft") is not."""
    if next_is(words, i, "of"):
        return False
    # "about average", "well above average": the average itself, with no article, is a
    # measure the count is judged by (an average that is the count is "an average of").
    if i and words[i - 1].low in _MEASURED_AGAINST | _DEGREES:
        return True
    before = [token.low for token in words[max(0, i - 3) : i]]
    return "the" in before and any(low in _MEASURED_AGAINST | _DEGREES for low in before)


# "about average for this year", "in line with the average for the year": the period is the
# average's, which the count is measured against, and the count is still the day's.
_AVERAGES_PERIOD = {"for", "this", "the", "of", "in", "so", "far", "to", "date"}
_AVERAGES_PERIOD_REACH = 6  # "average for the year so far": no period runs longer


def _an_averages_period(words: list[Token], i: int) -> bool:
    """Whether the word at i names the period of an average a count is measured against."""
    j, stop = i, max(0, i - _AVERAGES_PERIOD_REACH)  # bounded: this is asked at every word
    while j > stop and words[j].low in _AVERAGES_PERIOD | {"year", "month", "week"}:
        j -= 1
    return j < i and words[j].low in tw.AVERAGES and _an_average_compared_with(words, j)


def _present_throughout(words: list[Token], i: int) -> bool:
    """Whether "since" at i dates a presence that went on ("four ships that had been sailing in
    the contiguous zone since the weekend"): the same craft all along, no sum over the days."""
    before = [token.low for token in words[max(0, i - _PRESENCE_REACH) : i]]
    return any(
        low == "been" and (after.endswith("ing") or after in ("present", "there"))
        for low, after in zip(before, before[1:], strict=False)
    )


# "the running January total", "monthly totals above 500 sorties": a period's sum
_PERIODIC = {"running", "cumulative", "weekly", "monthly", "annual", "yearly", "quarterly"}
_TIMES_OF_DAY = {"morning", "dawn", "daybreak", "midnight", "noon", "afternoon"}
_BEFORE_TALLIES = tw.MONTHS.keys() | _PERIODIC  # "January's total", "running October: 212"
# The words the tests of _opens_a_period start at, read from each of them: a test added there
# adds its words here.
_PERIOD_OPENERS = frozenset(
    tw.CUMULATIVE.keys() | _BEFORE_TALLIES | tw.PERIOD_PREPOSITIONS | tw.SPAN_PREPOSITIONS
    | tw.WINDOW_OPENERS | tw.AVERAGES | w.RECORDS | PART_OPENERS
    | {"on", "when", "last", "that", "cumulative", "running"}
)  # fmt: skip


def _places_a_day(words: list[Token], i: int) -> bool:
    """Whether "of" at i places a day in its month by its order ("On Tuesday, the last day of
    September, ...", "the first day of March"): which day, not the month's tally. A peak day
    ("the busiest day of February") is still another period's."""
    if words[i].low != "of" or i < 2 or words[i - 1].low != "day":
        return False
    order = words[i - 2].low
    return order == "last" or bool(w.ORDINAL.fullmatch(order))


def _recalls_a_period(words: list[Token], i: int) -> bool:
    """Whether "when" at i recalls a month or a year named shortly before: "The record remains
    October 2024, when 153 aircraft were tracked", "The busiest month was April, during the
    drills, when 72 aircraft ...": a peak of another period, no count of the report's day."""
    if words[i].low != "when":
        return False
    for j in range(i - 1, max(-1, i - _PERIOD_REACH), -1):
        low = words[j].low
        if tw.YEAR.fullmatch(low):
            return True
        if low in tw.MONTHS and words[j].text[:1].isupper():
            later = words[j + 1 : j + 3]
            return not any(t.text.isdigit() and len(t.text) <= 2 for t in later)
    return False


def _names_a_record(words: list[Token], i: int) -> bool:
    """Whether a record is named at i: "a single-day high of 153 aircraft", "a record of 71
    ships", "after Sunday's high of 61 aircraft", a peak of another day than the report's. A
    possessive determines the record as an article does. A peak compared ("down from a peak of
    49 aircraft on Friday") is that day's figure, read as a comparison instead."""
    if words[i].low not in w.RECORDS or not next_is(words, i, "of"):
        return False
    before = [t.low for t in words[max(0, i - 4) : i]]
    determined = "a" in before or "the" in before or (i > 0 and words[i - 1].possessive)
    return determined and not any(low in w.COMPARED_FROM for low in before)
