"""The places a sentence's counts are at, judged by clause rather than by sentence: what its
other clauses name is not where the craft counted were. "Taiwan's ministry counted 45 aircraft
on Monday, while Tokyo said warships sailed past Yonaguni" counts no craft at Yonaguni; nor
does "JINCHENG, Kinmen — The ministry reported 14 aircraft around Taiwan on Saturday and nine
on Sunday, the Kinmen Daily News said" count any at Kinmen: there a dateline says where the
story was filed, and a teller's clause after the counts who told it. The grammar marks the
span of the counts' clauses (Reading.counts_from, Reading.counts_to)."""

from . import incursion_words as w
from .incursion_asides import in_the_dateline
from .incursion_claims import Claim, Reading
from .incursion_designators import designator_craft
from .incursion_figure_comments import comments_on_the_figures
from .incursion_new_subjects import opens_a_clause_of_other_craft
from .incursion_other_tellers import opens_another_tellers_report
from .incursion_part_asides import in_a_parts_clause
from .incursion_paths import leaves_for_the_list
from .incursion_phrases import craft_of, number_at
from .incursion_shared_places import also_off_taiwans_coast
from .incursion_tokens import Token
from .incursion_words import SEA_PLACES
from .incursion_zones import zone_at

_TELLER_REACH = 6  # ", the Kinmen Daily News reported", ", officials in Naha told reporters"

Span = tuple[int, int]
Places = list[tuple[int, str]]


def at_sea_places(reading: Reading) -> bool:
    """Whether the clauses with the sentence's counts name the Senkakus, Kinmen or Matsu, other
    than as where a share of a count was: "gave 14 aircraft, six PLAN vessels and two official
    ships, one of them a China Coast Guard cutter off Matsu" reports the day around Taiwan; so
    does "... 14 aircraft in the 24 hours to 6 a.m. Tuesday, and the coast guard said three
    ships entered the contiguous zone off the Senkakus": a count in a sea zone of its own holds
    the place its zone is at."""
    shares = _places_of_shares(reading.claims) | _places_of_sea_counts(reading.claims)
    return any(
        place in SEA_PLACES and reading.counts_from <= at < reading.counts_to
        for at, place in reading.places
        if place not in shares
    )


_SEA_ZONES = {"contiguous zone", "territorial waters", "restricted waters"}


def _places_of_sea_counts(claims: list[Claim]) -> set[str]:
    """The places of counts that reached a sea zone of their own ("three ships entered the
    contiguous zone off the Senkakus") after a count with no sea zone nor sea place: a roundup
    gives the day's report first and adds another teller's sea clause ("..., and the coast
    guard said ..."). A sentence that opens with its sea count is about that place, and counts
    after it with no zone of their own ("while three more were monitored outside the zone", "a
    further 10 ships were operating in the vicinity") go on at the same place."""
    places: set[str] = set()
    reported = False  # a count before, of no sea zone or place, opened the sentence's report
    for claim in claims:
        at_sea = bool(_SEA_ZONES & set(claim.zones))
        places |= set(claim.places) if at_sea and reported else set()
        sea_place = bool(SEA_PLACES & set(claim.places))
        reported = reported or (claim.count is not None and not at_sea and not sea_place)
    return places


def _places_of_shares(claims: list[Claim]) -> set[str]:
    """The places only shares of a count name: "one of which sailed off Matsu", and the craft
    set beside a share ("one of them a China Coast Guard cutter off Matsu")."""
    of_shares: set[str] = set()
    of_others: set[str] = set()
    for before, claim in zip([None, *claims], claims, strict=False):
        share = claim.reference and claim.count is not None
        beside = before is not None and before.reference and before.count is not None
        share = share or (beside and before is not None and claim.first == before.last + 1)
        (of_shares if share else of_others).update(claim.places)
    return of_shares - of_others


