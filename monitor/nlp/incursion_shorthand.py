"""An analyst's shorthand line of Taiwan's daily report: a head that names the ministry and the
day, a colon and the counts alone ("Taiwan MND, 3 May: 21 PLA aircraft, 6 PLAN vessels",
"Thursday's MND figures: 21 aircraft / 6 ships", "Today's count (MND, to 6 a.m.): 21 jets;
6 ships"). The defence ministry's daily figures are of the craft around Taiwan, so each count
the line leaves without a zone is read as the report it copies, with the zone the report's own
sentence writes ("... 6 PLAN vessels around Taiwan").

The head may end in a spaced dash instead ("MND COUNT — 16 aircraft, 7 ships"), the day may
be the window the line closes with in brackets ("...; 10 crossed the median line (6am Apr 7–6am
Apr 8)"), and a count may be spelt out ("Sixteen PLA aircraft, 7 ships").

A line may name only its day ("7/14: 19 aircraft, 6 PLAN vessels, no official ships", "Thu 23
May (as of 5 p.m.): 49 aircraft, 19 navy ships"), as an analyst's reply copies the rows of a
report the message names ("Both rows now match the MND releases:"): such a head is read as the
ministry's when the text names the ministry, and "no official ships" is a count of nought.

A count that places itself ("... / 10 into the ADIZ", "14 aircraft entered the ADIZ") keeps
its own zone; a line whose counts are not all counts of craft or placed is no such line.
"""

import re

from .incursion_time_words import MONTH_PATTERN, WEEKDAY_PATTERN
from .incursion_words import NUMBER_WORDS

WINDOW_CHARS = 60  # a window in brackets: "(6am Apr 7–6am Apr 8)", "(as of 5 p.m.)"
# A note's clipped weekday ("Wed", "Thurs"), with its capital: "sun" and "wed" are words.
_CLIPPED_WEEKDAY = r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
# The head names the ministry: "Taiwan MND", "Ministry of National Defense", "(MND, ...)".
_SOURCE = re.compile(r"\b(?:MND|Ministry of National Defen[cs]e)\b")
# A shorthand line is the ministry's report, named in it or in the text: a text that names no
# ministry holds none.
MINISTRY_MARK = re.compile("MND|Ministry of National Defen")
# ... and the day it reports: a date, a weekday, today's, or the report's clock ("to 6am").
_DAY = re.compile(
    rf"\b(?:\d{{1,2}} {MONTH_PATTERN}|{MONTH_PATTERN} \d{{1,2}}|{WEEKDAY_PATTERN}"
    rf"|{_CLIPPED_WEEKDAY}\b"  # "MND Wed 6am:", "MND (Sat):"
    r"|today|of the day|daily)"
    r"|\bto \d{1,2}(?:[:.]\d\d)? ?(?:a\.?m\b|am\b)",
    re.I,
)
# A head that is a day and nothing else: a weekday, a date, and the window or time the counts
# are of in brackets ("Thu 23 May (as of 5 p.m.)", "7/14", "Fri 24 May (6 a.m. Thu to 6 a.m.
# Fri)"). Bounded by the head's own length.
_DATE = rf"(?:\d{{1,2}}/\d{{1,2}}|\d{{1,2}} {MONTH_PATTERN}|{MONTH_PATTERN} \d{{1,2}})"
_WEEKDAY = rf"(?:{WEEKDAY_PATTERN}|{_CLIPPED_WEEKDAY}\.?)"
_DAY_ALONE = re.compile(
    rf"[ \t]*(?:[-–•*·][ \t]*)?(?:{_WEEKDAY},?[ \t]+)?{_DATE}(?:,? \d{{4}})?"
    rf"(?:[ \t]*\([^()\n]{{1,{WINDOW_CHARS}}}\))?[ \t]*"
)
# A count's number: digits, or a word ("Sixteen", "twenty-one").
_NUMBER = rf"(?:\d{{1,3}}|(?i:(?:{'|'.join(NUMBER_WORDS)})(?:-[a-z]+)?)\b)"
# A head is the start of a line up to its first colon, or a spaced dash, within a phrase's
# length: bounded, so a long line without either is read once.
_HEAD_END = r"(?::|[ \t]+[—–-][ \t]+)"
# A daybook's line may open with the 24-hour clock time of its entry and a colon ("0915: MND
# morning sheet (24 hours to 6 a.m.): 19 aircraft, ..."): the head is what follows it.
_STAMP = r"(?:[01]\d|2[0-3])[0-5]\d:[ \t]+"
_HEAD = re.compile(rf"[ \t]*(?:{_STAMP})?([^:\n]{{1,80}}?){_HEAD_END}\s*(?={_NUMBER})")
_LINE_HEAD = re.compile(rf"(?:^|\n)[ \t]*(?:{_STAMP})?([^:\n]{{1,80}}?){_HEAD_END}\s*(?={_NUMBER})")
_COUNT = re.compile(rf"{_NUMBER} [A-Za-z][A-Za-z -]*")  # "14 PLA aircraft", "1 balloon"
# Between counts: a comma, semicolon, slash or space, and perhaps "and", before the next
# number. Split where a word ends, so that each separator is read once: one pattern for the
# whole list tried each way to split "1 ship and 2 ships and ..." and took seconds on a line
# of twenty counts.
_BETWEEN = re.compile(rf"(?<=\S)(?:\s*[,;/]\s*|\s+)(?:and\s+)?(?={_NUMBER}|no\b)")
_NONE_OF = re.compile(r"no [A-Za-z][A-Za-z -]*")  # "no official ships": nought, kept as written
# A word of a zone or of an act already places a count.
_PLACED = re.compile(
    r"\b(?:around|near|off|in|into|entered|crossed|ADIZ|median|zone|waters|strait)\b", re.I
)


