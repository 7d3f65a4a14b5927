"""Chinese transport and aviation copy and Japanese disaster-preparedness copy (the blind45
passages' classes of miss): airports by their Chinese names and short names in lists, the firms
that run airports and Japan's aviation bureau as bodies of their own, a Taiwanese ministry glued
to its agency in Japanese copy, a place inside a paper's, an airline's or a seabed trough's
name; and a count of an American patrol plane, which is no PLA fact."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb
from monitor.nlp.names import fold


def _links(text: str, home: str) -> set[str]:
    return {m.entity_id for m in cjk_mentions(text, default_kb(), date(2025, 11, 3), home)}


@pytest.mark.parametrize(
    ("text", "home", "meant", "not_meant"),
    [
        # a list of airports closed by a route: each short name is its airport
        ("華航本月加開成田、羽田、關西飛往高雄的航班。", "taiwan", {"narita-airport", "haneda-airport", "kansai-airport"}, set()),
        # a list whose last item carries the airport's word: Kaohsiung's airport, not the city
        ("旅客改由松山、高雄機場出境。", "taiwan", {"songshan-airport", "kaohsiung-airport"}, {"kaohsiung"}),
        ("国泰航空与成田机场签署合作备忘录。", "china", {"narita-airport"}, set()),
        ("桃機明年將啟用新航廈。", "taiwan", {"taoyuan-airport"}, set()),
        # the company that runs an airport is its own body, not the airport
        ("桃園機場公司表示，春節期間將加派人力。", "taiwan", {"taoyuan-airport-corporation"}, {"taoyuan-airport"}),
        ("成田国际机场公司社长访问香港。", "china", {"narita-airport-corporation"}, {"narita-airport"}),
        ("航班由台北松山機場起飛。", "taiwan", {"songshan-airport"}, {"taipei"}),
        # Japan's aviation bureau, named with its ministry glued before it
        ("日本國土交通省航空局發布新的無人機規範。", "taiwan", {"japan-civil-aviation-bureau"}, {"mlit"}),
        ("國防部動員署今天說明將增設物資據點。", "taiwan", {"all-out-defense-mobilization-agency"}, set()),
    ],
)  # fmt: skip
def test_airports_and_aviation_bodies_in_chinese_copy(
    text: str, home: str, meant: set[str], not_meant: set[str]
) -> None:
    links = _links(text, home)
    assert meant <= links
    assert not not_meant & links


@pytest.mark.parametrize(
    ("text", "home", "inside"),
    [
        # a Taiwanese ministry glued to an agency the knowledge base lacks names the agency
        ("台湾の内政部消防署の救助隊が来日した。", "japan", "taiwan-moi"),
        ("台湾の経済部水利署が洪水の警報を出した。", "japan", "taiwan-moea"),
        # a city's paper, named with its field
        ("据香港经济日报报道，航空公司将加开班次。", "china", "hong-kong"),
        # an airline named for a quarter of its country
        ("中国南方航空宣布恢复航线。", "china", "china"),
        # a navy glued to its numbered fleet names the fleet
        ("美國海軍第七艦隊的驅逐艦今天通過海峽。", "taiwan", "us-navy"),
        # a service's bare name inside a base's name
        ("學員將赴亞利桑那州路克空軍基地受訓。", "taiwan", "roc-air-force"),
        # a paper cited before its report, its name opened by its country's
        ("据中国环境报报道，福建沿海将加强监测。", "china", "china"),
        # the Nankai Trough, not the South China Sea
        ("南海トラフ地震に備えて非常食を買う人が増えた。", "japan", "south-china-sea"),
    ],
)  # fmt: skip
def test_a_ministry_place_or_sea_inside_a_longer_name_is_no_mention(
    text: str, home: str, inside: str
) -> None:
    assert inside not in _links(text, home)


@pytest.mark.parametrize(
    ("text", "home", "kept"),
    [
        ("台湾の内政部が避難所の指針を改めた。", "japan", "taiwan-moi"),
        # a particle ends an agency's name: "国防部が…当局" is the ministry and another body
        ("国防部が中国当局の動きを監視している。", "japan", "taiwan-mnd"),
        ("中国海军在南海举行演习。", "china", "south-china-sea"),
        ("美國海軍今天表示將持續巡航。", "taiwan", "us-navy"),
        ("空軍今天表示將加強戰備。", "taiwan", "roc-air-force"),
        ("据中国官方媒体报道，演习已结束。", "china", "china"),
    ],
)  # fmt: skip
def test_a_ministry_or_sea_standing_alone_stays(text: str, home: str, kept: str) -> None:
    assert kept in _links(text, home)


@pytest.mark.parametrize(
    ("text", "home", "academy"),
    [
        ("國防大學今天舉行招生說明會。", "taiwan", "roc-national-defense-university"),
        ("中方派出国防大学代表团与会。", "china", "pla-national-defence-university"),
    ],
)
def test_the_bare_national_defense_university_is_the_articles_sides(
    text: str, home: str, academy: str
) -> None:
    assert academy in _links(text, home)


def test_ishigaki_airport_is_the_new_airports_english_name() -> None:
    assert default_kb().index[fold("Ishigaki Airport")] == "new-ishigaki-airport"


def test_an_airport_companys_english_short_name_is_the_company() -> None:
    index = default_kb().index
    assert index[fold("Taoyuan International Airport Corp.")] == "taoyuan-airport-corporation"


PUBLISHED = datetime(2026, 3, 17, 6, 30, tzinfo=UTC)


def test_an_american_patrol_plane_over_the_strait_is_no_pla_fact() -> None:
    text = (
        "台湾防务部门周二称，截至当天早上6时的24小时内，侦测到解放军军机11架次在台湾周边活动。"
        "美国海军则称，一架P-8A巡逻机当天飞越台湾海峡。"
    )
    assert cjk_facts_at(text, PUBLISHED) == {
        (11, "aircraft", "around Taiwan", "Taiwan", "2026-03-17")
    }


def test_a_pla_type_with_its_latin_designation_still_counts() -> None:
    text = "台湾防务部门周二称，截至当天早上6时的24小时内，侦测到J-16战机4架次在台湾周边活动。"
    assert (4, "aircraft", "around Taiwan", "Taiwan", "2026-03-17") in cjk_facts_at(text, PUBLISHED)
