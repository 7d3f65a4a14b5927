"""The length of an event told after a count: "..., and one sailed into restricted waters near
Matsu, as a three-day war game wrapped up" dates the war game, not the ships. A clause opened
by a comma and "as", "while", "when" or "during" tells what went on at the time of the count; its
"three-day" measures its own subject, so it makes no sum of the count before it (rule 5 of
docs/evaluation-sets.md is about counts over a period, not counts beside one). So does one
that tells the lull the count ended (", ending a three-day pause")."""

from . import incursion_time_words as tw
from .incursion_tokens import Token

# ", during the two-day "Joint Sword-2024A" exercise announced on Thursday" after a day's
# counts names the drills they fell in, as ", as a three-day war game wrapped up" does.
_AT_THE_TIME = {"as", "while", "when", "during"}
# So does a clause that tells a quiet spell the count ended: "..., ending a three-day pause",
# "breaking a five-day lull" (a cable's summary): the spell had no counts to add up.
_ENDING = {"ending", "ended", "breaking", "snapping", "interrupting"}
_ARTICLES = {"a", "an", "the", "its", "their"}


def measures_an_event_told_after(words: list[Token], i: int) -> bool:
    """Whether the span adjective at i ("three-day") is the subject's of a ", as a ..." clause."""
    if i < 3 or not tw.SPAN_ADJECTIVE.fullmatch(words[i].low):
        return False
    article, linker, comma = words[i - 1].low, words[i - 2].low, words[i - 3].low
    return article in _ARTICLES and linker in _AT_THE_TIME | _ENDING and comma == ","
