"""Short names an article defines for what it names in full: family names of its people,
abbreviations in brackets after a name ("the Air Force (PLAAF)"), and the head noun of a body
or place it names once ("the Command" after "the Eastern Theater Command")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .issuers import header_lines
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold
from .people import written_family_name
from .places import short_places
from .sentence_bounds import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_BRACKETED = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,9})\)")
HEAD_MIN_CHARS = 5  # "Command", "Ministry", "Strait"; not "Sea" or "Yuan"


@dataclass(frozen=True)
class ArticleNames:
    """Short names the article defines: each for one entity, or a head noun two bodies share,
    which stands for the one named in full last before it ("the Ministry reported" after
    Taiwan's "Ministry of National Defense", in a paper whose own is the Ministry of Defense).
    A sentence that names both in full leaves the head undecided after it (None)."""

    names: dict[str, str]
    shared: dict[str, tuple[tuple[int, str | None], ...]] = field(default_factory=dict)

    def __contains__(self, word: str) -> bool:
        return word in self.names or word in self.shared

    def at(self, word: str, offset: int) -> str | None:
        """The entity `word` stands for at character `offset`."""
        if word in self.names:
            return self.names[word]
        named = self.shared.get(word, ())
        before = bisect_right(named, offset, key=lambda pair: pair[0])
        return named[before - 1][1] if before else None


def article_names(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase, text: str
) -> ArticleNames:
    """Short names this article defines: family names of people it names in full,
    abbreviations in parentheses after a linked name, and the head nouns of its bodies."""
    local: dict[str, str] = {}
    for index, mention in linked.items():
        if mention is None or not mention.in_kb:
            continue
        entry = kb.entities[mention.entity_id]
        span = spans[index]
        if entry.type == "PERSON" and entry.family_name:
            local.setdefault(fold(entry.family_name), entry.id)
            written = written_family_name(span.text, entry.name, entry.family_name)
            if written:
                local.setdefault(written, entry.id)
        # Read from the text, not as one token: the tokenizer splits "(PLA-AF)" or "(U.S.N.)"
        # into several, and an abbreviation is what stands between the brackets.
        bracketed = _BRACKETED.match(doc[span.end : span.end + 8].text)
        defines = entry.type in ("ORG", "TERM", "EQUIPMENT", "LOC")  # not "TAIPEI (CNA)"
        if defines and bracketed:
            abbreviation = bracketed.group(1)
            if abbreviation.upper() == abbreviation:
                local.setdefault(fold(abbreviation), entry.id)
    full = [(spans[i].text, m) for i, m in linked.items() if m is not None and m.in_kb]
    heads, shared = _head_nouns(spans, linked, kb, text)
    for head, entity_id in (heads | short_places(full, kb)).items():
        local.setdefault(head, entity_id)
    return ArticleNames(local, {head: named for head, named in shared.items() if head not in local})


def _head_nouns(
    spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase, text: str
) -> tuple[dict[str, str], dict[str, tuple[tuple[int, str | None], ...]]]:
    """The capitalised head noun of a body or place the article names in full, which copy uses
    on its own later ("the Command" after "the Eastern Theater Command", "the Ministry" after
    "the Ministry of Foreign Affairs", "the Strait"); and, apart, the heads two of its bodies
    share, with where each is named in full."""
    heads: dict[str, set[str]] = defaultdict(set)
    named_at: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for index, mention in linked.items():
        entry = kb.entities.get(mention.entity_id) if mention and mention.in_kb else None
        if entry is None or entry.type not in ("ORG", "LOC") or entry.kind == "outlet":
            continue
        span = spans[index]
        written = span.text
        words = written.split(" of ")[0].split()
        longer = len(words) > 1 or " of " in written
        last = fold(words[-1])
        # "House" of "White House" is no short name: "the House" is a body of its own there.
        anothers = last in kb.generic and entry.id not in kb.generic[last]
        if longer and words[-1][:1].isupper() and len(words[-1]) >= HEAD_MIN_CHARS and not anothers:
            heads[last].add(entry.id)
            sentence = sentence_start(span.doc, span.start)
            named_at[last].append((span.start_char, sentence, entry.id))
    # Two bodies with one head ("the Ministry" beside the Ministries of Defense and of Foreign
    # Affairs): a release's or transcript's own body, the one its head names, is "the Ministry".
    head = header_lines(text)[1]
    own = {m.entity_id for i, m in linked.items() if m and spans[i].start_char in head}
    decided = {
        noun: next(iter(ids)) if len(ids) == 1 else next(iter(ids & own))
        for noun, ids in heads.items()
        if len(ids) == 1 or len(ids & own) == 1
    }
    shared = {noun: _by_offset(named_at[noun]) for noun in heads if noun not in decided}
    return decided, shared


def _by_offset(named: list[tuple[int, int, str]]) -> tuple[tuple[int, str | None], ...]:
    """Where each body is named in full, in order; None where its sentence names another too
    ("The Ministry of Foreign Affairs and the Ministry of National Defense briefed ...")."""
    bodies_in: dict[int, set[str]] = defaultdict(set)
    for _, sentence, entity_id in named:
        bodies_in[sentence].add(entity_id)
    return tuple(
        (start, entity_id if len(bodies_in[sentence]) == 1 else None)
        for start, sentence, entity_id in sorted(named)
    )
