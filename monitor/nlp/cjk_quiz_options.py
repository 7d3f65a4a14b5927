"""A quiz's options in Japanese and Chinese learners' material: a line offering figures to
choose from ("①25機　②35機　③45機　④55機", "ア　18機　イ　28機", "(A) 12架次 (B) 18架次") states
no fact, whichever the key marks right: the key's answer, or the explanation beside it, tells the
figure again in a sentence of its own ("問１　③　国防部によると、…中国軍機45機…").
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


def option_lines(folded: str) -> list[tuple[int, int]]:
    """The spans of the folded text's lines that offer two figures or more as options."""
    spans = []
    start = 0
    for line in folded.split("\n"):
        if len(_OPTION.findall(line)) >= 2:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans
