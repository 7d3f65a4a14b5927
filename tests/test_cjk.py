"""Japanese and Chinese articles: analysed like English ones (entities with their English
canonical names, incursion facts, themes), searchable with queries of two characters in any
script, and still stored as before when the `cjk` extra is missing."""

from pathlib import Path

import pytest
import sqlite_utils
from conftest import write_config
from hypothesis import example, given
from hypothesis import strategies as st

from monitor.archive.migrations import migrate
from monitor.archive.selection import Selection, select_articles
from monitor.archive.store import open_db
from monitor.cli.doctor import _cjk_languages
from monitor.nlp import analyze_cjk
from monitor.nlp.evaluation import cjk_split, evaluate_passages, load_passages
from monitor.nlp.kb import default_kb

DATA = Path(__file__).parent / "data" / "cjk"
# Floors on the held-out part (the last 40 passages) of each development set: what monitor
# measured there (docs/evaluation-sets.md), less a small margin. Its incursion misses were read
# in the second round of incursion rules, so those two floors pin a development figure now.
FLOORS = {
    "ja": {"recall": 0.93, "precision": 0.96, "incursion_p": 0.98, "incursion_r": 0.98,
           "themes": 0.98},
    "zh": {"recall": 0.95, "precision": 0.91, "incursion_p": 0.98, "incursion_r": 0.98,
           "themes": 0.97},
}  # fmt: skip
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>CJK test feed</title>
<item><guid>ja-1</guid><title>尖閣周辺で中国海警局の船4隻が領海侵入</title>
<link>https://cjk.example/ja-1</link><pubDate>Tue, 15 Jun 2021 12:05:00 +0900</pubDate>
<description>15日午前、尖閣諸島周辺の日本の領海に中国海警局の船4隻が侵入した。岸防衛相は遺憾の意を示した。</description></item>
<item><guid>zh-1</guid><title>共機25架次擾臺　19架次進入西南防空識別區</title>
<link>https://cjk.example/zh-1</link><pubDate>Wed, 25 Nov 2026 10:05:00 +0800</pubDate>
<description>國防部今天表示，自昨（24）日上午6時至今（25）日上午6時止，偵獲共機25架次在臺海周邊活動，其中19架次逾越中線進入西南防空識別區。</description></item>
<item><guid>en-1</guid><title>Taiwan tracks 25 Chinese aircraft</title>
<link>https://cjk.example/en-1</link><pubDate>Wed, 25 Nov 2026 10:05:00 +0800</pubDate>
<description>Taiwan's Defense Ministry said 19 Chinese aircraft entered the ADIZ.</description></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One fetch of a feed with a Japanese, a Chinese and an English article."""
    from click.testing import CliRunner

    from monitor.cli.main import main

    folder = tmp_path_factory.mktemp("cjk")
    (folder / "cjk.rss").write_text(FEED, encoding="utf-8")
    config = write_config(folder / "feeds.yaml", [{"name": "CJK", "url": "cjk.rss"}])
    db = folder / "monitor.db"
    result = CliRunner().invoke(main, ["fetch", "--config", str(config), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _search(db: Path, *args: str) -> list[str]:
    from click.testing import CliRunner

    from monitor.cli.main import main

    result = CliRunner().invoke(main, ["search", *args, "--db", str(db), "--tsv"])
    assert result.exit_code == 0, result.output
    return [line.split("\t")[3] for line in result.output.splitlines()[1:]]


def test_cjk_articles_get_english_entities_facts_and_themes(archive: Path) -> None:
    db = sqlite_utils.Database(archive)
    by_language = {
        row["language"]: row
        for row in db.query("SELECT id, language, analysis_status FROM articles")
    }
    assert {row["analysis_status"] for row in by_language.values()} == {"analyzed"}
    names = {
        row["name"]
        for row in db.query(
            "SELECT e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id "
            "WHERE ae.article_id = ?",
            [by_language["ja"]["id"]],
        )
    }
    assert {"Nobuo Kishi", "China Coast Guard", "Senkaku Islands"} <= names  # 岸防衛相 in 2021
    facts = {
        (row["count"], row["what"], row["zone"], row["place"], row["day"])
        for row in db.query("SELECT * FROM incursions")
    }
    assert (4, "official ships", "territorial waters", "Senkaku Islands", "2021-06-15") in facts
    assert (25, "aircraft", "around Taiwan", "Taiwan", "2026-11-25") in facts
    assert (19, "aircraft", "ADIZ", "Taiwan", "2026-11-25") in facts
    assert (19, "aircraft", "median line", "Taiwan", "2026-11-25") in facts
    tagged = db.execute(
        "SELECT count(*) FROM article_themes WHERE article_id = ? AND theme = 'security' "
        "AND tagged = 1",
        [by_language["zh"]["id"]],
    ).fetchone()[0]
    assert tagged == 1


def test_two_character_queries_find_cjk_articles_in_any_script(archive: Path) -> None:
    assert _search(archive, "尖閣") == ["尖閣周辺で中国海警局の船4隻が領海侵入"]
    zh = ["共機25架次擾臺 19架次進入西南防空識別區"]  # the title's spaces made plain
    assert _search(archive, "防空識別區") == zh
    assert _search(archive, "防空识别区") == zh  # simplified finds traditional
    assert _search(archive, "尖閣", "--lang", "zh") == []
    assert _search(archive, "ADIZ") == ["Taiwan tracks 25 Chinese aircraft"]  # as before


def test_an_alert_rules_or_exports_query_reads_the_same_indexes(archive: Path) -> None:
    db = sqlite_utils.Database(archive)

    def titles(query: str) -> list[str]:
        return [row["title"] for row in select_articles(db, Selection(query=query))]

    assert titles("尖閣") == _search(archive, "尖閣")
    assert titles("防空识别区") == _search(archive, "防空識別區")
    assert titles("ADIZ") == _search(archive, "ADIZ")


def test_migration_11_indexes_articles_stored_before_it(tmp_path: Path) -> None:
    db = open_db(tmp_path / "old.db")
    db.execute("INSERT INTO feeds (name, url, config_url, created_utc) VALUES ('f', 'u', 'u', 't')")
    db.execute(
        "INSERT INTO articles (id, feed_id, title, summary, summary_html, published_utc, "
        "fetched_utc) VALUES ('a', 1, '尖閣諸島', '', '', 't', 't')"
    )
    # As a database made before migration 11: none of its tables, nor those made after it.
    db.execute("DROP TABLE articles_cjk_fts")
    db.execute("DROP TABLE _reanalysis_queue")  # migration 13's
    db.execute("DELETE FROM _migrations WHERE version >= 11")
    migrate(db.conn)
    assert _search(tmp_path / "old.db", "尖閣") == ["尖閣諸島"]


def test_without_the_extra_cjk_articles_are_stored_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.nlp.analyze import TextToAnalyse, analyse

    monkeypatch.setattr(analyze_cjk, "cjk_ready", lambda language: False)
    (found,) = analyse([TextToAnalyse("x", "尖閣諸島周辺の領海に侵入した。", "ja")])
    assert (found.status, found.mentions) == ("not_english", ())
    status, detail = _cjk_languages()
    assert status == "warn" and "pip install 'monitor[cjk]'" in detail


@pytest.mark.parametrize("language", ["ja", "zh"])
def test_held_out_quality_stays_above_its_floors(language: str) -> None:
    kb = default_kb()
    passages = cjk_split(load_passages(DATA / f"{language}-dev.jsonl", kb), "held-out")
    figures = evaluate_passages(passages, kb, language)["all"].summary()
    floors = FLOORS[language]
    assert figures["canonical_recall"] >= floors["recall"]
    assert figures["canonical_precision"] >= floors["precision"]
    assert figures["incursion_precision"] >= floors["incursion_p"]
    assert figures["incursion_recall"] >= floors["incursion_r"]
    assert figures["theme_macro_f1"] >= floors["themes"]


@pytest.mark.parametrize("language", ["ja", "zh"])
def test_theme_models_score_the_held_out_split_of_their_corpus(language: str) -> None:
    from monitor.nlp.cjk_themes import cjk_theme_model, folded_corpus
    from monitor.nlp.themes import evaluate

    test_set = [example for example in folded_corpus(language) if example.split == "test"]
    assert evaluate(cjk_theme_model(language), test_set)["macro_f1"] >= 0.94


@pytest.mark.parametrize("language", ["ja", "zh"])
def test_shipped_theme_models_were_trained_on_their_corpus_as_it_stands(language: str) -> None:
    """A corpus that gains passages (a blind set joining it) without `python -m
    monitor.nlp.cjk_themes` would ship a model that never read them, and one retrained on
    passages of the test split would report a held-out figure that is not held out."""
    from monitor.nlp.cjk_themes import cjk_theme_model, folded_corpus
    from monitor.nlp.themes import _data_hash

    train = [example for example in folded_corpus(language) if example.split == "train"]
    model = cjk_theme_model(language)
    assert model.meta["training_data_sha256"] == _data_hash(train)
    assert model.meta["training_examples"] == len(train)


def _links(text: str, home: str = "japan") -> list[tuple[str, str]]:
    from datetime import date

    from monitor.nlp.cjk_entities import cjk_mentions

    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return [(m.text, m.entity_id) for m in mentions]


def test_full_width_latin_names_and_codes_without_their_hyphen_are_linked() -> None:
    text = "米、台湾にＦ１６部品を売却　ＴＳＭＣ子会社ＪＡＳＭが増産、日米２プラス２も確認"
    links = _links(text)
    assert ("米", "united-states") in links  # a country abbreviation opening a headline
    assert {("Ｆ１６", "f-16"), ("ＴＳＭＣ", "tsmc"), ("ＪＡＳＭ", "jasm")} <= set(links)
    assert ("２プラス２", "two-plus-two") in links


def test_a_japanese_form_opencc_leaves_apart_folds_like_its_chinese_one() -> None:
    assert ("呉江浩", "wu-jianghao") in _links("外務省は中国の呉江浩駐日大使に抗議した。")


def test_gong_jun_is_the_pla_and_a_strait_before_its_median_line_is_the_strait() -> None:
    assert ("共軍", "pla") in _links("國防部表示，共軍今天在臺海周邊演習。", "taiwan")
    links = _links("うち１９機が台湾海峡の中間線を越えた。")
    assert {("台湾海峡", "taiwan-strait"), ("中間線", "median-line")} <= set(links)


def test_a_capital_acts_when_it_says_or_watches_or_is_joined_to_one_that_acts() -> None:
    links = _links("莫斯科與北京均稱行動不針對第三方，但東京表示已派艦監視。", "taiwan")
    assert links == [("莫斯科", "russia"), ("北京", "china"), ("東京", "japan")]
    assert _links("北京とワシントン、追加関税の引き下げで合意") == [
        ("北京", "china"),
        ("ワシントン", "united-states"),
    ]
    assert ("华盛顿", "united-states") in _links("华盛顿重申，美菲共同防御条约适用。", "china")
    assert ("東京", "tokyo") in _links("（中央社記者東京24日電）日本防衛省今天表示", "taiwan")


def test_a_bracketed_carrier_is_the_ship_and_a_service_word_in_a_list_or_craft_no_body() -> None:
    assert _links("空母「山東」を中心とする艦隊が訓練した。") == [("山東", "shandong-carrier")]
    assert _links("山東省の港") == [("山東省", "shandong")]
    assert not any(e == "roc-air-force" for _, e in _links("国防部は空軍機や艦艇を派遣した。"))
    assert not any(e == "roc-air-force" for _, e in _links("陸海空軍による合同演習"))


def test_people_of_the_region_are_linked_by_their_japanese_and_chinese_forms() -> None:
    assert ("ベッセント", "scott-bessent") in _links("ベッセント財務長官が出席した。")
    assert ("特奥多罗", "gilberto-teodoro") in _links("与菲律宾防长特奥多罗会谈。", "china")
    assert ("塔列拉", "jay-tarriela") in _links("菲律宾海警发言人塔列拉说。", "china")
    assert ("ジュネーブ", "geneva") in _links("【ジュネーブ共同】世界保健総会が開幕した。")
    assert ("专守防卫", "exclusively-defense-oriented-policy") in _links(
        "日方企图突破“专守防卫”原则。", "china"
    )


def test_a_name_whose_last_character_begins_the_next_word_is_no_name() -> None:
    links = _links("學者指出，北京對台軍事施壓加劇，美對台軍售持續。", "taiwan")
    assert not any(e == "roc-armed-forces" for _, e in links)
    assert ("台軍", "roc-armed-forces") in _links("台軍今天舉行演習。", "taiwan")
    assert not any(e == "south-china-sea" for _, e in _links("飛彈落在台灣西南海域。", "taiwan"))


def test_a_body_after_two_countries_is_neither_ones() -> None:
    assert _links("中俄海軍聯合巡航，東京表示密切監控", "taiwan") == [("東京", "japan")]


def test_two_capitals_joined_are_governments_unless_they_are_places() -> None:
    links = _links("北京與華府今天達成關稅協議，雙方將恢復磋商。", "taiwan")
    assert links[:2] == [("北京", "china"), ("華府", "united-states")]
    assert _links("東京とソウルの関係改善が進む")[:2] == [
        ("東京", "japan"),
        ("ソウル", "south-korea"),
    ]
    assert ("東京", "tokyo") in _links("往返台北與東京的航班增加。", "taiwan")
    assert ("東京", "tokyo") in _links("台北與東京之間的直航班次", "taiwan")


def test_a_capital_opening_a_headline_or_protested_to_or_framing_an_issue_is_its_government() -> (
    None
):
    assert _links("北京、ソウルに抗議　首相発言で")[:2] == [
        ("北京", "china"),
        ("ソウル", "south-korea"),
    ]
    assert ("東京", "japan") in _links("中国外務省は東京に厳正な申し入れを行った。")
    assert ("华盛顿", "united-states") in _links("大使表示，华盛顿坚定支持马尼拉。", "china")
    assert ("马尼拉", "philippines") in _links("大使表示，华盛顿坚定支持马尼拉。", "china")
    assert ("马尼拉", "philippines") in _links("近年马尼拉在南海问题上立场强硬。", "china")
    assert ("華府", "united-states") in _links("華府宣布新一輪對台軍售", "taiwan")


def test_a_countrys_navy_is_no_sea_and_the_regions_bodies_are_linked_by_their_cjk_forms() -> None:
    links = _links("日方称，日本海上自卫队护卫舰全程监视，并向菲律宾海军提供雷达。", "china")
    assert {("日本海上自卫队", "jmsdf"), ("菲律宾海军", "philippine-navy")} <= set(links)
    assert not {e for _, e in links} & {"sea-of-japan", "philippine-sea", "jsdf"}
    assert ("菲律宾海", "philippine-sea") in _links("解放军舰艇在菲律宾海活动。", "china")
    assert ("日本海", "sea-of-japan") in _links("中国軍機が日本海上空を飛行した。")
    japanese = _links(
        "台湾軍の訓練をマニラ湾で視察。日台漁業委員会は日台民間漁業取り決めを協議した。"
    )
    assert {("台湾軍", "roc-armed-forces"), ("マニラ湾", "manila-bay")} <= set(japanese)
    assert ("日台漁業委員会", "taiwan-japan-fisheries-commission") in japanese
    assert ("日台民間漁業取り決め", "japan-taiwan-fishery-agreement") in japanese
    assert ("聯合新聞網", "united-daily-news") in _links("【聯合新聞網／綜合報導】", "taiwan")


# --- cjkA: the 2+2 meeting by its Japanese and Chinese names ---
def test_the_two_plus_two_meeting_is_linked_by_its_japanese_and_chinese_names() -> None:
    assert ("外務・防衛担当閣僚協議", "two-plus-two") in _links(
        "来月、外務・防衛担当閣僚協議を開く。"
    )
    assert ("外長防長會議", "two-plus-two") in _links("美日外長防長會議今天登場。", "taiwan")


# --- cjkA: a party's 部会 holds no ministry ---
def test_a_japanese_partys_division_holds_no_ministry_but_a_chinese_will_does() -> None:
    links = {e for _, e in _links("自民党の国防部会は提言をまとめ、外交部会と協議した。")}
    assert not links & {"taiwan-mnd", "china-mnd", "taiwan-mofa", "china-mfa"}
    assert ("國防部", "taiwan-mnd") in _links("國防部會持續監控周邊動態。", "taiwan")


# --- cjkA: a bare ministry name Taiwan shares is Taiwan's in Japanese copy ---
def test_a_bare_ministry_in_japanese_copy_is_taiwans() -> None:
    assert ("国防部", "taiwan-mnd") in _links("国防部は声明で、周辺での演習を強く非難した。")
    assert ("外交部", "taiwan-mofa") in _links("外交部は同日、各国の支持に謝意を示した。")
    assert ("中国国防部", "china-mnd") in _links("中国国防部は定例会見で反論した。")


# --- cjkA: a bare 海警 is China's coast guard unless another country is written before it ---
def test_a_bare_coast_guard_name_is_chinas_in_japanese_and_taiwanese_copy() -> None:
    assert ("海警", "china-coast-guard") in _links("海警の船２隻が接続水域を航行した。")
    assert ("海警", "china-coast-guard") in _links("兩艘海警船今晨駛近金門。", "taiwan")
    assert "china-coast-guard" not in {e for _, e in _links("韓國海警扣押漁船。", "taiwan")}


# --- cjkC: a capital that addresses another side, acts again and again, or is urged ---
def test_a_capital_addressing_another_side_or_acting_repeatedly_or_urged_is_its_government() -> (
    None
):
    assert ("北京", "china") in _links("北京向馬尼拉提出強烈抗議。", "taiwan")
    assert ("华盛顿", "united-states") in _links("分析称，华盛顿一再向盟友施压。", "china")
    assert ("東京", "japan") in _links("若東京繼續派艦通過海峽，局勢恐升溫。", "taiwan")
    assert ("北京", "china") in _links("歐盟敦促北京停止軍事施壓。", "taiwan")
    # "向來" (always) is no address: the city.
    assert ("台北", "taipei") in _links("台北向來多雨，今天又下起大雨。", "taiwan")


# --- cjkC: a person's name misspelt beside its right spelling is that person ---
def test_a_misspelt_person_beside_the_right_spelling_is_that_person() -> None:
    from datetime import date

    from monitor.nlp.cjk_entities import ModelName, cjk_mentions

    def links(text: str, *misspelt: str) -> list[tuple[str, str]]:
        names = [
            ModelName(text.index(name), text.index(name) + len(name), "PERSON") for name in misspelt
        ]
        mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "taiwan", names)
        return [(m.text, m.entity_id) for m in mentions]

    # One character off, anywhere in the name, and its family name alone later.
    text = "總統賴清德今天出訪。賴清得在記者會上說，將與友邦深化合作。頼氏隨後離開。"
    assert ("賴清得", "lai-ching-te") in links(text, "賴清得")
    text = "副總統蕭美琴出席論壇。簫美琴致詞時表示感謝，簫並與各國代表交流。"
    assert ("簫美琴", "hsiao-bi-khim") in links(text, "簫美琴", "簫")
    assert ("簫", "hsiao-bi-khim") in links(text, "簫美琴", "簫")
    # Two characters off, or a name nobody in the article is one character from: no link.
    assert ("賴精得", "lai-ching-te") not in links("總統賴清德今天出訪。賴精得隨行。", "賴精得")
    assert ("王小明", "lai-ching-te") not in links("總統賴清德今天出訪。王小明隨行。", "王小明")
    # A foreign name's transliteration one character from another's is another person.
    text = "澳洲國防部長馬爾斯今天訪問菲律賓，與總統馬科斯會面。"
    assert ("馬科斯", "richard-marles") not in links(text, "馬科斯")


# --- cjkC: the Indo-Pacific Command, Australia's navy and Western Australia by their names ---
def test_indo_pacific_command_australian_navy_and_western_australia_are_linked() -> None:
    links = _links("米インド太平洋軍の司令官は、西オーストラリア州で豪海軍と協議した。")
    assert ("米インド太平洋軍", "indopacom") in links
    assert ("西オーストラリア州", "western-australia") in links
    assert ("豪海軍", "royal-australian-navy") in links
    assert ("澳洲海軍", "royal-australian-navy") in _links("澳洲海軍今天表示。", "taiwan")


# --- cjkD: a capital before a modal, an adverb or a government's claim is its government ---
def test_a_capital_before_a_modal_adverb_or_claim_is_its_government() -> None:
    assert ("北京", "china") in _links("專家認為，北京可能藉機擴大演習規模。", "taiwan")
    assert ("华盛顿", "united-states") in _links("分析称，华盛顿将继续对台军售。", "china")
    assert ("東京", "japan") in _links("消息人士說，東京也考慮派遣護衛艦。", "taiwan")
    assert ("北京", "china") in _links("北京對菲方的說法表達不滿。", "taiwan")
    assert ("台北", "taiwan") in _links("台北期待與東京深化經貿合作。", "taiwan")
    assert ("東京", "japan") in _links("中方事前並未通知東京。", "taiwan")
    # A city it stays where nothing after it acts.
    assert ("台北", "taipei") in _links("台北今天氣溫偏高，市區午後有雷陣雨。", "taiwan")


# --- cjkE: a one-character country opening a sentence as its subject, and 豪州 ---
def test_a_one_character_country_opening_before_wa_and_a_quote_or_government_is_linked() -> None:
    text = "防衛費の増額を閣議決定　米は「歓迎する」と表明\n\n米政府は３日、声明を出した。"
    links = _links(text)
    assert [link for link in links if link[0] == "米"] == [
        ("米", "united-states"),
        ("米", "united-states"),
    ]
    # Rice, not the country: no quote or comma after は, or another particle.
    assert not [
        link for link in _links("米は高値が続いている。米が不足している。") if link[0] == "米"
    ]
    assert ("豪州", "australia") in _links("豪州北部で日米豪の共同訓練が始まった。")


# --- cjkE: a foreign name in kana beside its spelling with other voicing marks ---
def test_a_kana_name_differing_only_in_voicing_marks_is_the_same_person() -> None:
    from datetime import date

    from monitor.nlp.cjk_entities import ModelName, cjk_mentions

    def links(text: str, name: str) -> list[tuple[str, str]]:
        found = [ModelName(text.index(name), text.index(name) + len(name), "PERSON")]
        mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "japan", found)
        return [(m.text, m.entity_id) for m in mentions]

    text = "マールズ国防相は来日した。マールス氏は防衛相と会談した。"
    assert ("マールス", "richard-marles") in links(text, "マールス")
    # Another kana letter, not a voicing mark: another person.
    assert ("マーロズ", "richard-marles") not in links(
        "マールズ国防相と、マーロズ氏が会談した。", "マーロズ"
    )


