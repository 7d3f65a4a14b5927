"""Letters an article defines in brackets mean what it defines them for, over the knowledge
base's sense of the same letters.

Copy writes a name in full once with its letters after it ("the Taiwan Railways Administration
(TRA)", "Continental Engineering Corp (CEC)") and the letters alone after that. The knowledge
base gives some letters to the entity the region's news most often means by them (TRA: the
Taiwan Relations Act; CEC: Taiwan's Central Election Commission); in an article that defines
them for another name, every use of them is that name's, or no known entity's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import span_text
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span

LETTERS = re.compile(r"[A-Z]{2,6}")
_DEFINED = re.compile(r"\(([A-Z]{2,6})\)")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# Words a name's letters pass over: "Kantor Dagang dan Ekonomi Indonesia (KDEI)".
_UNSPELT = frozenset({"of", "and", "for", "the", "in", "on", "to", "dan", "de", "&"})
_LOOK_BACK_WORDS = 10  # a defined name is rarely longer; bounded, whatever the line


def letters_defined_here(
    text: str, span: Span, mention: Mention | None, kb: KnowledgeBase
) -> Mention | None:
    """The mention of a span of capital letters, dropped when the article defines the letters
    in brackets after a name they spell that is another's: the caller then reads them as the
    article defines them (a knowledge-base name's letters, article_names.py), or as no entity
    the knowledge base knows."""
    if mention is None or not mention.in_kb or not LETTERS.fullmatch(written := span_text(span)):
        return mention
    spelt = span.doc.user_data.setdefault("names_spelt", {})  # read once an article, not a span
    if text not in spelt:
        spelt[text] = _names_spelt(text)
    named = spelt[text].get(written)
    if named is None:  # a dateline's "TOKYO", letters no bracket defines: the usual reading
        return mention
    key = fold(_POSSESSIVE.sub("", named))  # "the Ministry of National Defense's (MND)"
    if key in kb.generic or kb.index.get(key) == mention.entity_id:
        return mention  # its own name, or a generic one whose country the context gave
    return None  # "Continental Engineering Corp (CEC)": no election commission


def _names_spelt(text: str) -> dict[str, str]:
    """The names the article's bracketed letters spell, by the letters: {"CEC": "Continental
    Engineering Corp"}. Letters that are no name's initials ("(AP)" after a quote) define none."""
    names: dict[str, str] = {}
    for found in _DEFINED.finditer(text):
        letters = found.group(1)
        before = text[max(0, found.start() - 120) : found.start()].splitlines()[-1:]
        words = before[0].split()[-_LOOK_BACK_WORDS:] if before else []
        name = _spelling_name(words, letters)
        if name is not None:
            names.setdefault(letters, name)
    return names


def _spelling_name(words: list[str], letters: str) -> str | None:
    """The words closing `words` whose capitalised initials are `letters`, in order."""
    initials: list[str] = []
    for start in range(len(words) - 1, -1, -1):
        word = words[start].strip(",;:")
        if word.lower() in _UNSPELT and initials:
            continue
        if not word[:1].isupper():
            return None
        initials.insert(0, word[0])
        if len(initials) == len(letters):
            return " ".join(words[start:]) if "".join(initials) == letters else None
    return None
