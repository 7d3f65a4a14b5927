"""The lines of a list a report announces with a colon, and of a bulletin: a label naming craft
and a count after its colon ("PLA aircraft: 12", "• Aircraft detected: 34", "2. PLA aircraft: 18
sorties", "3. Balloons: 2 (1 crossed ...)"), or a label naming zones only, whose count is of the
craft of the line before ("Of which crossed the median line and entered the ADIZ: 22"). Read
before the grammar's claims (incursion_grammar.py), looking at a bounded number of tokens.
"""

import re
import unicodedata

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_claims import Claim
from .incursion_number_tables import numbers_in
from .incursion_periods import cumulative_at
from .incursion_phrases import head_at, number_at
from .incursion_tokens import Token, is_clock, tokenize
from .incursion_zones import zone_at

_LABEL_REACH = 6  # the words of a label from its craft to its colon
_CLAUSE_LABEL_REACH = 20  # "... that crossed the median line and entered the N, C, SW and E ADIZ"


def labelled_line(words: list[Token], tokens: list[Token] | None = None) -> Claim | None:
    """A line of a list that a report announces with a colon: "PLA aircraft: 12", "Official
    ships: 2", "• Aircraft detected: 34". The label is the craft, the number its count; a
    label that names zones and no craft ("Of which crossed the median line and entered the
    ADIZ: 22", "Crossed median line and entered the ADIZ: 13") gives them to the craft of the
    line before."""
    start = bullet(words)  # "• PLA aircraft: 17 sorties", "2. PLA aircraft: 18 sorties"
    head = head_at(words, start)
    if head is None:
        return _zones_labelled(words, start)
    if head.craft is None:
        return None
    rest = words[head.last + 1 :]
    # "Aircraft detected: 34", "Vessels confirmed in the contiguous zone today: 4"
    rest = rest[1:] if rest and rest[0].low in _SEEN else rest
    rest = rest[:-1] if rest[-1:] and rest[-1].low == "." else rest
    # "Aircraft entering ADIZ: 21", "Aircraft crossing median line: 5": the craft's zones, in
    # a label as short as a line's (the colon within a few words of the craft).
    # "Sorties that crossed the median line and entered the N, C, SW and E ADIZ: 18": a
    # relative clause naming the zones runs longer.
    # It counts a share of the craft of the line before, as "Of which crossed ...: 22" does, of
    # a day's count or a month's tally alike ("Aircraft that crossed the median line or
    # entered the ADIZ: 298" under the month's 412 aircraft).
    relative = rest[:1] != [] and rest[0].low in ("that", "which")
    reach = _CLAUSE_LABEL_REACH if relative else _LABEL_REACH
    colon = next((i for i, token in enumerate(rest[:reach]) if token.low == ":"), 0)
    zones = [z for i in range(colon) if (z := zone_at(rest, i)) is not None and z[0]]
    rest = rest[colon:] if zones else rest
    found = number_at(rest, 1) if len(rest) >= 2 and rest[0].low == ":" else None
    ends = found is not None and (found[1] + 1 == len(rest) or _names_craft(rest, found[1] + 1))
    if found is None or not (ends or _stamped(rest, found[1] + 1)):
        return None
    craft = None if relative and zones else head.craft
    claim = Claim(0, found[1], found[0], craft, head.ships, head.unmanned, labelled=True)
    claim.bulleted = bool(start)
    claim.zones = [label for label, _ in zones]
    # "Total vessels confirmed (cumulative): 118": a label that calls its figure a period's
    # sum gives no day's count (rule 5), in brackets too (`words` has no asides; `tokens` has).
    written = tokens or words
    label = written[: next((i for i, t in enumerate(written) if t.low == ":"), 0)]
    summed = any(t.low in ("cumulative", "cumulatively") for t in label)
    numbers = numbers_in(label)
    claim.cumulative = summed or any(cumulative_at(label, numbers, i) for i in range(len(label)))
    return claim


_SEEN = w.DETECTIONS | {"confirmed"}


