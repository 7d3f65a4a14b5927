"""The scope of each count in a sentence of an incursion report: what the marks the grammar
found (zones, places, periods, clause ends, sightings, comparisons, breakdowns) say of the
counts they follow or govern. Claims joined by commas and "and" share one scope; a scope runs
to the next claim or the end of its clause. Marks are kept in order, so each lookup is a binary
search and a sentence is read in linear time."""

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from . import incursion_words as w
from . import incursion_zones as z
from .incursion_added_counts import share_a_period_with_what_is_added
from .incursion_approaches import comes_only_near
from .incursion_claims import Claim
from .incursion_closed_lists import owns_its_clause
from .incursion_colon_clauses import colon_opens_a_statement
from .incursion_count_words import ends_a_list_of_kinds
from .incursion_day_after_phrases import fronted_event_ends, opening_phrase_end
from .incursion_day_clauses import day_clause_start
from .incursion_degree_comparisons import degree_compared_from
from .incursion_frame_clauses import frame_clause_start
from .incursion_fronted_zones import fronted_zone
from .incursion_missile_landings import fell_near_taiwan, into_the_strait
from .incursion_phrases import craft_of, match, number_at
from .incursion_recalled_reports import comment_starts, recalls_a_report
from .incursion_span_days import dates_a_day_of_its_week
from .incursion_tokens import Token
from .incursion_window_clauses import own_clause_start
from .incursion_window_starts import opens_the_window
from .incursion_windows import window_ends

COMPARISON_REACH = 4  # "down from [a peak of] 96"


@dataclass
class Marks:
    zones: list[tuple[int, str | None, bool]] = field(default_factory=list)  # pos, zone, negated
    event_zones: list[int] = field(default_factory=list)  # "drills around Taiwan": the drills'
    places: list[tuple[int, str]] = field(default_factory=list)
    outside: list[int] = field(default_factory=list)
    cuts: list[int] = field(default_factory=list)
    cumulative: list[int] = field(default_factory=list)
    detections: list[int] = field(default_factory=list)
    ellipses: list[int] = field(default_factory=list)
    day_before: list[int] = field(default_factory=list)
    days_back: dict[int, int] = field(default_factory=dict)  # "two days after": its days, if >1
    day_earlier: list[int] = field(default_factory=list)  # "12 aircraft a day earlier"
    comparisons: list[int] = field(default_factory=list)  # where a comparison phrase ends
    parts: list[int] = field(default_factory=list)  # "the aircraft included": a breakdown
    joins: list[int] = field(default_factory=list)  # ", and", "including": a clause of its own
    hedges: list[int] = field(default_factory=list)  # "could", "plans": no sighting
    colons: list[int] = field(default_factory=list)  # "...: four on Monday, four on Tuesday"
    types: list[int] = field(default_factory=list)  # "J-16 fighters, ...": kinds, uncounted
    among: list[int] = field(default_factory=list)  # "... were among those tracked"
    zone_end: int = -1  # where the last zone named ends


# Groups and scopes


def group(words: list[Token], claims: list[Claim]) -> None:
    """Claims joined by commas, slashes and "and" share their zone: "28 aircraft and 7 ships
    around". A nought has a scope of its own: in "9 aircraft and eight ships, and none of the
    aircraft entered the ADIZ" the zone is nobody's."""
    for index, claim in enumerate(claims):
        claim.group = index
        if index == 0 or claim.craft is None or not claim.count or claim.relative:
            continue
        before = claims[index - 1]
        # "17 aircraft and six ships, and nine of the aircraft crossed ...": a share of the counts
        # before is no member of their list (shares listed are), nor is a count with its clause.
        if claim.reference != before.reference or owns_its_clause(words, claims, index):
            continue
        if _only_connectors(words, before.last + 1, claim.first):
            claim.group = before.group


