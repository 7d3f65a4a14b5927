"""Names as Chinese court, prosecutors' and police copy and Japanese IT, cybersecurity and telecom
copy write them (the blind33 passages' classes of miss): a side's one character fused to a noun
(共諜, 陸漁船, 陸媒, 台检方), a foreign firm's Latin name after a one-character country (米SpaceX),
a suspect's family name before 姓, words that only open a longer one (統戰部門, 軍公教, 自衛隊法),
a city's own bureaus, the IT press's outlets (日経クロステック), and the short names
prosecutors, ministries and drones go by (高檢署, 数発部, 国家安全省, シーガーディアン)."""

import pytest
from linking_helpers import cjk_links as _links


def _ids(text: str, home: str) -> set[str]:
    return {entity_id for _, entity_id in _links(text, home)}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("國安局：去年共諜起訴71人 軍人占六成", "共諜", "china"),
        ("退役少將涉發展共諜組織 士林地檢起訴求重刑", "共諜", "china"),
        ("陸漁船闖金門禁止水域拒檢 海巡查扣", "陸漁船", "china"),
        ("陸媒報導，福建海警去年在金門周邊海域組織執法巡查。", "陸媒", "china"),
        ("台检方依《反渗透法》起诉两名村长", "台检方", "taiwan"),
        ("日警方以涉嫌違反自衛隊法逮捕一名前自衛官。", "日警方", "japan"),
    ],
)
def test_a_sides_one_character_fused_to_a_noun_is_its_demonym(
    text: str, surface: str, country: str
) -> None:
    assert (surface, country) in _links(text, "taiwan")


@pytest.mark.parametrize(
    "text",
    [
        "（記者王小明台北5日電）5日警方表示，已拘留兩人。",
        "今日漁船陸續返港。",
        "中方愿同日方一道推进合作。",
    ],
)
def test_a_days_ri_before_a_fused_noun_names_no_japan(text: str) -> None:
    assert ("日警方", "japan") not in _links(text, "taiwan")
    assert ("日漁船", "japan") not in _links(text, "taiwan")


def test_the_mainland_named_in_full_before_the_noun_stays_the_mainland() -> None:
    links = _links("海巡署昨天扣押大陸漁船3艘，大陸警方則未回應。", "taiwan")
    assert ("大陸", "china") in links
    assert not any(surface.startswith("陸") for surface, _ in links)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("KDDIは米SpaceXの衛星通信サービスを使う。", {("米", "united-states")}),
        ("中華電信は英Eutelsat OneWebの回線を導入する。", {("英", "united-kingdom")}),
        ("米Microsoftと韓Samsungが提携した。", {("米", "united-states"), ("韓", "south-korea")}),
    ],
)
def test_a_one_character_country_before_a_firms_latin_name_is_its_demonym(
    text: str, surfaces: set[tuple[str, str]]
) -> None:
    assert surfaces <= set(_links(text, "japan"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("陸軍某部上士林姓男子涉嫌拍攝營區部署。", "shilin"),
        ("一名陸軍中士林姓男子遭起訴。", "shilin"),
    ],
)
def test_a_family_name_before_xing_closes_no_place(text: str, place: str) -> None:
    assert place not in _ids(text, "taiwan")


def test_a_place_still_ends_before_other_words() -> None:
    assert "shilin" in _ids("士林夜市今晚湧入大批遊客。", "taiwan")


@pytest.mark.parametrize(
    ("text", "home", "body"),
    [
        ("一名在台陸配涉嫌受中共統戰部門指示散布不實訊息。", "taiwan", "ufwd"),
        ("中共近年利用兩岸交流吸收台灣軍公教人員。", "taiwan", "roc-armed-forces"),
        ("警視廳公安部今天以涉嫌違反自衛隊法逮捕一名前自衛官。", "taiwan", "jsdf"),
        ("元自衛官を自衛隊法違反の疑いで逮捕した。", "japan", "jsdf"),
    ],
)
def test_a_name_opening_a_longer_word_is_no_mention_of_it(text: str, home: str, body: str) -> None:
    assert body not in _ids(text, home)


@pytest.mark.parametrize(
    ("text", "home", "body"),
    [
        ("統戰部長今天表示。", "taiwan", "ufwd"),
        ("日経新聞によると、政府は検討を始めた。", "japan", "nikkei"),
        ("台灣軍方今天表示。", "taiwan", "taiwan"),
        ("海警依據《海警法》在金門附近海域執法。", "taiwan", "coast-guard-law-of-china"),
        ("自衛隊の部隊が派遣された。", "japan", "jsdf"),
    ],
)
def test_the_name_alone_keeps_its_link(text: str, home: str, body: str) -> None:
    assert body in _ids(text, home)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("一名在上海工作的日籍男子被上海市国家安全局带走。", "taiwan"),
        ("另据厦门市国家安全局消息，该局侦破一起案件。", "taiwan"),
    ],
)
def test_a_citys_state_security_bureau_is_not_taiwans_nsb(text: str, home: str) -> None:
    assert "taiwan-nsb" not in _ids(text, home)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("データを日経クロステックが集計した。", "nikkei-xtech"),
        ("延べ3000機を超えた。（日経クロステック）", "nikkei-xtech"),
        ("日経新聞によると、政府は検討を始めた。", "nikkei"),
        ("ソース：中央社フォーカス台湾（日本語版）", "cna"),
    ],
)
def test_the_it_press_credits_nikkeis_technology_site_apart_from_the_daily(
    text: str, outlet: str
) -> None:
    ids = _ids(text, "japan")
    assert outlet in ids
    assert not ids & ({"nikkei", "nikkei-xtech"} - {outlet})


def test_a_mainland_citys_police_in_japanese_copy_names_no_city() -> None:
    assert "xiamen" not in _ids("中国福建省の厦門市公安局は2月4日、20人の氏名を公開した。", "japan")
    assert "xiamen" in _ids("厦門市内で会議が開かれた。", "japan")


@pytest.mark.parametrize(
    ("text", "home", "surface", "entity"),
    [
        (
            "高檢署統計，至今已受理相關案件逾百件。",
            "taiwan",
            "高檢署",
            "taiwan-high-prosecutors-office",
        ),
        ("台湾の数位発展部（数発部）は訓練を行った。", "japan", "数発部", "moda"),
        ("中国の国家安全省が関与するハッカー集団", "japan", "国家安全省", "china-mss"),
        ("無人航空機「シーガーディアン」を追加配備する。", "japan", "シーガーディアン", "mq-9b"),
    ],
)
def test_short_and_japanese_names_of_known_bodies_link(
    text: str, home: str, surface: str, entity: str
) -> None:
    assert (surface, entity) in _links(text, home)