def _stamped(words: list[Token], i: int) -> bool:
    """Whether words from i to the end are only the time the count was taken, in brackets: a
    coast guard's form gives "Vessels confirmed in the contiguous zone today: 4 (as of 10:00)"."""
    note = [token.low for token in words[i:]]
    return note[:3] == ["(", "as", "of"] and note[-1] == ")"


def _zones_labelled(words: list[Token], start: int) -> Claim | None:
    """A line whose label names zones and no craft, its count last: "Of which crossed the
    median line and entered the ADIZ: 22". Only the line's last tokens are looked at first, as
    every sentence comes here."""
    end = len(words) - (bool(words) and words[-1].low == ".")
    colon = end - 2  # "...: 13", the count one token
    found = number_at(words, colon + 1) if colon > start and words[colon].low == ":" else None
    if found is None or (
        words[start].low == "of" and words[start + 1].low not in w.PARTITIVE_OBJECTS
    ):
        return None
    zones = [z for i in range(start, colon) if (z := zone_at(words, i)) is not None]
    if not zones:
        return None
    claim = Claim(colon, found[1], found[0], None, labelled=True, bulleted=bool(start))
    claim.zones = [label for label, _ in zones]
    # "Total ship-days in the contiguous zone: 124", "Days confirmed in the contiguous zone
    # this year: 318": a sum over days or a period's count of days, no day's count of craft
    label = words[start:colon]
    days = any(word.low.endswith("-days") for word in label) or words[start].low == "days"
    numbers = numbers_in(label)
    claim.cumulative = days or any(cumulative_at(label, numbers, i) for i in range(len(label)))
    return claim


def _names_craft(words: list[Token], i: int) -> bool:
    """Whether words from i to the end name craft only ("17 sorties")."""
    head = head_at(words, i)
    return head is not None and head.last + 1 == len(words)


def after_label(words: list[Token], first: int, count: int, end: int) -> Claim | None:
    """The count of a line's label with more said after it: "3. Balloons: 2 (1 crossed ...)",
    and of a label that names the craft's zone, "Vessels in the contiguous zone: 4 (of which 2
    entered territorial waters)": the count is the label's craft, in the zone it names (the
    grammar gives it the zones before the colon), and the share after it a clause of its own."""
    start = bullet(words)
    head = head_at(words, start) if first > 1 and words[first - 1].low == ":" else None
    if head is None or head.craft is None:
        return None
    label = range(head.last + 1, first - 1)
    zoned = len(label) <= _LABEL_REACH and any(zone_at(words, i) for i in label)
    if head.last != first - 2 and not zoned:
        return None
    claim = Claim(first, end, count, head.craft, head.ships, head.unmanned, labelled=True)
    claim.bulleted = bool(start)
    return claim


# What a defence ministry issues each day; a colon after one opens the list of what it saw, and
# so does one after the ministry itself, with the hour of its report or without ("Taiwan MND,
# 6am: twenty-two PLA aircraft, eleven PLAN vessels").
REPORT_NOUNS = {"report", "release", "bulletin", "update"}
_REPORTERS = REPORT_NOUNS | {"mnd"}
# What a report holds its figures by: "Monday's report had 9 aircraft & 3 ships", "Today's
# report (24 hours to 6 a.m. Thursday) lists 15 PLA aircraft", in any tense.
_HOLDING = {"had", "has", "gave", "gives", "showed", "shows", "lists", "listed"}
# A report's sighting in the emphatic past, after "did" or "does": "It did report eight ships".
_EMPHATIC_SIGHTINGS = {"report", "detect", "track", "spot"}
_HOUR_REACH = 2  # the tokens of a report's hour: "6am", "0600", "6 a.m"
# ... or the part of the day it came out in, as a texted note says it ("MND this morning: 19
# PLA aircraft, 8 PLAN ships", "MND today: ..."): the words before the colon, last first.
_DAY_PARTS = (("morning", "this"), ("today",))


