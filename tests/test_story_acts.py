"""Who acts with whom, as the theme model reads it (story_acts.py): countries joined as the actors
of one verb are a pair act, one country acting on another an act on it, and either is marked
again when it stands in the headline or lead."""

import pytest

from monitor.nlp.story_acts import Act, act_words, story_acts


def acts_of(text: str) -> list[str]:
    return act_words(next(story_acts([text]))).split()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Manila and Canberra signed a maritime agreement on Friday.", "pair_sign"),
        ("Japanese and Philippine sailors trained together off Luzon.", "pair_train"),
        ("Australia will patrol the reef alongside the Philippines.", "pair_patrol"),
        ("Seoul signed a fisheries pact with Tokyo last week.", "pair_sign"),
        ("India and Japan agreed to build the port jointly.", "pair_build"),
        ("Beijing warned Manila over the shoal on Sunday.", "rival_on_warn"),
        ("Japan accused Korea of spying on its fleet.", "on_accuse"),
    ],
)
def test_countries_acting_together_or_on_each_other(text: str, word: str) -> None:
    assert word in acts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The museum in Osaka opened a new wing for Japanese ceramics.",  # one country alone
        "Officials said the weather would improve over Kyushu by Thursday.",  # no actor
        "Japan held a drill near the island, which China had warned about.",  # another clause
    ],
)
def test_no_act_where_no_two_countries_act_in_one_verb(text: str) -> None:
    assert not [word for word in acts_of(text) if "pair" in word]


def test_an_act_after_the_lead_is_not_marked_as_the_leads() -> None:
    text = (
        "Fishing season opens on the northern coast.\n\n"
        "Boats left the harbour before dawn. The catch was good. Later, Korea and Japan agreed "
        "on a quota for the shared waters."
    )
    assert acts_of(text) == ["pair_agree"]


def test_rivals_acting_together_are_told_apart_from_partners() -> None:
    text = "Russian and Chinese bombers flew over the sea. Later, Australia and Japan signed a deal."
    assert acts_of(text) == ["rival_pair_fly", "lead_rival_pair_fly", "pair_sign", "lead_pair_sign"]


def test_words_of_an_act() -> None:
    assert act_words([Act("on", "warn", lead=False, rival=True)]) == "rival_on_warn"
