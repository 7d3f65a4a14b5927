"""bench/theme_blind_thresholds.py: thresholds chosen on blind passages move where a score becomes
a tag and nothing else, and the non-negative model's is chosen on security stories alone."""

import importlib.util
import sys

from conftest import ROOT

from monitor.nlp.themes import Example, load_model
from monitor.vocabulary import THEMES

sys.path.insert(0, str(ROOT / "bench"))  # the script imports theme_errors beside it
_spec = importlib.util.spec_from_file_location(
    "theme_blind_thresholds", ROOT / "bench" / "theme_blind_thresholds.py"
)
assert _spec and _spec.loader
blind_thresholds = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(blind_thresholds)

SECURITY_STORIES = [
    ("Navies of Japan and the Philippines sign a pact to patrol the Bashi Channel together.", 1),
    ("Defence ministers of Tokyo and Canberra agree to share radar data on PLA flights.", 1),
    ("Twenty-two PLA aircraft crossed the median line on Tuesday, Taipei's ministry said.", 0),
    ("Chinese coast guard ships entered the waters off the Senkakus for a third day.", 0),
    ("Beijing fired four ballistic missiles into the sea east of Taiwan during drills.", 0),
    # military talks between rivals are security only (docs/annotation-guide.md)
    (
        "The US and Chinese defence ministers met in Singapore and agreed to keep talking"
        " to avoid clashes at sea.",
        0,
    ),
]
# Deals with no cross-border partnership are neither, though they read like cooperation to the
# non-negative model: chosen on them, its threshold would climb to leave them untagged.
DOMESTIC_DEALS = [
    "Sony and Panasonic signed an agreement to merge their television units in Osaka.",
    "Tokyo and Osaka signed a memorandum to share their subway ticketing systems.",
    "Kaohsiung and Tainan city councils agreed to cooperate on a joint tourism campaign.",
]


def _passage(number: int, text: str, cooperation: int, security: int) -> object:
    labels = {"cooperation": cooperation, "security": security}
    return blind_thresholds.Passage(
        f"blind1-a-{number:03}", "blind-1", "mixed", "", Example(text, labels, "test")
    )


def _security_passages() -> list[object]:
    return [_passage(i, text, both, 1) for i, (text, both) in enumerate(SECURITY_STORIES)]


def test_passages_not_labelled_security_never_move_the_second_models_threshold() -> None:
    """The non-negative model decides cooperation only in a security story, so stories of
    anything else, however high it scores them, choose nothing for it."""
    model = load_model()
    alone = blind_thresholds.choose_thresholds(model, _security_passages())
    others = [_passage(100 + i, text, 0, 0) for i, text in enumerate(DOMESTIC_DEALS)]
    with_others = blind_thresholds.choose_thresholds(model, _security_passages() + others)

    assert with_others.second == alone.second
    candidate = blind_thresholds.with_thresholds(model, alone)
    tags = candidate.score([text for text, _ in SECURITY_STORIES])
    assert [int("cooperation" in r.tags) for r in tags] == [both for _, both in SECURITY_STORIES]


def test_a_candidate_keeps_the_shipped_scores_and_tags_by_its_own_thresholds() -> None:
    """Only where a score becomes a tag moves: a candidate that tags nothing still gives every
    text the shipped model's scores, and halfway lies between the two sets of thresholds."""
    shipped = load_model()
    texts = [text for text, _ in SECURITY_STORIES] + DOMESTIC_DEALS
    never = blind_thresholds.Thresholds({theme: 1.01 for theme in THEMES}, 1.01)
    candidate = blind_thresholds.with_thresholds(shipped, never)

    before, after = shipped.score(texts), candidate.score(texts)

    assert [r.tags for r in after] == [()] * len(texts)
    assert any(r.tags for r in before)
    assert [r.scores["security"] for r in after] == [r.scores["security"] for r in before]
    middle = blind_thresholds.halfway(blind_thresholds.thresholds_of(shipped), never)
    assert middle.second == round((shipped.security_cooperation.threshold + 1.01) / 2, 3)
    assert all(shipped.thresholds[t] < middle.first[t] < 1.01 for t in THEMES)
