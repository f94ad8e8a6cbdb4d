"""Burmese red-flag patterns (character level, Unicode): each sentence (written for these
tests) must produce the named indicators with the right span, phrases are found inside
running text, with or without the optional spaces, and ordinary posts must produce no
risky indicator."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import my as module
from tests.indicator_support import (
    assert_found,
    assert_found_inside,
    found,
    matcher_fixture,
    risky_indicators,
)

LANG = "my"


matcher = matcher_fixture(LANG)


def test_every_indicator_has_phrases() -> None:
    assert module.CHAR_LEVEL is True
    assert set(module.PHRASES) == set(INDICATORS)
    for name, phrases in module._PHRASES.items():
        assert len(phrases) >= 15, name


LURES = [
    (
        "မြဝတီမှာ ဖောက်သည်ဝန်ဆောင်မှု ဝန်ထမ်း အမြန်ခေါ်မည် လစာကောင်း နေစရာ အခမဲ့ အတွေ့အကြုံ မလိုပါ Telegram ဖြင့်သာ ဆက်သွယ်ပါ",
        [
            ("hotspot_destination", "မြဝတီ"),
            ("high_risk_role", "ဖောက်သည်ဝန်ဆောင်မှု"),
            ("urgency", "အမြန်ခေါ်"),
            ("pay_above_market", "လစာကောင်း"),
            ("travel_paid", "နေစရာ အခမဲ့"),
            ("no_experience", "အတွေ့အကြုံ မလိုပါ"),
            ("private_contact_only", "Telegram ဖြင့်သာ"),
        ],
    ),
    (
        # ၀ (digit zero) typed for ဝ (letter wa), a common Burmese typo
        "၀င်ငွေကောင်းတဲ့ အလုပ်",
        [("pay_above_market", "၀င်ငွေကောင်း")],
    ),
    (
        "KPay အကောင့် ငှားမည် ဆင်းကတ် ငှားမည်",
        [("account_rental", "KPay အကောင့် ငှား"), ("account_rental", "ဆင်းကတ် ငှား")],
    ),
    (
        "ပတ်စပို့ကို ကုမ္ပဏီက သိမ်းထားမယ် တစ်နေ့ ၁၂ နာရီ အလုပ်လုပ်ရမယ်",
        [
            ("passport_requested", "ပတ်စပို့ကို ကုမ္ပဏီက သိမ်း"),
            ("compound_conditions", "တစ်နေ့ ၁၂ နာရီ"),
        ],
    ),
    (
        "ပွဲခ ကျပ် ၅ သိန်း ကြိုတင်ငွေ သွင်းရမည်",
        [("upfront_fee", "ပွဲခ ကျပ်"), ("upfront_fee", "ကြိုတင်ငွေ သွင်းရမည်")],
    ),
    (
        "တိုးရစ်ဗီဇာနဲ့ သွားပြီး ရောက်မှ ဗီဇာ ပြောင်းမယ်",
        [("tourist_visa", "တိုးရစ်ဗီဇာ"), ("tourist_visa", "ရောက်မှ ဗီဇာ ပြောင်း")],
    ),
    (
        "Like နှိပ်ရုံနဲ့ နေ့စဉ် ဝင်ငွေ ရမယ်",
        [("pay_per_task", "Like နှိပ်ရုံ"), ("daily_pay_little_work", "နေ့စဉ် ဝင်ငွေ")],
    ),
    (
        "ငွေလက်ခံပြီး ပြန်လွှဲပေးရုံပါပဲ",
        [("money_transfer_role", "ငွေလက်ခံပြီး ပြန်လွှဲ")],
    ),
    (
        "စခရစ်အတိုင်း နိုင်ငံခြားသားနဲ့ ချက်ရမယ်",
        [("scam_script_role", "စခရစ်"), ("scam_script_role", "နိုင်ငံခြားသားနဲ့ ချက်")],
    ),
    (
        "သူငယ်ချင်း ခေါ်လာရင် ကော်မရှင် ရမယ်",
        [("recruit_friends_commission", "သူငယ်ချင်း ခေါ်လာ")],
    ),
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "လစာအကောင့် ဖွင့်ရန် ရလာတဲ့ ကုဒ်ကို ပို့ပေးပါ၊ KPay PIN လည်း ပို့ပါ",
        [
            ("credentials_requested", "လစာအကောင့် ဖွင့်ရန်"),
            ("credentials_requested", "ရလာတဲ့ ကုဒ်"),
            ("credentials_requested", "KPay PIN"),
        ],
    ),
    (
        "မှတ်ပုံတင် ကိုင်ပြီး ဆယ်လ်ဖီ ရိုက်ပို့ပါ၊ ကတ်နံပါတ်နဲ့ CVV လည်း ပို့ပါ",
        [
            ("credentials_requested", "မှတ်ပုံတင် ကိုင်ပြီး ဆယ်လ်ဖီ"),
            ("credentials_requested", "ကတ်နံပါတ်နဲ့ CVV"),
        ],
    ),
    (
        "သင်တန်းကြေး ကြိုပေးရမည်၊ ဝတ်စုံဖိုး ၅၀၀၀ ကျပ်",
        [
            ("upfront_fee", "သင်တန်းကြေး ကြိုပေး"),
            ("upfront_fee", "ဝတ်စုံဖိုး"),
        ],
    ),
    # brand HR, fees, task scams, account rental and scam roles (written for these tests)
    (
        "Yoma Bank HR Department မှ ဆက်သွယ်ခြင်းပါ၊ training ကြေး ၃၀,၀၀၀ ကျပ် ကြိုလွှဲပေးပါ",
        [
            ("brand_impersonation", "Yoma Bank HR Department"),
            ("upfront_fee", "training ကြေး"),
        ],
    ),
    (
        "KYC ပြီးသား Bybit account ကို ဝယ်ယူပါမည်",
        [
            ("account_rental", "KYC ပြီးသား"),
            ("account_rental", "Bybit account"),
        ],
    ),
    (
        "VIP အဆင့်တက်ရင် ကော်မရှင်ပိုရ၊ screenshot ပို့ရုံပါပဲ",
        [
            ("pay_per_task", "VIP အဆင့်"),
            ("pay_per_task", "screenshot ပို့ရုံ"),
        ],
    ),
]

COUNTER = [
    (
        "အွန်လိုင်း အလုပ်အကိုင် လိမ်လည်မှုများကို သတိထားပါ",
        [
            ("awareness_language", "အလုပ်အကိုင် လိမ်လည်"),
            ("awareness_language", "သတိထား"),
        ],
    ),
    (
        "ရဲတပ်ဖွဲ့က ဖမ်းဆီးခဲ့သည်",
        [("news_language", "ရဲတပ်ဖွဲ့"), ("news_language", "ဖမ်းဆီး")],
    ),
    (
        "အလုပ်သမား ဝန်ကြီးဌာန လိုင်စင်ရ အေဂျင်စီ",
        [
            ("licensed_recruitment", "အလုပ်သမား ဝန်ကြီးဌာန"),
            ("licensed_recruitment", "လိုင်စင်ရ အေဂျင်စီ"),
        ],
    ),
]

ORDINARY = [
    "ရန်ကုန်မြို့ထဲက စားသောက်ဆိုင်အတွက် စားပွဲထိုး ဝန်ထမ်း ခေါ်ပါသည် လစာ ၃ သိန်း",
    "ဒီနေ့ မိုးတွေ အရမ်းရွာတယ် လမ်းတွေ ရေကြီးနေတယ်",
    # ပွဲခ (broker fee) is the start of ပွဲခင်း (fair, event ground)
    "ပွဲခင်း ကျင်းပမယ့် နေရာကို ပြောင်းလိုက်ပါပြီ",
    # လျှောက်လွှာခ would be the start of လျှောက်လွှာခေါ်ယူ (calling for applications)
    "ကျောင်းဆရာ ရာထူးအတွက် လျှောက်လွှာခေါ်ယူခြင်း",
    # a bank's warning and a school's ad
    "OTP ကို မည်သူ့ကိုမျှ မပေးပါနှင့်",
    "အင်္ဂလိပ်စာ သင်တန်း စနေနေ့ စတင်မည်",
    # ordinary posts near the new patterns
    "ဆိုင်ရှင်များ Page ကို Like နှိပ်ပြီး Share ပေးကြပါဦး၊ မနက်ဖြန် ဆိုင်ဖွင့်ပါမည်",
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
    text = "ကျွန်တော့်သူငယ်ချင်းကရွှေကုက္ကိုမှာအလုပ်လုပ်နေတယ်"
    assert_found_inside(matcher, text, "hotspot_destination", "ရွှေကုက္ကို")


def test_optional_spaces(matcher: IndicatorMatcher) -> None:
    # written "အိမ်မှာ နေရင်း ဝင်ငွေ" in the module; posts space it any way
    for text in ("အိမ်မှာနေရင်း ဝင်ငွေ", "အိမ်မှာ နေရင်းဝင်ငွေ", "အိမ်မှာနေရင်းဝင်ငွေ"):
        assert ("daily_pay_little_work", text) in found(matcher, text)


def test_dot_below_and_asat_in_either_order(matcher: IndicatorMatcher) -> None:
    # "အေးဂျင့်ကြေး" (agent fee): ဂျင + dot below + asat, typed in both orders
    canonical = "အေးဂျင\u1037\u103aကြေး"
    swapped = "အေးဂျင\u103a\u1037ကြေး"
    assert ("upfront_fee", canonical) in found(matcher, canonical)
    assert ("upfront_fee", swapped) in found(matcher, swapped)
