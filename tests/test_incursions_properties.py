"""Properties of English incursion facts, checked by Hypothesis on daily reports put together
from the parts wire copy and Taiwan's defence ministry use: counts in digits and words, craft,
zones, days, and the sentences that surround them. Each property names a class of failure
(docs/evaluation-sets.md, rules 1-5) and searches for any report that shows it; the profiles
are in tests/conftest.py. The spaCy model is loaded once per session, as in the other tests.
"""

from datetime import UTC, date, datetime, timedelta

from conftest import CI_EXAMPLES
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse

PUBLISHED = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # a Wednesday
SOME = settings(max_examples=CI_EXAMPLES * 2)  # a few dozen reports each

Fact = tuple[int, str, str, str, date]

# Craft as reports name them, with the `what` each is labelled.
CRAFT = [
    ("Chinese military aircraft", "aircraft"), ("PLA aircraft", "aircraft"),
    ("Chinese warplanes", "aircraft"), ("sorties by Chinese aircraft", "aircraft"),
    ("Chinese military drones", "drones"), ("Chinese balloons", "balloons"),
    ("PLA Navy ships", "navy vessels"), ("Chinese warships", "navy vessels"),
    ("China Coast Guard ships", "official ships"),
]  # fmt: skip
AROUND = ["around Taiwan", "near Taiwan", "around the island", "near the island"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "10", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty",
         21: "twenty-one", 30: "thirty", 45: "forty-five"}  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday"]
VAGUE = ["dozens of", "several", "a number of", "scores of", "many", "a few", "numerous",
         "hundreds of"]  # fmt: skip
CUMULATIVE = ["so far this month", "so far this year", "this year", "since January",
              "over the past week", "in the past three days", "over the last two months",
              "to date", "in Q3", "in the second quarter", "this quarter",
              "across 2025"]  # fmt: skip
EVENTS = ["", ", weeks before the Dec. 5 local elections", ", days after the Jan. 20 inauguration"]
UNRELATED = [
    "President Lai Ching-te met a delegation of U.S. lawmakers in Taipei on Thursday.",
    "The Mainland Affairs Council urged Beijing to resume dialogue.",
    "Japan's foreign minister said peace across the Taiwan Strait was important.",
    "Taiwan's exports rose 12 percent in February, the finance ministry said.",
    "The ministry said it would keep monitoring the situation closely.",
    "Two typhoons are expected to approach Okinawa later this month.",
    "The 2026 defence budget was passed by the Legislative Yuan on Friday.",
    "Tourists crowded Taipei's night markets over the holiday weekend.",
    "Exporters said three vessels bound for Vietnam and Indonesia had been rebooked.",
]


def count_text(count: int, capital: bool) -> str:
    text = WORDS.get(count, str(count))
    return text[:1].upper() + text[1:] if capital else text


@st.composite
def totals(draw: st.DrawFn) -> tuple[list[tuple[int, str, str]], str, date]:
    """Counts of distinct kinds of craft, and the day phrase with the day it names."""
    craft = draw(st.lists(st.sampled_from(CRAFT), min_size=1, max_size=3,
                          unique_by=lambda pair: pair[1]))  # fmt: skip
    counts = draw(st.lists(st.sampled_from(sorted(WORDS) + [17, 28, 33, 96]),
                           min_size=len(craft), max_size=len(craft)))  # fmt: skip
    weekday = draw(st.sampled_from([None, *range(len(WEEKDAYS))]))
    if weekday is None:
        phrase, day = "", PUBLISHED.date()
    else:
        back = (PUBLISHED.weekday() - weekday) % 7
        phrase, day = f" on {WEEKDAYS[weekday]}", PUBLISHED.date() - timedelta(days=back)
    return [(n, noun, what) for n, (noun, what) in zip(counts, craft, strict=True)], phrase, day


def listed(parts: list[tuple[int, str, str]], capital: bool = False) -> str:
    phrases = [
        f"{count_text(n, capital and i == 0)} {noun}" for i, (n, noun, _) in enumerate(parts)
    ]
    return phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]


@st.composite
def reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A one-sentence daily report of totals around Taiwan, in one of the outlets' frames, and
    the facts it states."""
    parts, day_phrase, day = draw(totals())
    around = draw(st.sampled_from(AROUND))
    frame = draw(st.integers(0, 2))
    if frame == 0:
        text = (f"Taiwan's defence ministry said it had detected {listed(parts)} {around}"
                f"{day_phrase}.")  # fmt: skip
    elif frame == 1:
        text = (f"{listed(parts, capital=True)} were tracked {around}{day_phrase}, the Ministry "
                "of National Defense said.")  # fmt: skip
    else:
        text = f"TAIPEI (CNA) — Taiwan spotted {listed(parts)} operating {around}{day_phrase}."
    # A date naming an event ("the Dec. 5 elections") is not the day of the counts.
    text = text[:-1] + draw(st.sampled_from(EVENTS)) + "."
    return text, {(n, what, "around Taiwan", "Taiwan", day) for n, _, what in parts}


def facts(text: str) -> list[Fact]:
    (result,) = analyse([TextToAnalyse("p", text, "en", PUBLISHED)])
    return [(f.count, f.what, f.zone, f.place, f.day) for f in result.incursions]


@SOME
@given(reports())
def test_a_report_of_totals_gives_exactly_its_facts(report: tuple[str, set[Fact]]) -> None:
    text, expected = report
    assert sorted(facts(text)) == sorted(expected)


@SOME
@given(reports(), st.lists(st.sampled_from(UNRELATED), min_size=1, max_size=3))
def test_an_unrelated_sentence_appended_never_changes_the_facts(
    report: tuple[str, set[Fact]], appended: list[str]
) -> None:
    text, expected = report
    assert sorted(facts(" ".join([text, *appended]))) == sorted(expected)


@SOME
@given(reports(), st.sampled_from(VAGUE), st.sampled_from(CRAFT))
def test_a_vague_quantity_gives_no_fact(
    report: tuple[str, set[Fact]], vague: str, craft: tuple[str, str]
) -> None:
    """ "Dozens of ships" is no number, in a sentence of its own or after a report."""
    text, expected = report
    vague_sentence = f"The ministry said {vague} {craft[0]} had entered the ADIZ."
    assert facts(vague_sentence) == []
    assert sorted(facts(f"{text} {vague_sentence}")) == sorted(expected)


@SOME
@given(totals(), st.sampled_from(CUMULATIVE), st.sampled_from(AROUND))
def test_a_cumulative_total_gives_no_fact(
    parts: tuple[list[tuple[int, str, str]], str, date], period: str, around: str
) -> None:
    counted, _, _ = parts
    text = f"Taiwan has detected {listed(counted)} {around} {period}, the ministry said."
    assert facts(text) == []


# A tally opening a clause of its own after ", and": its period is the tally's.
TALLY_CLAUSES = ["its count for March so far stands at 187", "the count of the month so far is "
                 "240", "its running count this year has passed 3,000", "the figure for the year "
                 "to date is 3,120", "the total since January stands at 1,402"]  # fmt: skip


@SOME
@given(totals(), st.sampled_from(AROUND), st.sampled_from(TALLY_CLAUSES))
def test_a_tally_in_a_clause_of_its_own_leaves_the_counts_before_it_of_their_day(
    parts: tuple[list[tuple[int, str, str]], str, date], around: str, tally: str
) -> None:
    """ "On Monday the ministry tracked 19 aircraft around Taiwan, and its count for March so
    far stands at 187": the 19 are Monday's (rule 8), not a part of the month's tally."""
    counted, _, _ = parts
    text = f"On Monday, the ministry tracked {listed(counted)} {around}, and {tally}."
    monday = PUBLISHED.date() - timedelta(days=2)
    assert sorted(facts(text)) == sorted((n, what, "around Taiwan", "Taiwan", monday)
                                         for n, _, what in counted)  # fmt: skip


@SOME
@given(totals(), st.sampled_from(CUMULATIVE), st.sampled_from(AROUND), st.integers(1, 9))
def test_a_share_of_a_cumulative_total_gives_no_fact(
    parts: tuple[list[tuple[int, str, str]], str, date], period: str, around: str, share: int
) -> None:
    counted, _, _ = parts
    assume(any(what == "aircraft" for _, _, what in counted))
    text = (
        f"Taiwan has detected {listed(counted)} {around} {period}, the ministry said. "
        f"Of the aircraft, {share} crossed the median line and entered the ADIZ."
    )
    assert facts(text) == []


@SOME
@given(
    st.sampled_from(sorted(WORDS)),
    st.sampled_from(["aircraft", "Chinese military aircraft", "of the aircraft", "of them"]),
    st.lists(st.sampled_from(["northern", "central", "southwestern", "eastern"]), unique=True,
             max_size=3),
    st.booleans(),
    st.sampled_from(["the median line", "the line"]),  # "the line" crossed is the median line
)  # fmt: skip
def test_crossing_the_median_line_into_the_adiz_is_one_fact_per_zone(
    count: int, craft: str, sectors: list[str], total_first: bool, line: str
) -> None:
    where = ", ".join(sectors) + " " if sectors else ""
    crossing = (
        f"{count_text(count, capital=True)} {craft} crossed {line} and entered "
        f"Taiwan's {where}ADIZ."
    )
    lede = (
        "Taiwan's defence ministry said it had detected 99 Chinese military aircraft around Taiwan."
    )
    # Craft named without "Chinese" point back to the total, which must then come first.
    text = f"{lede} {crossing}" if total_first or "Chinese" not in craft else crossing
    found = [fact for fact in facts(text) if fact[2] != "around Taiwan"]
    day = PUBLISHED.date()
    assert sorted(found) == sorted([
        (count, "aircraft", "median line", "Taiwan", day),
        (count, "aircraft", "ADIZ", "Taiwan", day),
    ])  # fmt: skip


@SOME
@given(reports(), st.lists(st.sampled_from(UNRELATED), max_size=2))
def test_no_fact_is_stored_twice_and_every_count_is_stated(
    report: tuple[str, set[Fact]], appended: list[str]
) -> None:
    """A report repeated in headline, lede and body is one fact per craft, zone and day, and no
    fact carries a number the text does not state."""
    text, _ = report
    article = " ".join([text, text.replace("said", "reported"), *appended])
    found = facts(article)
    assert len({fact[1:] for fact in found}) == len(found)
    stated = {str(n) for n in range(1000) if str(n) in article} | {
        str(n) for n, word in WORDS.items() if word.lower() in article.lower()
    }
    assert all(str(fact[0]) in stated for fact in found)


