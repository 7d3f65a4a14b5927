"""Classes of English linking earlier rounds left, from the real pipeline: a generic body with
a usual reading is the one of the government its story is about; a capital a speaker calls from
or travellers choose is the city; a time closing one paragraph is no clock of the capital opening
the next; a capital's verb or "to" is no market desk's commodity; a family name alone in a
sentence set a generation back is the bearer in office then.

Each case is written for these tests in the shapes the blind sets showed monitor reading wrongly.
"""

import pytest

from monitor.nlp.kb import default_kb
from monitor.nlp.mention import Mention
from monitor.nlp.sole_bodies import governing_country
from tests.linking_helpers import assert_links, linked_surfaces

JAPANESE_BUDGET_FROM_BEIJING = (
    "Japan's Ministry of Defense has requested a record 8.8 trillion yen, a move Chinese experts "
    "say signals Tokyo's intention to intervene in the Taiwan question.\n\n"
    "The request, submitted to the Ministry of Finance late last month, includes money for "
    "Tomahawk missiles. Defense Minister Gen Nakatani said the budget was needed.\n\n"
    "The Joint Staff said Air Self-Defense Force jets were scrambled 218 times. Lai Ching-te's "
    "office called Japan a partner. Okinawa Governor Denny Tamaki has also expressed concern. "
    "(Global Times)"
)
DIET_RESEARCH_BRIEF = (
    "Bringing Forward the Revision of the Security Documents: Points at Issue\n\n"
    "1. Prime Minister Sanae Takaichi has instructed that the revision be completed by 2026.\n"
    "2. The Ministry of Defense has begun examining priorities. Defense Minister Shinjiro "
    "Koizumi told the House of Representatives that the review would not be bound by targets.\n"
    "3. The Ministry of Finance has warned that defense-related spending cannot be sustained "
    "without new revenue measures."
)
TAIWANESE_TRADE_NOTE = (
    "Premier Cho Jung-tai told the Legislative Yuan on Tuesday that tariffs would be reviewed.\n\n"
    "The Ministry of Finance said exports rose 34 percent in November, and the Mainland Affairs "
    "Council said cross-strait trade was shrinking."
)


JAPANESE_PODCAST_NOTES = (
    "This Week in Japan: Relief for Taitung, a Diet Fight Over Rice\n\n"
    "In this episode:\n"
    "– After the earthquake near Taitung, the Foreign Ministry said it would send relief "
    "supplies to Taiwan, and Chief Cabinet Secretary Yoshimasa Hayashi thanked donors.\n"
    "– In the Diet, Agriculture Minister Shinjiro Koizumi defended the rice release."
)
PLA_DRILL_REVIEW = (
    "Chapter 1: Strategic Environment\n\n"
    "The People's Liberation Army and its Eastern Theater Command staged Strait Thunder, and the "
    "China Coast Guard patrolled off Kinmen while the PLA Navy and Rocket Force drilled.\n\n"
    "The Ministry of National Defense will therefore build a resilient force."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the government whose people and bodies the story names, wherever it was written
        (JAPANESE_BUDGET_FROM_BEIJING, {"Ministry of Finance": ("japan-mof", "name")}),
        (DIET_RESEARCH_BRIEF, {"Ministry of Finance": ("japan-mof", "name")}),
        (TAIWANESE_TRADE_NOTE, {"Ministry of Finance": ("taiwan-mof", "name")}),
        # a body no rule decided, in a story of one government's people
        (JAPANESE_PODCAST_NOTES, {"Foreign Ministry": ("japan-mofa", "name")}),
        # a story that names no government's people keeps the usual reading
        ("The application will be filed with the Ministry of Finance, the company said.",
         {"Ministry of Finance": ("taiwan-mof", "name")}),
        # a dateline still decides first
        ("TAIPEI (CNA) — Ishiba's cabinet and Japan's Ministry of Defense were briefed, and the "
         "Ministry of Finance said exports rose.", {"Ministry of Finance": ("taiwan-mof", "name")}),
    ],
)  # fmt: skip
def test_a_generic_body_is_the_government_its_story_names(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)


def test_forces_a_story_watches_say_nothing_of_whose_it_is() -> None:
    """China's commands and fleets, named as what a drill review watches, do not make the
    review's ministry the PLA's."""
    found = linked_surfaces(PLA_DRILL_REVIEW).get("Ministry of National Defense")
    assert found is None or found[0] != "china-mnd", found


def _named(*entity_ids: str) -> list[Mention]:
    kb = default_kb()
    return [
        Mention(entity_id, kb.entities[entity_id].type, entity_id, entity_id, 0, 1, True)
        for entity_id in entity_ids
    ]


TAIWANESE_OFFICIALS = _named(
    "lai-ching-te", "lin-chia-lung", "c-c-wei", "taiwan-presidential-office", "tsmc", "taiwan"
)


