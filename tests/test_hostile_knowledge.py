"""The analyst's own knowledge base as hostile input: what `monitor entities add` is given, and
a file edited by hand into anything a file can be. Whatever it holds, fetch, analyze and
reanalyze still run with the shipped knowledge base, and a faulty file is named in one line.

Each test names, in its docstring, what the code before this audit (e1a4ec14) did, as observed
by running the test against it.
"""

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import item, rss, write_config
from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.cli.main import main
from monitor.nlp.kb import KB_PATH, knowledge_base, load_kb
from monitor.nlp.names import fold

TEXT = "Lai Ching-te met the Zorbland envoy in Taipei."


def bomb(path: Path) -> None:
    """A billion laughs: nine levels of ten aliases each, a billion entries once expanded."""
    lines = ["version: 1", "l0: &l0 [{id: zorbland, name: Zorbland, type: GPE}]"]
    lines += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, 10)]
    path.write_text("\n".join([*lines, "entities: *l9"]) + "\n")


def nested(path: Path) -> None:
    path.write_text("version: 1\nentities: " + "[" * 100_000 + "]" * 100_000 + "\n")


def duplicate_key(path: Path) -> None:
    path.write_text(
        "version: 1\nentities:\n  - {id: zorbland, name: Zorbland, name: Zorb, type: GPE}\n"
    )


def wrong_types(path: Path) -> None:
    path.write_text("version: 1\nentities:\n  - {id: [zorbland], name: 7, type: SHIP}\n")


def nameless(path: Path) -> None:
    path.write_text(
        "version: 1\nentities:\n  - {id: zorbland, name: Zorbland, type: GPE, aliases: ['  ', '?!']}\n"
    )


def common_word(path: Path) -> None:
    path.write_text(
        "version: 1\nentities:\n  - {id: zorbland, name: Zorbland, type: GPE, aliases: [a]}\n"
    )


def huge(path: Path) -> None:
    with path.open("w") as out:
        out.write("version: 1\nentities:\n")
        out.writelines(f"  - {{id: e{n}, name: Entity {n}, type: ORG}}\n" for n in range(120_000))


HAND_EDITS: dict[str, Callable[[Path], None]] = {
    "billion laughs": bomb, "100,000 levels": nested, "duplicate key": duplicate_key,
    "wrong types": wrong_types, "no letter": nameless, "a common word": common_word, "5 MB": huge,
    "directory": os.mkdir, "fifo": os.mkfifo,
}  # fmt: skip


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    (tmp_path / "wire.rss").write_bytes(rss(item("k1", TEXT, "https://news.example/1")))
    return write_config(
        tmp_path / "feeds.yaml", [{"name": "Wire", "url": str(tmp_path / "wire.rss")}]
    )


@pytest.mark.parametrize("edit", HAND_EDITS.values(), ids=HAND_EDITS.keys())
def test_a_faulty_hand_edited_file_is_named_and_the_shipped_base_still_links(
    tmp_path: Path,
    wire: Path,
    cli,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    edit: Callable[[Path], None],
) -> None:
    """Before: a FIFO there held fetch, analyze and reanalyze waiting for ever; 100,000 nested
    brackets ended each in "unexpected error: RecursionError"; every other mistake stopped them
    with one line, so one hand edit stopped the archive's every pass until it was mended."""
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    mine = tmp_path / "data" / "entities.yaml"
    mine.parent.mkdir()
    edit(mine)
    analyzed = CliRunner().invoke(main, ["analyze"], input=TEXT)
    results = (analyzed, cli("fetch", "--no-alerts"), cli("reanalyze"))
    assert [result.exit_code for result in results] == [0, 0, 0], results[0].output
    # Said once per process, and these three share one (each is its own in life).
    said = [line for result in results for line in result.stderr.splitlines() if str(mine) in line]
    assert len(said) == 1 and said[0].endswith(
        "your additions are left out, the shipped ones apply"
    )
    assert "stored 1" in results[1].stderr or "1 new articles" in results[1].stderr
    linked = {m["id"] for m in json.loads(analyzed.stdout)["entities"]}
    assert {"lai-ching-te", "taipei"} <= linked and "zorbland" not in linked
    refused = cli("entities", "add", "Quillmark", "--type", "GPE")
    assert refused.exit_code == 1 and str(mine) in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    doctor = cli("doctor")
    assert f"knowledge base\tfail\t{mine}: " in doctor.stdout