TYPES = ["J-16 fighters", "J-10 fighters", "H-6K bombers", "KJ-500 early warning planes",
         "Y-8 anti-submarine aircraft", "Su-30 fighters"]  # fmt: skip


@SOME
@given(
    reports(),
    st.lists(st.tuples(st.sampled_from([2, 3, 4, 6, 8, 10]), st.sampled_from(TYPES)),
             min_size=1, max_size=3, unique_by=lambda part: part[1]),
    st.sampled_from(["The aircraft included {}.", "Those detected included {}, the ministry said.",
                     "Among them were {}.", "The figure included {}.",
                     "That total included {}, it said."]),
)  # fmt: skip
def test_a_breakdown_of_a_total_adds_no_fact(
    report: tuple[str, set[Fact]], types: list[tuple[int, str]], frame: str
) -> None:
    """ "The aircraft included 10 J-16 fighters and four H-6K bombers" says what the total was
    made of, not another figure."""
    text, expected = report
    breakdown = frame.format(listed([(n, noun, "") for n, noun in types]))
    assert sorted(facts(f"{text} {breakdown}")) == sorted(expected)


@SOME
@given(
    reports(),
    st.sampled_from(["None of the aircraft", "No Chinese aircraft", "None of them",
                     "No ships"]),
    st.sampled_from(["entered Taiwan's ADIZ", "crossed the median line",
                     "entered the contiguous zone"]),
    st.sampled_from([None, ", adding that", ", and"]),  # a sentence of its own, or a clause
)  # fmt: skip
def test_a_nought_gives_no_fact_and_takes_none_from_the_counts_before(
    report: tuple[str, set[Fact]], nobody: str, did: str, joined: str | None
) -> None:
    text, expected = report
    if joined is not None:
        article = f"{text[:-1]}{joined} {nobody[:1].lower()}{nobody[1:]} had {did}."
    else:
        article = f"{text} {nobody} {did}."
    assert sorted(facts(article)) == sorted(expected)


@SOME
@given(
    st.sampled_from([20, 33, 45, 96]),
    st.lists(st.tuples(st.sampled_from([2, 3, 4, 6, 8, 10]), st.sampled_from(TYPES)),
             min_size=1, max_size=4, unique_by=lambda part: part[1]),
    st.sampled_from(["entered Taiwan's ADIZ", "crossed the median line"]),
    st.booleans(),
)  # fmt: skip
def test_a_breakdown_inside_the_sentence_of_its_total_adds_nothing_to_it(
    total: int, types: list[tuple[int, str]], did: str, oxford_comma: bool
) -> None:
    """ "30 aircraft, including 10 J-16s, four J-10s and two KJ-500s, entered the ADIZ" is 30
    aircraft, whatever the commas between the parts."""
    parts = listed([(n, noun, "") for n, noun in types])
    if oxford_comma and len(types) > 2:
        parts = parts.replace(" and ", ", and ")
    text = f"The ministry said {total} Chinese military aircraft, including {parts}, {did}."
    zone = "ADIZ" if "ADIZ" in did else "median line"
    assert facts(text) == [(total, "aircraft", zone, "Taiwan", PUBLISHED.date())]


# What Taiwan's defence ministry reports, with no zone named: its totals around Taiwan.
WINDOWS = ["in the 24 hours to 6 a.m.", "over the past 24 hours",
           "between 6 a.m. Tuesday and 6 a.m. Wednesday", "in the 24 hrs to 0600 Wednesday",
           "in the 24h to 6 a.m."]  # fmt: skip
LABELS = [("PLA aircraft", "aircraft"), ("Military aircraft", "aircraft"),
          ("PLAN vessels", "navy vessels"), ("Official ships", "official ships"),
          ("Drones", "drones"), ("Balloons", "balloons")]  # fmt: skip


@SOME
@given(totals(), st.sampled_from(WINDOWS), st.sampled_from(["detected", "sent", "tracked"]))
def test_a_reports_window_makes_its_counts_totals_around_taiwan(
    parts: tuple[list[tuple[int, str, str]], str, date], window: str, verb: str
) -> None:
    """ "China sent 36 aircraft toward Taiwan over the past 24 hours": a daily report's figures,
    with or without a zone."""
    counted, _, _ = parts
    subject = "Taiwan's defence ministry said it had" if verb != "sent" else "China"
    text = f"{subject} {verb} {listed(counted)} {window}."
    day = PUBLISHED.date()
    assert sorted(facts(text)) == sorted((n, what, "around Taiwan", "Taiwan", day)
                                         for n, _, what in counted)  # fmt: skip


@SOME
@given(
    reports(),
    st.sampled_from(CRAFT),
    st.sampled_from(["The ministry also detected {}.", "It also tracked {}, it said.",
                     "{} were also spotted."]),
    st.sampled_from(["March 2", "Feb. 27"]),
)  # fmt: skip
def test_a_later_sighting_is_the_reports_and_a_recalled_day_is_background(
    report: tuple[str, set[Fact]], craft: tuple[str, str], frame: str, recalled: str
) -> None:
    """A sighting added after a report's totals is around Taiwan on the report's day; a figure
    recalled from a day the sentence names, with no window of its own, gives nothing."""
    text, expected = report
    noun, what = craft
    assume(all(fact[1] != what for fact in expected))  # one figure per craft and day
    sighting = frame.format(listed([(4, noun, what)], capital=frame.startswith("{")))
    background = f"The busiest day was {recalled}, when it tracked 61 aircraft."
    (day,) = {fact[4] for fact in expected}
    found = facts(f"{text} {sighting} {background}")
    assert sorted(found) == sorted([*expected, (4, what, "around Taiwan", "Taiwan", day)])


@SOME
@given(
    st.lists(st.tuples(st.sampled_from(LABELS), st.sampled_from([0, 1, 5, 12, 23])),
             min_size=1, max_size=4, unique_by=lambda line: line[0][1]),
    st.sampled_from(["around Taiwan", "around the island"]),
)  # fmt: skip
def test_a_list_announced_with_a_colon_gives_one_fact_per_line(
    lines: list[tuple[tuple[str, str], int]], around: str
) -> None:
    """ "PLA aircraft: 12" under a report's announcement counts by its label; nought, nothing."""
    body = "\n".join(f"{label}: {n}" for (label, _), n in lines)
    text = f"Taiwan detected the following Chinese military activity {around} today:\n{body}"
    day = PUBLISHED.date()
    expected = [(n, what, "around Taiwan", "Taiwan", day) for (_, what), n in lines if n]
    assert sorted(facts(text)) == sorted(expected)


@SOME
@given(
    st.sampled_from([(8, 11), (3, 4), (20, 25)]),
    st.sampled_from(["between {} and {}", "{} to {}", "{} or {}"]),
    st.sampled_from([", which included two drones,", ", not counting drones,",
                     ", not included in the total,"]),
    st.booleans(),
)  # fmt: skip
def test_ranges_asides_and_hedges_keep_the_stated_counts(
    bounds: tuple[int, int], range_frame: str, aside: str, hedge: bool
) -> None:
    """A range counts its lower bound; what a total holds between commas and a hedged zone
    ("without saying whether any crossed the median line") add no fact."""
    lede = "Taiwan's defence ministry said it had detected 40 Chinese aircraft around Taiwan."
    crossing = f"Of the aircraft{aside} 9 entered the ADIZ"
    crossing += ", without saying whether any crossed the median line." if hedge else "."
    ranged = f"The ministry said {range_frame.format(*bounds)} Chinese warships were also seen."
    day = PUBLISHED.date()
    assert sorted(facts(f"{lede} {crossing} {ranged}")) == sorted([
        (40, "aircraft", "around Taiwan", "Taiwan", day),
        (9, "aircraft", "ADIZ", "Taiwan", day),
        (bounds[0], "navy vessels", "around Taiwan", "Taiwan", day),
    ])  # fmt: skip


# A daily report decided once per story (incursion_reports.py): whatever its wording, its
# counts with no zone of their own are the day's totals around Taiwan.
SIGHTINGS = ["Taiwan tracked", "Taiwan's defence ministry detected", "the ministry spotted",
             "Taiwan's military counted", "China sent", "the ministry's map showed",
             "the ministry logged"]  # fmt: skip
TOWARD = ["toward", "around", "near", "in the vicinity of"]
ISLAND = ["the island", "the nation", "Taiwan"]
WINDOWS = ["in the 24 hours to 6 a.m. Wednesday", "over the past 24 hours",
           "between 6 a.m. Tuesday and 6 a.m. Wednesday", "since 6 a.m. on Tuesday",
           ""]  # fmt: skip
BULLETIN = (
    "PLA activities around Taiwan\n\nPLA aircraft and vessels operating around Taiwan were "
    "detected from 6 a.m. Tuesday to 6 a.m. Wednesday.\n\n"
)
LABELS = {"aircraft": "PLA aircraft", "drones": "PLA drones", "balloons": "Balloons",
          "navy vessels": "PLAN vessels", "official ships": "Official ships"}  # fmt: skip
UNITS = {"aircraft": ["", " sorties"], "drones": [""], "balloons": [""], "navy vessels": [""],
         "official ships": [""]}  # fmt: skip
OTHER_SCOPES = [
    "So far this month, Taiwan has tracked 68 Chinese military aircraft.",
    "The busiest day this year was March 2, when it tracked 61 aircraft.",
    "Japan's Joint Staff said six Chinese warships sailed through the Miyako Strait.",
    "China fired 11 ballistic missiles into waters around Taiwan in August 2022.",
    "Analysts said up to 10 more vessels could be deployed.",
    "Taiwan sent two frigates of its own to shadow the Chinese ships.",
    "The ministry's record remains the 153 aircraft it reported in October 2024.",
    "The two-day total of 45 aircraft alarmed officials in Taipei.",
    "Taiwan's army fired 12 rockets at targets off the coast during a drill.",
    "Two ballistic missiles launched during drills around Taiwan fell inside Japan's "
    "exclusive economic zone.",
    "The record remains August 2022, when 66 aircraft were tracked around the island.",
    "The busiest month was April, during large drills, when 72 aircraft were reported near "
    "Taiwan in a day.",
    "The figure was the most this year, the ministry said.",
    "The busiest day was March 9, when 71 aircraft were tracked, 45 of which "
    "crossed the median line and entered the ADIZ.",
    "The single-day record came on March 8, when the ministry counted 88 aircraft and 30 of "
    "them crossed the median line.",
    "Taiwan counted 131 Chinese aircraft and 40 warships around the island this week.",
    "Last October the ministry recorded a single-day high of 153 aircraft.",
    "Two China Coast Guard ships stayed in Japanese territorial waters near the Senkakus for "
    "a record 72 hours last week.",
    "\n\nFebruary 2026\n- PLA aircraft: 388\n- PLAN vessels: 240\n- Balloons: 4\n\n",
    "\n\nQ4 2025:\n• Aircraft detected: 1,204\n• Official ships: 96\n\n",
]


@st.composite
def daily_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A daily report whose counts name no zone, in one of many wordings, and its totals."""
    craft = draw(st.lists(st.sampled_from(CRAFT), min_size=1, max_size=3,
                          unique_by=lambda pair: pair[1]))  # fmt: skip
    counts = draw(st.lists(st.sampled_from([2, 3, 6, 7, 9, 11, 12, 17, 28]),
                           min_size=len(craft), max_size=len(craft)))  # fmt: skip
    parts = [(n, noun, what) for n, (noun, what) in zip(counts, craft, strict=True)]
    day = PUBLISHED.date()
    expected = {(n, what, "around Taiwan", "Taiwan", day) for n, _, what in parts}
    if draw(st.booleans()):  # the ministry's bulletin: a header, then a labelled line each
        marks = [draw(st.sampled_from(["• ", f"{i + 2}. "])) for i in range(len(parts))]
        seen = draw(st.sampled_from(["", " detected"]))  # "• Aircraft detected: 34"
        lines = [f"{mark}{LABELS[what]}{seen}: {n}{draw(st.sampled_from(UNITS[what]))}\n"
                 for mark, (n, _, what) in zip(marks, parts, strict=True)]  # fmt: skip
        return BULLETIN + "".join(lines), expected
    verb = draw(st.sampled_from(SIGHTINGS))
    window = draw(st.sampled_from(WINDOWS))
    direction = f" {draw(st.sampled_from(TOWARD))} {draw(st.sampled_from(ISLAND))}"
    if verb != "China sent" and window and draw(st.booleans()):
        direction = ""  # the window alone makes it the day's report
    text = f"TAIPEI (CNA) — {verb} {listed(parts)}{direction} {window}".rstrip() + "."
    return text, expected


@SOME
@given(daily_reports())
def test_a_daily_report_in_any_wording_gives_exactly_its_totals(
    report: tuple[str, set[Fact]],
) -> None:
    text, expected = report
    assert sorted(facts(text)) == sorted(expected)


@SOME
@given(daily_reports(), st.lists(st.sampled_from(OTHER_SCOPES), min_size=1, max_size=3))
def test_counts_with_a_scope_of_their_own_change_no_daily_total(
    report: tuple[str, set[Fact]], others: list[str]
) -> None:
    text, expected = report
    assert sorted(facts(" ".join([text, *others]))) == sorted(expected)


@SOME
@given(
    daily_reports(),
    daily_reports(),
    st.sampled_from(["6 a.m.", "6am"]),
    st.sampled_from(["after", "before", "following", "respectively"]),
)
def test_two_windows_in_one_sentence_date_each_count_by_its_own(
    first: tuple[str, set[Fact]], second: tuple[str, set[Fact]], clock: str, layout: str
) -> None:
    """ "N aircraft between 6 a.m. Monday and 6 a.m. Tuesday, and M aircraft in the following 24
    hours ending at 6 a.m. Wednesday": each window's counts are of the day it ends, whether
    the windows follow their counts or come before them, and a following window that writes
    its own end ends then; "N and M aircraft in the periods ending ..., respectively" pairs
    each count with its window."""
    a, b = sorted(first[1])[0], sorted(second[1])[-1]
    noun = {what: noun for noun, what in CRAFT}
    text = (
        f"Taiwan's military tracked {a[0]} {noun[a[1]]} between {clock} Monday and {clock} "
        f"Tuesday, and {b[0]} {noun[b[1]]} in the following 24 hours ending at {clock} "
        "Wednesday, the ministry said."
    )
    if layout == "following":
        text = (
            f"In the 24 hours ending at {clock} on Tuesday, the ministry tracked {a[0]} "
            f"{noun[a[1]]}; in the following 24 hours ending at {clock} Wednesday, it tracked "
            f"{b[0]} {noun[b[1]]}."
        )
    if layout == "before":
        text = (
            f"The ministry said that in the 24 hours ending {clock} Tuesday it had tracked "
            f"{a[0]} {noun[a[1]]}, and that between {clock} Tuesday and {clock} Wednesday it "
            f"tracked {b[0]} {noun[b[1]]}."
        )
    if layout == "respectively":  # "11 and 14 aircraft in the periods ending ..., respectively"
        b = (b[0], a[1], *b[2:])
        text = (
            f"The ministry said it had tracked {a[0]} and {b[0]} {noun[a[1]]} in the periods "
            f"ending {clock} on Tuesday and {clock} on Wednesday, respectively."
        )
    tuesday = PUBLISHED.date() - timedelta(days=1)
    assert sorted(facts(text)) == sorted([
        (a[0], a[1], "around Taiwan", "Taiwan", tuesday),
        (b[0], b[1], "around Taiwan", "Taiwan", PUBLISHED.date()),
    ])  # fmt: skip


# Day-by-day stories: a weekday with its date beside it, in a line of its own or in one
# sentence, each day's counts of that day; a part's own clause in brackets adds its zone.
DAYS_OF_WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@st.composite
def day_by_day(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A weekly story of two or three days before publication, and their facts: lines of a
    tracker, a tracker's table or one sentence."""
    backs = sorted(draw(st.sets(st.integers(1, 6), min_size=2, max_size=3)), reverse=True)
    days = [PUBLISHED.date() - timedelta(days=back) for back in backs]
    aircraft = draw(st.lists(st.sampled_from([9, 12, 17, 26, 41]), min_size=len(days),
                             max_size=len(days)))  # fmt: skip
    ships = draw(st.lists(st.sampled_from([5, 6, 8, 10]), min_size=len(days),
                          max_size=len(days)))  # fmt: skip
    crossed = draw(st.booleans())
    # A breakdown of the aircraft before the bracket adds nothing: "9 aircraft, incl. 2 drones"
    breakdown = draw(st.sampled_from(["", ", incl. 2 drones", ", including two drones"]))
    expected: set[Fact] = set()
    entries = []
    for day, planes, vessels in zip(days, aircraft, ships, strict=True):
        expected |= {(planes, "aircraft", "around Taiwan", "Taiwan", day),
                     (vessels, "navy vessels", "around Taiwan", "Taiwan", day)}  # fmt: skip
        part = breakdown
        if crossed:
            part += f" ({planes - 3} entered the ADIZ)"
            expected.add((planes - 3, "aircraft", "ADIZ", "Taiwan", day))
        entries.append((f"{DAYS_OF_WEEK[day.weekday()]}", f"{day:%B} {day.day}", planes,
                        part, vessels))  # fmt: skip
    layout = draw(st.sampled_from(["lines", "table", "sentence"]))
    if layout == "table":  # a tracker's table, a row a day, perhaps a row of sums under them
        adiz = " Entered ADIZ |" if crossed else ""
        # "March 9 (Mon)", "Mon March 9" or the date alone
        label = draw(st.sampled_from(["{date} ({wd})", "{wd} {date}", "{date}"]))
        rows = [f"| {label.format(date=date_, wd=weekday[:3])} | {planes} | {vessels} |"
                + (f" {planes - 3} |" if crossed else "") + "\n"
                for weekday, date_, planes, _, vessels in entries]  # fmt: skip
        if draw(st.booleans()):
            rows.append(f"| {draw(st.sampled_from(['Week total', 'Totals', 'Sum']))} | "
                        f"{sum(aircraft)} | {sum(ships)} |"
                        + (f" {sum(aircraft) - 3 * len(days)} |" if crossed else "") + "\n")  # fmt: skip
        window = draw(st.sampled_from(["Figures are the defence ministry's, for the 24 hours to "
                                       "6 a.m. on each day.\n\n", ""]))  # fmt: skip
        header = (f"PLA tracker: the past week around Taiwan\n\n{window}"
                  f"| Date | PLA aircraft | PLAN ships |{adiz}\n")  # fmt: skip
        return header + "".join(rows), expected
    if layout == "lines":  # lines of a tracker
        lines = [f"{weekday}, {date_} — {planes} aircraft{part}; {vessels} navy vessels\n"
                 for weekday, date_, planes, part, vessels in entries]  # fmt: skip
        header = ("PLA tracker: the past week\n\nFigures are the defence ministry's, for the 24 "
                  "hours to 6 a.m. on each day.\n\n")  # fmt: skip
        return header + "".join(lines), expected
    # What tells where they were may stand between the counts and their day.
    where = draw(st.sampled_from(["around the island", "were detected around the island",
                                  "were spotted around Taiwan", "were tracked"]))  # fmt: skip
    told = [f"{planes} aircraft and {vessels} ships {where} on {weekday} ({date_})"
            for weekday, date_, planes, _, vessels in entries]  # fmt: skip
    text = (f"TAIPEI — Chinese military activity rose through the week. The ministry reported "
            f"{', '.join(told[:-1])}, and {told[-1]}.")  # fmt: skip
    return text, {fact for fact in expected if fact[2] != "ADIZ"}


@SOME
@given(day_by_day(), st.lists(st.sampled_from(OTHER_SCOPES), max_size=2))
def test_a_day_by_day_story_gives_each_days_facts_and_none_for_the_week(
    story: tuple[str, set[Fact]], others: list[str]
) -> None:
    text, expected = story
    week = "In all, the ministry tracked 203 aircraft over the seven days to Sunday."
    assert sorted(facts(" ".join([text, week, *others]))) == sorted(expected)


