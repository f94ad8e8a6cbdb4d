"""Thai red-flag patterns (character level): each sentence (written for these tests) must
produce the named indicators with the right span, phrases are found inside running text
without spaces, and ordinary posts must produce no risky indicator."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import th as module
from tests.indicator_support import (
    assert_found,
    assert_found_inside,
    found,
    matcher_fixture,
    risky_indicators,
)

LANG = "th"


matcher = matcher_fixture(LANG)


def test_every_indicator_has_phrases() -> None:
    assert module.CHAR_LEVEL is True
    assert set(module.PHRASES) == set(INDICATORS)
    for name, phrases in module._PHRASES.items():
        assert len(phrases) >= 15, name


LURES = [
    (
        "รับสมัครด่วน แอดมินตอบแชท ทำงานที่เมียวดี เงินเดือนสูง ฟรีที่พัก ไม่ต้องมีประสบการณ์ แอดไลน์มาเลย",
        [
            ("urgency", "รับสมัครด่วน"),
            ("high_risk_role", "แอดมินตอบแชท"),
            ("hotspot_destination", "เมียวดี"),
            ("pay_above_market", "เงินเดือนสูง"),
            ("travel_paid", "ฟรีที่พัก"),
            ("no_experience", "ไม่ต้องมีประสบการณ์"),
            ("private_contact_only", "แอดไลน์มา"),
        ],
    ),
    (
        "งานกดไลค์ได้เงิน ทำผ่านมือถือ รายได้วันละ 500 บาท",
        [
            ("pay_per_task", "งานกดไลค์"),
            ("daily_pay_little_work", "ทำผ่านมือถือ"),
            ("daily_pay_little_work", "รายได้วันละ"),
        ],
    ),
    (
        "ใช้วีซ่าท่องเที่ยวเข้าไปก่อน ไปถึงแล้วค่อยทำวีซ่า",
        [
            ("tourist_visa", "ใช้วีซ่าท่องเที่ยว"),
            ("tourist_visa", "ไปถึงแล้วค่อยทำวีซ่า"),
        ],
    ),
    (
        "บริษัทเก็บพาสปอร์ตไว้ ทำงานวันละ 12 ชั่วโมง สัญญา 1 ปี",
        [
            ("passport_requested", "บริษัทเก็บพาสปอร์ตไว้"),
            ("compound_conditions", "ทำงานวันละ 12 ชั่วโมง"),
            ("compound_conditions", "สัญญา 1 ปี"),
        ],
    ),
    (
        "งานเสริม Shopee ค่าสมัครเพียง 199 บาท ส่งรูปบัตรประชาชนมาทางแชท",
        [
            ("brand_impersonation", "งานเสริม Shopee"),
            ("upfront_fee", "ค่าสมัครเพียง"),
            ("passport_requested", "ส่งรูปบัตรประชาชน"),
        ],
    ),
    (
        "รับจ้างโอนเงิน ได้เปอร์เซ็นต์จากยอดโอน",
        [
            ("money_transfer_role", "รับจ้างโอนเงิน"),
            ("money_transfer_role", "ได้เปอร์เซ็นต์จากยอดโอน"),
        ],
    ),
    (
        "ชวนเพื่อนมาสมัครได้ค่าแนะนำคนละ 1,000",
        [
            ("recruit_friends_commission", "ชวนเพื่อนมาสมัคร"),
            ("recruit_friends_commission", "ค่าแนะนำ"),
        ],
    ),
    (
        "มีสคริปต์ให้ คุยกับชาวต่างชาติ ชวนลูกค้าลงทุนคริปโต",
        [
            ("scam_script_role", "มีสคริปต์ให้"),
            ("scam_script_role", "คุยกับชาวต่างชาติ"),
            ("scam_script_role", "ชวนลูกค้าลงทุน"),
        ],
    ),
    (
        "ติดต่อทางเทเลแกรมเท่านั้น",
        [("private_contact_only", "ติดต่อทางเทเลแกรม")],
    ),
    (
        "รับเช่าบัญชีธนาคาร บัญชีม้าให้ราคาดี",
        [("account_rental", "รับเช่าบัญชี"), ("account_rental", "บัญชีม้า")],
    ),
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "เพื่อเปิดบัญชีรับเงินเดือน รบกวนส่งรหัส OTP ที่ได้รับ และรหัส ATM ด้วยค่ะ",
        [
            ("credentials_requested", "เพื่อเปิดบัญชีรับเงินเดือน"),
            ("credentials_requested", "ส่งรหัส OTP"),
            ("credentials_requested", "รหัส ATM"),
        ],
    ),
    (
        "ส่งเซลฟี่คู่บัตรประชาชน กับเลขบัตรเครดิตและวันหมดอายุมาให้แอดมิน",
        [
            ("credentials_requested", "เซลฟี่คู่บัตรประชาชน"),
            ("credentials_requested", "เลขบัตรเครดิตและวันหมดอายุ"),
        ],
    ),
    (
        "ต้องจ่ายค่าอบรม 1,500 บาท และค่าชุดพนักงาน 500 บาทก่อนเริ่มงาน",
        [
            ("upfront_fee", "จ่ายค่าอบรม"),
            ("upfront_fee", "ค่าชุดพนักงาน"),
        ],
    ),
    # brand HR, fees, task scams, account rental and scam roles (written for these tests)
    (
        "สวัสดีค่ะ ติดต่อจากฝ่ายบุคคลของ Big C ค่ะ มีงานคีย์ข้อมูลที่บ้าน สนใจโอนมัดจำ 2,000 บาทเพื่อจองตำแหน่ง",
        [
            ("brand_impersonation", "ฝ่ายบุคคลของ Big C"),
            ("upfront_fee", "โอนมัดจำ"),
        ],
    ),
    (
        "รับคนกดซับช่องยูทูป ช่องละ 30 บาท สมาชิกระดับทองต้องฝากขั้นต่ำ 1,000",
        [
            ("pay_per_task", "กดซับช่อง"),
            ("pay_per_task", "ช่องละ"),
            ("pay_per_task", "สมาชิกระดับทอง"),
        ],
    ),
    (
        "งานแชทหาคู่ ใช้โปรไฟล์ที่บริษัทให้ ชวนให้ลูกค้าลงเงินในแอป",
        [
            ("scam_script_role", "งานแชทหาคู่"),
            ("scam_script_role", "โปรไฟล์ที่บริษัทให้"),
            ("scam_script_role", "ให้ลูกค้าลงเงิน"),
        ],
    ),
]

COUNTER = [
    (
        "ระวังมิจฉาชีพหลอกไปทำงานต่างประเทศ แจ้งความได้ที่สายด่วน 1441",
        [
            ("awareness_language", "ระวังมิจฉาชีพ"),
            ("awareness_language", "หลอกไปทำงาน"),
            ("awareness_language", "แจ้งความ"),
            ("awareness_language", "สายด่วน 1441"),
        ],
    ),
    (
        "ตำรวจจับกุมผู้ต้องหาและส่งตัวกลับประเทศไทย",
        [
            ("news_language", "ตำรวจจับกุม"),
            ("news_language", "ผู้ต้องหา"),
            ("news_language", "ส่งตัวกลับ"),
        ],
    ),
    (
        "บริษัทได้รับอนุญาตจากกรมการจัดหางาน ใบอนุญาตเลขที่ 123/2567",
        [
            ("licensed_recruitment", "ได้รับอนุญาตจากกรมการจัดหางาน"),
            ("licensed_recruitment", "ใบอนุญาตเลขที่"),
        ],
    ),
]

ORDINARY = [
    "ร้านกาแฟแถวลาดพร้าวรับสมัครพนักงานชงกาแฟ เงินเดือน 12,000 บาท มีประกันสังคม",
    "วันนี้ฝนตกหนักมาก รถติดยาวตั้งแต่บางนาถึงสุขุมวิท",
    # "ด่วน" alone is breaking news, not an urgent job
    "ข่าวด่วน นายกรัฐมนตรีเดินทางเยือนญี่ปุ่นเพื่อหารือด้านการค้า",
    # "แอดมิน" alone is the group admin people greet before posting
    "ขออนุญาตแอดมินนะคะ ขายเสื้อมือสองราคาถูก",
    # a fee named only to say it is not charged is a counter-signal, not a red flag
    "โรงงานย่านบางพลีรับพนักงานฝ่ายผลิต ไม่มีค่าดำเนินการ สมัครได้ที่หน้าโรงงาน",
    # a bank's warning and a school's ad
    "ธนาคารขอเตือน อย่าบอกรหัส OTP กับผู้อื่น",
    "โรงเรียนสอนภาษาอังกฤษเปิดคอร์สใหม่สำหรับเด็ก วันเสาร์อาทิตย์",
    # ordinary posts near the new patterns
    "ร้านอาหารญี่ปุ่นในสยามรับพนักงานเสิร์ฟ มีชุดให้ ค่าจ้างรายวัน 450 บาท สมัครหน้าร้าน",
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
    text = "พี่ๆคะตอนนี้บริษัทหาคนไปทำงานรับเช่าบัญชีธนาคารรายได้ดีมากสนใจทักแชทค่ะ"
    got = found(matcher, text)
    assert ("pay_above_market", "รายได้ดีมาก") in got
    assert ("private_contact_only", "สนใจทัก") in got
    assert_found_inside(matcher, text, "account_rental", "รับเช่าบัญชี")


def test_spaced_phrase_also_matches_without_space(matcher: IndicatorMatcher) -> None:
    assert ("brand_impersonation", "งานเสริมshopee") in found(matcher, "มีงานเสริมshopeeนะ")
