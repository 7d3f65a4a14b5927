"""Counts of their own days that share one act written after the last: "12 jets on Monday and
30 on Tuesday entering the ADIZ" tells both days' jets entered, as "12 jets entering the ADIZ
on Monday and 30 on Tuesday" would. The act is written after each day, so that the grammar,
which gives an act the count before it, gives it to every count of the run.
"""

import re

from .incursion_time_words import MONTH_PATTERN, WEEKDAY_PATTERN
from .incursion_words import CRAFT_NOUN_PATTERN, NUMBER_WORDS

_DAY = rf"(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN})"
_ON_DAY = rf"on\s+{_DAY}"
_COUNT = r"(?:\d{1,3}|[A-Za-z]+)"
# A few words may stand between the first count and its craft ("16 Chinese military aircraft");
# each part is bounded, so a long line is read in one pass.
_FIRST = rf"(?P<count>{_COUNT})\s+(?:[A-Za-z-]+\s+){{0,3}}?(?:{CRAFT_NOUN_PATTERN})\s+{_ON_DAY}"
_LATER = rf"(?P<later>(?:,\s*{_COUNT}\s+{_ON_DAY}){{0,5}},?\s+and\s+(?P<last>{_COUNT})\s+{_ON_DAY})"
_ACT = r"(?P<act>[a-z]+ing\b[^,;.:()]{1,80})"
_RUN = re.compile(rf"\b(?P<run>{_FIRST}{_LATER})\s+{_ACT}", re.I)
_DAY_WRITTEN = re.compile(_ON_DAY, re.I)
# The run's last count and its day ("and 30 on Tuesday"), which every run writes: a text with
# none holds no run (incursion_layouts.LAYOUT_STEPS), as most stories hold none.
SHARED_ACT_MARK = re.compile(rf"\band\s+{_COUNT}\s+{_ON_DAY}", re.I)


def acts_shared_by_days(sentences: list[str]) -> list[str]:
    """The sentences, the act after a run of counts with days written after each day."""
    # A run writes "on" and a day at least twice, which few sentences do: looking for one such
    # day first is far cheaper than trying the run at every word of every sentence.
    return [
        _RUN.sub(_each_day_acts, sentence) if _DAY_WRITTEN.search(sentence) else sentence
        for sentence in sentences
    ]


def _each_day_acts(run: re.Match[str]) -> str:
    if not (_is_count(run["count"]) and _is_count(run["last"])):
        return run[0]
    act = run["act"].rstrip()
    trailing = run["act"][len(act) :]
    spread = _DAY_WRITTEN.sub(lambda day: f"{day[0]} {act}", run["run"])
    return spread + trailing


def _is_count(word: str) -> bool:
    return word.isdigit() or word.lower() in NUMBER_WORDS
