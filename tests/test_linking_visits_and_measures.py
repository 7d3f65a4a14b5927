"""Linking leftovers read as rules of English: a distance is measured to a capital only when the
comparative is what the capital "is"; a trade follows a capital only inside its compound; a
region written again without its unit is the region the article names in full; a visit is the
host's story, not the visitors'."""

import pytest

from tests.linking_helpers import assert_links, linked_surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BEIJING, Jan. 3 (Xinhua) -- A spokesperson criticized Japan's record defense budget, "
            'saying it showed Tokyo was "sliding further down the dangerous path."',
            {"Tokyo": ("japan", "capital")},
        ),
        (
            "The Japan-Taiwan Exchange Association said Tokyo was ready to provide further help.",
            {"Tokyo": ("japan", "capital")},
        ),
        (
            "Analysts said Beijing was moving further from the consensus.",
            {"Beijing": ("china", "capital")},
        ),
        ("For families in Naha, Taipei is much closer.", {"Taipei": ("taipei", "name")}),
    ],
)
def test_a_distance_is_measured_to_a_capital_only_as_what_it_is(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UNITED NATIONS, Aug 5 (Reuters) - China's envoy accused the United States of "
            '"deliberately provoking" Beijing by allowing House Speaker Nancy Pelosi to visit '
            "Taiwan.",
            {"Beijing": ("china", "capital")},
        ),
        (
            "Critics accused Washington of pressuring Taipei into selling houses abroad.",
            {"Taipei": ("taiwan", "capital")},
        ),
        ("Small Taipei houses have printed the poet's work.", {"Taipei": ("taipei", "name")}),
        (
            "That restraint is the story. Beijing wanted shipping insurers in London and "
            "Singapore to see how easily it could.",
            {"Beijing": ("china", "capital")},
        ),
        (
            "Beijing warned shipping lines that inspections would follow.",
            {"Beijing": ("china", "capital")},
        ),
    ],
)
def test_a_trade_makes_a_city_only_inside_the_capitals_compound(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "VP Hsiao meets Kagoshima delegation, hails Japan ties\n\nTAIPEI (CNA) — Vice President "
        "Hsiao Bi-khim on Monday received a delegation of Kagoshima Prefecture assembly members.",
        "Governor Shiota leads Kagoshima mission to Taipei\n\nA delegation of Kagoshima "
        "Prefecture business leaders arrived on Monday.",
    ],
)
def test_a_region_named_in_full_is_the_region_when_written_short(text: str) -> None:
    assert linked_surfaces(text)["Kagoshima"] == ("kagoshima-prefecture", "name")


@pytest.mark.parametrize(
    ("text", "surface", "host"),
    [
        (
            "TAIPEI DIARY -- Aug. 11-15\n\nMON 11 -- 1000 Foreign Minister Lin Chia-lung "
            "receives a Japanese Diet delegation led by Keiji Furuya, who chairs the Japan-ROC "
            "Diet Members' Consultative Council; MOFA photos only. Okinawa Governor Denny Tamaki "
            "in Taipei for tourism talks.",
            "MOFA",
            "taiwan-mofa",
        ),
        (
            "MON 11 -- 1000 Premier Cho Jung-tai receives a Japanese parliamentary delegation led "
            "by Keiji Furuya; Foreign Ministry photos only.",
            "Foreign Ministry",
            "taiwan-mofa",
        ),
    ],
)
def test_a_body_where_a_visit_is_received_is_the_hosts(text: str, surface: str, host: str) -> None:
    assert linked_surfaces(text)[surface] == (host, "name")


def test_visitors_make_no_story_their_governments() -> None:
    text = (
        "Okinawa Governor Denny Tamaki in Taipei for tourism talks. Keiji Furuya, who leads the "
        "Japan-ROC Diet Members' Consultative Council, visits Taipei on Tuesday with a Diet "
        "delegation. Lin Chia-lung said the MOFA would host a dinner."
    )
    assert linked_surfaces(text).get("MOFA") != ("japan-mofa", "name")
