"""How a language's copy is cut into the pieces a theme model scores apart (themes.py): a
roundup's items, each a story of its own, and a story told beside the day's figures, read as its
figures and the rest. English cuts them by its own marks (roundups.py, told_figures.py);
Japanese and Chinese by theirs (cjk_roundups.py, cjk_told_figures.py, chosen in cjk_themes.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .roundups import roundup_items
from .told_figures import told_figures_apart


@dataclass(frozen=True)
class StoryReading:
    items: Callable[[str], list[str]]  # a roundup's items; [] for one story
    figures_apart: Callable[[str], tuple[str, str] | None]  # (figures, rest) or None
    # An item decides a theme only when it tells no other: a digest whose item is a security
    # story with a word on partners ("intelligence shared with like-minded partners") is that
    # security story's facet, not another story (cjk_roundups.py says where this holds).
    items_of_one_theme: bool = False


def no_items(text: str) -> list[str]:
    """A reading that scores every passage whole."""
    return []


ENGLISH = StoryReading(roundup_items, told_figures_apart)
