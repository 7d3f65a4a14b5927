"""Bodies named by their owner, from the real pipeline: a body owned by "its" is
the country of the clause's subject the pronoun refers back to ("Beijing sees it differently.
Its foreign ministry said ..."), never merely the nearest name; a spokesperson's body ("Guo
Jiakun of the foreign ministry") is the spokesperson's country's.

Each case is a shape blind-74 to blind-76's features and forum reports showed monitor reading
wrongly, in copy written for these tests.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str, published: str = "2025-06-02") -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text, published)]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("ISHIGAKI, Okinawa — Fishermen log the streak. Beijing sees it differently. Its foreign "
         "ministry said the ships had expelled a Japanese vessel.", "foreign ministry",
         "china-mfa"),
        ("NAHA — Japan protested. Beijing's answer was that the islands are China's and that its "
         "coast guard had been patrolling.", "coast guard", "china-coast-guard"),
        ("Brief\n\n- Taipei condemned the exercises; its Ministry of National Defense said the "
         "forces were watching.", "Ministry of National Defense", "taiwan-mnd"),
        ("TOKYO — The talks ended. In Beijing, Guo Jiakun of the foreign ministry told the two "
         "countries to stop hyping a threat.", "foreign ministry", "china-mfa"),
    ],
)  # fmt: skip
def test_a_body_owned_by_its_or_a_spokesperson_is_the_owners(
    text: str, surface: str, expected: str
) -> None:
    assert (surface, expected) in links(text)


def test_its_after_another_country_is_left_to_other_rules() -> None:
    found = links("Feature\n\nChina warned Japan over its coast guard patrols near the islands.")
    assert ("coast guard", "china-coast-guard") not in found


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from([("Beijing", "china-mfa"), ("Tokyo", "japan-mofa"), ("China", "china-mfa")]),
    st.sampled_from(["Manila", "the Philippines", "Seoul"]),
    st.sampled_from(["warned", "has warned", "criticised"]),
)
def test_its_foreign_ministry_is_the_subjects_not_the_nearest_names(
    subject: tuple[str, str], nearest: str, verb: str
) -> None:
    name, ministry = subject
    text = f"Feature\n\nThe ships stayed. {name} {verb} {nearest}. Its foreign ministry said so."
    assert ("foreign ministry", ministry) in links(text)
