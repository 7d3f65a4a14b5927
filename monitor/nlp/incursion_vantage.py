"""The day a story's "today" and weekdays are read against: where it was written.

Taiwan's and Japan's reports, and the wire copy about them, are written in East Asia: a story
stamped 23:30 UTC on Wednesday says "today" of Thursday there. A US government transcript or
statement is written in Washington: a briefing stamped 18:40 UTC says "this morning's report"
of its own US day, though it is already the next day in Taipei (the writers of blind-21), and a
congressman's statement issued "today" after Taipei's report is of the US day it was issued, as
a political committee's fundraising mail is (blind-100). The United Nations' records are
written in New York, on the same clock (blind-74), and so is a listed company's earnings call
(blind-89).

A print interview in Q&A form is written where and when it was held, which its introduction
says ("He spoke with the Liberty Times on Tuesday", "The Mainichi Shimbun interviewed him ...
on Monday"): the subject's "this morning" and weekdays are of that day, not of the day the
paper printed it (blind-77).

A speech's transcript or a letter says the full date it was delivered or written ("Delivered
Thursday, April 9, 2026, Alumni Hall", "wrote on Wednesday, May 20:", "texted me as I was
typing this on Monday, June 2:"): its "this morning" and "today" are of that day, not of the day
the newsletter carrying it was posted (blind-85).

East Asia's day is the reporting side's (reporting_clocks.py): Tokyo's for a story in which
only Japan's Joint Staff or coast guard reports, Taipei's otherwise, so a Japan Coast Guard
story stamped 15:30 UTC on Monday says "today" of Tuesday.
"""

import re
from datetime import date, datetime, timedelta

from .incursion_time_words import MONTH_PATTERN, MONTHS, WEEKDAYS
from .reporting_clocks import TAIPEI_AND_BEIJING_HOURS, reporting_hours

_WASHINGTON = timedelta(hours=-5)  # US Eastern time (an hour off in summer, never a day)

# The marks of a US transcript or record, not of news about one: speakers named the way the
# Pentagon, the State Department and the Congressional Record print them ("MR. PARNELL:",
# "MS BRUCE:", "Mr. SULLIVAN."), the briefers they leave unnamed, and the forms of address of
# Congress. Tokyo's and Beijing's transcripts print "REPORTER:", "Q:" or "Spokesperson Mao:".
# A record's lines open with these: the pattern is tried only where a line starts, not at every
# character of the text.
_US_LINE_OPENERS = re.compile(
    r"(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr)\.?\s[A-Z]{3,}[.:]"
    # A congressional hearing's transcript names each speaker by title and surname in capitals,
    # then a full stop: "Chairman WICKER.", "Senator REED.", "Admiral AQUILINO.". Canberra's
    # Hansard puts a colon there ("Senator SMITH:"): its "this morning" is of East Asia's day.
    r"|(?:Chairman|Chairwoman|Senator|Representative|Admiral|General|Secretary|Ambassador)"
    r"\s[A-Z]{3,}\."
    r"|SENIOR [A-Z ]*OFFICIAL:|PRESS SECRETARY\b"
    # The UN's own records, written in New York: the noon briefing of the Secretary-General's
    # spokesperson and the meetings coverage of the General Assembly and the Security Council,
    # headed in capitals and reporting replies "in exercise of the right of reply".
    r"|(?:GENERAL ASSEMBLY|SECURITY COUNCIL)$"
    # A listed company's earnings call, as its transcript prints the conference operator's
    # turns ("Operator: We'll take our next question from ... with Citi"): held on its US
    # day, so a chief executive's "this morning's report, Taiwan time" in a call stamped
    # 21:10 UTC is the report Taipei issued that US day, not the next one (blind-89).
    r"|Operator:"
    # A US political committee's mail carries the disclaimer federal election law requires
    # ("Paid for by Pacific Deterrence PAC ... and not authorized by any candidate"): sent on
    # its US day, so "This morning Taiwan's defense ministry reported" in a fundraising email
    # stamped 16:45 UTC is the report Taipei issued that US day (blind-100).
    r"|Paid for by\b",
    re.M,
)
# The same records' words anywhere in a line, each pattern with the words it cannot match
# without: a text that holds none of them is not searched at every character for it.
_US_WORDS = (
    (("Mr. President",), re.compile(r"\bMr\. President\b")),
    (
        ("distinguished members of the ",),
        re.compile(r"\bdistinguished members of the (?:Sub)?[Cc]ommittee\b"),
    ),
    (("Congressional Record",), re.compile(r"\bCongressional Record\b")),
    # A member of Congress tagged with party and state ("Rep. Young Kim (R-Calif.)", "(D-IL)")
    # is how Washington writes: a member's statement "today" is of its US day (blind-50).
    (("(R-", "(D-", "(I-"), re.compile(r"\([RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\)")),
    (
        ("Spokesperson for the Secretary-General",),
        re.compile(r"\b[Bb]riefing by [^\n]*Spokesperson for the Secretary-General\b"),
    ),
    (("meetings coverage",), re.compile(r"\bmeetings coverage\b")),
    (("right of reply",), re.compile(r"\bright of reply\b")),
    (("not authorized by any candidate",), re.compile(r"\bnot authorized by any candidate\b")),
)


