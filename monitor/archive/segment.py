"""CJK text for full-text search: character pairs (bigrams), for the text indexed and the query
alike.

SQLite's tokenizers do not split CJK text into words: unicode61 takes a whole run between two
punctuation marks as one token, and trigram cannot match a query of fewer than three characters
(尖閣). So each run of CJK characters is indexed as its overlapping pairs and its last
character ("尖閣諸島" -> 尖閣 閣諸 諸島 島). A query of two or more characters becomes the phrase
of its pairs, which matches exactly where the text holds those characters in a row; one
character becomes a prefix query, which finds it wherever it stands, since every character of
a run starts a token.

Pairs rather than words: they need no segmenter, so articles stored without the `cjk` extra are
searchable too; a query and a text can never be segmented differently; and Japanese and Chinese
are handled alike. The text is indexed as written and, where they differ, as folded
(cjk_script.fold), and a query matches either: 防空識別區 finds 防空识别区.
"""

from __future__ import annotations

import re
import unicodedata

from ..nlp.cjk_script import CJK_CLASS, CJK_RUN, fold, has_cjk

OPERATORS = ("AND", "OR", "NOT")
_QUERY_PART = re.compile(r'"[^"]*"?|[()]|[^\s()"]+')
_PIECE = re.compile(CJK_RUN.pattern + r"|[^\W" + CJK_CLASS + "]+")


def index_text(text: str) -> str:
    """What the CJK index holds for a text: its words, each CJK run as pairs, and the runs
    that folding changes, folded."""
    written = unicodedata.normalize("NFKC", text)
    lines = [CJK_RUN.sub(lambda run: f" {' '.join(_pairs(run.group()))} ", written)]
    for run in CJK_RUN.findall(written):
        folded = fold(run)
        if folded != run:
            lines.append(" ".join(_pairs(folded)))
    return "\n".join(lines)


def _pairs(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def match_expression(query: str) -> str | None:
    """The FTS5 query for the CJK index, or None when the query has no CJK character (the
    English index answers it, as it always has). Words, "phrases", OR, NOT, AND and brackets
    keep their meaning; each term matches as written or folded."""
    if not has_cjk(query):
        return None
    parts = []
    for part in _QUERY_PART.findall(query):
        if part in OPERATORS or part in ("(", ")"):
            parts.append(part)
            continue
        term = part.strip('"')
        prefix = part.endswith("*") and not has_cjk(part)
        forms = dict.fromkeys(
            _phrase(form.rstrip("*"), prefix)
            for form in (unicodedata.normalize("NFKC", term).casefold(), fold(term))
        )
        forms.pop("", None)
        if forms:
            parts.append(f"({' OR '.join(forms)})" if len(forms) > 1 else next(iter(forms)))
    return _with_ands(parts) or None


def _with_ands(parts: list[str]) -> str:
    """The parts joined, with AND written wherever two terms meet: FTS5 reads "a b" as a AND b,
    but not beside brackets, and a term with a folded form is bracketed ("(尖閣 OR 尖阁) 防衛"
    was a syntax error, so every two-word search with such a term failed)."""
    joined: list[str] = []
    for part in parts:
        ends_term = bool(joined) and joined[-1] not in (*OPERATORS, "(")
        if ends_term and part not in (*OPERATORS, ")"):
            joined.append("AND")
        joined.append(part)
    return " ".join(joined)


def _phrase(term: str, latin_prefix: bool) -> str:
    """One term as an FTS5 phrase of index tokens: its words and each CJK run's pairs. A lone
    character stands as itself, and at the end of the term it is a prefix."""
    pieces = _PIECE.findall(term)
    tokens: list[str] = []
    for piece in pieces:
        cjk = has_cjk(piece)
        tokens += _pairs(piece)[:-1] if cjk and len(piece) > 1 else [piece]
    if not tokens:
        return ""
    last = pieces[-1]
    prefix = (len(last) == 1 and has_cjk(last)) or (latin_prefix and not has_cjk(last))
    return '"' + " ".join(tokens) + '"' + ("*" if prefix else "")
