"""Linking of names that mean two things, on sentences written for these tests: ships named for
provinces, datelines and bylines that credit outlets, ministries that report, bodies whose
bare name is shared, short forms of places named in full, plural nationality words, and the
mechanical matching of writers' canonical names to knowledge-base ids."""

import pytest
from linking_helpers import mentions

from monitor.nlp.gold_ids import gold_id
from monitor.nlp.kb import default_kb


def links(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, "2025-09-01")}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Tokyo said the Fujian and two destroyers sailed past Yonaguni on Friday.",
         "Fujian", "fujian-carrier"),
        ("Pilots landed on the Shandong's deck 40 times, Japan said.", "Shandong",
         "shandong-carrier"),
        ("The Shangdong strike group turned south on Monday.", "Shangdong", "shandong-carrier"),
        ("Analysts say the recently commissioned Fujian will sail east.", "Fujian",
         "fujian-carrier"),
        ("Japan protested the PLA's use of the Shandong near Japanese islands.", "Shandong",
         "shandong-carrier"),
        ("Tokyo tracked the Fujian off Yonaguni for two days.", "Fujian", "fujian-carrier"),
        ("In June the Liaoning and Shandong trained together in the Pacific.", "Shandong",
         "shandong-carrier"),
        ("A trade delegation from Shandong said the province wants Japanese investment.",
         "Shandong", "shandong"),
        ("Factories in Fujian province cut output in August.", "Fujian province", "fujian"),
        ("Smugglers crossed from the Fujian coast to Kinmen at night.", "Fujian", "fujian"),
    ],
)  # fmt: skip
def test_a_province_lends_its_name_to_a_carrier(text: str, surface: str, expected: str) -> None:
    assert links(text)[surface] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("HMS Spey sailed through the Taiwan Strait. London said the Spey transit was routine.",
         "Spey", "hms-spey"),
        ("The USS George Washington reached Yokosuka, replacing the Ronald Reagan as the "
         "Navy's forward-deployed carrier.", "Ronald Reagan", "uss-ronald-reagan"),
        ("Don't be surprised to see AFP uniforms at the next joint exercise open day.", "AFP",
         "afp-philippines"),
        ("MANILA (AFP) - The Philippines protested on Monday.", "AFP", "agence-france-presse"),
    ],
)  # fmt: skip
def test_a_ship_or_force_written_short_is_still_the_ship_or_force(
    text: str, surface: str, expected: str
) -> None:
    assert links(text)[surface] == expected


def test_a_president_named_without_ships_stays_a_person() -> None:
    found = links("The Six Assurances were given under Ronald Reagan in 1982.")
    assert found.get("Ronald Reagan") != "uss-ronald-reagan"


def test_an_outlet_credited_after_a_body_in_a_dateline_stays_the_outlet() -> None:
    text = (
        "UN vote\n\nUNITED NATIONS (AP) — China accused outlets of spreading fallacies. An AP "
        "request for comment went unanswered."
    )
    found = [(m.text, m.entity_id) for m in mentions(text, "2025-09-01")]
    assert ("AP", "ap") in found
    assert ("AP", "united-nations") not in found


def test_a_parenthesised_abbreviation_after_a_body_is_no_dateline() -> None:
    text = (
        "Q2 overview\n\nOverview. People's Liberation Army (PLA) flights near Taiwan rose in "
        "May, according to the Ministry of National Defense (MND) in Taipei."
    )
    assert links(text)["Ministry of National Defense"] != "china-mnd"


def test_a_byline_crediting_a_wire_service_decides_a_named_body() -> None:
    text = (
        "Staff writer, with CNA\n\nChina sent 20 aircraft toward Taiwan on Monday as Lai "
        "prepared to fly to the US, the Ministry of National Defense said."
    )
    assert links(text)["Ministry of National Defense"] == "taiwan-mnd"


def test_a_ministry_that_reports_names_the_ministry_and_the_military_stays_a_common_noun() -> None:
    found = links("TAIPEI (Reuters) - The defence ministry detected 12 Chinese aircraft on Monday.")
    assert found["defence ministry"] == "taiwan-mnd"
    found = links("TAIPEI (Reuters) - The military tracked 12 Chinese aircraft on Monday.")
    assert "military" not in found


def test_a_shared_bare_body_name_is_its_country_s_by_context() -> None:
    found = links("Japan's Joint Staff said two Chinese drones flew near Yonaguni.")
    assert found["Joint Staff"] == "japan-joint-staff"
    found = links("WASHINGTON (AP) - The Joint Staff briefed reporters at the Pentagon.")
    assert found.get("Joint Staff") != "japan-joint-staff"


def test_a_model_span_overlapping_a_name_with_lower_case_words_gives_way() -> None:
    found = links("Nine aircraft entered the southwestern and eastern air defence zones.")
    assert found["air defence zones"] == "adiz"
    assert links("Four jets entered Taiwan's air-defense identification zone.")[
        "air-defense identification zone"
    ] == "adiz"  # fmt: skip


def test_a_place_named_in_full_is_then_named_by_its_proper_part() -> None:
    text = (
        "Manila protested after Chinese cutters blocked a supply boat at Scarborough Shoal. A "
        "second boat reached Scarborough on Friday, and ships also crossed the Taiwan Strait."
    )
    found = links(text)
    assert found["Scarborough"] == "scarborough-shoal"
    assert found.get("Taiwan", "taiwan") == "taiwan"


