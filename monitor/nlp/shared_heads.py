"""A head noun two bodies of an article share, used alone right after one of them: "The Defence
Ministry said the budget includes ... The Ministry has also sought money" names the Defence
Ministry, though the article names the Finance and Foreign Ministries too. A head noun only one
body lends is read article-wide (article_names.py); a shared one is the one body of them named in
its own sentence or the one before, and stays unlinked when those name none or two. Past a line
break it is the one body the article has named so far ("The Ministry of Agriculture said ...",
then a paragraph's "..., the Ministry said"): where the article has named two, a new paragraph's
"according to the Ministry" goes back to the story's own body as often as to the last one named
("The Defense Ministry said ... The Foreign Ministry said it had conveyed concerns ...", then
"according to the Ministry" is the Defense Ministry's), so it stays unlinked."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .article_names import head_noun
from .doc_text import doc_text
from .english import capitalised_token_indices, headline_end
from .headline_articles import in_a_headline
from .kb import KnowledgeBase
from .mention import Mention
from .names import fold
from .sentence_bounds import sentence_before, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
    bodies = {head: _BodiesNamed.of(sorted((start, entity_id) for start, h, entity_id in named
                                           if h == head)) for head in shared}  # fmt: skip
    bare = [m for m in mentions if not m.in_kb and fold(m.text) in shared]  # "org:ministry"
    taken = {offset for m in mentions if m not in bare for offset in range(m.start, m.end)}
    taken |= {offset for s in undecided for offset in range(s.start_char, s.end_char)}
    found = []
    for i in capitalised_token_indices(doc, lambda word: fold(word) in shared):
        token = doc[i]
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if token.idx in taken or after == "of":
            continue
        of_head = bodies[fold(token.text)]
        if in_a_headline(doc, doc[i : i + 1]):  # "Ministry thanks Tokyo" over the lede naming it
            earlier = of_head.between(*_lede(doc))
        elif i == 0 or doc[i - 1].lower_ != "the":
            continue
        else:
            earlier = _named_before(doc, i, of_head)
        if len(earlier) == 1:  # "the Ministries of Foreign Affairs and of Defense. The Ministry"
            entry = kb.entities[earlier.pop()]
            end = token.idx + len(token.text)
            found.append(Mention(token.text, entry.type, entry.name, entry.id, token.idx, end,
                                 True, description=entry.description))  # fmt: skip
    replaced = {(m.start, m.end) for m in found}
    return [m for m in mentions if (m.start, m.end) not in replaced] + found


@dataclass(frozen=True)
class _BodiesNamed:
    """Where the bodies of one head noun are named, in order, to tell in a search whether one
    or more of them stand in a stretch of the article: an article of thousands of ministries is
    read in linear time."""

    starts: list[int]
    ids: list[str]
    other_before: list[int]  # for each, the index of the last one before it of another body

    @classmethod
    def of(cls, named: list[tuple[int, str]]) -> _BodiesNamed:
        other_before = []
        for k, (_, entity_id) in enumerate(named):
            if k and named[k - 1][1] != entity_id:
                other_before.append(k - 1)
            else:
                other_before.append(other_before[-1] if k else -1)
        return cls(
            [start for start, _ in named], [entity_id for _, entity_id in named], other_before
        )

    def between(self, since: int, until: int) -> set[str]:
        """The bodies named from offset `since` up to `until`: none, one, or two of several."""
        first, last = bisect_left(self.starts, since), bisect_left(self.starts, until) - 1
        if last < first:
            return set()
        other = self.other_before[last]
        return {self.ids[last], self.ids[other]} if other >= first else {self.ids[last]}


def _named_before(doc: Doc, i: int, of_head: _BodiesNamed) -> set[str]:
    """The bodies of the head named in the sentence of the word at `i`, else in the sentence
    before, else, past a line break, in the article so far."""
    own = sentence_start(doc, i)
    earlier = of_head.between(doc[own].idx, doc[i].idx)
    if not earlier:
        since = 0 if _opens_a_paragraph(doc, own) else doc[sentence_before(doc, own)].idx
        earlier = of_head.between(since, doc[i].idx)
    return earlier


def _lede(doc: Doc) -> tuple[int, int]:
    """Where the lede stands: the paragraph under the headline, which the headline sums up, so
    a headline's bare "Ministry" is the one ministry its lede names."""
    text, start = doc_text(doc), headline_end(doc)
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def _opens_a_paragraph(doc: Doc, start: int) -> bool:
    """Whether a line break stands between the sentence opening at `start` and the one before
    it (the break may open the sentence itself)."""
    k = start
    while k < len(doc) and doc[k].is_space:
        k += 1
    return any("\n" in token.text for token in _spaces_before(doc, k))


def _spaces_before(doc: Doc, k: int) -> list[Token]:
    spaces = []
    while k > 0 and doc[k - 1].is_space:
        k -= 1
        spaces.append(doc[k])
    return spaces
