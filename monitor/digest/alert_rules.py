"""Alert rules as the matcher uses them: each entity named in feeds.yaml resolved to its
knowledge-base entity, recipients settled, and the rule's quiet hours and hourly cap.

Resolving entities loads the knowledge base (about a second), so it runs only in the commands
that act on alerts: `monitor fetch`, each pass and reload of `monitor run`, `monitor alerts`,
`monitor export --alert`, `monitor demo` and `monitor doctor`. Every other command validates
feeds.yaml without it, and a configuration whose rules name no entity never loads it here.
"""

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from ..alert_config import AlertConfig, IncursionThreshold
from ..config import Config
from ..errors import ConfigError
from ..nlp.kb import KnowledgeBase, knowledge_base
from ..nlp.names import fold
from ..nlp.resolve import resolve_name


@dataclass(frozen=True)
class Rule:
    name: str
    entities: tuple[tuple[str, str], ...]  # (knowledge-base id, canonical name)
    query: str | None
    themes: tuple[str, ...]
    feeds: tuple[str, ...]
    tags: tuple[str, ...]
    incursions: IncursionThreshold | None
    quiet_hours: tuple[time, time] | None
    quiet_hours_text: str | None
    max_per_hour: int | None
    recipients: tuple[str, ...]

    @property
    def entity_ids(self) -> tuple[str, ...]:
        return tuple(entity_id for entity_id, _ in self.entities)


def alert_rules(config: Config) -> tuple[Rule, ...]:
    """The configured rules, ready to match; a ConfigError names a rule whose entity the
    knowledge base does not know."""
    if not config.alerts:
        return ()
    kb = knowledge_base(config.knowledge_base) if any(a.entities for a in config.alerts) else None
    return tuple(_rule(index, alert, config, kb) for index, alert in enumerate(config.alerts))


def find_rule(rules: tuple[Rule, ...], name: str, config: Config) -> Rule:
    for rule in rules:
        if rule.name.casefold() == name.casefold():
            return rule
    known = ", ".join(f"'{rule.name}'" for rule in rules) or "none"
    raise ConfigError(f"{config.path}: no alert rule named '{name}' (rules: {known})")


def quiet_now(rule: Rule, now: datetime, zone: ZoneInfo) -> bool:
    """Whether `now` falls in the rule's quiet hours, read on the digest's clock."""
    if rule.quiet_hours is None:
        return False
    start, end = rule.quiet_hours
    local = now.astimezone(zone).time()
    if start < end:
        return start <= local < end
    return local >= start or local < end  # the window runs past midnight


def _rule(index: int, alert: AlertConfig, config: Config, kb: KnowledgeBase | None) -> Rule:
    entities = []
    for text in alert.entities:
        assert kb is not None  # loaded whenever a rule names entities
        entity_id = _entity(text, kb, f"{config.path}: alerts[{index}] '{alert.name}': entities")
        entities.append((entity_id, kb.entities[entity_id].name))
    return Rule(
        name=alert.name,
        entities=tuple(entities),
        query=alert.query,
        themes=alert.themes,
        feeds=alert.feeds,
        tags=alert.tags,
        incursions=alert.incursions,
        quiet_hours=alert.quiet,
        quiet_hours_text=alert.quiet_hours,
        max_per_hour=alert.max_per_hour,
        recipients=alert.recipients or config.digest.recipients,
    )


def _entity(text: str, kb: KnowledgeBase, where: str) -> str:
    """Any name or alias (the rules of `--entity` and the watch list), or a family name that
    one person alone has."""
    found = resolve_name(text, kb)
    if found:
        return found
    people = kb.family_names.get(fold(text), ())
    if len(people) == 1:
        return people[0]
    if people:
        named = ", ".join(kb.entities[p].name for p in people)
        raise ConfigError(f"{where}: '{text}' could be {named}; give a fuller name")
    raise ConfigError(
        f"{where}: '{text}' is not in the knowledge base (check the spelling, or add it with "
        "`monitor entities add`)"
    )


def describe(rule: Rule) -> str:
    """The rule's criteria in words: 'naming Liaoning aircraft carrier; security stories'."""
    parts = []
    if rule.entities:
        parts.append("naming " + " or ".join(name for _, name in rule.entities))
    if rule.query:
        parts.append(f"matching {rule.query}")
    if rule.themes:
        parts.append(" or ".join(rule.themes) + " stories")
    if rule.feeds:
        parts.append("from " + ", ".join(rule.feeds))
    if rule.tags:
        parts.append("from feeds tagged " + ", ".join(rule.tags))
    if rule.incursions:
        parts.append(rule.incursions.describe())
    return "; ".join(parts)
