"""Craft and trips of civil trade beside the zones a report names are no craft of China's: a
forwarder's "two of its sailings" inside the median line, a ferry line's "runs", an airline's
jets rerouted east of the ADIZ, "three of its ships" a shipping line tells of (blind138-a-019
stored a forwarder's sailings as two PLA aircraft crossing the median line). The report's own
counts, and the PLA's own shares ("12 of its aircraft"), stay.
"""

from datetime import UTC, datetime

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import around_taiwan, facts_at

WEDNESDAY = datetime(2026, 2, 11, 4, tzinfo=UTC)
REPORT = (
    "Taiwan's Ministry of National Defense said it had detected 31 PLA aircraft and six navy "
    "vessels around Taiwan in the 24 hours to 6 a.m. Wednesday.\n\n"
)
REPORTED = [
    around_taiwan(6, "navy vessels", "2026-02-11"),
    around_taiwan(31, "aircraft", "2026-02-11"),
]


@pytest.mark.parametrize(
    "trade",
    [
        "A Taichung-based agent said two of its sailings to Yokohama had left on time on "
        "Tuesday, taking a route up the west coast well inside the median line.",
        "A forwarder said two of its voyages to Osaka stayed well inside the median line.",
        "The ferry operator said three of its runs to Matsu sailed inside the median line.",
        "Two ferry lines said two of their crossings to Kinmen kept well away from the median line.",
        "The agent said two of those sailings stayed inside the median line.",
        "Of its sailings, two crossed the strait west of the median line, the agent said.",
        "Of the voyages, three stayed inside the median line, a shipping line said.",
        "The forwarder said five of those container ships sailed west of the median line.",
    ],
)
def test_a_share_of_a_trades_trips_counts_no_craft(trade: str) -> None:
    assert facts_at(REPORT + trade, WEDNESDAY) == REPORTED


@pytest.mark.parametrize(
    "civil",
    [
        "A shipping line said three of its ships stayed west of the median line on Tuesday.",
        "EVA Air said two of its jets were rerouted east of the ADIZ on Tuesday.",
        "Two China Airlines planes crossed the median line on Tuesday on the M503 route.",
        "Two EVA Air aircraft flew inside the ADIZ on their way to Tokyo on Tuesday.",
        "Air Macau said three of its planes kept west of the median line on Tuesday.",
    ],
)
def test_ships_and_aircraft_of_a_shipping_line_or_an_airline_are_no_chinese_craft(
    civil: str,
) -> None:
    assert facts_at(REPORT + civil, WEDNESDAY) == REPORTED


def test_a_forwarders_sailings_after_the_reports_share_are_no_second_figure() -> None:
    text = (
        "Taiwan's Ministry of National Defense said it had detected 74 PLA aircraft around "
        "Taiwan between 6 a.m. Tuesday and 6 a.m. Wednesday. Fifty-one of the aircraft crossed "
        "the median line.\n\nNot every forwarder paused. A Taichung-based agent said two of its "
        "sailings to Yokohama had left on time on Tuesday, taking a route up the west coast "
        "well inside the median line."
    )
    assert facts_at(text, WEDNESDAY) == [
        (51, "aircraft", "median line", "Taiwan", "2026-02-11"),
        around_taiwan(74, "aircraft", "2026-02-11"),
    ]


def test_the_plas_own_share_and_an_airlines_passing_on_of_a_report_stay_facts() -> None:
    text = (
        "EVA Air said on Wednesday that Taiwan's defence ministry had detected 31 Chinese "
        "aircraft around Taiwan in the 24 hours to 6 a.m. The PLA's Eastern Theater Command "
        "said 12 of its aircraft crossed the median line."
    )
    assert facts_at(text, WEDNESDAY) == [
        (12, "aircraft", "median line", "Taiwan", "2026-02-11"),
        around_taiwan(31, "aircraft", "2026-02-11"),
    ]


# A generated family: who tells, how the share is written, what it counts, and where it went.
TELLERS = [
    "A Taichung-based forwarder said", "A shipping line said", "The ferry operator said",
    "China Airlines said", "EVA Air said", "An agent in Keelung told clients that",
]  # fmt: skip
SHARES = ["{n} of its {noun}", "{n} of their {noun}", "{n} of those {noun}", "{n} {noun}"]
NOUNS = [
    "sailings", "voyages", "runs", "ferries", "freighters", "container ships", "cargo flights",
    "passenger jets", "airliners", "trips", "departures",
]  # fmt: skip
TAILS = [
    "stayed well inside the median line on Tuesday", "crossed the median line on Tuesday",
    "were rerouted east of the ADIZ on Tuesday", "kept clear of the contiguous zone",
    "had left on time, taking a route inside the median line",
]  # fmt: skip


@settings(max_examples=CI_EXAMPLES * 2)
@given(
    st.sampled_from(TELLERS),
    st.sampled_from(["two", "three", "12"]),
    st.sampled_from(SHARES),
    st.sampled_from(NOUNS),
    st.sampled_from(TAILS),
)
def test_no_trade_sentence_adds_a_fact_to_the_report(
    teller: str, count: str, share: str, noun: str, tail: str
) -> None:
    trade = f"{teller} {share.format(n=count, noun=noun)} {tail}."
    assert facts_at(REPORT + trade, WEDNESDAY) == REPORTED
