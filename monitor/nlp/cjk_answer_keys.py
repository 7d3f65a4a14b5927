"""Exercises whose answers a key gives below them, read as the report they quote. A Chinese
fill-in-the-blank, "偵獲共機（　①　）架次、共艦（　②　）艘…【解答】①十三　②八", counts 13
aircraft and 8 navy vessels.

Civics worksheets copy the defence ministry's report with its figures and zones blanked out by
circled numbers and list the answers after a key's mark (【解答】, 答案：); a blank alone counts
nothing, so each blank the key answers is written over with its answer, padded with spaces
before it to the blank's length, which keeps every offset (a count's noun and counter read past
spaces). An answer longer than its blank, or a blank the key leaves unanswered, stays as it is.

A multiple-choice question's options ("(A)逾越中線之共機為12架次 (B)進入我防空識別區之共機共
14架次", "(A)15架次 (B)45架次") are figures offered, most of them wrong: the figure reported is
the question's stem, so an option counts nothing; nor does a key's answer ("參考答案：（一）
十三架次"), which only restates a figure the passage gave (`offered_or_answered`).

Japanese worksheets and drills mark their blanks with kana ("うち十五機が台湾海峡の（ア）を越え、
…（イ）に進入した") and print the key below ("【解答】ア＝中間線　イ＝防空識別圏"); a drill prints
statements with a bracketed part to mark right or wrong ("イ　…防空識別圏に入ったのは
〔１２機〕だった。") and the key corrects the wrong ones ("イ　×　→　１９機"). Their facts are
the passage's as the key completes it (`with_answers`): each blank filled with its answer and
each corrected part replaced, before the sentences are read, and the correction not read again
in the key. A statement the key marks right (○) stands as written.
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


# A Japanese key's heading: 【解答】, 【答え】, 【解答・解説】, 【正解】.
_KEY_HEADING = re.compile(r"【(?:解答|答え|正解)[^】\n]{0,6}】")
_KANA_MARK = r"[アイウエオカキクケコ]"
# A blank's answer: "ア＝中間線" (up to the next space or mark).
_KANA_ANSWER = re.compile(
    rf"(?<![^\s　])(?P<mark>{_KANA_MARK})\s*[=＝:：]\s*(?P<value>[^\s　=＝、。]+)"
)
# A statement's correction on its own line: "イ　×　→　１９機（北部、…）".
_CORRECTION = re.compile(
    rf"^[ \t　]*(?P<mark>{_KANA_MARK})[ \t　]*[×✕xX][ \t　]*(?:→|⇒|->)[ \t　]*"
    r"(?P<value>[^\s　。、（(]+)",
    re.MULTILINE,
)


def with_answers(text: str) -> str:
    """The text with its blanks filled and its statements corrected from its answer key; the
    text as it was when it has no key, or nothing the key answers."""
    heading = _KEY_HEADING.search(text)
    if heading is None:
        return text
    body, key = text[: heading.start()], text[heading.start() :]
    answers = {m["mark"]: m["value"] for m in _KANA_ANSWER.finditer(key)}
    corrections = {m["mark"]: m["value"] for m in _CORRECTION.finditer(key)}
    if answers:
        body = re.sub(
            rf"[（(](?P<mark>{_KANA_MARK})[)）]",
            lambda m: answers.get(m["mark"], m[0]),
            body,
        )
    for mark, value in corrections.items():
        # The statement's line opens with its mark; its bracketed part is what the key corrects.
        head = rf"^(?P<head>[ \t　]*{mark}[ \t　][^\n〔]*)"
        statement = re.compile(head + r"〔[^〕\n]*〕", re.MULTILINE)
        found = statement.search(body)
        if found:
            body = f"{body[: found.start()]}{found['head']}{value}{body[found.end() :]}"
    # A correction is read in the statement it corrects, not again as a bare figure of its own.
    key = _CORRECTION.sub(lambda m: m[0][: m.start("value") - m.start()], key)
    return body + key
