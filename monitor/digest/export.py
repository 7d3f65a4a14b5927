"""What `monitor export` and the Atom feeds of `monitor serve` select, from the options as a
user types them (`--theme security --entity Liaoning`, or `?theme=security&entity=Liaoning`),
and the feeds' titles and ids, so the two give the same articles under the same feed id."""

from dataclasses import dataclass, replace
from pathlib import Path

import sqlite_utils

from ..archive.entity_store import pick_entity
from ..archive.selection import Selection
from ..clock import parse_since, to_iso
from ..config import knowledge_base_path, load_config
from ..errors import MonitorError
from ..nlp.kb import knowledge_base
from ..vocabulary import THEMES
from .alert_rules import alert_rules, describe, find_rule


@dataclass(frozen=True)
class Request:
    """A selection as typed; `since` and `arrived_since` stay relative ("7d"), so a feed's id
    stays the same from one fetch to the next."""

    theme: str | None = None
    entity: str | None = None
    feed: str | None = None
    alert: str | None = None
    since: str | None = None
    arrived_since: str | None = None


@dataclass(frozen=True)
class Chosen:
    selection: Selection
    title: str  # "security articles naming Liaoning aircraft carrier"
    seed: str  # what the feed's id is made from
    notes: tuple[str, ...]  # which entity a name was taken for


def choose(db: sqlite_utils.Database, config_path: Path, request: Request) -> Chosen:
    """The articles a request asks for; an unknown theme, entity, rule or span is an error."""
    r = request
    if r.alert and (r.theme or r.entity or r.feed):
        raise MonitorError("--alert selects by the rule alone: no --theme, --entity or --feed")
    if r.theme and r.theme not in THEMES:
        raise MonitorError(f"--theme: '{r.theme}' is not one of {', '.join(THEMES)}")
    since = _moment(r.since, "--since")
    arrived = _moment(r.arrived_since, "--arrived-since")
    selection = Selection(published_since=since, arrived_since=arrived)
    words, notes = ["articles"], []
    if r.alert:
        config = load_config(config_path)
        rule = find_rule(alert_rules(config), r.alert, config)
        selection = Selection(
            published_since=since, arrived_since=arrived, feeds=rule.feeds, tags=rule.tags,
            entity_ids=rule.entity_ids, themes=rule.themes, query=rule.query,
            incursions=rule.incursions,
        )  # fmt: skip
        words = [f"alert '{rule.name}':", describe(rule)]
    typed = dict(r.__dict__)
    if r.theme:
        selection = replace(selection, themes=(r.theme,))
        words.insert(0, r.theme)
    if r.entity:
        kb = knowledge_base(knowledge_base_path(config_path))
        entity_id, name, note = pick_entity(db, r.entity, kb)
        selection = replace(selection, entity_ids=(entity_id,))
        words.append(f"naming {name}")
        notes.append(note)
        typed["entity"] = entity_id  # "Liaoning" and "CNS Liaoning" are one feed
    if r.feed:
        selection = replace(selection, feeds=(r.feed,))
        words.append(f"from {r.feed}")
    if r.since:
        words.append(f"published since {r.since}")
    if r.arrived_since:
        words.append(f"arrived since {r.arrived_since}")
    seed = "&".join(f"{key}={value}" for key, value in sorted(typed.items()) if value)
    return Chosen(selection, " ".join(words), f"articles?{seed}", tuple(notes))


def _moment(value: str | None, option: str) -> str | None:
    """A typed span or date in stored form; a bad one is an error naming its own option."""
    try:
        return to_iso(parse_since(value)) if value else None
    except ValueError as exc:
        raise MonitorError(f"{option}: {exc}") from None
