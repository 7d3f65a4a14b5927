"""Radio bulletins with pronunciation guides, a newsweekly's house style and government audit
reports, as blind-87 and blind-88 showed them: what a user sees linked, from the real pipeline.

A guide in brackets cuts no name ("the Miyako [MEE-yah-koh] Strait"); "its coastguard" is the
country that is its clause's subject; a capital repeated in a comparison or a pair reads as the
first; "a foreign-ministry spokesman" and "air-defence zone" are hyphened names; "State" after
"the State Department" is the department; "U.S." opening an agency's name is the country; a
bare "Ishikawa" the model reads as a body is the prefecture.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.markdown_marks import read_without_marks
from tests.linking_helpers import mentions


def links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


def test_a_pronunciation_guide_cuts_no_name_and_the_surface_is_as_written() -> None:
    found = links(
        "The Joint Staff says seven Chinese warships passed through the Miyako [MEE-yah-koh] "
        "Strait between Okinawa and Miyako Island. The rest flew through the Bashi [BAH-shee] "
        "Channel."
    )
    assert found["Miyako [MEE-yah-koh] Strait"] == ("miyako-strait", "name")
    assert found["Miyako Island"] == ("miyako-island", "name")
    assert found["Bashi [BAH-shee] Channel"][0] == "bashi-channel"


@pytest.mark.parametrize(
    "text",
    [
        "[ANCHOR] The ministry said so.",  # a speaker's label
        "The ADIZ [air defense identification zone] was crossed.",  # a gloss in plain words
        "Guo said [SOUND BITE] nothing.",  # capitals alone
        "He wrote [sic] it.",
    ],
)
def test_brackets_that_are_no_guide_are_read_as_written(text: str) -> None:
    assert read_without_marks(text).text == text


GUIDE_WORDS = st.sampled_from(
    ["Miyako", " ", "[", "]", "MEE", "-", "yah", "koh", "Strait", ".", "\n", "KWUN", "Taiwan"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(GUIDE_WORDS, max_size=40).map("".join))
def test_a_guide_is_deleted_whole_and_every_word_keeps_its_written_place(text: str) -> None:
    read = read_without_marks(text)
    assert len(read.text) <= len(text)
    for at, char in enumerate(read.text):
        assert char == text[read.original_offset(at)] or char == " "
    for start in range(len(read.text)):
        assert read.original_offset(start) >= start


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Taiwan's coast guard marked an anniversary. It is a year since China began sending its "
         "coastguard into the waters around Kinmen.", "coastguard", "china-coast-guard"),
        ("The statement covers the Senkaku Islands, which China claims and whose waters its "
         "coastguard now patrols almost daily.", "coastguard", "china-coast-guard"),
    ],
)  # fmt: skip
def test_its_body_is_the_country_that_is_its_clauses_subject(
    text: str, surface: str, expected: str
) -> None:
    assert links(text)[surface][0] == expected


def test_a_capital_in_a_comparison_or_a_pair_reads_as_the_first() -> None:
    acting = mentions(
        "Beijing has taken to describing each patrol as a message to Tokyo as much as to Taipei."
    )
    assert [(m.text, m.entity_id) for m in acting if m.text == "Taipei"] == [("Taipei", "taiwan")]
    cities = links("Reuters, which has bureaus in both Taipei and Beijing, quoted all of them.")
    assert cities["Taipei"] == ("taipei", "name") and cities["Beijing"] == ("beijing", "name")


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister would send a letter of thanks to Taipei.",
        "And one more you'll hear from Taipei: gray-zone pressure.",
    ],
)
def test_a_capital_written_to_or_heard_from_is_the_government(text: str) -> None:
    assert links(text)["Taipei"] == ("taiwan", "capital")


def test_a_newsweeklys_hyphened_names_are_linked() -> None:
    found = links(
        "Beijing is unimpressed. Lin Jian, a foreign-ministry spokesman, accused Washington. "
        "The ministry said four J-16s entered its air-defence zone on Saturday."
    )
    assert found["foreign-ministry"][0] == "china-mfa"
    assert found["air-defence zone"][0] == "adiz"


def test_an_audit_reports_clipped_department_and_abbreviated_owner() -> None:
    found = mentions(
        "WASHINGTON (Reuters) - The U.S. Government Accountability Office said the Pentagon and "
        "the State Department track the backlog. DOD concurred, and State concurred with "
        "Recommendation 4."
    )
    by_text = {(m.text, m.entity_id) for m in found}
    assert ("State", "us-state-department") in by_text
    assert ("U.S.", "united-states") in by_text


def test_a_bare_prefecture_the_model_reads_as_a_body_is_the_prefecture() -> None:
    found = links("WAJIMA, Ishikawa (Kyodo) -- Ishikawa has received 2.5 billion yen.")
    assert found["Ishikawa"][0] == "ishikawa-prefecture"
    assert links("The Hai Kun, also known as the Narwhal, is late.")["Narwhal"][0] == "hai-kun"
