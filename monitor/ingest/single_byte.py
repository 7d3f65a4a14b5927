"""Which single-byte charset of a non-Latin script wrote a feed that names none (or names only
ISO-8859-1 or windows-1252, a server's default, which is what feedparser would guess anyway).

A KOI8-R, windows-1251, ISO-8859-5, ISO-8859-7, windows-1253, TIS-620, windows-1255 or
windows-1256 feed that named no charset was read as windows-1252, and the analyst saw
"Ìèíèñòåðñòâî" for "Министерство" and a language no one wrote. A single-byte charset reads any
bytes, so no decoding error tells them apart; the words each reading makes do. Latin text sets
its letters beyond ASCII inside words of ASCII letters ("Zürich", "été", Vietnamese "người"):
read as Cyrillic or Greek, nearly every such word mixes two scripts ("Zьrich"). Cyrillic, Greek,
Hebrew, Arabic or Thai text is made of words wholly in its script; read in another charset of
its script, its capitals land inside words ("мИНИСТЕРСТВО": KOI8-R read as windows-1251) or its
letters turn into signs ("№", "§"). So a reading is the text's only when nearly all its words
beyond ASCII are whole words of the charset's script, written as writers write (no capital
after a small letter, no word opening on a combining mark); a Latin document, whose words beyond
ASCII mix ASCII letters with accented ones, never is, whatever its language.
"""

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

# The charsets of each script that feeds were published in, Windows' first, ISO's after (on a
# tie the first is taken). KOI8-U reads KOI8-R's Russian alike and Ukrainian's і, ї, є and ґ
# too; windows-874 is TIS-620 with the curly quotes and dashes of windows-1252's places.
NON_LATIN = (
    "cp1251", "koi8_u", "iso8859_5", "cp1253", "iso8859_7", "cp874", "cp1255", "iso8859_8",
    "cp1256", "iso8859_6",
)  # fmt: skip
# Fewer whole words than these tell no script from chance; past that, one word in five may be
# odd or unlikely (a Latin word glued to a Cyrillic one, an abbreviation without a vowel).
MIN_WORDS = 3
MAX_FAULTY_SHARE = 0.2
# A feed's first quarter megabyte holds hundreds of its words, and judging 15 MiB ten times over
# would hold up the pass.
SAMPLE_BYTES = 256 * 1024
# What no word of a script does in any of its languages, in small letters: a Cyrillic word holds
# a vowel (Bulgarian's ъ is one) and never opens on ь, ы or ъ; a Greek word holds a vowel and its
# final sigma ends it; Hebrew's final letters, and Arabic's tā' marbūṭa and alif maqṣūra, end
# their words; a Thai vowel written before its consonant has one after it, one written after has
# one before, and ฃ, ฅ and ฦ are no longer written. Another script's bytes read so do one of
# these within a few words.
_NEVER_IN_A_WORD = {
    "CYRILLIC": re.compile("^[^аеёиоуыэюяіїєъ]*$|^[ьыъ]"),
    "GREEK": re.compile(r"^[^αεηιουωάέήίόύώϊϋΐΰ]*$|ς\w"),
    "HEBREW": re.compile("[ךםןףץ][\u05d0-\u05ea]"),
    "ARABIC": re.compile("[\u0629\u0649][\u0621-\u064a]"),
    "THAI": re.compile(
        "^[\u0e30\u0e32\u0e33\u0e45]|[\u0e40-\u0e44](?![\u0e01-\u0e2e])|[\u0e03\u0e05\u0e26]"
    ),
}


@dataclass(frozen=True)
class _Reading:
    encoding: str
    native: int  # words of two or more letters, all of the charset's script, cased as written
    odd: int  # words beyond ASCII that are not (the module docstring)
    unlikely: int  # native words that do what no word of their script does (_NEVER_IN_A_WORD)
    letters: int  # bytes beyond ASCII read as letters or marks, not signs
    lower: int  # of those, small letters
    upper: int  # and capitals

    @property
    def plausible(self) -> bool:
        faulty = self.odd + self.unlikely
        return self.native >= MIN_WORDS and faulty <= MAX_FAULTY_SHARE * (self.native + self.odd)