# --- a Japanese reader's names for the Patriot, T-Dome, the Mogami class and JS Takanami ---
def test_japanese_names_of_weapons_and_ships_link_to_their_entities() -> None:
    links = _links(
        "防衛省はパトリオット（PAC3）の増産を決め、台湾は防空網「台湾の盾」を整備する。"
        "豪海軍はもがみ型護衛艦の改良型を導入し、護衛艦「たかなみ」が南シナ海に入った。"
    )
    assert ("パトリオット", "patriot") in links
    assert ("PAC3", "patriot") in links
    assert ("台湾の盾", "t-dome") in links
    assert ("もがみ型護衛艦", "mogami-class") in links
    assert ("たかなみ", "js-takanami") in links


# --- cjkG: a capital that has acted in a Chinese article is its government throughout ---
def test_a_capital_acting_once_in_a_chinese_article_is_its_government_in_every_bare_mention() -> (
    None
):
    text = (
        "首爾回應平壤試射\n\n（記者王小明首爾5日電）首爾表示將加強監控。"
        "評論指出，平壤的盤算不難看穿，首爾正研議對策，外界關注首爾的下一步，"
        "不少遊客仍前往首爾觀光。"
    )
    links = [link for link in _links(text, "taiwan") if link[0] == "首爾"]
    # The headline's and the commentary's 首爾 take the government from "首爾表示"; the
    # dateline and the destination stay the city.
    assert links == [
        ("首爾", "south-korea"),
        ("首爾", "seoul"),
        ("首爾", "south-korea"),
        ("首爾", "south-korea"),
        ("首爾", "south-korea"),
        ("首爾", "seoul"),
    ]
    # A capital that never acts stays the city (Japanese copy: tests at the end, cjkJ).
    assert ("台北", "taipei") in _links("台北今天氣溫偏高，台北街頭人潮不多。", "taiwan")


