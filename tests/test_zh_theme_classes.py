"""The Chinese theme model reads the classes the CJK sets missed as the labelling guide does.

blind20 to blind34's: a tour group, a campus visit or a residents' tour across the Strait told
beside the day's figures is cooperation as well as security (the shipped model before the
`zh-w34-*` passages read them security alone); their contrasts stay as they were: a signing told
beside the figures both, business travel at New Year neither, an import ban as pressure security,
a cross-Strait forum cooperation. Left, as the model still reads them: a Shanghai tour group's
first visit to Penghu beside the figures (cooperation 0.43 against 0.48) and a Kinmen temple's
pilgrimage to Meizhou, which the sets label both ways. The stories are in no corpus."""

import pytest

from monitor.nlp.cjk_themes import cjk_theme_model, score_cjk

STORIES = [
    ("陸客團睽違五年重返金門 國防部同日偵獲共機18架次\n\n（中央社記者金門20日電）福建旅行社組織的首批陸客團32人今天搭乘小三通抵達金門水頭碼頭，金門縣府安排參訪古厝與酒廠。同日國防部公布，今天上午6時至下午6時偵獲共機18架次、共艦6艘在台海周邊活動，其中11架次逾越中線進入北部及西南空域。", {'cooperation', 'security'}),
    ("廈門高校師生訪金門交流 海巡：中國海警船今再闖限制水域\n\n（中央社記者金門12日電）廈門大學師生訪問團一行25人今天抵達金門，與金門大學師生舉辦座談並參訪戰地遺址，雙方約定明年互派交換生。另據海巡署金門分署指出，今天上午有3艘中國海警船闖入金門限制水域，海巡艦艇全程監控廣播驅離。", {'cooperation', 'security'}),
    ("福建居民赴馬祖旅遊團抵南竿 國防部：共機21架次擾台\n\n【馬祖日報】福建居民赴馬祖旅遊團40人今天搭乘小三通客輪抵達南竿，縣府與旅行業者安排參訪芹壁聚落與北海坑道。國防部今天公布，偵獲共機21架次、共艦8艘在台海周邊活動，其中14架次逾越中線。", {'cooperation', 'security'}),
    ("日台簽署海難搜救合作備忘錄 同步公布共機擾台數據\n\n台灣與日本今天在台北簽署海上搜救合作備忘錄，雙方海巡機關將建立聯絡窗口並定期舉行聯合演練。國防部同日表示，過去24小時偵獲共機23架次、共艦7艘及公務船2艘。", {'cooperation', 'security'}),
    ("台商返鄉過年 小三通旅運量增三成\n\n【金門日報】春節連假將至，金門水頭港小三通旅運量較去年同期增加三成，多數為在廈門、泉州經商的台商及家屬返台過年。港務處表示，已加開航班因應。", set()),
    ("北京宣布對台灣農產品暫停進口 陸委會：以經貿施壓\n\n大陸海關總署宣布暫停台灣柑橘類及部分水產品輸入，理由為檢出有害生物。陸委會表示，北京此舉是針對賴清德政府的政治施壓，與食品安全無關。", {'security'}),
    ("海峽論壇在廈門開幕 國台辦宣布惠台措施\n\n第十七屆海峽論壇今天在廈門開幕，國台辦主任宋濤出席並宣布多項便利台灣青年赴陸就業創業的措施。國民黨副主席率團參加，雙方就兩岸民間交流交換意見。", {'cooperation'}),
]  # fmt: skip


@pytest.mark.parametrize(("story", "themes"), STORIES)
def test_chinese_stories_of_the_missed_classes_are_tagged_as_a_reader_expects(
    story: str, themes: set[str]
) -> None:
    (scores,) = score_cjk(cjk_theme_model("zh"), [story])
    assert set(scores.tags) == themes
