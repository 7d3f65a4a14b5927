"""One sentence of an incursion report, read by a small grammar over its tokens.

    claim     := [approximation] NUMBER [modifier...] CRAFT          "more than 30 PLA aircraft"
               | NUMBER (of | out of) [the|them|which] [NUMBER] [CRAFT]  "10 of the 19 aircraft"
               | NUMBER (verb | that | which | more)                  "19 crossed", "seven that"
               | the [modifier...] CRAFT, as a subject                "the aircraft ... flew into"
               | (none | no CRAFT): a count of nought, which gives no fact  "none of the aircraft"
               | (up from | down from | compared with) ... NUMBER [CRAFT]   "up from 25 on Monday"
               | of the CRAFT "," NUMBER ...                         "Of the aircraft, 18 taking"
               | CRAFT ":" NUMBER, a line of a list announced with a colon   "PLA aircraft: 12"
    NUMBER    := a number | NUMBER (to | or) NUMBER | between NUMBER and NUMBER: the lower bound
    CRAFT     := [modifier...] craft-noun ((, | and | or) [modifier...] craft-noun)*
    group     := claim ((, | and | along with | as well as) claim)*  "28 aircraft and 7 ships"
    scope     := what follows a group up to the next claim or a clause end (";", "while", an
                 ordinal, a superlative, a verb of breakdown, a hedge, or ", after": "..., the
                 29th such incursion since February", "the aircraft included ...", "without
                 saying whether"); a count after "the aircraft included" is a part, no fact
    zone      := ADIZ | median line | contiguous zone | territorial waters | restricted waters
               | (around|near|off) (Taiwan|the island|the country) | waters ... of Taiwan
               | none, in a sentence with a verb of sighting before its counts or a report's
                 window ("in the 24 hours to 6 a.m."): the report's totals, around Taiwan
               | the zone (the last zone named); a zone after "outside", "approach", "not" is
                 not entered

Asides never carry a fact (incursion_asides.py); a list's labelled lines by incursion_labels.py;
numbers, craft and zones by incursion_phrases.py, the claim at a token by
incursion_claim_reader.py, what each count's scope holds by incursion_scopes.py. Each token is
looked at a bounded number of times, so reading is linear in the sentence's length. Resolving
what claims point back to (the craft of "19 of them", the count of "the aircraft", "the zone")
is left to the article (incursions.py).
"""

from datetime import date

from . import incursion_time_words as tw
from . import incursion_words as w
from .incursion_actors import not_chinas
from .incursion_among import among_all_forces
from .incursion_asides import without_asides
from .incursion_claim_reader import OCCASION_NOUNS, claim_at, phrase_before, set_apart
from .incursion_claims import Claim, Mention, Reading
from .incursion_clause_ends import ends_clause
from .incursion_clause_places import contrast_after_counts, counts_span
from .incursion_clause_subjects import is_a_subject
from .incursion_collections import numbers_a_collection
from .incursion_count_words import (
    counts_craft_sold,
    counts_own_craft,
    counts_searchers,
    counts_the_watchers,
    days_after,
    in_a_foreign_group,
    leaves,
    names_a_type,
    names_its_day,
)  # fmt: skip
from .incursion_dashed_parts import announces_parts
from .incursion_dated_ellipses import repeats_an_act
from .incursion_further_counts import on_a_day_of_their_own
from .incursion_labels import bullet, labelled_line, lists_a_report
from .incursion_narrowed_periods import narrowed_to_a_day
from .incursion_number_tables import Numbers, numbers_in
from .incursion_ordinal_ones import opens_with_an_ordinal
from .incursion_parallel_lists import without_parallel_counts
from .incursion_period_hosts import dates_another_word
from .incursion_period_relatives import mark_counts_of_periods_clauses
from .incursion_periods import cumulative_at
from .incursion_phrases import (
    craft_of,
    head_at,
    match,
    names_no_act,
    next_is,
)  # fmt: skip
from .incursion_pictures import shown_in_a_picture
from .incursion_report_figures import mark_report_figures
from .incursion_restated_measures import restate_measures
from .incursion_scopes import COMPARISON_REACH, Marks, group, scope
from .incursion_sequels import follows_a_days_count
from .incursion_shares import share_with_its_total
from .incursion_silent_sentences import counts_or_names_craft, names_a_place
from .incursion_singular_relatives import keep_in_the_total
from .incursion_tallies import tallies_and_parts
from .incursion_teller_clauses import after_a_told_count
from .incursion_tellers import in_a_tellers_tally, told_by_another_state
from .incursion_tokens import Token
from .incursion_windows import states_window, window_and_timing
from .incursion_zone_marks import read_place_at, read_zone_at, read_zones_and_places


