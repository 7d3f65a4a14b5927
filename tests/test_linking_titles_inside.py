"""A local office's title written between its place or party and its holder ("Yonaguni Mayor
Kenichi Itokazu", "Kuomingtang Legislator Ma Wen-chun") leaves each side its own name, on
sentences written for these tests."""

from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions


def links(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in mentions(text, "2022-11-18")]


def test_a_mayor_between_town_and_name_leaves_both() -> None:
    text = (
        "Yonaguni Mayor Kenichi Itokazu said the island's 1,700 people "
        '"feel the tension every day."'
    )
    found = links(text)
    assert ("Kenichi Itokazu", "kenichi-itokazu") in found
    assert ("Yonaguni", "yonaguni") in found


def test_a_misspelt_party_before_a_legislator_is_the_party() -> None:
    text = (
        "Kuomingtang Legislator Ma Wen-chun said seeking observer status would "
        '"needlessly provoke" Beijing.'
    )
    assert ("Kuomingtang", "kmt") in links(text)


# Places and parties with a local office, and people of the knowledge base who held one.
QUALIFIERS = [("Okinawa", "okinawa"), ("Yonaguni", "yonaguni"), ("Kuomintang", "kmt")]
TITLES = ["Mayor", "Governor", "Legislator", "Lawmaker"]
HOLDERS = [("Denny Tamaki", "denny-tamaki"), ("Kenichi Itokazu", "kenichi-itokazu")]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(QUALIFIERS), st.sampled_from(TITLES), st.sampled_from(HOLDERS))
def test_the_title_between_qualifier_and_holder_names_nothing(
    qualifier: tuple[str, str], title: str, holder: tuple[str, str]
) -> None:
    text = f"{qualifier[0]} {title} {holder[0]} told reporters on Friday that talks would go on."
    found = links(text)
    assert holder in found
    assert qualifier in found
    assert not any(title in surface for surface, _ in found)
