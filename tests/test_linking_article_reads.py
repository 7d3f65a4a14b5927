"""What linking and the knowledge-base merge read once an article and share between their rules:
the Doc's entities (doc_entities.py), its words as lists (doc_words.py), a name's text cut from
the article's (doc_text.span_text), and whether a fold may write a word before folding
(names.may_hold). Each must read what the Doc holds, so an article edited and analysed again is
linked anew. Texts written for these tests."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from linking_helpers import mentions

from monitor.nlp.doc_entities import entities, set_entities
from monitor.nlp.doc_text import span_text
from monitor.nlp.doc_words import lower_words, token_texts, words_text
from monitor.nlp.english import default_pipeline
from monitor.nlp.names import fold, may_hold

STORY = (
    "TOKYO (Kyodo) — Foreign Minister {minister} raised the drills with Wang Yi, his Chinese "
    "counterpart, the Foreign Ministry said.\n\nOn the {side} side, the National Police Agency "
    "will brief rental firms. Designers showed their lines at {city} Fashion Week."
)


def _links(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in mentions(text, "2025-04-02") if m.in_kb}


def test_an_article_edited_and_analysed_again_gets_its_new_links() -> None:
    # The minister titled in the body's sentence, the side its sentence opens on and the place
    # an event is named after are each read once an article: the edit is read, not the first.
    first = _links(STORY.format(minister="Takeshi Iwaya", side="Japanese", city="Tokyo"))
    assert first["Foreign Ministry"] == "japan-mofa"
    assert first["National Police Agency"] == "japan-npa"
    assert first["Tokyo"] == "tokyo"
    edited = _links(STORY.format(minister="Lin Chia-lung", side="Taiwanese", city="Taipei"))
    assert edited["Foreign Ministry"] == "taiwan-mofa"
    assert edited["National Police Agency"] == "taiwan-npa"
    assert edited["Taipei"] == "taipei"


def test_the_entities_read_once_are_those_the_merge_set_last() -> None:
    text = "Defense Minister Wellington Koo visited Kinmen."
    (doc,) = default_pipeline().process([text])
    assert [span_text(e) for e in entities(doc)] == [e.text for e in doc.ents]
    at = text.index("Kinmen")
    set_entities(doc, [doc.char_span(at, at + len("Kinmen"), label="GPE")])
    assert [(e.text, e.label_) for e in entities(doc)] == [("Kinmen", "GPE")]


@pytest.mark.parametrize(
    "text",
    [
        "İSTANBUL and Tōkyō: the Minister's aides — 3 of them — left.\n\n  (AP) Ōsaka’s mayor",
        "",
        "\n",
    ],
)
def test_the_word_lists_read_as_spacys_tokens_do(text: str) -> None:
    (doc,) = default_pipeline().process([text])
    assert token_texts(doc) == [token.text for token in doc]
    assert lower_words(doc) == [token.lower_ for token in doc]
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert words_text(doc, start, end) == doc[start:end].text
    assert [span_text(span) for span in doc.sents] == [span.text for span in doc.sents]


# Letters of the words looked for, marks fold deletes or spaces, and possessives between them.
WRITTEN = st.lists(
    st.sampled_from([*"MINSTERministerfFsSa'’.-– _:,/+Éé3\n", "’s", "'s", " "]), max_size=30
).map("".join)


@given(WRITTEN)
def test_a_word_the_fold_writes_is_never_ruled_out(text: str) -> None:
    for word in fold(text).split():
        assert may_hold(text, frozenset({word, "secretary"})), (text, word)


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Foreign Minister's", True),
        ("the Minis's.ter", True),  # the possessive goes first, then the mark: "minister"
        ("FM: Lin", True),
        ("Defence Ministry", False),
        ("Prime Min. ister", True),
        ("ＭＩＮＩＳＴＥＲ", True),  # not ASCII: the fold decides
    ],
)
def test_a_title_before_a_name_is_looked_for_as_the_fold_would_write_it(
    text: str, holds: bool
) -> None:
    assert may_hold(text, frozenset({"minister", "fm"})) is holds
    if not holds:
        assert not {"minister", "fm"} & set(fold(text).split())
