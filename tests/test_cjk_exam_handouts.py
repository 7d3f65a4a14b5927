"""Chinese exam handouts and study notes (the zh-blind23 passages' classes of miss): a week's
table of the defence ministry's figures whose zone column tells each day's zones in words, with a
remarks column beside it, gives each day's facts; so do notes' tallies ("共機x35") and a slide's
listed days under a week's heading."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import Fact, cjk_facts_at

from monitor.nlp.cjk_answer_keys import filled_blanks
from monitor.nlp.cjk_script import fold
from monitor.nlp.cjk_tally_marks import tallies_as_counts

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


def test_a_table_of_some_other_bodys_figures_gives_no_report_totals() -> None:
    source = "◎資料來源：國防部每日「即時軍事動態」（統計區間為前日0600時至當日0600時）"
    text = HANDOUT.replace(source, "◎資料來源：漁會每週漁民目擊紀錄").replace("另偵獲", "另有")
    assert not any(fact[2] == "around Taiwan" for fact in cjk_facts_at(text, PUBLISHED))


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


MINUTES = (
    "兩岸組讀書會 1/14 會議記錄\n\n"
    "1. 上週共軍動態回顧（國防部公布）\n"
    " - 1/13(一) 早上公布：共機x35 共艦x8 公務船x4；越中線x22 → 北、中、西南空域。\n"
    " - 1/12(日)：共機x9、共艦x6，無越線。\n"
    " - 同一架飛機往返兩趟計為２架次，別算錯。"
)


def test_notes_tallies_are_counts_and_a_tally_of_a_zone_counts_the_craft_in_it() -> None:
    assert cjk_facts_at(MINUTES, datetime(2025, 1, 14, 13, 30, tzinfo=UTC)) == {
        (35, "aircraft", "around Taiwan", "Taiwan", "2025-01-13"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2025-01-13"),
        (4, "official ships", "around Taiwan", "Taiwan", "2025-01-13"),
        (22, "aircraft", "median line", "Taiwan", "2025-01-13"),
        (22, "aircraft", "ADIZ", "Taiwan", "2025-01-13"),
        (9, "aircraft", "around Taiwan", "Taiwan", "2025-01-12"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2025-01-12"),
    }


def test_a_slides_listed_days_under_a_weeks_heading_are_each_days_report() -> None:
    slide = (
        "Slide 2　本週數字（國防部即時軍事動態）\n"
        "• 6/2（一）：共機17架次、共艦7艘\n"
        "• 6/5（四）：空飄氣球×2 越過中線（基隆西北方）；共機僅5架次，均未進入空域"
    )
    assert cjk_facts_at(slide, datetime(2025, 6, 6, 11, 0, tzinfo=UTC)) == {
        (17, "aircraft", "around Taiwan", "Taiwan", "2025-06-02"),
        (7, "navy vessels", "around Taiwan", "Taiwan", "2025-06-02"),
        (2, "balloons", "median line", "Taiwan", "2025-06-05"),
        (5, "aircraft", "around Taiwan", "Taiwan", "2025-06-05"),
    }


@given(st.text(alphabet="共機艦船球越中線空域x×X* 0123456789，；、", max_size=60))
def test_rewriting_tallies_keeps_every_offset(text: str) -> None:
    folded = fold(text)
    assert len(tallies_as_counts(folded)) == len(folded)


def test_a_worksheets_blanks_take_their_keys_answers() -> None:
    worksheet = (
        "高三公民 時事填空練習\n"
        "國防部115年1月8日公布，自1月7日（星期三）0600時至1月8日（星期四）0600時止，"
        "偵獲共機（　①　）架次、共艦（　②　）艘；其中共機（　③　）架次逾越（　④　）進入我西南空域。\n\n"
        "【解答】①十三　②八　③五　④海峽中線"
    )
    assert cjk_facts_at(worksheet, datetime(2026, 1, 9, 4, 0, tzinfo=UTC)) == {
        (13, "aircraft", "around Taiwan", "Taiwan", "2026-01-08"),
        (8, "navy vessels", "around Taiwan", "Taiwan", "2026-01-08"),
        (5, "aircraft", "median line", "Taiwan", "2026-01-08"),
        (5, "aircraft", "ADIZ", "Taiwan", "2026-01-08"),
    }


def test_a_questions_options_and_its_keys_answers_count_nothing() -> None:
    exam = (
        "請閱讀以下新聞，回答第14題。\n"
        "國防部今（28）日表示，自昨日上午6時至今日上午6時，偵獲共機15架次在臺海周邊活動，"
        "其中共機9架次逾越中線進入西南空域。\n"
        "14.依新聞，國防部今日公布的共機數字為何？ (A)15架次 (B)45架次 (C)兩者皆是　答：(A)\n"
        "15.下列敘述何者錯誤？\n"
        "(A)逾越中線之共機為9架次\n"
        "(B)進入我防空識別區之共機共14架次\n"
        "參考答案：十五架次"
    )
    assert cjk_facts_at(exam, datetime(2026, 4, 28, 8, 0, tzinfo=UTC)) == {
        (15, "aircraft", "around Taiwan", "Taiwan", "2026-04-28"),
        (9, "aircraft", "median line", "Taiwan", "2026-04-28"),
        (9, "aircraft", "ADIZ", "Taiwan", "2026-04-28"),
    }


@given(st.text(alphabet="（）() 　①②③④共機架次十三海峽中線【解答】答案：\n12", max_size=60))
def test_filling_blanks_keeps_every_offset(text: str) -> None:
    assert len(filled_blanks(text, fold(text))) == len(fold(text))


def test_a_press_conferences_answers_are_no_answer_key() -> None:
    transcript = (
        "問：颱風期間共軍是否仍有活動？\n"
        "答：今晨6時前24小時，國軍偵獲共機7架次、共艦6艘，其中共機3架次進入西南空域。"
    )
    assert cjk_facts_at(transcript, datetime(2024, 10, 3, 9, 0, tzinfo=UTC)) == {
        (7, "aircraft", "around Taiwan", "Taiwan", "2024-10-03"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2024-10-03"),
        (3, "aircraft", "ADIZ", "Taiwan", "2024-10-03"),
    }
