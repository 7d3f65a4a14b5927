"""US congressional copy: members' party-state tags, the two chambers named bare, China's
embassy in the story's country, and the president named by his administration."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.kb import default_kb
from monitor.nlp.us_states import STATES, state_entity


def _links(text: str, published: str = "2025-06-02") -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in mentions(text, published):
        found.setdefault(mention.text, set()).add(mention.entity_id)
    return found


def test_every_state_is_in_the_knowledge_base_as_a_us_state() -> None:
    kb = default_kb()
    assert all(state_entity(name, kb) for name in STATES)
    # The three that share their name keep it for the capital, the city and the country.
    assert state_entity("Washington", kb) == "washington-state"
    assert kb.index["washington"] == "washington"


def test_the_state_in_a_party_state_tag_is_the_state() -> None:
    links = _links(
        "Sen. Chris Coons (D-Del.) and Rep. Joe Wilson (R-S.C.) met Rep. Young Kim (R-Calif.), "
        "Chairman John Moolenaar (R-MI) and Rep. Jill Tokuda (D-Hawaii) in Taipei on Monday."
    )
    assert links["Del."] == {"delaware"}
    assert links["S.C."] == {"south-carolina"}
    assert links["Calif."] == {"california"}
    assert links["MI"] == {"michigan"}
    assert links["Hawaii"] == {"hawaii"}


def test_ap_sets_the_tag_off_with_commas() -> None:
    links = _links(
        "Rep. Mike Flood, R-Neb., whose district includes Lincoln, and Sen. Ted Cruz, R-Texas, "
        "urged faster deliveries to Taiwan."
    )
    assert links["Neb."] == {"nebraska"}
    assert links["Texas"] == {"texas"}


def test_an_abbreviation_outside_a_tag_is_no_state() -> None:
    links = _links("Mass. protests followed in Taipei, and Del. Smith of the assembly spoke.")
    assert "massachusetts" not in set().union(*links.values())
    assert "delaware" not in set().union(*links.values())


@settings(max_examples=20, deadline=None)
@given(
    state=st.sampled_from(sorted(STATES)),
    party=st.sampled_from("RDI"),
    abbreviated=st.booleans(),
)
def test_any_state_in_a_tag_is_linked_in_any_of_its_forms(
    state: str, party: str, abbreviated: bool
) -> None:
    form = STATES[state].split()[0] if abbreviated else state
    text = f"Rep. Alex Morgan ({party}-{form}) said on Tuesday that Taiwan needs more drones."
    assert _links(text).get(form) == {state_entity(state, default_kb())}


def test_a_chamber_of_a_story_that_tags_members_is_congresss_even_from_taipei() -> None:
    links = _links(
        "TAIPEI — A bipartisan Senate delegation arrived in Taipei on Sunday. "
        "Sens. Todd Young (R-Ind.) and Ben Cardin (D-Md.) will meet President Lai Ching-te."
    )
    assert links["Senate"] == {"us-senate"}


def test_house_is_the_house_not_the_white_house_named_later() -> None:
    links = _links(
        "House lawmakers pressed the trade office on Wednesday. Rep. Adrian Smith (R-Neb.) "
        "said talks must end this year, and an official said the White House wanted a deal."
    )
    assert links["House"] == {"us-house"}
    assert links["White House"] == {"white-house"}


def test_a_bare_senate_in_a_story_without_tags_is_left_to_its_country() -> None:
    links = _links("MANILA — The Senate on Monday approved the visiting forces agreement.")
    assert "us-senate" not in links.get("Senate", set())


def test_the_chinese_embassy_is_chinas_embassy_where_the_story_is_written() -> None:
    washington = _links(
        "Rep. Brian Mast (R-Fla.) said the bills were a signal. "
        "The Chinese Embassy called the votes a dangerous provocation."
    )
    assert washington["The Chinese Embassy"] == {"china-embassy-us"}
    tokyo = _links("TOKYO (Kyodo) -- Chinese Embassy officials said on Monday they had protested.")
    assert tokyo["Chinese Embassy"] == {"china-embassy-japan"}


def test_an_embassy_where_china_keeps_none_stays_unlinked() -> None:
    links = _links("TAIPEI (CNA) — The Japanese Embassy said on Monday it had no comment.")
    assert not any(i.startswith("japan-embassy") for ids in links.values() for i in ids)


def test_the_president_named_by_his_capitalised_administration() -> None:
    links = _links(
        "Congressman Ryan Zinke (R-Mont.) called on the Biden Administration to share more.",
        published="2024-02-13",
    )
    assert links["Biden"] == {"joe-biden"}


def test_a_common_noun_term_is_found_with_its_words_hyphened() -> None:
    links = _links("“Anti-access/area-denial is not just a Chinese strategy,” Curtis said.")
    assert links["Anti-access/area-denial"] == {"a2ad"}


def test_a_state_abbreviation_after_a_town_is_the_state() -> None:
    links = _links(
        "IRVINE, Calif. — The interceptors are built by Lockheed Martin in Camden, Ark., "
        "a company spokesperson said."
    )
    assert links["Calif."] == {"california"}
    assert links["Ark."] == {"arkansas"}


@pytest.mark.parametrize(
    ("dateline", "abbreviation", "state"),
    [
        ("LONG BEACH, Calif.--(BUSINESS WIRE)--", "Calif.", "california"),
        ("ARLINGTON, Va.--(BUSINESS WIRE)--", "Va.", "virginia"),
        ("HUNTSVILLE, Ala.--(BUSINESS WIRE)--", "Ala.", "alabama"),
        ("STAMFORD, Conn. –– ", "Conn.", "connecticut"),
    ],
)
def test_a_wire_releases_dateline_joins_the_state_to_the_credit_by_dashes(
    dateline: str, abbreviation: str, state: str
) -> None:
    links = _links(
        f"{dateline}Harbor Systems, Inc. said today that its shipments to Taiwan were on time."
    )
    assert links[abbreviation] == {state}


def test_a_bill_going_on_to_the_other_chamber_goes_to_congress() -> None:
    text = (
        "TAIPEI — A bill passed by the U.S. House of Representatives on Wednesday would ease "
        "double taxation for Taiwanese firms. The bill now goes to the Senate, and Taipei hopes "
        "the Senate acts before the summer recess."
    )
    assert {m.entity_id for m in mentions(text) if m.text == "Senate"} == {"us-senate"}


def test_the_same_chamber_named_in_full_leaves_a_bare_one_to_other_cues() -> None:
    text = (
        "TOKYO — Prime Minister Sanae Takaichi told the House of Representatives on Monday that "
        "a resolution like one the U.S. House passed last year was not needed."
    )
    assert "us-house" not in {m.entity_id for m in mentions(text) if m.start < 80}
