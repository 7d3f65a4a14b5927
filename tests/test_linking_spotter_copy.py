"""Names as aviation spotters, media-monitoring digests and law blogs write them (blind-56,
blind-58), on sentences written for these tests: a broadcaster's channel in a source tag
("[CCTV-13, 0400 gmt]"), a missile's export name, a law's bare name with its owner before it, a
Japanese term romanised, a force's name before its aircraft's type ("Japan Coast Guard Falcon
2000", "Y-8 ASW"), and a lower-case coast guard in a minister's words."""

from hypothesis import given
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.spans_adding_no_name import ROLE_WORDS


def links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text, "2025-10-01")]


@given(st.integers(min_value=1, max_value=17), st.sampled_from(["0400 gmt", "in Chinese"]))
def test_a_channel_in_a_source_tag_is_the_broadcaster(channel: int, tag: str) -> None:
    text = f"State TV showed coast guard cutters near Kinmen. [CCTV-{channel}, {tag}]"
    assert (f"CCTV-{channel}", "cctv") in links(text)


def test_a_channel_opening_a_sentence_is_the_broadcaster() -> None:
    text = "CCTV-1's main evening bulletin led on Friday with footage of J-20 fighters."
    assert ("CCTV-1", "cctv") in links(text)


def test_the_export_name_of_a_missile_is_the_missile() -> None:
    text = "In 1996 the PLA fired four M-9 missiles into target zones off Keelung."
    assert ("M-9", "df-15") in links(text)


def test_a_law_whose_owner_stands_before_it_is_that_countrys_law() -> None:
    text = "China's Coast Guard Law, in force since 1 February, has darkened the picture."
    assert ("Coast Guard Law", "coast-guard-law-of-china") in links(text)


def test_a_romanised_japanese_term_is_the_term() -> None:
    text = "That concept, sonritsu kiki jitai, is a trigger in domestic law."
    assert ("sonritsu kiki jitai", "survival-threatening-situation") in links(text)


@given(st.sampled_from(sorted(ROLE_WORDS)), st.sampled_from(["Y-8", "KJ-500", "Y-9"]))
def test_a_types_role_after_its_designator_leaves_the_type(role: str, craft: str) -> None:
    text = f"Types on the map: J-16, J-10C, {craft} {role}, plus a Z-9 off the southwest."
    assert (craft, craft.lower()) in links(text)


def test_a_force_before_its_aircrafts_name_and_number_is_the_force() -> None:
    text = (
        "Nothing unusual on the trackers apart from a Japan Coast Guard Falcon 2000 doing its"
        " regular loop south of Ishigaki."
    )
    assert ("Japan Coast Guard", "japan-coast-guard") in links(text)
    text = "Photos of the morning launch of RoCAF Mirage 2000-5s at Hualien are in the gallery."
    assert ("RoCAF", "roc-air-force") in links(text)


def test_a_lower_case_coast_guard_in_a_ministers_words_is_his_countrys() -> None:
    text = (
        "Defense Minister Gen Nakatani added that the coast guard had tracked four China Coast"
        " Guard ships in the contiguous zone around the islands."
    )
    assert ("coast guard", "japan-coast-guard") in links(text)
    assert ("China Coast Guard", "china-coast-guard") in links(text)
    text = (
        "Foreign Ministry spokesman Lin Jian said the coast guard had expelled Japanese fishing"
        " boats near the Diaoyu Islands."
    )
    assert ("coast guard", "china-coast-guard") in links(text)
