"""What every incursion fact must keep, whatever the text it is read from: the properties of the
newest rule modules check a text against these, as a user charting the facts would notice them.

- its count is a number the text states, or the sum of parts it states (rule 3: "12 J-16s and
  four H-6Ks" is 16), where a craft named with "a" or "an" states one;
- its `what`, `zone` and `place` are values of the issue's sets (monitor/vocabulary.py);
- no sentence gives the same fact twice.
"""

import re
import unicodedata
from collections import Counter
from datetime import datetime

from hypothesis import strategies as st

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.incursion_story import Incursion
from monitor.vocabulary import PLACES, WHAT, ZONES

# The number words the properties write; a test that writes others adds them here.
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                "twenty": 20, "twenty-one": 21, "thirty": 30, "thirty-three": 33}  # fmt: skip
_ONES = re.compile(r"\b(?:a|an|another|single)\b", re.IGNORECASE)


def stated_sums(text: str) -> set[int]:
    """Every sum of numbers the text writes (digits or NUMBER_WORDS) and of ones it names with
    "a", "an", "another" or "single"."""
    plain = unicodedata.normalize("NFKC", text)
    numbers = [int(run.replace(",", "")) for run in re.findall(r"\d[\d,]*", plain, re.ASCII)]
    numbers += [
        n
        for word, n in NUMBER_WORDS.items()
        for _ in re.finditer(rf"\b{word}\b", plain, re.IGNORECASE)
    ]
    ones = len(_ONES.findall(plain))
    sums = {0}
    for n in numbers:
        sums |= {s + n for s in sums}
    return {s + k for s in sums for k in range(ones + 1)} - {0}


def read_facts(text: str, published: datetime) -> list[Incursion]:
    """The facts the analysis reads in an English text; it must not raise, whatever the text."""
    (result,) = analyse([TextToAnalyse("p", text, "en", published)])
    return list(result.incursions)


def assert_facts_keep_the_rules(text: str, facts: list[Incursion]) -> None:
    stated = stated_sums(text)
    for fact in facts:
        assert fact.count in stated, (fact, text)
        assert fact.what in WHAT and fact.zone in ZONES and fact.place in PLACES, fact
    told = Counter((f.count, f.what, f.zone, f.place, f.day, f.evidence) for f in facts)
    assert [fact for fact, times in told.items() if times > 1] == [], text


@st.composite
def mixes(draw: st.DrawFn, pieces: list[str]) -> str:
    """Pieces of a rule's sentences, cut and put together in any order, with any glue."""
    glue = st.sampled_from([" ", ", ", ". ", ": ", "; ", "\n", "\n\n", " and ", " - "])
    parts = draw(st.lists(st.tuples(st.sampled_from(pieces), glue), min_size=1, max_size=8))
    return "".join(text + after for text, after in parts)
