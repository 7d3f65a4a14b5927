"""Counts analysts chart: "28 Chinese aircraft entered Taiwan's ADIZ on 15 June" becomes
Incursion(count=28, what="aircraft", zone="ADIZ", place="Taiwan", day=2026-06-15).

The rules are those of docs/evaluation-sets.md: only numbers the text states; the total around
Taiwan is a fact of its own; a count that crossed the median line and entered the ADIZ is one
fact per zone; a breakdown of a total ("including 19 J-16s") is none, unless it is all the text
gives (then the parts add up); cumulative figures and places outside the list give none; a
figure repeated in the headline, the lede and the body is one fact, and one craft in one zone
on one day has one figure.

Each sentence is read by the grammar in incursion_grammar.py; this module decides the day of
each sentence (a sentence that writes none takes the one before) and hands its reading to the
story (incursion_story.py), which resolves what the grammar leaves open: the craft of "19 of
them", the count of "the aircraft", the zone of "the zone". Linear in the text's length.
"""

from dataclasses import replace
from datetime import date, datetime, timedelta

from .incursion_announced_reports import announces_a_report
from .incursion_bare_days import date_bare_counts
from .incursion_bullet_labels import labels_in_entries
from .incursion_cable_marks import without_cable_marks
from .incursion_captions import transcript_as_copy
from .incursion_casing import with_report_words_cased
from .incursion_clause_days import date_counts_by_their_clause
from .incursion_colon_days import days_after_colons
from .incursion_compared_back import compare_back, date_compared_before
from .incursion_compound_groups import with_groups_as_counts
from .incursion_crossings import with_crossings_as_craft
from .incursion_dated_reports import reports_a_dated_clause
from .incursion_day_marks import date_by_marks, date_by_windows_named, days_of_tellings
from .incursion_daybook_entries import heads_a_day, opens_a_daybook_entry
from .incursion_days_ahead import (
    without_a_day_ahead,
    without_days_of_events_ahead,
    without_days_of_releases_ahead,
)
from .incursion_days_before import without_days_before_recalled
from .incursion_days_pointed_back import day_as_of, day_pointed_back
from .incursion_editions import without_edition_days
from .incursion_escorts import without_escorts
from .incursion_event_clauses import date_counts_of_a_days_event
from .incursion_event_days import recalls_an_events_day
from .incursion_grammar import read_sentence
from .incursion_headings import section_headings
from .incursion_labels import bullet
from .incursion_later_days import follows_the_report
from .incursion_layouts import as_plain_sentences
from .incursion_line_craft import give_line_counts_their_label
from .incursion_list_zones import give_lists_their_zone
from .incursion_one_figure import one_figure_each
from .incursion_openings import (
    opens_an_entry,
    opens_the_next_day,
    opens_with_its_day,
    stamps_an_entry,
)
from .incursion_own_days import date_joined_counts, without_counts_own_days
from .incursion_parts_days import date_relative_parts
from .incursion_phrases import number_at
from .incursion_prefilter import about_china, may_report_incursions
from .incursion_recalls import (
    compares_a_day,
    date_clauses_before_semicolons,
    day_after_peak,
    days_after_semicolons,
    days_told_by_when,
    peak_claims,
    quotes_an_earlier_entry,
    recalls_a_day,
    without_a_stays_end,
)
from .incursion_recaps import repeating_sentences, without_repeated_counts
from .incursion_record_counts import called_records, standing_records
from .incursion_report_records import Records
from .incursion_reported_days import reports_its_day
from .incursion_reports import headline_only, is_headline, is_subject_line, reports_a_day
from .incursion_row_shapes import with_rows_as_prose
from .incursion_same_day_openings import with_the_opening_day
from .incursion_sightings import sightings_in_window
from .incursion_stay_days import without_a_stays_entry
from .incursion_stay_entries import date_the_entry_told
from .incursion_stays_left import without_stays_left
from .incursion_stays_on import date_stays_going_on
from .incursion_story import Incursion as Incursion  # read by analyze.py
from .incursion_story import Story
from .incursion_story_events import StoryEvents
from .incursion_subject_craft import name_the_subjects_craft
from .incursion_summaries import sums_up
from .incursion_tables import heads_a_period
from .incursion_tally_starts import without_tally_starts
from .incursion_teller_clauses import date_a_later_tellers_counts
from .incursion_tokens import clause_days, date_tokens, sentence_day, tokenize, written_dates
from .incursion_undated_windows import (
    names_only_a_day,
    paragraph_ends,
    reports_the_latest_window,
)
from .incursion_vantage import local_day
from .incursion_verbless_lines import is_verbless_headline
from .incursion_week_looks import looks_back_at_a_week, weekdays_of_the_week_past
from .incursion_windows import (
    runs_per_window,
    stated_windows,
    states_window,
    window_ends,
    window_named,
)
from .incursion_windows_after import date_counts_by_the_window_after

