"""Counts of one group in a sentence of a Chinese or Japanese incursion report, for
cjk_incursions.py: which counts make a group (joined by 、, 和, と), the facts a group gives in
a zone, whether a count is a period's, and the small readings of a zone beside a count (a
Japanese zone marked by に before it, a place alone before it, another group beside it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .cjk_counts import Count
from .cjk_incursion_words import patterns
from .cjk_script import fold_pattern
from .cjk_zones import places_in, zones_in
from .incursion_words import AIR_ZONES, SEA_PLACES
from .incursions import Incursion

LIST_GAP = 10  # characters between two counts of one list at most ("、海警局の公船")
# How far before a list's count its own zone may start ("西南空域" before "4架次").
ITEM_ZONE_REACH = 12
# What parts a list's items: a sector's name and its count follow the mark alone.
LIST_MARKS = "、，, "
# A Japanese zone made the topic of the count after it, by its crossing or entry and は
# ("…艦艇6隻で、中間線越えは7機", "ADIZ進入は１０機"): that count's zone, not the group's before.
_TOPIC = re.compile(fold_pattern(r"(?:越え|超え|進入|侵入)?は\s*(?:延べ)?"))


def named_part(sentence: str, start: int, end: int, counts: list[Count]) -> tuple[int, str] | None:
    """(position, craft) of 其中 or うち naming drones, balloons or missiles without a count."""
    p = patterns()
    marker = p["part_marker"].search(sentence, start, end)
    if not marker or any(marker.start() <= count.start < end for count in counts):
        return None
    noun = sentence[marker.end() : marker.end() + 6]
    craft = next((name for name in ("drones", "balloons", "missiles") if p[name].match(noun)), None)
    return (marker.start(), craft) if craft else None


def in_period(sentence: str, position: int, carried: bool) -> bool:
    """Whether a count at `position` is a figure for a period: the last scope its sentence
    names before it is one ("上月共偵獲", "１月に"), or it names none and the article's last
    one was (`carried`). A day that ends a span named after a period is the period's end
    ("今年、…２７日までに"), not the day's report; so is a bare day a figure was reached by."""
    p = patterns()
    # A period that only numbers today's time ("今年１５件目") is no scope, but a tally of its
    # times after the ordinal is the period's ("今年２０回目で、延べ５８隻となった").
    tally = bool(p["tally"].search(sentence, max(0, position - 4), position))
    periods = [
        m.start()
        for m in p["period"].finditer(sentence, 0, position)
        if not p["record_window"].match(sentence, m.end())
        or (tally and p["ordinal_window"].match(sentence, m.end()))
    ]
    scopes = [(start, True) for start in periods]
    opened = sentence.find("から")  # a span opened ("１日から"), read once for every day
    for day in p["report_day"].finditer(sentence, 0, position):
        ends_period = (
            bool(periods)
            and periods[0] < day.start()
            and _ends_span(sentence, day)
            and not _WINDOW_FROM_HOUR.search(sentence, 0, day.start())
        )
        # A bare day "by" which a figure was reached ("２８日までに…延べ４０隻") ends a period
        # the sentence need not name; a report's window writes its hour ("午前６時までに").
        by_day = (
            bool(p["by_day"].match(sentence, day.end()))
            and day.group()[0].isdigit()
            and not 0 <= opened < day.start()
        )
        scopes.append((day.start(), ends_period or by_day))
    # Chinese writes the day after its subject ("中國海警船3艘今天上午9時許闖入…"): with no scope
    # before the count, a report's day in the count's own clause is its scope, not the period
    # a sentence before named ("今年兩岸規模最大的宗教交流"); a stay's hours ("２隻が８０時間以上
    # …とどまる") name no day.
    clause = _clause_of(sentence, position)
    if not scopes and any(
        not _HOURS.fullmatch(m.group()) for m in p["report_day"].finditer(clause)
    ):
        return False
    return max(scopes)[1] if scopes else carried


_HOURS = re.compile(fold_pattern(r"[0-9]+(?:小時|時間)"))
# A span opened at a day's hour ("9月25日0600時至", "昨日上午6時至", "５日午前６時から") is a
# report's window, the period word before it its label ("統計期間｜113年9月25日0600時至9月26日
# 0600時"): a year's or a month's total to date never opens at an hour.
_WINDOW_FROM_HOUR = re.compile(
    fold_pattern(
        r"(?:[0-9]{1,2}日|昨日|昨天|前一日|前一天|前日)\s?"
        r"(?:午前|午後|上午|下午|凌晨|早上|晚上)?\s?[0-9]{1,4}\s?(?:時|点|點)"
        r"[^，,；;。、]{0,6}?(?:至|到|から|より|起|[~〜])"
    )
)


def _clause_of(sentence: str, position: int) -> str:
    """The sentence from `position` to the end of its clause."""
    end = re.search(r"[，,、；;。！？!?]", sentence[position:])
    return sentence[position : position + end.start()] if end else sentence[position:]


def _ends_span(sentence: str, day: re.Match[str]) -> bool:
    p = patterns()
    return bool(p["span_end"].search(sentence[day.end() :])) or bool(
        p["span_end"].search(sentence[: day.start()])
    )


