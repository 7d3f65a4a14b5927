"""Names as Japanese police and court copy and Chinese sports and farm copy write them (the
blind32 passages' classes of miss): a police force, station, court, prosecutors' office or base
named after its seat, a team or games named after its country or region, Taiwan's
representative office named by its host country, and Japanese 連 where Chinese writes 聯."""

import pytest
from linking_helpers import cjk_links as _links


def _ids(text: str, home: str) -> set[str]:
    return {entity_id for _, entity_id in _links(text, home)}


@pytest.mark.parametrize(
    "text",
    [
        "沖縄県警八重山署は２９日、男を那覇地検に書類送検した。",
        "那覇地裁で初公判が開かれた。",
        "大阪府警が逮捕し、大阪地裁は懲役３年の判決を言い渡した。",
        "横浜地検横須賀支部が起訴し、横浜地裁は罰金刑を言い渡した。",
        "航空自衛隊那覇基地の隊員が立ち会った。",
        "台湾の屏東地方法院は十二日、被告に有罪判決を言い渡した。",
        "台湾の高雄地方検察署は１９日、元兵士を起訴した。",
    ],
)
def test_a_japanese_police_court_or_base_named_after_its_seat_is_no_mention_of_it(
    text: str,
) -> None:
    assert _ids(text, "japan") <= {"taiwan", "jasdf"}


def test_the_seat_alone_stays_a_place_and_a_country_keeps_its_court() -> None:
    assert {"okinawa", "naha"} <= _ids("沖縄県内で事件が相次ぎ、那覇市で集会が開かれた。", "japan")
    assert "okinawa" in _ids("沖縄県警戒本部が設けられた。", "japan")
    assert "taiwan" in _ids("台湾高裁は２９日、判決を言い渡した。", "japan")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("中華隊迎戰韓國棒球隊前，球迷在場外排隊。", "south-korea"),
        ("中国游泳队共获得22枚金牌。", "china"),
        ("主辦單位美國職棒大聯盟回應說，與旗幟內容無關。", "united-states"),
        ("台北大巨蛋舉辦中華職棒與日本職棒交流賽。", "japan"),
    ],
)
def test_a_team_or_league_named_after_its_country_is_no_mention_of_the_country(
    text: str, country: str
) -> None:
    assert country not in _ids(text, "taiwan")


@pytest.mark.parametrize(
    "text", ["第20屆亞洲運動會19日開幕。", "第九届亚洲冬季运动会周五晚在哈尔滨开幕。"]
)
def test_a_games_named_after_its_region_is_no_mention_of_the_region(text: str) -> None:
    assert "asia" not in _ids(text, "taiwan")


def test_a_rescue_team_a_delegation_and_taiwans_own_team_keep_their_country() -> None:
    assert "japan" in _ids("宜蘭外海強震 日本救援隊抵台協助搜救。", "taiwan")
    # a bare 隊, which the sets label both ways, is left as the country
    assert "japan" in _ids("中華隊以4比0擊敗日本隊，奪下冠軍。", "taiwan")
    assert "taiwan" in _ids("中華台北隊以3比5不敵地主日本隊。", "taiwan")
    assert "taiwan" in _ids("台湾代表队在国际赛事中只能以中华台北名义出赛。", "china")


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("外交部表示，已請駐日本代表處向主辦單位了解。", "taiwan"),
        ("外交部：已請駐日處了解。", "taiwan"),
        ("台湾外交部说，已请驻日本代表处与主办单位沟通。", "china"),
        ("我國駐美國代表處今天發布聲明。", "taiwan"),
        ("駐菲律賓代表處協助受困漁民。", "taiwan"),
    ],
)
def test_taiwans_office_named_by_its_host_is_the_representative_office(
    text: str, home: str
) -> None:
    ids = _ids(text, home)
    assert "tecro" in ids
    assert not ids & {"japan", "united-states", "philippines"}


def test_other_offices_in_taipei_and_us_forces_in_japan_are_not_taiwans_office() -> None:
    assert "tecro" not in _ids("新加坡駐台北商務辦事處今天表示。", "taiwan")
    assert _ids("駐日美軍今天表示。", "taiwan") == {"usfj"}


@pytest.mark.parametrize(
    "text", ["外交部指出，駐立陶宛台灣代表處昨天辦理說明會。", "駐立陶宛代表處昨天辦理說明會。"]
)
def test_a_host_whose_office_the_base_names_is_never_given_taiwans_office(text: str) -> None:
    # The base holds Taiwan's office in Lithuania under its own name, so no short form of
    # Taiwan's offices is made for that host, whichever of the two a story writes.
    assert "tecro" not in _ids(text, "taiwan")


@pytest.mark.parametrize(
    "text", ["日本经济团体联合会会长表示，希望尽早恢复对话。", "日本經濟團體聯合會會長表示。"]
)
def test_a_japanese_name_with_rengo_is_found_as_chinese_writes_it(text: str) -> None:
    assert _ids(text, "china") == {"keidanren"}
