"""Where a clause ends for the incursion grammar (incursion_grammar.py): the scope of a count
stops at a word that ends its clause, such as a semicolon, a vague word ("several"), an
ordinal, a fraction of what was counted ("half of them"), a second statement ("... and
said"), another subject's clause or a subordinator after a comma."""

from . import incursion_words as w
from .incursion_adverb_firsts import is_an_adverb_of_time
from .incursion_and_clauses import opens_a_statement, opens_a_tally
from .incursion_clause_places import OTHER_SUBJECT_OPENERS, another_subjects_clause
from .incursion_measured_clauses import opens_a_measured_clause
from .incursion_phrases import number_at
from .incursion_second_statements import SECOND_STATEMENT_OPENERS, opens_a_second_statement
from .incursion_tokens import Token
from .incursion_vague_places import quantifies_places
from .incursion_windows import names_a_window

# Every word at which ends_clause's tests after the fraction's can hold, read from each rule.
_CLAUSE_OPENERS = (
    SECOND_STATEMENT_OPENERS | OTHER_SUBJECT_OPENERS | {"and", "but", "as"} | w.SUBORDINATORS
)


def ends_clause(words: list[Token], i: int) -> bool:
    low = words[i].low
    if low == "record" and i + 1 < len(words) and number_at(words, i + 1) is not None:
        return False  # "for a record 80 hours last week": an adjective of the number
    # "8 of the aircraft in the first period": which report; "had first crossed": when, not which
    ordinal = low[-2:] in w.ORDINAL_ENDINGS and w.ORDINAL.fullmatch(low) is not None
    if ordinal and (names_a_window(words, i) or is_an_adverb_of_time(words, i)):
        return False
    vague = low in w.VAGUE and not quantifies_places(words, i)  # not "into several areas"
    if low in w.CLAUSE_ENDS or vague or ordinal:
        return True
    if _a_fraction_of(words, i):
        return True  # the zone after it holds a share of the craft before, no count of them
    as_well_as = low == "as" and [t.low for t in words[max(0, i - 2) : i]] == ["as", "well"]
    if low not in _CLAUSE_OPENERS or as_well_as:  # most words open none of the clauses below:
        return False  # leave at once ("..., as well as the balloon, crossed" opens none either)
    if opens_a_second_statement(words, i) or another_subjects_clause(words, i):
        return True  # "... and said", ", which says", ", adding that", "— but the Shandong"
    after_comma = i > 0 and words[i - 1].low == ","
    # "16 aircraft in the zone, and the total since Friday stands at nearly 150": a tally that
    # opens a clause of its own is another measure, whose period is no scope of the counts
    # before it.
    if low in ("and", "but") and after_comma and opens_a_tally(words, i + 1):
        return True
    # "two ships sailed in the zone, and fishermen said they see more every year": another
    # speaker's statement, whose period and zones are no scope of the counts before it.
    if low in ("and", "but") and after_comma and opens_a_statement(words, i + 1):
        return True
    if low == "as" and after_comma and i + 1 < len(words):
        # ", as activity picked up after a lull last week": a clause of its own, whose period
        # is no scope of the counts before; ", as of 6 a.m." and ", as well as" go on.
        nxt = words[i + 1]
        return nxt.low in w.HABIT_SUBJECTS or not (
            nxt.low in w.AS_CONTINUES or number_at(words, i + 1) is not None
        )
    return low in w.SUBORDINATORS and (after_comma or opens_a_measured_clause(words, i))


def _a_fraction_of(words: list[Token], i: int) -> bool:
    """Whether a fraction of what was counted before starts at i: "half of them", "a quarter
    of the aircraft", "two-thirds of which"."""
    fraction = words[i].low.rsplit("-", 1)[-1]
    return (
        fraction in w.FRACTIONS
        and i + 2 < len(words)
        and words[i + 1].low == "of"
        and words[i + 2].low in w.PARTITIVE_OBJECTS
    )
