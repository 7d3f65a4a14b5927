"""Japanese lawmakers' newsletters, support-group bulletins and assembly reports (the ja-blind18
passages' classes of miss): a week's table of the defence ministry's daily figures gives each
day's facts, a stay still going on "as of" a day with its weekday in brackets is that day's, "米"
before a House title is the country, and the Japanese names of airports, an agreement,
Beijing's office and a Speaker are linked."""

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb

PUBLISHED = datetime(2026, 1, 19, 3, 0, tzinfo=UTC)
WEEKDAYS = "月火水木金土日"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _facts(text: str, published: datetime = PUBLISHED) -> set[Fact]:
    return cjk_facts_at(text, published)


def _links(text: str) -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 11, 20), "japan")
    return {(m.text, m.entity_id) for m in mentions}


def _figure(n: int | None) -> str:
    return "―" if n is None else str(n).translate(_FULL_WIDTH)


def _week_table(rows: list[tuple[int | None, int | None, int | None, int | None]]) -> str:
    """A bulletin's table of the days 13 to 13+len(rows)-1 of January 2026 (a Tuesday on)."""
    lines = [
        "台湾海峡ウィークリー\n\n■今週の数字（台湾国防部の日次発表。各日午前６時までの２４時間）\n",
        "日付　　　　　　軍機（うちＡＤＩＺ進入）　艦艇　公船",
    ]
    for offset, (aircraft, adiz, navy, official) in enumerate(rows):
        day = f"１月{_figure(13 + offset)}日（{WEEKDAYS[(1 + offset) % 7]}）"
        cells = [f"{_figure(aircraft)}（{_figure(adiz)}）", _figure(navy), _figure(official)]
        lines.append("　".join([day, *cells]))
    lines.append("\n■コメント\n週の前半に集中した。５日間の軍機は延べ８６機だった。")
    return "\n".join(lines)


def test_a_weekly_table_gives_each_days_figures_and_none_for_a_dash() -> None:
    text = _week_table([(35, 24, 8, 2), (4, None, 5, None)])
    assert _facts(text) == {
        (35, "aircraft", "around Taiwan", "Taiwan", "2026-01-13"),
        (24, "aircraft", "ADIZ", "Taiwan", "2026-01-13"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2026-01-13"),
        (2, "official ships", "around Taiwan", "Taiwan", "2026-01-13"),
        (4, "aircraft", "around Taiwan", "Taiwan", "2026-01-14"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2026-01-14"),
    }


def test_a_tables_sum_row_a_stale_week_and_another_sources_table_give_nothing() -> None:
    table = _week_table([(35, 24, 8, 2)])
    # A row of the week's sums is cumulative (rule 5).
    assert _facts(
        table.replace("\n\n■コメント", "\n計　３５（２４）　８　２\n\n■コメント")
    ) == _facts(table)
    # Read three weeks later, the days are background (rule 8).
    assert _facts(table, datetime(2026, 2, 9, 3, 0, tzinfo=UTC)) == set()
    # Without the defence ministry's report the figures are nobody's daily report.
    assert (
        _facts(table.replace("台湾国防部の日次発表。各日午前６時までの２４時間", "漁協調べ"))
        == set()
    )


@given(
    st.lists(
        st.tuples(*(st.one_of(st.none(), st.integers(0, 120)) for _ in range(4))),
        min_size=1,
        max_size=7,
    )
)
def test_every_figure_of_a_weekly_table_is_its_days_fact_and_nothing_else(
    rows: list[tuple[int | None, int | None, int | None, int | None]],
) -> None:
    expected = set()
    for offset, (aircraft, adiz, navy, official) in enumerate(rows):
        day = date(2026, 1, 13 + offset).isoformat()
        for count, what, zone in (
            (aircraft, "aircraft", "around Taiwan"),
            (adiz, "aircraft", "ADIZ"),
            (navy, "navy vessels", "around Taiwan"),
            (official, "official ships", "around Taiwan"),
        ):
            if count:
                expected.add((count, what, zone, "Taiwan", day))
    assert _facts(_week_table(rows)) == expected


def test_ships_still_inside_as_of_a_day_with_its_weekday_are_that_days_fact() -> None:
    text = (
        "参議院議員メールマガジン　６月３日号\n\n【尖閣】\n２日（月）午後に尖閣諸島の大正島の周辺で"
        "日本の領海に侵入した中国海警局の船２隻は、３日（火）正午の時点でも領海内にとどまっています。"
        "このほか接続水域では別の２隻が航行しています。"
    )
    assert _facts(text, datetime(2025, 6, 3, 10, 0, tzinfo=UTC)) == {
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-03"),
        (2, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-03"),
    }


def test_the_country_before_a_house_title_is_the_country_and_the_house_alone_stays_whole() -> None:
    links = _links("２０２２年８月のペロシ米下院議長の訪台後、中国軍が演習を行った。")
    assert ("米", "united-states") in links
    assert ("米下院", "us-house") not in links
    assert ("米下院", "us-house") in _links("米下院は台湾関連の法案を可決した。")
    assert ("米上院", "us-senate") in _links("米上院の超党派議員団が訪台した。米上院議員団は…")


def test_the_japanese_names_of_places_bodies_and_people_are_linked() -> None:
    links = _links(
        "羽田から台北の松山空港まではわずか３時間半。"
        "日台民間漁業取決めで操業ルールが定められている。国台弁は批判した。"
        "蔡英文総統が米国でマッカーシー下院議長と会談した。"
    )
    assert {
        ("羽田", "haneda-airport"),
        ("松山空港", "songshan-airport"),
        ("日台民間漁業取決め", "japan-taiwan-fishery-agreement"),
        ("国台弁", "taiwan-affairs-office"),
        ("マッカーシー", "kevin-mccarthy"),
    } <= links
