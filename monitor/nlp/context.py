"""Whose is it? The country an article is written from, and the words around one mention.

A Taipei-datelined story's "the Foreign Ministry" is Taiwan's; "Beijing warned" is China's
government, "Taipei's night markets" the city. These are the word cues that decide, read from
the Doc the model produced (tokens and entities only: no parser), so they cost next to nothing.
The words right around one body are read in qualifiers.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .bracketed_datelines import bracketed_dateline
from .cable_posts import cable_post_country
from .datelines import ItemDatelines, filed_from, item_datelines
from .entity_countries import country_of
from .export_fields import body_starts
from .kb import KnowledgeBase
from .letter_homes import signed_country
from .local_units import region_by_name
from .mastheads import masthead_country
from .names import fold
from .opinion_homes import opinion_country
from .paragraph_scenes import ParagraphScenes, paragraph_scenes
from .record_homes import record_country
from .resolve import resolve_name
from .source_lists import sources_country
from .translation_homes import translated_country

if TYPE_CHECKING:
    from spacy.tokens import Span


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "TAIPEI (CNA) —", "TOKYO, Nov. 7 (Jiji Press)--", "NAHA, Japan, Nov. 24 (Kyodo) --",
# "Taipei, Nov. 24 (CNA)", "TAIPEI/TOKYO, May 22 (Reuters) -", "TAIPEI, Feb 5, 2026 (AFP) -",
# "Taipei [Taiwan], July 23 (ANI):" (Indian agencies bracket the country), "Taipei, Taiwan,
# R.O.C. — January 16, 2026 —" (a filing's exhibit adds the state's initials),
# "MANILA: ...": a place at the start of a paragraph (or of a database's "Full text: " field),
# a date (with its year or not), then a dash, an outlet credit or (in capitals) a colon.
# Some US papers set a double slash for the dash ("TAIPEI // Chinese military activity ...").
# Tickers and picture desks space the slash ("KINMEN / TAIPEI —") and open a line with a
# marker ("▶ TAIPEI —").
# A story filed from two places names the second after the first one's region, in capitals
# ("NATIONAL HARBOR, Maryland / TAIPEI —"): both are where it was written, neither an actor.
_DATELINE = re.compile(
    r"(?:^|(?<=:[ \t]))[ \t]*(?:[▶►•][ \t]*)?"
    r"(?P<place>[A-Z][A-Za-z'.]*(?:(?:[ \t]*/[ \t]*|[ -])[A-Z][A-Za-z'.]*){0,3})"
    r"(?:[ \t]*\[(?P<bracketed>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})\])?"
    r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})(?:,[ \t]*[A-Z][A-Z.]+)?"
    r"(?:[ \t]*/[ \t]*[A-Z][A-Z'.]*(?: [A-Z][A-Z'.]*){0,2})?)??"
    r"(?:,?[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})"
    r"(?:,?[ \t]+(?:19|20)\d\d)?)?"
    r"[ \t]*(?:\((?P<outlet>[^()\n]{2,60})\)[ \t]*(?:—|–|--|-)?|(?:—|–|--)|(?:-|//)(?=[ \t])"
    r"|(?P<colon>:)(?=[ \t]))",
    re.M,
)  # a bare hyphen only before a space: "China-Japan row deepens" is a headline, no dateline;
# a colon only after a city in capitals ("TAIPEI: Taiwan said ..."), never "PLA: a guide"
# "TAIPEI, September 14. /TASS/.", "TOKYO/TAIPEI, Aug. 20. /TASS/.", "TAIPEI. KAZINFORM –":
# Russian and Central Asian agencies close the place (and date) with a full stop, then credit
# themselves between slashes or, in capitals, before a dash: no sentence opens that way.
_AGENCY_DATELINE = re.compile(
    r"(?:^|(?<=:[ \t]))[ \t]*(?P<place>[A-Z][A-Z'-]*(?:[ /][A-Z][A-Z'-]*){0,3})"
    r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}))?\.[ \t]*"
    r"(?:/(?P<outlet>[A-Z][A-Za-z -]{1,30})/\.?"
    r"|(?P<credit>[A-Z][A-Z-]{1,30})[ \t]+(?:—|–|--|-)(?=[ \t]))",
    re.M,
)
# "(Taipei Times)", "Source: Taipei Times", "– SCMP", "(The Japan Times)": the outlet credited
# at the foot of a story that has no dateline.
_CLOSING_CREDIT = re.compile(
    r"(?:\(|Source:[ \t]*|[—–-][ \t]*)(?P<outlet>[A-Z][A-Za-z.' ]{1,40}?)\)?[ \t]*\.?\s*\Z"
)
# "Staff writer, with CNA", "By Jane Doe, with AFP": a byline line crediting a wire service.
_BYLINE_CREDIT = re.compile(
    r"^[ \t]*(?:Staff writer|By [A-Z][^,\n]{1,60}|[A-Z][a-z]+ [A-Z][a-z]+),?[ \t]+with[ \t]+"
    r"(?P<outlet>[A-Z][A-Za-z.' ]{1,40}?)[ \t]*$",
    re.M,
)
# "Summary of the closed-door briefing — Tokyo, 12 March 2025": a report's or a meeting's
# heading closes on the city and the day it is dated from, and the bodies its briefers come from
# are that city's country's, as a wire story's are its dateline's.
_HEADING_DATELINE = re.compile(
    r"^[ \t]*[A-Z][^\n—–]{2,80}?[ \t](?:—|–|--)[ \t]*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?),"
    r"[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})"
    r"(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*$",
    re.M,
)
CREDIT_WITHIN = 80  # characters: the credit closes the text
DATELINE_WITHIN = 600  # characters: the first paragraph of the body, after a title

# A capital stands for its government when it acts: it says, warns or approves; it is asked,
# angered or thanked; it has a policy or a protest; it is one of two capitals in relations.
SAYING_OR_ACTING = words("""
    said says say warned warns warn urged urges urge accused accuses accuse approved approves
    approve thanked thanks thank protested protests condemned condemns announced announces
    responded responds demanded demands rejected rejects welcomed welcomes criticized criticised
    criticizes criticises insisted insists claimed claims denied denies vowed vows pledged
    pledges agreed agrees has have had will would should must wants wanted sees saw views
    considers regards hopes plans planned opposes opposed lodged lodges sent sends imposed
    imposes sanctioned pressed presses pushed pushes expressed expresses called calls told tells
    asked asks maintains argued argues fears feared retaliated slammed slams blasted blasts hit
    hits rapped raps rebuked rebukes eyes eyed seeks sought signed signs offered offers
    reiterated reiterates confirmed confirms stressed stresses summoned summons recalled
    responded decided decides declined declines refused refuses objected objects backed backs
    supports supported issued issues released ordered orders launched launches deployed deploys
    fired fires conducted conducts threatened threatens notified notifies is was remains
    described describes
