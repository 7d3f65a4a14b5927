"""The incursion facts monitor reads in an English text written for a test, as of a publication
moment (relative days depend on it), sorted so that tests compare them as sets."""

from datetime import datetime

from monitor.nlp.analyze import TextToAnalyse, analyse

Fact = tuple[int, str, str, str, str]  # count, what, zone, place, day


def facts_at(text: str, published: datetime) -> list[Fact]:
    (result,) = analyse([TextToAnalyse("t", text, "en", published)])
    return sorted((f.count, f.what, f.zone, f.place, f.day.isoformat()) for f in result.incursions)
