"""Ships still in their waters on a later day, told in the sentence after the one that counted
them entering: "Two China Coast Guard ships entered Japan's territorial waters on Monday. They
were still there as of Tuesday morning" is a Tuesday fact. Rule 9 counts a stay not yet over
where it stands, and only there, as it does when one sentence tells both ("entered on Monday
and were still inside as of Tuesday morning")."""

from datetime import date, timedelta

from .incursion_claims import Reading
from .incursion_tokens import Token, WrittenDate, tokenize
from .incursion_undated_stays import day_of_an_undated_as_of
from .incursion_words import LEAVING, NEGATIONS

# What opens a sentence about the ships just counted: "They were still there", "The ships
# were still inside", "Both were still in the zone". A sentence opening with another subject
# ("The law lets ships ...") is about something else.
_SUBJECTS = {("they",), ("both",)}
_POINTING = {"the", "these", "those"}  # "The two ships", "These Chinese vessels"
_SUBJECT_WORDS = 2  # words between the pointing word and the ships: "the two Chinese ships"
# "Still" says the stay goes on; "remained there until Tuesday" ended it, so its entry's day
# is the fact's (rule 9).
_GOING_ON = {"still"}
_WHERE = {"there", "inside", "in", "within"}
# "They were still there": the verb and its adverb come within a few words of the subject.
_WINDOW = 6
_WEEK = timedelta(days=7)
_SHARED = {"and", "they", "both"}  # the words just before a stay that share the count's subject
_BEING = {"were", "was", "remained", "had"}  # "ships that entered ... were still inside"
_RELATIVES = {"that", "which"}
_AS_OF_REACH = 6  # "as of 10 a.m. on Wednesday, November 19": from "as of" to its day


def tells_ships_still_in(sentence: str, reading: Reading) -> bool:
    """Whether a sentence opens with the ships the sentence before counted and says they were
    still in their waters ("They were still there as of Tuesday morning"), counting none anew
    before it: "The ships" and "The two ships" point back to that count, and a clause after
    the stay may count others ("..., and two more were sailing in the contiguous zone")."""
    tokens = tokenize(sentence)
    lows = [token.low for token in tokens]
    # "As of noon Thursday they were still inside": the day the stay is told as of, first.
    starts = range(2, 3 + _AS_OF_REACH) if lows[:2] == ["as", "of"] else range(1)
    opening = next(
        (end for start in starts if (end := points_back_at_ships(lows, start))),
        0,
    )
    if not opening or not _says_still_in(lows[opening : opening + _WINDOW]):
        return False
    stay_ends = opening + _WINDOW
    return not any(
        claim.count is not None and not claim.reference and claim.first < stay_ends
        for claim in reading.claims
    )


def points_back_at_ships(lows: list[str], start: int) -> int:
    """Where a subject that points back at ships counted before ends, if one opens at `start`:
    "they", "both", "the ships", "the two ships", "these Chinese vessels"."""
    for subject in _SUBJECTS:
        if tuple(lows[start : start + len(subject)]) == subject:
            return start + len(subject)
    if start < len(lows) and lows[start] in _POINTING:
        nouns = lows[start + 1 : start + 2 + _SUBJECT_WORDS]
        if "ships" in nouns or "vessels" in nouns:
            noun = next(at for at, word in enumerate(nouns) if word in ("ships", "vessels"))
            return start + 2 + noun
    return 0


def _says_still_in(near: list[str]) -> bool:
    """Whether the words say the ships were still in their waters: "still there", "still
    inside"; "The vessels had not left as of noon Friday" says it as "still there" does, and
    "did not leave until Friday" ended the stay."""
    held = "until" not in near
    return any(
        _goes_on(word, following) and (held or word in _GOING_ON)
        for word, following in zip(near, near[1:], strict=False)
    )


def _goes_on(word: str, following: str) -> bool:
    """ "still there", "still inside", "had not left": the stay goes on."""
    return (word in _GOING_ON and following in _WHERE) or (
        word in NEGATIONS and following in LEAVING
    )


def stay_told_as_of(tokens: list[Token], dates: list[WrittenDate]) -> tuple[int, date] | None:
    """Where a sentence tells that the ships it counted were still in their waters, and the later
    day it tells it as of: "... on Monday and were still inside as of this morning", "...,
    and the CGA said they had not left as of 10 a.m. today". The stay shares the count's
    subject, joined by "and", pointed back to, or told of by a relative clause ("ships that
    entered ... were still inside"); "three were still there as of Friday" counts anew, and
    "did not leave until Friday" ended the stay."""
    lows = [token.low for token in tokens]
    if _GOING_ON.isdisjoint(lows) and LEAVING.isdisjoint(lows):
        return None  # _goes_on holds at no word of a sentence with neither, as most are
    still = next(
        (
            k
            for k, pair in enumerate(zip(lows, lows[1:], strict=False))
            if _goes_on(*pair)
            and (_SHARED & set(lows[max(0, k - 2) : k]) or _of_the_relatives_subject(lows, k))
        ),
        None,
    )
    later = [written.day for written in dates if still is not None and written.first > still]
    later = later or ([] if still is None else day_of_an_undated_as_of(lows, still, dates))
    if still is None or not later or "until" in lows[still : still + _WINDOW]:
        return None
    return still, later[0]


def _of_the_relatives_subject(lows: list[str], still: int) -> bool:
    """Whether "were still" at `still` has for subject craft a relative clause told of: "Two
    China Coast Guard ships that entered territorial waters at about 4:50 a.m. on Wednesday
    were still inside as of 10 a.m. Thursday"."""
    return still > 0 and lows[still - 1] in _BEING and bool(_RELATIVES & set(lows[:still]))


def date_stays_going_on(tokens: list[Token], reading: Reading, dates: list[WrittenDate]) -> None:
    """Moves a count of ships that entered on one day and "were still inside as of" a later one
    to that later day, in one sentence: rule 9 counts a stay not yet over where it stands,
    within a week of its entry (rule 8)."""
    if not reading.claims:
        return  # a sentence that counts nothing has no count to move, as most sentences do
    told = stay_told_as_of(tokens, dates)
    if told is None:
        return
    still, later = told
    visible = reading.visible
    opens = _last_clause_opened(tokens, reading, still)
    for claim in reading.claims:
        # "Four ships sailed in the contiguous zone on Monday, and two more that intruded ...
        # had not left as of Tuesday": the stay is told of the subject of its own clause.
        if claim.first < opens:
            continue
        # The entry's day is the count's own, or else the last one written between the count
        # and the stay ("Three ... ships that entered ... on Monday were still inside as of
        # Tuesday morning, ..., while on Sunday four ...": not Sunday, of a clause after).
        entry_days = [d.day for d in dates if claim.last < d.first < still]
        entered = claim.day or (entry_days[-1] if entry_days else None)
        if (
            entered is not None
            and visible[claim.first] < still
            and entered < later <= entered + _WEEK
        ):
            claim.day = later


_CLAUSE_JOINS = {"and", "while", "but", "whereas"}  # after a comma: "..., and two more that"


def _last_clause_opened(tokens: list[Token], reading: Reading, still: int) -> int:
    """Where the last clause before a stay opens with a count of its own (after ";" or ",
    and"), or 0: a count in an earlier clause has a verb of its own, so the stay is not its."""
    counted = [claim.first for claim in reading.claims if claim.first < still]
    for at in range(still - 1, 0, -1):
        joined = tokens[at].low == ";" or (
            tokens[at].low == "," and at + 1 < still and tokens[at + 1].low in _CLAUSE_JOINS
        )
        if joined and any(at < first for first in counted):
            return at
    return 0
