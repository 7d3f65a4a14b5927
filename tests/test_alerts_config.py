"""`alerts:` in feeds.yaml: validated with the rest of the file, one line naming the rule; the
knowledge-base check of entities runs only in the commands that act on alerts."""

from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from monitor.config import load_config
from monitor.digest.alert_rules import alert_rules, quiet_now
from monitor.errors import ConfigError
from monitor.vocabulary import PLACES, WHAT, ZONES

FEEDS = "feeds:\n  - name: Wire\n    url: https://wire.example/rss\n"
DIGEST = "digest:\n  timezone: Asia/Tokyo\n  recipients: [ana@example.org]\n"
ISSUE_EXAMPLE = """\
alerts:
  - name: Liaoning
    entities: [Liaoning]          # any alias of a knowledge-base entity
  - name: Big days around Taiwan
    incursions: {what: aircraft, zone: around Taiwan, at_least: 20}   # per day by default
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_issues_example_loads_with_its_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, FEEDS + DIGEST + ISSUE_EXAMPLE))
    liaoning, big_days = alert_rules(config)
    assert liaoning.entities == (("liaoning-carrier", "Liaoning aircraft carrier"),)
    assert liaoning.recipients == ("ana@example.org",)  # the digest's, by default
    assert big_days.incursions is not None
    assert (big_days.incursions.per, big_days.incursions.at_least) == ("day", 20)
    assert (big_days.quiet_hours, big_days.max_per_hour) == (None, None)


def test_every_key_of_a_rule(tmp_path: Path) -> None:
    text = (
        FEEDS
        + DIGEST
        + """\
alerts:
  - name: Carrier near Japan
    entities: [CNS Liaoning, Shandong carrier]
    query: '"Miyako Strait" OR Yonaguni'
    themes: [security]
    feeds: [Wire]
    tags: [japan]
    incursions: {what: navy vessels, zone: contiguous zone, place: Senkaku Islands, at_least: 2, per: report}
    quiet_hours: "22:00-07:00"
    max_per_hour: 3
    recipients: [ben@example.org]
