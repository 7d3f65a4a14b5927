"""Bare body names the article's country decides, and capitals that trade or receive envoys:
what a reader of Canberra, Brussels and Taipei copy expects each to name."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.portfolio_names import SAYING


def links(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity_id, m.kind) for m in mentions(text, "2025-10-01")]


def linked(text: str, surface: str) -> list[str]:
    return [entity for written, entity, _ in links(text) if written == surface]


CANBERRA = "Task group off the coast\n\nCANBERRA (AAP) - A Chinese task group sailed down the east coast on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        '"We\'re tracking it," a Defence spokesman said.',
        "One former senior Defence official said it was the new normal.",
        "Budget week, and Defence got the headline it wanted.",
        "Defence said it had raised its concerns with Beijing.",
        "Defence has confirmed the ship left the zone.",
    ],
)
def test_defence_named_as_a_department_in_australian_copy_is_australias(sentence: str) -> None:
    assert linked(CANBERRA + sentence, "Defence") == ["australia-dod"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence spending will rise by $12 billion, the Treasurer said.",
        "Defence officials in Canberra say the ship stayed in international waters.",
        "Spending on defence will rise, the Treasurer said.",
        "Planners would do well to say so in the next Defence Strategic Review.",
        "Japan joined the NATO Cooperative Cyber Defence Centre of Excellence this year.",
        "Talks this week:\n• Defence chiefs to restore the military hotline",
    ],
)
def test_defence_as_the_common_noun_names_no_department(sentence: str) -> None:
    assert "australia-dod" not in {entity for _, entity, _ in links(CANBERRA + sentence)}


def test_defence_in_another_countrys_copy_names_no_australian_department() -> None:
    text = "Carrier near Okinawa\n\nTOKYO (Kyodo) -- A Defense spokesman said the destroyer shadowed the carrier."
    assert "australia-dod" not in {entity for _, entity, _ in links(text)}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(SAYING)), st.booleans())
def test_a_sentence_opening_portfolio_is_the_department_only_when_it_speaks(
    verb: str, speaks: bool
) -> None:
    """At a sentence's start "Defence" is a name only as the subject of a verb of saying;
    before any other word it is the common noun ("Defence budgets grew")."""
    after = verb if speaks else "budgets"
    text = CANBERRA + f"Defence {after} the ship left on Friday, the minister added."
    found = "australia-dod" in {entity for _, entity, _ in links(text)}
    assert found == speaks


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("BRUSSELS —", "european-parliament"),
        ("TOKYO (Kyodo) --", "national-diet"),
        ("TAIPEI (CNA) —", "legislative-yuan"),
    ],
)
def test_the_parliament_is_the_one_of_the_datelines_country_or_union(
    dateline: str, expected: str
) -> None:
    text = f"Delegation to the region\n\n{dateline} The Parliament voted on Wednesday to send a delegation to the region."
    assert linked(text, "Parliament") == [expected]


def test_a_capital_a_traveller_comes_from_stays_the_city() -> None:
    text = "The delegation flew in from Tokyo on Tuesday after buying souvenirs."
    assert linked(text, "Tokyo") == ["tokyo"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("FRI 20 -- Japan Coast Guard 11th Regional HQ (Naha) monthly Senkaku tally.",
         "11th Regional HQ"),
        ("Naha's Eleventh Regional Coast Guard Headquarters posts its sightings daily.",
         "Eleventh Regional Coast Guard Headquarters"),
    ],
)  # fmt: skip
def test_the_11th_regional_headquarters_in_its_short_forms(text: str, surface: str) -> None:
    """Daybooks shorten the Naha headquarters' name; an analyst still finds the Senkaku office."""
    assert linked(text, surface) == ["jcg-11th-region"]


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from([("China", "Japan", "china-mfa"), ("Japan", "China", "japan-mofa")]),
    st.sampled_from(["ambassador", "envoy"]),
)
def test_a_ministry_that_summons_an_envoy_is_never_the_envoys_country(
    story: tuple[str, str, str], envoy: str
) -> None:
    """However often the sentence names the envoy's country, the ministry summoning its envoy
    is the host's (blind71-a-035: China's ministry summoning Japan's ambassador)."""
    host, guest, host_ministry = story
    text = (
        f"{host} hits back\n\nThe response was swift. The Ministry of Foreign Affairs summoned "
        f"{guest}'s {envoy}; {host}'s tourism office warned against travel to {guest}."
    )
    assert linked(text, "Ministry of Foreign Affairs") == [host_ministry]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan's coast guard reported no Chinese vessels near the Senkaku Islands on Friday.",
         "japan-coast-guard"),
        ("Four ships sailed near the islands, in what Beijing's coast guard described as a patrol.",
         "china-coast-guard"),
    ],
)  # fmt: skip
def test_a_coast_guard_that_reports_or_describes_is_the_body(sentence: str, expected: str) -> None:
    assert linked(sentence, "coast guard") == [expected]


MINISTRIES = [("Defence Ministry", "japan-mod"), ("Finance Ministry", "japan-mof"),
              ("Foreign Ministry", "japan-mofa")]  # fmt: skip


@settings(max_examples=12, deadline=None)
@given(st.permutations(MINISTRIES))
def test_the_ministry_alone_is_the_one_of_several_named_just_before(
    ministries: list[tuple[str, str]],
) -> None:
    """The Ministry alone after "The Defence Ministry said ..." is the Defence Ministry, though the
    story names other ministries too (blind71-a-032); with none named in its own sentence or
    the one before, it stays unlinked."""
    (first, first_id), (second, _), (third, _) = ministries
    text = (
        f"Budget approved\n\nTokyo, Dec 27 (PTI) The {first} said the budget includes missiles. "
        f"The Ministry has also sought money for carriers. Lawmakers met on Friday. "
        f"Reporters waited outside. The {second} and the {third} said spending is on track."
    )
    assert linked(text, "Ministry") == [first_id]
    later = text.replace("The Ministry has also sought money for carriers. ", "").replace(
        "Reporters waited outside.", "The Ministry has also sought money for carriers."
    )
    assert linked(later, "Ministry") == []


def test_a_coast_guards_reports_on_a_place_are_its_papers() -> None:
    """A coast guard's "reports on the Senkaku Islands" are its papers, not the body."""
    text = "Japan uses the same terms in its coast guard reports on the Senkaku Islands."
    assert linked(text, "coast guard") == []


SENKAKU_REPORT = (
    "Senkaku: CCG presence hits 123rd straight day\n\n"
    "Four China Coast Guard ships were sailing in the contiguous zone around the Senkaku "
    "Islands as of noon on Saturday, the Japan Coast Guard said.\n\n"
    "One of the ships appeared to be armed with a cannon, the coast guard said."
)


def test_a_bare_body_that_speaks_is_the_one_of_its_name_that_spoke() -> None:
    assert linked(SENKAKU_REPORT, "coast guard") == ["japan-coast-guard"]


def test_a_bare_body_no_named_one_spoke_before_stays_undecided() -> None:
    text = SENKAKU_REPORT.replace(
        "the Japan Coast Guard said", "as Japan Coast Guard cutters watched"
    )
    assert linked(text, "coast guard") == []
