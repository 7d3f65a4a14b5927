"""Which article a feed's item is: its id, and what the id is a hash of.

An id is stable across fetches, so an item is stored once however often its feed lists it. An item
known by its link is one article whichever feed carries it; one known by its guid, or by nothing but
its text, is its feed's own (two feeds may both number their items "1", "2"), so its id is scoped to
the feed: the id of the feed's row in the database. A link that items of different titles write
alike in one document (a feed that links every item to its home page, not one story's address with
tracking parameters that differ) is none of theirs: each is stored without it and known by its guid
or text, or all but the first were dropped as stored already (the archive holds a link once).
"""

import hashlib
from collections.abc import Iterable

# (kind, value): ("guid", guid), ("link", canonical link) or ("text", hash of title and text).
Identity = tuple[str, str]


def shared_links(items: Iterable[tuple[str | None, str]]) -> frozenset[str]:
    """The links, as written, that items of one document share under different titles (link,
    title pairs): a page the feed links every item to, not an article's own address."""
    titles: dict[str, set[str]] = {}
    for link, title in items:
        if link:
            titles.setdefault(link, set()).add(title)
    return frozenset(link for link, named in titles.items() if len(named) > 1)


def item_identity(
    guid: str | None, link: str | None, title: str, text: str, seen: dict[str, str]
) -> Identity:
    """guid (scoped to the feed), else the canonical link, else a hash of title and text.

    A guid that repeats inside one feed document with different content is disambiguated by a
    hash of that content, so two items sharing a careless guid are both kept (and an item that
    is merely listed twice is still one article). `seen` holds the guids of the document so far.
    """
    if guid:
        content = _digest(f"{link}\n{title}\n{text}")
        first_content = seen.setdefault(guid, content)
        return ("guid", guid if content == first_content else f"{guid}:{content}")
    if link:
        return ("link", link)
    return ("text", _digest(f"{title}\n{text}"))


def article_id(feed_key: str, identity: Identity) -> str:
    """The id an item of that identity has in the feed `feed_key`."""
    kind, value = identity
    key = f"link:{value}" if kind == "link" else f"{kind}:{feed_key}:{value}"
    return _digest(key)[:16]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
