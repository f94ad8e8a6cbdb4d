"""Urdu red-flag patterns: each sentence (written for these tests) must produce the
named indicators with the right span, and ordinary posts must produce no risky indicator."""

from __future__ import annotations

import pytest

from classifier.indicators import IndicatorMatcher
from classifier.indicators.lang import ur as module
from tests.indicator_support import (
    assert_covers_registry,
    assert_found,
    found,
    matcher_fixture,
    risky_indicators,
)

LANG = "ur"


matcher = matcher_fixture(LANG)


def test_every_indicator_has_phrases() -> None:
    assert_covers_registry(module, 10)


LURES = [
    (
        "تھائی لینڈ میں کسٹمر سروس کی نوکری، ویزا اور ٹکٹ فری، "
        "رہائش فری، صرف واٹس ایپ پر رابطہ کریں",
        [
            ("high_risk_role", "کسٹمر سروس"),
            ("travel_paid", "ویزا اور ٹکٹ فری"),
            ("travel_paid", "رہائش فری"),
            ("private_contact_only", "واٹس ایپ پر رابطہ"),
        ],
    ),
    (
        "گھر بیٹھے کمائیں! روزانہ 3000 روپے، بس یوٹیوب ویڈیوز لائک کریں",
        [
            ("daily_pay_little_work", "گھر بیٹھے کمائیں"),
            ("daily_pay_little_work", "روزانہ 3000 روپے"),
            ("pay_per_task", "ویڈیوز لائک کریں"),
        ],
    ),
    (
        "Ghar baithe online earning karein, tajurba zaroori nahi, sirf mobile chahiye",
        [
            ("daily_pay_little_work", "Ghar baithe online"),
            ("no_experience", "tajurba zaroori nahi"),
            ("no_experience", "sirf mobile chahiye"),
        ],
    ),
    (
        "Dubai visit visa pe aayen, wahan ja kar work visa lag jayega, passport ki copy bhejein",
        [
            ("tourist_visa", "visit visa pe"),
            ("tourist_visa", "wahan ja kar work visa"),
            ("passport_requested", "passport ki copy"),
        ],
    ),
    (
        "اپنا بینک اکاؤنٹ کرائے پر دیں، 20 ہزار ماہانہ ملیں گے",
        [("account_rental", "بینک اکاؤنٹ کرائے")],
    ),
    (
        "رجسٹریشن فیس صرف 1500 روپے، فوری جوائننگ، محدود سیٹیں",
        [("upfront_fee", "رجسٹریشن فیس"), ("urgency", "فوری جوائننگ"), ("urgency", "محدود سیٹیں")],
    ),
    (
        "Daraz part time job, har task pe 200 rupay, doston ko refer karo aur commission lo",
        [
            ("brand_impersonation", "Daraz part time"),
            ("pay_per_task", "har task pe"),
            ("recruit_friends_commission", "doston ko refer"),
        ],
    ),
    (
        "کے کے پارک میں رہائش، کوئی چھٹی نہیں، پاسپورٹ کمپنی کے پاس رہے گا",
        [
            ("hotspot_destination", "کے کے پارک"),
            ("compound_conditions", "کوئی چھٹی نہیں"),
            ("passport_requested", "پاسپورٹ کمپنی کے پاس"),
        ],
    ),
    (
        "پیسے وصول کر کے آگے بھیجنے ہیں، اپنا کمیشن رکھیں",
        [("money_transfer_role", "پیسے وصول کر کے"), ("money_transfer_role", "اپنا کمیشن رکھیں")],
    ),
    (
        "ہوشیار رہیں! جعلی نوکریوں کے اشتہارات پر یقین نہ کریں",
        [
            ("awareness_language", "ہوشیار رہیں"),
            ("awareness_language", "جعلی نوکریوں"),
            ("awareness_language", "یقین نہ کریں"),
        ],
    ),
    (
        "ایف آئی اے نے انسانی اسمگلنگ کے الزام میں دو ملزمان کو گرفتار کر لیا",
        [
            ("news_language", "ایف آئی اے نے"),
            ("news_language", "گرفتار کر لیا"),
            ("awareness_language", "انسانی اسمگلنگ"),
        ],
    ),
    (
        "او ای پی لائسنس نمبر 2345، بیورو آف امیگریشن سے منظور شدہ",
        [
            ("licensed_recruitment", "او ای پی"),
            ("licensed_recruitment", "لائسنس نمبر"),
            ("licensed_recruitment", "بیورو آف امیگریشن"),
        ],
    ),
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "سیلری اکاؤنٹ کھولنے کے لیے جو کوڈ آیا ہے وہ بتا دیں اور اے ٹی ایم پن بھی۔",
        [
            ("credentials_requested", "سیلری اکاؤنٹ کھولنے کے لیے"),
            ("credentials_requested", "جو کوڈ آیا ہے"),
            ("credentials_requested", "اے ٹی ایم پن"),
        ],
    ),
    (
        "Salary account open karne ke liye OTP bata dein aur JazzCash ka PIN bhi.",
        [
            ("credentials_requested", "Salary account open karne ke liye"),
            ("credentials_requested", "OTP bata dein"),
            ("credentials_requested", "JazzCash ka PIN"),
        ],
    ),
    (
        "ٹریننگ کی فیس اور یونیفارم کے پیسے پہلے جمع کروائیں۔",
        [
            ("upfront_fee", "ٹریننگ کی فیس"),
            ("upfront_fee", "یونیفارم کے پیسے"),
        ],
    ),
    # fake HR of a brand, rating tasks, bought accounts, scripted investment calls
    (
        "Assalam o alaikum, main Zong HR se Ayesha bol rahi hoon, ghar baithe products ko "
        "rating do aur har task ka 100 rupay lo",
        [
            ("brand_impersonation", "Zong HR se"),
            ("pay_per_task", "products ko rating"),
            ("pay_per_task", "har task ka"),
        ],
    ),
    (
        "ملائیشیا ویزا: میڈیکل اور کالنگ کے لیے پہلے رقم، باقی ویزا آنے کے بعد",
        [
            ("upfront_fee", "میڈیکل اور کالنگ"),
            ("upfront_fee", "باقی ویزا آنے کے بعد"),
        ],
    ),
    (
        "Easypaisa accounts khareed rahe hain, 5000 per account, purana WhatsApp number bhi",
        [
            ("account_rental", "Easypaisa accounts"),
            ("account_rental", "per account"),
            ("account_rental", "purana WhatsApp number"),
        ],
    ),
    (
        "فاریکس کمپنی کے لیے ایجنٹ چاہیئں جو لوگوں کو انویسٹ کروائیں، سکرپٹ ملے گی",
        [
            ("scam_script_role", "انویسٹ کروائیں"),
            ("scam_script_role", "سکرپٹ ملے گی"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LURES)
def test_lure_phrases(
    matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert_found(matcher, text, expected)


ORDINARY = [
    "لاہور میں سیلز مین کی ضرورت ہے، تنخواہ 35 ہزار، دکان پر آ کر ملیں",
    "آج بارش بہت تیز ہے، سب گھر پر رہیں اور بچوں کا خیال رکھیں",
    "Bhai koi acha mechanic batao Rawalpindi mein, gari ka AC kharab hai",
    "وزیر اعظم نے نئے بجٹ کا اعلان کر دیا، تنخواہوں میں دس فیصد اضافہ",
    "Ghar baithe baithe bore ho gaya hoon, koi movie batao",
    # a bank's warning and a school's ad
    "بینک کی طرف سے یاد دہانی: او ٹی پی کسی کو نہ بتائیں۔",
    "Apna pin kisi ko na batayen, bank kabhi call par nahi poochta.",
    # a delivery job and a phone for sale stay clean
    "Rider chahiye Karachi mein, apni bike, tankhwah 40 hazar aur fuel allowance alag",
    "Samsung A14 for sale, box aur charger ke sath, condition 10/10, price 32 hazar",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_arabic_keyboard_spelling(matcher: IndicatorMatcher) -> None:
    """Urdu typed with Arabic letters (ي ك ه for ی ک ہ) still matches."""
    got = found(matcher, "صرف واٹس ايپ پر رابطه کريں، رهائش فري")
    assert ("travel_paid", "رهائش فري") in got


def test_negated_fee_is_a_counter_signal(matcher: IndicatorMatcher) -> None:
    """A negated fee ("no registration fee") is licensed-recruitment language; the fee
    phrase inside it is not reported as an upfront fee."""
    got = found(matcher, "کوئی رجسٹریشن فیس نہیں، تحریری معاہدہ ملے گا")
    assert ("licensed_recruitment", "کوئی رجسٹریشن فیس نہیں") in got
    assert not [name for name, _ in got if name == "upfront_fee"]
