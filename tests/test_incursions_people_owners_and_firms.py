"""Counts whose craft are no China's craft or none at all, and a share whose owner names them
(blind-141): a number measuring people ("its crews of about 140 were working normal shifts")
counts no craft, whatever was named before it; a count that names no craft and reaches no zone
takes none from an earlier paragraph; "four of the service's ships" is a share of the owner's
ships, as "four of its ships" is; and "Wan Hai said three of its vessels" counts a firm's
ships. Real spaCy model and the real pipeline, as a user's article is read."""

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from incursion_helpers import around_taiwan, facts_at

THURSDAY = datetime(2025, 7, 10, 2, 30, tzinfo=UTC)
REPORT = (
    "Taiwan counted 31 sorties by Chinese military aircraft and six navy vessels around the "
    "island in the 24 hours to 6 a.m. Thursday, the Ministry of National Defense said. The "
    "armed forces monitored the situation and employed CAP aircraft, Navy vessels and "
    "land-based missile systems in response."
)
REPORTED = [
    around_taiwan(6, "navy vessels", "2025-07-10"),
    around_taiwan(31, "aircraft", "2025-07-10"),
]

BODIES = ["crews", "crew", "staff", "workforce", "team", "cleaners", "employees"]
MEASURES = ["of", "numbered", "totalled"]
HEDGES = ["", "about ", "some ", "nearly ", "more than ", "as many as "]
COUNTS = ["140", "eighty", "26", "212"]


@given(
    body=st.sampled_from(BODIES),
    measure=st.sampled_from(MEASURES),
    hedge=st.sampled_from(HEDGES),
    count=st.sampled_from(COUNTS),
    apart=st.sampled_from([" ", "\n\n"]),
)
def test_a_number_measuring_people_counts_no_craft(
    body: str, measure: str, hedge: str, count: str, apart: str
) -> None:
    people = f"Harbour Clean Co. said its {body} {measure} {hedge}{count} were on duty as usual."
    assert facts_at(REPORT + apart + people, THURSDAY) == REPORTED


@given(
    count=st.sampled_from(["About 140", "Some 60", "Twelve", "Nearly 300"]),
    act=st.sampled_from(
        [
            "were working normal shifts",
            "had signed up for the night course",
            "were evacuated from the pier",
            "attended the briefing",
        ]
    ),
)
def test_a_count_with_no_zone_takes_no_craft_from_an_earlier_paragraph(
    count: str, act: str
) -> None:
    later = f"Kaohsiung Ferry Services said its depot stayed open. {count} {act}, it said."
    assert facts_at(REPORT + "\n\n" + later, THURSDAY) == REPORTED


def test_shares_and_stays_in_a_zone_still_take_the_craft_of_the_paragraph_before() -> None:
    shares = REPORT + "\n\nOf those, 19 crossed the median line, the ministry said."
    assert facts_at(shares, THURSDAY) == sorted(
        REPORTED + [(19, "aircraft", "median line", "Taiwan", "2025-07-10")]
    )
    stays = (
        "Four China Coast Guard ships entered Japan's contiguous zone around the Senkaku "
        "Islands on Tuesday, the 11th Regional Coast Guard Headquarters said.\n\n"
        "As of noon Thursday, three remained in the contiguous zone."
    )
    assert (3, "official ships", "contiguous zone", "Senkaku Islands", "2025-07-10") in facts_at(
        stays, THURSDAY
    )


@given(
    later=st.sampled_from(
        [
            "Four did so on Tuesday, the coast guard said.",
            "Tuesday — four more, this time off Beishan.",
            "On Tuesday another four sailed in.",
        ]
    )
)
def test_more_of_the_count_or_its_act_done_again_takes_the_craft_before(later: str) -> None:
    text = (
        "Two China Coast Guard ships entered Kinmen's restricted waters on Monday, the Coast "
        f"Guard Administration said.\n\n{later}"
    )
    assert (4, "official ships", "restricted waters", "Kinmen", "2025-07-08") in facts_at(
        text, THURSDAY
    )


def test_a_bare_count_after_a_share_of_its_paragraph_takes_the_shares_craft() -> None:
    text = (
        "Q: How often do China Coast Guard ships come near Matsu now?\n\n"
        "A: Every week. On Tuesday three of them sailed into the restricted waters off "
        "Nangan. The county sent two boats to watch. On Sunday there were four."
    )
    assert facts_at(text, THURSDAY) == [
        (3, "official ships", "restricted waters", "Matsu", "2025-07-08"),
        (4, "official ships", "restricted waters", "Matsu", "2025-07-06"),
    ]


