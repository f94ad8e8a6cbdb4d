"""Vietnamese red-flag patterns: each sentence (written for these tests) must produce the
named indicators with the right span, with or without diacritics, and ordinary posts
must produce no risky indicator."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import vi as module
from tests.indicator_support import assert_found, found, matcher_fixture, risky_indicators

LANG = "vi"


matcher = matcher_fixture(LANG)


def test_every_indicator_has_phrases() -> None:
    assert set(module.PHRASES) == set(INDICATORS)
    for name, phrases in module.PHRASES.items():
        assert len(phrases) >= 15, name


LURES = [
    (
        "Tuyển gấp 10 bạn CSKH đi Campuchia, lương 1500$, bao ăn ở, "
        "không cần kinh nghiệm, ib zalo để biết thêm",
        [
            ("urgency", "Tuyển gấp"),
            ("high_risk_role", "CSKH"),
            ("pay_above_market", "lương 1500$"),
            ("travel_paid", "bao ăn ở"),
            ("no_experience", "không cần kinh nghiệm"),
            ("private_contact_only", "ib zalo"),
        ],
    ),
    (
        # typed without diacritics and in teen code
        "tuyen nv danh may di cam lam, luong 25tr, ko can kn, bao ve may bay",
        [
            ("high_risk_role", "danh may"),
            ("overseas_work", "di cam lam"),
            ("pay_above_market", "luong 25tr"),
            ("no_experience", "ko can kn"),
            ("travel_paid", "bao ve may bay"),
        ],
    ),
    (
        "Tuyển CTV Shopee làm nhiệm vụ kiếm tiền tại nhà, 500k/ngày, rút tiền trong ngày",
        [
            ("brand_impersonation", "CTV Shopee"),
            ("pay_per_task", "làm nhiệm vụ kiếm tiền"),
            ("daily_pay_little_work", "500k/ngày"),
            ("daily_pay_little_work", "rút tiền trong ngày"),
        ],
    ),
    (
        "Thu mua tài khoản ngân hàng chính chủ giá cao, liên hệ telegram",
        [
            ("account_rental", "tài khoản ngân hàng chính chủ"),
            ("private_contact_only", "liên hệ telegram"),
        ],
    ),
    (
        "Cần người nhận tiền hộ rồi chuyển khoản hộ, hưởng % trên mỗi giao dịch",
        [
            ("money_transfer_role", "nhận tiền hộ"),
            ("money_transfer_role", "chuyển khoản hộ"),
            ("money_transfer_role", "hưởng % trên mỗi giao dịch"),
        ],
    ),
    (
        "Nộp phí hồ sơ 3 triệu và đặt cọc giữ chỗ, gửi giúp em ảnh hộ chiếu và CCCD 2 mặt",
        [
            ("upfront_fee", "phí hồ sơ"),
            ("upfront_fee", "đặt cọc giữ chỗ"),
            ("passport_requested", "gửi giúp em ảnh hộ chiếu"),
            ("passport_requested", "CCCD 2 mặt"),
        ],
    ),
    (
        "Đi theo diện du lịch, qua đó làm visa, làm 12 tiếng, nghỉ sớm phải đền hợp đồng",
        [
            ("tourist_visa", "Đi theo diện du lịch"),
            ("tourist_visa", "qua đó làm visa"),
            ("compound_conditions", "làm 12 tiếng"),
            ("compound_conditions", "đền hợp đồng"),
        ],
    ),
    (
        "Nhắn tin theo kịch bản có sẵn, dùng nick ảo để kéo khách nạp tiền",
        [
            ("scam_script_role", "Nhắn tin theo kịch bản"),
            ("scam_script_role", "nick ảo"),
            ("scam_script_role", "kéo khách nạp tiền"),
        ],
    ),
    (
        "Việc văn phòng nhẹ nhàng ở Ba Vét, giới thiệu bạn bè nhận thưởng",
        [
            ("high_risk_role", "văn phòng nhẹ nhàng"),
            ("hotspot_destination", "Ba Vét"),
            ("recruit_friends_commission", "giới thiệu bạn bè"),
        ],
    ),
    (
        "Thu nhập từ 20 - 50 triệu, hoặc lương 2k usd nếu biết tiếng Trung",
        [
            ("pay_above_market", "Thu nhập từ 20 - 50 triệu"),
            ("pay_above_market", "lương 2k usd"),
        ],
    ),
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    (
        "Để kích hoạt tài khoản nhận lương, em đọc mã OTP vừa gửi về máy và mã PIN thẻ ATM nhé.",
        [
            ("credentials_requested", "Để kích hoạt tài khoản nhận lương"),
            ("credentials_requested", "mã OTP vừa gửi"),
        ],
    ),
    (
        "de kich hoat tai khoan nhan luong, gui ma otp va mat khau ngan hang",
        [
            ("credentials_requested", "de kich hoat tai khoan nhan luong"),
            ("credentials_requested", "gui ma otp"),
            ("credentials_requested", "mat khau ngan hang"),
        ],
    ),
    (
        "Đóng tiền đồng phục 500k và phí đào tạo trước khi đi làm.",
        [
            ("upfront_fee", "Đóng tiền đồng phục"),
            ("upfront_fee", "phí đào tạo"),
        ],
    ),
    # brand HR, fees, task scams, account rental and scam roles (written for these tests)
    (
        "Mình là HR của Vietjet, ứng viên trúng tuyển đóng phí đồng phục trước khi đi làm",
        [
            ("brand_impersonation", "HR của Vietjet"),
            ("upfront_fee", "trúng tuyển đóng phí"),
        ],
    ),
    (
        "Tuyển CTV bình chọn, mỗi lượt bình chọn 5k, lên VIP2 cần nạp quỹ 500k",
        [
            ("pay_per_task", "CTV bình chọn"),
            ("pay_per_task", "lên VIP2"),
            ("pay_per_task", "nạp quỹ"),
        ],
    ),
    (
        "Cần người gọi cho nạn nhân để hỗ trợ lấy lại tiền bị lừa, dùng nick nữ có sẵn",
        [
            ("scam_script_role", "gọi cho nạn nhân"),
            ("scam_script_role", "hỗ trợ lấy lại tiền"),
            ("scam_script_role", "nick nữ"),
        ],
    ),
]

COUNTER = [
    (
        "Cảnh giác chiêu việc nhẹ lương cao, hãy chia sẻ cho người thân",
        [("awareness_language", "Cảnh giác"), ("awareness_language", "hãy chia sẻ")],
    ),
    (
        "Công an tỉnh Tây Ninh đã giải cứu 15 công dân, khởi tố 3 bị can",
        [
            ("news_language", "Công an tỉnh"),
            ("news_language", "giải cứu"),
            ("news_language", "khởi tố"),
        ],
    ),
    (
        "Doanh nghiệp được cấp phép, giấy phép số 123/LĐTBXH-GP, chương trình EPS",
        [
            ("licensed_recruitment", "Doanh nghiệp được cấp phép"),
            ("licensed_recruitment", "giấy phép số"),
            ("licensed_recruitment", "chương trình EPS"),
        ],
    ),
]

ORDINARY = [
    "Quán cà phê ở quận 3 tuyển nhân viên phục vụ ca sáng, lương 6 triệu, "
    "liên hệ chị Lan 0903 123 456",
    # "bảo vệ" loses its accents to "bao ve", which must not read as "bao vé" (ticket paid)
    "Tuyển nhân viên bảo vệ ca đêm cho tòa nhà văn phòng, lương 7 triệu, làm thêm giờ",
    "Cuối tuần này cả nhà mình về quê ăn giỗ ông nội, trời mưa to quá",
    "Giá vàng hôm nay tăng mạnh, các chuyên gia dự báo còn biến động trong tuần tới",
    "Sàn giao dịch việc làm quận Bình Thạnh mở cửa sáng thứ năm",
    # a bank's warning and a school's ad
    "Ngân hàng khuyến cáo: tuyệt đối không cung cấp mã OTP cho bất kỳ ai.",
    "Trung tâm tiếng Anh mở lớp mới cho thiếu nhi vào cuối tuần.",
    # ordinary posts near the new patterns
    "Quán phở gần chợ Bến Thành tuyển phục vụ, không phải đóng phí gì, làm ca sáng",
]


@pytest.mark.parametrize(("text", "expected"), LURES + COUNTER)
def test_sentence_produces_indicators(
    matcher: IndicatorMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert_found(matcher, text, expected)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_post_has_no_risky_indicator(matcher: IndicatorMatcher, text: str) -> None:
    assert risky_indicators(matcher, text) == []


def test_spans_point_into_the_original_text(matcher: IndicatorMatcher) -> None:
    text = "Lương cao, BAO ĂN Ở, không cần kinh nghiệm"
    for ind in matcher.find(text):
        assert text[ind.start : ind.end] == ind.text
    assert ("travel_paid", "BAO ĂN Ở") in found(matcher, text)
