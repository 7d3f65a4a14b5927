"""Craft in a picture: "the top value shows the Hai Kun ...; the other three show a Tuo
Chiang-class corvette, a Coast Guard Administration Anping-class cutter and a missile
launcher". Stamp and coin columns, magazines' captions and product pages describe what a stamp,
a coin or a poster depicts; "a cutter" there is an image of one, no craft sighted."""

from .incursion_tokens import Token

_DEPICTING = {
    "show", "shows", "showing", "depict", "depicts", "depicting", "feature", "features",
    "featuring", "portray", "portrays", "portraying", "picture", "pictures", "picturing",
}  # fmt: skip
# What shows a sighting rather than a picture: "satellite images show a PLAN destroyer off
# Keelung", "photos show a China Coast Guard ship entered ..." are evidence of craft there.
_EVIDENCE = {
    "photo", "photos", "photograph", "photographs", "image", "images", "imagery", "footage",
    "video", "videos", "data", "figures", "records", "tracks", "radar", "map", "maps", "chart",
}  # fmt: skip
_SUBJECT_REACH = 3  # "satellite images released on Monday show"
# A list's own words between the verb and its later items: "a corvette, a cutter and, on the
# NT$5, a launcher".
_LIST_REACH = 24
_CUTS = {".", ";", ":", "?", "!", "while", "whereas", "but", "when", "after", "as"}


def depicts_a_craft(words: list[Token], i: int) -> bool:
    """Whether "a" at i opens an item of what a verb of depicting has as its object: "show a
    Tuo Chiang-class corvette, a ... cutter and ... a launcher"."""
    for j in range(i - 1, max(-1, i - 1 - _LIST_REACH), -1):
        low = words[j].low
        if low in _DEPICTING:
            return not any(t.low in _EVIDENCE for t in words[max(0, j - _SUBJECT_REACH) : j])
        if low in _CUTS:
            return False
    return False
