"""Why a story has its theme, in its own words: the phrases of the article around the terms
that weighed most for the theme ("28 Chinese military aircraft", "air defense identification
zone"), not the model's lower-case tokens."""

import re
from collections.abc import Sequence

from .cjk_script import has_cjk

PHRASES = 2
CONTEXT_WORDS = 3
_CLAUSE_END = re.compile(r"[.!?;:\n]")
_CJK_CLAUSE_END = re.compile(r"[.!?;:\n、。，！？；：「」『』（）]")
CJK_CONTEXT_CHARS = 8


def why_phrases(text: str, terms: Sequence[str], limit: int = PHRASES) -> tuple[str, ...]:
    """Up to `limit` phrases of `text`, each a term the model weighed (heaviest first) with a
    few words of its clause around it; terms the text does not contain are passed over."""
    phrases: list[str] = []
    taken: list[tuple[int, int]] = []
    for term in terms:
        if has_cjk(term):  # no spaces: the clause around the characters, a few either side
            start = text.find(term)
            if start < 0 or any(a < start + len(term) and start < b for a, b in taken):
                continue
            left = max(start - CJK_CONTEXT_CHARS, *_clause_starts(text, start))
            right = min(start + len(term) + CJK_CONTEXT_CHARS, _clause_end(text, start + len(term)))
            taken.append((left, right))
            phrases.append(text[left:right].strip())
            if len(phrases) == limit:
                break
            continue
        words = term.split()
        match = re.search(
            r"(?<!\w)" + r"[\s\-]+".join(re.escape(w) for w in words) + r"(?!\w)", text, re.I
        )
        if match is None or any(a < match.end() and match.start() < b for a, b in taken):
            continue
        start, end = _around(text, match.start(), match.end())
        taken.append((start, end))
        phrases.append(" ".join(text[start:end].split()).strip(" ,\"'“”‘’()"))
        if len(phrases) == limit:
            break
    return tuple(phrases)


def _clause_starts(text: str, start: int) -> list[int]:
    return [m.end() for m in _CJK_CLAUSE_END.finditer(text, 0, start)][-1:] or [0]


def _clause_end(text: str, end: int) -> int:
    found = _CJK_CLAUSE_END.search(text, end)
    return found.start() if found else len(text)


def _around(text: str, start: int, end: int) -> tuple[int, int]:
    """A few words either side of [start, end), never across the end of a clause."""
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    ends = _CLAUSE_END.search(text, end)
    clause_end = ends.start() if ends else len(text)
    before = re.search(rf"(?:\S+\s+){{0,{CONTEXT_WORDS}}}$", text[clause_start:start])
    after = re.match(rf"(?:\s+\S+){{0,{CONTEXT_WORDS}}}", text[end:clause_end])
    left = clause_start + (before.start() if before else len(text[clause_start:start]))
    right = end + (after.end() if after else 0)
    return left, right
