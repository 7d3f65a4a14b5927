"""Capitals, bodies and names as the tattoo, gaming, locksmith and signage press write them
(blind-142 and blind-143), on passages written for these tests: a capital that qualifies the
noun after it is the city ("Seoul tattooist postpones Taipei residency", "the odd Tokyo family"), and
so are a capital's chains of shops and billboards; a dateline after a bracketed credit is the
city; a defence ministry that counts craft around Taiwan is Taiwan's under another country's
dateline; a headline's bare "Ministry" is the one ministry its lede names; a spokesman's "our
prime minister" is the office's holder; a firm's seat after "Optoelectronics of" is a place; a
fair named with its city last names the city; a firm's "Co." that ends a sentence leaves the
speaker who opens the next one his name."""

import pytest
from linking_helpers import assert_links, mentions


@pytest.mark.parametrize(
    ("headline", "city"),
    [
        ("Seoul tattooist postpones Taipei residency", "seoul"),
        ("Tokyo potter delays Taipei exhibition", "tokyo"),
        ("Tokyo sign firms win stadium contracts", "tokyo"),
        ("Taipei rent index falls for third month", "taipei"),
    ],
)
def test_a_headlines_capital_before_a_noun_it_qualifies_is_the_city(
    headline: str, city: str
) -> None:
    text = f"{headline}\n\nKAOHSIUNG (CNA) — Bookings were steady on Monday, owners said."
    (capital,) = [m for m in mentions(text) if m.start == 0]
    assert (capital.entity_id, capital.kind) == (city, "name")


@pytest.mark.parametrize(
    "headline",
    [
        "Tokyo set to tighten export rules on chip tools",
        "Beijing will retaliate, ministry says",
        "Beijing trade pressure grows on Taiwanese exporters",
        "US, Tokyo sign chip supply pact",
        "Will Beijing blink first over tariffs",
        "Tokyo ready to talk on rare earths",
        "Beijing travel advisory hits Busan hotels",
        "Manila presses Tokyo over fishing ban",
        "Seoul urges Beijing halt sand dredging",
        "Fishing fleets idle after Beijing port closure",
        "Pyongyang rocket launch: how the agencies covered it",
    ],
)
def test_a_headlines_capital_before_its_verb_still_acts(headline: str) -> None:
    text = f"{headline}\n\nTAIPEI (CNA) — Officials said the move was expected."
    named = ("Beijing", "Tokyo", "Seoul", "Manila", "Pyongyang")
    capitals = [m for m in mentions(text) if m.start < len(headline) and m.text in named]
    assert capitals and all(m.kind == "capital" for m in capitals)


def test_a_capital_after_an_article_and_an_adjective_qualifies_the_noun() -> None:
    text = (
        "TAICHUNG (CNA) — Most of the studio's clients are students and the odd Tokyo family "
        "on a weekend trip, the owner said. Beijing warned Taipei again on Monday."
    )
    found = [(m.text, m.entity_id, m.kind) for m in mentions(text)]
    assert ("Tokyo", "tokyo", "name") in found
    assert ("Beijing", "china", "capital") in found  # a capital that acts still does


def test_a_capitals_chains_of_shops_are_the_citys() -> None:
    text = (
        "OSAKA (Kyodo) — Beijing warned Tokyo on Friday over the islands. Tokyo's largest "
        "karaoke-box chains said group bookings from China had halved since then."
    )
    found = [(m.text, m.entity_id, m.kind) for m in mentions(text)]
    assert ("Tokyo", "japan", "capital") in found  # warned by Beijing: the government
    assert ("Tokyo", "tokyo", "name") in found


def test_a_headlines_capital_before_its_billboards_is_the_city() -> None:
    text = "Seoul billboards switch to quake alerts\n\nSEOUL (Yonhap) — Screens went dark."
    assert_links(text, {"Seoul": ("seoul", "name")})


def test_a_dateline_after_a_bracketed_credit_is_the_city() -> None:
    text = (
        "Regional roundup\n\n"
        "(Jiji Press) Tokyo, Sept. 9 -- Kinboshi Games said it would open two arcades in Taipei.\n\n"
        "[Yonhap] Seoul, Sept. 9 - The lottery operator raised its top prize."
    )
    assert_links(text, {"Tokyo": ("tokyo", "name"), "Seoul": ("seoul", "name")})


def test_a_ministry_counting_craft_around_taiwan_is_taiwans_under_another_dateline() -> None:
    text = (
        "SEOUL/TAIPEI (Studio Wire) — A Seoul-born illustrator cancelled her residency, a day "
        "after the Defense Ministry reported 45 Chinese aircraft around Taiwan."
    )
    assert_links(text, {"Defense Ministry": ("taiwan-mnd", "name")})