def _only_connectors(words: list[Token], start: int, end: int) -> bool:
    i = start
    while i < end:
        if words[i].low in (",", "and", "/"):  # "75 aircraft / 35 ships": a list as by commas
            i += 1
        elif i == end - 1 and words[i].low in w.DEFINITES:
            # "Eleven of the aircraft and the two drones entered ...": the article is the
            # count's own, and the craft counted before are listed as a share is
            i += 1
        elif length := match(words, i, w.ALONG):
            i += length
        else:
            return False
    return True


def scope(
    words: list[Token],
    claims: list[Claim],
    marks: Marks,
    days: dict[int, date],
    window: bool,
    timed: bool,
) -> None:
    """Give each group the zones, places and markers its scope holds. Marks are in order and
    scopes do not overlap, so each lookup is a binary search. A count is a sighting when a
    verb of sighting follows it ("were also spotted"), or when the sentence opens with one and
    lists what was seen ("the ministry also detected 17 aircraft, ..., and six navy vessels"),
    or states a report's window ("sent 36 aircraft toward Taiwan over the past 24 hours"), or
    times what it counts between two clocks ("launched seven missiles between 2 and 4 p.m.",
    `timed`: incursion_windows.window_and_timing)."""
    sighting = window or timed or bool(claims and _sighted(marks, claims[0].first))
    # "since 6am the previous day" opens the report's window: its counts are of the day told,
    # those before it and those after it alike ("...; seven of the aircraft crossed").
    marks.day_earlier = [at for at in marks.day_earlier if not opens_the_window(words, at)]
    marks.day_before = [at for at in marks.day_before if not opens_the_window(words, at)]
    day_at = sorted(days)
    several_days = len(set(days.values())) > 1
    windows = window_ends(words, days)
    window_at = [position for position, _ in windows]
    zone_at = [p for p, _, _ in marks.zones]
    place_at = [p for p, _ in marks.places]
    previous_end = 0
    group_start = 0
    for index, claim in enumerate(claims):
        if index + 1 < len(claims) and claims[index + 1].group == claim.group:
            continue
        members = claims[group_start : index + 1]
        group_start = index + 1
        start = claim.last + 1
        end = claims[index + 1].first if index + 1 < len(claims) else len(words)
        next_first = end
        cut = bisect_left(marks.cuts, start)
        if cut < len(marks.cuts):
            end = min(end, marks.cuts[cut])
        zones = marks.zones[bisect_left(zone_at, start) : bisect_left(zone_at, end)]
        fired = claim.craft == "missiles" and not _any_between(marks.outside, start, end)
        if _any_between(marks.event_zones, start, end) and (fired or _joins(words, start)):
            zones = [*zones, (start, "around Taiwan", False)]
        entered = [zone for zone in zones if not zone[2]]
        landed = fell_near_taiwan(
            words, marks.places, marks.zones, marks.outside, start, next_first
        )
        if fired and not entered and landed:
            zones = [(start, "around Taiwan", False)]
        if fired and not entered and into_the_strait(words, start, end):
            zones = [(start, "around Taiwan", False)]
        places = marks.places[bisect_left(place_at, start) : bisect_left(place_at, end)]
        first = members[0].first
        colon = bisect_left(marks.colons, first)
        if not zones and colon:  # "in the contiguous zone ...: four ships on Monday, ..."
            zones = marks.zones[: bisect_left(zone_at, marks.colons[colon - 1])]
        opens = not zones and members[0] is claims[0]  # "In the contiguous zone, four ships"
        if opens and (fronted := fronted_zone(words, marks.zones, marks.places, first)):
            zones, places = fronted[0], places or fronted[1]
        joins_before = bisect_left(marks.joins, first)
        clause = max(previous_end, marks.joins[joins_before - 1] if joins_before else 0)
        # "A day after Beijing ended its three-day drills, the ministry tracked 26 aircraft":
        # the opening phrase tells another event; its period and its day are not the count's.
        opening = fronted_event_ends(words, marks.day_before, first)
        clause = max(clause, opening)
        # A part is announced after the claim before ("The vessels -- ..., two destroyers").
        announced = min(
            clause,
            claims[group_start - len(members) - 1].last + 1 if group_start > len(members) else 0,
        )
        for member in members:
            member.zones = list(dict.fromkeys(zone for _, zone, negated in zones if not negated))
            # "..., while five others flew into the southeast": another sector of the zone;
            # "while two others loitered just outside the line east of it" reached none.
            scoped = {t.low for t in words[start:end]}
            # "two more loitered near Matsu without entering restricted waters": the only zone
            # before the next count is denied, past the clause's cut, so it reached none.
            told = marks.zones[bisect_left(zone_at, start) : bisect_left(zone_at, next_first)]
            denied = bool(told) and all(negated for *_, negated in told)
            denied = denied or comes_only_near(words, start, end)  # "sailed close to the zone"
            member.short = not member.zones and (bool(scoped & z.ZONE_NEGATORS) or denied)
            if not zones and claim.additive and scoped & z.SECTORS and not member.short:
                member.zones = [None]
            member.places = [place for _, place in places]
            member.outside = _any_between(marks.outside, start, end)
            # "13 aircraft ..., down from a spike earlier in the week": a period after a
            # comparison is the compared figure's, not the count's.
            compared_at = bisect_left(marks.comparisons, start)
            compared_end = (
                marks.comparisons[compared_at] if compared_at < len(marks.comparisons) else end
            )
            own_end = min(end, compared_end)
            # "..., below this year's peak of 41": the peak's period, not the count's.
            if _any_between(marks.cumulative, start, own_end):
                own_end = degree_compared_from(words, marks.cumulative, start, own_end)
            # "cut flights through March, while the ministry reported 11 aircraft": a period
            # in a clause that "while" or ";" closes is that clause's, not the count's.
            period_from = max(clause, _clause_opened_before(words, marks.cuts, first))
            if window:  # "..., after it reported 28 aircraft in the 24 hours to 6 a.m."
                period_from = own_clause_start(words, period_from, first)
            period_from = max(period_from, day_clause_start(words, days, first))  # "; on Tuesday"
            period_from = frame_clause_start(words, period_from, first)  # "should note that"
            member.cumulative = _any_between(marks.cumulative, period_from, own_end)
            # "..., and monthly totals above 500 sorties": the period opens the count's clause
            joined = marks.joins[joins_before - 1] if joins_before else None
            if joined is not None and _any_between(
                marks.cumulative, max(joined, period_from), first
            ):
                member.cumulative = True
            # "Over the weekend it tracked 45 aircraft in the 24 hours ending 6 a.m. Saturday":
            # a count's own report window is narrower than the span that opens its clause.
            own = bisect_left(window_at, start)
            if own < len(window_at) and window_at[own] < end:
                member.cumulative = _any_between(marks.cumulative, start, own_end)
            member.part = not member.relative and _any_between(marks.parts, announced, first)
            # "said the race would go ahead, hours after the ministry reported 19 aircraft": a
            # hedge of the main clause is no part of a clause of its own after it.
            own_clause = own_clause_start(words, clause, first)
            member.hedged = _any_between(marks.hedges, own_clause, end)
            # "would proceed next month, as the ministry reported 20 aircraft": a clause that
            # ends between them leaves the count out of what the hedge supposes.
            supposing = [at for at in marks.hedges if words[at].low in w.SUPPOSING]
            hedge = max((at for at in supposing if own_clause <= at < member.first), default=None)
            member.supposed = hedge is not None and not _any_between(marks.cuts, hedge, first)
            # "J-16 fighters, a KJ-500 and two CH-4 drones were among those tracked", "the map
            # showed J-16 fighters ... and two drones": kinds in a total, not counts beside it.
            member.part = member.part or _any_between(marks.among, start, end)
            member.part = member.part or ends_a_list_of_kinds(words, marks.types, clause, first)
            member.ellipsis = member.ellipsis or _any_between(marks.ellipses, start, end)
            member.detected = sighting or _any_between(marks.detections, first, end)
            member.day_before = _any_between(marks.day_before, opening, first)
            at = bisect_left(marks.day_before, opening)
            member.days_back = (
                marks.days_back.get(marks.day_before[at], 1) if member.day_before else 1
            )
            member.day_before = member.day_before or _any_between(marks.day_earlier, first, end)
            # "came a day after the ministry reported 25 aircraft ... in the 24 hours to 6 a.m.
            # Monday", "a day after the coast guard said three ships entered ... on Wednesday":
            # the report's window, or a day written in the count's clause, names its day.
            reach = len(words) if window else end
            # "A day after the ministry counted 61 aircraft in one period, Wednesday's figures
            # came in at 17": a day after the comma that closes such an opening phrase is the
            # main clause's, not the recalled count's.
            if member.day_before and day_at:
                reach = min(reach, opening_phrase_end(words, marks.day_before, first))
                reach = min(reach, comment_starts(words, first))  # "— a number it did not ..."
                if marks.day_before[-1] < day_at[-1] < reach:
                    member.day_before, member.day = False, days[day_at[-1]]
            member.reported_before = member.day_before and recalls_a_report(
                words, marks.day_before, first
            )
            # "down from a peak of 96 aircraft on Tuesday": a comparison ends a few words
            # before its figure, and the figure counts for the day it names, if any.
            member.compared = _any_between(marks.comparisons, first - COMPARISON_REACH, first + 1)
            # "four ships on Monday, four on Tuesday": in a sentence of several days, a count
            # followed by its day is of that day.
            # "17 aircraft between 6 a.m. Saturday and 6 a.m. Sunday, and 12 aircraft between
            # ...": each count takes the day of the window that follows it.
            # "in the 24 hours ending 6 a.m. Sunday it had spotted 58 aircraft, and between
            # 6 a.m. Sunday and 6 a.m. Monday it tracked 70": when the sentence states its first
            # window before its first count, each count takes the window stated before it.
            following = bisect_left(window_at, start)
            if windows and window_at[0] < claims[0].first:
                member.day = windows[bisect_left(window_at, first) - 1][1]
            elif following < len(windows) and window_at[following] < next_first:
                member.day = windows[following][1]
            written = bisect_left(day_at, start)
            if written < len(day_at) and day_at[written] < end:
                own_day = _day_follows(words, start) == day_at[written]
                if member.compared or (own_day and several_days):
                    member.day = days[day_at[written]]
                # "... every day this week: four on Monday, four on Tuesday": a count followed
                # by its own day in a list of days is that day's, whatever period holds the list.
                member.cumulative = member.cumulative and not (own_day and several_days)
                # "This week, ... reported 20 aircraft around the island on Thursday": that
                # day's figure, in the scene the week sets.
                in_its_week = dates_a_day_of_its_week(words, marks.cumulative, period_from, own_end)
                member.cumulative = member.cumulative and not (own_day and in_its_week)
            # "up from Tuesday's 47 aircraft": a day written as the figure's possessive is its
            # own, however the figure is compared.
            if first - 1 in days and words[first - 1].possessive:
                member.day = days[first - 1]
        previous_end = end
    _share_periods(words, claims, marks)
    share_a_period_with_what_is_added(words, claims, days)  # "..., plus 9 balloons"


