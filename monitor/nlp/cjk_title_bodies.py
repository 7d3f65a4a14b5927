"""A minister's title holds the ministry's name ("林佳竜外交部長", "王毅外交部長", "行政院長"): the
ministry is mentioned too, and it is the minister's country's, whichever country the article is
from (Lin Chia-lung's 外交部 is Taiwan's, Wang Yi's the PRC's).

The title follows the minister's name, or the name and its other spelling or reading in
brackets ("卓栄泰（卓榮泰）行政院長"); or it stands without a name ("台湾の行政院長は"), where it
is read as its holder's title. Japanese copy's labels mark the body inside such a title and
never the title as the person, so a title read as its holder is the body's mention instead.

Chinese copy's labels leave a minister's ministry out ("行政院長卓榮泰", "國防部長顧立雄": a
title, as "Premier" and "Defense Minister" are), but mark the chamber in its speaker's title
written before the speaker's name ("立法院長韓國瑜", the Legislative Yuan's speaker, in all nine
passages of the sets that write it): a chamber's head is named by the chamber, as "Legislative
Yuan Speaker Han Kuo-yu" is in English. So in Chinese copy a speaker's title right before a
person's name is the chamber's mention; the name names the person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cjk_script import fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

if TYPE_CHECKING:
    from .cjk_entities import CjkNames

TITLE_CHARS = (4, 5, 6)  # a title's length in characters ("外交部長"); few are longer
HEAD = fold("長")  # what closes a title made of its body's name ("外交部長")
# A name's other spelling or reading in brackets between the name and its title.
_BRACKETED = re.compile(r"\([^()\n]{1,12}\)")


def bodies_in_titles(
    text: str, folded: str, mentions: list[Mention], names: CjkNames, kb: KnowledgeBase
) -> list[Mention]:
    """`mentions` with the ministry inside each title ending in its head's 長 that follows a
    person the knowledge base knows, or is read as its holder, linked to that person's
    country's ministry. Each person looks at the few characters after its name only."""
    kept = [_title_body(text, folded, m, names, kb) or m for m in mentions]
    taken = {i for m in kept for i in range(m.start, m.end)}
    for person in mentions:
        entry = kb.entities.get(person.entity_id) if person.in_kb else None
        if entry is None or entry.type != "PERSON" or entry.country is None:
            continue
        bracketed = _BRACKETED.match(folded, person.end)
        at = bracketed.end() if bracketed else person.end
        for length in TITLE_CHARS:
            title = folded[at : at + length]
            if title not in names.titles or not title.endswith(HEAD):
                continue
            span = range(at, at + length - 1)
            owner = _owner(title[:-1], entry.country, names, kb)
            if owner and taken.isdisjoint(span):
                kept.append(_body(text, span, owner, kb))
                taken.update(span)
            break
    return sorted(kept, key=lambda m: m.start)


SPEAKER = "speaker"  # the office of a chamber's head, as cjk_entity_words.TITLES names it


def chambers_before_speakers(
    text: str, folded: str, mentions: list[Mention], names: CjkNames, kb: KnowledgeBase
) -> list[Mention]:
    """`mentions` with each speaker's title read as its holder that stands right before a
    person's name ("立法院長韓國瑜") made the chamber's mention (module docstring)."""
    people_starts = {m.start for m in mentions if m.label == "PERSON"}
    kept = []
    for mention in mentions:
        title = folded[mention.start : mention.end]
        speaker = title in names.titles and names.titles[title][0] == SPEAKER
        chamber = _title_body(text, folded, mention, names, kb) if speaker else None
        kept.append(chamber if chamber and mention.end in people_starts else mention)
    return kept


def _title_body(
    text: str, folded: str, mention: Mention, names: CjkNames, kb: KnowledgeBase
) -> Mention | None:
    """The body's mention a title read as its holder ("行政院長" -> 行政院) stands for."""
    title = folded[mention.start : mention.end]
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    if title not in names.titles or not title.endswith(HEAD) or entry is None:
        return None
    if entry.type != "PERSON" or entry.country is None:
        return None
    owner = _owner(title[:-1], entry.country, names, kb)
    span = range(mention.start, mention.end - 1)
    return _body(text, span, owner, kb) if owner else None


def _owner(body: str, country: str, names: CjkNames, kb: KnowledgeBase) -> str | None:
    """The country's body of that name: one of the bodies that share it ("外交部"), or the one
    that alone bears it ("行政院")."""
    shared = names.generic.get(body, ())
    if own := next((c for c in shared if kb.entities[c].country == country), None):
        return own
    alone = names.forms.get(body)
    return alone if alone and kb.entities[alone].country == country else None


def _body(text: str, span: range, owner: str, kb: KnowledgeBase) -> Mention:
    surface = text[span.start : span.stop]
    return relinked(Mention(surface, "ORG", surface, "", span.start, span.stop, False), owner, kb)