def contrast_after_counts(words: list[Token], claims: list[Claim]) -> int:
    """Where a clause of contrast opens after every count ("Tokyo said two bombers flew over the
    East China Sea, while Taipei reported aircraft around the island"), else the sentence's end:
    the area named after it is the other report's, not the scope of the counts before it. A
    clause after a semicolon whose subject is other craft, named without a count, is one too:
    "14 of the aircraft entered the ADIZ; the Y-9 flew on through the Bashi Channel"."""
    last = max((claim.last for claim in claims), default=len(words))
    contrasts = (
        i
        for i in range(last + 1, len(words))
        if words[i].low in w.CONTRASTS
        or (words[i].low == ";" and _other_craft_open(words, i + 1))
        or another_subjects_clause(words, i)
    )
    return next(contrasts, len(words))


def another_subjects_clause(words: list[Token], i: int) -> bool:
    """Whether a clause about something else opens at i, after the counts: "— but the
    Shandong carrier group was still out east", "as the carrier Shandong steamed through",
    ", and China Coast Guard boats have patrolled near Kinmen", "- figures that would have"."""
    if words[i].low not in OTHER_SUBJECT_OPENERS:  # asked at every word; most open none
        return False
    return (
        but_of_another_subject(words, i)
        or as_other_craft_moved(words, i)
        or opens_a_clause_of_other_craft(words, i)
        or opens_another_tellers_report(words, i)  # ", and the Joint Staff separately reported"
        or comments_on_the_figures(words, i)  # "- figures that would have led bulletins"
    )


# The words each of the rules above opens at: "but", "as", ", and", a dash.
OTHER_SUBJECT_OPENERS = frozenset({"but", "as", "and"} | w.DASHES)


def as_other_craft_moved(words: list[Token], i: int) -> bool:
    """Whether "as" at i opens a clause whose subject is other craft, named without a count:
    "68 aircraft and 10 navy ships as the carrier Shandong steamed through the western
    Pacific" says where the carrier went, not where the craft counted were."""
    return words[i].low == "as" and _other_craft_open(words, i + 1)


def but_of_another_subject(words: list[Token], i: int) -> bool:
    """Whether "but" at i opens a clause about something named, after a comma or a dash:
    "Thursday's count was lower — 13 aircraft and 9 ships — but the Shandong carrier group was
    still out east of the island in the Western Pacific". "..., but the aircraft" points back."""
    return (
        words[i].low == "but"
        and words[i - 1].text in w.DASHES | {","}
        and i + 2 < len(words)
        and words[i + 1].low == "the"
        and words[i + 2].text[:1].isupper()
    )


def _other_craft_open(words: list[Token], i: int) -> bool:
    """Whether craft named without a count open the clause at i: "the Y-9", "a drone"."""
    i += i < len(words) and words[i].low in ("the", "a", "an")
    return i < len(words) and bool(craft_of(words[i]) or designator_craft(words[i].low))


def counts_span(
    words: list[Token],
    claims: list[Claim],
    contrast: int,
    around: bool,
    places: Places,
    own_zone: bool,
) -> Span:
    """Where the counts' clauses start and end, in a sentence whose counts' clauses name Taiwan
    ("Taiwan's defence ministry counted ...", "... around Taiwan") or a zone of Taiwan's own
    (`own_zone`: "28 of the aircraft entered the southwestern ADIZ, ..., as the aircraft
    carrier Shandong sailed in the western Pacific"); elsewhere "A Chinese ship
    was spotted off the Japanese coast, while Taiwan's navy tailed a flotilla through the Bashi
    Channel" has the place of its ship named only after the contrast. They end at a clause of
    contrast after every count; and after the dateline that opens the story, at a teller's
    clause after them (", the Kinmen Daily News reported in its Tuesday edition") where they
    name the area around Taiwan. Without that, a dateline or a teller naming an island
    ("KINMEN — Four ships were spotted", "..., the Kinmen coast guard said") may well say
    where the craft were."""
    # "; the Y-9 flew on through", "— but the Shandong carrier group was still out east"
    # ", and the Japanese Joint Staff separately reported the carrier group passing Yonaguni"
    if contrast < len(words) and (
        words[contrast].low in (";", "but") or opens_another_tellers_report(words, contrast)
    ):
        return 0, contrast
    named = own_zone or any(place == "Taiwan" and at < contrast for at, place in places)
    if not claims or not named:
        return 0, len(words)
    if not around:
        return 0, contrast
    start = 0
    while start < len(words) and in_the_dateline(words, start):
        start += 1
    last = max(claim.last for claim in claims)
    tellers = (i for i in range(last + 1, contrast) if _opens_a_tellers_clause(words, i))
    return start, next(tellers, contrast)


