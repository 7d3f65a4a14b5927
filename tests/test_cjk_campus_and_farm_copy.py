"""Chinese campus news and Japanese agriculture and fisheries copy (the blind34 passages' classes
of miss): a side's students (台生, 陸生, 港生) are that side; a capital that acts by a means
(北京以…) is its government, and one written with its city's word (台北市, 東京都) is the city;
the cabinet's name before a Taiwanese body is that body's full name (行政院農業委員会); a bare
外交部 is the government its named spokesperson serves; Taiwan's offices abroad by their full
official names; and the short Japanese names of the ADIZ, the Sakishima islands and the G7."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "taiwan") -> list[tuple[str, str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 14), home)
    return [(m.text, m.entity_id, m.kind) for m in mentions]


@pytest.mark.parametrize(
    ("text", "word", "side"),
    [
        ("陸委會提醒在陸台生注意人身安全。", "台生", "taiwan"),
        ("福建一所高校向在校台生发出通知。", "台生", "taiwan"),
        ("陸方自2020年起暫停陸生來台就讀。", "陸生", "china"),
        ("在台修读学位的陆生人数降至不足千人。", "陆生", "china"),
        ("多名正在台灣大學交換的港生表示生活如常。", "港生", "hong-kong"),
    ],
)
def test_a_sides_students_are_that_side(text: str, word: str, side: str) -> None:
    assert (word, side, "demonym") in _links(text)


@pytest.mark.parametrize(
    "text",
    ["陸生在台生活無虞。", "香港生活費高昂。", "大陸生產線外移。", "這是一種陸生動物。"],
)
def test_a_word_that_life_or_production_opens_holds_no_students(text: str) -> None:
    links = _links(text)
    assert not any(word in ("台生", "港生") for word, _, _ in links)
    assert ("陸生", "china", "demonym") not in links or text.startswith("陸生在")


def test_japanese_rikusei_is_living_on_land_not_mainland_students() -> None:
    assert not any(word == "陸生" for word, _, _ in _links("陸生の動物と水生の動物。", "japan"))


@pytest.mark.parametrize(
    "sentence",
    [
        "台灣陸委會批評，北京以「執法」之名行政治恐嚇之實。",
        "北京以招生和獎學金吸引台灣青年。",
        "北京以經貿手段施壓台灣農民。",
    ],
)
def test_a_capital_acting_by_a_means_is_its_government(sentence: str) -> None:
    assert ("北京", "china", "capital") in _links(sentence)


@pytest.mark.parametrize("sentence", ["北京以北的長城遊客眾多。", "北京以外的城市也降溫。"])
def test_a_direction_or_limit_after_a_capital_keeps_the_city(sentence: str) -> None:
    assert ("北京", "beijing", "name") in _links(sentence)


@pytest.mark.parametrize(
    ("sentence", "city", "entity"),
    [
        ("台北市、新北市宣布下學期起調高營養午餐補助。", "台北市", "taipei"),
        ("臺北市已宣布明天停班停課。", "臺北市", "taipei"),
        ("東京都表示將延長緊急狀態。", "東京都", "tokyo"),
        ("東京都は、都内の学校に通知した。", "東京都", "tokyo"),
    ],
)
def test_a_capital_written_with_its_city_word_is_the_city(
    sentence: str, city: str, entity: str
) -> None:
    home = "japan" if "は" in sentence else "taiwan"
    assert (city, entity, "name") in _links(sentence, home)


@pytest.mark.parametrize(
    ("text", "whole", "body"),
    [
        ("台湾の行政院農業委員会の幹部は取材に応じた。", "行政院農業委員会", "taiwan-moa"),
        ("行政院大陸委員會今天表示。", "行政院大陸委員會", "mainland-affairs-council"),
        ("行政院农业委员会发布新闻稿。", "行政院农业委员会", "taiwan-moa"),
    ],
)
def test_the_cabinets_name_before_a_taiwanese_body_is_the_bodys_full_name(
    text: str, whole: str, body: str
) -> None:
    home = "japan" if "の" in text else "taiwan"
    links = _links(text, home)
    assert (whole, body, "name") in links
    assert not any(entity == "executive-yuan" for _, entity, _ in links)


@pytest.mark.parametrize("text", ["行政院は同日、予算案を閣議決定した。", "行政院今天通過預算案。"])
def test_the_cabinet_alone_stays_the_cabinet(text: str) -> None:
    assert ("行政院", "executive-yuan", "name") in _links(
        text, "japan" if "は" in text else "taiwan"
    )


def test_an_agriculture_committee_without_taiwans_full_name_is_not_taiwans() -> None:
    """Every Japanese municipality has its 農業委員会 (and fisheries bodies their 漁業委員会), so
    only the old council's full name, 行政院農業委員會, or its short 農委會 is Taiwan's."""
    for text in (
        "石垣市農業委員会は転用を許可した。",
        "同町の農業委員会は農地の転用を認めた。",
        "台北で漁業委員会を開き、操業ルールで合意した。",
    ):
        assert not any(entity == "taiwan-moa" for _, entity, _ in _links(text, "japan"))


@pytest.mark.parametrize(
    ("text", "home", "ministry"),
    [
        ("【北京】外交部の毛寧報道官は同日の記者会見で述べた。", "japan", "china-mfa"),
        ("外交部發言人毛寧表示堅決反對。", "taiwan", "china-mfa"),
        ("外交部發言人蕭光偉表示。", "china", "taiwan-mofa"),
    ],
)
def test_a_bare_foreign_ministry_is_the_government_its_spokesperson_serves(
    text: str, home: str, ministry: str
) -> None:
    assert ("外交部", ministry, "name") in _links(text, home)


@pytest.mark.parametrize(
    "office",
    [
        "台北駐美國經濟文化代表處",
        "駐美國台北經濟文化代表處",
        "台北驻美国经济文化代表处",
        "台北駐日經濟文化代表處",
    ],
)
def test_taiwans_office_by_its_full_official_name_is_the_office(office: str) -> None:
    links = _links(f"{office}說，美方計畫明年增設華語學習中心。")
    assert (office, "tecro", "name") in links
    assert not any(entity in ("taipei", "taiwan") for _, entity, _ in links)


@pytest.mark.parametrize(
    ("text", "short", "entity"),
    [
        ("Ｊ１６など１６機、台湾南西の防空圏に", "防空圏", "adiz"),
        ("先進７カ国（Ｇ７）は広島サミットで決めた。", "先進７カ国", "g7"),
        ("先進7か国の首脳が集まった。", "先進7か国", "g7"),
    ],
)
def test_japanese_short_names_are_their_entities(text: str, short: str, entity: str) -> None:
    assert (short, entity, "name") in _links(text, "japan")
