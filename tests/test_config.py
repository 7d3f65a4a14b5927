"""feeds.yaml is validated on load: bad input is one line naming the file, entry and field."""

import json
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.errors import ConfigError

GOOD = """\
# comment kept by edits
feeds:
  - name: Focus Taiwan — Cross-Strait
    url: https://focustaiwan.tw/rss/cross-strait
    interval: 30
    tags: [taiwan]
  - name: Local sample
    url: samples/local.rss
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_config_applies_defaults_and_resolves_local_paths(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    web, local = config.feeds
    assert (web.interval_minutes, web.enabled, web.tags, web.full_text) == (
        30,
        True,
        ("taiwan",),
        False,
    )
    assert local.interval_minutes == 60
    assert local.is_local and local.location == str((tmp_path / "samples/local.rss").resolve())


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("  - name: A\n    url: https://a.example/rss\n    intervall: 30\n",
         "feeds[0] 'A': intervall: unknown key"),
        ("  - url: https://a.example/rss\n", "feeds[0]: name: required but missing"),
        ("  - name: A\n", "feeds[0] 'A': url: required but missing"),
        ("  - name: A\n    url: https://a.example/rss\n    interval: 5\n",
         "feeds[0] 'A': interval: must be at least 15 (got 5)"),
        ("  - name: A\n    url: https://a.example/rss\n    interval: hourly\n",
         "feeds[0] 'A': interval: Input should be a valid integer"),
        ("  - name: A\n    url: https://a.example/rss\n    enabled: maybe\n",
         "feeds[0] 'A': enabled: Input should be a valid boolean"),
        ("  - name: A\n    url: ftp://a.example/rss\n", "feeds[0] 'A': url: 'ftp' URLs are not supported"),
        ("  - name: A\n    url: https://a.example/rss\n  - name: B\n    url: HTTPS://A.example:443/rss?utm_source=x#top\n",
         "feeds[1] 'B': url: same feed as feeds[0] 'A'"),
        ("  - name: A\n    url: https://a.example/rss\n  - name: a\n    url: https://b.example/rss\n",
         "feeds[1] 'a': name: already used by feeds[0]"),
    ],
)  # fmt: skip
def test_each_mistake_is_named_by_file_entry_and_field(
    tmp_path: Path, entry: str, expected: str
) -> None:
    path = write(tmp_path, "feeds:\n" + entry)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    message = str(error.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('digest:\n  title: "Monitor\\r\\nBcc: x@evil.example"\n', "digest.title"),
        ('digest:\n  title: "Monitor\\a"\n', "digest.title"),
        ('digest:\n  title: "Monitor\\u2028daily"\n', "digest.title"),
        ('digest:\n  recipients: ["Ana\\N <ana@example.org>"]\n', "digest.recipients"),
        ('email:\n  host: 127.0.0.1\n  from: "Monitor\\v <m@example.org>"\n', "email.from"),
    ],
    ids=["crlf-in-title", "bell-in-title", "line-separator-in-title", "nel-in-recipient",
         "vertical-tab-in-sender"],
)  # fmt: skip
def test_a_value_bound_for_an_email_header_is_one_line(
    tmp_path: Path, text: str, field: str
) -> None:
    """A line break in a header value would either add a header or, refused by the email
    package at send time, leave that date's digest unsendable for good."""
    path = write(tmp_path, "feeds: []\n" + text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    message = str(error.value)
    assert message.startswith(f"{path}: {field}: ")
    assert "\n" not in message and "\r" not in message


def test_yaml_that_is_not_plain_data_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "feeds: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(ConfigError, match="not plain YAML data"):
        load_config(path)


def test_top_level_must_be_a_mapping_and_keys_known(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="expected a mapping"):
        load_config(write(tmp_path, "- just\n- a list\n"))
    with pytest.raises(ConfigError, match="fedds: unknown key"):
        load_config(write(tmp_path, "fedds: []\n"))


def test_missing_file_says_how_to_point_at_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found .*MONITOR_CONFIG"):
        load_config(tmp_path / "nope.yaml")


def test_cli_reports_bad_config_in_one_line_and_exits_1(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "feeds:\n  - name: A\n    url: https://a.example/rss\n    interval: 1\n")
    result = cli("fetch")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "interval: must be at least 15" in lines[0]
    assert not (tmp_path / "monitor.db").exists()  # nothing else happened


def test_shipped_feeds_yaml_is_valid() -> None:
    config = load_config(Path(__file__).parents[1] / "feeds.yaml")
    assert 8 <= len(config.feeds) <= 15
    assert all(not feed.is_local for feed in config.feeds)


@pytest.mark.parametrize("name", ["\n", "Taipei\nTimes", "Focus\rTaiwan", "\t"])
def test_an_entry_named_with_a_line_break_is_still_named_in_one_line(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(json.dumps({"feeds": [{"name": name}]}), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    message = str(raised.value)
    assert message.startswith(str(path)) and message.isprintable(), message
