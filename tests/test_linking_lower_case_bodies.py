"""Lower-case generic bodies ("coast guard", "defence ministry") in travel and NGO copy: named
as the body when a verb, a time word or the ministry's own report follows, and left alone as a
modifier of ships."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions


def linked(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in mentions(text, "2025-10-01") if m.text == surface]


TAIPEI = "TAIPEI (CNA) — "
TOKYO = "TOKYO (Kyodo) — "


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (TAIPEI + "Our boat lost two days when the coast guard closed the waters west of Huazhai.",
         "coast guard", "taiwan-coast-guard"),
        (TOKYO + "Tourists would leave by ferry, with the Self-Defense Forces and the coast guard "
         "used only as a last resort.", "coast guard", "japan-coast-guard"),
        (TOKYO + "The town will lengthen the runway so the Self-Defense Forces and coast guard "
         "can use it.", "coast guard", "japan-coast-guard"),
        (TAIPEI + "The numbers, from Taiwan's defence ministry this morning: 58 Chinese aircraft "
         "were detected around Taiwan.", "defence ministry", "taiwan-mnd"),
        (TAIPEI + "This morning's defence ministry report came through on a fisherman's phone: "
         "12 J-16 fighters entered the ADIZ.", "defence ministry", "taiwan-mnd"),
    ],
)  # fmt: skip
def test_a_lower_case_body_that_acts_or_reports_is_linked(
    text: str, surface: str, entity: str
) -> None:
    assert linked(text, surface) == [entity]


def test_a_coast_guard_that_only_qualifies_ships_stays_a_common_noun() -> None:
    text = TAIPEI + "Two Chinese coast guard ships entered restricted waters off Kinmen."
    assert linked(text, "coast guard") == []


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["closed", "warned", "used", "ordered", "boarded", "escorted"]))
def test_any_past_verb_after_the_coast_guard_makes_it_the_body(verb: str) -> None:
    text = TOKYO + f"Near the Senkakus, the coast guard {verb} a fishing boat on Monday."
    assert linked(text, "coast guard") == ["japan-coast-guard"]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["ships", "vessels", "cutters", "boats"]))
def test_a_noun_after_the_coast_guard_leaves_it_a_modifier(noun: str) -> None:
    text = TOKYO + f"On Monday the Chinese coast guard {noun} sailed near the Senkakus."
    assert linked(text, "coast guard") == []


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Taiwan's", "the island's"]),
    st.sampled_from([
        "publishes a report", "began publishing daily figures", "counts 19 aircraft",
        "releases its figures", "found five balloons", "logs the PLA's flights",
        "reported, last week, 12 drones", "kept publishing its figures", "counts only ships",
    ]),
)  # fmt: skip
def test_an_owned_ministry_before_its_verb_and_object_is_the_body(owner: str, act: str) -> None:
    # The verb read by its shape, not from a list: a present, a participle or an irregular past
    # that takes an object.
    text = TAIPEI + f"Every morning {owner} defence ministry {act} on Chinese activity."
    assert linked(text, "defence ministry") == ["taiwan-mnd"]


@pytest.mark.parametrize("count", ["18 Chinese aircraft", "just three PLA aircraft"])
def test_a_ministry_reporting_a_count_in_a_with_clause_is_the_body(count: str) -> None:
    text = (
        TAIPEI + "Beijing kept up the pressure over the weekend, with the island's defence "
        f"ministry reporting {count} and six navy ships."
    )
    assert linked(text, "defence ministry") == ["taiwan-mnd"]


def test_a_ministry_before_a_time_word_is_the_body() -> None:
    text = TAIPEI + "Taiwan's defense ministry last week reported a Chinese carrier group."
    assert linked(text, "defense ministry") == ["taiwan-mnd"]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["officials", "sources", "briefings", "planners"]))
def test_a_noun_an_owned_ministry_modifies_leaves_it_a_modifier(noun: str) -> None:
    text = TOKYO + f"Japan's defence ministry {noun} on Monday described the flights as unusual."
    assert linked(text, "defence ministry") == []


def test_a_ministry_named_above_the_counts_it_lists_is_taiwans() -> None:
    # A newsletter names the ministry in a line of its own and lists its counts below it.
    text = (
        "The week in brief: seven days of ministry reports\n\n"
        "The Ministry of National Defense's daily reports for the past week, with our notes.\n\n"
        "• Wednesday: 21 PLA aircraft, 7 PLAN ships and 1 official ship around Taiwan."
    )
    assert linked(text, "Ministry of National Defense") == ["taiwan-mnd"]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (TOKYO + "The paper's editorial argues that the coast guard needs more large patrol "
         "vessels.", "japan-coast-guard"),
        (TOKYO + "The Defense Ministry and the coast guard drew up a manual last year.",
         "japan-coast-guard"),
        ('ISHIGAKI, Okinawa — "Tourists come for the reefs," he said. "The coast guard handles '
         'the Senkakus."', "japan-coast-guard"),
        (TAIPEI + "Officials said the coast guard keeps a cutter off Kinmen every night.",
         "taiwan-coast-guard"),
    ],
)  # fmt: skip
def test_a_coast_guard_followed_by_its_verb_and_object_is_the_body(text: str, entity: str) -> None:
    assert linked(text, "coast guard") == [entity]


def test_coast_guard_craft_before_their_hull_numbers_stay_a_modifier() -> None:
    text = TOKYO + "The coast guard ships 2901 and 2902 shadowed the Chinese vessels."
    assert linked(text, "coast guard") == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Semester starts in Taipei as defence ministry logs 32 aircraft\n\n" + TAIPEI
         + "Students returned on Monday. The Ministry of National Defense reported 32 aircraft.",
         "taiwan-mnd"),
        ("The most-read prose in Taiwan is a defence ministry bulletin. Writers have noticed.\n\n"
         + TAIPEI + "Every morning the Ministry of National Defense posts its report.",
         "taiwan-mnd"),
        ("Ferry drill goes ahead as coast guard tracks Chinese ships\n\n" + TOKYO
         + "The Japan Coast Guard said four ships sailed in the contiguous zone.",
         "japan-coast-guard"),
    ],
)  # fmt: skip
def test_a_headline_drops_the_article_a_lower_case_body_takes(text: str, entity: str) -> None:
    surface = "defence ministry" if "ministry" in text.split("\n")[0] else "coast guard"
    assert linked(text, surface)[:1] == [entity]


def test_a_lede_without_a_title_still_wants_its_article() -> None:
    text = "Officials said defence ministry budgets would rise.\nThe Cabinet agreed on Monday."
    assert linked(text, "defence ministry") == []


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            TAIPEI + "Pharmacies restocked insulin after the health ministry asked them to hold "
            "60 days of supplies.",
            "health ministry",
            "taiwan-ministry-of-health-and-welfare",
        ),
        (
            TAIPEI + "The economic ministry said chip exports rose 12 percent in May.",
            "economic ministry",
            "taiwan-moea",
        ),
        (
            TOKYO + "The economic ministry said it would subsidise two new chip plants.",
            "economic ministry",
            "meti",
        ),
    ],
)
def test_a_health_or_economic_ministry_is_the_home_countrys(
    text: str, surface: str, entity: str
) -> None:
    assert linked(text, surface) == [entity]


def test_a_health_ministry_of_a_country_the_knowledge_base_lacks_stays_unlinked() -> None:
    assert (
        linked(TOKYO + "The health ministry reported 40 new measles cases.", "health ministry")
        == []
    )


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (TAIPEI + "We still see the sand dredgers that the coast guard chases away.",
         "taiwan-coast-guard"),
        (TOKYO + "Fishers know the survey ships the coast guard waves away each spring.",
         "japan-coast-guard"),
    ],
)  # fmt: skip
def test_a_coast_guard_before_its_verb_and_away_is_the_body(text: str, entity: str) -> None:
    """linkAB: "chases away" is a verb with its object moved before it, not a noun."""
    assert linked(text, "coast guard") == [entity]


def test_a_coast_guard_before_its_patrols_off_an_island_stays_a_modifier() -> None:
    """linkAB: "off" after a noun opens a place, so "coast guard patrols" stays a modifier."""
    assert (
        linked(TAIPEI + "The coast guard patrols off the islet were doubled.", "coast guard") == []
    )
