"""Names that only open a longer word naming something else, as Japanese and Chinese papers
write them every day: a place's before a body's (cjk_body_names.opens_body_name), a
team's or games' (cjk_place_named_bodies.opens_seat_body), an airport's, a museum's or a heritage
paper's (cjk_place_facilities), a firm's (cjk_firm_names), a
citizens' group's (cjk_group_names), a school's or a board of education's
(cjk_school_names), a hospital's (cjk_medical_bodies), a disease's
(cjk_disease_names), a verb's (cjk_state_names), an ocean's region (cjk_ocean_regions) or another
association's (cjk_association_names), a weapon's kind
before its bracketed name or inside a longer kind (cjk_weapon_kinds), and

- an office's title or a chamber's name before 選 is the election: "総統選", "大統領選挙",
  "参院選", "自民党総裁選" name no president, no house and no party leader (the evaluation
  sets' writers never label them), while "総統に選ばれた" and "選出" keep the office; a
  party's name before 選 stays ("自民党選対" is the party's campaign office);
- 大陸 before a word of weather or geography is the continent ("大陸冷氣團", "大陸棚"), and a
  Japanese place before 戦 is the battle ("沖縄戦の体験談");
- a country's name before 語 is its language ("中国語を勉強", "日本語の補習教室", "中国語名・
  谷立言"): a learner, a class or a name in it is no act of the state, and the sets label none;
  before 酒 it is the drink ("日本酒フェア", "日本酒の輸出"), sake, no more the state's;
- a country's, a place's or a bloc's name opening a paper's name in the story's bracketed
  credit is the paper's ("【中国海洋报】", "【宜蘭漁業航運報】", "【东盟港航日报讯】",
  "【臺灣航港快訊／基隆報導】"), as the sets label the paper whole and no place in it; so is a
  country opening a paper's name cited before its report ("据中国环境报报道"); elsewhere a
  country before a paper may be its qualifier ("据台湾中时新闻网报道": Taiwan's);
- a house's bare name before 議員 is its members' title ("国会議員", "國會議員", "日本の国会議員も
  参加した"): lawmakers, not the house acting (the sets label the house there in 4 passages of
  24); its members' delegation (国会議員団) is the house's still, and so is a house the base
  names whole with its country ("美國國會議員訪台": every set labels Congress there);
- a paper's name before 平均 or 225 is its stock index ("日経平均株価", "日経225"), not the paper;
  a Japanese house's name with a katakana word glued after it is another of its titles, a
  magazine or a site the sets label on its own ("日経メディカル", "日経クロステック"); its own
  news, world service or online edition is the house still ("NHKニュース", "産経ニュース",
  "NHKワールド"), and so is its website's Latin suffix ("東スポWEB");
- a body's name before 法 is the law named after it ("違反自衛隊法", "自衛隊法違反の疑い"), as
  the sets label it (Self-Defense Forces Act), not the body; 法院, 法務 and the like are other
  words;
- an office's title before 官邸 or 公邸 is that office's residence ("大統領官邸", "総統官邸",
  and offices no title of the base names: "總督官邸", "市長公邸", "大使公邸"): the bare 官邸 of
  Japanese copy is the prime minister's, that one is not;
- a name written in hiragana alone (the ships "かが", "いずも") right after another hiragana
  character is the inside of a word: "いかが", "うかがう", "うかがえる" are "how" and "to
  observe", every day in Japanese copy; the ship's name follows 艦, a bracket or a space; so is
  one right after 誰 or 何, whose か makes them "someone" and "something" ("誰かが診療を続け
  る", "何かが起きれば": no ship かが);
- a place's name written in katakana alone with a katakana letter glued to it is a syllable of
  a loanword: タイ (Thailand) in タイミング, タイプ, ネクタイ and 沖縄タイムス is no country.
- a navy's name glued to its numbered fleet is the fleet's full name ("美國海軍第七艦隊"), and a
  service's bare name before 基地 is part of a base's name ("路克空軍基地");
- a sea's name before a seabed feature's word (トラフ, 海溝, 海槽, 海盆) is the feature's name:
  "南海トラフ地震" is the Nankai Trough's earthquake, no South China Sea (南海 in Chinese);
- a foreign house's name before one of its committees' in Chinese copy is the committee's
  ("众议院军事委员会");
- a name ending in 約 before digits reads the 約 as "about": "与那国島の北約８０キロ", "島北約80
  公里" are a bearing and a distance, no NATO (北約).
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_association_names import inside_association_name
from .cjk_body_names import opens_body_name
from .cjk_disease_names import inside_disease_name
from .cjk_embassies import mission_section
from .cjk_firm_names import opens_firm_name
from .cjk_group_names import inside_group_name
from .cjk_medical_bodies import opens_medical_body
from .cjk_ocean_regions import inside_ocean_region
from .cjk_place_facilities import opens_place_facility
from .cjk_place_named_bodies import opens_seat_body
from .cjk_railway_names import inside_railway_name
from .cjk_school_names import inside_school_name
from .cjk_script import fold, fold_pattern
from .cjk_state_names import inside_verb_word, opens_guard_name
from .cjk_university_short_names import inside_national_university
from .cjk_weapon_kinds import describes_or_extends
from .kb import KBEntry

# 選 as the election's word, not a verb's or another noun's first character (選ばれる, 選出,
# 選任, 選定, 選考, 選手, 選抜, 選択, 選別).
ELECTION = r"選(?![ばびぶべぼ出任定考手抜択別])"
INDEX_AFTER_PAPER = r"(?:平均|225|２２５)"
LAW_AFTER_BODY = r"法(?![院務官庭人規律令制治國庫典學界案])"
RESIDENCE = r"[官公]邸"
# Offices whose residence is named after them that the base's titles leave out.
RESIDENTS = ("總督", "総督", "市長", "知事", "大使", "總領事", "総領事")
LANGUAGE = fold("語")
DRINK = fold("酒")
# A credit's opening bracket, and the rest of a paper's name after its place's: its field's
# words, then a paper's word (報, 網, 訊, 快訊, 週刊, 通訊) and the dispatch's 訊 or not, before the
# bracket's close, its reporter or the slash before the dateline ("【臺灣文博報記者林冠廷／屏東
# 報導】", "【东海港航报讯】", "【亚太船舶与海工讯】"). A dateline's own 訊 follows the place
# with nothing between ("【台北訊】": the city).
CREDIT_OPENS = "【"
PAPER_AFTER_COUNTRY = r"[\u4e00-\u9fff]{1,8}?(?:[報網訊]|快訊|[週周]刊|通訊)訊?(?:】|記者|／|/)"
# So is one cited before its report ("据中国环境报报道", "據中國時報報導"): the paper that
# reports, whose name the country opens (six sets' labels, none with the country inside).
CITED_PAPER = r"[\u4e00-\u9fff]{1,6}?報(?=報道|報導)"
# A house's name ends in 会 or 院 (国会, 議会, 上院); before 議員 it is its members' title.
HOUSE_END = (fold("会"), fold("院"))
MEMBERS = fold("議員")
# A delegation of its members is the house's ("超党派の国会議員団", as "米上院議員団" is the
# Senate's in cjk_title_countries.py).
DELEGATION = fold("団")
# 大陸 is the continent, not the mainland, before the words of weather and geography it forms:
# a continental cold air mass or high (大陸冷氣團, 大陸冷高壓, 大陸性氣候), the continental shelf
# (大陸棚, 大陸架) and intercontinental (大陸間).
CONTINENT = fold("大陸")
CONTINENT_AFTER = r"冷氣團|冷高壓|高壓|性|棚|架|間"
# A Japanese place's name before 戦 standing as a word is the battle fought there ("沖縄戦の体験
# 談"), as the sets label it whole or not at all; 戦闘, 戦略 and the rest are other words.
BATTLE_AFTER = r"戦(?=[のでをはがともへ、。」』）)\s]|$)"
# A sea's name before a seabed feature's word names the feature (南海トラフ, the Nankai Trough,
# where Japan's great earthquakes start): the sets label the trough whole or not at all, never the
# South China Sea, whose Chinese name 南海 the trough's shares.
SEABED = r"トラフ|海溝|海槽|海盆"
# A navy's name glued to one of its numbered fleets is the fleet's full name ("米海軍第７艦隊",
# "美國海軍第七艦隊"): the sets label it whole five times and the navy inside it once.
FLEET = r"第[0-9一二三四五六七八九十]+艦隊"
# A service's bare name before 基地 is part of a base's name ("路克空軍基地", Luke Air Force Base):
# the sets label the base, and the service inside none of them.
BARE_SERVICES = ("空軍", "海軍", "陸軍")
SERVICE_SITE = r"基地"
# 約, "about", and the figure it qualifies (folded text writes full-width digits as ASCII ones).
ABOUT = fold("約")
FIGURE = re.compile(r"[0-9]")
# A foreign house's name before one of its committees' in Chinese copy is the committee's
# ("美國國會眾議院軍事委員會", "眾議院預算委員會"): the Chinese sets label the committee whole four
# times of four, and Taiwan's 立法院 apart from its committees ("立法院外交及國防委員會"); the
# Japanese sets label the house (衆議院安全保障委員会).
COMMITTEE = r"[\u4e00-\u9fff]{2,6}?委員會"
OWN_CHAMBERS = ("taiwan", "china")
HIRAGANA = re.compile("[\u3041-\u3096]+")
# The interrogatives that か after them makes indefinite (誰か, 何か).
INDEFINITE = re.compile(fold_pattern("[誰何]"))
KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]+")  # with the long-vowel mark, not the middle dot
# The katakana words of a house's own channels, which name the house itself.
OWN_CHANNEL = re.compile("ニュース|ワールド|オンライン|デジタル|ウェブ|プラス|ネット")


@cache
def _folded_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(pattern))


@cache
def _folded_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(map(fold, words))


def opens_other_word(
    folded: str,
    start: int,
    end: int,
    entry: KBEntry | None,
    titles: dict[str, tuple[str, str | None]],
    home: str | None,
) -> bool:
    """Whether the name at [start, end) of the folded text is only the first part of a word
    naming another thing: a body, an election, a stock index or another office's residence.
    `entry` is the name's entity (None for a title or a generic name); `titles` the folded
    titles; `home` the article's home country."""
    if HIRAGANA.fullmatch(folded, start, end) and (
        HIRAGANA.match(folded, start - 1, start) or INDEFINITE.match(folded, start - 1, start)
    ):
        return True
    if folded.endswith(ABOUT, start, end) and FIGURE.match(folded, end):
        return True  # "北約８０キロ": about 80 km north
    if (entry is None or entry.type == "ORG") and mission_section(folded, start):
        return True  # "日本驻华大使馆经济部": the embassy's section, no ministry
    if entry is not None and entry.type in ("GPE", "LOC") and _inside_loanword(folded, start, end):
        return True
    if entry is not None and entry.type in ("GPE", "LOC") and _ends_latin_name(folded, start):
        return True  # "DIGITIMES Asia", "CAMPUS Asia": a paper's, a programme's name
    if entry is not None and (
        opens_body_name(folded, end, entry, home)
        or opens_seat_body(folded, end, entry, home)
        or opens_place_facility(folded, end, entry, home)  # "那覇空港", "香港文物探知館"
        or inside_railway_name(folded, start, end, entry)  # "台北駅", "ＪＲ九州", "台湾高鉄"
        or opens_firm_name(folded, end, entry)  # "東京エレクトロン", "厦门航空"
        or opens_medical_body(folded, end, entry, home)  # "自衛隊那覇病院", "日本医師会"
        or inside_disease_name(folded, start, end, entry)  # "日本腦炎", "德國麻疹"
        or (home == "japan" and inside_group_name(folded, start, end, entry))
        or inside_association_name(folded, start, end, entry)  # "台灣海峽兩岸觀光旅遊協會"
        or inside_school_name(folded, start, end, entry, home)  # "沖縄県教育委員会"
        or inside_national_university(folded, start, end, entry)  # "國立台灣大學"
        or describes_or_extends(folded, start, end, entry)  # "巡航ミサイル「トマホーク」"
        or inside_verb_word(folded, start, end)  # "增加州政府補助"
        or opens_guard_name(folded, start, end, entry)  # "密歇根州国民警卫队"
        or inside_ocean_region(folded, start, end, entry)  # "北太平洋秋刀魚"
    ):
        return True
    if entry is not None and entry.type == "LOC" and _folded_pattern(SEABED).match(folded, end):
        return True  # "南海トラフ": the trough, not the sea
    if entry is not None and entry.type == "ORG" and _folded_pattern(FLEET).match(folded, end):
        return True  # "米海軍第７艦隊": the fleet's full name
    if folded[start:end] in _folded_words(BARE_SERVICES) and _folded_pattern(SERVICE_SITE).match(
        folded, end
    ):
        return True  # "路克空軍基地": the base
    if entry is not None and entry.kind == "country" and folded.startswith(LANGUAGE, end):
        return True  # "中国語", "日本語": the language
    if entry is not None and entry.kind == "country" and folded.startswith(DRINK, end):
        return True  # "日本酒": sake
    if (
        entry is not None
        and entry.kind != "outlet"
        and entry.type in ("GPE", "LOC", "ORG")
        and folded[start - 1 : start] == CREDIT_OPENS
        and _folded_pattern(PAPER_AFTER_COUNTRY).match(folded, end)
    ):
        return True  # "【中国海洋报】", "【东盟港航日报讯】": the paper
    if (
        entry is not None
        and entry.kind == "country"
        and _folded_pattern(CITED_PAPER).match(folded, end)
    ):
        return True  # "据中国环境报报道": the paper
    if (
        entry is None
        and folded.endswith(HOUSE_END, start, end)
        and folded.startswith(MEMBERS, end)
        and not folded.startswith(DELEGATION, end + len(MEMBERS))
    ):
        return True  # "国会議員": lawmakers
    if folded[start:end] == CONTINENT and _folded_pattern(CONTINENT_AFTER).match(folded, end):
        return True  # "大陸冷氣團": a continental air mass
    place = entry is not None and entry.type in ("GPE", "LOC") and entry.kind != "country"
    if home == "japan" and place and _folded_pattern(BATTLE_AFTER).match(folded, end):
        return True  # "沖縄戦の体験談": the battle
    form = folded[start:end]
    holder = entry is None and form in titles
    chamber = entry is not None and entry.type == "ORG" and form.endswith(fold("院"))
    if (holder or chamber) and _folded_pattern(ELECTION).match(folded, end):
        return True
    foreign = entry is not None and entry.country not in OWN_CHAMBERS
    if chamber and foreign and home != "japan" and _folded_pattern(COMMITTEE).match(folded, end):
        return True  # "众议院军事委员会": the House's committee
    if (
        entry is not None
        and entry.kind == "outlet"
        and (
            _folded_pattern(INDEX_AFTER_PAPER).match(folded, end)
            or (
                entry.country == "japan"
                and KATAKANA.match(folded, end) is not None
                and OWN_CHANNEL.match(folded, end) is None
            )
        )
    ):
        return True
    if (
        entry is not None
        and entry.type == "ORG"
        and _folded_pattern(LAW_AFTER_BODY).match(folded, end)
    ):
        return True
    if holder and _folded_pattern(RESIDENCE).match(folded, end):
        return True
    residence = _folded_pattern(RESIDENCE).fullmatch(form)
    return residence is not None and (
        any(folded.endswith(t, 0, start) for t in titles)
        or folded.endswith(tuple(_folded_words(RESIDENTS)), 0, start)
    )


# A Latin word and a space: in CJK copy, which writes no sentence in Latin letters, a place in
# Latin letters after one ends a longer Latin name, a paper's or a programme's.
LATIN_WORD_BEFORE = re.compile(r"[a-z0-9]+ ")


def _ends_latin_name(folded: str, start: int) -> bool:
    """Whether a place written in Latin letters follows a Latin word and a space."""
    word = LATIN_WORD_BEFORE.search(folded, max(0, start - 30), start)
    return folded[start : start + 1].isascii() and word is not None and word.end() == start


def _inside_loanword(folded: str, start: int, end: int) -> bool:
    """Whether a name in katakana alone has a katakana letter glued before or after it."""
    return KATAKANA.fullmatch(folded, start, end) is not None and (
        KATAKANA.match(folded, start - 1, start) is not None
        or KATAKANA.match(folded, end, end + 1) is not None
    )
