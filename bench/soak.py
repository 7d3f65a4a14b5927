"""Soak: memory of a long-running service over many passes of text it has never seen.

    .venv/bin/python bench/soak.py [--passes 12] [--items 150] [--no-zone]

Real news adds names, numbers and typos every day, and spaCy's vocabulary keeps every string
it meets unless a memory zone frees it. Each pass here writes a feed of `items` articles made
of corpus passages sprinkled with words that never occurred before, and runs it through the
service's own code path (`pipeline.poll`, as `Service.fetch_feed` calls it) in this process.
It prints the resident memory and the size of spaCy's string store after each pass: both
should be flat once the first passes have warmed up. `--no-zone` runs the same passes with
the memory zone switched off, to show what it saves.
"""

import argparse
import random
import string
import tempfile
from contextlib import nullcontext
from pathlib import Path
from xml.sax.saxutils import escape

from common import passages


def novel_word(rng: random.Random) -> str:
    shape = rng.choice(["Name", "name", "num", "code"])
    letters = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 10)))
    if shape == "Name":
        return letters.capitalize()
    if shape == "num":
        return f"{rng.randint(1000, 9_999_999):,}"
    if shape == "code":
        return f"{letters[:2].upper()}-{rng.randint(10, 999)}"
    return letters


def feed(pass_number: int, items: int, texts: list[str], rng: random.Random) -> bytes:
    entries = []
    for i in range(items):
        words = texts[(pass_number * items + i) % len(texts)].split()
        for _ in range(len(words) // 8):  # one word in eight is new to the vocabulary
            words.insert(rng.randrange(len(words)), novel_word(rng))
        text = " ".join(words)
        entries.append(
            f"<item><guid>p{pass_number}-{i}</guid><title>{escape(text[:90])}</title>"
            f"<description>{escape(text)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Soak</title>'
        + "".join(entries)
        + "</channel></rss>"
    ).encode()


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=12)
    parser.add_argument("--items", type=int, default=150)
    parser.add_argument("--no-zone", action="store_true", help="Switch the memory zone off.")
    args = parser.parse_args()

    from monitor.archive.store import open_db
    from monitor.config import load_config
    from monitor.nlp.english import default_pipeline
    from monitor.pipeline import poll

    nlp = default_pipeline().nlp
    if args.no_zone:
        nlp.memory_zone = lambda *a, **k: nullcontext()  # type: ignore[method-assign]
    work = Path(tempfile.mkdtemp(prefix="monitor-soak-"))
    feed_path = work / "soak.rss"
    (work / "feeds.yaml").write_text(f"feeds:\n  - name: Soak\n    url: {feed_path}\n")
    config = load_config(work / "feeds.yaml")
    db = open_db(work / "monitor.db")
    texts, rng = passages(), random.Random(7)
    print(f"{'pass':>4} {'articles':>8} {'RSS MB':>8} {'strings':>9}")
    for number in range(1, args.passes + 1):
        feed_path.write_bytes(feed(number, args.items, texts, rng))
        (report,) = poll(config, db.conn, force=True)
        print(f"{number:>4} {report.new_articles:>8} {rss_mb():>8.0f} {len(nlp.vocab.strings):>9}")


if __name__ == "__main__":
    main()
