"""Second references in Chinese and Japanese copy: a family name alone as the subject of a verb
of saying, a body's word glossed by its counterpart abroad, and a service's bare word in a story
about another country's forces."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return [(text[m.start : m.end], m.entity_id) for m in mentions if m.in_kb]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("台積電董事長魏哲家週四出席供應鏈論壇。魏表示，先進封裝產能明年將倍增。", "c-c-wei"),
        ("台积电董事长魏哲家在股东会上致词。魏也说，美国新厂良率已追上台湾。", "c-c-wei"),
        ("總統賴清德上午視察花蓮災區。賴並強調，重建經費將優先撥付。", "lai-ching-te"),
    ],
)
def test_a_family_name_alone_before_a_verb_of_saying_is_the_person_named(
    text: str, person: str
) -> None:
    assert (text[text.index("。") + 1], person) in _links(text, "taiwan")


@pytest.mark.parametrize("text", ["魏表示，談判沒有新進展。", "民眾信賴表示支持的候選人。"])
def test_a_family_character_with_no_full_name_or_inside_a_word_is_no_one(text: str) -> None:
    assert all(len(surface) > 1 for surface, _ in _links(text, "taiwan"))


def test_a_bracket_glossing_a_body_with_its_counterparts_word_names_that_body() -> None:
    text = (
        "海兵隊の元伍長に有罪判決　台湾・高雄\n\n【台北共同】台湾の高雄地方法院は２日、"
        "海軍陸戦隊（海兵隊）の元伍長に懲役５年を言い渡した。"
    )
    marines = {entity for surface, entity in _links(text, "japan") if surface == "海兵隊"}
    assert marines == {"roc-marine-corps"}


def test_the_corps_word_in_a_story_of_us_forces_alone_is_the_us_marines() -> None:
    text = "关岛基地本周迎来首批从冲绳移驻的海军陆战队，美国国防部表示移驻将分阶段完成。"
    assert ("海军陆战队", "usmc") in _links(text, "china")


def test_the_corps_word_in_a_story_of_taiwan_stays_taiwans() -> None:
    text = "國防部今天表示，海軍陸戰隊將在澎湖進行兩棲登陸操演，台灣各界關注。"
    assert ("海軍陸戰隊", "roc-marine-corps") in _links(text, "taiwan")
