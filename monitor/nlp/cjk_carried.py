"""What a sentence of a Chinese or Japanese report (cjk_incursions.py) takes from the sentences
before it: the day, the scope, the zones and places named last, the totals its parts are of; and
what each sentence leaves the next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .cjk_group_facts import in_period
from .cjk_incursion_words import patterns


@dataclass
class Carried:
    """What a sentence takes from the sentences before it."""

    day: date
    period: bool = False  # the last scope said was a period ("１月に", "今年"), not a day
    reported: bool = False  # the last sentence with counts gave facts; "艦艇は14隻" goes on
    sea_place: str | None = None
    listed: list[str] = field(default_factory=list)  # the zones a list's lines are in
    section: bool = False  # the listed zones are a numbered heading's, for its indented lines
    zone: str | None = None  # the last zone named, for "同水域"
    named: list[str] = field(default_factory=list)  # where the sentence before saw craft uncounted
    total: set[tuple[str, str, str]] = field(default_factory=set)  # the last totals' craft, zones
    full: set[date] = field(default_factory=set)  # the days the body has given facts of
    piece: bool = False  # the sentence is a headline's piece after one on its line


def included_back(sentence: str) -> str | None:
    """The craft a sentence's total says it includes, pointed back to ("この無人機を含め")."""
    p = patterns()
    match = p["included_back"].search(sentence)
    if not match:
        return None
    noun = match.group("noun")
    return next((name for name in ("drones", "balloons") if p[name].search(noun)), None)


def announces_list(sentence: str) -> bool:
    """Whether a sentence ending in a colon or "as follows" announces a list of the day's
    craft ("國防部今晨公布24小時共軍動態：" before "▲共機：17架次", "確認状況は次の通り。")."""
    p = patterns()
    return bool(p["announces"].search(sentence)) and bool(p["activity"].search(sentence))


def heads_section(sentence: str) -> bool:
    """Whether a line is a numbered section's heading that names China's craft seen in a zone,
    with no figure of its own: a coast guard's notice counts them on the indented lines below
    ("１．接続水域内で確認された中国海警局に所属する船舶" over "　５日（土）　４隻")."""
    p = patterns()
    return (
        bool(p["section_heading"].match(sentence))
        and first_count(sentence) is None
        and bool(p["china"].search(sentence) and p["activity"].search(sentence))
    )


def first_count(sentence: str) -> int | None:
    match = patterns()["count"].search(sentence)
    return match.start() if match else None


def period_after(sentence: str, period: bool) -> bool:
    """The scope the next sentence inherits: the last this one names, else the one it
    inherited ("このうち２６６機が…" is part of the month before it). A sentence that counts
    nothing and forecasts ("演習は「少なくとも3日間」続くとみられる") names the span of what is
    to come, no period of counts: the scope stays."""
    if first_count(sentence) is None and patterns()["forecast"].search(sentence):
        return period
    if _names_scope(sentence):
        return in_period(sentence, len(sentence), period)
    return period


def _names_scope(sentence: str) -> bool:
    p = patterns()
    return bool(p["period"].search(sentence) or p["report_day"].search(sentence))
