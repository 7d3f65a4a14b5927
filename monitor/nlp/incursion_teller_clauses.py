"""The day a later teller's clause writes is of that clause's counts only.

"The Defense Ministry said 15 Chinese aircraft and five ships had been detected around Taiwan as
of 6 a.m., and the coast guard said two China Coast Guard ships had briefly entered Kinmen's
restricted waters on Wednesday": Wednesday is the day of the coast guard's two ships, and the
ministry's 15 aircraft are of the day its morning report covers. Without this, the one day the
sentence writes (incursion_tokens.sentence_day) dated every count, the ministry's too. Two
tellers joined by "and", "while", "but" or "whereas" tell two reports, each of its own day: in
"The coast guard reported four ships ... on Thursday, while the ministry said on Friday it had
tracked 22 aircraft" the 22 are Friday's, the day the later teller's clause writes, if only as
its telling's, and the four are Thursday's.
"""

from .incursion_claims import Reading
from .incursion_clause_days import clause_starts
from .incursion_phrases import craft_of, number_at
from .incursion_tokens import Token, WrittenDate
from .incursion_words import REPORT_VERBS

_SUBJECT_REACH = 8  # "the coast guard's Kinmen-Matsu-Penghu branch said": a teller is a few words


def _tells_its_own_report(tokens: list[Token], start: int) -> bool:
    """Whether the clause opening at start is a teller's: its joining word, then a subject of a
    few words, then a verb of telling ("and the coast guard said")."""
    end = min(len(tokens), start + 1 + _SUBJECT_REACH)
    return any(token.low in REPORT_VERBS for token in tokens[start + 1 : end])


def date_a_later_tellers_counts(
    tokens: list[Token], reading: Reading, dates: list[WrittenDate]
) -> list[WrittenDate]:
    """Gives the counts of the last joined teller's clause the day that clause writes, where the
    clauses before it count craft and write no day; returns the sentence's days without it, so
    the counts before take the day the sentence would have had without that clause."""
    if not reading.claims:
        return dates  # no counts before a teller's clause, as in most sentences
    starts = clause_starts(tokens)
    told = next((s for s in reversed(starts[1:]) if _tells_its_own_report(tokens, s)), None)
    if told is None or not dates:
        return dates
    ahead = [written for written in dates if written.first < told]
    own = [written for written in dates if written.first >= told]
    visible = reading.visible
    before = [claim for claim in reading.claims if visible[claim.first] < told]
    # Two reports need two tellers: the counts before the clause are told by one too.
    if not own or not before or not any(token.low in REPORT_VERBS for token in tokens[:told]):
        return dates
    # A clause that writes only the day of its telling is of that day when the clauses before
    # write theirs ("... on Thursday, while the ministry said on Friday it had tracked 22").
    days = {written.day for written in own if not written.told}
    days = days or ({written.day for written in own} if ahead else set())
    if len(days) != 1:
        return dates
    (day,) = days
    for claim in reading.claims:
        if visible[claim.first] >= told and claim.day is None:
            claim.day = day
    return ahead


_NEXT_CLAUSE_REACH = 16  # "and Chinese government ships have been seen there on 86 days so far"


def after_a_told_count(words: list[Token], i: int) -> bool:
    """Whether the period at i opens or ends a new clause after a count its teller has closed:
    "Four ... ships sailed in the contiguous zone on Thursday, the Japan Coast Guard said, and
    Chinese government ships have been seen there on 86 days so far this year". The attribution
    ends the count's statement; the period is the next clause's, which counts no craft of its
    own before it (a count there, "and 30 ships have entered so far this year", keeps it)."""
    for j in range(i - 1, max(2, i - _NEXT_CLAUSE_REACH), -1):
        if words[j].low in (".", ";", ":"):
            return False
        if number_at(words, j) and any(craft_of(token) for token in words[j + 1 : j + 4]):
            return False
        if words[j].low == "and" and words[j - 1].low == "," and words[j - 2].low in REPORT_VERBS:
            start = max(0, j - 2 - _SUBJECT_REACH)
            return any(token.low == "," for token in words[start : j - 2])
    return False