def likeliest_single_byte(body: bytes) -> str | None:
    """The non-Latin single-byte charset whose reading of `body` is words of its script, as
    writers write them; None when no reading is (Latin text, East Asian text, or too little)."""
    sample = body[:SAMPLE_BYTES]
    readings = [_reading(sample, encoding) for encoding in NON_LATIN]
    plausible = [reading for reading in readings if reading and reading.plausible]
    return min(plausible, key=_rank).encoding if plausible else None


def _rank(reading: _Reading) -> tuple[int, bool, int]:
    """Fewest faulty words first; then a reading that, in a script with capitals, has some and
    fewer than small letters (Hebrew read as Cyrillic has none, KOI8-R read as windows-1251
    swaps them); then the most bytes read as letters, not signs ("№" for "р")."""
    cased = reading.upper + reading.lower > 0
    miscased = cased and not 0 < reading.upper < reading.lower
    return reading.odd + reading.unlikely, miscased, -reading.letters


def _reading(body: bytes, encoding: str) -> _Reading | None:
    """How the words beyond ASCII read in `encoding`; None when it leaves a byte undefined."""
    script, letter_bytes, words = _charset(encoding)
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        return None
    native = odd = unlikely = 0
    never = _NEVER_IN_A_WORD.get(script)
    for word in words.findall(text):
        if not _as_written(word, script):
            odd += 1
        elif sum(char.isalpha() for char in word) > 1:  # a letter alone ("à", "в") tells nothing
            native += 1
            unlikely += bool(never and never.search(word.lower()))
    high = [char for byte, char in zip(body, text, strict=True) if byte in letter_bytes]
    lower = sum(char.islower() for char in high)
    upper = sum(char.isupper() for char in high)
    return _Reading(encoding, native, odd, unlikely, len(high), lower, upper)


def _as_written(word: str, script: str) -> bool:
    """Whether `word` is letters of `script` (and its combining marks), none after a mark that
    opens it, no capital after a small letter: no ASCII letter, sign or other script in it."""
    if _is_mark(word[0]):
        return False
    for char in word:
        if not (_is_mark(char) or char.isalpha() and _in_script(char, script)):
            return False
    letters = [char for char in word if char.isalpha()]
    return not any(a.islower() and b.isupper() for a, b in itertools.pairwise(letters))


def _is_mark(char: str) -> bool:
    """A combining mark: a Thai vowel or tone sign, Hebrew or Arabic pointing, an accent."""
    return unicodedata.category(char).startswith("M")


def _in_script(char: str, script: str) -> bool:
    return unicodedata.name(char, "").startswith(script)


@functools.cache
def _charset(encoding: str) -> tuple[str, frozenset[int], re.Pattern[str]]:
    """The script most of `encoding`'s letters beyond ASCII are in, the bytes it reads as
    letters or marks, and a pattern for its words beyond ASCII: runs of letters and whatever
    else is neither a space nor punctuation (so "¤" or "¹" between letters stays in the word
    and makes it odd, where a comma or a quotation mark would end it)."""
    read = {}
    for byte in range(0x80, 0x100):
        try:
            read[byte] = bytes([byte]).decode(encoding)
        except UnicodeDecodeError:
            continue
    joining = {byte for byte, char in read.items() if char.isalpha() or _is_mark(char)}
    names = [unicodedata.name(read[byte]).split()[0] for byte in joining if read[byte].isalpha()]
    script = max(set(names), key=names.count)
    inside = re.escape("".join(char for char in read.values() if _inside_a_word(char)))
    words = re.compile(f"[A-Za-z{inside}]*[{inside}][A-Za-z{inside}]*")
    return script, frozenset(joining), words


def _inside_a_word(char: str) -> bool:
    category = unicodedata.category(char)
    return not (category.startswith(("P", "Z")) or char.isspace())
