"""Two kinds of period word for cjk_incursion_words' scopes, which decide whether a count is the
day's or a period's:

- A time counted back from the story, as Japanese and Chinese copy recall a past event by how
  long ago it was ("半月前の大規模演習では", "兩週前", "10天前", "3年前"). More than a week ago,
  it is a period of the past: the figures it governs are background by the guide's rule 8 ("a
  figure more than a week old gives none"), whatever day they were counted on. Weeks, half
  months, months and years are always more than a week; days are from eight on.
- A tally (統計, 集計) is a period's ("上月統計", "国防部の集計では今年"), but not the tally of
  the report's window, which is the day's ("24小時統計為共機45架次", "過去24小時的統計",
  "２４時間の集計では").
"""

_DIGITS_FROM_EIGHT = r"[89]|[1-9][0-9]+"
_KANJI_FROM_EIGHT = r"[八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?"
_NUMBER = r"[0-9]+|[一二兩两三四五六七八九十]+"

MORE_THAN_A_WEEK_AGO = (
    rf"(?:半|{_NUMBER})(?:[週周]|月|年)前|(?:{_DIGITS_FROM_EIGHT}|{_KANJI_FROM_EIGHT})(?:日|天)前"
)
PERIOD_TALLY = r"(?<!小時)(?<!小時的)(?<!時間)(?<!時間の)(?:統計|集計)"
