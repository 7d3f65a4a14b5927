"""What spaCy's tokenizer keeps of the words it has split: those of the first articles a process
reads.

The tokenizer splits each run of text between spaces by the affix rules ("(Taiwan's" into "(",
"Taiwan", "'s") and keeps the result for the next time the run comes, up to 10,000 runs
(`Tokenizer.max_cache_size`). Two things kept it from keeping any of the news: the knowledge
base's thousands of names, split at load to build the merge's patterns, filled it; and in a
memory zone, where analyse() reads every batch so that a long-running service's vocabulary stays
flat, it keeps nothing (spaCy's `Tokenizer._save_cached`). So every run of every article was
split anew, the commonest words as much as the rarest.

So the names are forgotten once their patterns are built, and the first articles a process
reads are split once outside any zone, until its vocabulary holds LEARNED_STRINGS strings more
than at load: their runs stay in the cache for every batch after, and their strings in the
vocabulary, a bounded thousand or so (most of their words are the model's own strings already).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Strings a process's vocabulary may gain outside memory zones: about 150 wire stories' worth,
# whose runs fill most of the tokenizer's cache.
LEARNED_STRINGS = 1_000


def forget_split_runs(nlp: Language) -> None:
    """Empties the tokenizer's cache (the knowledge base's names, split to build patterns). Its
    special cases set again give it a new cache: the affix rules' setters only delete the
    entries, and the cache still counts them full."""
    from spacy.tokenizer import Tokenizer

    if isinstance(nlp.tokenizer, Tokenizer):
        nlp.tokenizer.rules = nlp.tokenizer.rules


def learn_runs(nlp: Language, texts: Iterable[str], strings_at_load: int) -> list[Doc]:
    """The first texts' Docs, split so that the tokenizer keeps their runs, while the vocabulary
    holds fewer than LEARNED_STRINGS strings more than at load. Asked outside any memory zone:
    in one, spaCy would keep none of it."""
    made = []
    for text in texts:
        if len(nlp.vocab.strings) >= strings_at_load + LEARNED_STRINGS:
            break
        made.append(nlp.make_doc(text))
    return made
