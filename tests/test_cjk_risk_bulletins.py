"""Japanese risk bulletins, safety notices and spoken commentary (the ja-blind19 passages'
classes of miss): a week's list of days gives each day's facts, a broadcast's figures survive
its fillers, pronouns and corrections, a kana "きょう" is the report's day, and a country's
navy, a carrier's name and a capital that is only a city are linked as a reader takes them."""

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb

PUBLISHED = datetime(2025, 3, 6, 6, 0, tzinfo=UTC)  # a Thursday
WEEKDAYS = "月火水木金土日"
HEADING = "台湾リスク週報\n\n■台湾周辺の中国軍動向（台湾国防部の毎日の発表より）\n"


def _facts(text: str, published: datetime = PUBLISHED) -> set[Fact]:
    return cjk_facts_at(text, published)


def _links(text: str, published: date = date(2025, 6, 1)) -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), published, "japan")
    return {(m.text, m.entity_id) for m in mentions}


def test_a_bulletins_list_of_days_gives_each_days_figures_and_its_part_in_a_zone() -> None:
    text = (
        HEADING + "・3/3（月）　軍機12機、艦艇6隻\n"
        "・3/4（火）　軍機9機、艦艇7隻（うち中間線越え3機）\n"
        "・3/5（水）　軍機24機、艦艇8隻、公船1隻\n"
        "・3/6（木）　本日分は未発表\n"
        "※今週の累計：軍機45機（前週比＋11機）\n"
    )
    assert _facts(text) == {
        (12, "aircraft", "around Taiwan", "Taiwan", "2025-03-03"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-03-03"),
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-03-04"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-03-04"),
        (3, "aircraft", "median line", "Taiwan", "2025-03-04"),
        (24, "aircraft", "around Taiwan", "Taiwan", "2025-03-05"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-03-05"),
        (1, "official ships", "around Taiwan", "Taiwan", "2025-03-05"),
    }


def test_a_list_of_bare_figures_parted_by_slashes_is_read_too() -> None:
    text = (
        "中国軍活動ウィークリー（数字は台湾国防部の発表による）\n\n"
        "3月4日（火）　軍機 22 ／艦艇 9 ／うちADIZ進入 10\n"
        "（3日、5日は艦艇のみ）\n週間合計：軍機 75、艦艇 延べ 51\n"
    )
    assert _facts(text) == {
        (22, "aircraft", "around Taiwan", "Taiwan", "2025-03-04"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2025-03-04"),
        (10, "aircraft", "ADIZ", "Taiwan", "2025-03-04"),
    }


def test_a_stale_day_prose_after_a_day_and_a_list_without_the_report_give_nothing() -> None:
    # A day more than a week before publication is background (rule 8).
    assert _facts(HEADING + "・2/20（木）　軍機12機、艦艇6隻\n") == set()
    # A line of prose that opens with a day is no row: its words are no craft's figures.
    assert _facts(HEADING + "・3/4（火）　気温18度、湿度60\n") == set()
    # Without Taiwan's defence ministry's report, the list is someone else's figures.
    assert _facts("社内メモ\n\n・3/4（火）　軍機9機、艦艇7隻\n") == set()


@settings(max_examples=30, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.integers(1, 80), st.integers(0, 30), st.booleans()), min_size=1, max_size=4
    ),
    slashes=st.booleans(),
)
def test_every_listed_day_of_the_week_gives_its_own_figures(
    rows: list[tuple[int, int, bool]], slashes: bool
) -> None:
    lines, expected = [], set()
    for offset, (aircraft, navy, counters) in enumerate(rows):
        day = PUBLISHED.date() - timedelta(days=3 - offset)
        head = f"・{day.month}/{day.day}（{WEEKDAYS[day.weekday()]}）　"
        figures = [f"軍機{aircraft}" + ("機" if counters else ""), f"艦艇{navy}" + "隻" * counters]
        lines.append(head + (" ／" if slashes else "、").join(figures))
        expected.add((aircraft, "aircraft", "around Taiwan", "Taiwan", day.isoformat()))
        if navy:
            expected.add((navy, "navy vessels", "around Taiwan", "Taiwan", day.isoformat()))
    assert _facts(HEADING + "\n".join(lines) + "\n") == expected


def test_a_spoken_reports_pronoun_filler_and_correction_keep_the_figures_meant() -> None:
    spoken = datetime(2025, 2, 18, 0, 30, tzinfo=UTC)
    # "公船、いわゆる海警の船ですね、これが1隻": the pronoun's craft are the ones named before it.
    text = (
        "台湾の国防部の発表ですね、けさ6時までの24時間で、中国軍機が28機、えー、艦艇が7隻、"
        "それから公船、いわゆる海警の船ですね、これが1隻確認されたということです。"
    )
    assert (1, "official ships", "around Taiwan", "Taiwan", "2025-02-18") in _facts(text, spoken)
    assert (1, "navy vessels", "around Taiwan", "Taiwan", "2025-02-18") not in _facts(text, spoken)
    # A filler and its pauses part no clause: the missiles are named before "えー、".
    text = "台湾の国防部の発表ですと、東風ミサイルとみられるものが、えー、計9発。"
    assert _facts(text, spoken) == {(9, "missiles", "around Taiwan", "Taiwan", "2025-02-18")}
    # A figure taken back on air is none; the corrected one is the day's.
    text = (
        "台湾国防部の今朝の発表ですね。6時までの24時間で、中国軍機が24機、艦艇が、えー、17隻……"
        "あ、ごめんなさい、17じゃないですね、11隻です。"
    )
    assert _facts(text, spoken) == {
        (24, "aircraft", "around Taiwan", "Taiwan", "2025-02-18"),
        (11, "navy vessels", "around Taiwan", "Taiwan", "2025-02-18"),
    }


