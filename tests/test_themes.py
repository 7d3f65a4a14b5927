"""Themes: the shipped classifier's held-out quality, its explanations, and learning from the analyst."""

import json
import re
import subprocess
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from conftest import FeedServer, item, rss, write_config
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.errors import ConfigError
from monitor.nlp.roundups import roundup_items
from monitor.nlp.theme_thresholds import THRESHOLD_GRID, best_threshold, grid_scores
from monitor.nlp.themes import (
    MODEL_PATH,
    THEMES,
    Example,
    ThemeModel,
    _data_hash,
    default_theme_model,
    evaluate,
    load_corpus,
    load_model,
    theme_model_path,
)
from monitor.nlp.told_figures import told_figures_apart

NEWS = rss(
    item("s", "PLA jets and warships encircle Taiwan in live-fire drills", "https://n.example/s",
         description="The Eastern Theater Command said 40 aircraft crossed the median line as "
                     "missile units rehearsed a blockade; Taiwan's defense ministry scrambled jets."),
    item("c", "Japan and Taiwan sign memorandum on semiconductor supply-chain cooperation",
         "https://n.example/c",
         description="The Japan-Taiwan Exchange Association and its Taiwanese counterpart signed "
                     "an agreement on joint research, investment and talent exchanges."),
    item("o", "Hanshin Tigers win the Japan Series in seven games", "https://n.example/o",
         description="Fans celebrated in Osaka after the pitcher threw a shutout in game seven."),
)  # fmt: skip


@cache
def shipped_model() -> ThemeModel:
    """The shipped model, read once for the tests that only read it: load_model reads the file
    and builds its vocabulary at every call, which the property tests did in every example.
    A test that changes a model changes a copy (`replace`) or a model of its own."""
    return load_model()


@cache
def first_model() -> ThemeModel:
    """The shipped model without its second cooperation model: the first model alone."""
    return replace(shipped_model(), security_cooperation=None)


def test_corpus_is_large_varied_and_split() -> None:
    corpus = load_corpus()
    assert len(corpus) >= 800
    test = [e for e in corpus if e.split == "test"]
    assert 0.15 <= len(test) / len(corpus) <= 0.25
    combos = {tuple(e.labels[t] for t in THEMES) for e in corpus}
    assert combos == {(0, 0), (0, 1), (1, 0), (1, 1)}


def test_shipped_model_never_saw_the_held_out_split() -> None:
    model = shipped_model()
    train = [e for e in load_corpus() if e.split == "train"]
    assert model.meta["training_data_sha256"] == _data_hash(train)
    assert model.meta["training_examples"] == len(train)


def test_held_out_quality_floor() -> None:
    """The regression gate: macro-F1 >= 0.955, cooperation precision >= 0.92 and security
    precision >= 0.94, held out. Measured with version 13 on the 1,797 held-out passages (the
    1,042 before plus every fifth of blind-23 to blind-64's 84 writers): 0.960, precision 0.935
    cooperation and 0.990 security. Version 12 scores 0.959 (0.947, 0.991) on the same split,
    recall 0.912 against 0.927 for cooperation, and reads the writers of blind-65 to blind-67,
    which neither saw, worse (0.969 / 0.938 / 0.929 against 0.986 / 0.975 / 0.945). Cooperation
    precision falls on the new fifths (0.909; version 12 0.926, at recall 0.819 against 0.854),
    so its floor was 0.93, as version 9 brought it from 0.95 to 0.94 (docs/evaluation-sets.md).
    Version 15's second, non-negative cooperation model for security stories takes it to 0.921
    (held-out macro-F1 0.966 -> 0.962) while cooperation F1 on writers no model read rises
    0.872 -> 0.896 (blind-68 to blind-82) and 0.812 -> 0.857 (blind-83 to 85): the floor is 0.92."""
    test = [e for e in load_corpus() if e.split == "test"]
    metrics = evaluate(shipped_model(), test)
    assert metrics["macro_f1"] >= 0.955, metrics
    assert metrics["cooperation"]["precision"] >= 0.92, metrics
    assert metrics["security"]["precision"] >= 0.94, metrics