"""
    )
    (rule,) = alert_rules(load_config(write(tmp_path, text)))
    assert rule.entity_ids == ("liaoning-carrier", "shandong-carrier")
    assert rule.quiet_hours == (time(22), time(7)) and rule.max_per_hour == 3
    assert rule.recipients == ("ben@example.org",) and rule.feeds == ("Wire",)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("  - name: A\n    entitys: [Liaoning]\n", "alerts[0] 'A': entitys: unknown key"),
        ("  - entities: [Liaoning]\n", "alerts[0]: name: required but missing"),
        ("  - name: A\n", "alerts[0] 'A': give at least one of entities, query, themes"),
        ("  - name: A\n    incursions: {what: jets, zone: ADIZ, at_least: 5}\n",
         "alerts[0] 'A': incursions.what: must be one of aircraft, drones"),
        ("  - name: A\n    incursions: {what: aircraft, zone: airspace, at_least: 5}\n",
         "alerts[0] 'A': incursions.zone: must be one of around Taiwan, ADIZ"),
        ("  - name: A\n    incursions: {what: aircraft, zone: ADIZ, at_least: 0}\n",
         "alerts[0] 'A': incursions.at_least: must be at least 1 (got 0)"),
        ("  - name: A\n    incursions: {what: aircraft, zone: ADIZ, at_least: 5, per: week}\n",
         "alerts[0] 'A': incursions.per: Input should be 'day' or 'report'"),
        ("  - name: A\n    themes: [defence]\n", "alerts[0] 'A': themes: must be one of cooperation, security (got 'defence')"),
        ("  - name: A\n    query: '\"Taiwan Strait'\n", "alerts[0] 'A': query: not valid full-text search syntax"),
        ("  - name: A\n    themes: [security]\n    quiet_hours: 10pm-7am\n",
         "alerts[0] 'A': quiet_hours: must be two times such as 22:00-07:00"),
        ("  - name: A\n    themes: [security]\n    quiet_hours: 07:00-07:00\n",
         "alerts[0] 'A': quiet_hours: starts and ends at the same time"),
        ("  - name: A\n    themes: [security]\n    max_per_hour: 0\n",
         "alerts[0] 'A': max_per_hour: must be at least 1 (got 0)"),
        ("  - name: A\n    themes: [security]\n    recipients: [not-an-address]\n",
         "alerts[0] 'A': recipients: 'not-an-address' is not an email address"),
        ("  - name: A\n    feeds: [Nope]\n", "alerts[0] 'A': feeds: no feed named 'Nope' in feeds:"),
        ("  - name: A\n    themes: [security]\n  - name: a\n    tags: [x]\n",
         "alerts[1] 'a': name: already used by alerts[0]"),
    ],
)  # fmt: skip
def test_each_mistake_names_the_rule_and_field(tmp_path: Path, rule: str, expected: str) -> None:
    path = write(tmp_path, FEEDS + DIGEST + "alerts:\n" + rule)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    message = str(error.value)
    assert message.startswith(f"{path}: ") and expected in message, message
    assert "\n" not in message


def test_a_rule_with_no_recipients_anywhere_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, FEEDS + "alerts:\n  - name: Quiet one\n    themes: [security]\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == (
        f"{path}: alerts[0] 'Quiet one': recipients: none here and none in "
        "digest.recipients; give one"
    )


def test_the_value_sets_are_the_incursion_extractors(tmp_path: Path) -> None:
    """Every craft, zone and place the extractor stores is accepted, and nothing else."""
    for what in WHAT:
        for zone in ZONES:
            for place in PLACES:
                text = (FEEDS + DIGEST + "alerts:\n  - name: R\n    incursions: "
                        f"{{what: {what}, zone: {zone}, place: {place}, at_least: 1}}\n")  # fmt: skip
                load_config(write(tmp_path, text))


def test_an_unknown_entity_stops_fetch_in_one_line_before_anything_happens(
    tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    write(
        tmp_path,
        FEEDS + DIGEST + "alerts:\n  - name: Ghost ship\n    entities: [Flying Dutchman]\n",
    )
    result = cli("fetch")
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line == (
        f"Error: {tmp_path / 'feeds.yaml'}: alerts[0] 'Ghost ship': entities: 'Flying Dutchman' "
        "is not in the knowledge base (check the spelling, or add it with `monitor entities add`)"
    )
    assert not (tmp_path / "monitor.db").exists()
    assert cli("alerts", "list").exit_code == 1
    assert "'Ghost ship'" in cli("doctor").stdout


def test_commands_that_need_no_knowledge_base_do_not_check_entities(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """The entity check loads the knowledge base (about a second): reading commands skip it,
    so a rule naming an unknown entity does not stop them, and `fetch --no-alerts` skips it."""
    write(
        tmp_path,
        "feeds: []\n" + DIGEST + "alerts:\n  - name: Ghost\n    entities: [Flying Dutchman]\n",
    )
    assert cli("fetch", "--no-alerts").exit_code == 0
    for command in (["articles"], ["status"], ["feeds", "list"], ["digests", "list"]):
        assert cli(*command).exit_code == 0, command


@pytest.mark.parametrize(
    ("window", "local", "quiet"),
    [
        ("22:00-07:00", time(23, 30), True),
        ("22:00-07:00", time(3, 0), True),
        ("22:00-07:00", time(7, 0), False),
        ("22:00-07:00", time(12, 0), False),
        ("12:00-13:00", time(12, 59), True),
        ("12:00-13:00", time(13, 0), False),
    ],
)
def test_quiet_hours_are_read_on_the_digests_clock(
    tmp_path: Path, window: str, local: time, quiet: bool
) -> None:
    text = (
        FEEDS
        + DIGEST
        + f"alerts:\n  - name: R\n    themes: [security]\n    quiet_hours: {window}\n"
    )
    (rule,) = alert_rules(load_config(write(tmp_path, text)))
    tokyo = datetime.combine(datetime(2026, 11, 25).date(), local, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert quiet_now(rule, tokyo.astimezone(UTC), ZoneInfo("Asia/Tokyo")) is quiet