def test_a_balloon_counted_with_tsu_and_a_total_whose_part_has_no_count() -> None:
    spoken = datetime(2024, 2, 6, 3, 0, tzinfo=UTC)
    text = (
        "台湾の国防部によりますと、きょう午前6時までの24時間に、中国軍の軍用機15機と、艦艇6隻、"
        "それに気球1つが台湾の周辺で確認されました。気球は3つの海域を通ったということです。"
    )
    assert (1, "balloons", "around Taiwan", "Taiwan", "2024-02-06") in _facts(text, spoken)
    assert not any(fact[0] == 3 for fact in _facts(text, spoken))
    # "24機のうち、中間線を越えたのは？": the zone is the part's, not the total's.
    text = "台湾国防部の発表で中国軍機が24機。司会：24機のうち、中間線を越えたのは？"
    assert _facts(text, spoken) == {(24, "aircraft", "around Taiwan", "Taiwan", "2024-02-06")}


def test_the_days_and_scopes_a_broadcast_and_a_crisis_report_write() -> None:
    # A kana "きょう" is the report's day: the month's total before it no longer governs.
    radio = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    text = (
        "2月の1か月間に、尖閣諸島周辺の接続水域で確認された中国海警局の船は延べ112隻です。"
        "で、きょうも、えー、けさの時点で、接続水域に4隻いる。"
    )
    assert _facts(text, radio) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2024-03-01")
    }
    # An exercise "to last three days" is no period of counts; the company's ships are no craft.
    report = datetime(2026, 5, 21, 7, 0, tzinfo=UTC)
    text = (
        "演習は「少なくとも3日間」続くとみられる。\n海上保安庁は、尖閣諸島周辺の接続水域で中国海警局"
        "の船4隻が航行していることを確認した。\n台湾海峡：当社の管理船2隻が海峡内を北上中。"
    )
    assert _facts(text, report) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2026-05-21")
    }
    # A weekday apposed to a date is that date's: "2日の月曜日" is nine days back, background.
    live = datetime(2025, 6, 11, 11, 0, tzinfo=UTC)
    text = "台湾の国防部の発表で、先週の月曜日ですね、2日の月曜日が、えー、45機だったんで。"
    assert _facts(text, live) == set()


def test_ships_in_taiwans_own_contiguous_zone() -> None:
    published = datetime(2025, 9, 24, 5, 0, tzinfo=UTC)
    text = (
        "台湾国防部は24日、台湾周辺で中国海警局の公船4隻を確認したと発表した。"
        "公船4隻はいずれも台湾東部・花蓮沖の接続水域に入った。"
    )
    assert (4, "official ships", "contiguous zone", "Taiwan", "2025-09-24") in _facts(
        text, published
    )


def test_a_countrys_navy_under_any_of_its_names_and_a_carriers_japanese_name() -> None:
    text = (
        "日豪両政府は17日に署名した。アメリカ海軍とオーストラリア海軍が参加し、"
        "空母「ジョージ・ワシントン」も加わった。"
    )
    links = _links(text)
    assert ("アメリカ海軍", "us-navy") in links
    assert ("オーストラリア海軍", "royal-australian-navy") in links
    assert ("ジョージ・ワシントン", "uss-george-washington") in links
    # The navy's name opens with the country's: 豪 of 日豪 is a country the reader has met.
    assert ("豪", "australia") in links


def test_a_capital_that_is_only_the_city_and_one_that_is_the_government() -> None:
    assert ("台北", "taipei") in _links("台北、新竹の各拠点では業務への影響なし。")
    assert ("マニラ", "manila") in _links("香港・高雄発マニラ向けの当社船は航行している。")
    text = "台北と東京は28日、協力文書に署名した。台北の現地法人を通じた調達に変更はない。"
    assert _links(text) >= {("台北", "taiwan"), ("台北", "taipei")}
    assert ("ワシントン", "united-states") in _links(
        "ワシントンの関心が、同盟国の負担に向いている。"
    )


def test_chinese_copys_forces_keep_the_knowledge_bases_own_spellings() -> None:
    # The base spells the Russian Navy in Chinese (俄羅斯海軍), as the Chinese sets label other
    # countries' navies whole 31 times of 40 where they label either.
    mentions = cjk_mentions(
        "中俄海軍聯合演習，俄羅斯海軍艦艇參加。", default_kb(), date(2025, 6, 1), "taiwan"
    )
    assert ("俄羅斯海軍", "russian-navy") in {(m.text, m.entity_id) for m in mentions}


def test_a_reading_in_brackets_is_no_day_and_a_kanji_dates_weekday_still_counts() -> None:
    published = datetime(2024, 1, 6, 21, 0, tzinfo=UTC)
    text = (
        "台湾の国防部は４日、中国の気球３個を台湾のまわりで見つけたと発表しました。このうち１個は"
        "台湾海峡（たいわんかいきょう）の「中間線」をこえた。"
    )
    assert (1, "balloons", "median line", "Taiwan", "2024-01-04") in _facts(text, published)