def test_tags_and_explanations() -> None:
    model = shipped_model()
    security, cooperation, neither = model.score(
        [
            "Chinese warships and bombers rehearsed a blockade of Taiwan; missiles were fired.",
            "Japan and Taiwan signed an agreement to deepen investment and academic exchanges.",
            "A typhoon brought heavy rain to Okinawa and flights were cancelled.",
        ]
    )
    assert security.tags == ("security",) and cooperation.tags == ("cooperation",)
    assert neither.off_topic and neither.top_terms == {}
    terms = [term for term, _ in security.top_terms["security"]]
    assert {"blockade", "missiles", "warships"} & set(terms)
    assert all(weight > 0 for _, weight in security.top_terms["security"])


@pytest.mark.parametrize("language", ["en", "ja", "zh"])
def test_numpy_scoring_equals_scikit_learns_on_the_corpus(language: str) -> None:
    """The shipped arrays (English word n-grams, Japanese and Chinese character n-grams) put
    back into a TfidfVectorizer and LogisticRegression, as the model was scored before scoring
    needed numpy alone: the same probabilities within 1e-9, the same tags and the same
    explanations, on every passage of the model's corpus that is not a roundup or a story told
    beside the day's figures (each is scored piece by piece, which
    test_a_roundup_scores_as_its_best_piece and test_told_figures.py check). The English model
    is checked without its second cooperation model, which reads security stories with the
    same arithmetic and other weights."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from monitor.nlp.cjk_themes import corpus_path, model_path
    from monitor.nlp.tfidf import ENGLISH_STOP_WORDS as COPIED

    assert COPIED == ENGLISH_STOP_WORDS
    model = shipped_model() if language == "en" else load_model(model_path(language))
    model = replace(model, security_cooperation=None)
    corpus = load_corpus() if language == "en" else load_corpus(corpus_path(language))
    params = dict(
        model.vectorizer_params, ngram_range=tuple(model.vectorizer_params["ngram_range"])
    )
    vectorizer = TfidfVectorizer(**params, vocabulary=model.vocabulary)
    vectorizer.idf_ = model.idf
    whole = [e.text for e in corpus if not roundup_items(e.text) and not told_figures_apart(e.text)]
    texts = whole + [
        "",
        "the and of",
        "ADIZ ADIZ adiz",
        "防空  識別",
    ]
    features = vectorizer.transform(texts)
    terms = vectorizer.get_feature_names_out()
    ours = model.score(texts)
    # Each text's features once, not once a theme: the same arrays, a third of the time.
    featured = [model._features(text) for text in texts]
    for theme in THEMES:
        classifier = LogisticRegression()
        classifier.classes_ = np.array([0, 1])
        classifier.coef_ = model.coefficients[theme][np.newaxis, :]
        classifier.intercept_ = np.array([model.intercepts[theme]])
        expected = classifier.predict_proba(features)[:, 1]
        for row, (result, text, (columns, values)) in enumerate(
            zip(ours, texts, featured, strict=True)
        ):
            decision = values @ model.coefficients[theme][columns] + model.intercepts[theme]
            assert abs(1 / (1 + np.exp(-decision)) - expected[row]) < 1e-9, text
            assert result.scores[theme] == round(float(expected[row]), 4), text
            if theme in result.tags:
                contributions = features[row].multiply(classifier.coef_[0]).tocoo()
                order = np.argsort(-contributions.data)[:8]
                explained = tuple(
                    (str(terms[contributions.col[i]]), round(float(contributions.data[i]), 3))
                    for i in order
                    if contributions.data[i] > 0
                )
                assert result.top_terms[theme] == explained, text


# Items of a roundup, in our own wording: two about partnerships, three about security, two
# about neither. Each is a story of its own, as in a brief or a newsletter.
ROUNDUP_ITEMS = (
    "Kagoshima and Kaohsiung signed a sister-port pact on cruise calls, training for harbour "
    "staff and student exchanges.",
    "Taiwan and Japan agreed to extend their investment agreement and open a joint fund for "
    "chip start-ups, the two associations said.",
    "The defence ministry said 27 PLA aircraft and eight warships operated around Taiwan in "
    "the 24 hours to 6 a.m., and 19 of the aircraft crossed the median line into the ADIZ. "
    "Fighters were scrambled and missile units tracked them.",
    "Four China Coast Guard ships entered Japanese territorial waters off the Senkakus, and "
    "patrol boats ordered them out; a destroyer shadowed a Chinese frigate near Yonaguni.",
    "The Eastern Theater Command staged live-fire drills off Fujian with rocket artillery, "
    "bombers and an amphibious assault ship rehearsing a blockade.",
    "Temperatures in Naha reached 31 degrees on Sunday, the weather office said.",
    "The Hanshin Tigers beat the Giants 4-2 as their ace pitched eight innings.",
)
OPENINGS = (
    "■ ", "• ", "- ", "{n}. ", "**{n}.** ", "{label}: ", "{label} — ", "{label} -- ",
    "{label} - ", "{label} (AFP) -- ", "{label} (Kyodo)--", "1{n}:05 — ", "{n}:40 p.m. - ",
)  # fmt: skip
LABELS = ("TRADE", "TAIWAN STRAIT", "EAST CHINA SEA", "DRILLS", "WEATHER", "SPORT", "ALSO")


def test_a_roundup_with_a_short_partnership_item_is_tagged_with_it() -> None:
    """Three long security items and one short partnership item: read as one bag of words the
    partnership drowns; each item is a story, so the roundup is both."""
    roundup = "EVENING BRIEFING | Tuesday\n\n" + "\n\n".join(
        f"{label}: {text}"
        for label, text in zip(
            ("TAIWAN STRAIT", "SENKAKUS", "DRILLS", "SISTER PORTS"),
            (ROUNDUP_ITEMS[2], ROUNDUP_ITEMS[3], ROUNDUP_ITEMS[4], ROUNDUP_ITEMS[0]),
            strict=True,
        )
    )
    (scores,) = shipped_model().score([roundup])
    assert scores.tags == ("cooperation", "security")
    assert {"sister", "port", "exchanges"} & {t for t, _ in scores.top_terms["cooperation"]}


@given(
    st.lists(st.sampled_from(range(len(ROUNDUP_ITEMS))), min_size=3, max_size=6, unique=True),
    st.sampled_from(OPENINGS),
    st.sampled_from(["\n", "\n\n"]),
)
@settings(max_examples=60, deadline=None)
def test_a_roundup_scores_as_its_best_piece(
    chosen: list[int], opening: str, separator: str
) -> None:
    """Whatever its bullets, numbers or labels, a roundup is tagged with every theme one of its
    items is tagged with alone, and each theme's score is its best piece's: the whole or an
    item, all read by the first model (in a story tagged security the second model reads
    cooperation, on a scale of its own). An item that tells the day's figures beside another
    story is scored in two parts when it stands alone (told_figures.py), not as a roundup's
    item, so its score alone may be higher than the roundup's."""
    model = shipped_model()
    first = first_model()
    lines = [
        opening.format(n=n, label=LABELS[i]) + ROUNDUP_ITEMS[i] for n, i in enumerate(chosen, 1)
    ]
    roundup = separator.join(lines)
    assert roundup_items(roundup) == lines
    whole, *alone = first.score([roundup, *lines])
    plain = [s for line, s in zip(lines, alone, strict=True) if told_figures_apart(line) is None]
    for theme in THEMES:
        assert whole.scores[theme] == max(s.scores[theme] for s in [whole, *plain])
    whole, *alone = model.score([roundup, *lines])
    for theme in THEMES:
        if any(theme in s.tags for s in alone):
            assert theme in whole.tags