def read_sentence(
    tokens: list[Token], dates: dict[int, date], undated: frozenset[int] = frozenset()
) -> Reading:
    """Claims, zones and places of a sentence; `dates` are the days of the tokens written as
    dates, by token index, and `undated` the tokens of dates that date none of its counts (a
    tally's start, "the seventh time since Feb. 14 that ..."): a date's number is no count,
    whatever it dates."""
    visible = without_asides(tokens)
    words = [tokens[i] for i in visible]
    if (line := labelled_line(words, tokens)) is not None and (line.craft or line.zones):
        # "Total PLA aircraft detected around Taiwan in 2025: 5,709": the line's period goes
        # with the count, so "Of those, 3,764 entered the ADIZ" after it is the year's too.
        craft, cumulative = line.craft, line.cumulative
        counted = [Mention(0, craft, line.ships, line.count, cumulative)] if craft else []
        zones = [(0, zone) for zone in line.zones if zone is not None]
        return Reading([line], counted, zones, [], False, False, False, False, visible)
    days = {n: dates[i] for n, i in enumerate(visible) if i in dates}
    blocked, marks = set(days) | {n for n, i in enumerate(visible) if i in undated}, Marks()
    claims: list[Claim] = []
    mentions: list[Mention] = []
    # Most sentences count nothing and name no craft: they tell their zones and places, if any
    # (incursion_silent_sentences.py), and the rules of counts have nothing to read there.
    if counts_or_names_craft(words):
        numbers, position = numbers_in(words), 0  # asked at every word by several rules
        deferred: list[tuple[int, bool]] = []  # words whose marks for counts wait for a claim
        while position < len(words):
            position = _read_at(
                words, numbers, position, blocked, marks, claims, mentions, deferred
            )
    elif names_a_place(words):
        read_zones_and_places(words, marks)
    # "PLA activities around Taiwan (0600 Jan. 7 - 0600 Jan. 8)": a bulletin's heading.
    stated, timed = window_and_timing(words)  # the clock times read once for both
    # A sentence without asides is its words, whose window is read already.
    asides = len(words) < len(tokens)
    window = stated or (not claims and asides and states_window(tokens))
    if claims:  # most sentences count nothing, and need none of the rules of counts
        claims = _counts_read(tokens, visible, claims, mentions, marks, days, (window, timed))
    mentions.sort(key=lambda mention: mention.position)
    zones = [(p, z) for p, z, negated in marks.zones if z is not None and not negated]
    contrast = contrast_after_counts(words, claims)
    around = any(z == "around Taiwan" and p < contrast for p, z in zones)
    # "... around the island from 6 a.m. Thursday to 6 a.m. Friday as follows.": so does
    # a sentence that ends in "as follows" or "the following".
    ending = [token.low for token in words[-3:] if token.low != "."]
    announces = ending[-1:] == [":"] or ending[-2:] in (["as", "follows"], ["the", "following"])
    if announces:  # "the following activity around Taiwan:" is where the craft listed were
        zones += [(position, "around Taiwan") for position in marks.event_zones]
    # A place outside the list named only in that clause, or by who told, is not the counts'.
    own_zone = any(z in w.AIR_ZONES and p < contrast for p, z in zones)  # "entered the ADIZ"
    start, end = counts_span(words, claims, contrast, around, marks.places, own_zone)
    outside = any(start <= at < end for at in marks.outside)
    reading = Reading(
        claims, mentions, zones, marks.places, around, outside, window, announces, visible
    )
    reading.counts_from, reading.counts_to = start, end
    reading.told_abroad = told_by_another_state(words)
    return reading


