"""Bengali red-flag patterns: each sentence (written for these tests) must produce the
named indicators with the right span, and ordinary posts must produce no risky indicator."""

from __future__ import annotations

import pytest

from classifier.indicators import IndicatorMatcher
from classifier.indicators.lang import bn as module
from tests.indicator_support import (
    assert_covers_registry,
    assert_found,
    found,
    matcher_fixture,
    risky_indicators,
)

LANG = "bn"


matcher = matcher_fixture(LANG)


def test_every_indicator_has_phrases() -> None:
    assert_covers_registry(module, 10)


LURES = [
    (
        "থাইল্যান্ডে কাস্টমার সার্ভিসে চাকরি, বেতন ১.৫ লাখ, ভিসা টিকেট ফ্রি, থাকা খাওয়া ফ্রি, শুধু হোয়াটসঅ্যাপে যোগাযোগ",
        [
            ("high_risk_role", "কাস্টমার সার্ভিসে"),
            ("pay_above_market", "বেতন ১.৫ লাখ"),
            ("travel_paid", "ভিসা টিকেট ফ্রি"),
            ("travel_paid", "থাকা খাওয়া ফ্রি"),
            ("private_contact_only", "হোয়াটসঅ্যাপে যোগাযোগ"),
        ],
    ),
    (
        "ঘরে বসে আয় করুন, প্রতিদিন ৫০০-১০০০ টাকা, শুধু ভিডিও লাইক দিয়ে",
        [
            ("daily_pay_little_work", "ঘরে বসে আয়"),
            ("daily_pay_little_work", "প্রতিদিন ৫০০-১০০০ টাকা"),
            ("pay_per_task", "ভিডিও লাইক"),
        ],
    ),
    ("বিকাশ একাউন্ট ভাড়া দিন, মাসে ৫০০০ টাকা পাবেন", [("account_rental", "বিকাশ একাউন্ট ভাড়া")]),
    (
        "টুরিস্ট ভিসায় যাবেন, ওখানে গিয়ে ওয়ার্ক পারমিট হবে, পাসপোর্টের কপি পাঠান",
        [
            ("tourist_visa", "টুরিস্ট ভিসায়"),
            ("tourist_visa", "ওখানে গিয়ে ওয়ার্ক পারমিট"),
            ("passport_requested", "পাসপোর্টের কপি"),
        ],
    ),
    (
        "রেজিস্ট্রেশন ফি মাত্র ৫০০ টাকা, জরুরি ভিত্তিতে লোক নিয়োগ, সিট সীমিত",
        [("upfront_fee", "রেজিস্ট্রেশন ফি"), ("urgency", "জরুরি ভিত্তিতে"), ("urgency", "সিট সীমিত")],
    ),
    (
        "Daraz online job, ghore bose income korun, experience lagbe na, inbox korun",
        [
            ("brand_impersonation", "Daraz online job"),
            ("daily_pay_little_work", "ghore bose income"),
            ("no_experience", "experience lagbe na"),
            ("private_contact_only", "inbox korun"),
        ],
    ),
    (
        "সিহানুকভিলে কোম্পানির ডরমিটরি, কোনো ছুটি নেই, মেয়ে সেজে চ্যাট করতে হবে",
        [
            ("hotspot_destination", "সিহানুকভিলে"),
            ("compound_conditions", "কোম্পানির ডরমিটরি"),
            ("compound_conditions", "কোনো ছুটি নেই"),
            ("scam_script_role", "মেয়ে সেজে চ্যাট"),
        ],
    ),
    (
        "টাকা রিসিভ করে কমিশন রেখে বাকিটা পাঠিয়ে দিবেন",
        [("money_transfer_role", "টাকা রিসিভ করে"), ("money_transfer_role", "কমিশন রেখে")],
    ),
    (
        "রেফার করে আয় করুন, প্রতি রেফারে ১০০ টাকা বোনাস",
        [
            ("recruit_friends_commission", "রেফার করে আয়"),
            ("recruit_friends_commission", "প্রতি রেফারে"),
        ],
    ),
    (
        "সাবধান! ভুয়া চাকরির বিজ্ঞাপনে প্রতারণা থেকে সতর্ক থাকুন",
        [
            ("awareness_language", "সাবধান"),
            ("awareness_language", "ভুয়া চাকরির"),
            ("awareness_language", "প্রতারণা"),
            ("awareness_language", "সতর্ক থাকুন"),
        ],
    ),
    (
        "অভিযানে মানবপাচার চক্রের তিন সদস্য গ্রেপ্তার, ১২ জনকে উদ্ধার করা হয়েছে",
        [
            ("news_language", "অভিযানে"),
            ("news_language", "গ্রেপ্তার"),
            ("news_language", "উদ্ধার করা হয়েছে"),
            ("awareness_language", "মানবপাচার"),
        ],
    ),
    (
        "সরকার অনুমোদিত রিক্রুটিং এজেন্সি, আরএল নং ১২৩৪, বিএমইটি নিবন্ধিত",
        [
            ("licensed_recruitment", "সরকার অনুমোদিত"),
            ("licensed_recruitment", "আরএল নং"),
            ("licensed_recruitment", "বিএমইটি"),
        ],
    ),
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "স্যালারি অ্যাকাউন্ট খুলতে যে ওটিপি এসেছে সেটা বলুন, আর বিকাশ পিন দিন।",
        [
            ("credentials_requested", "স্যালারি অ্যাকাউন্ট খুলতে"),
            ("credentials_requested", "যে ওটিপি এসেছে"),
            ("credentials_requested", "বিকাশ পিন"),
        ],
    ),
    (
        "Salary account khulte je otp asche seta bolen, bkash pin den.",
        [
            ("credentials_requested", "Salary account khulte"),
            ("credentials_requested", "je otp asche"),
            ("credentials_requested", "bkash pin"),
        ],
    ),
    (
        "ট্রেনিং খরচ ৫০০০ টাকা আর ইউনিফর্মের টাকা কাজে যোগ দেওয়ার আগে দিতে হবে।",
        [
            ("upfront_fee", "ট্রেনিং খরচ"),
            ("upfront_fee", "ইউনিফর্মের টাকা"),
        ],
    ),
    # upfront fees in parts, fake HR of a brand, paid tasks, rented accounts, scam scripts
    (
        "মোট খরচ ৬ লাখ, ২ লাখ অগ্রিম, বাকি ভিসার পর",
        [("upfront_fee", "মোট খরচ"), ("upfront_fee", "২ লাখ অগ্রিম"), ("upfront_fee", "বাকি ভিসার পর")],
    ),
    (
        "আমি ওয়ালটন গ্রুপের এইচআর বিভাগ থেকে বলছি",
        [("brand_impersonation", "ওয়ালটন গ্রুপের এইচআর")],
    ),
    (
        "গুগল ম্যাপে ৫ স্টার রিভিউ দিলে প্রতি টাস্ক ১০০ টাকা",
        [("pay_per_task", "৫ স্টার রিভিউ"), ("pay_per_task", "প্রতি টাস্ক")],
    ),
    (
        "Binance er KYC kora account chai, protti account 5000 tk",
        [("account_rental", "KYC kora account"), ("account_rental", "protti account")],
    ),
    (
        "আমাদের দেওয়া প্রোফাইল দিয়ে চ্যাট করে ইনভেস্ট করতে বলবেন",
        [("scam_script_role", "আমাদের দেওয়া প্রোফাইল"), ("scam_script_role", "ইনভেস্ট করতে বলবেন")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LURES)
def test_lure_phrases(
    matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert_found(matcher, text, expected)


ORDINARY = [
    "মিরপুরে একটি দোকানের জন্য সেলসম্যান লাগবে, বেতন ১২ হাজার টাকা",
    "আজ বৃষ্টিতে ঢাকার রাস্তায় পানি জমে গেছে, সবাই সাবধানে চলাফেরা করবেন",
    "Ami ghore bose achi, bahire jete icche korche na",
    "বিকাশে টাকা পাঠানোর চার্জ এখন কত কেউ জানেন?",
    "মিস্ত্রি দৈনিক ৮০০ টাকা, যোগালি ৫৫০ টাকা, সাপ্তাহিক পেমেন্ট",
    # a bank's warning and a school's ad
    "বিকাশের পরামর্শ: পিন কাউকে দেবেন না।",
    "কোচিং সেন্টারে নতুন ব্যাচ শুরু হচ্ছে শনিবার থেকে।",
    "রেস্টুরেন্টের জন্য ওয়েটার চাই, বেতন ১২,০০০ টাকা, ডিউটি ৮ ঘণ্টা।",
    "গ্রামীণফোনের নতুন প্যাকেজে ৩০ জিবি ইন্টারনেট পাবেন।",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_spelling_variants(matcher: IndicatorMatcher) -> None:
    """ফ্রি / ফ্রী, একাউন্ট / অ্যাকাউন্ট and a hyphenated থাকা-খাওয়া all match."""
    got = found(matcher, "থাকা-খাওয়া ফ্রী, অ্যাকাউন্ট ভাড়া দিন")
    assert ("travel_paid", "থাকা-খাওয়া ফ্রী") in got
    assert ("account_rental", "অ্যাকাউন্ট ভাড়া দিন") in got


def test_negated_fee_is_a_counter_signal(matcher: IndicatorMatcher) -> None:
    """A negated fee ("no registration fee") is licensed-recruitment language; the fee
    phrase inside it is not reported as an upfront fee."""
    got = found(matcher, "কোনো রেজিস্ট্রেশন ফি নেই, সিভি নিয়ে আসুন")
    assert ("licensed_recruitment", "কোনো রেজিস্ট্রেশন ফি নেই") in got
    assert not [name for name, _ in got if name == "upfront_fee"]
