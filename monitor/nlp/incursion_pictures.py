"""Craft in a picture are no count: "One poster showed a PLA Navy destroyer", "a video
depicting three fighters over the strait" show what a picture holds, not what a report counted
(rule 1: only the numbers the text states as sightings). Picture desks write their captions so:
"In this image released by the ministry, a Chinese frigate sails ...", "A coast guard cutter,
left, passes ...", "released photos of its crew tracking a Chinese destroyer"."""

from . import incursion_words as w
from .incursion_asides import in_the_dateline
from .incursion_tokens import Token

_PICTURES = {
    "poster", "posters", "photo", "photos", "photograph", "photographs", "picture", "pictures",
    "image", "images", "video", "videos", "footage", "clip", "clips", "cartoon", "cartoons",
    "graphic", "graphics", "illustration", "illustrations", "animation", "animations",
}  # fmt: skip
_SHOWING = {
    "show", "shows", "showed", "shown", "showing", "depict", "depicts", "depicted", "depicting",
    "feature", "features", "featured", "featuring", "pictured", "portrayed", "portraying",
}  # fmt: skip
_CLAUSE_ENDS = {",", ";", ":", ".", "while", "and", "but", "as"}
_SENTENCE_PARTS = {";", ":", ".", "while", "and", "but"}
_REACH = 6  # tokens between the verb of showing and the count
_SUBJECT_REACH = 12  # tokens between a picture that is the subject and its verb of showing
# Where a caption places what it shows: "A coast guard ship, right, sails ...".
_PLACES_IN_A_PICTURE = {"left", "right", "center", "centre", "top", "bottom", "foreground"}
_CAPTION_OPENERS = {"this", "the", "a", "an"}


def shown_in_a_picture(words: list[Token], first: int) -> bool:
    """Whether the count at `first` is what a picture shows: a verb of showing in its clause
    before it, whose subject is a picture ("a poster showed", "the video, released Monday,
    depicts", "footage released by the defence ministry shows"), a picture "of" the count in
    its clause ("a photo of two frigates", "photos of sailors watching a frigate"), a caption
    that opens with its picture ("In this photo released by ..., a Chinese bomber flies"), or
    a caption's place in the picture set off after the count ("A coast guard ship, right,")."""
    return (
        _caption_opens_the_sentence(words)
        or _placed_in_the_picture(words, first)
        or _object_of_a_picture(words, first)
        or _shown_by_a_picture(words, first)
    )


def _caption_opens_the_sentence(words: list[Token]) -> bool:
    """ "In this photo released by the ministry, a Chinese bomber flies ...": a caption, after
    the story's dateline too ("TAIPEI, Taiwan (AP) — In this photo ...")."""
    start = _after_the_dateline(words)
    lows = [t.low for t in words[start : start + 3]]
    if len(lows) < 3:
        return False
    return lows[0] == "in" and lows[1] in _CAPTION_OPENERS and lows[2] in _PICTURES


def _after_the_dateline(words: list[Token]) -> int:
    if not words or not in_the_dateline(words, 0):
        return 0
    return next((i + 1 for i, token in enumerate(words) if token.text in w.DASHES), 0)


def _placed_in_the_picture(words: list[Token], first: int) -> bool:
    """A place in the picture set off by commas within the count's noun phrase, before its
    verb: "A China Coast Guard ship, right, sails near ..."."""
    for i in range(first + 1, min(len(words) - 2, first + 1 + _REACH)):
        if words[i].low == ",":
            return words[i + 1].low in _PLACES_IN_A_PICTURE and words[i + 2].low == ","
    return False


def _object_of_a_picture(words: list[Token], first: int) -> bool:
    for i in range(first - 1, 0, -1):
        if words[i].low in _CLAUSE_ENDS:
            return False
        if words[i].low == "of" and words[i - 1].low in _PICTURES:
            return True
    return False


def _shown_by_a_picture(words: list[Token], first: int) -> bool:
    for verb in range(first - 1, max(-1, first - 1 - _REACH), -1):
        if words[verb].low in _CLAUSE_ENDS:
            return False
        if words[verb].low in _SHOWING:
            start = max(0, verb - _REACH)
            near = any(_a_picture(words, at) for at in range(start, verb))
            return near or _subject_is_a_picture(words, verb)
    return False


def _subject_is_a_picture(words: list[Token], verb: int) -> bool:
    """Whether a picture stands in the stretch before the verb back to where its clause opens,
    its commas included: "Footage released by the Ministry of National Defense shows"."""
    for i in range(verb - 1, max(-1, verb - 1 - _SUBJECT_REACH), -1):
        if words[i].low in _SENTENCE_PARTS:
            return False
        if _a_picture(words, i):
            return True
    return False


def _a_picture(words: list[Token], i: int) -> bool:
    """Whether the word at i is a picture that may show craft: not the form a report took ("The
    ministry's report, posted as an image, showed 26 PLA aircraft": the report shows them)."""
    if words[i].low not in _PICTURES:
        return False
    article = i > 0 and words[i - 1].low in ("a", "an")
    return not (i > article and words[i - 1 - article].low == "as")
