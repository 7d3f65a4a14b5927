"""Files monitor rewrites (feeds.yaml, the knowledge base, `export --out`): what the name stood
for before the write still stands for it after, and gets the new text."""

import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli.main import main
from monitor.files import open_for_writing, write_text_atomically


def test_a_symlinked_file_keeps_its_link_and_its_target_gets_the_text(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    (dotfiles / "feeds.yaml").write_text("feeds: []\n", encoding="utf-8")
    link = tmp_path / "feeds.yaml"
    link.symlink_to(dotfiles / "feeds.yaml")
    write_text_atomically(link, "feeds: [one]\n")
    assert link.is_symlink()
    assert (dotfiles / "feeds.yaml").read_text(encoding="utf-8") == "feeds: [one]\n"
    assert sorted(p.name for p in dotfiles.iterdir()) == ["feeds.yaml"]  # no temporary left


def test_a_rewritten_file_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "feeds.yaml"
    shared.write_text("feeds: []\n", encoding="utf-8")
    shared.chmod(0o644)  # read by a service running as another user
    write_text_atomically(shared, "feeds: [one]\n")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_a_file_name_as_long_as_a_name_can_be_is_written(tmp_path: Path) -> None:
    longest = tmp_path / ("n" * 250 + ".csv")
    write_text_atomically(longest, "a,b\n")
    assert longest.read_text(encoding="utf-8") == "a,b\n"


def test_a_fifo_is_fed_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "to-jq"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(
        target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True
    )
    reader.start()
    write_text_atomically(fifo, '{"title": "Drills"}\n')
    reader.join(timeout=30)
    assert received == ['{"title": "Drills"}\n']
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_an_open_descriptor_is_written_to(tmp_path: Path) -> None:
    """`--out /dev/stdout` or a shell's `>(...)`: a rename would put a plain file in place of
    the device (root could replace /dev/stdout itself) and the reader would get nothing."""
    read_end, write_end = os.pipe()
    try:
        with open_for_writing(Path(f"/dev/fd/{write_end}")) as stream:
            stream.write("one line\n")
        os.close(write_end)
        write_end = -1
        assert os.read(read_end, 100) == b"one line\n"
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    kept = tmp_path / "month.csv"
    kept.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), open_for_writing(kept) as stream:
        stream.write("half")
        raise RuntimeError("interrupted")
    assert kept.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["month.csv"]


def test_export_out_to_a_directory_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "x.db"),
                                       "--out", str(tmp_path)])  # fmt: skip
    assert result.exit_code == 2
    assert "is a directory" in result.output


def test_a_retrained_theme_model_behind_a_symlink_keeps_its_link(tmp_path: Path) -> None:
    """`monitor train` renamed its new model over the user's symlink (a model kept on a shared
    disk), so the next training there went unseen by every other machine."""
    from monitor.nlp.themes import MODEL_PATH, load_model, save_model

    model = load_model(MODEL_PATH)
    shared = tmp_path / "shared"
    shared.mkdir()
    link = tmp_path / "themes.npz"
    link.symlink_to(shared / "themes.npz")
    save_model(model, link)
    assert link.is_symlink() and (shared / "themes.npz").is_file()
    assert load_model(link).vocabulary == model.vocabulary
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared", "themes.npz"]
