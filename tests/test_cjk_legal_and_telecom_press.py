"""Japanese legal press and Chinese telecom and ICT press (the forty-eighth CJK set's classes of
miss), and older leftovers of the same classes: a capital's city before a firm's head office, a
capital's government by its bans, pretexts and authorities, a misspelt name running over a
country's name before a title, a place inside a bar association's, an office's, a county
department's, a paper's or a ministry's name, one-character countries before a warship, a
nationality or a defence major, 內地 under a Hong Kong paper's credit, bare bodies after
several countries' or 各国, a Japanese 部 ministry set against Beijing's 省, names the knowledge
base lacked in one script, and two incursion facts: a day counted back apposed to its date, and
Taiwan's own test firing."""

from datetime import UTC, datetime

import pytest
from incursion_helpers import cjk_facts_at
from linking_helpers import analysed_links, assert_analysed_links


@pytest.mark.parametrize(
    ("text", "language", "meant", "not_meant"),
    [
        # a firm's head office in a capital is in the city, though the capital acts later
        (
            "浅野弁護士は「東京の本社だけでなく、海外の子会社の取引も調べる必要がある」と話す。東京は懸念を伝えた。",
            "ja",
            {("東京", "tokyo"), ("東京", "japan")},
            set(),
        ),
        # a capital that bans trade, gives a pretext or has authorities is its government
        ("北京禁售稀土磁鐵給美國軍工企業。", "zh", {("北京", "china")}, {("北京", "beijing")}),
        ("北京本月初以「數據安全」為由，暫停進口韓國晶片。", "zh", {("北京", "china")}, {("北京", "beijing")}),
        ("營運商已與北京有關方面溝通，對方回應正面。", "zh", {("北京", "china")}, {("北京", "beijing")}),
        # a misspelt name before a title is the person, over the country's name inside it
        (
            "韓国瑜立法院長は法案の審議日程を示した。韓国諭院長は「協議を続ける」と述べた。",
            "ja",
            {("韓国諭", "han-kuo-yu")},
            {("韓国", "south-korea")},
        ),
        # a place inside a bar association's or a fisheries office's name
        ("第一東京弁護士会と日本弁護士連合会は声明を出した。", "ja", set(), {("東京", "tokyo"), ("日本", "japan")}),
        ("水産庁の九州漁業調整事務所が漁船を調べた。", "ja", set(), {("九州", "kyushu")}),
        # a county's department named after its government, and a paper's credit with its reporter
        ("澎湖縣政府旅遊處今天宣布，古厝修繕完成。", "zh", set(), {("澎湖", "penghu")}),
        ("【臺灣電信報記者王小明／台北報導】中華電信今天表示。", "zh", set(), {("臺灣", "taiwan")}),
        # a foreign ministry and a federal agency named with their country in Chinese copy; not a
        # house's committee (whose house is no mention of its own), nor Taiwan's own commission
        ("日本總務省與美國聯邦通信委員會簽署備忘錄。", "zh", set(), {("日本", "japan"), ("美國", "united-states")}),
        ("美國聯邦眾議院軍事委員會公布草案。", "zh", {("美國", "united-states")}, {("眾議院", "us-house")}),
        ("台湾国家通讯传播委员会说，网络运行正常。", "zh", {("台湾", "taiwan")}, set()),
        # 海纜 opens no Sea of Japan; France's warships and nationals; 米 before a defence major
        ("日本海纜公司的勘測船暫停作業。", "zh", {("日本", "japan")}, {("日本海", "sea-of-japan")}),
        ("共軍對法艦全程監視，一名法籍船員獲救。", "zh", {("法艦", "france"), ("法籍", "france")}, set()),
        ("海警執法艦艇在周邊巡航。", "zh", set(), {("法艦", "france")}),
        ("三菱電機は米防衛大手と提携した。", "ja", {("米", "united-states")}, set()),
        # a prefecture's short name right after its country
        ("新海纜連接日本千葉與香港。", "zh", {("千葉", "chiba")}, set()),
        # 內地 is the mainland in a paper named after Hong Kong
        ("【香港科技週報】由於內地相關部門亦須審批，工程延後。", "zh", {("內地", "china")}, set()),
        # a house's 院 before 議員 is its members' title; 上院 alone is the article's country's
        ("共和党の上院議員が訪台した。", "ja", set(), {("上院", "us-senate")}),
        ("フィリピンの上院は協定に同意した。", "ja", {("上院", "philippine-senate")}, set()),
        # names one script lacked: Japanese NATO, Australia's defence department, the unreliable
        # entity list, the Mogami class alone; simplified MODA, Luzon, Wellington, Canada's navy
        ("北大西洋条約機構の会合で豪国防省が説明した。", "ja", {("北大西洋条約機構", "nato"), ("豪国防省", "australia-dod")}, set()),
        ("中国は米企業を「信頼できない実体リスト」に加えた。", "ja", {("信頼できない実体リスト", "unreliable-entity-list")}, set()),
        ("改良型「もがみ」の輸出が決まった。", "ja", {("もがみ", "mogami-class")}, set()),
        ("台湾数字发展部为吕宋北部的渔民提供卫星终端。", "zh", {("数字发展部", "moda"), ("吕宋", "luzon")}, set()),
        ("キャンベラとウェリントンも懸念を表明した。", "ja", {("ウェリントン", "new-zealand")}, set()),
        ("加拿大海軍護衛艦通過台灣海峽。", "zh", {("加拿大海軍", "royal-canadian-navy")}, set()),
    ],
)  # fmt: skip
def test_names_in_legal_and_telecom_copy(
    text: str,
    language: str,
    meant: set[tuple[str, str]],
    not_meant: set[tuple[str, str]],
) -> None:
    assert_analysed_links(text, language, meant, not_meant)


