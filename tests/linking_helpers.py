"""What monitor links in a text written for a test, as of a publication date (office holders
and relative days depend on it)."""

from datetime import UTC, datetime

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.entities import Mention


def mentions(text: str, published: str = "2025-06-02") -> list[Mention]:
    moment = datetime.fromisoformat(published).replace(tzinfo=UTC)
    (result,) = analyse([TextToAnalyse("t", text, "en", moment)])
    return list(result.mentions)
