"""Places inside a body's name, from the real pipeline: the city closing an embassy's name is a
mention of the city, a country closing an office's name stays part of it. A nationality of two
words opens a name as one of one word does: "South Korean" in "the South Korean Joint Chiefs
of Staff".
"""

from tests.linking_helpers import mentions


def test_a_country_closing_a_body_name_stays_part_of_it() -> None:
    """The longest name wins: writers leave the United States inside TECRO's name unlabelled in
    37 passages and label it apart in 7, so an article that names only the office does not
    count the country."""
    text = (
        "The filing was made on behalf of the Taipei Economic and Cultural Representative "
        "Office in the United States last week."
    )
    found = {(m.text, m.entity_id) for m in mentions(text)}
    assert not any(entity_id == "united-states" for _, entity_id in found)
    assert any(entity_id == "tecro" and "United States" in surface for surface, entity_id in found)


def test_a_city_closing_an_embassy_name_stays_the_city() -> None:
    found = {
        (m.text, m.entity_id)
        for m in mentions("The ministry protested to the Chinese Embassy in Tokyo.")
    }
    assert ("Tokyo", "tokyo") in found


def test_a_two_word_nationality_opening_a_body_name_is_its_country() -> None:
    text = "The South Korean Joint Chiefs of Staff said two bombers entered the zone."
    found = {(m.text, m.entity_id) for m in mentions(text)}
    assert ("South Korean", "south-korea") in found
    assert ("South Korean Joint Chiefs of Staff", "sk-jcs") in found


def test_an_article_before_a_nationality_opens_no_country_of_its_own() -> None:
    text = "The Australian Defence Force sent a frigate through the strait."
    assert "The Australian" not in {m.text for m in mentions(text)}
