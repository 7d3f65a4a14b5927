"""A term, body or person misspelt by one kanji ("防空識別権" for 防空識別圏, "統合幕僚幹部" for
統合幕僚監部, "小泉進次朗" for 小泉進次郎): an input method's homophone, mostly, in a headline
typed in haste or a reader's post. A run of Han characters that no knowledge-base name covers,
as long as a knowledge-base name of five characters or more and one character from it, is that
entity.

What keeps ordinary words out:
- five characters at least: ordinary words are two to four, and a two-to-four-character name one
  character off is often another word or another name (王毅, 王逸);
- terms, bodies and people only: two places one character apart are two places (石垣島,
  石垣市), two ship classes or missiles two types (052型, 055型), and a foreign name's
  transliteration (only names written in Han characters by their own people count) a string of
  sounds;
- a body's last character says what kind of body it is (國家安全局, Taiwan's bureau, and
  國家安全部, China's ministry), so a body misspelt there is no misspelling of it; and a maritime
  safety administration is a body of its own (中国海事局 is no 中国海警局 misspelt:
  cjk_body_names);
- one entity only: a run one character from two names is left alone;
- a word's start: the window opens a run of Han characters or follows a name found before
  ("母舰打击群" inside 航空母舰打击群 is no misspelt 航母打击群);
- terms and bodies in Japanese copy only: Chinese copy renders Japan's terms in words of its
  own ("存亡危机事态" for 存立危機事態), a translation, not a typo; people in both.

Each run is read once per length a name may have, two dictionary look-ups a length (a name one
character off shares its first half or its second with the run), so a long text is read in
linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cjk_body_names import MARITIME_BUREAU
from .cjk_misspellings import HAN_NAME_COUNTRIES
from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

_MARITIME_BUREAU = fold(MARITIME_BUREAU)
MIN_CHARS = 5
# A name longer than this is no headline's typo; it bounds the lengths read at each character.
MAX_CHARS = 12
MISSPELT_TYPES = frozenset({"TERM", "ORG", "PERSON"})
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{5,}")


@dataclass(frozen=True)
class HalfIndex:
    """Knowledge-base names by (length, which half, the half): the names a run one character
    from them shares a half with."""

    halves: dict[tuple[int, bool, str], tuple[tuple[str, str], ...]]  # -> (folded name, id)
    lengths: tuple[int, ...]


_BUILT: dict[str, HalfIndex] = {}  # by knowledge-base digest, built once a process


def misspelt_terms(
    text: str, mentions: list[Mention], kb: KnowledgeBase, japanese: bool
) -> list[Mention]:
    """The mentions, with each Han run one character from one knowledge-base name (module
    docstring) linked to that name's entity; the model's unlinked names under it give way."""
    index = _index(kb)
    folded = fold(text)
    linked = {i for m in mentions if m.in_kb for i in range(m.start, m.end)}
    ends = {m.end for m in mentions}
    found: list[Mention] = []
    for run in HAN_RUN.finditer(text):
        start = run.start()
        while start <= run.end() - MIN_CHARS:
            length, entity_id = _misspelt_at(folded, start, run.end(), index, kb)
            end = start + length
            opens = start == run.start() or start in ends
            if (
                entity_id is None
                or not opens
                or not linked.isdisjoint(range(start, end))
                or (not japanese and kb.entities[entity_id].type != "PERSON")
                or folded.endswith(_MARITIME_BUREAU, start, end)
            ):
                start += 1
                continue
            surface = text[start:end]
            named = Mention(surface, "", surface, "", start, end, False)
            found.append(relinked(named, entity_id, kb))
            start = end
    taken = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if m.in_kb or taken.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *found], key=lambda m: m.start)


def _misspelt_at(
    folded: str, start: int, run_end: int, index: HalfIndex, kb: KnowledgeBase
) -> tuple[int, str | None]:
    """(length, entity) of the longest name the run misspells from `start`, or (0, None)."""
    for length in index.lengths:
        end = start + length
        if end > run_end:
            continue
        window = folded[start:end]
        half = length // 2
        candidates = {
            *index.halves.get((length, True, window[:half]), ()),
            *index.halves.get((length, False, window[half:]), ()),
        }
        meant = {
            entity_id
            for name, entity_id in candidates
            if _misspells(window, name, kb.entities[entity_id].type)
        }
        if len(meant) == 1:
            return length, meant.pop()
    return 0, None


def _misspells(window: str, name: str, entity_type: str) -> bool:
    """Whether a run misspells a name in exactly one character, not a body's last."""
    apart = [i for i, (a, b) in enumerate(zip(window, name, strict=True)) if a != b]
    if len(apart) != 1:
        return False
    return not (entity_type == "ORG" and apart[0] == len(name) - 1)


def _index(kb: KnowledgeBase) -> HalfIndex:
    if kb.digest not in _BUILT:
        _BUILT[kb.digest] = _build(kb)
    return _BUILT[kb.digest]


def _build(kb: KnowledgeBase) -> HalfIndex:
    halves: dict[tuple[int, bool, str], set[tuple[str, str]]] = {}
    for entry in kb.entities.values():
        if entry.type not in MISSPELT_TYPES:
            continue
        if entry.type == "PERSON" and entry.country not in HAN_NAME_COUNTRIES:
            continue
        for text in (entry.name, *entry.aliases):
            if not MIN_CHARS <= len(text) <= MAX_CHARS or not all(HAN.match(c) for c in text):
                continue
            name, half = fold(text), len(text) // 2
            halves.setdefault((len(name), True, name[:half]), set()).add((name, entry.id))
            halves.setdefault((len(name), False, name[half:]), set()).add((name, entry.id))
    lengths = sorted({length for length, _, _ in halves}, reverse=True)
    return HalfIndex(
        halves={key: tuple(sorted(names)) for key, names in halves.items()},
        lengths=tuple(lengths),
    )