_WEEK = timedelta(days=7)  # rule 8: a day written at most a week from the report's


def find_incursions(
    sentences: list[str], published: datetime, article_text: str | None = None
) -> list[Incursion]:
    """Facts from the article's sentences, in order (the headline first, if any). The
    `article_text` is the whole text when lines were dropped from the sentences (a month's
    list, a scenario): whose craft they are is a question of the story, which may name China
    only in the lines dropped.

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
    # A story that states a daily report's window ("in the 24 hours to 6 a.m.") holds the
    # sightings it times within that window ("spotted at 10:14 a.m. Monday").
    windowed = any(states_window(tokenize(sentence)) for sentence in sentences)
    week_past = looks_back_at_a_week(sentences, published, local)  # "• Friday: 14 aircraft"
    readings = []
    told: date | None = None  # the last day written as one of a telling ("said on Monday")
    told_just_before = False  # whether the sentence before told a day ("said on Monday")
    latest_windows: list[int] = []  # the sentences that count in the latest report's window
    closed = 1  # how many paragraphs have ended since the last day written
    opened: date | None = None  # the day the sentence before opened with ("On Sunday, ...")
    tallies = False  # the labelled lines read are under a heading that names a period
    recent_day: date | None = None  # the last day a sentence was dated by
    last_written: date | None = None  # the last day a sentence wrote, dated by or not
    as_of: date | None = None  # the last day written after "as of" ("as of 9 a.m. Friday")
    records = Records(published.date() - _WEEK)  # records wait for the newest report's day
    events = StoryEvents()  # "on the day of the ceremony": the one day the story told before
    for at, sentence in enumerate(sentences):  # `at` is the sentence's index in `readings`
        tokens = tokenize(sentence)
        dates = without_edition_days(tokens, written_dates(tokens, local))  # "Tuesday's papers"
        dates = without_tally_starts(tokens, dates)  # "the 20th ... since Dec. 7"
        # "On the same day, four ships ..., and two of them had entered ... on Monday"
        dates = with_the_opening_day(tokens, dates, told or opened or last_written)
        dates = sightings_in_window(tokens, dates, local) if windowed else dates
        dates = weekdays_of_the_week_past(tokens, dates, local) if week_past else dates
        reading = read_sentence(tokens, date_tokens(dates))
        recalled_event = recalls_an_events_day(tokens, dates) and not events.dates_its_event()
        for claim in reading.claims if recalled_event else []:
            claim.cumulative = True  # "on the day of the accident the MND had reported 31"
        events.note([written.day for written in dates], bool(reading.claims))
        dates = without_days_of_events_ahead(tokens, reading, dates)  # "ahead of ... on May 20"
        without_escorts(tokens, reading)  # "A PLA frigate followed the Kiwi ship": no count
        date_stays_going_on(tokens, reading, dates)  # "... on Monday and were still inside as of"
        date_the_entry_told(tokens, reading, dates)  # "The ships entered on Monday night and"
        name_the_subjects_craft(reading)  # "The aircraft ..., with 24 crossing": the aircraft
        give_line_counts_their_label(reading)  # "PLA aircraft: 11, of which 2 were drones; 8"
        # "December 2025" over "- PLA aircraft: 612": the lines under it are the month's.
        lines = bool(reading.claims) and all(claim.labelled for claim in reading.claims)
        # "- PLAN ship-days: 2,960" counts nothing the grammar keeps, yet is a line of the list.
        lines = lines or (not reading.claims and bullet(tokens) > 0)
        tallies = heads_a_period(tokens) or (tallies and lines)
        superseded = reading.claims if tallies or quotes_an_earlier_entry(tokens) else []
        for claim in superseded or peak_claims(tokens, dates, reading.claims):
            claim.cumulative = True
        ends = [end for _, end in window_ends(tokens, date_tokens(dates))]
        period = (ends, window_named(tokens))
        # "21 aircraft ..., down from a peak of 49 aircraft on Friday": Friday is the day of
        # the figure compared, not of the sentence.
        compared = {claim.day for claim in reading.claims if claim.compared}
        own_dates = [written for written in dates if written.day not in compared]
        own_dates = without_a_stays_end(tokens, own_dates)  # "... and stayed until Thursday"
        own_dates = without_a_stays_entry(tokens, own_dates)  # "... had not left as of noon"
        own_dates = date_a_later_tellers_counts(tokens, reading, own_dates)  # ", and X said"
        own_dates = without_days_of_releases_ahead(tokens, reading, own_dates)  # "is due"
        # "14 aircraft to 6 a.m. Thursday, down from Tuesday, when it reported 45": a count
        # after a day's "when" is of that day, not of the day the sentence reports; so is one
        # after the day of a figure compared ("down from 37 on Monday, when 25 crossed").
        if reading.claims and len({d.day for d in dates}) > 1:
            # In token order; of two days told by one "when" ("Wednesday, up from Monday,
            # when"), the later written stays last, as days_told_by_when gives them.
            marks = days_told_by_when(tokens, dates) + days_after_semicolons(tokens, dates)
            marks += days_of_tellings(dates)  # "..., after the MND said on Tuesday that two"
            date_by_marks(tokens, reading, sorted(marks, key=lambda mark: mark[0]))
            date_clauses_before_semicolons(tokens, reading, dates)  # "on Monday ...; on 12 April"
        # "On Monday Beijing launched drills, and in the 24 hours to 6 a.m. today Taipei counted
        # 97 aircraft": a count after a report window a later clause states is of the window's
        # end, not of the day the sentence opened with.
        windows_later = stated_windows(tokens, date_tokens(dates))
        date_by_marks(tokens, reading, [(b, end) for b, end in windows_later if b > dates[0].last])
        # "76 aircraft ... in the 24 hours to"
        date_counts_by_the_window_after(tokens, reading, dates)
        # "On Sunday, four ships entered ..., and on Wednesday a drone flew": each count is
        # of the day that opens its clause.
        if (clauses := clause_days(tokens, own_dates)) and reading.claims:
            date_by_marks(tokens, reading, [(d.first, d.day) for d in clauses[1:]])
            own_dates = clauses[:1]
        elif reading.claims and len({d.day for d in own_dates}) > 1:
            # "When we met on Tuesday she had the news: on Monday, 26 aircraft ...": Monday's.
            date_by_marks(tokens, reading, days_after_colons(tokens, own_dates))
            # "...: on Wednesday, it tracked four aircraft, before it rose to 32 on Friday":
            # a count that writes no day of its own is of the last day written before it ("when
            # 19 of the aircraft crossed": the 32's), the day that opens the sentence first.
            current = own_dates[0].day if opens_with_its_day(tokens, own_dates) else None
            for claim in reading.claims if current else []:
                current = claim.day = claim.day or current
            date_counts_by_their_clause(tokens, reading, own_dates)  # "..., and on Monday"
        # After the clauses' days: "..., and on Tuesday two of them had entered" is Tuesday's.
        date_relative_parts(tokens, reading)  # "125 aircraft on Monday, 90 of which entered"
        date_bare_counts(tokens, reading, own_dates)  # "On Monday, four were in the zone"
        date_joined_counts(reading)  # "45 aircraft on Friday, ..., along with eight warships"
        date_counts_of_a_days_event(tokens, reading, local)  # "Monday's drills, during which"
        own_dates = without_counts_own_days(reading, own_dates)  # "... and two on Monday"
        reading.entry = opens_an_entry(tokens, dates)  # "Tue. Aug. 12 - 26 aircraft, 8 ships"
        # "Apr. 16 (Tue): 4" under "... vessels confirmed in the contiguous zone:": a day's
        # entry is a line of the list the colon announced, with a bullet or without.
        for claim in reading.claims if reading.entry else []:
            claim.item = True
        opens = reading.entry or opens_with_its_day(tokens, dates) or opens_the_next_day(tokens)
        opens = opens or reports_a_dated_clause(tokens, dates)  # "; Tuesday's was 17 aircraft"
        # A day that opens the sentence, or one the report is compared with by "when", is
        # reported in it, not recalled (rule 8); so is the day of a clause after a peak
        # recalled ("The busiest day was Jan. 8, when ...; on Tuesday, it reported 11").
        dated = (sentence_day(own_dates), opens or compares_a_day(tokens, dates))
        dated = (after_peak, True) if (after_peak := day_after_peak(tokens, dates)) else dated
        dated = without_a_day_ahead(tokens, reading, own_dates, dated)  # "will meet on Tuesday"
        # "On Tuesday it had tracked a record 153 aircraft" in Wednesday's story (rule 8); a
        # sentence that writes no day is of the last one written ("Monday's drill ... The 153
        # aircraft ... is a record"); "Monday's drills, during which ... a record 153": Monday's.
        of_day = dated[0] or recent_day
        records.hold(of_day, local, called_records(tokens, reading.claims))
        for claim in standing_records(tokens, reading.claims):  # "The record remains 153"
            claim.cumulative = True
        recent_day = dated[0] or recent_day
        if not recalls_a_day(tokens, dates):
            numbered = any(number_at(tokens, i) for i in range(len(tokens)))
            records.count(dated[0], reading.claims, numbered)
        scene = last_written if closed < 2 else None  # "That day": of the paragraph before
        dated = day_pointed_back(sentence, dated, told, opened, scene, as_of, local)
        # "The ministry's morning report listed 18 aircraft": the latest report's window, of
        # the copy's day, unless the sentence before told a day ("The MND said on Monday") or
        # the last day written is of the same paragraph ("April 17: Beijing declares ...").
        if dated[0] is None and reading.claims and not told_just_before and closed:
            latest_windows += [at] if reports_the_latest_window(tokens) else []
        told_just_before = any(written.told for written in dates)
        closed = (0 if dates else closed) + (sentence.strip() in closing)
        last_written = dates[-1].day if dates else last_written
        as_of = day_as_of(tokens, dates) or as_of
        opened = own_dates[0].day if own_dates and opens_with_its_day(tokens, own_dates) else None
        told = next((written.day for written in dates if written.told), told)
        readings.append((sentence, reading, dated, recalls_a_day(tokens, dates), period))
    records.settle()
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
    for index, (sentence, reading, (written, reported), _, (stated, named)) in enumerate(readings):
        compare_back(sentence, reading, before)
        before = reading if reading.claims else before
        windows = stated or windows
        tokens = tokenize(sentence)
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
        counted = day if reading.counts_anew else counted
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
        found = story.read(reading, own, sentence.strip(), headline, recalled)
        facts += [(headline or summary, fact) for fact in found]
    # Rule 9: a stay whose entry or later day ("still there as of") a later sentence tells.
    # Only those are new objects: the story knows the others by id (story.recalled).
    facts = [
        (h, replace(f, day=story.began[id(f)]) if id(f) in story.began else f) for h, f in facts
    ]
    # "The latest sorties came a day after the ministry reported 45 aircraft" (rule 8)
    facts = without_days_before_recalled(facts, story.recalled, story.reported_before)
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
