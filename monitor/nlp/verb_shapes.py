"""Past tenses told by their shape: the English pipeline has no tagger, so a word after a name
is read as the name's verb ("the coast guard closed the waters", "the Shandong operated east
of Okinotori") rather than a noun the name qualifies ("the Shandong peninsula") by its form.
"""

from __future__ import annotations

from .context import words

# "-ed" words that are nouns, not pasts ("-bed" and "-eed" are left out by their ending:
# "seabed", "speed").
NOUNS_IN_ED = words("hundred hatred kindred shed sled")
# The past tenses English forms without "-ed", a closed class: "the island's defence ministry
# began publishing daily figures", "the ministry found no trace", "the Fujian left port".
IRREGULAR_PASTS = words("""
    began bore brought built caught chose drew drove fell felt fought found gave got grew held
    hid hit kept knew laid led left lost made meant met paid put ran read rose saw sent set shot
    shut sought spoke spent stood struck swore took taught thought threw told understood
    withdrew won wrote
""")


def regular_past(word: str) -> bool:
    """Whether a lower-case word has the shape of a regular past or participle: "closed",
    "operated", not "speed", "seabed" or "hundred"."""
    past = len(word) > 3 and word.endswith("ed") and not word.endswith(("eed", "bed"))
    return past and word not in NOUNS_IN_ED


def past_tense(word: str) -> bool:
    """Whether a lower-case word is a past tense, regular by its shape or irregular."""
    return regular_past(word) or word in IRREGULAR_PASTS
