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
    ("text", "home", "person"),
    [
        ("ルビオ国務長官、フィリピンのラザロ外相とともに会見した。", "japan", "theresa-lazaro"),
        ("バンス副大統領は同盟の重要性を強調した。", "japan", "jd-vance"),
        ("美国驻日大使格拉斯说，日本造船业的能力将增强。", "china", "george-glass"),
        ("记者会上，万斯表示将加强合作。", "china", "jd-vance"),
        ("記者會上，范斯表示將與盟友合作。", "taiwan", "jd-vance"),
        ("艾班尼斯今天表示，將與菲律賓合作。", "taiwan", "anthony-albanese"),
    ],
)
def test_a_foreign_officials_bare_family_name_is_the_official(
    text: str, home: str, person: str
) -> None:
    assert person in _links(text, home)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("フィリピンのラザロ外相は会見した。", "theresa-lazaro"),
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
        ("アドバンス社の新製品が好評だ。", "japan", "jd-vance"),
        ("ルビオン社の担当者が説明した。", "japan", "marco-rubio"),
        ("エマニュエル・マクロン大統領が来日した。", "japan", "rahm-emanuel"),
        ("他曾在格拉斯哥大学攻读博士学位。", "china", "george-glass"),
        ("汤姆格拉斯说，这是一部好电影。", "china", "george-glass"),
        ("道格拉斯·麦克阿瑟曾驻守东京。", "china", "george-glass"),  # Douglas, not Glass
        ("美軍將領道格拉斯抵達台北。", "taiwan", "george-glass"),
        ("墨西哥販毒卡特爾勢力龐大。", "taiwan", "jimmy-carter"),
        ("她在希利爾公司任職。", "taiwan", "john-healey"),
    ],
)
def test_a_family_name_inside_a_longer_word_or_name_is_no_mention_of_the_official(
    text: str, home: str, person: str
) -> None:
    assert person not in _links(text, home)
