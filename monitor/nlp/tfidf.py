"""TF-IDF features of a text, as scikit-learn's TfidfVectorizer computes them for the theme
model (themes.py), in plain Python and numpy: scoring an article need not import scikit-learn,
which costs two seconds of start-up. `tests/test_themes.py` pins the result to scikit-learn's.

What is reproduced is what `themes.train` and `cjk_themes.train_language` fit: lower case, no
accent stripping; word n-grams over the default token pattern less an optional stop-word list
("english" is scikit-learn's list, copied below), or character n-grams over the text with runs
of white space made one space (`analyzer="char"`); raw or sublinear term frequency, the stored
idf, an l2 norm.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import numpy as np

# TfidfVectorizer's default token_pattern: runs of two or more word characters.
TOKEN = re.compile(r"(?u)\b\w\w+\b")
WHITE_SPACES = re.compile(r"\s\s+")  # what its character analyser makes one space
# sklearn.feature_extraction.text.ENGLISH_STOP_WORDS (318 words), equal by a test.
_ENGLISH = """
    a about above across after afterwards again against all almost alone along already also
    although always am among amongst amoungst amount an and another any anyhow anyone anything
    anyway anywhere are around as at back be became because become becomes becoming been before
    beforehand behind being below beside besides between beyond bill both bottom but by call
    can cannot cant co con could couldnt cry de describe detail do done down due during each eg
    eight either eleven else elsewhere empty enough etc even ever every everyone everything
    everywhere except few fifteen fifty fill find fire first five for former formerly forty
    found four from front full further get give go had has hasnt have he hence her here
    hereafter hereby herein hereupon hers herself him himself his how however hundred i ie if
    in inc indeed interest into is it its itself keep last latter latterly least less ltd made
    many may me meanwhile might mill mine more moreover most mostly move much must my myself
    name namely neither never nevertheless next nine no nobody none noone nor not nothing now
    nowhere of off often on once one only onto or other others otherwise our ours ourselves out
    over own part per perhaps please put rather re same see seem seemed seeming seems serious
    several she should show side since sincere six sixty so some somehow someone something
    sometime sometimes somewhere still such system take ten than that the their them themselves
    then thence there thereafter thereby therefore therein thereupon these they thick thin
    third this those though three through throughout thru thus to together too top toward
    towards twelve twenty two un under until up upon us very via was we well were what whatever
    when whence whenever where whereafter whereas whereby wherein whereupon wherever whether
    which while whither who whoever whole whom whose why will with within without would yet you
    your yours yourself yourselves
"""
ENGLISH_STOP_WORDS = frozenset(_ENGLISH.split())


class TfidfFeatures:
    """The features of one text: (column indices ascending, l2-normalised tf-idf values)."""

    def __init__(
        self, vocabulary: Mapping[str, int], idf: np.ndarray, params: Mapping[str, Any]
    ) -> None:
        self.vocabulary = vocabulary
        self.idf = idf
        self.lowercase = bool(params.get("lowercase", True))
        self.ngram_range = tuple(params.get("ngram_range", (1, 1)))
        self.sublinear_tf = bool(params.get("sublinear_tf", False))
        self.analyzer = params.get("analyzer", "word")
        if self.analyzer not in ("word", "char"):
            raise ValueError(f"unsupported analyzer: {self.analyzer!r}")
        stop_words = params.get("stop_words")
        if stop_words == "english":
            self.stop_words: frozenset[str] = ENGLISH_STOP_WORDS
        elif stop_words is None:
            self.stop_words = frozenset()
        elif isinstance(stop_words, list):
            self.stop_words = frozenset(stop_words)
        else:
            raise ValueError(f"unsupported stop_words: {stop_words!r}")

    def __call__(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        # Each gram is counted first, and looked up once: a column is one gram's.
        vocabulary = self.vocabulary
        grams = Counter(self._grams(text.lower() if self.lowercase else text))
        counts = {
            column: count
            for gram, count in grams.items()
            if (column := vocabulary.get(gram)) is not None
        }
        columns = np.array(sorted(counts), dtype=np.intp)
        tf = np.array([counts[column] for column in columns], dtype=np.float64)
        if self.sublinear_tf:
            tf = np.log(tf) + 1.0
        values = tf * self.idf[columns]
        norm = float(np.sqrt(values @ values))
        return columns, values / norm if norm > 0 else values

    def _grams(self, text: str) -> Iterator[str]:
        min_n, max_n = self.ngram_range
        if self.analyzer == "char":
            text = WHITE_SPACES.sub(" ", text)
            for n in range(min_n, max_n + 1):
                yield from (text[i : i + n] for i in range(len(text) - n + 1))
            return
        tokens = [token for token in TOKEN.findall(text) if token not in self.stop_words]
        for n in range(min_n, max_n + 1):  # each run of n tokens, from n lists shifted by one
            yield from map(" ".join, zip(*(tokens[k:] for k in range(n)), strict=False))
