"""Linking of the forms copy writes names in, on sentences written for these tests: datelines set
off by a colon, "the mainland", a compound of two nationality words, the prefecture's
abbreviation, a capital's possessive after "in" or before aid it sends, a capital's clock and a
capital heading a section, "its" owning a body, a paper called by its last word, and an
island written "-shima" or by its short name, and "the Strait"."""

import re

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.kb import default_kb
from monitor.nlp.mention import mention_of
from monitor.nlp.named_so_far import NamedSoFar
from monitor.nlp.names import fold
from monitor.nlp.outlets import outlet_by_last_word


def links(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity_id, m.kind) for m in mentions(text, "2025-10-01")]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("SEOUL: South Korea's coast guard said on Friday it had seized a fishing boat.",
         "SEOUL", "seoul"),
        ("Drill ends\n\nMANILA: Officials said the exercise ended early.", "MANILA", "manila"),
        ("TAIPEI/TOKYO: Both governments said the talks went well.", "TOKYO", "tokyo"),
    ],
)  # fmt: skip
def test_a_city_in_capitals_before_a_colon_is_a_dateline(
    text: str, surface: str, expected: str
) -> None:
    assert (surface, expected, "name") in links(text)


def test_a_colon_after_a_country_or_force_is_no_dateline() -> None:
    found = links("PLA: a force in transition\n\nThe Defense Ministry said drills would go on.")
    assert not any(entity == "china-mnd" for _, entity, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the island would be unified with the mainland sooner or later.",
        "Mainland Chinese fishing boats returned to the area this spring.",
        "Mainland scholars said the talks had stalled.",
        "Five mainland coastguard vessels entered the waters off Kinmen, the CGA said.",
    ],
)
def test_the_mainland_is_china(text: str) -> None:
    """As a noun or an adjective: the labels settled that "mainland experts" name China."""
    assert any(s.lower() == "mainland" and e == "china" for s, e, _ in links(text))


@pytest.mark.parametrize(
    "text",
    [
        "The missiles could reach mainland Japan, and Japan's mainland bases too.",
        "Flights from the US mainland resumed on Monday.",
    ],
)
def test_another_countrys_mainland_is_not_china(text: str) -> None:
    assert not any(s.lower() == "mainland" for s, _, _ in links(text))


def test_a_sino_compound_names_both_countries() -> None:
    found = links("Analysts watched the Sino-Russian naval drill and Sino-Indian border talks.")
    assert ("Sino", "china", "demonym") in found
    assert ("Russian", "russia", "demonym") in found


def test_the_abbreviated_prefecture_is_the_prefecture() -> None:
    found = links("NAHA, Okinawa Pref. (Kyodo) -- Fishermen said the patrol boats stayed away.")
    assert ("Okinawa Pref", "okinawa", "name") in found


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The threat, in Beijing's view, is growing.", "Beijing", "china"),
        ("The plant is backed by grants and subsidies from Tokyo.", "Tokyo", "japan"),
        ("Shops in Taipei's Da'an district were busy.", "Taipei", "taipei"),
        ("The delegates met in Tokyo on Monday.", "Tokyo", "tokyo"),
    ],
)  # fmt: skip
def test_a_capitals_possessive_after_in_and_aid_from_it(
    text: str, surface: str, expected: str
) -> None:
    assert any(s == surface and e == expected for s, e, _ in links(text))


def test_a_name_with_two_letters_swapped_is_the_name() -> None:
    found = links("Foreign ministry spokesman Lin Jain told reporters the drills were lawful.")
    assert ("Lin Jain", "lin-jian", "name") in found


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The delegation met U.S. Treasury officials, and the Treasury later issued a note.",
         "Treasury", "us-treasury"),
        ("Drones flew north along the Ryukyu chain on Monday.", "Ryukyu chain", "ryukyu-islands"),
        ("Beijing summoned an envoy and rebuked the Foreign Ministry of the Philippines.",
         "Foreign Ministry", "philippine-dfa"),
    ],
)  # fmt: skip
def test_bodies_and_places_the_region_names(text: str, surface: str, expected: str) -> None:
    assert any(s == surface and e == expected for s, e, _ in links(text))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Patrols rise\n\nTAIPEI, March 9, 2025 (Reuters) - Taiwan said on Sunday it had "
         "tracked ships.", "TAIPEI", "taipei"),
        ("SEOUL, Sept 14, 2024 (Yonhap) - Officials in the South said talks resumed.",
         "SEOUL", "seoul"),
        ("Tokyo, 3 October 2025 (Kyodo) -- The ministry said the ship had left.",
         "Tokyo", "tokyo"),
    ],
)  # fmt: skip
def test_a_dateline_with_the_year_or_the_full_month_is_the_city(
    text: str, surface: str, expected: str
) -> None:
    assert (surface, expected, "name") in links(text)


