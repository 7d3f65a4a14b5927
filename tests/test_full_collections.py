"""Python's full garbage collections during an analysis: each walked every object the analysis
keeps and freed none, so they are run rarely; the cycles an article leaves still go."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A fresh process, so that no other test's analysis has brought a full collection near.
SCRIPT = """
import gc, json, sys
from pathlib import Path
from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.english import default_pipeline
from monitor.nlp.evaluation import load_passages

passages = [p for path in sorted(Path("tests/data/dev").glob("dev-*.jsonl"))[:3]
            for p in load_passages(path)]
items = [TextToAnalyse(p.id, p.text, "en", p.published) for p in passages]
default_pipeline()
collections = {0: [], 1: [], 2: []}
gc.callbacks.append(
    lambda phase, info: phase == "stop"
    and collections[info["generation"]].append(info["collected"])
)
found = analyse(items)
print(json.dumps({"analysed": len(found), "collections": collections}))
"""


def test_a_batch_of_330_passages_is_analysed_with_no_full_collection() -> None:
    # Before: two full collections in these 36,000 words, each walking about a hundred
    # thousand objects the analysis keeps and freeing none of them.
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout)
    assert seen["analysed"] == 330
    assert seen["collections"]["2"] == []
    # The young generations are collected as before, and free the analysis's cycles.
    assert sum(seen["collections"]["0"] + seen["collections"]["1"]) > 0