# --- a long Japanese article: GiNZA's tokenizer takes 49,149 bytes at most ---
def test_a_japanese_article_longer_than_the_tokenizer_takes_is_read_in_pieces() -> None:
    from monitor.nlp.analyze import TextToAnalyse, analyse

    paragraph = "防衛省は２０日、中国海軍の艦艇が宮古海峡を通過したと発表した。\n"
    text = paragraph * 530 + "米国のジョン・スミス国務次官補も懸念を示した。"  # 49,900 bytes
    assert len(text.encode()) > 49_149
    (found,) = analyse([TextToAnalyse("long", text, "ja")])
    assert found.status == "analyzed"
    # GiNZA's name in the last piece, where the whole text read at once raised an error
    assert "ジョン・スミス" in [m.text for m in found.mentions]


def test_thousands_of_names_are_resolved_in_linear_time() -> None:
    """Overlapping names are resolved longest first: each one tested against every name kept
    before it, a feed of 20,000 lines of names (320,000 characters, 60,000 names) took
    minutes and the longest text analysis reads (MAX_ANALYSED_CHARS, 50,000 characters) 9 s;
    tested against the characters kept, every name of that text is resolved. How its rate holds
    as text grows is measured by `bench/long_articles.py --hostile-only` (zh-lines-without-stops),
    not here."""
    from datetime import date

    from monitor.nlp.analyze import MAX_ANALYSED_CHARS
    from monitor.nlp.cjk_entities import cjk_mentions

    line = "\n国防部 共机16架次 共舰5艘"
    lines = MAX_ANALYSED_CHARS // len(line)
    mentions = cjk_mentions(line * lines, default_kb(), date(2025, 6, 1), "taiwan")
    assert len(mentions) == 3 * lines
    assert {(m.text, m.entity_id) for m in mentions} == {
        ("国防部", "taiwan-mnd"), ("共机", "china"), ("共舰", "china"),
    }  # fmt: skip


