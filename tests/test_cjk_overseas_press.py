"""Overseas Chinese-language papers (the zh-blind29 passages' classes of miss): a Commonwealth
navy's name with the crown's word in it is the navy, not the country that opens it, and a capital
that has not yet answered, or is asked for an account, or heads a headline's quoted half, is its
government."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.nlp.cjk_country_forces import royal_service_forms
from monitor.nlp.cjk_entities import cjk_mentions
from monitor.nlp.kb import default_kb


def _links(text: str, home: str = "china") -> set[tuple[str, str]]:
    mentions = cjk_mentions(text, default_kb(), date(2025, 8, 5), home)
    return {(m.text, m.entity_id) for m in mentions}


def test_a_royal_navys_full_chinese_name_is_the_navy() -> None:
    simplified = _links("澳洲皇家海军新一代通用护卫舰项目选定日本方案，其余在西澳州珀斯附近建造。")
    assert ("澳洲皇家海军", "royal-australian-navy") in simplified
    assert ("澳洲", "australia") not in simplified
    assert {("西澳州", "western-australia"), ("珀斯", "perth")} <= simplified
    traditional = _links("出動澳洲皇家海軍護衛艦在內的多艘艦艇。", "taiwan")
    assert ("澳洲皇家海軍", "royal-australian-navy") in traditional


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(sorted(royal_service_forms(default_kb()).items())))
def test_every_royal_form_is_read_as_its_service(item: tuple[str, str]) -> None:
    form, service = item
    links = {i for t, i in _links(f"他說，{form}將參加演習。", "taiwan")}
    assert service in links


def test_a_capital_that_owes_an_answer_or_heads_a_headlines_half_is_its_government() -> None:
    assert ("北京", "china") in _links("日本防卫大臣在东京表示欢迎。北京尚未对此作出回应。")
    assert ("北京", "china") in _links("澳大利亚总理说，澳方将要求北京作出解释。")
    assert ("東京", "japan") in _links("共同社引述官員說，東京尚未收到正式通知。", "taiwan")
    headline = "美日菲澳南海聯合巡航 北京：域外國家勿挑事\n\n四國發表聯合聲明。"
    assert ("北京", "china") in _links(headline, "taiwan")


def test_a_capital_that_is_the_place_stays_the_city() -> None:
    assert ("北京", "beijing") in _links("代表团在北京尚未公布行程。")
    assert ("東京", "tokyo") in _links("他在東京表示歡迎。", "taiwan")


def test_a_headlines_abbreviated_coast_guard_is_read_whole_but_a_strait_transit_is_not() -> None:
    links = _links("四艘海警船闖金門禁止水域 台海巡：嚴重挑釁", "taiwan")
    assert ("台海巡", "taiwan-coast-guard") in links
    assert ("台海", "taiwan-strait") not in links
    transit = _links("美艦台海巡航，台海巡邏常態化。", "taiwan")
    assert ("台海", "taiwan-strait") in transit
    assert "taiwan-coast-guard" not in {i for _, i in transit}


def test_a_singapore_or_malaysia_papers_own_ministry_is_not_beijings() -> None:
    zaobao = _links("【联合早报讯】外交部星期二发表文告说，新加坡密切关注台湾海峡近日的事态发展。")
    assert not {"china-mfa", "taiwan-mofa"} & {i for _, i in zaobao}
    putrajaya = _links(
        "（布城22日讯）外交部周五发表文告说，大马政府密切关注局势。外交部也提醒在台湾的大马人。"
    )
    assert not {"china-mfa", "taiwan-mofa"} & {i for _, i in putrajaya}
    assert {("大马", "malaysia"), ("大马人", "malaysia"), ("布城", "putrajaya")} <= putrajaya
    # the same paper's bare ministry in a sentence about another country is still that side's
    beijing = _links("【联合早报讯】中国外交部发言人毛宁星期二说，外交部已向日方提出严正交涉。")
    assert ("外交部", "china-mfa") in beijing


def test_other_papers_bare_ministry_beside_another_country_keeps_its_side() -> None:
    assert ("外交部", "china-mfa") in _links("外交部发言人毛宁说，美国应停止售台武器。")
    assert "malaysia" not in {i for _, i in _links("游行队伍走上大马路，大马力的卡车开道。")}


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["日本", "美国", "菲律宾", "澳大利亚", "韩国", "越南"]))
def test_only_the_papers_own_country_makes_its_bare_ministry_its_own(country: str) -> None:
    other = _links(f"【联合早报讯】外交部星期二说，{country}应停止挑衅。")
    assert ("外交部", "china-mfa") in other
    own = _links(f"【联合早报讯】外交部星期二说，新加坡与{country}保持沟通。")
    assert "china-mfa" not in {i for _, i in own}
