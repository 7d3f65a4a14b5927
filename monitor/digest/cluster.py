"""Story clusters: the same story from several outlets, found by near-duplicate title and lede."""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

SIMILAR = 0.45  # cosine of TF-IDF over title and lede; rewrites of one wire story score 0.5-0.9
WITHIN = timedelta(hours=72)


@dataclass(frozen=True)
class Clusterable:
    id: str
    title: str
    text: str  # title and lede
    published: datetime

    @property
    def numbers(self) -> set[str]:
        return set(_NUMBER.findall(self.title))


_NUMBER = re.compile(r"\b\d+\b")


def _same_figures(a: Clusterable, b: Clusterable) -> bool:
    """Daily reports share their wording; titles giving different figures are different days."""
    return not (a.numbers and b.numbers) or bool(a.numbers & b.numbers)


def cluster_stories(items: Sequence[Clusterable]) -> list[list[int]]:
    """Groups of indexes into `items`, each group one story, in order of first appearance."""
    if not items:
        return []
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if len(items) > 1:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.metrics.pairwise import cosine_similarity

        vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
            [item.text for item in items]
        )
        similarity = cosine_similarity(vectors)
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                close_in_time = abs(items[i].published - items[j].published) <= WITHIN
                similar = similarity[i, j] >= SIMILAR and _same_figures(items[i], items[j])
                if close_in_time and similar:
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for index in range(len(items)):
        groups.setdefault(root(index), []).append(index)
    return sorted(groups.values(), key=lambda group: group[0])
