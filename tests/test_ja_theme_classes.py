"""The Japanese theme model reads the classes blind32 missed as the labelling guide does: a
state's spying arrest is security, a police pact against technology leaks both, police working
across borders on fraud cooperation, and ordinary crime and its trials (a robbery, a fraud, a
theft, a murder sentence) neither, however much their police words sound like security. The
stories are in no corpus."""

import pytest

from monitor.nlp.cjk_themes import cjk_theme_model, score_cjk

STORIES = [
    ("【北京共同】中国の国家安全当局が、スパイ行為に関わった疑いで日本人の男性会社員を拘束していたことが分かった。外務省は早期解放を求めている。", {"security"}),
    ("警視庁公安部は９日、中国の情報機関の指示を受けて自衛隊の基地周辺を撮影していたとして、中国籍の男を逮捕した。", {"security"}),
    ("水産庁は３日、日本の排他的経済水域（ＥＥＺ）で許可なく操業したとして、中国漁船の船長を漁業主権法違反の疑いで逮捕した。", {"security"}),
    ("警察庁と米連邦捜査局（ＦＢＩ）は、半導体技術の中国への不正な流出を防ぐため、捜査情報を共有する協力文書に署名した。", {"cooperation", "security"}),
    ("【台北共同】台湾の警察当局と日本の警察庁は、日本の高齢者を狙った特殊詐欺グループの摘発で協力し、台湾の拠点にいた日本人の男ら８人を拘束した。", {"cooperation"}),
    ("警察庁とタイ国家警察は、タイを拠点とする特殊詐欺グループの摘発に向け、捜査員の相互派遣と情報共有を進めることで合意した。", {"cooperation"}),
    ("福岡県警は１２日、コンビニエンスストアで店員を脅し現金を奪ったとして、無職の男（２９）を強盗の疑いで逮捕した。", set()),
    ("大阪府警は２日、高齢女性からキャッシュカードをだまし取ったとして、住所不定の男（２２）を詐欺の疑いで逮捕した。", set()),
    ("沖縄県警は２３日、那覇市内の住宅に侵入し貴金属を盗んだとして、窃盗の疑いで男２人を逮捕した。", set()),
    ("札幌地裁は１８日、妻を殺害したとして殺人罪に問われた男に懲役１４年の判決を言い渡した。", set()),
]  # fmt: skip


@pytest.mark.parametrize(("story", "themes"), STORIES)
def test_japanese_stories_of_blind32s_missed_classes_are_tagged_as_a_reader_expects(
    story: str, themes: set[str]
) -> None:
    (scores,) = score_cjk(cjk_theme_model("ja"), [story])
    assert set(scores.tags) == themes
