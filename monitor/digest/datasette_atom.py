"""A Datasette plugin of monitor's own, registered by `monitor serve`: the Atom feeds of
`monitor export --format atom`, built by the same code, for feed readers to subscribe to.

    /-/atom/articles.atom?theme=security&entity=Liaoning   (also feed, alert, since, limit)
    /-/atom/digests.atom

An entry per article, newest first, the newest 100 unless `limit` says otherwise: a reader
fetches a feed every few minutes, and wants what is new, not the whole archive each time.
"""

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.app import Datasette
from datasette.utils.asgi import Request as HttpRequest
from datasette.utils.asgi import Response

from ..archive.digest_store import digests_for_export
from ..archive.selection import select_articles
from ..archive.store import LIMIT_MAX, open_db_readonly
from ..errors import MonitorError
from .atom import articles_atom, digests_atom
from .export import Request, choose

FEED_ENTRIES = 100
ATOM_TYPE = "application/atom+xml; charset=utf-8"


PLUGIN = "monitor-atom"


@hookimpl  # type: ignore[untyped-decorator]  # pluggy's marker, untyped in datasette
def register_routes() -> list[tuple[str, Callable[..., Any]]]:
    return [(r"^/-/atom/articles\.atom$", articles), (r"^/-/atom/digests\.atom$", digests)]


def settings(db_path: Path, config_path: Path) -> dict[str, dict[str, str]]:
    """The plugin's part of Datasette's metadata: the files `monitor serve` was given."""
    return {PLUGIN: {"db": str(db_path), "config": str(config_path)}}


async def articles(datasette: Datasette, request: HttpRequest) -> Response:
    db_path, config_path = _files(datasette)
    args = request.args
    typed = Request(*(args.get(key) or None for key in (
        "theme", "entity", "feed", "alert", "since", "arrived_since")))  # fmt: skip

    def build() -> bytes:
        # A read-only connection of its own, on a worker thread, as every reading command reads.
        db = open_db_readonly(db_path)
        try:
            chosen = choose(db, config_path, typed)
            rows = select_articles(db, chosen.selection, _limit(args.get("limit")))
            return articles_atom(rows, f"monitor: {chosen.title}", chosen.seed, request.url)
        finally:
            db.close()

    return await _respond(build)


async def digests(datasette: Datasette, request: HttpRequest) -> Response:
    db_path, _ = _files(datasette)

    def build() -> bytes:
        db = open_db_readonly(db_path)
        try:
            rows = digests_for_export(db, _limit(request.args.get("limit")))
            return digests_atom(rows, "monitor: daily digests", "digests", request.url)
        finally:
            db.close()

    return await _respond(build)


def _files(datasette: Datasette) -> tuple[Path, Path]:
    config = datasette.plugin_config(PLUGIN)
    return Path(config["db"]), Path(config["config"])


async def _respond(build: Callable[[], bytes]) -> Response:
    """The feed, or the one-line reason the request cannot have one (400)."""
    try:
        body = await asyncio.to_thread(build)
    except MonitorError as exc:
        return Response.text(f"{exc}\n", status=400)
    return Response(body, content_type=ATOM_TYPE)


def _limit(value: str | None) -> int:
    if value is None:
        return FEED_ENTRIES
    try:
        number = int(value)
    except ValueError:
        raise MonitorError(f"limit: a whole number, not {value!r}") from None
    if not 1 <= number <= LIMIT_MAX:  # past SQLite's integers, the query itself failed (500)
        raise MonitorError(f"limit: from 1 to {LIMIT_MAX} (got {number})")
    return number
