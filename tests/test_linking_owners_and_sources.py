"""Whose a name is when the article's home would say otherwise: a bare service beside US bases in
Japan is the US's, a ministry a national outlet cites is the outlet's country's, a Japanese
paper's bracketed dateline ("[Taipei = Jiji Press]") is a dateline, a festival is the city's
and a message's owner is no one addressed."""

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from layout_variants import layouts
from layout_variants import links as links_of
from linking_helpers import mentions


def links(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in mentions(text, "2025-06-02"):
        found.setdefault(mention.text, set()).add(mention.entity_id)
    return found


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("YOKOSUKA — The USS George Washington arrived at Fleet Activities Yokosuka, replacing "
         "the Ronald Reagan as the Navy's only forward-deployed carrier.\n\nMeanwhile, PLA Navy "
         "activity near Japan's southwestern islands has rarely been higher.", "Navy", "us-navy"),
        ("Yes, we saw the carrier leave early too. No, we don't know where the George Washington "
         "is headed, and the Navy's public affairs office isn't telling us.", "Navy", "us-navy"),
        ("NAHA, Okinawa (Kyodo) -- Residents near Kadena protested the noise after the Air Force "
         "moved more F-35s to the base. China's air force flew near Miyako the same week.",
         "Air Force", "us-air-force"),
        ("SASEBO, Japan — The amphibious ship left port on Monday with the Marines of the 31st "
         "unit aboard, weeks after Chinese navy ships passed the Tsushima Strait.", "Marines",
         "usmc"),
        ("Seventh Fleet sailors helped clear the beach; the Navy said more volunteers would come "
         "next month. The PLA Navy held drills the same day.", "Navy", "us-navy"),
    ],
)  # fmt: skip
def test_a_bare_service_among_us_forces_in_japan_is_the_us_service(
    text: str, surface: str, expected: str
) -> None:
    assert links(text)[surface] == {expected}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # A story at home in Taiwan keeps its own navy, whatever ship she once was.
        ("TAINAN — The museum destroyer Te Yang reopened on Saturday. The ship served the Navy "
         "from 1977 to 2005; before that she was the USS Sarsfield.", "Navy", "roc-navy"),
        # A paragraph with no US forces in Japan leaves the bare service to the other cues.
        ("TAIPEI (CNA) — The Navy held a drill off Suao on Friday, the defence ministry said.",
         "Navy", "roc-navy"),
    ],
)  # fmt: skip
def test_a_bare_service_elsewhere_keeps_its_home(text: str, surface: str, expected: str) -> None:
    assert links(text)[surface] == {expected}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Japan scrambled jets on Monday. Xinhua quoted the defence ministry as saying the drills "
         "were a warning to separatists.", "defence ministry", "china-mnd"),
        ("Tensions rose again. Kyodo, citing the foreign ministry, said Tokyo had lodged a "
         "protest with Beijing.", "foreign ministry", "japan-mofa"),
        ("The US and Japan held talks. Yonhap quoted the Foreign Ministry as saying Seoul would "
         "join.", "Foreign Ministry", "sk-mofa"),
        ("China's drills continued. Kyodo News reported, citing the Defense Ministry, that two "
         "drones flew between Yonaguni and Taiwan.", "Defense Ministry", "japan-mod"),
        ("TOKYO (Kyodo) -- Beijing answered within hours. Xinhua quoted the Foreign Ministry as "
         "saying Japan must stop interfering.", "Foreign Ministry", "china-mfa"),
        # The text says whose: the outlet's country gives way.
        ("Xinhua quoted Taiwan's defence ministry as saying nothing had changed.",
         "defence ministry", "taiwan-mnd"),
        ("The Nikkei turns to Taiwan, citing its defence ministry on the drills.",
         "defence ministry", "taiwan-mnd"),
        # A world wire quotes the ministry of the country it reports from.
        ("TAIPEI (Reuters) - Reuters, citing the defence ministry, said 20 aircraft crossed the "
         "median line.", "defence ministry", "taiwan-mnd"),
    ],
)  # fmt: skip
def test_a_body_a_national_outlet_cites_is_the_outlets_countrys(
    text: str, surface: str, expected: str
) -> None:
    assert links(text)[surface] == {expected}