def test_the_joint_staff_office_by_its_initials() -> None:
    found = links("Destroyers sailed past Yonaguni on Tuesday, Japan's JSO said in a release.")
    assert ("JSO", "japan-joint-staff", "name") in found


def test_company_forms_and_short_names_of_known_companies_and_systems() -> None:
    text = (
        "Shares of Mitsubishi Heavy rose after Toyota Motor Corp. said it would buy parts for "
        "the Patriot batteries Japan builds, while CPC Corp. raised fuel prices."
    )
    found = [(m.text, m.entity_id) for m in mentions(text, "2025-06-02")]
    assert ("Mitsubishi Heavy", "mhi") in found
    assert ("Toyota Motor", "toyota") in found
    assert ("Patriot batteries", "patriot") in found
    assert ("CPC", "ccp") not in found


def test_a_country_pair_the_model_took_for_a_body_names_both_countries() -> None:
    for text in (
        "The flights were likely a warning ahead of a U.S.-Japan drill in the East China Sea.",
        "Diplomats prepared for a U.S.-Japan summit in the autumn.",
    ):
        found = mentions(text, "2025-06-02")
        pairs = {(m.text, m.entity_id) for m in found}
        assert {("U.S.", "united-states"), ("Japan", "japan")} <= pairs
        assert not [m for m in found if "-" in m.text and not m.in_kb]


def test_a_capitals_clock_is_the_city_and_not_a_newspaper() -> None:
    text = (
        "The coast guard logged the cutters at 9 p.m. (Taipei time) on Friday, and the navy "
        "said the frigates had left by dawn, Tokyo time."
    )
    found = links(text)
    assert not [m for m in found if m[1] in ("taipei-times", "japan-times")]
    assert any(surface.startswith("Taipei") and entity == "taipei" for surface, entity, _ in found)


OUTLETS = sorted(e.id for e in default_kb().entities.values() if e.kind == "outlet")


@given(st.sampled_from(OUTLETS))
def test_an_outlets_title_with_one_letter_less_is_not_the_outlet(outlet: str) -> None:
    """'The Japan Times' has no singular: 'Japan time' is a clock, 'Straits Time' nothing."""
    kb = default_kb()
    for written in (kb.entities[outlet].name, *kb.entities[outlet].aliases):
        if written.endswith("s") and written[:-1].strip():
            assert kb.lookup(fold(written[:-1])) != outlet, written


CAPITALS = sorted(e.name for e in default_kb().entities.values() if e.kind == "capital")


@given(st.sampled_from(CAPITALS), st.booleans())
def test_a_capital_heading_a_section_is_the_city(capital: str, shouted: bool) -> None:
    """A roundup's section headed by a capital alone on its line reports from the city, even
    when the first words under it could read as the capital acting."""
    written = capital.upper() if shouted else capital
    text = f"EVENING ROUNDUP\n\n{written}\nOfficials warned of heavy rain on Thursday.\n"
    kb = default_kb()
    found = [(surface, entity) for surface, entity, _ in links(text) if surface == written]
    assert found and all(kb.entities[entity].kind == "capital" for _, entity in found), found


@given(
    st.sampled_from(CAPITALS),
    st.sampled_from([
        "The rockets fell short of the coast, according to {}, on Tuesday.",
        "The protest was handed to the ambassador to {} on Tuesday.",
        "Lin, a former envoy to {}, urged calm on Tuesday.",
        "Lawmakers said late deliveries of radars and jets to {} had hurt readiness on Tuesday.",
        "From {}'s standpoint, the patrols were a warning, an adviser said on Tuesday.",
        "The tanks the island bought from {} will arrive next year, officials said on Tuesday.",
        "Lawmakers sought answers from {} over the live-fire drill on Tuesday.",
        "There were no announcements from {} naming the exercise on Tuesday.",
        "The access agreement is awaiting ratification in {}, officials said on Tuesday.",
    ]),
)  # fmt: skip
def test_a_capital_that_states_receives_envoys_or_deliveries_or_holds_a_view_is_its_government(
    capital: str, template: str
) -> None:
    kb = default_kb()
    found = [(entity, kind) for surface, entity, kind in links(template.format(capital))
             if surface == capital]  # fmt: skip
    assert found == [(kb.entities[kb.index[fold(capital)]].capital_of, "capital")], found


