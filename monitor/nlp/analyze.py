"""The analysis stage: language, then entities, incursion counts and themes for English articles
(and Japanese and Chinese ones, analyze_cjk.py).

Pure over a batch of articles; the spaCy model loads on first use, so a pass that finds
nothing new never loads it. Work is linear in text length, and at most MAX_ANALYSED_CHARS of
each article are analysed (the stored text stays whole), so no article can hold a pass.
"""

from __future__ import annotations

import logging
import threading
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from ..errors import one_line
from ..ingest.char_refs import DecodedText, edited_with_origins, reference_edits
from ..ingest.parse import Article
from .analysis_processes import in_processes
from .capital_lines import read_capital_lines
from .caption_case import read_captions
from .cjk_script import CJK_LANGUAGES, has_cjk, opencc_available
from .english import BATCH_SIZE, Pipeline, pipeline_for
from .entities import Mention, link_mentions
from .incursion_corrections import with_corrections
from .incursion_disowned_figures import without_disowned_figures
from .incursion_fact_checks import without_refuted_figures
from .incursion_figure_bullets import without_figure_dots
from .incursion_hypotheticals import without_invented_figures
from .incursion_included_lines import without_included_lines
from .incursion_log_entries import with_log_entries_completed
from .incursion_month_lists import without_month_list_counts
from .incursion_period_leads import without_undated_period_counts
from .incursion_prefilter import may_report_incursions
from .incursion_quiz_answers import with_quiz_answers
from .incursion_scenarios import without_quoted_examples, without_scenario_paragraphs
from .incursion_type_lists import without_type_lists
from .incursions import Incursion, find_incursions
from .kb import KnowledgeBase, default_kb
from .language import article_language, primary_subtag
from .markdown_marks import read_without_marks
from .paragraphs import layout_edits
from .romanised_japanese import english_reading
from .themes import ThemeModel, ThemeScores, default_theme_model

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# About 8,000 words: longer than nearly any news article, short enough that the worst article a
# feed can send costs seconds, far below spaCy's own limit of 1,000,000 characters.
MAX_ANALYSED_CHARS = 50_000
ENGLISH = "en"
# One batch through the model at a time: the service runs feed jobs on several threads, and a
# spaCy pipeline is not meant to be shared by concurrent callers.
_MODEL_IN_USE = threading.Lock()
_Models = tuple[Pipeline | None, KnowledgeBase | None, ThemeModel | None]


