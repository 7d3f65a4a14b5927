"""Properties of Japanese and Chinese incursion facts, searched by Hypothesis over reports
generated in the outlets' layouts and wordings: each report gives exactly the facts it states,
every fact's count is written in its sentence, and what is added to a report (an unrelated
sentence, a figure that is no day's count, the same figure again) changes nothing; a vague or a
cumulative figure gives no fact. The profiles are in tests/conftest.py (MONITOR_HYPOTHESIS=explore
searches wide)."""

from datetime import timedelta

from conftest import CI_EXAMPLES
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_cjk_incursions import COUNTERS, CRAFT, PERIODS, PUBLISHED, ZONES, facts_of

from monitor.nlp.cjk_incursion_words import patterns, read_number
from monitor.nlp.cjk_incursions import find_cjk_incursions
from monitor.nlp.cjk_script import fold

KANJI_DIGITS = "〇一二三四五六七八九"


def _kanji(n: int) -> str:
    """12 -> 十二, 205 -> 二百〇五: numerals as Chinese copy writes them."""
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    text = f"{KANJI_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else KANJI_DIGITS[tens]) + "十"
    elif hundreds and ones:
        text += "〇"
    return text + (KANJI_DIGITS[ones] if ones else "")


@st.composite
def _numbers(draw: st.DrawFn, low: int = 1, high: int = 120) -> tuple[int, str]:
    n = draw(st.integers(low, high))
    style = draw(st.sampled_from(["ascii", "full", "kanji"]))
    written = {
        "ascii": str(n),
        "full": str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        "kanji": _kanji(n),
    }[style]
    return n, written


Fact = tuple[object, ...]
DAY = "2025-07-01"


@st.composite
def _kinmen_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    n, written = draw(_numbers(1, 12))
    noun = draw(
        st.sampled_from(["中國海警船", "中共海警船", "大陸海警船", "中國海警艦艇", "海警船"])
    )
    ships = draw(st.sampled_from([f"{noun}{written}艘", f"{written}艘{noun}"]))
    zone, place = draw(st.sampled_from([("金門限制水域", "Kinmen"), ("金門禁止水域", "Kinmen"),
                                        ("金門限制、禁止水域", "Kinmen"), ("金門南側限制水域", "Kinmen"),
                                        ("馬祖限制水域", "Matsu")]))  # fmt: skip
    text = (
        draw(
            st.sampled_from(
                [
                    "海巡署表示，",
                    "海巡署金門分署今天指出，",
                    "（中央社記者金門1日電）海巡署今天表示，",
                ]
            )
        )
        + ships
        + draw(st.sampled_from(["今天上午", "今天", ""]))
        + draw(st.sampled_from(["闖入", "駛入", "侵入", "進入"]))
        + zone
        + draw(st.sampled_from(["。", "，海巡署派遣巡防艇4艘伴航監控。", "，為本月第3度。"]))
    )
    return text, {(n, "official ships", "restricted waters", place, DAY)}


@st.composite
def _senkaku_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    n, written = draw(_numbers(1, 12))
    noun = draw(st.sampled_from(["中国海警局の船", "中国海警局の艦船", "中国公船", "中国海警船"]))
    day = draw(st.sampled_from(["１日", "1日"]))
    zone, text = draw(st.sampled_from([
        ("contiguous zone", f"尖閣諸島周辺の接続水域で{day}、{noun}{written}隻が航行しているのを海上保安庁が確認した。"),
        ("contiguous zone", f"{day}午前、沖縄県・尖閣諸島沖の接続水域を{noun}{written}隻が航行した。"),
        ("territorial waters", f"沖縄県・尖閣諸島周辺の領海に{day}、{noun}{written}隻が侵入した。"),
        ("territorial waters", f"{noun}{written}隻が{day}、尖閣諸島周辺の日本の領海に侵入した。"),
    ]))  # fmt: skip
    facts = {(n, "official ships", zone, "Senkaku Islands", DAY)}
    if zone == "contiguous zone" and n > 1 and draw(st.booleans()):
        m, part = draw(_numbers(1, n - 1))
        text += draw(
            st.sampled_from(
                [f"うち{part}隻が領海に侵入した。", f"このうち{part}隻は一時、領海に侵入した。"]
            )
        )
        facts.add((m, "official ships", "territorial waters", "Senkaku Islands", DAY))
    text += draw(st.sampled_from(["", "尖閣周辺で中国当局の船が確認されるのは２１０日連続。"]))
    return text, facts


