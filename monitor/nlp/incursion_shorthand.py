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
_COUNT = r"\d{1,3} [A-Za-z][A-Za-z -]*"  # "14 PLA aircraft", "1 balloon"
_OPENING = re.compile(rf"(?:^|\n)\s*{_SOURCE},? {_DAY}:\s*\d")
_SHORTHAND = re.compile(
    rf"^(\s*{_SOURCE},? {_DAY}:\s*{_COUNT}(?:(?:,\s*|,? )(?:and )?{_COUNT})*?)(\.?\s*)$"
)
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
    written = []
    for sentence in sentences:
        line = _SHORTHAND.match(sentence)
        if line and not _PLACED.search(line.group(1).split(":", 1)[1]):
            sentence = f"{line.group(1)} around Taiwan{line.group(2) or '.'}"
        written.append(sentence)
    return written
