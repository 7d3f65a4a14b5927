"""A bare generic body visited in a capital is the capital's government's, whatever the home.

A visit report says where a delegation went before whom it met there: "北京では外交部を訪ね"
(in Beijing, it called at the Foreign Ministry), "在北京拜會外交部". The capital written as the
place of the clause that names the body says whose the body is, as a reader takes it: Beijing's
外交部, though Japanese copy's bare 外交部 is otherwise Taiwan's (cjk_home.SHARED_NAME_OWNER).
The place is the capital with a particle of place after it (で, では, にて) or a preposition of
place before it (在, 於); a capital that acts ("北京は反発") or owns ("北京の") is read elsewhere.
"""

from __future__ import annotations

import re

from .cjk_readings import past_reading
from .cjk_script import fold, fold_pattern
from .kb import KnowledgeBase

# The clause reaches back to the sentence's start: a capital in the sentence before is another
# scene. At most CLAUSE_REACH characters are read back, so that an article of thousands of
# bodies is read in linear time.
SENTENCE_ENDS = "。！？!?\n"
CLAUSE_REACH = 200
# で, not できる or でも; では.
_PLACE_AFTER = re.compile(fold_pattern(r"(?:では|で|にて)(?![もきす])"))
_PLACE_BEFORE = frozenset(fold("在於于"))


def visited_capital(
    folded: str,
    start: int,
    capitals: dict[str, str],
    countries: set[str | None],
    kb: KnowledgeBase,
) -> str | None:
    """The country of the capital written as the place of the clause before the body at
    `start`, if that country has such a body (`countries`). `capitals` maps the folded CJK names
    of capitals to their entities."""
    reach = max(0, start - CLAUSE_REACH)
    clause_start = max(reach, max(folded.rfind(end, reach, start) for end in SENTENCE_ENDS) + 1)
    for form, capital in capitals.items():
        at = folded.find(form, clause_start, start)
        while at >= 0:
            after = at + len(form)
            # The particle of place follows the capital's reading, if one is given: the reading
            # tells how to say the name, not where the clause is ("北京（ペキン）で").
            place = (
                _PLACE_AFTER.match(folded, past_reading(folded, after))
                or folded[at - 1 : at] in _PLACE_BEFORE
            )
            country = kb.entities[capital].capital_of
            if place and country in countries:
                return country
            at = folded.find(form, after, start)
    return None
