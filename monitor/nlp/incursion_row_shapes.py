"""Three shapes of a desk's figure rows, written as the prose the grammar reads.

A count after its craft, after the row's label and its colon, as analysts' notes and digests
set a row: "Prior day: aircraft 18 | vessels 6", "Around Taiwan (MND data): PLA aircraft 14 — 7
crossed the median line ...; PLAN vessels 9; official ships 2." Each is that many of those
craft ("18 aircraft", "14 PLA aircraft — 7 crossed ..."), as the same desk writes "PLA
aircraft: 32". A row with no colon is a table's ("Sat 25 Oct | aircraft 21 | median line/ADIZ
13"), whose cells incursion_rows.py reads as they stand. The number must end its entry (a
bar, a dash, a semicolon, a comma, a full stop or the line's end; a dash before a breakdown is
read as a comma), so "aircraft 18:30" and "ships 2 km off"
stay as they are.

A row's window in brackets before its colon: "Prior day (24h to 06:00 Wed 13 Sep): ..." labels
the figures after the colon with the day the window ends, as "Prior day, 24h to 06:00 Wed 13
Sep: ..." does; brackets otherwise hold an aside the grammar leaves out, and the row would take
the day of the row above it.

Fields parted by slashes: "CCG vessels: 4 / Entry into territorial waters: none", as a coast
guard's summary box writes them, are fields as a semicolon parts them; read as one line, the second
field's zone went to the first field's ships.
"""

import re

from .incursion_time_words import WEEKDAY_PATTERN

_CRAFT_THEN_COUNT = re.compile(
    r"(?<![\w-])(?P<craft>(?:(?:PLA|PLAN|Chinese|CCG|PLA Navy|official|coast guard|navy)\s+)?"
    r"(?:aircraft|vessels|ships|warships|drones|balloons))\s+(?P<count>\d{1,3})"
    r"(?:\s*(?P<dash>—|–|--|\s-)(?=\s)|(?=\s*(?:[|;,.]|$)))",
    re.I | re.M,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = rf"(?:{WEEKDAY_PATTERN}|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)"
# Only a window ("24h to 06:00 Wed 13 Sep"): "MND (Mon 26 May):" names its report's day as
# the reporter's label already reads.
_BRACKETED_WINDOW = re.compile(
    r"\s*\((?P<window>[^()\n]{0,20}\b(?:to|ending|until)\b[^()\n]{0,20}"
    rf"(?:{_WEEKDAY}|{_MONTH})[^()\n]{{0,30}})\)(?=\s*:)"
)

# A slash between a field's value and the next field's label: "...: 4 / Entry into ...: none".
_SLASHED_FIELD = re.compile(r"(?<=:)([^/:\n]+?)\s+/\s+(?=[A-Z][\w .'’-]{0,40}:)")


def _craft_after_count(match: re.Match[str]) -> str:
    # "PLA aircraft 14 — 7 crossed ...": what follows the dash breaks the count down, as it
    # does after a comma ("14 PLA aircraft, 7 crossed ...").
    return f"{match['count']} {match['craft']}" + ("," if match["dash"] else "")


def with_rows_as_prose(sentence: str) -> str:
    """The sentence, fields parted by slashes parted by semicolons, each count written after
    its craft put before it, and a row's bracketed window before its colon written as a phrase
    of the label."""
    # Each pattern is tried only where the mark it cannot match without is written, as few
    # sentences write a slash or a bracket.
    sentence = _SLASHED_FIELD.sub(r"\1; ", sentence) if "/" in sentence else sentence
    label, colon, row = sentence.partition(":")
    sentence = label + colon + _CRAFT_THEN_COUNT.sub(_craft_after_count, row) if colon else sentence
    return _BRACKETED_WINDOW.sub(r", \g<window>", sentence) if "(" in sentence else sentence
