"""How short texts of a feed that declares no language are read, under each candidate rule.

    PYTHONPATH=. .venv/bin/python bench/short_language.py [--per-shape 1500]

A feed item is often a headline and a sentence or two. English ones come from the project's
corpora and the sets a change may read (the theme corpus, the development, regression and
blind-1 … blind-135 sets: a title, a title and the first sentence, the first sentence), 5 to 40
words, split into those that name a place or person of the knowledge base and those that do
not; other Latin-script languages from tests/data/language/ (headlines written for the project,
forty a language); Japanese and Chinese from the CJK development and blind parts (blind …
blind45): a title or the first sentence.

"main" is main's rule; every other candidate leaves out names side by side in a capitalised
run ("Yonaguni Tainan Lin Chia-lung"), as this branch does, and adds one rule for short texts.
For each candidate the table prints the share of English read as English or None (the pipeline
analyses None as English), of each other language read as itself, and sent to the English
analysis (as English or None: a wasted analysis, nothing lost), and the time per text.
"""

import argparse
import json
import re
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from monitor.json_lines import json_lines
from monitor.nlp.kb import default_kb
from monitor.nlp.language import (
    CANDIDATES,
    ENGLISH_MARKERS,
    _detector,
    article_language,
    plainly_english,
    without_known_names,
)
from monitor.nlp.names import fold

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
LAST_BLIND = 135  # newer English sets are unseen
LAST_CJK_BLIND = 45
# The first sentence: up to a full stop, question or exclamation mark before a space and a
# capital, or a Japanese or Chinese full stop.
_FIRST_SENTENCE = re.compile(r"^.+?(?:[.!?](?=\s+[A-Z\"“‘'])|[。！？]|$)", re.S)
Reader = Callable[[str], str | None]


def first_sentence(text: str) -> str:
    found = _FIRST_SENTENCE.match(text.strip())
    return found[0].strip() if found else text.strip()


def records(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for _, line in json_lines(path)]


def english_sets() -> list[Path]:
    blind = [DATA / "blind" / f"blind-{n}.jsonl" for n in range(1, LAST_BLIND + 1)]
    return [
        DATA / "entity_eval.jsonl",
        DATA / "entity_regression.jsonl",
        *sorted((DATA / "dev").glob("dev-*.jsonl")),
        *(path for path in blind if path.exists()),
    ]


def latin(text: str) -> bool:
    """Written in Latin letters: some passages of the English sets are titled in Japanese."""
    letters = re.findall(r"[^\W\d_]", text)
    return len(re.findall(r"[A-Za-z\u00c0-\u024f]", text)) >= 0.95 * len(letters)


def short(texts: list[str], per_shape: int) -> list[str]:
    kept = [t for t in dict.fromkeys(texts) if 5 <= len(t.split()) <= 40 and latin(t)]
    stride = max(1, len(kept) // per_shape)
    return kept[::stride][:per_shape]


def english_texts(per_shape: int) -> dict[str, list[str]]:
    passages = [r for path in english_sets() for r in records(path)]
    corpus = [r["text"] for r in records(ROOT / "models" / "training" / "themes.jsonl")]
    return {
        "title": short([r.get("title", "") for r in passages], per_shape),
        "title + sentence": short(
            [f"{r['title']}\n\n{first_sentence(r['text'])}" for r in passages if r.get("title")],
            per_shape,
        ),
        "first sentence": short(
            [first_sentence(r["text"]) for r in passages] + [first_sentence(t) for t in corpus],
            per_shape,
        ),
    }


def other_texts() -> dict[str, list[str]]:
    found = {
        path.stem: path.read_text(encoding="utf-8").splitlines()
        for path in sorted((DATA / "language").glob("*.txt"))
    }
    for code in ("ja", "zh"):
        parts = [DATA / "cjk" / f"{code}-dev.jsonl", DATA / "cjk" / f"{code}-blind.jsonl"]
        parts += [DATA / "cjk" / f"{code}-blind{n}.jsonl" for n in range(2, LAST_CJK_BLIND + 1)]
        found[code] = [
            r.get("title") or first_sentence(r["text"])
            for path in parts
            if path.exists()
            for r in records(path)
        ]
    return found


def names_a_known_entity(text: str) -> bool:
    return without_known_names(text, default_kb()) != text


@cache
def distance_detector(distance: float) -> LanguageDetector:
    return (
        LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in CANDIDATES))
        .with_minimum_relative_distance(distance)
        .build()
    )


def code(language: Language | None) -> str | None:
    return language.iso_code_639_1.name.lower() if language else None


def detected(text: str) -> str:
    """What the detector is asked about: the text without the knowledge base's names."""
    return without_known_names(text, default_kb())


