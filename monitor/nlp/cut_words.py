"""The words the knowledge-base merge's cuts look for inside a model's span (kb_matcher.py): a
headline's verb, a possessive, a committee's noun, a local title, a list's join, a colon, a
bracket, a dash, a full stop glued to a code name, a firm's "Co.", a database's field code, a
line break. Most
of an article's names hold none of them, and each cut that read a name token by token to find
out built a Token object for every word of every name, once a cut. So the words are found once
an article, from its distinct words, as a count of them before each token: a name holds one
when the count at its end passed the count at its start, and a name that holds none is left as
it is by every cut without reading it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from .distinct_words import words_kept
from .export_fields import FACTIVA_CODES
from .joined_names import JOINS
from .joined_names import POSSESSIVES as POSSESSIVES
from .sentence_cuts import FIRM_ENDINGS
from .title_cuts import QUALIFIED_TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

HEADLINE_VERBS = frozenset({"says", "warns", "urges", "vows", "slams", "tells", "pledges"})
COMMITTEE_WORDS = frozenset({"committee", "subcommittee"})
# Every word some cut looks for, in lower case: "on" ends a town's name before its island
# (joined_names.py) and a committee's name before its subject.
_CUT_WORDS = (
    HEADLINE_VERBS | COMMITTEE_WORDS | QUALIFIED_TITLES | JOINS | POSSESSIVES
    | {"on", ":", "(", "-", "–", "—", "--"} | {ending.lower() for ending in FIRM_ENDINGS}
)  # fmt: skip


def is_cut_word(word: str) -> bool:
    """Whether some cut looks for the word: one of theirs, a full stop glued to a word with a
    digit ("Thunder-2025A."), a field's code ("SN") or whitespace."""
    stem = word[:-1]
    glued = word.endswith(".") and len(stem) > 1 and any(c.isdigit() for c in stem)
    return glued or word.isspace() or word in FACTIVA_CODES or word.lower() in _CUT_WORDS


@dataclass(frozen=True)
class CutWords:
    before: list[int]  # per token, and one past the Doc's end: the cut words before it

    @classmethod
    def of(cls, doc: Doc) -> CutWords:
        return cls([0, *np.cumsum(words_kept(doc, is_cut_word)).tolist()])

    def held(self, span: Span) -> bool:
        """Whether the span holds a word some cut looks for."""
        return self.before[span.end] > self.before[span.start]
