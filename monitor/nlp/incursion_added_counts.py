"""A count added to a period's tally with "plus": "logged 386 aircraft in March, plus 9
balloons". What "plus" adds is part of the same sum, so it is the period's figure as the
count it is added to is (rule 5), not a fact of the report's day."""

from .incursion_claims import Claim
from .incursion_tokens import Token


def share_a_period_with_what_is_added(words: list[Token], claims: list[Claim]) -> None:
    """Mark a count added with "plus" right after a period's tally as the period's too."""
    for before, after in zip(claims, claims[1:], strict=False):
        if not before.cumulative or after.cumulative:
            continue
        between = [token.low for token in words[before.last + 1 : after.first]]
        # the tally's own scope ("in March") may stand before the "plus"
        if between[-1:] == ["plus"]:
            after.cumulative = True
