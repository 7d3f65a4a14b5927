"""Whose craft a Chinese or Japanese count is (cjk_counts.py reads them, cjk_incursion_words.py
compiles them): others' craft (Japan's, Taiwan's, America's, North Korea's, civil ships and
flights), China's, and the words that make a clause's subject only the source of a report."""

# Craft of others (Japan's, Taiwan's, America's, the Philippines'; fishing boats and
# civil craft: flights, airliners, ferries, cruise ships, freighters, dredgers), and the words
# that make craft China's again when both are near. A type every navy has names no
# owner: "巡防艦" and "護衛艦" are China's frigates too ("中國海軍巡防艦1艘"), Japan's
# when Japan's ("日本の護衛艦", "海上自衛隊の護衛艦").
OTHERS = (
    r"漁船|商船|貨物船|貨輪|貨櫃輪|貨櫃船|集裝箱船|散裝船|散貨船|油輪|タンカー|郵輪|客船|客輪|渡輪|"
    r"フェリー|クルーズ|"
    r"航班|班機|客機|旅客機|民航|民間機|"
    # Merchant ships by their registry ("便宜置籍船など52隻", flags of convenience) and the sand
    # dredgers and carriers Taiwan's coast guard drives off ("抽砂船及運砂船逾600艘次").
    r"置籍船|抽砂船|運砂船|砂石船|"
    # China's maritime militia is no navy or coast guard (the blind-1 writers' decision).
    r"民兵|"
    # A company's own ships, in a shipper's bulletin ("当社の管理船2隻"), and a ship bound for
    # a port ("基隆向けの1隻"): merchant ships.
    r"当社|自社|弊社|管理船|運航船|社船|(?:向け|行き)の\s*$|"
    # Other countries' forces, by name.
    r"俄羅斯|俄罗斯|俄軍|俄机|ロシア|露軍|韓國|韓国|韓軍|英國|英軍|英海軍|加拿大|カナダ|"
    r"澳洲|澳大利亞|オーストラリア|豪軍|法國|フランス|德國|ドイツ|荷蘭|オランダ|紐西蘭|"
    r"ニュージーランド|印度|インド|"
    # North Korea's missiles ("北朝鮮は…弾道ミサイル１発を発射"), not the peninsula.
    r"北?朝鮮(?!半島)|北韓|"
    r"調査船|調查船|科考船|科研船|研究船|[臺台][灣湾]の?(?:海軍|空軍|陸軍)|自軍|"
    r"巡視船|巡視艇|巡防(?!艦)|海巡|海上保安|海保|自衛|日本の?護衛艦|日艦|(?<!中)國軍|"
    r"台湾軍|台軍|我軍|我艦|我方|米軍|米海軍|米國|美國|美軍|美艦|菲|フィリピン|"
    # Taiwan's and America's missiles by name ("「天弓３型」や「パトリオット」など計１４発の試射",
    # "雄風飛彈6枚"), and Taiwan's word for its own make ("試射6枚國造飛彈"; the mainland writes
    # 国产): a firing of these is Taiwan's own test or drill.
    r"國造|天弓|雄風|愛國者|パトリオット|ペトリオット|海馬士|ハイマース|標槍|ジャベリン|刺針|"
    r"スティンガー|魚叉|ハープーン|"
    # The designations of America's and its allies' types ("一架P-8A反潜巡逻机", "Ｆ１５",
    # "RC-135", "MQ-9"): the PLA's own are J-, H-, Y-, KJ-, WZ-, Z-, GJ-, Su-, Tu- and CH-
    # (a drone), so a count of these is another country's craft (folded text is lower case).
    r"(?<![a-z])(?:p|f|e|c|b|u|v|mq|rq|rc|kc|ep|ea|mv|cv|ah|uh|f/a)-?\d"
)
# Words that make a clause's subject the source of a report, not the craft's owner.
SOURCE = r"によると|によれば|表示|指出|[說说]|[稱称]|公布|通報|発表|明らかに"
# "大陸間" is intercontinental ("大陸間弾道ミサイル"), no mainland.
CHINA = r"中國|中共|共機|共艦|共軍|解放軍|海警|大陸(?!間)|陸方|遼寧|山東|福建"