def test_an_article_is_no_roundup() -> None:
    """A headline with a colon, a dateline, and lines that open with an upper-case word joined
    by a hyphen are one story, not items."""
    article = (
        "EXPLAINER: why the median line matters\n"
        "TAIPEI (CNA) — The defence ministry said on Monday that 12 aircraft crossed the line.\n"
        "PLA-linked accounts called the line a fiction.\n"
        "US-Japan drills near Yonaguni drew a warning from Beijing.\n"
        "NATO-led talks in Brussels touched on the Strait too.\n"
        "Analysts said the pattern had held since 2022."
    )
    assert roundup_items(article) == []


# A ministry's press conference, in our own wording: a security story in which one answer
# mentions the usual "close cooperation with the United States".
BRIEFING = (
    "Defence Minister's press conference, 14 March\n\n"
    "QUESTION: Two Chinese destroyers sailed between Yonaguni and Iriomote overnight and a "
    "drone circled near the island for hours. What is the ministry's assessment?\n\n"
    "MINISTER: We tracked the ships and the drone throughout, and fighters of the Air "
    "Self-Defense Force were scrambled. These activities are intensifying near our islands.\n\n"
    "QUESTION: Did the ministry share its data with Washington?\n\n"
    "MINISTER: We gather and analyse information in close cooperation with the United States, "
    "as always, and I will refrain from going into detail.\n\n"
    "QUESTION: Will the deployment of missile units to Yonaguni be brought forward?\n\n"
    "MINISTER: The plan for the electronic warfare unit and the surface-to-air missile unit on "
    "the island stays as announced."
)
# A budget story with a background timeline whose lines are a few words each.
TIMELINE = (
    "Japan's defence budget request tops 9 trillion yen for the first time\n\n"
    "TOKYO — The Defense Ministry asked on Friday for a record budget for next year, with money "
    "for long-range missiles, ammunition stocks and hardened shelters on the southwestern "
    "islands, citing Chinese drills around Taiwan and North Korean launches.\n\n"
    "The timeline so far:\n"
    "- 2022: new security strategy, spending to reach 2% of GDP\n"
    "- 2023: Tomahawk purchase agreed with Washington\n"
    "- 2024: first standoff missile unit formed\n"
    "- 2025: ammunition depots expanded in Kyushu"
)


