"""Japanese official documents (the ja-blind22 passages' classes of miss): a ministry's press
release counts "計７発の弾道ミサイル" with the noun after the count; a prefecture's bulletin
flattened from a table keeps a bracket's part ("延べ７１機（うち…進入　４５機）") with its zones
and reads the note's figures of the day before; ships pointed back to ("上記２隻", "当該船舶２隻")
are counted once; a flight South Korea's defence ministry reports is no daily report of Taiwan's.
The Joint Staff's class name with a Roman numeral is linked, an acronym bracketed after a name is that
name's entity, and a minister's title after the name holds the minister's country's ministry."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def test_a_count_written_before_its_noun_with_no_counts_that_noun() -> None:
    text = (
        "中国による弾道ミサイル発射について\n\n本日、中国は、中国内陸部及び沿岸部から台湾周辺の"
        "海域に向けて、計７発の弾道ミサイルを発射したものと推定される。"
    )
    published = datetime(2026, 8, 5, 9, 30, tzinfo=UTC)
    assert cjk_facts_at(text, published) == {
        (7, "missiles", "around Taiwan", "Taiwan", "2026-08-05")
    }


@given(count=st.integers(min_value=2, max_value=40), noun=st.sampled_from(["無人機", "気球"]))
def test_the_noun_after_no_says_what_is_counted(count: int, noun: str) -> None:
    # "３機の無人機" are drones, as "無人機３機" are; a counter alone would call them aircraft.
    counter = "機" if noun == "無人機" else "個"
    published = datetime(2026, 8, 5, 9, 30, tzinfo=UTC)
    before = cjk_facts_at(
        f"台湾国防部によると、{count}{counter}の{noun}が中間線を越えた。", published
    )
    after = cjk_facts_at(f"台湾国防部によると、{noun}{count}{counter}が中間線を越えた。", published)
    assert before == after
    assert {what for _, what, _, _, _ in before} == {"drones" if noun == "無人機" else "balloons"}


BULLETIN = (
    "台湾周辺における中国軍の演習に関する情報（第２報）\n\n"
    "１　台湾国防部の発表（９月８日午前６時時点）　航空機　延べ７１機（うち中間線越え及び"
    "防空識別圏進入　４５機）　艦艇　１３隻　公船　４隻\n"
    "２　国の対応　防衛省・自衛隊は、艦艇及び航空機により警戒監視を実施中。与那国島、石垣島"
    "及び宮古島周辺の我が国領海・領空への侵入は確認されていない。\n"
    "※数値は台湾国防部の発表を県が取りまとめたもの。９月７日の発表では航空機３２機、艦艇９隻"
    "であった。"
)


def test_a_flattened_tables_bracket_keeps_its_part_and_the_note_gives_the_day_before() -> None:
    published = datetime(2026, 9, 8, 4, 0, tzinfo=UTC)
    assert cjk_facts_at(BULLETIN, published) == {
        (71, "aircraft", "around Taiwan", "Taiwan", "2026-09-08"),
        (45, "aircraft", "median line", "Taiwan", "2026-09-08"),
        (45, "aircraft", "ADIZ", "Taiwan", "2026-09-08"),
        (13, "navy vessels", "around Taiwan", "Taiwan", "2026-09-08"),
        (4, "official ships", "around Taiwan", "Taiwan", "2026-09-08"),
        # The waters "not entered" are no zone for the note's figures after them.
        (32, "aircraft", "around Taiwan", "Taiwan", "2026-09-07"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2026-09-07"),
    }


def test_ships_pointed_back_to_are_counted_once() -> None:
    published = datetime(2025, 5, 4, 9, 0, tzinfo=UTC)
    text = (
        "尖閣諸島周辺の領海侵入について\n\n５月２日、中国海警局に所属する船舶２隻が我が国領海に"
        "侵入した。本日午後５時現在、尖閣諸島周辺の接続水域内では、上記２隻を含む中国海警局に"
        "所属する船舶４隻が航行中。"
    )
    assert cjk_facts_at(text, published) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-05-02"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-05-04"),
    }
    text = (
        "抗議決議\n\n去る６月１０日午前、中国海警局に所属する船舶２隻が、尖閣諸島周辺の我が国"
        "領海に侵入した。当該船舶２隻は領海内にとどまり、６月１３日午前、ようやく領海から"
        "退去した。"
    )
    published = datetime(2025, 6, 13, 6, 0, tzinfo=UTC)
    assert cjk_facts_at(text, published) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-10")
    }


def test_the_joint_staffs_class_name_with_a_roman_numeral_is_linked() -> None:
    text = "ルーヤンⅢ級ミサイル駆逐艦１隻が宮古島の北東を南東進した。"
    links = {
        (m.text, m.entity_id) for m in cjk_mentions(text, default_kb(), date(2026, 5, 1), "japan")
    }
    assert ("ルーヤンⅢ級ミサイル駆逐艦", "type-052d") in links


def _links(text: str) -> set[tuple[str, str]]:
    return {
        (m.text, m.entity_id) for m in cjk_mentions(text, default_kb(), date(2025, 5, 1), "japan")
    }


def test_an_acronym_glossing_a_name_is_that_names_entity() -> None:
    # MMCA alone is the US-China Military Maritime Consultative Agreement; bracketed after the
    # partners' joint sail it spells that sail's English initials.
    links = _links("４大臣は、multilateral maritime cooperative activity（ＭＭＣＡ）を拡大した。")
    assert ("ＭＭＣＡ", "maritime-cooperative-activity") in links
    assert ("ＭＭＣＡ", "mmca") in _links("米中はＭＭＣＡに基づく協議を開いた。")
    # Letters that are not the name's initials are no gloss of it: Korea's own zone.
    links = _links("中国機２機は、韓国の防空識別圏（ＫＡＤＩＺ）に進入した。")
    assert ("ＫＡＤＩＺ", "kadiz") in links


def test_a_ministers_title_holds_the_ministry_of_the_ministers_country() -> None:
    links = _links("台北市において蕭美琴副総統、林佳竜外交部長らと会談した。")
    assert ("外交部", "taiwan-mofa") in links
    links = _links("岩屋毅外務大臣が北京を訪問し、王毅外交部長との間で協議した。")
    assert ("外交部", "china-mfa") in links
    # A title before the name, or alone, names the minister, not the ministry.
    assert not {e for t, e in _links("外交部長の林佳竜氏は述べた。") if t == "外交部"}


def test_a_flight_korea_reports_is_not_taiwans_daily_report() -> None:
    text = (
        "中国機及びロシア機の飛行について\n\n１　確認機数　中国機（Ｈ－６爆撃機）２機　２　その他"
        "　韓国国防部によれば、同日、中国機２機は、韓国の防空識別圏（ＫＡＤＩＺ）に進入した後、"
        "東シナ海へ南下した。"
    )
    assert cjk_facts_at(text, datetime(2026, 5, 27, 8, 0, tzinfo=UTC)) == set()
