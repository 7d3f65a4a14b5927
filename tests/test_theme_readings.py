"""bench/theme_readings.py: the readings of cooperation in a security story measured against the
bar change only what they say they change."""

import importlib.util
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))  # the script imports theme_errors beside it
_spec = importlib.util.spec_from_file_location(
    "theme_readings", ROOT / "bench" / "theme_readings.py"
)
assert _spec and _spec.loader
readings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(readings)

from monitor.nlp.themes import default_theme_model  # noqa: E402

DRILL = (
    "The defence ministry said 21 Chinese military aircraft and seven navy ships operated around "
    "Taiwan in the 24 hours to 6 a.m. on Tuesday. "
)
LEAD = "Taiwan's Central Weather Administration warned of heavy rain in the south this week. "


@pytest.mark.parametrize("sentences", [1, 7, 19, 40])
def test_windows_keep_every_sentence_in_order(sentences: int) -> None:
    text = DRILL * sentences
    found = readings.windows(text, 100)
    assert " ".join(found).split() == text.split()
    # every window but the last reaches the size; none but a lone one is under half of it
    assert all(len(w.split()) >= 100 for w in found[:-1])
    assert len(found) == 1 or len(found[-1].split()) >= 50


@pytest.mark.parametrize(
    "text",
    [
        LEAD * 3,  # no security story: the readings never look at it
        DRILL + "Japan and Taiwan signed a memorandum on disaster relief and coast-guard rescue.",
    ],
)
def test_a_short_story_reads_as_the_shipped_model_reads_it(text: str) -> None:
    model = default_theme_model()
    shipped = model.score([text])[0]
    for name in ("main-subject", "length-scaled"):
        read = readings.ReadModel(model, readings.READINGS[name]).score([text])[0]
        assert read.tags == shipped.tags, name


REPORT = [
    "Taiwan's defence ministry said it tracked 32 Chinese military aircraft and nine navy ships "
    "around the island on Tuesday, 21 of them crossing the median line of the Taiwan Strait.",
    "The Eastern Theater Command said its forces rehearsed blockade operations and strikes on key "
    "ports, with destroyers, frigates and amphibious ships taking part.",
    "Japan's Joint Staff said two Chinese carriers sailed east of Yonaguni, launching fighters and "
    "helicopters while Self-Defense Force jets scrambled to monitor them.",
    "Analysts said the drills were larger than last year's and tested the People's Liberation "
    "Army's ability to cut off sea lanes and air routes.",
    "The coast guard said four China Coast Guard vessels entered restricted waters off Kinmen for "
    "the second time this week, shadowed by Taiwanese patrol boats.",
    "Missile units on the mainland coast were placed on alert, and rocket forces fired long-range "
    "rockets into zones east of Pingtan, according to state media.",
    "In Manila, Japanese and Philippine officials signed a memorandum on coast-guard training and "
    "disaster relief last month.",
    "Taipei scrambled fighters, broadcast radio warnings and deployed land-based missile systems "
    "to track the ships, the ministry said in its daily report.",
    "Military officials said the PLA's new landing barges had been seen near Zhangzhou, which "
    "could help an amphibious force put armour ashore.",
    "The drills came a day after President Lai's speech, which Beijing called provocative; its "
    "defence ministry warned of a firm response to separatists.",
    "Defence experts said deterrence depended on dispersed anti-ship missiles, sea mines and "
    "drones that could survive a first strike on airbases.",
    "In Tokyo, the defence minister said Japan was watching the exercises with grave concern and "
    "had raised its alert level in the southwestern islands.",
    "Satellite images showed bombers and tankers at airbases in Fujian, and a radar station on a "
    "reef in the South China Sea appeared to have been expanded.",
]


def test_a_long_drill_report_with_a_passing_memorandum_loses_cooperation() -> None:
    """Cooperation must be the subject: one sentence of a memorandum signed elsewhere, in a
    300-word report of drills, is a mention; the shipped path tags it, length-scaled does not."""
    model = default_theme_model()
    text = "Chinese drills around Taiwan\n\n" + " ".join(REPORT)
    shipped = model.score([text])[0]
    assert shipped.tags == ("cooperation", "security")
    read = readings.ReadModel(model, readings.READINGS["length-scaled"]).score([text])[0]
    assert read.tags == ("security",)
