"""Chinese and Japanese script inside English copy: names glossed in characters ("Lai Ching-te
(賴清德)") and releases that give the English text, then the original paragraphs. Each run of
CJK script is read by the reader of its language, so a name's spellings in both scripts are one
entity, and a fact told in both languages is one fact (the blind-68 passages' class of split
spellings and missed facts). Two readings of the CJK reader came with it: a bracket after a
total holds its breakdown, and a type's code is the type without its hyphen too."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from incursion_helpers import cjk_facts_at, facts_at
from linking_helpers import mentions

from monitor.nlp.analyze import TextToAnalyse, analyse
from monitor.nlp.cjk_runs import cjk_runs

RELEASE = (
    "Chinese military aircraft flights over the East China Sea\n\n"
    "1. On June 3, 2025 (Tue), the Japan Air Self-Defense Force confirmed that two H-6 bombers "
    "flew from the East China Sea between Okinawa Island and Miyako Island to the Pacific Ocean.\n"
    "2. Fighters of the Southwestern Air Defense Force scrambled in response.\n\n"
    "中国機の東シナ海における飛行について\n"
    "１　令和7年6月3日（火）、航空自衛隊は、Ｈ－６爆撃機２機が東シナ海から沖縄本島と宮古島との間を"
    "通過し太平洋へ飛行したことを確認した。\n"
    "２　これに対し、南西航空方面隊の戦闘機を緊急発進させて対応した。"
)

SENKAKU_NOTICE = (
    "Four China Coast Guard ships sailed in the contiguous zone around the Senkaku Islands on "
    "Tuesday, the Japan Coast Guard said.\n\n"
    "中国海警局の船舶４隻が３日、尖閣諸島周辺の接続水域内を航行した。"
    "このうち２隻が同日午前、魚釣島沖の領海に侵入した。"
)


def _links(text: str, published: str = "2025-06-03") -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in mentions(text, published):
        assert text[m.start : m.end] == m.text  # offsets into the text as given
        found.setdefault(m.text, set()).add(m.entity_id)
    return found


def test_a_releases_japanese_paragraphs_link_to_the_english_texts_entities() -> None:
    links = _links(RELEASE)
    assert links["航空自衛隊"] == links["Japan Air Self-Defense Force"] == {"jasdf"}
    assert links["Ｈ－６"] == links["H-6"] == {"h-6"}
    assert links["東シナ海"] == links["East China Sea"] == {"east-china-sea"}
    assert links["宮古島"] == {"miyako-island"}
    assert links["南西航空方面隊"] == {"southwestern-air-defense-force"}


def test_names_glossed_in_characters_join_their_english_spellings() -> None:
    text = (
        "TAIPEI (CNA) — Foreign Minister Lin Chia-lung (林佳龍) met a delegation of the "
        "Liberal Democratic Party (LDP, 自民黨) that laid flowers for former prime minister "
        "Shinzo Abe (安倍晉三), and said Japan's claim to the Senkaku Islands (尖閣諸島) "
        "was a matter for Tokyo and Beijing."
    )
    links = _links(text)
    assert links["林佳龍"] == {"lin-chia-lung"}
    assert links["自民黨"] == links["Liberal Democratic Party"] == {"ldp"}
    assert links["安倍晉三"] == links["Shinzo Abe"] == {"shinzo-abe"}
    assert links["尖閣諸島"] == links["Senkaku Islands"] == {"senkaku-islands"}


def test_a_fact_told_in_both_languages_is_one_and_one_told_only_in_japanese_joins() -> None:
    facts = facts_at(SENKAKU_NOTICE, datetime(2025, 6, 3, 3, tzinfo=UTC))
    assert facts == [
        (2, "official ships", "territorial waters", "Senkaku Islands", "2025-06-03"),
        (4, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-03"),
    ]


def test_a_release_whose_languages_both_count_gives_each_fact_once() -> None:
    text = (
        "Five China Coast Guard ships entered the contiguous zone around the Senkaku Islands on "
        "Tuesday.\n\n中国海警局の船舶５隻が３日、尖閣諸島周辺の接続水域に入域した。"
    )
    assert facts_at(text, datetime(2025, 6, 3, 3, tzinfo=UTC)) == [
        (5, "official ships", "contiguous zone", "Senkaku Islands", "2025-06-03")
    ]


def test_english_copy_without_cjk_script_has_no_run() -> None:
    assert cjk_runs("Two H-6 bombers (H-6K) flew near Yonaguni-jima, Okinawa-hontō, 10:00.") == []


WORDS = st.lists(
    st.sampled_from(["the", "Minister", "said", "US", "F-16V", "2025", "on", "(Taiwan)", "—"]),
    min_size=1,
    max_size=8,
).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(
    before=WORDS,
    after=WORDS,
    gloss=st.sampled_from(["賴清德", "尖閣諸島", "国防部", "せんかく", "ロシア軍", "日米同盟"]),
)
def test_a_gloss_is_one_run_of_its_own_script_and_language(
    before: str, after: str, gloss: str
) -> None:
    # Kana makes a run Japanese; English words on either side never join it.
    text = f"{before} ({gloss}) {after}"
    (run,) = cjk_runs(text)
    assert text[run.start : run.end] == gloss
    has_kana = any("\u3041" <= c <= "\u30fa" for c in gloss)
    assert run.language == ("ja" if has_kana else "zh")


def test_a_bracket_after_a_total_holds_its_breakdown_not_craft_of_their_own() -> None:
    # Taiwan's defence ministry lists the types inside the total's bracket: the drones there
    # are part of the aircraft, as after 其中 or 含.
    text = (
        "臺灣周邊海、空域共機、共艦動態\n"
        "．共機：19架次（殲16型6架次、轟6型2架次、運8反潛機1架次、無人機2架次）\n．共艦：6艘"
    )
    assert cjk_facts_at(text, datetime(2023, 4, 5, 2, tzinfo=UTC)) == {
        (19, "aircraft", "around Taiwan", "Taiwan", "2023-04-05"),
        (6, "navy vessels", "around Taiwan", "Taiwan", "2023-04-05"),
    }


def test_a_type_code_written_without_its_hyphen_is_the_type() -> None:
    text = "國防部今天表示，共機殲11型4架次、空警500型1架次及運8反潛機1架次在臺灣西南空域活動。"
    (analysis,) = analyse([TextToAnalyse("t", text, "zh", datetime(2023, 4, 5, tzinfo=UTC))])
    links = {m.text: m.entity_id for m in analysis.mentions}
    assert (links["殲11"], links["空警500"], links["運8"]) == ("j-11", "kj-500", "y-8")


def test_a_name_cut_by_its_gloss_is_one_mention_of_the_whole_name() -> None:
    # Bilingual copy glosses the name's own word and writes "Islands" after the bracket; the
    # word before is the whole name's mention, not a person ("Nansei") or nothing ("Danjo").
    text = (
        "A Chinese Y-9 violated Japanese airspace over the Danjo (男女) Islands off Nagasaki, "
        "and the Self-Defense Forces will strengthen their presence in the Nansei (南西) Islands."
    )
    links = _links(text)
    assert links["Danjo"] == links["男女"] == {"danjo-islands"}
    assert links["Nansei"] == links["南西"] == {"nansei-islands"}


@settings(max_examples=30, deadline=None)
@given(
    cut=st.sampled_from(
        [
            ("Danjo", "Islands", "danjo-islands"),
            ("Miyako", "Strait", "miyako-strait"),
            ("Nansei", "Islands", "nansei-islands"),
        ]
    ),
    gloss=st.sampled_from(["男女", "宮古", "南西", "みやこ"]),
    after=st.sampled_from(["on Monday.", "off Okinawa.", ", officials said.", "again."]),
)
def test_any_gloss_between_a_names_words_leaves_the_whole_name(
    cut: tuple[str, str, str], gloss: str, after: str
) -> None:
    word, ending, entity_id = cut
    links = _links(f"Two PLA Navy ships sailed through the {word} ({gloss}) {ending} {after}")
    assert links[word] == links[gloss] == {entity_id}


def test_a_gloss_before_a_word_that_makes_no_name_with_it_changes_nothing() -> None:
    links = _links(
        "Premier Cho Jung-tai (卓榮泰) Tuesday met Kaohsiung Mayor Chen Chi-mai (陳其邁)."
    )
    assert links["Cho Jung-tai"] == links["卓榮泰"] == {"cho-jung-tai"}


def test_a_pinyin_spelling_in_brackets_is_the_name_before_it() -> None:
    # Wade-Giles and postal spellings beside pinyin: one place, one person.
    text = (
        "KAOHSIUNG (Gaoxiong), Nov. 6 — Ships bound for Keelung (Jilong) were inspected, and "
        "Chairman Su Jia-chyuan (蘇嘉全, Su Jiaquan) met the delegation."
    )
    links = _links(text)
    assert links["Gaoxiong"] == links["KAOHSIUNG"] == {"kaohsiung"}
    assert links["Jilong"] == links["Keelung"] == {"keelung"}
    assert links["Su Jiaquan"] == links["Su Jia-chyuan"] == {"su-jia-chyuan"}


def test_a_bracket_of_no_pinyin_or_of_another_entity_is_not_a_spelling() -> None:
    links = _links("BEIJING (Xinhua) -- Taipei (Reuters) and Senator Jim Risch (Republican) spoke.")
    assert links["Xinhua"] == {"xinhua"}
    assert "kaohsiung" not in links.get("Republican", set())
    assert links.get("Republican", set()).isdisjoint(links["Jim Risch"])


@settings(max_examples=40, deadline=None)
@given(word=st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True))
def test_a_bracketed_word_after_a_city_is_its_spelling_only_when_it_is_pinyin(word: str) -> None:
    from monitor.nlp.pinyin_spellings import _PINYIN_WORD

    links = _links(f"Ships bound for Keelung ({word}) were inspected on Monday.")
    if links.get(word) == {"keelung"}:
        assert _PINYIN_WORD.fullmatch(word)
