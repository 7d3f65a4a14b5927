"""What every reading rule must keep, checked by Hypothesis on hostile texts: the layouts the
rules read (quiz answers, log entries, bullets, slashed parts, labels, verbless lines, CJK
names and counts) cut up and mixed with random unicode, deep brackets, stray colons and very
long lines. Whatever the text, the analysis never raises, gives the same result twice, points
each mention at the words it names, and takes each fact's count from a number the text states.
"""

import re
import unicodedata
from datetime import UTC, datetime

from conftest import CI_EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.ingest.char_refs import decode_references
from monitor.nlp.analyze import TextToAnalyse, analyse

PUBLISHED = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)
WORDS = {"two": 2, "three": 3, "five": 5, "twelve": 12, "twenty-one": 21}
PIECES = [
    "Q:", "A:", "Q1.", "A1)", "ANSWERS", "Answer key:", "Quiz", "1.", "2)", "a)", "(b)", "•", "-",
    "–", "—", "*", "·", "/", ":", "::", "|", "...", "#", "[1]", "¹", "&amp;", "&#8217;s", "\t",
    "Taiwan", "China", "Beijing", "Tokyo", "Japan", "U.S.", "MND", "PLA", "CCG", "ADIZ", "Mr.",
    "Lai Ching-te", "J-16", "H-6K", "21", "12", "3", "0", "1,200", "twelve", "twenty-one",
    "PLA aircraft", "Chinese warships", "China Coast Guard ships", "balloons", "drones",
    "around Taiwan", "crossed the median line", "entered the ADIZ", "on Monday", "Mar. 9",
    "compared with 30 the day before", "vs", "up from", "sorties", "detected", "Defense Ministry",
    "K. T.", "N.K.", "S. Korea", "Taiwan/Japan", "aircraft/ships", "21/12", "(MND)", "capital:",
    "台湾", "中国", "北京", "東京", "尖閣諸島", "国防部", "防衛省", "中国海警局", "海警船",
    "共机", "12架次", "4隻", "３隻", "接続水域", "領海", "侵入", "確認", "（ペキン）", "（・）",
    "《たいわん》", "「", "」", "（", "）", "。", "、", "：", "・", "米", "日", "中", "台",
    "株式会社", "解放軍", "空母", "遼寧", "逾越中線", "架次", "艘",
]  # fmt: skip


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    piece = (
        st.sampled_from(PIECES)
        | st.text(max_size=8)
        | st.integers(1, 60).map(lambda depth: "(" * depth + "Taiwan" + ")" * depth)
        | st.integers(1, 30).map(lambda depth: "（" * depth + "台湾" + "）" * depth)
        | st.sampled_from(PIECES).map(lambda word: " ".join([word] * 100))  # a very long line
    )
    glue = st.sampled_from([" ", "", ", ", ". ", ": ", " - "])
    lines = draw(
        st.lists(st.lists(st.tuples(piece, glue), min_size=1, max_size=10), min_size=1, max_size=6)
    )
    return "\n".join("".join(word + after for word, after in line) for line in lines)


def stated_numbers(text: str) -> set[int]:
    """Every number written in the text, in digits of any width or as one of WORDS, and the
    sum of any two (a total told in its parts)."""
    plain = unicodedata.normalize("NFKC", text)
    numbers = {int(run.replace(",", "")) for run in re.findall(r"\d[\d,]*", plain, re.ASCII)}
    numbers |= {n for word, n in WORDS.items() if word in plain.lower()}
    return numbers | {a + b for a in numbers for b in numbers}


@settings(max_examples=CI_EXAMPLES // 2)  # two readings each: a few seconds
@given(hostile_texts(), st.sampled_from([None, "en", "ja", "zh"]))
def test_any_text_is_read_the_same_twice_with_offsets_and_counts_from_the_text(
    text: str, language: str | None
) -> None:
    item = TextToAnalyse("h", text, language, PUBLISHED)
    (first,) = analyse([item])
    (second,) = analyse([item])
    assert first == second
    for mention in first.mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text == decode_references(text[mention.start : mention.end])
    stated = stated_numbers(decode_references(text))
    assert all(fact.count in stated for fact in first.incursions)
