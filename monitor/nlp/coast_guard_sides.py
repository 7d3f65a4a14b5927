"""Whose is a bare "coast guard" in copy that counts China Coast Guard ships? The counting side's.

A story on ships near the Senkakus, or in Kinmen's or Matsu's restricted waters, names the China
Coast Guard in full as the intruder and the coast guard that reports, warns and shadows it bare:
"Two China Coast Guard cutters entered the restricted waters east of Juguang ..., the coast
guard's Matsu unit said" is Taiwan's, and a headline's "coast guard" over a Senkaku count is
Japan's. The body named in full is the counted side's, so it cannot decide the bare one. Only
the paragraph that counts decides: elsewhere a feature's "the coast guard ships" or "I fish
under the coast guard" may be the Chinese ships it is about.
China's own reports call the same patrol the coast guard's too ("patrolled the territorial waters
of Diaoyu Dao, the coast guard said"), so copy at home in China or naming the islands by China's
name is left to the other rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

COAST_GUARD = "coast guard"  # the generic form
CHINA = "china"  # whose own copy calls the China Coast Guard "the coast guard"
# China's names for the islands, as its own copy writes them: "Diaoyu Dao", "the Diaoyu Islands".
_CHINAS_NAMES = re.compile(r"\bDiaoyu (?:Dao|Islands)\b|\bHuangyan Dao\b")


def coast_guard_side(doc: Doc, sides: set[str | None], home: str | None) -> str | None:
    """The side counting the ships of every fact the coast guard's paragraph states (`sides`:
    Japan for the Senkakus, Taiwan for Kinmen and Matsu, None elsewhere), for a bare coast guard
    outside China's copy; None when the facts lie on two sides, elsewhere, or there are none."""
    if "chinas_names" not in doc.user_data:  # read once an article, not once a mention
        doc.user_data["chinas_names"] = bool(_CHINAS_NAMES.search(doc_text(doc)))
    if home == CHINA or len(sides) != 1 or doc.user_data["chinas_names"]:
        return None
    side = next(iter(sides))
    return side if home in (None, side) else None
