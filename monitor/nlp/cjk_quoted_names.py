"""Names in quotation marks before the word of their kind (cjk_entities.py): Chinese copy quotes
a ship's or an exercise's own name and writes its kind after the closing mark ("“希金斯”号驱逐舰",
"「漢光」演習", a class's "“阿武隈”级"), Japanese copy a ship class's name before its 型
("「もがみ」型護衛艦"), and a doctrine's name before the word that says whose it is
("「一つの中国」原則", China's, and "「一つの中国」政策", America's), where the knowledge
base has the name with its kind ("希金斯號", "漢光演習", "一つの中国原則", "もがみ型",
"阿武隈級"). The quoted name is that entity, found by the name and kind read together.

An aircraft's nickname is quoted before the word for its kind of craft, not before its own 式
("展出“鱼鹰”运输机", "“黑鷹”直升機"): the knowledge base has the type with its 式 ("魚鷹式"),
and the quoted nickname before a craft word is that type.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

# A short name alone in quotation marks, and the word of its kind right after them: a ship's
# 號 (the knowledge base writes ships' names with it), an exercise's 演習, or a doctrine's
# principle (原則) or policy (政策), or a ship class's 型 (every Japanese set since blind10 labels
# the quoted もがみ of "「もがみ」型護衛艦" as the class), or its 級 as Chinese copy writes it
# ("“阿武隈”级护卫舰", the base's 阿武隈級), the ship's kind after it read too where the base
# writes the class with it ("“最上”级护卫舰", the base's 最上級護衛艦: 最上級 alone is a
# Japanese word, "the highest grade").
_LONGEST_NAME = 100  # characters: longer than any name the knowledge base or the model finds
QUOTED_BEFORE_KIND = re.compile(
    r"[“「『\"]([^“”「」『』\"\s，。、]{2,8})[”」』\"]"
    r"(號|号|演習|演习|原則|原则|政策|型|級|级"
    r"|運輸機|运输机|直升機|直升机|戰機|战机|戰鬥機|战斗机|旋翼機|旋翼机)"
    r"(護衛艦|护卫舰|驅逐艦|驱逐舰)?"
)
# The craft words after an aircraft's quoted nickname, whose type the base writes with 式.
CRAFT_KINDS = frozenset(
    ("運輸機", "运输机", "直升機", "直升机", "戰機", "战机", "戰鬥機", "战斗机", "旋翼機", "旋翼机")
)
TYPE_WORD = "式"


def quoted_names(
    text: str, mentions: list[Mention], forms: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """`mentions` with each quoted name that no knowledge-base mention covers linked to the
    entity its name and kind make, in place of any other name found over it."""
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    found, replaced = [], set()
    for match in QUOTED_BEFORE_KIND.finditer(text):
        kind = TYPE_WORD if match[2] in CRAFT_KINDS else match[2]
        entity_id = forms.get(fold(match[1] + kind)) or forms.get(
            fold(match[1] + kind + (match[3] or ""))
        )
        if entity_id not in kb.entities:
            continue
        start, end = match.span(1)
        # Only mentions starting a name's length before the quoted one can reach into it.
        nearby = range(bisect_left(starts, start - _LONGEST_NAME), bisect_left(starts, end))
        covered = [i for i in nearby if start < mentions[i].end]
        # A name found inside the marks (the city of "“渥太华”号") is what the quoted name and
        # its kind read together replace; one reaching past them is a longer name of its own.
        reaching_out = [i for i in covered if mentions[i].start < start or mentions[i].end > end]
        if not any(mentions[i].in_kb for i in reaching_out):
            name = Mention(match[1], "", match[1], "", start, end, False)
            found.append(relinked(name, entity_id, kb))
            replaced.update(covered)
    kept = [m for i, m in enumerate(mentions) if i not in replaced]
    return sorted([*kept, *found], key=lambda m: m.start)