_NOT_VERBS = {"the", "then", "other", "others", "more", "also", "its", "their", "some"}


def _share_periods(words: list[Token], claims: list[Claim], marks: Marks) -> None:
    """ "flew 412 aircraft sorties and deployed 231 naval ships around Taiwan in May": two verbs
    of one subject joined by "and" share the period written after both."""
    for before, after in zip(reversed(claims[:-1]), reversed(claims[1:]), strict=True):
        between = words[before.last + 1 : after.first]
        verb = len(between) == 2 and between[1].text.isalpha() and between[1].text.islower()
        verb = (
            verb and between[1].low not in _NOT_VERBS and number_at(words, after.first - 1) is None
        )
        joined = verb and between[0].low == "and"
        later = after.cumulative and _any_between(marks.cumulative, after.last, len(words))
        if joined and later:
            before.cumulative = True


def _day_follows(words: list[Token], i: int) -> int:
    """Where the day of a count ending before i would be written: right after it ("four on
    Tuesday") or after what tells where it was seen ("18 aircraft and eight ships around the
    island on Monday", "four ships were in the contiguous zone on Monday", "nine ships were
    detected around the island on Saturday")."""
    while i < len(words):
        zone = z.zone_at(words, i)
        if zone is not None:
            i += zone[1]
        elif words[i].low in _TELLING_WHERE or _owns_the_zone_after(words, i):
            i += 1
        else:
            break
    return i


