"""Where readers' replies begin in a Japanese or Chinese article reposted with its thread.

まとめ sites and 5ch-style boards repost a news report, then the readers' replies: a board's
later posts ("3 ：名無しさん＠恐縮です：2025/08/14(木) 11:50:41.12 ID:jK8lM9nB0"), or the
lines under a heading such as "以下、ネットの反応", "【コメント】" or "＜ネットの反応＞". A
figure there is a reader's remark ("21機越えとか普通に多くて草", "一年で5000機超えるペース"), not
a report, unless the reader cites one ("国防部発表だと8日朝時点で軍機41機") or writes the day the
figure is of as the topic before it ("8日は台湾周辺に70機以上", "先月二十七日は四十五機だった",
"今日は海警4隻いる"): a reply's dated figure is a fact like a report's, as the writers of blind-15
decided. cjk_incursions.py reads the replies' sentences only when one of these holds.
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
# ("以下、ネットの反応", "■ネットの反応", "【コメント】", "――コメント――", "网友评论"); a news
# section of governments' reactions ("【各国の反応】") is the report's own. A heading may be set off
# by a mark, brackets or rules of dashes. Chinese sites head the comments under a repost with
# the bare word or a kind of it ("评论：", "热门评论：", "评论区：", "留言區", "精選留言");
# alone on its line it is never a sentence of the report ("评论员文章" is not the word alone).
_RULE = r"[-‐―─━—–=＝~〜]{2,}"
_OPENS = rf"[ \t]*(?:[■□◆◇●○▼▽【\[＜<（(]|{_RULE})?[ \t]*"
_CLOSES = rf"[ \t]*(?:[】\]＞>）)]|{_RULE})?[ \t]*"
# A comment section's own tally after its heading ("讀者留言（３２則）"), in folded brackets.
_COMMENT_TALLY = r"(?:[(]\d{1,6}[则条]?[)])?"
_REACTIONS_HEADING = (
    rf"^{_OPENS}(?:以下[、,]?)?[ \t]*"
    r"(?:(?:ネット|ネット上|読者|ユーザー|みんな|ネットユーザー)の)?"
    rf"(?:反応|コメント|声)(?:まとめ)?{_CLOSES}$"
    rf"|^{_OPENS}(?:网友|網友|读者|讀者|热门|熱門|精选|精選)?(?:评论|評論|留言|反应|反應)(?:区|區)?"
    rf"{_COMMENT_TALLY}{_CLOSES}[:：]?[ \t]*$"
)


# A day made the topic of a Japanese reply's clause: a date (digits or kanji, perhaps in a
# weekday's brackets: "先週の日曜（8日）は") or today or yesterday, then は, には, にも or も. A
# rate's day ("1日13機ペース") takes no particle, so it is none.
_TOPIC_DAY = (
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日[)）]?(?:には|にも|は|も)"
    r"|(?:今日|きょう|昨日|きのう)(?:には|にも|は|も)"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(fold_pattern(_POST_HEADER), re.MULTILINE),
        re.compile(fold_pattern(_REACTIONS_HEADING), re.MULTILINE),
        re.compile(fold_pattern(_TOPIC_DAY)),
    )


def replies_start(folded: str) -> int:
    """The offset where the readers' replies begin in folded text: the board's second post, or a
    reactions heading, whichever comes first; the text's length when there are none. The first
    post is the reposted report itself."""
    post_header, reactions_heading, _ = _patterns()
    headers = post_header.finditer(folded)
    next(headers, None)
    second_post = next(headers, None)
    heading = reactions_heading.search(folded)
    starts = [m.start() for m in (second_post, heading) if m]
    return min(starts, default=len(folded))


def dates_its_figure(sentence: str, first_count: int | None) -> bool:
    """Whether a reply's folded sentence writes the day of its first count (at `first_count`)
    as the topic before it (module docstring)."""
    topic_day = _patterns()[2].search(sentence, 0, first_count or 0)
    return first_count is not None and topic_day is not None
