"""Logs, bulletins and releases from the real pipeline: a place read through the compass point
a log writes before it ("30 nm SW of Penghu", "the N and SW ADIZ"), a foreign ministry that
protests to a foreign embassy (the host's ministry, whatever the dateline above it), a release
whose issuer's line stands under a headline as long as a sentence, a statement dated from a
capital on a line of its own ("20 March 2026, Tokyo"), and names a reader of Japan's
news meets ("the Nansei chain", a Scottish missionary).

Each case is a shape blind-79's accident reports, maritime-safety bulletins and faith-press
digests showed monitor reading wrongly, in copy written for these tests.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links(text: str, published: str = "2025-10-02") -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, published)}


PLACES = {"Penghu": "penghu", "Pratas": "pratas", "Keelung": "keelung", "Yonaguni": "yonaguni",
          "Hualien": "hualien", "Kinmen": "kinmen"}  # fmt: skip
# The sixteen points of the compass rose.
POINTS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
          "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "17 Oct: fishing boat illuminated by a PLAN corvette, 30 nm SW of Penghu. No damage.",
            "Penghu",
            "penghu",
        ),
        (
            "Sun 16 Nov 09:00  A China Coast Guard ship observed 26 nm SW of Pratas, outside the "
            "restricted waters.",
            "Pratas",
            "pratas",
        ),
        (
            "13 aircraft crossed the median line and entered the N and SW ADIZ. 1 balloon detected "
            "NW of Keelung.",
            "ADIZ",
            "adiz",
        ),
        (
            "13 aircraft crossed the median line and entered the N and SW ADIZ. 1 balloon detected "
            "NW of Keelung.",
            "Keelung",
            "keelung",
        ),
    ],
)
def test_a_compass_point_bears_on_the_place_after_it(
    text: str, surface: str, expected: str
) -> None:
    assert links(text).get(surface) == expected


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("0640  Shore radar detects a cluster of fishing boats 1 nm ENE of Kinmen.", "Kinmen",
         "kinmen"),
        ("2 Dec: a PLAN frigate held station 40 nm WSW of Penghu for six hours.", "Penghu",
         "penghu"),
        ("Buoy adrift 12 nm ESE of Keelung; vessels keep clear.", "Keelung", "keelung"),
        ("One balloon tracked 75 nm WNW of Hualien at 0910.", "Hualien", "hualien"),
    ],
)  # fmt: skip
def test_a_bearing_led_by_east_or_west_bears_on_the_place_after_it(
    text: str, place: str, expected: str
) -> None:
    """The rose's points led by east or west ("ENE", "WSW") are bearings as much as "NNE" is:
    "ENE of Kinmen" had been read as one unknown organisation and the island lost."""
    assert links(text).get(place) == expected


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(POINTS), st.sampled_from(sorted(PLACES)), st.integers(1, 90))
def test_any_bearing_from_a_known_place_links_the_place(
    point: str, place: str, distance: int
) -> None:
    text = f"0640  Shore radar detects a cluster of fishing boats {distance} nm {point} of {place}."
    assert links(text).get(place) == PLACES[place]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a digest whose first item is datelined in Beijing: the protest is Tokyo's
        (
            "[1] BEIJING, Jan. 12 (Xinhua) -- A China Coast Guard formation patrolled the waters, a "
            "spokesperson said.\n\n[2] Two Chinese ships intruded into Japanese territorial waters "
            "around the Senkaku Islands on Monday.\n\nThe Foreign Ministry protested to the Chinese "
            "Embassy in Tokyo.",
            "Foreign Ministry",
            "japan-mofa",
        ),
        # a coast guard's release, no dateline, the protest a line of its reference section
        (
            "Press release\n11th Regional Coast Guard Headquarters (Naha)\n\n5. Reference\nChinese "
            "government ships have been in the contiguous zone for 335 days. The Ministry of "
            "Foreign Affairs lodged a protest with the Chinese Embassy in Tokyo on 14 Oct.",
            "Ministry of Foreign Affairs",
            "japan-mofa",
        ),
        # and the other way round, in a story from Tokyo
        (
            "TOKYO (Kyodo) -- Beijing answered at once. The Foreign Ministry summoned an envoy "
            "and lodged a protest with the Japanese Embassy in Beijing.",
            "Foreign Ministry",
            "china-mfa",
        ),
    ],
)
def test_a_ministry_protesting_to_a_foreign_embassy_is_the_hosts(
    text: str, surface: str, expected: str
) -> None:
    assert links(text).get(surface) == expected


HOSTS = {"Tokyo": ("TOKYO", "japan-mofa"), "Beijing": ("BEIJING", "china-mfa"),
         "Taipei": ("TAIPEI", "taiwan-mofa")}  # fmt: skip


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(HOSTS)),
    st.sampled_from(sorted(HOSTS)),
    st.sampled_from(["protested to", "lodged a protest with", "lodged a strong protest with"]),
    st.sampled_from(["Philippine", "Russian", "South Korean"]),
)
def test_the_embassys_host_decides_whatever_the_dateline(
    host: str, dateline: str, protest: str, demonym: str
) -> None:
    text = (
        f"{HOSTS[dateline][0]} (AP) -- A survey ship was seen near the coast on Monday.\n\n"
        f"The Foreign Ministry {protest} the {demonym} Embassy in {host} on Tuesday."
    )
    assert links(text)["Foreign Ministry"] == HOSTS[host][1]


def test_an_issuers_line_under_a_long_headline_decides_the_release() -> None:
    text = (
        "Navy releases preliminary findings on missile boat collision with sand dredger off "
        "Penghu\n\nREPUBLIC OF CHINA NAVY\nPreliminary Findings\nReleased: 26 Sep 2025\n\n"
        "1. Summary\nAt 02:17 on 24 Sep 2025, a fast attack missile boat collided with a sand "
        "dredger off Penghu while returning to port after a night patrol exercise."
    )
    assert links(text)["Navy"] == "roc-navy"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "YONAGUNI -- A missile unit will go to Yonaguni, the westernmost inhabited island in "
            "the Nansei chain, the minister said.",
            "Nansei chain",
            "nansei-islands",
        ),
        (
            "The hospital was founded in 1896 by a Scottish missionary doctor.",
            "Scottish",
            "united-kingdom",
        ),
    ],
)
def test_names_a_reader_meets(text: str, surface: str, expected: str) -> None:
    assert links(text).get(surface) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("20 March 2026, Tokyo\n\nThe council expresses deep concern at the launch.", "tokyo"),
        ("March 20, 2026, Tokyo\n\nThe council expresses deep concern at the launch.", "tokyo"),
        # a line broken in mid-sentence goes on with its clause: the government acts
        ("20 March 2026, Tokyo\nwarned Beijing over the launch.", "japan"),
    ],
)
def test_a_statement_dated_from_a_capital_is_dated_from_the_city(line: str, expected: str) -> None:
    text = f"STATEMENT ON THE ICBM TEST\n\n{line}"
    assert links(text)["Tokyo"] == expected
