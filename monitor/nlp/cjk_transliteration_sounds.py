"""Characters Chinese copy writes for one sound of a foreign name: "帕帕罗" and "帕帕洛" (Paparo),
"哈特利" and "哈特莉" are one name each, a transliteration being a string of syllables that
each writer spells with a character of that sound. Two people's transliterations one character
apart differ in sound ("马科斯", Marcos; "马尔斯", Marles), so only characters of one syllable
make a misspelling (cjk_misspellings.py).
"""

from __future__ import annotations

from functools import cache

from .cjk_script import fold

# The characters of each syllable that transliterations use, in both scripts.
SYLLABLES = (
    "羅罗洛絡络", "爾尔耳兒儿", "斯絲丝思司", "里利力立莉理黎麗丽", "克柯科可", "德得", "特忒",
    "納纳娜那", "尼妮", "維维威韋韦衛卫偉伟", "夫弗福富", "馬马瑪玛", "亞亚雅", "西希席錫锡",
    "波伯博柏", "拉菈", "蘭兰藍蓝", "卡喀", "迪蒂帝狄", "格戈葛", "巴芭", "米密蜜", "倫伦論论",
    "耶葉叶", "伊依", "艾愛爱", "奧奥澳", "丁汀", "廷庭婷", "莫摩默", "諾诺", "奇琪齊齐",
    "塞賽赛", "托陀", "文溫温", "沙莎", "肯懇恳",
)  # fmt: skip


@cache
def _syllable_of() -> dict[str, int]:
    return {fold(char): number for number, chars in enumerate(SYLLABLES) for char in chars}


def sound_alike(name: str, form: str) -> bool:
    """Whether two folded names of one length differ in exactly one character, and the two
    characters are written for one syllable."""
    if len(name) != len(form):
        return False
    differing = [(a, b) for a, b in zip(name, form, strict=True) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    syllable = _syllable_of()
    return a in syllable and syllable.get(a) == syllable.get(b)
