"""A ministry's name glued to one of its agencies' in Chinese and Japanese copy: the agency's full
name.

Taiwanese and mainland copy names an agency by its ministry and its own name, glued:
內政部役政署 (the conscription agency), 國防部徵兵辦公室, 交通部航港局, 財政部關務署,
外交部領事事務局, 教育部國教署. The ministry is the first part of the agency's name, as 行政院 is
of 行政院農業委員會 (cjk_cabinet_bodies), and no mention of its own: where the ministry is named
nowhere else, the Chinese sets label such a name whole 29 times and split it twice
(zh-blind19-047's 交通部航港局, zh-blind13-036's 外交部亞洲司, which the region's name keeps).

- The ministry is a 部 ministry's name; its agency is one to four characters closed by 署, 局,
  司, 處 or 辦公室, right after it. Not a verb's 署 (簽署, 部署), not 部門 (a department).
- An agency the knowledge base holds by itself (海巡署, whose ministry is a council, and any
  other) is its own mention after its ministry's, as the sets label 海洋委員會海巡署 (25 of 27).
- Japanese copy writes Taiwan's ministries and their agencies the same way (内政部消防署,
  内政部国土管理署), and its sets label such a name whole where the knowledge base lacks the
  agency (four of five); a particle ends the agency's name ("国防部が中国当局を"), and Japan's
  own ministries are 省, no 部 (防衛省沖縄防衛局 keeps both, as the sets label it).
- 当局 after a ministry is its "authorities" ("外交部当局者"), no agency.
- A commission's or a congress's name opens its agencies' the same way: 美国国会审计署 (the
  GAO), 中央军委装备发展部 and the Central Military Commission's other departments, named by
  their fields (a 部 after any other word is as often a ministry the sentence goes on to:
  "國會通過國防部預算").
"""

from __future__ import annotations

import re

from .cjk_script import fold, fold_pattern

MINISTRY_END = fold("部")
# A commission's (中央軍委) or a congress's (國會) last character.
BODY_ENDS = (fold("委"), fold("會"))
# The Central Military Commission's departments, by their fields.
_DEPARTMENT = re.compile(
    fold_pattern(
        r"(?:裝備發展|聯合參謀|政治工作|後勤保障|訓練管理|國防動員|紀律檢查|政法)(?:部|委員會)"
    )
)
_NAME_CHAR = r"[^\W\d_\u3040-\u309f的之與与和及已將将要會会也並并曾未在向對对為为是]"
# An agency's own name: one to four characters, or two fields joined by 及 (農業部林業及自然保育署,
# the forestry and nature conservation agency; a 及 right after the ministry lists another body:
# "交通部及民航局"). The office word closes it, not a verb's 署 (簽署, 部署) nor 處 opening 處理
# or 處置 ("在台日漁業委員會中處理": the commission is to handle it).
_AGENCY = re.compile(
    fold_pattern(
        rf"(?![門门当當])(?:{_NAME_CHAR}{{1,4}}?|{_NAME_CHAR}{{2}}及{_NAME_CHAR}{{2,4}}?)"
        r"(?<![簽签部連连])(?:署|局|司|處(?![理置])|处(?![理置])|辦公室|办公室)"
    )
)


def opens_agency_name(folded: str, start: int, end: int, forms: dict[str, str]) -> bool:
    """Whether the ministry's, commission's or congress's name at [start, end) of folded
    Chinese or Japanese text is the first part of one of its agencies' names glued after it, an
    agency the knowledge base (`forms`) does not hold by itself."""
    if folded.endswith(BODY_ENDS, start, end):
        agency = _DEPARTMENT.match(folded, end) or _AGENCY.match(folded, end)
    elif folded.endswith(MINISTRY_END, start, end):
        agency = _AGENCY.match(folded, end)
    else:
        return False
    if agency is None:
        return False
    return not any(folded[end:stop] in forms for stop in range(end + 1, agency.end() + 1))
