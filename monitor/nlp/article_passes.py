"""Readings that need every mention the spans gave: each pass reads the whole article again.

They run in this order because each sees what the ones before it found or mended: a misspelt
name is mended before a bare "Mr Ishiba" is matched to it, and demonyms and capitals are known
before the leaders' pairs and the embassies are read.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .airports import airports_by_city
from .beijings_one_china import beijings_one_china
from .city_closed_events import cities_closing_event_names
from .city_networks import city_networks
from .class_names_alone import class_names_alone
from .clipped_family_names import clipped_family_names
from .companies import companies_by_initials
from .compass_directions import compass_directions
from .concept_countries import countries_inside_concepts
from .congress_tags import tagged_states
from .described_bodies import regions_before_common_heads
from .east_china_sea_line import east_china_sea_lines
from .embassies import embassies_at_home
from .fighter_initials import fighter_initials
from .initialisms import initialisms
from .initialled_sites import initialled_sites
from .kb import KnowledgeBase
from .korean_halves import korean_halves
from .leader_pairs import leader_pairs
from .listed_islands import listed_islands
from .listed_slips import listed_slips
from .mended_names import mended_names
from .mention import Mention
from .namesake_places import namesake_places
from .owners import country_pairs, leading_demonyms
from .people import people_named_before, respelt_people
from .pinyin_spellings import pinyin_spellings
from .place_led_terms import place_led_terms
from .places import island_straits, seats_inside
from .places_in_names import places_in_unknown_names
from .repeated_misspellings import repeated_misspellings
from .shared_plurals import shared_plurals
from .slashed_variants import slashed_variants
from .slipped_places import slipped_places
from .state_homes import state_homes
from .the_states import the_states
from .the_strait import the_strait
from .town_states import towns_states
from .trailing_demonyms import trailing_demonyms
from .type_nicknames import type_nicknames
from .unmarked_names import unmarked_names

if TYPE_CHECKING:
    from spacy.tokens import Doc


def whole_article_passes(
    doc: Doc,
    text: str,
    mentions: list[Mention],
    named_here: dict[str, str],
    home: str | None,
    kb: KnowledgeBase,
    published: date | None,
) -> list[Mention]:
    """The article's mentions after every pass, in reading order."""
    mentions = respelt_people(mentions, named_here, kb)
    mentions = mended_names(text, mentions, kb)  # "Nakatanai"
    mentions = slipped_places(text, mentions, kb)  # "Senakakus" beside "Senkakus"
    mentions = listed_slips(text, mentions, kb)  # "on Yonaguni and Ishigkai"
    mentions = compass_directions(mentions, kb)  # "the western Pacific"
    mentions = shared_plurals(text, mentions, kb)  # "Taiwan, Japan coast guards"
    mentions = city_networks(text, mentions, kb)  # "a Taichung metro extension"
    mentions += unmarked_names(doc, mentions, named_here, kb, published)  # "Mr Ishiba"
    mentions += repeated_misspellings(text, mentions, kb)  # a headline's "Nakatany"
    mentions = the_strait(doc, mentions, kb)  # "the Strait"
    mentions = place_led_terms(text, mentions, kb)  # "Taiwan Strait" + "median line"
    mentions = east_china_sea_lines(text, mentions, kb)  # "the median line Japan proposes"
    mentions = island_straits(doc, mentions, kb)  # "via Miyako"
    mentions = listed_islands(text, mentions, kb)  # "from Amami to Okinawa, Miyako and Yonaguni"
    mentions = airports_by_city(text, mentions, kb)  # "arrived at Taoyuan on a flight"
    # Both read the mentions as they stand here, so neither sees the other's.
    mentions += leading_demonyms(doc, mentions, kb) + country_pairs(doc, mentions, kb)
    mentions = trailing_demonyms(text, mentions, kb)  # "Cheap Chinese" opening a headline
    mentions += seats_inside(mentions, kb)  # "Tokyo" in "the Chinese Embassy in Tokyo"
    mentions += initialled_sites(text, mentions, kb)  # "JGSDF" in "JGSDF Camp Naha"
    mentions += regions_before_common_heads(text, mentions, kb)  # "the Fujian coast guard"
    mentions += countries_inside_concepts(mentions, kb)  # "threatening Japan's survival"
    mentions += places_in_unknown_names(mentions, kb)  # "the Taiwan-US Defense Industry Forum"
    mentions += cities_closing_event_names(text, mentions, kb)  # "at Signage Frontier Tokyo"
    mentions = korean_halves(text, mentions, kb)  # "the North"
    mentions = the_states(text, mentions, kb)  # "customers in the States"
    mentions = leader_pairs(text, mentions, kb)  # "the Biden-Xi talks"
    mentions = class_names_alone(text, mentions, kb)
    mentions = type_nicknames(text, mentions, kb)  # "the Abrams" after "M1A2T Abrams"
    mentions = slashed_variants(text, mentions, kb)  # "F-16A/B"
    mentions = tagged_states(text, mentions, kb)  # "(D-Del.)"
    mentions = state_homes(doc, mentions, kb)  # "Washington" in a story from Yakima, Wash.
    mentions = towns_states(text, mentions, kb)  # "based in Everett, Washington."
    mentions = embassies_at_home(text, mentions, home, kb)  # "the Chinese Embassy"
    mentions = initialisms(doc, mentions, kb)  # "ETC"
    mentions = fighter_initials(text, mentions, kb)  # "the IDF" beside Taiwan's air force
    mentions = pinyin_spellings(text, mentions, kb)  # "(Gaoxiong)"
    mentions = people_named_before(companies_by_initials(mentions, kb, text))
    mentions = clipped_family_names(mentions, kb)  # "Hsie" after "Frank Hsieh"
    mentions = namesake_places(text, mentions, kb)  # "Kenji Miyagi ... Miyagi said"
    mentions = beijings_one_china(text, mentions, kb)  # "Beijing's 'one China' framework"
    return sorted(mentions, key=lambda mention: mention.start)
