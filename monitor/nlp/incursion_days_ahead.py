"""A day still to come is no day of the counts after it: in "The delegation is expected to meet
President Lai on Tuesday. The ministry says 22 aircraft were active around the island over the
past 24 hours", Tuesday is the meeting's, and the count is of the report's own day.

A sentence that counts nothing and writes its day after a word of what lies ahead ("will",
"is expected to", "is due to", "is scheduled to", "ahead of") or of what is supposed ("if")
hands its day to no later sentence. A sentence that writes its day first ("On Monday, the
ministry said it will ...") told it on that day.
"""

from datetime import date

from .incursion_claims import Reading
from .incursion_tokens import Token, WrittenDate

# "ahead of Taiwan's Jan. 13 elections": the day of an event still to come, as "will" tells;
# so does a repair log's "Chunghwa Telecom now expects its repair vessel on station Friday"
_AHEAD = {"will", "'ll", "shall", "expected", "expects", "expect", "due", "scheduled", "set",
          "plans", "planning", "upcoming", "next", "ahead"}  # fmt: skip
# "is set to", "set for Monday": what lies ahead; "the race set off", "set out" are done.
_SET_AHEAD = {"to", "for"}


def _ahead(words: list[str], i: int) -> bool:
    """Whether the word at i tells what lies ahead; the words end with a blank. "the next"
    counts on from a day told ("entered on Tuesday and spent the next two days there"), where
    "next week" and "next Monday" lie ahead of the copy."""
    if words[i] == "next" and i > 0 and words[i - 1] == "the":
        return False
    return words[i] in _AHEAD and (words[i] != "set" or words[i + 1] in _SET_AHEAD)


# "If they stay past 0500 Thursday the intrusion becomes the longest": a day supposed, not told
_SUPPOSED = {"if", "unless"}


def without_a_day_ahead(
    tokens: list[Token], reading: Reading, dates: list[WrittenDate], dated: tuple[date | None, bool]
) -> tuple[date | None, bool]:
    """The sentence's day and whether it reports it, with no day if the sentence counts nothing
    and its day is one still to come."""
    if reading.claims or not dates:
        return dated
    before = [token.low for token in tokens[: dates[0].first]] + [""]
    ahead = any(_ahead(before, i) or before[i] in _SUPPOSED for i in range(len(before)))
    return (None, dated[1]) if ahead or _follows_on(tokens, dates[0]) else dated


# A log's or bulletin's present tense for what comes next: "A full donor roll follows on
# Monday". "This follows Monday's drills" and "follows on Monday's talks" recall a day before.
_COMING = {"follows", "follow"}


def _follows_on(tokens: list[Token], written: WrittenDate) -> bool:
    at = written.first
    coming = at > 1 and tokens[at - 1].low == "on" and tokens[at - 2].low in _COMING
    return coming and not tokens[written.last].possessive


_CLAUSE_ENDS = {";", ".", ":"}
_AHEAD_REACH = 4  # from a day to the word of what lies ahead: "Monday's is due", "will be"


def without_days_of_releases_ahead(
    tokens: list[Token], reading: Reading, dates: list[WrittenDate]
) -> list[WrittenDate]:
    """The days written without those of a clause about a report still to come that counts
    nothing: in "Sunday's release counted four aircraft; Monday's is due around 1700 JST" the
    four are Sunday's, and Monday is the day of a release not yet out."""
    firsts = {claim.first for claim in reading.claims}
    kept = []
    for written in dates:
        end = written.last + 1
        while end < len(tokens) and end - written.last <= _AHEAD_REACH:
            if tokens[end].text in _CLAUSE_ENDS or end in firsts:
                break
            end += 1
        # the clause stops at a count: "on Monday 12 aircraft will ..." counts Monday's; an
        # event awaited after the day ("to 6 a.m. Tuesday, ahead of the inauguration") leaves
        # the day the report's
        after = [token.low for token in tokens[written.last + 1 : end]] + [""]
        awaited = {i for i, low in enumerate(after[:-1]) if low == "ahead" and after[i + 1] == "of"}
        if not any(_ahead(after, i) and i not in awaited for i in range(len(after))):
            kept.append(written)
    return kept


# "..., ahead of President-elect Lai Ching-te's inauguration on May 20": a day after "ahead of"
# is the day of the event awaited; a clause's end or a count stops the look back.
_EVENT_AHEAD_REACH = 10


def without_days_of_events_ahead(
    tokens: list[Token], reading: Reading, dates: list[WrittenDate]
) -> list[WrittenDate]:
    """The days written without those of an event awaited after the counts: in "counted 11
    PLA aircraft ... in the 24 hours to 6 a.m. Tuesday, ahead of the inauguration on May 20"
    the counts are Tuesday's, and May 20 is the inauguration's."""
    if not reading.claims:
        return dates
    firsts = {claim.first for claim in reading.claims}
    counted = min(firsts)
    kept = []
    for written in dates:
        start = max(counted, written.first - _EVENT_AHEAD_REACH)
        before = range(written.first - 1, start - 1, -1)
        opened = next(
            (i for i in before if tokens[i].text in _CLAUSE_ENDS | {","} or i in firsts), start
        )
        words = [token.low for token in tokens[opened : written.first]]
        awaited = any(a == "ahead" and b == "of" for a, b in zip(words, words[1:], strict=False))
        if not (written.first > counted and awaited):
            kept.append(written)
    return kept
