"""The fifty US states as Chinese and Japanese papers name them: Taiwan's traditional, the
mainland's simplified and Japan's katakana forms, each with 州, link the state; a clipped 加州
after a verb's first character is part of that verb, no California."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return [(m.text, m.entity_id) for m in mentions if m.in_kb]


@pytest.mark.parametrize(
    ("text", "home", "form", "state"),
    [
        ("美國愛荷華州的黃豆農民擔心關稅。", "taiwan", "愛荷華州", "iowa"),
        ("艾奥瓦州农民对关税表示担忧。", "china", "艾奥瓦州", "iowa"),
        ("米アイオワ州の大豆農家が懸念を示した。", "japan", "アイオワ州", "iowa"),
        ("賓州州長今天訪問台積電。", "taiwan", "賓州", "pennsylvania"),
        ("紐約州州長簽署了法案。", "taiwan", "紐約州", "new-york-state"),
        ("华盛顿州的港口恢复作业。", "china", "华盛顿州", "washington-state"),
        ("ワシントン州の港で荷役が再開した。", "japan", "ワシントン州", "washington-state"),
        ("喬治亞州的電池工廠開工。", "taiwan", "喬治亞州", "georgia-state"),
        ("西維吉尼亞州的煤礦工人罷工。", "taiwan", "西維吉尼亞州", "west-virginia"),
        ("ウィスコンシン州で集会が開かれた。", "japan", "ウィスコンシン州", "wisconsin"),
        ("加州州長宣布緊急狀態。", "taiwan", "加州", "california"),
    ],
)
def test_a_state_named_in_chinese_or_japanese_is_the_state(
    text: str, home: str, form: str, state: str
) -> None:
    assert (form, state) in _links(text, home)


@pytest.mark.parametrize(
    ("text", "other"),
    [("喬治亞總統訪問歐盟。", "georgia-state"), ("紐約市長出席活動。", "new-york-state")],
)
def test_a_country_or_city_sharing_a_states_name_is_no_state(text: str, other: str) -> None:
    assert not any(entity == other for _, entity in _links(text, "taiwan"))


@pytest.mark.parametrize("text", ["聯邦將增加州政府的補助。", "他宣布參加州長選舉。"])
def test_a_verb_ending_in_jia_before_zhou_names_no_california(text: str) -> None:
    assert not any(entity == "california" for _, entity in _links(text, "taiwan"))


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("美国密歇根州国民警卫队的教官抵达。", "china"),
        ("美國密西根州國民兵將來台受訓。", "taiwan"),
        ("米ミシガン州兵の教官が来日した。", "japan"),
    ],
)
def test_a_states_national_guard_holds_no_mention_of_the_state(text: str, home: str) -> None:
    assert not any(entity == "michigan" for _, entity in _links(text, home))
