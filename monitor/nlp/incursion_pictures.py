"""Craft in a picture are no count: "One poster showed a PLA Navy destroyer", "a video
depicting three fighters over the strait" show what a picture holds, not what a report counted
(rule 1: only the numbers the text states as sightings)."""

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
_REACH = 6  # tokens between the verb of showing and the count, and between noun and verb


def shown_in_a_picture(words: list[Token], first: int) -> bool:
    """Whether the count at `first` is what a picture shows: a verb of showing in its clause
    before it, whose subject is a picture ("a poster showed", "the video, released Monday,
    depicts"), or a picture "of" the count ("a photo of two frigates")."""
    if first >= 2 and words[first - 1].low == "of" and words[first - 2].low in _PICTURES:
        return True
    for verb in range(first - 1, max(-1, first - 1 - _REACH), -1):
        if words[verb].low in _CLAUSE_ENDS:
            return False
        if words[verb].low in _SHOWING:
            before = words[max(0, verb - _REACH) : verb]
            return any(t.low in _PICTURES for t in before)
    return False