# --- cjkI: a Chinese capital as a sentence's subject or a plan's owner is its government ---
def test_a_chinese_capital_before_an_adverb_a_time_word_or_as_a_plans_owner_is_its_government() -> (
    None
):
    def capital_links(text: str, home: str) -> list[tuple[str, str]]:
        capitals = ("首爾", "平壤", "莫斯科", "華盛頓", "华盛顿", "北京")
        return [link for link in _links(text, home) if link[0] in capitals]

    # No mention acts by a verb of speech, yet each is the subject or the owner of a plan.
    assert capital_links("外界普遍認為，首爾顯然不願表態，平壤的算盤也落空了。", "taiwan") == [
        ("首爾", "south-korea"),
        ("平壤", "north-korea"),
    ]
    assert capital_links("莫斯科近期加快對外軍售，此舉正中華盛頓下懷。", "taiwan") == [
        ("莫斯科", "russia"),
        ("華盛頓", "united-states"),
    ]
    assert capital_links("有分析称，华盛顿已察觉风险，北京无法接受这一安排。", "china") == [
        ("华盛顿", "united-states"),
        ("北京", "china"),
    ]
    # A city still: a capital before no such word, or before "今天" opening the city's news.
    assert capital_links("北京街頭車流不多，北京今天氣溫驟降。", "taiwan") == [
        ("北京", "beijing"),
        ("北京", "beijing"),
    ]


