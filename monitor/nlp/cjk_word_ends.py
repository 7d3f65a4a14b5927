"""Where a CJK name cannot end (cjk_name_context.split_word): at a character that begins the
next word ("台軍|事", "南海|域"), as cjk_word_starts.py says where one cannot begin.
"""

from __future__ import annotations

from functools import cache

from .cjk_prefixed_nouns import WORDS_OPENED_BY_NATIONALS
from .cjk_script import fold

# Characters that make a name's last one the start of another word: 軍 of 軍事, 軍售 and 軍工
# ("對台軍事施壓", "對台軍售" hold no 台軍, "美軍工企業" no 美軍), 海 of 海域 ("西南海域" holds
# no 南海) and of 海軍 ("菲律賓海軍" is the navy, not the Philippine Sea), and of 海保, Japan's
# coast guard ("日本海保" holds no Sea of Japan).
# 部 of a Japanese party's 部会 before its particle ("外交部会で" holds no 外交部).
# 資 of 資金, 資訊, 資料 and 資源: "當日資金" holds no 日資.
WORD_AFTER_NAME = {
    # 軍 of 軍網 ("中國軍網", the PLA's news site, holds no 中國軍), of the financial press's 軍工
    # sectors ("台灣軍工評等", "日本军工股"), of 軍公教 (public employees: "台灣軍公教人員"), and
    # of a service's college ("空軍官校", "陸軍戰爭學院" are schools; the sets label them whole)
    "軍": (
        *("事", "售", "工企業", "工業", "工產業", "工相關", "工合作", "網", "公教"),
        *("工評", "工股", "工族群", "工類股", "工板塊", "工指數", "工概念", "工體系"),
        *("官校", "軍官學校", "戰爭學院"),
    ),
    "國": ("軍網",),
    # 海 of 海警船, the coast guard's ships: "加上海警船出沒" (and the ships about) holds no 上海;
    # and of 海網, a news site named for a sea: "台海網8月13日訊" (Xiamen's Taihai Net) and
    # "南海網" (Hainan's) hold no strait and no sea; of 海員, seamen ("日本海員工會": Japan's);
    # and of 海纜 and 海底電纜, undersea cables ("日本海纜勘測船" is a Japanese cable ship's);
    # and of 海上 before what a country keeps at sea ("日本海上生命線", Japan's sea lifeline;
    # "日本海上空", over the Sea of Japan, keeps the sea); and of the sea's produce and its
    # shore: "日本海鮮祭" is a fair of Japanese seafood, "日本海產" Japan's marine products and
    # "美國東海岸" the American east coast, holding no Sea of Japan or East China Sea; and of
    # 海藻, seaweed: "菲律賓海藻原料商" is a Philippine seaweed supplier, not the Philippine Sea
    "海": (
        *("域", "軍", "保", "警船", "網", "員", "纜", "底電纜", "底光纜", "鮮", "產", "岸", "藻"),
        *("上生命線", "上通道", "上交通", "上安全", "上運輸", "上貿易", "上航線", "上力量"),
    ),
    # 保 of 保護: "公海保護區" (a high-seas protected area) holds no 海保, Japan's coast guard,
    # nor does 保持, 保留, 保存, 保障 or 保證 ("对核污染水排海保持高度警惕": keeps on guard)
    "保": ("護", "持", "留", "存", "障", "證"),
    # 空 of 空域: "台湾の南西空域" (the south-western airspace) holds no 南西空, the air defence
    # force hobby copy clips so
    "空": ("域",),
    # and of 部門, departments: "中共統戰部門" (the party's united-front departments) holds no
    # 統戰部; a body named 部門 whole (海巡部門, 防務部門) is matched first
    "部": (*("会" + particle for particle in "でのはがにをともへ"), "門"),
    # 閣 of 閣官房, its secretariat ("日本內閣官房長官" holds no 日本內閣), and of offices named
    # after the cabinet: 内閣サイバーセキュリティセンター, 内閣情報調査室, 内閣法制局, 内閣人事局
    "閣": ("官房", "サイバー", "情報", "法制", "衛星", "人事"),
    # and of 資產, 資本, 資格 and 資助: "其中資產" and "大陸資本" hold no 中資 or 陸資
    "資": ("金", "訊", "料", "源", "產", "本", "格", "助"),
    # 企 of 企業 and 商 of 商品: "台日企業" holds no 日企, "對台商品" no 台商
    "企": ("業",),
    "商": ("品",),
    # 馬 of 馬祖 (Matsu): "對馬祖的衝擊" is the impact on Matsu, not Tsushima's 對馬 and a 祖
    # and of 馬路, 馬力, 馬戲 and Damascus's 馬士革 after 大: "大馬路上" holds no 大馬, Malaysia as
    # its own papers call it
    "馬": ("祖", "路", "力", "戲", "士革"),
    # 經 of 經濟 and 經貿 after a pair of countries: "台日經濟合作", "中日经贸关系" hold no 日經
    # (the Nikkei)
    "經": ("濟", "貿"),
    # 系 of 系統 and 系列: "大陸系統" holds no 陸系, a mainland house
    "系": ("統", "列"),
    # 巡 of a patrol's or a transit's verb: "台海巡航" is a transit of the strait, holding no
    # 台海巡, Taiwan's coast guard (cjk_abbreviated_bodies.py)
    "巡": ("航", "邏", "弋"),
    # 客 of the craft and trades it opens: "大陸客機", "大陸客運" hold no 陸客, tourists
    "客": ("機", "運"),
    # 島 of 島丸, a ship's name ("先島丸" is a ship, not the islands), and of 諸 not closing 諸島
    # ("先島諸国" names no 先島: the islands' full name wins where it is written)
    "島": ("丸", "諸"),
    "僑": WORDS_OPENED_BY_NATIONALS,
    # 生 of the words it opens after a side's character: "在台生活", "大陸生產", "陸生動物" hold no
    # 台生 or 陸生, a side's students
    "生": tuple("活產態意命物動長存效計涯成病前"),
    # 鮮 of 鮮日報, the Chosun Ilbo: "朝鮮日報分析" is the Seoul paper's analysis, naming no North
    # Korea
    "鮮": ("日報",),
}


# 軍 of 軍演, drills, after 對 and a side: "共軍對台軍演" are drills against Taiwan and hold
# no 台軍, Taiwan's forces. Only after 對, since "美軍演習" is the US forces' exercise.
AIMED_AT = "對"
DRILLS = "軍演"


@cache
def folded_words_after_name() -> dict[str, tuple[str, ...]]:
    """WORD_AFTER_NAME by its folded character, its words folded: folded once, since folding them
    for each name tried spent most of the time of a feed of thousands of names."""
    words: dict[str, tuple[str, ...]] = {}
    for char, after in WORD_AFTER_NAME.items():
        words[fold(char)] = words.get(fold(char), ()) + tuple(fold(word) for word in after)
    return words
