"""The main text of an article's web page, for feeds that carry only a teaser."""

import asyncio
import logging
from dataclasses import replace

from .fetch import PAGE_ACCEPT, HttpSession
from .parse import Article
from .sanitize import clean_text

log = logging.getLogger(__name__)


def extract_main_text(page: bytes, url: str) -> str | None:
    """Boilerplate-free text of an HTML page, or None when there is no article in it."""
    import trafilatura  # slow to import; only full-text feeds need it

    text = trafilatura.extract(page, url=url, favor_precision=True, include_comments=False)
    return clean_text(text).strip() or None if text else None


async def add_full_texts(session: HttpSession, articles: list[Article]) -> list[Article]:
    """Fetch each article's page (same caps and politeness as feeds) and keep its main text.

    A page that fails leaves its article as it was: the summary still stands.
    """

    async def one(article: Article) -> Article:
        if not article.link:
            return article
        result = await session.fetch(article.link, accept=PAGE_ACCEPT)
        if result.outcome != "ok":
            log.info("full text of %s: %s", article.link, result.error or result.outcome)
            return article
        text = await asyncio.to_thread(extract_main_text, result.body, result.final_url)
        return replace(article, full_text=text) if text else article

    return list(await asyncio.gather(*(one(article) for article in articles)))
