"""Speech-to-text transcripts as the incursion grammar reads them. Automatic captions and
podcast transcripts stamp each cue with its time ("[00:00:14]", "Speaker 1 (00:01:02):"), cut a
sentence wherever the speaker paused ("... more than forty chinese warplanes" / "[00:00:04]
and fourteen warships around the island"), write initials letter by letter or split a word the
recogniser does not know ("a d i z", "a diz", "m n d", "sen kaku"), and hear a term as a word
they know ("the meeting line"). Each is written here as copy writes it.
"""

import re

from .incursion_words import MOVEMENTS, UNIT_WORDS

# What a speaker writes after the tens without a hyphen ("thirty two", "twenty first"): one
# number with them, as "thirty-two" is (incursion_tokens joins them).
AFTER_TENS = UNIT_WORDS | {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
}  # fmt: skip
# A speaker's hesitations, which a transcript writes where they fell ("seven uh coast guard
# vessels", "thursday um forty three"): no word of the report.
FILLERS = {"uh", "um", "erm", "uhm", "umm", "uhh"}

# A cue's stamp at the start of a line: "[00:00:14]", "[01:02]", "(00:14)", or a speaker's
# label with the time ("Speaker 1 (00:01:02):", "Host (01:02):").
_TIME = r"\d{1,2}(?::\d\d){1,2}(?:[.,]\d+)?"
_STAMP_AT = rf"(?:[\[(]{_TIME}[\])]|(?P<speaker>[^\n:()\[\]]{{1,40}}?)\s*\({_TIME}\)\s*:)"
_STAMP = re.compile(rf"\A\s*{_STAMP_AT}[ \t]*")
# The splitter may run cues with no full stop into one sentence: each stamped line is a cue.
_STAMPED_LINE = re.compile(rf"(?<=\n)(?=[ \t]*{_STAMP_AT.replace('?P<speaker>', '')})")
# Words that go on with the sentence before them and cannot open one of their own: a
# conjunction or preposition ("and fourteen warships", "along with seven coast guard
# vessels", "in the twenty four hours to six a.m. on tuesday"), or the verb the cue before
# waited for ("... and a y eight anti submarine plane" / "flew into its air defence zone").
# A pause before a conjunction is where copy writes a comma: "... several times this week" /
# "and on friday eleven chinese aircraft ..." is two clauses, not one period's list.
_JOINING = {"and", "or", "plus", "along", "alongside", "including"}
_GOES_ON = _JOINING | MOVEMENTS | {
    "with", "in", "into", "within", "near", "around", "to", "up", "from", "during", "that",
    "which", "who", "operating",
}  # fmt: skip
_FIRST_WORD = re.compile(r"[a-z]+")
_ENDS = (".", "!", "?")


def transcript_as_copy(sentences: list[str]) -> list[str]:
    """The sentences as copy would write them: cues joined (caption_cues_as_sentences), and
    the terms a recogniser split or misheard written whole."""
    return [with_spoken_terms_written(cue) for cue in caption_cues_as_sentences(sentences)]


def caption_cues_as_sentences(sentences: list[str]) -> list[str]:
    """The sentences with each cue's stamp dropped, and a cue that goes on with the sentence
    of the cue before (same speaker, no full stop between) joined to it."""
    # Each sentence as its cues' parts, joined once at the end: a run of cues that all go on
    # is then read in time linear in its length, not copied again at every cue.
    joined: list[list[str]] = []
    speaker: str | None = None  # the speaker of the cue that ends `joined`, if a cue does
    for line in (cue for sentence in sentences for cue in _STAMPED_LINE.split(sentence)):
        stamp = _STAMP.match(line)
        if stamp is None:
            joined.append([line])
            speaker = None
            continue
        said = line[stamp.end() :]
        first = _FIRST_WORD.match(said)
        opens = first[0] if first else ""
        if joined and speaker == (stamp["speaker"] or "") and _goes_on(joined[-1], opens):
            joined[-1][-1] = joined[-1][-1].rstrip()
            joined[-1] += [", " if opens in _JOINING else " ", said]
        else:
            joined.append([said])
        speaker = stamp["speaker"] or ""
    return ["".join(parts) for parts in joined]


def _goes_on(before: list[str], opens: str) -> bool:
    return opens in _GOES_ON and not before[-1].rstrip().endswith(_ENDS)


# Terms a recogniser writes letter by letter or splits into words it knows: each letter may be
# followed by a space. Longest first, so "p l a n" is PLAN and not PLA then "n".
_SPLIT_TERMS = ("Senkakus", "Senkaku", "Kinmen", "ADIZ", "PLAN", "MND", "PLA", "CCG", "JCG", "EEZ")
_SPLIT = re.compile(r"\b(?:" + "|".join(" ?".join(term.lower()) for term in _SPLIT_TERMS) + r")\b")
_TERM_BY_LETTERS = {term.lower(): term for term in _SPLIT_TERMS}
# "median" heard as a word the recogniser knows; each as long as "median" or longer, so the
# term written in its place keeps the text's length.
_MISHEARD_MEDIAN = re.compile(r"\b(?:meeting|medium|medial) line\b")


def with_spoken_terms_written(text: str) -> str:
    """The text with split initials and names, and a misheard median line, written as copy
    writes them. Each keeps its length (spaces after it), so offsets stay the written text's."""
    text = _SPLIT.sub(_written_term, text)
    if " line" not in text:  # no line misheard, as in most texts: the pattern is not tried
        return text
    return _MISHEARD_MEDIAN.sub(lambda found: "median line".ljust(len(found[0])), text)


def _written_term(found: re.Match[str]) -> str:
    spoken = found[0]
    if " " not in spoken:
        return spoken  # written whole: its case is casing's to restore ("plan" may be a plan)
    return _TERM_BY_LETTERS[spoken.replace(" ", "")].ljust(len(spoken))
