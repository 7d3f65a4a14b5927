"""A Doc's distinct words, and for each token the place of its word among them, taken once a
Doc. A dozen passes ask which tokens are words of some kind (english.token_indices), the
knowledge-base merge which names hold a word its cuts look for (cut_words.py) and which words
are capitalised (title_case_lines.py): each asks once a distinct word, not once a token, and
looking each word's string up again, then finding its tokens by their ids again, was most of
what they cost. The tokens never change once the tokenizer made them, so the pipeline's
components, the merge and the linking passes read the same words. Imports nothing of the
package, so the merge may ask as much as linking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc


def distinct_words(doc: Doc) -> tuple[np.ndarray, list[str]]:
    """(for each token, the index of its word in the list; the Doc's distinct words)."""
    if "distinct_words" not in doc.user_data:
        from spacy.attrs import ORTH

        orths, inverse = np.unique(doc.to_array(ORTH), return_inverse=True)
        strings = doc.vocab.strings
        words = [strings[int(orth)] for orth in orths]
        doc.user_data["distinct_words"] = (inverse.reshape(-1), words)
    found: tuple[np.ndarray, list[str]] = doc.user_data["distinct_words"]
    return found


def words_kept(doc: Doc, keep: Callable[[str], bool]) -> np.ndarray:
    """For each token, whether `keep` accepts its word, asked once a distinct word."""
    inverse, words = distinct_words(doc)
    kept = np.array([keep(word) for word in words], dtype=bool)
    found: np.ndarray = kept[inverse]
    return found


def capitalised_words_kept(doc: Doc, keep: Callable[[str], bool]) -> np.ndarray:
    """words_kept for a `keep` that accepts no word whose first character is not a capital:
    asked only of the Doc's distinct capitalised words, a fifth of them or so, which are
    gathered once a Doc for the linking passes that each look for a kind of name."""
    inverse, words = distinct_words(doc)
    if "capitalised_words" not in doc.user_data:
        capitalised = [k for k, word in enumerate(words) if word[:1].isupper()]
        doc.user_data["capitalised_words"] = np.array(capitalised, dtype=np.intp)
    capitalised_at: np.ndarray = doc.user_data["capitalised_words"]
    kept = np.zeros(len(words), dtype=bool)
    kept[capitalised_at] = [keep(words[k]) for k in capitalised_at.tolist()]
    found: np.ndarray = kept[inverse]
    return found