SENKAKU_THURSDAY = datetime(2025, 6, 5, 6, 0, tzinfo=UTC)
OWNERS = ["the service's", "the agency's", "Beijing's", "China's", "the China Coast Guard's"]


@given(owner=st.sampled_from(OWNERS), count=st.sampled_from(["four", "three", "5"]))
def test_a_share_of_an_owners_ships_is_a_share_of_its_ships(owner: str, count: str) -> None:
    text = (
        "Two China Coast Guard ships left Japanese territorial waters around the Senkaku "
        "Islands on Wednesday, the Japan Coast Guard said.\n\nAs of Thursday noon, "
        f"{count} of {owner} ships were sailing in the contiguous zone just outside."
    )
    number = {"four": 4, "three": 3, "5": 5}[count]
    fact = (number, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-05")
    assert fact in facts_at(text, SENKAKU_THURSDAY)


def test_a_share_told_with_its_total_before_an_owner_keeps_the_total() -> None:
    text = (
        "Japan's defence ministry said on Thursday that two of six ballistic missiles China's "
        "Rocket Force fired into waters east of Taiwan had landed in Japan's exclusive "
        "economic zone."
    )
    assert facts_at(text, SENKAKU_THURSDAY) == [
        (6, "missiles", "around Taiwan", "Taiwan", "2025-06-05")
    ]


@given(owner=st.sampled_from(["Japan's", "the Japan Coast Guard's", "the island's"]))
def test_a_share_of_another_states_ships_is_no_chinas(owner: str) -> None:
    text = (
        "Two China Coast Guard ships left Japanese territorial waters around the Senkaku "
        f"Islands on Wednesday.\n\nAs of Thursday noon, three of {owner} patrol ships were "
        "sailing in the contiguous zone."
    )
    assert all(fact[0] != 3 for fact in facts_at(text, SENKAKU_THURSDAY))


@given(
    firm=st.sampled_from(["Wan Hai", "Yang Ming", "Evergreen Marine", "Starlux", "Tigerair"]),
    share=st.sampled_from(
        [
            "three of its vessels crossed the median line",
            "two of its ships sailed through Taiwan's contiguous zone",
            "two of its aircraft flew through the ADIZ",
            "four of their jets crossed the median line",
        ]
    ),
)
def test_a_share_a_firm_tells_of_its_own_craft_is_no_chinas(firm: str, share: str) -> None:
    text = REPORT + f"\n\n{firm} said {share} on Wednesday to avoid the drill areas."
    assert facts_at(text, THURSDAY) == REPORTED


@given(teller=st.sampled_from(["The Eastern Theater Command", "Beijing", "The PLA"]))
def test_a_share_a_chinese_body_tells_of_its_own_craft_is_chinas(teller: str) -> None:
    text = f"{teller} said 14 of its aircraft crossed the median line on Wednesday."
    assert facts_at(text, THURSDAY) == [(14, "aircraft", "median line", "Taiwan", "2025-07-09")]


@given(
    airline=st.sampled_from(["China Airlines", "EVA Air", "Starlux", "Mandarin Airlines"]),
    rerouted=st.sampled_from(["had rerouted 40 flights", "delayed 18 scheduled flights"]),
    apart=st.sampled_from([", and ", ". "]),
    share=st.sampled_from(["nine of those flights", "six of these flights"]),
)
def test_a_share_of_an_airlines_flights_is_no_craft(
    airline: str, rerouted: str, apart: str, share: str
) -> None:
    share = share.capitalize() if apart == ". " else share
    later = f"{airline} said it {rerouted} on Wednesday{apart}{share} crossed the median line."
    text = REPORT + "\n\n" + later
    assert facts_at(text, THURSDAY) == REPORTED


@given(apart=st.sampled_from([", and ", ". "]))
def test_a_share_of_the_flights_aircraft_flew_is_theirs(apart: str) -> None:
    share = "Nine" if apart == ". " else "nine"
    text = (
        f"Chinese military aircraft made 23 flights around Taiwan on Wednesday{apart}"
        f"{share} of those flights crossed the median line, the ministry said."
    )
    assert facts_at(text, THURSDAY) == [
        (9, "aircraft", "median line", "Taiwan", "2025-07-09"),
        (23, "aircraft", "around Taiwan", "Taiwan", "2025-07-09"),
    ]