def group_facts(
    group: list[Count],
    zone: str,
    place: str,
    days: dict[tuple[int, int], list[date]],
    evidence: str,
    part_of_aircraft: bool,
) -> list[Incursion]:
    # Drones that are part of the aircraft total ("其中1架無人機", "うち無人機２機") are
    # inside it: they are no craft of their own.
    # Counts included in a total are in its fact, and a list that ends included is so whole
    # ("Ｊ１６戦闘機３６機やＨ６爆撃機１２機などが含まれ").
    counted = [
        c for c in group
        if not c.cumulative and _fits(c.craft, zone)
        and not (part_of_aircraft and c.craft == "drones")
        and not c.included and not group[-1].included
    ]  # fmt: skip
    # A breakdown counts only when it is all there is of its craft: types of aircraft listed
    # beside drones ("Ｊ１０戦闘機６機とＫＪ５００早期警戒機１機、無人機２機") are the aircraft's
    # only figures, summed by rule 3, as the drones are theirs.
    told_whole = {c.craft for c in counted if not c.typed}
    sums: dict[tuple[str, date], int] = {}
    for count in (c for c in counted if not c.typed or c.craft not in told_whole):
        for day in days[(count.start, count.end)]:
            key = (what_of(count, zone), day)
            sums[key] = sums.get(key, 0) + count.count
    return [
        Incursion(n, what, zone, place, day, evidence) for (what, day), n in sums.items() if n > 0
    ]


def added(
    facts: list[Incursion], found: list[Incursion]
) -> tuple[list[Incursion], list[Incursion]]:
    """Another group in the zone, place and day of a fact before it adds to that fact
    ("3艘侵入南竿東南方限制水域，11時許另有三艘進入東引北方限制水域": 6 in Matsu's waters, one
    fact, as the blind-6 writers sum two groups of a day), where a figure told again would
    not: (the facts with the sums, the found facts that add to none). A report's total around
    Taiwan is whole, so another group its sentence leaves around the island ("共艦11艘，…
    另有共艦2艘一度出現在宜蘭東方約40浬海域") is some of those ships told apart: neither a sum
    nor a fact."""
    extra = {fact_key(f): f for f in found}
    inside_total = {key for key in extra if key[1] == "around Taiwan"} & {
        fact_key(f) for f in facts
    }
    for key in inside_total:
        del extra[key]
    summed = [
        replace(f, count=f.count + extra.pop(fact_key(f)).count) if fact_key(f) in extra else f
        for f in facts
    ]
    return summed, list(extra.values())


def fact_key(fact: Incursion) -> tuple[str, str, str, date]:
    return (fact.what, fact.zone, fact.place, fact.day)


def marked_by_place(sentence: str, start: int, count_start: int) -> bool:
    """Whether one of the list's places is all that comes before a count ("、馬祖に２隻")."""
    p = patterns()
    return any(
        p["place_marks"].fullmatch(sentence, m.end(), count_start)
        for place in SEA_PLACES
        for m in p[place].finditer(sentence, start, count_start)
    )


def _fits(craft: str, zone: str) -> bool:
    """Whether such craft can be in such a zone: no aircraft sails in territorial waters (the
    helicopter that took off from a ship there), no ship flies in the ADIZ."""
    if craft == "ships":
        return zone != "ADIZ"
    return zone in AIR_ZONES


def what_of(count: Count, zone: str) -> str:
    if count.craft == "air":
        return "aircraft"
    if count.craft == "ships":
        return count.ships or ("navy vessels" if zone in AIR_ZONES else "official ships")
    return count.craft


def groups_of(sentence: str, counts: list[Count]) -> list[list[Count]]:
    """Counts joined by list words ("、", "和", "と") are one group, however long the next
    item's noun; a comma, 其中 or うち between two counts starts another."""
    p = patterns()
    groups = [[counts[0]]]
    for previous, count in zip(counts, counts[1:], strict=False):
        # A day's bracket ("今(21)日", a weekday's "周日(3日)") writes the day, it opens no clause.
        between = re.sub(r"\(\d{1,2}\)日|\(\d{1,2}日\)", "日", sentence[previous.end : count.start])
        if (
            count.part
            or p["group_break"].search(between)
            or (_zone_in(between) and not _sectors_of_one_zone(sentence, previous, between))
            or any(place in SEA_PLACES for _, place in places_in(between))
            or (len(between) > LIST_GAP and not p["joined_item"].fullmatch(between))
        ):
            groups.append([count])
        else:
            groups[-1].append(count)
    return groups


def _zone_in(text: str) -> bool:
    return bool(zones_in(text))


def _sectors_of_one_zone(sentence: str, previous: Count, between: str) -> bool:
    """Whether two counts are items of one list of a zone's sectors, each written right after
    its sector ("北部空域3架次、中部空域5架次、西南空域4架次"): the guide counts one fact per
    zone, never one per sector, so the items are one group whose counts add up."""
    zones = zones_in(between)
    if len(zones) != 1 or between[zones[0][1] :] or between[: zones[0][0]].strip(LIST_MARKS):
        return False
    window_start = max(0, previous.start - ITEM_ZONE_REACH)
    own = zones_in(sentence[window_start : previous.start])
    return bool(own) and own[-1][1] == previous.start - window_start and own[-1][2] == zones[0][2]


def leads(sentence: str, zone_end: int, counts: list[Count]) -> bool:
    """Whether a zone is the place of the count right after it: a Japanese zone marked by に
    or で with only that count's noun between ("台湾ＡＤＩＺに２２機", "接続水域では海警船３隻");
    not a clause of its own ("領海に侵入し、…２隻"); nor a Chinese one written straight before a
    count that ends a list's item ("金門限制水域4艘、")."""
    following = next((count for count in counts if count.start >= zone_end), None)
    if following is None:
        return False
    p = patterns()
    # A list's item that is a zone and its count alone holds that count: in "其中金門限制水域4艘、
    # 馬祖南竿限制水域2艘" each place's waters are its own count's, not the count's before.
    return (
        bool(p["leads"].fullmatch(sentence, zone_end, following.start))
        or bool(_TOPIC.fullmatch(sentence, zone_end, following.start))
        or bool(
            p["holds_count"].fullmatch(sentence, zone_end, following.start)
            and p["item_end"].match(sentence, following.end)
        )
    )
