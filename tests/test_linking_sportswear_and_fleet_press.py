"""Capitals, bodies and names as the sporting-goods, footwear, florists' and car-rental press write
them (blind-138 and blind-139), on passages written for these tests: a capital whose possessive
owns a national office acts, so does one a view is conveyed to; a headline's talks, summit or
show opening are the city's, and so are a firm's seat "of" a capital and a credit line's place;
a body is the side's a sentence opens on, or the government whose own name it bears where the
sentence is about that government; a bare "Ministry" the model marked is the ministry named just
before, in its sentence or the written one before, past a paragraph break; places
inside names no entry knows are mentions of them, unless a longer name it does know holds them; a headline's firm cut to its first word is
the firm named in full."""

import re

import pytest
from linking_helpers import assert_links, linked_surfaces, mentions


def test_a_capitals_possessive_owning_a_national_office_is_the_government() -> None:
    text = (
        "Exporters in Taipei, where the talks are followed closely, want certainty. Taipei's "
        "Office of Trade Negotiations said on Monday it expected a deal by June."
    )
    found = [(m.text, m.entity_id, m.kind) for m in mentions(text)]
    assert ("Taipei", "taipei", "name") in found  # "in Taipei, where": the city
    assert ("Taipei", "taiwan", "capital") in found


def test_a_firms_office_in_a_capital_stays_the_citys() -> None:
    text = "Lumen opened Taipei's office of a Swiss logistics group on Monday."
    assert_links(text, {"Taipei": ("taipei", "name")})


@pytest.mark.parametrize(
    "text",
    [
        "Chief Cabinet Secretary Minoru Kihara said Japan had conveyed that view to Beijing.",
        "Seoul said it had relayed the proposal to Tokyo on Friday.",
        "The minister expressed its strong displeasure to Taipei.",
    ],
)
def test_a_capital_something_is_conveyed_to_is_the_government(text: str) -> None:
    found = {m.text: (m.entity_id, m.kind) for m in mentions(text)}
    capital = next(word for word in ("Beijing", "Tokyo", "Taipei") if word in found)
    assert found[capital][1] == "capital"


def test_goods_shipped_to_a_capital_go_to_the_city() -> None:
    text = "The florist shipped the orchids to Tokyo by air on Tuesday."
    assert_links(text, {"Tokyo": ("tokyo", "name")})


@pytest.mark.parametrize(
    "headline",
    [
        "Tokyo talks agree on joint drone production",
        "Manila talks end without a fisheries deal",
        "Tokyo summit agrees to widen missile output",
        "Taipei bicycle parts show opens with a hall for e-bikes",
    ],
)
def test_a_headlines_meeting_or_show_is_the_citys(headline: str) -> None:
    text = f"{headline}\n\nOfficials and exhibitors met on Wednesday, organisers said."
    found = {m.text: (m.entity_id, m.kind) for m in mentions(text)}
    capital = headline.split()[0]
    assert found[capital][1] == "name", found


@pytest.mark.parametrize(
    ("headline", "capital", "country"),
    [
        ("Tokyo talks tough on Chinese coast guard incursions", "Tokyo", "japan"),
        ("Beijing warns Tokyo over summit with Taipei", "Tokyo", "japan"),
        ("Taipei data show jump in bicycle exports", "Taipei", "taiwan"),
    ],
)
def test_a_headlines_capital_that_speaks_still_acts(headline: str, capital: str, country: str):
    text = f"{headline}\n\nThe government said on Monday it would respond."
    assert linked_surfaces(text)[capital] == (country, "capital")


def test_a_firm_of_a_capital_is_seated_in_the_city() -> None:
    text = (
        "The Taoyuan maker signed a memorandum with Hoshino Rental Partners of Tokyo to build "
        "booking software."
    )
    assert_links(text, {"Tokyo": ("tokyo", "name")})


