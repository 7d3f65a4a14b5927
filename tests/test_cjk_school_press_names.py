"""Japanese education and school copy as an analyst reads it (the blind41 passages' classes of
miss): a board of education, a school or a national association named after its place holds no
mention of the place; a Japanese school abroad named after its city holds no Japan, one named
without it does; a university's 大, an island's name without 島 and a paper's without 新聞 are
the full name the story writes; and 石垣空港 is the airport, not the island."""

from datetime import date

import pytest

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "japan")
    return [(m.text, m.entity_id) for m in mentions if m.entity_id]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("福岡県教育委員会は３日、県立高校に通知を出した。", "fukuoka"),
        ("沖縄県教委の担当者は「安全を優先した」と話した。", "okinawa"),
        ("沖縄県教育庁によると、休校は４０校に上った。", "okinawa"),
        ("鹿児島県総合教育センターで教員研修が開かれた。", "kagoshima-prefecture"),
        ("県立八重山農林高校の生徒が漁業体験をした。", "yaeyama-islands"),
        ("沖縄水産高校の実習船が出港した。", "okinawa"),
    ],
)
def test_a_board_of_education_or_a_school_holds_no_mention_of_its_place(
    text: str, place: str
) -> None:
    assert place not in {entity for _, entity in _links(text)}


def test_the_place_itself_beside_its_board_is_still_the_place() -> None:
    assert ("沖縄県", "okinawa") in _links("沖縄県教育委員会は、沖縄県の離島の学校に通知した。")


def test_a_place_before_its_schools_pupils_is_still_the_place() -> None:
    assert ("台湾", "taiwan") in _links("台湾高校生の訪日団が熊本を訪れた。")


@pytest.mark.parametrize("school", ["北京日本人学校", "上海日本人学校", "台北日本人学校"])
def test_a_japanese_school_abroad_named_after_its_city_holds_no_japan(school: str) -> None:
    assert ("日本", "japan") not in _links(f"{school}の児童は防災訓練に参加した。")


def test_a_japanese_school_named_without_its_city_is_japans() -> None:
    assert ("日本", "japan") in _links("中国各地の日本人学校で警備が強化された。")


@pytest.mark.parametrize("body", ["日本修学旅行協会", "日本船主協会", "日本語学教育協会"])
def test_a_national_association_holds_no_mention_of_its_country(body: str) -> None:
    assert ("日本", "japan") not in _links(f"{body}によると、件数は過去最多だった。")


def test_a_universitys_short_name_beside_its_full_name_is_the_university() -> None:
    text = "熊本大学によると、留学生は１２０人に増えた。熊本大は台湾の大学と協定を結んだ。"
    assert ("熊本大", "kumamoto-university") in _links(text)
    assert ("熊本", "kumamoto") not in _links(text)


def test_an_islands_name_without_its_island_word_is_the_island() -> None:
    text = "波照間の学校で避難訓練\n\n沖縄県竹富町の波照間島では、小中学校が訓練をした。"
    assert ("波照間", "hateruma") in _links(text)


def test_a_local_papers_short_name_in_a_headline_is_the_paper() -> None:
    text = "石垣市がシェルター整備へ　八重山毎日報道\n\n地元紙の八重山毎日新聞によると、市は検討に入った。"
    found = _links(text)
    assert ("八重山毎日", "yaeyama-mainichi") in found
    assert ("八重山", "yaeyama-islands") not in found


@pytest.mark.parametrize(
    "text", ["毎日新聞によると、毎日訓練がある。", "朝日新聞の調査で、朝日が昇る前に出た。"]
)
def test_a_national_papers_two_character_name_is_no_short_form(text: str) -> None:
    assert len(_links(text)) <= 1


def test_ishigaki_airport_is_the_airport() -> None:
    found = _links("石垣空港と台北を結ぶ便は全便が欠航した。")
    assert ("石垣空港", "new-ishigaki-airport") in found
    assert ("石垣", "ishigaki") not in found


def test_a_place_before_its_battle_is_the_battle() -> None:
    assert not any(entity == "okinawa" for _, entity in _links("生徒らは沖縄戦の体験談を聞いた。"))


def test_a_place_before_a_word_opening_with_battle_is_the_place() -> None:
    assert ("沖縄", "okinawa") in _links("沖縄戦略会議が開かれた。") or (
        "沖縄",
        "okinawa",
    ) in _links("沖縄で戦闘機の訓練があった。")


def test_an_island_groups_name_misspelt_beside_its_right_spelling_is_the_group() -> None:
    text = "中国海軍の艦艇が尖角諸島の接続水域に入った。尖閣諸島周辺では海警船も航行した。"
    assert ("尖角諸島", "senkaku-islands") in _links(text)


def test_an_island_groups_misspelt_name_alone_or_an_island_one_character_off_is_left() -> None:
    assert _links("尖角諸島の周辺で漁をした。") == []
    assert ("宮城島", "miyako-island") not in _links("宮古島と宮城島を訪れた。")


def test_a_peninsula_without_its_hanto_beside_its_full_name_is_the_peninsula() -> None:
    links = _links("能登半島の先端にある町を訪れた。能登の復興はまだ道半ばだ。")
    assert ("能登", "noto-peninsula") in links


def test_a_word_ending_in_the_peninsulas_first_kanji_is_no_peninsula() -> None:
    links = _links("能登半島の先端にある町。機能登録の手続きが始まった。")
    assert [form for form, entity in links if entity == "noto-peninsula"] == ["能登半島"]
