"""A head noun two bodies of an article share, used alone right after one of them: "The Defence
Ministry said the budget includes ... The Ministry has also sought money" names the Defence
Ministry, though the article names the Finance and Foreign Ministries too. A head noun only one
body lends is read article-wide (article_names.py); a shared one is the one body of them named in
its own sentence or the one before, past a paragraph break ("The Ministry of Agriculture said
...", then a paragraph's "..., the Ministry said"), and stays unlinked when those name none or
two."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .article_names import head_noun
from .english import capitalised_token_indices
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold
from .sentence_bounds import sentence_before, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def shared_heads_named_last(
    doc: Doc, mentions: list[Mention], kb: KnowledgeBase, undecided: list[Span]
) -> list[Mention]:
    """The mentions, with "the Ministry" after the one of several ministries named just before
    read as a mention of it; never a word of a longer name ("the Ministry of ...") or of a
    generic name left undecided. The model may have marked the bare head as a name of its own,
    which no knowledge-base entry bears: the body named just before takes its place."""
    owners: dict[str, set[str]] = defaultdict(set)
    named: list[tuple[int, str, str]] = []  # where each body stands, its head noun, its id
    for mention in mentions:
        entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
        head = head_noun(mention.text, entry, kb)
        if entry is not None and head is not None:
            owners[head].add(entry.id)
            named.append((mention.start, head, entry.id))
    shared = {head for head, ids in owners.items() if len(ids) > 1}
    if not shared:
        return mentions
    bare = [m for m in mentions if not m.in_kb and fold(m.text) in shared]  # "org:ministry"
    taken = {offset for m in mentions if m not in bare for offset in range(m.start, m.end)}
    taken |= {offset for s in undecided for offset in range(s.start_char, s.end_char)}
    found = []
    for i in capitalised_token_indices(doc, lambda word: fold(word) in shared):
        token = doc[i]
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if token.idx in taken or i == 0 or doc[i - 1].lower_ != "the" or after == "of":
            continue
        own = sentence_start(doc, i)
        since = doc[sentence_before(doc, own)].idx
        earlier = {entity_id for start, head, entity_id in named
                   if head == fold(token.text) and since <= start < token.idx}  # fmt: skip
        if len(earlier) == 1:  # "the Ministries of Foreign Affairs and of Defense. The Ministry"
            entry = kb.entities[earlier.pop()]
            end = token.idx + len(token.text)
            found.append(Mention(token.text, entry.type, entry.name, entry.id, token.idx, end,
                                 True, description=entry.description))  # fmt: skip
    replaced = {(m.start, m.end) for m in found}
    return [m for m in mentions if (m.start, m.end) not in replaced] + found
