"""Red-flag indicator patterns for Swahili (`classifier/indicators/lang/sw.py`): lures, scams
and crime recruitment as people write them, counter-signals, and ordinary posts that must
stay clean. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import sw as module
from tests.indicator_support import found, matcher_fixture, risky_indicators

matcher = matcher_fixture("sw")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    "Nafasi za kazi Thailand: mshahara dola 1,500, visa na tiketi bure.": [
        ("overseas_work", "Nafasi za kazi Thailand"),
        ("pay_above_market", "mshahara dola 1,500"),
        ("travel_paid", "visa na tiketi bure"),
    ],
    "Hakuna uzoefu, tutakufundisha kila kitu. Wasiliana nasi kupitia WhatsApp tu.": [
        ("no_experience", "Hakuna uzoefu"),
        ("no_experience", "tutakufundisha"),
        ("private_contact_only", "Wasiliana nasi kupitia WhatsApp tu"),
    ],
    "Utasafiri kama mtalii, kibali cha kazi utapata ukifika.": [
        ("tourist_visa", "Utasafiri kama mtalii"),
        ("tourist_visa", "kibali cha kazi utapata ukifika"),
    ],
    "Tuma nakala ya pasipoti na ada ya usajili Ksh 2,000 leo.": [
        ("passport_requested", "Tuma nakala ya pasipoti"),
        ("upfront_fee", "ada ya usajili"),
    ],
    "Kulike video za TikTok ulipwe Ksh 50 kwa kila video.": [
        ("pay_per_task", "Kulike video"),
        ("pay_per_task", "kwa kila video"),
    ],
    "Pata Ksh 3,000 kwa siku ukitumia simu yako, masaa mawili kwa siku tu.": [
        ("daily_pay_little_work", "Pata Ksh 3,000 kwa siku"),
        ("daily_pay_little_work", "ukitumia simu yako"),
        ("daily_pay_little_work", "masaa mawili kwa siku"),
    ],
    "Tunakodisha line za M-Pesa zilizosajiliwa, malipo kila wiki.": [
        ("account_rental", "Tunakodisha line za M-Pesa"),
    ],
    (
        "Kazi ni kupokea pesa kwenye akaunti yako na kutuma kwa namba tutakayokupa, "
        "utabaki na asilimia 10."
    ): [
        ("money_transfer_role", "kupokea pesa kwenye akaunti yako"),
        ("money_transfer_role", "namba tutakayokupa"),
        ("money_transfer_role", "utabaki na asilimia"),
    ],
    "Leta marafiki upate kamisheni kwa kila mtu.": [
        ("recruit_friends_commission", "Leta marafiki"),
        ("recruit_friends_commission", "kamisheni kwa kila mtu"),
    ],
    "Masaa 12 kwa siku, siku 7 kwa wiki, huruhusiwi kutoka nje.": [
        ("compound_conditions", "Masaa 12 kwa siku"),
        ("compound_conditions", "siku 7 kwa wiki"),
        ("compound_conditions", "huruhusiwi kutoka"),
    ],
    "Kazi ya kuchat na wanaume wa nje kwa kutumia akaunti feki.": [
        ("scam_script_role", "kuchat na wanaume"),
        ("scam_script_role", "akaunti feki"),
    ],
    "Ofisi iko Myawaddi, mpakani mwa Thailand na Myanmar.": [
        ("hotspot_destination", "Myawaddi"),
        ("hotspot_destination", "mpakani mwa Thailand na Myanmar"),
    ],
    "Habari, mimi ni HR wa Amazon, tunaajiri watu wa kazi za nyumbani.": [
        ("brand_impersonation", "HR wa Amazon"),
    ],
    "Nafasi chache zimebaki, safari wiki ijayo!": [
        ("urgency", "Nafasi chache zimebaki"),
        ("urgency", "safari wiki ijayo"),
    ],
    "Tahadhari! Ajira feki za Thailand, usitume pesa kwa mtu yeyote.": [
        ("awareness_language", "Tahadhari"),
        ("awareness_language", "Ajira feki"),
        ("awareness_language", "usitume pesa"),
    ],
    "Polisi wamesema watu watano wamekamatwa mpakani.": [
        ("news_language", "Polisi wamesema"),
        ("news_language", "wamekamatwa"),
    ],
    "Wakala aliyesajiliwa na NEA, hatutozi ada yoyote.": [
        ("licensed_recruitment", "Wakala aliyesajiliwa"),
        ("licensed_recruitment", "NEA"),
        ("licensed_recruitment", "hatutozi ada yoyote"),
    ],
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    "Ili kufungua akaunti ya mshahara, nitumie code uliyopokea na PIN ya M-Pesa.": [
        ("credentials_requested", "kufungua akaunti ya mshahara"),
        ("credentials_requested", "code uliyopokea"),
        ("credentials_requested", "PIN ya M-Pesa"),
    ],
    "Tuma selfie ukiwa na kitambulisho na namba ya kadi na CVV.": [
        ("credentials_requested", "selfie ukiwa na kitambulisho"),
        ("credentials_requested", "namba ya kadi na CVV"),
    ],
    "Utalipia sare Ksh 1,500 na pesa ya mafunzo kabla ya kuanza kazi.": [
        ("upfront_fee", "Utalipia sare"),
        ("upfront_fee", "pesa ya mafunzo"),
    ],
    # task scams, fake HR of a telco, rented lines, recovery callers, fees for visa
    "Kila oda unayokamilisha unapata kamisheni, weka deposit ya kuanzia upande VIP 2.": [
        ("pay_per_task", "Kila oda unayokamilisha"),
        ("pay_per_task", "deposit ya kuanzia"),
    ],
    "Airtel Uganda Recruitment: umepita usaili, tuma jina lako.": [
        ("brand_impersonation", "Airtel Uganda Recruitment"),
    ],
    "Tuna-rent lines za Airtel zilizo registered kwa ID yako.": [
        ("account_rental", "Tuna-rent lines"),
        ("account_rental", "zilizo registered kwa ID yako"),
    ],
    "Tunatafuta recovery agents wa kupiga simu kwa watu waliopoteza pesa.": [
        ("scam_script_role", "recovery agents"),
        ("scam_script_role", "watu waliopoteza pesa"),
    ],
    "Utalipa Tsh 900,000 kwa visa, salio litakatwa kwenye mshahara.": [
        ("upfront_fee", "Utalipa Tsh 900,000 kwa visa"),
        ("upfront_fee", "salio litakatwa kwenye mshahara"),
    ],
}
CASES = [(text, name, span) for text, pairs in EXPECTED.items() for name, span in pairs]


@pytest.mark.parametrize(("text", "name", "span"), CASES)
def test_finds_indicator_with_its_span(
    matcher: IndicatorMatcher, text: str, name: str, span: str
) -> None:
    assert (name, span) in found(matcher, text)


ORDINARY = [
    "Tunauza mahindi kwa bei nafuu sokoni Kariakoo kila Jumamosi.",
    "Mwalimu wa hisabati anahitajika shule ya msingi Arusha, mshahara kulingana na uzoefu.",
    "Timu yetu ilishinda mechi jana, hongera wachezaji wote!",
    "Tunaenda Bangkok mwezi ujao kwa likizo, mtu anajua hoteli nzuri?",
    "Tunahitaji dereva wa lori Mombasa, mshahara Ksh 35,000 kwa mwezi, leseni ya BCE.",
    # a bank's warning and a school's ad
    "Safaricom inakukumbusha: usimpe mtu PIN yako.",
    "Masomo ya Kiingereza jioni Nairobi, usajili unaendelea wiki hii.",
    # a delivery rider's pay per order is ordinary
    "Riders wanahitajika, unalipwa Ksh 150 kwa order pamoja na tips.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_a_fee_that_is_ruled_out_is_not_a_red_flag(matcher: IndicatorMatcher) -> None:
    assert found(matcher, "Hakuna ada ya usajili, usaili ni ofisini kwetu.") == [
        ("licensed_recruitment", "Hakuna ada ya usajili"),
        ("licensed_recruitment", "usaili ni ofisini"),
    ]


def test_spans_point_into_the_original_text(matcher: IndicatorMatcher) -> None:
    for text in EXPECTED:
        for ind in matcher.find(text):
            assert text[ind.start : ind.end] == ind.text


def test_every_registered_indicator_has_phrases() -> None:
    assert set(module.PHRASES) == set(INDICATORS)
    assert all(len(phrases) >= 15 for phrases in module.PHRASES.values())
