"""Passages written for the classes a set missed (`written_for` in a theme corpus) train the
weights but choose no threshold: they are picked for being what the model got wrong, so
cross-validated with the rest they pull a threshold where no sample of the news asks for it
(theme_thresholds.sample_thresholds)."""

import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from monitor.json_lines import json_lines
from monitor.nlp.cjk_themes import LANGUAGES, corpus_path, folded_corpus
from monitor.nlp.themes import CORPUS_PATH, Example, ThemeModel, load_corpus, train

CJK_SETS = Path(__file__).parent / "data" / "cjk"
ENGLISH_SETS = Path(__file__).parent / "data" / "blind"
PARTNERSHIP_WORDS = re.compile(r"cooperat|partner|joint|exchange|agree", re.IGNORECASE)


def _fit(examples: list[Example]) -> ThemeModel:
    # Characters of one and two and 100 passages: the mechanism is the subject, and this fits
    # in seconds where the shipped features on the whole corpus take minutes; the held-out
    # figures are no subject either, so ten test passages make them.
    words = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    held = [example for example in folded_corpus("ja") if example.split == "test"][:10]
    return train(examples, held, 0, words)


def test_passages_written_for_a_sets_misses_train_the_weights_but_move_no_threshold() -> None:
    corpus = [example for example in folded_corpus("ja") if example.split == "train"]
    sample = [example for example in corpus if not example.written_for][:100]
    targeted = [example for example in corpus if example.written_for == "blind32"]
    assert len(targeted) == 40
    alone = _fit(sample)
    marked = _fit(sample + targeted)
    unmarked = _fit(sample + [replace(example, written_for="") for example in targeted])
    assert marked.thresholds == alone.thresholds
    assert unmarked.thresholds != alone.thresholds  # what the marking prevents
    assert marked.meta["training_examples"] == len(sample) + len(targeted)
    assert not np.array_equal(marked.coefficients["security"], alone.coefficients["security"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_corpus_passage_written_for_a_set_names_a_cjk_set_of_its_language(
    language: str,
) -> None:
    lines = json_lines(corpus_path(language))
    written_for = {json.loads(line).get("written_for", "") for _, line in lines} - {""}
    # A set ("blind34") or a range of sets whose misses the passages answer ("blind20-34").
    for name in written_for:
        first, _, last = name.partition("-")
        named = [first] + ([f"blind{last}"] if last else [])
        assert all((CJK_SETS / f"{language}-{set_}.jsonl").exists() for set_ in named), name
    loaded = {example.written_for for example in folded_corpus(language)} - {""}
    assert loaded == written_for


def test_the_non_negative_cooperation_models_threshold_is_chosen_on_the_sample_alone() -> None:
    # Security stories told in a partnership's words and labelled security alone, the class
    # passages are written for when the model adds cooperation to security stories: marked,
    # they must move neither the first model's thresholds nor the second's.
    corpus = [example for example in load_corpus() if example.split == "train"]
    sample, rest = corpus[:200], corpus[200:]
    friendly = [
        example
        for example in rest
        if example.labels == {"cooperation": 0, "security": 1}
        and len(PARTNERSHIP_WORDS.findall(example.text)) >= 3
    ][:30]
    held = [example for example in load_corpus() if example.split == "test"][:10]

    def thresholds(examples: list[Example]) -> tuple[dict[str, float], float]:
        model = train(examples, held, 0)
        assert model.security_cooperation is not None
        return model.thresholds, model.security_cooperation.threshold

    alone = thresholds(sample)
    marked = thresholds(sample + [replace(e, written_for="blind101") for e in friendly])
    unmarked = thresholds(sample + friendly)
    assert marked == alone
    assert unmarked[1] != alone[1]  # what the marking prevents


def test_an_english_corpus_passage_written_for_a_set_names_an_english_blind_set() -> None:
    records = [json.loads(line) for _, line in json_lines(CORPUS_PATH)]
    written_for = {record.get("written_for", "") for record in records} - {""}
    assert all((ENGLISH_SETS / f"{name}.jsonl").exists() for name in written_for)
    # written for a set's misses, they train the weights and hold nothing out
    assert {r["split"] for r in records if r.get("written_for")} <= {"train"}
    assert {e.written_for for e in load_corpus()} - {""} == written_for
