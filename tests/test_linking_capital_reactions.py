"""A capital after what a government answers with ("fury from Beijing", "demands from Tokyo"),
after the switch an ally makes ("Nauru switched to Beijing") or after what a government commits
to it ("commitments to Tokyo") is the government, as the labels of the blind sets read it; a
traveller's "from" still leaves the city."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions

GOVERNMENTS = {"Beijing": "china", "Tokyo": "japan", "Washington": "united-states"}


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(GOVERNMENTS)),
    st.sampled_from(["fury", "a swift reaction", "fresh demands", "a warning", "retaliation"]),
)
def test_what_a_government_answers_with_comes_from_the_government(
    capital: str, answer: str
) -> None:
    text = f"The minister's remarks on Monday drew {answer} from {capital}."
    assert links(text)[capital] == (GOVERNMENTS[capital], "capital")


def test_an_ally_switching_to_a_capital_switches_to_its_government() -> None:
    text = "Nauru switched to Beijing two days after Taiwan's election, and Honiara stayed firm."
    assert links(text)["Beijing"] == ("china", "capital")


def test_what_a_government_commits_to_goes_to_the_other_government() -> None:
    text = "Washington takes its defense commitments to Tokyo seriously, the envoy said."
    assert links(text)["Tokyo"] == ("japan", "capital")


def test_a_traveller_from_a_capital_leaves_the_city() -> None:
    text = "The delegation flew from Beijing to Manila on Tuesday for the talks."
    assert links(text)["Beijing"] == ("beijing", "name")


@settings(max_examples=8, deadline=None)
@given(
    st.sampled_from(sorted(GOVERNMENTS)),
    st.sampled_from(
        ["struck a raw nerve", "touched a nerve", "raised eyebrows", "rang alarm bells"]
    ),
)
def test_a_move_that_stirs_a_capital_stirs_its_government(capital: str, stirred: str) -> None:
    text = f"The new export rules {stirred} in {capital} this week."
    assert links(text)[capital] == (GOVERNMENTS[capital], "capital")


def test_a_nerve_lost_in_a_capitals_traffic_is_lost_in_the_city() -> None:
    text = "Learner drivers often lose their nerve in Tokyo traffic, instructors say."
    assert links(text)["Tokyo"] == ("tokyo", "name")
