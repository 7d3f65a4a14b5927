"""What linking reads of an article once, from its arrays and the merge's own spans, links as
the words themselves do: a receiving verb in any case, entities the merge set side by side, and
a headline in title case whether its words are short or long, and the words around a capital or a
body at the text's ends as well as inside it; a near spelling found once keeps each name's own
initials."""

from monitor.nlp.kb import default_kb
from monitor.nlp.resolve import resolve_name
from tests.linking_helpers import assert_links, linked_surfaces, mentions


def test_a_visit_received_in_capitals_is_still_the_hosts() -> None:
    # The verb is found by its word's lower case, as a token's `lower_` reads it.
    text = (
        "MON 11 -- 1000 Premier Cho Jung-tai RECEIVES a Japanese parliamentary delegation led "
        "by Keiji Furuya; Foreign Ministry photos only."
    )
    assert linked_surfaces(text)["Foreign Ministry"] == ("taiwan-mofa", "name")


def test_names_the_merge_sets_side_by_side_stay_two_mentions() -> None:
    text = "Officials said the Taiwan Japan exchange would go on after the typhoon."
    assert_links(text, {"Taiwan": ("taiwan", "name"), "Japan": ("japan", "name")})


def test_a_title_case_headline_with_short_words_gives_way_to_its_names() -> None:
    # "Its", "Off" and "Sea" are short words a headline may set either way; the longer ones
    # are all capitalised, so the line is in title case and its capitals name nothing.
    text = "Japan Tracks Chinese Ships Off Its Coast in East China Sea\n\nJapan said on Monday."
    found = linked_surfaces(text)
    assert found["Japan"] == ("japan", "name")
    assert found["Chinese"] == ("china", "demonym")
    assert "Japan Tracks Chinese" not in found


def test_capitals_at_the_texts_ends_are_read_by_the_words_around_them() -> None:
    # The words before the first capital and after the last are cut from the article's word
    # lists, which end where the text does, as the Doc's slices did.
    found = mentions("Beijing warned Tokyo on Monday, and the delegation then flew on to Tokyo")
    assert [(m.start, m.entity_id, m.kind) for m in found] == [
        (0, "china", "capital"),
        (15, "japan", "capital"),
        (67, "tokyo", "name"),
    ]


def test_the_islands_body_is_read_past_its_quotes_from_the_word_lists() -> None:
    # The quotes skipped and the words before them are read from the article's word lists.
    text = 'Japan and the island\'s "defense ministry" said they would respond.'
    assert_links(text, {"defense ministry": ("taiwan-mnd", "name")})


def test_a_near_spelling_found_once_still_keeps_each_names_initials() -> None:
    # "Cpd Corporation" is a near spelling of CPC's name; "CPD Corporation" folds alike, but
    # its initials are another firm's, whichever of the two is read first.
    kb = default_kb()
    assert [resolve_name(name, kb) for name in ("Cpd Corporation", "CPD Corporation")] == [
        "cpc-corp",
        None,
    ]
    assert [resolve_name(name, kb) for name in ("CPE Corporation", "Cpe Corporation")] == [
        None,
        "cpc-corp",
    ]
