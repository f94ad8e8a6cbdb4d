"""Arabic red-flag patterns: each sentence (written for these tests) must produce the
named indicators with the right span, and ordinary posts must produce no risky indicator."""

from __future__ import annotations

import pytest

from classifier.indicators import IndicatorMatcher
from classifier.indicators.lang import ar as module
from tests.indicator_support import (
    assert_covers_registry,
    assert_found,
    found,
    matcher_fixture,
    risky_indicators,
)

LANG = "ar"


matcher = matcher_fixture(LANG)


def test_every_indicator_has_phrases() -> None:
    assert_covers_registry(module, 10)


LURES = [
    (
        "مطلوب موظفين خدمة عملاء للعمل في تايلاند، "
        "الفيزا والتذكرة مجاناً والسكن مجاني، التواصل واتساب فقط",
        [
            ("high_risk_role", "خدمة عملاء"),
            ("overseas_work", "للعمل في تايلاند"),
            ("travel_paid", "الفيزا والتذكرة مجاناً"),
            ("travel_paid", "والسكن مجاني"),
            ("private_contact_only", "التواصل واتساب فقط"),
        ],
    ),
    (
        "شغل من البيت 🏠 اربح 400 جنيه يومياً من موبايلك، بس اعمل لايك للفيديوهات",
        [
            ("daily_pay_little_work", "400 جنيه يومياً"),
            ("daily_pay_little_work", "من موبايلك"),
            ("daily_pay_little_work", "شغل من البيت"),
            ("pay_per_task", "لايك للفيديوهات"),
        ],
    ),
    (
        "شركة صينية في مياوادي تطلب موظفين عرب، "
        "السفر بفيزا سياحية عن طريق بانكوك والجواز يبقى مع الشركة",
        [
            ("hotspot_destination", "مياوادي"),
            ("tourist_visa", "بفيزا سياحية"),
            ("passport_requested", "والجواز يبقى مع الشركة"),
        ],
    ),
    (
        "نستأجر حسابات بنكية مقابل 300 دولار في الشهر، ونحتاج شريحة باسمك",
        [("account_rental", "نستأجر حسابات"), ("account_rental", "شريحة باسمك")],
    ),
    (
        "فرصة ذهبية! راتب عالي وعمولة، بدون خبرة، رسوم التسجيل 50 دولار فقط، الأماكن محدودة",
        [
            ("pay_above_market", "راتب عالي"),
            ("no_experience", "بدون خبرة"),
            ("upfront_fee", "رسوم التسجيل"),
            ("urgency", "الأماكن محدودة"),
        ],
    ),
    (
        "خدمة فتايلاند، الفيزا فابور والسكنى والماكلة، صيفط لينا صورة الباسبور",
        [
            ("overseas_work", "خدمة فتايلاند"),
            ("travel_paid", "الفيزا فابور"),
            ("passport_requested", "صورة الباسبور"),
        ],
    ),
    (
        "مطلوب شخص عنده حساب بنكي يستقبل تحويلات ويحولها مقابل نسبة من كل عملية",
        [("money_transfer_role", "شخص عنده حساب بنكي"), ("money_transfer_role", "من كل عملية")],
    ),
    (
        "نبحث عن موظفين ريتنشن لمنصة تداول، إقناع العملاء بالإيداع، "
        "سكريبت جاهز، دوام 12 ساعة وسكن داخل الشركة",
        [
            ("scam_script_role", "ريتنشن"),
            ("scam_script_role", "إقناع العملاء بالإيداع"),
            ("scam_script_role", "سكريبت جاهز"),
            ("compound_conditions", "دوام 12 ساعة"),
            ("compound_conditions", "وسكن داخل الشركة"),
        ],
    ),
    (
        "ادع أصدقاءك واربح عمولة على كل شخص ينضم للفريق",
        [
            ("recruit_friends_commission", "ادع أصدقاءك"),
            ("recruit_friends_commission", "عمولة على كل شخص"),
        ],
    ),
    (
        "مرحبا، معك HR شركة أمازون، نحتاج موظفين عن بعد لتقييم المنتجات",
        [("brand_impersonation", "HR شركة"), ("pay_per_task", "لتقييم المنتجات")],
    ),
    (
        "احذروا عروض العمل الوهمية في تايلاند ولا تدفعوا أي مبلغ",
        [
            ("awareness_language", "احذروا"),
            ("awareness_language", "عروض العمل الوهمية"),
            ("awareness_language", "ولا تدفعوا أي مبلغ"),
        ],
    ),
    (
        "ألقت الشرطة القبض على 3 متهمين وتم إنقاذ 20 شاباً من مجمع في سيهانوكفيل",
        [
            ("news_language", "ألقت الشرطة القبض"),
            ("news_language", "وتم إنقاذ"),
            ("hotspot_destination", "سيهانوكفيل"),
        ],
    ),
    (
        "مكتب مرخص من وزارة العمل، ترخيص رقم 1234، بدون أي رسوم على العامل",
        [
            ("licensed_recruitment", "مرخص من وزارة"),
            ("licensed_recruitment", "ترخيص رقم"),
            ("licensed_recruitment", "بدون أي رسوم على العامل"),
        ],
    ),
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "لتفعيل حساب الراتب ابعتلي الكود اللي وصلك والرقم السري للفيزا.",
        [
            ("credentials_requested", "لتفعيل حساب الراتب"),
            ("credentials_requested", "ابعتلي الكود اللي وصلك"),
            ("credentials_requested", "والرقم السري للفيزا"),
        ],
    ),
    (
        "أرسل صورة سيلفي مع الهوية ورقم البطاقة وتاريخ الانتهاء.",
        [
            ("credentials_requested", "صورة سيلفي مع الهوية"),
            ("credentials_requested", "ورقم البطاقة وتاريخ الانتهاء"),
        ],
    ),
    (
        "التدريب على حسابك ولازم تدفع ثمن اليونيفورم قبل ما تبدأ الشغل.",
        [
            ("upfront_fee", "التدريب على حسابك"),
            ("upfront_fee", "ولازم تدفع ثمن اليونيفورم"),
        ],
    ),
    # fake HR of a known brand, task scams, wallet rental, scripted chat work
    (
        "مساء الخير، أنا منى من فريق التوظيف في نون، عندنا شغل جزئي تسوي لايك على منتجات المتاجر",
        [
            ("brand_impersonation", "فريق التوظيف في نون"),
            ("pay_per_task", "لايك على منتجات"),
        ],
    ),
    (
        "كل مهمة بـ 3 دنانير، وحساب VIP يفتح لك مهمات أكثر، وقبل ما تبدأ ادفع رسوم الدورة",
        [
            ("pay_per_task", "كل مهمة"),
            ("pay_per_task", "وحساب VIP"),
            ("upfront_fee", "رسوم الدورة"),
        ],
    ),
    (
        "نبي بنات للشات مع رجال على تطبيق، السكريبت جاهز والعميل يشحن وتاخذين نسبة من كل إيداع",
        [
            ("scam_script_role", "للشات مع رجال"),
            ("scam_script_role", "السكريبت جاهز"),
            ("scam_script_role", "والعميل يشحن"),
            ("scam_script_role", "من كل إيداع"),
        ],
    ),
    (
        "أجرلنا حساب انستاباي بتاعك أسبوعين، ولو عندك محفظة فودافون كاش باسمك أحسن",
        [
            ("account_rental", "أجرلنا حساب"),
            ("account_rental", "محفظة فودافون كاش باسمك"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LURES)
def test_lure_phrases(
    matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert_found(matcher, text, expected)


ORDINARY = [
    "مطلوب محاسب لشركة مقاولات في الرياض، خبرة 3 سنوات، الراتب 6000 ريال",
    "مين يعرف مطعم حلو في وسط البلد؟ عايزين نتغدى بكرة مع العيلة",
    "أعلن البنك المركزي رفع سعر الفائدة ربع نقطة مئوية اليوم",
    "شقة للإيجار في المعادي، 3 غرف، 8000 جنيه في الشهر، للتواصل 0100 000 0000",
    "خرجت من البيت الصبح بدري ونسيت الموبايل 😅",
    # a bank's warning and a school's ad
    "تنبيه من البنك: لا تعطي الرقم السري لأي شخص، البنك لا يطلب كلمة المرور.",
    "معهد لتعليم اللغة الإنجليزية في عمّان، دورات مسائية للكبار.",
    # a real airline vacancy and a delivery job paid per order stay clean
    "طيران الإمارات تستقبل طلبات التوظيف عبر موقعها الرسمي فقط، والتقديم مجاني.",
    "مطلوب مندوب توصيل بسيارته الخاصة، أجر ثابت وعمولة على الطلبات، دوام كامل في جدة.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_posts_have_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_spelling_variants(matcher: IndicatorMatcher) -> None:
    """Alef without hamza, Egyptian final ى, tanwin before a full stop, glued و."""
    got = found(matcher, "الاماكن محدوده. الفيزا مجانى وسكن مجاناً.")
    assert ("urgency", "الاماكن محدوده") in got
    assert ("travel_paid", "الفيزا مجانى") in got
    assert ("travel_paid", "وسكن مجاناً.") in got


def test_negated_fee_is_a_counter_signal(matcher: IndicatorMatcher) -> None:
    """A negated fee ("no registration fee") is licensed-recruitment language; the fee
    phrase inside it is not reported as an upfront fee."""
    got = found(matcher, "لا توجد رسوم تسجيل والعقد موثق")
    assert ("licensed_recruitment", "لا توجد رسوم تسجيل") in got
    assert not [name for name, _ in got if name == "upfront_fee"]
