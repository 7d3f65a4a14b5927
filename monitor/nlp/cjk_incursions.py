"""Incursion facts from Chinese and Japanese reports, by the rules and into the records of
incursions.py: "偵獲共機25架次、共艦7艘、公務船2艘，其中共機19架次逾越中線，進入我西南空域" is
four facts (25 aircraft, 7 navy vessels and 2 official ships around Taiwan; 19 aircraft across
the median line) and a fifth for the ADIZ; "尖閣諸島周辺の接続水域で中国海警局に所属する船舶4隻が
航行" is 4 official ships in the contiguous zone of the Senkaku Islands.

These reports are formulaic, so each sentence is read by patterns over its folded text
(cjk_script.fold: traditional, simplified and Japanese spellings alike, full-width digits as
ASCII, offsets kept; the patterns are in cjk_incursion_words.py): counts of China's craft
(cjk_counts.py), the zones and places around them (cjk_zones.py), their days (cjk_days.py) and
the facts of each group of counts (cjk_group_facts.py); a headline is split and read against
the body in cjk_headlines.py. This module walks the article's sentences; one sentence's facts are
read in cjk_sentence_facts.py, with what the sentences before it carried (cjk_carried.py).

- A group of counts (joined by 、, 和, と, ...) takes the zones written after it in its sentence,
  up to the next group; failing those, the first group takes the zones written before it
  ("接続水域で、...4隻"), and a Japanese zone marked by に or で right before a count is that
  count's ("台湾ＡＤＩＺに２２機"). A space, a bracket or a long gap ends a group too (not a
  day's bracket: "昨(20)日4艘、今(21)日3艘"), and a headline's space ends a clause ("共機18架次
  無偵-7進入西南空域": the ADIZ is the drone's), as one before a count does after a piece that
  counted ("氣球4顆擾台 3顆越過中線"). Groups in one clause share its place ("轟炸機2架與…轟炸機
  2架…在對馬海峽上空": both out of the list).
- A count after 其中 or うち is part of the total before it, a fact only for the zones it names
  (and none for drones: they are inside the aircraft total); so is a bare count opening a clause
  or a headline's piece ("海警船4艘闖金門限制水域，2艘一度駛入禁止水域"). Breakdowns are facts
  only when they are all the sentence gives (then they add up).
- A zone is a fact's only when the craft were in it: not negated (未逾越, 入らなかった),
  approached (逼近, 近づかない), a landmark (領海のすぐ外側, 中線以西) or a route's start
  (台湾の東の海域から…北上); not another country's ADIZ; not a place outside the list (宮古海峽,
  東沙, an EEZ); and a zone the craft can be in (no aircraft in territorial waters, no ship in
  the ADIZ). Its place is the one named last before it (金門分署…馬祖限制水域 is Matsu's); two
  of the list's joined (金門と馬祖) or an island outside it (烏坵) give no fact. A count marked
  by a place alone ("金門に４隻") or a coast guard's tally by day ("２０日は３隻だった") is in
  the waters named last.
- A total with no zone in a defence ministry's report (周邊, 偵獲, its 24 hours or the hour it
  runs to) is the total around Taiwan, when the sentence reports activity (偵獲, 確認, 活動), the
  one before gave facts ("艦艇は１４隻だった") or announced a list ("共軍動態：" before "▲共艦：
  6艘"), and places the craft nowhere else (金門周邊, 尖閣). The lines of a list are in the zones
  its announcement names ("接続水域での…確認状況は次の通り。" before "▽１１日　４隻"), and a
  numbered heading's indented lines in the zone it names ("１．接続水域内で確認された…船舶").
- A count is the day's only in the report's scope. The last scope its sentence names before it
  decides: a period (上月, 今年, １月に, 2024年, 累計, 統計) or the report's day (今天, 24日,
  24小時, 午前６時, 同じ時間帯, 同じ期間); a day that ends a span after a period ends the period
  (今年…２７日までに). A sentence that names none keeps the last scope ("このうち２６６機" is
  part of the month's total). A streak of days (１５６日連続) is no period: it says the craft
  were out today again; nor is a record's window ("今年に入って最多"), and a sentence that only
  recalls a record ("これまでの最多は昨年３月の６２機") leaves the scope as it was.
- The day is the one the report runs to, else the day written last before the first count
  (cjk_days.py), else the last one written before, else the article's date (a headline's: the
  day of the first sentence that counts the day's craft); a day more than a week before
  publication is background ("2022年…8月4日一天就發射"), and so, by the guide's rule 8, is a day
  only recalled as the one before ("前一天，…發射了11枚"). A count for part of a day the body
  has reported already ("今天上午6時至下午5時，再偵獲") is no second fact of it.
- A headline's figure is the body's told again: the body's facts of it are its facts, and one
  the body gives only as a part of a total is none.
- A table of daily figures (a header of craft, a row a day) and a list of days (a line a day, its
  figures after it) are read whole in cjk_day_tables.py, and a coast guard's table whose columns
  are zones in cjk_zone_tables.py; a quiz's answer is read after its question
  (cjk_quiz_answers.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from .cjk_account_years import ACCOUNT_REACH
from .cjk_answer_keys import filled_blanks, offered_or_answered, with_answers
from .cjk_carried import (
    Carried,
    announces_list,
    first_count,
    heads_section,
    included_back,
    period_after,
)
from .cjk_corrections import without_printed_errors
from .cjk_count_asides import without_count_asides
from .cjk_counts import SENTENCE_REACH, read_counts
from .cjk_day_tables import day_list_facts, table_facts
from .cjk_days import SAME_DAY_REACH, recalled, report_day, stay_goes_on
from .cjk_footnotes import note_days
from .cjk_group_facts import in_period
from .cjk_headlines import craft_of, headline_clauses, headline_facts_standing, ships_written
from .cjk_incursion_words import patterns
from .cjk_learner_lines import no_fact_lines
from .cjk_quiz_answers import questions_of
from .cjk_reader_replies import dates_its_figure, replies_start
from .cjk_script import fold, fold_pattern
from .cjk_sentence_facts import sentence_facts
from .cjk_stay_words import LEFT
from .cjk_tally_marks import tallies_as_counts
from .cjk_zone_lists import zone_list_facts
from .cjk_zone_moves import moved_to_zone
from .cjk_zone_tables import zone_table_facts
from .cjk_zones import places_in, zones_in
from .incursion_words import SEA_PLACES
from .incursions import Incursion

# A report tells of the last day or two; a day further back is background
# ("2022年…8月4日一天就發射11枚彈道飛彈").
BACKGROUND_AFTER = timedelta(days=7)

# A character within a sentence of folded text: a table's bar before its figure ("共機｜15架次")
# is one, but a ticker's bar between its items ("…西南空域｜前一天…") ends the sentence as a
# full stop does (zh-blind26-042).
_WITHIN = r"(?:[^。！？!?|\n]|\|(?=\s*[0-9]))"
# A sentence, at most SENTENCE_REACH characters: a feed's endless one is cut after its last comma
# within that (else at the cap), as read_counts cuts any longer text it is given.
_UP_TO_REACH = rf"{_WITHIN}{{1,{SENTENCE_REACH}}}"
SENTENCE = re.compile(
    rf"(?:{_UP_TO_REACH}(?!{_WITHIN})|{_UP_TO_REACH}(?<=[，、,；;])|{_UP_TO_REACH})"
    r"(?:[。！？!?\n]|\|(?!\s*[0-9]))*"
)

# A clause that opens with a day only recalled from the story's ("；前一天則有軍機32架次", "，而
# 前一天…") is read as a sentence of its own, so that its count is recalled (cjk_days.recalled:
# no fact, rule 8) whatever the clauses before it reported; "前一天的31架次" compares, a date
# after it ("前日の１４日には") writes the day, and an hour after it opens the report's window.
_RECALLED_CLAUSE = re.compile(
    fold_pattern(
        r"(?:(?<=[；;，,])|(?<=[；;，,][而則]))(?=(?:前一天|前一日|前日)"
        # not a window the day opens ("，前一日上午6時至當日上午6時": the report's 24 hours)
        r"(?![的の0-9]|午前|午後|朝|未明|夜|上午|下午|凌晨|晚|早上|起|至|から|より))"
    )
)

# So is a clause after a semicolon that opens with a day of its own as of which it counts ("…
# 直到今天清晨才駛出領海；另截至今天中午，仍有中國海警船4艘在鄰接區"): its ships are that day's
# fact, and the clause before keeps its own day (rule 9: the day the first ships entered).
_AS_OF_CLAUSE = re.compile(fold_pattern(r"(?<=[；;])(?=(?:另外|另|此外|而)?(?:截至|截止))"))

# How much of the text before a sentence report_day reads (for "同日" and an account's opening
# date): a copy of all of it for each sentence made a feed of thousands of sentences quadratic.
_DAY_REACH = max(SAME_DAY_REACH, ACCOUNT_REACH)


def _split_at_clause_days(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence from `start` to `end` cut before each clause that opens with a day of its
    own: one only recalled, or one as of which the clause counts."""
    cuts = (m.start() for pattern in (_RECALLED_CLAUSE, _AS_OF_CLAUSE)
            for m in pattern.finditer(folded, start, end))  # fmt: skip
    bounds = [start, *sorted(set(cuts)), end]
    return list(zip(bounds, bounds[1:], strict=False))


