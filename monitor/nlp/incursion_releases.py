"""A coast guard's numbered press release on an intrusion, whose facts are spread over its
fields:

    1. Vessels: China Coast Guard "2502", "2303", "2201" (3 vessels)
    2. Intrusion: approx. 10:35, Feb. 17 (Mon), west of Uotsuri-shima
    3. Departure: approx. 13:10, Feb. 18 (Tue), southwest of Kuba-shima

The vessels field counts the ships (in brackets after their hull numbers), and the intrusion
field gives the day they entered territorial waters: Japan's coast guard calls only an entry
into them an intrusion (rule 6), and rule 9 dates the stay by that entry. The release is
rewritten as the sentence it stands for, "3 China Coast Guard vessels intruded into territorial
waters on Feb. 17 (Mon), west of Uotsuri Island", before the grammar reads it; a release whose
intrusion field writes no date (only the hour) is left as it is, to its "Date:" field.
"""

import re

_NUMBER = r"(?:\d+\.\s*)?"
_VESSELS = re.compile(
    rf"\s*{_NUMBER}(?:Vessels?|Ships?)\s*:\s*(?P<craft>[A-Z][A-Za-z ]*?)\s*[\"“'\d]"
    r"[^(\n]*\(\s*(?P<count>\d+)\s+(?:vessels?|ships?)\b[^)\n]*\)\s*",
)
_INTRUSION = re.compile(rf"\s*{_NUMBER}(?:Intrusion|Entry|Entered)\b[^:\n]*:\s*(?P<rest>.*)", re.S)
_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:\s*\([A-Z][a-z]{1,2}\.?\))?"
)

_ISLAND = re.compile(r"\b([A-Z][a-z]+)-(?:shima|jima)\b")


def release_fields(sentences: list[str]) -> list[str]:
    """The sentences, with a release's vessels field rewritten as the entry its intrusion
    field dates."""
    fields = [(i, found) for i, s in enumerate(sentences) if (found := _VESSELS.fullmatch(s))]
    if not fields:
        return sentences
    vessels, found = fields[0]
    for sentence in sentences[vessels + 1 : vessels + 4]:  # the fields that follow it
        entry = _INTRUSION.fullmatch(sentence)
        day = _DAY.search(entry["rest"]) if entry is not None else None
        if entry is not None and day is not None:
            # The field's words after its day say where ("west of Uotsuri-shima"): the place.
            # "-shima" and "-jima" are Japanese for island, as the place words spell it.
            where = _ISLAND.sub(r"\1 Island", entry["rest"][day.end() :].strip(" ,\n"))
            line = (
                f"{found['count']} {found['craft']} vessels intruded into territorial waters "
                f"on {day[0]}{', ' + where if where else ''}.\n"
            )
            return [*sentences[:vessels], line, *sentences[vessels + 1 :]]
    return sentences
