"""Japanese and Chinese copy cut into the pieces the theme model scores apart
(cjk_told_figures.py, cjk_roundups.py, story_reading.py): a sister city's visit, a religious
exchange or a tourism pact told beside the day's PLA figures is both cooperation and security, as
the labelling guide's writers label it; a Chinese council's minutes or a newsletter's bulletins
are labelled by every item; and an item that is a security story with a word on partners decides
nothing of its own. The stories are ours, in the shapes of the copy the blind sets missed, and in
no corpus."""

from dataclasses import replace

import pytest

from monitor.nlp.cjk_roundups import cjk_roundup_items
from monitor.nlp.cjk_script import fold
from monitor.nlp.cjk_themes import cjk_theme_model, score_cjk
from monitor.nlp.cjk_told_figures import cjk_told_figures_apart

# A county council's minutes: a sister-city item beside the day's figures and a road item.
MINUTES = (
    "宜蘭縣議會第20屆第3次定期會 議事摘要\n"
    "\n"
    "一、觀光：縣府報告，今年與日本沖繩縣宮古島市締結友好城市滿十週年，雙方將互派中學生交流訪問，並洽簽農產品推廣合作備忘錄。\n"
    "二、國防：議員關切共軍近期於東部海域頻繁活動。縣府引述國防部資料表示，本（5）日6時至6日6時，偵獲共機18架次、共艦7艘，其中共機9架次進入北部及東部空域。\n"
    "三、交通：蘇花公路和中路段將於下月進行邊坡整治，縣府已請公路局規劃夜間替代車道，提醒用路人提早出門。"
)
# A county newsletter's bulletins (◎).
BULLETINS = (
    "【屏東新聞快報】3月12日\n"
    "\n"
    "◎國防部今晨公布，自11日上午6時至今晨6時，偵獲共機21架次、共艦9艘，其中共機12架次進入西南空域，縣府提醒漁民出海留意安全。\n"
    "◎菲律賓巴丹省省長率團今起訪問屏東，與縣長會面，雙方將簽署漁業及觀光交流協議，並討論開辦恆春至巴丹的季節性航班。\n"
    "◎墾丁國家公園管理處表示，春假期間南灣海域將加派救生員，提醒遊客勿在警戒線外戲水。"
)
# A cross-strait religious festival told beside the day's figures, in simplified script.
FESTIVAL = (
    "闽台妈祖文化节在泉州开幕 台防务部门称解放军军机27架次\n"
    "\n"
    "（本报综合报道）第十届闽台妈祖文化节周六在福建泉州开幕，来自台湾中南部的三十多家宫庙组团参加，两岸信众一同参与祭典和文化论坛，主办方表示将推动两岸青年交流营常态化。台湾宫庙代表说，希望两岸多走动，让交流持续下去。\n"
    "同一天，台湾国防部称，截至周六早上6时的24小时内，在台湾周边侦测到解放军军机27架次、军舰8艘，其中15架次越过海峡中线。"
)
# A Japanese weekly digest: the figures, a tourism memorandum, an airport and the weather.
WEEKLY = (
    "今週の主なニュース（６月２日～６日）\n"
    "\n"
    "▽台湾国防部は６日、同日午前６時までの２４時間に台湾周辺で中国軍機２２機と艦艇８隻を確認したと発表した。うち１１機が中間線を越えた。\n"
    "▽宮古島市と台湾の宜蘭県は４日、観光と農産品の交流促進に関する覚書を結んだ。来年度から高校生の相互派遣も始める。\n"
    "▽那覇空港の国際線旅客ターミナルで、夏休みに向けた混雑対策として保安検査場を１カ所増やす工事が始まった。\n"
    "▽沖縄気象台は５日、沖縄地方が梅雨明けしたとみられると発表した。平年より１６日早い。"
)
# A defence ministry's briefing: its third answer names partners; the briefing is security alone.
BRIEFING = (
    "國防部記者會紀要（12月3日）\n"
    "\n"
    "一、發言人說明：共軍東部戰區昨日宣布在臺灣北部及東部海域實施聯合戰備警巡，國防部偵獲共機45架次、共艦11艘，其中共機30架次逾越中線，國軍派遣任務機艦嚴密監控。\n"
    "二、作戰次長說明：共軍此次以轟-6K及殲-16等機型在東部空域模擬對艦打擊，國軍啟動防空飛彈系統全程追蹤，並提升各作戰區戰備等級。\n"
    "三、答問摘要：問：美、日等國是否已接獲我方通報？答：國防部與美國、日本等理念相近國家保持密切情資交流與合作，美國國務院及日本外務省均已發表聲明表達關切，感謝友盟支持。"
)


