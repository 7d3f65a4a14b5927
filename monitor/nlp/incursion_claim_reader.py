"""The claim that starts at a token of a sentence: a count, its craft, and how it stands to
the counts around it (incursion_grammar.py's `claim` rule). The grammar walks the sentence and
asks here, at each token, whether a count starts there.
"""

from dataclasses import replace

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_civil_craft import is_civil_craft
from .incursion_claims import Claim
from .incursion_count_words import elided, recounted
from .incursion_counted_there import counted_there
from .incursion_counts_reported import reported_in_its_clause
from .incursion_day_measures import measures_its_day
from .incursion_designators import designator_craft
from .incursion_firsts import after_a_first_time
from .incursion_flights import flights_flown
from .incursion_fronted_partitives import after_partitive, fronted_head
from .incursion_further_counts import further_count
from .incursion_gapped_counts import gapped_count
from .incursion_hull_numbers import names_a_hull
from .incursion_labels import after_label
from .incursion_more_counts import counts_another_noun, more_of_another_noun, stands_alone
from .incursion_number_of import craft_of_number
from .incursion_number_tables import Numbers
from .incursion_ordinal_ones import ARTICLES, opens_with_an_ordinal, ordinal_one_at
from .incursion_pairs import PAIRS, pair_at
from .incursion_phrases import (
    Head,
    craft_of,
    head_at,
    match,
    next_is,
    not_a_count,
    number_at,
    range_end,
)  # fmt: skip
from .incursion_shares import counted, partitive
from .incursion_tokens import Token
from .incursion_trade_trips import fronts_trips
from .incursion_whole_shares import WHOLES, whole_share_at
from .incursion_with_parts import part_told_with
from .incursion_word_positions import first_from


def _nil_at(words: list[Token], i: int) -> tuple[int, int] | None:
    """ "None of the aircraft", "no ships": a count of nought, read as a claim so that it has a
    scope of its own; what it says of a zone is then nobody's, not the count's before it."""
    low = words[i].low
    if low == "none" or (low == "no" and head_at(words, i + 1) is not None):
        return 0, i
    return None


_NILS = {"none", "no"}  # the words _nil_at reads
# The words but numbers a claim opens with (_read_claim_at): a whole share, "a third", "both",
# an approximation ("another"), a count of nought. The claim reader is asked at every word,
# and most words are none of these and no number.
_CLAIM_OPENERS = WHOLES | ARTICLES | PAIRS | set(w.APPROXIMATIONS) | _NILS


def _closes_a_name(words: list[Token], i: int) -> bool:
    """Whether the digits at i end a proper name ("Taipei 101", "Route 9", "Apollo 11"): they
    follow a word in title case inside the sentence that is no date and no place the grammar
    reads ("detected around Taiwan 412 times" counts), and no craft follows them, the next
    word being lower case, as a headline's capitals would not be."""
    if i < 2 or not w.DIGITS.fullmatch(words[i].low):
        return False
    name = words[i - 1]
    if not name.text.istitle() or name.possessive or name.low in _NO_NAME_WORDS:
        return False
    following = words[i + 1].text if i + 1 < len(words) else ""
    return not following[:1].isupper() and head_at(words, i + 1) is None


_NO_NAME_WORDS = {*tw.MONTHS, *tw.WEEKDAYS, *tw.WEEKDAY_ABBREVIATIONS, *w.PLACES, *w.OUTSIDE}
# Approximations that give a bound or a round guess, not the figure itself: an exact figure of
# the same craft, zone and day outranks one read after them ("More than 30 PLA aircraft again.
# The MND says 33 aircraft ...": the fact is 33).
BOUNDS = w.phrases(
    "more than", "over", "at least", "about", "around", "some", "nearly", "almost", "roughly",
    "approximately", "up to", "as many as",
)  # fmt: skip


def claim_at(
    words: list[Token],
    numbers: Numbers,
    i: int,
    blocked: set[int],
    compared: bool,
    listing: bool = False,
) -> Claim | None:
    """The claim at i (_read_claim_at), marked when its figure is a bound ("more than 30");
    `numbers` are the words' (incursion_number_tables.py)."""
    if numbers[i] is None and words[i].low not in _CLAIM_OPENERS:
        return None
    claim = _read_claim_at(words, numbers, i, blocked, compared, listing)
    if claim is not None:
        claim.bounded = match(words, claim.first, BOUNDS) > 0
    return None if claim is not None and _a_threshold(words, claim) else claim


