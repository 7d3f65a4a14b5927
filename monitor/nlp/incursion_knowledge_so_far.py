"""The writer's "so far", not a period's: a live blog's "What we know so far: the ministry
detected 53 aircraft ..." sums up what the newsroom has learnt, and its counts are the day's
report, not a running total (rule 5 is about figures summed over a period)."""

from .incursion_tokens import Token

# Verbs of the newsroom's knowing: "what we know so far", "what we've learned so far".
_KNOWING = {"know", "known", "learned", "learnt", "heard", "confirmed"}


def knowledge_so_far(words: list[Token], i: int) -> bool:
    """Whether "so far" at i follows a verb of knowing ("what we know so far")."""
    so_far = i + 1 < len(words) and words[i].low == "so" and words[i + 1].low == "far"
    return so_far and i > 0 and words[i - 1].low in _KNOWING