def _counts_read(
    tokens: list[Token],
    visible: list[int],
    claims: list[Claim],
    mentions: list[Mention],
    marks: Marks,
    days: dict[int, date],
    timing: tuple[bool, bool],
) -> list[Claim]:
    """The sentence's counts with what their scopes hold (zones, periods, parts, sightings),
    the craft counted added to `mentions`; `timing` is whether it states a report's window
    and whether it times its acts (incursion_windows.window_and_timing)."""
    words = [tokens[i] for i in visible]
    mark_report_figures(words, marks)  # "Today's figure was 13 aircraft": what it saw
    if match(tokens, 0, w.BREAKDOWNS):  # "Among them were two J-16s": all parts of a total
        marks.parts.insert(0, 0)
    group(words, claims)
    restate_measures(words, claims)  # "...; on Tuesday it was four J-10s"
    scope(words, claims, marks, days, *timing)
    claims = [c for c in claims if not numbers_a_collection(words, c)]  # "a list of 50 ships"
    keep_in_the_total(words, claims)  # "... and one balloon, which crossed ..."
    on_a_day_of_their_own(claims, days, marks.detections)  # "and on Monday a further 31"
    mark_counts_of_periods_clauses(words, claims, days)  # "a weekend in which two balloons"
    claims = without_parallel_counts(words, claims)  # "two carriers, two straits, two ..."
    if counts_searchers(words):  # "with three patrol vessels combing the area": no sighting
        claims = [claim for claim in claims if claim.zones]
    # Only a sentence with craft pointed back to is searched for a count withheld.
    pointing = any(claim.count is None for claim in claims)
    untold = pointing and any(match(words, i, w.COUNT_UNTOLD) for i in range(len(words)))
    item = bullet(words) > 0
    tallies_and_parts(tokens, visible, claims)
    for claim in claims:
        claim.untold = untold and claim.count is None
        claim.item = item
        claim.left = leaves(words, claim.last)
        if claim.count and claim.craft is not None:  # none counted is no count to point back to
            mentions.append(
                Mention(claim.first, claim.craft, claim.ships, claim.count, claim.cumulative)
            )
    return claims


