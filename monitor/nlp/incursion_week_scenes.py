"""A week that only sets the scene of a day's count: "Also this week: two other CCG ships
entered territorial waters off Kuba Island on Wednesday", "The bigger story this week was
Sunday, Nov. 16, when four CCG ships sailed into Japanese territorial waters". The count is of
the day written, within the week (rule 8), not the week's tally; a week whose count writes no
day of its own ("This week: 120 aircraft so far") or only a part's day ("..., including 45 on
Monday") keeps it a tally."""

from .incursion_phrases import number_at
from .incursion_time_words import WEEKDAYS
from .incursion_tokens import Token

_WEEKS = (["this", "week"], ["last", "week"])
_COPULAS = {"was", "is", "came"}
_LABEL_REACH = 2  # "Also this week:", "Earlier this week:": the words before the week
_CLAUSE_ENDS = {",", ";", ".", ":"}


def week_set_by_its_day(words: list[Token], i: int) -> bool:
    """Whether the week at i is a label before a colon whose count's clause writes its day, or
    the subject of a copula whose complement is a day ("... this week was Sunday")."""
    if [t.low for t in words[i : i + 2]] not in _WEEKS:
        return False
    after = i + 2
    if after < len(words) and words[after].low in _COPULAS:
        return after + 1 < len(words) and words[after + 1].low in WEEKDAYS
    labelled = i <= _LABEL_REACH and after < len(words) and words[after].low == ":"
    return labelled and _count_clause_writes_a_day(words, after + 1)


def _count_clause_writes_a_day(words: list[Token], start: int) -> bool:
    """Whether the clause from start holds a count and, before the clause ends, a weekday."""
    counted = False
    for j in range(start, len(words)):
        if words[j].low in _CLAUSE_ENDS:
            return False
        counted = counted or number_at(words, j) is not None
        if words[j].low in WEEKDAYS:
            return counted
    return False
