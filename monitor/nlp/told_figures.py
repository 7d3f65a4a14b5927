"""The day's figures told beside another story: a count of military or coast-guard craft ("19
PLA aircraft and seven navy vessels operated around Taiwan", "two China Coast Guard ships
entered Japan's territorial waters") in a study tour's diary, a sister city's press release or a
friendship group's new year party.

The annotation guide's writers label such a story both cooperation and security (74 of the 75
cooperation passages with an incursion fact in the development and blind sets 1 to 67 have both
tags), but the theme model reads the passage as one bag of words: the figures pull the exchange's
cooperation score under its threshold, or the exchange's words pull the figures' security score
under its own. themes.py therefore also scores the two parts apart (told_figures_apart).

A figure sentence needs a count within a few words of a craft noun and, in the same sentence, a
word of the military or the coast guard, so that an airline's "ten aircraft" or a port's "40
ships" is no figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .incursion_words import NUMBER_WORDS

# a figure, or the vague words a story tells figures in beside an exchange ("dozens of
# aircraft"), which the incursion reader rightly counts as no number
_COUNT = "|".join((r"\d{1,3}", "dozens?", "several", *sorted(NUMBER_WORDS, key=len, reverse=True)))
_CRAFT = r"aircraft|planes|jets|fighters|bombers|sorties|drones|balloons|vessels|ships|warships"
# a count, up to four words ("PLA", "Chinese military", "China Coast Guard") and the craft
FIGURE = re.compile(rf"\b(?:{_COUNT})\s+(?:[\w-]+\s+){{0,4}}?(?:{_CRAFT})\b", re.IGNORECASE)
MILITARY = re.compile(
    r"\bPLA\b|\bCCG\b|\bADIZ\b|military|\bnav(?:y|al)\b|coast ?guard|air defen[cs]e identification"
    r"|median line|defen[cs]e ministry|Ministry of (?:National )?Defen[cs]e|contiguous zone"
    r"|territorial waters|restricted waters|warships",
    re.IGNORECASE,
)
# a sentence ends at a stop (or a closing quote after one) before a capital, or at a line break
SENTENCE_END = re.compile(r"(?<=[.!?\"”])[ \t]+(?=[\"“]?[A-Z])|\n+")


def told_figures_apart(text: str) -> tuple[str, str] | None:
    """The sentences of `text` that tell the day's figures, and the rest, each joined in order;
    None when no sentence tells a figure or every sentence does."""
    return sentences_apart(
        SENTENCE_END.split(text), lambda s: bool(FIGURE.search(s) and MILITARY.search(s)), " "
    )


def sentences_apart(
    sentences: list[str], tells: Callable[[str], bool], joiner: str
) -> tuple[str, str] | None:
    """The sentences that `tells` picks, and the others, each joined in order by `joiner` (a
    space in English, nothing in Japanese and Chinese); None when it picks none or all."""
    figures: list[str] = []
    rest: list[str] = []
    for sentence in sentences:
        if sentence.strip():
            (figures if tells(sentence) else rest).append(sentence)
    if not figures or not rest:
        return None
    return joiner.join(figures), joiner.join(rest)