def _read_at(
    words: list[Token],
    numbers: Numbers,
    i: int,
    blocked: set[int],
    marks: Marks,
    claims: list[Claim],
    mentions: list[Mention],
    deferred: list[tuple[int, bool]],
) -> int:
    """Read what starts at token i; return where the next reading starts. The marks a word
    sets for counts (a clause's end, a hedge, a period's opening, ...) are read only for a
    sentence's claims, and most sentences that name a craft count none ("The aircraft carrier
    Shandong sailed ..."): until the first claim, a word's are `deferred`, and set, in the
    order of their words, only once a claim is read, so a sentence that reads none never
    reads them. Where comparisons end is read at once: a claim is read by it."""
    low = words[i].low
    if (after := read_zone_at(words, i, marks)) is not None:
        return after
    compared = bool(marks.comparisons) and i - marks.comparisons[-1] <= COMPARISON_REACH
    # "Chinese ships have sailed in the zone every day this week: four on Monday, ...": a
    # colon after craft named without a count lists their counts, in the zone named before.
    listed = i > 0 and words[i - 1].low == ":" and bool(mentions) and not claims
    listing = listed or (bool(claims) and claims[-1].count is not None)
    # A share opens at a number, as few words do: "two of the four".
    if numbers[i] is not None and (shares := share_with_its_total(words, numbers, i)) is not None:
        _mark_deferred(words, numbers, blocked, marks, deferred)
        claims += shares  # the share stands at its verb, after the total's zone is read
        return shares[0].last + 1
    if (claim := claim_at(words, numbers, i, blocked, compared, listing)) is not None:
        _mark_deferred(words, numbers, blocked, marks, deferred)
        if listed and claim.craft is None:
            marks.ellipses.append(claim.first)
        if claim.craft is None and words[claim.last].low in OCCASION_NOUNS and mentions:
            named = mentions[-1]  # "Chinese military aircraft were detected ... 5,709 times"
            claim.craft, claim.ships = named.craft, named.ships
        claim.foreign = claim.foreign or counts_own_craft(words, claim.first, claim.last)
        claim.foreign = claim.foreign or counts_craft_sold(words, claim.first, claim.last)
        claim.foreign = claim.foreign or in_a_foreign_group(words, claim.first)
        claim.foreign = claim.foreign or shown_in_a_picture(words, claim.first)
        claim.foreign = claim.foreign or not_chinas(words, claim.first, claim.last)
        claim.foreign = claim.foreign or counts_the_watchers(words, claim.first, claim.last)
        # "while four others flew into ...", "while another three flew into ...", "and a
        # further two entered ...": more of the craft before, in another sector of its zone;
        # "another 28 aircraft" or "a further 22 aircraft" in the next window names its craft
        # and is a count of its own.
        another = words[claim.first].low == "another" and claim.craft is None
        another = another or opens_with_an_ordinal(words, claim.first)  # "and a third entered"
        # "..., a day after two others sailed into waters off Nangan": others on another day.
        claim.additive = (
            (next_is(words, claim.last, "others") and words[max(claim.first - 1, 0)].low != "after")
            or another
            or (claim.first > 0 and words[claim.first - 1].low == "another")
            or (claim.first > 0 and words[claim.first - 1].low == "further" and not claim.craft)
        )
        if not claim.foreign:
            joined = phrase_before(words, claim.first, w.ALONG)
            claim.joined = joined and claim.craft is not None and not claim.reference
            claim.along = claim.along or joined
            claims.append(claim)
        return claim.last + 1
    start = i + (low == "the")
    if (head := head_at(words, start)) is not None:  # a craft named without a count
        if head.craft is not None:
            if start > i and is_a_subject(words, i, head.last, claims[-1] if claims else None):
                # "the aircraft": all counted before; "the balloon": one, whatever was counted
                noun = words[head.last].low
                one = None if noun.endswith("s") or noun == "aircraft" else 1
                claim = Claim(i, head.last, one, head.craft, head.ships, head.unmanned)
                claim.reference = True
                _mark_deferred(words, numbers, blocked, marks, deferred)
                claims.append(claim)
            elif not set_apart(words, i):  # "3 drones, counted separately from the aircraft"
                mentions.append(Mention(start, head.craft, head.ships, None))
                if names_a_type(words, i, head.last):
                    marks.types.append(head.last)
        return head.last + 1
    # An event's place after a count is not the count's; one with none sets the story's scene.
    events_place = bool(claims) and _an_events_place(words, i)
    placed = read_place_at(words, i, marks, events_place)
    if claims:
        _mark_counts_at(words, numbers, i, placed, blocked, marks)
    else:
        deferred.append((i, placed))
    if low in w.COMPARISONS and (length := match(words, i, w.COMPARISONS)):
        marks.comparisons.append(i + length)
    elif follows_a_days_count(words, i):  # ", after 18 on Friday": as "up from 18 on Friday"
        marks.comparisons.append(i + 1)
    return i + 1


def _mark_deferred(
    words: list[Token],
    numbers: Numbers,
    blocked: set[int],
    marks: Marks,
    deferred: list[tuple[int, bool]],
) -> None:
    """The marks for counts of the words deferred, set now that a claim is read."""
    for i, placed in deferred:
        _mark_counts_at(words, numbers, i, placed, blocked, marks)
    deferred.clear()


