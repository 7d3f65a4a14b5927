"""Chinese releases whose tables were flattened from a PDF, and the parts a report tells apart
(the zh-blind22 passages' classes of miss): a table strung on one line gives one set of facts per
dated row, a column that names a zone is the part of the column before it in that zone, another
group of ships a report leaves around the island is inside its total, and drones a total counted
are a 其中 part's craft in the next sentence too."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

PUBLISHED = datetime(2026, 3, 12, 6, 0, tzinfo=UTC)
LEAD = "國防部今（12）日發布新聞稿指出，共軍連續在臺海周邊實施聯合戰備警巡，國軍全程嚴密監控。"
HEADER = "附表 共機、共艦動態（各日為前日0600時至當日0600時） 日期 共機（架次） 進入空域（架次） 共艦（艘）"

Row = tuple[int, int, int]  # aircraft, of them in the ADIZ, navy vessels


def _flattened(rows: list[Row]) -> str:
    """A release whose table of the days up to March 12 is strung on one line, with its sums."""
    first = 13 - len(rows)
    cells = [f"3月{first + i}日 {a} {adiz} {navy}" for i, (a, adiz, navy) in enumerate(rows)]
    sums = " ".join(str(sum(column)) for column in zip(*rows, strict=True))
    return f"{LEAD}\n{HEADER} {' '.join(cells)} 合計 {sums}\n註：3月12日統計至0600時止。"


def _expected(rows: list[Row]) -> set[Fact]:
    first = 13 - len(rows)
    facts: set[Fact] = set()
    for i, (aircraft, adiz, navy) in enumerate(rows):
        day = f"2026-03-{first + i:02d}"
        for count, what, zone in (
            (aircraft, "aircraft", "around Taiwan"),
            (adiz, "aircraft", "ADIZ"),
            (navy, "navy vessels", "around Taiwan"),
        ):
            if count:
                facts.add((count, what, zone, "Taiwan", day))
    return facts


def test_a_table_strung_on_one_line_gives_each_dated_rows_facts_and_none_for_its_sums() -> None:
    text = _flattened([(18, 11, 7), (27, 19, 9)])
    assert cjk_facts_at(text, PUBLISHED) == {
        (18, "aircraft", "around Taiwan", "Taiwan", "2026-03-11"),
        (11, "aircraft", "ADIZ", "Taiwan", "2026-03-11"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2026-03-11"),
        (27, "aircraft", "around Taiwan", "Taiwan", "2026-03-12"),
        (19, "aircraft", "ADIZ", "Taiwan", "2026-03-12"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2026-03-12"),
    }


def test_the_same_table_line_by_line_reads_alike() -> None:
    text = _flattened([(33, 24, 11), (15, 8, 8)])
    by_line = text.replace(" 3月", "\n3月").replace(" 日期", "\n日期").replace(" 合計", "\n合計")
    assert cjk_facts_at(by_line, PUBLISHED) == cjk_facts_at(text, PUBLISHED)


@given(
    st.lists(
        st.tuples(st.integers(0, 120), st.integers(0, 120), st.integers(0, 40)),
        min_size=1,
        max_size=6,
    )
)
def test_any_flattened_week_gives_each_days_nonzero_figures(rows: list[Row]) -> None:
    assert cjk_facts_at(_flattened(rows), PUBLISHED) == _expected(rows)


def test_a_flattened_table_without_the_defence_ministrys_report_gives_nothing() -> None:
    text = _flattened([(18, 11, 7)]).replace(LEAD, "漁會今天整理近日漁民目擊情形。")
    assert cjk_facts_at(text, PUBLISHED) == set()


def test_another_group_of_ships_left_around_the_island_is_inside_the_reports_total() -> None:
    text = (
        "澎湖縣政府今（7）日發布新聞稿指出，依國防部今晨公布資料，昨日6時至今日6時止，"
        "臺海周邊偵獲共機16架次、共艦9艘、公務船1艘，其中共機6架次進入西南空域，"
        "另有共艦3艘於澎湖西南方海域航行。"
    )
    assert cjk_facts_at(text, datetime(2024, 11, 7, 6, 0, tzinfo=UTC)) == {
        (16, "aircraft", "around Taiwan", "Taiwan", "2024-11-07"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2024-11-07"),
        (1, "official ships", "around Taiwan", "Taiwan", "2024-11-07"),
        (6, "aircraft", "ADIZ", "Taiwan", "2024-11-07"),
    }


def test_another_group_in_a_named_zone_still_adds_to_that_zones_fact() -> None:
    text = (
        "海巡署表示，中國海警船3艘今天上午闖入馬祖南竿限制水域，"
        "11時許另有三艘進入東引北方限制水域，均派艦驅離。"
    )
    facts = cjk_facts_at(text, datetime(2025, 5, 6, 8, 0, tzinfo=UTC))
    assert facts == {(6, "official ships", "restricted waters", "Matsu", "2025-05-06")}


def test_drones_a_total_counted_make_the_next_sentences_part_theirs() -> None:
    text = (
        "國防部115年2月24日新聞稿：二月二十三日0600時至二月二十四日0600時，"
        "偵獲共機9架次、無人機4架次、共艦6艘。其中無人機2架次進入西南空域，共機未逾越中線。"
    )
    facts = cjk_facts_at(text, datetime(2026, 2, 24, 1, 20, tzinfo=UTC))
    assert (2, "drones", "ADIZ", "Taiwan", "2026-02-24") in facts
    assert (4, "drones", "around Taiwan", "Taiwan", "2026-02-24") in facts
    # Without drones in the total, the 其中 part of drones is inside the aircraft counted around
    # Taiwan, and its entry into a zone is still a drones fact, as every set labels it
    # (ja-blind12-008, ja-blind21-016, zh-blind18-015, zh-blind22-007).
    no_drones = cjk_facts_at(text.replace("、無人機4架次", ""), datetime(2026, 2, 24, tzinfo=UTC))
    assert (2, "drones", "ADIZ", "Taiwan", "2026-02-24") in no_drones
    assert not any(f[1] == "drones" and f[2] == "around Taiwan" for f in no_drones)
