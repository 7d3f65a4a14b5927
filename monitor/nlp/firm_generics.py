"""A generic body's one-word form inside a firm's name: "Marine" of "Huawei Marine"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


def firms_generic_word(
    k: Span,
    inside: list[Span],
    country_words: frozenset[str],
    generic: str,
    match_keys: tuple[str, ...],
) -> bool:
    """Whether a knowledge-base match is a one-word generic form ("Marine", "Navy") right after
    another name the knowledge base holds that is no country's: then it is that name's own word
    ("Huawei Marine", the cable firm, not a marine corps), and the model's longer name stands.
    After a country's name ("Taiwan Navy") the generic form is that country's body. The match
    keys come from the matcher, which imports this module."""
    if len(k) != 1 or not k.kb_id_.startswith(generic):
        return False
    before = next((j for j in inside if j.end == k.start), None)
    if before is None or before.kb_id_.startswith(match_keys):
        return False
    return not all(part in country_words for part in re.split(r"[\s–-]+", before.text.lower()))