def _mark_counts_at(
    words: list[Token], numbers: Numbers, i: int, placed: bool, blocked: set[int], marks: Marks
) -> None:
    """The marks the word at i sets for the scopes of counts; `placed` is whether it names a
    place, which ends no clause."""
    low = words[i].low
    if not placed and ends_clause(words, i) and not lists_a_report(words, i):
        marks.cuts.append(i)
    elif not placed and (low in w.DETECTIONS or lists_a_report(words, i)):  # "MND report: 17"
        marks.detections.append(i)
    if low in ("including", "incl", "among") or (
        low in ("and", "but") and i and words[i - 1].low == ","
    ):
        marks.joins.append(i)
    if cumulative_at(words, numbers, i) and not (
        narrowed_to_a_day(words, i)
        or dates_another_word(words, i)
        or in_a_tellers_tally(words, i)
        or after_a_told_count(words, i)  # "..., the coast guard said, and ... so far this year"
    ):
        marks.cumulative.append(i)
    if (
        low in w.BREAKDOWN_VERBS
        and i
        and (craft_of(words[i - 1]) or words[i - 1].low in w.BREAKDOWN_SUBJECTS)
    ):
        marks.parts.append(i)
    # The month is no guess; "We used to see spikes of 60 aircraft" is a habit, no sighting.
    hedge = low in w.HEDGES and words[i].text != "May"
    if hedge or (low == "used" and next_is(words, i, "to")):
        marks.hedges.append(i)
    if low == ":":
        marks.colons.append(i)
    # "... ships among the forces operating around Taiwan" is a fact, no part (incursion_among)
    if low == "among" and _followed_by(words, i, w.PARTITIVE_OBJECTS):
        marks.among += [] if among_all_forces(words, i) else [i]
    # "among them J-16s", "The vessels -- ..., two destroyers", "**Jets** — the MND detected 15
    # aircraft": parts, or a paragraph's lead; "a balloon — or, ..., two balloons" only rewords.
    # A phrase list's match is 0 where the word opens none of its phrases, as most words do:
    # asking the list's keys first spares a call at every word, whatever the lists hold.
    dashed = announces_parts(words, i)
    if (low in w.BREAKDOWNS and match(words, i, w.BREAKDOWNS)) or dashed:
        marks.parts.append(i)
    length = match(words, i, w.ELLIPSES) if low in w.ELLIPSES else 0
    ellipsis = length and not names_no_act(words, i + length)
    if ellipsis or repeats_an_act(words, i, blocked):  # "..., 19 did.", "flew in on Saturday"
        marks.ellipses.append(i)
    # "fewer than the day before", "down from the previous day": the day compared with, not
    # the day of the counts before it.
    compared = i > 0 and words[i - 1].low in w.COMPARED_FROM
    # "detected over the previous day": the report's own window, as "over the past day" is.
    spanned = i > 0 and words[i - 1].low in _SPANNING
    length = (
        0 if compared or spanned or low not in tw.DAY_BEFORE else match(words, i, tw.DAY_BEFORE)
    )
    days = 0 if compared or length else days_after(words, i)
    if days and not names_its_day(words, i, i + 3, blocked):
        marks.day_before.append(i)
        marks.days_back[i] = days
    if length and not names_its_day(words, i, i + length, blocked):
        marks.day_before.append(i)
        if match(words, i, tw.DAY_EARLIER):
            marks.day_earlier.append(i)


def _followed_by(words: list[Token], i: int, following: set[str]) -> bool:
    return i + 1 < len(words) and words[i + 1].low in following


def _an_events_place(words: list[Token], i: int) -> bool:
    """Whether the place at i is an event's ("stepped up pressure around Kinmen"), as "drills
    around Taiwan" is: where the event was, not where the craft counted beside it were."""
    j = i - 1 - (i > 0 and words[i - 1].low == "the")
    return j > 0 and words[j].low in _EVENT_PREPOSITIONS and words[j - 1].low in w.EVENTS


_EVENT_PREPOSITIONS = {"around", "near", "off", "against"}
_SPANNING = tw.SPAN_PREPOSITIONS - {"for"}  # the prepositions of a span but "for", built once