# "two days above 40 aircraft", "three days of more than 30 aircraft": a bar that days cleared,
# which a trader or an analyst sets, not a count of craft sighted.
_PERIODS = {"day", "days", "week", "weeks", "month", "months"}
_ABOVE = {"above", "over", "below", "under"}


def _a_threshold(words: list[Token], claim: Claim) -> bool:
    """Whether the figure, after its bound if any ("more than"), follows a period and a bar."""
    first = claim.first
    # "days of more than 40": the grammar may read the figure again after the bound.
    starts = range(max(0, first - 3), first)
    bound = next((k for k in starts if k + match(words, k, BOUNDS) == first), None)
    opened = first if claim.bounded or bound is None else bound
    before = [token.low for token in words[max(0, opened - 2) : opened]]
    bars = _ABOVE | ({"of", "with"} if claim.bounded or bound is not None else set())
    return len(before) == 2 and before[0] in _PERIODS and before[1] in bars


def _read_claim_at(
    words: list[Token], numbers: Numbers, i: int, blocked: set[int], compared: bool, listing: bool
) -> Claim | None:
    """A claim at i; `compared`: a comparison ends just before ("up from 25 on Tuesday"), so a
    bare number is a count of the craft compared; `listing`: a count of craft comes before, so
    "..., four on Tuesday and three from Kinmen's waters" count the same craft, its noun left
    out."""
    if (whole := whole_share_at(words, i)) is not None:
        return whole
    first = i
    found = numbers[i] or ordinal_one_at(words, i)  # "and a third entered ..."
    found = found or pair_at(words, i)  # "both balloons": the two counted before
    if found is None:  # "another 12 aircraft", but "another ... vessel" is one
        i += match(words, i, w.APPROXIMATIONS) if words[i].low in w.APPROXIMATIONS else 0
        found = numbers[i] if first < i < len(words) else found
    if i >= len(words) or i in blocked:
        return None
    # Most words are no number and no "none": they need none of the tests of a number below.
    found = found or _nil_at(words, i)
    if found is None:
        return None
    if not_a_count(words, i) or _closes_a_name(words, i) or names_a_hull(words, i):
        return None
    if after_a_first_time(words, first):  # "the first time a Chinese carrier had entered"
        return None
    count, end = found
    end = range_end(words, first, end)
    if end + 1 < len(words) and words[end + 1].low in ("%", "percent", "per"):
        return None
    after = end + 1
    if not listing and measures_its_day(words, first, after, blocked):
        return Claim(first, end, count, None, restated=True)  # "; there were four of them."
    out_of = after < len(words) and words[after].low == "out" and next_is(words, after, "of")
    if out_of or (after < len(words) and words[after].low == "of"):
        return partitive(words, first, count, after + out_of + 1, out_of)
    head = (
        _typed_after_sign(words, after) or head_at(words, after) or _flown_by(words, first, after)
    )
    head = head or flights_flown(words, first, after)  # "aircraft made 23 flights"
    if head is not None and is_civil_craft(words, first, head):
        head = replace(head, craft=None)  # merchant shipping or airliners, whatever noun
    if head is not None:
        claim = counted(first, count, head)
        # "a third CCG ship" writes its one craft as surely as a figure does
        claim.articled = words[first].low in ("a", "an") and not opens_with_an_ordinal(words, first)
        # "the two ships", and "the same two ships" of an editor's note: craft counted before.
        claim.reference = first > 0 and words[first - 1].low in w.DEFINITES | {"same"}
        claim.reference = claim.reference or words[first].low == "both"
        claim.reference = claim.reference or _after_of_which(words, first, reach=first)
        # "the 32 aircraft and 11 navy ships it detected around Taiwan": the report's figure
        claim.reference = claim.reference and not reported_in_its_clause(words, head.last)
        # "..., including 11 aircraft that crossed the median line": a subset with its own
        # verb, as "including 11 that crossed" is; the median line is the 11's, not the total's.
        relative = next_is(words, head.last, "that") or next_is(words, head.last, "which")
        claim.relative = relative and phrase_before(words, first, w.BREAKDOWNS)
        # "PLA aircraft: 8 sorties (5 crossed the median line ...)": a bulletin's line that
        # says more after its count is still the line of its label, as "Balloons: 2 (1 ...)" is.
        if (line := after_label(words, first, count, head.last)) is not None:
            claim.labelled, claim.bulleted = True, line.bulleted
        # "... entered the ADIZ on Saturday, and two Y-8s on Sunday": the ADIZ too.
        claim.along = listing and gapped_count(words, claim, blocked)
        return claim
    if (shared := _noun_shared(words, after)) is not None:  # "11 and 14 aircraft"
        return Claim(first, end, count, shared.craft, shared.ships, shared.unmanned)
    if _occasions(words, after):  # "were detected around Taiwan 5,709 times in 2025"
        return Claim(first, after, count, None)
    follower = after + (after < len(words) and words[after].low.endswith("ly"))
    if follower < len(words) and _bare_follower(words, follower):
        relative = words[follower].low in ("that", "which", "who")
        beyond = words[follower].low == "more"
        # "two more US contractors", "ONE MORE THING", "two more questions", "three adopted
        # dogs and fosters a dozen more": no craft
        another = beyond and counts_another_noun(words, follower)
        if another or (beyond and more_of_another_noun(words, first, follower)):
            return None
        back = words[first].low in ("all", "both")  # "All six had left": the six counted before
        # "Monday's 38 was the most": a day's figure told again, not a count of its own
        back = back or (
            first > 0 and words[first - 1].possessive and words[first - 1].low in tw.DAY_WORDS
        )
        back = back or _after_of_which(words, first)
        claim = Claim(first, end, count, None, relative=relative, beyond=beyond, reference=back)
        _of_the_fronted_craft(words, claim)  # "Of the vessels, nine crossed": ships
        # "Three more, this time off Beishan": more of the craft before, where they went.
        claim.ellipsis = beyond and stands_alone(words, follower)
        return claim
    if (number_of := craft_of_number(words, first, end)) is not None:  # "the number of ... at 68"
        named = Claim(first, end, count, number_of.craft, number_of.ships, number_of.unmanned)
        named.detected = True  # the report's count, as "put the figure at 34 aircraft" is
        return named
    if compared or _after_numbered(words, first):
        return Claim(first, end, count, None, totalled=not compared)
    if (further := further_count(words, first, count, end, listing)) is not None:
        return further  # "recorded a further 31, of which 16 crossed": the craft before
    if listing and elided(words, first, follower, blocked):
        # "Four ships were there on Wednesday, four on Thursday": the count before with its
        # noun and verb left out, so in its zones.
        return Claim(first, end, count, None, along=True)
    if listing and recounted(words, first):  # "...; on Tuesday it counted 11, along with"
        return Claim(first, end, count, None, along=True)
    if not listing and measures_its_day(words, first, follower, blocked):
        return Claim(first, end, count, None, restated=True)  # "On Monday it was 56."
    if after_partitive(words, first) or part_told_with(words, first, end):
        return _of_the_fronted_craft(words, Claim(first, end, count, None, reference=True))
    return after_label(words, first, count, end)


