"""Taiwan's bodies and people as the mainland's local press names them (the zh-blind24 classes
of miss): 台湾海巡部门, 台湾气象部门 and 台湾地区领导人办公室 are the coast guard, the weather
administration and the presidential office; the short 台防务部门 after a time word ("6月以来",
"本周") is the ministry as after punctuation; 台胞 and 台青 are Taiwan's people."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def links(text: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "china")
    return [(m.text, m.entity_id) for m in mentions]


def test_the_mainlands_names_for_taiwans_coast_guard_weather_and_presidential_office() -> None:
    # 台湾 names Taiwan and the field with its 部门 the ministry, as after 台湾地区
    assert links("台湾防务部门8日称侦获军机。")[:2] == [
        ("台湾", "taiwan"),
        ("防务部门", "taiwan-mnd"),
    ]
    coast_guard = links("台湾海巡部门当天称派船伴航。")
    assert coast_guard[:2] == [("台湾", "taiwan"), ("海巡部门", "taiwan-coast-guard")]
    weather = links("据台湾气象部门消息，台风外围环流给台湾南部带来强降雨。")
    assert ("气象部门", "central-weather-administration") in weather
    office = links("台湾地区领导人办公室发言人对华盛顿的决定表示感谢。")
    assert ("领导人办公室", "taiwan-presidential-office") in office


@settings(max_examples=25, deadline=None)
@given(before=st.sampled_from(["6月以来", "本周", "今年", "18日", "同日", "，", "据"]))
def test_the_short_form_after_a_time_word_is_the_ministry_named_in_full_before(
    before: str,
) -> None:
    text = f"台湾地区防务部门18日宣称侦获军机19架次。{before}台防务部门累计宣称侦获军机逾150架次。"
    assert ("台防务部门", "taiwan-mnd") in links(text)


def test_a_word_ending_in_tai_before_the_field_is_no_region() -> None:
    text = "台湾地区防务部门18日宣称侦获军机。该电台防务部门节目停播，舞台海巡部门布景撤下。"
    assert [link for link in links(text) if link[0].startswith(("台防务", "台海巡"))] == []


def test_compatriots_and_young_people_from_taiwan_are_taiwans() -> None:
    found = links("300余名台青齐聚平潭，福建省还发布多项便利台胞在福建生活的措施。")
    assert ("台青", "taiwan") in found
    assert ("台胞", "taiwan") in found


def test_a_capitals_moves_and_claims_are_its_governments() -> None:
    found = links(
        "至于釣魚台海域，因涉及主權及北京的主張，須審慎處理。對於北京的動作，台北方面態度審慎。"
    )
    assert [link for link in found if link[0] == "北京"] == [("北京", "china")] * 2


def test_a_places_paper_university_and_customs_are_no_mention_of_the_place() -> None:
    text = "【金門日報／綜合報導】厦门大学一位学者表示，福州海关将做好衔接。蘇澳區漁會總幹事率漁民陳情。"
    assert {entity for _, entity in links(text)}.isdisjoint({"kinmen", "xiamen", "fuzhou", "suao"})
    assert ("金門", "kinmen") in links("金門縣長陳福海表示歡迎。")


def test_matsu_after_the_preposition_dui_is_matsu() -> None:
    assert ("馬祖", "matsu") in links("中共灰色地帶侵擾對馬祖的衝擊。")


def test_a_countrys_customs_keeps_the_country_a_citys_does_not() -> None:
    # "大陸海關總署" is the mainland's customs, whose 大陸 names China; "福州海关" is a city's
    # customs house, which the sets label as the body alone
    assert ("大陸", "china") in links("大陸海關總署表示，暫停措施是依法依規。")
    assert "fuzhou" not in {entity for _, entity in links("福州海关发布通告。")}