@pytest.mark.parametrize(
    ("written", "countries", "mentions_", "expected"),
    [
        # a story of Taiwan's officials: its ministries are Taiwan's
        ("Ministry of Finance", {"taiwan", "japan"}, TAIWANESE_OFFICIALS, "taiwan"),
        # states have legislatures too (an Arizona governor's trade story)
        ("Legislature", {"taiwan", "united-states"}, TAIWANESE_OFFICIALS, None),
        # forces are watched abroad ("the balloon the Air Force shot down off South Carolina")
        ("Air Force", {"taiwan", "united-states"}, TAIWANESE_OFFICIALS, None),
        # firms are no government: two people and a chipmaker set no story's subject
        ("Ministry of Finance", {"taiwan", "japan"}, _named("lai-ching-te", "tsmc", "c-c-wei"),
         None),
    ],
)  # fmt: skip
def test_whose_story_it_is(
    written: str, countries: set[str | None], mentions_: list[Mention], expected: str | None
) -> None:
    assert governing_country(written, countries, mentions_, default_kb()) == expected


def test_a_common_noun_is_no_governments_body() -> None:
    """'The military' is used of whichever country a sentence is about: the story's government
    does not make it that government's armed forces."""
    text = (
        "POLITICS | KMT unveils new ad campaign\n"
        "The KMT yesterday unveiled a campaign. President Lai Ching-te, Premier Cho Jung-tai and "
        "the Mainland Affairs Council said little.\n"
        "[Photo caption: A balloon tracked by the military, in a ministry handout.]"
    )
    assert "military" not in linked_surfaces(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We do not read too much into one weekend," a Taiwanese official told Rappler by '
         "phone from Taipei.", {"Taipei": ("taipei", "name")}),
        ('"We are connected," Ocean Affairs Council Minister Kuan Bi-ling said by video link '
         "from Taipei.", {"Taipei": ("taipei", "name")}),
        ("A former official of Japan's Ministry of Defense, speaking by video from Tokyo, said "
         "analysts discount the adjectives.", {"Tokyo": ("tokyo", "name")}),
        ("Speaking from Tokyo, the minister said the talks would go on.",
         {"Tokyo": ("tokyo", "name")}),
        # what arrives by telephone with no speaker comes from the government
        ("In 1996 the information arrived by telephone from Washington.",
         {"Washington": ("united-states", "capital")}),
        ("Beijing protested to Tokyo on Monday.", {"Tokyo": ("japan", "capital")}),
    ],
)  # fmt: skip
def test_a_capital_a_speaker_speaks_from(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials in Taipei say young Japanese travellers, who now favour Seoul and Bangkok, "
         "are the gap to close.", {"Seoul": ("seoul", "name"), "Bangkok": ("bangkok", "name")}),
        ("Many Japanese travelers uneasy about the mood in China are choosing Taipei and Seoul "
         "for year-end trips, one agent said.",
         {"Taipei": ("taipei", "name"), "Seoul": ("seoul", "name")}),
        # governments choose governments
        ("Singapore's foreign minister said Asean did not want to be forced to choose between "
         "Washington and Beijing.",
         {"Washington": ("united-states", "capital"), "Beijing": ("china", "capital")}),
    ],
)  # fmt: skip
def test_capitals_travellers_choose(text: str, expected: dict[str, tuple[str, str] | None]) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb or a "to" between the capital and "exchanges": the government's wish
        ("U.S. officials said the talks had covered maritime safety, and that Washington wanted "
         "regular exchanges at all levels.", {"Washington": ("united-states", "capital")}),
        ("Keiji Furuya said the group would push Tokyo to expand exchanges with Taiwan's defence "
         "officials.", {"Tokyo": ("japan", "capital")}),
        # what the city's desks trade
        ("Tokyo crypto desks were quiet on Monday.", {"Tokyo": ("tokyo", "name")}),
        ("Taipei bond traders sold after the drills.", {"Taipei": ("taipei", "name")}),
        # a time closing the paragraph before is no clock of the capital
        ("The cutters shadowed the vessels until they left at about 10:30 a.m.\n\nBeijing began "
         "the patrols after two fishermen died.", {"Beijing": ("china", "capital")}),
        ("The briefing starts at 2 p.m. Taipei (GMT+8).", {"Taipei": ("taipei", "name")}),
        ("Weather · 7:00\nTokyo: Sunny, high of 17°C", {"Tokyo": ("tokyo", "name")}),
    ],
)  # fmt: skip
def test_clauses_after_a_capital(text: str, expected: dict[str, tuple[str, str] | None]) -> None:
    assert_links(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"What Mao wanted in August 1958 is still argued about," said a historian of the crisis '
         "in China.", {"Mao": ("mao-zedong", "name")}),
        ("Chiang ordered the Kinmen garrison reinforced in 1958, Taiwan's archives show.",
         {"Chiang": ("chiang-kai-shek", "name")}),
        # a year of today's news, or the name borne in full by the article's speaker
        ("In a 2024 briefing, Mao said China would respond.", {"Mao": ("person:mao", "name")}),
        ("Foreign Ministry spokeswoman Mao Ning spoke in Beijing. Mao said the 1958 crisis was "
         "long past.", {"Mao": ("mao-ning", "name")}),
    ],
)  # fmt: skip
def test_a_family_name_in_a_sentence_set_in_the_past(
    text: str, expected: dict[str, tuple[str, str] | None]
) -> None:
    assert_links(text, expected)
