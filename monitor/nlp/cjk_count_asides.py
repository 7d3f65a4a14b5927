"""A bracketed share of a count, as Taiwan's defence ministry and the papers that copy it write
one: "其中共機16架次（含無人機3架次）逾越中線", "偵獲共機18架次（包括無人機2架次）",
"中国軍機16機（うち無人機3機）が中間線を越え". The bracket says what the count holds; the
count's own verb and zones come after it, so the bracket opens no clause between them and its
share is no count the verb is of. Drones inside an aircraft count are no fact of their own
(they are inside the total, as cjk_sentence_facts reads "うち無人機4機"), so the reader reads
the sentence past such a bracket, with the count joined to what follows.

A bracket is an aside only when it opens with 含, 包括, 包含, 其中 or うち, or closes with
を含む (Japanese puts the verb last: "１６機（無人機３機を含む）"), straight after a count,
counts something itself and names no zone the craft entered: "24架次（其中17架次逾越中線…）"
and "３隻（うち２隻が領海に侵入）" are breakdowns by zone, read as they are. Nor is it one when
the sentence counts the bracket's craft again after it ("（含無人機４架次）…其中無人機２架次…
進入西南空域"): that later part is of the drones the bracket counted.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_counts import Count, read_counts
from .cjk_script import fold_pattern
from .cjk_zones import zones_in

# The longest share a bracket holds ("含無人機３架次", "うち機関砲搭載　４隻").
SHARE_CHARS = 30
_INSIDE = rf"[^（）()\n]{{1,{SHARE_CHARS}}}"


@cache
def _share() -> re.Pattern[str]:
    return re.compile(
        fold_pattern(
            rf"\s*[（(]\s*(?:(?:含|包括|包含|其中|うち){_INSIDE}|{_INSIDE}?を含[むめ])[）)]"
        )
    )


def without_count_asides(sentence: str) -> tuple[str, list[Count]]:
    """The folded sentence with each bracketed share of a count left out (see the docstring),
    and the counts of the shares left out: a headline's figure the body gives only inside such
    a bracket is still a part the body told ("無人機3架繞台" over "30架次（其中無人機3架次…）")."""
    kept: list[str] = []
    shares: list[Count] = []
    at = 0
    counts = read_counts(sentence)
    for count in counts:
        share = _share().match(sentence, count.end)
        if share is None or share.start() < at:
            continue
        inside = read_counts(share.group())
        if not inside or zones_in(share.group()):
            continue
        crafts = {c.craft for c in inside}
        if any(c.start >= share.end() and c.craft in crafts for c in counts):
            continue
        kept.append(sentence[at : share.start()])
        shares += inside
        at = share.end()
    kept.append(sentence[at:])
    return "".join(kept), shares
