"""A capital written as a place, whatever the sentence does with it: "Washington, D.C., is the
contracting activity" places an office; "analysts at one Washington think tank" and "eastern
Washington" or "Washington state" are a city and a state, not the US government.

capital_actors.py reads a capital as its government unless the words around it make it a
place; these are the forms that do so however the clause goes on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "Washington, D.C.", "Washington DC": the district the city is written with.
DISTRICT = frozenset({"d.c.", "dc", "d.c"})
# "one Washington think tank", "another Tokyo bank": a count before the capital and a noun
# after it make the capital a word about the noun, which is in the city.
COUNTS = words("one another each every some several many few two three")
# "Washington's adjutant general", "Washington state,": offices a US state has and a national
# government does not, or the word "state" closing the name ("Beijing state media" is not).
STATE_OFFICES = words("adjutant governor statehouse")
# "one Washington official said": the people of a government, which a count does not make a city's.
OFFICIALS = words("official officials diplomat diplomats source sources envoy envoys aide aides")


def written_as_a_place(doc: Doc, span: Span) -> bool:
    """Whether the capital is written as a city or a state: with its district, after a count
    and before a noun, or before "state" or a state's office."""
    if any(token.lower_ in DISTRICT for token in span[1:]):
        return True  # the model's one span "Washington, D.C."
    after = [t for t in doc[span.end : span.end + 3] if t.text not in ("'s", "’s")]
    following = [t.lower_ for t in after] + ["", ""]
    if following[0] == "," and following[1] in DISTRICT:
        return True
    if following[0] in STATE_OFFICES or (following[0] == "state" and not following[1].isalpha()):
        return True
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    noun_after = bool(after) and after[0].is_lower and after[0].is_alpha
    return before in COUNTS and noun_after and following[0] not in OFFICIALS
