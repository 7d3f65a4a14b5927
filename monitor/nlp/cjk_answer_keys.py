"""Fill-in-the-blank exercises whose answers a key gives below them, read as the report they
quote: "偵獲共機（　①　）架次、共艦（　②　）艘…【解答】①十三　②八" counts 13 aircraft and 8
navy vessels.

Civics worksheets copy the defence ministry's report with its figures and zones blanked out by
circled numbers and list the answers after a key's mark (【解答】, 答案：); a blank alone counts
nothing, so each blank the key answers is written over with its answer, padded with spaces
before it to the blank's length, which keeps every offset (a count's noun and counter read past
spaces). An answer longer than its blank, or a blank the key leaves unanswered, stays as it is.

A multiple-choice question's options ("(A)逾越中線之共機為12架次 (B)進入我防空識別區之共機共
14架次", "(A)15架次 (B)45架次") are figures offered, most of them wrong: the figure reported is
the question's stem, so an option counts nothing; nor does a key's answer ("參考答案：（一）
十三架次"), which only restates a figure the passage gave (`offered_or_answered`).
"""

from __future__ import annotations

import re

from .cjk_script import fold

# A blank: a circled number in brackets, perhaps spaced ("（　①　）").
_BLANK = re.compile(r"[（(][\s\u3000]*(?P<mark>[\u2460-\u2473])[\s\u3000]*[）)]")
# An option's mark ("(B)", "（Ｂ）").
_OPTION = re.compile(r"[（(][A-EＡ-Ｅ][）)]")
# How far back on its line a sentence looks for the options it is among, so that a line of
# 50,000 characters is not read again for each of its sentences.
_OPTIONS_REACH = 200
# A key's mark, then its answers.
_KEY = re.compile(
    r"(?:【(?:解答|答案|參考答案|参考答案)】|(?:參考|参考)?(?:解答|答案)[：:])(?P<answers>[^\n]+)"
)
# One answer: its circled number, then its words up to the next number or a space.
_ANSWER = re.compile(r"(?P<mark>[\u2460-\u2473])(?P<answer>[^\u2460-\u2473\s\u3000]+)")


def filled_blanks(text: str, folded: str) -> str:
    """`folded` (`fold(text)`) with each blank the text's key answers written over."""
    keys = list(_KEY.finditer(text))
    if not keys:
        return folded
    answers = {
        found["mark"]: fold(found["answer"])
        for key in keys
        for found in _ANSWER.finditer(key["answers"])
    }
    filled = list(folded)
    for blank in _BLANK.finditer(text, 0, keys[0].start()):
        answer = answers.get(blank["mark"])
        if answer and len(answer) <= len(blank.group()):
            filled[blank.start() : blank.end()] = answer.rjust(len(blank.group()))
    return "".join(filled)


def offered_or_answered(text: str, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` is a question's options (its line opens with an
    option's mark, or holds two before `end`) or a key's answers (its line opens with a key's
    mark): either restates the passage's figures, or offers wrong ones."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _OPTIONS_REACH)
    line = text[line_start:end].lstrip()
    return bool(_OPTION.match(line) or len(_OPTION.findall(line)) >= 2 or _KEY.match(line))