# Sentences that count no craft, in the shapes of what comes before a report in a story or a
# brief: other days, dates, periods, numbered items, quotes, and numbers that count no craft.
NO_CRAFT = [
    "President Lai Ching-te visited a naval base in Kaohsiung on Monday.",
    '1) Premier Cho Jung-tai told lawmakers on Tuesday that the budget "cannot wait."',
    "2) The Mainland Affairs Council said on March 2 it would review cross-strait tour rules.",
    "Trade talks between Washington and Beijing ended in Geneva last week.",
    "The legislature passed the special budget on Feb. 27 after a month of debate.",
    '"We will not be intimidated," Defence Minister Wellington Koo said on Monday.',
    "Beijing's Taiwan Affairs Office said on Tuesday that the island's leaders were "
    '"provoking confrontation."',
    "The air force took delivery of its first F-16V Block 70 jets last month.",
    "Taipei, March 10 (CNA) Lawmakers began a review of the Batch 2 submarine programme.",
    "The coast guard said on Tuesday it had expelled a Chinese research ship on Monday.",
    "Japan's Joint Staff said a Chinese destroyer sailed through the Miyako Strait on Sunday.",
    "- Week ahead: the legislature reconvenes on Friday, March 13.",
    "Analysts expect activity to rise around the Lunar New Year, as in 2025.",
    "Last week, the coast guard held drills off Penghu with 200 personnel.",
    "On Monday, March 9, Taiwan's president met the visiting U.S. delegation.",
    "The Eastern Theater Command announced a joint combat readiness patrol on Sunday.",
]
SELF_DATED = [
    "Taiwan's defence ministry said it detected {} around Taiwan in the 24 hours to 6 a.m. today.",
    "3) PLA activity: the ministry reported {} as of 6 a.m. today.",
    "The ministry tracked {} around the island in the 24 hours to 6 a.m. on Wednesday, it said.",
    "In the 24 hours to 6 a.m. today, Taiwan detected {} around the island.",
    "The ministry said {} were detected up until 6 a.m. today.",
    "As of 6 a.m. today, the ministry had tracked {} around Taiwan.",
    "Taiwan spotted {} in the 24 hours ending at 6 a.m. Wednesday, the ministry said.",
]


@SOME
@given(
    totals(),
    st.sampled_from(SELF_DATED),
    st.lists(st.sampled_from(NO_CRAFT), min_size=1, max_size=4),
    st.integers(0, 4),
)
def test_sentences_that_count_no_craft_before_a_self_dated_report_never_change_its_facts(
    parts: tuple[list[tuple[int, str, str]], str, date],
    frame: str,
    before: list[str],
    cut: int,
) -> None:
    """A report that states its own day by its window ("in the 24 hours to 6 a.m. today", "as
    of 6 a.m. today") has the facts of that window, whatever sentences that count no craft come
    before it, prepended to the story or between its headline-less lede and the report."""
    counted, _, _ = parts
    report = frame.format(listed(counted))
    expected = {(n, what, "around Taiwan", "Taiwan", PUBLISHED.date()) for n, _, what in counted}
    assert set(facts(report)) == expected
    # Some of them before the report, the rest after it, inserted between other such sentences.
    story = " ".join([*before, report, *before[:cut]])
    assert sorted(facts(story)) == sorted(expected)


# Coast-guard reports: where the ships were, as releases and wire copy write it, with the zone
# and place each is labelled.
SEA_ZONES = [
    ("the restricted waters off Kinmen", "restricted waters", "Kinmen"),
    ("the prohibited waters east of Kinmen's Liaoluo Bay", "restricted waters", "Kinmen"),
    ("the restricted waters off Matsu's Nangan island", "restricted waters", "Matsu"),
    ("the contiguous zone around the Senkaku Islands", "contiguous zone", "Senkaku Islands"),
    ("Japan's territorial waters around the Senkakus", "territorial waters", "Senkaku Islands"),
]
CUTTERS = ["China Coast Guard ships", "China Coast Guard vessels", "Chinese coast guard ships",
           "CCG vessels"]  # fmt: skip
HULLS = ["", " (hull nos. 14609 and 14529 among them)", " (Nos. 2301 and 2303)",
         " (including hull no. 1305)"]  # fmt: skip


@st.composite
def coast_guard_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """One day's coast-guard report, its ships in one sea zone: a count, a hull list in brackets
    that the sentence splitter may cut at "nos.", and perhaps "a further N" into the same zone."""
    where, zone, place = draw(st.sampled_from(SEA_ZONES))
    count = draw(st.sampled_from([2, 3, 4, 5]))
    further = draw(st.sampled_from([0, 0, 2, 3]))
    cutters, hulls = draw(st.sampled_from(CUTTERS)), draw(st.sampled_from(HULLS))
    text = f"{count_text(count, True)} {cutters}{hulls} entered {where} this morning"
    if further:
        again = draw(st.sampled_from([where, "the same waters"]))
        text += f" and a further {count_text(further, False)} entered {again} in the afternoon"
    text += ", the coast guard said today."
    return text, {(count + further, "official ships", zone, place, PUBLISHED.date())}


@SOME
@given(
    coast_guard_reports(),
    st.lists(st.sampled_from(NO_CRAFT + UNRELATED), max_size=3),
    st.lists(st.sampled_from(NO_CRAFT + UNRELATED), max_size=3),
)
def test_a_coast_guard_reports_facts_never_change_with_the_sentences_around_it(
    report: tuple[str, set[Fact]], before: list[str], after: list[str]
) -> None:
    """A coast-guard report's ships are official ships in the zone it names, however their
    hulls are listed, and sentences that count no craft before or after it change nothing."""
    text, expected = report
    assert set(facts(text)) == expected
    assert sorted(facts(" ".join([*before, text, *after]))) == sorted(expected)


DAYS_BEFORE = [("Monday", "March 9", date(2026, 3, 9)), ("Tuesday", "March 10", date(2026, 3, 10)),
               ("Wednesday", "March 11", date(2026, 3, 11))]  # fmt: skip
SECTORS = ["off the north shore", "near the harbour", "east of the islet", ""]  # no place names