def may_report_cjk_incursions(folded: str) -> bool:
    """A cheap test first: most articles count no craft in a zone, nor report a day's."""
    p = patterns()
    return bool(p["count"].search(folded)) and any(
        p[name].search(folded)
        for name in ("median line", "ADIZ", "around Taiwan", "contiguous zone",
                     "territorial waters", "restricted waters", "report")
    )  # fmt: skip


def find_cjk_incursions(text: str, folded: str, published: datetime) -> list[Incursion]:
    """The facts of an article, in order; `folded` is `fold(text)`."""
    day = published.date()
    # a Japanese worksheet's blanks filled from its key; a correction's wrong figure dropped
    completed = without_printed_errors(with_answers(text))
    if completed != text:
        text, folded = completed, fold(completed)
    # "共機x35": notes' tallies are counts; "共機（　①　）架次" a worksheet's blank, its key's.
    folded = filled_blanks(text, tallies_as_counts(folded))
    # A table's or a list's figures carry no counter ("軍機 22 ／艦艇 9"): read them anyway.
    tables, rows = table_facts(text, folded, day)
    tables += day_list_facts(text, folded, day)
    zone_tables, zone_rows = zone_table_facts(text, folded, day)  # a coast guard's, by zone
    tables, rows = tables + zone_tables, rows + zone_rows
    tables += zone_list_facts(text, folded, day)  # a coast guard's chronology, a line a day
    if not may_report_cjk_incursions(folded):
        return tables
    p = patterns()
    report = bool(p["report"].search(folded))
    sentences = [
        piece
        for m in SENTENCE.finditer(folded)
        for clause in headline_clauses(folded, m.start(), m.end())
        for piece in _split_at_clause_days(folded, *clause)
    ]
    written_days: list[date | None] = []
    told_days: list[date | None] = []  # the day each sentence is of, written or carried
    for a, b in sentences:
        told = told_days[-1] if told_days else None
        written_days.append(
            report_day(
                folded[a:b],
                published.date(),
                first_count(folded[a:b]),
                told,
                folded[max(0, a - _DAY_REACH) : a],
            )
        )
        told_days.append(written_days[-1] or told)
    # A footnote's figures are of the sentence that cites it ("…であった（注1）").
    for index, note_day in note_days(folded, sentences, told_days).items():
        written_days[index] = told_days[index] = note_day
    # A headline without a day is of the day the report's counts are of, not of the first
    # day the story names ("１０日の演説" before "国防部は１１日、…３２機"), nor of a record's
    # or a past figure's ("僅次於3月18日的98架次", "前天曾派出共機32架次"), nor of craft out
    # elsewhere ("轟炸機2架…昨天在東海及對馬海峽上空"; craft placed in a zone of the list too
    # are the day's: "落入台湾周边海域，其中5枚落入日本专属经济区"), nor of a period's total
    # carried on from such a day ("本月迄今共機擾台累計320架次").
    recent = published.date() - BACKGROUND_AFTER
    counting_days = [
        day for (a, b), day in zip(sentences, told_days, strict=True)
        if day and any(not count.cumulative and not in_period(folded[a:b], count.start, False)
                       for count in read_counts(folded[a:b]))
        and not (
            p["outside"].search(folded, a, b)
            and not p["window"].search(folded, a, b)
            and not zones_in(folded[a:b])
        )
    ]  # fmt: skip
    first_day = next(iter(counting_days), None)
    carried = Carried(first_day or published.date())
    facts: list[Incursion] = []
    headline_end, headline_facts = folded.find("\n\n"), 0
    previous: list[Incursion] = []
    body_counts: list[tuple[int, str]] = []  # the body's counts that gave no fact: (count, craft)
    entered: dict[tuple[int, str, str, str], date] = {}  # the first day of each stay counted
    replies = replies_start(folded)
    # No sentences: a quiz's options, a wording's gloss, a table's rows.
    skipped = no_fact_lines(folded) + rows
    questions = questions_of(folded)
    for (start, end), written in zip(sentences, written_days, strict=True):
        if any(a <= start < b for a, b in skipped):
            continue
        # A quiz's answer ("A3　３隻") counts the craft its question asks of, where it asks.
        asked = slice(*questions.get(start, (start, start)))
        sentence, evidence = folded[asked] + folded[start:end], text[asked] + text[start:end]
        # "16架次（含無人機3架次）逾越中線": the count's verb is past its bracketed share.
        sentence, shares = without_count_asides(sentence)
        # A reader's reply counts nothing unless it cites the report it took the figure from or
        # writes the day its figure is of.
        if start >= replies and not (
            p["report"].search(sentence) or dates_its_figure(sentence, first_count(sentence))
        ):
            continue
        # An old day in a sentence that counts nothing is an aside ("２月１日に…施行されてから"),
        # not the day the next counts are of.
        if written and (written >= recent or first_count(sentence) is not None):
            carried.day = written
        elif not written and previous and p["earlier_window"].search(sentence):
            carried.day = previous[0].day  # the first window's, not the last's
        # A list's lines are in the zones its announcement names ("接続水域での…確認状況は次の
        # 通り。" before "▽１１日　４隻"), while they go on.
        line_start = folded.rfind("\n", 0, start) + 1
        under_section = carried.section and folded[line_start : line_start + 1] in (" ", "\t")
        if not (p["list_item"].match(folded, line_start) or under_section):
            carried.listed, carried.section = [], False
        # A headline's piece after another starts at the space that split them.
        carried.piece = (
            start > line_start
            and folded[start] in " \t\u3000"
            and not p["list_item"].match(folded, line_start)
        )
        counts, found = sentence_facts(
            sentence, evidence.strip(), report, carried, published.date()
        )
        # Ships still in their zone on a later day this sentence writes (rule 9) are that day's
        # fact, not the day's they entered on, however far back that was.
        stay = stay_goes_on(sentence, published.date(), carried.day)
        found = [fact for fact in _still_in(found, stay, found) if fact.day >= recent]
        # "(A)15架次 (B)45架次", "參考答案：十三架次": offered or restated, not reported.
        if recalled(sentence, first_count(sentence)) or offered_or_answered(text, start, end):
            found = []
        # Ships told leaving a zone on a later day ("4艘海警船于10日上午驶离领海") end the stay
        # a fact before counted on the day they entered: by rule 9 one stay is one fact.
        if LEFT.search(sentence):
            found = [f for f in found if entered.get(_stay(f), f.day) >= f.day]
        # Craft the next sentence's total says it includes ("この無人機を含め、…軍機１２機") are
        # inside that total: no fact of their own.
        if (included := included_back(sentence)) and counts:
            facts = [f for f in facts if not (f in previous and f.what == included)]
        # Ships the sentence before counted, still in their zone on a later day this one writes,
        # are that day's fact too, whether or not this one counts them again or counts other
        # ships ("２隻は４日午前９時現在も領海内にとどまっており、周辺の接続水域では別の…船２隻が
        # 航行している").
        facts = _still_in(facts, stay, previous)
        # and those it tells out of the waters but in the contiguous zone on that later day
        # ("４隻は…領海を出たが、２８日午前１０時現在、接続水域を航行している") are that day's too
        facts += moved_to_zone(sentence, evidence.strip(), published.date(), carried.day, previous)
        previous = found
        facts += found
        for fact in found:
            entered.setdefault(_stay(fact), fact.day)
        if start < headline_end:
            headline_facts = len(facts)
        else:
            carried.full |= {f.day for f in found}
            given = {(f.count, craft_of(f.what)) for f in found}
            body_counts += [
                (c.count, c.craft) for c in counts + shares if (c.count, c.craft) not in given
            ]
        # A sentence that only recalls a record or a past figure is an aside: the period it
        # names is the record's ("これまでの最多は昨年３月の６２機"), not the report's.
        if not counts or not all(count.cumulative for count in counts):
            carried.period = period_after(sentence, carried.period)
        announces = announces_list(sentence)
        if counts:
            carried.reported = bool(found)
        elif announces:
            carried.reported = True
        if announces or heads_section(sentence):
            carried.listed = [zone for _, _, zone in zones_in(sentence)]
            carried.section = not announces
            if carried.section:  # a new section's rows are no parts of the section before's
                carried.total = set()
        # A sentence that sees China's craft in a zone without counting them leaves the zone to
        # the counts after it ("接続水域で中国海警局の船が連日確認された。確認されたのは…４隻").
        seen = (
            not counts
            and re.search(r"[。！？!?]", sentence)  # a headline tells the story, not the next line
            and p["china"].search(sentence)
            and p["activity"].search(sentence)
        )
        carried.named = [zone for _, _, zone in zones_in(sentence)] if seen else []
        # The zone an uncounted part went on to ("其中部分军机一度越过…中线") is that part's, not
        # the zone the counted craft entered, which a count after ("也有18架次军机进入") means.
        vague = p["vague_part"].search(sentence)
        whole_zones = [
            z for start, _, z in zones_in(sentence) if not vague or start < vague.start()
        ]
        carried.zone = next(reversed(whole_zones), carried.zone)
        places = places_in(sentence)
        carried.sea_place = next(
            (place for _, place in reversed(places) if place in SEA_PLACES), carried.sea_place
        )
    body = facts[headline_facts:]
    given = {(f.count, craft_of(f.what)) for f in body}
    body_counts += [
        figure for figure in ships_written(folded[headline_end:]) if figure not in given
    ]
    headline = headline_facts_standing(
        facts[:headline_facts], folded[:headline_end], body, body_counts
    )
    facts = headline + body + tables
    keyed = {(f.count, f.what, f.zone, f.place, f.day): f for f in reversed(facts)}
    return list(keyed.values())[::-1]


def _stay(fact: Incursion) -> tuple[int, str, str, str]:
    return (fact.count, fact.what, fact.zone, fact.place)


def _still_in(
    facts: list[Incursion], stay: tuple[int, date] | None, among: list[Incursion]
) -> list[Incursion]:
    """The facts, those of `among` with the stay's count moved to the later day the ships are
    still in their zone on (cjk_days.stay_goes_on)."""
    if stay is None:
        return facts
    count, day = stay
    moved = {f: replace(f, day=day) for f in among if f.count == count and f.day < day}
    return [moved.get(f, f) for f in facts]
