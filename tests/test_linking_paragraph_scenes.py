"""A press review's paragraph that sets its scene in a country ("From Tokyo, ...", "In
Taiwan, ...", "Taiwanese papers ...") is home to its bare ministries, over the dateline; a
paper that is a sentence's subject owns none of the bodies "its" refers to."""

import pytest
from linking_helpers import mentions

from monitor.nlp.kb import default_kb
from monitor.nlp.paragraph_scenes import paragraph_scenes


def linked(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in mentions(text, "2025-06-02") if m.text == surface]


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("TAIPEI — The Liberty Times reports that the Ministry of Foreign Affairs thanked Japan "
         "for its aid.\n\nFrom Tokyo, the Yomiuri reports that the Foreign Ministry there "
         "described the grant as a token of friendship.", "Foreign Ministry", "japan-mofa"),
        ("TAIPEI — The United Daily News leads on the recall votes.\n\nYOMIURI — From Tokyo, the "
         "paper reports that the Defense Ministry counted 1,000 take-offs from the carriers.",
         "Defense Ministry", "japan-mod"),
        ("NAHA — The Okinawa Times leads on the Senkakus.\n\nIn Taiwan, the Liberty Times "
         "reports the defence ministry's tally: 12 PLA aircraft around Taiwan.",
         "defence ministry", "taiwan-mnd"),
        ("TOKYO — Monday's papers lead with the speech.\n\nTaiwanese papers give it more room. "
         "The Liberty Times carries the defence ministry's figures: 22 PLA aircraft.",
         "defence ministry", "taiwan-mnd"),
        ("TOKYO — Monday's papers lead with the speech.\n\nIn Beijing, state media said the "
         "Foreign Ministry had lodged a protest.", "Foreign Ministry", "china-mfa"),
    ],
)  # fmt: skip
def test_a_paragraphs_scene_is_home_to_its_bare_ministry(
    text: str, surface: str, entity: str
) -> None:
    assert linked(text, surface) == [entity]


def test_the_scene_ends_with_its_paragraph() -> None:
    text = (
        "TAIPEI — From Tokyo, the Yomiuri reports on the carriers.\n\n"
        "The Liberty Times says the Defense Ministry tracked 12 PLA aircraft."
    )
    text = "Press review\n\n" + text
    assert linked(text, "Defense Ministry") == ["taiwan-mnd"]


def test_a_time_or_a_placeless_opening_sets_no_scene() -> None:
    scenes = paragraph_scenes("In 2024, the papers said.\n\nIn short, nothing.", default_kb())
    assert scenes.spans == ()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("NAHA — The Okinawa Times leads on the Senkakus.\n\nThe Nikkei turns to Taiwan, citing "
         "its defence ministry: 3,000 aircraft entered the ADIZ in 2024.", "taiwan-mnd"),
        ("TAIPEI — The Liberty Times leads on the recall.\n\nThe Yomiuri looks at Japan, "
         "quoting its defence ministry on the carriers.", "japan-mod"),
    ],
)  # fmt: skip
def test_its_after_a_paper_is_the_country_the_paper_turns_to(text: str, entity: str) -> None:
    assert linked(text, "defence ministry") == [entity]
