"""The words of craft, their owners, zones and places in Chinese and Japanese incursion
reports, as patterns written unfolded (cjk_incursion_words.patterns folds and compiles them):
who the craft are, what kind, which zone they entered or only came near, and the places of
the list and outside it.
"""

from .cjk_craft_owners import CHINA, OTHERS, SOURCE

# Mainland copy puts Taipei's words in scare quotes ("进入台湾西南“空域”", "“防空识别区”"): a
# quote mark opening before the zone's word leaves it the zone.
_SCARE_QUOTE = r"[“‘「『\"'〝]?"

CRAFT_AND_ZONE_PATTERNS = {
    "others": OTHERS,
    "source": SOURCE,
    "china": CHINA,
    "activity": r"偵獲|偵測|偵知|監測|確認|發現|活動|航行|越過|逾越|進入|入り|侵入|發射|発射|"
    # and the plain verbs of children's news: craft "come" and are "found" ("船が毎日来て
    # います", "４隻が見つかりました")
    r"擾台|擾臺|発表|動態|(?<![将將以未])来(?:て|た|る|ま)|見つか",
    # A count of take-offs and landings (a carrier's sorties) counts no craft.
    "sorties": r"起降|起落|発着|發着|離着|着艦",
    "typed": r"殲|轟|運-?[0-9]|運輸機|空警|j-?[0-9]|h-?6|y-?[0-9]|kj|蘇愷|圖-|"
    # Sukhoi and Tupolev with or without the hyphen ("Su30", "Tu-154").
    r"su-?[0-9]|tu-?[0-9]|無偵|[a-z]+-[0-9]+",
    # Drones by their role too ("無人偵察機", "無人攻撃機").
    "drones": r"無人(?:偵察|偵查|攻撃|攻擊|作戦|作戰|偵打|察打)?機|無人飛行機|ドローン",
    "balloons": r"氣球|気球|空飄",
    "missiles": r"飛彈|導彈|ミサイル|彈道|火箭|ロケット|東風",  # 東風: the DF family
    # "官方船隻" is Hong Kong outlets' word for the daily report's official ships.
    "official": r"公務船|海警|海巡|公船|政府船|官方船",
    "navy": r"艦|軍艦|海軍|艦艇|共艦",
    "any_ships": r"艦船|船艦",
    # "艦艇" right after a count is any state's vessels: whose, the owner before it says.
    "vessels_after": r"艦艇",
    # "越線" is the median line crossed, in a headline's shorthand.
    "median line": r"中線|中間線|(?<=[越逾])線",
    # A letter before "ADIZ" makes it another state's acronym ("ＫＡＤＩＺ", "JADIZ").
    # "防空識別" names nothing but the zone, so a homophone an input method put for its
    # last character ("防空識別権", "防空識別県") is the zone still (cjk_misspelt_terms.py).
    "ADIZ": r"防空識別[\u3400-\u9fff]|(?<![a-z])adiz|"
    rf"(?:進入|入り)[^。，,、]{{0,4}}[北中南東西部、及和與与]{{0,14}}{_SCARE_QUOTE}空域|"
    # The defence ministry's sectors of its ADIZ ("自台灣北部空域繞經東部", "台湾の南西空域",
    # "北部や中部、南西部の空域").
    # Not the airspace to one side of another place ("與那國島以南空域").
    rf"(?<!以)(?:[北中南東西]{{1,2}}部?(?:[、及和與与やと]|および)?)+の?{_SCARE_QUOTE}空域",
    # Taiwan's surroundings, also by side ("台灣北部及東部周邊海域", "台湾東部周辺"), and
    # the waters off one side ("台灣東部外海", "台湾の東方の海域", "台湾東部沖").
    # "台岛周边" is Beijing's wording of the same waters ("向台岛周边海域实施实弹射击").
    "around Taiwan": r"[臺台]海周[邊边]|[臺台][島岛]周[邊边]|"
    r"[臺台][灣湾](?:[東西南北]+部?[及和與、]?)*周[邊辺边围圍]|周[邊边辺]海[、，]?空域|"
    r"[臺台]湾周辺|在[臺台]海周邊活動|[臺台]灣海峽周邊|在周邊海域|"
    # The waters off one side of Taiwan or its island, a drill's set area among them
    # ("台岛以东预定海域").
    r"[臺台][灣湾島岛]の?(?:以?[東西南北]{1,2}(?:部|方|側)?[及和與、]?)+の?(?:預定|预定)?"
    r"(?:海域|外海|近海|沖)",
    "contiguous zone": r"接[續続]水域|毗連區|鄰接區|鄰接水域",
    "territorial waters": r"領海",
    "restricted waters": r"(?:禁止|限制|制限|禁限)(?:[、,，・及和]?(?:禁止|限制|制限))?水域",
    # Notes' "無越線" and "無進入空域" (none crossed, none entered); not 無人機.
    # A prohibition or a demand not to enter ("要求對方勿進入領海", "不得駛入限制水域") tells
    # of waters the craft were kept out of, as a negation does.
    "negation": r"未|沒有|並未|不曾|無(?=逾?越|進入)|"
    r"(?:勿|不得|不要|不准|不可|禁止|別)(?=進入|駛入|闖入|侵入|越過|逾越)",
    # A zone whose figures the craft were left out of ("但並未列入台灣周邊的統計",
    # "台湾周辺の集計には含まれない"): they were elsewhere.
    "left_out_of": r"(?:未|不|沒有|沒)(?:列入|計入|算入|納入)[^，,。；;]{0,2}$",
    "left_out_after": r"^[^，,。；;、]{0,6}?に(?:は)?(?:含まれ(?:ない|ず)|入らない)",
    # A zone no craft entered: "且無任何架次逾越中線".
    "none_entered": r"(?:無|沒有)任何[^，,；;。]{0,6}$",
    # A zone that is only a landmark: the craft were beside it, outside it, on one side of
    # it, coming up to it or leaving it for elsewhere ("領海のすぐ外側", "中線以西",
    # "領海に近づかないよう", "逼近中線", "限制水域外", "台湾の東の海域から…北上し").
    "landmark_after": r"^(?:の|之)?(?:すぐ)?(?:外側|外(?!海)|付近|近く|手前|附近|以外|邊緣|"
    r"境界|以?[東西南北]{1,2}側|以[東西南北]{1,2})|^に(?:近づ|接近)|^から(?!出|退|の退)",
    # A Japanese zone marked as the place of the count right after it, with nothing but
    # that count's noun between (no kana: no verb of a clause of its own).
    "leads": r"(?:に|で|へ)(?:は|も)?(?:延べ|[^\u3040-\u309f、，,。；;：:\s（()）]){0,10}|"
    # and a Chinese one that holds the count ("毗連區內共有4艘").
    r"[內内中]?(?:共|則|则|還|还|另|也|仍)?有",
    # A zone written straight before its count, the two a list's item ("金門限制水域4艘、").
    "holds_count": r"[內内中]?(?:共|計|计|約|约|達|达)?",
    "item_end": r"\s*(?:[、，,；;。]|$)",
    # The zone named before, pointed back to ("同水域", "該水域", "同じ海域", "同じ空域").
    "same_zone": r"(?:同じ|同|同一|該|该|此)(?:水域|海域|空域)",
    # A zone approached, the side that names it between ("不得接近日方所稱領海": the waters
    # Japan calls its own, as Chinese copy hedges them).
    "approach_before": r"(?:接近|逼近|靠近|迫近|貼近|趨近)(?:[^。，,、]{0,3}?(?:所稱|所謂))?"
    r"[^。，,、]{0,2}$",
    # The verb after a Japanese zone, negated at its end ("制限水域には入らなかった"), past
    # the zone listed with it that shares the verb ("領海・領空への侵入は確認されていない").
    "predicate_negated": r"^(?:・[^。，,、・\s]{1,4})?[^。，,、]{0,12}?"
    r"(?:ない|なかった|ず(?!つ)|ません|なし)",
    # "南海" (Japanese "南シナ海") is the South China Sea, not the waters south of somewhere
    # ("以南海域"). A dateline's place ("【与那国】") is where the story was filed. Japan's
    # straits the Joint Staff reports PLA ships through (大隅海峡, 津軽海峡) are Japan's.
    # A town or city of those islands (与那国町, 宮古島市) is its office or its people
    # ("与那国町の漁船", "与那国町漁協"), never the waters craft are in.
    "outside": r"(?:宮古(?!島市)|巴士海峽|東沙|(?<!以)南海(?!域)|南シナ海|對馬|大隅|津軽|"
    r"与那国(?!町)|"
    r"沖繩本島|菲律賓|日本海|太平洋|專屬經濟|經濟海域|排他的経済|eez|"
    r"日本の?領空|領空(?:を[^。，,、]{0,6})?侵犯)(?![^【】\n]{0,12}】)",  # Japan's airspace
    "foreign_adiz": r"(?:日本|韓國|菲律賓|沖縄)[^。，,、]{0,4}$",
    # Another country's ADIZ entered, named in full ("共機2架次進入日本防空識別區").
    "foreign_adiz_named": r"(?:日本|韓國|菲律賓|沖縄)[^。，,、]{0,4}防空識別[區圏]",
    "Senkaku Islands": r"尖閣|釣魚[臺台島]|釣魚島",
    # The list's places also by their islands ("南竿東南方限制水域" is Matsu's).
    "Kinmen": r"金門|料羅|大膽|二膽|烈嶼",
    "Matsu": r"馬祖|南竿|北竿|東引|東莒|西莒|莒光",
    # Two of the list's places joined: a total of both is no fact of either ("金門と馬祖の
    # 周辺で…制限水域に入った"); the counts told per place are.
    "joined_places": r"(?:金門|馬祖)(?:と|、|,|，|和|及|與|・|や)(?:金門|馬祖)|金馬(?!澎)",
    # A count marked by its place alone ("金門に４隻、馬祖に２隻", "金門4艘、馬祖2艘").
    "place_marks": r"(?:に|で|は|には|では|有|則有|也有|各有)?",
    # Islands with waters of their own outside the list ("烏坵周邊限制水域": no fact).
    "elsewhere": r"烏坵|澎湖|東沙|蘭嶼|綠島|小琉球|與那國(?!町)|与那国(?!町)|宮古島(?!市)|"
    r"石垣島|西表島",
    "Taiwan": r"[臺台]灣|[臺台]湾|[臺台]海",
}
