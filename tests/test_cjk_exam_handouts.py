"""Chinese exam handouts and study notes (the zh-blind23 passages' classes of miss): a week's
table of the defence ministry's figures whose zone column tells each day's zones in words, with a
remarks column beside it, gives each day's facts."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

PUBLISHED = datetime(2024, 11, 8, 10, 0, tzinfo=UTC)
HANDOUT = (
    "時事焦點講義｜本週共機擾臺一覽\n\n"
    "◎資料來源：國防部每日「即時軍事動態」（統計區間為前日0600時至當日0600時）\n\n"
    "｜公布日　｜共機｜共艦｜公務船｜逾越中線／進入空域｜\n"
    "｜11/5（二）｜２３｜８｜２｜１５架次逾越中線，進入北部、中部空域｜\n"
    "｜11/6（三）｜９｜７｜－｜－｜\n"
    "｜11/8（五）｜１４｜９｜－｜６架次進入西南空域；另偵獲空飄氣球１顆越過中線｜\n\n"
    "★老師叮嚀：本週累計共機89架次，作答時勿與單日數字混淆。"
)


def test_a_handouts_worded_zone_column_gives_each_pieces_count_in_the_zones_it_names() -> None:
    assert cjk_facts_at(HANDOUT, PUBLISHED) == {
        (23, "aircraft", "around Taiwan", "Taiwan", "2024-11-05"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2024-11-05"),
        (2, "official ships", "around Taiwan", "Taiwan", "2024-11-05"),
        (15, "aircraft", "median line", "Taiwan", "2024-11-05"),
        (15, "aircraft", "ADIZ", "Taiwan", "2024-11-05"),
        (9, "aircraft", "around Taiwan", "Taiwan", "2024-11-06"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2024-11-06"),
        (14, "aircraft", "around Taiwan", "Taiwan", "2024-11-08"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2024-11-08"),
        (6, "aircraft", "ADIZ", "Taiwan", "2024-11-08"),
        (1, "balloons", "median line", "Taiwan", "2024-11-08"),
    }


def test_a_table_of_some_other_bodys_figures_gives_nothing() -> None:
    source = "◎資料來源：國防部每日「即時軍事動態」（統計區間為前日0600時至當日0600時）"
    text = HANDOUT.replace(source, "◎資料來源：漁會每週漁民目擊紀錄").replace("另偵獲", "另有")
    assert cjk_facts_at(text, PUBLISHED) == set()


Day = tuple[int, int, int]  # aircraft, of them in the ADIZ, navy vessels


def _notes_table(days: list[Day]) -> str:
    """A student's appendix: a week's table whose zone column brackets its words after the
    figure, and whose remarks may be left blank."""
    rows = [
        f"2/{16 + i}（一）｜{air}｜{adiz}（進入西南空域）｜{navy}｜0｜" + ("除夕" if i % 2 else "")
        for i, (air, adiz, navy) in enumerate(days)
    ]
    return (
        "表2　115年2月第3週共機擾臺統計（資料來源：國防部「中共解放軍臺海周邊海、空域動態」）\n"
        "日期（公布日）｜共機｜逾越中線／進入空域｜共艦｜公務船｜備註\n" + "\n".join(rows)
    )


@given(
    st.lists(
        st.tuples(st.integers(0, 90), st.integers(0, 90), st.integers(0, 30)),
        min_size=1,
        max_size=5,
    )
)
def test_any_week_of_a_notes_table_gives_each_days_nonzero_figures(days: list[Day]) -> None:
    expected: set[Fact] = set()
    for i, (air, adiz, navy) in enumerate(days):
        day = f"2026-02-{16 + i}"
        for count, what, zone in (
            (air, "aircraft", "around Taiwan"),
            (adiz, "aircraft", "ADIZ"),
            (navy, "navy vessels", "around Taiwan"),
        ):
            if count:
                expected.add((count, what, zone, "Taiwan", day))
    published = datetime(2026, 2, 22, 12, 0, tzinfo=UTC)
    assert cjk_facts_at(_notes_table(days), published) == expected
