"""Japanese citizens' movements and peace groups, and Chinese conscription, reserve and veterans
news (the blind35 passages' classes of miss): a place inside a group's name, a title that is a
rank of talks and a weapon's kind before its name or inside a longer kind name nothing of their
own; a bare 外交部 visited in a capital is that capital's, and a headline's bare body is the one
its story reads; in Chinese, a ministry glued to its agency is the agency's full name, a ship
named for a city is no mention of the city, and a capital that hopes is its government while
its think tanks are the city's."""

from datetime import UTC, date, datetime

import pytest

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan", day: date = date(2025, 6, 14)) -> set[str]:
    return {m.entity_id for m in cjk_mentions(text, default_kb(), day, home)}


def _mentions(text: str, home: str = "japan") -> set[tuple[str, str]]:
    return {
        (m.text, m.entity_id) for m in cjk_mentions(text, default_kb(), date(2025, 6, 14), home)
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "本会はこの欄で数字を記録していく。（八重山平和ネット会報「空と海の記録」欄）",
            "yaeyama-islands",
        ),
        ("沖縄県日中友好協会は２４日、コメントを出した。", "okinawa"),
        ("漁業者と連携する「八重山の海を守る会」は声明を出した。", "yaeyama-islands"),
        ("主催：石垣島の自然と平和を守る市民の会", "ishigaki"),
        ("沖縄・平和と共生の市民ネットは１１日、声明を発表した。", "okinawa"),
        ("（宮古島・平和のための学習会実行委員会）", "miyako-island"),
        ("【ピースウォッチ沖縄・デイリー】台湾国防部は発表した。", "okinawa"),
        ("呼びかけ：ノーモア沖縄戦・平和をつなぐ会", "okinawa"),
    ],
)
def test_a_place_inside_a_groups_name_is_no_mention(text: str, place: str) -> None:
    assert place not in _links(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("市民団体は沖縄で集会を開いた。", "okinawa"),
        ("沖縄県と国の協議会が開かれた。", "okinawa"),
        ("石垣市で総会が開かれた。", "ishigaki"),
        ("沖縄のネット上で話題になった。", "okinawa"),
        ("沖縄を訪れた日中友好協会の一行は交流会を開いた。", "okinawa"),
        ("台北市内の日本台湾交流協会台北事務所の前で抗議した。", "taipei"),
        ("日本を含むアジアの通信事業者のネットワークに侵入した。", "asia"),
        ("石垣から来た平和団体の連絡会が声明を出した。", "ishigaki"),
        ("八重山の漁業者は漁を見合わせた。", "yaeyama-islands"),
    ],
)
def test_a_place_before_a_meeting_or_joined_to_another_side_stays(text: str, place: str) -> None:
    assert place in _links(text)


@pytest.mark.parametrize(
    "text",
    [
        "外務省の担当者は「日中間では首脳・外相レベルで意思疎通を続けている」と述べた。",
        "日中両政府に対し、首脳・外相間の対話を重ねるよう求める。",
        "両国は外相級の協議を再開する。",
    ],
)
def test_a_title_that_is_a_rank_of_talks_names_no_one(text: str) -> None:
    assert "yoshimasa-hayashi" not in _links(text, day=date(2023, 5, 17))


def test_a_title_alone_still_names_its_holder() -> None:
    assert "yoshimasa-hayashi" in _links("外相は記者会見で懸念を表明した。", day=date(2023, 5, 17))


@pytest.mark.parametrize(
    ("text", "named", "kind"),
    [
        (
            "防衛省は巡航ミサイル「トマホーク」を購入する契約を結んだ。",
            "tomahawk",
            "cruise-missile",
        ),
        ("米国製の巡航ミサイル「トマホーク」の取得を進めている。", "tomahawk", "cruise-missile"),
        ("陸自の地対艦ミサイル部隊が配置された。", None, "anti-ship-missile"),
        ("米海兵隊は地対艦ミサイルシステムを展開した。", None, "anti-ship-missile"),
    ],
)
def test_a_weapons_kind_before_its_name_or_inside_a_longer_kind_is_no_term(
    text: str, named: str | None, kind: str
) -> None:
    links = _links(text)
    assert kind not in links
    assert named is None or named in links


@pytest.mark.parametrize(
    ("text", "home", "kind"),
    [
        ("北朝鮮が弾道ミサイルを発射した。", "japan", "ballistic-missile"),
        ("中国は対艦ミサイルを配備した。", "japan", "anti-ship-missile"),
        ("海軍岸置反艦飛彈部隊進行實彈射擊。", "taiwan", "anti-ship-missile"),
    ],
)
def test_a_weapons_kind_on_its_own_stays_a_term(text: str, home: str, kind: str) -> None:
    assert kind in _links(text, home)


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        ("訪中団は北京と西安を訪れた。北京では外交部を訪ね、担当者と意見交換した。", "china-mfa"),
        ("訪問団は台北では外交部を訪れ、意見交換した。", "taiwan-mofa"),
        ("訪問團在北京拜會外交部官員。", "china-mfa"),
        # A reading between the capital and its particle of place still makes it the place.
        ("議員団は北京（ペキン）で外交部の幹部と会談した。", "china-mfa"),
        ("学生たちは台北（タイペイ）では外交部を見学した。", "taiwan-mofa"),
    ],
)
def test_a_bare_ministry_visited_in_a_capital_is_that_capitals(text: str, ministry: str) -> None:
    links = _links(text, "japan" if "は" in text else "taiwan")
    other = "taiwan-mofa" if ministry == "china-mfa" else "china-mfa"
    assert ministry in links
    assert other not in links