def lists_a_report(words: list[Token], i: int) -> bool:
    """Whether the colon at i opens a report's figures: "Tuesday's MND report: 17 aircraft, 7
    ships", "the morning report (24 hours to 6 a.m. Thursday): 71 aircraft", "Taiwan MND,
    6am: 22 aircraft"; or the verb at i has a report hold them ("the morning report had 6
    aircraft"). An analyst reads the counts after it as the ones the report tracked, as after
    "the MND reported"."""
    if i and words[i].low in _HOLDING:
        return words[_before_brackets(words, i - 1)].low in REPORT_NOUNS
    # "... no aircraft at all around the island on Sunday. It did report eight ships": counts
    # the report tracked, as "it reported" would be.
    if i and words[i].low in _EMPHATIC_SIGHTINGS:
        return words[i - 1].low in ("did", "does")
    if words[i].low != ":" or i == 0:
        return False
    before = i - 1
    if words[before].low == ")":  # the report's window, in brackets before the colon
        while before > 0 and words[before].low != "(":
            before -= 1
        before -= 1
    for _ in range(_HOUR_REACH):
        if before > 0 and _is_hour(words, before):
            before -= 1
    before -= _day_part_before(words, before)
    before -= before > 0 and words[before].low == ","
    return before >= 0 and words[before].low in _REPORTERS


def _before_brackets(words: list[Token], last: int) -> int:
    """Where the word before a bracketed aside ending at last is ("report (24 hours to 6 a.m.
    Thursday)"), or last itself when no bracket ends there."""
    if words[last].low != ")":
        return last
    opened = next((j for j in range(last, -1, -1) if words[j].low == "("), 0)
    return max(opened - 1, 0)


def _day_part_before(words: list[Token], last: int) -> int:
    """The number of tokens of a part of the day ending at last ("this morning"), or 0."""
    for part in _DAY_PARTS:
        if last >= len(part) and all(words[last - k].low == w for k, w in enumerate(part)):
            return len(part)
    return 0


def _is_hour(words: list[Token], i: int) -> bool:
    """Whether the token at i is a clock time or the number of one ("6" in "6 a.m")."""
    next_is_clock = i + 1 < len(words) and words[i + 1].low in tw.AM_PM
    return is_clock(words[i]) or (words[i].text.isdigit() and next_is_clock)


# "- Balloons: 1 (crossed median line northwest of Keelung ...)": a line's bullet, label,
# count and the note after it.
# The note may say all of them did it: "- Crossed median line: 6 (all into the ADIZ)", or
# give the part that did its own count, as a situation box does: "PLA aircraft: 11 (entered
# ADIZ: 6)" is 11 around Taiwan and 6 in the ADIZ. A SITREP's cell leaves the act out and
# names the zone alone before the part's count: "PLA aircraft: 21 (ADIZ: 14)".
_NOTED = re.compile(
    r"^(\s*(?:[-•*]\s*)?)([A-Za-z][\w .-]{0,40}):\s*(\d+)\s*\((?:all\s+(?:of\s+them\s+)?)?"
    r"(?:(crossed|entered|into)\b([^)]*?)(?::\s*(\d+))?|([^):]*?):\s*(\d+))\)\s*$"
)
# "• Balloons: 2 — one crossed the Taiwan Strait north of Kinmen ...": a bulletin's line whose
# count a spaced dash follows with a note in prose. The note is a sentence of its own, as a
# bracketed one is: what it names (a place the craft passed) is not where the line counted.
_DASH_NOTED = re.compile(r"^(\s*[-•*]\s*[A-Za-z][\w .-]{0,40}:\s*\d+)\s+(?:—|–|--)\s+(\S.*)$", re.S)


