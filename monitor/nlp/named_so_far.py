"""What an article has linked so far, kept up to date as the context pass links more.

Asking the links anew for every undecided name made linking quadratic in the number of names:
a long table of "Aircraft" rows spent most of its time there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .kb import KnowledgeBase
    from .mention import Mention


@dataclass
class NamedSoFar:
    kb: KnowledgeBase = field(repr=False)
    countries: set[str] = field(default_factory=set)  # named, or owning what is named
    outlets: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, mentions: Iterable[Mention | None], kb: KnowledgeBase) -> NamedSoFar:
        named = cls(kb)
        for mention in mentions:
            named.add(mention)
        return named

    def add(self, mention: Mention | None) -> None:
        if mention is None or not mention.in_kb:
            return
        entry = self.kb.entities[mention.entity_id]
        owner = entry.id if entry.kind == "country" else entry.country
        if owner:
            self.countries.add(owner)
        if entry.kind == "outlet":
            self.outlets.add(entry.id)
