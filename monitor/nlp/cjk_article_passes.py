"""Readings of Chinese and Japanese copy that need every mention the name matches gave: each
pass reads the whole article again, in this order, since each sees what the ones before it
found or mended (a quoted name before the capitals, misspelt people before the readings in
brackets, everything before Japanese copy's short forms).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cjk_bare_principles import bare_principles
from .cjk_bare_services import bare_services
from .cjk_bracketed_acronyms import acronyms_as_glossed
from .cjk_cabinet_bodies import cabinet_named_bodies
from .cjk_capital_sense import capitals_alike
from .cjk_clipped_names import listed_places
from .cjk_clipped_townships import clipped_townships
from .cjk_county_namesakes import county_namesakes
from .cjk_embassies import embassies_in_capitals
from .cjk_flight_airports import flight_airports
from .cjk_headline_bodies import headline_bodies
from .cjk_home import HOME_BY_SCRIPT, far_shore
from .cjk_latin_glosses import latin_glossed_names
from .cjk_latin_misspellings import misspelt_latin_names
from .cjk_listed_prefectures import listed_prefectures, prefectures_listed_beside
from .cjk_listed_types import listed_types
from .cjk_mainland_bodies import mainland_named_bodies
from .cjk_mainland_branches import mainland_branches
from .cjk_misspellings import (
    corrected_names,
    misspelt_before_words,
    misspelt_given_names,
    misspelt_in_brackets,
    relink_misspelt_people,
)
from .cjk_misspelt_families import misspelt_families
from .cjk_misspelt_known import misspelt_known_people
from .cjk_misspelt_terms import misspelt_terms
from .cjk_namesake_ships import namesake_ships
from .cjk_numbered_exercises import numbered_exercises
from .cjk_other_bearers import other_bearers
from .cjk_owned_equipment import japanese_short_forms
from .cjk_owner_bodies import owners_bodies
from .cjk_party_organs import party_of_its_paper
from .cjk_press_home import mainland_named
from .cjk_quoted_names import quoted_names
from .cjk_readings import kana_readings
from .cjk_shortened_bodies import shortened_bodies
from .cjk_swapped_acronyms import swapped_acronyms
from .cjk_title_bodies import bodies_in_titles, chambers_before_speakers
from .cjk_title_countries import countries_on_titles
from .cjk_translated_glosses import translated_glosses
from .cjk_treaty_names import treaty_names
from .cjk_university_short_names import university_short_names
from .east_china_sea_line import east_china_sea_lines

if TYPE_CHECKING:
    from .cjk_entities import CjkNames
    from .kb import KnowledgeBase
    from .mention import Mention


def whole_article_passes(
    text: str,
    folded: str,
    mentions: list[Mention],
    names: CjkNames,
    kb: KnowledgeBase,
    home: str | None,
) -> list[Mention]:
    """The article's mentions after every pass."""
    japanese = home == HOME_BY_SCRIPT["ja"]
    mentions = treaty_names(text, mentions, kb)  # ワシントン条約 holds no Washington
    mentions = quoted_names(text, mentions, names.forms, kb)
    mentions = listed_types(text, folded, mentions, names.forms, kb)
    mentions = latin_glossed_names(text, mentions, kb)
    mentions = capitals_alike(mentions, folded, kb, home)
    mentions = embassies_in_capitals(text, mentions, kb)  # after the capitals' senses
    mentions = owners_bodies(text, mentions, kb)
    mentions = party_of_its_paper(text, folded, mentions, kb)  # "共産党系の環球時報"
    mentions = cabinet_named_bodies(text, mentions, kb)
    mentions = mainland_named_bodies(text, mentions, kb)
    mentions = mainland_branches(text, mentions, kb, home)
    mentions = far_shore(text, mentions, kb, home)
    mentions = county_namesakes(text, mentions, kb)  # 連江: Matsu's county or Fuzhou's
    mentions = headline_bodies(text, folded, mentions, names, kb)  # after the branches' sides
    if japanese:  # Chinese copy's labels leave a title's ministry out
        mentions = countries_on_titles(text, mentions, kb)
        mentions = bodies_in_titles(text, folded, mentions, names, kb)
    else:
        mentions = chambers_before_speakers(text, folded, mentions, names, kb)
    mentions = other_bearers(text, mentions, kb)  # "エミリー・カーター氏", no Jimmy Carter
    mentions = relink_misspelt_people(mentions, kb)
    mentions = misspelt_before_words(text, mentions, kb)
    mentions = misspelt_given_names(text, mentions, kb)
    mentions = misspelt_families(text, mentions, kb)  # "丘國正說" beside 邱國正
    mentions = misspelt_latin_names(text, mentions, kb)  # "Raymond Green" beside Greene
    mentions = misspelt_known_people(text, folded, mentions, names.person_forms, kb)  # 玉木デニー
    mentions = corrected_names(text, mentions, kb)
    mentions = misspelt_terms(text, mentions, kb, japanese=japanese)
    # Both read the mentions as they stand here, so neither sees the other's.
    found = [*misspelt_in_brackets(text, mentions, kb), *mainland_named(text, mentions, kb)]
    mentions = kana_readings(text, sorted([*mentions, *found], key=lambda m: m.start))
    mentions = numbered_exercises(text, mentions, names.forms, kb)
    mentions = acronyms_as_glossed(text, mentions, kb)
    mentions = translated_glosses(text, mentions, kb)
    mentions = bare_services(mentions, kb)  # after the glosses, which name the corps meant
    mentions = listed_places(text, mentions, kb, japanese=japanese)
    mentions = listed_prefectures(text, mentions, kb)  # "群馬、千葉等5縣"
    mentions = flight_airports(text, mentions, kb, japanese=japanese)
    mentions = east_china_sea_lines(text, mentions, kb)  # 東シナ海の…中間線
    mentions = university_short_names(text, mentions, kb)  # 成大 beside 國立成功大學
    if not japanese:  # 金城 is an Okinawan family name in Japanese copy
        mentions = prefectures_listed_beside(text, clipped_townships(text, mentions, kb), kb)
        return bare_principles(text, mentions, kb)
    mentions = shortened_bodies(mentions, kb)
    mentions = swapped_acronyms(text, mentions, kb)
    mentions = japanese_short_forms(text, mentions, kb)  # 秋田 beside 秋田県
    return namesake_ships(text, prefectures_listed_beside(text, mentions, kb), kb)
