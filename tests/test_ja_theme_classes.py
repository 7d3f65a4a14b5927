"""The Japanese theme model reads the classes the CJK sets missed as the labelling guide does.

blind32's: a state's spying arrest is security, a police pact against technology leaks both,
police working across borders on fraud cooperation, and ordinary crime and its trials (a robbery,
a fraud, a theft, a murder sentence) neither, however much their police words sound like security.

blind24 to blind34's and ja-dev-059's: a ban on a country's goods as pressure over Taiwan or its
defence is security even when the story is told by the farmers and fishers it hurts, while a
trade war's sourcing news is neither and a ban lifted cooperation; a partner pledging to help a
country strengthen its self-defence is both, not a friendship alone; allies' forces training
together are both; a civil-defence plan two governments work out together is both; a protest at a
military violation of airspace is security. The stories are in no corpus."""

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


STORIES_OF_LATER_SETS = [
    ("日本産ナマコ、中国向け出荷が再び止まる　漁協「値崩れが怖い」\n\n中国の税関当局が日本産の乾燥ナマコの輸入手続きを止めたことが分かった。中国外務省は日本の首相の台湾をめぐる発言を挙げ、「日本側が態度を改めるべきだ」としている。北海道の漁協では出荷を見合わせる動きが広がり、組合長は「値崩れが怖い」と話す。", {"security"}),
    ("中国が台湾産の高山茶の輸入を止めてから半年。南投県の茶農家は、日本や東南アジアへの売り込みに活路を探る。中国側は輸入停止を「台湾独立勢力への懲罰」と位置づけている。", {"security"}),
    ("レアアース輸出規制、日本の磁石メーカーに影\n\n中国商務省は、日本の防衛装備品メーカー向けのレアアースの輸出を認めないと発表した。日本の安全保障政策への対抗とみられる。国内の磁石メーカーの幹部は「通関が止まれば生産は数週間で行き詰まる」と話した。", {"security"}),
    ("米中の関税引き上げの応酬を受け、日本の家具輸入業者が中国製品の仕入れ先をベトナムに移す動きが広がっている。", set()),
    ("台湾当局が日本産食品の輸入規制を緩め、福島県産の日本酒が台北の百貨店に並んだ。県の担当者は「台湾との信頼の積み重ねの成果だ」と喜んだ。", {"cooperation"}),
    ("【台北共同】台湾を訪れた英国の議員団は、台湾が自らを守る力を高める取り組みを英国議会として支えていくと表明した。台湾の立法院長は「英台の友好の新たな一歩だ」と歓迎した。", {"cooperation", "security"}),
    ("豪海軍のフリゲートが横須賀に入港。日本近海で海自の護衛艦と共同訓練をした帰りとのことで、甲板の艦載ヘリが見えた。", {"cooperation", "security"}),
    ("台湾有事の邦人退避、日台が空港と港の使用で手順を確認\n\n日本台湾交流協会と台湾の外交部は、有事の際に台湾にいる日本人を退避させるための空港や港の使い方を確認し、来年に合同の机上演習を行うことで合意した。", {"cooperation", "security"}),
    ("外務省は、中国軍の無人機が与那国島周辺の領空を侵犯したとして、中国大使館の次席公使に厳重に抗議した。", {"security"}),
]  # fmt: skip


@pytest.mark.parametrize(("story", "themes"), STORIES)
def test_japanese_stories_of_blind32s_missed_classes_are_tagged_as_a_reader_expects(
    story: str, themes: set[str]
) -> None:
    (scores,) = score_cjk(cjk_theme_model("ja"), [story])
    assert set(scores.tags) == themes


@pytest.mark.parametrize(("story", "themes"), STORIES_OF_LATER_SETS)
def test_japanese_stories_of_the_later_sets_missed_classes_are_tagged_as_a_reader_expects(
    story: str, themes: set[str]
) -> None:
    (scores,) = score_cjk(cjk_theme_model("ja"), [story])
    assert set(scores.tags) == themes
