"""An article's sentences as the incursion grammar reads them (incursions.py): the layouts
reports come in (clock stops, dotted leaders, dashed labels, barred rows,
footnotes, numbered lines, tickers, tables, release fields, notes) and the word orders of
translations, each written as plain sentences of counts, one step each, in the order they
must run: a later step reads what an earlier one wrote.
"""

import re
from collections.abc import Callable

from .incursion_act_labels import act_labels
from .incursion_among import AMONG_MARK, among_them_as_of_them
from .incursion_citations import CITATION_MARK, without_citation_marks
from .incursion_classifiers import counts_before_measured_craft
from .incursion_clock_stops import CLOCK_MARK, split_at_clock_stops
from .incursion_column_definitions import TABLE_MARK, defined_columns
from .incursion_craft_cells import CELL_SEPARATOR_MARK, craft_cells_as_counts
from .incursion_date_groups import DATE_GROUP_MARK, date_groups_as_dates
from .incursion_dated_cells import DATED_CELL_MARK, dated_cells_as_lines
from .incursion_day_runs import ENTRY_RUN_MARK, day_entries_as_lines
from .incursion_event_anchors import without_event_anchors
from .incursion_figure_lines import FIGURE_LINE_MARK, figure_lines_as_counts
from .incursion_japanese_bullets import JAPANESE_BULLET_MARK, japanese_bullets_as_bullets
from .incursion_labels import LABEL_DASH_MARK, dashed_labels, split_notes
from .incursion_leaders import LEADER_MARK, dotted_labels
from .incursion_more_days import FURTHER_COUNT_MARK, further_counts_as_sentences
from .incursion_noted_counts import noted_counts_as_entries
from .incursion_period_labels import period_labels_as_counts
from .incursion_pronouns import craft_for_it
from .incursion_releases import release_fields
from .incursion_rows import ROW_MARK, barred_rows, counts_before_craft, elided_craft
from .incursion_shared_acts import SHARED_ACT_MARK, acts_shared_by_days
from .incursion_shorthand import MINISTRY_MARK, shorthand_report_lines
from .incursion_singular_parts import singular_parts_as_partitives
from .incursion_slash_columns import SLASH_COLUMN_MARK, slash_columns_named
from .incursion_slashed_parts import SLASHED_PART_MARK, slashed_parts_as_commas
from .incursion_tables import ROW_BAR_MARK, numbered_lines, rows_whole, table_rows
from .incursion_tally_lines import tally_lines_as_counts
from .incursion_tickers import ticker_items

# A note's marker glued to a full stop ("... of 153 aircraft.(12) Across 2024, ..."): the
# splitter sees no stop, and the next sentence's opening period ("Across 2024") is lost.
_FOOTNOTE = re.compile(r"(?<=[.!?\"”])\s?[(\[]\d{1,3}[)\]]\s+(?=[A-Z])")
# A note's number in brackets after a full stop, whose "(" the splitter leaves to the stop.
_NOTE_OPENER = ". ("
_NOTE_MARK = re.compile(r"\d{1,2}\)\s+(?=[A-Z\"“])")


def _at_footnotes(sentences: list[str]) -> list[str]:
    """Sentences split where a footnote's marker ends one, the marker dropped."""
    return [part for sentence in _notes_whole(sentences) for part in _FOOTNOTE.split(sentence)]


def _notes_whole(sentences: list[str]) -> list[str]:
    """Sentences whose next numbered note's bracket the splitter cut off ("... date shown. ("
    over '2) "Crossed ML ..." is ...'), each note's opening marker dropped: left so, the
    bracket would join every note into one sentence, and one note's zones would reach the
    next note's ships ("(3) The four official ships on 17 June were ...")."""
    whole: list[str] = []
    for sentence in sentences:
        if whole and whole[-1].endswith(_NOTE_OPENER) and (marker := _NOTE_MARK.match(sentence)):
            whole[-1] = whole[-1][: -len(_NOTE_OPENER)]
            sentence = sentence[marker.end() :]
        whole.append(sentence)
    return whole


def _bracketed(sentences: list[str]) -> list[str]:
    """Sentences rejoined where the splitter cut inside brackets, at an abbreviation's full
    stop ("a formation of four vessels (hull nos. 14609 and 14529) entering the restricted
    waters"): a bracket left open is closed in the same sentence, so what follows it belongs
    to the sentence the bracket opened in. A line break ends the join, as a line is its own."""
    joined: list[str] = []
    for sentence in sentences:
        # "... 7 PLAN vessels around Taiwan. (Week's total: 97 aircraft ...)": a bracket the
        # splitter left after a full stop opens an aside of its own, whose figure is no part
        # of the sentence before; the bracket goes with it.
        if joined and _SENTENCE_OPENED.search(joined[-1]):
            cut = joined[-1].rstrip()
            joined[-1], sentence = cut[:-1], "(" + sentence
            joined.append(sentence)
        elif joined and _open(joined[-1]) and "\n" not in joined[-1] and ")" in sentence:
            joined[-1] += sentence if joined[-1][-1:].isspace() else " " + sentence
        else:
            joined.append(sentence)
    return joined