def test_a_credit_lines_place_is_the_city() -> None:
    text = (
        "Japan's running-shoe market to grow 4% -- survey\n\nOSAKA, March 3 (Jiji Press) -- "
        "Japan's running-shoe market will grow 4% this year, a private survey showed Tuesday."
        "\n\n---\n\nShelf Count Weekly, Tokyo: Our own February poll of 90 shops found a "
        "similar trend. (Additional reporting by Kyodo)"
    )
    assert_links(text, {"Tokyo": ("tokyo", "name")})


def test_a_body_after_the_side_its_sentence_opens_on_is_that_sides() -> None:
    text = (
        "TAIPEI (CNA) — Taiwan and Japan agreed on Tuesday to accept each other's digital "
        "driving licences for car rentals.\n\nOn the Japanese side, the National Police Agency "
        "will brief rental firms, officials said. The National Police Agency in Taipei will "
        "train counter staff."
    )
    links = [(m.text, m.entity_id) for m in mentions(text) if m.text == "National Police Agency"]
    assert links == [
        ("National Police Agency", "japan-npa"),
        ("National Police Agency", "taiwan-npa"),
    ]


def test_a_body_by_its_own_name_in_a_sentence_about_its_government() -> None:
    text = (
        "TAIPEI (CNA) — A Taichung boot maker showed its line to visiting lawmakers on Friday."
        "\n\nThe firm hopes to supply Japan's Ground Self-Defense Force, and Keiji Furuya said "
        "he would raise it with the Ministry of Defense."
    )
    assert_links(text, {"Ministry of Defense": ("japan-mod", "name")})


def test_a_body_by_another_name_in_a_taipei_story_stays_taiwans() -> None:
    text = (
        "TAIPEI (CNA) — The Ministry of Defense said on Friday it had tracked 14 Chinese "
        "aircraft near Japan's Yonaguni island."
    )
    assert_links(text, {"Ministry of Defense": ("taiwan-mnd", "name")})


def test_a_bare_ministry_the_model_marked_is_the_ministry_named_just_before() -> None:
    text = (
        "TAIPEI (CNA) — The Cabinet on Thursday approved a NT$3 billion plan to help sock makers "
        "automate, Premier Cho Jung-tai said.\n\nThe Ministry of Economic Affairs will run the "
        "plan, and the Ministry expects to pay the first grants in May. The Ministry of Labor "
        "will fund retraining."
    )
    links = [(m.start, m.entity_id) for m in mentions(text) if m.text == "Ministry"]
    assert [entity_id for _, entity_id in links] == ["taiwan-moea"]


def test_a_bare_ministry_opening_on_a_new_paragraph_is_the_one_the_last_closed_on() -> None:
    text = (
        "TAIPEI (Shoe Trade Asia) — The Ministry of Agriculture said on Monday it would end the "
        "last checks on salted hides from Japan from June 1, letting tanneries in Tainan buy "
        "them on the same terms as Australian ones.\n\nThe change follows talks under the two "
        "sides' trade arrangement and was approved by the Executive Yuan on Friday, the Ministry "
        'said. The Ministry of Foreign Affairs called it "a practical step". In Tokyo, the '
        "Foreign Ministry welcomed the move."
    )
    assert_links(text, {"Ministry": ("taiwan-moa", "name")})


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO (Jiji) — The Defense Ministry said on Tuesday that a Chinese survey ship had "
        "sailed north of Yonaguni overnight. The Foreign Ministry lodged a protest with the "
        "Chinese Embassy.\n\nThe ship stayed outside Japan's waters, according to the Ministry.",
        "TAIPEI — The Ministry of Education will pay for 9,000 school trips abroad next year. "
        "Premier Cho Jung-tai asked the Ministry of Foreign Affairs to help find partner schools."
        "\n\nThe Ministry said trips to China would not qualify.",
    ],
)
def test_a_bare_ministry_on_a_new_paragraph_after_two_ministries_is_left_unlinked(
    text: str,
) -> None:
    # Before: it took the ministry the paragraph before closed on, where the writers of four
    # passages (blind18-b-026, blind80-a-036) mean the story's own; neither can be told.
    assert [m.entity_id for m in mentions(text) if m.text == "Ministry" and m.in_kb] == []


