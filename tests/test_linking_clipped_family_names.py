"""A family name cut short by its last letter is the person the article names in full:
"Hsie" after "Frank Hsieh"."""

from tests.linking_helpers import mentions


def test_a_family_name_less_its_last_letter_is_the_person_named_in_full() -> None:
    text = (
        "OSAKA -- Former premier Frank Hsieh told a trade lunch in Osaka on Friday that "
        "Taiwanese and Japanese laundries faced the same labour shortage.\n\n"
        '"We have the same problem and the same customers," Hsie, 79, said.'
    )
    found = {m.text: m.entity_id for m in mentions(text, "2024-05-10")}
    assert found["Hsie"] == "frank-hsieh"
