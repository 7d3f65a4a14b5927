"""Chinese agriculture and fisheries copy as an analyst reads it (the blind41 passages' classes of
miss): a Japanese prefecture's fisheries federation holds no mention of the prefecture, nor a
consulate named after its city of the city; a capital listed with a city whose shops are
meant is the city, whatever word addresses it; Japan's prefectures listed with their 縣 written
once after the list are each that prefecture; and 大陸 before a word of weather is the continent."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "taiwan") -> list[tuple[str, str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return [(m.text, m.entity_id, m.kind) for m in mentions if m.in_kb]


def test_a_prefectures_fisheries_federation_holds_no_mention_of_the_prefecture() -> None:
    links = _links("沖繩縣漁業協同組合連合會已要求日本政府加強安全通報。")
    assert not any(entity == "okinawa" for _, entity, _ in links)


@pytest.mark.parametrize(
    "text",
    [
        "多家進口商已向東京、大阪的百貨與超市追加訂單。",
        "業者計畫向東京、福岡的超市鋪貨。",
        "向東京、大阪等地出口的芒果增加。",
    ],
)
def test_a_capital_listed_with_a_city_is_the_city(text: str) -> None:
    assert ("東京", "tokyo", "name") in _links(text)


def test_a_capital_listed_with_another_capital_after_a_verb_of_pressure_is_a_government() -> None:
    assert ("北京", "china", "capital") in _links("華府呼籲各國向北京、莫斯科等施壓。")


def test_a_capital_addressed_alone_is_still_its_government() -> None:
    assert ("東京", "japan", "capital") in _links("北京今天向東京提出嚴正交涉。")


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("解除日本福島、茨城、栃木、群馬、千葉等5縣食品的輸入限制。", "taiwan"),
        ("福島、茨城、群馬、千葉の４県産の食品の輸入を再開した。", "japan"),
        ("千葉など２県で被害が出た。", "japan"),
    ],
)
def test_a_prefecture_listed_before_its_kind_word_is_the_prefecture(text: str, home: str) -> None:
    assert ("千葉", "chiba", "name") in _links(text, home)


@pytest.mark.parametrize("text", ["千葉の県道で事故があった。", "千葉氏は県の職員だ。"])
def test_a_family_name_beside_a_prefectural_word_is_no_prefecture(text: str) -> None:
    assert not any(entity == "chiba" for _, entity, _ in _links(text, "japan"))


@pytest.mark.parametrize(
    "text",
    [
        "受強烈大陸冷氣團影響，沿海氣溫驟降。",
        "大陆冷高压南下，各地降温。",
        "大陸棚の資源を調べた。",
    ],
)
def test_the_continent_in_a_word_of_weather_is_no_mainland(text: str) -> None:
    assert not any(entity == "china" for _, entity, _ in _links(text))


def test_the_mainland_alone_is_still_china() -> None:
    assert ("大陸", "china", "name") in _links("大陸今天宣布暫停進口台灣芒果。")


@pytest.mark.parametrize(
    "text", ["美國農業部最新公布的報告上修巴西產量。", "美農業部上修巴西黃豆產量\n\n報告今天公布。"]
)
def test_another_countrys_namesake_of_a_taiwanese_body_is_not_taiwans(text: str) -> None:
    assert not any(entity == "taiwan-moa" for _, entity, _ in _links(text))


@pytest.mark.parametrize(
    "text", ["農業部今天表示將因應。", "台灣農業部今天表示將因應。", "完美農業部"]
)
def test_a_taiwanese_body_alone_or_after_its_country_is_taiwans(text: str) -> None:
    assert any(entity == "taiwan-moa" for _, entity, _ in _links(text))


def test_a_consulate_named_after_its_city_holds_no_mention_of_the_city() -> None:
    links = _links("在那覇米国総領事館の総領事は「交流を続けたい」と話した。", "japan")
    assert ("米国", "united-states", "name") in links
    assert not any(entity == "naha" for _, entity, _ in links)


def test_an_islands_fishermens_cooperative_keeps_the_island() -> None:
    assert ("與那國島", "yonaguni", "name") in _links("與那國島漁協也暫停出海。")