def test_plural_nationality_words_name_their_country() -> None:
    found = {m.text: (m.entity_id, m.kind) for m in mentions("Many Filipinos work in Taiwan.")}
    assert found["Filipinos"] == ("philippines", "demonym")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Eleven jets crossed the midline on Tuesday.", "midline", "median-line"),
        ("Boats anchored off Greater Kinmen overnight.", "Greater Kinmen", "kinmen"),
        ("Fishermen at Liaoluo Harbor saw the cutters.", "Liaoluo Harbor", "liaoluo-bay"),
    ],
)  # fmt: skip
def test_names_a_reader_of_the_region_expects(text: str, surface: str, expected: str) -> None:
    assert links(text)[surface] == expected


@pytest.mark.parametrize(
    ("canonical", "item", "expected"),
    [
        ("Joint Staff (Japan)", {}, "japan-joint-staff"),
        ("median line of the Taiwan Strait", {}, "median-line"),
        ("Joint Staff", {"country": "Japan"}, "japan-joint-staff"),
        ("Shandong", {"type": "EQUIPMENT"}, "shandong-carrier"),
        ("Shandong", {"type": "GPE"}, "shandong"),
        ("Ministry of National Defense", {"country": "Taiwan"}, "taiwan-mnd"),
    ],
)  # fmt: skip
def test_writers_canonical_names_are_matched_mechanically(
    canonical: str, item: dict[str, str], expected: str
) -> None:
    assert gold_id(canonical, item, default_kb()) == expected


def test_a_persons_possessive_before_a_body_stays_the_person() -> None:
    text = (
        "Former president Tsai Ing-wen returned to campaign in Pingtung. Lawmakers from Tsai's "
        "Democratic Progressive Party walked out, and members of Cho's Executive Yuan stayed."
    )
    found = {m.text: m.entity_id for m in mentions(text, "2025-11-21")}
    assert found["Tsai"] == "tsai-ing-wen"
    assert found["Democratic Progressive Party"] == "dpp"
    assert found["Executive Yuan"] == "executive-yuan"
    assert "Cho" in found


def test_names_after_the_word_carriers_are_the_ships() -> None:
    text = (
        "PLA Carriers Shandong, Fujian Seen Near Guam\n\n"
        "The two ships were tracked on Sunday, while Fujian province held drills."
    )
    found = [(m.text, m.entity_id) for m in mentions(text, "2025-06-02")]
    assert ("Shandong", "shandong-carrier") in found
    assert ("Fujian", "fujian-carrier") in found
    assert ("Fujian province", "fujian") in found


def test_a_known_persons_possessive_decides_whose_cabinet() -> None:
    text = "Lawmakers sent back the pension bill that Premier Cho Jung-tai's Cabinet had drafted."
    assert links(text)["Cabinet"] == "executive-yuan"
    text = "Prime Minister Shigeru Ishiba's Cabinet approved the plan, officials said."
    assert links(text)["Cabinet"] == "japan-cabinet"


def test_the_islands_body_is_taiwans() -> None:
    text = (
        "Beijing accused the island's defence ministry of inflating the figures, and state media "
        'mocked the island\'s "Cabinet" for its drone budget.'
    )
    found = links(text)
    assert found["defence ministry"] == "taiwan-mnd"
    assert found["Cabinet"] == "executive-yuan"


def test_capitals_that_host_in_turn_or_tell_the_time_are_cities() -> None:
    text = "The coast guards' joint committee will meet each spring, alternating between Manila and Tokyo."
    found = links(text)
    assert found["Manila"] == "manila"
    assert found["Tokyo"] == "tokyo"
    text = "Live updates on the drills. All times Beijing (GMT+8). Beijing warned Taipei on Friday."
    found_all = [(m.text, m.entity_id) for m in mentions(text, "2025-06-02")]
    assert ("Beijing", "beijing") in found_all
    assert ("Beijing", "china") in found_all


def test_the_rocket_force_is_its_owners() -> None:
    text = "Analysts said China's Rocket Force had moved launchers closer to the coast."
    assert links(text)["Rocket Force"] == "plarf"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Japan's Takaichi Says Tokyo Won't Back Down as Ships Circle\n\n"
         "Prime Minister Sanae Takaichi said on Monday the coast guard would stay.",
         "Takaichi", "sanae-takaichi"),
        ("Taiwan's Hsiao Says Island Won't Be Isolated\n\n"
         "Vice President Hsiao Bi-khim said on Monday she would travel.",
         "Hsiao", "hsiao-bi-khim"),
    ],
)  # fmt: skip
def test_a_headlines_verb_is_not_part_of_the_name(text: str, surface: str, expected: str) -> None:
    found = {m.text: m.entity_id for m in mentions(text, "2025-11-02")}
    assert found[surface] == expected


def test_a_known_name_before_a_possessive_stands_on_its_own() -> None:
    text = "Data from USNI News' Fleet Tracker placed the group east of Luzon."
    found = {m.text: m.entity_id for m in mentions(text, "2025-11-02")}
    assert found["USNI News"] == "usni-news"


# --- linkE: bare "Marines" are the US Marine Corps's ---
def test_marines_named_bare_are_the_us_marine_corps() -> None:
    """English copy in this region calls only US troops "Marines" without an owner; Taiwan's
    corps is "the Marine Corps", whose owner the article still decides."""
    text = "Marines from a littoral regiment unloaded rocket launchers near Kagoshima on Tuesday."
    assert links(text)["Marines"] == "usmc"


def test_taiwans_marine_corps_stays_taiwans() -> None:
    text = "Taiwan's Marine Corps rehearsed a beach landing on Penghu on Thursday."
    assert links(text)["Marine Corps"] == "roc-marine-corps"
