"""Taiwan's daily count told without naming China: "Taiwan's defence ministry said it had
tracked 32 aircraft and 11 vessels", "the latest 24-hour count: 12 aircraft and 7 ships, with
five aircraft flying into the ADIZ". Newsletters and broadcasts clip the report so, and the
craft are China's all the same: the ministry's daily report counts no one else's.

The text must name the report, by its teller (Taiwan's defence ministry), by its window (the
24 hours) or by a count of craft across the median line, which only China's craft cross ("22
aircraft, 11 of them across the median line" in a diary of the island's figures); and its act
of counting or one of China's zones; and it must name no other country's or an unnamed foreign
craft, whose counts ("two US destroyers sailed through the Strait, the ministry said") are not
China's.
"""

import re

_TELLER = re.compile(
    r"\bMND\b|\bMinistry of National Defen[cs]e\b"
    r"|\b(?:Taiwan|Taipei|the island)['’]s "
    r"(?:[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e)"
)
_WINDOW = re.compile(
    r"\b(?:24|twenty-four)[ -]hours? (?:count|tally|period|window)\b"
    r"|\b(?:past|last|previous) (?:24|twenty-four) hours\b",
    re.I,
)
# "11 of them across the median line", "14 aircraft crossed the median line": a number, then
# the crossing within the clause.
_CROSSING = re.compile(
    r"\b\d+\b[^.;:]{0,40}\b(?:across|crossed|crossing|cross(?:es)?)\s+(?:the\s+)?"
    r"[Mm]edian[ -]line\b"
)
_COUNTING = re.compile(r"\b(?:tracked|detected|spotted|monitored)\b|\bADIZ\b|\b[Mm]edian[ -]line\b")
# Another state's craft (or an unnamed foreign one) may be what the ministry counted.
_OTHERS = re.compile(
    r"\b(?:US|U\.S\.|USS|American|Russian|Russia|Japanese|British|Canadian|Australian|French"
    r"|German|Dutch|Italian|New Zealand|Philippine|Korean|Indian|allied|[Ff]oreign)\b"
)


def reports_taiwans_daily_count(text: str) -> bool:
    """Whether the text tells Taiwan's daily count of China's craft without naming China."""
    told = bool(_TELLER.search(text)) or bool(_WINDOW.search(text)) or bool(_CROSSING.search(text))
    return told and bool(_COUNTING.search(text)) and not _OTHERS.search(text)
