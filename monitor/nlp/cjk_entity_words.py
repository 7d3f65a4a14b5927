"""The words the CJK linker reads around names (cjk_entities.py): office titles, country
abbreviations, nationality words, news agencies' credits, and what a capital does when it stands
for its government.
"""

import re

from .cjk_prefixed_nouns import CHINESE_PREFIXED_NOUNS

MIN_CJK_CHARS = 2  # one character is a word part far more often than a name
FAMILY_NAME_CHARS = (2, 1)  # the characters before a title that may be a family name
HONORIFICS = ("氏", "先生", "女士")
# The office of "国務大臣", a minister of state: whichever of the country's offices the person
# named holds on the article's date.
ANY_MINISTER = "any minister"
# Office titles as written in Japanese and Chinese, with the office and whose it is when no
# country is written before them (None: only a name or a country says whose).
TITLES: dict[str, tuple[str, str | None]] = {
    "首相": ("prime minister", "japan"),
    "総理": ("prime minister", "japan"),
    "総理大臣": ("prime minister", "japan"),
    # the full title, as Diet minutes write a speaker ("○石破内閣総理大臣"): not the cabinet
    "内閣総理大臣": ("prime minister", "japan"),
    # any member of the cabinet ("○中谷国務大臣"): after a family name, the minister of that name
    "国務大臣": (ANY_MINISTER, "japan"),
    "防衛相": ("defense minister", "japan"),
    "防衛大臣": ("defense minister", "japan"),
    "外相": ("foreign minister", "japan"),
    "外務大臣": ("foreign minister", "japan"),
    "官房長官": ("chief cabinet secretary", "japan"),
    # the full title, as Chinese copy writes it ("日本內閣官房長官林芳正"): not the cabinet
    "内閣官房長官": ("chief cabinet secretary", "japan"),
    "總統": ("president", "taiwan"),
    "副總統": ("vice president", "taiwan"),
    "行政院長": ("premier", "taiwan"),
    "閣揆": ("premier", "taiwan"),
    "立法院長": ("speaker", "taiwan"),
    "國防部長": ("defense minister", None),
    "外交部長": ("foreign minister", None),
    "國防部長官": ("defense minister", None),
    "國務長官": ("secretary of state", "united-states"),
    "國防長官": ("defense secretary", "united-states"),
    "大統領": ("president", None),
    "國家主席": ("president", "china"),
    "國務院總理": ("premier", "china"),
    "國安會秘書長": ("national security adviser", "taiwan"),
}
# One-character country abbreviations of Japanese and Chinese headlines ("米国防長官", "中外相").
COUNTRY_ABBREVIATIONS = {
    "日": "japan", "米": "united-states", "美": "united-states", "中": "china",
    "台": "taiwan", "臺": "taiwan", "韓": "south-korea", "露": "russia", "英": "united-kingdom",
    "豪": "australia", "比": "philippines", "菲": "philippines", "印": "india", "俄": "russia",
}  # fmt: skip
# The abbreviations the business press writes before a firm (企) or capital (資) to say whose
# it is: 陸 is China's there, as in 陸籍 and 陸方.
BUSINESS_OWNERS = {
    "日": "japan", "美": "united-states", "中": "china", "陸": "china", "台": "taiwan",
    "臺": "taiwan", "韓": "south-korea",
}  # fmt: skip
# 共軍 is not among them: it names the PLA (the knowledge base's alias), as every set labels it.
# Words that carry a country as actor or owner, as "Chinese" does in "Chinese aircraft".
DEMONYMS = {
    "共機": "china", "共艦": "china", "中方": "china", "陸方": "china",
    "陸籍": "china", "日方": "japan", "日商": "japan", "美方": "united-states", "台方": "taiwan",
    "台籍": "taiwan", "菲方": "philippines", "韓方": "south-korea", "俄方": "russia",
    # a person's or a boat's nationality, as 陸籍 and 台籍 ("日籍漁船", "美籍船員")
    "日籍": "japan", "美籍": "united-states", "菲籍": "philippines", "韓籍": "south-korea",
    # a mainland spouse, Taiwan's word for a Chinese national married to a Taiwanese ("陸配身分
    # 查核"): her nationality, as 陸籍
    "陸配": "china",
    # the crowd's short forms for a country's press ("據台媒報道", "另据日媒报道"): whose press it
    # is, as 陸籍 is whose passport (陸客, mainland tourists, is not among them: the sets label it
    # in two passages and leave it in two)
    "台媒": "taiwan", "日媒": "japan",
    # the mainland press's words for the island's people ("便利台胞在福建生活", "300余名台青齐聚平
    # 潭": compatriots, young people from Taiwan): whose people they are, as 台籍
    "台胞": "taiwan", "台青": "taiwan",
    # the business press's traders of a country, as 日商 ("台商赴陸投資", "美商公司")
    "台商": "taiwan", "美商": "united-states", "韓商": "south-korea",
    # the business press's firms of a country and the capital they bring ("在華日企", "日資企業
    # 在華投資", "陸資公司", "中資航運公司", "美資基金"): whose money it is, as 陸籍 is whose
    # passport
    **{
        abbreviation + word: country
        for abbreviation, country in BUSINESS_OWNERS.items()
        for word in ("企", "資")
    },
    # a warship of a country's one-character name, as 共艦 is the PLA's ("這是今年以來日艦第2度
    # 通過臺海", "美舰过航台湾海峡"); not 中 and 比, which end words before 艦 ("其中艦艇")
    **{
        abbreviation + "艦": country
        for abbreviation, country in COUNTRY_ABBREVIATIONS.items()
        if abbreviation not in ("中", "比")
    },
    # Canada's side and warships in Chinese copy of joint transits ("美方、加方", "对美舰、加舰
    # 过航"): 加 is Canada's only before these two words, never in a headline's abbreviations
    "加方": "canada", "加艦": "canada",
    # Australia's side in Chinese copy ("后续8艘由澳方组装"): 澳 is Australia's only before 方
    # (cjk_country_bodies.py: before a body's word too), and Macau's after 港 ("港澳方面")
    "澳方": "australia",
    # Malaysians, as Malaysia's own Chinese-language papers write them ("在台大马人")
    "大馬人": "malaysia",
    # made in the United States ("美製海馬士多管火箭"), as 美籍 is of the United States
    "美製": "united-states",
}  # fmt: skip
# Nationality words only Chinese copy writes so; Japanese writes 日系 of people of Japanese
# descent and firms alike and leaves it unlabelled, and its 陸機 is 水陸機動団's.
# The financial press's house of a country ("美系外資", "日系券商", "韓系車廠") and its makers
# ("台廠可望切入供應鏈", "陸廠低價搶單"): whose firm it is, as 日商 and 陸資 are; not 中, which
# ends words before both ("其中系統", "其中廠商"). And 陸機, aircraft of the mainland, as 共機
# ("空自對陸機緊急升空"); Japanese writes where a thing is made in full (中国製, 台湾製).
CHINESE_DEMONYMS = {
    **{
        abbreviation + word: country
        for abbreviation, country in BUSINESS_OWNERS.items()
        if abbreviation != "中"
        for word in ("系", "廠")
    },
    "陸機": "china",
    # and 陸船, ships of the mainland, as the coast-guard copy of Taiwan writes them beside 陸機
    # ("釣魚台鄰接區亦現陸船"); and 韓團, a South Korean group, as the entertainment pages write
    # an idol group's country ("韓團台籍成員"), as 台籍 writes its member's
    "陸船": "china",
    "韓團": "south-korea",
    # Campus news's students of a side ("在陸台生", "陸生來台", "港生赴台交換"): whose students
    # they are, as 台籍 is whose people; Japanese 陸生 is "living on land", so Chinese only
    "台生": "taiwan",
    "臺生": "taiwan",
    "陸生": "china",
    "港生": "hong-kong",
    # and travel copy's tourists of a side ("陸客團", "開放陸客來台"), as 陸生 are its students
    "陸客": "china",
    # made in a country, as 美製 is in the United States ("禁用陸製無人機零組件", "台製無人機",
    # "日製雷達"); not 中, which ends words before it ("其中製造"), nor 英 and 法, whose 英制 and
    # 法制 (imperial units, the legal system) fold to it
    **{
        abbreviation + "製": country
        for abbreviation, country in BUSINESS_OWNERS.items()
        if abbreviation not in ("中", "美")
    },
    "俄製": "russia",
    # France's warships and nationals in Chinese copy ("對美艦、法艦全程跟蹤", "法籍船東"), as 美艦
    # and 美籍 are America's; 法 ends many words before them ("執法艦艇": WORD_ENDING_IN)
    **{"法艦": "france", "法籍": "france"},
    # and other countries' nationals and ships by their one-character names ("英籍再保險經紀人",
    # "3名越籍船員", "德籍", "俄籍", "泰籍", "澳籍"; 蘇澳籍 is Su'ao's: WORD_ENDING_IN), as 日籍
    **{"英籍": "united-kingdom", "越籍": "vietnam", "德籍": "germany", "俄籍": "russia"},
    **{"泰籍": "thailand", "澳籍": "australia"},
    **CHINESE_PREFIXED_NOUNS,
}
DEMONYMS |= CHINESE_DEMONYMS
# Words that end in a country's one-character abbreviation ("參加", "增加", "完美"): before
# 方, 艦 or 製 the abbreviation is that word's end, not a country ("參加方" are the parties
# taking part, "增加艦艇" adds ships, "完美制度" is a perfect system, 制 folding to 製).
WORD_ENDING_IN = {"加": "參増增追附外施更添強疊倍", "美": "完優精甜讚健審"}
# 法 ends the words of law, enforcement and ways ("執法艦艇", "非法籍貫", "做法艦隊"): no France.
WORD_ENDING_IN["法"] = "執違非合立司憲依護守辦做說看想用方語書兵國魔手技戰打刑民商稅"
WORD_ENDING_IN["澳"] = "港蘇"  # Hong Kong and Macau ("港澳方面"), Su'ao ("蘇澳方面")
# 港 ends Hong Kong's name and a port's word before a student's 生 ("香港生活", "漁港生意").
WORD_ENDING_IN["港"] = "香漁商軍海空母"
# 台 ends a word too after these ("平台廠商", "電台系列"), as in cjk_mainland_bodies.py.
WORD_ENDING_IN["台"] = "平舞講陽電倒站櫃擂炮展灶戲出煙吧窗燈樓亭井"
# Names whose first character ends the word before it after these: 東 of 船東, shipowners
# ("與船東協商", "中國船東協會" hold no 東協, ASEAN; "漁船東沙島" keeps Pratas).
# 陸 of 大陸 before 海警: "大陸海警船" is the mainland's coast guard's ships, not 大 and 陸海警.
WORD_BEFORE_NAME = {"東協": "船", "陸海警": "大"}
# and before a noun fused to 陸: "大陸漁船", "大陸媒體", "大陸警方" are the mainland's, named by
# 大陸 (cjk_prefixed_nouns.py)
WORD_BEFORE_NAME |= {word: "大" for word in CHINESE_PREFIXED_NOUNS if word.startswith("陸")}
# 台 of 舞台 or 電台 before the coast guard's short name: "舞台海巡部门布景" holds no 台海巡, the
# headline's Taiwan coast guard (cjk_abbreviated_bodies.py), as 台 there opens no field either.
WORD_BEFORE_NAME["台海巡"] = WORD_ENDING_IN["台"]
# A city's or province's own bureau of a national body's name: "上海市国家安全局", "厦门市国家安全
# 局" are the city's state-security bureaus, not the national one a bare 國家安全局 is (Taiwan's
# NSB): after 市 or 省 no name opens with 國家.
WORD_BEFORE_NAME["國家"] = "市省"
# 光 of 観光: "石垣市観光交流協会" is a city's tourism body, not Japan's office in Taiwan.
WORD_BEFORE_NAME["交流協会"] = "光"
# 國 of 兩國, 外國, 一國 before 軍 ("兩國軍機", "外國軍方"): no 國軍, Taiwan's armed forces.
WORD_BEFORE_NAME["國軍"] = "一兩二三各外本他該敵鄰盟諸多友異"
# 先 of 首先, 事先, 預先, 優先, 率先, 原先, 祖先, 領先, 搶先 or 爭先 before 島: "首先島內" ("first,
# on the island") holds no 先島, the Sakishima Islands' short name.
WORD_BEFORE_NAME["先島"] = "首事預優率原祖領搶爭"
# 公 of 公共, public: "指定公共機関" (a designated public institution) holds no 共機, the PLA's
# aircraft as Taiwanese copy writes them.
WORD_BEFORE_NAME["共機"] = "公"
# The end of a word for a kind of state before 国会議 (締約国, 加盟国, 参加国, 関係国, 当事国,
# 周辺国, 先進国, 新興国, 沿岸国): "締約国会議" is a conference of the parties (国 and 会議),
# no 国会, Japan's Diet.
WORD_BEFORE_NAME["國會"] = "約盟加係事辺邊进進興岸"
# Characters before 日 that make it a day's ("5日艦艇", "今日艦隊"), not Japan's.
DAY_BEFORE = "0123456789今昨明同當翌前本次每"
# 中共 is the party before these; before anything else (中共軍機, 中共當局) it is the state in
# Chinese copy. Japanese copy keeps 中共 for the party ("中共の気球", "中共艦艇") and 中共軍
# for the PLA, as its sets label them; its state only in the army's name Taiwan's ministry
# titles its reports with ("中共解放軍臺海周邊海、空域動態"), quoted in Japanese too.
PARTY_AFTER = ("中央", "總書記", "黨", "政治局", "十")  # "中共十九大"
# Ties one has with it are ties with the party, as a visa rule or a vetting speaks of them ("与中共
# 有关联的中国留学生", "與中共有聯繫"): membership and links are a party's, not a state's.
PARTY_TIES_AFTER = ("有關聯", "有關連", "有關係", "有聯繫", "有淵源", "掛鉤", "掛勾")
JAPANESE_STATE_AFTER = ("解放軍",)
# News agencies credited in Japanese copy: 【北京共同】, （時事）, ＝共同. Both are common words
# (共同声明, 時事問題), so only a credit's brackets make them the agency; a credit a lesson quotes
# ("「台北共同」") keeps its dateline city inside the marks. Before the agency is that city, up to
# ten characters (【モントリオール共同】); a column's heading ("【今日の時事】", "【5分で読む
# 時事】", current affairs) holds kana or digits no city's name has.
CREDITS = re.compile(
    r"(?<=[【（(＝「])(?:[^】）)」\s\u3040-\u309f0-9０-９]{0,10}?)(共同|時事)(?=[】）)」])"
    r"|(?<=＝)(共同|時事)"
)
CREDITED = {"共同": "kyodo", "時事": "jiji"}
# A capital stands for its government when it acts ("北京は反発", "向北京抗議"); in a dateline,
# after 在 or before で it is the city.
CAPITAL_AFTER = [
    *("は", "が", "も", "側", "当局", "當局", "方面", "政府", "應", "並未", "則", "若", "的反"),
    *("への", "に対"),
    # in Japanese, a government one talks or works with ("北京との協議", "キャンベラとも連携");
    # a city is what a flight or a tie is with ("北京との直行便")
    *("との対話", "との協議", "との交渉", "と連携", "とも連携", "との連携"),
    # in Japanese, what it does in its capacity as a side ("ソウルとしては", "ソウルとしての立場")
    *("として",),
    # what a government does in Chinese copy: says, stresses, protests, watches
    *("表示", "稱", "重申", "強調", "批評", "抗議", "譴責", "回應", "警告", "指責", "反對"),
    *("歡迎", "表達", "監控", "加強", "嚴厲", "隨即", "均稱", "亦", "此次", "未"),
    # announces, stands firm; in Japanese, is protested to or asked ("東京に抗議", "東京に厳正な
    # 申し入れ")
    *("宣布", "堅定", "に抗議", "に厳", "に申し", "に要求", "に求め"),
    # addresses another side ("北京向馬尼拉提出交涉"), and does so again and again ("接連採取",
    # "一再施壓", "繼續踩線"): adverbs of a government's repeated acts
    *("向", "接連", "一再", "再度", "繼續", "不斷"),
    # and is now in talks with it ("華府正與台灣業者討論", "北京正與馬尼拉磋商")
    *("正與",),
    # and is weighing a step ("东京正评估演习对西南诸岛的影响", "北京正考慮"): a government
    # assesses and considers; a city is in a season ("东京正值樱花季"), so only those verbs
    *("正評估", "正考慮", "正研擬"),
    # may, will, also, at once, beforehand, consistently: a subject's modals and adverbs
    # ("北京可能", "東京也計劃"); and what a government claims, demands, hopes or takes a
    # stance on ("北京指稱", "台北期待", "東京對…表達"), or whether it will act ("北京是否會")
    *("可能", "將", "也", "同時", "事前", "一貫", "指稱", "要求", "期待", "對", "是否會", "是否將"),
    # keeps on, insists: a government's persistence ("北京持續施壓", "北京堅持其立場")
    *("持續", "堅持"),
    # agrees to or approves what was negotiated ("華府同意將臺灣輸美商品關稅調降")
    *("同意", "批准"),
    # and suspends, bans, resumes what it allowed ("北京自2020年起暫停陸生來台", "北京禁止")
    *("暫停", "停止", "禁止", "恢復"),
    # speaks through its officials ("華府官員表示", "北京官方"); a city has residents
    *("官員", "官方"),
    # in Japanese, its reaction, and the concern it is told of ("北京の反応", "北京に懸念を伝えた");
    # and the course, intent, stance or interest only a government has ("ワシントンの出方",
    # "北京の思惑", "ワシントンの関心が…向いている")
    *("の反応", "に懸念"),
    *("の出方", "の思惑", "の狙い", "の意向", "の意図", "の姿勢", "の立場", "の関心"),
    # its decision, and the thanks another side addresses to it ("東京の判断に謝意", "台北、
    # 東京に謝意"): a government decides and is thanked for it; a city does neither
    *("の判断", "に謝意"),
    # and the help a government offers another after a disaster ("東京の支援申し出に謝意",
    # "東京からの支援の申し出"): a city offers none
    *("の支援申", "からの支援", "の申し出", "からの申し出"),
    # what only a will can do: prepare, intend, try, decide, issue; and 把, which makes its
    # subject the one who handles the object ("华盛顿把“堤丰”搬到吕宋岛", "北京意圖以海警取代")
    *("準備", "打算", "意圖", "企圖", "試圖", "決定", "發布", "把"),
    # a government's pressure or stance, owned by the capital ("北京的打壓", "東京的立場")
    *("的打壓", "的施壓", "的態度", "的立場", "的回應", "的反應"),
    # and its moves, claims, ways and policies ("對於北京的動作", "涉及主權及北京的主張"), as
    # Japanese "の出方" and "の意向"
    *("的動作", "的主張", "的做法", "的政策"),
    # a side in the crowd's words ("东京那边每次都是这套", "北京嗰邊一講"), as 方面 and 側 are;
    # what only a side does: rebuts, makes its move, dares not ("平壤出手", "台北不敢冒進"); and
    # the "the more" of a course it steps up ("北京越施壓", "马尼拉越来越敢了")
    *("那邊", "嗰邊", "反駁", "出手", "不敢", "越"),
    # and what it hopes for from another side or of a course ("台北希望在兵源與戰力之間取得平衡")
    *("希望",),
]
# A capital that another side deals with ("和东京签了协定", "与北京谈经贸"): a preposition of
# company before it and a verb of dealing after it make it a government, not a place.
COUNTERPART_BEFORE = ("與", "和", "同", "跟")
# (and keeps ties or talks with: "和北京保持溝通管道")
DEALING_AFTER = (
    *("簽", "談", "對話", "協商", "交涉", "建交", "斷交", "結盟", "和解", "接觸"),
    *("保持", "溝通"),
)
# After a capital, the rest of a list of places it opens ("台北、新竹の各拠点", "マニラ、セブ
# など", "東京、大阪的百貨與超市": their shops): the capital is one of the places.
_ITEM = r"、[^、。，,\s]{1,6}"
PLACES_LISTED_AFTER = rf"{_ITEM}(?:{_ITEM}){{0,3}}(?:の各|など|等|的(?:百貨|超市|商))"
# "向來" (always) after a city is an adverb of its own, not an address ("台北向來多雨"); in
# Japanese, "向け" and "行き" make it a route's end ("マニラ向けの当社船").
# 越南 is Vietnam after a capital in a list ("北京越南"), not a course stepped up.
CAPITAL_NOT_AFTER = ("向來", "向け", "行き", "越南")
# A capital whose officials speak, counted ("華府一名國務院官員表示", "北京多名外交官員"): its
# government's, as "官員" right after it is (CAPITAL_AFTER); a city has residents.
CAPITAL_OFFICIALS = r"[一兩多數幾]名[^，,。、\s]{0,6}?官員"
# A capital in the frame of an issue is a side of it ("马尼拉在南海问题上频频挑衅").
CAPITAL_ISSUE_FRAME = r"在[^，,。、]{1,8}問題上"
# Cantonese "says": a capital's act only where the capital opens its clause ("東京話會同華府…
# 合作"); elsewhere 北京話 is the Mandarin language ("講北京話").
CANTONESE_SAYS = "話"
# Before a pair of capitals joined or after it, the pair is two cities ("往返台北與東京",
# "東京と大阪で", "台北與東京之間的航班"); anywhere else the two are governments dealing with each
# other ("北京與華府達成…休戰", "東京とマニラの急接近").
PAIR_PLACE_BEFORE = ("在", "於", "往返", "飛往", "前往", "赴", "到", "從", "から")
PAIR_PLACE_AFTER = ("で", "間", "之間", "兩地", "舉行", "等地", "など")
# But the ties between two governments after 之間 are theirs ("台北與東京之間的互信也因此加深",
# "北京與華府之間的關係"): two cities hold no trust, talks or friction.
PAIR_TIES = r"之?間的?(?:互信|信任|關係|對話|緊張|矛盾|摩擦|分歧|角力|博弈|談判|外交|溝通)"
# A pair closing a list of places after such a word is two cities too: travel copy lists the
# ports a flight serves ("往返香港、马尼拉、东京和首尔的过境航班").
PAIR_PLACE_LIST = (
    rf"(?:{'|'.join(PAIR_PLACE_BEFORE)})(?:[\u4e00-\u9fff\u30a0-\u30ff]{{1,5}}、){{0,6}}$"
)
# Two capitals joined ("北京とワシントン、", "莫斯科與北京均稱") act together: what one does after
# the pair, or the headline's comma after it, makes both governments.
# 同 is Cantonese "and" ("東京同華府都唔敢大聲", "北京又同東京嗌交").
CAPITALS_JOINED = ("と", "與", "和", "及", "同")
# pressure is put on a government, not a city ("北京以經濟脅迫施壓東京")
CAPITAL_BEFORE = [
    # and counters ("反制華府晶片新規"): what is countered is a side's measure, no place
    *("向", "呼籲", "譴責", "批評", "對", "支持", "拉攏", "敦促", "促請", "通知", "施壓", "反制"),
    # and is asked to withdraw or explain ("東京已要求北京撤回相關措施"): a demand is made of a
    # side; every such capital in the sets is its government
    *("要求",),
]
# A service's generic name inside a list of services ("陸海空軍") or before the craft it flies
# ("空軍機") names no body.
SERVICE_LIST_BEFORE = ("陸海", "海")
CRAFT_AFTER = ("機",)
# Chinese words of an army's things that open with 軍 after a country's name ("中國軍艦",
# "中国军机", "中國軍方", "中國軍演"): Chinese copy writes the country and the word, where
# Japanese writes 中国軍 for the PLA ("中国軍機" is the PLA's aircraft there, as its sets label it).
# 軍人, a soldier, is one of them ("台灣軍人吃不飽", "把台湾军人绑上战车": the island's soldiers,
# its writers label 台灣 Taiwan); 軍人員 is not ("台灣軍人員": 台灣軍 + 人員, the forces' staff).
MILITARY_WORD = r"軍(?:艦|機|方|演|人(?!員))"