def opens_a_shorthand_line(text: str) -> bool:
    """Whether a line of the text opens as the ministry's shorthand does: it names no zone,
    yet reports one."""
    names_ministry = bool(_SOURCE.search(text))
    return any(
        _reports_a_day(head[1], _closing_window(_line_after(text, head.end())), names_ministry)
        for head in _LINE_HEAD.finditer(text)
    )


def _line_after(text: str, start: int) -> str:
    """The rest of the line from `start`: only that line is read for each head."""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def shorthand_report_lines(sentences: list[str]) -> list[str]:
    """The sentences, each shorthand line of the ministry's daily report written with the
    zone of that report."""
    names_ministry = any(_SOURCE.search(sentence) for sentence in sentences)
    return [_with_its_zone(sentence, names_ministry) for sentence in sentences]


def _reports_a_day(head: str, window: str, names_ministry: bool) -> bool:
    """Whether a head names the ministry's report of a day: the ministry and the day, or the
    day alone in a text that names the ministry."""
    if names_ministry and _DAY_ALONE.fullmatch(head):
        return True
    return bool(_SOURCE.search(head) and (_DAY.search(head) or _DAY.search(window)))


def _closing_window(line: str) -> str:
    """The window a line closes with in brackets, "(6am Apr 7–6am Apr 8)", or ""."""
    line = line.rstrip(" .")
    opening = _closing_bracket(line, 0)
    return "" if opening is None else line[line.rindex("(") + 1 : -1]


def _closing_bracket(body: str, start: int) -> int | None:
    """Where a bracket of at most WINDOW_CHARS that closes `body` after `start` opens, the
    spaces before it included; found from the end, so a long line is read once."""
    opening = body.rfind("(", start)
    inside = body[opening + 1 : -1]
    if opening < 0 or not body.endswith(")") or not inside or len(inside) > WINDOW_CHARS:
        return None
    if ")" in inside or "\n" in inside:
        return None
    return len(body[:opening].rstrip())


def _with_its_zone(sentence: str, names_ministry: bool) -> str:
    head = _HEAD.match(sentence)
    window = _closing_window(sentence[head.end() :]) if head is not None else ""
    if head is None or not _reports_a_day(head[1], window, names_ministry):
        return sentence
    body = sentence.rstrip()
    end = sentence[len(body) :]
    if body.endswith("."):
        body, end = body[:-1], "." + end
    # The window in brackets closes the line, not its last count: "7 ships (6am Apr 7–...)".
    if (closing := _closing_bracket(body, head.end())) is not None:
        body, end = body[:closing], body[closing:] + end
    gaps = list(_BETWEEN.finditer(body, head.end()))
    starts = [head.end()] + [gap.end() for gap in gaps]
    stops = [gap.start() for gap in gaps] + [len(body)]
    pieces = [body[start:stop] for start, stop in zip(starts, stops, strict=True)]
    unplaced = [
        piece for piece in pieces if not _PLACED.search(piece) and not _NONE_OF.fullmatch(piece)
    ]
    if not unplaced or not all(_COUNT.fullmatch(piece) for piece in unplaced):
        return sentence
    # The counts as the grammar reads a list best, each with its zone: "21 aircraft around
    # Taiwan, 6 ships around Taiwan, 10 into the ADIZ" (a slash or semicolon ends its reading).
    counts = [piece if piece not in unplaced else f"{piece} around Taiwan" for piece in pieces]
    return body[: head.end()] + ", ".join(counts) + (end or ".")