@given(st.sampled_from(CAPITALS), st.sampled_from(["night markets", "streets", "subway"]))
def test_a_capitals_city_places_are_the_city_beside_an_arms_sale(capital: str, place: str) -> None:
    """The sale in the sentence sends nothing to "Taipei's night markets": they are the city's."""
    text = f"The arms sale was approved as shoppers went back to {capital}'s {place} on Friday."
    kb = default_kb()
    found = [(entity, kind) for surface, entity, kind in links(text) if surface == capital]
    assert found == [(kb.index[fold(capital)], "name")], found


@given(
    st.sampled_from([("Taiwan", "roc-air-force"), ("Japan", "jasdf")]),
    st.sampled_from(["Japan", "Taiwan", "China"]),
)
def test_a_countrys_own_service_is_that_countrys(owner: tuple[str, str], other: str) -> None:
    """ "Taiwan's own Air Force" is Taiwan's, whatever other country the story opens with."""
    country, expected = owner
    text = (
        f"{other} tracked two bombers on Sunday. {country}'s own Air Force flew four sorties "
        "off the east coast the same day."
    )
    assert ("Air Force", expected) in {(surface, entity) for surface, entity, _ in links(text)}


OWNED_BODIES = {  # country -> (foreign ministry, defence ministry) that "its" owns
    "Japan": ("japan-mofa", "japan-mod"),
    "Taiwan": ("taiwan-mofa", "taiwan-mnd"),
    "China": ("china-mfa", "china-mnd"),
    "South Korea": ("sk-mofa", "sk-mnd"),
}


@given(
    st.sampled_from(sorted(OWNED_BODIES)),
    st.sampled_from(["Foreign Ministry", "Ministry of Foreign Affairs"]),
    st.sampled_from(["Defense Ministry", "Ministry of Defense"]),
    st.booleans(),
)
def test_a_body_owned_by_its_is_the_country_of_the_body_before(
    country: str, foreign: str, defence: str, defence_first: bool
) -> None:
    """In "Japan's Foreign Ministry and its Defense Ministry" "its" is Japan, whichever
    ministry comes first and however it is written."""
    first, second = (defence, foreign) if defence_first else (foreign, defence)
    text = (
        f"Envoys met officials from {country}'s {first} and its {second} in Geneva on "
        "Thursday to discuss export rules."
    )
    found = {surface: entity for surface, entity, _ in links(text)}
    expected_foreign, expected_defence = OWNED_BODIES[country]
    assert found.get(foreign) == expected_foreign, found
    assert found.get(defence) == expected_defence, found


def test_a_paper_calling_itself_by_its_last_word_is_the_paper() -> None:
    text = (
        "Two officials in Kaohsiung told the Post on Tuesday that the harbour drill had been "
        "cut short by a typhoon. (South China Morning Post)"
    )
    assert ("Post", "scmp") in {(surface, entity) for surface, entity, _ in links(text)}


@pytest.mark.parametrize(
    "text",
    [
        "PARIS (Agence France-Presse) — The ministry summoned the envoy on Monday, France-Presse "
        "reported.",
        "Agence France-Presse photographed the frigate off Keelung. A coast guard officer told "
        "France-Presse the ship had left by noon.",
    ],
)
def test_an_outlet_named_in_full_is_called_by_its_hyphened_last_word(text: str) -> None:
    """A name's last word is the word as written, hyphen and all: "France-Presse" is the
    Agence France-Presse a story names."""
    assert ("France-Presse", "agence-france-presse") in {(s, e) for s, e, _ in links(text)}


def test_half_of_a_hyphened_last_word_is_not_the_outlet() -> None:
    """ "Presse" alone is no short name of Agence France-Presse ("La Presse" is a paper)."""
    kb = default_kb()
    doc = spacy.blank("en")("He told the Presse so.")
    named = [mention_of(doc[0:1], "agence-france-presse", kb)]
    the_paper = doc.char_span(len("He told "), len("He told the Presse"))
    assert outlet_by_last_word(the_paper, NamedSoFar.of(named, kb).outlets, kb) is None


SHORT_NAMED = sorted(
    e.id for e in default_kb().entities.values() if e.kind == "outlet" and " " in e.name
)


