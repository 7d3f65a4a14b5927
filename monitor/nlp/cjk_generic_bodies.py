"""Whose body a bare generic name ("国防部", "外交部") is when no country is written just before it.

The script tells an article's home only as far as the press that writes in it: simplified
characters are the mainland's, but also foreign outlets' Chinese editions (Deutsche Welle's,
Voice of America's, Kyodo's, Yonhap's), and Japanese is also the PRC's papers' Japanese
editions. So the story's own words decide first, the script last:

- a credit opening the story's body naming an outlet (【共同社3月3日电】, "韩联社首尔3月24日电",
  "人民網日本語版") makes the outlet's country the home, when that country has such a body: a
  Yonhap story's bare 外交部 is Seoul's, People's Daily's Japanese edition's 国防部 is Beijing's;
- in an article whose home is the PRC (simplified script, a Hong Kong or Macau paper, a
  mainland outlet's credit), a bare name after the article named one of the bodies that bear
  it is the one named last ("台湾国防部周二通报……国防部说" is Taiwan's): a foreign outlet names
  the other side's body in full once and then shortens it, as a reader follows. Mainland copy
  puts another side's body in quotation marks (台湾“国防部”), so a quoted one is not followed;
- in Japanese copy, which writes both Beijing's and Taipei's ministries in their own word 部
  (国防部, 外交部), a bare one is the side's whose 部 ministry the article named last
  ("中国国防部の定例会見メモ" in the headline, then "国防部の会見で……外交部も同日" in the body:
  Beijing's both): the copy names a side's ministry in full once (中国国防部, 台湾国防部) and then
  shortens it and its fellow ministries, as the English linker reads "the Defense Ministry" by the
  country the story speaks of. A ministry Japanese copy names in its own word 省 (国防省, 外務省
  for Beijing's) is not followed: "国防省の報道官も…。これに対し、国防部は…反論" sets Taipei's
  部 against it;
- in a Singapore or Malaysia paper, a bare name whose sentence names the paper's country is that
  government's (cjk_own_country_bodies.py), which the knowledge base lacks: left unlinked;
- else, where the article named two or more other countries' bodies of that name before it
  ("米海軍とフィリピン海軍は…海軍の報道官は"), none: which of them is not told, and the home's
  side is not in the story;
- else the article's home's, as cjk_home.home_side says; else the country the article names
  most.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from .cjk_home import home_side
from .cjk_own_country_bodies import own_country_body
from .cjk_script import CJK, fold
from .entities import Mention
from .kb import KnowledgeBase

# The credit stands in the title's line or the body's opening, within this many characters.
CREDIT_CHARS = 120
# The credit's outlet stands at most this many characters into the body ("（中央社記者").
CREDIT_OPENS = 2
PRC = "china"
JAPAN = "japan"
MINISTRY = "部"  # the word closing a 部 ministry's generic name (国防部, 外交部)
_MINISTRIES: dict[str, tuple[str, ...]] = {}  # knowledge-base digest -> the 部 ministries
# A body named this many mentions before a bare name is still the one the reader follows; the
# window bounds the look back.
NAMED_WINDOW = 60
OPENING_QUOTES = '“「『"‘'


def credited_country(
    folded: str, heads: Iterable[tuple[int, str]], kb: KnowledgeBase
) -> str | None:
    """The country of the outlet whose credit opens the story's body, after its title
    ("韩联社首尔3月24日电", "【共同社3月3日电】", "人民網日本語版"); an outlet the title or the
    body's first sentence cites ("路透：", "據央視軍事報導") is a source, not the credit."""
    title_end = folded.find("\n\n", 0, CREDIT_CHARS)
    opening = title_end + 2 if title_end >= 0 else 0
    for start, entity_id in itertools.takewhile(lambda head: head[0] < CREDIT_CHARS, heads):
        entry = kb.entities.get(entity_id)
        if opening <= start <= opening + CREDIT_OPENS and entry and entry.kind == "outlet":
            return entry.country
    return None


def body_owner(
    candidates: tuple[str, ...],
    kb: KnowledgeBase,
    home: str | None,
    credit: str | None,
    named: list[Mention],
    start: int,
    text: str,
) -> str | None:
    """The country among `candidates`' whose body the bare name at `start` is, when no
    country is written just before it."""
    countries = {kb.entities[c].country for c in candidates}
    if credit not in countries and own_country_body(text, start, credit, kb):
        return None
    if credit in countries:
        home = credit
    followed = {PRC: candidates, JAPAN: _ministries(kb)}.get(home or "", ())
    body = _last_named(followed, named, start, text, by_ministry_word=home == JAPAN)
    if body and kb.entities[body].country in countries:
        return kb.entities[body].country
    country = home_side(home, countries)
    others = _bodies_named_before(candidates, kb, named, start, text)
    if len(others) > 1 and all(kb.entities[body].country != country for body in others):
        return None
    if country is None:
        counts = {c: sum(m.entity_id == c for m in named) for c in countries if c}
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if ranked and ranked[0][1] and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            country = ranked[0][0]
    return country


def _bodies_named_before(
    candidates: tuple[str, ...], kb: KnowledgeBase, named: list[Mention], start: int, text: str
) -> set[str]:
    """The bodies the article named before `start` by a name ending in the bare one there
    ("米海軍", "フィリピン海軍" before 海軍)."""
    forms = {fold(g) for c in candidates for g in kb.entities[c].generic if CJK.search(g)}
    form = next((f for f in forms if text.startswith(f, start)), None)
    return {
        m.entity_id
        for m in named
        if form and m.in_kb and m.end <= start and len(m.text) > len(form)
        and fold(m.text).endswith(form)
    }  # fmt: skip


def _last_named(
    candidates: tuple[str, ...],
    named: list[Mention],
    start: int,
    text: str,
    by_ministry_word: bool = False,
) -> str | None:
    """The body among `candidates` named last before `start`, not in quotation marks; only one
    named with the 部 word when `by_ministry_word` (Japanese copy)."""
    for mention in itertools.islice(reversed(named), NAMED_WINDOW):
        quoted = mention.start > 0 and text[mention.start - 1] in OPENING_QUOTES
        other_word = by_ministry_word and not text.endswith(MINISTRY, 0, mention.end)
        if mention.end <= start and mention.entity_id in candidates and not (quoted or other_word):
            return mention.entity_id
    return None


def _ministries(kb: KnowledgeBase) -> tuple[str, ...]:
    """The bodies whose generic CJK name is a 部 ministry's ("国防部"), once per knowledge base."""
    if kb.digest not in _MINISTRIES:
        _MINISTRIES[kb.digest] = tuple(
            entry.id for entry in kb.entities.values()
            if any(name.endswith(MINISTRY) and CJK.match(name) for name in entry.generic)
        )  # fmt: skip
    return _MINISTRIES[kb.digest]
