"""What loading the English pipeline costs: the knowledge base's patterns are spelt, and the
tokenizer's rules set, without work that changes nothing."""

import re
import timeit
from collections.abc import Callable

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from monitor.nlp import names
from monitor.nlp.english import _split_dashes_and_citation_marks
from monitor.nlp.names import spelling_variants


def test_a_name_without_a_spelling_of_the_tables_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The knowledge base's thousands of names are spelt at every start, and most hold none of
    the British or American words: no substitution is tried for them."""
    substitutions: list[str] = []
    substitute = re.sub

    def counted(pattern: str, replacement: str, text: str) -> str:
        substitutions.append(pattern)
        return substitute(pattern, replacement, text)

    monkeypatch.setattr(names.re, "sub", counted)
    assert spelling_variants("Kishi Nobuo") == {"Kishi Nobuo"}
    assert substitutions == []


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("Ministry of Defence", {"Ministry of Defence", "Ministry of Defense"}),
        ("defense program", {"defense program", "defence programme"}),
        ("Japan Coastguard", {"Japan Coastguard", "Japan Coast Guard"}),
        ("Harbour Centre", {"Harbour Centre", "Harbor Center"}),
        # words only inside longer words are left as they are
        ("Defenceless Centrefold", {"Defenceless Centrefold"}),
        ("north-east Asia", {"north-east Asia"}),
    ],
)
def test_both_spellings_of_a_name_are_matched(name: str, variants: set[str]) -> None:
    assert spelling_variants(name) >= variants
    assert "Defenseless" not in " ".join(spelling_variants(name))


def test_the_tokenizer_rules_load_the_special_cases_once() -> None:
    """Setting the three affix rules of english.py costs one load of the special cases ("don't",
    "U.S.", "a.m."), not one each: timed against that one load, the best of three tries."""
    nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer) and len(tokenizer.rules) > 1000

    def fastest(step: Callable[[], object]) -> float:
        return min(timeit.timeit(step, number=1) for _ in range(3))

    one_load = fastest(lambda: setattr(tokenizer, "rules", tokenizer.rules))
    assert fastest(lambda: _split_dashes_and_citation_marks(nlp)) < 2 * one_load
    assert [t.text for t in nlp("U.S. jets--and MQ-9B.")] == [
        "U.S.", "jets", "--", "and", "MQ-9B", ".",
    ]  # fmt: skip
