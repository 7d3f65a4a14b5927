"""Where a CJK name is read from the characters (cjk_entities._candidates): a name opens at a
character that ends no word before it (cjk_word_starts.py), and of the spans starting there the
longest that is a name, not one whose last character opens the next word, is the one kept."""

import pytest
from linking_helpers import cjk_links as _links


@pytest.mark.parametrize(
    ("text", "home", "absent"),
    [
        ("廈門市國家安全局昨天發布公告。", "taiwan", "taiwan-nsb"),  # a city's own bureau
        ("竹富町観光交流協会が記念式典を開いた。", "japan", "jtea"),  # a town's tourism body
        ("外國軍方人員今天抵達。", "taiwan", "roc-armed-forces"),  # foreign forces, no 國軍
    ],
)
def test_a_name_after_the_word_its_first_character_closes_is_no_name(
    text: str, home: str, absent: str
) -> None:
    assert absent not in {entity_id for _, entity_id in _links(text, home)}


@pytest.mark.parametrize(
    ("text", "home", "found"),
    [
        ("國家安全局昨天發布公告。", "taiwan", ("國家安全局", "taiwan-nsb")),
        ("日本台湾交流協会が記念式典を開いた。", "japan", ("日本台湾交流協会", "jtea")),
        ("陸海警船今天再度駛入金門海域。", "taiwan", ("陸海警", "china-coast-guard")),
    ],
)
def test_the_same_names_opening_a_sentence_are_found_whole(
    text: str, home: str, found: tuple[str, str]
) -> None:
    assert found in _links(text, home)


def test_the_mainland_before_its_coast_guard_is_two_names() -> None:
    assert _links("大陸海警船今天再度駛入金門海域。", "taiwan") == [
        ("大陸", "china"),
        ("海警", "china-coast-guard"),
        ("金門", "kinmen"),
    ]


def test_a_span_of_a_longer_name_gives_way_to_the_name_it_holds() -> None:
    # 中共 before 軍機 is the state whose aircraft they are; 台北市 within a longer span of
    # characters that names nothing is still found.
    assert _links("中共軍機今天再度擾台。", "taiwan") == [("中共", "china")]
    assert _links("本報記者今日經過台北市區。", "taiwan") == [("台北市", "taipei")]