@pytest.mark.parametrize("text", [BRIEFING, TIMELINE], ids=["transcript", "timeline"])
def test_a_transcript_or_a_timeline_is_one_story(text: str) -> None:
    """Speaker turns answer each other, and a timeline's lines are no stories: neither is read
    item by item, so a passing "cooperation with the United States" or "agreed with Washington"
    does not tag a security story with cooperation."""
    assert roundup_items(text) == []
    (scores,) = shipped_model().score([text])
    assert scores.tags == ("security",)


SPEAKERS = ("ANCHOR", "PRESENTER", "MS BRUCE", "QUESTION", "NARRATION", "MINISTER")


@given(
    st.lists(
        st.tuples(st.sampled_from(SPEAKERS), st.sampled_from(range(len(ROUNDUP_ITEMS)))),
        min_size=3,
        max_size=8,
    ).filter(lambda turns: len({speaker for speaker, _ in turns}) < len(turns)),
    st.sampled_from(["\n", "\n\n"]),
)
@settings(max_examples=40, deadline=None)
def test_a_transcript_is_scored_whole(turns: list[tuple[str, int]], separator: str) -> None:
    """Whatever its turns say, a transcript whose speakers speak more than once scores as its
    whole text, the same as the text with its speaker labels on no line of their own."""
    transcript = separator.join(f"{speaker}: {ROUNDUP_ITEMS[i]}" for speaker, i in turns)
    assert roundup_items(transcript) == []
    run_on = " ".join(f"{speaker}: {ROUNDUP_ITEMS[i]}" for speaker, i in turns)
    model = shipped_model()
    assert model.score([transcript])[0].scores == model.score([run_on])[0].scores