""")
FUNCTION_WORDS = words("""
    of and or in on at to for from with by that which who whose as also did does said says
    would could should may might can will has have had is was were are be been being but
    while after before since until when where if than into onto through across toward towards
""")  # ("sending its coastguard into the waters": a motion's preposition follows no modifier)


@dataclass(frozen=True)
class DocEntities:
    """A Doc's entities by the token they start and end at, read once: `doc.ents` builds new
    Span objects each time it is read, and the cues below look up neighbours by position."""

    by_start: dict[int, Span]
    by_end: dict[int, Span]

    @classmethod
    def of(cls, ents: Iterable[Span]) -> DocEntities:
        ents = list(ents)  # they never overlap, so one per start and one per end
        return cls({e.start: e for e in ents}, {e.end: e for e in ents})


@dataclass(frozen=True)
class ArticleContext:
    """What the article says about itself: where it was written and by whom."""

    dateline_country: str | None = None
    outlet_country: str | None = None
    dateline: range = range(0)  # the dateline's character offsets: its place is a place
    credited_country: str | None = None  # the outlet credited at the foot, with no dateline
    items: ItemDatelines = ItemDatelines()  # a digest's later datelines: places, and homes
    issuer_country: str | None = None  # the issuer a release's head names (issuers.py)
    masthead_country: str | None = None  # the outlet a bulletin's first line names (mastheads.py)
    signed_country: str | None = None  # the town a reader's letter is signed from (letter_homes.py)
    post_country: str | None = None  # the post a cable is filed from (cable_posts.py)
    translated_country: str | None = None  # an interview's source language (translation_homes)
    scenes: ParagraphScenes = ParagraphScenes()  # "From Tokyo, ..." (paragraph_scenes.py)

    def in_dateline(self, offset: int) -> bool:
        return offset in self.dateline or self.items.contain(offset)

    def at(self, offset: int) -> ArticleContext:
        """The context of the paragraph or digest item the text at `offset` belongs to: the
        scene the paragraph sets, else the item's own dateline, is home to its generic bodies."""
        country = self.scenes.country_at(offset) or self.items.country_at(offset)
        if country is None or country == self.dateline_country:
            return self
        return replace(self, dateline_country=country)

    @property
    def home(self) -> str | None:
        """The country a generic name belongs to when nothing nearer says."""
        home = self.dateline_country or self.outlet_country or self.signed_country
        return home or self.post_country or self.translated_country

    def home_of(self, name: str) -> str | None:
        """The home of this generic name: a credit at the foot decides a capitalised body ("the
        Cabinet", "the MND") but not a common noun ("the military", "the coast guard"), which
        a story without a dateline uses of whichever country it is about. So does the issuer
        a release with neither names at its head."""
        credited = self.credited_country or self.issuer_country
        return self.home or (credited if not name.islower() else None)


