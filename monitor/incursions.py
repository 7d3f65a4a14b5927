"""Counts analysts chart: "28 Chinese aircraft entered Taiwan's ADIZ on 15 June" becomes
Incursion(count=28, what="aircraft", zone="ADIZ", day=2026-06-15).

Rules over one sentence at a time: a number with a military craft noun ("19 J-16 fighters"), or a
partitive ("19 of them", "15 of which") that takes the craft named before it, linked to the
zone words that follow it (ADIZ, median line, territorial waters, contiguous zone) or, for
sightings, to "around Taiwan". The day is the date written in the report, else the article's.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_TEENS = "fifteen sixteen seventeen eighteen nineteen twenty"
NUMBER_WORDS = {word: value for value, word in enumerate(f"{_UNITS} {_TEENS}".split())} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a dozen": 12, "dozens of": 24,
}  # fmt: skip
CRAFT = {
    "aircraft": "aircraft", "planes": "aircraft", "plane": "aircraft", "warplanes": "aircraft",
    "jets": "aircraft", "fighters": "aircraft", "fighter": "aircraft", "bombers": "aircraft",
    "bomber": "aircraft", "helicopters": "aircraft", "sorties": "aircraft",
    "drones": "drones", "drone": "drones", "uavs": "drones",
    "balloons": "balloons", "balloon": "balloons",
    "vessels": "vessels", "vessel": "vessels", "ships": "vessels", "ship": "vessels",
    "warships": "vessels", "warship": "vessels", "boats": "vessels",
}  # fmt: skip
ZONES = [
    (re.compile(r"\bADIZ\b|air[ -]defen[cs]e identification zone", re.I), "ADIZ"),
    (re.compile(r"\bmedian line\b|\bcentre line\b|\bcenter line\b", re.I), "median line"),
    (re.compile(r"\bterritorial (?:waters|sea|airspace)\b", re.I), "territorial waters"),
    (re.compile(r"\bcontiguous zone\b", re.I), "contiguous zone"),
]
AROUND = re.compile(
    r"\b(?:around|near|surrounding|off|toward|towards|close to)\s+(?:Taiwan|the island)\b", re.I
)
CHINA = re.compile(r"\b(?:China|Chinese|PLA|PRC|Beijing)\b")

_COUNT = r"(?:\d{1,3}(?:,\d{3})?|(?:a dozen|dozens of)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"  # noqa: E501
_CRAFT_WORDS = "|".join(sorted(CRAFT, key=len, reverse=True))
# A count is a word of its own: never the "16" of "J-16" or the "1" of "P-1".
CRAFT_COUNT = re.compile(
    rf"(?<![\w-])(?:more than |over |at least |some |about |a total of )?(?P<count>{_COUNT})\s+"
    rf"(?P<mods>(?:[\w'’-]+\s+){{0,4}}?)(?P<craft>{_CRAFT_WORDS})\b",
    re.I,
)
# "19 of them entered", "15 of which crossed", and the headline shorthand "26 cross median line".
PARTITIVE = re.compile(
    rf"(?<![\w-])(?P<count>{_COUNT})\s+(?:of\s+(?:the|them|which|those|these)\b|"
    r"(?=(?:crossed|cross|crosses|crossing|entered|enter|enters|entering|intruded|breached)\b))",
    re.I,
)


@dataclass(frozen=True)
class Incursion:
    count: int
    what: str  # aircraft, drones, balloons or vessels
    zone: str  # "ADIZ", "median line", "median line or ADIZ", "around Taiwan", ...
    day: date
    evidence: str  # the sentence it came from


def number(text: str) -> int | None:
    text = text.lower().replace(",", "")
    if text.isdigit():
        return int(text)
    if "-" in text:
        tens, _, unit = text.partition("-")
        return NUMBER_WORDS.get(tens, 0) + NUMBER_WORDS.get(unit, 0) or None
    return NUMBER_WORDS.get(text)


def may_report_incursions(text: str) -> bool:
    """A cheap test first: most articles name no zone, and dates need not be read for them."""
    return bool(CHINA.search(text)) and (
        any(rx.search(text) for rx, _ in ZONES) or bool(AROUND.search(text))
    )


def find_incursions(
    sentences: list[tuple[str, date | None]], article_text: str, published: datetime
) -> list[Incursion]:
    """Facts from the sentences, each given with the date written in it, if any.

    A sentence without a date of its own takes the last one written before it, and the headline
    and lede before any date take the first: reports give the day once ("on 24 November, ...")
    and repeat or break down the numbers around it.
    """
    if not CHINA.search(article_text):
        return []
    facts: list[Incursion] = []
    day = next((written for _, written in sentences if written), None) or published.date()
    for sentence, written_day in sentences:
        day = written_day or day
        zones = [(m.start(), label) for rx, label in ZONES for m in rx.finditer(sentence)]
        around = AROUND.search(sentence)
        if zones or around:
            facts += _facts(sentence, sorted(zones), around is not None, day)
    return _unique(facts)


def _facts(sentence: str, zones: list[tuple[int, str]], around: bool, day: date) -> list[Incursion]:
    counts: list[tuple[int, int, str]] = []  # (start, count, what)
    last_craft: str | None = None
    marks = {m.start(): m for m in PARTITIVE.finditer(sentence)}
    marks |= {m.start(): m for m in CRAFT_COUNT.finditer(sentence)}  # a craft noun wins
    for start, match in sorted(marks.items(), key=lambda pair: pair[0]):
        value = number(match.group("count"))
        if value is None or value == 0:
            continue
        if "craft" in match.groupdict():
            last_craft = CRAFT[match.group("craft").lower()]
            counts.append((start, value, last_craft))
        elif last_craft:
            counts.append((start, value, last_craft))
    facts = []
    for index, (start, value, what) in enumerate(counts):
        end = counts[index + 1][0] if index + 1 < len(counts) else len(sentence)
        named = {label for position, label in zones if start < position < end}
        labels = [label for _, label in ZONES if label in named]
        if labels:
            facts.append(Incursion(value, what, " or ".join(labels), day, sentence))
        elif around:
            facts.append(Incursion(value, what, "around Taiwan", day, sentence))
    return facts


def _unique(facts: list[Incursion]) -> list[Incursion]:
    """An article repeats its numbers (headline, lede, body): keep each fact once."""
    seen: dict[tuple[int, str, str, date], Incursion] = {}
    for fact in facts:
        seen.setdefault((fact.count, fact.what, fact.zone, fact.day), fact)
    return list(seen.values())
