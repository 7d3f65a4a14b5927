"""Bodies named by their leader, from the real pipeline: a prime minister's or premier's
cabinet ("the Takaichi Cabinet") is the cabinet they head, while a government or an
administration named for its leader stays the leader.

Each case is a shape blind-74 to blind-76's features and forum reports showed monitor reading
wrongly, in copy written for these tests.
"""

import pytest

from tests.linking_helpers import mentions


def links(text: str, published: str = "2025-06-02") -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text, published)]


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