# --- cjkH: a family name before a Diet minutes' full title or "国務大臣" is that minister ---
def test_diet_minutes_speakers_with_the_full_or_the_any_minister_title_are_the_ministers() -> None:
    text = "○石破内閣総理大臣　お答えいたします。○中谷国務大臣　防衛省として注視しております。"
    links = _links(text)
    # 内閣総理大臣 is the prime minister's title, not the cabinet; 国務大臣 is whichever office
    # the minister of that family name holds on the article's date.
    assert ("石破内閣総理大臣", "shigeru-ishiba") in links
    assert ("中谷国務大臣", "gen-nakatani") in links
    assert all(entity_id != "japan-cabinet" for _, entity_id in links)
    # Alone, 国務大臣 names no one: every minister is one.
    assert _links("国務大臣が答弁に立った。") == []


# --- cjkH: a capital in its capacity as a side ("…として") is its government ---
def test_a_japanese_capital_before_toshite_acts_for_its_government() -> None:
    text = "韓国の措置について、ソウルとしての立場を聞いた。モスクワとしては静観する構えだ。"
    links = _links(text)
    assert ("ソウル", "south-korea") in links
    assert ("モスクワ", "russia") in links
    # Where something happens, it stays the city.
    assert ("ソウル", "seoul") in _links("首脳はソウルで会談した。")


# --- cjkH: a one-character country alone before 側 is that country in Japanese copy ---
def test_a_one_character_country_before_side_is_the_country_in_japanese_copy() -> None:
    text = "協議は非公開だった。露側は声明を出さず、韓側の説明では進展があったという。"
    links = _links(text)
    assert ("露", "russia") in links
    assert ("韓", "south-korea") in links
    # Inside a word (舞台側, 中国側) it is no abbreviation, and Chinese copy writes 方 instead.
    assert _links("舞台側の席に座った。") == []
    assert ("中国", "china") in _links("中国側は反発した。")
    assert _links("他說，美側不會介入。", "taiwan") == []


@given(st.text(alphabet="米側舞台のは、。日中国稲作価格", max_size=30))
def test_a_side_country_is_only_ever_an_abbreviation_standing_alone_before_side(
    text: str,
) -> None:
    from monitor.nlp.cjk_name_context import side_countries

    for start, end, _ in side_countries(text, "japan"):
        assert text.startswith("側", end)
        assert start == 0 or text[start - 1] in "のは、。"


# --- cjkJ: a capital that has acted in a Japanese article is its government throughout ---
def test_a_capital_acting_once_in_a_japanese_article_is_its_government_unless_plainly_the_place() -> (
    None
):
    text = (
        "ソウルの「輸入停止」措置に反発\n\n【ソウル共同】韓国政府は３日、水産物の輸入を止めた。"
        "ソウルは「科学的根拠に基づく」と説明する。ソウルの判断を巡っては、"
        "ソウル市内で抗議集会が開かれ、ソウル入りした調査団も、ソウルの日本大使館も注視する。"
    )
    links = [link for link in _links(text) if link[0] == "ソウル"]
    # The headline's and the judgement's ソウル take the government from "ソウルは「…」と説明";
    # the dateline, its streets, an arrival and the embassy in it stay the city.
    assert links == [
        ("ソウル", "south-korea"),
        ("ソウル", "seoul"),
        ("ソウル", "south-korea"),
        ("ソウル", "south-korea"),
        ("ソウル", "seoul"),
        ("ソウル", "seoul"),
        ("ソウル", "seoul"),
    ]
    # A capital that never acts in the article stays the city.
    assert ("東京", "tokyo") in _links("東京の夜景が美しい。東京タワーが見える。")


# --- cjkJ: a misspelt name quoted alone in corner brackets is the person it misspells ---
def test_a_misspelt_name_alone_in_corner_brackets_is_the_person_the_article_links() -> None:
    text = "卓榮泰行政院長は５日、国会で答弁した。議事録には「卓栄太」との表記が残っていた。"
    assert ("卓栄太", "cho-jung-tai") in _links(text)
    # Without the right spelling in the article, or not alone in the brackets, it is no one.
    assert not [
        link for link in _links("議事録には「卓栄太」との表記が残った。") if link[0] == "卓栄太"
    ]
    assert ("卓栄太院長", "cho-jung-tai") not in _links(
        text.replace("「卓栄太」", "「卓栄太院長」")
    )


# --- cjkL: nationality words in 籍, and Hong Kong's short name of Taiwan's defence ministry ---
def test_a_nationality_in_ji_is_the_country_and_tai_fang_bu_is_taiwans_ministry() -> None:
    links = _links("兩名美籍船員與一艘日籍貨輪昨日獲救。", home="taiwan")
    assert ("美籍", "united-states") in links
    assert ("日籍", "japan") in links
    assert ("台防部", "taiwan-mnd") in _links("台防部晚間證實此事。", home="china")
    assert ("洲際彈道導彈", "icbm") in _links("試射一枚洲際彈道導彈。", home="china")


# --- cjkL: a name whose last character begins the next word gives way to shorter ones ---
def test_a_name_whose_last_character_begins_the_next_word_gives_way_to_shorter_ones() -> None:
    # "日本海保" is Japan and its coast guard, not the Sea of Japan.
    links = _links("日本海保巡邏船昨晨在與那國島附近戒備。", home="taiwan")
    assert ("日本", "japan") in links and ("海保", "japan-coast-guard") in links
    assert not [link for link in links if link[1] == "sea-of-japan"]


