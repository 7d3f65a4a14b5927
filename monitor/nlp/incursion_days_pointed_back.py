"""The day a sentence that writes none points back to: "the same day", "That day"."""

import re
from datetime import date

from .incursion_tokens import Token, WrittenDate

_SAME_DAY = re.compile(r"\b(?:on )?the same (?:day|morning|afternoon|evening)\b", re.I)
# "Investigators set out the sequence on Oct. 7, 2025: ... That day, the Ministry of National
# Defense had reported 27 PLA aircraft": an opening "That day" is the last day written before,
# whatever day the story reports; an investigation's or a feature's look back dates its
# background figures so, and rule 8 then leaves those more than a week old.
_THAT_DAY = re.compile(r"^\W*(?:On )?That (?:day|morning|afternoon|evening)\b")
# A coast guard's stay report: "Two ships remained inside as of 9 a.m. Friday. ... Two other
# vessels were sailing in the contiguous zone as of the same time": the time of the last "as
# of", not the entry the sentence between timed ("entered at around 10:10 p.m. Thursday").
_SAME_TIME = re.compile(r"\bas of the same (?:time|hour)\b", re.I)

# A letter's or a column's writer dates what stands as they write by the writing itself ("As I
# write, four CCG ships are in the contiguous zone", "at the time of writing", "as we went to
# press"): the day of the copy, not the last day the sentence before wrote ("On Thursday two
# ships intruded ... and left this morning (Friday)").
_WRITING_TIME = re.compile(
    r"\b(?:as (?:I|we) (?:write|type|speak)|(?:at|as of) (?:the time of )?(?:this )?writing"
    r"|as we (?:go|went) to press|at press time)\b",
    re.I,
)

Dated = tuple[date | None, bool]


def day_as_of(tokens: list[Token], dates: list[WrittenDate]) -> date | None:
    """The last day a sentence writes after "as of" and a time, if any ("as of 9 a.m. Friday",
    "as of Friday")."""
    words = [token.low for token in tokens]
    days = [d.day for d in dates if "as of" in " ".join(words[max(0, d.first - 5) : d.first])]
    return days[-1] if days else None


def day_pointed_back(
    sentence: str,
    dated: Dated,
    told: date | None,
    opened: date | None,
    written: date | None,
    as_of: date | None,
    today: date,
) -> Dated:
    """The sentence's day and whether it reports it, with a day it points back to filled in.

    "X said on Monday that a drone flew on Sunday. Y the same morning reported ...": the same
    day is the telling's just written (`told`), not the day of the event told in it. "On
    Sunday, four ships entered the waters and did not leave until Monday. Two others sailed in
    the zone the same day": the day the sentence before opened with (`opened`), whose counts it
    reported, not the last day it wrote (rule 9); with neither, the last day `written`
    ("Volunteers on Tuesday hauled nets off the beach. ... The same afternoon, three China Coast
    Guard ships entered Kinmen's restricted waters"). "That day" is the last day `written`, which
    the caller gives only while the paragraph it was written in, or the one after, goes on: a
    feature that wrote "a reception on Tuesday evening", then a paragraph of quotes, then "That
    morning the ministry had reported 13 aircraft" has moved its scene to the copy's own day,
    `today`, as "As I write" does."""
    if dated[0] is not None:
        return dated
    if as_of is not None and _SAME_TIME.search(sentence):
        return (as_of, dated[1])
    if _SAME_DAY.search(sentence):
        return (told or opened or written, dated[1])
    if _THAT_DAY.match(sentence):
        return (written or today, dated[1])
    if _WRITING_TIME.search(sentence):
        return (today, True)
    return dated