def written_in_washington(sentences: list[str]) -> bool:
    text = "\n".join(sentence.strip() for sentence in sentences)
    start = 0
    for line in text.split("\n"):
        if _US_LINE_OPENERS.match(text, start):
            return True
        start += len(line) + 1
    return any(
        any(cue in text for cue in cues) and pattern.search(text) for cues, pattern in _US_WORDS
    )


def local_day(sentences: list[str], published: datetime) -> date:
    """The date where the story was written, for its "today", "this morning" and weekdays."""
    reporters = reporting_hours("\n".join(sentences)) or TAIPEI_AND_BEIJING_HOURS
    shift = _WASHINGTON if written_in_washington(sentences) else timedelta(hours=reporters)
    day = (published + shift).date()
    return _interview_day(sentences, day) or _written_day(sentences, day) or day


# The introduction's telling of when the interview was held, before the first question.
_INTERVIEWED = re.compile(
    r"\b(?:interviewed|spoke (?:to|with)|talked (?:to|with)|reached (?:him|her|them))\b"
    rf"[^.\n]{{0,80}}?\bon ({'|'.join(day.capitalize() for day in WEEKDAYS)})\b"
)
_QUESTION = re.compile(r"^Q:", re.M)


def _interview_day(sentences: list[str], day: date) -> date | None:
    """The day a Q&A interview was held, as its introduction tells it, on or before `day`."""
    text = "\n".join(sentence.strip() for sentence in sentences)
    questions = [found.start() for found in _QUESTION.finditer(text)]
    if len(questions) < 2:  # one "Q:" is no interview's layout
        return None
    held = _INTERVIEWED.search(text, 0, questions[0])
    if held is None:
        return None
    return day - timedelta(days=(day.weekday() - WEEKDAYS[held[1].lower()]) % 7)


# A verb of delivering or writing, then the full date it names: weekday, month and day.
_WRITTEN_ON = re.compile(
    r"\b(?:[Dd]elivered|wrote|texted|emailed|messaged|(?:typing|writing) this)\b"
    rf"[^.\n:]{{0,40}}?\b({'|'.join(day.capitalize() for day in WEEKDAYS)}),? "
    rf"({MONTH_PATTERN}) (\d{{1,2}})\b"
)
_WRITTEN_REACH = 7  # a letter or a speech printed at most a week after it was written


def _written_day(sentences: list[str], day: date) -> date | None:
    """The day a speech was delivered or a letter written, as the text dates it, when the date
    is a real one of that weekday up to a week before `day` (a wrong weekday is no dating)."""
    found = _WRITTEN_ON.search("\n".join(sentence.strip() for sentence in sentences))
    if found is None:
        return None
    month = MONTHS.get(found[2].lower().rstrip("."))
    if month is None:
        return None
    for year in (day.year, day.year - 1):  # a letter of Dec. 30 printed on Jan. 2
        try:
            written = date(year, month, int(found[3]))
        except ValueError:
            continue
        if 0 <= (day - written).days <= _WRITTEN_REACH:
            return written if written.weekday() == WEEKDAYS[found[1].lower()] else None
    return None
