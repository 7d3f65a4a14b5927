"""Automatic captions and speech-to-text transcripts write names in lower case ("president lai
ching-te", "the pla", "a d i z"). An analyst searching the archive for Guam, the PLA or Ishiba
finds such a transcript as they find wire copy, and the stored surface is what the caption wrote.
Copy written with capitals is read as it always was."""

from hypothesis import given
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.caption_case import cased_captions
from monitor.nlp.kb import default_kb

KB = default_kb()
CAPTION = (
    "[00:00:00] taiwan says it detected more than forty chinese warplanes around the island\n"
    "[00:00:07] eleven of them flew into the southwest corner of its a d i z\n"
    "[00:00:14] the pla also sent h-6k bombers past guam and okinawa\n"
    "[00:00:20] it comes days after ishiba met trump and the k m t chair in tokyo\n"
)


def linked(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, "2025-03-04")}


def test_names_and_spelt_initials_in_a_caption_are_linked_as_written() -> None:
    found = linked(CAPTION)
    assert found["guam"] == "guam"
    assert found["pla"] == "pla"
    assert found["a d i z"] == "adiz"
    assert found["k m t"] == "kmt"
    assert found["ishiba"] == "shigeru-ishiba"
    for mention in mentions(CAPTION, "2025-03-04"):
        assert CAPTION[mention.start : mention.end] == mention.text


def test_a_caption_with_capitalised_labels_is_read_cased_all_the_same() -> None:
    text = (
        "Strait Talk ep. 12 (auto-generated transcript)\n"
        "Speaker 1 (00:00:04): so the mnd says the pla sent ships near kinmen again\n"
        "Speaker 2 (00:00:09): and the coast guard followed them all day\n"
    )
    cased = cased_captions(text, KB)
    assert "So the mnd says the PLA sent ships near Kinmen again" in cased
    assert cased.startswith("Strait Talk ep. 12 (auto-generated transcript)\nSpeaker 1")
    assert linked(text)["kinmen"] == "kinmen"


def test_english_words_that_are_also_initials_stay_words() -> None:
    text = "[00:00:01] the plan may let us see the navy cap the plan\n[00:00:04] and lie about it\n"
    assert cased_captions(text, KB) == (
        "[00:00:01] The plan may let us see the navy cap the plan\n[00:00:04] And lie about it\n"
    )


def test_a_one_word_name_opening_an_unknown_name_is_not_that_place() -> None:
    text = "[00:00:01] and wellington coo said the drills near guam were a warning\n"
    cased = cased_captions(text, KB)
    assert "wellington coo" in cased
    assert "Guam" in cased


def test_text_written_with_capitals_is_read_as_written() -> None:
    wire = (
        "TAIPEI (CNA) — Taiwan's defense ministry said 12 aircraft entered the ADIZ.\n"
        "the report, released on Monday, said the ships left by noon\n"
        "Ministry spokesman Sun Li-fang said the planes were tracked.\n"
    )
    assert cased_captions(wire, KB) == wire


def test_a_table_of_daily_figures_is_no_caption() -> None:
    table = (
        "China's week around Taiwan\n"
        "Monday (Oct 20): 12 aircraft, 6 ships\n"
        "Tuesday (Oct 21): 26 aircraft (17 crossed median line), 8 ships\n"
        "Wednesday (Oct 22): 9 aircraft, 7 ships, 1 balloon\n"
    )
    assert cased_captions(table, KB) == table


@given(st.text(alphabet=st.sampled_from("abiklmnpdzgu ßİ.?\n[]0:'-"), max_size=300))
def test_only_letters_case_changes_and_every_offset_stays(text: str) -> None:
    cased = cased_captions(text, KB)
    assert len(cased) == len(text)
    assert all(c == t or c == t.upper() for c, t in zip(cased, text, strict=True))


@given(st.lists(st.sampled_from(["Taiwan", "said", "the", "pla", "guam", "Ishiba", "a", "d"])))
def test_lines_that_open_with_a_capital_are_never_changed(words: list[str]) -> None:
    text = "\n".join(f"Line {i} " + " ".join(words) for i in range(3))
    assert cased_captions(text, KB) == text


def test_the_corpus_teaches_common_words_only_from_lines_written_with_capitals() -> None:
    """The theme corpus holds evaluation sets in captions' and notes' voices ("the pla sent
    jets near kinmen", "[Reuters](https://www.reuters.com)"): their lower-case names must not
    become English words, or a caption's "kinmen" would stay uncased and unlinked."""
    from monitor.nlp.caption_case import _common_words

    common = _common_words()
    assert {"the", "ministry", "coast", "guard", "plan"} <= common
    assert not {"kinmen", "pla", "adiz", "ishiba", "takaichi", "reuters", "nikkei"} & common