ZH_KINDS = {"aircraft": (["共機", "中共軍機", "解放軍軍機"], "架次"),
            "navy vessels": (["共艦", "中共軍艦", "解放軍艦艇"], "艘"),
            "official ships": (["公務船", "中國海警船"], "艘")}  # fmt: skip
JA_KINDS = {"aircraft": (["中国軍機", "中国軍の航空機", "中国の軍用機", "中国軍機延べ"], "機"),
            "navy vessels": (["艦艇", "中国海軍の艦艇", "中国軍の艦船"], "隻"),
            "official ships": (["公船", "中国海警局の船"], "隻")}  # fmt: skip
ZH_PARTS = [({"median line", "ADIZ"}, "逾越中線進入北部、中部及西南空域"), ({"ADIZ"}, "進入西南空域"),
            ({"median line"}, "逾越中線"), ({"ADIZ"}, "進入我西南防空識別區")]  # fmt: skip
JA_PARTS = [({"median line"}, "中間線を越えた"), ({"ADIZ"}, "台湾南西部の防空識別圏に入った"),
            ({"median line", "ADIZ"}, "中間線を越えて防空識別圏に進入した")]  # fmt: skip


@st.composite
def _daily_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    japanese = draw(st.booleans())
    kinds = JA_KINDS if japanese else ZH_KINDS
    chosen = draw(st.lists(st.sampled_from(list(kinds)), min_size=1, max_size=3, unique=True))
    counts = []
    for what in chosen:
        nouns, counter = kinds[what]
        n, written = draw(_numbers())
        counts.append((what, n, f"{draw(st.sampled_from(nouns))}{written}{counter}"))
    joiner = draw(st.sampled_from(["と", "、"] if japanese else ["、", "及", "和"]))
    if counts[0][0] == "aircraft" and draw(st.booleans()):  # drones inside the total
        k, written = draw(_numbers(1, counts[0][1]))
        what, n, item = counts[0]
        item = f"無人機{written}機を含む{item}" if japanese else f"{item}（含無人機{written}架次）"
        counts[0] = (what, n, item)
    items = joiner.join(item for _, _, item in counts)
    facts = {(n, what, "around Taiwan", "Taiwan", DAY) for what, n, _ in counts}
    part = ""
    aircraft = next((n for what, n, _ in counts if what == "aircraft"), None)
    if aircraft and draw(st.booleans()):
        m, written = draw(_numbers(1, aircraft))
        zones, words = draw(st.sampled_from(JA_PARTS if japanese else ZH_PARTS))
        facts |= {(m, "aircraft", zone, "Taiwan", DAY) for zone in zones}
        part = f"{draw(st.sampled_from(['うち', 'このうち']))}{written}機が{words}"
        part = f"。{part}" if japanese else f"，其中{written}架次{words}"
    if japanese:
        lead = draw(st.sampled_from(["台湾国防部は１日、同日午前６時までの２４時間に",
                                     "台湾国防部によると、１日午前６時までの２４時間に",
                                     "台湾の国防部は１日、午前６時までの２４時間に"]))  # fmt: skip
        seen = draw(
            st.sampled_from(["を台湾周辺で確認した", "が台湾周辺で確認された", "を確認した"])
        )
        text = f"{lead}{items}{seen}{part}。"
        if draw(st.booleans()):  # a drone beside the total: a fact of its own
            k, written = draw(_numbers(1, 5))
            text += f"このほか、中国軍の無人機{written}機が台湾東部の防空識別圏に進入した。"
            facts.add((k, "drones", "ADIZ", "Taiwan", DAY))
    else:
        lead = draw(st.sampled_from(["國防部今天表示，", "國防部今（1）日公布，", "國防部今天上午發布新聞稿指出，",
                                     "（中央社記者台北1日電）國防部今天表示，", "台湾国防部今天说，"]))  # fmt: skip
        window = draw(st.sampled_from(["今晨6時前24小時", "自昨日上午6時起至今晨6時止，",
                                       "昨天上午6時至今天上午6時，", "過去24小時",
                                       "6月30日上午6時至7月1日上午6時，", "截至今早6时的24小时内，"]))  # fmt: skip
        verb = draw(st.sampled_from(["偵獲", "共偵獲", "偵測到", "侦测到", "监测到"]))
        where = draw(
            st.sampled_from(["在臺海周邊活動", "在台灣周邊海空域活動", "在台湾周边活动", ""])
        )
        text = f"{lead}{window}{verb}{items}{where}{part}。"
        if draw(st.booleans()):  # a drone beside the total: a fact of its own
            k, written = draw(_numbers(1, 5))
            text += f"另偵獲中共無人機{written}架次進入西南空域。"
            facts.add((k, "drones", "ADIZ", "Taiwan", DAY))
    if draw(st.booleans()):  # a headline repeating the figures
        nouns = [item.split("（")[0].split("を含む")[-1] for _, _, item in counts]
        headline = "、".join(nouns[: draw(st.integers(1, len(nouns)))])
        text = f"{headline}{'　台湾周辺に' if japanese else '擾台'}\n\n{text}"
    return text, facts


