"""`monitor entities add` writes the user's knowledge-base file, which every later run reads: what
was added reads back exactly, or nothing is written and one line names the field."""

import shlex
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.cli.entities import suggestion
from monitor.cli.main import main
from monitor.errors import ConfigError
from monitor.nlp.kb import parse_kb_yaml
from monitor.nlp.kbfile import add_entity, made_id

HAND_EDITED = """\
# Names our desk follows (kept by hand)
version: 1
entities:
  - id: desk-one  # the first we added
    name: "Desk: One"
    type: TERM
    aliases: ['yes', "~"]
"""

names = st.text(min_size=1, max_size=40)


@settings(max_examples=60)
@given(name=names, aliases=st.lists(names, max_size=3), description=names)
@example(name="Nel\x85Pasted", aliases=[], description="d")
@example(name="!!python/object:os.system", aliases=["- x", "#x", "null", "no"], description="~")
@example(name="\ufeffBOM", aliases=["a: b", "'q'", '"q"', "x" * 3000], description="%x")
@example(name="Zed\udcffname", aliases=[], description="an argument that was not UTF-8")
def test_what_is_added_reads_back_exactly_or_is_refused_and_nothing_is_lost(
    name: str, aliases: list[str], description: str
) -> None:
    aliases = [alias for alias in dict.fromkeys(aliases) if alias != name]
    with tempfile.TemporaryDirectory() as folder:
        mine = Path(folder) / "entities.yaml"
        mine.write_text(HAND_EDITED, encoding="utf-8")
        entry = {"id": "added", "name": name, "type": "TERM", "aliases": aliases,
                 "description": description}  # fmt: skip
        try:
            add_entity(mine, entry)
        except ConfigError as refused:
            assert len(str(refused).splitlines()) == 1
            assert str(refused).split(": ")[1] in {"name", "aliases", "description"}
            assert mine.read_text(encoding="utf-8") == HAND_EDITED
            return
        text = mine.read_text(encoding="utf-8")
        first, added = parse_kb_yaml(text.encode("utf-8"), mine).entities
    assert (added.name, list(added.aliases), added.description) == (name, aliases, description)
    assert (first.name, first.aliases) == ("Desk: One", ("yes", "~"))
    assert "# Names our desk follows" in text and "# the first we added" in text


def test_a_name_pasted_with_a_line_break_character_is_refused_naming_the_field(
    tmp_path: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    """U+0085 (NEL) from a web page used to be written into the file and read back as a space,
    so the entity never linked the name it was added under."""
    mine = tmp_path / "mine.yaml"
    (tmp_path / "feeds.yaml").write_text(f"feeds: []\nknowledge_base: {mine}\n")
    result = cli("entities", "add", "Harbour\x85Watch", "--type", "ORG")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {mine}: name: 'Harbour\\x85Watch' holds U+0085, not part of one line of "
        "text; nothing was added"
    ]
    assert not mine.exists()


def test_a_name_in_han_script_or_with_whole_latin_letters_gets_an_id(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """`entities unknown` suggests Japanese and Chinese names too; their add command failed on
    an id pattern the user never typed, and "Ægir Østby" became "gir-stby"."""
    mine = tmp_path / "mine.yaml"
    (tmp_path / "feeds.yaml").write_text(f"feeds: []\nknowledge_base: {mine}\n")
    assert cli("entities", "add", "海巡新署", "--type", "ORG").exit_code == 0
    assert cli("entities", "add", "Ægir Østby", "--type", "PERSON").exit_code == 0
    added = parse_kb_yaml(mine.read_bytes(), mine).entities
    assert [entity.name for entity in added] == ["海巡新署", "Ægir Østby"]
    assert added[0].id.startswith("entity-") and added[1].id == "aegir-ostby"


def test_a_made_id_never_takes_one_an_entity_has() -> None:
    """An entry with a shipped id replaces the shipped entity: an id the user did not type must
    never do that."""
    assert made_id("Naval Watch", {"naval-watch"}) == "naval-watch-2"
    assert made_id("Naval Watch", {"naval-watch", "naval-watch-2"}) == "naval-watch-3"


@settings(max_examples=25)
@given(name=st.text(min_size=1, max_size=25), spellings=st.lists(st.text(max_size=25), max_size=3))
@example(name="-Dash Corps", spellings=["-Dash Corps", "the -Dash"])
@example(name="Lai\nChing-\u2028te", spellings=["Lai  Ching-te\x00"])
def test_the_suggested_add_command_adds_what_it_suggests_or_is_one_line(
    name: str, spellings: list[str]
) -> None:
    """`entities unknown` takes names from feed text; its command, run as the shell would run
    it, adds the suggested name and aliases or says in one line why not (a usage error, exit 2,
    for a name starting with "-", was how it failed)."""
    suggested = suggestion(name, "ORG", [name, *spellings])
    words = shlex.split(suggested["add_command"])
    assert words[:3] == ["monitor", "entities", "add"]
    with tempfile.TemporaryDirectory() as folder:
        mine = Path(folder) / "mine.yaml"
        (Path(folder) / "feeds.yaml").write_text(f"feeds: []\nknowledge_base: {mine}\n")
        env = {"MONITOR_CONFIG": str(Path(folder) / "feeds.yaml")}
        result = CliRunner().invoke(main, words[1:], env=env)
        assert result.exit_code in (0, 1), result.output
        if result.exit_code == 1:
            assert len(result.stderr.strip().splitlines()) == 1
            return
        (added,) = parse_kb_yaml(mine.read_bytes(), mine).entities
    assert added.name == words[-1] and list(added.aliases) == suggested["suggested_aliases"]