_SENTENCE_OPENED = re.compile(r"[.!?]\s+\($")


def _open(sentence: str) -> bool:
    return sentence.count("(") > sentence.count(")")


Step = Callable[[list[str]], list[str]]
# The steps in the order they must run, each with the mark its layout cannot be written
# without, where it has one (a bar, a slash, a dotted leader): such a step changes no sentence
# of a text that holds no such mark, as most stories are prose, so it is not asked there
# (tests/test_incursion_layout_marks.py checks each step so marked).
LAYOUT_STEPS: tuple[tuple[Step, re.Pattern[str] | None], ...] = (
    (without_citation_marks, CITATION_MARK),  # "... ADIZ.[41]", "8[citation needed]"
    (date_groups_as_dates, DATE_GROUP_MARK),  # "MND release 130600H DEC 24: 21 PLA acft"
    (rows_whole, ROW_BAR_MARK),  # "| Thu 3/19 | 4 | 1 | cold front? |", cut at its "?"
    (tally_lines_as_counts, None),  # "J-16 x6, plus 3 drones = 11 in all"
    (slashed_parts_as_commas, SLASHED_PART_MARK),  # "32 aircraft / 24 in ADIZ"
    (dated_cells_as_lines, DATED_CELL_MARK),  # "17 Oct 12/5 · 18 Oct 20/7" by its legend
    (craft_cells_as_counts, CELL_SEPARATOR_MARK),  # "Aircraft 8 | Ships 6 | Balloons 3"
    (japanese_bullets_as_bullets, JAPANESE_BULLET_MARK),  # "・January 20: aircraft 19 sorties"
    (figure_lines_as_counts, FIGURE_LINE_MARK),  # "9 — PLA aircraft detected ..."
    (period_labels_as_counts, None),  # "• PLA Navy vessels, same period: 6"
    (without_event_anchors, None),  # "..., a week after the drills, when 76 ..."
    (split_at_clock_stops, CLOCK_MARK),  # "... to 6 a.m. The drones entered ..."
    (day_entries_as_lines, ENTRY_RUN_MARK),  # "Mar. 3 — two drones; Mar. 4 — five"
    (noted_counts_as_entries, None),  # "Mar. 3 — 9 aircraft (4 drones ...)"
    (acts_shared_by_days, SHARED_ACT_MARK),  # "5 on Monday and 7 on Tuesday entering ..."
    (further_counts_as_sentences, FURTHER_COUNT_MARK),  # "9 jets on Monday, and two more on Friday"
    (dotted_labels, LEADER_MARK),  # "PLA aircraft ........ 23" is "PLA aircraft: 23"
    (dashed_labels, LABEL_DASH_MARK),  # "Official ships — 2" is "Official ships: 2"
    (barred_rows, ROW_MARK),  # "Wed 11 Feb — aircraft 18 | ships 6": no table
    (_at_footnotes, None),
    (_bracketed, None),
    (numbered_lines, None),
    (ticker_items, None),  # "JUST IN | MND: 30 PLA aircraft ... | 22 crossed"
    (shorthand_report_lines, MINISTRY_MARK),  # "Taiwan MND, 3 May: 21 PLA aircraft"
    (defined_columns, TABLE_MARK),  # '"Entered" is the number of ...' over a table
    (slash_columns_named, SLASH_COLUMN_MARK),  # "aircraft / ships):" over "Mon: 14 / 7"
    (table_rows, None),
    (elided_craft, None),
    (act_labels, None),  # "Aircraft crossing ... and entering ...: 17"
    (release_fields, None),  # "1. Vessels: ... (4 vessels)" "2. Intrusion: Feb. 17"
    (counts_before_craft, None),  # "Mon 3/2: aircraft 9" is "9 aircraft"
    (counts_before_measured_craft, None),  # "ship 1 vessel" is "1 ship"
    (among_them_as_of_them, AMONG_MARK),  # "Among them 15 crossed": a zone's part
    (split_notes, None),  # "Balloons: 1 (crossed median line)", two lines
    (craft_for_it, None),  # "The balloon was seen ... It crossed ..."
    (singular_parts_as_partitives, None),  # "3 balloons ... One balloon flew"
)


def as_plain_sentences(sentences: list[str]) -> list[str]:
    """The sentences, with every layout and translated word order written as prose."""
    # The text the marks are searched in is joined again only after a step that wrote a
    # sentence anew, as few steps do in a story of prose; a list the step handed back itself
    # may have been written in place.
    text = "".join(sentences)
    for step, mark in LAYOUT_STEPS:
        if mark is None or mark.search(text):
            written, sentences = sentences, step(sentences)
            unchanged = sentences is not written and sentences == written
            text = text if unchanged else "".join(sentences)
    return sentences
