"""An acronym in brackets right after a name glosses that name ("４か国の海上協同活動（ＭＭＣＡ）"):
it is the same entity, whatever else the letters stand for alone (MMCA is also the US-China
Military Maritime Consultative Agreement). The writer has said which one is meant, when the
letters are the initials of one of the name's English names ("multilateral maritime cooperative
activity"); an owner's zone glossed by its own letters ("韓国の防空識別圏（ＫＡＤＩＺ）") is no
gloss of the bare term. Airline copy glosses a carrier by its two-letter flight code, which is
no set of initials ("チャイナエアライン（CI）", "エバー航空（BR）"): two letters after an
airline's name are its code."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .kb import KBEntry, KnowledgeBase
from .mention import Mention, relinked

ACRONYM = re.compile(r"[A-Z]{2,8}")
WORD = re.compile(r"[A-Za-z]+")
# Words an acronym leaves out ("Ministry of Foreign Affairs" is MOFA, "Department of Defense" DOD).
SKIPPED = frozenset({"and", "the", "for", "in", "on"})
# Letters, ASCII or full-width, alone in brackets.
BRACKETED = re.compile(r"[（(]([A-ZＡ-Ｚ]{2,8})[）)]")
# Letters, ASCII or full-width, standing as a word of their own.
_ALNUM = "A-Za-zＡ-Ｚａ-ｚ0-9０-９"
LETTERS = re.compile(rf"(?<![{_ALNUM}])[A-ZＡ-Ｚ]{{2,8}}(?![{_ALNUM}])")
# A pinyin syllable: its initial and its final. The PLA's weapon families are abbreviated by
# their names' syllables' initials ("Dongfeng" is DF, "Hongqi" HQ, "Julang" JL), as copy glosses
# them ("東風（ＤＦ）系列").
PINYIN_SYLLABLE = re.compile(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]+(?:ng|n(?![aeiouv])|r)?")
# An airline by its English name's last word: its two-letter flight code glosses it.
AIRLINE_WORDS = re.compile(r"\b(?:Airlines?|Airways|Air)$")
FLIGHT_CODE_LETTERS = 2
# Only a name's own kind of entity: a place glossed by letters is rare, and a person never.
GLOSSED_TYPES = frozenset({"ORG", "TERM", "EQUIPMENT"})


def acronyms_as_glossed(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, each acronym that glosses the name before it linked to that name's entity,
    whether the letters were read as another entity, as a name outside the knowledge base or
    not at all ("海洋状況把握（MDA）": MDA alone is given to no entity, as it stands for more
    than one thing). Each name is read against the letters right after it."""
    ordered = sorted(mentions, key=lambda m: m.start)
    by_start = {m.start: m for m in ordered}
    glossed = []
    for name in ordered:
        letters = _gloss_after(text, name, kb)
        if letters is None:
            continue
        start, end = letters
        acronym = by_start.get(start)
        if acronym is not None and acronym.end != end:
            continue
        written = acronym or Mention(text[start:end], "", "", "", start, end, False)
        kind = written.kind
        glossed.append(replace(relinked(written, name.entity_id, kb), kind=kind))
    if not glossed:
        return ordered
    glossed += _letters_elsewhere(text, ordered, glossed, kb)
    spans = {(m.start, m.end) for m in glossed}
    kept = [m for m in ordered if (m.start, m.end) not in spans]
    return sorted([*kept, *glossed], key=lambda m: m.start)


def _letters_elsewhere(
    text: str, mentions: list[Mention], glossed: list[Mention], kb: KnowledgeBase
) -> list[Mention]:
    """The glossed letters written alone elsewhere in the article, the headline too ("ＭＲＴ延伸が
    争点に" before "台北捷運（ＭＲＴ）"): the writer has said what they stand for here. Letters
    glossing two names are left as they are."""
    meanings: dict[str, set[str]] = {}
    for gloss in glossed:
        meanings.setdefault(unicodedata.normalize("NFKC", gloss.text), set()).add(gloss.entity_id)
    done = {(m.start, m.end) for m in glossed}
    by_span = {(m.start, m.end): m for m in mentions}
    found = []
    for letters in LETTERS.finditer(text):
        entity_ids = meanings.get(unicodedata.normalize("NFKC", letters.group()), set())
        span = letters.span()
        if len(entity_ids) != 1 or span in done:
            continue
        written = by_span.get(span)
        if written is None and any(m.start < span[1] and span[0] < m.end for m in mentions):
            continue  # inside a longer name
        written = written or Mention(letters.group(), "", "", "", *span, False)
        found.append(replace(relinked(written, next(iter(entity_ids)), kb), kind=written.kind))
    return found


def _gloss_after(text: str, name: Mention, kb: KnowledgeBase) -> tuple[int, int] | None:
    """The span of the letters written alone in brackets right after `name` that are one of
    its entity's acronyms, if any."""
    entry = kb.entities.get(name.entity_id) if name.in_kb else None
    if entry is None or entry.type not in GLOSSED_TYPES:
        return None
    gloss = BRACKETED.match(text, name.end)
    if gloss is None:
        return None
    letters = unicodedata.normalize("NFKC", gloss.group(1))
    if not ACRONYM.fullmatch(letters):
        return None
    airline_code = len(letters) == FLIGHT_CODE_LETTERS and AIRLINE_WORDS.search(entry.name)
    if not airline_code and letters not in _acronyms(entry):
        return None
    return gloss.span(1)


def _acronyms(entry: KBEntry) -> set[str]:
    """The letters that gloss an entry: its English names' initials, and its generic names'
    ("National Security Council" is NSC, the acronym of Japan's council as of any other), with
    a generic acronym itself ("MND"), and the acronym an English name writes after its place
    ("Taipei FIR": "台北飛行情報区（ＦＩＲ）" glosses the region's kind, the place left out)."""
    english = (entry.name, *entry.aliases, *entry.generic)
    pinyin = {_syllable_initials(name) for name in english if name.isalpha() and name.istitle()}
    initials = {_initials(name) for name in english} | pinyin
    written = {w for name in entry.aliases for w in name.split()[1:] if ACRONYM.fullmatch(w)}
    return initials | written | {g for g in entry.generic if g.isupper()}


def _syllable_initials(word: str) -> str:
    """The initials of a one-word pinyin name's syllables ("Dongfeng" is DF); empty when the
    word does not split into pinyin syllables whole."""
    syllables = [m.group() for m in PINYIN_SYLLABLE.finditer(word.lower())]
    whole = "".join(syllables) == word.lower() and len(syllables) > 1
    return "".join(s[0] for s in syllables).upper() if whole else ""


def _initials(name: str) -> str:
    """The upper-case initials of an English name's words ("maritime cooperative activity" is
    MCA), "of" counted ("Ministry of Foreign Affairs" is MOFA)."""
    words = [w for w in WORD.findall(name) if w.lower() not in SKIPPED]
    return "".join(w[0] for w in words).upper()
