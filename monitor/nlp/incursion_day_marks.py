"""The marks in a sentence after which its counts are of another day than the sentence's: a
clause's opening day, a day told by "when", a window named, the day a teller told its counts.
"""

from collections.abc import Sequence
from datetime import date

from .incursion_claims import Reading
from .incursion_tokens import Token, WrittenDate
from .incursion_windows import windows_named


def days_of_tellings(dates: list[WrittenDate]) -> list[tuple[int, date]]:
    """The days of a sentence's tellings as marks, when it writes no other day: "The Control Yuan
    said on Wednesday it had opened a probe, after the ministry said on Tuesday that two balloons
    had crossed the median line" tells Tuesday's count, though the sentence is Wednesday's."""
    if not all(written.told for written in dates):
        return []
    return [(written.first, written.day) for written in dates]


def date_by_windows_named(tokens: list[Token], reading: Reading, windows: list[date]) -> None:
    """Dates each count after the second or a later window a sentence names by that window;
    the counts after the first keep the sentence's own day."""
    named = windows_named(tokens)
    if len(named) < 2:
        return
    first = named[0][1]
    marks = [(at, windows[n] if n != first and n < len(windows) else None) for at, n in named]
    date_by_marks(tokens, reading, marks)


def date_by_marks(
    tokens: list[Token], reading: Reading, marks: Sequence[tuple[int, date | None]]
) -> None:
    """Gives each count that writes no day of its own the day of the last mark (a token index
    and its day) before it: a clause's opening day, a day told by "when", a window named."""
    visible = reading.visible
    for claim in reading.claims:
        before = [day for at, day in marks if at < visible[claim.first]]
        claim.day = claim.day or (before[-1] if before else None)
