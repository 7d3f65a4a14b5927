"""Names as Taiwanese court rulings, indictments and lawyers' columns and mainland court notices
write them: 對岸 for the PRC, a court named after its seat, 海警機構 in the Coast Guard Law's
wording, 立院, a day word before 經 (the zh-blind25 passages' classes of miss)."""

from hypothesis import given
from hypothesis import strategies as st
from linking_helpers import cjk_links as _links


def _ids(text: str, home: str) -> set[str]:
    return {entity_id for _, entity_id in _links(text, home)}


@given(
    before=st.sampled_from(["被告將資料傳送", "國防部表示，", "遏止", "認定其接受", "馬祖與"]),
    after=st.sampled_from(["。", "滲透已深入軍中。", "抽砂船長期盜採。", "的管轄主張。"]),
)
def test_the_far_shore_in_taiwanese_copy_is_the_prc(before: str, after: str) -> None:
    assert ("對岸", "china") in _links(f"{before}對岸{after}", "taiwan")


def test_a_rivers_far_shore_and_beijings_far_shore_are_not_the_prc() -> None:
    assert "china" not in _ids("遊客在河對岸拍照，湖的對岸是步道。", "taiwan")
    # Beijing's copy means Taiwan by the word; Japanese copy a bank.
    assert "china" not in _ids("国台办表示，对岸当局一再挑衅。", "china")
    assert "china" not in _ids("対岸の公園で花火大会が開かれた。", "japan")


@given(
    seat=st.sampled_from(["台北", "新北", "桃園", "高雄", "澎湖", "金門"]),
    court=st.sampled_from(["地院", "地方法院", "地檢署", "地方檢察署", "地檢", "高分院"]),
)
def test_a_court_named_after_its_seat_is_no_mention_of_the_seat(seat: str, court: str) -> None:
    links = _links(f"{seat}{court}今天依違反國家安全法判處被告有期徒刑。", "taiwan")
    assert links == []


def test_formal_and_mainland_court_names_leave_out_their_province_and_city() -> None:
    text = "臺灣高等法院二審維持原判，福建金門地方法院今天開庭，臺灣臺北地方法院審理。"
    assert _ids(text, "taiwan") == set()
    text = "福建省厦门市中级人民法院5日通报。厦门中院判处。重庆市公安局通报。"
    assert _ids(text, "china") == {"fujian"}
    # A country's courts are the country's: the sets label 大陸 in 大陸法院 as China.
    assert ("大陸", "china") in _links("大陸法院判處台籍人士重刑。", "taiwan")
    # The city outside a court's name is the city.
    assert ("台北", "taipei") in _links("被告在台北遭到逮捕，台北地院羈押。", "taiwan")


def test_the_coast_guard_laws_agencies_are_the_china_coast_guard() -> None:
    assert ("海警", "china-coast-guard") in _links("海警機構可依法採取扣留措施。", "taiwan")
    assert ("海警", "china-coast-guard") in _links(
        "规定对涉嫌违法的外国人员，海警机构可扣留。", "china"
    )


def test_the_legislatures_short_name() -> None:
    assert ("立院", "legislative-yuan") in _links("立院審國安修法 顧立雄：共機一週", "taiwan")


def test_the_united_front_department_by_its_full_name_is_no_mention_of_the_party() -> None:
    links = _links("被告多次赴陸，接受中共中央統戰部招待。", "taiwan")
    assert ("中共中央統戰部", "ufwd") in links
    assert "ccp" not in {entity_id for _, entity_id in links}


@given(
    day=st.sampled_from(["近日", "昨日", "前日", "今日", "當日"]),
    place=st.sampled_from(["深圳市法院判刑", "宮古海峽進入西太平洋", "沖繩本島與宮古島之間"]),
)
def test_a_day_word_before_via_holds_no_nikkei(day: str, place: str) -> None:
    # 近日經 is "recently, via": its 日 closes the day word and 經 is the verb.
    assert "nikkei" not in _ids(f"共艦3艘{day}經{place}。", "taiwan")


def test_the_nikkei_by_name_and_japan_after_a_day_word_stay() -> None:
    assert ("日經", "nikkei") in _links("據日經報導，台積電將擴大投資。", "taiwan")
    assert ("日本", "japan") in _links("最近日本政府表示將加強合作。", "taiwan")
    # A pair of countries before 經濟 or 經貿 holds no Nikkei.
    assert "nikkei" not in _ids("熊本廠是台日經濟合作的象徵，中日經貿關係受衝擊。", "taiwan")
    # 近 closing 接近 makes no day word: the boats approached are Japanese.
    assert ("日籍", "japan") in _links("海警船侵入領海並接近日籍漁船。", "taiwan")
    # 同 before a side is "with": Japan's side stays Japan's.
    assert ("日方", "japan") in _links("王毅表示，中方願同日方一道，如今日方也表示支持。", "taiwan")