# Days written relative to the publication ("on Monday", "last year") are read against it, so a
# time at the calendar's ends (an item an old release stored as 0001-01-01, a line of `analyze
# --jsonl` dated 9999-12-31) overflowed the date arithmetic and failed its analysis, or the
# whole command; outside these years the text is read as undated.
ANCHORS_FROM = datetime(1000, 1, 1, tzinfo=UTC)
ANCHORS_UNTIL = datetime(9000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class TextToAnalyse:
    id: str
    text: str  # title, a blank line, then the fullest text available
    declared_language: str | None = None
    published_utc: datetime | None = None

    def __post_init__(self) -> None:
        published = self.published_utc
        if published is not None and not ANCHORS_FROM <= published < ANCHORS_UNTIL:
            object.__setattr__(self, "published_utc", None)


@dataclass(frozen=True)
class Analysis:
    id: str
    language: str | None
    language_source: str  # feed or detected
    status: str  # analyzed; not_english (stored and marked); failed (see `error`)
    mentions: tuple[Mention, ...] = ()
    incursions: tuple[Incursion, ...] = ()
    themes: ThemeScores | None = None  # analysed articles only
    error: str | None = None  # why the analysis failed, for status failed
    theme_model_version: str | None = None


def article_input(article: Article) -> TextToAnalyse:
    text = f"{article.title}\n\n{article.text}".strip()
    return TextToAnalyse(article.id, text, article.language, article.published_utc)


def analyse_safely(
    items: list[TextToAnalyse],
    workers: int = 1,
    theme_model: ThemeModel | None = None,
    kb: KnowledgeBase | None = None,
) -> list[Analysis]:
    """`analyse`, with one failure boundary per article: when the batch fails, each article is
    analysed on its own, and an article that still fails is marked failed with the reason (it
    is stored all the same, and `monitor reanalyze --failed` tries it again)."""
    try:
        return analyse(items, workers=workers, theme_model=theme_model, kb=kb)
    except Exception as exc:  # noqa: BLE001 - find the article at fault, keep the others
        log.debug("analysis of a batch of %d failed", len(items), exc_info=True)
        if len(items) == 1:
            log.warning("analysis of article %s failed: %s", items[0].id, one_line(exc))
            return [Analysis(items[0].id, None, "", "failed", error=one_line(exc))]
    return [a for item in items for a in analyse_safely([item], 1, theme_model, kb)]


def analyse(
    items: list[TextToAnalyse],
    *,
    workers: int = 1,
    pipeline: Pipeline | None = None,
    kb: KnowledgeBase | None = None,
    theme_model: ThemeModel | None = None,
) -> list[Analysis]:
    """Analyse a batch in order; `workers` > 1 analyses in that many processes, each taking
    whole articles from their language on (analysis_processes.py).

    The text analysed is the text given with its HTML character references decoded
    (char_refs.py), so "Taiwan&#8217;s" is read as "Taiwan’s", its paragraphs in one layout
    (paragraphs.py), so a story reads the same whether its feed broke paragraphs with a blank
    line, one line break or CRLF, and an English text's OCR slips
    mended (print_slips.py), so "l3 of the aircraft" is read as "13", and its long vowels plain
    (romanised_japanese.py), so "Tōkyō" is read as "Tokyo"; mentions' offsets index
    the text given all the same, and their `text` is its slice with references decoded.
    """
    if workers > 1 and len(items) > 1:
        with _MODEL_IN_USE:
            pipeline, kb, theme_model = _shared_models(items, pipeline, kb, theme_model)
            # A forked process has one thread, and its copy of the lock is held (by this
            # thread, now): it takes none.
            work = partial(_analysed, models=(pipeline, kb, theme_model), in_use=nullcontext())
            return in_processes(work, items, workers)
    return _analysed(items, (pipeline, kb, theme_model), _MODEL_IN_USE)


def _shared_models(
    items: list[TextToAnalyse],
    pipeline: Pipeline | None,
    kb: KnowledgeBase | None,
    theme_model: ThemeModel | None,
) -> _Models:
    """What the processes share, loaded before they are forked: the knowledge base, and the
    English model and theme model unless every article is declared in another language (and
    so none is read as English)."""
    kb = kb or default_kb()
    if not all(_declared_other_than_english(item) for item in items):
        pipeline = pipeline or pipeline_for(kb)
        theme_model = theme_model or default_theme_model()
    return pipeline, kb, theme_model


def _declared_other_than_english(item: TextToAnalyse) -> bool:
    declared = primary_subtag(item.declared_language or "")
    return bool(declared) and declared != ENGLISH


def _analysed(
    items: list[TextToAnalyse], models: _Models, in_use: AbstractContextManager[object]
) -> list[Analysis]:
    """The batch analysed here, `in_use` held while a model reads it."""
    pipeline, kb, theme_model = models
    decoded = [_readable(_capped(item.text)) for item in items]
    items = [replace(item, text=text.text) for item, text in zip(items, decoded, strict=True)]
    languages = [article_language(item.declared_language, item.text, kb) for item in items]
    mended = [
        english_reading(item.text) if language in (ENGLISH, None) else DecodedText(item.text, None)
        for item, (language, _) in zip(items, languages, strict=True)
    ]
    items = [replace(item, text=text.text) for item, text in zip(items, mended, strict=True)]
    english = [
        item for item, (language, _) in zip(items, languages, strict=True)
        if language in (ENGLISH, None)
    ]  # fmt: skip
    results: dict[str, Analysis] = {}
    if english:
        with in_use:
            results = _analyse_english(english, pipeline, kb, theme_model)
    results |= _analyse_cjk(items, [language for language, _ in languages], kb, in_use)
    analyses = []
    for item, text, printed, (language, source) in zip(
        items, decoded, mended, languages, strict=True
    ):
        found = results.get(item.id, Analysis(item.id, None, "", "not_english"))
        mentions = _in_text_given(_as_written(found.mentions, printed, text.text), text)
        analyses.append(
            replace(found, language=language, language_source=source, mentions=mentions)
        )
    return analyses


def _in_text_given(mentions: tuple[Mention, ...], text: DecodedText) -> tuple[Mention, ...]:
    if text.origins is None:
        return mentions
    return tuple(
        replace(m, start=text.original_offset(m.start), end=text.original_end(m.end))
        for m in mentions
    )


def _as_written(
    mentions: tuple[Mention, ...], read: DecodedText, written: str
) -> tuple[Mention, ...]:
    """Mentions over `read.text` moved to the text it was read from, `written`, with its
    surfaces: the text before its OCR slips were mended, its Markdown marks deleted or its
    captions cased."""
    if read.text is written:
        return mentions
    spans = [(read.original_offset(m.start), read.original_end(m.end)) for m in mentions]
    return tuple(
        replace(m, text=written[start:end], start=start, end=end)
        for m, (start, end) in zip(mentions, spans, strict=True)
    )


def _analyse_english(
    english: list[TextToAnalyse],
    pipeline: Pipeline | None,
    kb: KnowledgeBase | None,
    theme_model: ThemeModel | None,
) -> dict[str, Analysis]:
    kb = kb or default_kb()
    pipeline = pipeline or pipeline_for(kb)
    theme_model = theme_model or default_theme_model()
    return _analyse_chunk(english, pipeline, kb, theme_model)


def _analyse_chunk(
    english: list[TextToAnalyse], pipeline: Pipeline, kb: KnowledgeBase, theme_model: ThemeModel
) -> dict[str, Analysis]:
    results: dict[str, Analysis] = {}
    themes = theme_model.score([item.text for item in english])
    # Strings spaCy meets in a batch (names, numbers, typos) are freed with the batch, so a
    # service that runs for months keeps a flat vocabulary; nothing below keeps a Doc. Only the
    # first articles a process reads leave their words, a bounded few (tokenizer_cache.py).
    # Markdown is read without its marks (markdown_marks.py), captions cased, their read-out
    # designators written (caption_case.py); offsets are mapped back, so what is stored is
    # sliced from the text as written. Lines in capitals are read recased (capital_lines.py):
    # only case changes there, so offsets stay the same.
    shown = [read_without_marks(item.text) for item in english]
    read = [read_captions(read_capital_lines(text.text, kb), kb) for text in shown]
    texts = [text.text for text in read]
    made = pipeline.learn_words(texts)  # outside the zone, so the tokenizer keeps their words
    with pipeline.nlp.memory_zone():
        docs = pipeline.process(texts, batch_size=BATCH_SIZE, made=made)
        for item, text, doc, scores, words in zip(english, read, docs, themes, shown, strict=True):
            published = item.published_utc.date() if item.published_utc else None
            found = link_mentions(doc, kb, published, text.text)
            mentions = _as_written(_as_written(tuple(found), text, words.text), words, item.text)
            incursions = tuple(_incursions(doc, replace(item, text=words.text), text))
            if has_cjk(item.text):  # a gloss in characters, a release's original paragraphs
                mentions, incursions = _with_cjk_script(item, mentions, incursions, kb)
            results[item.id] = Analysis(
                item.id, None, "", "analyzed", mentions, incursions, scores,
                theme_model_version=theme_model.version,
            )  # fmt: skip
    return results


def _with_cjk_script(
    item: TextToAnalyse,
    mentions: tuple[Mention, ...],
    incursions: tuple[Incursion, ...],
    kb: KnowledgeBase,
) -> tuple[tuple[Mention, ...], tuple[Incursion, ...]]:
    """An English article's runs of Chinese or Japanese script read by the CJK readers, when
    the `cjk` extra is installed. Imported here, on use: most English articles have none."""
    if not opencc_available():
        return mentions, incursions
    from .cjk_runs import with_cjk_runs

    return with_cjk_runs(item.text, mentions, incursions, kb, item.published_utc)


def _analyse_cjk(
    items: list[TextToAnalyse],
    languages: list[str | None],
    kb: KnowledgeBase | None,
    in_use: AbstractContextManager[object],
) -> dict[str, Analysis]:
    """Japanese and Chinese articles, when the `cjk` extra is installed (else they stay
    not_english). Imported here, on use: most passes have no CJK article to analyse."""
    if not CJK_LANGUAGES.intersection(languages):
        return {}
    from .analyze_cjk import analyse_cjk, cjk_ready

    results: dict[str, Analysis] = {}
    for language in sorted(CJK_LANGUAGES):
        batch = [item for item, lang in zip(items, languages, strict=True) if lang == language]
        if batch and cjk_ready(language):
            with in_use:
                found = analyse_cjk(batch, language, kb or default_kb())
            results |= {analysis.id: analysis for analysis in found}
    return results


def _readable(text: str) -> DecodedText:
    """The text with its character references decoded and its paragraphs laid out in the one
    form every rule reads (paragraphs.py), wherever the feed's breaks came from. References
    hold no whitespace and the layout edits only whitespace, so the two never overlap."""
    edits = sorted(reference_edits(text) + layout_edits(text), key=lambda edit: edit.start)
    return edited_with_origins(text, edits)


def _capped(text: str) -> str:
    """At most MAX_ANALYSED_CHARS, cut at a space so no word is split."""
    if len(text) <= MAX_ANALYSED_CHARS:
        return text
    cut = text.rfind(" ", MAX_ANALYSED_CHARS // 2, MAX_ANALYSED_CHARS)
    return text[: cut if cut > 0 else MAX_ANALYSED_CHARS]


def _incursions(doc: Doc, item: TextToAnalyse, read: DecodedText) -> list[Incursion]:
    # The Doc reads `read`, the item's text as analysed; its sentences are sliced from the
    # item's text, far cheaper than `doc.text` or `sent.text`, which join the tokens again.
    # The item's text is Markdown's words without its marks ("**15** crossed" is "15 crossed").
    if not may_report_incursions(item.text):
        return []
    published = item.published_utc or datetime.now(UTC)
    sentences = [
        item.text[read.original_offset(sent.start_char) : read.original_end(sent.end_char)]
        for sent in doc.sents
    ]
    # Only the story's facts: whose report a paragraph is (craft_reports.py) is no matter of when.
    sentences = without_undated_period_counts(sentences, published.date())  # "2019 — ..."
    sentences = without_month_list_counts(sentences, published.date())  # "March at a glance"
    sentences = without_scenario_paragraphs(sentences)  # "Scenario one: ... 30 ships a day"
    sentences = without_quoted_examples(sentences)  # "when you see '30 aircraft in the ADIZ'"
    sentences = without_invented_figures(sentences)  # "suppose 40 ...", "each dot stands for"
    sentences = with_quiz_answers(sentences)  # "How many ... on Tuesday?" "Answer: Two."
    sentences = without_figure_dots(sentences)  # "37 · PLA aircraft the MND reported"
    sentences = with_log_entries_completed(sentences)  # "Mon 2/9 — 4 CCG ships ..." "Tue 2/10 — 4"
    sentences = with_corrections(sentences)  # a teacher's note: "23 aircraft, not 32"
    sentences = without_disowned_figures(sentences)  # "a post claiming 70 ... No ministry said so"
    sentences = without_included_lines(sentences)  # "30 aircraft, 11 ships. Includes 4 drones."
    sentences = without_type_lists(sentences)  # "four aircraft ..." "Two J-16s and two Su-30s."
    # Before the paragraphs' breaks are dropped: a quotation is refuted within its paragraph.
    sentences = without_refuted_figures(sentences)  # 'claimed "300 aircraft". No such thing'
    return find_incursions(sentences, published, article_text=item.text)
