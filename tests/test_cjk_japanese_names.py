"""Japanese copy's capitals and the defence press's names (the ja-blind17 passages' classes of
miss): a capital asked for something or owning a course is its government, one visited or
paraded in is the city; the Joint Staff's class names, a ship's name in kana, an exercise's
katakana name and CNA's Japanese edition are linked."""

from datetime import date

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str) -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 11, 20), "japan")
    return [(m.text, m.entity_id) for m in mentions]


def test_a_capital_a_request_is_addressed_to_is_its_government() -> None:
    assert ("東京", "japan") in _links("台北、東京に防衛当局間の対話を要望　日台安保フォーラム")
    text = "外交部の幹部は、台北として東京に実務レベルの情報共有の枠組みを求めた。"
    assert ("東京", "japan") in _links(text)
    # Going to the capital is no request of it.
    assert ("東京", "tokyo") in _links("代表団は東京に到着し、都内で記者会見を開いた。")


def test_a_capital_whose_course_is_watched_is_its_government() -> None:
    links = _links("注目すべきはワシントンの出方だ。北京の思惑も読みにくい。")
    assert ("ワシントン", "united-states") in links
    assert ("北京", "china") in links


def test_a_capital_visited_or_paraded_in_stays_the_city_beside_its_acting_mentions() -> None:
    text = (
        "北京は日本への渡航自粛を呼びかけた。今月、北京を訪れた日本の財界人は平穏だったと話す。"
        "去年北京の軍事パレードにも各国の首脳が並んだ。"
    )
    assert [e for t, e in _links(text) if t == "北京"] == ["china", "beijing", "beijing"]


def test_the_defence_press_names_are_linked_by_their_japanese_forms() -> None:
    links = _links(
        "中国海軍のレンハイ級ミサイル駆逐艦１隻とジャンカイⅡ級フリゲート１隻を確認し、海自の"
        "護衛艦「あきづき」が警戒監視に当たった。日米共同統合演習「キーン・ソード２７」が始まった。"
        "ソース：中央社フォーカス台湾（日本語版）"
    )
    assert {
        ("レンハイ級", "type-055-destroyer"),
        ("ジャンカイⅡ級", "type-054a"),
        ("あきづき", "js-akizuki"),
        ("キーン・ソード", "keen-sword"),
        ("フォーカス台湾", "cna"),
    } <= set(links)
