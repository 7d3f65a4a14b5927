"""The tokenizer keeps the words of the first articles a process reads (tokenizer_cache.py): the
same article reads the same before and after, and the vocabulary stops growing once they are
learned. One pipeline of its own, so what other tests read before does not count."""

import random
import string

import pytest
from spacy.tokens import Doc

from monitor.nlp.english import Pipeline, load_pipeline
from monitor.nlp.kb import default_kb
from monitor.nlp.tokenizer_cache import LEARNED_STRINGS

# Runs the affix rules split ("(Taiwan's", "MQ-9B.", "line.[31]", "Press)--Beijing") beside
# words that split alone.
STORY = (
    "TOKYO (Jiji Press)--Beijing sent 14 aircraft, the ministry said.\n\n"
    "The flights (Taiwan's count) crossed the median line.[31] Two MQ-9B. drones "
    "and the PLA Navy's ships followed, said Defense Minister Wellington Koo."
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return load_pipeline(default_kb())


def _read(
    pipeline: Pipeline, text: str, made: list[Doc] | None = None
) -> tuple[list[str], list[tuple[str, str, str]]]:
    with pipeline.nlp.memory_zone():
        (doc,) = pipeline.process([text], made=made or [])
        return [t.text for t in doc], [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_an_article_reads_alike_before_and_after_its_words_are_learned(
    pipeline: Pipeline,
) -> None:
    before = _read(pipeline, STORY)
    made = pipeline.learn_words([STORY])  # its Doc, split outside the zone, is read as it is
    assert len(made) == 1
    assert _read(pipeline, STORY, made) == before
    assert _read(pipeline, STORY) == before  # split again, now from the tokenizer's cache
    assert ("Wellington Koo", "PERSON", "wellington-koo") in before[1]


def test_the_vocabulary_stops_growing_once_the_first_articles_are_learned(
    pipeline: Pipeline,
) -> None:
    rng = random.Random(5)

    def novel_article() -> str:  # two hundred words never seen before
        return " ".join("".join(rng.choices(string.ascii_lowercase, k=9)) for _ in range(200))

    strings = pipeline.nlp.vocab.strings
    for _ in range(40):
        pipeline.learn_words([novel_article()])
    assert len(strings) <= pipeline.strings_at_load + LEARNED_STRINGS + 200
    learned = len(strings)
    pipeline.learn_words(novel_article() for _ in range(10))
    assert len(strings) == learned


def test_the_tokenizer_read_from_the_models_file_splits_as_spacys_own_loading(
    pipeline: Pipeline,
) -> None:
    """The tokenizer is built unset and read whole from the model's file (english.py), not
    built from the language's defaults first: the same rules, so the same words."""
    import spacy

    from monitor.nlp.english import UNNEEDED, _split_dashes_and_citation_marks

    package = pipeline.model.split()[0]
    shipped = spacy.load(package, exclude=UNNEEDED)
    _split_dashes_and_citation_marks(shipped)
    assert pipeline.nlp.tokenizer.to_bytes(exclude=["vocab"]) == shipped.tokenizer.to_bytes(
        exclude=["vocab"]
    )
    assert [t.text for t in pipeline.nlp.make_doc(STORY)] == [
        t.text for t in shipped.make_doc(STORY)
    ]