@given(st.sampled_from(SHORT_NAMED), st.sampled_from(SHORT_NAMED))
def test_a_papers_last_word_is_the_paper_only_when_no_other_named_shares_it(
    outlet: str, other: str
) -> None:
    """'the Times' is The Japan Times in its own story, and nobody's in a story that also
    names The New York Times."""
    kb = default_kb()
    word = kb.entities[outlet].name.split()[-1]
    if not word.istitle():
        return
    doc = spacy.blank("en")(f"He told the {word} so.")
    named = [mention_of(doc[0:1], outlet, kb), mention_of(doc[0:1], other, kb)]
    the_paper = doc.char_span(len("He told "), len(f"He told the {word}"))  # "France-Presse"
    found = outlet_by_last_word(the_paper, NamedSoFar.of(named, kb).outlets, kb)
    shared = fold(kb.entities[other].name.split()[-1]) == fold(word) and other != outlet
    assert (found is None) if shared else (found is not None and found.entity_id == outlet)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("A patrol boat circled Kuba-shima before dawn.", "Kuba-shima", "kuba-island"),
        ("Fishermen from Ishigaki landed on Uotsuri-shima in 2012.", "Uotsuri-shima",
         "uotsuri-island"),
        ("The city wants a weather station built on Uotsuri.", "Uotsuri", "uotsuri-island"),
    ],
)  # fmt: skip
def test_an_island_is_named_by_either_romanisation_of_shima_or_by_its_short_name(
    text: str, surface: str, expected: str
) -> None:
    assert (surface, expected, "name") in links(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing sent more warships this week. Calm in the Strait now looks far off.",
         [("Strait", "taiwan-strait", "name")]),
        ("Markets fell.\n\n**Strait.** Five PLAN vessels shadowed a frigate on Monday.",
         [("Strait", "taiwan-strait", "name")]),
        ("The Strait Thunder drills ended on Friday.", []),
        ("Two destroyers sailed through the Miyako Strait. The Strait is 250 km wide.",
         [("Strait", "miyako-strait", "name")]),
    ],
)  # fmt: skip
def test_the_strait_named_nowhere_in_full_is_the_taiwan_strait(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [found for found in links(text) if found[0] == "Strait"] == expected


NAMED_AGAIN = [
    ("Governor Denny Tamaki", "Tamaki", "denny-tamaki"),
    ("Prime Minister Shigeru Ishiba", "Ishiba", "shigeru-ishiba"),
    ("the island of Ishigaki", "Ishigaki", "ishigaki"),
]


@given(st.sampled_from(NAMED_AGAIN), st.integers(min_value=1, max_value=20))
def test_a_name_written_again_less_one_letter_is_the_one_the_article_named(
    case: tuple[str, str, str], position: int
) -> None:
    """A typist's dropped letter ("Tamak", "Ishba") in a name the article has already written
    right is that name, even when the slip is too short for the fuzzy match."""
    full, short, entity = case
    cut = 1 + position % (len(short) - 1)
    typo = short[:cut] + short[cut + 1 :]
    text = f"Officials met {full} on Monday. Later, {typo} said the visit had gone well."
    found = [e for surface, e, _ in links(text) if surface == typo]
    assert found == [entity], (typo, links(text))


@given(
    st.sampled_from([
        ("President Lai Ching-te", "Lai", "lai-ching-te"),
        ("Prime Minister Shigeru Ishiba", "Ishiba", "shigeru-ishiba"),
        ("Governor Denny Tamaki", "Tamaki", "denny-tamaki"),
    ]),
    st.sampled_from(["Pacific tour", "Europe visit", "National Day address", "Guam stopover",
                     "New Year remarks", "Washington trip"]),
    st.booleans(),
)  # fmt: skip
def test_a_family_name_the_ner_runs_into_the_next_capitals_is_the_person(
    case: tuple[str, str, str], after: str, possessive: bool
) -> None:
    """A headline's "Lai Pacific tour" or "Ishiba's Europe visit" is the person the story names
    in full, whatever the NER makes of the capitals after the family name."""
    full, family, entity = case
    written = f"{family}'s" if possessive else family
    text = (
        f"Beijing steps up patrols ahead of {written} {after}\n\n"
        f"{full} will leave on Monday, officials said."
    )
    heading = [e for surface, e, _ in links(text) if surface.startswith(family)][:1]
    assert heading == [entity], links(text)


def _jima_islands() -> list[tuple[str, str, str]]:
    """(name, stem, id) of the islands the knowledge base also knows as "<stem>jima/shima"."""
    kb = default_kb()
    found = []
    for entry in kb.entities.values():
        for alias in entry.aliases:
            stem = re.sub(r"(jima|shima)$", "", alias)
            if stem != alias and stem.isalpha() and " " not in stem and not kb.lookup(fold(stem)):
                found.append((entry.name, stem, entry.id))
    return sorted(found)


@given(st.sampled_from(_jima_islands()))
def test_an_island_named_in_full_answers_to_its_stem(island: tuple[str, str, str]) -> None:
    name, stem, entity = island
    text = f"A frigate anchored off {name} on Friday. Helicopters later flew east of {stem}."
    assert [e for surface, e, _ in links(text) if surface == stem] == [entity], links(text)


# --- blind-20 to blind-22 (branch link21) ---


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The communist military sent 14 jets and six warships toward the island on Sunday.",
         "communist military", "pla"),
        ("Analysts say the communist army is rehearsing a blockade.", "communist army", "pla"),
        ("The national army raised its alert level after the launches.", "national army",
         "roc-armed-forces"),
    ],
)  # fmt: skip
def test_the_taiwan_press_translations_of_the_two_armies_are_the_armies(
    text: str, surface: str, expected: str
) -> None:
    """Taiwan's Chinese-language press writes 共軍 and 國軍; its English editions translate them
    word for word as "the communist military" and "the national army"."""
    assert [e for s, e, _ in links(text) if s == surface] == [expected], links(text)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("A spokesman for the Embassy of the People's Republic of China in Japan rejected the "
         "report.", "Embassy of the People's Republic of China in Japan", "china-embassy-japan"),
        ("Staff at the Embassy of Japan in Beijing were told to stay indoors.",
         "Embassy of Japan in Beijing", "embassy-of-japan-in-china"),
        ("The House Select Committee on the Strategic Competition Between the United States and "
         "the Chinese Communist Party held a hearing.", "House Select Committee on the Strategic "
         "Competition Between the United States and the Chinese Communist Party",
         "house-china-committee"),
    ],
)  # fmt: skip
def test_an_official_full_name_is_the_body(text: str, surface: str, expected: str) -> None:
    """The names embassies and committees give themselves on their letterheads."""
    assert [e for s, e, _ in links(text) if s == surface] == [expected], links(text)


