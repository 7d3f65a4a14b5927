"""Japanese list bullets in English copy: a Japanese chamber's or office's mail translated into
English keeps its "・" (the middle dot Japanese lists open with) before each line
("・January 20: aircraft 19 sorties, naval vessels 8"). Every list layout reads "•"; the
Japanese mark is the same bullet, so it is written as one.
"""

import re

# The full-width and half-width middle dots, opening a line. Inside a line the dot joins a
# transliterated name's parts ("ドナルド・トランプ") and is no bullet.
_JAPANESE_BULLET = re.compile(r"^([ \t]*)[・･]", re.MULTILINE)
JAPANESE_BULLET_MARK = re.compile("[・･]")  # the dots themselves, wherever they stand


def japanese_bullets_as_bullets(sentences: list[str]) -> list[str]:
    """The sentences, a Japanese bullet opening a line written as "•" (one character for one,
    so every offset stays)."""
    return [_JAPANESE_BULLET.sub(r"\1•", sentence) for sentence in sentences]
