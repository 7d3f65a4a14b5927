"""The classes the fifty-second CJK set missed (Japanese fisheries press, Chinese cosmetics
press), in passages of their own: a known person's family misspelt beside its right spelling,
the Japanese names of the South China Sea's island groups, a prefecture listed beside a linked
one, a conference of the parties and a treaty named after its city that hold no Diet and no
city, a capital listed with another country's city, a capital that acts on purpose, seaweed and
a Seoul daily that hold no sea and no North Korea; ships out of the territorial waters and in
the contiguous zone on a later day."""

from datetime import UTC, date, datetime

from incursion_helpers import cjk_facts_at

from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "japan") -> list[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 11, 20), home)
    return [(m.text, m.entity_id) for m in mentions]


def test_a_known_persons_family_misspelt_beside_its_right_spelling_is_that_person() -> None:
    links = _links(
        "玉城知事、糸満漁港を視察\n\n沖縄県の玉置デニー知事は３日、糸満漁港を訪れ、燃油高騰に"
        "苦しむ漁業者と意見を交わした。"
    )
    assert ("玉置デニー", "denny-tamaki") in links
    assert ("玉城", "denny-tamaki") in links
    links = _links("高市首相は答弁で理解を求めた。高石早苗首相は先月、漁協の代表と面会した。")
    assert ("高石早苗", "sanae-takaichi") in links


def test_a_misspelling_without_the_right_family_or_off_in_the_given_name_is_left() -> None:
    # no right spelling of the family in the story: nothing tells the slip from another person
    links = _links("沖縄県の玉置デニー知事は３日、糸満漁港を訪れた。")
    assert ("玉置デニー", "denny-tamaki") not in links
    # one character off in the given name is as often a kinsman's
    links = _links("玉城知事の会見の後、玉城デミー氏が取材に応じた。")
    assert ("玉城デミー", "denny-tamaki") not in links


def test_the_south_china_seas_island_groups_and_reefs_by_their_japanese_names() -> None:
    links = _links(
        "ベトナム漁船は西沙諸島（パラセル諸島）の周辺で漁具を没収された。フィリピンは南沙諸島"
        "（スプラトリー諸島）とパナタグ礁に巡視船を送った。魚釣り島の沖では漁船が操業した。"
    )
    assert {
        ("西沙諸島", "paracel-islands"),
        ("パラセル諸島", "paracel-islands"),
        ("南沙諸島", "spratly-islands"),
        ("スプラトリー諸島", "spratly-islands"),
        ("パナタグ礁", "scarborough-shoal"),
        ("魚釣り島", "uotsuri-island"),
    } <= set(links)


def test_a_prefecture_listed_beside_a_linked_one_is_a_prefecture() -> None:
    links = _links(
        "サンマ漁は宮城県沖で不漁が続く。宮城や青森の漁協は、水揚げが前年の半分だと話す。"
    )
    assert ("青森", "aomori-prefecture") in links
    links = _links("日本宫城县的渔民表示，宫城和岩手的渔协都担心出口受阻。", "china")
    assert ("宫城", "miyagi-prefecture") in links
    # a list closed as cities lists the cities
    links = _links("交通部與日方研議擴大直航航點，包括熊本、宮城等日本城市。", "taiwan")
    assert ("宮城", "miyagi-prefecture") not in links
    # a family name alone is left: no list joins it to a prefecture
    assert ("宮城", "miyagi-prefecture") not in _links("宮城さんは漁協の組合長だ。")


def test_a_conference_of_the_parties_holds_no_diet() -> None:
    links = _links(
        "ワシントン条約の締約国会議で、日本はナマコの規制案に反対した。加盟国会議も開かれた。"
    )
    assert not any(entity == "national-diet" for _, entity in links)
    assert ("国会", "national-diet") in _links("政府は日本の国会で漁業法の改正を説明した。")


def test_a_treaty_named_after_its_city_names_no_place() -> None:
    links = _links("ワシントン条約とパリ協定の会合に、日本の水産庁も代表を送った。")
    assert not any(entity in ("washington", "united-states", "paris") for _, entity in links)
    links = _links("根据华盛顿公约，日本表示反对，华盛顿则表示支持。", "china")
    assert [entity for text, entity in links if text == "华盛顿"] == ["united-states"]
    # a country before the treaty's word is a party to it
    assert ("日本", "japan") in _links("日本協定の交渉が続く。")


def test_a_capital_listed_with_a_city_that_is_no_capital_stays_the_city() -> None:
    links = _links(
        "东京方面表示，日本的立场没有改变。业者说，横滨和东京的免税店销售额随之下滑，"
        "东京已要求北京撤回旅游提醒。",
        "china",
    )
    assert [entity for text, entity in links if text == "东京"] == ["japan", "tokyo", "japan"]


def test_a_capital_that_acts_on_purpose_is_its_government() -> None:
    links = _links("陸委會批評，北京蓄意在兩岸交流恢復之際施壓。國台辦則在北京表示反對。", "taiwan")
    assert [entity for text, entity in links if text == "北京"] == ["china", "beijing"]


def test_seaweed_and_a_seoul_daily_hold_no_sea_and_no_north_korea() -> None:
    links = _links("菲律賓海藻供應商表示出貨正常。朝鮮日報報導，韓國美妝出口創新高。", "taiwan")
    assert ("菲律賓", "philippines") in links
    assert not any(entity in ("philippine-sea", "north-korea") for _, entity in links)


def test_ships_out_of_the_waters_and_in_the_zone_on_a_later_day_are_that_days_fact() -> None:
    published = datetime(2025, 3, 12, 2, 0, tzinfo=UTC)  # 12 March, 11 a.m. in Okinawa
    text = (
        "尖閣周辺で海警船３隻が領海侵入\n\n第１１管区海上保安本部によると、尖閣諸島の周辺で"
        "１１日朝、中国海警局の船３隻が日本の領海に侵入した。３隻は同日夕に領海を出たが、"
        "１２日午前９時現在、接続水域を航行している。"
    )
    facts = cjk_facts_at(text, published)
    assert (3, "official ships", "territorial waters", "Senkaku Islands", "2025-03-11") in facts
    assert (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-03-12") in facts
    # ships still in the waters stay that zone's fact, moved to the later day (rule 9)
    text = text.replace(
        "領海を出たが、１２日午前９時現在、接続水域を航行", "１２日午前９時現在も領海内を航行"
    )
    facts = cjk_facts_at(text, published)
    assert not any(zone == "contiguous zone" for _, _, zone, _, _ in facts)
