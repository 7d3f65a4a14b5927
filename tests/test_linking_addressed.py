"""People greeted by title and family name alone, as speeches as delivered name them ("Premier
Su", "Director Greene", "Vice President Hsiao", "Minister Lin"): the person who held that office
on the article's date, and only when the family name is theirs."""

from datetime import date, timedelta

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.addressed_people import ADDRESS_TITLES, addressed_holder
from monitor.nlp.kb import default_kb
from monitor.nlp.names import fold


def linked(text: str, published: str, surface: str) -> str | None:
    found = {m.text: m.entity_id for m in mentions(text, published)}
    return found.get(surface)


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        ("Vice President Lai, Premier Su, distinguished guests: good morning.", "2020-10-10",
         "Su", "su-tseng-chang"),
        ("Premier Su's remarks at the Cabinet's New Year tea party", "2023-01-05", "Su",
         "su-tseng-chang"),
        ("Chairman Su, Director-General, distinguished guests: good afternoon.", "2025-07-17",
         "Su", "su-jia-chyuan"),
        ("Thank you, Speaker Su, and thank you to every caucus.", "2018-03-02", "Su",
         "su-jia-chyuan"),
        ("Vice President Hsiao's remarks at the National Day banquet", "2025-10-10", "Hsiao",
         "hsiao-bi-khim"),
        ("Director Greene, distinguished guests, friends: good morning.", "2024-08-13",
         "Greene", "raymond-greene"),
        ("Thank you, Minister Lin, and thank you to our Taiwanese hosts.", "2024-05-30", "Lin",
         "lin-chia-lung"),
        ("PM Ishiba says no damage was reported.", "2025-04-24", "Ishiba", "shigeru-ishiba"),
    ],
)  # fmt: skip
def test_a_title_and_family_name_are_the_holder_on_the_day(
    text: str, published: str, surface: str, expected: str
) -> None:
    assert linked(text, published, surface) == expected


@pytest.mark.parametrize(
    ("text", "published", "surface", "not_expected"),
    [
        # Su Tseng-chang left the premiership in January 2023; Chen Chien-jen held it then.
        ("Premier Su thanked the envoys for coming.", "2024-01-05", "Su", "su-tseng-chang"),
        # Lin Chia-lung was transport minister in 2020, an office the knowledge base leaves
        # undated: "Minister Lin" is then none of the dated ministers.
        ("Thank you, Minister Lin, for the dinner.", "2020-06-01", "Lin", "lin-chia-lung"),
        ("Former Premier Su greeted the delegation.", "2021-03-01", "Su", "su-tseng-chang"),
    ],
)  # fmt: skip
def test_no_holder_of_that_name_that_day_links_no_one(
    text: str, published: str, surface: str, not_expected: str
) -> None:
    assert linked(text, published, surface) != not_expected


_KB = default_kb()
_TOKENIZER = spacy.blank("en")
_FAMILIES = sorted(
    family
    for family in {_KB.entities[p].family_name or "" for terms in _KB.holders.values()
                   for *_, p in terms}
    if len(_TOKENIZER(family)) == 1
)  # fmt: skip
_FIRST_DAY, _DAYS = date(2020, 1, 1), (date(2026, 12, 31) - date(2020, 1, 1)).days


@settings(max_examples=300)
@given(
    st.sampled_from(sorted(ADDRESS_TITLES)),
    st.sampled_from(_FAMILIES),
    st.integers(0, _DAYS),
    st.booleans(),
)
def test_a_greeted_name_is_only_ever_a_holder_of_that_title_that_day(
    title: str, family: str, day: int, former: bool
) -> None:
    on = _FIRST_DAY + timedelta(days=day)
    words = f"{'former ' if former else ''}{title.title()} {family} spoke"
    doc = _TOKENIZER(words)
    person = addressed_holder(doc, len(doc) - 2, _KB, on)
    if former:  # "former Premier Su" is whoever held it before, which no date here says
        assert person is None
    if person is None:
        return
    assert fold(_KB.entities[person].family_name or "") == fold(family)
    assert any(
        _KB.holder(office, country, on) == person
        for office, country in _KB.holders
        if office in ADDRESS_TITLES[title]
    )
