"""The main text of an article's web page, for feeds that carry only a teaser."""

import asyncio
import logging
import time
from dataclasses import replace

from .char_refs import decode_references
from .fetch import PAGE_ACCEPT, HttpSession
from .parse import Article
from .sanitize import clean_text, flattened

log = logging.getLogger(__name__)


def extract_main_text(page: bytes, url: str) -> str | None:
    """Boilerplate-free text of an HTML page, or None when there is no article in it."""
    import trafilatura  # slow to import; only full-text feeds need it

    # Markup is ASCII in the encodings pages use, so the bytes read one character each (latin-1)
    # are flattened as text and given back byte for byte, for trafilatura to find their encoding.
    page = flattened(page.decode("latin-1")).encode("latin-1")
    text = trafilatura.extract(page, url=url, favor_precision=True, include_comments=False)
    # A page that escapes its text twice shows "&#8217;" to its readers; we read "’".
    return clean_text(decode_references(text)).strip() or None if text else None


async def add_full_texts(
    session: HttpSession,
    articles: list[Article],
    *,
    inside: bool,
    deadline: float,
) -> list[Article]:
    """Fetch each article's page (same caps, politeness and guard as feeds) and keep its main
    text, for at most `full_text_pages_per_feed` pages and until `deadline` (time.monotonic()).

    A page that fails, or that the budget leaves out, leaves its article as it was: the summary
    still stands. A slow server can hold one feed's pages for the budget, never the pass.
    """
    limits = session.limits

    async def one(article: Article) -> Article:
        assert article.link is not None
        result = await session.fetch(article.link, accept=PAGE_ACCEPT, inside=inside)
        if result.outcome != "ok":
            log.info("full text of %s: %s", article.link, result.error or result.outcome)
            return article
        text = await asyncio.to_thread(extract_main_text, result.body, result.final_url)
        return replace(article, full_text=text) if text else article

    chosen = [a for a in articles if a.link][: limits.full_text_pages_per_feed]
    tasks = {asyncio.ensure_future(one(article)): article for article in chosen}
    if not tasks:
        return articles
    budget = min(limits.full_text_seconds_per_feed, deadline - time.monotonic())
    done, pending = await asyncio.wait(tasks, timeout=max(budget, 0))
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    if pending:
        log.info("full text: %d pages left out by the time budget", len(pending))
    fetched = {tasks[task].id: task.result() for task in done if not task.exception()}
    return [fetched.get(article.id, article) for article in articles]
