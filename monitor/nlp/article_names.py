"""Short names an article defines for what it names in full: family names of its people,
abbreviations in brackets after a name ("the Air Force (PLAAF)"), and the head noun of a body
or place it names once ("the Command" after "the Eastern Theater Command")."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .doc_entities import entities
from .doc_text import span_text
from .family_spellings import family_spellings
from .issuers import header_lines
from .kb import KBEntry, KnowledgeBase
from .mention import Mention
from .names import fold
from .people import written_family_name
from .places import short_places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_BRACKETED = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,9})\)")
LINE_OPENING_CHARS = 8  # a bullet and its spaces before a dateline; a bounded look back
HEAD_MIN_CHARS = 5  # "Command", "Ministry", "Strait"; not "Sea" or "Yuan"


def article_names(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase, text: str
) -> dict[str, str]:
    """Short names this article defines: family names of people it names in full, and
    abbreviations in parentheses after a linked name."""
    local: dict[str, str] = {}
    written_by = _people_by_word(doc)
    for index, mention in linked.items():
        if mention is None or not mention.in_kb:
            continue
        entry = kb.entities[mention.entity_id]
        span = spans[index]
        if entry.type == "PERSON" and entry.family_name:
            family = fold(entry.family_name)
            written = written_family_name(span_text(span), entry.name, entry.family_name)
            # "Wellington Ku" beside "Koo Chen-wei": the lone "Koo" is the one written so
            if not (written and _in_another_name(written_by, span, family)):
                local.setdefault(family, entry.id)
            if written:
                local.setdefault(written, entry.id)
            for spelling in family_spellings(entry):  # "Ku" after "Wellington Koo"
                if not _in_another_name(written_by, span, spelling):
                    local.setdefault(spelling, entry.id)
        # Read from the text, not as one token: the tokenizer splits "(PLA-AF)" or "(U.S.N.)"
        # into several, and an abbreviation is what stands between the brackets.
        defines = entry.type in ("ORG", "TERM", "EQUIPMENT", "LOC")  # not "TAIPEI (CNA)"
        # The words after the name are joined only when a bracket opens them: most names have
        # none, and joining eight words for each was most of what this pass cost.
        opens = defines and span.end < len(doc) and doc[span.end].text.startswith("(")
        bracketed = _BRACKETED.match(doc[span.end : span.end + 8].text) if opens else None
        if defines and bracketed and not _dateline(span, text):
            abbreviation = bracketed.group(1)
            if abbreviation.upper() == abbreviation:
                local.setdefault(fold(abbreviation), entry.id)
    full = [(span_text(spans[i]), m) for i, m in linked.items() if m is not None and m.in_kb]
    heads = _head_nouns(spans, linked, kb, text) | short_places(full, kb)
    for head, entity_id in heads.items():
        local.setdefault(head, entity_id)
    return local


def _people_by_word(doc: Doc) -> dict[str, list[int]]:
    """The first tokens of the people's full names (of two words or more) the article writes,
    by each folded word of the name; read once an article, not once a name asked about."""
    by_word: dict[str, list[int]] = {}
    for ent in entities(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            for word in set(fold(span_text(ent)).split()):
                by_word.setdefault(word, []).append(ent.start)
    return by_word


def _in_another_name(written_by: dict[str, list[int]], span: Span, family: str) -> bool:
    """Whether another person's full name in the article writes this family name."""
    return any(start != span.start for start in written_by.get(family, ()))


def _dateline(span: Span, text: str) -> bool:
    """Whether the name opens a line in capitals, as a dateline does: in "UNITED NATIONS (AP)
    —" the brackets hold the outlet's credit, not an abbreviation of the body."""
    if not span_text(span).isupper():
        return False
    start = max(0, span.start_char - LINE_OPENING_CHARS)
    before = text[start : span.start_char]
    if "\n" not in before and start > 0:
        return False  # the line opened further back: words stand before the name
    return not before.rsplit("\n", 1)[-1].strip(" \t•*·-")


def head_noun(written: str, entry: KBEntry | None, kb: KnowledgeBase) -> str | None:
    """The folded, capitalised head noun a body's or place's full name lends to later copy
    ("command" of "the Eastern Theater Command", "ministry" of "the Ministry of Defense")."""
    if entry is None or entry.type not in ("ORG", "LOC") or entry.kind == "outlet":
        return None
    words = written.split(" of ")[0].split()
    longer = len(words) > 1 or " of " in written
    last = fold(words[-1])
    # "House" of "White House" is no short name: "the House" is a body of its own there.
    anothers = last in kb.generic and entry.id not in kb.generic[last]
    if longer and words[-1][:1].isupper() and len(words[-1]) >= HEAD_MIN_CHARS and not anothers:
        return last
    return None


def _head_nouns(
    spans: list[Span], linked: dict[int, Mention | None], kb: KnowledgeBase, text: str
) -> dict[str, str]:
    """The capitalised head noun of a body or place the article names in full, which copy uses
    on its own later ("the Command" after "the Eastern Theater Command", "the Ministry" after
    "the Ministry of Foreign Affairs", "the Strait"); not when two of its names share it."""
    heads: dict[str, set[str]] = defaultdict(set)
    for index, mention in linked.items():
        entry = kb.entities.get(mention.entity_id) if mention and mention.in_kb else None
        noun = head_noun(span_text(spans[index]), entry, kb)
        if entry is not None and noun is not None:
            heads[noun].add(entry.id)
    # Two bodies with one head ("the Ministry" beside the Ministries of Defense and of Foreign
    # Affairs): a release's or transcript's own body, the one its head names, is "the Ministry".
    head = header_lines(text)[1]
    own = {m.entity_id for i, m in linked.items() if m and spans[i].start_char in head}
    return {
        noun: next(iter(ids)) if len(ids) == 1 else next(iter(ids & own))
        for noun, ids in heads.items()
        if len(ids) == 1 or len(ids & own) == 1
    }
