"""Entries held back until their Japanese and Chinese forms were written, linked as a reader of
each language meets them: Thailand of the migrant-worker press, Penghu's seat, Taiwan's air-raid
drill, Japan's missile alert, the transport and labour ministries of Japan and Taiwan (with the
transport ministry's agencies, whose names open with the ministry's), French Polynesia and the
East China Sea's median line, by its full name or bare in a paragraph about that sea."""

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from layout_variants import layouts, links

from tests.linking_helpers import cjk_links, mentions


def _linked(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, "2025-07-20") if m.in_kb}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Thailand's labour attaché said Thai workers in Taoyuan were safe.",
         "Thailand", "thailand"),
        ("Thai workers cannot vote in the election, but many follow it closely.",
         "Thai", "thailand"),
        ("MAGONG, Penghu (CNA) — Fishing boats stayed in port on Tuesday.", "MAGONG", "magong"),
        ("The coast guard escorted the dredger to Makung for questioning.", "Makung", "magong"),
        ("Trains stopped for 30 minutes as the Wan An air raid drill reached Taipei.",
         "Wan An air raid drill", "wan-an-drill"),
        ("Kaohsiung Metro holds trains at platforms for Wan An drill",
         "Wan An drill", "wan-an-drill"),
        ("No J-Alert was issued because no missile flew over Japanese territory.",
         "J-Alert", "j-alert"),
        ("TOKYO (Kyodo) — The transport ministry asked airlines to take note of the launch.",
         "transport ministry", "mlit"),
        ("The Ministry of Land, Infrastructure, Transport and Tourism ordered runway checks.",
         "Ministry of Land, Infrastructure, Transport and Tourism", "mlit"),
        ("TOKYO — The Land Ministry, which oversees the Coast Guard, will add two patrol ships.",
         "Land Ministry", "mlit"),
        ("Simpan nomor hotline 1955 milik Kementerian Tenaga Kerja Taiwan, yang melayani 24 jam.",
         "Kementerian Tenaga Kerja Taiwan", "taiwan-mol"),
        ("TAIPEI (CNA) — The transport ministry said international flights would be rerouted.",
         "transport ministry", "taiwan-motc"),
        ("The Ministry of Transportation and Communications (MOTC) asked operators to report.",
         "MOTC", "taiwan-motc"),
        ("TAIPEI (CNA) — The Ministry of Labor said migrant workers were covered by the plan.",
         "Ministry of Labor", "taiwan-mol"),
        ("MANILA — The DMW and Taiwan's labor ministry agreed on direct hiring for caregivers.",
         "labor ministry", "taiwan-mol"),
        ("The Civil Aeronautics Administration said no flight notice had been received.",
         "Civil Aeronautics Administration", "taiwan-caa"),
        ("The Maritime and Port Bureau told merchant ships to avoid the zone.",
         "Maritime and Port Bureau", "taiwan-mpb"),
        ("A French frigate sailed from French Polynesia to join the exercise.",
         "French Polynesia", "french-polynesia"),
        ("It is the 19th platform Beijing has built near the Japan-China median line.",
         "Japan-China median line", "japan-china-median-line"),
        ("Watch the East China Sea median line, where Chinese structures draw protests.",
         "East China Sea median line", "japan-china-median-line"),
    ],
)  # fmt: skip
def test_held_back_entries_link_in_english(text: str, surface: str, expected: str) -> None:
    assert _linked(text).get(surface) == expected


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — The Department of Labor said 150,000 jobs were added in June.",
        "TAIPEI (CNA) — Thailand's Ministry of Labour will not charge workers a fee.",
        "NYK and MOL shares gained on Monday after the freight rates rose.",
    ],
)
def test_another_countrys_ministry_or_a_firm_is_not_taiwans_labour_ministry(text: str) -> None:
    assert "taiwan-mol" not in set(_linked(text).values())


def test_the_mayors_given_name_is_no_air_raid_drill() -> None:
    linked = _linked("Taipei Mayor Chiang Wan-an said the drill had gone smoothly.")
    assert "wan-an-drill" not in set(linked.values())


