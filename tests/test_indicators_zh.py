"""Chinese red-flag patterns (character level, Simplified and Traditional): each sentence
(written for these tests) must produce the named indicators with the right span, phrases
are found inside running text, and ordinary posts must produce no risky indicator."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import zh as module
from tests.indicator_support import (
    assert_found,
    assert_found_inside,
    found,
    matcher_fixture,
    risky_indicators,
)

LANG = "zh"


matcher = matcher_fixture(LANG)


def test_every_indicator_has_phrases() -> None:
    assert module.CHAR_LEVEL is True
    assert set(module.PHRASES) == set(INDICATORS)
    for name, phrases in module.PHRASES.items():
        assert len(phrases) >= 15, name


LURES = [
    (
        "西港客服专员，高薪诚聘，包吃包住，报销机票，无需经验，飞机联系",
        [
            ("hotspot_destination", "西港"),
            ("pay_above_market", "高薪"),
            ("high_risk_role", "客服专员"),
            ("travel_paid", "包吃包住"),
            ("travel_paid", "报销机票"),
            ("no_experience", "无需经验"),
            ("private_contact_only", "飞机联系"),
        ],
    ),
    (
        "蝦皮兼職，在家賺錢，點讚賺錢，一單一結",
        [
            ("brand_impersonation", "蝦皮兼職"),
            ("daily_pay_little_work", "在家賺錢"),
            ("pay_per_task", "點讚賺錢"),
            ("pay_per_task", "一單一結"),
        ],
    ),
    (
        "长期高价收卡，跑分平台稳定，收对公账户",
        [
            ("account_rental", "高价收卡"),
            ("account_rental", "跑分平台"),
            ("account_rental", "收对公"),
        ],
    ),
    (
        "按话术聊天，包装人设，引导客户充值，杀猪盘团队",
        [
            ("scam_script_role", "按话术"),
            ("scam_script_role", "包装人设"),
            ("scam_script_role", "引导客户充值"),
            ("scam_script_role", "杀猪盘"),
        ],
    ),
    (
        "先办旅游签过去，到了再办工签，护照由公司保管",
        [
            ("tourist_visa", "旅游签过去"),
            ("tourist_visa", "到了再办"),
            ("passport_requested", "护照由公司保管"),
        ],
    ),
    (
        "急招！入职前需交报名费和服装费，名额有限",
        [
            ("urgency", "急招"),
            ("upfront_fee", "报名费"),
            ("upfront_fee", "服装费"),
            ("urgency", "名额有限"),
        ],
    ),
    (
        "帮忙走账，刷流水，日结",
        [
            ("money_transfer_role", "帮忙走账"),
            ("money_transfer_role", "刷流水"),
            ("daily_pay_little_work", "日结"),
        ],
    ),
    (
        "拉人头有奖励，每介绍一人给人头费",
        [
            ("recruit_friends_commission", "拉人头"),
            ("recruit_friends_commission", "每介绍一人"),
            ("recruit_friends_commission", "人头费"),
        ],
    ),
    (
        "园区封闭管理，不能外出，月休2天，违约金五万",
        [
            ("compound_conditions", "园区封闭"),
            ("compound_conditions", "不能外出"),
            ("compound_conditions", "月休2天"),
            ("compound_conditions", "违约金"),
        ],
    ),
    (
        # 微信 is rewritten to "wechat" by the normaliser; the span is still the original
        "緬北博彩公司招聘，有意請加微信詳談",
        [
            ("hotspot_destination", "緬北"),
            ("high_risk_role", "博彩"),
            ("private_contact_only", "加微信"),
        ],
    ),
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "为了开通工资卡，请把验证码发给我，还有银行卡密码。",
        [
            ("credentials_requested", "为了开通工资卡"),
            ("credentials_requested", "把验证码发"),
            ("credentials_requested", "银行卡密码"),
        ],
    ),
    (
        "請提供手持身分證照片，以及卡號和CVV。",
        [
            ("credentials_requested", "手持身分證照片"),
            ("credentials_requested", "卡號和CVV"),
        ],
    ),
    (
        "入职前需交工牌费50元和制服费200元。",
        [
            ("upfront_fee", "工牌费"),
            ("upfront_fee", "制服费"),
        ],
    ),
    # brand HR, fees, task scams, account rental and scam roles (written for these tests)
    (
        "您好，我是华为人力资源部的陈经理，入职前需先交5万押金",
        [
            ("brand_impersonation", "华为人力资源"),
            ("upfront_fee", "万押金"),
        ],
    ),
    (
        "下载指定APP注册试玩，任务单价翻倍，进群领任务",
        [
            ("pay_per_task", "注册试玩"),
            ("pay_per_task", "任务单价"),
            ("pay_per_task", "领任务"),
        ],
    ),
    (
        "招情感陪聊客服，用公司给的号聊天，客户每入金一万提成800",
        [
            ("scam_script_role", "情感陪聊"),
            ("scam_script_role", "公司给的号"),
            ("scam_script_role", "每入金"),
        ],
    ),
    (
        "高价收实名电话卡，银行卡也收，一套网银全套给150",
        [
            ("account_rental", "收实名"),
            ("account_rental", "银行卡也收"),
            ("account_rental", "网银全套"),
        ],
    ),
]

COUNTER = [
    (
        "警惕境外招聘陷阱，谨防诈骗",
        [("awareness_language", "警惕"), ("awareness_language", "招聘陷阱")],
    ),
    (
        "警方解救被骗人员，犯罪嫌疑人已落网",
        [
            ("news_language", "警方"),
            ("news_language", "解救"),
            ("news_language", "犯罪嫌疑人"),
        ],
    ),
    (
        "本公司持有对外劳务合作经营资格，签订劳动合同",
        [
            ("licensed_recruitment", "对外劳务合作经营资格"),
            ("licensed_recruitment", "签订劳动合同"),
        ],
    ),
]

ORDINARY = [
    # 菠菜 is spinach unless it is the 博彩 industry
    "今天的菠菜炒鸡蛋真好吃，晚上还要去超市买点水果",
    "我们店招收银员一名，月薪四千五，五险一金，周末双休",
    # 跑分 is also a phone benchmark score
    "这部手机的跑分很高，拍照也不错",
    "这个决定非常果敢，值得点赞",
    "国务院召开常务会议，研究部署稳就业工作",
    "應徵請至公司官網投遞履歷",
    # a fee named only to say it is not charged is a counter-signal, not a red flag
    "门店招导购两名，不收押金，不收培训费，底薪三千五",
    # a bank's warning and a school's ad
    "银行提醒：不要把验证码发给任何人。",
    "少儿英语培训班周末开课，欢迎家长咨询。",
    # ordinary posts near the new patterns
    "周末去面包店买了两个菠萝包，顺便看了场电影，评分还不错",
]


@pytest.mark.parametrize(("text", "expected"), LURES + COUNTER)
def test_sentence_produces_indicators(
    matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert_found(matcher, text, expected)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_post_has_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_phrase_found_mid_sentence_without_spaces(matcher: IndicatorMatcher) -> None:
    text = "朋友说他们公司在妙瓦底那边招打字员每天都要上班"
    got = found(matcher, text)
    assert ("high_risk_role", "打字员") in got
    assert_found_inside(matcher, text, "hotspot_destination", "妙瓦底")
