"""OPML 2.0 subscription lists in and out, so feeds move between readers and monitor."""

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path

import listparser

from ..clock import now_utc
from ..config import Config
from ..errors import ConfigError, printable
from ..urls import redact, url_problem
from ..xml_text import xml_text


@dataclass(frozen=True)
class Subscription:
    name: str
    url: str
    tags: tuple[str, ...]


def read_opml(path: Path) -> list[Subscription]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    parsed = listparser.parse(data)
    if not parsed.feeds and parsed.bozo:
        raise ConfigError(f"{path}: not an OPML file: {parsed.bozo_exception}")
    subscriptions = []
    for position, feed in enumerate(parsed.feeds, start=1):
        problem = url_problem(feed.url)
        if problem:  # a subscription list names web feeds; never a local path such as /etc/passwd
            raise ConfigError(
                f"{path}: outline {position} ({printable(redact(feed.url), 100)}): {problem}"
            )
        tags = tuple(sorted({tag for category in feed.get("categories", []) for tag in category}))
        subscriptions.append(Subscription(name=feed.title or feed.url, url=feed.url, tags=tags))
    return subscriptions


def write_opml(config: Config) -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "monitor feeds"
    ET.SubElement(head, "dateCreated").text = format_datetime(now_utc(), usegmt=True)
    body = ET.SubElement(root, "body")
    for feed in config.feeds:
        name = xml_text(feed.name)
        outline = ET.SubElement(body, "outline", type="rss", text=name, title=name)
        outline.set("xmlUrl", xml_text(feed.url))
        if feed.tags:
            outline.set("category", xml_text(",".join(feed.tags)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