def test_a_bare_ministry_after_a_ministry_in_its_own_sentence_is_that_one() -> None:
    text = (
        "TAIPEI (CNA) — The Ministry of Labor will fund retraining for 3,000 workers. The "
        "Ministry of Economic Affairs said on Monday that the Ministry would also pay for robots."
    )
    links = [m.entity_id for m in mentions(text) if m.text == "Ministry"]
    assert links == ["taiwan-moea"]


@pytest.mark.parametrize(
    ("text", "place", "entity_id"),
    [
        (
            "Taiwan and the US signed six deals at the Taiwan-US Space Supply Chain Forum on "
            "Tuesday.",
            "US",
            "united-states",
        ),
        (
            "IN BRIEF: Tainan orchid dates, Osaka store opening\n\nTAINAN — The Tainan Orchid "
            "Week trade days will run Nov. 3-6 at hotels around the city, organisers said.",
            "Tainan",
            "tainan",
        ),
        (
            "Yokohama will host the expo. Taiwan thanked the City of Yokohama for its help.",
            "Yokohama",
            "yokohama",
        ),
    ],
)
def test_a_place_inside_a_name_no_entry_knows_is_a_mention(
    text: str, place: str, entity_id: str
) -> None:
    linked = {m.start for m in mentions(text) if m.text == place and m.entity_id == entity_id}
    assert linked == {found.start() for found in re.finditer(rf"\b{place}\b", text)}


def test_a_place_only_inside_a_firms_name_is_no_mention() -> None:
    text = "Nagoya Fleet Leasing said on Monday it would buy 500 hybrid cars."
    assert "nagoya" not in {m.entity_id for m in mentions(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Japan and China both claim the islands. Washington says they fall under Article 5 "
            "of the U.S.-Japan Security Treaty.",
            "Japan",
        ),
        (
            "Taiwan and Japan trade more each year.\n\n15:30  Receives Japan-Taiwan Exchange "
            "Association Chairman and senior staff.",
            "Taiwan",
        ),
    ],
)
def test_a_pair_inside_a_name_the_knowledge_base_knows_is_that_names(text: str, place: str) -> None:
    # The model reads the known name longer than the entry ("Article 5 of ..."), and the pair
    # inside it is the treaty's or the association's, not a mention of the country.
    inside = text.rindex(place)
    assert inside not in {m.start for m in mentions(text) if m.text == place}


def test_us_opening_a_committee_of_the_us_house_is_the_country() -> None:
    text = (
        "US lawmakers visit boot plant\n\nFour members of the US House Armed Services Committee "
        "toured the plant on Friday."
    )
    spans = [(m.start, m.entity_id) for m in mentions(text) if m.text == "US"]
    assert len(spans) == 2 and {entity_id for _, entity_id in spans} == {"united-states"}


def test_a_headlines_firm_cut_to_its_first_word_is_the_firm_named_in_full() -> None:
    text = (
        "Navy picks Kawasaki submarine design\n\nKawasaki Heavy Industries won the order on "
        "Tuesday, the Acquisition, Technology and Logistics Agency said."
    )
    kawasaki = [m.entity_id for m in mentions(text) if m.text == "Kawasaki"]
    assert kawasaki and set(kawasaki) == {"kawasaki-heavy-industries"}


def test_a_bare_department_is_no_department_named_for_its_first_word() -> None:
    # Before: "the Department" read as a name cut to its first word, and "Department of State"
    # opens so: a hearing's question to the Pentagon's witness went to the State Department.
    text = (
        "Subcommittee hearing on gray-zone coercion (transcript excerpt)\n\n"
        "Mr. LEE. We welcome witnesses from the State Department and the Pentagon.\n\n"
        "Dr. MORALES. The Department of Defense sees the same pattern around Taiwan.\n\n"
        "Mr. LEE. Dr. Morales, can the Department say how many aircraft it expects next month?"
    )
    departments = [m.entity_id for m in mentions(text) if m.text == "Department" and m.in_kb]
    assert "us-state-department" not in departments
