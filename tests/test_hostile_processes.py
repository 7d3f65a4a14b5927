"""`monitor` as processes a user stops, or runs two at a time on one archive: what a reanalysis
stopped halfway leaves, and what two commands that both write leave.

Each test names, in its docstring, what the code before this audit (e1a4ec14) did, as observed
by running the test against it.
"""

import functools
import os
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from conftest import item, rss, write_config
from hostile import ROOT, monitor_command, run_monitor, wait_until

# Three batches of reanalysis.BATCH (200): one is committed when the process is stopped, and the
# next is under way for seconds, so the signal lands mid-work whatever the machine's load.
ARTICLES = 401


def entities(db_path: Path) -> dict[str, frozenset[str]]:
    """Each article's linked entities."""
    with closing(sqlite3.connect(db_path, timeout=60)) as db:
        linked: dict[str, set[str]] = {
            row[0]: set() for row in db.execute("SELECT id FROM articles")
        }
        for article, entity in db.execute("SELECT article_id, entity_id FROM article_entities"):
            linked[article].add(entity)
    return {article: frozenset(ids) for article, ids in linked.items()}


def linking(db_path: Path, entity: str) -> int:
    with closing(sqlite3.connect(db_path, timeout=60)) as db:
        query = "SELECT count(*) FROM article_entities WHERE entity_id = ?"
        return int(db.execute(query, [entity]).fetchone()[0])


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An archive of ARTICLES stories naming two places no knowledge base holds yet; the
    environment that points `monitor` at it and at a data directory of its own."""
    stories = (
        item(f"r{n}", f"Envoys of Zorbland and Quillmark in Taipei, day {n}",
             f"https://news.example/{n}", description="They met Lai Ching-te on Monday.")
        for n in range(ARTICLES)
    )  # fmt: skip
    (tmp_path / "wire.rss").write_bytes(rss(*stories))
    write_config(tmp_path / "feeds.yaml", [{"name": "Wire", "url": str(tmp_path / "wire.rss")}])
    environment = {**os.environ, "MONITOR_CONFIG": str(tmp_path / "feeds.yaml"),
                   "MONITOR_DB": str(tmp_path / "monitor.db"),
                   "MONITOR_DATA_DIR": str(tmp_path / "data")}  # fmt: skip
    assert run_monitor("fetch", "--no-alerts", env=environment).returncode == 0
    yield environment


def anew(ids: frozenset[str], place: str) -> frozenset[str]:
    """An article's entities once the knowledge base holds `place`: its id, not the id of a
    name no base holds."""
    return ids - {f"gpe:{place}"} | {place}


def each_as_before_or_anew(
    before: dict[str, frozenset[str]], after: dict[str, frozenset[str]], *places: str
) -> set[str]:
    """How the articles stand: each exactly as before, or exactly as a knowledge base that
    holds `places` links it; a mix of the two fails."""
    states = set()
    for article, ids in after.items():
        linked_anew = functools.reduce(anew, places, before[article])
        assert ids in (before[article], linked_anew), article
        states.add("as before" if ids == before[article] else "anew")
    return states


def stopped_mid_work(env: dict[str, str], entity: str, signum: int, workers: str) -> str:
    """`monitor reanalyze`, sent `signum` once its first batch shows in the archive and
    before the last; returns what it said."""
    db_path = Path(env["MONITOR_DB"])
    process = subprocess.Popen(
        monitor_command("reanalyze", "--workers", workers), cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        wait_until(lambda: linking(db_path, entity) > 0, 300, "the first batch committed")
        process.send_signal(signum)
        _, said = process.communicate(timeout=300)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 1, said
    return said


def test_a_reanalysis_stopped_halfway_leaves_each_article_whole_and_the_next_finishes(
    env: dict[str, str],
) -> None:
    """Ctrl-C, then SIGTERM (as a service manager stops a job), each while `reanalyze` is half
    done. Before: Ctrl-C printed "Aborted!" and SIGTERM nothing at all, neither saying how far
    the work came or what to do."""
    db_path = Path(env["MONITOR_DB"])
    before = entities(db_path)
    assert run_monitor("entities", "add", "Zorbland", "--type", "GPE", env=env).returncode == 0
    said = stopped_mid_work(env, "zorbland", signal.SIGINT, "1")
    (line,) = said.strip().splitlines()
    assert "stopped (Ctrl-C or SIGTERM) after 200 of 401 articles" in line
    assert "run monitor reanalyze again to finish" in line
    after_one = entities(db_path)
    assert each_as_before_or_anew(before, after_one, "zorbland") == {"as before", "anew"}

    assert run_monitor("entities", "add", "Quillmark", "--type", "GPE", env=env).returncode == 0
    said = stopped_mid_work(env, "quillmark", signal.SIGTERM, "2")
    assert "stopped (Ctrl-C or SIGTERM) after" in said and "Traceback" not in said
    after_two = entities(db_path)
    states = each_as_before_or_anew(after_one, after_two, "zorbland", "quillmark")
    assert states == {"as before", "anew"}

    finished = run_monitor("reanalyze", env=env, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert "analysed 401 articles again (0 failed)" in finished.stderr
    assert entities(db_path) == {
        a: anew(anew(ids, "zorbland"), "quillmark") for a, ids in before.items()
    }
