"""What Datasette shows: table descriptions (from the README's schema) and canned queries."""

from typing import Any

from .queries import datasette_queries

TABLES = {
    "articles": "One row per article, stored once. published_utc and fetched_utc are UTC.",
    "feeds": "One row per feed named in feeds.yaml, with its fetch health.",
    "fetches": "One row per fetch attempt: outcome, HTTP status, new articles, error.",
    "entities": "Entities found: knowledge-base ids (in_kb = 1) or label:name for others.",
    "article_entities": "Which article names which entity, how often and how.",
    "incursions": "Craft counts reported in articles: day, count, what, zone, place.",
    "article_themes": "Each article's score per theme, whether it is tagged, and why.",
    "theme_corrections": "The analyst's theme labels, used by monitor train.",
    "digests": "One row per daily digest: window, text, HTML, stories.",
    "digest_deliveries": "Each digest's delivery to each recipient.",
    "alert_deliveries": "Each alert rule's matches, once per recipient, and their delivery.",
}


def metadata(database: str) -> dict[str, Any]:
    return {
        "title": "monitor",
        "description": "News feeds on Japan–Taiwan–China–US relations: articles, entities, "
        "themes, incursion counts and digests. Columns are described in README.md.",
        "databases": {
            database: {
                "tables": {name: {"description": text} for name, text in TABLES.items()},
                "queries": datasette_queries(),
            }
        },
    }