@pytest.mark.parametrize(
    ("language", "story"),
    [("zh", MINUTES), ("zh", BULLETINS), ("zh", FESTIVAL), ("ja", WEEKLY)],
    ids=["zh-minutes", "zh-bulletins", "zh-festival", "ja-weekly"],
)
def test_a_partnership_told_beside_the_days_figures_is_both(language: str, story: str) -> None:
    (scores,) = score_cjk(cjk_theme_model(language), [story])
    assert set(scores.tags) == {"cooperation", "security"}


def test_an_item_that_names_partners_in_a_security_briefing_decides_nothing() -> None:
    model = cjk_theme_model("zh")
    (scores,) = score_cjk(model, [BRIEFING])
    assert scores.tags == ("security",)
    # Were every item free to decide, the answer on partners alone would read as cooperation.
    loose = replace(model, reading=replace(model.reading, items_of_one_theme=False))
    assert "cooperation" in score_cjk(loose, [BRIEFING])[0].tags


@pytest.mark.parametrize(
    "sentence",
    [
        "國防部今晨公布，偵獲共機18架次、共艦7艘，其中共機9架次進入北部空域。",
        "台湾国防部は同日、台湾周辺で中国軍機２４機と艦艇７隻を確認したと発表した。",
        "据台湾海巡部门统计，中国海警船有6批次、22艘次进入金门周边限制水域。",
        "日本の海上保安庁によると、中国海警局の船４隻が尖閣諸島周辺の接続水域を航行した。",
    ],
)
def test_a_sentence_that_counts_the_other_sides_craft_tells_the_days_figures(
    sentence: str,
) -> None:
    exchange = "兩地學生將互訪交流，並簽署觀光合作備忘錄。"
    parts = cjk_told_figures_apart(fold(exchange + sentence))
    assert parts == (fold(sentence), fold(exchange))


@pytest.mark.parametrize(
    "sentence",
    [
        "日本政府周二向菲律宾海警移交两艘巡逻船，并提供操作培训。",  # a gift of boats
        "中華航空表示，將於夏季增加3架客機投入沖繩航線。",  # an airline's aircraft
        "上個月共有40艘郵輪停靠基隆港，創下新高。",  # a port's ships
    ],
)
def test_craft_counted_without_the_other_sides_forces_are_no_figures(sentence: str) -> None:
    assert cjk_told_figures_apart(fold("兩地學生將互訪交流。" + sentence)) is None


@pytest.mark.parametrize(
    "text",
    [
        "國防部今天公布共機動態。\n海巡署也表示將加強巡邏。\n陸委會呼籲對岸停止挑釁。",
        "本期要目\n一、標案動態\n二、臺海動態\n三、國際動態",
        MINUTES.split("\n三、")[0],
    ],
    ids=["paragraphs", "headings", "two-items"],
)
def test_copy_that_is_no_roundup_has_no_items(text: str) -> None:
    assert cjk_roundup_items(fold(text)) == []


def test_a_roundups_items_run_from_their_marks() -> None:
    items = cjk_roundup_items(fold(MINUTES))
    assert [item[:3] for item in items] == ["一、观", "二、国", "三、交"]
