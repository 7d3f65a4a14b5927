"""A lower-case coast guard followed by where it is ("Taiwan's coast guard near Kinmen") is the
body itself, linked to its owner's service, as a user searching the service expects."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions

SERVICES = {"Taiwan's": "taiwan-coast-guard", "China's": "china-coast-guard"}


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(SERVICES)),
    st.sampled_from(["near", "off", "around", "outside"]),
    st.sampled_from(["Kinmen", "Matsu", "Penghu"]),
)
def test_a_coast_guard_where_its_ships_are_is_its_owners(
    owner: str, preposition: str, place: str
) -> None:
    text = (
        f"A fishing boat capsized while being chased by {owner} coast guard {preposition} {place}."
    )
    found = {m.text: m.entity_id for m in mentions(text)}
    assert found["coast guard"] == SERVICES[owner]


def test_a_coast_guard_modifying_its_ships_stays_unlinked() -> None:
    text = "Taiwan's coast guard ships shadowed the trawler for an hour."
    assert "coast guard" not in {m.text for m in mentions(text)}


def test_a_coast_guard_sent_by_the_country_an_infinitive_is_told_of_is_its() -> None:
    text = (
        "KINMEN (Focus Taiwan) -- Two men died after being chased by a CGA vessel near Kinmen, "
        "prompting Beijing to send its coast guard into the island's waters."
    )
    assert {m.text: m.entity_id for m in mentions(text)}["coast guard"] == "china-coast-guard"


def test_the_counting_side_leaves_a_coast_guard_owned_by_its() -> None:
    text = (
        "A. whereas the PRC has intensified incursions into Taiwan's ADIZ and crossings of the "
        "median line;\nB. whereas the PRC relies on grey-zone tactics, including the use of its "
        "coast guard and maritime militia;"
    )
    found = {m.text: m.entity_id for m in mentions(text)}
    assert found.get("coast guard") != "taiwan-coast-guard"


def test_a_headline_coast_guard_over_a_us_coast_guard_story_is_not_the_counting_sides() -> None:
    text = (
        "Coast Guard crews from Astoria train Taiwanese counterparts\n\n"
        "ASTORIA — Five officers from Taiwan's Coast Guard Administration spent the week at "
        "Coast Guard Sector Columbia River.\n\n"
        "The exchange covered hoist rescues and cold-water survival.\n\n"
        "On Friday, Taiwanese officials said three China Coast Guard ships had sailed into "
        "restricted waters near Matsu."
    )
    found = [m.entity_id for m in mentions(text) if m.text == "Coast Guard" and m.start == 0]
    assert found != ["taiwan-coast-guard"]


def test_a_headline_coast_guard_over_a_kinmen_count_stays_the_counting_sides() -> None:
    text = (
        "Control Yuan corrects Coast Guard over Kinmen patrol boat gaps\n\n"
        "CONTROL YUAN PRESS RELEASE\n\n"
        "The Control Yuan adopted a corrective measure against the Coast Guard Administration."
        "\n\nOn Tuesday, four China Coast Guard ships entered Kinmen's restricted waters off "
        "Liaoluo Bay."
    )
    found = [m.entity_id for m in mentions(text) if m.text == "Coast Guard" and m.start < 60]
    assert found == ["taiwan-coast-guard"]