def main_without_known_names(text: str) -> str:
    """Main's reading before this branch: a capitalised run left out only when the knowledge base
    knows it whole or knows each of its words, and the text itself when nothing is left."""
    kb = default_kb()

    def known(run: str) -> bool:
        words = [fold(word) for word in run.split()]
        return kb.lookup(fold(run)) is not None or all(
            word in kb.index or word in kb.family_names for word in words
        )

    left = re.sub(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", lambda r: " " if known(r[0]) else r[0], text)
    return left if re.search(r"[^\W\d_]", left) else text


def main_rule(text: str) -> str | None:
    if plainly_english(text):
        return "en"
    return code(_detector().detect_language_of(main_without_known_names(text)))


def names_side_by_side_rule(text: str) -> str | None:
    return "en" if plainly_english(text) else code(_detector().detect_language_of(detected(text)))


def distance_rule(distance: float) -> Reader:
    def read(text: str) -> str | None:
        if plainly_english(text):
            return "en"
        return code(distance_detector(distance).detect_language_of(detected(text)))

    return read


def margin_rule(margin: float, under_words: int) -> Reader:
    def read(text: str) -> str | None:
        if plainly_english(text):
            return "en"
        values = _detector().compute_language_confidence_values(detected(text))
        english = next(v.value for v in values if v.language == Language.ENGLISH)
        if len(text.split()) < under_words and english >= values[0].value - margin:
            return "en"
        return code(values[0].language) if values[0].value > 0 else None

    return read


def floor_rule(floor: float, under_words: int) -> Reader:
    def read(text: str) -> str | None:
        if plainly_english(text):
            return "en"
        values = _detector().compute_language_confidence_values(detected(text))
        english = next(v.value for v in values if v.language == Language.ENGLISH)
        if len(text.split()) < under_words and english >= floor:
            return "en"
        return code(values[0].language) if values[0].value > 0 else None

    return read


def marker_rule(at_least: int) -> Reader:
    def read(text: str) -> str | None:
        words = re.findall(r"[a-z]+", text.lower())
        if plainly_english(text) or sum(w in ENGLISH_MARKERS for w in words) >= at_least:
            return "en"
        return code(_detector().detect_language_of(detected(text)))

    return read


def the_module(text: str) -> str | None:
    return article_language(None, text)[0]


CANDIDATE_RULES: dict[str, Reader] = {
    "main": main_rule,
    "main, names side by side left out": names_side_by_side_rule,
    **{f"min distance {d}": distance_rule(d) for d in (0.1, 0.2, 0.3, 0.5)},
    **{f"en within {m} if <30 words": margin_rule(m, 30) for m in (0.3, 0.4, 0.5, 0.6)},
    **{f"en at least {p} if <30 words": floor_rule(p, 30) for p in (0.1, 0.15, 0.2, 0.25)},
    **{f"{k}+ English markers": marker_rule(k) for k in (1, 2)},
    "this branch (article_language)": the_module,
}


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.1%})" if whole else "-"


def run(per_shape: int) -> None:
    english = english_texts(per_shape)
    named = {
        f"{shape}, {'named' if flag else 'no names'}": [
            t for t in texts if names_a_known_entity(t) == flag
        ]
        for shape, texts in english.items()
        for flag in (True, False)
    }
    others = other_texts()
    every = [t for texts in (*named.values(), *others.values()) for t in texts]
    print(f"English texts: {', '.join(f'{k} {len(v)}' for k, v in named.items())}")
    print(f"other texts: {', '.join(f'{k} {len(v)}' for k, v in others.items())}\n")
    warm_up = [t for texts in (*named.values(), *others.values()) for t in texts[:20]]
    for rule in CANDIDATE_RULES.values():  # load lingua's models before any clock starts
        for text in warm_up:
            rule(text)
    header = ["candidate", "English kept", *named, *(f"{c} itself / to English" for c in others)]
    print(" | ".join(header))
    for name, rule in CANDIDATE_RULES.items():
        started = time.perf_counter()
        read = {t: rule(t) for t in every}
        per_text_ms = 1000 * (time.perf_counter() - started) / len(every)
        kept = [sum(read[t] in ("en", None) for t in texts) for texts in named.values()]
        cells = [share(k, len(texts)) for k, texts in zip(kept, named.values(), strict=True)]
        foreign = [
            f"{sum(read[t] == c for t in texts)} / {sum(read[t] in ('en', None) for t in texts)}"
            f" of {len(texts)}"
            for c, texts in others.items()
        ]
        total = sum(len(texts) for texts in named.values())
        print(" | ".join([name, share(sum(kept), total), *cells, *foreign]), end="")
        print(f" | {per_text_ms:.2f} ms/text")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-shape", type=int, default=1500, help="English texts per shape")
    run(parser.parse_args().per_shape)
