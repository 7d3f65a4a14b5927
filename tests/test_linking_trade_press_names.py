"""Names in trade-press copy: a capital before a firm's trade or owning a pool is the city, a
stance "to" a capital is towards its government, a region closing a title's name is a word of
it, a bare service is the one whose base the sentence places, and "Commerce" alone is the
department the article named in full."""

from tests.linking_helpers import assert_links, linked_surfaces, mentions


def test_a_capital_before_a_firms_trade_is_the_city() -> None:
    text = (
        "OSAKA (Kyodo) -- Seoul distributor Hanbit Surfaces signed a three-year supply deal "
        "with a Kyushu tile mill on Monday, and Taipei roaster Blue Heron Coffee said it "
        "would open a second plant in Kaohsiung."
    )
    assert_links(text, {"Seoul": ("seoul", "name"), "Taipei": ("taipei", "name")})


def test_a_stance_to_a_capital_is_towards_its_government() -> None:
    text = (
        "KAOHSIUNG (CNA) -- Prosecutors said the borough chiefs had campaigned for candidates "
        "seen as loyal to Beijing and hostile to Washington."
    )
    assert_links(
        text,
        {"Beijing": ("china", "capital"), "Washington": ("united-states", "capital")},
    )


def test_a_firms_co_ends_a_sentence_before_a_name_and_its_verb() -> None:
    text = (
        "TOKYO -- Prime Minister Shigeru Ishiba toured a flood-hit packing plant in Kumamoto "
        "on Saturday.\n\n"
        '"We lost a week of orders," said Kenji Oda of Naniwa Foods Co. Ishiba is expected to '
        "announce relief funds next week."
    )
    found = {(m.text, m.entity_id) for m in mentions(text, "2025-07-12")}
    assert ("Ishiba", "shigeru-ishiba") in found, found
    assert all("Co. Ishiba" not in surface for surface, _ in found), found


def test_a_bare_service_whose_base_is_placed_is_that_countrys() -> None:
    text = (
        "WASHINGTON (Reuters) -- The State Department approved a possible sale of coastal radars "
        "to Taiwan for the Republic of China Marine Corps, the Pentagon's arms agency said.\n\n"
        "The radars will be installed at the Marine Corps' training base in Pingtung, and "
        "spare parts will be stored at the Navy's main base in Kaohsiung, a Taiwanese official "
        "said."
    )
    assert_links(text, {"Marine Corps": ("roc-marine-corps", "name"), "Navy": ("roc-navy", "name")})


def test_a_capitals_new_pool_is_the_citys() -> None:
    text = (
        "Swim clubs queue for Tokyo's new 50-metre pool\n\n"
        "TOKYO -- Masters swimmers from 12 countries booked lanes at the centre on Monday."
    )
    assert_links(text, {"Tokyo": ("tokyo", "name")})


def test_a_capital_listed_with_melbourne_is_a_city() -> None:
    text = (
        "SINGAPORE -- Rents for small cafés in Taipei now rival Melbourne and Seoul, a property "
        "consultancy said on Thursday."
    )
    assert_links(text, {"Melbourne": ("melbourne", "name"), "Seoul": ("seoul", "name")})


def test_commerce_alone_is_the_department_the_article_named() -> None:
    text = (
        "Commerce sets duties on vinyl planks\n\n"
        "DALTON, Ga. (AP) -- The U.S. Commerce Department on Friday set duties on vinyl planks "
        "from three countries. A Vietnamese exporter, which Commerce said had not answered its "
        "questions, was given the highest rate. Commerce is due to issue final rates in "
        "November. The American Chamber of Commerce in Hanoi said its members would appeal."
    )
    found = [(m.text, m.entity_id) for m in mentions(text, "2025-05-02")]
    departments = [surface for surface, entity in found if entity == "us-commerce-department"]
    assert departments.count("Commerce") == 3, found
    assert not any("Chamber" in surface for surface in departments), found


def test_a_portfolio_before_a_noun_stays_a_common_noun() -> None:
    text = (
        "WASHINGTON (Reuters) -- The U.S. Treasury Department sold more bonds than expected on "
        "Tuesday. Treasury yields rose to a three-month high after the sale."
    )
    found = [(m.text, m.entity_id) for m in mentions(text, "2025-05-02")]
    assert ("Treasury", "us-treasury") not in found, found


def test_a_region_closing_a_titles_name_is_a_word_of_it() -> None:
    text = (
        "Tile makers look past China\n\n"
        "SEOUL (Tile Trade Asia) -- Buyers in Asia and Europe are turning to Korean and "
        "Taiwanese mills, the Pacific Grout Review said; demand in Southeast Asia rose 9%."
    )
    found = linked_surfaces(text)
    assert found.get("Asia") == ("asia", "name"), found  # "Buyers in Asia": the continent
    assert found.get("Southeast Asia") == ("southeast-asia", "name"), found
    dateline = text.index("Buyers")
    assert not [m for m in mentions(text) if m.entity_id == "asia" and m.start < dateline]


def test_a_capital_before_a_hyphened_compound_in_a_headline_is_the_city() -> None:
    text = (
        "Shops shut early for Seoul air-raid drill\n\n"
        "SEOUL -- Shopkeepers in Myeongdong pulled down their shutters for 20 minutes on "
        "Wednesday as sirens sounded across the city."
    )
    assert_links(text, {"Seoul": ("seoul", "name")})


def test_a_portfolio_closing_another_bodys_name_is_no_department() -> None:
    text = (
        "Lanterns go up in Houston\n\n"
        "HOUSTON -- Volunteers from the Taiwanese Chamber of Commerce of Greater Houston went "
        "ahead with their lantern parade, a month after the U.S. Commerce Department cut the "
        "group's grant. Commerce said the cut was routine."
    )
    found = [(m.text, m.start) for m in mentions(text, "2025-05-02")
             if m.entity_id == "us-commerce-department"]  # fmt: skip
    assert [start for surface, start in found if surface == "Commerce"] == [
        text.index("Commerce said")
    ], found
