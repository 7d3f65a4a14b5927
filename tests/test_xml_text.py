"""Every XML document monitor writes (Atom exports, `monitor serve`'s Atom pages, the OPML of
`feeds export`) is well-formed whatever text reaches it: a feed name from feeds.yaml holding a
control character (a YAML escape, or a form feed pasted with the name), an `--entity` typed
with one. XML 1.0 cannot hold those characters; before, the Atom export failed with
"unexpected error: ValueError" and the OPML export wrote a file no XML reader accepts."""

from pathlib import Path

import feedparser
from conftest import item, rss
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

from monitor.config import load_config
from monitor.digest.atom import digests_atom
from monitor.xml_text import xml_text


# A name as a user may write it in feeds.yaml: a YAML escape for a form feed, one for a bell.
def named_with_controls(url: str) -> str:
    return f'feeds:\n  - name: "Harbour\\x0c Watch\\x07"\n    url: {url}\n'


HARBOUR = rss(item("h1", "Coast guard cutters visit Keelung", "https://harbour.example/1"))


def fetched_with_a_control_in_its_name(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "harbour.xml").write_bytes(HARBOUR)
    (tmp_path / "feeds.yaml").write_text(named_with_controls("harbour.xml"))
    assert cli("fetch").exit_code == 0


def test_an_atom_export_names_an_outlet_whose_name_holds_a_control_character(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    fetched_with_a_control_in_its_name(tmp_path, cli)
    result = cli("export", "--format", "atom")
    assert result.exit_code == 0, result.output
    etree.fromstring(result.stdout_bytes)  # well-formed, or this raises
    (entry,) = feedparser.parse(result.stdout_bytes).entries
    assert entry.author == "Harbour Watch"
    assert entry.title == "Coast guard cutters visit Keelung"


def test_an_atom_export_of_an_entity_typed_with_a_control_character_is_well_formed(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    fetched_with_a_control_in_its_name(tmp_path, cli)
    result = cli("export", "--format", "atom", "--entity", "Keelung\x1b")
    assert result.exit_code == 0, result.output
    etree.fromstring(result.stdout_bytes)


def test_the_opml_export_of_such_a_feed_reads_back(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "feeds.yaml").write_text(named_with_controls("https://harbour.example/rss"))
    exported = cli("feeds", "export").stdout
    etree.fromstring(exported.encode())
    opml = tmp_path / "feeds.opml"
    opml.write_text(exported)
    (tmp_path / "feeds.yaml").write_text("feeds: []\n")
    assert cli("feeds", "import", str(opml)).exit_code == 0
    assert [feed.name for feed in load_config(tmp_path / "feeds.yaml").feeds] == ["Harbour Watch"]


def test_the_digests_feed_holds_a_digest_that_names_such_an_outlet() -> None:
    stored = {
        "date": "2026-11-26",
        "subject": "Daily digest",
        "created_utc": "2026-11-26T07:30:00Z",
        "html": "<p>Coast guard cutters visit Keelung (Harbour\x0c Watch\x07)</p>",
    }
    (entry,) = feedparser.parse(digests_atom([stored], "monitor: daily digests", "d")).entries
    assert "(Harbour Watch)" in entry.content[0].value


@given(st.text())
@example("tab\tline\ncr\rform\x0cnul\x00del\x7fnonchar\ufffe\uffff")
def test_xml_text_is_always_text_an_xml_document_holds(text: str) -> None:
    kept = xml_text(text)
    element = etree.Element("title")
    element.text = kept  # lxml refuses what XML 1.0 cannot hold
    assert etree.fromstring(etree.tostring(element)).text in (
        kept or None,
        kept.replace("\r", "\n"),
    )
