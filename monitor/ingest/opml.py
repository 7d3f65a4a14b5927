"""OPML 2.0 subscription lists in and out, so feeds move between readers and monitor.

An export is read back as an import reads it before it is printed, and a feed that would come
back otherwise is refused in one line naming it: OPML's category attribute separates categories
with commas and their levels with slashes and has no escape for either, so a tag "us/japan"
came back as the two tags "us" and "japan", and a reader drops the spaces around a name or tag."""

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import listparser

from ..clock import now_utc
from ..config import Config, Feed
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
    return _subscriptions(listparser.parse(data), path)


def _subscriptions(parsed: Any, where: Path) -> list[Subscription]:
    if not parsed.feeds and parsed.bozo:
        raise ConfigError(f"{where}: not an OPML file: {parsed.bozo_exception}")
    subscriptions = []
    for position, feed in enumerate(parsed.feeds, start=1):
        problem = url_problem(feed.url)
        if problem:  # a subscription list names web feeds; never a local path such as /etc/passwd
            raise ConfigError(
                f"{where}: outline {position} ({printable(redact(feed.url), 100)}): {problem}"
            )
        tags = tuple(sorted({tag for category in feed.get("categories", []) for tag in category}))
        subscriptions.append(Subscription(name=feed.title or feed.url, url=feed.url, tags=tags))
    return subscriptions


def write_opml(config: Config) -> str:
    """The web feeds of `config` as OPML. A feed read from a file is left out: a subscription
    list names what any reader can fetch, and a path names a file on this machine only (an
    import refuses one), so one local feed made the whole export fail."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "monitor feeds"
    ET.SubElement(head, "dateCreated").text = format_datetime(now_utc(), usegmt=True)
    body = ET.SubElement(root, "body")
    for feed in web_feeds(config):
        name = xml_text(feed.name)
        outline = ET.SubElement(body, "outline", type="rss", text=name, title=name)
        outline.set("xmlUrl", xml_text(feed.url))
        if feed.tags:
            outline.set("category", xml_text(",".join(feed.tags)))
    ET.indent(root)
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    _check_read_back(config, text)
    return text


def _check_read_back(config: Config, text: str) -> None:
    """Each feed as an import of `text` will read it, or one line naming the first that differs
    (the characters XML cannot hold are left out, as xml_text says, and that is no difference)."""
    read = _subscriptions(listparser.parse(text.encode("utf-8")), config.path)
    feeds = web_feeds(config)
    if len(read) != len(feeds):
        raise ConfigError(f"{config.path}: {len(feeds)} web feeds, {len(read)} in the OPML")
    for feed, back in zip(feeds, read, strict=True):
        position = config.feeds.index(feed)
        name = xml_text(feed.name) or feed.url
        tags = tuple(sorted({xml_text(tag) for tag in feed.tags} - {""}))
        for field, wrote, got in (("name", name, back.name), ("url", feed.url, back.url),
                                  ("tags", tags, back.tags)):  # fmt: skip
            if wrote != got:
                raise ConfigError(
                    f"{config.path}: feeds[{position}] {printable(feed.name, 60)!r}: {field}: "
                    f"{printable(repr(wrote), 100)} would come back from OPML as "
                    f"{printable(repr(got), 100)}; change it in feeds.yaml to export"
                )


def web_feeds(config: Config) -> list[Feed]:
    return [feed for feed in config.feeds if not feed.is_local]
