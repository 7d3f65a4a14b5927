"""The incursion facts monitor reads in a text written for a test, as of a publication moment
(relative days depend on it): an English text's sorted so that tests compare them as sets, and a
Japanese or Chinese text's, read by the CJK incursion reader alone, as a set."""

from datetime import datetime

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_incursions import find_cjk_incursions
from monitor.nlp.cjk_script import fold

Fact = tuple[int, str, str, str, str]  # count, what, zone, place, day


def around_taiwan(count: int, what: str, day: str) -> Fact:
    """A daily report's total around Taiwan, the fact most tests expect."""
    return (count, what, "around Taiwan", "Taiwan", day)


def facts_at(text: str, published: datetime) -> list[Fact]:
    (result,) = analyse([TextToAnalyse("t", text, "en", published)])
    return sorted((f.count, f.what, f.zone, f.place, f.day.isoformat()) for f in result.incursions)


def cjk_facts_at(text: str, published: datetime) -> set[Fact]:
    return {
        (f.count, f.what, f.zone, f.place, f.day.isoformat())
        for f in find_cjk_incursions(text, fold(text), published)
    }
