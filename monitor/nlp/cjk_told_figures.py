"""The day's figures told beside another story, in Japanese and Chinese copy: a county
council's minutes, a market wrap or a weekly digest that reports "偵獲共機14架次、共艦6艘" or
"中国軍機１２機と艦艇６隻" beside a sister city's visit or a plant's ground-breaking.

told_figures.py says why such a story is scored as its figures and the rest (themes.py); this
is its reading of CJK copy. The theme model reads folded text (cjk_script.fold), so these
patterns do too: simplified characters, ASCII digits and punctuation.

A figure sentence needs a count with a craft's counter (架次, 艘, 機, 隻, 批次) and, in the same
sentence, a word of the other side's forces or of the waters and lines they cross (共機,
解放軍, 国防部, 海警船, 中線, 接続水域, 領海). A coast guard's gift of "兩艘巡邏船" to a partner,
or an airline's "3架" new aircraft, names no such word and tells no figure.
"""

from __future__ import annotations

import re

from .cjk_script import fold_pattern
from .told_figures import sentences_apart

# a count in digits or characters, or the vague counts copy tells figures in ("数十架次")
_COUNT = r"(?:\d{1,3}|[一二三四五六七八九十百两]{1,4}|十数|数十|数)"
_COUNTER = r"(?:架次|架|艘次|艘|機|隻|批次)"
FIGURE = re.compile(fold_pattern(rf"{_COUNT}\s?{_COUNTER}"))
FORCES = re.compile(
    fold_pattern(
        r"共機|共艦|共軍|解放軍|中國軍機|国防部|防衛省|統合幕僚監部|中國海警|海警船|海警艦|海警局"
        r"|中線|中間線|防空識別|軍機|限制水域|禁止水域|接続水域|毗連區|領海"
    )
)
# a sentence ends after 。, ! or ? (and a closing quote or bracket after it), or at a line break
SENTENCE_END = re.compile(r"(?<=[。!?])(?![」』”)])|(?<=[。!?][」』”)])|\n+")


def cjk_told_figures_apart(text: str) -> tuple[str, str] | None:
    """The sentences of folded `text` that tell the day's figures, and the rest, each joined in
    order; None when no sentence tells a figure or every sentence does."""
    return sentences_apart(
        SENTENCE_END.split(text), lambda s: bool(FIGURE.search(s) and FORCES.search(s)), ""
    )