# --- cjkL: a capital's government told by its time word, its reaction and a concern sent ---
def test_a_capital_before_a_day_and_an_act_or_its_reaction_is_its_government() -> None:
    text = "東京周二宣布延長管制措施。東京的民眾對此反應不一。"
    assert _links(text, home="taiwan")[0] == ("東京", "japan")
    assert ("北京", "china") in _links("北京至今沒有任何回應。", home="taiwan")
    assert ("北京", "china") in _links("此舉勢必引發北京強烈反彈。", home="taiwan")
    assert ("北京", "china") in _links("防衛省は北京に懸念を表明した。")
    assert ("北京", "china") in _links("北京の反応は冷ややかだった。")
    # A city with nothing of a government's after it stays the city.
    assert ("北京", "beijing") in _links("北京周二氣溫驟降。", home="taiwan")


# --- cjkL: Hong Kong and Macau papers' bare ministries are the PRC's ---
def _zh_links(text: str) -> list[tuple[str, str]]:
    from monitor.nlp.analyze import TextToAnalyse, analyse

    (analysis,) = analyse([TextToAnalyse("hk", text, "zh", None)])
    return [(m.text, m.entity_id) for m in analysis.mentions]


def test_a_hong_kong_papers_bare_ministry_is_the_prcs_until_it_names_taiwans() -> None:
    text = (
        "【星島日報報道】國防部發言人周二在記者會上回應美艦過航台灣海峽。"
        "台灣國防部同日表示全程掌握，國防部並稱已派艦監控。"
    )
    ministries = [link for link in _zh_links(text) if link[0].endswith("國防部")]
    assert ministries == [
        ("國防部", "china-mnd"),
        ("台灣國防部", "taiwan-mnd"),
        ("國防部", "taiwan-mnd"),
    ]
    # Without a Hong Kong paper's credit, traditional script's bare ministry is Taiwan's.
    plain = [link for link in _zh_links(text[8:]) if link[0] == "國防部"]
    assert plain[0] == ("國防部", "taiwan-mnd")
    assert ("台防部", "taiwan-mnd") in _zh_links("【明報專訊】台防部昨日公布共機動態。")


# --- cjkL: a Japanese family name alone for a person the article names in full ---
def test_a_japanese_family_name_alone_is_the_person_named_in_full() -> None:
    links = _links("茂木訪華行程確定　茂木敏充外相は来週北京を訪れる。茂木氏の狙いは対話の再開だ。")
    assert [link for link in links if link[0] == "茂木"] == [("茂木", "toshimitsu-motegi")] * 2
    # Without the full name in the article the family name alone is no one.
    assert not [link for link in _links("茂木の町並みを歩く。") if link[0] == "茂木"]


# --- cjkN: a name one character off before the word the article writes after a person ---
def test_a_name_one_character_off_before_the_same_title_is_that_person() -> None:
    kana = _links("トランプ大統領は関税に触れた。トレンプ大統領は対中政策も語った。")
    assert ("トレンプ", "donald-trump") in kana
    han = _links("茂木敏充幹事長は地方を回った。茂本幹事長は選挙区で演説した。")
    assert ("茂本", "toshimitsu-motegi") in han
    # Before another word than the person's it is someone else: left unlinked.
    other = _links("茂木敏充外相は地方を回った。茂本幹事長は選挙区で演説した。")
    assert not [link for link in other if link[0] == "茂本"]


# --- cjkN: a bare body after its owner in the sentence is the owner's body ---
def test_a_bare_body_after_an_american_owner_is_the_american_body() -> None:
    links = _links("美國國防部週三表示，國務院已核准對菲律賓的軍售。", home="taiwan")
    assert ("國務院", "us-state-department") in links
    chambers = _links("美國聯邦參議院上週表決通過，法案將送交眾議院。", home="taiwan")
    assert [link for link in chambers if "議院" in link[0]] == [
        ("參議院", "us-senate"),
        ("眾議院", "us-house"),
    ]
    # Without an American owner in its sentence, the bare name is China's State Council.
    assert ("國務院", "state-council") in _links("美方表示關切。國務院發布新規。", home="taiwan")


# --- cjkN: 內地 is the mainland in Hong Kong and Macau papers only ---
def test_neidi_is_the_mainland_in_hong_kong_press_only() -> None:
    text = "【明報專訊】不少內地旅客上月來港消費。"
    assert ("內地", "china") in _zh_links(text)
    assert not [link for link in _zh_links(text[6:]) if link[0] == "內地"]


# --- cjkN: knowledge-base names the sets use ---
def test_maritime_agreement_nuclear_umbrella_and_frigate_names_are_linked() -> None:
    assert ("米中軍事海洋協議協定", "mmca") in _links(
        "米中軍事海洋協議協定に基づく協議が開かれた。"
    )
    assert ("核の傘", "extended-deterrence") in _links("米国の核の傘は同盟の柱だ。")
    assert ("渥太華號", "hmcs-ottawa") in _links("加拿大巡防艦渥太華號通過海峽。", home="taiwan")
    assert ("日經亞洲", "nikkei-asia") in _links(
        "據《日經亞洲》報導，計畫仍有變數。", home="taiwan"
    )


# --- cjkO: a leader's one-character family name, as a word of its own ---
LEADERS = ("xi-jinping", "lai-ching-te")


def test_a_leaders_one_character_family_name_is_the_leader_the_article_names() -> None:
    text = "習近平国家主席は北京で演説した。習政権は対米交渉を急ぐ。会談後、習主席は握手した。"
    assert [link for link in _links(text) if link[0] == "習"] == [
        ("習", "xi-jinping"),
        ("習", "xi-jinping"),
    ]
    chinese = _links("赖清德昨日出席活动。赖当局的两岸政策饱受批评。", home="china")
    assert ("赖", "lai-ching-te") in chinese
    # Without the full name in the article the character stays unlinked.
    assert not [link for link in _links("習政権は対米交渉を急ぐ。") if link[0] == "習"]


@given(
    before=st.sampled_from("学演復講見自"),
    after=st.sampled_from(["政権", "主席", "当局", "政府", "次期総統", "慣"]),
    family=st.sampled_from(["習", "頼"]),
)
def test_a_family_character_inside_a_word_is_never_the_leader(
    before: str, after: str, family: str
) -> None:
    # 学習政権, 演習主席, 信頼当局...: a kanji before the character makes it part of that word.
    text = f"習近平主席と頼清徳総統が登場した。昨日は{before}{family}{after}が話題になった。"
    at = text.index(f"{before}{family}{after}") + 1
    from datetime import date

    from monitor.nlp.cjk_entities import cjk_mentions

    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), "japan")
    assert not [m for m in mentions if m.start <= at < m.end and m.entity_id in LEADERS]


