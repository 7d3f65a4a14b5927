"""A US state's own copy speaks of the state: bare "Washington" in a story datelined in one of
its towns, or at its seat of government, or from a town whose story names the state's own
institutions, is Washington State; beside a foreign capital in relations, or as an envoy's
post, it stays the US government and the capital."""

import pytest
from linking_helpers import mentions

STATE = "washington-state"


def linked(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in mentions(text, "2025-06-02") if m.text == surface]


@pytest.mark.parametrize(
    "text",
    [
        # a town with its state in the dateline
        "YAKIMA, Wash. — Japanese and US troops ended a drill on Wednesday. Japanese companies "
        "employ about 20,000 people in Washington.",
        "SPOKANE, Wash. — Washington shipped 6 million boxes of apples to Taiwan last season.",
        # the seat of government as the dateline
        "OLYMPIA — Lawmakers passed a resolution on trade between Washington and Taiwan.",
        # a town the knowledge base does not know, and the state's institutions
        "WENATCHEE — Orders point to a record season, the Washington State Department of "
        "Agriculture said. Washington shipped 6 million boxes of apples to Taiwan.",
        "TACOMA — Soldiers of the Washington Army National Guard left for Thailand. Citizen-"
        "soldiers from Washington have trained there for two decades.",
        "ELLENSBURG — Growers said the state of Washington shows up when it matters. "
        "Washington sells more cherries to Taiwan than any other state.",
    ],
)
def test_a_states_own_copy_names_the_state(text: str) -> None:
    assert set(linked(text, "Washington")) == {STATE}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("CAMP MURRAY, Wash. — State officials hosted a delegation. Beijing regards any such "
         "tie as a breach of Washington's commitments.", "united-states"),
        ("OLYMPIA — The state Senate honoured Taiwan. Washington and Beijing have kept talking "
         "since the summit.", "united-states"),
        ("OLYMPIA — The state Senate honoured Taiwan. Alexander Yui, Taiwan's top representative "
         "in Washington, called the vote a reminder of friendship.", "washington"),
    ],
)  # fmt: skip
def test_relations_between_governments_and_envoys_posts_stay_national(
    text: str, entity: str
) -> None:
    assert linked(text, "Washington") == [entity]


@pytest.mark.parametrize(
    "text",
    [
        # the federal capital's own dateline, even beside the state's name
        "WASHINGTON — Washington approved the sale of missiles to Taiwan, a deal that a "
        "Washington state senator welcomed.",
        # a foreign dateline, however the state is named
        "TAIPEI (CNA) — Washington approved the sale, officials said, as the state of Washington "
        "sent a trade delegation.",
        # a US town with no word of the state's institutions
        "WENATCHEE — Washington approved the sale of missiles to Taiwan on Tuesday.",
    ],
)
def test_other_copy_keeps_the_us_government(text: str) -> None:
    assert STATE not in linked(text, "Washington")
