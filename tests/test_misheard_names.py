"""Automatic captions mishear people's names into English words of like sound: "lie ching day"
(Lai Ching-te), "is shiba" (Ishiba), "taka ichi" (Takaichi), "tsai ing when", "hou you ih",
"joe jung tie". An analyst searching the archive for Lai Ching-te finds such a transcript; the
stored surface is what the caption wrote, and English said aloud stays English."""

from hypothesis import given
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.caption_case import caption_names, read_captions
from monitor.nlp.kb import default_kb
from monitor.nlp.misheard_names import misheard_name_edits

KB = default_kb()
CAPTION = (
    "[00:00:01] the activity comes days after president lie ching day returned from the pacific\n"
    "[00:00:05] beijing had vowed to respond and calls lie a separatist\n"
    "[00:00:09] former president tsai ing when and new taipei mayor hou you ih were there\n"
    "[00:00:14] premier joe jung tie said prime minister is shiba had called\n"
    "[00:00:18] and in tokyo taka ichi led in the first round of the party vote\n"
)


def test_misheard_names_in_a_caption_are_linked_as_written() -> None:
    found = {m.text: m.entity_id for m in mentions(CAPTION, "2025-09-20")}
    assert found["lie ching day"] == "lai-ching-te"
    assert found["lie"] == "lai-ching-te"
    assert found["tsai ing when"] == "tsai-ing-wen"
    assert found["hou you ih"] == "hou-yu-ih"
    assert found["joe jung tie"] == "cho-jung-tai"
    assert found["is shiba"] == "shigeru-ishiba"
    # A family name alone is linked only beside its bearer's full name; it is spelt all the same.
    assert "Takaichi led in the first round" in read_captions(CAPTION, KB).text
    for mention in mentions(CAPTION, "2025-09-20"):
        assert CAPTION[mention.start : mention.end] == mention.text


def test_english_said_aloud_is_no_name() -> None:
    text = (
        "[00:00:01] but i don't think here is where they lie about it\n"
        "[00:00:05] and the k m t says so\n"
        "[00:00:09] it was ko when jay who said it\n"
    )
    read = read_captions(text, KB).text
    assert "But I don't think here is where they lie about it" in read
    assert "And the K M T says so" in read
    assert "Ko Wen-je" in read


NAMES = caption_names(KB)
ENGLISH = [w for w in sorted(NAMES.common) if w not in NAMES.people.words][:3000:7]


@given(st.lists(st.sampled_from(ENGLISH), max_size=30))
def test_a_line_of_english_words_alone_names_nobody(words: list[str]) -> None:
    assert misheard_name_edits(" ".join(words), 0, NAMES.people, NAMES.common) == []