NAMES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "\t", "?", "x", ".*", "[a-z]+", "&a *a", "- x", "key: value",
                     "null", "~", "Taiwan", "Taipei", "ROC", "a" * 5000, "Rev\u202eersed"]),
)  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(name=NAMES, aliases=st.lists(NAMES, max_size=3), kind=st.sampled_from(["GPE", "SHIP"]))
@example(name="Zorbland", aliases=["Taiwan"], kind="GPE")  # a shipped entity's name
@example(name="   ", aliases=[], kind="GPE")
def test_whatever_is_added_the_base_loads_and_shipped_names_still_link(
    name: str, aliases: list[str], kind: str
) -> None:
    """Before: a name of spaces was added, and every name of no letter or digit ("?", "...")
    then "already named" that entity, its folded key being empty."""
    with tempfile.TemporaryDirectory() as folder:
        mine = Path(folder) / "entities.yaml"
        (Path(folder) / "feeds.yaml").write_text(f"feeds: []\nknowledge_base: {mine}\n")
        options = [word for alias in aliases for word in ("--alias", alias)]
        result = CliRunner().invoke(
            main, ["entities", "add", "--type", kind, *options, "--", name],
            env={"MONITOR_CONFIG": str(Path(folder) / "feeds.yaml")},
        )  # fmt: skip
        assert result.exit_code in (0, 1, 2), result.output
        if result.exit_code:
            assert result.exit_code == 2 or len(result.stderr.strip().splitlines()) == 1
            assert not mine.exists()
            return
        kb = load_kb(KB_PATH, mine)
    assert kb.lookup(fold("Taipei")) == "taipei" and kb.lookup(fold("Lai Ching-te"))
    (added,) = set(kb.entities) - set(load_kb(KB_PATH).entities)
    assert kb.lookup(fold(name)) == added and fold(name)


@pytest.mark.parametrize("alias", ["a", "the", "Of The", "A"])
def test_an_alias_of_common_words_is_refused_saying_why(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    alias: str,
) -> None:
    """Before (robustAK's finding): `--alias a` was added, and every "a" in every article became
    a mention of the entity ("Japan sent a ship to a port" named it twice); `--alias the` was
    refused as having "no letter or digit"."""
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    refused = cli("entities", "add", "Harbour Authority X", "--type", "ORG", "--alias", alias)
    assert refused.exit_code == 1
    (line,) = refused.stderr.strip().splitlines()
    assert repr(alias) in line and "only common English words" in line
    assert not (tmp_path / "data" / "entities.yaml").exists()
    kept = cli("entities", "add", "Harbour Authority X", "--type", "ORG", "--alias", "HAX")
    assert kept.exit_code == 0, kept.stderr
    analyzed = CliRunner().invoke(main, ["analyze"], input="Japan sent a ship to a port. HAX said.")
    mentions = [m["text"] for m in json.loads(analyzed.stdout)["entities"]
                if m["canonical"] == "Harbour Authority X"]  # fmt: skip
    assert mentions == ["HAX"]


def test_the_file_feeds_yaml_names_is_the_one_analyze_links_with(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by robustAO: with `knowledge_base:` in feeds.yaml, `entities add` wrote there and
    `fetch` linked with it, but `monitor analyze` read the data directory's file only, so the
    entity just added came out as an unknown name ("gpe:zorbland") and a mistake in that file
    was never named. Now analyze reads the same file, and names it when it cannot."""
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    mine = tmp_path / "my-entities.yaml"
    (tmp_path / "wire.rss").write_bytes(rss(item("k1", TEXT, "https://news.example/1")))
    config = write_config(tmp_path / "feeds.yaml", [{"name": "Wire", "url": str(tmp_path / "wire.rss")}])  # fmt: skip
    config.write_text(config.read_text() + f"knowledge_base: {mine}\n")
    env = {"MONITOR_CONFIG": str(config), "MONITOR_DB": str(tmp_path / "monitor.db")}
    runner = CliRunner()
    added = runner.invoke(main, ["entities", "add", "Zorbland", "--type", "GPE"], env=env)
    assert added.exit_code == 0 and str(mine) in added.stderr
    analyzed = runner.invoke(main, ["analyze"], input=TEXT, env=env)
    assert "zorbland" in {m["id"] for m in json.loads(analyzed.stdout)["entities"]}
    assert runner.invoke(main, ["fetch", "--no-alerts"], env=env).exit_code == 0
    linked = runner.invoke(main, ["entities", "--json"], env=env)
    assert "zorbland" in {row["id"] for row in json.loads(linked.stdout)}
    mine.write_text("version: 1\nentities: [\n")
    knowledge_base.cache_clear()  # each command is its own process in life
    faulty = runner.invoke(main, ["analyze"], input=TEXT, env=env)
    assert faulty.exit_code == 0
    (said,) = [line for line in faulty.stderr.splitlines() if str(mine) in line]
    assert said.endswith("your additions are left out, the shipped ones apply")
