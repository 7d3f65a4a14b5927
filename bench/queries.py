"""Queries over a 100,000-article archive: FTS search (as `monitor search` runs it) and building
a digest (as `monitor digest` does), p50 and p95, with the peak memory of each.

    .venv/bin/python bench/queries.py [--articles 100000]

The archive is synthesised from the theme corpus (titles, texts, themes, entities, incursions
over 120 days) straight into SQLite, since analysing 100,000 articles is bench/e2e.py's job.
"""

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import passages

SEARCHES = ['"Taiwan Strait"', "ADIZ", "semiconductor OR TSMC", "coast guard Kinmen",
            "Kishi", "joint statement", "missile*", "Japan Taiwan agreement", "drills NOT typhoon",
            "Senkaku"]  # fmt: skip


def build(path: Path, count: int) -> None:
    from monitor.archive.store import open_db

    db = open_db(path)
    rng = random.Random(7)
    texts = passages()
    entity_ids = ["taiwan", "japan", "china", "adiz", "pla", "nobuo-kishi", "taiwan-strait",
                  "senkaku-islands", "tsmc", "kinmen"]  # fmt: skip
    now = datetime.now(UTC)
    with db.atomic():
        for feed in range(50):
            db.execute(
                "INSERT INTO feeds (name, url, config_url, created_utc) VALUES (?, ?, ?, ?)",
                [f"Feed {feed}", f"https://f{feed}.example/rss", f"https://f{feed}.example/rss",
                 "2026-01-01T00:00:00Z"],
            )  # fmt: skip
        for entity in entity_ids:
            db.execute("INSERT INTO entities (id, name, type, in_kb) VALUES (?, ?, 'GPE', 1)",
                       [entity, entity.replace("-", " ").title()])  # fmt: skip
    batch = 5000
    for start in range(0, count, batch):
        with db.atomic():
            for n in range(start, min(start + batch, count)):
                text = texts[n % len(texts)]
                when = now - timedelta(minutes=rng.randrange(120 * 24 * 60))
                stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
                article = f"a{n:07d}"
                db.execute(
                    "INSERT INTO articles (id, feed_id, guid, link, title, summary, summary_html, "
                    "language, published_utc, fetched_utc, analysis_status, off_topic) "
                    "VALUES (?, ?, ?, ?, ?, ?, '', 'en', ?, ?, 'analyzed', ?)",
                    [article, n % 50 + 1, article, f"https://x.example/{n}",
                     f"{text.split('. ')[0][:100]} #{n}", text, stamp, stamp, n % 3 == 0],
                )  # fmt: skip
                for theme in ("cooperation", "security"):
                    tagged = rng.random() < 0.4
                    db.execute(
                        "INSERT INTO article_themes VALUES (?, ?, ?, ?, ?, '1')",
                        [article, theme, 0.9 if tagged else 0.1, int(tagged), '["pla", "adiz"]'],
                    )
                for entity in rng.sample(entity_ids, 3):
                    db.execute(
                        "INSERT INTO article_entities VALUES (?, ?, 2, '[\"x\"]', 10)",
                        [article, entity],
                    )
                if rng.random() < 0.02:
                    db.execute(
                        "INSERT INTO incursions (article_id, day, count, what, zone, evidence) "
                        "VALUES (?, ?, ?, 'aircraft', 'ADIZ', 'x')",
                        [article, stamp[:10], rng.randrange(5, 40)],
                    )
    db.close()


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return f"p50 {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"


def bench_search(path: Path) -> list[float]:
    from click.testing import CliRunner

    from monitor.cli.main import main

    runner = CliRunner()
    samples = []
    for _ in range(5):
        for query in SEARCHES:
            started = time.perf_counter()
            result = runner.invoke(main, ["search", query, "--db", str(path), "--json", "-n", "20"])
            samples.append(time.perf_counter() - started)
            assert result.exit_code == 0, result.output
    return samples


def bench_digest(path: Path) -> list[float]:
    from monitor.archive.store import open_db
    from monitor.config import DigestConfig
    from monitor.digest.build import build_digest
    from monitor.digest.render import render_html, render_text

    db = open_db(path)
    config = DigestConfig(timezone="Asia/Tokyo", watch=("ADIZ", "Nobuo Kishi"))
    samples = []
    today = datetime.now(UTC)
    for back in range(6):
        end = today - timedelta(days=back)
        started = time.perf_counter()
        digest = build_digest(db, config, date.today(), (end - timedelta(days=1), end))
        render_text(digest)
        render_html(digest)
        samples.append(time.perf_counter() - started)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--part", choices=["search", "digest"], help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        samples = bench_search(args.db) if args.part == "search" else bench_digest(args.db)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"samples": samples, "peak_mb": peak}))
        return
    import subprocess

    path = Path(tempfile.mkdtemp(prefix="monitor-bench-")) / "archive.db"
    started = time.perf_counter()
    build(path, args.articles)
    print(f"{args.articles:,} articles synthesised in {time.perf_counter() - started:.0f} s "
          f"({path.stat().st_size / 1e6:.0f} MB)\n")  # fmt: skip
    for part, label in (
        ("search", "FTS search, 20 hits"),
        ("digest", "digest build (1 day, ~830 articles)"),
    ):
        out = subprocess.run([sys.executable, __file__, "--part", part, "--db", str(path)],
                             capture_output=True, text=True, check=True)  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{label:40} {percentiles(result['samples'])}   peak {result['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