def _owns_the_zone_after(words: list[Token], i: int) -> bool:
    """Whether the word at i is the possessive owner of the zone after it: "sailed into
    Japan's territorial waters on Tuesday" tells where, as "into the" does."""
    return words[i].possessive and i + 1 < len(words) and z.zone_at(words, i + 1) is not None


# Words between a count and its day that only tell where or how it was seen: "were inside the
# contiguous zone off the Senkaku Islands on Sunday", or how it got there: "sailed into
# Kinmen's restricted waters on Monday", or what part of it: "entered the southwestern part
# of the ADIZ on Friday", or what sea: "fired 11 missiles into waters around Taiwan on Thursday".
_TELLING_WHERE = (
    z.BEING_THERE
    | w.DETECTIONS
    | w.MOVEMENTS
    | set(w.PLACES)
    | z.SECTORS
    | {"in", "into", "inside", "within", "off", "near", "around", "of", "the", "islands", "on"}
    | {"part", "parts", "corner", "edge", "portion"}
    | {"waters", "sea", "seas", "airspace", "area", "areas"}
    # the helping verbs of a passive or a perfect say nothing of the day: "125 aircraft had
    # been detected on Monday", "two balloons have been tracked on Sunday"
    | {"had", "has", "have", "been", "being", "be"}
)