def test_scoring_imports_no_scikit_learn() -> None:
    code = (
        "import sys; from monitor.nlp.themes import load_model; "
        "load_model().score(['PLA jets near Taiwan']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_model_file_with_pickled_objects_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "themes.npz"
    np.savez(path, meta_json=np.array([{"payload": "a pickled object"}], dtype=object))
    with pytest.raises(
        ConfigError, match="cannot load the theme model: Object arrays cannot be loaded"
    ):
        load_model(path)
    with pytest.raises(ConfigError, match="no theme model"):
        load_model(tmp_path / "missing.npz")


def test_a_saved_model_loads_back_identical(tmp_path: Path) -> None:
    from monitor.nlp.themes import save_model

    model = shipped_model()
    save_model(model, tmp_path / "copy.npz")
    copy = load_model(tmp_path / "copy.npz")
    texts = ["PLA bombers near Taiwan", "Japan and Taiwan sign an MOU", "Sumo results"]
    assert copy.score(texts) == model.score(texts) and copy.meta == model.meta


# A long security story (a carrier group, drills, missiles) that also tells, in prose, an
# exchange between two navies: the first model's negative weights on the security words pull
# its cooperation under the threshold; the non-negative model for security stories does not.
CARRIER_STORY = """Chinese carrier group sails past Yonaguni as PLA drills enter third day

NAHA — China's aircraft carrier Shandong and four escorts sailed between Yonaguni and Taiwan on \
Wednesday as the People's Liberation Army held a third day of live-fire drills east of the \
island, Japan's Joint Staff said. Fighters from the carrier flew more than 60 sorties, and the Air \
Self-Defense Force scrambled jets each time. Chinese destroyers fired missiles into a closed zone \
north of the Senkaku Islands, and the Eastern Theater Command said its forces had rehearsed a \
blockade of Taiwan's ports and strikes on its air defences.

Taiwan put its forces on alert and deployed missile boats from Suao. The ministry said the drills \
were the largest this year and warned that the PLA was practising to seize the island.

A Japanese destroyer and a U.S. destroyer followed the carrier together. The two navies held \
joint exercises off Okinawa last month, exchanged liaison officers and agreed to share radar \
data, and Japan's defence minister said the allies would deepen their cooperation with Australia \
and the Philippines as well.

Beijing said the drills were a stern warning to separatist forces and to outside powers, and \
that its troops would defend China's sovereignty."""


def test_a_security_story_telling_an_exchange_is_tagged_both() -> None:
    model = shipped_model()
    (scores,) = model.score([CARRIER_STORY])
    assert scores.tags == ("cooperation", "security"), scores.scores
    (first,) = replace(model, security_cooperation=None).score([CARRIER_STORY])
    assert first.tags == ("security",), first.scores  # what the first model alone read
    terms = dict(scores.top_terms["cooperation"])  # from the non-negative model's weights
    assert {"agreed", "joint"} <= set(terms) and all(weight > 0 for weight in terms.values())
    assert model.security_cooperation is not None
    assert (model.security_cooperation.coefficients >= 0).all()


def test_a_security_story_in_friendly_words_is_not_cooperation() -> None:
    (scores,) = shipped_model().score(
        [
            "Chinese coast guard ships entered Japanese territorial waters off the Senkaku "
            "Islands on Monday for the third time this month, Japan's coast guard said, and "
            "patrol boats ordered them to leave. One of the ships carried a cannon. China's "
            "embassy called the patrols friendly and routine, and said Beijing valued "
            "good-neighbourly relations and hoped for mutual trust with Tokyo. Japan lodged a "
            "protest through diplomatic channels, and a coast guard cutter shadowed the ships "
            "until they left the area."
        ]
    )
    assert scores.tags == ("security",), scores.scores


def test_the_shipped_model_file_is_plain_arrays() -> None:
    from monitor.nlp.themes import MODEL_PATH

    with np.load(MODEL_PATH, allow_pickle=False) as arrays:
        assert {"coef_cooperation_in_security", "intercept_cooperation_in_security"} <= set(
            arrays.files
        )
        assert all(arrays[name].dtype != object for name in arrays.files)


def test_a_model_file_from_before_the_second_model_still_loads(tmp_path: Path) -> None:
    """Files saved before the non-negative model (a user's retrained model) load and score as
    they did: cooperation from the first model alone."""
    from monitor.nlp.themes import save_model

    first = replace(shipped_model(), security_cooperation=None)
    save_model(first, tmp_path / "old.npz")
    with np.load(tmp_path / "old.npz", allow_pickle=False) as arrays:
        assert "coef_cooperation_in_security" not in arrays.files
    old = load_model(tmp_path / "old.npz")
    assert old.security_cooperation is None
    assert old.score([CARRIER_STORY]) == first.score([CARRIER_STORY])


@pytest.fixture
def fetched(tmp_path: Path, feed_server: FeedServer, cli):  # type: ignore[no-untyped-def]
    url = feed_server.feed("/news", NEWS)
    write_config(tmp_path / "feeds.yaml", [{"name": "News", "url": url}])
    assert cli("fetch").exit_code == 0
    return {r["title"][:5]: r for r in json.loads(cli("articles", "--json").stdout)}


def test_fetch_tags_articles_and_marks_off_topic(fetched, cli) -> None:  # type: ignore[no-untyped-def]
    assert fetched["PLA j"]["themes"] == ["security"]
    assert fetched["Japan"]["themes"] == ["cooperation"]
    assert fetched["Hansh"]["themes"] == []
    rows = json.loads(
        cli("sql", "SELECT title, off_topic FROM articles ORDER BY title", "--json").stdout
    )
    assert [(r["title"][:5], r["off_topic"]) for r in rows] == [
        ("Hansh", 1),
        ("Japan", 0),
        ("PLA j", 0),
    ]
    only = json.loads(cli("articles", "--theme", "security", "--json").stdout)
    assert [r["title"][:5] for r in only] == ["PLA j"]
    found = json.loads(cli("search", "Taiwan", "--theme", "cooperation", "--json").stdout)
    assert [r["title"][:5] for r in found] == ["Japan"]


def test_explain_shows_the_terms_behind_each_tag(fetched, cli) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(cli("articles", "--explain", "--json").stdout)
    security = next(r for r in rows if r["title"].startswith("PLA"))
    explanation = security["explanation"]["security"]
    assert explanation["tagged"] and explanation["score"] > 0.5
    assert {"blockade", "missile", "drills", "jets"} & set(" ".join(explanation["terms"]).split())
    table = cli("articles", "--explain").stdout
    assert re.search(r"security [01]\.\d\d: ", table)  # the score, then the terms


# A fixed sample of the corpus for the tests of `monitor train`: the first 120 training passages
# hold 48 cooperation and 52 security ones, enough for the 5-fold thresholds, and train in
# seconds where the whole corpus takes minutes. What these tests check (the analyst's correction
# joins the training data, a worse model is refused) holds at any size; the held-out figures of
# a retrain on the whole corpus are `bench/themes.py --join`'s, and the shipped model, trained
# on exactly the corpus's training split, has its floor in test_held_out_quality_floor.
SAMPLE_SIZE = 120


@pytest.fixture
def sample_corpus(monkeypatch: pytest.MonkeyPatch) -> list[Example]:
    import monitor.cli.themes

    corpus = load_corpus()
    sample = [e for e in corpus if e.split == "train"][:SAMPLE_SIZE]
    sample += [e for e in corpus if e.split == "test"]
    monkeypatch.setattr(monitor.cli.themes, "load_corpus", lambda: sample)
    return sample


def test_label_corrects_an_article_and_train_learns_from_it(
    fetched,
    cli,
    tmp_path: Path,
    sample_corpus: list[Example],  # type: ignore[no-untyped-def]
) -> None:
    from monitor.archive.store import open_db
    from monitor.archive.theme_store import corrections

    baseball = fetched["Hansh"]["id"]
    result = cli("label", baseball, "--theme", "cooperation", "--not", "security")
    assert result.exit_code == 0 and "now cooperation" in result.stderr
    rows = json.loads(cli("articles", "--theme", "cooperation", "--json").stdout)
    assert baseball in [r["id"] for r in rows]
    assert cli("label", "no-such-id", "--theme", "security").exit_code == 1
    assert cli("label", baseball).exit_code == 2

    model_path = tmp_path / "themes.npz"
    model_path.write_bytes(MODEL_PATH.read_bytes())
    # --force: a baseball game labelled cooperation may cost a passage on the held-out split,
    # and keeping a worse model is the next test's subject, not this one's
    trained = cli("train", "--model", str(model_path), "--json", "--force")
    assert trained.exit_code == 0, trained.stderr
    report = json.loads(trained.stdout)
    assert "1 corrections" in trained.stderr
    assert report["replaced"] and report["new"]["examples"] == len(sample_corpus) - SAMPLE_SIZE
    new = load_model(model_path)
    assert new.meta["version"] == shipped_model().meta["version"] + 1
    (correction,) = corrections(open_db(tmp_path / "monitor.db"))
    assert correction.labels == {"cooperation": 1, "security": 0}
    learnt = [e for e in sample_corpus if e.split == "train"] + [correction]
    assert new.meta["training_data_sha256"] == _data_hash(learnt)


def test_train_refuses_a_worse_model_unless_forced(
    fetched,
    cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sample_corpus: list[Example],  # type: ignore[no-untyped-def]
) -> None:
    import monitor.cli.themes

    real_train = monitor.cli.themes.train
    made: list[ThemeModel] = []

    def timid_train(train_set: list[Example], test_set: list[Example], version: int) -> ThemeModel:
        # The refusal is the subject, not the figures: a real training run on the sample, then
        # made to tag almost nothing, which is worse than any model that tags. The forced run
        # trains on the same passages, so it is given the same model.
        if not made:
            model = real_train(train_set, test_set, version)
            worse = replace(model, thresholds={t: 0.999 for t in THEMES})
            worse.meta = {**model.meta, "held_out": evaluate(worse, test_set)}
            made.append(worse)
        return made[0]

    monkeypatch.setattr(monitor.cli.themes, "train", timid_train)
    model_path = tmp_path / "themes.npz"
    model_path.write_bytes(MODEL_PATH.read_bytes())
    refused = cli("train", "--model", str(model_path))
    assert refused.exit_code == 1 and "kept the current model" in refused.stderr
    assert model_path.read_bytes() == MODEL_PATH.read_bytes()
    forced = cli("train", "--model", str(model_path), "--force")
    assert forced.exit_code == 0 and model_path.read_bytes() != MODEL_PATH.read_bytes()


def test_train_writes_the_users_model_which_is_used_from_then_on(
    fetched,
    cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    import monitor.cli.themes

    def quick_train(train_set: list[Example], test_set: list[Example], version: int) -> ThemeModel:
        model = load_model()  # the shipped model as a new version: where it goes is the subject
        model.meta = {**model.meta, "version": version}
        return model

    monkeypatch.setattr(monitor.cli.themes, "train", quick_train)
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    mine = tmp_path / "data" / "themes.npz"
    shipped = MODEL_PATH.read_bytes()
    version = shipped_model().meta["version"] + 1
    try:
        trained = cli("train", "--json", "--force")
        assert trained.exit_code == 0, trained.stderr
        assert json.loads(trained.stdout)["model"] == str(mine)
        assert MODEL_PATH.read_bytes() == shipped  # the shipped model stays as released
        assert theme_model_path() == mine and load_model(mine).meta["version"] == version
        assert json.loads(cli("reanalyze", "--json").stdout)["model_version"] == str(version)
        checks = {check["name"]: check for check in json.loads(cli("doctor", "--json").stdout)}
        assert checks["theme model"]["detail"].endswith(f"yours {mine}")
    finally:
        default_theme_model.cache_clear()  # later tests use the shipped model again


def test_reclassify_applies_the_current_model_but_keeps_corrections(
    fetched,
    cli,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    import monitor.cli.archive

    baseball = fetched["Hansh"]["id"]
    cli("label", baseball, "--theme", "security")
    strict = replace(shipped_model())
    strict.thresholds = {t: 1.01 for t in THEMES}  # tags nothing
    strict.meta = {**strict.meta, "version": "strict"}
    monkeypatch.setattr(monitor.cli.archive, "default_theme_model", lambda: strict)
    result = json.loads(cli("reclassify", "--json").stdout)
    assert result == {"articles": 3, "failed": 0, "tags_changed": 2, "model_version": "strict"}
    tagged = {r["id"]: r["themes"] for r in json.loads(cli("articles", "--json").stdout)}
    assert tagged[baseball] == ["security"]  # the analyst's label stands
    assert sum(1 for themes in tagged.values() if themes) == 1


def test_analyze_output_has_themes_and_tags(cli) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from monitor.cli.main import main

    result = CliRunner().invoke(
        main, ["analyze"], input="PLA bombers and warships drilled near Taiwan."
    )
    output = json.loads(result.stdout)
    assert set(output["themes"]) == set(THEMES) and output["tags"] == ["security"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.booleans(), st.floats(0, 1)), min_size=4, max_size=60),
    st.integers(1, 4),
)
def test_a_threshold_from_repeated_folds_is_one_of_the_grid_and_copies_change_nothing(
    scored: list[tuple[bool, float]], copies: int
) -> None:
    """Thresholds are chosen on the mean of several fold seeds' curves; the same out-of-fold
    probabilities given again must choose what they choose alone, so a retrain's threshold
    moves only when the folds disagree."""
    labels = np.array([int(label) for label, _ in scored])
    probabilities = np.array([probability for _, probability in scored])
    alone = best_threshold(labels, [probabilities])
    assert alone in THRESHOLD_GRID
    assert best_threshold(labels, [probabilities] * copies) == alone


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.floats(0, 1)), min_size=1, max_size=60))
def test_thresholds_are_chosen_on_scikit_learns_f1_and_precision_to_the_bit(
    scored: list[tuple[bool, float]],
) -> None:
    """best_threshold counts F1 and precision with numpy; a model's thresholds would move if
    those figures differed from scikit-learn's by as much as a rounding, since precision is
    compared with 0.9 and F1 curves with one another."""
    from sklearn.metrics import f1_score, precision_score

    labels = np.array([int(label) for label, _ in scored])
    probabilities = np.array([probability for _, probability in scored])
    f1, precision = grid_scores(labels, probabilities)
    for at, threshold in enumerate(THRESHOLD_GRID):
        tagged = probabilities >= threshold
        assert f1[at] == f1_score(labels, tagged, zero_division=0)
        assert precision[at] == precision_score(labels, tagged, zero_division=0)
