"""Red-flag indicator patterns for English (`classifier/indicators/lang/en.py`): requests for
codes, PINs, passwords, card details or a selfie with ID, and fees the applicant pays first,
with the warnings and "no fees" wording that must not count as them. Sentences written for
these tests, not taken from the corpus. (The machinery itself: tests/test_indicators.py.)"""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import en as module
from tests.indicator_support import found, matcher_fixture

matcher = matcher_fixture("en")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    (
        "Congratulations! To set up your salary account, send me the 6-digit OTP you "
        "received and your ATM PIN."
    ): [
        ("credentials_requested", "set up your salary account"),
        ("credentials_requested", "send me the 6-digit OTP"),
        ("credentials_requested", "your ATM PIN"),
    ],
    "HR needs your card number, expiry date and CVV to process payroll.": [
        ("credentials_requested", "card number, expiry date and CVV"),
    ],
    "Kindly send a selfie holding your ID and your internet banking username and password.": [
        ("credentials_requested", "selfie holding your ID"),
        ("credentials_requested", "internet banking username and password"),
    ],
    "Forward us the code and your GCash MPIN so we can verify the wallet.": [
        ("credentials_requested", "GCash MPIN"),
    ],
    "Send user id and password to the admin today for the payroll.": [
        ("credentials_requested", "Send user id and password"),
    ],
    (
        "You must pay the training fee of $150 before you start, plus a uniform fee. "
        "It is fully refundable after 3 months."
    ): [
        ("upfront_fee", "You must pay the training fee"),
        ("upfront_fee", "uniform fee"),
        ("upfront_fee", "fully refundable"),
    ],
    "Pay 2,000 to secure your slot; the file opening fee goes to my personal account.": [
        ("upfront_fee", "Pay 2,000 to secure your slot"),
        ("upfront_fee", "file opening fee"),
    ],
    "Government job without exam, just pay for the appointment letter.": [
        ("upfront_fee", "Government job without exam"),
        ("upfront_fee", "pay for the appointment letter"),
    ],
    # fees in parts, fake HR of a brand, paid tasks, rented accounts, scam call-centre work
    "Total cost €2,000: pay half now and half after your visa is approved.": [
        ("upfront_fee", "Total cost €2,000"),
        ("upfront_fee", "half now and half after"),
    ],
    "Hi, I'm Grace from Shopee's HR team, we have a remote role for you.": [
        ("brand_impersonation", "from Shopee's HR"),
    ],
    "Earn $5 for every task: just like TikTok videos and rate movies.": [
        ("pay_per_task", "like TikTok videos"),
        ("pay_per_task", "rate movies"),
    ],
    "We are buying verified Revolut and PayPal accounts, £250 each.": [
        ("account_rental", "buying verified Revolut and PayPal accounts"),
    ],
    "Looking for business accounts on rent, 40k per week.": [
        ("account_rental", "accounts on rent"),
    ],
    "Hiring callers for our refund department: guide them to install remote software.": [
        ("scam_script_role", "refund department"),
        ("scam_script_role", "install remote software"),
    ],
}
CASES = [(text, name, span) for text, pairs in EXPECTED.items() for name, span in pairs]


@pytest.mark.parametrize(("text", "name", "span"), CASES)
def test_finds_indicator_with_its_span(
    matcher: IndicatorMatcher, text: str, name: str, span: str
) -> None:
    assert (name, span) in found(matcher, text)


def test_a_banks_warning_is_not_a_request(matcher: IndicatorMatcher) -> None:
    got = found(matcher, "Never share your OTP with anyone. We will never ask for your PIN.")
    assert ("awareness_language", "Never share your OTP") in got
    assert not [name for name, _ in got if name == "credentials_requested"]


def test_no_fee_wording_is_a_counter_signal(matcher: IndicatorMatcher) -> None:
    got = found(matcher, "Walk-in interview. No registration fee, no training fee.")
    assert ("licensed_recruitment", "No registration fee") in got
    assert ("licensed_recruitment", "no training fee") in got
    assert not [name for name, _ in got if name == "upfront_fee"]


ORDINARY = [
    "English classes for adults in Cebu, enrol before 30 June, course fee 4,500 pesos.",
    "Selling my rice cooker, pay via GCash or cash on pick up.",
    "Send me your location pin and I will pick you up at the mall.",
    "Hotel front desk agent, salary AED 2,000 + service charge, accommodation by the hotel.",
    "Please pay the school fees before the term starts on Monday.",
    "Riders needed, RM6 per order plus petrol allowance, weekly payout.",
    "Hilton Garden Inn is hosting a charity dinner on Friday.",
    "Accounts assistant needed for our Nairobi office, apply with your CV.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_credential_or_fee(matcher: IndicatorMatcher, text: str) -> None:
    hits = [n for n, _ in found(matcher, text) if n in ("credentials_requested", "upfront_fee")]
    assert hits == []


LURE_ROLES = ("brand_impersonation", "pay_per_task", "account_rental", "scam_script_role")


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_lure_role(matcher: IndicatorMatcher, text: str) -> None:
    hits = [n for n, _ in found(matcher, text) if n in LURE_ROLES]
    assert hits == []


def test_spans_point_into_the_original_text(matcher: IndicatorMatcher) -> None:
    for text in EXPECTED:
        for ind in matcher.find(text):
            assert text[ind.start : ind.end] == ind.text


def test_every_registered_indicator_has_phrases() -> None:
    assert set(module.PHRASES) == set(INDICATORS)
    assert len(module.PHRASES["credentials_requested"]) >= 10
