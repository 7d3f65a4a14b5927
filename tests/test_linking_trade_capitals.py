"""Capitals in trade copy (advertising, printing, jewellery and bicycle press), from the real
pipeline: a business, its market or its customers after a capital, a fair named for it, where
someone was trained and a figure counted after it.

Each case is a shape blind-125 and blind-126 showed monitor reading wrongly, in sentences
written for these tests.
"""

import pytest

from tests.linking_helpers import mentions


def link_of(text: str, surface: str) -> str | None:
    return next((m.entity_id for m in mentions(text) if m.text == surface), None)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a business, its pages, its owners and its market after a capital are the city's
        ("The poll was run last month by Seoul polling firm DataLine.", "Seoul", "seoul"),
        (
            "The bank moved its account to a small Taipei shop, its spokesman said.",
            "Taipei",
            "taipei",
        ),
        ("Watchmaker opens second Tokyo flagship", "Tokyo", "tokyo"),
        ("The arms deal was good news for Tokyo's billboard owners.", "Tokyo", "tokyo"),
        ("Typhoon drills no longer move Tokyo gold, dealers say", "Tokyo", "tokyo"),
        # ... even after a verb of selling, which reaches the customers in the city
        ("The agency is selling weekend breaks to Seoul commuters.", "Seoul", "seoul"),
        # a word spelt like a business that is an adjective stays the government's
        ("Beijing's firm stance surprised the delegates.", "Beijing", "china"),
        ("Tokyo's gold reserves rose in May.", "Tokyo", "japan"),
        ("Beijing firm on sanctions, envoy says", "Beijing", "china"),
        # a word in -s before the business is a verb, the capital its subject: English
        # compounds take a noun's singular ("defence firms"), save nouns with none ("arms")
        ("Tokyo blacklists drone firms", "Tokyo", "japan"),
        ("The order went to a Seoul arms firm, officials said.", "Seoul", "seoul"),
        # a fair's long name in prose, and a name the article calls a show in lower case
        (
            "The yearly Seoul International Pen & Paper Fair drew 9,000 buyers on Monday.",
            "Seoul",
            "seoul",
        ),
        ("Buyers said the Seoul Bike show had fewer stands this year.", "Seoul", "seoul"),
        # a fair's edition named with its year, in prose, and not a headline's year
        ("Buyers queued for the opening of Seoul Paper & Ink 2026 on Monday.", "Seoul", "seoul"),
        ("Tokyo Eyes 2026 Deadline for Talks", "Tokyo", "japan"),
        # a stop that travellers add to a trip is the city
        ("Tourists who already fly to Seoul seldom add Tokyo, the survey found.", "Tokyo", "tokyo"),
        # where someone was trained is the city
        ("The studio hired a Seoul-trained art director last week.", "Seoul", "seoul"),
        # a counted figure after a capital leaves out the verb it shares with a country
        (
            "Japan has sent 2 million masks to the Philippines, and Washington 1.5 million.",
            "Washington",
            "united-states",
        ),
        ("Visitors queued for the lift at Taipei 101 on Sunday.", "Taipei 101", "taipei-101"),
    ],
)
def test_capitals_in_trade_copy(text: str, surface: str, expected: str) -> None:
    assert link_of(text, surface) == expected


def test_a_company_before_a_plural_verb_keeps_its_name() -> None:
    # "show" with no article before the name is a verb, not the name of a show
    assert link_of("Japan Airlines show strong profits.", "Japan") is None


def test_a_headline_name_the_article_calls_a_show_is_the_city() -> None:
    text = "Seoul Bike opens to quiet aisles\n\nSEOUL — The Seoul Bike show opened on Monday."
    assert [m.entity_id for m in mentions(text) if m.text == "Seoul"] == ["seoul", "seoul"]


def test_a_type_named_in_capitals_by_its_maker_is_found_in_title_case() -> None:
    text = "The army ordered the Altius-600M for its drone units; Altius crews train in May."
    assert [m.entity_id for m in mentions(text) if m.text.startswith("Altius")] == [
        "altius-600m",
        "altius-600m",
    ]
