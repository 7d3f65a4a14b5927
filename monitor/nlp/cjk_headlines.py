"""A Chinese or Japanese report's headline, for cjk_incursions.py: the pieces its spaces split
it into, and which of its facts stand once the body has told the same figures.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from .cjk_incursion_words import folded_set, patterns, read_number
from .incursions import Incursion

_SPACE_BEFORE_NUMBER = re.compile(r"(?<=[^\s0-9])[ \t]+(?=[0-9])")
_BRACKETED = re.compile(r"[（(][^（()）\n]*[）)]")


def headline_facts_standing(
    facts: list[Incursion], headline: str, body: list[Incursion], body_counts: list[tuple[int, str]]
) -> list[Incursion]:
    """The headline's facts that stand once the body has told its figures."""
    return [
        fact
        for fact in facts
        if told_by_headline(fact, body, body_counts)
        and not rounded_by_headline(fact, headline, body)
    ]


def told_by_headline(
    fact: Incursion, body: list[Incursion], body_counts: list[tuple[int, str]]
) -> bool:
    """Whether a headline's fact stands. A headline's figure is the body's told again (rule 4),
    and the body reads it in full: where the body gives facts of the figure, the headline's
    are only those ("共機43架次擾台" over "…共43架次，進入西南空域" is no total around
    Taiwan; "共机49架次越线" over "…军机49架次…其中35架次逾越海峡中线" is no crossing of 49;
    "共機分別14、27架次" over two days' reports gives the 27 no day of the 14's), and where
    the body gives it only as a part of a total ("共機35架次（其中無人機2架次…）") it is
    none. Nor is a sum of the body's facts of ships or aircraft in its zone on its day
    ("艦船約90隻が展開" over "海軍の艦艇約60隻と海警局の船約30隻": the kinds added up), nor
    a sum of its days in a row."""
    # A headline counts drones by their counter, as aircraft ("「2機がADIZに」" over "このうち
    # 無人機2機が…防空識別圏に入った"): the body's drones are its fact.
    if fact.what == "aircraft" and any(
        f.what == "drones" and (f.count, f.zone, f.day) == (fact.count, fact.zone, fact.day)
        for f in body
    ):
        return False
    same = [f for f in body if (f.count, f.what) == (fact.count, fact.what)]
    if same:
        return any((f.zone, f.day) == (fact.zone, fact.day) for f in same)
    parts = [
        f.count
        for f in body
        if craft_of(f.what) == craft_of(fact.what)
        and (f.zone, f.place, f.day) == (fact.zone, fact.place, fact.day)
    ]
    if len(parts) > 1 and sum(parts) == fact.count or _sum_of_days(fact, body):
        return False
    return (fact.count, craft_of(fact.what)) not in body_counts


def ships_written(body: str) -> list[tuple[int, str]]:
    """The body's figures of ships as written, whoever's they are ("便宜置籍船など52隻"): a
    headline's same figure ("「要注意リスト」に52隻") is the body's told again, and where the body
    reads it as no fact (merchant ships on a watch list) the headline's is none either."""
    p = patterns()
    ship_counters = folded_set("艘 隻 艘次")
    return [
        (value, "ships")
        for m in p["count"].finditer(body)
        if m.group("counter") in ship_counters
        and (value := read_number(m.group("number"))) is not None
    ]


def _sum_of_days(fact: Incursion, body: list[Incursion]) -> bool:
    """Whether a fact's figure is the sum of the body's figures of its craft in its zone over
    two or more days in a row: a headline's total over days is cumulative, no day's ("土日で延べ
    53機" over Saturday's 22 and Sunday's 31: rule 5). A run stops once past the figure, so a
    long table's days are each added a few times at most."""
    by_day: dict[date, int] = {}
    for f in body:
        if craft_of(f.what) == craft_of(fact.what) and (f.zone, f.place) == (fact.zone, fact.place):
            by_day[f.day] = by_day.get(f.day, 0) + f.count
    days = sorted(by_day)
    for start, first in enumerate(days):
        total = by_day[first]
        for before, day in zip(days[start:], days[start + 1 :], strict=False):
            if (day - before).days != 1 or total >= fact.count:
                break
            total += by_day[day]
            if total == fact.count:
                return True
    return False


def rounded_by_headline(fact: Incursion, headline: str, body: list[Incursion]) -> bool:
    """Whether a headline's fact is the body's figure rounded down to a floor ("共機逾70架次"
    over "偵獲共機71架次"): the headline writes it as a floor and the body gives more of the
    same craft in the same zone on the same day."""
    floors = {
        read_number(m.group("before") or m.group("after"))
        for m in patterns()["floor"].finditer(headline)
    }
    return fact.count in floors and any(
        (f.what, f.zone, f.place, f.day) == (fact.what, fact.zone, fact.place, fact.day)
        and f.count > fact.count
        for f in body
    )


def craft_of(what: str) -> str:
    return {"aircraft": "air", "navy vessels": "ships", "official ships": "ships"}.get(what, what)


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a position is inside one of the sorted, disjoint spans."""
    at = bisect.bisect_right(spans, (position, position))
    return bool(at) and spans[at - 1][0] < position < spans[at - 1][1]


def headline_clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line without a full stop (a headline) split at its spaces: each piece tells its own
    craft and zone ("尖閣の領海に中国海警船２隻侵入　接続水域には４隻")."""
    if re.search(r"[。！？!?]", folded[start:end]):
        return [(start, end)]
    breaks = [m.start() for m in patterns()["headline_break"].finditer(folded, start, end)]
    # A space before a count ends a piece that has counted already ("氣球4顆擾台 3顆越過中線"),
    # not one whose count it writes ("共機 25 架次").
    # Only this line's spaces: searching all the text before each line made a feed of
    # thousands of lines without a full stop quadratic.
    for space in _SPACE_BEFORE_NUMBER.finditer(folded, start, end):
        piece = max((b for b in breaks if b < space.start()), default=start)
        if patterns()["count"].search(folded, piece, space.start()):
            breaks.append(space.start())
    # A bracket is one piece, its spaces a table's layout ("延べ７１機（うち中間線越え及び
    # 防空識別圏進入　４５機）": the 45 are the part of the 71 that entered those zones).
    inside = [(m.start(), m.end()) for m in _BRACKETED.finditer(folded, start, end)]
    breaks = sorted(b for b in breaks if not _within(b, inside))
    bounds = [start, *breaks, end]
    return list(zip(bounds, bounds[1:], strict=False))