def _sighted(marks: Marks, first: int) -> bool:
    """Whether a verb of sighting before the sentence's first count governs it: "the ministry
    detected 17 aircraft", not "those detected included 10 J-16s" (a breakdown of them)."""
    before = bisect_left(marks.detections, first)
    return before > 0 and not _any_between(marks.cuts, marks.detections[before - 1], first)


def _joins(words: list[Token], i: int) -> bool:
    """Whether the verb of the craft counted before i has them take part in an event ("14
    coast guard ships had also joined patrols near the island"): then the event's place is
    theirs. Elsewhere "drills around Taiwan" places the drills, not the craft counted beside
    them ("J-16s flew during drills around Taiwan"). Missiles are fired in the drills, so the
    drills' place is theirs ("seven missiles launched during exercises around Taiwan") unless
    they fell elsewhere ("... landed in Japan's EEZ")."""
    while i < len(words) and (words[i].low in w.AUXILIARIES or words[i].low.endswith("ly")):
        i += 1
    return i < len(words) and words[i].low in w.PARTICIPATION


# ", as" is one only where the grammar cut the sentence at it (incursion_grammar._ends_clause):
# "a delegation visiting Japan this week was briefed, as the ministry reported 30 aircraft".
_CLAUSE_BREAKS = {"while", "whereas", ";", "as"}


def _clause_opened_before(words: list[Token], cuts: list[int], first: int) -> int:
    """Where the period that may cover the count at `first` can start: after the last "while",
    "whereas", ", as" or ";" before it when the clause that break closes names no craft ("would cut
    flights through March, while the ministry reported 11 aircraft"); 0 otherwise. A tally's
    clause goes on past it ("counted 284 navy vessels during the month, while 298 aircraft
    crossed the median line"): the same month's figures."""
    for at in reversed(cuts[: bisect_left(cuts, first)]):
        if words[at].low in _CLAUSE_BREAKS or colon_opens_a_statement(words, at):
            earlier = cuts[: bisect_left(cuts, at)]
            opened = earlier[-1] + 1 if earlier else 0
            names_craft = any(craft_of(t) for t in words[opened:at])
            return 0 if names_craft else at + 1
    return 0


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether a mark lies in [start, end); `positions` is sorted."""
    found = bisect_left(positions, start)
    return found < len(positions) and positions[found] < end
