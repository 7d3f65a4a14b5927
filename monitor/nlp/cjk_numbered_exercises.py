"""Exercises named by their edition or in quotes before the word for an exercise: "漢光41號",
"“利剑-27”联合军演", "美日“利剑”联演".

Chinese copy names a recurring exercise by its bare name and the number of its edition (the
41st Han Kuang, Keen Sword 2027), or quotes the bare name before its word for a joint exercise,
where the knowledge base holds the name with that word ("漢光演習", "利剑演习"). The number, or
the quotes and the word, are what make the name an exercise's: alone, 利剑 is a sharp sword and
漢光 a man's given name, so the bare name is read only there and never added to the knowledge
base by itself.
"""

from __future__ import annotations

import re

from .cjk_script import fold, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, relinked

# The words for an exercise that the knowledge base's names end with, folded alike.
EXERCISE_WORDS = tuple(fold(word) for word in ("演習", "聯合演習", "軍演"))
# A bare name of two to four characters, then its edition: a number, with a dash before it or
# 號 (the ordinal of Taiwan's copy) after it; or its closing quote and a word for an exercise.
# Bounded by the name's length, one pass a text.
_NUMBERED = re.compile(
    fold_pattern(
        r"([\u3400-\u9fff]{2,4})(?:[-－‐–]\d{1,4}|\d{1,4}[號号]|(?=[”」』]\s*(?:聯演|軍演|演習|聯合演習)))"
    )
)


def numbered_exercises(
    text: str, mentions: list[Mention], forms: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """The mentions, with each exercise named by its edition one mention of the exercise in
    place of any mention inside it."""
    found = [
        relinked(Mention(text[start:end], "", "", "", start, end, False), exercise, kb)
        for start, end, exercise in _editions(fold(text), forms, kb)
    ]
    # The mention over each character: a look-up per edition's character, not a scan per pair.
    over = {i: m for m in mentions for i in range(m.start, m.end)}
    # A longer name over the edition stays ("联合利剑-2024A" is Joint Sword, not 利剑's edition).
    found = [
        f
        for f in found
        if not any(_overhangs(over[i], f) for i in range(f.start, f.end) if i in over)
    ]
    if not found:
        return mentions
    inside = {id(over[i]) for f in found for i in range(f.start, f.end) if i in over}
    kept = [m for m in mentions if id(m) not in inside]
    return sorted([*kept, *found], key=lambda m: m.start)


def _overhangs(mention: Mention, edition: Mention) -> bool:
    return mention.start < edition.start or mention.end > edition.end


def _editions(folded: str, forms: dict[str, str], kb: KnowledgeBase) -> list[tuple[int, int, str]]:
    """(start, end, exercise) of each bare name before its edition; the name may be the tail of
    the characters before the number ("美日利剑-27"), the longest that names an exercise."""
    found = []
    for hit in _NUMBERED.finditer(folded):
        stem = hit.group(1)
        for length in range(len(stem), 1, -1):
            exercise = _exercise(stem[-length:], forms, kb)
            if exercise:
                found.append((hit.start(1) + len(stem) - length, hit.end(), exercise))
                break
    return found


def _exercise(name: str, forms: dict[str, str], kb: KnowledgeBase) -> str | None:
    for word in EXERCISE_WORDS:
        entity_id = forms.get(name + word)
        if entity_id in kb.entities and kb.entities[entity_id].type == "TERM":
            return entity_id
    return None