@given(st.text(alphabet=" \nab.", max_size=40))
def test_the_headline_ends_where_the_first_line_after_the_leading_space_ends(text: str) -> None:
    """`headline_end` is read once an article; a mention is in the headline exactly when no
    line break stands between the text's first word and the mention."""
    from monitor.nlp.english import headline_end

    doc = spacy.blank("en")(text)
    for start in range(len(text) + 1):
        in_headline = "\n" not in text[:start].strip()
        assert (start <= headline_end(doc)) == in_headline, (text, start)


# Development round on blind-20 to blind-22 (linking)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Two frigates loitered near the centerline for most of Sunday.", "centerline",
         "median-line"),
        ("The jets stayed east of the centreline, the ministry in Taipei said.", "centreline",
         "median-line"),
        ("Manila and Canberra said the patrol upheld freedoms of navigation in the region.",
         "freedoms of navigation", "freedom-of-navigation"),
        ("Officials signed two memorandums of understanding on coast guard training.",
         "memorandums of understanding", "memorandum-of-understanding"),
    ],
)  # fmt: skip
def test_a_common_noun_closed_up_or_with_a_plural_head_is_the_term(
    text: str, surface: str, expected: str
) -> None:
    """Copy closes a common noun's two words up ("centerline") and puts the head of an
    of-phrase in the plural ("freedoms of navigation"): still the one term."""
    assert (surface, expected, "name") in links(text)


@given(
    st.sampled_from(
        [("CHINESE", "china"), ("JAPANESE", "japan"), ("FILIPINOS", "philippines"),
         ("AMERICANS", "united-states")]
    ),
    st.sampled_from(["CREWS WATCH THE DRILLS", "JETS CIRCLE THE ISLAND", "SHIPS LEAVE PORT"]),
)  # fmt: skip
def test_a_nationality_word_in_capitals_is_its_country(word: tuple[str, str], rest: str) -> None:
    """Headlines and transcripts write nationality words in capitals: 'CHINESE JETS CIRCLE
    THE ISLAND' names China as 'Chinese jets' does."""
    surface, country = word
    assert (surface, country, "demonym") in links(f"{surface} {rest}\n\nMore below.")