def test_a_ministry_counting_nothing_keeps_the_datelines_country() -> None:
    text = (
        "TOKYO (Kyodo) — The Defense Ministry said a Chinese carrier group sailed near "
        "Yonaguni on Tuesday, and that fighters were scrambled."
    )
    assert_links(text, {"Defense Ministry": ("japan-mod", "name")})


def test_a_headlines_bare_ministry_is_the_one_its_lede_names() -> None:
    text = (
        "Ministry thanks Manila for WHO support\n\n"
        "TAIPEI (CNA) — The Ministry of Foreign Affairs on Tuesday thanked Manila for backing "
        "Taiwan's bid to attend the assembly.\n\n"
        "The Ministry of Health and Welfare sent a delegation to Geneva."
    )
    found = {(m.start, m.entity_id) for m in mentions(text)}
    assert (0, "taiwan-mofa") in found


def test_a_headlines_bare_ministry_stays_open_when_its_lede_names_two() -> None:
    text = (
        "Ministry thanks Manila for WHO support\n\n"
        "TAIPEI (CNA) — The Ministry of Foreign Affairs and the Ministry of Health and Welfare "
        "on Tuesday thanked Manila."
    )
    assert all(m.start > 0 for m in mentions(text) if m.in_kb and m.label == "ORG")


def test_a_spokesmans_our_prime_minister_is_the_offices_holder() -> None:
    text = (
        "TOKYO (Kyodo) — Chief Cabinet Secretary Minoru Kihara said Tokyo had protested. "
        '"Pressure over remarks by our prime minister is unacceptable," Kihara said.'
    )
    found = {m.text: m.entity_id for m in mentions(text, "2025-12-10")}
    assert found["prime minister"] == "sanae-takaichi"


def test_a_firms_seat_after_optoelectronics_of_is_the_place() -> None:
    text = (
        "BEIJING (Reuters) — The ministry set a rate of 14% for Lanyu Optoelectronics of "
        "Taiwan. Taiwan said it would appeal."
    )
    starts = {m.start for m in mentions(text) if m.entity_id == "taiwan"}
    assert text.index("Taiwan.") in starts


def test_a_fair_named_with_its_city_last_names_the_city() -> None:
    text = (
        "Kaohsiung makers head to Tokyo\n\n"
        "TAIPEI (CNA) — Twelve Taiwanese sign makers took booths at Neon Frontier Tokyo, "
        "which opened on Wednesday."
    )
    inside = text.index("Neon Frontier Tokyo") + len("Neon Frontier ")
    found = {(m.start, m.entity_id) for m in mentions(text)}
    assert (inside, "tokyo") in found


def test_a_speaker_after_a_firms_co_ending_a_sentence_is_the_person() -> None:
    text = (
        "NAHA (Kyodo) — Keiji Furuya visited the site on Friday. The locks were fitted by "
        "Kaohsiung's Ironleaf Hardware Co. Furuya said the islands needed more of them."
    )
    found = [(m.text, m.entity_id) for m in mentions(text)]
    assert ("Furuya", "keiji-furuya") in found


def test_a_body_in_the_second_of_two_reporting_clauses_shares_the_firsts_country() -> None:
    text = (
        "BEIJING/TAIPEI (Hull Cleaning Weekly) — China declared a firing zone off Pingtan on "
        "Monday. Taiwan's Ocean Affairs Council said it would send two patrol ships, and the "
        "Ministry of National Defense said it would watch the drills."
    )
    assert_links(text, {"Ministry of National Defense": ("taiwan-mnd", "name")})


def test_a_body_in_a_reporting_clause_after_one_that_acts_is_left_to_the_dateline() -> None:
    text = (
        "BEIJING (Xinhua) — Taiwan's Ocean Affairs Council sent two patrol ships near Kinmen, "
        "and the Ministry of National Defense said it would answer any provocation."
    )
    assert_links(text, {"Ministry of National Defense": ("china-mnd", "name")})


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Diet members fly in for Tokyo maritime dialogue", ("tokyo", "name")),
        ("Sign makers brace for Beijing export curbs", ("china", "capital")),
    ],
)
def test_a_capital_opening_a_prepositions_noun_phrase_qualifies_its_noun(
    headline: str, expected: tuple[str, str]
) -> None:
    text = f"{headline}\n\nKAOHSIUNG (CNA) — Bookings were steady on Monday, owners said."
    (capital,) = [m for m in mentions(text) if m.text in ("Tokyo", "Beijing")]
    assert (capital.entity_id, capital.kind) == expected