@pytest.mark.parametrize(
    ("text", "city", "body", "expected"),
    [
        ("(Tokyo = Jiji) The Foreign Ministry on Tuesday lodged a protest with China over the "
         "ships.", "Tokyo", "Foreign Ministry", "japan-mofa"),
        ("[Taipei = Jiji Press] The Ministry of National Defense said 20 Chinese aircraft were "
         "detected. The Foreign Ministry condemned Beijing.", "Taipei", "Foreign Ministry",
         "taiwan-mofa"),
        ("(Beijing = Kyodo) The Foreign Ministry said on Tuesday that Japan must stop "
         "interfering.", "Beijing", "Foreign Ministry", "china-mfa"),
        ("Headline\n\n[Beijing = Asahi Shimbun digital / auto-translated] The Foreign Ministry "
         "said Japan must stop interfering.", "Beijing", "Foreign Ministry", "china-mfa"),
    ],
)  # fmt: skip
def test_a_bracketed_dateline_is_a_dateline(text: str, city: str, body: str, expected: str) -> None:
    found = links(text)
    assert found[city] == {city.lower()}  # the city it was filed from, not the government
    assert found[body] == {expected}


@pytest.mark.parametrize(
    ("text", "capital", "expected"),
    [
        ("Taipei's Lantern Festival opens this weekend at Ximending.", "Taipei", "taipei"),
        ("Tokyo's summer fireworks were cancelled because of the typhoon.", "Tokyo", "tokyo"),
        ("Beijing's Victory Day military parade showed new missiles.", "Beijing", "china"),
    ],
)  # fmt: skip
def test_a_festival_is_the_citys_and_a_parade_the_governments(
    text: str, capital: str, expected: str
) -> None:
    assert links(text)[capital] == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHK WORLD-JAPAN — Morning news\n\nThe Foreign Ministry said it had conveyed Japan's "
         "concerns to the Chinese side.", "japan-mofa"),
        ("TOKYO (Kyodo) -- The Foreign Ministry conveyed Japan's strong protest to the Chinese "
         "embassy on Monday.", "japan-mofa"),
    ],
)  # fmt: skip
def test_the_owner_of_a_conveyed_message_is_not_addressed(text: str, expected: str) -> None:
    assert links(text)["Foreign Ministry"] == {expected}


# The paragraphs of the rules above, to be laid out with any whitespace around them.
PARAGRAPHS = [
    "[Taipei = Jiji Press] The Ministry of National Defense said 20 Chinese aircraft were "
    "detected. The Foreign Ministry condemned Beijing.",
    "(Beijing = Kyodo) The Foreign Ministry said on Tuesday that Japan must stop interfering.",
    "TOKYO (Kyodo) -- Beijing answered within hours.",
    "Xinhua quoted the Foreign Ministry as saying Japan must stop interfering.",
    "Kyodo, citing the foreign ministry, said Tokyo had lodged a protest with Beijing.",
    "Yonhap quoted the Foreign Ministry as saying Seoul would join.",
    "The Nikkei turns to Taiwan, citing its defence ministry on the drills.",
    "Residents near Kadena protested the noise after the Air Force moved more F-35s to the base.",
    "Beijing's Victory Day military parade showed new missiles.",
    "Taipei's Lantern Festival opens this weekend at Ximending.",
]


@settings(max_examples=CI_EXAMPLES // 4)
@given(layouts(PARAGRAPHS))
def test_a_link_is_the_same_whatever_whitespace_lays_out_its_paragraphs(
    laid_out: tuple[str, str],
) -> None:
    plain, other = laid_out
    assert links_of(other, "2025-06-02") == links_of(plain, "2025-06-02")
