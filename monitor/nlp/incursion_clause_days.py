"""The day of a count told in one of several joined clauses, each of which writes its own day.

"The ministry said that on Friday it counted 14 aircraft around the island, and the coast guard
said three ships sailed in the contiguous zone on Saturday": the 14 are Friday's and the three
Saturday's. Without this, a sentence whose first day does not open it gave every count the
latest day written (incursion_tokens.sentence_day), so Friday's aircraft became Saturday's.
The clauses are cut where a comma or semicolon joins the next ("..., and the coast guard said"),
and a count takes a day only from its own clause, and only where that clause writes one.
"""

from bisect import bisect_right
from collections import defaultdict
from datetime import date

from .incursion_after_days import clauses_after_days
from .incursion_claims import Reading
from .incursion_stays_on import stay_told_as_of
from .incursion_tokens import Token, WrittenDate

# Words that, after a comma, open a clause of its own: ", and the coast guard said ...".
# So does "after" ("opened a hotline on Thursday, after China fired nine missiles on
# Wednesday"): what came before the clause's news is told with its own day.
_JOINS = frozenset({"and", "while", "but", "whereas", "after"})


def clause_starts(tokens: list[Token]) -> list[int]:
    """Where each joined clause opens: after "; " or after a comma that a joining word follows."""
    starts = [0]
    for i, token in enumerate(tokens):
        if token.text == ";" or (
            token.text == "," and i + 1 < len(tokens) and tokens[i + 1].low in _JOINS
        ):
            starts.append(i + 1)
    return starts


def date_counts_by_their_clause(
    tokens: list[Token], reading: Reading, dates: list[WrittenDate]
) -> None:
    """Gives each count that writes no day of its own the one day of the events its clause
    writes, in a sentence that writes more than one such day; a clause of no day, or of two,
    leaves its counts as they were. The day a telling is dated by ("said on Monday") is no
    day of the events counted. A clause that "while" joins and that writes no day is of the
    same time as the clause before it: "... had entered the ADIZ on Sunday afternoon, while six
    PLA Navy ships operated around Taiwan" counts Sunday's ships, not the telling's Monday."""
    events = [written for written in dates if not written.told]
    if not events or not reading.claims:
        return
    # "... entered the waters on Sunday, November 16, and had not left as of Wednesday": a
    # stay not yet over is counted on the day it is told as of (rule 9), not in its entry's
    # clause.
    if stay_told_as_of(tokens, events) is not None:
        return
    several = len({written.day for written in events}) > 1
    # "... fell on Tuesday morning after the ministry said ... on Monday": a clause each.
    starts = sorted({*clause_starts(tokens), *clauses_after_days(tokens, events)})
    visible = reading.visible
    days_by_clause: dict[int, set[date]] = defaultdict(set)
    for written in events:  # each clause's days, read once: a long sentence has many counts
        days_by_clause[bisect_right(starts, written.first) - 1].add(written.day)
    for claim in reading.claims:
        if claim.day is not None:
            continue
        clause = bisect_right(starts, visible[claim.first]) - 1
        days = days_by_clause.get(clause, set())
        # "..., while two others sailed into Kinmen's waters": a count of no craft of its
        # own is more of the count before, which the story dates with it. "..., while two
        # more sailed into ..." is counted beyond the one before, in a group of its own: it
        # takes that clause's day here where it reached a zone, or the telling's day ("said
        # on Thursday") wins; "while three more were monitored outside the zone" reached none.
        meanwhile = not days and clause > 0 and tokens[starts[clause]].low == "while"
        meanwhile = meanwhile and (claim.craft is not None or (claim.beyond and bool(claim.zones)))
        if meanwhile:
            days = days_by_clause.get(clause - 1, set())
        if len(days) == 1 and (several or meanwhile):
            claim.day = next(iter(days))
