"""A bare "Ministry of National Defense" is Taiwan's when the copy around it counts China's craft
around Taiwan, however the copy lays out its lines (sentences written for these tests): a
newsletter's line naming the ministry over the counts listed under it, and a quiz's or an FAQ's
question with its answer."""

from linking_helpers import mentions


def links(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, "2025-06-04")}


def test_a_line_naming_the_ministry_owns_the_unplaced_counts_listed_under_it() -> None:
    text = (
        "The strait this week\n\n"
        "Our readers keep the Ministry of National Defense's daily reports.\n"
        "Monday (June 2): 14 aircraft, 5 ships\n"
        "Tuesday (June 3): 8 aircraft, 6 ships; 5 aircraft entered ADIZ"
    )
    assert links(text)["Ministry of National Defense"] == "taiwan-mnd"


def test_a_quiz_answer_counts_around_the_place_its_question_names() -> None:
    text = (
        "Quiz of the week\n\n"
        "3. How many Chinese aircraft entered Taiwan's ADIZ on Monday?\n"
        "Four J-16 fighter jets, the Ministry of National Defense said. On Tuesday it was two "
        "aircraft."
    )
    assert links(text)["Ministry of National Defense"] == "taiwan-mnd"


def test_an_faq_question_naming_the_ministry_is_answered_by_the_table_below() -> None:
    text = (
        "Questions from investors\n\n"
        "Q: What did the Ministry of National Defense report on Tuesday?\n"
        "A: The figures we copy from its releases are below.\n\n"
        "Day | Aircraft | Crossed median line | Navy vessels\n"
        "Mon 2 Jun | 21 | 12 | 7\n"
        "Tue 3 Jun | 9 | 4 | 6"
    )
    assert links(text)["Ministry of National Defense"] == "taiwan-mnd"