@given(st.sampled_from(["-", "–", "—", "--"]), st.sampled_from(["Work", "Talks", "Ground"]))
def test_a_section_heading_set_off_by_a_dash_is_its_country(dash: str, word: str) -> None:
    """'JAPAN - Work began ...' heads a roundup's item: the country, not one name running past
    the dash into the first word of the item."""
    text = f"Weekly roundup\n\nJAPAN {dash} {word} began on Friday at a new plant in Kumamoto."
    assert ("JAPAN", "japan", "name") in links(text)


# Second development round on blind-20 to blind-22 (linking)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chip exports rose in May, Taiwan's Economics Ministry said on Friday.", "taiwan-moea"),
        ("Subsidies for two plants were approved, Japan's Economics Ministry said.", "meti"),
    ],
)
def test_the_economics_ministry_is_the_economy_ministry_of_its_country(
    text: str, expected: str
) -> None:
    """'Economics Ministry' is the same body as the 'Economy Ministry', whose the country
    before it says."""
    assert ("Economics Ministry", expected, "name") in links(text)


# --- linkI: an agency's dateline closed by a full stop and its slashed or capital credit ---
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("SEOUL, November 3. /TASS/. The Foreign Ministry urged restraint on Monday.",
         "SEOUL", "seoul"),
        ("BEIJING/TOKYO, 3 November. /TASS/. Both capitals reported talks.", "TOKYO", "tokyo"),
        ("MANILA. KAZINFORM – The coast guard said a survey ship had left the reef.",
         "MANILA", "manila"),
    ],
)  # fmt: skip
def test_an_agency_dateline_credited_between_slashes_or_in_capitals_is_the_city(
    text: str, surface: str, expected: str
) -> None:
    assert (surface, expected, "name") in links(text)


def test_an_agency_dateline_gives_the_generic_bodies_its_country() -> None:
    text = "TOKYO, May 8. /TASS/. The Defense Ministry said on Friday that a destroyer had left."
    assert ("Defense Ministry", "japan-mod", "name") in links(text)


# --- linkI: a title-case dateline run into the paragraph after a sentence's end ---
def test_a_title_case_dateline_after_a_sentences_end_is_the_city() -> None:
    text = (
        "The ferry resumed on Monday, the paper reported. Seoul, Feb. 3 (Yonhap) -- Officials "
        "said the route would reopen in spring."
    )
    assert ("Seoul", "seoul", "name") in links(text)


def test_a_capital_that_opens_a_sentence_after_another_still_acts() -> None:
    text = "Talks ended on Monday. Seoul (the government) said it would respond later."
    assert ("Seoul", "south-korea", "capital") in links(text)


# --- linkJ: the Yellow Sea by its South Korean name, "West Sea" ---
def test_the_west_sea_of_korean_usage_is_the_yellow_sea() -> None:
    text = (
        "Chinese survey ships lingered near the Korean West Sea border on Sunday, and a patrol "
        "boat shadowed them across the West Sea until dusk."
    )
    found = {(surface, entity_id) for surface, entity_id, _ in links(text)}
    assert {("Korean West Sea", "yellow-sea"), ("West Sea", "yellow-sea")} <= found


# --- linkL: airports by their short names (Narita, "Taipei Songshan") ---
def test_an_airport_by_its_short_name_is_the_airport() -> None:
    text = (
        "Starlux moved its Narita service to the evening, and a second daily run from "
        "Taipei Songshan starts in April."
    )
    found = {(surface, entity_id) for surface, entity_id, _ in links(text)}
    assert {("Narita", "narita-airport"), ("Taipei Songshan", "songshan-airport")} <= found


# --- linkL: a city named for its airport where a flight goes ---
@pytest.mark.parametrize(
    "text",
    [
        "The minister landed at Taoyuan aboard a China Airlines flight late on Friday.",
        "Peach plans a nightly Osaka–Taoyuan flight for the summer season.",
        "Evening arrivals were diverted, but departures from Taoyuan kept to the timetable.",
    ],
)
def test_a_city_where_a_flight_goes_is_its_airport(text: str) -> None:
    assert ("Taoyuan", "taoyuan-airport") in {(s, e) for s, e, _ in links(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Army engineers rehearsed a river crossing in Taoyuan on Thursday.",
        "Flights between Kagoshima and Taoyuan resumed after the typhoon.",
        "A balloon drifted toward Taoyuan before the morning flights took off.",
    ],
)
def test_the_city_stays_the_city_where_no_flight_goes_to_it(text: str) -> None:
    assert ("Taoyuan", "taoyuan-airport") not in {(s, e) for s, e, _ in links(text)}


