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
from contextlib import closing
from pathlib import Path

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


def archive(tmp_path: Path, count: int) -> dict[str, str]:
    """An archive of `count` stories naming two places no knowledge base holds yet; returns the
    environment that points `monitor` at it and at a data directory of its own."""
    stories = (
        item(f"r{n}", f"Envoys of Zorbland and Quillmark in Taipei, day {n}",
             f"https://news.example/{n}", description="They met Lai Ching-te on Monday.")
        for n in range(count)
    )  # fmt: skip
    (tmp_path / "wire.rss").write_bytes(rss(*stories))
    write_config(tmp_path / "feeds.yaml", [{"name": "Wire", "url": str(tmp_path / "wire.rss")}])
    environment = {**os.environ, "MONITOR_CONFIG": str(tmp_path / "feeds.yaml"),
                   "MONITOR_DB": str(tmp_path / "monitor.db"),
                   "MONITOR_DATA_DIR": str(tmp_path / "data")}  # fmt: skip
    assert run_monitor("fetch", "--no-alerts", env=environment).returncode == 0
    return environment


def with_a_late_feed(env: dict[str, str]) -> None:
    """feeds.yaml gains a second feed with one story."""
    tmp = Path(env["MONITOR_CONFIG"]).parent
    (tmp / "late.rss").write_bytes(
        rss(item("late", "Late story on Kinmen", "https://late.example/1"))
    )
    feeds = [
        {"name": "Wire", "url": str(tmp / "wire.rss")},
        {"name": "Late", "url": str(tmp / "late.rss")},
    ]
    write_config(tmp / "feeds.yaml", feeds)


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
    tmp_path: Path,
) -> None:
    """Ctrl-C, then SIGTERM (as a service manager stops a job), each while `reanalyze` is half
    done. Before: Ctrl-C printed "Aborted!" and SIGTERM nothing at all, neither saying how far
    the work came or what to do."""
    env = archive(tmp_path, ARTICLES)
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
    done = int(said.split("stopped (Ctrl-C or SIGTERM) after ")[1].split()[0])
    after_two = entities(db_path)
    states = each_as_before_or_anew(after_one, after_two, "zorbland", "quillmark")
    assert states == {"as before", "anew"}

    # The run that finishes the job shares the archive with a fetch of a new feed: each writes
    # in short transactions, and neither loses the other's work.
    with_a_late_feed(env)
    running = subprocess.Popen(monitor_command("reanalyze"), cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        fetched = run_monitor("fetch", "--no-alerts", env=env)
        _, said = running.communicate(timeout=600)
    finally:
        if running.poll() is None:
            running.kill()
            running.wait()
    assert fetched.returncode == 0 and "1 new articles, 0 failed" in fetched.stderr, fetched.stderr
    assert running.returncode == 0, said
    # It takes up the stopped run (robustAO): before, it analysed all 401 again.
    assert f"taking up the run stopped before: {ARTICLES - done} articles left" in said
    assert f"analysed {ARTICLES - done} articles again (0 failed)" in said
    final = entities(db_path)
    assert {a: final[a] for a in before} == {
        a: anew(anew(ids, "zorbland"), "quillmark") for a, ids in before.items()
    }
    assert len(final) == ARTICLES + 1


def test_a_reanalysis_killed_halfway_is_finished_by_the_next_without_doing_any_article_twice(
    tmp_path: Path,
) -> None:
    """SIGKILL (the OOM killer, a power cut) while `reanalyze` is half done, then the same
    command. Found by robustAO: nothing was lost, but the next run analysed every article again,
    hours for a large archive; now it does the ones left, and says so."""
    env = archive(tmp_path, ARTICLES)
    db_path = Path(env["MONITOR_DB"])
    assert run_monitor("entities", "add", "Zorbland", "--type", "GPE", env=env).returncode == 0
    process = subprocess.Popen(monitor_command("reanalyze"), cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        wait_until(lambda: linking(db_path, "zorbland") > 0, 300, "the first batch committed")
        process.kill()
    finally:
        process.communicate(timeout=60)
    done = linking(db_path, "zorbland")
    assert 0 < done < ARTICLES
    again = run_monitor("reanalyze", env=env)
    assert again.returncode == 0, again.stderr
    assert f"taking up the run stopped before: {ARTICLES - done} articles left" in again.stderr
    assert f"analysed {ARTICLES - done} articles again (0 failed)" in again.stderr
    assert linking(db_path, "zorbland") == ARTICLES
    # Finished, the next run of it is a run of its own again.
    assert "analysed 401 articles again" in run_monitor("reanalyze", env=env).stderr


def test_a_write_lock_held_past_the_wait_is_one_line_and_the_next_run_stores_all(
    tmp_path: Path,
) -> None:
    """Another process holds the archive's write lock (a long `sqlite3` session, a stuck
    command): `monitor fetch` waits 10 s, then says so in one line, and once the lock is gone the
    next fetch stores what the first could not."""
    env = archive(tmp_path, 1)
    db_path = Path(env["MONITOR_DB"])
    with_a_late_feed(env)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        blocked = run_monitor("fetch", "--no-alerts", env=env)
        holder.execute("ROLLBACK")
    assert blocked.returncode == 1
    assert blocked.stderr.strip().splitlines() == [
        f"Error: {db_path}: another process kept the database locked for more than 10 s; try again"
    ]
    again = run_monitor("fetch", "--no-alerts", env=env)
    assert again.returncode == 0 and "1 new articles, 0 failed" in again.stderr, again.stderr
