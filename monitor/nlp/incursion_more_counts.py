"""What "NUMBER more" counts when no craft noun follows it. English leaves the noun out only
before a verb ("two more entered the zone"), an adverb ("two more later crossed"), or with no
verb at all, where the count is more of the same craft doing what the count before did:
"Monday — Four China Coast Guard ships entered Kinmen's restricted waters. ... Wednesday —
Three more, this time off Beishan." Any other word after "more" opens the noun it counts,
which is no craft: "put two more US defence contractors on its list" counts companies. Nor is
it craft when the count before it in its sentence counts something else: "has three adopted
dogs of her own and fosters a dozen more" counts dogs, whatever ships the story counted."""

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_phrases import craft_of, number_at
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
    return low in _SETTINGS or low in tw.WEEKDAYS or low in tw.MONTHS


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


# What a number measures when it counts no things: "at 10 a.m.", "200 kilometres north".
MEASURES = tw.SPAN_UNITS | tw.HOURS | {
    "a.m", "p.m", "minutes", "seconds", "kilometres", "kilometers", "km", "miles", "nautical",
    "metres", "meters", "feet", "percent", "%", "day", "hour", "minute", "times",
}  # fmt: skip
_NOUN_REACH = 3  # "three adopted dogs", "two more US defence contractors"
_CLAUSE_ENDS = {".", ";", ",", "!", "?"}


def more_of_another_noun(words: list[Token], first: int, more: int) -> bool:
    """Whether the "NUMBER more" at `first` ends its clause as the object of its verb, and the
    last count before it in its sentence counts a noun that is no craft ("has three adopted dogs
    and fosters a dozen more."): the more are more of it. Before a verb ("and two more had done
    so") they are the subject, more of the craft the story counted."""
    if more + 1 < len(words) and words[more + 1].low not in _CLAUSE_ENDS:
        return False
    for at in range(first - 1, -1, -1):
        if number_at(words, at) is None:
            continue
        after = words[at + 1 : min(at + 1 + _NOUN_REACH, first)]
        if any(craft_of(token) for token in after):
            return False
        if after and after[0].low in MEASURES:
            continue  # a time or a distance, no count of things
        return any(token.low.isalpha() and token.low.endswith("s") for token in after)
    return False
