"""Foreign officials named by the family name alone in Japanese and Chinese copy (the blind51
misses: "フィリピンのラザロ外相", "美国驻日大使格拉斯说"), in each press's form, and the same
characters inside a longer word or a longer foreign name left alone."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> set[str]:
    return {m.entity_id for m in cjk_mentions(text, default_kb(), date(2025, 10, 6), home)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("フィリピンのマナロ外相は会見した。", "enrique-manalo"),
    ],
)
def test_a_title_after_a_foreign_officials_name_is_theirs_not_japans_minister(
    text: str, person: str
) -> None:
    links = _links(text, "japan")
    assert person in links
    assert "takeshi-iwaya" not in links


def test_two_officials_listed_with_the_middle_dot_are_both_linked() -> None:
    assert {"marco-rubio", "pete-hegseth"} <= _links("ルビオ・ヘグセス両長官が来日した。", "japan")


@pytest.mark.parametrize(
    ("text", "home", "person"),
    [
        ("ルビオン社の担当者が説明した。", "japan", "marco-rubio"),
        ("墨西哥販毒卡特爾勢力龐大。", "taiwan", "jimmy-carter"),
    ],
)
def test_a_family_name_inside_a_longer_word_or_name_is_no_mention_of_the_official(
    text: str, home: str, person: str
) -> None:
    assert person not in _links(text, home)
