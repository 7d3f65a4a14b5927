"""Two people's names the NER ran into one: "Motegi + DM Koizumi" in a note, "Abe played Trump
at least five times" in a sentence. Neither is a name; each person is read alone later, by the
family names the article defines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

BETWEEN_PEOPLE = frozenset({"+", "/", "|"})  # a note's joins of two names; never inside one
# The lower-case words a person's name may hold ("Ursula von der Leyen", "Mohamed bin Zayed");
# any other lower-case word, not the end of a hyphened given name ("Lai Ching-te"), is a verb or
# a joint between two names.
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "das", "del", "della", "di", "du", "dos", "la",
     "le", "bin", "binti", "bint", "ibn", "al", "el", "ter", "ten", "y", "e"}
)  # fmt: skip
HYPHENS = frozenset({"-", "‑"})


def runs_names_together(span: Span) -> bool:
    """Does the person's span join two names: a note's "+", or a lower-case word other than a
    name's particle past its first word and not after a hyphen?"""
    if any(token.text in BETWEEN_PEOPLE for token in span):
        return True
    return any(
        token.is_lower and token.is_alpha and token.lower_ not in NAME_PARTICLES
        and span[k - 1].text not in HYPHENS
        for k, token in enumerate(span) if k > 0
    )  # fmt: skip