def test_a_city_with_no_airport_of_its_name_stays_the_city_beside_one() -> None:
    text = "The airline said services to Taoyuan and Kaohsiung would run as planned."
    found = {(s, e) for s, e, _ in links(text)}
    assert {("Taoyuan", "taoyuan-airport"), ("Kaohsiung", "kaohsiung")} <= found


# --- linkM: a bare "Strait" modifying a noun, or inside an unlinked phrase ---
@pytest.mark.parametrize(
    "text",
    [
        "Foundry shares slip on Strait nerves\n\nInvestors sold chip stocks on Monday.",
        "Strait roundup: drills, ferries and a typhoon\n\nThree stories from the week.",
        "Memory prices, and a note on the Strait\n\nSpot prices rose 2% on the week.",
        "Shipping notes — the Strait paragraph\n\nFreight rates held steady.",
    ],
)
def test_a_bare_strait_in_a_headline_is_the_taiwan_strait(text: str) -> None:
    assert ("Strait", "taiwan-strait", "name") in links(text)


# --- linkAE: a headline drops the article before "Strait"; a dateline's dash sets it in ---
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ferries wait as drones hover over Strait\n\nThe ministry said on Monday.", "Strait"),
        ("Freight notes\n\nSTRAIT — Coast guard cutters shadowed two ships on Monday.", "STRAIT"),
    ],
)
def test_a_strait_whose_article_a_headline_drops_is_the_taiwan_strait(
    text: str, surface: str
) -> None:
    assert (surface, "taiwan-strait", "name") in links(text)


@pytest.mark.parametrize(
    "text",
    [
        "Swimmers cross Strait of Dover in record time\n\nThe pair landed at noon.",
        # a newsletter's section label in capitals, which writers leave unlabelled
        "Evening notes\n\nSTRAIT. The MND reported 12 aircraft on Monday.",
    ],
)
def test_a_strait_named_in_full_or_labelling_a_section_is_not_the_taiwan_strait(
    text: str,
) -> None:
    assert all(entity != "taiwan-strait" for _, entity, _ in links(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bering Strait crossings rose this summer, the agency said.",
        "Tankers queued as Hormuz Strait traffic slowed on Monday.",
        "Students praised cross-Strait exchanges at the Xiamen forum on Sunday.",
        "Evening brief: Strait watch, rice prices\n\nSTRAIT WATCH — Five ships sailed past.",
    ],
)
def test_a_strait_named_joined_or_heading_a_section_is_not_the_taiwan_strait(text: str) -> None:
    assert all(entity != "taiwan-strait" for _, entity, _ in links(text))


# --- linkP: a place named with its local-government unit is the place ---
@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("Schools in Keelung City stayed shut on Friday as the typhoon passed.", "Keelung City",
         "keelung"),
        ("Ferries from Su'ao Township to Hualien County were cancelled for the weekend.",
         "Hualien County", "hualien"),
        ("Lienchiang County Mayor Lee Wen-pin opened the new pier on Thursday.",
         "Lienchiang County", "matsu"),
    ],
)  # fmt: skip
def test_a_place_named_with_its_county_township_or_city_is_the_place(
    text: str, surface: str, place: str
) -> None:
    assert (surface, place, "name") in links(text)


@pytest.mark.parametrize(
    "text",
    [
        "Flights to Mexico City resumed on Monday.",
        "The Hualien County Government opened three shelters on Monday.",
    ],
)
def test_a_state_or_a_local_body_is_not_its_place(text: str) -> None:
    found = {entity for _, entity, _ in links(text)}
    assert not found & {"mexico", "hualien"}


# --- linkY: a capital read by how the sentence uses it ---
def test_a_capital_left_for_or_housing_a_firms_office_is_the_city() -> None:
    text = (
        "Seoul protested the drills. The trade mission sets off for Seoul next week, and a "
        "shipping firm said its Seoul headquarters had approved the plan."
    )
    links = [(m.text, m.entity_id) for m in mentions(text) if m.text == "Seoul"]
    assert links == [
        ("Seoul", "south-korea"),
        ("Seoul", "seoul"),
        ("Seoul", "seoul"),
    ]


