"""Japanese medical and health copy and Chinese travel and tourism copy (the blind36 passages'
classes of miss): a hospital, clinic or medical body named after its seat or owner names neither;
"誰かが" holds no ship; a side's tourists (陸客) are that side. Counts: a tally of the report's 24
hours is the day's, a time more than a week ago is background, and ships a clause keeps out of a
zone take it from no clause before."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> set[str]:
    return {m.entity_id for m in cjk_mentions(text, default_kb(), date(2025, 6, 14), home)}


def _mentions(text: str, home: str) -> set[tuple[str, str, str]]:
    return {
        (m.text, m.entity_id, m.kind)
        for m in cjk_mentions(text, default_kb(), date(2025, 6, 14), home)
    }


@pytest.mark.parametrize(
    ("text", "home", "inside"),
    [
        ("男性は沖縄県立八重山病院で手当てを受け、命に別条はない。", "japan", {"okinawa", "yaeyama-islands"}),
        ("患者は県立宮古病院から本島へ運ばれる。", "japan", {"miyako-island"}),
        ("自衛隊那覇病院と自衛隊中央病院の医官らが参加した。", "japan", {"jsdf", "naha"}),
        ("日本医師会の会長は記者会見で述べた。", "japan", {"japan"}),
        ("沖縄県医師会は２日、声明を出した。", "japan", {"okinawa"}),
        ("患者は衛生福利部金門医院に運ばれた。", "japan", {"taiwan-ministry-of-health-and-welfare", "kinmen"}),
        ("在日米軍の米海軍病院も受け入れる。", "japan", {"us-navy"}),
        ("日本赤十字社と沖縄県赤十字血液センターが連携する。", "japan", {"japan", "okinawa"}),
        ("傷者送往澎湖醫院及臺北榮民總醫院救治。", "taiwan", {"penghu", "taipei"}),
    ],
)  # fmt: skip
def test_a_place_or_body_inside_a_hospitals_name_is_no_mention(
    text: str, home: str, inside: set[str]
) -> None:
    assert not inside & _links(text, home)


@pytest.mark.parametrize(
    ("text", "home", "place"),
    [
        ("沖縄の病院は満床が続く。", "japan", "okinawa"),
        ("那覇市にある病院に運ばれた。", "japan", "naha"),
        ("沖縄県内病院の医師が足りない。", "japan", "okinawa"),
        ("自衛隊病院船の導入を検討する。", "japan", "jsdf"),
        ("日本援助醫院呼吸器。", "taiwan", "japan"),
    ],
)  # fmt: skip
def test_a_place_before_a_hospital_in_a_clause_or_a_hospital_ship_stays(
    text: str, home: str, place: str
) -> None:
    assert place in _links(text, home)


@pytest.mark.parametrize("text", ["島に残る患者がいる限り、誰かが診療を続けなければならない。",
                                  "何かが起きれば離島の病院は孤立する。"])  # fmt: skip
def test_someone_and_something_hold_no_ship(text: str) -> None:
    assert "kaga" not in _links(text)


def test_the_ship_kaga_after_its_kind_stays() -> None:
    assert "kaga" in _links("護衛艦かがが那覇に入港した。")


def test_a_coast_guard_office_short_name_is_no_mention_of_its_seat() -> None:
    assert "ishigaki" not in _links("石垣海保と八重山病院が合同訓練")


@pytest.mark.parametrize(
    "text", ["業者再度呼籲政府檢討陸客團政策。", "开放陆客赴金门旅游后的首发团抵达。"]
)
def test_a_sides_tourists_are_that_side(text: str) -> None:
    assert any(e == "china" and k == "demonym" for _, e, k in _mentions(text, "taiwan"))


def test_a_mainland_airliner_or_coach_holds_no_tourists() -> None:
    assert ("陸客", "china", "demonym") not in _mentions("大陸客機降落桃園。", "taiwan")


PUBLISHED = datetime(2025, 3, 21, 5, 0, tzinfo=UTC)  # 21 March, afternoon in Taipei and Tokyo


def _facts(text: str) -> set[Fact]:
    return cjk_facts_at(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "国防部が２１日朝に発表した同日午前６時までの２４時間の集計では、中国軍機は６機、艦艇は５隻だった。",
        "国防部によると、２４時間の集計で中国軍機６機、艦艇５隻が台湾周辺で活動した。",
        "國防部今天公布過去24小時的統計，共機6架次、共艦5艘在台海周邊活動。",
    ],
)  # fmt: skip
def test_the_tally_of_the_reports_24_hours_is_the_days(text: str) -> None:
    assert _facts(text) == {
        (6, "aircraft", "around Taiwan", "Taiwan", "2025-03-21"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2025-03-21"),
    }


def test_a_tally_of_a_month_is_still_no_days_fact() -> None:
    assert _facts("國防部上月統計，共機300架次在台海周邊活動。") == set()


TODAY_JA = "台湾国防部によると、21日午前6時までの24時間に中国軍機9機が確認された。"
TODAY_ZH = "國防部今天表示，共機9架次在台海周邊活動。"


@pytest.mark.parametrize(
    "text",
    [
        TODAY_JA + "半月前の大規模演習では、1日で軍機153機と過去最多を記録している。",
        TODAY_JA + "10日前の演習では、軍機153機が確認された。",
        TODAY_JA + "3年前の演習では、軍機153機が確認された。",
        TODAY_ZH + "兩週前的演習中，共機153架次。",
        TODAY_ZH + "十天前的演習中，共機153架次在台海周邊活動。",
    ],
)
def test_a_figure_more_than_a_week_ago_is_background(text: str) -> None:
    assert {f[0] for f in _facts(text)} == {9}


def test_a_figure_a_few_days_ago_is_not_taken_for_background() -> None:
    assert 153 in {f[0] for f in _facts(TODAY_ZH + "3天前的演習中，共機153架次。")}


@pytest.mark.parametrize(
    "kept_out",
    ["東引外海另有1艘海警船在限制水域外徘徊，未進入。", "另有1艘海警船在限制水域附近徘徊。"],
)
def test_ships_a_clause_keeps_out_of_a_zone_take_it_from_no_clause_before(kept_out: str) -> None:
    text = "海巡署說，這是今年第2度有陸海警船進入馬祖限制水域；同一時段，" + kept_out
    assert _facts(text) == set()


def test_a_zone_named_before_a_count_whose_clause_names_another_zone_as_landmark_holds() -> None:
    text = "尖閣諸島周辺の接続水域で、中国海警局の船４隻が領海のすぐ外側を航行した。"
    assert _facts(text) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-21")
    }


@pytest.mark.parametrize("went_out", ["領海の外に出ました。", "領海を出た。", "領海から離れた。"])
def test_ships_that_go_out_of_a_zone_were_in_it(went_out: str) -> None:
    text = (
        "第十一管区海上保安本部によりますと、十七日に尖閣諸島周辺で領海に侵入した"
        "中国海警局の船二隻は、本日未明、" + went_out
    )
    assert _facts(text) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-03-17")
    }
