"""Hindi red-flag patterns: each sentence (written for these tests) must produce the
named indicators with the right span, and ordinary posts must produce no risky indicator."""

from __future__ import annotations

import pytest

from classifier.indicators import IndicatorMatcher
from classifier.indicators.lang import hi as module
from tests.indicator_support import (
    assert_covers_registry,
    assert_found,
    found,
    matcher_fixture,
    risky_indicators,
)

LANG = "hi"


matcher = matcher_fixture(LANG)


def test_every_indicator_has_phrases() -> None:
    assert_covers_registry(module, 10)


LURES = [
    (
        "थाईलैंड में कस्टमर सपोर्ट जॉब, सैलरी 1.2 लाख, "
        "वीज़ा और टिकट फ्री, रहना-खाना फ्री, सिर्फ टेलीग्राम पर संपर्क करें",
        [
            ("high_risk_role", "कस्टमर सपोर्ट"),
            ("pay_above_market", "सैलरी 1.2 लाख"),
            ("travel_paid", "वीज़ा और टिकट फ्री"),
            ("travel_paid", "रहना-खाना फ्री"),
            ("private_contact_only", "टेलीग्राम पर संपर्क"),
        ],
    ),
    (
        "Ghar baithe kamaye ₹3000 roz, "
        "bas YouTube video like karke paise kamao, experience ki zarurat nahi",
        [
            ("daily_pay_little_work", "Ghar baithe kamaye"),
            ("daily_pay_little_work", "₹3000 roz"),
            ("pay_per_task", "video like karke"),
            ("no_experience", "experience ki zarurat nahi"),
        ],
    ),
    (
        "अपना बैंक खाता किराए पर दें, हर ट्रांजैक्शन पर कमीशन मिलेगा",
        [("account_rental", "बैंक खाता किराए"), ("money_transfer_role", "हर ट्रांजैक्शन पर")],
    ),
    (
        "टूरिस्ट वीजा पर बैंकॉक आओ, वहाँ जाकर वर्क परमिट बन जाएगा, पासपोर्ट की कॉपी भेजें",
        [
            ("tourist_visa", "टूरिस्ट वीजा"),
            ("tourist_visa", "वहाँ जाकर वर्क परमिट"),
            ("passport_requested", "पासपोर्ट की कॉपी"),
        ],
    ),
    (
        "रजिस्ट्रेशन फीस ₹499, तुरंत जॉइनिंग, सीमित सीटें",
        [("upfront_fee", "रजिस्ट्रेशन फीस"), ("urgency", "तुरंत जॉइनिंग"), ("urgency", "सीमित सीटें")],
    ),
    (
        "Meesho part time job, har task pe ₹150, dosto ko refer karo",
        [
            ("brand_impersonation", "Meesho part time"),
            ("pay_per_task", "har task pe"),
            ("recruit_friends_commission", "dosto ko refer"),
        ],
    ),
    (
        "म्यावाडी में चैटिंग का काम, कंपनी डॉरमेट्री, कोई छुट्टी नहीं",
        [
            ("hotspot_destination", "म्यावाडी"),
            ("high_risk_role", "चैटिंग का काम"),
            ("compound_conditions", "कंपनी डॉरमेट्री"),
            ("compound_conditions", "कोई छुट्टी नहीं"),
        ],
    ),
    (
        "क्लाइंट से डिपॉजिट करवाना है, स्क्रिप्ट दी जाएगी",
        [("scam_script_role", "क्लाइंट से डिपॉजिट"), ("scam_script_role", "स्क्रिप्ट दी जाएगी")],
    ),
    (
        "सावधान! फर्जी नौकरी के झांसे में न आएं, साइबर ठगी होने पर 1930 पर कॉल करें",
        [
            ("awareness_language", "सावधान"),
            ("awareness_language", "फर्जी नौकरी"),
            ("awareness_language", "झांसे में न आएं"),
            ("awareness_language", "साइबर ठगी"),
        ],
    ),
    (
        "पुलिस ने गिरोह के तीन सदस्यों को गिरफ्तार किया, 12 युवकों को रेस्क्यू किया गया",
        [
            ("news_language", "पुलिस ने"),
            ("news_language", "गिरफ्तार किया"),
            ("news_language", "रेस्क्यू किया"),
        ],
    ),
    (
        "MEA पंजीकृत भर्ती एजेंट, RA license B-1234, eMigrate पर पंजीकृत",
        [
            ("licensed_recruitment", "पंजीकृत भर्ती एजेंट"),
            ("licensed_recruitment", "RA license"),
            ("licensed_recruitment", "eMigrate"),
        ],
    ),
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "सैलरी अकाउंट खोलने के लिए जो ओटीपी आया है वो बता दीजिए, और एटीएम पिन भी।",
        [
            ("credentials_requested", "सैलरी अकाउंट खोलने के लिए"),
            ("credentials_requested", "जो ओटीपी आया है"),
            ("credentials_requested", "एटीएम पिन"),
        ],
    ),
    (
        "Salary account open karne ke liye OTP bata do aur UPI PIN batao.",
        [
            ("credentials_requested", "Salary account open karne ke liye"),
            ("credentials_requested", "OTP bata do"),
            ("credentials_requested", "UPI PIN batao"),
        ],
    ),
    (
        "Training ke paise 3000 aur uniform charge 500, joining se pehle jama karna hoga.",
        [
            ("upfront_fee", "Training ke paise"),
            ("upfront_fee", "uniform charge"),
        ],
    ),
    # upfront fees in parts, fake HR of a brand, paid tasks, rented accounts, scam scripts
    (
        "कुल 5 लाख लगेंगे, आधा पहले, बाकी वीज़ा के बाद",
        [
            ("upfront_fee", "5 लाख लगेंगे"),
            ("upfront_fee", "आधा पहले"),
            ("upfront_fee", "बाकी वीज़ा के बाद"),
        ],
    ),
    (
        "Indigo Airlines ग्राउंड स्टाफ भर्ती, HR से संपर्क करें",
        [("brand_impersonation", "Indigo Airlines ग्राउंड स्टाफ भर्ती")],
    ),
    (
        "इंस्टाग्राम पेज फॉलो करो, हर फॉलो के 60 रुपये, 1 like = ₹50",
        [("pay_per_task", "हर फॉलो के"), ("pay_per_task", "1 like =")],
    ),
    (
        "Savings account + linked SIM chahiye, 2000 per day",
        [("account_rental", "linked SIM")],
    ),
    (
        "ग्राहक से फाइल चार्ज और बीमा के नाम पर पेमेंट लेना है",
        [("scam_script_role", "ग्राहक से फाइल चार्ज"), ("scam_script_role", "के नाम पर पेमेंट लेना")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LURES)
def test_lure_phrases(
    matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert_found(matcher, text, expected)


ORDINARY = [
    "दिल्ली में ड्राइवर की ज़रूरत है, सैलरी ₹18,000 महीना, लाइसेंस जरूरी",
    "आज मैच में भारत ने शानदार जीत दर्ज की, बधाई हो सबको",
    "kal shaam ko mandir mein bhajan sandhya hai, sab log zaroor aana",
    "घर बैठे बैठे बोर हो गया यार, कोई अच्छी फिल्म बताओ",
    "मिस्त्री ₹800/दिन, बेलदार ₹500/दिन, हफ्ते का पेमेंट, ठेकेदार से मिलें",
    # a bank's warning and a school's ad
    "बैंक की सलाह: ओटीपी किसी को न बताएं।",
    "कोचिंग सेंटर में नया बैच सोमवार से शुरू, सुबह और शाम की क्लास।",
    "दुकान के लिए हेल्पर चाहिए, वेतन 12,000 रुपये महीना, सुबह 9 से शाम 6।",
    "Flipkart की सेल में मोबाइल पर 20% छूट मिल रही है।",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_nukta_and_anusvara_variants(matcher: IndicatorMatcher) -> None:
    """वीज़ा / वीजा and candrabindu / anusvara spellings match the same phrase."""
    assert ("travel_paid", "वीजा फ्री") in found(matcher, "वीजा फ्री है भाई")
    assert ("travel_paid", "वीज़ा फ्री") in found(matcher, "वीज़ा फ्री है भाई")
    assert ("tourist_visa", "वहां जाकर वर्क परमिट") in found(matcher, "वहां जाकर वर्क परमिट मिलेगा")


def test_negated_fee_is_a_counter_signal(matcher: IndicatorMatcher) -> None:
    """A negated fee ("no registration fee") is licensed-recruitment language; the fee
    phrase inside it is not reported as an upfront fee."""
    got = found(matcher, "कोई रजिस्ट्रेशन फीस नहीं, लिखित अनुबंध मिलेगा")
    assert ("licensed_recruitment", "कोई रजिस्ट्रेशन फीस नहीं") in got
    assert not [name for name, _ in got if name == "upfront_fee"]
