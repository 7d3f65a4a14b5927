"""A bare title of any office the knowledge base dates is its holder in the story's country
on the story's day, the finance, health and economy ministers as much as the foreign and
defence ministers; and a greeting's "Minister" with a family name is any such minister.
Sentences written for these tests."""

import pytest
from linking_helpers import mentions

YEN = (
    "TOKYO — The yen slid to a new low against the dollar on Thursday, and the finance "
    "minister said the government stood ready to act."
)
MASKS = (
    "TAIPEI (CNA) — The health minister said on Monday that every school would receive "
    "masks before the new term."
)


def linked(text: str, published: str, surface: str) -> str | None:
    return next((m.entity_id for m in mentions(text, published) if m.text == surface), None)


@pytest.mark.parametrize(
    ("text", "published", "surface", "holder"),
    [
        (YEN, "2026-01-15", "finance minister", "satsuki-katayama"),
        (YEN, "2025-03-03", "finance minister", "katsunobu-kato"),
        (MASKS, "2020-03-02", "health minister", "chen-shih-chung"),
        (
            "TOKYO — Japan's trade minister said on Friday that subsidies for the Kumamoto "
            "chip plant would continue.",
            "2024-03-01",
            "trade minister",
            "ken-saito",
        ),
        (
            '"We are grateful, Minister Katayama," the bank\'s governor told the meeting in Tokyo.',
            "2026-01-15",
            "Katayama",
            "satsuki-katayama",
        ),
    ],
)
def test_a_bare_portfolio_title_is_its_holder_that_day(
    text: str, published: str, surface: str, holder: str
) -> None:
    assert linked(text, published, surface) == holder


@pytest.mark.parametrize(
    ("text", "published", "surface"),
    [
        (MASKS, "2024-03-04", "health minister"),  # a holder the knowledge base does not have
        (
            "SEOUL — Seoul's trade minister flew to Washington on Sunday.",
            "2024-03-01",
            "trade minister",
        ),
    ],
)
def test_a_title_no_known_holder_had_that_day_stays_unlinked(
    text: str, published: str, surface: str
) -> None:
    assert not any(m.in_kb and m.text == surface for m in mentions(text, published))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("TAIPEI — Chen Li-hua, the council's president, said members would vote on Friday.", None),
        ("TAIPEI — The league's president said the final would be played in Taichung.", None),
        ("TAIPEI — The island's president said on Friday that talks would resume.", "lai-ching-te"),
    ],
)
def test_a_title_a_body_owns_is_its_officer_and_one_the_island_owns_the_state_s(
    text: str, holder: str | None
) -> None:
    assert linked(text, "2025-06-02", "president") == holder
