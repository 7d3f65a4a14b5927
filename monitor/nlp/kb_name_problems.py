"""Why a name or alias in a knowledge-base file cannot name one entity.

Every file, shipped or the analyst's own, is indexed through here, so the same check refuses
`monitor entities add` and leaves a hand-edited file out (kb_files), each in one line.
"""

import importlib.util
from functools import cache
from pathlib import Path

from .names import fold

TRIMMED = ".,;:!?'\"’"


def name_problem(text: str) -> str | None:
    """What is wrong with `text` as a name or alias, or None.

    An alias of nothing but English function words ("a", "the", "of the", "us") matches them in
    every article: each "a" became a mention of the entity. Written in capitals it is an
    abbreviation, matched only so ("US", "WHO"), as long as it is more than one letter ("A" and
    "I" open sentences)."""
    words = [word.strip(TRIMMED).lower() for word in text.split()]
    abbreviation = text.isupper() and sum(c.isalpha() for c in text) > 1
    if words and not abbreviation and all(word in english_stop_words() for word in words):
        return (
            "is only common English words, so it would name every one of them in every "
            "article (an abbreviation may be written in capitals)"
        )
    if not fold(text):  # "   " or "?": every name of no letter folds to "", claimed by one
        return "has no letter or digit"
    return None


@cache
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from their file without importing spaCy: every reading
    command indexes the knowledge base, and importing spaCy would cost each of them a second
    (tests/test_startup.py). The file is a plain list that imports nothing."""
    spacy = importlib.util.find_spec("spacy")  # finds the package without running it
    assert spacy is not None and spacy.origin is not None, "spaCy is a dependency"
    path = Path(spacy.origin).parent / "lang" / "en" / "stop_words.py"
    spec = importlib.util.spec_from_file_location("monitor_english_stop_words", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)
