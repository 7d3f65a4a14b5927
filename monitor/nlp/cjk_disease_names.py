"""Diseases named after the place where they were first described, as Japanese and Chinese
health copy writes them: the place inside such a name is no mention of it, as the place inside
a hospital's is not (cjk_medical_bodies). 日本腦炎 (Japanese encephalitis) is caught in
Changhua, 日本住血吸虫 is a fluke and 德國麻疹 is rubella: none of them says anything of Japan
or Germany.

Only the words that make a disease's own name after a place count, so that a disease told of a
place stays the place's: 日本流感疫情 is the flu in Japan, and names Japan.

- Encephalitis (腦炎, 脑炎, 脳炎): Japanese encephalitis, and the Americas' equine ones.
- A blood fluke (住血吸虫, 血吸蟲), spotted fever (紅斑熱, 斑點熱), haemorrhagic fever (出血熱,
  with its 型 when a country's type is named: 韓國型出血熱) and a respiratory syndrome
  (中東呼吸症候群, 中东呼吸综合征, 中東呼吸器症候群: MERS). Outlets tell these of a place with a
  word between (日本的腦炎病例, 日本国内の日本脳炎), never by gluing the place to them.
- Chinese's own names of two common diseases: 德國麻疹 (German measles, rubella) and 香港腳
  (athlete's foot). After another place, 麻疹 and 腳 are measles there, or a foot.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold, fold_pattern
from .kb import KBEntry

_DISEASE_AFTER_PLACE = (
    r"型?(?:[腦脑脳]炎|住?血吸[虫蟲]|紅斑熱|斑[點点]熱|出血熱|呼吸器?(?:症候群|綜合症|綜合徵))"
)
# (the place's name, the disease word after it) of the names Chinese gives by one place alone
_OWN_NAMES = (("德國", "麻疹"), ("香港", "腳"))


@cache
def _disease() -> re.Pattern[str]:
    return re.compile(fold_pattern(_DISEASE_AFTER_PLACE))


@cache
def _own_names() -> frozenset[tuple[str, str]]:
    return frozenset((fold(place), fold(word)) for place, word in _OWN_NAMES)


def inside_disease_name(folded: str, start: int, end: int, entry: KBEntry) -> bool:
    """Whether the place at [start, end) of the folded text opens a disease's name ("日本|腦炎",
    "日本|住血吸虫", "中東|呼吸症候群", "德國|麻疹"): see the module docstring."""
    if entry.type not in ("GPE", "LOC"):
        return False
    if _disease().match(folded, end):
        return True
    place = folded[start:end]
    return any(place == own and folded.startswith(word, end) for own, word in _own_names())
