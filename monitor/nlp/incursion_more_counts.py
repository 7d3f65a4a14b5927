"""What "NUMBER more" counts when no craft noun follows it. English leaves the noun out only
before a verb ("two more entered the zone"), an adverb ("two more later crossed"), or with no
verb at all, where the count is more of the same craft doing what the count before did:
"Monday — Four China Coast Guard ships entered Kinmen's restricted waters. ... Wednesday —
Three more, this time off Beishan." Any other word after "more" opens the noun it counts,
which is no craft: "put two more US defence contractors on its list" counts companies."""

from . import incursion_words as w
from .incursion_tokens import Token

# Words that follow an elided "more" and name no thing counted: where, when, how.
_SETTINGS = {"on", "in", "off", "near", "at", "around", "inside", "within", "into", "by",
             "over", "along", "this", "that", "today", "yesterday", "overnight", "later",
             "earlier", "again", "so", "still", "since", "the"}  # fmt: skip
# Verbs of the past not written with "-ed", and modals: "two more took off", "two more could".
_VERBS = {"took", "kept", "left", "made", "ran", "rose", "could", "would", "will", "may", "might"}


def stands_alone(words: list[Token], more: int) -> bool:
    """Whether "more" at `more` ends its clause with no verb: "Three more, this time off
    Beishan", "two more on Tuesday", "Two more." The count is more of the craft counted
    before, in the zones that count reached."""
    after = more + 1
    if after >= len(words) or not words[after].text[:1].isalnum():
        return True
    low = words[after].low
    return low in _SETTINGS or low in w.WEEKDAYS or low in w.MONTHS


def counts_another_noun(words: list[Token], more: int) -> bool:
    """Whether the word after "more" at `more` opens a noun phrase, not a verb or a setting:
    "two more US defence contractors", "three more days"."""
    if stands_alone(words, more):
        return False
    low = words[more + 1].low
    if low == "than":  # "two more than on Monday": a difference, read as the grammar reads it
        return False
    verb = low in w.BARE_FOLLOWERS or low in w.AUXILIARIES or low in _VERBS
    return not (verb or low.endswith("ed") or low.endswith("ly"))
