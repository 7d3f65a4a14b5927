"""A generic body's one-word form inside a firm's name: "Marine" of "Huawei Marine"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


def firms_generic_word(
    k: Span, inside: list[Span], generic: str, match_keys: tuple[str, ...]
) -> bool:
    """Whether a knowledge-base match is a one-word generic form ("Marine", "Navy") right after
    an organisation's name the knowledge base holds: then it is that name's own word ("Huawei
    Marine", the cable firm, not a marine corps), and the model's longer name stands. After a
    country's or a place's name ("Taiwan Navy", "Okinawa Marines") the generic form stays the
    body the country or the article's side gives. The match keys come from the matcher, which
    imports this module."""
    if len(k) != 1 or not k.kb_id_.startswith(generic):
        return False
    before = next((j for j in inside if j.end == k.start), None)
    return (
        before is not None and before.label_ == "ORG" and not before.kb_id_.startswith(match_keys)
    )
