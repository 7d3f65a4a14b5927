"""Counts analysts chart: "28 Chinese aircraft entered Taiwan's ADIZ on 15 June" becomes
Incursion(count=28, what="aircraft", zone="ADIZ", place="Taiwan", day=2026-06-15).

The rules are those of docs/evaluation-sets.md: only numbers the text states; the total around
Taiwan is a fact of its own; a count that crossed the median line and entered the ADIZ is one
fact per zone; a breakdown of a total ("including 19 J-16s") is none, unless it is all the text
gives (then the parts add up); cumulative figures and places outside the list give none; a
figure repeated in the headline, the lede and the body is one fact, and one craft in one zone
on one day has one figure.

Each sentence is read by the grammar in incursion_grammar.py and dated by
incursion_sentence_days.py (a sentence that writes none takes the one before); this module
decides which day each reading reports and hands it to the story (incursion_story.py), which
resolves what the grammar leaves open: the craft of "19 of them", the count of "the aircraft",
the zone of "the zone". Linear in the text's length.
"""

from dataclasses import replace
from datetime import date, datetime, timedelta

from .incursion_announced_reports import announces_a_report
from .incursion_bullet_labels import labels_in_entries
from .incursion_cable_marks import without_cable_marks
from .incursion_captions import transcript_as_copy
from .incursion_casing import with_report_words_cased
from .incursion_compared_back import compare_back, date_compared_before
from .incursion_compound_groups import with_groups_as_counts
from .incursion_crossings import with_crossings_as_craft
from .incursion_day_marks import date_by_windows_named
from .incursion_daybook_entries import heads_a_day, opens_a_daybook_entry
from .incursion_days_before import without_days_before_recalled
from .incursion_headings import section_headings
from .incursion_later_days import follows_the_report
from .incursion_layouts import as_plain_sentences
from .incursion_list_zones import give_lists_their_zone
from .incursion_one_figure import one_figure_each
from .incursion_openings import stamps_an_entry
from .incursion_peak_shares import names_a_peak, shares_only
from .incursion_prefilter import about_china, may_report_incursions
from .incursion_recaps import repeating_sentences, without_repeated_counts
from .incursion_reported_days import reports_its_day
from .incursion_reports import headline_only, is_headline, is_subject_line, reports_a_day
from .incursion_row_shapes import with_rows_as_prose
from .incursion_sentence_days import date_sentences
from .incursion_stays_left import without_stays_left
from .incursion_story import Incursion as Incursion  # read by analyze.py
from .incursion_story import Story
from .incursion_summaries import sums_up
from .incursion_teller_places import without_tellers_taiwan
from .incursion_tokens import tokenize
from .incursion_undated_windows import names_only_a_day, paragraph_ends
from .incursion_vantage import local_day
from .incursion_verbless_lines import is_verbless_headline
from .incursion_windows import runs_per_window

_WEEK = timedelta(days=7)  # rule 8: a day written at most a week from the report's


