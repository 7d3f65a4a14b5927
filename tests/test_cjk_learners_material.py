"""Japanese learners' and exam material (the ja-blind23 passages' classes of miss): a quiz's
options are no facts, a counter before 目 is an ordinal, a half year's sum is cumulative, and a
worksheet's or a seminar's table of days is read row by row, its cells' counters, a column of
two zones and a column of remarks included, and none of its rows again as a sentence."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

PUBLISHED = datetime(2025, 9, 20, 2, 0, tzinfo=UTC)
KEY = (
    "【解答・解説】\n問１　③　国防部によると、17日午前６時までの24時間に中国軍機45機と"
    "艦艇９隻を確認した。"
)


def _quiz(options: list[int]) -> str:
    marks = "①②③④"
    offered = "　".join(f"{marks[i]}{n}機" for i, n in enumerate(options))
    return (
        "今週のニュース確認テスト\n問１　台湾の国防部は９月17日、同日午前６時までの24時間に"
        "台湾周辺で確認した中国軍の動向を発表した。確認された中国軍機の数として正しいものを、"
        f"次の①〜④から一つ選べ。\n　{offered}\n\n{KEY}"
    )


@given(st.lists(st.integers(1, 99), min_size=2, max_size=4))
def test_a_quizs_options_give_no_fact_and_its_key_gives_the_days(options: list[int]) -> None:
    assert cjk_facts_at(_quiz(options), PUBLISHED) == {
        (45, "aircraft", "around Taiwan", "Taiwan", "2025-09-17"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-09-17"),
    }


def test_a_carrier_counted_as_the_third_is_no_count_of_ships() -> None:
    text = (
        "問３　台湾の国防部は、中国海軍の空母「福建」が台湾海峡を通過したと発表した。"
        "福建は中国にとって何隻目の空母か。\n問３　３隻目　遼寧、山東に続く空母。"
    )
    assert cjk_facts_at(text, PUBLISHED) == set()


def test_a_half_years_sum_is_no_days_figure() -> None:
    text = (
        "台湾国防部の毎日の発表を集計すると、中国軍機の進入は次の通り。\n"
        "・上半期の合計は延べ１８５３機で、過去最多のペース。"
    )
    assert cjk_facts_at(text, datetime(2025, 7, 1, 5, 0, tzinfo=UTC)) == set()


Row = tuple[int, int, int]  # aircraft, of them across the median line and in the ADIZ, ships


def _worksheet(rows: list[Row]) -> str:
    lines = [
        f"{11 + i}日（月）｜{a}機｜{part}機｜{ships}隻" for i, (a, part, ships) in enumerate(rows)
    ]
    sums = "｜".join(
        f"{sum(column)}{unit}"
        for column, unit in zip(zip(*rows, strict=True), "機機隻", strict=False)
    )
    return (
        "時事ワークシート　今週の台湾周辺\n台湾国防部の毎朝の発表を表にまとめました。\n\n"
        "日付｜中国軍機｜うち中間線越え・ＡＤＩＺ進入｜艦艇\n"
        + "\n".join(lines)
        + f"\n週合計｜{sums}\n"
    )


@given(st.lists(st.tuples(st.integers(1, 60), st.integers(1, 60), st.integers(1, 20)), max_size=5))
def test_a_worksheets_table_gives_each_days_facts_in_both_zones_and_none_for_its_sum(
    rows: list[Row],
) -> None:
    expected: set[Fact] = set()
    for i, (aircraft, part, ships) in enumerate(rows):
        day = f"2024-11-{11 + i}"
        expected |= {
            (aircraft, "aircraft", "around Taiwan", "Taiwan", day),
            (part, "aircraft", "median line", "Taiwan", day),
            (part, "aircraft", "ADIZ", "Taiwan", day),
            (ships, "navy vessels", "around Taiwan", "Taiwan", day),
        }
    assert cjk_facts_at(_worksheet(rows), datetime(2024, 11, 16, 1, 0, tzinfo=UTC)) == expected


def test_a_seminars_table_of_chosen_days_gives_only_the_recent_days_facts() -> None:
    text = (
        "安全保障論ゼミ\n■表１　主な日の中国軍機・艦艇（台湾国防部の発表）\n"
        "｜発表日　　｜軍機｜うちADIZ進入｜艦艇｜備考｜\n"
        "｜2022/8/5　｜68　｜—　　　　　｜13　｜ペロシ訪台後の演習｜\n"
        "｜2024/10/15｜153 ｜111　　　　 ｜14　｜連合利剣-2024B（過去最多）｜\n"
        "｜2024/10/22｜12　｜6　　　　　 ｜6　 ｜通常時 （直近）｜\n"
    )
    assert cjk_facts_at(text, datetime(2024, 10, 23, 7, 0, tzinfo=UTC)) == {
        (12, "aircraft", "around Taiwan", "Taiwan", "2024-10-22"),
        (6, "aircraft", "ADIZ", "Taiwan", "2024-10-22"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2024-10-22"),
    }


def test_a_lesson_glossing_a_reports_wordings_gives_only_the_reports_facts() -> None:
    text = (
        "塾長ブログ｜ニュースの「数字」の読み方\n台湾の国防部の発表では、11日午前6時までの24時間に"
        "確認された中国軍機は約30機、艦艇は十数隻。\n"
        "・「少なくとも20機」→ 20機以上。21機かもしれないし、25機かもしれない。\n"
        "・「約30機」→ 28機でも32機でも「約30機」。\n・「十数隻」→ 11〜19隻くらい。\n"
    )
    assert cjk_facts_at(text, datetime(2026, 2, 11, 9, 0, tzinfo=UTC)) == {
        (30, "aircraft", "around Taiwan", "Taiwan", "2026-02-11")
    }


def test_a_worksheets_blanks_are_read_with_its_keys_answers() -> None:
    text = (
        "朝学習プリント\n次の新聞記事の要約を読み、（ア）〜（イ）に入る語句を選びなさい。\n"
        "台湾の国防部は二十一日、同日午前六時までの二十四時間に、中国軍機二十八機が台湾周辺で"
        "活動したと発表した。うち十五機が台湾海峡の（ア）を越え、台湾の南西部の（イ）に進入した。\n"
        "【語群】中間線　防空識別圏　排他的経済水域\n【解答】\n　ア＝中間線　　イ＝防空識別圏\n"
    )
    assert cjk_facts_at(text, datetime(2023, 3, 21, 23, 30, tzinfo=UTC)) == {
        (28, "aircraft", "around Taiwan", "Taiwan", "2023-03-21"),
        (15, "aircraft", "median line", "Taiwan", "2023-03-21"),
        (15, "aircraft", "ADIZ", "Taiwan", "2023-03-21"),
    }


@given(st.integers(1, 60), st.integers(1, 60))
def test_a_drills_statement_the_key_corrects_is_read_with_the_correction(
    written: int, corrected: int
) -> None:
    text = (
        "ニュース検定対策ドリル\n【問】〔　〕の部分が正しいものには○を、誤っているものには正しい"
        "数字を書きなさい。\n"
        "ア　台湾国防部は５日、同日午前６時までの２４時間に、中国軍機〔６５機〕を台湾周辺で"
        "確認したと発表した。\n"
        f"イ　アのうち、台湾海峡の中間線を越えて防空識別圏に入ったのは〔{written}機〕だった。\n"
        f"【解答】\nア　○\nイ　×　→　{corrected}機\n"
    )
    assert cjk_facts_at(text, datetime(2024, 9, 7, 3, 0, tzinfo=UTC)) == {
        (65, "aircraft", "around Taiwan", "Taiwan", "2024-09-05"),
        (corrected, "aircraft", "median line", "Taiwan", "2024-09-05"),
        (corrected, "aircraft", "ADIZ", "Taiwan", "2024-09-05"),
    }
