"""The facts of one sentence of a Chinese or Japanese report (cjk_incursions.py): its counts of
China's craft, grouped, each group in the zones its sentence gives it, else in those the sentences
before left (cjk_carried.py), else around Taiwan when the sentence is a defence ministry's report
of the day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import cjk_stay_words as stays
from .cjk_carried import Carried
from .cjk_count_days import count_days
from .cjk_counts import Count, read_counts
from .cjk_days import written_days
from .cjk_group_facts import (
    added,
    fact_key,
    group_facts,
    groups_of,
    in_period,
    leads,
    marked_by_place,
    named_part,
    what_of,
)
from .cjk_incursion_words import patterns
from .cjk_script import fold_pattern
from .cjk_whole_count import placed_whole
from .cjk_zones import (
    in_own_waters,
    place_of,
    placed_near,
    places_in,
    zones_in,
    zones_kept_out_of,
)
from .incursion_words import AIR_ZONES, SEA_PLACES
from .incursions import Incursion

# A clause whose subject is craft the report does not count: "(當天)並有…", "另有…" (no figure).
_UNCOUNTED_SUBJECT = re.compile(
    fold_pattern(
        r"[，,；;](?:當天|同日|同時|另|並|也|亦|還)*有(?=[^，,；;。]{2,20}(?:進入|逾越|越過))"
    )
)
# A later clause of a Japanese sentence that opens with a subject of its own ("…確認されており、
# 国防部は空母が太平洋上で…", "…、空母「山東」が…"): the places it names are its subject's, not
# the counts'. Not a place's では or には, a quote's とは, nor a nominalised のは.
_OWN_SUBJECT_CLAUSE = re.compile(r"[、，,](?=[^、，,。]{1,24}?(?<![でにとの])[はが])")
_BREAKDOWN = re.compile(fold_pattern(r"(?:その|機種の|機型)?(?:内訳|內譯)"))
# The hour a Taiwan report runs to, in Japanese copy ("本日（23日）06時まで：中国軍機15機"): like
# its 24 hours, it says the counts after it are the day's report.
_RUNS_TO_SIX = re.compile(fold_pattern(r"(?<![0-9午後])0?6時まで(?!に)"))
ENTERED = re.compile(r"[進进]入|侵入|[闖闯]入|に入[っりる]")


def sentence_facts(
    sentence: str, evidence: str, report: bool, carried: Carried, published: date
) -> tuple[list[Count], list[Incursion]]:
    """The sentence's counts of China's craft, and its facts."""
    p = patterns()
    # A generic counter's part (このうち１個) is of the balloons or missiles totalled before.
    totalled = {what for what, _, _ in carried.total} & {"balloons", "missiles"}
    counts = read_counts(sentence, next(iter(totalled)) if len(totalled) == 1 else None)
    if not counts:
        return [], []
    # A sentence named a breakdown of the total before it ("内訳はJ-16戦闘機14機、J-10戦闘機4機…")
    # gives no fact of its own (rule 3), not even their sum.
    if carried.total and all(c.typed for c in counts) and _BREAKDOWN.match(sentence.lstrip()):
        return counts, []
    # the totals the sentences before gave, before this sentence's own replace them
    told_total = set(carried.total)
    spans = [(count.start, count.end) for count in counts]
    days = dict(zip(spans, count_days(sentence, spans, carried.day, published), strict=True))
    # The sentence after is of the day the last count of the day was ("…翌１１日朝までの２４時間
    # では艦艇１４隻。同日の軍用機は４７機").
    carried.day = next(
        (days[(c.start, c.end)][-1] for c in reversed(counts) if not c.cumulative), carried.day
    )
    found_zones = zones_in(sentence)
    for same in p["same_zone"].finditer(sentence):  # "同水域": the zone named last
        named = [zone for start, _, zone in found_zones if start < same.start()]
        if zone := (named[-1] if named else carried.zone):
            found_zones.append((same.start(), same.end(), zone))
    found_zones.sort()
    zones = [(start, zone) for start, _, zone in found_zones]
    leading = {start for start, end, _ in found_zones if leads(sentence, end, counts)}
    places = places_in(sentence)
    groups = groups_of(sentence, counts)
    # where the sentence's first count of drones ends, read once for all its groups
    first_drones_end = next((c.end for c in counts if c.craft == "drones"), None)
    # A clause opened before a count by a bracket or 其中 holds that count's zones
    # ("27架次（逾越中線進入…空域計18架次）", "其中進入北部、西南空域者21架次").
    for previous, group in zip(groups, groups[1:], strict=False):
        opened = list(p["opens"].finditer(sentence, previous[-1].end, group[0].start))
        if opened and not p["closes"].search(sentence, opened[-1].end(), group[0].start):
            leading |= {start for start, _ in zones if opened[-1].start() <= start < group[0].start}
    # A line of its own (a headline, a list's line) that counts craft tells the report's counts
    # ("中国軍機３３機・艦艇１２隻　台湾周辺", "・中国軍機：２６機").
    line = not re.search(r"[。！？!?]", sentence) or bool(p["list_item"].match(sentence))
    # So does a sentence that names the report's 24 hours ("２４時間でも中国軍機は２１機").
    window = bool(p["window"].search(sentence) or _RUNS_TO_SIX.search(sentence))
    ongoing = carried.reported or line or window or bool(p["activity"].search(sentence))
    facts: list[Incursion] = []
    typed: list[Incursion] = []  # facts of groups that count aircraft types only
    for index, group in enumerate(groups):
        first, last = group[0], group[-1]
        scope_end = groups[index + 1][0].start if index + 1 < len(groups) else len(sentence)
        scope_start = groups[index - 1][-1].end if index else 0
        # Zones between two groups are the first's ("逾越中線 共艦七艘" is no ship on the line),
        # unless a particle makes one the place of the count after it ("ＡＤＩＺに２２機").
        after = [
            (start, z) for start, z in zones
            if last.end <= start < scope_end and start not in leading
        ]  # fmt: skip
        before = [
            (start, z) for start, z in zones
            if start < first.start and (not index or scope_start <= start and start in leading)
        ]  # fmt: skip
        # Zones after a total a part is taken from are the part's ("24機のうち、中間線を越えた
        # のは"), even when the part has no count.
        if p["part_follows"].match(sentence, last.end):
            after = []
        # Zones after an uncounted part ("約２０機で、一部がＡＤＩＺに入った") are no count's.
        if vague := p["vague_part"].search(sentence, last.end, scope_end):
            after = [(start, z) for start, z in after if start < vague.start()]
        # So are zones after a later clause's craft named without a count ("曾偵獲共機21架次、
        # 共艦5艘，當天並有轟-6K轟炸機進入西南空域"): the bomber entered, not the 21.
        if uncounted := _UNCOUNTED_SUBJECT.search(sentence, last.end, scope_end):
            after = [(start, z) for start, z in after if start < uncounted.start()]
        # And zones after a later clause opened by a period ("…於週三下午駛離；另據統計，今年中國
        # 海警船在鄰接區出現的天數已達320天"): the period's figure, not the count's.
        if later := _later_period(sentence, last.end, scope_end):
            after = [(start, z) for start, z in after if start < later]
        # 其中 and a craft with no count of its own ("共機6架次、共艦3艘及無人機1架，其中無人機…
        # 進入東南空域"): the zones after it are that craft's alone.
        own: list[Count] = []
        own_zones: list[tuple[int, str]] = []
        craft_part = named_part(sentence, last.end, scope_end, counts)
        crafts = {c.craft for c in group}
        if craft_part and craft_part[1] in crafts and len(crafts) > 1:
            marker, craft = craft_part
            own = [c for c in group if c.craft == craft]
            group = [c for c in group if c.craft != craft]
            own_zones = [(start, z) for start, z in after if start >= marker]
            after = [(start, z) for start, z in after if start < marker]
        # A headline's piece that opens with a bare count goes on with the piece before it
        # ("海警船4艘闖金門限制水域 2艘一度駛入禁止水域": two of the four).
        opens_piece = not index and carried.piece and not sentence[: first.start].strip()
        subset = (
            first.part
            or bool(p["subset"].search(sentence[scope_start : first.start]))
            or (index > 0 and bool(p["bracketed_part"].match(sentence, scope_start, first.start)))
            or (
                opens_piece and any(what == what_of(first, zone) for what, zone, _ in carried.total)
            )
        )
        # Groups in one clause share its place ("轟炸機2架與俄羅斯…轟炸機2架…在對馬海峽上空").
        clause_end = scope_end
        if not p["clause_end"].search(sentence, last.end, scope_end):
            found_end = p["clause_end"].search(sentence, scope_end)
            clause_end = found_end.start() if found_end else len(sentence)
        subject = _OWN_SUBJECT_CLAUSE.search(sentence, last.end, clause_end)
        own_end = subject.start() if subject else clause_end
        outside = bool(p["outside"].search(sentence, scope_start, own_end))
        # A zone the count's own clause keeps the craft out of ("另有1艘海警船在限制水域外徘徊")
        # is not theirs from a clause before ("…進入馬祖限制水域；同一時段，…另有1艘").
        kept_out = zones_kept_out_of(sentence, last.end, clause_end)
        before = [(start, z) for start, z in before if z not in kept_out]
        # Craft that entered another country's ADIZ are that country's report, in no zone of
        # Taiwan's: neither the zone named before nor the waters around it.
        foreign = bool(p["foreign_adiz_named"].search(sentence, last.end, clause_end))
        # A part is in its own zones only, those after it or in the clause it opens.
        chosen = after or ([z for z in before if z[0] in leading] if subset else before)
        if in_period(sentence, first.start, carried.period):
            continue
        # A count for part of a day already reported ("今天上午6時至下午5時，再偵獲共機66架次"
        # after the 24 hours to 6 a.m.) is no second fact of that day. A window in a clause a
        # semicolon closed before the count is the ships' stay before it ("…領海，至傍晚仍未離開；
        # 另有2艘在鄰接區航行"), not the count's.
        own_clause = max(scope_start, *(sentence.rfind(m, 0, first.start) + 1 for m in "；;"))
        if p["partial_window"].search(sentence, own_clause, first.start) and (
            set(days[(first.start, first.end)]) & (carried.full | {f.day for f in facts})
        ):
            continue
        # Craft placed at the Senkakus, Kinmen or Matsu, or outside the list, were not
        # reported around Taiwan, whatever the report's verbs ("金門周邊另有中國海警船2艘").
        elsewhere = (
            outside
            or foreign
            or any(
                scope_start <= position < scope_end and place in SEA_PLACES
                for position, place in places
            )
            or placed_near(sentence, last.end, clause_end)
        )
        if not chosen and not subset and not in_own_waters(sentence, last.end, clause_end):
            chosen = [(first.start, zone) for zone in carried.listed or carried.named]
        # Craft that "entered" with no zone named entered the one named last ("３９機が進入していた"
        # after "防空識別圏に進入した").
        if not chosen and carried.zone and p["enters"].match(sentence, last.end) and not foreign:
            chosen = [(first.start, carried.zone)]
        # A count marked by one of the list's places alone ("金門に４隻、馬祖に２隻") is in the
        # waters named last, at that place; so is a coast guard's tally by day, a count whose
        # clause writes a day the story has no fact of yet ("２０日は３隻だった", "週二（9日）
        # 3艘，今天上午又有4艘"), unless its sentence is a defence ministry's report.
        last_zone = next((z for start, z in reversed(zones) if start < first.start), carried.zone)
        waters = last_zone if last_zone not in (None, *AIR_ZONES) else None
        told = carried.full | {f.day for f in facts}
        tally = (
            not subset and bool(told) and not p["report"].search(sentence)
            and bool(p["report_day"].search(sentence, scope_start, first.start))
            and not set(days[(first.start, first.end)]) & told
        )  # fmt: skip
        # Not ships the clause places near a zone ("制限水域付近を航行したが"): outside it.
        near = placed_near(sentence, scope_start, clause_end)
        marked = tally or marked_by_place(sentence, scope_start, first.start)
        if not chosen and waters and not near and marked:
            chosen = [(first.start, waters)]
        reported_around_taiwan = report and ongoing and not subset and not elsewhere
        if not chosen and reported_around_taiwan:
            chosen = [(first.start, "around Taiwan")]
        # A count a later clause places whole ("3顆，均逾越中線") is the total around Taiwan too.
        elif reported_around_taiwan and placed_whole(sentence, last.end, chosen):
            chosen = [(first.start, "around Taiwan"), *chosen]
        placed: dict[str, str | None] = {}
        for at, zone in chosen:  # each zone where it is named: "金門…制限水域に、…馬祖…制限水域に"
            placed.setdefault(zone, place_of(zone, at, places, carried.sea_place, outside))
        if not subset:
            carried.total = set()
        # Drones the sentence counted before a part of drones ("无人机3架次…，其中3架次无人机进入
        # 西南防空识别区", "（含無人機４架次）…其中無人機２架次…進入西南空域") make the part
        # theirs, a fact of its own, not drones hidden in the aircraft total; so do drones the
        # total before it counted ("偵獲共機9架次、無人機4架次。其中無人機2架次進入西南空域").
        drones_told = (first_drones_end is not None and first_drones_end <= first.start) or any(
            what == "drones" for what, _, _ in carried.total
        )
        # A part of drones is hidden in the total ("中国軍機31機（うち無人機4機）": the zones
        # after the bracket are the total's; "其中1架無人機自北部空域繞經東部": a route), unless
        # a clause of its own says they entered a zone ("このうち無人機2機が台湾東部の防空識別圏に
        # 入った", "其中無人機2架次進入西南空域"): a fact of drones in that zone.
        hidden = (
            subset
            and not drones_told
            and any(c.craft == "drones" for c in group)
            and (
                _in_bracket(sentence, scope_start, first.start)
                or not ENTERED.search(sentence, last.end, clause_end)
            )
        )
        for zone, place in placed.items():
            # A part in the zone of its total is inside that fact ("4艘駛入限制水域，其中2艘
            # 進入禁止水域": both are restricted waters).
            if place is None:
                continue
            found = group_facts(group, zone, place, days, evidence, hidden)
            if p["another"].search(sentence, scope_start, first.start):
                facts, found = added(facts, found)
            if subset:
                found = [f for f in found if not _inside_total(f, carried.total)]
            else:
                # One type's count around the island after the report's total of its craft
                # ("…中国軍機３４機…。Ｈ６Ｋ爆撃機２機は台湾の東方を周回した") is a breakdown of
                # that total (rule 3), with no うち to say so.
                if zone == "around Taiwan" and all(c.typed for c in group):
                    found = [f for f in found if not _inside_total(f, told_total)]
                carried.total |= {(f.what, f.zone, f.place) for f in found}
            facts += found
            if all(c.typed for c in group):
                typed += found
        for at, zone in own_zones:
            if place := place_of(zone, at, places, carried.sea_place, outside):
                facts += group_facts(own, zone, place, days, evidence, False)
    if (left := _day_left(sentence, published, carried.day)) is not None:
        facts = [f for f in facts if f.zone not in stays.STAY_ZONES or f.day != left]
    return counts, summed_breakdowns(facts, typed)


def _day_left(sentence: str, published: date, told: date | None) -> date | None:
    """The day written last before ships leave their waters in a sentence that tells no entry
    (cjk_stay_words.leaving_at): a stay's fact is the day it began's, not that day's."""
    at = stays.leaving_at(sentence)
    days = [day for _, end, day in written_days(sentence, published, told) if end <= (at or 0)]
    return days[-1] if at is not None and days else None


