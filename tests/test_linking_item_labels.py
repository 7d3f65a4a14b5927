"""Whose "the Defense Ministry" or "the coast guard" is where the article leaves the country to
its layout: a digest's item under its own bullet dateline or numbered country label, a diary's
line headed by the body and its city, and a bare coast guard in the paragraph that counts China
Coast Guard ships near the Senkakus or in Kinmen's and Matsu's restricted waters."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking_helpers import mentions


def links_of(text: str, surface: str, published: str = "2025-06-10") -> list[str]:
    return [m.entity_id for m in mentions(text, published) if m.text == surface]


def test_a_bulleted_items_dateline_decides_its_ministry() -> None:
    text = (
        "Clinic security digest — Tue 10 June 2025\n"
        "Compiled for member hospitals. Summaries; follow links for full stories.\n\n"
        "■ TAIPEI (CNA) — Taiwan's Ministry of National Defense said 21 Chinese military aircraft "
        "were detected around Taiwan in the 24 hours to 6 a.m. Tuesday.\n\n"
        "■ NAHA, Okinawa (Kyodo) -- The Self-Defense Forces Naha Hospital will add 20 beds by "
        "fiscal 2027, the Defense Ministry said Tuesday.\n"
    )
    assert links_of(text, "Defense Ministry") == ["japan-mod"]


LABELS = [
    ("JAPAN", "Defense Ministry", "japan-mod"),
    ("TAIWAN", "Ministry of National Defense", "taiwan-mnd"),
    ("TOKYO", "Foreign Ministry", "japan-mofa"),
    ("TAIPEI", "Ministry of Foreign Affairs", "taiwan-mofa"),
]


@settings(max_examples=12, deadline=None)
@given(
    order=st.permutations(LABELS),
    number=st.sampled_from(["{n}) ", "{n}. "]),
    mark=st.sampled_from([". ", ": ", " — "]),
)
def test_a_numbered_items_place_label_decides_its_bodies(
    order: list[tuple[str, str, str]], number: str, mark: str
) -> None:
    text = "Roundup: the week in the region\n" + "".join(
        f"{number.format(n=n)}{label}{mark}The {body} said on Monday it had held talks with "
        "officials from several countries about regional security.\n"
        for n, (label, body, _) in enumerate(order, start=1)
    )
    for label, body, expected in order:
        assert links_of(text, body) == [expected], label


@pytest.mark.parametrize(
    ("line", "surface", "expected"),
    [
        ("DEFENSE MINISTRY (Tokyo): The Joint Staff Office said a Chinese drone flew between "
         "Yonaguni and Taiwan on Wednesday.", "DEFENSE MINISTRY", "japan-mod"),
        ("Foreign Ministry, Taipei — The ministry thanked Washington for its statement of "
         "support on Tuesday.", "Foreign Ministry", "taiwan-mofa"),
        ("-- 1500 (Beijing) Foreign Ministry briefing, Wang Wenbin: expect countermeasures.",
         "Foreign Ministry", "china-mfa"),
    ],
)  # fmt: skip
def test_a_body_labelled_with_its_city_is_that_citys_countrys(
    line: str, surface: str, expected: str
) -> None:
    text = (
        "DIPLOMATIC DIARY — Thursday, Sept. 25\n\n"
        "TAIPEI: Taiwan's defence ministry said 20 Chinese military aircraft had been active "
        f"around Taiwan in the 24 hours to 6 a.m.\n\n{line}\n\n"
        "TOMORROW: Credentials ceremony at the palace (three ambassadors).\n"
    )
    assert links_of(text, surface) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Matsu Daily · 2025.10.17 · Juguang\nTwo China Coast Guard cutters entered the "
         "restricted waters east of Juguang on Thursday afternoon and left after about 90 "
         "minutes, the coast guard's Matsu unit said.", "taiwan-coast-guard"),
        ("LIENCHIANG COUNTY NEWS RELEASE — Three China Coast Guard vessels entered the "
         "restricted waters east of Dongyin on Tuesday, the coast guard's Matsu station "
         "informed the county.", "taiwan-coast-guard"),
    ],
)  # fmt: skip
def test_a_bare_coast_guard_counting_china_coast_guard_ships_is_the_counting_sides(
    text: str, expected: str
) -> None:
    assert links_of(text, "coast guard") == [expected]


def test_chinas_own_report_keeps_its_bare_coast_guard() -> None:
    text = (
        "BEIJING (Xinhua) -- Four China Coast Guard ships patrolled within China's territorial "
        "waters of Diaoyu Dao on Sunday, the coast guard said."
    )
    assert links_of(text, "coast guard") == ["china-coast-guard"]


def test_a_protest_lodged_through_its_own_embassy_abroad_is_the_home_ministrys() -> None:
    text = (
        "TOKYO (Kyodo) -- The Foreign Ministry said it had lodged a protest through the embassy "
        "in Beijing, calling any launch that uses ballistic missile technology a violation of "
        "UN Security Council resolutions."
    )
    assert links_of(text, "Foreign Ministry") == ["japan-mofa"]


@pytest.mark.parametrize("opening", ["", "TAIPEI (CNA) — Taiwan reported 12 aircraft. "])
def test_a_ministry_owning_a_part_only_one_country_has_is_that_countrys(opening: str) -> None:
    text = (
        f"{opening}Two Chinese military drones flew between Taiwan and Yonaguni Island on "
        "Wednesday, the Defense Ministry's Joint Staff said Thursday."
    )
    assert links_of(text, "Defense Ministry") == ["japan-mod"]


@pytest.mark.parametrize(
    ("capital", "expected"), [("Tokyo", "japan-mod"), ("Beijing", "china-mnd")]
)
def test_a_paragraph_set_in_another_capital_names_its_governments_bodies(
    capital: str, expected: str
) -> None:
    text = (
        "TAIPEI, April 15 (Reuters) - Taiwan's Ministry of National Defense said it had detected "
        "61 Chinese military aircraft around the island.\n\n"
        f"In {capital}, officials said they were watching closely, and the Defense Ministry said "
        "it had sent a team to study the drills.\n\n"
        "Markets in Taipei were calm on Wednesday."
    )
    assert links_of(text, "Defense Ministry") == [expected]


OUTLETS = [
    (
        "Taipei Times",
        "Cabinet to send a special defense budget to the legislature this week.",
        {"Cabinet": "executive-yuan", "legislature": "legislative-yuan"},
    ),
    (
        "NHK",
        "The Cabinet approved a record budget for the coast guard on Tuesday.",
        {"Cabinet": "japan-cabinet"},
    ),
]


@settings(max_examples=6, deadline=None)
@given(order=st.permutations(OUTLETS), note=st.sampled_from(["", " (editorial)"]))
def test_a_media_monitors_outlet_label_decides_its_items_bodies(
    order: list[tuple[str, str, dict[str, str]]], note: str
) -> None:
    """A media monitor heads each item with the outlet it sums up, on a line of its own."""
    text = "MEDIA MONITOR - EAST ASIA - Tue 25 Nov 2025\n\n" + "\n\n".join(
        f"{outlet}{note}\n{item}" for outlet, item, _ in order
    )
    for outlet, item, expected in order:
        start = text.index(item)
        found = {
            m.text: m.entity_id
            for m in mentions(text, "2025-11-25")
            if start <= m.start < start + len(item)
        }
        for surface, entity_id in expected.items():
            assert found.get(surface) == entity_id, (outlet, surface)


def test_an_outlet_label_of_several_words_decides_its_items_bodies() -> None:
    text = (
        "PRESS WATCH - Wed 3 Dec 2025\n\n"
        "NHK\nThe Cabinet approved the coast guard's new patrol ships.\n\n"
        "Taipei Times\nThe Cabinet asked the legislature for more money for drones."
    )
    assert links_of(text, "legislature", "2025-12-03") == ["legislative-yuan"]
    assert links_of(text, "Cabinet", "2025-12-03") == ["japan-cabinet", "executive-yuan"]
