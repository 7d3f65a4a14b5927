"""A daily report's figures in the layouts real copy prints them, beyond the ministry's bulletin:
Markdown tables (a row of craft figures with no day column, or a row a day), bullet lists under
day headings (plain, in brackets or in bold), and lines of a quiz or a log mixed with the report.
Whatever the layout, the report gives exactly its facts; a table's row of figures with no day
column is the report's own day, and the prose around it changes nothing. Checked by Hypothesis
(the profiles are in tests/conftest.py) and by plain cases of the tables first read wrongly.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import Fact, facts_at

PUBLISHED = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # a Wednesday
AROUND = ("around Taiwan", "Taiwan")
LABELS = {
    "aircraft": ["PLA aircraft", "Military aircraft", "Aircraft"],
    "navy vessels": ["PLAN vessels", "PLAN ships", "Navy ships"],
    "official ships": ["Official ships"],
    "balloons": ["Balloons"],
    "drones": ["Drones", "PLA drones"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ANNOUNCED = [
    "Chinese military activity around Taiwan",
    "PLA activities around Taiwan",
    "Taiwan's defence ministry reported the following Chinese military activity around Taiwan:",
]
# Lines that count no craft, as a quiz, a log or a note prints them around a report.
ASIDES = [
    "Q: What does ADIZ stand for?\nA: Air defence identification zone.",
    "Quiz: Which strait separates Taiwan from China? Answer: the Taiwan Strait.",
    "09:30 — The Mainland Affairs Council urged Beijing to resume dialogue.",
    "[Log] 14:05 Premier Cho Jung-tai told lawmakers the budget could not wait.",
    "Note: figures are the defence ministry's, for the 24 hours to 6 a.m.",
    "President Lai Ching-te met a delegation of U.S. lawmakers in Taipei on Thursday.",
]


@st.composite
def report_figures(draw: st.DrawFn) -> list[tuple[str, str, int]]:
    """The craft a report's table counts: (label, what, count), a column per kind of craft (two
    at least: a table of one column is a list, and no report prints it)."""
    kinds = draw(st.lists(st.sampled_from(sorted(LABELS)), min_size=2, max_size=4, unique=True))
    return [
        (draw(st.sampled_from(LABELS[what])), what, draw(st.sampled_from([2, 6, 9, 12, 17, 23])))
        for what in kinds
    ]


def _day_heading(draw: st.DrawFn, day: date) -> str:
    weekday, written = WEEKDAYS[day.weekday()], f"{day:%B} {day.day}"
    shape = draw(
        st.sampled_from(["{wd}, {d}", "{wd} ({d})", "**{wd} ({d})**", "{d} ({wd3})", "{wd}, {d}:"])
    )
    return shape.format(wd=weekday, d=written, wd3=weekday[:3])


@st.composite
def laid_out_reports(draw: st.DrawFn) -> tuple[str, set[Fact]]:
    """A report in one of the layouts, with a heading that says it is around Taiwan, and its
    facts; perhaps lines of a quiz or a log before or after it."""
    layout = draw(st.sampled_from(["craft table", "day table", "day bullets"]))
    heading = draw(st.sampled_from(ANNOUNCED))
    if layout == "craft table":  # one row of figures under the craft, no day column
        figures = draw(report_figures())
        head = "| " + " | ".join(label for label, _, _ in figures) + " |"
        rule = "|" + "---|" * len(figures)
        row = "| " + " | ".join(str(n) for _, _, n in figures) + " |"
        body = "\n".join([head, rule, row])
        expected = {(n, what, *AROUND, PUBLISHED.date().isoformat()) for _, what, n in figures}
    else:
        backs = sorted(draw(st.sets(st.integers(0, 5), min_size=1, max_size=3)), reverse=True)
        days = [PUBLISHED.date() - timedelta(days=back) for back in backs]
        kinds = draw(st.lists(st.sampled_from(sorted(LABELS)), min_size=1, max_size=3, unique=True))
        labels = [draw(st.sampled_from(LABELS[what])) for what in kinds]
        counts = [
            draw(st.lists(st.sampled_from([3, 5, 8, 14, 21]), min_size=len(kinds),
                          max_size=len(kinds)))
            for _ in days
        ]  # fmt: skip
        expected = {
            (n, what, *AROUND, day.isoformat())
            for day, row in zip(days, counts, strict=True)
            for what, n in zip(kinds, row, strict=True)
        }
        if layout == "day table":
            head = "| Date | " + " | ".join(labels) + " |"
            rule = "|" + "---|" * (len(labels) + 1)
            rows = [
                f"| {day:%B} {day.day} | " + " | ".join(map(str, row)) + " |"
                for day, row in zip(days, counts, strict=True)
            ]
            body = "\n".join([head, rule, *rows])
        else:
            mark = draw(st.sampled_from(["- ", "• ", "* "]))
            blocks = [
                "\n".join(
                    [_day_heading(draw, day)]
                    + [f"{mark}{label}: {n}" for label, n in zip(labels, row, strict=True)]
                )
                for day, row in zip(days, counts, strict=True)
            ]
            body = draw(st.sampled_from(["\n", "\n\n"])).join(blocks)
    before = draw(st.lists(st.sampled_from(ASIDES), max_size=2))
    after = draw(st.lists(st.sampled_from(ASIDES), max_size=2))
    text = "\n\n".join([*before, heading, body, *after]) + "\n"
    return text, expected


@settings(max_examples=CI_EXAMPLES * 2)
@given(laid_out_reports())
def test_a_report_in_any_layout_gives_exactly_its_facts(report: tuple[str, set[Fact]]) -> None:
    text, expected = report
    assert facts_at(text, PUBLISHED) == sorted(expected)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "| PLA aircraft | PLAN vessels | Official ships |\n|---|---|---|\n| 12 | 6 | 2 |\n",
            [(2, "official ships"), (6, "navy vessels"), (12, "aircraft")],
        ),
        (
            "| PLA aircraft | PLAN vessels |\n|---|---|\n| 17 | 8 |\n",
            [(8, "navy vessels"), (17, "aircraft")],
        ),
        (
            "PLA aircraft | PLAN ships | Balloons\n23 | 9 | —\n",
            [(9, "navy vessels"), (23, "aircraft")],
        ),
    ],
)
def test_a_table_of_craft_with_no_day_column_is_the_reports_own_day(
    table: str, expected: list[tuple[int, str]]
) -> None:
    """The first figure of a row under craft columns was read as the row's day ("12:"), and
    the row, or all of it, was lost."""
    text = f"PLA activities around Taiwan\n\n{table}\nSource: Ministry of National Defense.\n"
    assert facts_at(text, PUBLISHED) == sorted(
        (n, what, *AROUND, PUBLISHED.date().isoformat()) for n, what in expected
    )


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "| Date | PLA aircraft | PLAN vessels |\n|---|---|---|\n| March 9 | 17 | 8 |\n",
            [(8, "navy vessels"), (17, "aircraft")],
        ),
        ("| Date | PLA aircraft |\n|---|---|\n| March 9 | 17 |\n", [(17, "aircraft")]),
        ("Day | Official ships\nMonday, March 9 | 4\n", [(4, "official ships")]),
    ],
)
def test_a_table_with_a_day_column_reads_each_row_as_its_days(
    table: str, expected: list[tuple[int, str]]
) -> None:
    """A two-column table of a day and one kind of craft was no table: its rows gave nothing."""
    text = f"Chinese military activity around Taiwan this week\n\n{table}"
    assert facts_at(text, PUBLISHED) == sorted(
        (n, what, *AROUND, "2026-03-09") for n, what in expected
    )


@pytest.mark.parametrize("before", ASIDES[-1:] + ["The news on Thursday was grim."])
@pytest.mark.parametrize("announced", ANNOUNCED)
@pytest.mark.parametrize(
    "body",
    ["| PLA aircraft | Balloons |\n|---|---|\n| 2 | 2 |\n", "- PLA aircraft: 2\n- Balloons: 2\n"],
)
def test_a_report_announced_after_other_news_is_of_its_own_day(
    before: str, announced: str, body: str
) -> None:
    """Found by the explore profile: the day of a meeting told in the paragraph before ("met
    ... on Thursday") dated the table or list that a heading or a colon line announced."""
    text = f"{before}\n\n{announced}\n\n{body}"
    assert facts_at(text, PUBLISHED) == [
        (2, "aircraft", *AROUND, "2026-03-11"),
        (2, "balloons", *AROUND, "2026-03-11"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The news on Monday was grim. Twenty-one PLA aircraft were tracked around Taiwan.\n",
        "The defence ministry on Monday released its report.\n\nIt tracked 21 PLA aircraft.\n",
        "Chinese military activity around Taiwan on Monday:\n\n- PLA aircraft: 21\n",
        "PLA activity around Taiwan\n\nMonday, March 9\n- PLA aircraft: 21\n",
    ],
)
def test_prose_or_a_line_that_writes_the_day_still_gives_it(text: str) -> None:
    """What the rule above must not take: prose carries its day to the figures after it, and a
    heading or a colon line that writes a day gives it to its lines."""
    assert facts_at(text, PUBLISHED) == [(21, "aircraft", *AROUND, "2026-03-09")]
