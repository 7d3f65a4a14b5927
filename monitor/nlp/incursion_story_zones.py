"""The zones a claim's count is of, by what the story has told so far (incursion_story.py asks
for each claim): the zones its own clause names, else those a colon announced, a bulletin's
lines, an ellipsis ("two more had done so"), a place's waters named before, the count it goes
along with, or a defence ministry's report around Taiwan; or none, for a part, a repeat, a plan
or one craft in an incident.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .incursion_claims import Claim
from .incursion_craft_zones import zones_for
from .incursion_sentence import Sentence
from .incursion_words import AIR_ZONES, SEA_PLACES

if TYPE_CHECKING:
    from .incursion_story import Story


def zones_of_claim(
    story: Story,
    context: Sentence,
    claim: Claim,
    resolved: list[str],
    totals: list[str] | None,
    day: date,
) -> list[str]:
    """The zones of `claim`'s count on `day`: `resolved` are those of the count before it in its
    sentence, `totals` those of the last count there that is no share of another."""
    # "...; on Friday it was four J-10s": where the last count that is no share went ("ten
    # of the aircraft across the median line. Last Thursday it was 32"), in the sentence or
    # before; after an answer without its zone ("Two Y-8s. On Thursday it was three"), the
    # zone last named; "Others lingered in the contiguous zone; as of Wednesday noon there
    # were three of them": the zone its own sentence named for craft it did not count.
    this_sentences = [context.last_zone] if context.last_zone else []
    before = totals or this_sentences or story.last_totals or ([story.zone] if story.zone else [])
    if claim.restated and not claim.zones and (restated := zones_for(claim, before)):
        # "On March 4, it had tracked 2." after March 5's count looks back (rule 8)
        return [] if context.recalled else restated
    named = [zone or story.zone for zone in claim.zones]
    # "64 aircraft and 11 warships crossed the median line": ships whose own scope reaches
    # the line with no other count between (not "six ships, as well as one balloon that
    # crossed the median line") are the subject of the crossing.
    own = not context.counted_before_the_line(claim)
    zones = zones_for(claim, [zone for zone in named if zone is not None], own)
    # "Thirty of the aircraft detected around Taiwan crossed the median line": the area
    # describes the craft counted before, whose share this is; the share entered the rest.
    if claim.reference and any(zone != "around Taiwan" for zone in zones):
        zones = [zone for zone in zones if zone != "around Taiwan"]
    if zones:
        return zones
    # "• Friday (Dec. 12): five vessels, off Liaoluo" under "... entered Kinmen's
    # restricted waters on three days this week:": the zones the colon announced.
    if claim.item and story.listed and not claim.reference and claim.count is not None:
        return zones_for(claim, story.listed)
    if claim.labelled:  # "PLA aircraft: 12" under "... activity around the island:"
        if story.listed is None:  # no list is open: a bulletin's lines, if the story is one
            return _reported(story, context) if story.daily and claim.bulleted else []
        return list(dict.fromkeys(story.listed)) or _reported(story, context)
    # "16 crossed the median line and entered the ADIZ, and another 21 did the same": the
    # zones the count before entered, all of them; "and two more had done so": the last.
    if claim.ellipsis and (entered := [zone for zone in resolved if zone != "around Taiwan"]):
        return entered
    if claim.ellipsis and context.last_zone:
        return [context.last_zone]
    # "... entered the southwestern ADIZ. On Sunday, it said, 10 aircraft had done so.": a
    # sentence that names no zone does what the count of the sentence before did, and so
    # does a bare count ("On Monday, two had done the same"), whose craft are those before;
    # not "how many of the 21 aircraft had done so", nor "five of the ten days ... the same".
    if claim.ellipsis and story.reached and not claim.reference:
        return zones_for(claim, story.reached)
    # "..., and its aircraft have crossed it since 2022. Four of Friday's aircraft did.": a
    # share that repeats the act of a sentence that counted none did it where its craft did.
    if claim.ellipsis and story.uncounted and claim.craft in story.uncounted_craft:
        return zones_for(claim, story.uncounted)
    # "Six ships entered prohibited waters ..., four of them near Kinmen and two near
    # Matsu", "... and two had entered those off Matsu": the waters before, at its place.
    last = context.last_zone
    if last is None and story.both_islands:  # "Four of the ships sailed into the waters
        last = "restricted waters"  # southeast of Kinmen and two entered those off Matsu"
    at_sea = {place for place in claim.places if place in SEA_PLACES}
    if at_sea and last is not None and last not in AIR_ZONES and not claim.short:
        restricted = bool(at_sea & {"Kinmen", "Matsu"})  # the only places with such waters
        # Only ships are in waters: "a drone circled near the Kinmen islands" after ships
        # entered the restricted waters there is no count of those waters.
        if restricted == (last == "restricted waters"):
            return zones_for(claim, [last])
    # "21 aircraft, 14 of which entered the ADIZ, as well as seven ships": not the ADIZ,
    # the zones of the count that is no share of another.
    went_with = resolved if totals is None or not claim.along else totals
    along = zones_for(claim, went_with)
    if (claim.along or claim.compared) and along:
        return along
    if claim.reference or claim.hedged or claim.count is None:
        return []  # a part or a repeat of a total, or a plan: no total of its own
    if claim.craft == "missiles":  # a day's report counts craft; a missile needs its zone,
        # unless a defence ministry tracked the firing: "it tracked 27 rockets fired from
        # Fujian", "14 missiles were fired into the surrounding waters" are rule 7's count
        # of missiles fired around Taiwan, whatever share of them fell elsewhere.
        tracked = claim.detected and not claim.outside and not context.recalled
        return ["around Taiwan"] if tracked else []
    # "it tracked 42 aircraft and 15 warships, 27 of the aircraft crossing the median line":
    # a share of a count crossed the line or entered the ADIZ, so the sentence reports a
    # day's activity around Taiwan (rule 2), whatever else it names or says it reported.
    if context.shares_an_air_zone and not claim.cumulative:
        return [] if context.recalled or context.reading.outside else ["around Taiwan"]
    # "Chinese aircraft entered the ADIZ on Sunday. Fourteen were tracked, the ministry
    # said": the sighting counts the craft the sentence before said entered a zone uncounted,
    # on that day; a report's window or area of its own makes it the day's total instead.
    reading = context.reading
    carried = claim.craft in story.uncounted_craft and not (reading.around or reading.window)
    # "Today's report was quiet: 12 aircraft and eight ships" counts other craft beside
    # them: the report's totals of the day, not a count of those ships entering.
    carried = carried and all(c.craft in story.uncounted_craft for c in reading.claims if c.craft)
    if carried and claim.detected and day == story.uncounted_day:
        return zones_for(claim, story.uncounted)
    # "..., when a Chinese destroyer cut across the bow of the USS Chung-Hoon": one craft in
    # an incident, no report's total, unless a verb of sighting counts it ("a drone was
    # also spotted") or it closes a list of the report's figures ("26 aircraft, eight navy
    # ships and a balloon"); before a figure it is reworded by ("a balloon — or ... two").
    listed = any(
        other.count and not other.articled and other.first < claim.first for other in reading.claims
    )
    if claim.articled and not claim.detected and not listed:
        return []
    told = claim.detected or story.daily or (context.headline and story.headline_only)
    return _reported(story, context) if told else []


def _reported(story: Story, context: Sentence) -> list[str]:
    """The zone of a count a defence ministry's report gives with no zone ("Four official
    ships were also spotted", "PLA aircraft: 12"): its totals are around Taiwan, on its own
    day only. In a story that reports a day's activity around Taiwan, every count of
    Chinese craft with no zone, place or other scope of its own is such a total."""
    reading = context.reading
    # A Senkaku story's day-by-day list reads as a daily report too, but its ships with no
    # zone ("one was armed with a 76 mm gun") are of the islands, not around Taiwan.
    said = story.around or reading.around or reading.window
    if story.sea_place == "Senkaku Islands" and not said:
        return []
    reported = story.daily or story.around or reading.around or reading.window
    reported = reported or (context.headline and story.headline_only)
    if not reported or (context.headline and not story.headline_only) or context.elsewhere:
        return []
    return [] if context.recalled else ["around Taiwan"]
