"""A period inside a clause that compares the day with a habit: "the ministry posted its daily
chart as it has every morning this year: 15 Chinese military aircraft, ...", "four ships were
in the zone as they have been on most days this month". "As" and a pronoun with its auxiliary
say the report is like the others of the period, and the period is no scope of the counts
(rule 5 is for a period's sums, not for the habit a day's report keeps).
"""

from .incursion_tokens import Token

_PRONOUNS = {"it", "they", "he", "she", "we"}
_AUXILIARIES = {"has", "have", "had", "does", "do", "did", "is", "are", "was", "were"}
_REACH = 8  # "as it has done on almost every day this year": from "as" to the period
_CLAUSE_ENDS = {",", ";", ":", ".", "(", ")"}


def in_a_habit_comparison(words: list[Token], i: int) -> bool:
    """Whether the period word at `i` is inside an "as it has ..." clause that opens at most a
    few words before it, with no punctuation between."""
    for j in range(i - 1, max(-1, i - _REACH - 1), -1):
        if words[j].low in _CLAUSE_ENDS:
            return False
        if (
            words[j].low == "as"
            and j + 2 < i
            and words[j + 1].low in _PRONOUNS
            and words[j + 2].low in _AUXILIARIES
        ):
            return True
    return False
