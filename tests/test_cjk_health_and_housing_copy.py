"""Chinese medical and health copy and Japanese real-estate, construction and housing copy (the
blind38 passages' classes of miss): a place inside a medical society's, a hospital network's or
a fire department's name names no place; a prefecture or base listed without its 県 or 基地 is
that place; a capital listed with a city is the city; 先島 alone is the Sakishima Islands; a
barge (台船) in Japanese is no shipbuilder; bodies named after a place or force are those bodies."""

from datetime import date

import pytest

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "taiwan") -> set[str]:
    return {m.entity_id for m in cjk_mentions(text, default_kb(), date(2025, 9, 3), home)}


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("台灣兒科醫學會呼籲家長留意腸病毒。", "taiwan"),
        ("台灣胸腔暨重症加護醫學會昨天發表聲明。", "taiwan"),
        ("病人轉送林口長庚醫院及花蓮慈濟醫院。", "hualien"),
        ("傷者由中國醫藥大學附設醫院收治。", "china"),
        ("台中榮總今天啟動大量傷患應變。", "taichung"),
        ("台灣血液基金會說，庫存偏低。", "taiwan"),
        ("花蓮縣消防局派出兩輛救護車。", "hualien"),
    ],
)  # fmt: skip
def test_a_place_inside_a_medical_society_hospital_or_fire_department_is_no_mention(
    text: str, inside: str
) -> None:
    assert inside not in _links(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("花蓮一家醫院的院長說，床位已滿。", "hualien"),
        ("日本與台灣醫學會簽署合作備忘錄。", "japan"),
        ("台灣醫學會議今天在台北登場。", "taiwan"),
        ("金門縣衛生局今天公布疫苗接種率。", "kinmen"),
    ],
)  # fmt: skip
def test_a_place_before_a_generic_hospital_a_conference_or_a_health_bureau_stays(
    text: str, place: str
) -> None:
    assert place in _links(text)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("住民は広島・山口の両県に避難する。", "yamaguchi-prefecture"),
        ("普天間や嘉手納の周辺で土地の取得が続く。", "kadena-air-base"),
        ("福岡・石川の企業を視察した。", "ishikawa-prefecture"),
    ],
)  # fmt: skip
def test_a_prefecture_or_base_listed_without_its_kind_word_is_that_place(
    text: str, listed: str
) -> None:
    assert listed in _links(text, "japan")


@pytest.mark.parametrize(
    "text",
    [
        "山口さんと嘉手納さんが出席した。",
        "山口氏は九州の企業を回った。",
        "九州の石川社長が語った。",
    ],
)
def test_a_surname_outside_a_list_of_places_names_no_prefecture(text: str) -> None:
    assert not {"yamaguchi-prefecture", "kadena-air-base", "ishikawa-prefecture"} & _links(
        text, "japan"
    )


@pytest.mark.parametrize(
    ("text", "home", "body", "inside"),
    [
        ("沖縄総合事務局は港の改修を急ぐ。", "japan", "okinawa-general-bureau", "okinawa"),
        ("九州経済産業局が企業誘致を進める。", "japan", "kyushu-bureau-of-economy-trade-and-industry", "kyushu"),
        ("米海軍施設技術コマンドが工事を発注した。", "japan", "navfac", "us-navy"),
        ("花蓮空軍基地の格納庫を拡張する。", "japan", "hualien-air-base", "hualien"),
        ("戰機降落花蓮基地後隨即進入山洞。", "taiwan", "hualien-air-base", "hualien"),
    ],
)  # fmt: skip
def test_a_body_or_base_named_after_a_place_or_force_is_that_body(
    text: str, home: str, body: str, inside: str
) -> None:
    links = _links(text, home)
    assert body in links
    assert inside not in links


@pytest.mark.parametrize(
    ("text", "home", "entity"),
    [
        ("バタン諸島に監視レーダーを建てる。", "japan", "batanes"),
        ("美國智庫蘭德公司發表報告。", "taiwan", "rand"),
    ],
)
def test_the_japanese_and_chinese_names_of_known_places_and_think_tanks_link(
    text: str, home: str, entity: str
) -> None:
    assert entity in _links(text, home)


def _analysed(text: str, language: str = "ja") -> list[tuple[str, str]]:
    analysis = analyse([TextToAnalyse("t", text, language, None)])[0]
    return [(m.text, m.entity_id) for m in analysis.mentions]


def test_a_capital_listed_with_a_city_is_the_city_where_it_acts_elsewhere() -> None:
    text = "北京は２日、不動産規制の緩和を決めた。ただ、北京や上海の地価は下落が続く。"
    assert _analysed(text) == [("北京", "china"), ("北京", "beijing"), ("上海", "shanghai")]


def test_a_capital_listed_with_another_capital_stays_the_government() -> None:
    text = "北京は２日、対話を呼びかけた。北京と東京の協議は来月に開かれる。"
    assert ("北京", "beijing") not in _analysed(text)


@pytest.mark.parametrize(
    ("text", "home"),
    [("防衛省は先島の隊舎整備を急ぐ。", "japan"), ("日本計畫把先島居民撤往九州。", "taiwan")],
)
def test_the_sakishima_islands_short_name_alone_is_the_islands(text: str, home: str) -> None:
    assert "sakishima-islands" in _links(text, home)


@pytest.mark.parametrize("text", ["首先島內的醫院要備妥血品。", "院方事先島上演練兩次。"])
def test_first_or_beforehand_before_an_island_word_is_no_sakishima(text: str) -> None:
    assert "sakishima-islands" not in _links(text)


def test_a_barge_in_japanese_copy_is_no_shipbuilder() -> None:
    assert "csbc" not in _links("資材を積んだ台船が港に入れず、工事が止まった。", "japan")


def test_the_shipbuilders_short_name_in_chinese_copy_is_the_shipbuilder() -> None:
    assert "csbc" in _links("台船今天交付新造巡防艦。", "taiwan")