def test_a_bare_navy_after_two_other_navies_or_after_each_country_is_no_ones() -> None:
    japanese = (
        "米海軍と英海軍は５日、南シナ海で共同訓練を行った。海軍の報道官は詳細を明かさなかった。"
    )
    chinese = "學者認為，海上執法合作能填補各國海軍難以顧及的空白。"
    assert not {entity for _, entity in analysed_links(japanese, "ja")} & {"roc-navy", "plan"}
    assert not {entity for _, entity in analysed_links(chinese, "zh")} & {"roc-navy", "plan"}


def test_a_japanese_ministry_named_with_bu_after_beijings_sho_is_taipeis() -> None:
    text = (
        "【北京共同】中国国防省の報道官は１日、台湾の演習を批判した。"
        "これに対し、国防部は「防衛のための訓練だ」と反論した。"
    )
    links = analysed_links(text, "ja")
    assert ("国防部", "taiwan-mnd") in links
    assert ("国防部", "china-mnd") not in links


def test_a_day_counted_back_apposed_to_its_date_is_that_date() -> None:
    text = (
        "尖閣諸島周辺の接続水域で１２日、中国海警局の船３隻が確認された。"
        "このうち１隻は前日の１１日夜、領海に侵入していた。"
    )
    facts = cjk_facts_at(text, datetime(2025, 3, 12, 3, tzinfo=UTC))
    assert (1, "official ships", "territorial waters", "Senkaku Islands", "2025-03-11") in facts
    assert not any(fact[4] == "2025-03-10" for fact in facts)


def test_taiwans_own_made_missiles_give_no_fact() -> None:
    text = (
        "九鵬基地試射4枚國造飛彈 全數命中\n\n"
        "（記者屏東3日電）中科院今天在九鵬基地發射天弓三型飛彈共4枚，全數命中靶機。"
        "分析師指出，2022年8月共軍曾向台灣周邊海域發射11枚彈道飛彈。"
    )
    assert cjk_facts_at(text, datetime(2025, 8, 26, 3, tzinfo=UTC)) == set()


def test_taiwans_own_missiles_by_name_give_no_fact() -> None:
    text = (
        "台湾の国防部は２６日、南部の九鵬基地で、地対空ミサイル「天弓３型」や「パトリオット」"
        "など計１４発の試射を行ったと発表した。"
    )
    assert cjk_facts_at(text, datetime(2025, 8, 26, 3, tzinfo=UTC)) == set()
