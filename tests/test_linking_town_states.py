"""A state written after its town is the state, even when its bare name is a capital's, a
city's or a country's: a wire release places its firm so ("headquartered in Seattle,
Washington"), while a list of capitals keeps its governments."""

import pytest
from linking_helpers import mentions


def _links(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in mentions(text):
        found.setdefault(mention.text, set()).add(mention.entity_id)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Anchorpoint Analytics is headquartered in Seattle, Washington, with analysts in Taipei.",
        "Cascadia Radar Works designs radar transmitters. It is based in Everett, Washington.",
        "The company, founded in Spokane, Washington, in 2009, supplies Taiwan's coast guard.",
        "About Cascadia Radar Works\nCascadia Radar Works is based in Redmond, Washington\n",
    ],
)
def test_washington_after_its_town_is_the_state(text: str) -> None:
    assert _links(text)["Washington"] == {"washington-state"}


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Taipei thanked Tokyo, Washington and Ottawa for their support.", "united-states"),
        ("Attribution statements from Beijing, Washington and Tokyo are awaited.", "united-states"),
        ("I'm Ellen Marsh, BBC News, Washington.", "washington"),
        ("The ministry briefed Seoul, Washington, Canberra and Manila.", "united-states"),
    ],
)
def test_washington_in_a_list_of_capitals_or_after_an_outlet_keeps_its_meaning(
    text: str, meant: str
) -> None:
    assert meant in _links(text)["Washington"]


def test_a_list_of_cities_is_no_town_and_its_state() -> None:
    links = _links("Chinese diplomats in Chicago, New York, San Francisco and Houston met.")
    assert "new-york-state" not in links["New York"]
