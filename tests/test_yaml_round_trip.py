"""feeds.yaml as monitor rewrites it (`feeds add`, `feeds import`) and as other programs write it:
every later run reads back exactly what was written, or one line says what and nothing changes;
and the OPML export reads back, through `feeds import`, as the feeds it came from."""

import io
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.config import load_config
from monitor.errors import ConfigError
from monitor.ingest.feedsfile import add_feeds
from monitor.ingest.opml import read_opml, write_opml
from monitor.xml_text import xml_text
from monitor.yaml_data import safe_yaml


def yaml_text(data: object) -> str:
    """`data` as another program's YAML writer puts it."""
    buffer = io.StringIO()
    safe_yaml().dump(data, buffer)
    return buffer.getvalue()


KEPT = (
    "# our desk's feeds\nfeeds:\n  - name: Desk Wire  # the first\n    url: https://w.example/rss\n"
)


def test_a_name_and_tag_pasted_with_line_separators_read_back_as_added(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """NEL (U+0085) and U+2028 were written unquoted or single-quoted, where YAML reads them as
    line breaks: the feed came back named "Harbour Log" and its alerts by name found nothing."""
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(KEPT, encoding="utf-8")
    added = cli("feeds", "add", "https://h.example/rss", "--name", "Harbour\x85Log",
                "--tag", "sea\u2028lanes")  # fmt: skip
    assert added.exit_code == 0, added.stderr
    feed = load_config(feeds).feeds[1]
    assert (feed.name, feed.tags) == ("Harbour\x85Log", ("sea\u2028lanes",))
    assert "# our desk's feeds" in feeds.read_text(encoding="utf-8")


def test_a_feeds_file_another_program_wrote_with_a_number_like_name_loads(
    tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    """PyYAML writes the names "._" and "0x_" unquoted; the YAML reader took them for numbers,
    failed to convert them, and every command ended in a ValueError traceback."""
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "feeds:\n- name: ._\n  url: https://a.example/rss\n"
        "- name: 0x_\n  url: https://b.example/rss\n  tags:\n  - -._\n",
        encoding="utf-8",
    )
    assert [(f.name, f.tags) for f in load_config(feeds).feeds] == [("._", ()), ("0x_", ("-._",))]
    listed = cli("feeds", "list", "--json")
    assert "Traceback" not in listed.output and "ValueError" not in listed.output


@settings(max_examples=60)
@given(name=st.text(min_size=1, max_size=30), tags=st.lists(st.text(min_size=1, max_size=10)))
@example(name="Q\x85name", tags=["a\u2028b", "c\u2029d"])
@example(name="yes", tags=["null", "~", "- x", "#x", "!!python/object:os.system", "._"])
def test_feeds_add_reads_back_as_added_or_changes_nothing(name: str, tags: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        feeds = Path(folder) / "feeds.yaml"
        feeds.write_text(KEPT, encoding="utf-8")
        try:
            add_feeds(feeds, [{"name": name, "url": "https://n.example/rss", "tags": tags}])
        except ConfigError as refused:
            assert len(str(refused).splitlines()) == 1
            assert feeds.read_text(encoding="utf-8") == KEPT
            return
        first, added = load_config(feeds).feeds
        text = feeds.read_text(encoding="utf-8")
    assert (added.name, list(added.tags)) == (name, tags)
    assert first.name == "Desk Wire" and "# the first" in text


def test_a_tag_opml_cannot_hold_is_refused_in_one_line_naming_the_feed(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """OPML separates categories with commas and their levels with slashes: the tag "us/japan"
    came back from an export as the two tags "us" and "japan"."""
    (tmp_path / "feeds.yaml").write_text(
        "feeds:\n  - name: Alliance Watch\n    url: https://a.example/rss\n    tags: [us/japan]\n",
        encoding="utf-8",
    )
    result = cli("feeds", "export")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'feeds.yaml'}: feeds[0] 'Alliance Watch': tags: ('us/japan',) would "
        "come back from OPML as ('japan', 'us'); change it in feeds.yaml to export"
    ]


@settings(max_examples=60)
@given(name=st.text(min_size=1, max_size=30), tags=st.lists(st.text(min_size=1, max_size=10)),
       path=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x2FFF), max_size=12))  # fmt: skip
@example(name="Alliance Watch", tags=["us/japan", "a,b", " padded "], path="")
def test_an_opml_export_imports_back_as_its_feeds_or_is_refused(
    name: str, tags: list[str], path: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        feeds = Path(folder) / "feeds.yaml"
        entry = {"name": name, "url": f"https://n.example/{path}", "tags": tags}
        feeds.write_text(yaml_text({"feeds": [entry]}), encoding="utf-8")
        try:
            config = load_config(feeds)
            opml = Path(folder) / "feeds.opml"
            opml.write_text(write_opml(config), encoding="utf-8")
        except ConfigError as refused:
            assert len(str(refused).splitlines()) == 1
            return
        (back,) = read_opml(opml)
    (feed,) = config.feeds
    # The characters XML 1.0 cannot hold are left out (case 172); nothing else changes.
    assert back.name == (xml_text(feed.name) or feed.url) and back.url == feed.url
    assert set(back.tags) == {xml_text(tag) for tag in feed.tags} - {""}
