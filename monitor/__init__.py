"""monitor: news feeds to a queryable SQLite archive, entities, themes and a daily digest."""

import logging

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/monitor-news/monitor"

logging.getLogger(__name__).addHandler(logging.NullHandler())
