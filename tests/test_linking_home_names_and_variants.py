"""Names English gives a country or a type without its full form (written for these tests):
"the States" for the United States, variants of one aircraft type joined by a slash, and the
bodies a story's own country's bare names stand for."""

import pytest
from linking_helpers import linked_surfaces


@pytest.mark.parametrize(
    "text",
    [
        "Orders from buyers in the States doubled, a Keelung trader said on Monday.",
        "She studied in the States before joining the family's tea business in Nantou.",
        "The States, she said, is still the biggest market for Taiwanese valves.",
    ],
)
def test_the_states_alone_is_the_united_states(text: str) -> None:
    assert linked_surfaces(text)["States"] == ("united-states", "name")


@pytest.mark.parametrize(
    "text",
    [
        "The Gulf States raised output, the cartel said.",
        "The States of Jersey approved the island's budget on Tuesday.",
        "The States General in The Hague debated the treaty.",
    ],
)
def test_states_qualified_or_named_further_is_no_country(text: str) -> None:
    assert linked_surfaces(text).get("States", ("", ""))[0] != "united-states"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Parts for the air force's F-16A/B fleet will arrive next year.", "F-16A/B"),
        ("The last F-16A/Bs left Hualien for the upgrade line in Taichung.", "F-16A/Bs"),
    ],
)
def test_series_joined_by_a_slash_are_their_type(text: str, surface: str) -> None:
    """Two series of one type joined by a slash are linked as the type itself is."""
    found = linked_surfaces(text)
    assert found[surface] == ("f-16", "name")
    assert linked_surfaces("The F-16 fleet flew.")["F-16"] == found[surface]


def test_a_code_with_no_series_letters_keeps_its_own_name() -> None:
    assert linked_surfaces("The AN/TPS-77 radar was moved.")["AN/TPS-77"][0] == "an-tps-77"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("President Lai Ching met the visiting lawmakers at noon.", "Lai Ching", "lai-ching-te"),
        ("Premier Cho Jung told reporters the bill would pass.", "Cho Jung", "cho-jung-tai"),
    ],
)
def test_a_titled_name_clipped_after_its_hyphen_is_the_office_holder(
    text: str, surface: str, expected: str
) -> None:
    """The title names the day's holder, as it does before the family name alone."""
    assert linked_surfaces(text)[surface] == (expected, "name")


def test_a_clipped_name_with_no_title_and_no_full_name_stays_its_own() -> None:
    found = linked_surfaces("Lai Ching, a shop owner, met the visiting lawmakers at noon.")
    assert found.get("Lai Ching", ("", ""))[0] != "lai-ching-te"


def test_a_firm_based_in_a_us_state_makes_no_story_american() -> None:
    """A firm placed by its state is a source of the story, not its home: the bare services
    that buy its rifles in a story about a sale to Taiwan are not the US's."""
    text = (
        "Beijing on Friday sanctioned a Montana-based optics company after Washington approved "
        "a rifle sale for Taiwan. Taipei thanked Washington for the sale. The package includes "
        "300 rifles for Army and Marine Corps sniper teams."
    )
    found = linked_surfaces(text)
    assert found.get("Army", ("", ""))[0] != "us-army"
    assert found.get("Marine Corps", ("", ""))[0] != "usmc"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TAIPEI — Under Japan's tight import rules, every rifle the team packs must be cleared "
         "by the National Police Agency before the flight.", "japan-npa"),
        ("TAIPEI — Every rifle the team packs must be cleared by the National Police Agency "
         "before the flight.", "taiwan-npa"),
    ],
)  # fmt: skip
def test_a_body_applying_a_countrys_law_is_that_countrys(text: str, expected: str) -> None:
    """A sentence framed by one country's rules gives its bodies to that country, over the
    dateline's; without the frame the dateline decides."""
    assert linked_surfaces(text)["National Police Agency"] == (expected, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAHA — China's Ministry of Commerce followed the Foreign Ministry's lead on Friday.",
         "china-mfa"),
        ("NAHA — China's Ministry of Commerce protested to the Foreign Ministry on Friday.",
         "japan-mofa"),
        ("NAHA — The Foreign Ministry said on Friday it would reply.", "japan-mofa"),
    ],
)  # fmt: skip
def test_a_bare_body_beside_an_owned_one_shares_its_owner(text: str, expected: str) -> None:
    """The owner written once covers the bodies of its clause, over the dateline; a body the
    first one addresses is left to the dateline."""
    assert linked_surfaces(text)["Foreign Ministry"] == (expected, "name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON — The Cabinet must still send the deal to the Legislative Yuan for review.",
         "executive-yuan"),
        ("TAIPEI — The Cabinet sent its security bill to the Diet in February.", "japan-cabinet"),
    ],
)  # fmt: skip
def test_a_cabinet_is_the_one_its_legislature_answers_to(text: str, expected: str) -> None:
    """The chamber a bare Cabinet sends a text to is its own country's, whatever the dateline."""
    assert linked_surfaces(text)["Cabinet"] == (expected, "name")