def article_context(text: str, kb: KnowledgeBase) -> ArticleContext:
    """The dateline and outlet of the article whose text (the Doc's) this is."""
    # Any line may hold it: a correction note or a headline can stand on the line before.
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text[:DATELINE_WITHIN])]
    starts += body_starts(text)  # "Full text: Taipei, Feb. 27 (Jiji Press)--" in an export
    items, scenes = item_datelines(text, kb), paragraph_scenes(text, kb)
    for start in starts:
        if (bracketed := bracketed_dateline(text, start, kb)) is not None:  # "[Taipei = Jiji]"
            return ArticleContext(*bracketed, items=items, scenes=scenes)
        # The agency's form first: the general pattern would read its "TAIPEI. KAZINFORM" as
        # one place.
        match = _AGENCY_DATELINE.match(text, start) or _DATELINE.match(text, start)
        if not match:
            continue
        groups = match.groupdict()
        first, place = filed_from(groups["place"], kb)
        region = groups.get("region") or groups.get("bracketed") or ""
        # "KANAZAWA, Ishikawa —": a Japanese town is filed with its prefecture's short name.
        place = place or resolve_name(region, kb) or (region and region_by_name(region, kb))
        if groups.get("colon") and not _opens_a_story(first, place, text, match.end(), kb):
            continue
        credit = groups["outlet"] or groups.get("credit") or ""
        outlet = _outlet(resolve_name(credit, kb), kb)
        dateline_country = country_of(place, kb)
        outlet_country = country_of(outlet, kb) if outlet else None
        if dateline_country or outlet_country:
            dateline = range(start, match.end())
            return ArticleContext(
                dateline_country, outlet_country, dateline, items=items, scenes=scenes
            )
    heading = _HEADING_DATELINE.search(text, 0, DATELINE_WITHIN)
    if heading and (country := country_of(resolve_name(heading.group("place"), kb), kb)):
        heads = range(*heading.span("place"))
        return ArticleContext(country, dateline=heads, items=items, scenes=scenes)
    masthead = masthead_country(text, kb)
    credited = _credited_outlet_country(text, kb) or masthead or record_country(text, kb)
    credited = credited or opinion_country(text, kb)  # a house's record, an opinion's title
    credited = credited or sources_country(text, kb)  # an AI summary's numbered sources
    return ArticleContext(
        credited_country=credited,
        post_country=cable_post_country(text, kb),
        items=items,
        scenes=scenes,
        masthead_country=masthead,
        signed_country=signed_country(text, kb),
        translated_country=translated_country(text),
    )


# Words in the paragraph a colon opens for it to be a story's first sentence, not a headline.
SENTENCE_WORDS = 8


def _opens_a_story(
    written: str, entity_id: str | None, text: str, end: int, kb: KnowledgeBase
) -> bool:
    """'TAIPEI:' opens a story; 'Taiwan:', 'PLA:' or 'CHINA:' open a headline. A city in title
    case opens one only before a whole sentence ("Taipei: Taiwan's defence ministry said on
    Friday it had tracked ... ."), not before a headline's phrase ("Tokyo: a city on edge")."""
    entry = kb.entities.get(entity_id or "")
    if entry is None or entry.kind not in ("capital", "city"):
        return False
    paragraph = text[end:].split("\n", 1)[0].strip()
    sentence = len(paragraph.split()) >= SENTENCE_WORDS and paragraph.endswith((".", ".”", '."'))
    return written.isupper() or sentence


def _outlet(entity_id: str | None, kb: KnowledgeBase) -> str | None:
    """The entity if it is a news outlet: "People's Liberation Army (PLA)" opening a summary
    is no dateline, and the PLA no outlet."""
    entry = kb.entities.get(entity_id or "")
    return entity_id if entry is not None and entry.kind == "outlet" else None


def _credited_outlet_country(text: str, kb: KnowledgeBase) -> str | None:
    """The country of the outlet a story without a dateline credits at its foot, in a byline
    at its head ("Staff writer, with CNA"); a broadcast's masthead credits its outlet too."""
    for match in (
        _CLOSING_CREDIT.search(text[-CREDIT_WITHIN:]),
        _BYLINE_CREDIT.search(text[:DATELINE_WITHIN]),
    ):
        outlet = _outlet(resolve_name(match.group("outlet"), kb), kb) if match else None
        if outlet:
            return kb.entities[outlet].country
    return None


def folded_without_country(text: str, kb: KnowledgeBase) -> tuple[str | None, str]:
    """'the Chinese Foreign Ministry' -> ('china', 'foreign ministry'): a leading country
    word (name, alias or demonym) split from the rest of a name."""
    words = fold(text).split()
    for size in (3, 2, 1):
        head = " ".join(words[:size])
        country = kb.demonyms.get(head) or kb.index.get(head)
        if country and len(words) > size and country_of(country, kb) == country:
            rest = " ".join(words[size:])
            return country, kb.generic_form(rest) or rest
    return None, kb.generic_form(fold(text)) or fold(text)