def _later_period(sentence: str, start: int, end: int) -> int | None:
    """Where a clause between `start` and `end` opens on a period, not a record's window: the
    first period after a clause's mark (；，) there."""
    p = patterns()
    mark = _CLAUSE_MARK.search(sentence, start, end)
    if mark is None:
        return None
    for period in p["period"].finditer(sentence, mark.end(), end):
        if not p["record_window"].match(sentence, period.end()):
            return period.start()
    return None


_CLAUSE_MARK = re.compile("[；;，,]")


def _inside_total(fact: Incursion, total: set[tuple[str, str, str]]) -> bool:
    """Whether a part's fact is inside the total it is of: in the total's zone, or around
    Taiwan when the total is Taiwan's ("ＡＤＩＺに進入…このうちＨ６Ｋ爆撃機２機は…台湾東部の沖合を
    北上した": the bombers' route, not the report's total around the island, rule 3)."""
    if (fact.what, fact.zone, fact.place) in total:
        return True
    return fact.zone == "around Taiwan" and any(
        what == fact.what and place == fact.place for what, _, place in total
    )


def _in_bracket(sentence: str, start: int, end: int) -> bool:
    """Whether a bracket opened between start and end is still open at end ("31機（うち無人機")."""
    opened = max(sentence.rfind("（", start, end), sentence.rfind("(", start, end))
    closed = max(sentence.rfind("）", start, end), sentence.rfind(")", start, end))
    return opened > closed


def summed_breakdowns(facts: list[Incursion], typed: list[Incursion]) -> list[Incursion]:
    """A sentence that gives only a breakdown by type, in clauses of their own, gives their sum
    in each zone (rule 3: "殲-10戰機6架次、轟-6K轟炸機2架次進入西南空域，運-9電戰機1架次則進入
    東部空域" is 9 aircraft in the ADIZ, one fact, not 8 and 1). A fact of a total in the same
    zone leaves the breakdowns as they were."""
    parts = {id(f) for f in typed}
    totals = {fact_key(f) for f in facts if id(f) not in parts}
    by_key: dict[tuple[str, str, str, date], list[Incursion]] = {}
    for fact in typed:
        by_key.setdefault(fact_key(fact), []).append(fact)
    summed = {
        key: replace(found[0], count=sum(f.count for f in found))
        for key, found in by_key.items()
        if len(found) > 1 and key not in totals
    }
    kept = [f for f in facts if fact_key(f) not in summed or id(f) not in parts]
    return kept + list(summed.values())