def test_a_headlines_bare_body_is_the_one_its_story_reads() -> None:
    text = (
        "訪中団報告　外交部で意見交換\n\n訪中団は北京を訪れた。北京では外交部を訪ね、意見交換した。"
    )
    assert _links(text) >= {"china-mfa"}
    assert "taiwan-mofa" not in _links(text)


@pytest.mark.parametrize(
    ("text", "agency", "ministry"),
    [
        (
            "內政部役政署今日公告明年度研發替代役需用名額。",
            "national-conscription-agency",
            "taiwan-moi",
        ),
        ("同日，內政部役政署公布首梯入營日期。", "national-conscription-agency", "taiwan-moi"),
        ("国防部征兵办公室负责人介绍，网上报名已经开始。", None, "china-mnd"),
        ("財政部關務署查獲走私案。", None, "taiwan-mof"),
    ],
)
def test_a_ministry_glued_to_its_agency_is_the_agencys_name(
    text: str, agency: str | None, ministry: str
) -> None:
    links = _links(text, "china" if "负责人" in text else "taiwan")
    assert ministry not in links
    assert agency is None or agency in links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("內政部長劉世芳說，替代役將以民防為優先。", {"taiwan-moi"}),
        ("國防部簽署合作備忘錄。", {"taiwan-mnd"}),
        ("海洋委員會海巡署派遣巡防艇。", {"ocean-affairs-council", "taiwan-coast-guard"}),
    ],
)
def test_a_ministry_before_its_title_a_verb_or_a_known_agency_stays(
    text: str, expected: set[str]
) -> None:
    assert expected <= _links(text, "taiwan")


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("退輔會主委今天到岡山榮家探視住民。", "taiwan"),
        ("台湾国军退除役官兵辅导委员会（退辅会）统计，荣民约35万人。", "china"),
        ("行政院國軍退除役官兵輔導委員會表示，將擴大就業媒合。", "taiwan"),
    ],
)
def test_taiwans_veterans_council_is_one_body_and_holds_no_armed_forces(
    text: str, home: str
) -> None:
    links = _links(text, home)
    assert "veterans-affairs-council" in links
    assert "roc-armed-forces" not in links


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "全民防衛動員署說，新制教育召集今年將召訓約1.6萬名後備軍人。",
            "all-out-defense-mobilization-agency",
        ),
        ("後備指揮部也持續與美國國民兵交流動員經驗。", "roc-reserve-command"),
        ("中国大陆在2018年成立退役军人事务部。", "china-veterans-ministry"),
    ],
)
def test_reserve_and_veterans_bodies_are_linked(text: str, entity: str) -> None:
    assert entity in _links(text, "china" if "中国大陆" in text else "taiwan")


@pytest.mark.parametrize("ship", ["宜蘭艦", "嘉義艦", "新北艦"])
def test_a_ship_named_for_a_city_is_no_mention_of_the_city(ship: str) -> None:
    text = f"海巡署表示，已派遣{ship}在北方三角海域執行護漁。"
    assert not any(surface in ship for surface, _ in _mentions(text, "taiwan"))


def test_a_city_before_its_fleet_or_county_stays() -> None:
    assert ("宜蘭", "yilan") in _mentions("宜蘭縣政府與宜蘭漁民協商。", "taiwan")


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("分析人士表示，台北希望在兵源與戰力之間取得平衡。", "台北", "taiwan"),
        ("學者指出，這代表華府希望台灣建立後備動員體系。", "華府", "united-states"),
    ],
)
def test_a_capital_that_hopes_is_its_government(text: str, capital: str, country: str) -> None:
    assert (capital, country) in _mentions(text, "taiwan")


def test_a_capitals_think_tank_is_in_the_city_where_the_capital_acts_elsewhere() -> None:
    mentions = cjk_mentions(
        "華盛頓表示歡迎。華盛頓智庫學者指出，這代表政策轉向。",
        default_kb(),
        date(2025, 6, 14),
        "taiwan",
    )
    assert [(m.entity_id, m.kind) for m in mentions] == [
        ("united-states", "capital"),
        ("washington", "name"),
    ]


def test_an_associations_branch_of_a_prefecture_is_in_the_prefecture() -> None:
    assert "chiba" in _links("日中友好協会の千葉県支部は１１日、交流会を開いた。")


def test_an_overseas_papers_bare_service_after_a_mainland_body_is_the_plas() -> None:
    text = (
        "中国海警船在东海常态化巡航\n\n【联合早报讯】另据中国海警局官方微信公众号，海警面向退役士兵的"
        "定向招录工作本月启动，将从武警、陆军等部队退役士兵中招录船艇驾驶和通信等专业人员。"
    )
    published = datetime(2026, 4, 14, 7, 0, tzinfo=UTC)
    (analysis,) = analyse([TextToAnalyse("zaobao", text, "zh", published)])
    assert ("陆军", "pla-ground-force") in {(m.text, m.entity_id) for m in analysis.mentions}


@pytest.mark.parametrize(
    ("headline", "side"),
    [("陸氣球3顆越中線 國防部：共機6架次", "china"), ("美氣球飛越加拿大上空", "united-states")],
)
def test_a_sides_balloons_are_that_side(headline: str, side: str) -> None:
    assert (headline[:3], side) in _mentions(headline, "taiwan")