@st.composite
def _balloon_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    n, written = draw(_numbers(1, 9))
    text = draw(st.sampled_from([
        f"國防部今天表示，今晨6時前24小時偵獲空飄氣球{written}顆。",
        f"國防部今天公布，偵獲中共空飄氣球{written}顆在臺海周邊活動。",
        f"台湾国防部は１日、同日午前６時までの２４時間に中国の気球{written}個を確認した。",
    ]))  # fmt: skip
    return text, {(n, "balloons", "around Taiwan", "Taiwan", DAY)}


@st.composite
def _missile_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    n, written = draw(_numbers(1, 20))
    if draw(st.booleans()):
        side = draw(st.sampled_from(["東方", "北東", "南方", "東"]))
        text = f"防衛省は１日、中国軍が同日、台湾の{side}の海域に向けて弾道ミサイル{written}発を発射したと発表した。"
    else:
        side = draw(st.sampled_from(["東部", "東北部", "西南", "南部"]))
        during = draw(st.sampled_from(["今天下午", "今天在台島周邊演習期間，", "今天軍演期間，"]))
        arms = draw(st.sampled_from(["彈道飛彈", "遠程火箭彈"]))
        text = f"國防部今天表示，共軍{during}向台灣{side}外海發射{written}枚{arms}。"
    return text, {(n, "missiles", "around Taiwan", "Taiwan", DAY)}


@st.composite
def _listed_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A coast guard's week as a list of days: one fact per day listed."""
    days = draw(st.lists(st.integers(25, 30), min_size=1, max_size=4, unique=True))
    japanese = draw(st.booleans())
    if japanese:
        zone, place = "contiguous zone", "Senkaku Islands"
        text = draw(st.sampled_from([
            "第１１管区海上保安本部によると、尖閣諸島周辺の接続水域で確認された中国海警局の船は次の通り。",
            "尖閣諸島周辺の接続水域での中国公船の確認状況は以下の通り。",
        ]))  # fmt: skip
    else:
        zone, place = "restricted waters", "Kinmen"
        text = draw(st.sampled_from(["海巡署公布本週中國海警船闖入金門限制水域的動態如下：",
                                     "海巡署金門分署指出，本週中國海警船進入金門禁止水域情形："]))  # fmt: skip
    facts = set()
    for day in sorted(days):
        n, written = draw(_numbers(1, 8))
        text += f"\n▽{day}日　{written}隻" if japanese else f"\n・6月{day}日：{written}艘"
        facts.add((n, "official ships", zone, place, f"2025-06-{day}"))
    return text + "\n", facts


