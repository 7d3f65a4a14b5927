"""The day of each sentence of an incursion report, and its reading by the grammar
(incursion_grammar.py): a sentence that writes no day takes the last one written before it,
a day recalled, compared or ahead is not the sentence's own, and each count after a clause's
own day, a "when", a colon or a report window is of that day (rule 8). incursions.py hands the
readings, so dated, to the story.
"""

from datetime import date, datetime, timedelta

from .incursion_asides import in_the_dateline
from .incursion_bare_days import date_bare_counts
from .incursion_claims import Reading
from .incursion_clause_days import date_counts_by_their_clause
from .incursion_colon_days import days_after_colons
from .incursion_dated_reports import reports_a_dated_clause
from .incursion_day_marks import date_by_marks, days_of_tellings
from .incursion_days_ahead import (
    without_a_day_ahead,
    without_days_of_events_ahead,
    without_days_of_releases_ahead,
)
from .incursion_days_pointed_back import Dated, day_as_of, day_pointed_back
from .incursion_editions import without_edition_days
from .incursion_escorts import without_escorts
from .incursion_event_clauses import date_counts_of_a_days_event
from .incursion_event_days import recalls_an_events_day
from .incursion_event_starts import without_days_events_began
from .incursion_grammar import read_sentence
from .incursion_labels import bullet
from .incursion_line_craft import give_line_counts_their_label
from .incursion_openings import opens_an_entry, opens_the_next_day, opens_with_its_day
from .incursion_own_days import date_joined_counts, without_counts_own_days
from .incursion_parts_days import date_relative_parts
from .incursion_phrases import number_at
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
from .incursion_record_counts import called_records, standing_records
from .incursion_report_records import Records
from .incursion_same_day_openings import with_the_opening_day
from .incursion_sightings import sightings_in_window
from .incursion_stay_days import without_a_stays_entry
from .incursion_stay_entries import date_the_entry_told
from .incursion_stays_on import date_stays_going_on
from .incursion_story import Incursion as Incursion  # read by analyze.py
from .incursion_story_events import StoryEvents
from .incursion_subject_craft import name_the_subjects_craft
from .incursion_tables import heads_a_period
from .incursion_tally_starts import without_tally_starts
from .incursion_teller_clauses import date_a_later_tellers_counts
from .incursion_tokens import clause_days, date_tokens, sentence_day, tokenize, written_dates
from .incursion_undated_windows import reports_the_latest_window
from .incursion_week_looks import looks_back_at_a_week, weekdays_of_the_week_past
from .incursion_windows import stated_windows, states_window, window_ends, window_named
from .incursion_windows_after import date_counts_by_the_window_after

_WEEK = timedelta(days=7)  # rule 8: a day written at most a week from the report's

# Each sentence with its reading, its day (and whether the sentence reports it), whether it
# recalls a day, and the report windows it states: their ends and the one it names, if any.
SentenceReading = tuple[str, Reading, Dated, bool, tuple[list[date], int | None]]


def date_sentences(
    sentences: list[str], published: datetime, local: date, closing: set[str]
) -> tuple[list[SentenceReading], list[int]]:
    """The sentences read and dated, in order, and the indexes of those that count in the
    latest report's window with no day of their own ("The ministry's morning report listed 18
    aircraft"): the story dates those by the copy's day."""
    # A story that states a daily report's window ("in the 24 hours to 6 a.m.") holds the
    # sightings it times within that window ("spotted at 10:14 a.m. Monday").
    windowed = any(states_window(tokenize(sentence)) for sentence in sentences)
    week_past = looks_back_at_a_week(sentences, published, local)  # "• Friday: 14 aircraft"
    readings: list[SentenceReading] = []
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
        every_date = written_dates(tokens, local)
        dates = without_edition_days(tokens, every_date)  # "Tuesday's papers"
        dates = without_tally_starts(tokens, dates)  # "the 20th ... since Dec. 7"
        # "On the same day, four ships ..., and two of them had entered ... on Monday"
        dates = with_the_opening_day(tokens, dates, told or opened or last_written)
        dates = sightings_in_window(tokens, dates, local) if windowed else dates
        dates = weekdays_of_the_week_past(tokens, dates, local) if week_past else dates
        reading = read_sentence(tokens, date_tokens(dates), frozenset(date_tokens(every_date)))
        recalled_event = (  # only a sentence that counts has counts to mark
            bool(reading.claims)
            and recalls_an_events_day(tokens, dates)
            and not events.dates_its_event()
        )
        for claim in reading.claims if recalled_event else []:
            claim.cumulative = True  # "on the day of the accident the MND had reported 31"
        events.note([written.day for written in dates], bool(reading.claims))
        dates = without_days_of_events_ahead(tokens, reading, dates)  # "ahead of ... on May 20"
        firsts = [claim.first for claim in reading.claims]
        dates = without_days_events_began(tokens, firsts, dates)  # "the drills it launched on"
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
        # A sentence that counts nothing has no count to supersede, as most sentences have not.
        quoted = bool(reading.claims) and (tallies or quotes_an_earlier_entry(tokens))
        superseded = reading.claims if quoted else []
        for claim in superseded:
            claim.cumulative = True
        for claim in [] if superseded else peak_claims(tokens, dates, reading.claims):
            claim.cumulative = claim.peak = True
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
        windows_later = stated_windows(tokens, date_tokens(dates)) if reading.claims else []
        date_by_marks(tokens, reading, [(b, end) for b, end in windows_later if b > dates[0].last])
        # "76 aircraft ... in the 24 hours to"
        date_counts_by_the_window_after(tokens, reading, dates)
        # "On Sunday, four ships entered ..., and on Wednesday a drone flew": each count is
        # of the day that opens its clause.
        if reading.claims and (clauses := clause_days(tokens, own_dates)):
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
            # Whether it writes a number tells only of a dated sentence that counts no craft.
            unclaimed = not reading.claims and dated[0] is not None
            numbered = unclaimed and any(number_at(tokens, i) for i in range(len(tokens)))
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
        # A dateline's day is the copy's, no telling "the same day" can point back to.
        tellings = [d for d in dates if d.told and not in_the_dateline(tokens, d.first)]
        told = tellings[0].day if tellings else told
        readings.append((sentence, reading, dated, recalls_a_day(tokens, dates), period))
    records.settle()
    return readings, latest_windows
