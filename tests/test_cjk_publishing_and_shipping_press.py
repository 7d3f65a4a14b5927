"""Japanese publishing-industry press and Chinese shipping and ports press (the forty-ninth CJK
set's classes of miss), and older leftovers of the same classes: capitals paired before their
publishers, or protested to through a channel; 米 before 社; a katakana misspelling no model
tags; a family name shown to be another bearer's; a transliteration one syllable off; 約 read
as "about" after a compass point; the strait's military news; 日本 before 海上 words; places
opening a paper's credit, a capital's port, a bay, a maritime safety administration, a
publisher's imprint or a listed firm's short name, and a term a group's name; a foreign house
before its committee;
nationals by one-character names; names the knowledge base lacked; and merchant ships counted
before a modifying clause, which give no navy fact."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import cjk_facts_at
from linking_helpers import assert_analysed_links


@pytest.mark.parametrize(
    ("text", "language", "meant", "not_meant"),
    [
        # two capitals paired before the firms in them are two cities, not two governments
        (
            "若手編集者が東京と台北の版元で半年ずつ研修する。",
            "ja",
            {("東京", "tokyo"), ("台北", "taipei")},
            {("東京", "japan"), ("台北", "taiwan")},
        ),
        # a capital protested to through a channel is its government; its publishers stay the city
        (
            "翻訳は東京の出版社が担う。北京は東京に外交ルートを通じて抗議した。",
            "ja",
            {("東京", "tokyo"), ("東京", "japan")},
            set(),
        ),
        # 米 before 社 is an American firm's country
        ("台湾の研究機関が米社と衛星部品を共同開発する。", "ja", {("米", "united-states")}, set()),
        # a katakana name one voicing mark off a linked person, untagged by the model
        (
            "ヘグセス米国防長官の回顧録が売れている。ヘグセズ長官は来月も来日する予定だ。",
            "ja",
            {("ヘグセズ", "pete-hegseth")},
            set(),
        ),
        # 約 after a compass point is "about": a bearing and a distance, no NATO
        ("１発は与那国島の北約６０キロの海域に落ちた。", "ja", set(), {("北約", "nato")}),
        ("飛彈落在彭佳嶼北約50公里處。", "zh", set(), {("北約", "nato")}),
        ("北約秘書長表示關切。", "zh", {("北約", "nato")}, set()),
        # a publisher's imprint named after its islands; a group's name a term opens
        ("写真集は八重山ブックスから出版された。", "ja", set(), {("八重山", "yaeyama-islands")}),
        ("台湾独立書店文化協会によると、加盟店は横ばいだ。", "ja", set(), {("台湾独立", "taiwan-independence")}),
        ("台湾独立を掲げる団体が集会を開いた。", "ja", {("台湾独立", "taiwan-independence")}, set()),
        # a family name written after another given name, or glossed by another Latin name, is
        # another bearer's, alone as well; the base's own person keeps it
        (
            "米国人作家のエミリー・カーター氏が来日した。カーター氏は東京で講演した。",
            "ja",
            set(),
            {("カーター", "jimmy-carter")},
        ),
        (
            "港務顧問公司負責人卡特（Michael Carter）指出風險升高。卡特說，保費將再漲。",
            "zh",
            set(),
            {("卡特", "jimmy-carter")},
        ),
        ("ジミー・カーター元大統領の回顧録が復刊された。", "ja", {("ジミー・カーター", "jimmy-carter")}, set()),
        ("前總統卡特（Jimmy Carter）曾訪問北京。", "zh", {("卡特", "jimmy-carter")}, set()),
        # a transliteration one character of the same syllable off a linked person
        (
            "美军印太司令帕帕罗上将周四作证。帕帕洛还说，解放军演习规模扩大。",
            "zh",
            {("帕帕洛", "samuel-paparo")},
            set(),
        ),
        # places and a bloc opening a paper's name in the story's credit
        (
            "【南海港航報訊】【東盟港航日報訊】【宜蘭漁業航運報】【臺灣航港快訊／高雄報導】",
            "zh",
            set(),
            {("南海", "south-china-sea"), ("東盟", "asean"), ("宜蘭", "yilan"), ("臺灣", "taiwan")},
        ),
        # a capital's port, a city's bay (not its waterfront), and maritime safety administrations
        ("颱風過後，貨櫃輪改靠臺北港。", "zh", set(), {("臺北", "taipei")}),
        ("在東京灣碼頭工作的工人說。", "zh", set(), {("東京", "tokyo")}),
        ("外資買家湧入東京灣岸大樓。", "zh", {("東京", "tokyo")}, set()),
        (
            "浙江海事局發布航行警告，中國海事局同時劃設禁航區。",
            "zh",
            set(),
            {("浙江", "zhejiang"), ("中國", "china")},
        ),
        ("中国の福建省海事局が射撃訓練を予告した。", "ja", {("中国", "china")}, {("福建省", "fujian")}),
        # and no coast guard (中国海警局) misspelt by one character
        ("中国海事局は射撃訓練の海域を公表した。", "ja", set(), {("中国海事局", "china-coast-guard")}),
        # the strait's short name before its military news; 日本 before what it keeps at sea
        ("本週台海軍情平穩，航商照常營運。", "zh", {("台海", "taiwan-strait")}, {("海軍", "roc-navy")}),
        (
            "麻六甲海峽是日本海上生命線。",
            "zh",
            {("日本", "japan")},
            {("日本海", "sea-of-japan")},
        ),
        ("俄軍機飛越日本海上空。", "zh", {("日本海", "sea-of-japan")}, set()),
        # nationals by one-character names, and Su'ao's registry
        (
            "一名英籍船長和兩名越籍船員獲救，一艘蘇澳籍漁船協助搜救。",
            "zh",
            {("英籍", "united-kingdom"), ("越籍", "vietnam")},
            {("澳籍", "australia")},
        ),
        # a listed firm's short name in market copy; Chinese ships charged a fee stay China's
        ("军工板块走强，中国船舶、中航沈飞等个股涨幅居前。", "zh", set(), {("中国", "china")}),
        ("美方对中国船舶收取港口费。", "zh", {("中国", "china")}, set()),
        # a foreign house before its committee in Chinese copy; Taiwan's own house keeps its name
        (
            "美国国会众议院外交委员会举行听证会。",
            "zh",
            {("美国国会", "us-congress")},
            {("众议院", "us-house")},
        ),
        ("立法院外交及國防委員會今天審查預算。", "zh", {("立法院", "legislative-yuan")}, set()),
        # names one script lacked
        ("補給船はプラタス島に向かった。", "ja", {("プラタス島", "pratas")}, set()),
        ("俄罗斯海军舰艇通过宫古海峡。", "zh", {("俄罗斯海军", "russian-navy")}, set()),
    ],
)  # fmt: skip
def test_names_in_publishing_and_shipping_copy(
    text: str,
    language: str,
    meant: set[tuple[str, str]],
    not_meant: set[tuple[str, str]],
) -> None:
    assert_analysed_links(text, language, meant, not_meant)


@pytest.mark.parametrize(
    "text",
    [
        "共軍火箭軍昨天向台灣周邊海域發射彈道飛彈。"
        "受禁航區影響，昨天至少5艘原定經台灣海峽前往香港、廈門的貨櫃輪改道。",
        "海巡署周二说，一艘悬挂巴拿马国旗、由中国籍船员驾驶的货轮当天在台湾北部外海拖断海缆。",
    ],
)
def test_merchant_ships_counted_before_a_modifying_clause_give_no_fact(text: str) -> None:
    assert cjk_facts_at(text, datetime(2026, 3, 3, 3, tzinfo=UTC)) == set()


def test_a_navy_count_beside_merchant_ships_stays() -> None:
    text = "國防部今天表示，偵獲共艦7艘在臺海周邊活動；另有3艘前往高雄、基隆的貨櫃輪延後進港。"
    facts = cjk_facts_at(text, datetime(2026, 3, 3, 3, tzinfo=UTC))
    assert (7, "navy vessels", "around Taiwan", "Taiwan", "2026-03-03") in facts
    assert not any(fact[0] == 3 for fact in facts)