def test_a_family_character_in_ordinary_words_is_never_the_leader() -> None:
    text = "頼清徳総統と習近平主席。信頼関係を深め、学習の習慣をつけ、依頼を受けた。"
    assert [link for link in _links(text) if link[1] in LEADERS] == [
        ("頼清徳", "lai-ching-te"),
        ("習近平", "xi-jinping"),
    ]


# --- cjkO: the mainland's name for a Taiwanese body, 台湾地区…部门 ---
def test_the_mainlands_name_for_taiwans_defence_and_foreign_bodies_is_those_bodies() -> None:
    text = "台湾地区防务部门周三声称侦获多架军机。台防务部门还称将持续监控。"
    links = _links(text, home="china")
    # 台湾地区, the mainland's word for Taiwan, names Taiwan as 台灣 does in 台灣國防部.
    assert links[:2] == [("台湾地区", "taiwan"), ("防务部门", "taiwan-mnd")]
    assert ("台防务部门", "taiwan-mnd") in links
    assert [link for link in links if link[1] == "taiwan"] == [("台湾地区", "taiwan")]
    foreign = _links("台湾地区外事部门对此回应称不予置评。", home="china")
    assert ("外事部门", "taiwan-mofa") in foreign
    # The short form alone is left to read as Taiwan: only the full name says it is the body.
    short = _links("台防务部门周三声称侦获多架军机。", home="china")
    assert not [link for link in short if link[1] == "taiwan-mnd"]
    # A word that holds 台 (平台) is no region: nothing is linked as Taiwan's body.
    platform = _links("该平台防务部门发布通告。", home="china")
    assert not [link for link in platform if link[1] == "taiwan-mnd"]


# --- cjkP: a name's kana reading in brackets straight after it is the same entity ---
def _ja_links(text: str) -> list[tuple[str, str]]:
    from monitor.nlp.analyze import TextToAnalyse, analyse

    (analysis,) = analyse([TextToAnalyse("ja", text, "ja", None)])
    return [(m.text, m.entity_id) for m in analysis.mentions]


def test_a_kana_reading_after_a_name_links_where_the_name_links() -> None:
    links = _ja_links(
        "宮古島（みやこじま）の近くを、中国海警局（ちゅうごく かいけいきょく）の船が通りました。"
        "北京（ペキン＝中国の政府）は日本に抗議しました。"
    )
    assert ("みやこじま", dict(links)["宮古島"]) in links
    assert ("ちゅうごく かいけいきょく", "china-coast-guard") in links
    # The capital that acts past its reading is its government, and so is the reading.
    assert ("北京", "china") in links and ("ペキン", "china") in links
    # Ruby set in plain text between double angle brackets is a reading too.
    assert ("たいわん", "taiwan") in _links("台湾《たいわん》の海で訓練がありました。")


def test_brackets_holding_no_reading_of_a_name_link_nothing() -> None:
    links = _links(
        "北京（ロイター）によると、台湾（２日）の発表で、船（ふね）が中国（１２隻）を出た。"
    )
    assert ("ロイター", "reuters") in links  # a source, named in its own right
    assert not [link for link in links if link[0] in ("２日", "ふね", "１２隻")]


_PLAIN_KANA = "あいうえおさしすせそまみむめもらりるれろ"  # spells no knowledge-base name


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["台湾", "中国", "尖閣諸島", "北京", "国防部", "防衛省", "船", "海"]),
            st.text(alphabet=_PLAIN_KANA + "・", max_size=6),
            st.sampled_from(["の", "は", "で", "が、", "。"]),
        ),
        max_size=6,
    )
)
@example([("北京", "・", "は")])  # a bracket emptied of its reading: the capital still acts
@example([("北京", "・あ", "は")])  # a stray separator at the bracket's edge
@example([("中国", "あ", "の"), ("国防部", "", "の")])  # the body after a reading is its owner's
@example([("北京", "あ", "で"), ("国防部", "", "の")])  # a capital's place past its reading
def test_a_kana_reading_never_creates_an_entity_the_text_lacks_without_it(
    parts: list[tuple[str, str, str]],
) -> None:
    from datetime import date

    from monitor.nlp.cjk_entities import cjk_mentions

    def entities(text: str) -> set[str]:
        return {m.entity_id for m in cjk_mentions(text, default_kb(), date(2025, 6, 1), "japan")}

    plain = "".join(word + after for word, _, after in parts)
    read = "".join(word + (f"（{kana}）" if kana else "") + after for word, kana, after in parts)
    assert entities(read) <= entities(plain)


# --- cjkQ: Japanese and American firms as the Chinese press writes them ---
def test_companies_written_in_chinese_are_linked() -> None:
    links = _links("丰田与电装宣布扩产，索尼则暂缓投资，经团联表示欢迎。", home="china")
    assert {("丰田", "toyota"), ("电装", "denso"), ("索尼", "sony")} <= set(links)
    assert ("经团联", "keidanren") in links
    assert ("洛克希德·马丁", "lockheed-martin") in _links(
        "美方批准向台出售洛克希德·马丁生产的导弹。", home="china"
    )


# --- cjkQ: a government that keeps on or insists acts through its capital ---
def test_a_capital_that_persists_or_insists_is_its_government() -> None:
    assert ("北京", "china") in _links("分析人士說，北京堅持對台施壓。", home="taiwan")
    assert ("北京", "china") in _links("业内称北京持续收紧出口审批。", home="china")


# --- cjkQ: the business press's firms and traders of a country ---
def test_business_demonyms_are_their_countries() -> None:
    links = _links("在越韩企与台商均表示，日企订单回升。", home="china")
    assert {("韩企", "south-korea"), ("台商", "taiwan"), ("日企", "japan")} <= set(links)
    # Their last character beginning the next word makes no demonym.
    assert not [
        link
        for link in _links("兩國台日企業合作，對台商品課稅。", home="taiwan")
        if link[0] in ("日企", "台商")
    ]


# --- cjkS: bare 陸軍/海軍/空軍 are the side the sentence or the outlet speaks for ---
def test_bare_services_in_mainland_copy_are_the_plas() -> None:
    links = _links("南部战区当天组织海军、空军兵力在南海开展演练。", home="china")
    assert {("海军", "plan"), ("空军", "plaaf")} <= set(links)
    assert ("陆军", "pla-ground-force") in _links(
        "新华社报道，陆军某旅开展实弹射击。", home="china"
    )


def test_a_relayed_mainland_command_makes_bare_services_the_plas_in_taiwans_copy() -> None:
    links = _links("解放軍南部戰區週一宣稱，已組織陸軍及海軍兵力在南海操演。", home="taiwan")
    assert {("陸軍", "pla-ground-force"), ("海軍", "plan")} <= set(links)


