"""A nationality word abbreviated as its country's name is ("N. Korean" as "N. Korea"), from
the real pipeline and from the knowledge base's forms."""

import pytest

from monitor.nlp.abbreviated_demonyms import demonym_forms
from tests.linking_helpers import mentions


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("J-Alert wakes northern Japan pet owners as N. Korean missile flies over", "N. Korean",
         "north-korea"),
        ("S. Korean troops joined the drill off Pohang on Monday.", "S. Korean", "south-korea"),
        ("Two N. Koreans were rescued at sea.", "N. Koreans", "north-korea"),
    ],
)  # fmt: skip
def test_an_abbreviated_nationality_word_is_its_country(
    text: str, surface: str, country: str
) -> None:
    found = {m.text: (m.entity_id, m.kind) for m in mentions(text)}
    assert found.get(surface) == (country, "demonym")


def test_only_dotted_aliases_of_names_the_demonym_ends_give_forms() -> None:
    forms = demonym_forms("North Korea", ("DPRK", "N. Korea", "N Korea"), ("North Korean",))
    assert forms == ["North Korean", "N. Korean"]
    assert demonym_forms("United States", ("U.S.",), ("American",)) == ["American"]
