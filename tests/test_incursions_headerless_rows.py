"""Daily tables flattened to text with no header row: a research digest's week beside the claims
it tracks, a student newsletter's rows whose craft cells carry their own zone notes, and a
sitrep that dates each release it cites by a military date-time group ("130600H DEC 24")."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

SUNDAY = datetime(2025, 9, 7, 13, 0, tzinfo=UTC)

DIGEST = """Weekly Narrative Digest

Table 1. Taiwan MND daily figures beside the top circulating claim
(day = 24 hours to 06:00 on the date shown)
Mon 1 Sep | aircraft 12 | ships 7 | claim: "PLA to seize Pratas before parade" | posts 640
Tue 2 Sep | aircraft 9 | ships 6 | claim: "Japan evacuating Yonaguni" | posts 2,115
Wed 3 Sep | aircraft 4 | ships 8 | — | posts 407
Week total: 25 aircraft, 21 ships (our sum, not an MND figure).
"""


def test_each_row_of_a_headerless_table_is_its_own_days_figures() -> None:
    # Read as a table, the first row was its header, and every day took the first day's figures;
    # the claim and its posts count no craft, and the week's total is no day's (rule 5).
    assert facts_at(DIGEST, SUNDAY) == sorted(
        [
            (12, "aircraft", "around Taiwan", "Taiwan", "2025-09-01"),
            (7, "navy vessels", "around Taiwan", "Taiwan", "2025-09-01"),
            (9, "aircraft", "around Taiwan", "Taiwan", "2025-09-02"),
            (6, "navy vessels", "around Taiwan", "Taiwan", "2025-09-02"),
            (4, "aircraft", "around Taiwan", "Taiwan", "2025-09-03"),
            (8, "navy vessels", "around Taiwan", "Taiwan", "2025-09-03"),
        ]
    )


FRIDAY = datetime(2026, 2, 13, 9, 0, tzinfo=UTC)

NEWSLETTER = """STRAIT WEEKLY

Source: Taiwan MND daily releases (0600–0600 local). Each line is the day the release was issued.

Mon 9 Feb | 14 aircraft (9 entered ADIZ) | 6 PLAN vessels | 1 official ship
Tue 10 Feb | 26 aircraft (17 crossed median line & entered N/C/SW ADIZ) | 8 PLAN vessels | —
"""


def test_a_rows_craft_cells_keep_their_zone_notes() -> None:
    assert facts_at(NEWSLETTER, FRIDAY) == sorted(
        [
            (14, "aircraft", "around Taiwan", "Taiwan", "2026-02-09"),
            (9, "aircraft", "ADIZ", "Taiwan", "2026-02-09"),
            (6, "navy vessels", "around Taiwan", "Taiwan", "2026-02-09"),
            (1, "official ships", "around Taiwan", "Taiwan", "2026-02-09"),
            (26, "aircraft", "around Taiwan", "Taiwan", "2026-02-10"),
            (17, "aircraft", "median line", "Taiwan", "2026-02-10"),
            (17, "aircraft", "ADIZ", "Taiwan", "2026-02-10"),
            (8, "navy vessels", "around Taiwan", "Taiwan", "2026-02-10"),
        ]
    )


SITREP_TIME = datetime(2024, 12, 13, 16, 30, tzinfo=UTC)

SITREP = """USNA STRAIT WATCH CLUB — SITREP 24-49
131130R DEC 24

1. BLUF: PLA maritime surge around Taiwan continues at lower intensity.
2. MND release 130600H DEC 24: 21 PLA acft, 14 PLAN ships. 11 acft crossed ML/entered ADIZ.
3. MND release 110600H DEC 24: 53 PLA acft, 11 PLAN ships, 8 official ships.
"""


def test_a_date_time_group_dates_the_release_it_cites() -> None:
    assert facts_at(SITREP, SITREP_TIME) == sorted(
        [
            (21, "aircraft", "around Taiwan", "Taiwan", "2024-12-13"),
            (14, "navy vessels", "around Taiwan", "Taiwan", "2024-12-13"),
            (11, "aircraft", "median line", "Taiwan", "2024-12-13"),
            (11, "aircraft", "ADIZ", "Taiwan", "2024-12-13"),
            (53, "aircraft", "around Taiwan", "Taiwan", "2024-12-11"),
            (11, "navy vessels", "around Taiwan", "Taiwan", "2024-12-11"),
            (8, "official ships", "around Taiwan", "Taiwan", "2024-12-11"),
        ]
    )


_OTHER_CELLS = st.sampled_from(["—", "posts 640", 'claim: "jets grounded"', "n/a", "views 2,115"])


@settings(max_examples=15, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.integers(1, 60), st.integers(1, 20), _OTHER_CELLS), min_size=2, max_size=4
    ),
    counts_first=st.booleans(),
)
def test_every_headerless_row_keeps_its_own_days_counts(
    rows: list[tuple[int, int, str]], counts_first: bool
) -> None:
    # However the craft cells are written and whatever cells stand beside them, no day takes
    # another day's figures, and the other cells add none.
    def cell(count: int, craft: str) -> str:
        return f"{count} {craft}" if counts_first else f"{craft} {count}"

    lines = [
        f"{day} Sep | {cell(air, 'aircraft')} | {cell(ships, 'PLAN vessels')} | {other}"
        for day, (air, ships, other) in enumerate(rows, start=1)
    ]
    text = "Taiwan MND daily figures around Taiwan\n\n" + "\n".join(lines) + "\n"
    expected = []
    for day, (air, ships, _) in enumerate(rows, start=1):
        expected += [
            (air, "aircraft", "around Taiwan", "Taiwan", f"2025-09-{day:02d}"),
            (ships, "navy vessels", "around Taiwan", "Taiwan", f"2025-09-{day:02d}"),
        ]
    assert facts_at(text, SUNDAY) == sorted(expected)
