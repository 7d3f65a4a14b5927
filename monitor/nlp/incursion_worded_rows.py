"""A data feed's table that keeps the source's own words for each figure beside it: under
"field | value | source wording", the row "aircraft_total | 27 | "PLA aircraft operating around
Taiwan"" is the bulletin's line "PLA aircraft operating around Taiwan: 27", and "aircraft_crossing
| 16 | "crossed the median line and entered the north, central, southwest and east ADIZ"" is its
line of the aircraft that crossed. The field's name is the feed's key, often in snake_case; the
wording says what was counted, in the words the ministry's own bulletin uses, so it is the
line's label."""

_WORDING_COLUMNS = {"source wording", "wording", "source text", "original wording", "as worded"}
_VALUE_COLUMNS = {"value", "values", "count", "figure", "number"}
_QUOTES = "\"'“”‘’"


def worded_row(header: list[str], cells: list[str]) -> str | None:
    """The row as a bulletin's line labelled by the source's wording, if the header names a
    value column and a wording column and the row fills both; else None."""
    if len(cells) != len(header):
        return None
    names = [name.strip().lower() for name in header]
    value = next((i for i, name in enumerate(names) if name in _VALUE_COLUMNS), None)
    wording = next((i for i, name in enumerate(names) if name in _WORDING_COLUMNS), None)
    if value is None or wording is None:
        return None
    label, figure = cells[wording].strip().strip(_QUOTES).strip(), cells[value].strip()
    return f"• {label}: {figure}\n" if label and figure else None
