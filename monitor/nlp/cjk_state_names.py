"""US states' short Chinese names inside a longer word.

Chinese papers clip a state to its first character and 州 (加州 California, 德州 Texas, 佛州
Florida, 麻州 Massachusetts, 賓州 Pennsylvania). 加 is also the second character of everyday
verbs and adverbs (增加, 參加, 追加, 施加, 附加, 添加, 更加, 外加, 疊加, 強加), and a 州 written
after one of them opens a state's own word ("增加州政府補助", "參加州長選舉"): the two
characters are no state. The full names (加利福尼亞州) and the other clipped forms keep no verb
before them, so only 加 needs the check.

A state's name before its National Guard opens the Guard's name ("密歇根州国民警卫队", "米ミシガン州
兵"): the sets label the Guard whole, never the state inside it.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold, fold_pattern
from .kb import KBEntry

CLIPPED_STATE = "加州"
UNITED_STATES = "united-states"
# The National Guard in Chinese (國民警衛隊, 國民兵) and Japanese (州兵, after the state's 州).
GUARD_AFTER_STATE = r"國民警衛隊|国民警卫队|國民兵|兵"  # 衛 and 卫 fold apart
# The characters that make a word with 加 after them.
VERB_OPENERS = "增參追施附添更外疊強"


@cache
def _verb_before() -> re.Pattern[str]:
    return re.compile(fold_pattern(f"[{VERB_OPENERS}]"))


def inside_verb_word(folded: str, start: int, end: int) -> bool:
    """Whether the state's clipped name at [start, end) of the folded text has its 加 closing
    a verb written before it."""
    return (
        folded[start:end] == fold(CLIPPED_STATE)
        and start > 0
        and _verb_before().match(folded, start - 1) is not None
    )


@cache
def _guard_after_state() -> re.Pattern[str]:
    return re.compile(fold_pattern(GUARD_AFTER_STATE))


def opens_guard_name(folded: str, start: int, end: int, entry: KBEntry) -> bool:
    """Whether the US state's name at [start, end), written with its 州, opens its National
    Guard's name."""
    return (
        entry.type == "GPE"
        and entry.country == UNITED_STATES
        and folded[start:end].endswith(fold("州"))
        and _guard_after_state().match(folded, end) is not None
    )