def find_incursions(
    sentences: list[str],
    published: datetime,
    article_text: str | None = None,
    with_recalled: bool = False,
) -> list[Incursion]:
    """Facts from the article's sentences, in order (the headline first, if any). The
    `article_text` is the whole text when lines were dropped from the sentences (a month's
    list, a scenario): whose craft they are is a question of the story, which may name China
    only in the lines dropped. `with_recalled` keeps the figures an earlier report gave that
    the story recalls beside another event ("The drill came a day after the ministry reported
    32 aircraft"): no facts of the day, yet they tell whose ministry counts (craft_reports.py).

    A sentence without a day of its own takes the last one written before it, and the headline
    and lede before any date take the first that a counting sentence writes: reports give the
    day once ("on 24 November, ...") and repeat or break down the numbers around it, and a
    later sentence that counts nothing ("Lai met lawmakers on Thursday", "The ships left on
    Friday", a stay's end) is about something else.
    """
    sentences = [with_report_words_cased(s) for s in transcript_as_copy(sentences)]  # "a diz"
    sentences = [with_crossings_as_craft(s) for s in sentences]  # "22 median-line crossings"
    sentences = [with_groups_as_counts(s) for s in sentences]  # "a four-ship formation"
    sentences = without_cable_marks(sentences)  # "1. (SBU) SUMMARY: MND counted ..."
    if not about_china("".join(sentences)) and not (
        article_text and may_report_incursions(article_text)
    ):
        return []
    # A blank line the splitter leaves says nothing: "... as follows." still announces the lines.
    headings = section_headings(sentences)
    closing = paragraph_ends(sentences)  # before the blank lines go
    recaps, remarks = repeating_sentences(sentences)  # "Closing, Kao recapped: 18 aircraft"
    sentences = labels_in_entries(sentences)  # "• May 2 – 9 aircraft. Navy ships: 5."
    sentences = [with_rows_as_prose(s) for s in sentences if s.strip()]  # "aircraft 18 | ..."
    sentences = as_plain_sentences(sentences)  # tables, tickers, translations ... as prose
    # "6 a.m. Thursday" stamped 23:30 UTC on Wednesday is Thursday in Taipei and Tokyo, where
    # reports are written and weekdays count back from; a Pentagon "this morning", Washington's.
    local = local_day(sentences, published)
    readings, latest_windows = date_sentences(sentences, published, local, closing)
    give_lists_their_zone([reading for _, reading, *_ in readings])  # "... enter its ADIZ."
    repeated = [(sentence, reading) for sentence, reading, *_ in readings]
    # A headline sums up the body ("...; 36 aircraft tracked"), so a quoted post or remark in
    # the body may be the first to tell its figures in full, not a repeat of them.
    headline = bool(repeated) and is_headline(repeated[0][0], len(repeated))
    without_repeated_counts(repeated[headline:], recaps, remarks)  # rule 4: "..., said a guest"
    # "■ MND: 16 aircraft, 5 ships" heads a section whose paragraph tells the day of its figures,
    # unless that paragraph counts nothing or recalls a day ("The busiest was March 2, when").
    for index, (sentence, reading, (written, _), recall, period) in enumerate(readings[:-1]):
        _, after, (after_day, _), after_recalls, _ = readings[index + 1]
        tells_the_day = after_day is not None and after.claims and not after_recalls
        if sentence in headings and written is None and tells_the_day:
            readings[index] = (sentence, reading, readings[index + 1][2], recall, period)
    # A day recalled ("the busiest was March 2, when it tracked 61 aircraft") is not the report's,
    # nor is one more than a week before the story (rule 8).
    oldest = published.date() - _WEEK
    counting = (
        day
        for _, reading, (day, _), recall, _ in readings
        if day and day >= oldest and reading.claims and not recall
    )
    day = next(counting, None) or published.date()
    counted = day  # a sentence that counts nothing ("The mayor spoke on Wednesday") reports no day
    story = Story(
        daily=reports_a_day([reading for _, reading, _, recall, _ in readings if not recall]),
        headline_only=headline_only([reading for _, reading, *_ in readings[1:]]),
    )
    facts: list[tuple[bool, Incursion]] = []
    windows: list[date] = []  # the ends of the windows of the last sentence that gave several
    undated_headline, points = False, False  # points: under a "Key points" heading
    heading: date | None = None  # the day a daybook's heading names for the entries under it
    before = None  # the last reading that counted: "That was up from two on Friday" points at it
    under_a_days_heading = False  # the last day written was a line's alone ("MONDAY. 6.40am.")
    after_a_peak = False  # the sentence before wrote a day and named a peak ("Jan. 2's peak")
    for index, (sentence, reading, (written, reported), _, (stated, named)) in enumerate(readings):
        compare_back(sentence, reading, before)
        before = reading if reading.claims else before
        windows = stated or windows
        tokens = tokenize(sentence)
        without_tellers_taiwan(tokens, reading)  # "..., Taiwan's coast guard said": no place
        # A sentence that names another day than the report's, and no report window of its
        # own, recalls that day ("lower than on Sept. 10, when it tracked 45 aircraft"); one
        # that opens with a day of the week before ("Monday, June 2 — 12 aircraft", "On
        # Tuesday, 45 aircraft ...") reports that day, as a day-by-day story does (rule 8).
        # Rule 8's week counts from the story's date too, not only from the last day named.
        near = [day, published.date()]
        recent = reported and written is not None and any(abs(d - written) <= _WEEK for d in near)
        # The story's own date in Taipei is never a day recalled: "Latest (MND release, Feb. 2):
        # 11 aircraft" after a month's busiest day is the report of the day it was published.
        recalled = written not in (None, counted, local)
        recalled = recalled and not reading.window and not recent
        recalled = recalled and not follows_the_report(sentence, reading, written, counted, local)
        recalled = recalled and not reports_its_day(tokens, reading, written, local)
        # "0915 -- MND morning sheet: 58 aircraft" in a daybook: of the daybook's day.
        afresh = stamps_an_entry(tokens) or (written is None and opens_a_daybook_entry(tokens))
        following = readings[index + 1][1] if index + 1 < len(readings) else None
        afresh = afresh or (
            written is None and announces_a_report(sentence, tokens, reading, following)
        )
        day = (heading or local) if afresh else written or day
        # "Both say seats are gone until Monday. ... the morning report: 14 aircraft in the 24
        # hours to 6 a.m.": the latest window ends on the copy's day, by the clock of East Asia
        # or of the copy's stamp (a Des Moines story's "Tuesday"), never on a day before both.
        latest = written is None and index in latest_windows and not under_a_days_heading
        if latest and day not in (local, published.date()):
            day = local
        under_a_days_heading = names_only_a_day(tokens) if written else under_a_days_heading
        heading = written if heads_a_day(tokens) else heading  # "Tuesday 19 Mar" over entries
        # "Nine of the aircraft crossed ..." after "That was below this year's peak of 41 on
        # Jan. 2": a share of the craft last counted is of their day, not of the peak's.
        if written is None and after_a_peak and shares_only(tokens, reading):
            day = counted
        after_a_peak = written is not None and names_a_peak(tokens)
        # "Quietest: Feb. 2, with just three aircraft": a peak recalled reports no day.
        peaks = all(claim.peak for claim in reading.claims if claim.count is not None)
        counted = day if reading.counts_anew and not peaks else counted
        headline = index == 0 and is_headline(sentence, len(sentences))
        headline = headline or is_subject_line(sentence) or (sentence in headings and not written)
        headline = headline or is_verbless_headline(sentence)  # "Another balloon over ... ."
        undated_headline = undated_headline or (headline and written is None)
        points, summary = sums_up(sentence, tokens, points)  # flash lines, "Key points" bullets
        summary = summary and written is None  # rule 4: the body's day, as a headline takes
        undated_headline = undated_headline or summary
        # "Of the 17 aircraft in the first period, ...": the day of the 17, for this sentence.
        own = (written is None and story.day_pointed_to(reading)) or day
        # "In the first period, 14 of the aircraft crossed ...": the day that window ended,
        # whatever other day the sentence writes ("..., the MND, which skipped its Sunday
        # report, said"): the period is what its counts are of.
        if named is not None and named < len(windows):
            own = windows[named]
            # "In the first period, 20 crossed ...; in the second, 14 did": a count after a
            # later window named is of that window.
            date_by_windows_named(tokens, reading, windows)
        # "Navy vessels numbered nine and eleven in the two periods, respectively", "11 and 14
        # aircraft in the periods ending 6 a.m. Monday and 6 a.m. Tuesday, respectively": each
        # count is of the window stated in the same place, in order, and no part of a sum. So
        # is "Navy vessels numbered six and eight" after such windows: one craft has one figure
        # a day, so the counts it numbered are one per window.
        # "eight and 11 aircraft in the two periods respectively, and five and seven navy
        # ships": each craft's run of counts is one per window, in the same order.
        runs = runs_per_window(reading.claims, len(windows))
        pairs = (written is None or stated) and len(windows) > 1 and bool(runs)
        numbered = all(claim.totalled for claim in reading.claims)
        if pairs and ("respectively" in sentence or numbered):
            for run in runs:
                for group, (claim, end) in enumerate(zip(run, windows, strict=True)):
                    claim.day, claim.group = end, group
        date_compared_before(reading, own)  # "That was up from two on Friday": before own
        if index and readings[index - 1][0].strip() in closing:
            story.open_paragraph()  # a count with no craft borrows none from before it
        found = story.read(reading, own, sentence.strip(), headline, recalled)
        facts += [(headline or summary, fact) for fact in found]
    # Rule 9: a stay whose entry or later day ("still there as of") a later sentence tells.
    # Only those are new objects: the story knows the others by id (story.recalled).
    facts = [
        (h, replace(f, day=story.began[id(f)]) if id(f) in story.began else f) for h, f in facts
    ]
    # "The latest sorties came a day after the ministry reported 45 aircraft" (rule 8)
    facts = without_days_before_recalled(
        facts,
        story.recalled,
        story.reported_before,
        lambda fact: not with_recalled and story.recalled_beside_an_event(fact),
    )
    # Rule 4: a headline that writes no day repeats a figure of the body ("...; 24 aircraft near
    # Taiwan" over "reported on Wednesday that 24 aircraft ..."), of the body's day, not of the
    # first day the body writes for another count. (A body's figure recalled as the day
    # before's is gone by now: "35 aircraft over the previous day" under "35 aircraft".)
    if undated_headline:
        body = {(f.count, f.what, f.zone, f.place) for h, f in facts if not h}
        facts = [(h, f) for h, f in facts if not (h and (f.count, f.what, f.zone, f.place) in body)]
    # Rule 8: a figure more than a week before the story's report ("the busiest day was
    # Jan. 24", a month's summary, a feature's look back) is background, whatever day it
    # writes. The report is the latest day the story gives figures for, if that is within a
    # week of its date: a tracker's week of days, published a few days later, keeps its first.
    reports = [fact.day for _, fact in facts if fact.day >= oldest]
    background = max(reports, default=published.date()) - _WEEK  # and before
    kept = [(h, fact) for h, fact in facts if fact.day >= background]
    kept = without_stays_left(kept)  # rule 9: "... on Monday. The two vessels left on Tuesday"
    return one_figure_each(kept, story.bounded, story.articled)
