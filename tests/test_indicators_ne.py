"""Nepali red-flag patterns: each sentence (written for these tests) must produce the
named indicators with the right span, and ordinary posts must produce no risky indicator."""

from __future__ import annotations

import pytest

from classifier.indicators import IndicatorMatcher
from classifier.indicators.lang import ne as module
from tests.indicator_support import (
    assert_covers_registry,
    assert_found,
    found,
    matcher_fixture,
    risky_indicators,
)

LANG = "ne"


matcher = matcher_fixture(LANG)


def test_every_indicator_has_phrases() -> None:
    assert_covers_registry(module, 10)


LURES = [
    (
        "थाइल्याण्डमा कस्टमर सर्भिसको काम, तलब २ लाख, "
        "भिसा टिकट निःशुल्क, खाना बस्न फ्री, भाइबरमा मात्र सम्पर्क",
        [
            ("high_risk_role", "कस्टमर सर्भिसको"),
            ("pay_above_market", "तलब २ लाख"),
            ("travel_paid", "भिसा टिकट निःशुल्क"),
            ("travel_paid", "खाना बस्न फ्री"),
            ("private_contact_only", "भाइबरमा मात्र"),
        ],
    ),
    (
        "घरमै बसेर कमाउनुहोस्, दैनिक १५०० कमाउनुहोस्, भिडियो लाइक गर्ने काम",
        [
            ("daily_pay_little_work", "घरमै बसेर कमाउनुहोस्"),
            ("daily_pay_little_work", "दैनिक १५०० कमाउनुहोस्"),
            ("pay_per_task", "भिडियो लाइक गर्ने"),
        ],
    ),
    ("बैंक खाता भाडामा दिनुहोस्, महिनाको १५ हजार पाउनुहुन्छ", [("account_rental", "बैंक खाता भाडामा")]),
    (
        "भिजिट भिसामा दुबई जानुहोस्, श्रम स्वीकृति चाहिँदैन, पासपोर्टको फोटो पठाउनुहोस्",
        [
            ("tourist_visa", "भिजिट भिसामा"),
            ("tourist_visa", "श्रम स्वीकृति चाहिँदैन"),
            ("passport_requested", "पासपोर्टको फोटो"),
        ],
    ),
    (
        "दर्ता शुल्क रु. ५००० मात्र, तुरुन्त आवश्यकता, सिट सीमित",
        [("upfront_fee", "दर्ता शुल्क"), ("urgency", "तुरुन्त आवश्यकता"), ("urgency", "सिट सीमित")],
    ),
    (
        "Daraz part time job, anubhav chaidaina, viber ma samparka garnus",
        [
            ("brand_impersonation", "Daraz part time"),
            ("no_experience", "anubhav chaidaina"),
            ("private_contact_only", "viber ma samparka"),
        ],
    ),
    (
        "म्यावाडीमा कम्पनीको होस्टल, कुनै बिदा छैन, स्क्रिप्ट अनुसार विदेशीसँग च्याट",
        [
            ("hotspot_destination", "म्यावाडीमा"),
            ("compound_conditions", "कम्पनीको होस्टल"),
            ("compound_conditions", "कुनै बिदा छैन"),
            ("scam_script_role", "स्क्रिप्ट अनुसार"),
            ("scam_script_role", "विदेशीसँग च्याट"),
        ],
    ),
    (
        "साथी ल्याउनुहोस्, प्रति व्यक्ति कमिसन पाउनुहोस्",
        [
            ("recruit_friends_commission", "साथी ल्याउनुहोस्"),
            ("recruit_friends_commission", "प्रति व्यक्ति कमिसन"),
        ],
    ),
    (
        "रकम प्राप्त गरी पठाउने काम, कमिसन राखेर बाँकी फिर्ता",
        [("money_transfer_role", "रकम प्राप्त गरी पठाउने"), ("money_transfer_role", "कमिसन राखेर")],
    ),
    (
        "सावधान! नक्कली रोजगारदाताको विश्वास नगर्नुहोस्",
        [("awareness_language", "सावधान"), ("awareness_language", "विश्वास नगर्नुहोस्")],
    ),
    (
        "प्रहरीले ३ जनालाई पक्राउ गरेको छ, १५ जनाको उद्धार गरिएको छ",
        [
            ("news_language", "प्रहरीले"),
            ("news_language", "पक्राउ गरेको"),
            ("news_language", "उद्धार गरिएको"),
        ],
    ),
    (
        "श्रम स्वीकृति सहित, पूर्व स्वीकृति नं. १२३४५, वैदेशिक रोजगार विभाग",
        [
            ("licensed_recruitment", "श्रम स्वीकृति"),
            ("licensed_recruitment", "पूर्व स्वीकृति नं"),
            ("licensed_recruitment", "वैदेशिक रोजगार विभाग"),
        ],
    ),
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "सेलरी एकाउन्ट खोल्न आएको ओटिपी भन्नुहोस् र इसेवाको पिन पनि।",
        [
            ("credentials_requested", "सेलरी एकाउन्ट खोल्न"),
            ("credentials_requested", "ओटिपी भन्नुहोस्"),
            ("credentials_requested", "इसेवाको पिन"),
        ],
    ),
    (
        "Salary account kholna aayeko otp pathaunus, esewa pin pani.",
        [
            ("credentials_requested", "Salary account kholna"),
            ("credentials_requested", "otp pathaunus"),
            ("credentials_requested", "esewa pin"),
        ],
    ),
    (
        "तालिमको पैसा र युनिफर्मको पैसा काम सुरु गर्नुअघि तिर्नुपर्छ।",
        [
            ("upfront_fee", "तालिमको पैसा"),
            ("upfront_fee", "युनिफर्मको पैसा"),
        ],
    ),
    # upfront fees in parts, fake HR of a brand, paid tasks, rented accounts, scam scripts
    (
        "जम्मा खर्च १० लाख, २ लाख अग्रिम, बाँकी भिसा आएपछि",
        [
            ("upfront_fee", "जम्मा खर्च"),
            ("upfront_fee", "२ लाख अग्रिम"),
            ("upfront_fee", "बाँकी भिसा आएपछि"),
        ],
    ),
    (
        "म Ncell को HR विभागबाट बोल्दैछु",
        [("brand_impersonation", "Ncell को HR विभागबाट")],
    ),
    (
        "फिल्म रेटिङ गरेर प्रति लाइक रु. ३०",
        [("pay_per_task", "फिल्म रेटिङ"), ("pay_per_task", "प्रति लाइक")],
    ),
    (
        "तपाईंको Khalti एक महिनाका लागि दिनुस्, ५००० दिन्छु",
        [("account_rental", "Khalti एक महिनाका लागि दिनुस्")],
    ),
    (
        "हामीले दिएको प्रोफाइलबाट च्याट गरेर लगानी गर्न लगाउने काम",
        [("scam_script_role", "दिएको प्रोफाइलबाट"), ("scam_script_role", "लगानी गर्न लगाउने")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LURES)
def test_lure_phrases(
    matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert_found(matcher, text, expected)


ORDINARY = [
    "काठमाडौंमा पसलको लागि सेल्सम्यान चाहियो, तलब २० हजार",
    "आज दसैंको टीका लगाउन मामाघर जाँदैछु, सबैलाई शुभकामना",
    "Bhai kasto cha? Bholi futsal khelna jane ho?",
    "घरमै बसेर चिया खाँदैछु, बाहिर धेरै चिसो छ",
    "डकर्मी दैनिक रु. १,५००, ज्यामी रु. १,०००, हप्तैपिच्छे भुक्तानी",
    # a bank's warning and a school's ad
    "बैंकको सूचना: ओटिपी कसैलाई नदिनुहोस्।",
    "कम्प्युटर तालिम केन्द्रमा नयाँ कक्षा आइतबारदेखि सुरु हुँदैछ।",
    "होटलमा भान्से चाहियो, तलब रु. २५,०००, बिहान ७ बजे देखि।",
    "Ncell ले नयाँ डाटा प्याक सार्वजनिक गर्\u200dयो।",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_free_visa_ticket_policy_wording(matcher: IndicatorMatcher) -> None:
    """Nepal's "free visa, free ticket" policy wording is a travel_paid flag; licensed ads use
    it too, so their pre-approval number must be found beside it as a counter-signal."""
    got = found(matcher, "फ्री भिसा फ्री टिकट, पूर्व स्वीकृति नं. ३२१")
    assert ("travel_paid", "फ्री भिसा फ्री टिकट") in got
    assert ("licensed_recruitment", "पूर्व स्वीकृति नं") in got


def test_negated_fee_is_a_counter_signal(matcher: IndicatorMatcher) -> None:
    """A negated fee ("no registration fee") is licensed-recruitment language; the fee
    phrase inside it is not reported as an upfront fee."""
    got = found(matcher, "कुनै दर्ता शुल्क छैन, सीभी लिएर आउनुहोस्")
    assert ("licensed_recruitment", "कुनै दर्ता शुल्क छैन") in got
    assert not [name for name, _ in got if name == "upfront_fee"]
