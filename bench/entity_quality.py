"""Entity-linking quality on the two evaluation sets in tests/data/.

    .venv/bin/python bench/entity_quality.py

`entity_eval.jsonl` was written with the knowledge base; `entity_eval_blind.jsonl` by another
hand that never ran the linker. The test suite pins floors on both.
"""

from pathlib import Path

from monitor.evaluation import evaluate_entities

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"

for name in ("entity_eval.jsonl", "entity_eval_blind.jsonl"):
    scores = evaluate_entities(DATA / name)
    print(name, scores.summary())
    for passage, entity in scores.misses:
        print(f"  missed {entity} in {passage}")
