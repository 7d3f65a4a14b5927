"""An outlet's short name: a paper calls itself by the last word of its name ("told the Post"
in a South China Morning Post story, "the Times" in The Japan Times's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention import mention_of
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .kb import KnowledgeBase
    from .mention import Mention


def outlet_by_last_word(span: Span, outlets: set[str], kb: KnowledgeBase) -> Mention | None:
    """The one outlet the article names whose name ends with the span's single capitalised
    word; none when two do (a Post and a Washington Post) or the word is lower case."""
    words = span.text.split()
    word = words[-1] if words else ""
    if len(words) > 2 or (len(words) == 2 and words[0].lower() != "the") or not word.istitle():
        return None
    # The last word as written, hyphen and all: "France-Presse" is Agence France-Presse's
    # last word, and "Presse" alone is no short name of it ("La Presse" is a paper of its own).
    ending = [o for o in outlets if fold(kb.entities[o].name.split()[-1]) == fold(word)]
    if len(ending) != 1:
        return None
    return mention_of(span, ending[0], kb)