WEEKDAY_NAMES = "一二三四五六日"


@st.composite
def _weekday_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A coast guard's week told by weekdays, one clause per day (PUBLISHED is a Tuesday)."""
    back = sorted(draw(st.lists(st.integers(0, 6), min_size=1, max_size=3, unique=True)))[::-1]
    published = PUBLISHED.date()
    text = "日本海上保安厅周二说，中国海警船本周接连在钓鱼岛周边海域活动："
    clauses, facts = [], set()
    for days_back in back:
        day = published - timedelta(days=days_back)
        n, written = draw(_numbers(2, 8))
        clause = f"周{WEEKDAY_NAMES[day.weekday()]}有{written}艘在毗连区航行"
        facts.add((n, "official ships", "contiguous zone", "Senkaku Islands", day.isoformat()))
        if draw(st.booleans()):  # a part that entered the territorial waters
            m, part = draw(_numbers(1, n - 1))
            clause += f"，其中{part}艘进入日方所称领海"
            facts.add(
                (m, "official ships", "territorial waters", "Senkaku Islands", day.isoformat())
            )
        clauses.append(clause)
    return text + "；".join(clauses) + "。", facts


@st.composite
def _labelled_lines(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A ministry's figures as labelled lines under a heading that ends in no colon."""
    text = draw(st.sampled_from(["台湾国防部の発表（１日午前６時までの２４時間）\n",
                                 "【台湾周辺の中国軍動向】７月１日\n\n台湾国防部の発表（１日午前６時まで）\n"]))  # fmt: skip
    facts = set()
    for what, label, counter in [("aircraft", "中国軍機", "機"), ("navy vessels", "中国艦艇", "隻"),
                                 ("official ships", "公務船", "隻")]:  # fmt: skip
        if draw(st.booleans()):
            n, written = draw(_numbers(1, 60))
            text += f"・{label}：{written}{counter}\n"
            facts.add((n, what, "around Taiwan", "Taiwan", DAY))
    return text, facts


@st.composite
def _twin_restricted_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """Ships in Kinmen's and Matsu's restricted waters in one sentence, each where it is named,
    and a part of a total that went on into the prohibited waters (inside the total's fact)."""
    n, first = draw(_numbers(2, 8))
    m, second = draw(_numbers(1, 8))
    text = draw(st.sampled_from([
        f"海巡署によると、１日午前、中国海警局の船{first}隻が金門島周辺の制限水域に、別の{second}隻が馬祖列島付近の制限水域にそれぞれ入った。",
        f"海巡署表示，中國海警船{first}艘今天上午闖入金門限制水域，另有{second}艘進入馬祖東引附近限制水域。",
    ]))  # fmt: skip
    if draw(st.booleans()):  # a part that went on into the prohibited waters
        _, part = draw(_numbers(1, min(n, m)))
        text += (
            f"うち{part}隻は一時、禁止水域まで入った。"
            if "隻" in text
            else f"其中{part}艘一度進入禁止水域。"
        )
    return text, {
        (n, "official ships", "restricted waters", "Kinmen", DAY),
        (m, "official ships", "restricted waters", "Matsu", DAY),
    }


@st.composite
def _two_window_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """Two 24-hour windows in one sentence, the first told by its types and their total."""
    n, written = draw(_numbers(2, 60))
    k, typed = draw(_numbers(1, n - 1))
    m, earlier = draw(_numbers(1, 60))
    total = draw(st.sampled_from([
        f"共機{written}架次",
        f"殲-16戰機{typed}架次、轟-6K轟炸機{n - k}架次，合計{n}架次",
    ]))  # fmt: skip
    text = (
        f"國防部今天表示，今晨6時前24小時偵獲{total}；前一個24小時（29日6時至30日6時）"
        f"則有共機{earlier}架次在臺海周邊活動。"
    )
    return text, {
        (n, "aircraft", "around Taiwan", "Taiwan", DAY),
        (m, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
    }


@st.composite
def _zoned_window_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """Two windows told in one sentence, then the zone one of them named ("其中前一時段",
    "後半の２４時間では"): a fact of the day that window ends."""
    n, first = draw(_numbers(2, 60))
    m, second = draw(_numbers(2, 60))
    earlier = draw(st.booleans())
    part = draw(st.integers(1, (n if earlier else m) - 1))
    day = "2025-06-30" if earlier else DAY
    if draw(st.booleans()):
        which = "前一時段" if earlier else draw(st.sampled_from(["後一時段", "後一個時段"]))
        text = (
            f"國防部今天公布兩日共軍動態：29日上午6時至30日上午6時，偵獲共機{first}架次；"
            f"30日上午6時至今天上午6時，偵獲共機{second}架次。其中{which}有{part}架次逾越中線。"
        )
    else:
        which = "前半" if earlier else "後半"
        text = (
            f"台湾国防部は１日、６月２９日午前６時から３０日午前６時までの２４時間に中国軍機"
            f"{first}機、３０日午前６時から１日午前６時までの２４時間に軍機{second}機を確認したと"
            f"発表した。{which}の２４時間では、このうち{part}機が中間線を越えた。"
        )
    return text, {
        (n, "aircraft", "around Taiwan", "Taiwan", "2025-06-30"),
        (m, "aircraft", "around Taiwan", "Taiwan", DAY),
        (part, "aircraft", "median line", "Taiwan", day),
    }


@st.composite
def _day_by_day_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A coast guard's ships of two days in one list, each day written with its bracket."""
    n, first = draw(_numbers(1, 8))
    m, second = draw(_numbers(1, 8))
    lead = draw(st.sampled_from(["海巡署表示，", "海巡署金馬澎分署表示，"]))
    text = f"{lead}中國海警船昨（30）日{first}艘、今（1）日{second}艘先後駛入金門限制水域。"
    return text, {
        (n, "official ships", "restricted waters", "Kinmen", "2025-06-30"),
        (m, "official ships", "restricted waters", "Kinmen", DAY),
    }


@st.composite
def _subject_day_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A Japanese report announced on the 1st of craft out on a day written after their count."""
    n, written = draw(_numbers(1, 6))
    day, iso = draw(st.sampled_from([("３０日午後、", "2025-06-30"), ("３０日夜、", "2025-06-30"),
                                     ("月曜日に", "2025-06-30"), ("日曜日に", "2025-06-29")]))  # fmt: skip
    if draw(st.booleans()):
        text = f"台湾国防部は１日、中国の気球{written}個が{day}台湾海峡の中間線を越えたと発表した。"
        return text, {(n, "balloons", "median line", "Taiwan", iso)}
    text = (
        f"台湾の海巡署は１日、中国海警局の船{written}隻が{day}金門の禁止水域に侵入したと発表した。"
    )
    return text, {(n, "official ships", "restricted waters", "Kinmen", iso)}


@st.composite
def _headline_part_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A headline in two pieces, the second's bare count part of the first's, then the body."""
    n, total = draw(_numbers(2, 8))
    _, part = draw(_numbers(1, n - 1))
    text = (
        f"陸海警船{total}艘闖金門限制水域 {part}艘一度駛入禁止水域\n\n"
        f"海巡署表示，中國海警船{total}艘今天闖入金門限制水域，{part}艘一度駛入禁止水域。"
    )
    return text, {(n, "official ships", "restricted waters", "Kinmen", DAY)}


@st.composite
def _exercise_day_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """An exercise's day: the 24 hours to 6 a.m., then part of the day and two days' sum."""
    n, air = draw(_numbers(20, 120))
    m, ships = draw(_numbers(1, 30))
    _, later = draw(_numbers(1, 90))
    text = (
        f"國防部表示，昨天上午6時至今天上午6時，共偵獲共機{air}架次、共艦{ships}艘；"
        f"今天上午6時至下午5時，再偵獲共機{later}架次。"
    )
    text += draw(st.sampled_from(["", f"國防部說，兩日合計共機逾{n + 10}架次。"]))
    return text, {
        (n, "aircraft", "around Taiwan", "Taiwan", DAY),
        (m, "navy vessels", "around Taiwan", "Taiwan", DAY),
    }


@st.composite
def _per_place_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A coast guard's total at Kinmen and Matsu together (no fact of either), then its counts
    per place, each in the waters named before; or a list of each place's waters and count, in
    either order, each count the one its waters hold."""
    n, first = draw(_numbers(1, 8))
    m, second = draw(_numbers(1, 8))
    island = draw(st.sampled_from(["", "南竿", "北竿"]))
    items = [f"金門限制水域{first}艘", f"馬祖{island}限制水域{second}艘"]
    listed = "、".join(items if draw(st.booleans()) else items[::-1])
    total = draw(st.sampled_from([
        f"台湾の海巡署は１日、中国海警局の船計{n + m}隻が金門と馬祖の周辺で制限水域に入ったと発表した。"
        f"金門に{first}隻、馬祖に{second}隻だった。",
        f"海巡署今天表示，中國海警船共{n + m}艘闖入金馬限制水域，其中金門{first}艘、馬祖{second}艘。",
        f"海巡署今天表示，中國海警船今天上午同時闖入金門及馬祖海域，其中{listed}，海巡署派艇監控。",
    ]))  # fmt: skip
    return total, {
        (n, "official ships", "restricted waters", "Kinmen", DAY),
        (m, "official ships", "restricted waters", "Matsu", DAY),
    }


@st.composite
def _tally_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A coast guard's tally by day after the day's count, in the waters named first; another
    group in the same waters the same day adds to the day's count."""
    n, today = draw(_numbers(1, 8))
    m, earlier = draw(_numbers(1, 8))
    k, another = draw(_numbers(1, 8))
    text, zone, place = draw(st.sampled_from([
        (f"尖閣諸島周辺の接続水域で１日も中国海警局の船{today}隻が確認された。"
         f"同水域での確認は２００日連続。３０日は{earlier}隻だった。",
         "contiguous zone", "Senkaku Islands"),
        (f"海巡署今天指出，今天上午有陸海警船{today}艘侵入金門限制水域，"
         f"週一（30日）{earlier}艘。", "restricted waters", "Kinmen"),
    ]))  # fmt: skip
    if draw(st.booleans()) and "艘" in text:
        text = text.replace("。", f"，今天下午另有{another}艘進入金門限制水域。")
        n += k
    return text, {
        (n, "official ships", zone, place, DAY),
        (m, "official ships", zone, place, "2025-06-30"),
    }


_reports = st.one_of(
    _per_place_reports(),
    _tally_reports(),
    _day_by_day_reports(),
    _subject_day_reports(),
    _headline_part_reports(),
    _exercise_day_reports(),
    _two_window_reports(),
    _zoned_window_reports(),
    _weekday_reports(),
    _labelled_lines(),
    _twin_restricted_reports(),
    _kinmen_reports(),
    _senkaku_reports(),
    _daily_reports(),
    _missile_reports(),
    _listed_reports(),
    _balloon_reports(),
)


UNRELATED = [
    "便利商店24小時營業，年底前推出新品。",
    "中央氣象署今天偵測到規模5.1地震，震央位於花蓮縣近海。",
    "頼清徳総統は３日、台北で演説し、民主主義の価値を訴えた。",
    "去年同期來台觀光客為320萬人次，今年增加1成。",
    "受颱風影響，松山機場今天取消國內線航班18架次。",
    "花蓮港今天有3艘郵輪靠港，旅客約4000人。",
    "東京の気温は１日、３５度を超え、今年初の猛暑日となった。",
    "大阪港には１日、客船２隻が入港した。",
    "日本政府は２０２６年度予算案で防衛費を過去最大の９兆円とした。",
    "國防部長今天在立法院答詢時表示，國軍將採購無人機5萬架。",
    "中国外務省の報道官は１日の記者会見で、日本の対応を批判した。",
    "國台辦發言人今天表示，兩岸交流不應受到干擾。",
    "台湾海峡の中間線付近では、漁船３隻が操業していた。",
    "美國海軍驅逐艦1艘今天通過台灣海峽，美軍表示這是例行航行。",
    "日本の護衛艦２隻は同じ日、台湾の東の海域で訓練を行った。",
    "國軍今年將進行漢光演習，動員兵力約2萬人。",
    "金門今天有渡輪5艘往返廈門，旅客約1200人次。",
    "那覇空港では１日、航空機約２００機が発着した。",
    "展覽今天起至6月30日在台北舉行，預計吸引10萬人次參觀。",
    "台湾は来年、米国から戦闘機６６機を受け取る予定だ。",
    "海巡署新造的巡防艇12艘今天在高雄交船。",
    "國軍F-16戰機2架今天在花蓮進行例行訓練。",
    "今年に入ってからの尖閣周辺での中国船の確認は延べ８００隻に達した。",
    "台灣今年1至5月出口金額達2000億美元，年增3成。",
]
# Sentences that follow a report with figures that are no facts of the day: totals, ordinals,
# records, past days, streaks.
CONTEXT = [
    "尖閣周辺で中国当局の船が確認されるのは今年に入って１５０日目。",
    "今年に入ってからの領海侵入は２５件目となる。",
    "國防部統計，本月迄今共機擾台累計320架次。",
    "這是共軍今年第15度派遣無人機擾台。",
    "今年に入って台湾周辺で確認された中国軍機は延べ２５００機に上る。",
    "去年同期共機擾台為180架次。",
    "國軍派遣任務機、艦及岸置飛彈系統嚴密監控。",
    "海上保安庁の巡視船が領海から出るよう警告した。",
    "日本の領海に侵入するのは今年１２回目。",
    "台湾周辺では先月、１日としては最多となる４５機が確認された。",
    "共軍前天曾派出共機32架次擾台。",
    "海巡署今年已驅離中國海警船累計120艘次。",
    "防衛省によると、中国海軍の艦艇３隻が前日、宮古海峡を通過して太平洋に出た。",
    "國防部指出，共軍預計下週將在台灣周邊部署艦艇20艘。",
    "前一天，解放軍火箭軍向台灣周邊海域發射了11枚彈道導彈。",
    "國防部說，兩日合計共機逾150架次。",
    "日本防衛省表示，中國轟炸機2架與俄羅斯轟炸機2架昨天在東海及對馬海峽上空聯合飛行。",
    "另有俄羅斯軍機2架飛經台灣東部外海。",
    "國防部並指出，有約20艘海上民兵船在澎湖西方海域聚集。",
    "國防部上週四曾報告單日偵獲共機45架次，為今年以來第二高。",
    "大規模演習で軍機１１１機を確認した翌日以降、活動は落ち着いていた。",
    "関係筋によると、中国軍は艦艇２０隻と軍機１００機を投入する可能性がある。",
    "海巡署表示，另有中國海警船3艘在烏坵周邊限制水域航行。",
]
# "十余" is "more than ten", so 10, as "逾30" is 30 (rule 1); "十数" and "十幾" are ten-odd.
VAGUE = ["数十", "數十", "幾十", "几十", "十数", "十幾", "数百", "數百", "多", "數", "若干", "何十",
         "數以百計"]  # fmt: skip


@settings(max_examples=CI_EXAMPLES * 10)
@given(_reports)
def test_a_generated_report_gives_exactly_the_facts_it_states(
    report: tuple[str, set[tuple[object, ...]]],
) -> None:
    text, facts = report
    assert facts_of(text) == facts


@settings(max_examples=CI_EXAMPLES * 10)
@given(_reports)
def test_every_facts_count_is_written_in_its_sentence(
    report: tuple[str, set[tuple[object, ...]]],
) -> None:
    text, _ = report
    for fact in find_cjk_incursions(text, fold(text), PUBLISHED):
        written = [
            read_number(m.group("number"))
            for m in patterns()["count"].finditer(fold(fact.evidence))
        ]
        # or the sum of two groups in one sentence told as one another's ("3艘…，另有2艘…")
        sums = {a + b for i, a in enumerate(written) for b in written[i + 1 :] if a and b}
        assert fact.count in {*written, *sums}


@settings(max_examples=CI_EXAMPLES * 10)
@given(_reports, st.lists(st.sampled_from(UNRELATED), min_size=1, max_size=3))
def test_an_unrelated_sentence_appended_never_changes_a_reports_facts(
    report: tuple[str, set[tuple[object, ...]]], unrelated: list[str]
) -> None:
    text, facts = report
    assert facts_of(text + "".join(unrelated)) == facts


@settings(max_examples=CI_EXAMPLES * 10)
@given(_reports, st.lists(st.sampled_from(CONTEXT), min_size=1, max_size=3))
@example(  # a month's total carried on from a day of craft out elsewhere dated no report
    ("海巡署表示，中國海警船1艘闖入金門限制水域。",
     {(1, "official ships", "restricted waters", "Kinmen", "2025-07-01")}),
    ["日本防衛省表示，中國轟炸機2架與俄羅斯轟炸機2架昨天在東海及對馬海峽上空聯合飛行。",
     "國防部統計，本月迄今共機擾台累計320架次。"],
)  # fmt: skip
def test_a_figure_that_is_no_days_count_appended_never_changes_a_reports_facts(
    report: tuple[str, set[Fact]], context: list[str]
) -> None:
    text, facts = report
    assert facts_of(text + "".join(context)) == facts


@settings(max_examples=CI_EXAMPLES * 10)
@given(_reports)
def test_a_figure_told_again_is_one_fact(report: tuple[str, set[tuple[object, ...]]]) -> None:
    text, facts = report
    assert facts_of(text + text) == facts


@settings(max_examples=CI_EXAMPLES * 10)
@given(
    st.sampled_from(VAGUE),
    st.sampled_from(CRAFT),
    st.sampled_from(ZONES),
    st.sampled_from(COUNTERS),
    st.sampled_from(["國防部今天表示，偵獲", "台湾国防部は１日、２４時間に", "海巡署今天表示，"]),
)
def test_a_vague_quantity_gives_no_count(
    vague: str, craft: str, zone: str, counter: str, lead: str
) -> None:
    assert facts_of(f"{lead}{craft}{vague}{counter}{zone}。") == set()


@settings(max_examples=CI_EXAMPLES * 10)
@given(
    st.sampled_from(PERIODS),
    st.sampled_from(CRAFT),
    st.sampled_from(ZONES),
    st.integers(1, 5000),
    st.sampled_from(COUNTERS),
)
def test_a_cumulative_total_on_its_own_gives_no_fact(
    period: str, craft: str, zone: str, number: int, counter: str
) -> None:
    text = f"國防部統計，{period}{craft}{zone}{'累計' if number % 2 else '延べ'}{number}{counter}。"
    assert facts_of(text) == set()


# --- cjkK: a window written with a wave dash runs to the day after the dash ---
@given(
    st.integers(0, 5),
    st.sampled_from(["～", "〜"]),
    st.sampled_from(["午前6時", "午前６時", ""]),
    _numbers(),
    st.sampled_from(
        ["・集計期間：{window}\n・中国軍機：{count}機", "{window}の間に中国軍機{count}機"]
    ),
)
def test_a_wave_dash_window_is_the_day_it_runs_to(
    back: int, dash: str, hour: str, number: tuple[int, str], layout: str
) -> None:
    end = PUBLISHED.date() - timedelta(days=back)
    start = end - timedelta(days=1)
    window = f"{start.day}日{hour}{dash}{end.day}日{hour}"
    n, written = number
    text = "台湾国防部の発表。\n" + layout.format(window=window, count=written) + "を確認。"
    assert facts_of(text) == {(n, "aircraft", "around Taiwan", "Taiwan", end.isoformat())}
