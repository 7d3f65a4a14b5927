"""The days of a sentence's several counts, for cjk_sentence_facts.py: the first count's day is
the report's (cjk_days.report_day); each count after it takes the day written between it and the
count before, else that count's ("周一有4艘…；周二4艘…", "２日と３日が各４隻、４日が３隻": 各
gives one per day), and a day written right after a count's subject is that count's ("気球１個が
２日午後、…越え", "船２隻が土曜日に…侵入"), whatever day the sentence's report was made on.
"""

from __future__ import annotations

import re
from datetime import date

from . import cjk_stay_words as stays
from .cjk_days import SPAN_START, day_of, day_patterns, written_days
from .cjk_script import fold_pattern
from .cjk_stay_words import INTRUSION, LEFT, NOUN_THEN_DAY


def count_days(
    sentence: str, spans: list[tuple[int, int]], first: date, published: date
) -> list[list[date]]:
    """The days of a sentence's counts (at `spans`), the first count's being `first`: each
    later count takes the day written since the clause of the count before it, else that
    count's; a count after 各 and a run of days takes each of them."""
    result: list[list[date]] = []
    previous_end = 0
    for index, (start, end) in enumerate(spans):
        told = result[-1][-1] if result else first
        # The clause right after a count tells of that count ("2艘昨天通過…，另有…1艘").
        clause_end = re.compile(r"[，,；;、。：:]").search(sentence, previous_end, start)
        segment = sentence[clause_end.end() if index and clause_end else previous_end : start]
        days = written_days(segment, published, told)
        to_day = day_patterns()["to_day"].search(segment)
        if to_day and index and (day := day_of(to_day, published, told)):
            chosen = [day]
        elif days and (index or _each(segment, days)):
            chosen = _each(segment, days) or [days[-1][2]]
        else:
            chosen = [first] if not index else result[-1]
        # A day right after the count's subject is its own ("気球１個が２日午後、",
        # "船２隻が土曜日に", "2艘於9日"), whatever day the sentence was announced on; one that
        # opens a span ("４個が２日から３日朝にかけて") is not the day the span runs to, unless
        # the span is ships' time inside territorial waters ("2艘於9日夜至10日上午侵入…領海").
        # Not when a later day has them still inside ("１７日夜から…侵入し、１９日…現在も領海内に"):
        # rule 9 counts a stay not yet over where it stands, not on the day it began.
        own = _subjects_day(sentence, end) or _entry_day_of_a_stay_over(sentence, end)
        later = day_patterns()["day"].finditer(sentence, own.end()) if own else iter(())
        if own and not stays.still_inside(sentence, later):
            chosen = [day] if (day := day_of(own, published, told)) else chosen
        result.append(chosen)
        previous_end = end
    return result


def _subjects_day(sentence: str, end: int) -> re.Match[str] | None:
    """The day written right after a count's subject marker, unless it opens a span other than
    ships' time inside territorial waters; else None."""
    subject = re.compile(fold_pattern(r"が|は|於|于")).match(sentence, end)
    own = day_patterns()["day"].match(sentence, subject.end()) if subject else None
    if own and (not SPAN_START.match(sentence, own.end()) or INTRUSION.match(sentence, own.end())):
        return own
    return None


def _entry_day_of_a_stay_over(sentence: str, end: int) -> re.Match[str] | None:
    """The day written after a count's noun that its ships entered territorial waters on,
    when the sentence tells them gone again; else None."""
    noun = NOUN_THEN_DAY.match(sentence, end)
    own = day_patterns()["day"].match(sentence, noun.end()) if noun else None
    if own is None or not (intrusion := INTRUSION.match(sentence, own.end())):
        return None
    return own if LEFT.search(sentence, intrusion.end()) else None


def _each(segment: str, days: list[tuple[int, int, date]]) -> list[date]:
    """The run of days before 各 (それぞれ, 分別) at the segment's end ("２日と３日が各"), or
    none."""
    run: list[date] = []
    end = len(segment)
    for start, stop, day in reversed(days):
        joint = segment[stop:end]
        if run and not re.fullmatch(r"(?:と|、|,|，|和|及|與)?", joint):
            break
        if not run and not day_patterns()["each"].match(joint):
            return []
        run.insert(0, day)
        end = start
    return run if len(run) > 1 else []