def _opens_a_tellers_clause(words: list[Token], i: int) -> bool:
    """Whether a comma at i opens a teller of a few words and a verb of telling, with no count
    or punctuation between: ", the Kinmen Daily News reported", ", Japanese officials said"."""
    if words[i].low != ",":
        return False
    for j in range(i + 1, min(len(words), i + _TELLER_REACH + 2)):
        if words[j].low in w.REPORT_VERBS:
            return j > i + 1
        if not words[j].text.isalpha() or number_at(words, j) is not None:
            return False
    return False


# ", some of them flying out through the Bashi Channel into the western Pacific": a clause a
# vague share of the craft opens tells where part of them went on to, after the zone the
# sentence counted them in; the place outside the list it names is that part's path.
_VAGUE_SHARES = {"some", "several", "many", "most", "a few", "part"}
_CLAUSE_REACH = 40  # the clause before the share's, back to its comma; a bound keeps it linear
_SHARE_REACH = 16  # ", some of them flying out through the Bashi Channel into the western Pacific"
# "approached a fishing boat from Yonaguni": the home port of a civil boat the ships met.
_CIVIL_CRAFT = {"boat", "boats", "trawler", "trawlers", "ferry", "yacht", "fishermen", "crew"}


def places_no_count(words: list[Token], at: int) -> bool:
    """Whether the place outside the list at `at` is not where the counts were: it lies in a
    clause opened by a comma and a vague share of the craft counted before it (", some of
    them", ", most of which"), names where a civil boat is from, where craft headed once they
    left a zone, where a path into the list began (incursion_paths.py), or is joined to
    Taiwan's own coast ("southwest of Pratas and off the east coast")."""
    if at > 1 and words[at - 1].low == "from" and words[at - 2].low in _CIVIL_CRAFT:
        return True
    if (back := _heading_back(words, at)) is not None and _zoned(words, back):
        return True
    if leaves_for_the_list(words, at):  # "flying a loop from the Bashi Channel up Taiwan's"
        return True
    if also_off_taiwans_coast(words, at) or in_a_parts_clause(words, at):
        return True  # "southwest of Pratas and off the east coast", ", some flying on toward"
    for j in range(at - 1, max(-1, at - _SHARE_REACH), -1):
        if words[j].low == ",":
            share = " ".join(t.low for t in words[j + 1 : j + 4])
            return any(share.startswith(f"{v} of ") for v in _VAGUE_SHARES) and _zoned(words, j)
    return False


# "two drones entered the southwestern ADIZ and turned back toward the Pratas Islands": the
# place is where the craft went once they had left the zone, not where they were counted.
_HEADINGS = {"toward", "towards", "to"}


def _heading_back(words: list[Token], at: int) -> int | None:
    """The index of "back" in "turned back toward (the)" before `at`, else None."""
    heading = at - 1 - (at > 0 and words[at - 1].low == "the")
    if heading < 1 or words[heading].low not in _HEADINGS or words[heading - 1].low != "back":
        return None
    return heading - 1


def _zoned(words: list[Token], comma: int) -> bool:
    """Whether the clause before a comma names a zone the craft were in ("entered the ADIZ in
    the 24 hours to 6 a.m.,"): without one, where the share went is where the craft were ("16
    rockets fired on Wednesday, most of which came down inside Japan's EEZ")."""
    for k in range(comma - 1, max(-1, comma - _CLAUSE_REACH), -1):
        if words[k].low == ",":
            return False
        if (zone := zone_at(words, k)) and zone[0]:
            return True
    return False
