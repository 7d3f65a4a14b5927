"""A Japanese paper's correction notice: "…中間線を越えた機数を「２１機」としたのは「１２機」の誤り
でした". The figure printed in error is quoted beside the right one, and only the right one is a
fact; read together they would be one group of counts and add up (33).

So the quoted error and the words that say it was printed ("「２１機」としたのは", "「２１機」と
あるのは") are blanked before the report is read, offsets kept, when the right quote follows
with 誤り ("…の誤り", the notice's fixed wording). A quote not followed so is left as it is.
"""

from __future__ import annotations

import re

# The printed figure and its verb, up to the right figure's quote and 誤り. Quotes are short
# and on one line, so each match is bounded and a long text is read in linear time.
_PRINTED_IN_ERROR = re.compile(
    r"「[^「」\n]{1,40}」(?:と(?:した|あった|ある|書いた|記した|表記した)の|と(?:し|あり))?は"
    r"(?=「[^「」\n]{1,40}」の誤り)"
)


def without_printed_errors(text: str) -> str:
    """`text` with each figure a correction notice says was printed in error blanked out."""
    return _PRINTED_IN_ERROR.sub(lambda m: "\u3000" * len(m.group()), text)