def _of_the_fronted_craft(words: list[Token], claim: Claim) -> Claim:
    """A bare count after a fronted partitive that names its craft ("Of the PLA Navy ships,
    nine crossed ...") is a share of those craft, as "nine of the PLA Navy ships" is: its
    craft are the partitive's, not the last named before it. Counts paired "respectively"
    with the totals before ("Of the aircraft, 28 and 11 respectively entered ...") are each
    its own total's share, so they keep the pairing's craft and days."""
    if any(t.low == "respectively" for t in words[claim.last + 1 : claim.last + _PAIRED_REACH]):
        return claim
    claim.foreign = fronts_trips(words, claim.first)  # "Of its sailings, two ...": no craft
    head = fronted_head(words, claim.first) if claim.first > 2 else None
    if head is not None and head.craft is not None:
        claim.craft, claim.ships, claim.unmanned = head.craft, head.ships, head.unmanned
        claim.reference = claim.fronted = True
    return claim


_PAIRED_REACH = 6  # "28 and 11 respectively", "12, 9 and 4 respectively"
_TIMES = {"x", "×"}


def _typed_after_sign(words: list[Token], after: int) -> Head | None:
    """The craft of a count a flight-ops notice writes with a multiplication sign before its
    one type: "12 x J-16 and 4 x H-6K crossed" counts aircraft as "12 J-16s and 4 H-6Ks" do."""
    if after + 1 >= len(words) or words[after].low not in _TIMES:
        return None
    craft = designator_craft(words[after + 1].low)
    return None if craft is None else Head(craft, None, craft == "drones", after + 1)


