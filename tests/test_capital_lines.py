"""Diplomatic cables write their heads in capitals: the routing line ("UNCLAS AIT TAIPEI 000731"),
the subject line, the signature ("GREENE"). An analyst who searches the archive for Raymond
Greene, the AIT or Taiwan's foreign ministry finds such a cable as they find wire copy, and the
stored surface is what the cable wrote. Lines written in lower case are read as they always were."""

from hypothesis import given
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.cable_posts import cable_post_country
from monitor.nlp.capital_lines import read_capital_lines
from monitor.nlp.kb import default_kb

KB = default_kb()
CABLE = (
    "UNCLAS AIT TAIPEI 000312\n\n"
    "SIPDIS\n\n"
    "TAGS: PREL, MARR, TW, CH\n"
    "SUBJECT: AIT DIRECTOR GREENE CALLS ON FOREIGN MINISTER LIN CHIA-LUNG\n\n"
    "1. (U) MOFA on March 15 thanked G7 foreign ministers for their communique. The "
    "Presidential Office said the president welcomed the statement.\n\n"
    "2. (SBU) COMMENT: MOFA contacts credit Tokyo for the stronger text. END COMMENT.\n\n"
    "GREENE\n"
)


def linked(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, "2025-03-16")}


def test_a_cable_names_its_people_and_its_posts_bodies_as_written() -> None:
    found = linked(CABLE)
    assert found["AIT"] == "ait"
    assert found["GREENE"] == "raymond-greene"  # the signature and the subject line alike
    assert found["LIN CHIA-LUNG"] == "lin-chia-lung"
    assert found["MOFA"] == "taiwan-mofa"  # a cable from AIT Taipei: Taiwan's ministry
    for mention in mentions(CABLE, "2025-03-16"):
        assert CABLE[mention.start : mention.end] == mention.text


def test_a_subject_line_is_read_as_a_sentence_writes_it() -> None:
    recased = read_capital_lines(CABLE, KB)
    assert "Subject: AIT director Greene calls on foreign minister Lin Chia-lung\n" in recased
    assert "TAGS: PREL, MARR, TW" in recased  # codes keep their capitals
    assert "\nGreene\n" in recased  # the signature is a name
    assert "unclas AIT TAIPEI 000312" in recased  # the post as written, its marking in lower case


def test_a_dateline_on_its_own_line_keeps_its_capitals() -> None:
    text = "TOKYO\n\nJapan's defense ministry said two Chinese drones flew near Yonaguni.\n"
    assert read_capital_lines(text, KB) == text


def test_text_in_capitals_throughout_is_read_as_written() -> None:
    telex = "CHINA SENDS 30 JETS NEAR TAIWAN\nMND SAYS 12 CROSSED THE MEDIAN LINE\n"
    assert read_capital_lines(telex, KB) == telex


def test_the_post_a_cable_is_filed_from_is_its_home() -> None:
    assert cable_post_country("UNCLAS AIT TAIPEI 000731\n\nSIPDIS\n", KB) == "taiwan"
    assert cable_post_country("C O N F I D E N T I A L TOKYO 002655\n", KB) == "japan"
    assert cable_post_country("FM AIT TAIPEI\nTO SECSTATE WASHDC\n", KB) == "taiwan"
    assert cable_post_country("TAIPEI (CNA) — Taiwan said 12 aircraft flew.\n", KB) is None


@given(st.text(alphabet=st.sampled_from("ABGLNOPRTaeinst ßİ.'-:0123\n"), max_size=300))
def test_only_letters_case_changes_and_every_offset_stays(text: str) -> None:
    recased = read_capital_lines(text, KB)
    assert len(recased) == len(text)
    assert all(r.lower() == t.lower() for r, t in zip(recased, text, strict=True))


@given(st.lists(st.sampled_from(["Taiwan", "SAID", "the", "PLA", "GREENE", "Tokyo", "0001"])))
def test_lines_with_a_lower_case_letter_are_never_changed(words: list[str]) -> None:
    text = "\n".join(f"Line {i} " + " ".join(words) for i in range(3))
    assert read_capital_lines(text, KB) == text
