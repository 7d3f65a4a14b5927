"""Names the entity finder cut short or mistyped, mended after linking: each rule in a module
of its own, in the order that lets a mended name feed the next."""

from __future__ import annotations

from .clipped_companies import clipped_companies, companies_named_before
from .extended_names import extended_names
from .hyphened_names import hyphened_names
from .kb import KnowledgeBase
from .mention import Mention
from .swapped_families import swapped_families


def mended_names(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    mentions = extended_names(text, mentions, kb)
    mentions = hyphened_names(mentions, kb)
    mentions = clipped_companies(mentions, kb)
    mentions = companies_named_before(mentions, kb)
    return swapped_families(mentions, kb)