def _after_of_which(words: list[Token], first: int, reach: int = 1) -> bool:
    """Whether a count follows "CRAFT, of which" or "CRAFT, of them": "15 aircraft, of which 10
    entered the ADIZ" tells a share of the count before, as "10 of which" does. A count with no
    noun before ("recorded a further 31, of which 16 crossed") is read by further_count. A count
    that names its craft is a share of craft named anywhere before in its sentence ("248 PLA
    aircraft and 89 vessel-sightings around Taiwan, of which 154 aircraft entered the ADIZ")."""
    before = [token.low for token in words[max(0, first - 3) : first]]
    if before not in ([",", "of", "which"], [",", "of", "them"]):
        return False
    named = first_from(words, _names_craft, max(0, first - 3 - reach))
    return named is not None and named < first - 3


def _names_craft(words: list[Token], at: int) -> bool:
    return bool(craft_of(words[at]))


_SORTIES_REACH = 8  # tokens back from "and" to "sorties by": "sorties by PLA Navy aircraft"


def _flown_by(words: list[Token], first: int, after: int) -> "Head | None":
    """The craft of a count whose noun is left out after a count of sorties by one craft:
    "17 sorties by PLA aircraft and nine by drones" counts nine drones' sorties. Only sorties
    are so elided; "243 appearances by navy vessels and 38 by coast guard ships" counts no
    craft of its own."""
    listed = first > 1 and words[first - 1].low in ("and", ",")
    if not listed or after >= len(words) or words[after].low != "by":
        return None
    reach = range(first - 2, max(0, first - 2 - _SORTIES_REACH), -1)
    sorties = any(words[j].low in ("sortie", "sorties") and next_is(words, j, "by") for j in reach)
    head = head_at(words, after + 1) if sorties else None
    return head if head is not None and head.craft is not None else None


def _after_numbered(words: list[Token], first: int) -> bool:
    """Whether a bare count follows "numbered" or "totalled", or a count after it and "and"
    ("Navy vessels numbered six and eight"): the craft named before, counted."""
    if first >= 3 and words[first - 1].low == "and" and number_at(words, first - 2):
        first -= 2
    return first > 0 and words[first - 1].low in w.NUMBERED


def _noun_shared(words: list[Token], i: int) -> "Head | None":
    """The craft of a count that shares the noun of the count after it: "11 and 14 aircraft in
    the two periods", "six and eight ships". Each count is a claim of its own."""
    if i >= len(words) or words[i].low != "and" or (found := number_at(words, i + 1)) is None:
        return None
    head = head_at(words, found[1] + 1)
    return head if head is not None and head.craft is not None else None


# The nouns that count the occasions craft were seen: "detected 5,709 times in 2025", "were
# detected around Taiwan on 466 occasions in July".
OCCASION_NOUNS = {"times", "occasions"}


def _occasions(words: list[Token], i: int) -> bool:
    """Whether "times" at i counts the occasions craft were seen ("detected 5,709 times in
    2025", "on 466 occasions"), not a multiple ("three times as many", "twice the number")."""
    if i >= len(words) or words[i].low not in OCCASION_NOUNS:
        return False
    return i + 1 >= len(words) or words[i + 1].low not in w.MULTIPLIED


def phrase_before(words: list[Token], i: int, phrases: w.Phrases) -> bool:
    return any(
        tuple(t.low for t in words[i - len(p) : i]) == p
        for candidates in phrases.values()
        for p in candidates
        if i >= len(p)
    )


# A craft named as what a count is kept apart from: "3 drones, counted separately from the
# aircraft; 2 of them entered the ADIZ" (a daily note's drone line): the drones' "them".
_SET_APART = w.phrases("separately from", "apart from", "distinct from", "aside from")


def set_apart(words: list[Token], i: int) -> bool:
    """Whether the craft named at i (its "the" included) follows a phrase that sets it apart."""
    return phrase_before(words, i, _SET_APART)


# What a note's verbless crossing crosses: "none across ML", "11 across the line".
_LINES = {"ml", "median", "line", "centerline", "centreline"}


def _bare_follower(words: list[Token], follower: int) -> bool:
    """Whether the word after a bare count tells what the counted did ("38 were", "all six
    had left"), or, in a note without verbs, that they crossed a line ("none across ML");
    "424 across the month" spans time, and its count is no crossing."""
    if words[follower].low == "across":
        after = words[follower + 1 : follower + 3]
        if after and after[0].low == "the":
            after = after[1:]
        return bool(after) and after[0].low in _LINES
    return words[follower].low in w.BARE_FOLLOWERS or counted_there(words, follower)
