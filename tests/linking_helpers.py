"""What monitor links in a text written for a test, as of a publication date (office holders
and relative days depend on it)."""

from datetime import UTC, date, datetime

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.entities import Mention
from monitor.nlp.kb import default_kb


def mentions(text: str, published: str = "2025-06-02") -> list[Mention]:
    moment = datetime.fromisoformat(published).replace(tzinfo=UTC)
    (result,) = analyse([TextToAnalyse("t", text, "en", moment)])
    return list(result.mentions)


def linked_surfaces(text: str) -> dict[str, tuple[str, str]]:
    """Each surface monitor links in `text`, with its (entity id, kind)."""
    return {m.text: (m.entity_id, m.kind) for m in mentions(text)}


def assert_links(text: str, expected: dict[str, tuple[str, str] | None]) -> None:
    """Each surface in `expected` is linked as (entity id, kind), or not at all for None."""
    found = linked_surfaces(text)
    for surface, link in expected.items():
        assert found.get(surface) == link, (surface, found)


def cjk_links(text: str, home: str) -> list[tuple[str, str]]:
    """Each knowledge-base name cjk_mentions finds in Chinese or Japanese `text` of an article
    whose home is `home`, as (surface, entity id)."""
    mentions = cjk_mentions(text, default_kb(), date(2025, 6, 1), home)
    return [(m.text, m.entity_id) for m in mentions]


def analysed_links(text: str, language: str) -> set[tuple[str, str]]:
    """Each knowledge-base name `analyse()` links in `text` of a declared language, as (surface,
    entity id), for an article published on 3 November 2025."""
    published = datetime(2025, 11, 3, 3, tzinfo=UTC)
    (analysis,) = analyse([TextToAnalyse("t", text, language, published)])
    return {(m.text, m.entity_id) for m in analysis.mentions if m.in_kb}


def assert_analysed_links(
    text: str, language: str, meant: set[tuple[str, str]], not_meant: set[tuple[str, str]]
) -> None:
    """`analyse()` links every (surface, entity id) of `meant` in `text`, and none of
    `not_meant`."""
    links = analysed_links(text, language)
    assert meant <= links, (meant - links, links)
    assert not not_meant & links, not_meant & links
