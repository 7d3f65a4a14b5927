"""The Chinese pipeline: jieba's word segmentation with part-of-speech tags, for the names the
knowledge base lacks (PyPI has no Chinese spaCy NER model, and spacy-pkuseg fetches its model
from the internet on first use).

jieba's dictionary is simplified Chinese, so it reads the folded text (cjk_script.fold: one
character for one, so its words keep their offsets in the text as written). Only people (`nr`)
and organisations (`nt`) are taken: its place tag also marks directions ("西南") and regions.
jieba comes with the `cjk` extra; without it the knowledge base's rules find the names alone.
"""

from __future__ import annotations

import importlib.util
import logging
import threading

from .cjk_entities import ModelName
from .cjk_script import fold

LABELS = {"nr": "PERSON", "nrt": "PERSON", "nt": "ORG"}
MIN_CHARS = 2
_LOCK = threading.Lock()
_READY: list[bool] = []


def jieba_installed() -> bool:
    return importlib.util.find_spec("jieba") is not None


def jieba_version() -> str:
    import jieba

    return f"jieba {jieba.__version__}"


def chinese_names(text: str) -> list[ModelName]:
    """People and organisations jieba tags in `text`, by their offsets in it."""
    import jieba.posseg

    _initialise()
    names, position = [], 0
    for word, flag in jieba.posseg.cut(fold(text)):
        start, position = position, position + len(word)
        if flag in LABELS and len(word.strip()) >= MIN_CHARS:
            names.append(ModelName(start, position, LABELS[flag]))
    return names


def _initialise() -> None:
    """Load the dictionary once, quietly (jieba announces it on stderr otherwise)."""
    with _LOCK:
        if not _READY:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _READY.append(True)
