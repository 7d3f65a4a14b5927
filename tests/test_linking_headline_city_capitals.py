"""A headline's capital over a lede that puts the city's own government to work is the city, so
a reader following the national government does not find the mayor's tea party under it, while
a headline's capital over a lede about the national government, or another city's governor,
stays the government."""

import pytest
from linking_helpers import linked_surfaces


@pytest.mark.parametrize(
    "text",
    [
        "Taipei hands out winter blankets to its oldest residents\n\nTAIPEI — Mayor Chiang "
        "Wan-an gave blankets and rice to 30 elderly residents of Wanhua on Tuesday.",
        "Tokyo's new cycling lanes open\n\nTOKYO — The Metropolitan Government opened 12 "
        "kilometres of protected cycling lanes in Shinjuku on Monday.",
        "Taipei extends its bike-share discount\n\nThe Taipei City Government said on Friday "
        "it would keep the half-price fares for students until June.",
    ],
)
def test_a_headline_capital_over_its_city_government_is_the_city(text: str) -> None:
    capital = text.split()[0].removesuffix("'s")
    assert linked_surfaces(text)[capital][1] == "name"


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo protests Chinese survey ship\n\nTOKYO — The Foreign Ministry lodged a protest "
        "with Beijing on Monday over a survey ship in Japan's EEZ.",
        "Tokyo urged to talk to Beijing\n\nNAHA — Okinawa Governor Denny Tamaki said on "
        "Monday the central government should keep talking to China.",
    ],
)
def test_a_headline_capital_over_the_national_story_stays_the_government(text: str) -> None:
    assert linked_surfaces(text)["Tokyo"] == ("japan", "capital")
