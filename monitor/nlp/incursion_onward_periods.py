"""A period opened by "from DAY onward": "... for December: 312 aircraft, 158 vessel sightings
and, from Dec. 7 onward, 17 balloons".

"from Dec. 7 onward" says what "since Dec. 7" says: the count after it sums the days from then
to the report, a tally and no day's figure (rule 5). Read without it, the balloons of a month's
list became the story's own day's. What stands between two counts is read as the scope of the
first (incursion_scopes.py), so the period set off before a count is read from the count's first
word back (incursion_tallies.py).
"""

from . import incursion_words as w
from .incursion_tokens import Token

_ONWARD = {"onward", "onwards"}
_DAY_REACH = 5  # "from Dec. 7 onward", "from early December onwards", "from that day onward"


def follows_a_period_onward(words: list[Token], i: int) -> bool:
    """Whether the word at i follows "onward" (and a comma) that closes a day or month that
    "from" opened a few words before: "from Dec. 7 onward, 17 balloons" at "17"."""
    onward = i - 1 - (i > 1 and words[i - 1].low == ",")
    if onward < 1 or words[onward].low not in _ONWARD:
        return False
    for j in range(onward - 1, max(-1, onward - 1 - _DAY_REACH), -1):
        if words[j].low == "from":
            return j + 1 < onward
        if words[j].low in w.CLAUSE_ENDS or words[j].low == ",":
            return False
    return False
