"""Which East Asian encoding wrote a feed that names none, or names one its bytes refuse.

A Shift_JIS, EUC-JP, GB18030, Big5 or EUC-KR feed whose declaration says UTF-8 (a template's
default), or that says nothing, was read by feedparser's last resort, windows-1252, and every
title was stored as mojibake ("“Œ‹ž“s"). These encodings refuse most byte sequences not
their own, so the few that read a document whole are its candidates. They refuse each other's
bytes less well than UTF-8 does (GB18030 reads almost any pair of bytes past ASCII), so a
reading is judged by what it holds: one with characters no newsroom types (half-width katakana,
lone Hangul letters, private-use code points: where other encodings' bytes land), or whose Hangul
is mostly the syllables only windows-949 adds to EUC-KR, is noise, and charset_normalizer tells
text from noise among the rest. A single-byte reading stays in the running (windows-1252 and
windows-1258, or the Cyrillic, Greek, Hebrew, Arabic or Thai one single_byte.py finds), so a
Latin feed whose every accented letter happens to start a valid pair is not read as Chinese.
"""

import codecs
import re

from charset_normalizer import from_bytes

# Each as Windows wrote it, a superset of the standard's characters (cp932 holds NEC's circled
# digits, cp950 the euro sign); on a tie the first is taken.
EAST_ASIAN = ("cp932", "euc_jp", "gb18030", "cp950", "cp949")
# A document naming no single-byte charset is weighed against windows-1252, feedparser's last
# resort, and windows-1258: Vietnamese writes a tone mark as a byte of its own after its letter
# ("đối"), which GB18030 and Big5 pair into rare characters ("痿靑") that windows-1252's reading,
# marks stranded, looks no less noisy than.
LATIN_RIVALS = ["cp1252", "cp1258"]
MIN_CHARACTERS = 4  # fewer two-byte characters than these tell no encoding from another
_UNTYPED = re.compile("[\uff61-\uff9f\u3130-\u318f\ue000-\uf8ff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def likeliest_east_asian(body: bytes, single_byte: list[str]) -> str | None:
    """The East Asian encoding most likely to have written `body`, among those that read it
    whole into characters a newsroom types; None when none does, or when a single-byte charset
    (one named for the document, else windows-1252) reads it more plausibly."""
    readers = []
    for encoding in EAST_ASIAN:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _UNTYPED.search(text) and not _mostly_rare_hangul(text):
            readers.append(encoding)
    if not readers or sum(byte > 0x7F for byte in body) < 2 * MIN_CHARACTERS:
        return None
    rivals = single_byte or LATIN_RIVALS
    matches = from_bytes(
        body, cp_isolation=[*readers, *rivals], preemptive_behaviour=False, threshold=1.0
    )
    best = matches.best()
    if best is None or _codecs_name(best.encoding) not in map(_codecs_name, readers):
        return None  # text in a single-byte charset, or in none
    # Which one is left to how little noise each reading holds: charset_normalizer's ranking
    # leans on letter frequencies, which a short East Asian text does not show.
    noise = {
        _codecs_name(name): match.chaos for match in matches for name in match.could_be_from_charset
    }
    return min(readers, key=lambda encoding: noise.get(_codecs_name(encoding), 1.0))


def _mostly_rare_hangul(text: str) -> bool:
    """Whether most of a reading's Hangul lies outside KS X 1001's 2,350 syllables, which EUC-KR
    holds and Korean newsrooms write in nearly all their text: the 8,822 that only windows-949
    adds are where a Shift_JIS or GBK headline's bytes land ("먮둻룒뱡" for "尖閣諸島")."""
    hangul = _HANGUL.findall(text)
    return sum(syllable not in _KS_X_1001 for syllable in hangul) * 2 > len(hangul)


def _ks_x_1001_syllables() -> frozenset[str]:
    rows = (bytes([lead, trail]) for lead in range(0xB0, 0xC9) for trail in range(0xA1, 0xFF))
    return frozenset(pair.decode("euc_kr", errors="ignore") for pair in rows) - {""}


def _codecs_name(encoding: str) -> str:
    return codecs.lookup(encoding).name


_KS_X_1001 = _ks_x_1001_syllables()
