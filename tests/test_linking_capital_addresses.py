"""A capital after "to" or "from" is the government when something is said, sent or owed to it
or issued by it: "Saturday's figures from Taipei", "the answer has to come from Taipei", "a
message to Tokyo — and to Washington", "patrol vessels to Manila". A trip, a correspondent's
report and a wire story still come from the city."""

import pytest

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The programme opened with Saturday's figures from Taipei: 42 aircraft.", "Taipei",
         "taiwan"),
        ("Warships were spotted near the shoal; no count from Manila beyond that.", "Manila",
         "philippines"),
        ("Taiwan has been shut out of the assembly because of opposition from Beijing.",
         "Beijing", "china"),
        ("Governors keep running into the same terms in briefings from Taipei.", "Taipei",
         "taiwan"),
        ("Two days of drills, a tariff shock from Washington, and what Tokyo made of it all.",
         "Washington", "united-states"),
        ("Czech firms would keep investing whatever the noise from Beijing.", "Beijing", "china"),
        ("The PRC is unlikely to seek authorisation from Taipei for its drones.", "Taipei",
         "taiwan"),
        ("Extended deterrence, one councillor said, is a phrase from Tokyo.", "Tokyo", "japan"),
    ],
)  # fmt: skip
def test_what_a_government_counts_briefs_or_permits_comes_from_it(
    text: str, surface: str, country: str
) -> None:
    assert links(text)[surface] == (country, "capital")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The waters are Taiwan's; the answer has to come from Taipei.", "Taipei", "taiwan"),
        ('"The words are from Tokyo. The ferries are ours," said a councillor.', "Tokyo",
         "japan"),
        ("A second shock came from Beijing after the advisory.", "Beijing", "china"),
        ("Statements of concern came quickly not only from Washington but also from Tokyo.",
         "Washington", "united-states"),
    ],
)  # fmt: skip
def test_what_is_issued_may_come_from_a_government_past_its_verb(
    text: str, surface: str, country: str
) -> None:
    assert links(text)[surface] == (country, "capital")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The two carriers are a message to Tokyo — and to Washington.", "Washington",
         "united-states"),
        ('The spokesman called the flights "a stern warning" to "Taiwan independence forces" '
         "and to Washington.", "Washington", "united-states"),
        ('Xinhua said the flights were "a warning to Taiwan independence forces", not to '
         "Washington.", "Washington", "united-states"),
        ("Governor Tamaki Denny has complained too, to Tokyo and, on two trips, to Washington.",
         "Washington", "united-states"),
    ],
)  # fmt: skip
def test_a_repeated_to_addresses_what_the_first_addressed(
    text: str, surface: str, country: str
) -> None:
    assert links(text)[surface] == (country, "capital")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Koizumi said Tokyo would also provide coastal radars and patrol vessels to Manila.",
         "Manila", "philippines"),
        ('Experts called the budget "a protection fee paid to Washington."', "Washington",
         "united-states"),
        ("The flight was a reminder to Beijing of what sits behind the island chain.", "Beijing",
         "china"),
        ("The minister said the ministry was grateful to Tokyo for raising its case.", "Tokyo",
         "japan"),
    ],
)  # fmt: skip
def test_what_is_supplied_paid_or_owed_goes_to_a_government(
    text: str, surface: str, country: str
) -> None:
    assert links(text)[surface] == (country, "capital")


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Ground report from Taipei: week of 12 January.", "Taipei", "taipei"),
        ("The second came from Beijing a little after noon, in English.", "Beijing", "beijing"),
        ("He talked to reporters in Naha and then flew to Washington.", "Washington",
         "washington"),
        ("The prime minister paid a visit to Tokyo last week.", "Tokyo", "tokyo"),
    ],
)  # fmt: skip
def test_trips_and_dispatches_still_come_from_the_city(text: str, surface: str, city: str) -> None:
    assert links(text)[surface] == (city, "name")
