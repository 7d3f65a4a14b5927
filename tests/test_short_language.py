"""Short texts of a feed that declares no language: an English headline among this domain's
names is analysed as English, names alone are no evidence of another language, and headlines in
the other Latin-script languages stay theirs."""

import json
import random
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.cli.main import main
from monitor.nlp.language import article_language

LANGUAGE_DATA = Path(__file__).parent / "data" / "language"
# Places and people of the region as English copy names them, each in the knowledge base.
REGION_NAMES = [
    "Lai Ching-te", "Lin Chia-lung", "Ishiba", "Taipei", "Kinmen", "Matsu", "Penghu", "Hualien",
    "Kaohsiung", "Tainan", "Keelung", "Yonaguni", "Ishigaki", "Okinawa", "Naha",
]  # fmt: skip
# Words of English headlines, the short function words many languages share among them.
ENGLISH_WORDS = [
    "he", "she", "they", "met", "envoys", "visits", "coast", "guard", "ships", "drills", "near",
    "after", "ferry", "talks", "says", "warns", "over", "new", "fishing", "boats", "leaves",
    "arrives", "storm", "port", "in", "on", "at", "with", "to", "from",
]  # fmt: skip


def headlines(code: str) -> list[str]:
    """Headlines written for the project in the shapes feed items have (tests/data/language)."""
    return (LANGUAGE_DATA / f"{code}.txt").read_text(encoding="utf-8").splitlines()


def analysed(text: str) -> dict[str, object]:
    record = json.dumps({"title": "", "text": text})
    result = CliRunner().invoke(main, ["analyze", "--jsonl"], input=record + "\n")
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def test_a_two_sentence_english_item_among_names_is_analysed_for_its_names() -> None:
    found = analysed("Lai Ching-te in Taipei. He met envoys.")
    assert found["language"] == "en"
    assert {e["canonical"] for e in found["entities"]} >= {"Lai Ching-te", "Taipei"}  # type: ignore[attr-defined]
    assert found["themes"]


def test_a_text_of_one_name_repeated_is_analysed_not_dropped_as_french() -> None:
    found = analysed(" ".join(["Taipei"] * 20_000))
    assert found["language"] == "en"
    assert found["entities"] and found["themes"]


@settings(max_examples=40)
@given(
    names=st.lists(st.sampled_from(REGION_NAMES), min_size=1, max_size=6),
    words=st.lists(st.sampled_from(ENGLISH_WORDS), min_size=1, max_size=12, unique=True),
    order=st.randoms(use_true_random=False),
)
def test_any_short_sentence_of_the_regions_names_and_english_words_is_read_as_english(
    names: list[str], words: list[str], order: random.Random
) -> None:
    tokens = names + words
    order.shuffle(tokens)
    text = " ".join(tokens + REGION_NAMES[: max(0, 5 - len(" ".join(tokens).split()))])
    assert 5 <= len(text.split()) <= 30
    assert article_language(None, text)[0] in ("en", None), text


OTHER_LANGUAGES = ("de", "es", "fr", "id", "pt", "tl", "vi")


def test_every_headline_in_another_language_stays_it_with_names_side_by_side_or_not() -> None:
    for code in OTHER_LANGUAGES:
        for number, headline in enumerate(headlines(code)):
            names = " ".join(REGION_NAMES[(number + k * 5) % len(REGION_NAMES)] for k in range(3))
            for text in (headline, f"{headline} ({names})"):
                assert article_language(None, text)[0] == code, text


@settings(max_examples=40)
@given(
    st.sampled_from(OTHER_LANGUAGES).flatmap(
        lambda code: st.tuples(st.just(code), st.sampled_from(headlines(code)))
    ),
    st.lists(st.sampled_from(REGION_NAMES), min_size=1, max_size=3, unique=True),
    st.booleans(),
)
def test_names_of_the_region_added_to_another_languages_headline_leave_it_that_language(
    written: tuple[str, str], names: list[str], as_dateline: bool
) -> None:
    code, headline = written
    run = " ".join(names)
    text = f"{run.upper()} — {headline}" if as_dateline else f"{headline} ({run})"
    assert article_language(None, text)[0] == code, text
