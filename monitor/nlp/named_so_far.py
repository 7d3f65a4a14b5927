"""What an article has linked so far, kept up to date as the context pass links more.

Asking the links anew for every undecided name made linking quadratic in the number of names:
a long table of "Aircraft" rows spent most of its time there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from .kb import KnowledgeBase
    from .mention import Mention


@dataclass
class NamedSoFar:
    kb: KnowledgeBase = field(repr=False)
    countries: set[str] = field(default_factory=set)  # named, or owning what is named
    outlets: set[str] = field(default_factory=set)
    # Where each entity linked so far is named: the turns of a transcript's speakers
    # (speakers.turn_of) that name it. A generic body asks which of its candidates the turn it
    # is in names; reading every link again for each made an article of thousands of names
    # quadratic.
    turns: dict[str, set[int]] = field(default_factory=dict)
    turn_of: Callable[[int], int] = field(default=lambda offset: 0, repr=False)

    @classmethod
    def of(
        cls,
        mentions: Iterable[Mention | None],
        kb: KnowledgeBase,
        turn_of: Callable[[int], int] | None = None,
    ) -> NamedSoFar:
        named = cls(kb, turn_of=turn_of) if turn_of else cls(kb)
        for mention in mentions:
            named.add(mention)
        return named

    def add(self, mention: Mention | None) -> None:
        if mention is None:
            return
        self.turns.setdefault(mention.entity_id, set()).add(self.turn_of(mention.start))
        if not mention.in_kb:
            return
        entry = self.kb.entities[mention.entity_id]
        owner = entry.id if entry.kind == "country" else entry.country
        if owner:
            self.countries.add(owner)
        if entry.kind == "outlet":
            self.outlets.add(entry.id)

    def named_in_turn(self, candidates: Iterable[str], turn: int) -> set[str]:
        """The candidates linked so far in the speaker's turn starting at `turn`."""
        return {c for c in candidates if turn in self.turns.get(c, ())}
