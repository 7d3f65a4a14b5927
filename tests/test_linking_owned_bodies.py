"""Bodies named by their owner or their leader, from the real pipeline: a body owned by "its" is
the country of the clause's subject the pronoun refers back to ("Beijing sees it differently.
Its foreign ministry said ..."), never merely the nearest name; a spokesperson's body ("Guo
Jiakun of the foreign ministry") is the spokesperson's country's; a prime minister's or
premier's cabinet ("the Takaichi Cabinet") is the cabinet they head, while a government or an
administration named for its leader stays the leader.

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


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        ("Notes\n\nDiscussion focused on the Ishiba Cabinet and a blockade.",
         "2025-06-20", "Ishiba Cabinet", "japan-cabinet"),
        ("Notes\n\nDefence spending rose under the Ishiba government.", "2025-06-20", "Ishiba",
         "shigeru-ishiba"),
        ("Comment\n\nSince the Takaichi Cabinet took office, naval activity rose.",
         "2026-01-14", "Takaichi Cabinet", "japan-cabinet"),
        ("Comment\n\nThe Biden administration said little about the drills.",
         "2023-04-10", "Biden", "joe-biden"),
    ],
)  # fmt: skip
def test_a_prime_ministers_cabinet_is_the_body_a_government_the_leader(
    text: str, published: str, surface: str, expected: str
) -> None:
    found = links(text, published)
    assert any(s.endswith(surface) and e == expected for s, e in found), found
