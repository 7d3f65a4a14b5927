"""Groups named after a place, local papers and airlines of the Ryukyus, and whose "MND"
counts median-line crossings: what a reader of Okinawan and Taiwanese NGO copy expects."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions


def links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text, "2025-10-01")]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("In Naha, the Okinawa Environmental Network called the Henoko plan a mistake.",
         "Okinawa Environmental Network"),
        ("Contact: Lee Chia-wen, Yilan Coast Ocean Watch", "Yilan Coast Ocean Watch"),
        ("Ishigaki Fishers' Network — monthly summary for January", "Ishigaki Fishers' Network"),
        ("Notes from the Ryukyu Islands Nature Network on the new base.",
         "Ryukyu Islands Nature Network"),
    ],
)  # fmt: skip
def test_a_group_named_after_a_place_is_not_the_place(text: str, group: str) -> None:
    found = links(text)
    assert group in [written for written, _ in found]
    assert not {"okinawa", "yilan", "ishigaki", "ryukyu-islands"} & {e for _, e in found}


def test_a_body_the_knowledge_base_names_inside_the_run_keeps_its_link() -> None:
    found = links("The PRC State Council said, and the Japan Coast Guard Academy said.")
    assert ("State Council", "state-council") in found


def test_a_place_in_a_heading_in_capitals_is_left_to_the_place() -> None:
    assert ("KAOHSIUNG", "kaohsiung") in links("KAOHSIUNG EXPAT NETWORK — update\n\nOK everyone.")


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["Okinawa", "Yilan", "Ishigaki", "Hualien"]),
    st.sampled_from(["Network", "Watch", "Association", "Society", "Foundation"]),
)
def test_any_place_led_group_name_hides_its_place(place: str, head: str) -> None:
    found = links(f"Members of the {place} Coral Reef {head} met on Sunday.")
    assert [t for t, e in found if t == place] == []


def test_local_papers_and_airlines_are_not_the_national_paper_or_the_islands() -> None:
    found = links(
        "I read the Yaeyama Mainichi each morning. Japan Transocean Air and Ryukyu Air "
        "Commuter fly from Naha."
    )
    assert ("Yaeyama Mainichi", "yaeyama-mainichi") in found
    assert ("Ryukyu Air Commuter", "ryukyu-air-commuter") in found
    assert not {"mainichi", "yaeyama-islands", "ryukyu-islands"} & {e for _, e in found}


def test_an_mnd_that_counts_median_line_crossings_is_taiwans() -> None:
    text = (
        "Monthly bulletin\n\n1. Military activity (compiled from MND daily reports)\n"
        "- Chinese military aircraft detected in March: 432\n"
        "- Median-line crossings and ADIZ entries: 211"
    )
    assert ("MND", "taiwan-mnd") in links(text)


def test_an_mnd_that_denies_the_median_line_is_left_undecided() -> None:
    text = "The MND spokesman said there is no so-called median line in the strait."
    assert ("MND", "taiwan-mnd") not in links(text)
