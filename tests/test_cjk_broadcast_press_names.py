"""Japanese broadcasting-industry press and Chinese labour press (ja-blind46, zh-blind46): the
CJK names of foreign outlets, officials, capitals and de facto embassies the knowledge base
lacked, Japan's word for a ministry before another government's spokesperson, a kana name with
its glide left out, broadcasters and unions named for their place, 公共機関, the mainland's name
for Taiwan's economy ministry, an exercise's "N日でM日目", and a coast guard's as-of clause
after a semicolon."""

from datetime import UTC, date, datetime

import pytest
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 10), home)
    return {(m.text, m.entity_id) for m in mentions if m.in_kb}


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        (
            "米政府系のラジオ・フリー・アジアは放送を縮小した。",
            "ラジオ・フリー・アジア",
            "radio-free-asia",
        ),
        (
            "ボイス・オブ・アメリカでは職員の多くが休職した。",
            "ボイス・オブ・アメリカ",
            "voice-of-america",
        ),
        ("中国の国営テレビ、中国国際テレビは支局網を広げている。", "中国国際テレビ", "cgtn"),
        (
            "ＡＩＴのサンドラ・オウドカーク台北事務所長が述べた。",
            "サンドラ・オウドカーク",
            "sandra-oudkirk",
        ),
        ("両国の協定はキャンベラで署名された。", "キャンベラ", "canberra"),
    ],
)
def test_the_japanese_names_of_foreign_outlets_people_and_capitals_are_linked(
    text: str, name: str, entity: str
) -> None:
    assert (name, entity) in _links(text)


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        ("据英国广播公司报道，三国签署了合同。", "英国广播公司", "bbc"),
        ("印尼駐台北經濟貿易代表處官員在會中說。", "印尼駐台北經濟貿易代表處", "kdei"),
        ("越南駐台北經濟文化辦事處已派員聯繫家屬。", "越南駐台北經濟文化辦事處", "veco"),
        ("菲律賓移工部宣布暫停仲介申請。", "菲律賓移工部", "philippines-dmw"),
        ("中国船舶集团有关负责人表示。", "中国船舶集团", "cssc"),
        ("日本外相与菲律宾外长拉扎罗15日签署协定。", "拉扎罗", "theresa-lazaro"),
    ],
)
def test_the_chinese_names_of_foreign_bodies_and_people_are_linked(
    text: str, name: str, entity: str
) -> None:
    assert (name, entity) in _links(text, "taiwan")


def test_japans_word_for_a_ministry_before_a_chinese_spokesperson_is_beijings() -> None:
    links = _links(
        "【北京共同】国防省の蒋斌報道官は２５日の会見で批判した。外務省の林剣報道官も同日、"
        "日本側に自制を求めた。"
    )
    assert ("外務省", "china-mfa") in links
    assert ("国防省", "china-mnd") in links


def test_japans_ministry_stays_japans_beside_a_visitor_or_alone() -> None:
    assert ("外務省", "japan-mofa") in _links("林剣報道官は会見で批判した。外務省は反論した。")
    visited = _links("ヘグセス長官は来日した。防衛省でヘグセス長官と会談した。")
    assert ("防衛省", "japan-mod") in visited


def test_a_kana_name_in_brackets_with_its_glide_left_out_is_the_person() -> None:
    links = _links(
        "ラーム・エマニュエル駐日米大使は１５日、石垣島を訪れた。番組のウェブサイトでは、"
        "大使の名前が「エマニエル」と表記されていた。"
    )
    assert ("エマニエル", "rahm-emanuel") in links


def test_a_kana_name_in_brackets_sounding_like_no_one_linked_stays_unlinked() -> None:
    links = _links("ラーム・エマニュエル大使が訪れた。番組名は「ニュースエイト」だった。")
    assert not any(name == "ニュースエイト" for name, _ in links)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("沖縄テレビ放送は８日夕方のニュースで伝えた。", "沖縄"),
        ("日本テレビとＴＢＳテレビは中継車を運び入れた。", "日本"),
        ("▽日本民間放送連盟は選考基準を見直すと発表した。", "日本"),
    ],
)
def test_a_place_opening_a_broadcasters_name_is_no_mention(text: str, place: str) -> None:
    assert not any(name == place for name, _ in _links(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("浙江省总工会为参与保障的职工集体颁发奖状。", "浙江"),
        ("屏東縣產業總工會則提醒外包人員的權益。", "屏東"),
        ("宜蘭縣漁工職業工會感謝日方協助。", "宜蘭"),
        ("福建省人社厅表示，今年将举办招聘会。", "福建"),
    ],
)
def test_a_place_opening_a_unions_or_a_departments_name_is_no_mention(
    text: str, place: str
) -> None:
    assert not any(name.startswith(place) for name, _ in _links(text, "taiwan"))


def test_a_place_before_its_unions_as_a_place_stays() -> None:
    assert ("浙江", "zhejiang") in _links("浙江的工会为职工颁奖。", "china")


def test_a_public_institution_holds_no_pla_aircraft() -> None:
    assert not _links("国民保護法は放送局を「指定公共機関」に定めている。")
    assert ("共機", "china") in _links("國防部偵獲共機２０架次。", "taiwan")


def test_the_mainlands_name_for_taiwans_economy_ministry_is_that_ministry() -> None:
    links = _links("台湾地区经济主管部门日前与日本官员宣布扩大交流。", "china")
    assert ("经济主管部门", "taiwan-moea") in links


def test_the_day_an_exercise_reaches_its_nth_day_is_that_days_report() -> None:
    text = (
        "中国軍の東部戦区が２１日に始めた台湾周辺での大規模演習は、２３日で３日目に入った。"
        "台湾国防部によると、同日午前６時までの２４時間に中国軍機５８機と艦艇１６隻が台湾周辺で"
        "確認された。"
    )
    facts = cjk_facts_at(text, datetime(2026, 5, 23, 9, tzinfo=UTC))
    assert (58, "aircraft", "around Taiwan", "Taiwan", "2026-05-23") in facts
    assert (16, "navy vessels", "around Taiwan", "Taiwan", "2026-05-23") in facts


def test_a_count_of_ships_in_one_day_keeps_its_own_day() -> None:
    text = "中国海警局の船２隻が１日で領海に侵入した。"
    facts = cjk_facts_at(text, datetime(2026, 5, 23, 9, tzinfo=UTC))
    assert {day for *_, day in facts} <= {"2026-05-23"}


def test_an_as_of_clause_after_a_semicolon_is_that_days_fact() -> None:
    text = (
        "日本第11管區海上保安本部今天表示，本週三（16日）上午侵入釣魚台列嶼周邊日方所稱領海的"
        "中國海警船2艘，直到今天清晨才駛出領海，滯留時間超過60小時；另截至今天中午，仍有中國"
        "海警船4艘在鄰接區航行。"
    )
    facts = cjk_facts_at(text, datetime(2025, 7, 19, 5, tzinfo=UTC))
    assert facts == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-07-16"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-19"),
    }


def test_a_combat_readiness_patrol_written_without_its_alert_word_is_the_patrol() -> None:
    links = _links("中国軍は台湾周辺で合同戦備パトロールを実施した。")
    assert ("合同戦備パトロール", "joint-combat-readiness-patrol") in links


@pytest.mark.parametrize("name", ["防卫装备转移三原则", "防衛裝備移轉三原則"])
def test_the_chinese_names_of_japans_arms_export_principles_are_linked(name: str) -> None:
    links = _links(f"日方以所谓“{name}”为名放宽武器出口限制。", "china")
    assert (name, "three-principles-defense-equipment") in links
