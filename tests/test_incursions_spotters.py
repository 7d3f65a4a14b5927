"""Spotters' posts and features count the jets they photograph beside the ministry's report:
Taiwan's, American or Japanese types ("six F-15Cs", "two USAF KC-46As", "two F-CK-1 Ching-kuo
fighters") are no craft around Taiwan, and the ministry's total stays the day's figure. Written
for these tests in the shapes of the blind-56 passages; the real spaCy model and pipeline."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import facts_at

THURSDAY = datetime(2026, 7, 16, 10, 0, tzinfo=UTC)
REPORT = (
    "Taiwan's MND reported 14 Chinese aircraft and seven ships around Taiwan in the 24 hours to "
    "6 a.m. Thursday."
)
TOTALS = [
    (7, "navy vessels", "around Taiwan", "Taiwan", "2026-07-16"),
    (14, "aircraft", "around Taiwan", "Taiwan", "2026-07-16"),
]


def test_taiwans_own_jets_on_a_highway_strip_leave_the_ministrys_total() -> None:
    text = (
        "Han Kuang from the roadside\n\nOn Thursday you will have seen four F-16Vs, two Mirage "
        "2000-5s and two F-CK-1 Ching-kuo fighters landing on the Jiadong highway strip. " + REPORT
    )
    assert facts_at(text, THURSDAY) == TOTALS


def test_allied_tankers_and_transports_are_no_fact() -> None:
    text = (
        "What did appear were the tankers: at least two USAF KC-46As and a KC-135R, which left "
        "Hickam on Monday. Japan sent two Kawasaki C-2s carrying a JGSDF team to Laoag. " + REPORT
    )
    assert facts_at(text, THURSDAY) == TOTALS


def test_a_chinese_type_beside_a_foreign_one_still_counts() -> None:
    text = (
        "We counted six F-15Cs from the 18th Wing on the line this morning. The MND says two "
        "J-10s entered the southwestern corner of Taiwan's ADIZ today."
    )
    assert facts_at(text, THURSDAY) == [(2, "aircraft", "ADIZ", "Taiwan", "2026-07-16")]


@settings(max_examples=12, deadline=None)
@given(
    count=st.sampled_from(["two", "four", "six", "12"]),
    craft=st.sampled_from(["F-16Vs", "F-15Cs", "KC-46As", "P-8As", "E-2Ks", "AH-64Es", "C-2s"]),
)
def test_no_count_of_a_foreign_type_displaces_the_total(count: str, craft: str) -> None:
    text = f"Spotters at Chiayi saw {count} {craft} take off on Thursday morning. " + REPORT
    assert facts_at(text, THURSDAY) == TOTALS


def test_a_number_inside_a_type_is_not_the_count_a_further_day_repeats() -> None:
    text = (
        "The MND said two Y-8 anti-submarine aircraft entered the southwestern ADIZ on Thursday, "
        "and one more on Friday, keeping the run of single-digit days going."
    )
    assert facts_at(text, datetime(2021, 7, 10, 9, 0, tzinfo=UTC)) == [
        (1, "aircraft", "ADIZ", "Taiwan", "2021-07-09"),
        (2, "aircraft", "ADIZ", "Taiwan", "2021-07-08"),
    ]


@settings(max_examples=10, deadline=None)
@given(word=st.sampled_from(["the", "of"]))
def test_a_doubled_small_word_reads_as_written_once(word: str) -> None:
    once = "Nineteen of the sorties crossed the median line and entered the ADIZ, it said."
    doubled = once.replace(f" {word} ", f" {word} {word} ", 1)
    lede = "The MND said it had detected 27 sorties by PLA aircraft around Taiwan on Thursday. "
    assert facts_at(lede + doubled, THURSDAY) == facts_at(lede + once, THURSDAY)
    assert (19, "aircraft", "median line", "Taiwan", "2026-07-16") in facts_at(
        lede + once, THURSDAY
    )


WATCHERS = ["a coast guard patrol aircraft", "two patrol planes", "a P-3C aircraft", "three ships"]
WATCHING = ["spotted", "photographed", "tracked", "detected"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(WATCHERS), st.sampled_from(WATCHING))
def test_the_craft_that_watched_are_no_craft_sighted(watchers: str, watching: str) -> None:
    text = (
        "TOKYO (Kyodo) -- The Foreign Ministry lodged a protest with China. The buoy, which "
        f"carries a Chinese flag, was {watching} by {watchers} on Sunday, about 80 kilometers "
        "from Yonaguni Island."
    )
    assert facts_at(text, THURSDAY) == []


def test_watchers_beside_a_report_leave_its_total() -> None:
    text = REPORT + " Two of the ships were shadowed by three Taiwanese navy vessels."
    assert facts_at(text, THURSDAY) == TOTALS


@settings(max_examples=10, deadline=None)
@given(
    verb=st.sampled_from(["shadowed them", "tracked the Chinese ships", "escorted the flotilla"]),
    watchers=st.sampled_from(["two cutters", "three patrol vessels", "a frigate and two ships"]),
)
def test_the_craft_a_watcher_follows_with_are_its_own(verb: str, watchers: str) -> None:
    text = REPORT + f" The navy {verb} with {watchers}, the ministry added."
    assert facts_at(text, THURSDAY) == TOTALS


@settings(max_examples=8, deadline=None)
@given(
    base=st.sampled_from(["the F-16Vs of the 455th Wing", "the base's F-CK-1 fighters"]),
    count=st.sampled_from(["four jets", "two fighters", "six aircraft"]),
)
def test_jets_counted_after_a_foreign_type_is_watched_are_that_types(base: str, count: str) -> None:
    text = (
        f"Families on the levee at Chiayi came to watch {base} on Thursday and saw more than "
        f"the usual circuits: {count} took off in quick succession, afterburners lit. " + REPORT
    )
    assert facts_at(text, THURSDAY) == TOTALS


def test_jets_that_entered_a_zone_after_a_foreign_type_are_still_counted() -> None:
    text = (
        "Taiwan's F-16Vs scrambled on Thursday after 12 aircraft entered the ADIZ, the latest "
        "Chinese show of force."
    )
    assert facts_at(text, THURSDAY) == [(12, "aircraft", "ADIZ", "Taiwan", "2026-07-16")]


@settings(max_examples=8, deadline=None)
@given(
    place=st.sampled_from(
        [
            "off China's Fujian province",
            "in the lee of Pingtan island",
            "at the port of Xiamen",
            "off the Chinese coast",
        ]
    )
)
def test_warships_seen_on_chinas_own_coast_are_no_craft_around_taiwan(place: str) -> None:
    text = (
        "Image shows warships massed off Fujian as MND counts 7 PLA vessels\n\nA commercial "
        "satellite image taken on Wednesday and posted by a hobbyist in Tainan shows at least "
        f"five grey-hulled warships anchored {place}, a stretch of coast from which the PLA has "
        "staged drills aimed at Taiwan.\n\nThe image is not sharp enough to identify the "
        "ships.\n\nOn Thursday, Taiwan's Ministry of National Defense said 7 PLA Navy vessels "
        "had been detected around Taiwan in the preceding 24 hours, along with 14 aircraft."
    )
    assert facts_at(text, THURSDAY) == TOTALS


def test_missiles_fired_from_chinas_coast_still_count() -> None:
    text = "The ministry said the PLA fired six missiles from Fujian into waters around Taiwan."
    assert facts_at(text, THURSDAY) == [(6, "missiles", "around Taiwan", "Taiwan", "2026-07-16")]


@settings(max_examples=4, deadline=None)
@given(event=st.sampled_from(["live-fire drills off Zhejiang", "naval exercises near Xiamen"]))
def test_drills_on_chinas_own_coast_leave_the_ministrys_total(event: str) -> None:
    text = (
        "Taiwan's defence ministry said on Thursday it had tracked 14 Chinese aircraft and seven "
        f"ships in the 24 hours to 6 a.m., as Beijing announced {event}."
    )
    assert facts_at(text, THURSDAY) == TOTALS
