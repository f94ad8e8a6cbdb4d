"""Red-flag indicator patterns for Tagalog and Taglish (`classifier/indicators/lang/tl.py`): lures,
scams and crime recruitment as people write them, counter-signals, and ordinary posts that
must stay clean. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import tl as module
from tests.indicator_support import found, matcher_fixture, risky_indicators

matcher = matcher_fixture("tl")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    (
        "URGENT HIRING! CSR sa Cambodia, sahod 70k, libre pamasahe at tirahan, kahit "
        "walang experience."
    ): [
        ("urgency", "URGENT HIRING"),
        ("pay_above_market", "sahod 70k"),
        ("travel_paid", "libre pamasahe"),
        ("no_experience", "kahit walang experience"),
    ],
    "Tourist visa lang muna, may escort sa airport kaya walang OEC na kailangan.": [
        ("tourist_visa", "walang OEC"),
    ],
    "Magtourist ka muna, tapos iko-convert ang visa pagdating.": [
        ("tourist_visa", "Magtourist"),
    ],
    "Pakisend ng picture ng passport mo sa Telegram para ma-reserve ang slot.": [
        ("passport_requested", "picture ng passport"),
    ],
    "May processing fee na ₱15,000 bago ang alis, i-gcash mo na lang.": [
        ("upfront_fee", "processing fee na ₱15,000"),
    ],
    "Like and follow lang sa TikTok, kumita ng ₱1,500 kada araw gamit lang ang cp.": [
        ("pay_per_task", "Like and follow"),
        ("daily_pay_little_work", "kumita ng ₱1,500 kada araw"),
    ],
    "Pahiram ng GCash account mo, may 10% ka sa bawat transaction.": [
        ("account_rental", "Pahiram ng GCash"),
        ("money_transfer_role", "bawat transaction"),
    ],
    "Sa compound sa Myawaddy bawal lumabas, 12 hours duty, walang day off.": [
        ("compound_conditions", "bawal lumabas"),
        ("hotspot_destination", "Myawaddy"),
    ],
    "Shopee hiring ng online assistant, PM lang po para sa details.": [
        ("brand_impersonation", "Shopee hiring"),
        ("private_contact_only", "PM lang po"),
    ],
    "Mag-refer ka ng friends at may referral bonus ka.": [
        ("recruit_friends_commission", "Mag-refer"),
    ],
    "Kakausapin mo ang mga foreigner gamit ang fake account, may script na susundan.": [
        ("scam_script_role", "fake account"),
    ],
    "Gusto mo ng trabaho sa Thailand? Mag apply na, limited slots lang!": [
        ("overseas_work", "trabaho sa Thailand"),
        ("urgency", "Mag apply na"),
    ],
    "Ingat po sa illegal recruiter! Wag magbayad at i-verify muna sa DMW bago mag-apply.": [
        ("awareness_language", "illegal recruiter"),
    ],
    "Nasagip ng mga awtoridad ang 20 Pinoy at inaresto ang recruiter, ayon sa BI.": [
        ("news_language", "Nasagip"),
    ],
    "DMW License No. 045-LB-2024, walang placement fee, may employment contract.": [
        ("licensed_recruitment", "walang placement fee"),
    ],
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "Para ma-setup ang payroll account mo, i-send mo yung OTP na natanggap mo at ang MPIN "
        "ng GCash."
    ): [
        ("credentials_requested", "Para ma-setup ang payroll account"),
        ("credentials_requested", "OTP na natanggap mo"),
        ("credentials_requested", "MPIN ng GCash"),
    ],
    "Pa-send ng selfie hawak ang valid ID at card number at CVV.": [
        ("credentials_requested", "selfie hawak ang valid ID"),
        ("credentials_requested", "card number at CVV"),
    ],
    "May bayad ang training at uniform fee na ₱800, processing fee sa GCash lang.": [
        ("upfront_fee", "May bayad ang training"),
        ("upfront_fee", "uniform fee"),
        ("upfront_fee", "processing fee sa GCash"),
    ],
    # fees paid first, fake HR of a brand, paid tasks, renting accounts, scam call work
    "Para ma-process agad, dp muna ng ₱3,000, tapos activation fee sa susunod.": [
        ("upfront_fee", "dp muna"),
        ("upfront_fee", "activation fee"),
    ],
    "Good day! Ako po ay recruiter ng Cebu Pacific, qualified ka para sa cabin crew.": [
        ("brand_impersonation", "recruiter ng Cebu Pacific"),
        ("brand_impersonation", "qualified ka para"),
    ],
    "Mag-follow lang sa mga shop, ₱20 kada review, mag-top up para ma-unlock ang task.": [
        ("pay_per_task", "kada review"),
        ("pay_per_task", "ma-unlock ang task"),
    ],
    "May GCash ka na hindi ginagamit? Nagrerenta ng GCash si boss, ibigay mo ang sim.": [
        ("account_rental", "Nagrerenta ng GCash"),
        ("account_rental", "ibigay mo ang sim"),
    ],
    "Gagamit ka ng assigned persona sa dating apps, sundin ang script araw-araw.": [
        ("scam_script_role", "assigned persona"),
        ("scam_script_role", "dating apps"),
    ],
}
CASES = [(text, name, span) for text, pairs in EXPECTED.items() for name, span in pairs]


@pytest.mark.parametrize(("text", "name", "span"), CASES)
def test_finds_indicator_with_its_span(
    matcher: IndicatorMatcher, text: str, name: str, span: str
) -> None:
    assert (name, span) in found(matcher, text)


ORDINARY = [
    "Hiring cashier sa bakery sa Marikina, walk-in interview tuwing Lunes, dalhin ang resume.",
    "Sino may alam na masarap na lomihan dito sa Batangas? Gutom na ako haha",
    "Ang lakas ng ulan kanina, baha na naman sa España Boulevard.",
    "Nagbakasyon kami sa Bangkok last week, sobrang sarap ng street food!",
    "Construction worker, ₱610 kada araw, sa Pasig ang site, 1-2 oras ang biyahe mula Antipolo.",
    # a bank's warning and a school's ad
    "Paalala ng bangko: huwag ibigay ang OTP kahit kanino.",
    "Bayad sa GCash o COD po, pick up sa Cebu. Rice cooker 800 lang.",
    # a rider paid per delivery and an office job with foreign clients
    "Rider sa Makati, ₱60 kada delivery plus tips, may sariling motor.",
    "Accounting assistant sa Ortigas, may foreign clients, may HMO at 13th month pay.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_spans_point_into_the_original_text(matcher: IndicatorMatcher) -> None:
    for text in EXPECTED:
        for ind in matcher.find(text):
            assert text[ind.start : ind.end] == ind.text


def test_every_registered_indicator_has_phrases() -> None:
    assert set(module.PHRASES) == set(INDICATORS)
    assert all(len(phrases) >= 10 for phrases in module.PHRASES.values())
