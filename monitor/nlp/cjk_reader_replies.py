"""Where readers' replies begin in a Japanese or Chinese article reposted with its thread.

まとめ sites and 5ch-style boards repost a news report, then the readers' replies: a board's
later posts ("3 ：名無しさん＠恐縮です：2025/08/14(木) 11:50:41.12 ID:jK8lM9nB0"), or the
lines under a heading such as "以下、ネットの反応", "【コメント】" or "＜ネットの反応＞". A
figure there is a reader's remark ("21機越えとか普通に多くて草", "一年で5000機超えるペース"), not
a report, unless the reader cites one ("国防部発表だと8日朝時点で軍機41機"): cjk_incursions.py
reads the replies' sentences only when they name the report they take their figures from.
"""

from __future__ import annotations

import re
from functools import cache

from .cjk_script import fold_pattern

# A board post's header line: its number, the poster's name, the date and the poster's ID
# ("1: 名無しさん＠おーぷん 25/03/15(土)11:12:44 ID:Kx3p"). The date and ID are what make it a
# header, not a numbered list item. Matched over folded text, where full-width signs are ASCII.
_POST_HEADER = r"^[ \t]*\d{1,5}[ \t]*:[^\n]{0,80}?\d{2,4}/\d{1,2}/\d{1,2}[^\n]{0,60}?\bid:"

# A heading over the readers' reactions, alone on its line: the net's, readers' or commenters'
# ("以下、ネットの反応", "■ネットの反応", "【コメント】", "网友评论"); a news section of
# governments' reactions ("【各国の反応】") is the report's own.
_REACTIONS_HEADING = (
    r"^[ \t]*[■□◆◇●○▼▽【\[＜<（(]?[ \t]*(?:以下[、,]?)?[ \t]*"
    r"(?:(?:ネット|ネット上|読者|ユーザー|みんな|ネットユーザー)の)?"
    r"(?:反応|コメント|声)(?:まとめ)?[】\]＞>）)]?[ \t]*$"
    r"|^[ \t]*[■□◆◇●○▼▽【\[＜<（(]?[ \t]*(?:网友|網友|读者|讀者)(?:评论|評論|留言|反应|反應)"
    r"[】\]＞>）)]?[:：]?[ \t]*$"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(fold_pattern(_POST_HEADER), re.MULTILINE),
        re.compile(fold_pattern(_REACTIONS_HEADING), re.MULTILINE),
    )


def replies_start(folded: str) -> int:
    """The offset where the readers' replies begin in folded text: the board's second post, or a
    reactions heading, whichever comes first; the text's length when there are none. The first
    post is the reposted report itself."""
    post_header, reactions_heading = _patterns()
    headers = post_header.finditer(folded)
    next(headers, None)
    second_post = next(headers, None)
    heading = reactions_heading.search(folded)
    starts = [m.start() for m in (second_post, heading) if m]
    return min(starts, default=len(folded))