def split_notes(sentences: list[str]) -> list[str]:
    """A bulletin's line whose count carries a note of where the craft went, with no count of
    its own ("Balloons: 1 (crossed median line ...)"), as the line and a line of the craft in
    the zones the note names ("Balloons crossed the median line: 1"): the line's count is the
    total, and the same count is the fact of each of those zones (rule 2)."""
    split: list[str] = []
    for sentence in _dash_notes_apart(sentences):
        noted = _NOTED.match(sentence)
        note = tokenize(noted.group(5) if noted.group(4) else noted.group(7)) if noted else []
        zones = [note[i : i + z[1]] for i in range(len(note)) if (z := zone_at(note, i)) and z[0]]
        if noted is None or not zones:
            split.append(sentence)
            continue
        mark, label, count = noted.group(1, 2, 3)
        verb, part = noted.group(4) or _act_into(zones[0]), noted.group(6) or noted.group(8)
        verb = "entered" if verb == "into" else verb
        named = " and ".join(" ".join(token.text for token in zone) for zone in zones)
        # A label that is an act already ("Crossed median line") is joined to the note's act.
        joined = " and" if label.split()[0].lower() in w.MOVEMENTS else ""
        zoned = f"{mark}{label}{joined} {verb} the {named}: {part or count}"
        split += [f"{mark}{label}: {count}", zoned]
    return split


def _act_into(zone: list[Token]) -> str:
    """The act a zone named alone in a note stands for: a line is crossed, a zone entered."""
    return (
        "crossed"
        if any(token.low in ("line", "centreline", "centerline") for token in zone)
        else "entered"
    )


def _dash_notes_apart(sentences: list[str]) -> list[str]:
    """The sentences, a bulletin line's note after a dash made a line of its own."""
    apart: list[str] = []
    for sentence in sentences:
        noted = _DASH_NOTED.match(sentence)
        apart += [f"{noted[1]}\n", noted[2]] if noted else [sentence]
    return apart


# "PLA aircraft detected — 27": a line whose label and count a dash sets apart, as a colon
# would; the dash spaced, so "J-16" and a range "12–15" stay whole.
_DASHED = re.compile(r"^(\s*[^\W\d][^\n]*?\S)\s+(?:—|–|--)\s*(\d[\d,]*)\s*$")


# "Aircraft | 22", "— of which crossed median line / entered ADIZ | 15": a two-column table a
# notice pastes without its frame or header, a line a craft or a zone and its count.
_BARRED = re.compile(r"^(\s*(?:[—–]\s*)?[^\W\d][^\n|\d]*?\S)\s*\|\s*(\d[\d,]*)\s*$")
# A dashed line holds its dash before its count, and a barred one its bar: a text without
# either has neither.
LABEL_DASH_MARK = re.compile(r"\||(?:—|–|--)\s*\d")
_CRAFT_OR_ZONE = re.compile(
    r"\b(?:aircraft|sorties|vessels?|ships?|balloons?|drones?|ADIZ|median line)\b", re.I
)


def dashed_labels(sentences: list[str]) -> list[str]:
    """Each line that ends in a dash and a count, as the same line with a colon: a list laid
    out as "Official ships — 2" is read as "Official ships: 2" is; and so is a craft's or a
    zone's line barred from its count ("Official ships | 2") where every barred line is one:
    a header ("Category | Number") makes the lines a table's rows (incursion_tables.py)."""
    lines = [line for sentence in sentences for line in sentence.split("\n") if "|" in line]
    frameless = all(_BARRED.match(line) for line in lines)
    return ["\n".join(_labelled(line, frameless) for line in s.split("\n")) for s in sentences]


def _labelled(line: str, frameless: bool) -> str:
    barred = _BARRED.match(line) if frameless else None
    if barred and _CRAFT_OR_ZONE.search(barred[1]):
        return f"{barred[1]}: {barred[2]}"
    return _DASHED.sub(r"\1: \2", line)


def bullet(words: list[Token]) -> int:
    """How many tokens mark a line of a list: "•", a pictograph a channel's card sets before
    each line as a bullet ("✈️ Aircraft: 18", "🚢 PLAN ships: 6"), or a number and a full stop
    ("2.")."""
    if words and (words[0].low in w.BULLETS or _pictograph(words[0].text)):
        return 1
    if len(words) > 2 and words[0].text.isdigit() and words[1].low == ".":
        return 2
    return 0


def _pictograph(text: str) -> bool:
    """Whether a token is one symbol that is no letter, digit or punctuation ("✈", "🚢")."""
    return len(text) == 1 and unicodedata.category(text) == "So"
