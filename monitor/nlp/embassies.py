"""A bare embassy ("the Chinese Embassy said", "Chinese Embassy spokesperson Liu Pengyu") is
the one its country keeps where the story is written: China's embassy in Washington in a story
from Washington or about Congress, its embassy in Tokyo in a story from Tokyo. The knowledge
base names each embassy with its host ("Chinese Embassy in the United States"), so the host
completes the name; a host the knowledge base has no embassy for leaves the mention as it is.
"""

from __future__ import annotations

from dataclasses import replace

from .congress_tags import tags_members_of_congress
from .kb import KnowledgeBase
from .mention import Mention, relinked
from .names import fold
from .us_states import UNITED_STATES

EMBASSY = " Embassy"
BARE_EMBASSY = frozenset({"embassy", "the embassy"})  # folded; only a capitalised one is a name


def embassies_at_home(
    text: str, mentions: list[Mention], home: str | None, kb: KnowledgeBase
) -> list[Mention]:
    """The mentions, with each bare embassy linked to its country's embassy in the article's
    home: the dateline's or outlet's country, else the United States where the article tags
    members of Congress ("Rep. Brian Mast (R-Fla.)")."""
    host = kb.entities.get(home or (UNITED_STATES if tags_members_of_congress(text) else ""))
    if host is None:
        return mentions
    linked = [_at_home(text, mention, host.name, kb) or mention for mention in mentions]
    return _bare_embassies(linked, kb)


def _bare_embassies(mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """'The Embassy said' after 'the Chinese Embassy said' is that embassy, as a body's head
    noun after its full name is (article_names.py): when the article names one embassy only."""
    named = {
        m.entity_id for m in mentions
        if m.in_kb and EMBASSY in f" {kb.entities[m.entity_id].name}"
    }  # fmt: skip
    if len(named) != 1:
        return mentions
    embassy = named.pop()
    return [
        relinked(m, embassy, kb) if not m.in_kb and fold(m.text) in BARE_EMBASSY else m
        for m in mentions
    ]


def _at_home(text: str, mention: Mention, host: str, kb: KnowledgeBase) -> Mention | None:
    if mention.kind == "demonym" and text.startswith(EMBASSY, mention.end):
        demonym, end = mention.text, mention.end + len(EMBASSY)  # "Chinese" of "Chinese Embassy"
    elif not mention.in_kb and fold(mention.text).endswith(" embassy"):
        demonym, end = mention.text.split()[-2], mention.end  # "The Chinese Embassy"
    else:
        return None
    country = kb.demonyms.get(fold(demonym))
    for written in (f"{demonym} Embassy in the {host}", f"{demonym} Embassy in {host}"):
        embassy = kb.entities.get(kb.index.get(fold(written)) or "")
        if embassy is not None and country is not None and embassy.country == country:
            widened = replace(mention, text=text[mention.start : end], end=end, kind="name")
            return relinked(widened, embassy.id, kb)
    return None
