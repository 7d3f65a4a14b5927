"""Runs of one-character countries in Japanese copy ("日米豪比の４カ国", "日比円滑化協定",
"米比演習"): each character is its country, a partner of the pact, drill or summit.

One character is a word part far more often than a country (比較, 豪雨, 印象, 台中, 日中は), so a
character is read as its country only in a run of two or more abbreviations standing apart from
a longer word, only where no name was found over the run (台中 is Taichung when the knowledge
base finds it), and only when the article names that country elsewhere, alone or opening the
name of one of its services ("オーストラリア海軍…日豪両政府"): an abbreviation stands for a
country the reader has met ("フィリピン…日比円滑化協定"). The sets label a bare 日米 or 日台 in
an article that never names the countries as no mention of them.
"""

from __future__ import annotations

import re

from .cjk_country_forces import SERVICE_WORDS
from .cjk_entity_words import COUNTRY_ABBREVIATIONS
from .cjk_script import CJK, fold
from .kb import KnowledgeBase
from .mention import Mention, relinked

# 中 and 台 open or close too many words beside another abbreviation (日中は: "in the daytime",
# 台風, 中間線), and 朝 is morning (今朝, 朝日); the rest stand for countries in a run.
_RUN_CHARS = "".join(char for char in COUNTRY_ABBREVIATIONS if char in "日米韓露英豪比印")
# Two or more abbreviations, not glued to a Han character before (今日米: "today's rice"). 米
# beside 中 or 台 is a pair of its own ("米中首脳会談", "米台関係", "台米の"): no word holds them
# (中米, Central America, is the other way round).
_RUN = re.compile(rf"(?<![\u3005\u3400-\u9fff\uf900-\ufaff])(?:[{_RUN_CHARS}]{{2,}}|米[中台]|台米)")
_PAIR_CHARS = "中台"


def _country_written(mention: Mention, kb: KnowledgeBase) -> str | None:
    """The country whose name opens the name of one of its services ("オーストラリア海軍"): a
    reader has met the country there too."""
    entry = kb.entities.get(mention.entity_id) if mention.in_kb else None
    country = kb.entities.get(entry.country) if entry and entry.country else None
    if country is None or entry is country:
        return None
    written = fold(mention.text)
    names = (fold(name) for name in (country.name, *country.aliases) if CJK.search(name))
    opens = any(
        len(name) >= 2 and written[len(name) :] in SERVICE_WORDS and written.startswith(name)
        for name in names
    )
    return country.id if opens else None


def countries_in_runs(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`mentions` with each character of a run of country abbreviations linked to its country,
    where the article names that country and no name covers the run."""
    named = {mention.entity_id for mention in mentions if mention.in_kb}
    named |= {country for mention in mentions if (country := _country_written(mention, kb))}
    # the model's own unlinked name of the run or of a part of it ("日米" as one place, "日米"
    # of 日米比 and "米豪" of 日米豪) gives way to it; a longer one is a name of its own
    # ("日米防衛産業協力…")
    runs = [run.span() for run in _RUN.finditer(text)]
    taken = {
        i
        for mention in mentions
        if mention.in_kb or not any(a <= mention.start and mention.end <= b for a, b in runs)
        for i in range(mention.start, mention.end)
    }
    found = [
        relinked(Mention(char, "GPE", char, "", start, start + 1, False), country, kb)
        for run in _RUN.finditer(text)
        if taken.isdisjoint(range(*run.span()))
        for start, char in enumerate(run.group(), run.start())
        if (country := COUNTRY_ABBREVIATIONS[char]) in named and char not in _PAIR_CHARS
    ]
    covered = {i for mention in found for i in range(mention.start, mention.end)}
    kept = [m for m in mentions if m.in_kb or covered.isdisjoint(range(m.start, m.end))]
    return sorted([*kept, *found], key=lambda mention: mention.start)