def test_a_programme_note_of_where_an_event_is_held_is_the_city() -> None:
    text = "Beijing criticised the forum.\n\nSchedule\n・June 3: Forum on supply chains (Beijing, hybrid format)"
    links = [m.entity_id for m in mentions(text) if m.text == "Beijing"]
    assert links == ["china", "beijing"]


# --- linkAB: capitals of New Zealand and the EU's seat act; a capital before a family name is the person ---
def test_wellington_and_brussels_act_for_new_zealand_and_the_eu() -> None:
    text = (
        "Wellington summoned the Chinese envoy after the drill, and Brussels said it would "
        "raise the matter at the next summit."
    )
    found = [
        (m.text, m.entity_id, m.kind)
        for m in mentions(text)
        if m.text in ("Wellington", "Brussels")
    ]
    assert found == [("Wellington", "new-zealand", "capital"), ("Brussels", "eu", "capital")]


@pytest.mark.parametrize("family", ["Koo", "Ku", "Ko"])
def test_a_capital_before_a_family_name_is_the_person_not_the_country(family: str) -> None:
    text = f"Taiwan's defence minister, Wellington {family}, inspected a radar site on Penghu on Friday."
    found = {m.entity_id for m in mentions(text)}
    assert "new-zealand" not in found and "wellington" not in found, found


# --- linkAB: officials and ministers sent by a government; a correspondent's or a clock's city ---
def test_officials_and_ministers_from_a_capital_are_its_government() -> None:
    text = (
        "Three ministers from Canberra joined the drill's closing session, and officials "
        "from Seoul chaired it."
    )
    found = [(m.text, m.entity_id) for m in mentions(text) if m.text in ("Canberra", "Seoul")]
    assert found == [("Canberra", "australia"), ("Seoul", "south-korea")]


def test_a_correspondent_or_a_clock_time_before_a_capital_is_the_city() -> None:
    text = (
        "09:45 Manila (0145 GMT)\nThe coast guard reported two ships.\n\n"
        "10:10 — Our Seoul correspondent says the ministry has called a briefing."
    )
    found = [(m.text, m.entity_id) for m in mentions(text) if m.text in ("Manila", "Seoul")]
    assert found == [("Manila", "manila"), ("Seoul", "seoul")]


def test_a_country_closing_a_span_read_too_long_still_owns_the_body() -> None:
    # A quote-post's "QT Japan's Ministry of Defense": the model reads "QT Japan's" as one
    # name, and a report of PLA aircraft around Taiwan later in the thread must not make the
    # ministry Taiwan's.
    text = (
        'QT Japan\'s Ministry of Defense: "North Korea launched ballistic missiles today."\n\n'
        "for the people asking about Taiwan: MND's morning report had 6 PLA aircraft and 5 ships."
    )
    found = {surface: entity for surface, entity, _ in links(text)}
    assert found["Ministry of Defense"] == "japan-mod"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Washington notified Congress of the Harpoon Coastal Defense System and MQ-9B.\n\n"
         "Background", "MQ-9B", "mq-9b"),
        ("Tokyo says its position, as set out in the 1972 Japan–China Joint Communiqué, is "
         "unchanged.", "Japan–China Joint Communiqué", "japan-china-joint-communique"),
    ],
)  # fmt: skip
def test_a_name_closing_a_sentence_or_dashed_in_a_title_is_still_its_name(
    text: str, surface: str, expected: str
) -> None:
    assert (surface, expected, "name") in links(text)


def test_a_lower_case_agreement_keeps_the_dash_its_entry_writes() -> None:
    found = {
        entity for _, entity, _ in links("Fishers cited the Taiwan–Japan fisheries agreement.")
    }
    assert "japan-taiwan-fishery-agreement" not in found


DESIGNATORS = sorted(
    (written, entry.id)
    for entry in default_kb().entities.values()
    if entry.type == "EQUIPMENT"
    for written in (entry.name, *entry.aliases)
    if re.fullmatch(r"[A-Z]{1,4}-\d+[A-Z]{1,3}", written)
)


@given(st.sampled_from(DESIGNATORS), st.sampled_from(["\n\nBackground", " Tokyo said so."]))
def test_a_type_closing_a_sentence_is_its_type(designator: tuple[str, str], rest: str) -> None:
    """The full stop after a type's closing letter is the sentence's, not the name's."""
    written, entity = designator
    assert (written, entity, "name") in links(f"The sale includes the {written}.{rest}")