@pytest.mark.parametrize(
    ("text", "home", "surface", "expected"),
    [
        ("防大では１９５８年にタイ人留学生を受け入れた。", "japan", "タイ", "thailand"),
        ("日本、泰国和新加坡是热门目的地。", "china", "泰国", "thailand"),
        ("日本依然是香港旅客首選，其次為台灣及泰國。", "taiwan", "泰國", "thailand"),
        ("8名陸籍船員全數押返馬公偵辦。", "taiwan", "馬公", "magong"),
        ("馬公市一名退休公務員說，每天看新聞。", "taiwan", "馬公市", "magong"),
        ("今年萬安演習與城鎮韌性演習結合。", "taiwan", "萬安演習", "wan-an-drill"),
        ("内政部と各地の自治体が防空演習（萬安演習）を実施します。", "japan", "萬安演習", "wan-an-drill"),
        ("政府はＪアラートで避難を呼びかけた。", "japan", "Ｊアラート", "j-alert"),
        ("全国瞬時警報システムが作動した。", "japan", "全国瞬時警報システム", "j-alert"),
        ("国土交通省は航空会社に注意を呼びかけた。", "japan", "国土交通省", "mlit"),
        ("国交省によると、欠航はなかった。", "japan", "国交省", "mlit"),
        ("台湾の交通部は、中国軍が台湾周辺で演習を始めたと発表した。", "japan", "交通部", "taiwan-motc"),
        ("卓榮泰指示交通部協調漁船與商船避開危險區域。", "taiwan", "交通部", "taiwan-motc"),
        ("交通部民航局表示，此次並未接獲對方通報。", "taiwan", "交通部民航局", "taiwan-caa"),
        ("二、民航局表示，松山機場昨天及今天均正常起降。", "taiwan", "民航局", "taiwan-caa"),
        ("台湾民航部门说，解放军划设的多个危险区影响航班。", "china", "台湾民航部门", "taiwan-caa"),
        ("受演训影响，民航局发布航行通告，东方航空调整航路。", "china", "民航局", "caac"),
        ("台湾交通部民用航空局说，解放军划设了多个危险区。", "china", "台湾交通部民用航空局",
         "taiwan-caa"),
        ("台湾の交通部航港局は商船に同海域の回避を呼びかけた。", "japan", "交通部航港局", "taiwan-mpb"),
        ("退輔會也將與勞動部合作，協助退除役官兵二度就業。", "taiwan", "勞動部", "taiwan-mol"),
        ("外務省は、東シナ海の日中中間線の中国側で構造物を確認した。", "japan", "日中中間線",
         "japan-china-median-line"),
    ],
)  # fmt: skip
def test_held_back_entries_link_in_japanese_and_chinese(
    text: str, home: str, surface: str, expected: str
) -> None:
    assert (surface, expected) in cjk_links(text, home)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("美國勞動部今晚公布12月非農就業報告。", "taiwan"),
        ("民航局表示，国内航班运行正常。", "china"),
        ("台北市長蔣萬安表示，市府已盤點避難處所。", "taiwan"),
    ],
)
def test_another_countrys_ministry_and_the_mayor_are_not_taiwans_bodies(
    text: str, home: str
) -> None:
    linked = {entity for _, entity in cjk_links(text, home)}
    assert not linked & {"taiwan-mol", "wan-an-drill", "taiwan-caa"}


def test_the_japan_china_line_is_apart_from_the_taiwan_strait_line() -> None:
    links = cjk_links("日中中間線の西側で構造物。台湾海峡の中間線を越えた。", "japan")
    assert ("日中中間線", "japan-china-median-line") in links
    assert ("中間線", "median-line") in links


@pytest.mark.parametrize(
    "text",
    [
        "NAGASAKI — Squid boats spend less time on East China Sea grounds as Chinese platforms "
        "multiply near the median line that Japan proposes as its maritime boundary with China.",
        "Where the East China Sea is narrower than 400 miles, Japan proposes the median line as "
        "the boundary, while China claims the continental shelf.",
    ],
)
def test_a_bare_median_line_in_a_paragraph_about_the_east_china_sea_is_the_japan_china_line(
    text: str,
) -> None:
    assert _linked(text).get("median line") == "japan-china-median-line"


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan said 20 aircraft crossed the median line, while Chinese ships sailed on into the "
        "East China Sea.",
        # An interview's answer: Taiwan is named only in the question, the ADIZ in the answer.
        "Lai: Pressure every day. On Monday our Ministry of National Defense reported 22 "
        "aircraft; 15 of them crossed the median line and entered our ADIZ. Since the row with "
        "Japan began we have also seen more Chinese ships in the East China Sea.",
    ],
)
def test_a_bare_median_line_beside_taiwan_stays_the_taiwan_strait_line(text: str) -> None:
    assert _linked(text).get("median line") == "median-line"


@pytest.mark.parametrize(
    ("text", "home", "surface"),
    [
        ("東シナ海の日中中間線の中国側で構造物を確認した。日本は中間線を基に境界を画定すべきだと"
         "主張している。", "japan", "中間線"),
        ("东海中间线附近，中方又建设了一座平台。", "china", "中间线"),
    ],
)  # fmt: skip
def test_a_bare_median_line_in_cjk_copy_about_the_east_china_sea_is_the_japan_china_line(
    text: str, home: str, surface: str
) -> None:
    assert (surface, "japan-china-median-line") in cjk_links(text, home)


def test_a_bare_median_line_in_cjk_copy_about_taiwan_stays_the_taiwan_strait_line() -> None:
    links = cjk_links("共機12架次逾越中線，進入北部空域。", "taiwan")
    assert ("中線", "median-line") in links


# Paragraphs about either sea's median line, to be laid out with any whitespace around them: a
# paragraph is the same paragraph whatever its breaks, so each bare line keeps its sea.
PARAGRAPHS = [
    "NAGASAKI — Squid boats spend less time on East China Sea grounds as Chinese platforms "
    "multiply near the median line that Japan proposes as its maritime boundary with China.",
    "Taiwan said 20 aircraft crossed the median line, while Chinese ships sailed on into the "
    "East China Sea.",
    "Where the East China Sea is narrower than 400 miles, Japan proposes the median line as the "
    "boundary, while China claims the continental shelf.",
    "On Monday 15 aircraft crossed the median line and entered the ADIZ.",
]


@settings(max_examples=CI_EXAMPLES // 4)
@given(layouts(PARAGRAPHS))
def test_a_bare_median_line_keeps_its_sea_whatever_whitespace_lays_out_the_paragraphs(
    laid_out: tuple[str, str],
) -> None:
    plain, other = laid_out
    assert links(other, "2025-06-02") == links(plain, "2025-06-02")
