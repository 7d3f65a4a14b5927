"""Interviews and wire diaries, from the real pipeline: a Japanese paper's interview whose note
says "Translated from Japanese" has Japan's bare bodies, as a Tokyo dateline would; an answer's
"On Sunday its defense ministry" belongs to the country the answer's sentence before was about,
past the speaker's label; and a wire diary's "- TOKYO - " entry is the city an event is held in.

Each case is a shape blind-77's print interviews and financial-newswire diaries showed monitor
reading wrongly, in copy written for these tests.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


INTERVIEW = (
    "Nakatani after the Dialogue: 'A missed opportunity'\n\n"
    "Defense Minister Gen Nakatani returned on Sunday from Singapore, where Chinese Defense "
    "Minister Dong Jun stayed away. Nakatani spoke to the Yomiuri Shimbun at the Defense "
    "Ministry on Tuesday.{note}\n\n"
    "Q: The coast guard says four Chinese ships were in the contiguous zone.\n\n"
    "Nakatani: Yes, near the Senkakus."
)


def test_a_note_translated_from_japanese_makes_the_bare_bodies_japans() -> None:
    found = links(INTERVIEW.format(note=" Translated from Japanese."))
    assert found["Defense Ministry"] == ("japan-mod", "name")
    assert found["coast guard"] == ("japan-coast-guard", "name")


def test_an_interview_with_no_note_of_its_language_is_left_to_the_words_around() -> None:
    found = links(INTERVIEW.format(note=""))
    assert found.get("Defense Ministry", ("",))[0] != "japan-mod"


def test_mandarin_names_no_one_country_so_its_note_decides_nothing() -> None:
    found = links(INTERVIEW.format(note=" Translated from Mandarin."))
    assert found.get("Defense Ministry", ("",))[0] != "japan-mod"


def test_its_after_a_fronted_day_and_a_speakers_label_is_the_answers_country() -> None:
    text = (
        "Two carriers beyond the island chain\n\n"
        "Adm. Tomohisa Takei spoke to Wedge magazine on Monday. Translated from Japanese.\n\n"
        "Q: Did Taiwan see any of this?\n\n"
        "Takei: Taiwan sees the western end. On Sunday its defense ministry tracked 26 aircraft "
        "around the island."
    )
    assert links(text)["defense ministry"] == ("taiwan-mnd", "name")


CITY = {"TOKYO": "tokyo", "TAIPEI": "taipei", "BEIJING": "beijing", "MANILA": "manila",
        "KUALA LUMPUR": "kuala-lumpur"}  # fmt: skip


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from(sorted(CITY)), min_size=1, max_size=3, unique=True))
def test_each_capital_opening_a_diary_entry_before_a_spaced_hyphen_is_the_city(
    capitals: list[str],
) -> None:
    entries = "\n".join(
        f"- {capital} - Officials meet on supply-chain rules" for capital in capitals
    )
    found = links(f"DIARY-Asia events, July 7-13\n\nMONDAY, JULY 7\n{entries}\n")
    assert {capital: found[capital] for capital in capitals} == {
        capital: (CITY[capital], "name") for capital in capitals
    }


def test_a_capital_that_acts_in_a_diary_entry_stays_the_government() -> None:
    text = "MONDAY, JULY 7\n- TOKYO - Beijing and Tokyo hold talks on seafood imports\n"
    found = links(text)
    assert found["TOKYO"] == ("tokyo", "name")
    assert found["Beijing"] == ("china", "capital")


def test_a_body_credited_at_the_end_of_a_flash_is_the_flashs_countrys() -> None:
    text = (
        "TOP NEWS-Asia flashes, June 2\n\n"
        "0305 GMT *JAPAN TO PROVIDE 5 PATROL BOATS TO PHILIPPINE COAST GUARD - FOREIGN MINISTRY\n"
        "0410 GMT *CHINA FOREIGN MINISTRY: JAPAN SHOULD 'STOP HYPING' SENKAKU ISSUE\n"
        "*TAIPEI TO STEP UP PURCHASES OF JAPANESE SCALLOPS, SAYS AGRICULTURE MINISTRY\n"
    )
    found = links(text)
    assert found["FOREIGN MINISTRY"] == ("japan-mofa", "name")
    assert found["CHINA FOREIGN MINISTRY"] == ("china-mfa", "name")
    assert found["AGRICULTURE MINISTRY"] == ("taiwan-moa", "name")


def test_a_flash_with_two_actors_decides_no_credit() -> None:
    text = "*TAIWAN, JAPAN SIGN MEMORANDUM ON DATA EXCHANGE - FOREIGN MINISTRY\n"
    assert "FOREIGN MINISTRY" not in links(text)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # "its" after a body as the sentence's subject is the body's country
        ("TAIPEI, April 21 (Reuters) - China fired missiles on Tuesday.\n\nThe People's "
         "Liberation Army's Eastern Theater Command said its Rocket Force had conducted "
         '"precision strikes on designated sea areas".', "Rocket Force", "plarf"),
        # a spokesperson breaks a tie between the countries named near
        ("Beijing said it firmly opposed the deal. Foreign ministry spokesperson Guo Jiakun "
         'urged Washington to "stop arming Taiwan", adding that China would take '
         "countermeasures.", "Foreign ministry", "china-mfa"),
    ],
)  # fmt: skip
def test_a_bodys_owner_read_from_its_subject_or_its_spokesperson(
    text: str, surface: str, expected: str
) -> None:
    assert links(text)[surface] == (expected, "name")


def test_a_capitals_possessive_over_a_place_of_its_daily_life_is_the_city() -> None:
    text = (
        "Emanuel: Beijing is using a science question as a political weapon. Tokyo's fish "
        "markets are doing fine, by the way. Beijing's export ban hurts its own fishermen."
    )
    found = [(m.text, m.entity_id) for m in mentions(text)]
    assert ("Tokyo", "tokyo") in found
    assert ("Beijing", "china") in found


def test_a_wire_slug_before_a_headlines_first_name_names_nothing() -> None:
    for slug in ("EXCLUSIVE", "ANALYSIS"):
        text = f"{slug}-Taiwan premier says defence spending will rise\n\nThe Cabinet met.\n"
        assert ("Taiwan", "taiwan") in [(m.text, m.entity_id) for m in mentions(text)]
