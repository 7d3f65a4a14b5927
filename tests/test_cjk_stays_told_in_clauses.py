"""Japanese and Chinese coast-guard and defence copy that tells two groups of craft in one
sentence, a stay pointed back to in a later clause, a day of last year, a part of a total and
waters only approached: "別の" after a clause's comma opens a group of its own, so the first
count keeps the zone before it; ships a clause says are still in their zone on a later day are
that day's fact (rule 9), however far back they entered; "昨年八月四日" is a year back,
background; "気球の２個" is two of the balloons, no fact of its own; "不得接近日方所稱領海" (not
to approach the waters Japan claims) puts no ship in them."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import cjk_facts_at

MORNING_OF_THE_20TH = datetime(2025, 3, 20, 0, 0, tzinfo=UTC)  # 9 a.m. in Tokyo


def test_another_group_after_a_clause_keeps_each_count_in_its_own_zone() -> None:
    text = (
        "第十一管区海上保安本部によると、１９日、尖閣諸島周辺の接続水域では中国海警局の船"
        "３隻が航行し、別の１隻は日本の領海に侵入した。"
    )
    assert cjk_facts_at(text, MORNING_OF_THE_20TH) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-19"),
        (1, "official ships", "territorial waters", "Senkaku Islands", "2025-03-19"),
    }


def test_another_noun_inside_one_list_is_still_one_group() -> None:
    text = (
        "第十一管区海上保安本部によると、１９日、尖閣諸島周辺の接続水域で中国海警局の船"
        "３隻と別の船１隻が航行した。"
    )
    assert cjk_facts_at(text, MORNING_OF_THE_20TH) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-19")
    }


def test_a_stay_pointed_back_to_after_a_comma_is_dated_by_the_day_it_goes_on() -> None:
    text = (
        "第１１管区海上保安本部によると、１８日夜、中国海警局の船３隻が尖閣諸島周辺の日本の領海に侵入した。"
        "巡視船が退去を警告したが、３隻は１９日午後３時現在も領海内にとどまっている。"
    )
    assert cjk_facts_at(text, MORNING_OF_THE_20TH) == {
        (3, "official ships", "territorial waters", "Senkaku Islands", "2025-03-19")
    }


def test_a_stay_begun_long_before_is_counted_on_the_day_it_still_goes_on() -> None:
    # Entered eight days before publication, a day the report would drop as background.
    text = (
        "第十一管区海上保安本部によると、尖閣諸島周辺の接続水域では中国海警局の船２隻が"
        "航行し、別の２隻は１２日朝から日本の領海に侵入したまま、１９日夕の時点でも"
        "とどまっていた。"
    )
    assert (
        2,
        "official ships",
        "territorial waters",
        "Senkaku Islands",
        "2025-03-19",
    ) in cjk_facts_at(text, MORNING_OF_THE_20TH)


AUGUST_9TH = datetime(2023, 8, 9, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "昨年八月四日、中国軍は台湾周辺の海域に弾道ミサイル十一発を撃ち込んだ。",
        "國防部指出，共軍去年8月4日向台灣周邊海域發射11枚彈道飛彈。",
    ],
)
def test_a_day_of_last_year_is_background_not_this_years_day(text: str) -> None:
    assert cjk_facts_at(text, AUGUST_9TH) == set()


def test_a_day_of_this_year_still_gives_the_fact() -> None:
    text = "國防部指出，共軍8月4日向台灣周邊海域發射11枚彈道飛彈。"
    assert cjk_facts_at(text, AUGUST_9TH) == {
        (11, "missiles", "around Taiwan", "Taiwan", "2023-08-04")
    }


def test_one_of_the_balloons_told_apart_is_no_second_fact() -> None:
    text = (
        "台湾の国防部は８日、同日午前６時までの２４時間に中国の気球４個を台湾周辺で確認した"
        "と発表した。気球の２個は台湾南部の上空を通過したという。"
    )
    assert cjk_facts_at(text, AUGUST_9TH) == {
        (4, "balloons", "around Taiwan", "Taiwan", "2023-08-08")
    }


AUGUST_27TH = datetime(2024, 8, 27, 6, 0, tzinfo=UTC)


def test_waters_ships_are_told_not_to_approach_are_no_zone_of_theirs() -> None:
    text = (
        "日本第11管區海上保安本部表示，中國海警船3艘今天在釣魚台列嶼周邊的鄰接區航行，"
        "其中1艘搭載機砲；海保要求海警船不得接近日方所稱領海。"
    )
    assert cjk_facts_at(text, AUGUST_27TH) == {
        (3, "official ships", "contiguous zone", "Senkaku Islands", "2024-08-27")
    }


def test_ships_entering_the_waters_so_hedged_are_in_them() -> None:
    text = "日本第11管區海上保安本部表示，中國海警船2艘今天駛入釣魚台列嶼周邊日方所稱領海。"
    assert cjk_facts_at(text, AUGUST_27TH) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2024-08-27")
    }