def test_craft_words_and_our_side_keep_taiwans_bare_services_taiwans() -> None:
    # 共艦 names what is watched; "我" and 國防部 name the side that speaks.
    links = _links("國防部表示，共艦5艘在東部海域活動，海軍派艦監控。", home="taiwan")
    assert ("海軍", "roc-navy") in links
    links = _links("解放軍殲-16多架次進入我東南空域，空軍派遣兵力應對。", home="taiwan")
    assert ("空軍", "roc-air-force") in links
    assert ("空軍", "plaaf") not in links


def test_japanese_copy_keeps_its_bare_services_as_before() -> None:
    # Japanese copy writes the PLA's services with their country; its bare ones are not read.
    links = _links("東部戦区は陸軍と海軍の部隊を動員したと発表した。", home="japan")
    assert not {("陸軍", "pla-ground-force"), ("海軍", "plan")} & set(links)


# --- cjkS: 日資 is Japan's in business copy, not the day and the funds of 今日資金 ---
def test_japanese_capital_is_japan_but_a_days_funds_are_not() -> None:
    assert ("日資", "japan") in _links("多家日資銀行擴大在台放款。", home="taiwan")
    assert ("日资", "japan") in _links("市商务局表示将协助日资工厂扩产。", home="china")
    assert not [
        link for link in _links("當日資金淨流出逾百億元。", home="taiwan") if link[0] == "日資"
    ]


# --- cjkS: a service after two countries counted is theirs, not one side's ---
def test_a_service_after_countries_counted_is_no_sides() -> None:
    links = _links("国防部称，中俄两国海军近日在东海举行联合巡航。", home="china")
    assert not [link for link in links if link[0] == "海军"]


# --- cjkT: Japanese names the knowledge base lacked: the katakana airline, the bare treaty ---
def test_japanese_names_of_an_airline_and_the_security_treaty_are_linked() -> None:
    links = _links("チャイナエアラインは高雄便を増やす。政府は安保条約の重要性を改めて強調した。")
    assert ("チャイナエアライン", "china-airlines") in links
    assert ("安保条約", "us-japan-security-treaty") in links


# --- cjkT: a model's variant code written joined in CJK copy ("ＰＡＣ３ＭＳＥ") ---
def test_a_model_code_with_its_variant_joined_and_full_width_is_linked() -> None:
    links = _links("防衛省は迎撃弾ＰＡＣ３ＭＳＥの配備を急ぐ。")
    assert ("ＰＡＣ３ＭＳＥ", "patriot") in links


# --- cjkT: the Chinese embassy "in the capital" (在京), as Japan's foreign ministry writes it ---
def test_the_chinese_embassy_in_tokyo_written_as_the_one_in_the_capital_is_linked() -> None:
    links = _links("外務省の局長が在京中国大使館の公使に抗議した。")
    assert ("在京中国大使館", "china-embassy-japan") in links
    assert ("在京中国大使館", "china") not in links


# --- cjkU: Chinese names of Japan's and America's bodies and terms, and Chinese Taipei ---
def test_chinese_names_of_foreign_bodies_and_terms_are_linked() -> None:
    links = _links(
        "美国海岸警卫队与日本广播协会均关注集体自卫权的讨论，"
        "冲之鸟礁附近也有动静；中国台北队则在决赛落败。",
        home="china",
    )
    assert ("美国海岸警卫队", "us-coast-guard") in links
    assert ("日本广播协会", "nhk") in links
    assert ("集体自卫权", "right-of-collective-self-defense") in links
    assert ("冲之鸟礁", "okinotori") in links
    assert ("中国台北", "taiwan") in links
    assert ("洛馬", "lockheed-martin") in _links("洛馬表示將如期交機。", home="taiwan")


# --- cjkU: a capital keeping a course for years, or on one hand and the other, is its state ---
def test_a_capital_with_a_course_of_years_or_two_hands_is_its_government() -> None:
    links = _links("分析指出，華府近年持續拉攏盟友，北京一方面喊話，一方面增兵。", home="taiwan")
    assert ("華府", "united-states") in links
    assert ("北京", "china") in links
    assert ("华盛顿", "united-states") in _links("华盛顿一边呼吁克制，一边加紧军售。", home="china")


# --- cjkU: a country before a Chinese 軍 word is the country, not its army ---
def test_a_country_before_a_chinese_word_of_its_army_is_the_country() -> None:
    links = _links("日方雷達持續追蹤中國軍機與中國軍艦的動向。", home="taiwan")
    assert ("中國", "china") in links
    assert not [link for link in links if link[1] == "pla"]
    # Japanese copy writes 中国軍 for the PLA, before its aircraft too.
    assert ("中国軍", "pla") in _links("防衛省は中国軍機の飛行を発表した。")
    # 軍工 is the arms industry: "美軍工企業" names no US forces.
    assert not [
        link for link in _links("商務部制裁多家美軍工企業。", "taiwan") if link[0] == "美軍"
    ]


# --- cjkU: a quoted name before the word of its kind is the ship or the exercise ---
def test_a_quoted_name_before_its_kind_is_the_ship_or_exercise() -> None:
    links = _links("美艦「希金斯」號上週通過海峽，國軍「漢光」演習隨後展開。", home="taiwan")
    assert ("希金斯", "uss-higgins") in links
    assert ("漢光", "han-kuang") in links


# --- cjkV: a place opening a local body's name is no mention of the place ---
def test_a_place_opening_a_local_body_name_is_not_the_place() -> None:
    links = _links("八重山の海で操業する漁船について、八重山漁協が声明を出した。")
    assert links.count(("八重山", "yaeyama-islands")) == 1
    assert not [link for link in _links("石垣市の八重山日報によると") if link[0] == "八重山"]


# --- cjkV: a given name misspelt in one character beside its right spelling ---
def test_a_given_name_misspelt_in_one_character_is_the_same_person() -> None:
    text = "总统府发言人表示，总统赖青德下周出访友邦。赖清德说，台湾会坚守民主。"
    assert ("赖青德", "lai-ching-te") in _links(text, home="china")
    # a knowledge-base name over the characters wins: 韩国人 beside 韩国瑜 is Korea's people
    links = _links("韩国瑜昨日会见韩国人代表团。", home="china")
    assert not [link for link in links if link[0] == "韩国人"]


# --- cjkV: a region opening a ministry bureau's name is no mention of the region ---
def test_a_region_opening_a_bureau_name_is_not_the_region() -> None:
    links = _links("外務省アジア大洋州局の審議官が、アジアの安全保障環境について説明した。")
    assert links.count(("アジア", "asia")) == 1
    chinese = _links("中方亚洲司司长与日方会谈，双方谈及亚洲局势。", home="china")
    assert chinese.count(("亚洲", "asia")) == 1  # 局势 is the situation, no bureau
