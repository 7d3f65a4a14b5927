"""Whose "the Defense Ministry" is in a text that holds several stories or retells others: a wire
digest's item is its own dateline's country's, wire copy quoted in an e-mail reply is its
dateline's, and an AI summary with no dateline is the country of the outlets it lists as its
sources. Its numbered sources ("²CNA", "Taipei Times³") are linked as outlets, and a capital
set in an event's bullet or owned by "my" or "our" is the city."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions


def linked(text: str, published: str = "2025-06-02") -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, published)}


def links_of(text: str, surface: str) -> list[str]:
    return [m.entity_id for m in mentions(text) if m.text == surface]


def test_a_digest_items_body_is_its_own_datelines_country() -> None:
    text = (
        "Latest from the wires\n"
        "TOKYO, Dec 7 (Reuters) - Japan will ease its rules on defence equipment transfers, "
        "government sources said on Thursday.\n\n"
        "TAIPEI (CNA) — Taiwan on Thursday reported nine Chinese military aircraft and four "
        "naval vessels operating around it, the Ministry of National Defense said.\n"
    )
    assert linked(text, "2023-12-07")["Ministry of National Defense"] == "taiwan-mnd"


def test_a_later_item_from_tokyo_names_japans_ministry() -> None:
    text = (
        "News digest · Wednesday, Dec. 2\n"
        "Taipei, Dec. 2 (Focus Taiwan) Taiwan and the United States will set up a task force on "
        "semiconductor supply chains, Minister of Economic Affairs Wang Mei-hua said.\n\n"
        "TOKYO, Dec. 2 (Jiji Press) -- Japan will add Taiwan to the list of places whose "
        "business travelers may enter without quarantine, the Foreign Ministry said.\n"
    )
    assert linked(text, "2020-12-02")["Foreign Ministry"] == "japan-mofa"


def test_wire_copy_quoted_in_a_reply_keeps_its_dateline() -> None:
    text = (
        "RE: drones off Yonaguni\n"
        "Can you fold in the Taiwan numbers?\n\n"
        ">> TOKYO (Kyodo) -- Two Chinese military drones flew between Yonaguni Island and "
        "Taiwan on Tuesday, the Defense Ministry said Wednesday.\n"
        ">>\n"
        ">> Taiwan's Ministry of National Defense said separately it had tracked 18 aircraft.\n"
    )
    assert linked(text, "2026-01-14")["Defense Ministry"] == "japan-mod"


CITIES = [
    ("TOKYO", "Kyodo", "Japan", "japan-mod"),
    ("TAIPEI", "CNA", "Taiwan", "taiwan-mnd"),
    ("BEIJING", "Xinhua", "China", "china-mnd"),
]
ITEM = "{city} ({outlet}) -- Officials in {country} met on Monday, the Defense Ministry said.\n\n"


@settings(max_examples=8, deadline=None)
@given(order=st.permutations(CITIES))
def test_each_items_defense_ministry_is_its_datelines_countrys(
    order: list[tuple[str, str, str, str]],
) -> None:
    text = "Overnight wires\n" + "".join(
        ITEM.format(city=city, outlet=outlet, country=country) for city, outlet, country, _ in order
    )
    assert links_of(text, "Defense Ministry") == [expected for *_, expected in order]


SUMMARY = (
    "Summary: Defense Ministry seeks record budget\n"
    "TL;DR: The Defense Ministry on Thursday requested a record budget for fiscal 2027[1].\n"
    "- **Next step:** the Cabinet will approve a draft budget in December[2].\n\n"
    "Sources: {sources}\n"
    "_AI-generated; amounts rounded._"
)


@pytest.mark.parametrize(
    ("sources", "country"),
    [
        ("[1] NHK [2] Yomiuri Shimbun", "japan"),
        ("¹Kyodo ²NHK", "japan"),
        ("Focus Taiwan¹; Taipei Times² (links omitted)", "taiwan"),
        ("1. Kyodo 2. Focus Taiwan", None),  # outlets of two countries decide nothing
    ],
)
def test_an_ai_summarys_sources_say_whose_its_bodies_are(sources: str, country: str | None) -> None:
    found = linked(SUMMARY.format(sources=sources), "2026-08-28")
    expected = {"japan": "japan-mod", "taiwan": "taiwan-mnd", None: None}[country]
    assert found.get("Defense Ministry") == expected


OUTLETS = [
    ("CNA", "cna"),
    ("Global Times", "global-times"),
    ("Nikkei Asia", "nikkei-asia"),
    ("Taipei Times", "taipei-times"),
    ("Bloomberg", "bloomberg"),
    ("Kyodo", "kyodo"),
]
SUPERSCRIPTS = st.text(alphabet="¹²³⁴⁵⁶⁷⁸⁹⁰", min_size=1, max_size=2)


@settings(max_examples=30, deadline=None)
@given(
    first=st.sampled_from(OUTLETS),
    second=st.sampled_from(OUTLETS),
    marks=st.lists(SUPERSCRIPTS, min_size=2, max_size=2),
    glued_after=st.booleans(),
    separator=st.sampled_from([" · ", "; ", " ", ", "]),
)
def test_numbered_sources_are_linked_whichever_side_the_number_is_on(
    first: tuple[str, str],
    second: tuple[str, str],
    marks: list[str],
    glued_after: bool,
    separator: str,
) -> None:
    def numbered(name: str, mark: str) -> str:
        return f"{name}{mark}" if glued_after else f"{mark}{name}"

    text = (
        "Good morning. The TAIEX closed higher on Monday, led by chip stocks¹.\n\n"
        f"Sources: {numbered(first[0], marks[0])}{separator}{numbered(second[0], marks[1])}\n"
    )
    found = linked(text)
    assert found.get(first[0]) == first[1]
    assert found.get(second[0]) == second[1]
    assert not [name for name in found if any(c in name for c in "¹²³⁴⁵⁶⁷⁸⁹⁰")]


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        ("Outcomes at a glance\n• Security Consultative Committee (\"2+2\"), Washington, "
         "14 April\n• Joint statement on command and control", "Washington", "washington"),
        ("The alliance dimension\n• Kishida–Biden summit, Washington, 13 January: "
         "\"modernise\" command and control", "Washington", "washington"),
        ("Taiwan's team won the friendly, which my Taipei colleagues have not stopped talking "
         "about.", "Taipei", "taipei"),
        ("Here are the main points from today's Taipei-datelined reports: aid and trade.",
         "Taipei", "taipei"),
        # a government still acts where its policy follows a determiner
        ("Manila will review its Beijing policy after the collision, officials said.",
         "Beijing", "china"),
    ],
)  # fmt: skip
def test_a_capital_in_an_event_bullet_or_owned_is_the_city(
    text: str, surface: str, entity_id: str
) -> None:
    assert linked(text)[surface] == entity_id
