"""Japanese net copy that quotes Taiwan's daily report (the ja-blind21 passages' classes of miss):
comment sections under a heading set off by rules, where a misquoted figure and its correction
give no fact but a reply that dates its figure does; a newspaper's lede dated in kanji numerals;
a personal tracker's list of days with no space after the weekday; an explainer's answer that
returns from history to the day's report."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp.cjk_reader_replies import replies_start
from monitor.nlp.cjk_script import fold

PUBLISHED = datetime(2023, 4, 12, 3, 0, tzinfo=UTC)  # Wednesday 12 April, noon in Tokyo
REPORT = (
    "台湾国防部は12日、同日午前6時までの24時間に、中国軍機35機と艦艇8隻が台湾周辺で活動したと"
    "発表した。このうち19機が台湾海峡の中間線を越えた。"
)
REPORTED = {
    (35, "aircraft", "around Taiwan", "Taiwan", "2023-04-12"),
    (8, "navy vessels", "around Taiwan", "Taiwan", "2023-04-12"),
    (19, "aircraft", "median line", "Taiwan", "2023-04-12"),
}


def facts_of(text: str, published: datetime = PUBLISHED) -> set[Fact]:
    return cjk_facts_at(text, published)


def page(heading: str, *comments: str) -> str:
    return "中国軍機35機が台湾周辺に\n\n" + REPORT + f"\n\n{heading}\n" + "\n".join(comments)


@given(
    rule=st.sampled_from(["――", "——", "---", "─────", "==", "〜〜"]),
    word=st.sampled_from(["コメント", "ネットの反応", "反応"]),
    misquote=st.integers(min_value=36, max_value=99),
)
def test_a_misquote_and_its_correction_under_a_ruled_heading_give_no_fact(
    rule: str, word: str, misquote: int
) -> None:
    text = page(
        f"{rule}{word}{rule}",
        f"・演習終わったのに{misquote}機って、何も終わってないじゃん",
        f"　└ {misquote}じゃなくて35機な。どっちにしても多いけど",
        "・1日13機ペースか",
    )
    assert text[replies_start(fold(text)) :].lstrip().startswith(rule)
    assert facts_of(text) == REPORTED


def test_a_reply_that_makes_its_day_the_topic_gives_that_days_figure() -> None:
    text = page(
        "――コメント――",
        "・8日は台湾周辺に70機以上来てたらしいから、これでも減った方",
        "・先週の日曜（9日）は12機だったのに、いきなり増えたな",
    )
    assert facts_of(text) == REPORTED | {
        (70, "aircraft", "around Taiwan", "Taiwan", "2023-04-08"),
        (12, "aircraft", "around Taiwan", "Taiwan", "2023-04-09"),
    }
    coast_guard = page("【コメント】", "・尖閣の接続水域にも今日は海警4隻いるってさ")
    assert (4, "official ships", "contiguous zone", "Senkaku Islands", "2023-04-12") in facts_of(
        coast_guard
    )


def test_a_lede_dated_in_kanji_numerals_is_that_days_report() -> None:
    text = (
        "中国軍機31機、23機が中間線越え\n\n"
        "台湾国防部は二十四日、同日午前六時までの二十四時間に中国軍機三十一機、艦艇八隻を台湾周辺で"
        "確認したと発表した。うち二十三機が中間線を越えた。前日の二十三日には軍機十九機が確認されて"
        "いた。"
    )
    assert facts_of(text, datetime(2026, 3, 24, 2, 0, tzinfo=UTC)) == {
        (31, "aircraft", "around Taiwan", "Taiwan", "2026-03-24"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2026-03-24"),
        (23, "aircraft", "median line", "Taiwan", "2026-03-24"),
        (19, "aircraft", "around Taiwan", "Taiwan", "2026-03-23"),
    }


def test_a_window_in_kanji_runs_to_its_last_day_after_a_lede_of_the_day_before() -> None:
    text = (
        "中国軍の台湾周辺演習について（談話）\n\n"
        "一、中国人民解放軍は二十三日、台湾を取り囲む形で大規模な軍事演習を始めた。台湾国防部によれば、"
        "二十三日午前六時から二十四日午前六時までに中国軍機延べ八十七機、艦艇二十一隻が確認された。"
    )
    assert facts_of(text, datetime(2026, 2, 24, 6, 0, tzinfo=UTC)) == {
        (87, "aircraft", "around Taiwan", "Taiwan", "2026-02-24"),
        (21, "navy vessels", "around Taiwan", "Taiwan", "2026-02-24"),
    }


@given(space=st.sampled_from(["", " ", "　"]))
def test_a_listed_day_may_run_its_figures_on_after_the_weekday(space: str) -> None:
    text = (
        "台湾周辺の中国軍動向メモ\n\n"
        "台湾国防部の毎日の発表を書き写しているだけ。\n"
        f"・11/10（木）{space}軍機8／艦艇5\n"
        f"・11/11（金）{space}軍機27（うちADIZ進入16）／艦艇6\n"
        "・11/12（土）発表なし？（見落としかも）"
    )
    assert facts_of(text, datetime(2022, 11, 15, 12, 0, tzinfo=UTC)) == {
        (8, "aircraft", "around Taiwan", "Taiwan", "2022-11-10"),
        (5, "navy vessels", "around Taiwan", "Taiwan", "2022-11-10"),
        (27, "aircraft", "around Taiwan", "Taiwan", "2022-11-11"),
        (16, "aircraft", "ADIZ", "Taiwan", "2022-11-11"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2022-11-11"),
    }


def test_an_answer_returning_from_history_to_this_announcement_counts_the_days_craft() -> None:
    text = (
        "「中間線を越えた」ってどういう意味ですか？\n\n"
        "【質問】\n今朝のニュースで「台湾国防部は18日、同日午前6時までの24時間に中国軍機21機を台湾周辺で"
        "確認した」と言っていました。\n\n【ベストアンサー】\n"
        "昔は中国側も越えないようにしていたのですが、2022年ごろから普通に越えてくるようになりました。"
        "今回の発表だと、21機のうち14機が中間線を越えて、台湾の北部と南西部の防空識別圏（ADIZ）に"
        "入った、という意味です。"
    )
    assert facts_of(text, datetime(2025, 3, 18, 2, 10, tzinfo=UTC)) == {
        (21, "aircraft", "around Taiwan", "Taiwan", "2025-03-18"),
        (14, "aircraft", "median line", "Taiwan", "2025-03-18"),
        (14, "aircraft", "ADIZ", "Taiwan", "2025-03-18"),
    }


def test_a_count_said_to_be_inside_another_is_no_total_of_its_own() -> None:
    text = (
        "統幕発表と台湾国防部の数字を並べてみる\n\n"
        "【台湾国防部】12日午前6時までの24時間で、中国軍機10機、艦艇9隻を台湾周辺で確認。\n"
        "感想：統幕の3隻が台湾側の9隻に含まれているかはわからない。"
    )
    assert facts_of(text, datetime(2024, 7, 12, 9, 0, tzinfo=UTC)) == {
        (10, "aircraft", "around Taiwan", "Taiwan", "2024-07-12"),
        (9, "navy vessels", "around Taiwan", "Taiwan", "2024-07-12"),
    }


@given(
    navy=st.integers(min_value=2, max_value=80), coast_guard=st.integers(min_value=2, max_value=40)
)
def test_a_headlines_sum_of_the_bodys_kinds_of_ships_is_no_fact_of_its_own(
    navy: int, coast_guard: int
) -> None:
    text = (
        f"【ロイター】台湾周辺に中国艦船約{navy + coast_guard}隻が展開か　台湾当局者\n\n"
        f"ロイター通信は11日、台湾の安全保障当局者の話として、台湾周辺の海域に中国海軍の艦艇約{navy}隻と"
        f"海警局の船約{coast_guard}隻が展開していると報じた。"
    )
    assert facts_of(text, datetime(2026, 5, 12, 5, 0, tzinfo=UTC)) == {
        (navy, "navy vessels", "around Taiwan", "Taiwan", "2026-05-11"),
        (coast_guard, "official ships", "around Taiwan", "Taiwan", "2026-05-11"),
    }


def test_a_senkaku_topic_tag_is_no_dateline() -> None:
    text = "注目スレ\n\n▼今日の主なスレ\n・【尖閣】中国海警船4隻が接続水域に　連続確認は270日"
    assert facts_of(text, datetime(2025, 8, 8, 11, 0, tzinfo=UTC)) == {
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-08-08")
    }
