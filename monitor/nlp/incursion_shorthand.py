"""An analyst's shorthand line of Taiwan's daily report: the source, the day, a colon and the
counts alone ("Taiwan MND, 3 May: 21 PLA aircraft, 6 PLAN vessels"). The defence ministry's
daily figures are of the craft around Taiwan, so the line is read as the report it copies,
with the zone the report's own sentence writes ("... 6 PLAN vessels around Taiwan").

Only a line whose colon is followed by counts and craft alone is one: a clause there ("...:
14 aircraft entered the ADIZ") places its counts itself.
"""

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = rf"(?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})"
_SOURCE = r"(?:Taiwan(?:['’]s)? )?(?:MND|Ministry of National Defen[cs]e)"
_OPENING = re.compile(rf"(?:^|\n)[ \t]*{_SOURCE},? {_DAY}:\s*\d")
_HEAD = re.compile(rf"\s*{_SOURCE},? {_DAY}:\s*")
_COUNT = re.compile(r"\d{1,3} [A-Za-z][A-Za-z -]*")  # "14 PLA aircraft", "1 balloon"
# Between counts: a comma or a space, and perhaps "and", before the next number. Split where a
# word ends, so that each separator is read once: one pattern for the whole list tried each way
# to split "1 ship and 2 ships and ..." and took seconds on a line of twenty counts.
_BETWEEN = re.compile(r"(?<=\S)(?:,\s*|\s+)(?:and\s+)?(?=\d)")
# A word of a zone or of an act already places the counts.
_PLACED = re.compile(
    r"\b(?:around|near|off|in|into|entered|crossed|ADIZ|median|zone|waters|strait)\b", re.I
)


def opens_a_shorthand_line(text: str) -> bool:
    """Whether a line of the text opens as the ministry's shorthand does: it names no zone,
    yet reports one."""
    return bool(_OPENING.search(text))


def shorthand_report_lines(sentences: list[str]) -> list[str]:
    """The sentences, each shorthand line of the ministry's daily report written with the
    zone of that report."""
    return [_with_its_zone(sentence) for sentence in sentences]


def _with_its_zone(sentence: str) -> str:
    head = _HEAD.match(sentence)
    if head is None:
        return sentence
    body = sentence.rstrip()
    end = sentence[len(body) :]
    if body.endswith("."):
        body, end = body[:-1], "." + end
    counts = body[head.end() :]
    if not counts or _PLACED.search(counts):
        return sentence
    if not all(_COUNT.fullmatch(piece) for piece in _BETWEEN.split(counts)):
        return sentence
    return f"{body} around Taiwan{end or '.'}"
