"""Japanese and Chinese names earlier rounds left, from the real matcher: 連江 is Matsu's county
or the mainland's by the words around it (a Taiwanese reporter's credit, the mainland's
province, city or shore before it) and nothing when they do not say; 對台軍演 are drills against
Taiwan, holding no 台軍; HK01 is an outlet, not Hong Kong; Taiwan's 財政部 is decided as the
other shared ministries are; the Legislative Yuan's defence committee as Japanese copy writes it.

Each case is written for these tests in the shapes the CJK sets showed monitor reading wrongly.
"""

import pytest

from tests.linking_helpers import cjk_links


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    [
        # a Taiwanese reporter's credit files from Matsu's county
        ("【記者劉玉秋／連江報導】福建連江地方法院今天就一起陸籍漁船越界案宣判。", "taiwan",
         ("連江", "matsu")),
        ("（中央社記者潘雲擎連江3日電）馬祖各村落這幾天熱鬧非凡。", "taiwan", ("連江", "matsu")),
        # the mainland's province, city or shore, or its town, before or after the name
        ("縣長王忠銘表示，馬祖與福建連江、黃岐僅一水之隔。", "taiwan",
         ("連江", "lianjiang-county")),
        ("同日傍晚另有大陸連江縣黃岐籍漁船10餘艘越界作業。", "taiwan",
         ("連江縣", "lianjiang-county")),
        ("从北竿远眺，福建省福州市连江县的黄岐半岛清晰可见。", "china",
         ("连江县", "lianjiang-county")),
        # Matsu's county as the sets write it
        ("連江縣長王忠銘表示，海巡署應增派艦艇。", "taiwan", ("連江縣", "matsu")),
        ("地元の連江県政府は住民に冷静な対応を呼びかけた。", "japan", ("連江県", "matsu")),
    ],
)  # fmt: skip
def test_lienchiang_by_its_shore(text: str, home: str, expected: tuple[str, str]) -> None:
    assert expected in cjk_links(text, home)


@pytest.mark.parametrize(
    "text",
    [
        "連江的漁民說，今年黃魚少了很多。",  # no shore said: unlinked
        "福建連江地方法院今天開庭審理。",  # Taiwan's court keeps the province's name
    ],
)
def test_lienchiang_undecided_or_inside_a_court(text: str) -> None:
    assert all(surface != "連江" for surface, _ in cjk_links(text, "taiwan"))


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("共軍對台軍演第二天 高檢署：嚴查散布不實訊息。", ("台軍", "roc-armed-forces"), None),
        ("中共对台军演结束后，国台办发表谈话。", ("台军", "roc-armed-forces"), None),
        # a side's forces before their exercise keep their name
        ("美軍演習持續三天。", None, ("美軍", "us-armed-forces")),
    ],
)
def test_drills_against_taiwan(
    text: str, absent: tuple[str, str] | None, present: tuple[str, str] | None
) -> None:
    found = cjk_links(text, "taiwan")
    assert absent not in found
    assert present is None or present in found


@pytest.mark.parametrize(
    ("text", "home", "expected", "absent"),
    [
        ("【香港01】台灣國防部週一表示，共機22架次進入空域。", "taiwan", ("香港01", "hk01"),
         ("香港", "hong-kong")),
        ("財政部表示，法案若完成立法，台商赴美投資的稅負可望降低。", "taiwan",
         ("財政部", "taiwan-mof"), None),
        ("台湾の財政部が発表した11月の輸出額は過去最高を更新した。", "japan",
         ("財政部", "taiwan-mof"), None),
        ("国防部長は立法院の外交・国防委員会で説明した。", "japan",
         ("外交・国防委員会", "ly-foreign-affairs-defense-committee"), None),
        # the country before its secretary's title is the country, as the sets label it
        # (zh-blind7-048, zh-blind8-043, zh-dev-063), and no Taiwanese ministry; the mainland's
        # 财政部 is none either
        ("美國財政部長貝森特說，協議有助穩定兩國經貿關係。", "taiwan",
         ("美國", "united-states"), ("財政部", "taiwan-mof")),
        ("国家统计局10日发布数据。财政部也表示，今年将加大对消费的支持力度。", "china",
         None, ("财政部", "taiwan-mof")),
        # a body under the ministry named with it is that body, not the ministry
        ("財政部關務署查獲走私香菸，關務署表示將加強查緝。", "taiwan",
         ("財政部關務署", "taiwan-customs"), ("財政部", "taiwan-mof")),
    ],
)  # fmt: skip
def test_outlets_ministries_and_committees(
    text: str, home: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    found = cjk_links(text, home)
    assert expected is None or expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "home", "place"),
    [
        ("東京海上日動は戦争保険の料率を引き上げた。", "japan", "東京"),
        ("東京エレクトロンの株価が下落した。", "japan", "東京"),
        ("日本郵船は台湾海峡を避ける航路に変更した。", "japan", "日本"),
        ("沖縄電力と沖縄セルラーは停電に備える。", "japan", "沖縄"),
        ("三菱重工業長崎造船所で護衛艦の進水式があった。", "japan", "長崎"),
        ("厦门航空、台灣虎航等航班受影響。", "taiwan", "厦门"),
        ("厦门航空、台灣虎航等航班受影響。", "taiwan", "台灣"),
    ],
)
def test_a_place_fused_to_a_firms_trade_word_is_the_firm(text: str, home: str, place: str) -> None:
    assert all(surface != place for surface, _ in cjk_links(text, home))


@pytest.mark.parametrize(
    ("text", "home", "place"),
    [
        ("台湾旅行を楽しむ人が増えた。", "japan", ("台湾", "taiwan")),  # a trip, not a firm
        ("日本航空業界は燃料費の高騰に苦しむ。", "japan", ("日本", "japan")),
    ],
)
def test_a_place_before_other_words_stays(text: str, home: str, place: tuple[str, str]) -> None:
    assert place in cjk_links(text, home)


def test_the_mainland_countys_own_body_is_named_whole() -> None:
    found = cjk_links("福建省连江县融媒体中心消息，沿海乡镇渔业生产秩序正常。", "china")
    assert all(entity != "lianjiang-county" for _, entity in found)
