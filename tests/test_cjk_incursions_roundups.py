"""Japanese hobby-press copy of Taiwan's daily reports (the ja-blind28 passages' classes of miss):
a weekly roundup listing bare days with their weekdays and shorthand figures ("9日(月)　機 14／
艦 7（中間線越え 15）"), a blogger's "火曜（13日）は機0・艦7", a zone made the topic of the count
after it ("中間線越えは7機"), the hour a report runs to ("06時まで："), a missile family
glossed in Latin letters ("東風（ＤＦ）系列１１発"); and what gives no fact: a model's role
tallied after its designation ("Y-9電子戦機×2"), the rest of a week's days ("それ以外は10機前後"),
two kinds of ships told together ("艦艇・公務船が合わせて「約90隻」")."""

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

PUBLISHED = datetime(2025, 6, 15, 4, 0, tzinfo=UTC)  # Sunday 15 June, 1 p.m. in Tokyo
WEEKDAYS = "月火水木金土日"
TODAY = "本日の台湾国防部発表（15日06時まで）：中国軍機11機、艦艇7隻。"


def facts_of(text: str) -> set[Fact]:
    return cjk_facts_at(text, PUBLISHED)


def _day(n: int) -> str:
    return date(2025, 6, n).isoformat()


@given(
    figures=st.lists(
        st.tuples(st.integers(1, 60), st.integers(1, 20), st.integers(0, 30)),
        min_size=1,
        max_size=7,
    )
)
def test_a_weekly_roundup_lists_each_days_shorthand_figures_and_bracketed_zone_parts(
    figures: list[tuple[int, int, int]],
) -> None:
    first = 15 - len(figures) + 1
    lines, expected = [], set()
    for offset, (aircraft, ships, crossed) in enumerate(figures):
        day = date(2025, 6, first + offset)
        part = f"（中間線越え・ADIZ進入 {crossed}）" if crossed else ""
        lines.append(f"{day.day}日({WEEKDAYS[day.weekday()]})　機 {aircraft}／艦 {ships}{part}")
        expected |= {
            (aircraft, "aircraft", "around Taiwan", "Taiwan", day.isoformat()),
            (ships, "navy vessels", "around Taiwan", "Taiwan", day.isoformat()),
        }
        if crossed:
            expected |= {
                (crossed, "aircraft", zone, "Taiwan", day.isoformat())
                for zone in ("median line", "ADIZ")
            }
    text = (
        "【週報】台湾周辺の共機・共艦\n\n今週分の国防部発表、まとめ。（各日とも前日06時〜当日06時）\n\n"
        + "\n".join(lines)
        + "\n\n曜日で波があるのはいつものこと。"
    )
    assert facts_of(text) == expected


@given(
    earlier=st.tuples(st.integers(0, 40), st.integers(1, 15)),
    before=st.tuples(st.integers(1, 40), st.integers(1, 15)),
)
def test_a_bloggers_shorthand_figures_are_the_days_they_follow(
    earlier: tuple[int, int], before: tuple[int, int]
) -> None:
    text = (
        TODAY
        + f"金曜（13日）は機{earlier[0]}・艦{earlier[1]}、土曜（14日）は機{before[0]}・艦{before[1]}。"
    )
    expected = {
        (11, "aircraft", "around Taiwan", "Taiwan", _day(15)),
        (7, "navy vessels", "around Taiwan", "Taiwan", _day(15)),
        (earlier[1], "navy vessels", "around Taiwan", "Taiwan", _day(13)),
        (before[0], "aircraft", "around Taiwan", "Taiwan", _day(14)),
        (before[1], "navy vessels", "around Taiwan", "Taiwan", _day(14)),
    }
    if earlier[0]:
        expected.add((earlier[0], "aircraft", "around Taiwan", "Taiwan", _day(13)))
    assert facts_of(text) == expected


@given(total=st.integers(10, 60), crossed=st.integers(1, 9))
def test_a_zone_made_the_topic_of_a_count_is_that_counts_zone(total: int, crossed: int) -> None:
    text = f"同じ15日の台湾国防部発表（15日06時まで）は中国軍機{total}機、艦艇6隻で、中間線越えは{crossed}機。"
    assert facts_of(text) == {
        (total, "aircraft", "around Taiwan", "Taiwan", _day(15)),
        (6, "navy vessels", "around Taiwan", "Taiwan", _day(15)),
        (crossed, "aircraft", "median line", "Taiwan", _day(15)),
    }


def test_the_hour_a_report_runs_to_makes_a_colons_figures_the_days() -> None:
    text = (
        "15日(日)の台湾国防部発表\n\n本日（15日）06時まで：中国軍機15機、中国艦艇6隻、公務船なし。"
    )
    assert facts_of(text) == {
        (15, "aircraft", "around Taiwan", "Taiwan", _day(15)),
        (6, "navy vessels", "around Taiwan", "Taiwan", _day(15)),
    }


def test_a_clause_opening_with_a_kanji_day_dates_its_figures() -> None:
    text = (
        "【台湾周辺動向】　六月十五日　台湾国防部発表分\n中共軍機　延べ二十四機\n中共艦艇　八隻\n"
        "（前日の十四日は軍機三十七機、艦艇十隻。十三日は軍機十機）"
    )
    assert (10, "aircraft", "around Taiwan", "Taiwan", _day(13)) in facts_of(text)
    assert (10, "aircraft", "around Taiwan", "Taiwan", _day(14)) not in facts_of(text)


def test_a_missile_family_glossed_in_latin_letters_is_counted() -> None:
    published = PUBLISHED - timedelta(days=1)
    text = (
        "昨日（13日）午後、中国軍が台湾周辺の海域に向けて発射した弾道ミサイル。"
        "台湾国防部は東風（ＤＦ）系列１１発と発表。"
    )
    assert cjk_facts_at(text, published) == {(11, "missiles", "around Taiwan", "Taiwan", _day(13))}


def test_breakdowns_other_days_and_two_kinds_together_give_no_fact() -> None:
    text = (
        TODAY + "11機のうち無人機が4機。機種はJ-16×6、J-11×2、Y-9電子戦機×2、Y-8対潜哨戒機×1。"
        "国防部は別途、艦艇・公務船が合わせて「約90隻」展開していると説明した。"
        "今週は月曜（9日）の軍機20機がピークで、それ以外は10機前後。"
    )
    assert facts_of(text) == {
        (11, "aircraft", "around Taiwan", "Taiwan", _day(15)),
        (7, "navy vessels", "around Taiwan", "Taiwan", _day(15)),
        (20, "aircraft", "around Taiwan", "Taiwan", _day(9)),
    }
