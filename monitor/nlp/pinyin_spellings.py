"""A name's pinyin spelling in brackets after its Wade-Giles or postal one: "Kaohsiung
(Gaoxiong)", "Keelung (Jilong)", "Su Jia-chyuan (蘇嘉全, Su Jiaquan)". Bilingual and
mainland-facing copy writes both; the bracketed spelling is the same place or person, though
the English reader sees an unknown word (or a person) in it.

Only a bracket straight after a linked place or person counts, holding nothing but words that
are pinyin syllable by syllable (a gloss in characters and a comma may come first), and naming
no other entity of the knowledge base: "(Xinhua)" after a dateline is the agency, "(Quemoy)"
or "(Republican)" are no pinyin.
"""

from __future__ import annotations

import re

from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    "|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_PINYIN_WORD = re.compile(rf"(?:{_INITIAL}{_FINAL}'?)+", re.IGNORECASE)
# The bracket after a name: a gloss in characters and a comma at most, then one to three
# capitalised words, then the bracket's end.
_BRACKET_AFTER = re.compile(
    r"\s?[(（](?:[^\sA-Za-z(（)）,]{1,12},\s?)?([A-Z][a-z']+(?:[ -][A-Z]?[a-z']+){0,2})[)）]"
)
_SPELT_TYPES = frozenset({"GPE", "LOC", "PERSON"})


def pinyin_spellings(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each bracketed pinyin spelling linked as the name before it."""
    taken = {at for m in mentions if m.in_kb for at in range(m.start, m.end)}
    spellings = []
    for mention in mentions:
        if not mention.in_kb or mention.kind != "name" or mention.label not in _SPELT_TYPES:
            continue
        bracket = _BRACKET_AFTER.match(text, mention.end)
        if not bracket or not taken.isdisjoint(range(*bracket.span(1))):
            continue
        words = bracket.group(1)
        if not all(_PINYIN_WORD.fullmatch(word) for word in re.split(r"[ -]", words)):
            continue
        if kb.lookup(fold(words)) not in (None, mention.entity_id):
            continue
        start, end = bracket.span(1)
        spellings.append(
            Mention(
                words,
                mention.label,
                mention.canonical,
                mention.entity_id,
                start,
                end,
                True,
                description=mention.description,
            )  # fmt: skip
        )
    if not spellings:
        return mentions
    covered = {at for m in spellings for at in range(m.start, m.end)}
    kept = [m for m in mentions if covered.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *spellings], key=lambda m: m.start)
