"""What Datasette shows: table descriptions (from the README's schema) and canned queries."""

from typing import Any

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
}

QUERIES = {
    "todays_security_stories": {
        "title": "Today's security stories",
        "sql": """SELECT a.published_utc, f.name AS outlet, a.title, a.link, t.score
FROM articles a JOIN feeds f ON f.id = a.feed_id
JOIN article_themes t ON t.article_id = a.id AND t.theme = 'security' AND t.tagged = 1
WHERE a.fetched_utc >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 day')
ORDER BY t.score DESC""",
    },
    "top_entities_this_week": {
        "title": "This week's top entities",
        "sql": """SELECT e.name, e.type, count(*) AS articles, sum(ae.mention_count) AS mentions
FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
JOIN articles a ON a.id = ae.article_id
WHERE a.published_utc >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-7 days') AND e.in_kb = 1
  AND ae.kinds_json IS NOT '["demonym"]'
GROUP BY e.id ORDER BY articles DESC LIMIT 30""",
    },
    "incursions_by_day": {
        "title": "Incursions by day",
        "sql": """SELECT day, what, zone, place, max(count) AS count,
       count(DISTINCT article_id) AS articles
FROM incursions GROUP BY day, what, zone, place ORDER BY day DESC, what, zone, place""",
    },
}


def metadata(database: str) -> dict[str, Any]:
    return {
        "title": "monitor",
        "description": "News feeds on Japan–Taiwan–China–US relations: articles, entities, "
        "themes, incursion counts and digests. Columns are described in README.md.",
        "databases": {
            database: {
                "tables": {name: {"description": text} for name, text in TABLES.items()},
                "queries": QUERIES,
            }
        },
    }
