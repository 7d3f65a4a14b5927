"""A count added to a period's tally with "plus": "logged 386 aircraft in March, plus 9
balloons". What "plus" adds is part of the same sum, so it is the period's figure as the
count it is added to is (rule 5), not a fact of the report's day. So is a share told after the
tally with "with": "412 aircraft sorties around Taiwan in January, with 287 aircraft entering
the ADIZ" counts January's entries; "..., with 45 aircraft on Monday" writes a day of its own."""

from datetime import date

from .incursion_claims import Claim
from .incursion_tokens import Token


def share_a_period_with_what_is_added(
    words: list[Token], claims: list[Claim], days: dict[int, date]
) -> None:
    """Mark a count added with "plus", or told with ", with" and no day after it, right after a
    period's tally as the period's too; `days` are the days written, by token index."""
    for index, (before, after) in enumerate(zip(claims, claims[1:], strict=False)):
        if not before.cumulative or after.cumulative:
            continue
        between = [token.low for token in words[before.last + 1 : after.first]]
        end = claims[index + 2].first if index + 2 < len(claims) else len(words)
        # "with 130 of the aircraft entering": a share of the tally, which the story dates
        dated = after.relative or after.reference or any(after.last < at < end for at in days)
        # the tally's own scope ("in March") may stand before the "plus"
        if between[-1:] == ["plus"] or (between[-2:] == [",", "with"] and not dated):
            after.cumulative = True
