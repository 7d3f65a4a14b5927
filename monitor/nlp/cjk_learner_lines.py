"""Lines of Japanese and Chinese learners' material that state no fact:

- a quiz's options, a line offering figures to choose from ("①25機　②35機　③45機　④55機",
  "ア　18機　イ　28機", "(A) 12架次 (B) 18架次"), whichever the key marks right: the key's
  answer, or the explanation beside it, tells the figure again in a sentence of its own
  ("問１　③　国防部によると、…中国軍機45機…");
- a wording's gloss, a quoted phrase and an arrow to what it means ("・「約30機」→ 28機でも32機
  でも「約30機」", "・「十数隻」→ 11〜19隻くらい"): a lesson in reading figures, whose figures
  are examples; the report it quotes is told in a sentence of its own.
"""

from __future__ import annotations

import re

from .cjk_script import fold_pattern

# An option's mark right before its figure: a circled number (kept by cjk_script.fold), a
# katakana or Latin letter alone or in brackets ("ア", "(イ)", "A.", "(B)").
_OPTION = re.compile(
    fold_pattern(
        r"(?:[\u2460-\u2473]|(?<![^\s])[アイウエオ](?=\s)|[(（][アイウエオa-dA-D][)）]"
        r"|(?<![^\s])[A-Da-d][.．)）])\s*[0-9一二三四五六七八九十百]"
    )
)


# A gloss's line: perhaps a list's mark, a quoted phrase, an arrow.
_GLOSS = re.compile(
    r"\s*(?:[・●○◆◇■□▽▼*＊\-]\s*)?[「『“\"][^」』”\"\n]{1,30}[」』”\"]\s*(?:→|⇒|=>|->)"
)


def no_fact_lines(folded: str) -> list[tuple[int, int]]:
    """The spans of the folded text's lines that offer two figures or more as options, or gloss
    a quoted wording."""
    spans = []
    start = 0
    for line in folded.split("\n"):
        if len(_OPTION.findall(line)) >= 2 or _GLOSS.match(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans
