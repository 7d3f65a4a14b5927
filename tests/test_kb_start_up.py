"""Loading the English pipeline: the knowledge base's names are spelt both ways, and the
tokenizer's rules set with its special cases kept."""

import pytest
import spacy

from monitor.nlp.english import _split_dashes_and_citation_marks
from monitor.nlp.names import spelling_variants


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


def test_the_special_cases_still_apply_beside_the_three_affix_rules() -> None:
    """english.py sets its affix rules with the special cases ("U.S.", "a.m.", "don't") taken
    out and puts them back once, at the end: both must hold in the tokens."""
    nlp = spacy.blank("en")
    _split_dashes_and_citation_marks(nlp)
    assert [t.text for t in nlp("U.S. jets--and MQ-9B at 6 a.m. don't")] == [
        "U.S.", "jets", "--", "and", "MQ-9B", "at", "6", "a.m.", "do", "n't",
    ]  # fmt: skip