@st.composite
def listed_incursions(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A coast-guard release that announces its waters with a colon and lists a line a day, each
    with its ships and no zone of its own: "• Monday (March 9): three ships, off Beishan"."""
    where, zone, place = draw(st.sampled_from(SEA_ZONES))
    days = draw(st.lists(st.sampled_from(DAYS_BEFORE), min_size=1, max_size=3, unique=True))
    counts = draw(st.lists(st.sampled_from([2, 3, 4, 5]), min_size=len(days), max_size=len(days)))
    cutters = draw(st.sampled_from(["ships", "vessels", "coast guard ships"]))
    heading = f"China Coast Guard formations entered {where} on these days this week, it said:"
    lines = []
    for (weekday, written, _), count in zip(days, counts, strict=True):
        sector = draw(st.sampled_from(SECTORS))
        lines.append(f"• {weekday} ({written}): {count_text(count, False)} {cutters}"
                     + (f", {sector}" if sector else ""))  # fmt: skip
    expected = {
        (n, "official ships", zone, place, day) for (_, _, day), n in zip(days, counts, strict=True)
    }
    return "\n".join([heading, *lines]) + "\n", expected


@SOME
@given(listed_incursions(), st.lists(st.sampled_from(UNRELATED), max_size=2))
def test_a_listed_coast_guard_line_takes_the_zone_its_colon_announced(
    release: tuple[str, set[Fact]], before: list[str]
) -> None:
    """Each line of a list a coast-guard release announces with a colon is a fact of the waters
    the colon announced and of the day the line writes, whatever comes before the release."""
    text, expected = release
    assert set(facts(text)) == expected
    assert set(facts(" ".join(before) + "\n\n" + text if before else text)) == expected


HEADINGS = [
    "PLA activities around Taiwan (0600 Mar. 10 – 0600 Mar. 11)",
    "Chinese military activity near Taiwan (0600 March 10 to 0600 March 11)",
    "Daily count, Wed Mar 11 (6am Tue - 6am Wed)",
    "Period: 0600 Mar. 10 (UTC+8) to 0600 Mar. 11",
]


@st.composite
def window_bulletins(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A bulletin headed by a line that states its window and counts nothing, the window in
    brackets or in a field, then a labelled line a craft, bulleted or not."""
    whats = draw(st.lists(st.sampled_from(list(LABELS)), min_size=1, max_size=4, unique=True))
    counts = draw(st.lists(st.integers(1, 40), min_size=len(whats), max_size=len(whats)))
    mark = draw(st.sampled_from(["", "• ", "- "]))
    lines = [f"{mark}{LABELS[what]}: {n}\n" for what, n in zip(whats, counts, strict=True)]
    heading = draw(st.sampled_from(HEADINGS))
    expected = {
        (n, what, "around Taiwan", "Taiwan", PUBLISHED.date())
        for what, n in zip(whats, counts, strict=True)
    }
    return f"PLA activity, daily report\n\n{heading}\n\n" + "".join(lines), expected


@SOME
@given(window_bulletins())
def test_a_bulletin_headed_by_its_window_gives_each_labelled_line_as_a_total(
    bulletin: tuple[str, set[Fact]],
) -> None:
    text, expected = bulletin
    assert set(facts(text)) == expected


@st.composite
def elided_lists(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A release's day-by-day list that names its craft on the first line only ("• Monday
    (March 9): 4 vessels", then "• Tuesday (March 10): 3"), and the facts of its lines."""
    where, zone, place = draw(st.sampled_from(SEA_ZONES))
    days = draw(st.lists(st.sampled_from(DAYS_BEFORE), min_size=2, max_size=3, unique=True))
    days.sort(key=lambda written: written[2])
    counts = draw(st.lists(st.integers(2, 9), min_size=len(days), max_size=len(days)))
    cutters = draw(st.sampled_from(["ships", "vessels", "coast guard ships"]))
    mark = draw(st.sampled_from(["• ", "- "]))
    heading = f"China Coast Guard ships seen in {where} this week were as follows:\n"
    lines = [
        f"{mark}{written} ({weekday[:3]}): {n}" + (f" {cutters}" if i == 0 else "")
        for i, ((weekday, written, _), n) in enumerate(zip(days, counts, strict=True))
    ]
    expected = {
        (n, "official ships", zone, place, day) for (_, _, day), n in zip(days, counts, strict=True)
    }
    return heading + "\n".join(lines) + "\n", expected


@SOME
@given(elided_lists())
def test_a_list_naming_its_craft_on_the_first_line_only_gives_each_lines_fact(
    release: tuple[str, set[Fact]],
) -> None:
    text, expected = release
    assert set(facts(text)) == expected


OLDER_FIGURES = [
    "On {date}, {n} {craft} were tracked {around}.",
    "The busiest day was {date}, when {n} {craft} operated {around}.",
    "That compares with {date}, when the ministry reported {n} {craft} {around}.",
    "Back on {date}, {n} {craft} were detected {around}, the ministry said at the time.",
]


@st.composite
def reports_with_an_older_figure(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A daily report, then a figure for a date more than a week before the day it reports,
    written in one of the ways features and summaries look back."""
    report, expected = draw(reports())
    back = draw(st.integers(8, 400))
    older = min(day for *_, day in expected) - timedelta(days=back)
    forms = [f"{older:%B} {older.day}, {older.year}"]
    if back <= 180:  # a date without its year is read as the nearest: within half a year
        forms += [f"{older:%B} {older.day}", f"{older:%b}. {older.day}", f"{older.day} {older:%B}"]
    written = draw(st.sampled_from(forms))
    noun, _ = draw(st.sampled_from(CRAFT))
    sentence = draw(st.sampled_from(OLDER_FIGURES)).format(
        date=written, n=draw(st.integers(2, 90)), craft=noun, around=draw(st.sampled_from(AROUND))
    )
    return f"{report} {sentence}", expected


@SOME
@given(reports_with_an_older_figure())
def test_a_figure_more_than_a_week_older_than_the_story_gives_no_fact(
    report: tuple[str, set[Fact]],
) -> None:
    """Rule 8: the report keeps its facts, and the look back gives none."""
    text, expected = report
    assert set(facts(text)) == expected


ENTERING = ["entered", "intruded into", "sailed into"]
LEAVING = ["left", "left the area", "left the waters", "departed", "exited the zone"]
AFTER_LEAVING = ["", " morning", " afternoon", " after staying about 50 hours",
                 " after a record stay"]  # fmt: skip


@st.composite
def stays(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """Coast-guard ships that entered a zone on one day and left it on a later one, however
    the leaving is written, and the one fact of the stay: its count, on the day it began."""
    where, zone, place = draw(st.sampled_from(SEA_ZONES))
    entry, leaving = sorted(draw(st.lists(st.integers(0, 6), min_size=2, max_size=2,
                                          unique=True)), reverse=True)  # fmt: skip
    entered, left = (PUBLISHED.date() - timedelta(days=back) for back in (entry, leaving))
    n = draw(st.integers(2, 6))
    text = (
        f"{count_text(n, True)} {draw(st.sampled_from(CUTTERS))} that "
        f"{draw(st.sampled_from(ENTERING))} {where} on {entered:%A} "
        f"{draw(st.sampled_from(LEAVING))} on {left:%A}{draw(st.sampled_from(AFTER_LEAVING))}, "
        "the coast guard said."
    )
    return text, {(n, "official ships", zone, place, entered)}


@SOME
@given(stays())
def test_a_stay_over_several_days_is_one_fact_on_the_day_it_began(
    stay: tuple[str, set[Fact]],
) -> None:
    """Rule 9."""
    text, expected = stay
    assert set(facts(text)) == expected


# A comparison with the day before names the day compared with, not the day of the counts.
DAY_BEFORE_COMPARED = ["fewer than the day before", "up from the previous day",
                       "down from a day earlier", "more than the day before"]  # fmt: skip


@SOME
@given(daily_reports(), st.sampled_from(DAY_BEFORE_COMPARED))
def test_a_comparison_with_the_day_before_never_moves_a_reports_day(
    report: tuple[str, set[Fact]], compared: str
) -> None:
    text, expected = report
    assume(text.endswith("."))  # a report in prose, not a bulletin's lines
    assert sorted(facts(f"{text[:-1]}, {compared}.")) == sorted(expected)


# Where a story puts each island's share of a total for Kinmen's and Matsu's waters.
KINMEN_SHARES = ["the waters southeast of Kinmen", "the waters off Kinmen's Dadan islet",
                 "the restricted waters near Lieyu"]  # fmt: skip
MATSU_SHARES = ["those off Matsu's Nangan island", "the waters off Matsu",
                "the restricted waters near Dongyin"]  # fmt: skip
SPLIT_JOINERS = [" and", ", while", ", and"]


@st.composite
def splits_by_island(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A total of coast-guard ships in Kinmen's and Matsu's restricted waters, split by island
    in the sentence after it, and the facts: one per island, none for the total."""
    kinmen, matsu = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    assume(kinmen != matsu)
    text = (
        f"{count_text(kinmen + matsu, True)} {draw(st.sampled_from(CUTTERS))} entered the "
        "restricted waters around Kinmen and Matsu on Wednesday, the coast guard said. "
        f"{count_text(kinmen, True)} of the ships sailed into "
        f"{draw(st.sampled_from(KINMEN_SHARES))} in the morning"
        f"{draw(st.sampled_from(SPLIT_JOINERS))} {count_text(matsu, False)} entered "
        f"{draw(st.sampled_from(MATSU_SHARES))} an hour later."
    )
    today = PUBLISHED.date()
    return text, {
        (kinmen, "official ships", "restricted waters", "Kinmen", today),
        (matsu, "official ships", "restricted waters", "Matsu", today),
    }


@SOME
@given(splits_by_island())
def test_a_total_for_kinmen_and_matsu_split_by_island_gives_each_islands_count(
    split: tuple[str, set[Fact]],
) -> None:
    text, expected = split
    assert set(facts(text)) == expected


@st.composite
def two_days_in_one_sentence(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """Coast-guard ships that entered a zone on one day and more that entered it on the next,
    told in one sentence whose clauses each open with their day, and a fact for each day."""
    where, zone, place = draw(st.sampled_from(SEA_ZONES))
    back = draw(st.integers(1, 5))
    first, second = (PUBLISHED.date() - timedelta(days=days) for days in (back, back - 1))
    n, more = draw(st.integers(2, 6)), draw(st.integers(1, 6))
    text = (
        f"On {first:%A}, {count_text(n, False)} {draw(st.sampled_from(CUTTERS))} "
        f"{draw(st.sampled_from(ENTERING))} {where}, the coast guard said, and on {second:%A}"
        f"{draw(st.sampled_from(['', ' morning', ' afternoon']))} another "
        f"{count_text(more, False)} {draw(st.sampled_from(ENTERING))} {where}."
    )
    return text, {
        (n, "official ships", zone, place, first),
        (more, "official ships", zone, place, second),
    }


@SOME
@given(two_days_in_one_sentence())
def test_more_craft_on_another_day_in_a_joined_clause_are_that_days_own_fact(
    report: tuple[str, set[Fact]],
) -> None:
    text, expected = report
    assert set(facts(text)) == expected


HEADING_CRAFT = ["China Coast Guard vessels", "Chinese government ships", "CCG ships"]
DAY_LABELS = [
    lambda day: f"{day:%B} {day.day} ({day:%a})",
    lambda day: f"{day:%a} ({day.month}/{day.day})",
    lambda day: f"{day:%a} {day.month}/{day.day}",
]
NIL_ENTRIES = ["none", "none confirmed", "nil", "none (rough seas)"]


@st.composite
def trackers_with_a_heading(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A tracker whose heading names the craft and the zone and ends with a colon, then one
    line a day with a bare figure or a nought, and a fact for each day with a figure."""
    where, zone, place = draw(st.sampled_from(SEA_ZONES))
    figures = draw(st.lists(st.one_of(st.none(), st.integers(1, 6)), min_size=2, max_size=6))
    assume(any(figures))
    bullet = draw(st.sampled_from(["- ", "• "]))
    first = PUBLISHED.date() - timedelta(days=len(figures) - 1)
    days = [first + timedelta(days=offset) for offset in range(len(figures))]
    # "March 9 (Mon)", "Mon (3/9)", "Mon 3/9": a day's label in any of a tracker's layouts
    label = draw(st.sampled_from(DAY_LABELS))
    lines = [
        f"{bullet}{label(day)}: "
        + (str(n) if n is not None else draw(st.sampled_from(NIL_ENTRIES)))
        for day, n in zip(days, figures, strict=True)
    ]
    heading = f"Daily figures for {draw(st.sampled_from(HEADING_CRAFT))} in {where}:"
    text = "\n\n".join(["Coast guard tracker", heading, *lines])
    return text, {
        (n, "official ships", zone, place, day)
        for day, n in zip(days, figures, strict=True)
        if n is not None
    }


@SOME
@given(trackers_with_a_heading())
def test_a_trackers_heading_names_the_craft_of_every_days_bare_figure(
    tracker: tuple[str, set[Fact]],
) -> None:
    text, expected = tracker
    assert set(facts(text)) == expected


# Roundups comparing periods (branch monthly)

PERIOD_HEADS = [
    ("Nov 2025", "Dec 2025"), ("2024", "2025"), ("Q3 2025", "Q4 2025"),
    ("January", "February"), ("Sept. 2025", "Oct. 2025"),
]  # fmt: skip


@SOME
@given(
    st.sampled_from(PERIOD_HEADS),
    st.lists(st.sampled_from(["Aircraft", "Sorties", "Ships", "Vessels", "Balloons"]),
             min_size=1, max_size=3, unique=True),
    st.integers(min_value=12, max_value=900),
)  # fmt: skip
def test_a_table_comparing_periods_gives_no_day_a_figure(
    heads: tuple[str, str], rows: list[str], base: int
) -> None:
    lines = [f"| | {heads[0]} | {heads[1]} |", "|---|---|---|"]
    lines += [f"| {row} | {base + i} | {base + 2 * i + 1} |" for i, row in enumerate(rows)]
    text = (
        "Monthly wrap\n\nThe latest release, for the 24 hours to 6 a.m. Wednesday, showed "
        "eight Chinese aircraft.\n\n" + "\n".join(lines) + "\n"
    )
    (result,) = analyse([TextToAnalyse("t", text, "en", PUBLISHED)])
    got = {(f.count, f.what, f.zone, f.day) for f in result.incursions}
    assert got == {(8, "aircraft", "around Taiwan", PUBLISHED.date())}


MISSILES = ["long-range rockets", "ballistic missiles", "rockets", "short-range missiles"]
FIRING = ["fired", "launched"]
STRAIT_AREAS = ["the Taiwan Strait", "a declared zone in the southern Taiwan Strait",
                "an exercise box in the northern part of the Taiwan Strait"]  # fmt: skip
TELLERS = ["Taiwan's defence ministry said", "the MND said", "officials in Taipei said"]


@st.composite
def strait_firings(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """The PLA firing missiles or rockets into the Taiwan Strait on a weekday of the week
    before, in any wording: one fact of missiles around Taiwan; into the Miyako Strait, none."""
    n = draw(st.integers(2, 30))
    back = draw(st.integers(0, 5))
    day = PUBLISHED.date() - timedelta(days=back)
    other = draw(st.booleans())
    where = "the Miyako Strait" if other else draw(st.sampled_from(STRAIT_AREAS))
    text = (
        f"China's PLA {draw(st.sampled_from(FIRING))} {count_text(n, False)} "
        f"{draw(st.sampled_from(MISSILES))} into {where} on {day:%A}, "
        f"{draw(st.sampled_from(TELLERS))}."
    )
    return text, set() if other else {(n, "missiles", "around Taiwan", "Taiwan", day)}


@SOME
@given(strait_firings())
def test_missiles_fired_into_the_taiwan_strait_are_around_taiwan_and_elsewhere_none(
    firing: tuple[str, set[Fact]],
) -> None:
    text, expected = firing
    assert set(facts(text)) == expected


FIELD_CRAFT = ["Vessels", "Ships", "China Coast Guard ships", "Chinese government vessels"]
FIELD_SEEN = ["", " confirmed", " detected", " spotted"]
STAMPS = ["", " (as of 10:00)", " (as of 9 a.m.)"]
YEAR_FIELDS = [
    "Days confirmed in the contiguous zone this year: {n}",
    "Days in the contiguous zone so far this year: {n}",
    "Total ship-days in the contiguous zone: {n}",
]


@st.composite
def coast_guard_forms(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A coast guard's form: a field of the day's ships in the contiguous zone, with a word of
    sighting or none, "today" or none and the hour the count was taken in brackets or none,
    then a field counting the year's days: the day's ships only."""
    n, days = draw(st.integers(1, 8)), draw(st.integers(20, 350))
    today = draw(st.sampled_from(["", " today"]))
    field = (
        f"{draw(st.sampled_from(FIELD_CRAFT))}{draw(st.sampled_from(FIELD_SEEN))} in the "
        f"contiguous zone{today}: {n}{draw(st.sampled_from(STAMPS))}"
    )
    year = draw(st.sampled_from(YEAR_FIELDS)).format(n=days)
    text = "\n".join(["China Coast Guard vessels near the Senkaku Islands", "", field, year])
    return text, {(n, "official ships", "contiguous zone", "Senkaku Islands", PUBLISHED.date())}


@SOME
@given(coast_guard_forms())
def test_a_coast_guard_forms_day_field_is_the_days_fact_and_the_years_none(
    form: tuple[str, set[Fact]],
) -> None:
    text, expected = form
    assert set(facts(text)) == expected


ANNOUNCING = ["Its figures were as follows:", "The details were as follows:",
              "The coast guard gave the following:", "Its log listed them:"]  # fmt: skip


@st.composite
def lists_after_their_waters(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """Ships said to have entered waters on some days, with no count; then a sentence that
    announces a list and names no zone, and a line a day: each line is its day's fact in the
    waters named before the announcement."""
    where, zone, place = draw(st.sampled_from(SEA_ZONES))
    figures = draw(st.lists(st.integers(1, 6), min_size=1, max_size=3))
    days = [PUBLISHED.date() - timedelta(days=back) for back in range(len(figures))][::-1]
    lines = [f"• {day:%A} ({day:%B} {day.day}): {count_text(n, False)} vessels" for day, n in
             zip(days, figures, strict=True)]  # fmt: skip
    opening = (
        f"{draw(st.sampled_from(CUTTERS))} {draw(st.sampled_from(ENTERING))} {where} on "
        f"several days this week, the coast guard said. {draw(st.sampled_from(ANNOUNCING))}"
    )
    text = "\n\n".join([opening, *lines])
    return text, {(n, "official ships", zone, place, d) for d, n in zip(days, figures, strict=True)}


@SOME
@given(lists_after_their_waters())
def test_a_list_announced_without_a_zone_takes_the_waters_named_before_it(
    report: tuple[str, set[Fact]],
) -> None:
    text, expected = report
    assert set(facts(text)) == expected


# --- days: the day of each clause and window (branch `days`) ---

LEAD_INS = ["", "Taiwan saw a calmer week from the PLA: ", "The figures eased off: "]
STORY_DAY_CLAUSES = [
    "this morning's release had", "this morning the ministry counted", "today it reported",
    "this afternoon's bulletin listed",
]  # fmt: skip


@st.composite
def earlier_and_story_day_clauses(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """One sentence, opened by its day or by a lead-in ending with a colon, giving an earlier
    day's aircraft and ships, then a joined clause about the story's own day ("this morning's
    release had ..."): each clause's counts are of its own day."""
    back = draw(st.integers(1, 5))
    earlier = PUBLISHED.date() - timedelta(days=back)
    n, ships = draw(st.integers(2, 30)), draw(st.integers(2, 9))
    later, later_ships = draw(st.integers(2, 30)), draw(st.integers(2, 9))
    lead = draw(st.sampled_from(LEAD_INS))
    on = f"on {earlier:%A} ({earlier:%b}. {earlier.day})"
    text = (
        f"{lead}{on[:1].upper() if not lead else on[:1]}{on[1:]} the ministry counted {n} PLA "
        f"aircraft and {ships} ships around Taiwan, and {draw(st.sampled_from(STORY_DAY_CLAUSES))}"
        f" {later} aircraft and {later_ships} ships."
    )
    today = PUBLISHED.date()
    return text, {
        (n, "aircraft", "around Taiwan", "Taiwan", earlier),
        (ships, "navy vessels", "around Taiwan", "Taiwan", earlier),
        (later, "aircraft", "around Taiwan", "Taiwan", today),
        (later_ships, "navy vessels", "around Taiwan", "Taiwan", today),
    }


@SOME
@given(earlier_and_story_day_clauses())
def test_a_joined_clause_about_the_story_day_keeps_the_story_day(
    report: tuple[str, set[Fact]],
) -> None:
    text, expected = report
    assert set(facts(text)) == expected


SIGHTED = ["was spotted", "was first seen", "was detected"]


@SOME
@given(
    st.integers(2, 40), st.sampled_from(SIGHTED), st.sampled_from(["7", "9:05", "11:40", "8", "10"]),
    st.sampled_from(["a.m.", "p.m."]), st.booleans(), st.integers(1, 20),
)  # fmt: skip
def test_a_sighting_timed_inside_a_daily_window_is_of_the_reports_day(
    n: int, seen: str, clock: str, half: str, by_date: bool, share: int
) -> None:
    """A balloon's sighting timed after 6 a.m. on the day before a report of the 24 hours to
    6 a.m. falls inside its window: it and the sentences after it are of the report's day."""
    assume(share < n)
    day = PUBLISHED.date() - timedelta(days=1)
    when = f"{day:%b}. {day.day}" if by_date else f"{day:%A}"
    text = (
        f"Taiwan's defence ministry said it had tracked {n} Chinese military aircraft and one "
        f"balloon around Taiwan in the 24 hours to 6 a.m. today. The balloon {seen} at "
        f"{clock} {half} {when} off Keelung. {share} of the aircraft entered Taiwan's ADIZ."
    )
    today = PUBLISHED.date()
    assert set(facts(text)) == {
        (n, "aircraft", "around Taiwan", "Taiwan", today),
        (1, "balloons", "around Taiwan", "Taiwan", today),
        (share, "aircraft", "ADIZ", "Taiwan", today),
    }


# --- fields: shares, totals inside shares, stays and numbered releases (branch `fields`) ---

SHARES = [" (of which {k} {verb} territorial waters)", " ({k} of them {verb} territorial waters)",
          ", of which {k} {verb} territorial waters", " (of them, {k} {verb} territorial waters)"]  # fmt: skip
SHARE_VERBS = ["entered", "intruded into", "went on into", "sailed into"]


@st.composite
def fields_with_a_share(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A coast guard's form whose contiguous-zone field gives a share that went on into
    territorial waters, in brackets or after a comma: the field's count and the share's are
    both the day's facts."""
    n = draw(st.integers(2, 8))
    k = draw(st.integers(1, n - 1))
    share = draw(st.sampled_from(SHARES)).format(k=k, verb=draw(st.sampled_from(SHARE_VERBS)))
    field = (
        f"{draw(st.sampled_from(FIELD_CRAFT))}{draw(st.sampled_from(FIELD_SEEN))} in the "
        f"contiguous zone: {n}{share}"
    )
    text = "\n".join(["China Coast Guard vessels near the Senkaku Islands", "", field])
    day = PUBLISHED.date()
    return text, {
        (n, "official ships", "contiguous zone", "Senkaku Islands", day),
        (k, "official ships", "territorial waters", "Senkaku Islands", day),
    }


@SOME
@given(fields_with_a_share())
def test_a_fields_share_in_brackets_or_after_a_comma_is_a_fact_beside_the_field(
    form: tuple[str, set[Fact]],
) -> None:
    text, expected = form
    assert set(facts(text)) == expected


TOTALS_OF_A_SHARE = ["of the {n} {craft} that had been sailing in", "of {n} {craft} sailing in",
                     "of the {n} {craft} in", "of the {n} {craft} which were operating in"]  # fmt: skip
SHARE_CRAFT = ["China Coast Guard ships", "Chinese government vessels", "CCG cutters"]


@st.composite
def shares_with_their_totals(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A share told with its total, "K of the N ships that had been in the contiguous zone
    entered territorial waters": the N in the contiguous zone and the K in territorial waters,
    whatever words tell the total's stay."""
    n = draw(st.integers(2, 9))
    k = draw(st.integers(1, n - 1))
    total = draw(st.sampled_from(TOTALS_OF_A_SHARE)).format(
        n=count_text(n, False), craft=draw(st.sampled_from(SHARE_CRAFT))
    )
    verb = draw(st.sampled_from(SHARE_VERBS))
    text = (
        f"{count_text(k, True)} {total} the contiguous zone around the Senkaku Islands {verb} "
        "Japanese territorial waters on Tuesday, the coast guard said."
    )
    day = date(2026, 3, 10)
    return text, {
        (n, "official ships", "contiguous zone", "Senkaku Islands", day),
        (k, "official ships", "territorial waters", "Senkaku Islands", day),
    }


@SOME
@given(shares_with_their_totals())
def test_a_total_told_inside_its_shares_phrase_keeps_its_own_zone(
    report: tuple[str, set[Fact]],
) -> None:
    text, expected = report
    assert set(facts(text)) == expected


LEFT_WAYS = ["left", "departed", "sailed out of", "exited"]
ENTRY_WAYS = ["The ships had entered the waters", "The {n} ships entered the territorial sea",
              "The vessels had intruded into those waters", "The {n} vessels sailed into them"]  # fmt: skip


@st.composite
def stays_told_by_their_end(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """Ships said to have left territorial waters on a day, after hours there, then a sentence
    pointing back to them that tells the earlier day they entered: one fact, of that day."""
    n = draw(st.integers(2, 4))
    back = draw(st.integers(1, 5))
    left = PUBLISHED.date() - timedelta(days=draw(st.integers(0, 1)))
    entered = left - timedelta(days=back)
    entry = draw(st.sampled_from(ENTRY_WAYS)).format(n=count_text(n, False))
    text = (
        f"{count_text(n, True)} China Coast Guard ships {draw(st.sampled_from(LEFT_WAYS))} "
        f"Japanese territorial waters around the Senkaku Islands on {left:%A} after "
        f"{24 * back + 5} hours there, the coast guard said. {entry} on {entered:%A}, it said."
    )
    return text, {(n, "official ships", "territorial waters", "Senkaku Islands", entered)}


@SOME
@given(stays_told_by_their_end())
def test_a_stay_told_by_its_end_is_dated_by_the_entry_a_later_sentence_tells(
    report: tuple[str, set[Fact]],
) -> None:
    text, expected = report
    assert set(facts(text)) == expected


RELEASE_CRAFT = [("Vessels", "vessels"), ("Ships", "ships"), ("Vessel", "vessels")]
ENTRY_FIELDS = ["Intrusion", "Entry", "Entered territorial waters"]


@st.composite
def numbered_releases(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A coast guard's numbered release: a vessels field with hull numbers and the count in
    brackets, an intrusion field with the entry's hour and day, a departure field with a later
    day: one territorial-waters fact of the day of entry."""
    n = draw(st.integers(1, 5))
    label, noun = draw(st.sampled_from(RELEASE_CRAFT))
    hulls = ", ".join(f'"{2100 + 101 * k}"' for k in range(n))
    entered = PUBLISHED.date() - timedelta(days=draw(st.integers(1, 4)))
    left = entered + timedelta(days=draw(st.integers(0, 1)))
    text = "\n".join([
        "Intrusion into territorial waters by China Coast Guard vessels (Senkaku Islands)", "",
        f"1. {label}: China Coast Guard {hulls} ({n} {noun})",
        f"2. {draw(st.sampled_from(ENTRY_FIELDS))}: approx. 09:15, {entered:%b}. {entered.day} "
        f"({entered:%a}), west of Uotsuri-shima",
        f"3. Departure: approx. 18:05, {left:%b}. {left.day} ({left:%a}), south of Kuba-shima",
    ])  # fmt: skip
    return text, {(n, "official ships", "territorial waters", "Senkaku Islands", entered)}


@SOME
@given(numbered_releases())
def test_a_numbered_release_gives_its_vessels_one_fact_on_the_day_of_entry(
    report: tuple[str, set[Fact]],
) -> None:
    text, expected = report
    assert set(facts(text)) == expected


# --- blind-20 and blind-22 (branch inc20) ---


@st.composite
def runs_per_window(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """Two windows, then each craft's counts "respectively", one per window in order, the
    craft in either order: each count is of its window's end, none summed."""
    counts = [draw(st.sampled_from(sorted(WORDS))) for _ in range(4)]
    aircraft = f"{WORDS[counts[0]]} and {WORDS[counts[1]]} aircraft"
    ships = f"{WORDS[counts[2]]} and {WORDS[counts[3]]} navy ships"
    first, second = (aircraft, ships) if draw(st.booleans()) else (ships, aircraft)
    text = (
        "Taiwan's defence ministry said it had tracked Chinese military aircraft and ships "
        "around the island from 6am Monday to 6am Tuesday and from 6am Tuesday to 6am "
        f"Wednesday. It counted {first} in the two periods respectively, and {second}."
    )
    tuesday, wednesday = date(2026, 3, 10), date(2026, 3, 11)
    return text, {
        (counts[0], "aircraft", "around Taiwan", "Taiwan", tuesday),
        (counts[1], "aircraft", "around Taiwan", "Taiwan", wednesday),
        (counts[2], "navy vessels", "around Taiwan", "Taiwan", tuesday),
        (counts[3], "navy vessels", "around Taiwan", "Taiwan", wednesday),
    }


@SOME
@given(runs_per_window())
def test_each_crafts_counts_respectively_are_one_per_window(
    report: tuple[str, set[Fact]],
) -> None:
    text, expected = report
    assert set(facts(text)) == expected


# --- incF: a fraction of the craft counted states no count for its zone ---
FRACTIONS = ["half of them", "about half of them", "a quarter of them", "roughly a quarter of which",
             "two-thirds of them", "three-quarters of the aircraft", "the majority of them",
             "the bulk of which"]  # fmt: skip
FRACTION_ZONES = ["crossing the median line", "entering the ADIZ",
                  "flying into the southwestern air defense identification zone"]  # fmt: skip


@SOME
@given(
    st.sampled_from(sorted(WORDS)),
    st.sampled_from(AROUND),
    st.sampled_from(FRACTIONS),
    st.sampled_from(FRACTION_ZONES),
)
def test_a_fraction_of_the_counted_aircraft_gives_no_zone_fact(
    count: int, around: str, fraction: str, zone: str
) -> None:
    text = (
        f"Taiwan's defence ministry said it had tracked {WORDS[count]} Chinese military "
        f"aircraft {around} on Tuesday, {fraction} {zone}."
    )
    assert facts(text) == [(count, "aircraft", "around Taiwan", "Taiwan", date(2026, 3, 10))]


# --- speedA: the fast paths of the grammar read as the plain rules did ---

from monitor.nlp import incursion_time_words as time_words_of  # noqa: E402
from monitor.nlp import incursion_words as words_of  # noqa: E402
from monitor.nlp.incursion_claim_reader import claim_at  # noqa: E402
from monitor.nlp.incursion_number_tables import numbers_in  # noqa: E402
from monitor.nlp.incursion_phrases import match, number_at  # noqa: E402
from monitor.nlp.incursion_tokens import tokenize  # noqa: E402
from monitor.nlp.incursion_windows import states_window  # noqa: E402
from monitor.nlp.incursion_zones import ZONES, zone_at  # noqa: E402

# Words that open, end or surround the phrases the fast paths skip to: clocks, windows, zones,
# approximations and counts, among words that open nothing.
GRAMMAR_WORDS = [
    "by", "as", "of", "the", "24", "hours", "a.m", "6", "0600", "10:30", "pm", "to", "from",
    "nearly", "about", "another", "more", "than", "12", "twenty-one", "a", "dozen", "aircraft",
    "ships", "Chinese", "around", "near", "Taiwan", "island", "median", "line", "zone", "waters",
    "north", "there", "were", "crossed", "ADIZ", "contiguous", "-", "J-16s", "reported", ",",
]  # fmt: skip
SENTENCES = st.lists(st.sampled_from(GRAMMAR_WORDS), min_size=1, max_size=14).map(" ".join)


def _states_window_as_written(words: list) -> bool:
    """states_window before its fast path: the clock pattern at every token, two clocks of the
    same hour bounding a window."""
    hours = []
    for i, token in enumerate(words):
        after = words[i + 1].low if i + 1 < len(words) else ""
        if token.low in time_words_of.DAY_WINDOWS or (
            token.low in ("24", "twenty-four") and after in time_words_of.HOURS
        ):
            return True
        written = time_words_of.CLOCK.fullmatch(token.low)
        clock = bool(written and (written.group(1) or after in time_words_of.AM_PM))
        if clock and i and words[i - 1].low == "by":
            return True
        if [t.low for t in words[max(0, i - 2) : i]] == ["as", "of"] and clock:
            return True
        if clock:
            digits = "".join(c for c in token.low if c.isdigit())
            hours.append(int(digits[:-2] if len(digits) > 2 else digits or 0))
    return len(hours) > len(set(hours))


@given(SENTENCES)
def test_a_window_is_read_as_the_clock_pattern_at_every_token_reads_it(sentence: str) -> None:
    tokens = tokenize(sentence)
    assert states_window(tokens) == _states_window_as_written(tokens)


@given(SENTENCES)
def test_a_zone_opens_only_at_a_word_that_can_open_one(sentence: str) -> None:
    tokens = tokenize(sentence)
    for i in range(len(tokens)):
        if match(tokens, i, ZONES):
            assert zone_at(tokens, i) is not None  # "the median line": never skipped


@given(SENTENCES)
def test_a_count_after_an_approximation_is_the_number_read_there(sentence: str) -> None:
    tokens = tokenize(sentence)
    for i in range(len(tokens)):
        claim = claim_at(tokens, numbers_in(tokens), i, set(), False)
        start = i if number_at(tokens, i) else i + match(tokens, i, words_of.APPROXIMATIONS)
        if claim is not None and start < len(tokens) and number_at(tokens, start):
            assert claim.count == number_at(tokens, start)[0]


def test_a_window_told_by_clock_and_a_zone_after_an_approximation_are_read() -> None:
    text = (
        "Taiwan's defence ministry said that by 6 a.m. on Wednesday it had tracked nearly "
        "twenty-one Chinese military aircraft around the island, and that another 12 had "
        "crossed the median line."
    )
    found = set(facts(text))
    assert (21, "aircraft", "around Taiwan", "Taiwan", date(2026, 3, 11)) in found


# --- incX: a count another state is the actor of is not China's ---
@given(
    reports(),
    st.sampled_from(["Russia", "North Korea", "the United States", "Japan"]),
    st.sampled_from(["launched", "fired", "has sent", "deployed"]),
    st.sampled_from(sorted(WORDS.values())),
    st.sampled_from(["drones", "missiles", "warships", "fighter jets"]),
)
def test_craft_another_state_sends_add_no_fact(
    report: tuple[str, set[Fact]], state: str, verb: str, count: str, craft: str
) -> None:
    text, expected = report
    other = f" Separately, {state} {verb} {count} {craft} overnight, officials said."
    assert set(facts(text + other)) == expected


# --- incY: only the ministry's shorthand line reports the craft around Taiwan ---
# (Alone; after a report, see the property on another state's tellers below.)
@given(
    st.sampled_from(["Japan MOD", "Philippine Coast Guard", "Reuters", "Joint Staff Office"]),
    st.sampled_from(["March 10", "10 Mar", "Mar. 9"]),
    st.integers(min_value=1, max_value=60),
    st.sampled_from(CRAFT),
    st.sampled_from(CRAFT),
)
def test_a_shorthand_line_of_another_source_adds_no_fact(
    source: str, day: str, count: int, craft: tuple[str, str], other: tuple[str, str]
) -> None:
    line = f"{source}, {day}: {count} {craft[0]}, {count + 1} {other[0]}."
    assert facts(line) == []


# --- another state's teller: its zone-less counts are what it saw, not a report's ---
FOREIGN_TELLERS = ["Japan's defence ministry said it", "Japan's Joint Staff Office said it had",
           "The Philippine Coast Guard said it", "South Korean officials said they",
           "The U.S. Indo-Pacific Command said it", "Tokyo said it"]  # fmt: skip


@given(
    reports(),
    st.sampled_from(FOREIGN_TELLERS),
    st.sampled_from(["spotted", "tracked", "detected", "monitored"]),
    st.sampled_from(sorted(WORDS)),
    st.sampled_from(CRAFT),
    st.booleans(),
)
def test_counts_another_states_teller_gives_add_no_fact_to_a_report(
    report: tuple[str, set[Fact]],
    teller: str,
    verb: str,
    count: int,
    craft: tuple[str, str],
    shorthand: bool,
) -> None:
    text, expected = report
    if shorthand:  # an analyst's line of Japan's report, in the shape of the ministry's own
        other = f"\nJapan MOD, March 10: {count} {craft[0]}."
    else:
        other = f" {teller} {verb} {count_text(count, False)} {craft[0]}."
    # The line's date may date an undated report, which is not what this property is about.
    assert {fact[:4] for fact in facts(text + other)} == {fact[:4] for fact in expected}


# --- incZ: Taiwan's daily count without China named counts no other state's craft ---
@given(
    st.sampled_from(["US", "Japanese", "British", "Canadian", "Australian", "French"]),
    st.sampled_from(["warships", "destroyers", "aircraft", "patrol planes", "frigates"]),
    st.sampled_from(sorted(WORDS)),
    st.sampled_from(["tracked", "detected", "spotted", "monitored"]),
)
def test_the_ministrys_count_of_another_states_craft_gives_no_fact(
    state: str, craft: str, count: int, verb: str
) -> None:
    text = (
        f"Taiwan's defence ministry said it {verb} {count_text(count, False)} {state} {craft} "
        "near the island in the past 24 hours."
    )
    assert facts(text) == []


# --- propA: craft Taiwan or another state sends, buys, builds or has add no fact to a report ---
RESPONDERS = ["Taiwan", "Taiwan's navy", "Taiwan's air force", "Taipei", "Taiwan's military",
              "The Taiwanese coast guard", "Japan", "The Philippines"]  # fmt: skip
DEPLOYING = ["scrambled", "deployed", "dispatched", "sent", "has deployed", "had dispatched",
             "mobilised"]  # fmt: skip
OWN_CRAFT = ["jets", "fighter jets", "navy ships", "warships", "frigates", "coast guard vessels",
             "drones", "destroyers", "aircraft"]  # fmt: skip


@st.composite
def hostile_sentences(draw: st.DrawFn) -> str:
    """A sentence beside a report whose counts are no craft around Taiwan today: Taiwan's own
    response, an ally's deployment, arms sales and orders, plans to build, force sizes, drills
    of other forces, past years' figures, prices."""
    count = count_text(draw(st.sampled_from(sorted(WORDS))), capital=False)
    other = draw(st.sampled_from([3, 5, 6, 14, 66]))
    craft, more = draw(st.sampled_from(OWN_CRAFT)), draw(st.sampled_from(OWN_CRAFT))
    responder, verb = draw(st.sampled_from(RESPONDERS)), draw(st.sampled_from(DEPLOYING))
    frames = [
        f"{responder} {verb} {count} {craft} in response.",
        f"In response, {responder} {verb} {other} {more} and {verb.split()[-1]} {count} {craft}.",
        f"{responder} said it {verb} {count} {craft} to monitor the situation.",
        f"{responder} {verb} {other} {more} and {count} {craft} to shadow them.",
        f"Taiwan's annual drills involved {other},000 troops and {count} {craft}.",
        f"Taiwan has {count} {craft} on order from the United States.",
        f"Washington approved the sale of {other}00 Harpoon missiles and {count} {craft}.",
        f"The navy plans to build {count} {craft} by 2030.",
        f"China has more than {other},000 {craft}, according to the Pentagon.",
        f"Last year, {count} {craft} entered the ADIZ on a single day.",
        f"Each of the {count} {craft} costs about US${other}0 million.",
    ]
    return draw(st.sampled_from(frames))


@SOME
@given(reports(), hostile_sentences())
def test_craft_a_responder_sends_or_a_state_buys_add_no_fact_to_a_report(
    report: tuple[str, set[Fact]], hostile: str
) -> None:
    """ "Taiwan scrambled six jets and deployed three navy ships in response" counts Taiwan's
    own forces, not three navy vessels around Taiwan."""
    text, expected = report
    assert sorted(facts(f"{text} {hostile}")) == sorted(expected)


# --- incAF: a date after the days counted, heading its counts, reports that day ---
@given(
    st.integers(min_value=4, max_value=10),
    st.integers(min_value=1, max_value=6),
    st.sampled_from(sorted(WORDS)),
    st.sampled_from(sorted(WORDS)),
    st.sampled_from(["eased to", "rose to", "stood at", "came to"]),
)
def test_a_later_days_count_is_its_own_and_an_earlier_ones_is_recalled(
    first: int, gap: int, before: int, after: int, verb: str
) -> None:
    # Any two days of the week before the story: the later one, heading its count, is the
    # next entry of a tracker; the earlier one, told after the later, looks back (rule 8).
    assume(first + gap <= 11 and before != after)
    early, late = date(2026, 3, first), date(2026, 3, first + gap)
    report = "On March {}, the defence ministry tracked {} Chinese military aircraft around Taiwan."
    forward = (
        f"{report.format(first, before)} On March {first + gap}, the count {verb} {after} aircraft."
    )
    assert sorted(facts(forward)) == sorted([
        (before, "aircraft", "around Taiwan", "Taiwan", early),
        (after, "aircraft", "around Taiwan", "Taiwan", late),
    ])  # fmt: skip
    backward = f"{report.format(first + gap, after)} On March {first}, it had tracked {before}."
    assert facts(backward) == [(after, "aircraft", "around Taiwan", "Taiwan", late)]


# --- incAH: a further count after a period's tally, on a day of its own ---
@given(
    st.sampled_from(["So far this month", "So far this year", "Since January"]),
    st.integers(min_value=100, max_value=900),
    st.sampled_from(WEEKDAYS),
    st.sampled_from([(31, 16), (24, 9), (40, 13)]),
    st.sampled_from(["a further", "another"]),
)
def test_a_further_count_after_a_tally_is_its_days_own(
    period: str, tally: int, weekday: str, counts: tuple[int, int], more: str
) -> None:
    # The tally is background (rule 5); the further count, its noun left out, is the day's
    # total of the craft the tally named, never a sum with the tally.
    total, crossed = counts
    text = (
        f"{period} China has sent {tally} military aircraft near Taiwan, and on {weekday} the "
        f"defence ministry tracked {more} {total}, of which {crossed} crossed the median line."
    )
    day = PUBLISHED.date() - timedelta(days=2 - WEEKDAYS.index(weekday))
    assert sorted(facts(text)) == sorted([
        (total, "aircraft", "around Taiwan", "Taiwan", day),
        (crossed, "aircraft", "median line", "Taiwan", day),
    ])  # fmt: skip


# --- incAU: a breakdown set off by commas after the count it breaks down ---
@given(
    st.integers(min_value=3, max_value=40),
    st.sampled_from(["J-16s", "J-10 fighters", "Su-30s", "KJ-500s"]),
    st.sampled_from(["a Y-8", "a KJ-500 early-warning plane", "an H-6K bomber"]),
    st.sampled_from(WEEKDAYS),
)
def test_a_breakdown_between_commas_never_adds_to_its_total(
    total: int, fighters: str, last: str, weekday: str
) -> None:
    # The types between the commas are the total's (rule 3): the fact is the total, whatever
    # the breakdown's numbers, never the total plus them.
    text = (
        f"The defence ministry said {total} aircraft, {total - 1} {fighters} and {last}, "
        f"entered the ADIZ on {weekday}."
    )
    day = PUBLISHED.date() - timedelta(days=2 - WEEKDAYS.index(weekday))
    assert facts(text) == [(total, "aircraft", "ADIZ", "Taiwan", day)]
