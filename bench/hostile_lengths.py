"""Is analysis linear in the number of lines of a hostile feed item? Seconds per length.

    .venv/bin/python bench/hostile_lengths.py [--case NAME ...] [--lines 250 500 ...]

A feed item's text can be thousands of lines long: a pasted log, a table of daily reports, a
scraped page. Each case repeats one line shape (those of the tests that read thousands of lines,
and a daily-report table that looks real) to each number of lines, and prints, per length, the
seconds of `analyse()` on it and of the incursion reader alone (English `find_incursions` over
the pipeline's sentences, or `find_cjk_incursions`), each with its ratio to the length before:
twice the lines, about 2.0 for a linear reader, 4.0 for a quadratic one. The seconds are the
process's CPU seconds, so that other work on a shared machine does not skew the ratios.
`analyse()` reads at most MAX_ANALYSED_CHARS of a text; the cap is lifted here, so the longest
texts are read whole and a scan that grows with the article shows at every length.
"""

import argparse
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import monitor.nlp.analyze
from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_incursions import find_cjk_incursions
from monitor.nlp.cjk_script import fold
from monitor.nlp.english import Pipeline, default_pipeline
from monitor.nlp.incursions import find_incursions

LINES = (250, 500, 1000, 2000, 4000)
PUBLISHED = datetime(2025, 7, 1, 1, 0, tzinfo=UTC)
_FIRST_DAY = date(2025, 7, 1)


def _table_row(index: int) -> str:
    """A row of a daily-report table, newest day first, as a blog keeps the ministry's figures."""
    day = _FIRST_DAY - timedelta(days=index)
    aircraft, ships = 5 + index * 7 % 31, 3 + index % 6
    entered = aircraft * 2 // 3
    return f"\n| {day:%a %d %b %Y} | {aircraft} | {entered} | {ships} | {index % 3} |"


def _ja_table_row(index: int) -> str:
    day = _FIRST_DAY - timedelta(days=index)
    weekday = "月火水木金土日"[day.weekday()]
    aircraft, entered, ships = 5 + index * 7 % 31, index % 9, 3 + index % 6
    return f"\n{day.month}月{day.day}日（{weekday}）　{aircraft}（{entered}）　{ships}"


# Each case: its language, the text above the lines and the line at each index.
CASES: dict[str, tuple[str, str, Callable[[int], str]]] = {
    # tests/test_linking.py's feed of ministry lines, one paragraph with no full stop
    "en-ministry-lines": (
        "en", "Daily report", lambda _: "\n■ MND: 16 Chinese aircraft and 5 ships around Taiwan"
    ),
    "en-daily-report-table": (
        "en",
        "PLA activity around Taiwan, as the MND reported it each morning\n\n"
        "| Day | Aircraft | Entered ADIZ | Navy ships | Official ships |\n|---|---|---|---|---|",
        _table_row,
    ),
    "en-bulleted-days": (
        "en",
        "The MND's daily reports:",
        lambda i: f"\n• Mar. {i % 28 + 1} — {i % 40} aircraft, 5 ships",
    ),
    # tests/test_cjk_incursions.py's thousands of lines without a full stop
    "zh-ministry-lines": ("zh", "", lambda _: "\n国防部 共机16架次 共舰5艘"),
    "ja-daily-report-table": (
        "ja", "台湾国防部の毎朝の発表\n\n日付　軍機（うちＡＤＩＺ進入）　艦艇", _ja_table_row
    ),
}  # fmt: skip


WARM_UPS = {
    "en": "Warm-up: 12 Chinese aircraft entered Taiwan's ADIZ.",
    "zh": "国防部今天表示，共机12架次进入防空识别区。",
    "ja": "中国軍機１２機が防空識別圏に進入した。",
}


def text_of(case: str, lines: int) -> str:
    _, head, line = CASES[case]
    return head + "".join(line(index) for index in range(lines))


def analyse_seconds(pipeline: Pipeline, language: str, text: str) -> float:
    item = TextToAnalyse("hostile", text, language, PUBLISHED)
    start = time.process_time()
    analyse([item], pipeline=pipeline)
    return time.process_time() - start


def reader_seconds(pipeline: Pipeline, language: str, text: str) -> float:
    """The incursion reader alone, on the sentences `analyse` gives it (English) or the text."""
    if language == "en":
        sentences = [sent.text_with_ws for sent in pipeline.nlp(text).sents]
        start = time.process_time()
        find_incursions(sentences, PUBLISHED, article_text=text)
    else:
        folded = fold(text)
        start = time.process_time()
        find_cjk_incursions(text, folded, PUBLISHED)
    return time.process_time() - start


def _ratio(now: float, before: float | None) -> str:
    return f"{now / before:>7.2f}" if before else f"{'':>7}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    parser.add_argument("--lines", type=int, nargs="+", default=LINES)
    args = parser.parse_args()
    monitor.nlp.analyze.MAX_ANALYSED_CHARS = 10**9  # read every length whole (the docstring)
    pipeline = default_pipeline()
    for language, warm_up in WARM_UPS.items():  # models load on first use, not in the figures
        analyse_seconds(pipeline, language, warm_up)
    columns = ("lines", 7), ("chars", 9), ("analyse s", 11), ("ratio", 7), ("reader s", 10)
    header = "".join(f"{name:>{width}}" for name, width in (*columns, ("ratio", 7)))
    print(f"{'case':<24}{header}")
    for case in args.case or CASES:
        language = CASES[case][0]
        whole_before: float | None = None
        reader_before: float | None = None
        for lines in args.lines:
            text = text_of(case, lines)
            whole = analyse_seconds(pipeline, language, text)
            reader = reader_seconds(pipeline, language, text)
            print(
                f"{case:<24}{lines:>7}{len(text):>9}{whole:>11.2f}{_ratio(whole, whole_before)}"
                f"{reader:>10.2f}{_ratio(reader, reader_before)}",
                flush=True,
            )
            whole_before, reader_before = whole, reader


if __name__ == "__main__":
    main()
