"""Red-flag indicator patterns for Malay (`classifier/indicators/lang/ms.py`): lures,
scams and crime recruitment as people write them, counter-signals, and ordinary posts that
must stay clean. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import ms as module
from tests.indicator_support import found, matcher_fixture, risky_indicators

matcher = matcher_fixture("ms")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    (
        "Kekosongan segera! Khidmat pelanggan di Bangkok, gaji RM8,000, tiket flight "
        "dan penginapan ditanggung syarikat."
    ): [
        ("urgency", "Kekosongan segera"),
        ("high_risk_role", "Khidmat pelanggan"),
        ("pay_above_market", "gaji RM8,000"),
        ("travel_paid", "tiket flight dan penginapan ditanggung"),
    ],
    "Tak perlu pengalaman, lepasan SPM dialu-alukan, berminat PM tepi.": [
        ("no_experience", "Tak perlu pengalaman"),
        ("private_contact_only", "berminat PM"),
    ],
    "Masuk guna visa pelancong dulu, permit kerja diuruskan di sana.": [
        ("tourist_visa", "guna visa pelancong"),
    ],
    "Sila hantar gambar pasport dan IC depan belakang melalui WhatsApp.": [
        ("passport_requested", "hantar gambar pasport dan IC"),
    ],
    "Kena bayar yuran pendaftaran dan wang cagaran sebelum berlepas.": [
        ("upfront_fee", "yuran pendaftaran"),
    ],
    "Like video TikTok je, dapat RM150 sehari guna telefon je.": [
        ("pay_per_task", "Like video"),
        ("daily_pay_little_work", "RM150 sehari"),
    ],
    "Sewa akaun bank anda RM500 seminggu, kami cuma guna untuk terima duit.": [
        ("account_rental", "Sewa akaun bank"),
        ("money_transfer_role", "terima duit"),
    ],
    "Di Shwe Kokko kerja 12 jam sehari, tiada cuti, telefon dirampas.": [
        ("compound_conditions", "telefon dirampas"),
        ("hotspot_destination", "Shwe Kokko"),
    ],
    "Shopee hiring part time, pendapatan harian, daftar sekarang.": [
        ("brand_impersonation", "Shopee hiring"),
    ],
    "Ajak kawan join dan dapat bonus rujukan RM50.": [
        ("recruit_friends_commission", "bonus rujukan"),
    ],
    "Kerja chat dengan orang asing guna akaun palsu, ikut skrip yang disediakan.": [
        ("scam_script_role", "ikut skrip"),
    ],
    "Peluang kerja di Kemboja, gaji RM8k sebulan, tempat terhad.": [
        ("overseas_work", "kerja di Kemboja"),
        ("urgency", "tempat terhad"),
    ],
    "Awas sindiket tawaran kerja palsu di Kemboja, semak dahulu dan buat laporan polis.": [
        ("awareness_language", "tawaran kerja palsu"),
    ],
    "Polis menahan lima individu dan 12 mangsa berjaya diselamatkan, kata beliau.": [
        ("news_language", "Polis menahan"),
    ],
    "Agensi pekerjaan berlesen JTKSM, kontrak bertulis, tiada yuran dikenakan.": [
        ("licensed_recruitment", "Agensi pekerjaan berlesen"),
    ],
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    "Untuk aktifkan akaun gaji, sila bagi kod TAC yang diterima dan PIN ATM anda.": [
        ("credentials_requested", "Untuk aktifkan akaun gaji"),
        ("credentials_requested", "bagi kod TAC"),
        ("credentials_requested", "PIN ATM"),
    ],
    "Hantar selfie pegang IC dan nombor kad, tarikh luput dan CVV.": [
        ("credentials_requested", "selfie pegang IC"),
        ("credentials_requested", "nombor kad, tarikh luput dan CVV"),
    ],
    "Kena bayar uniform RM150 dan FOMEMA tanggung sendiri sebelum mula kerja.": [
        ("upfront_fee", "Kena bayar uniform"),
        ("upfront_fee", "FOMEMA tanggung sendiri"),
    ],
    # fees paid first, fake HR of a brand, paid tasks, renting accounts, scam call work
    "Bayar separuh dulu untuk simpan slot, baki sebelum berlepas ke Jepun.": [
        ("upfront_fee", "Bayar separuh"),
        ("upfront_fee", "untuk simpan slot"),
        ("upfront_fee", "baki sebelum berlepas"),
    ],
    "Salam, saya wakil HR daripada Maybank, anda terpilih utk jawatan kerani.": [
        ("brand_impersonation", "HR daripada Maybank"),
        ("brand_impersonation", "terpilih utk jawatan"),
    ],
    "Follow kedai kami dan tekan like, setiap like dapat RM3, naik taraf VIP untuk lebih.": [
        ("pay_per_task", "Follow kedai"),
        ("pay_per_task", "setiap like"),
        ("pay_per_task", "naik taraf VIP"),
    ],
    "Ada akaun tak aktif? Serahkan kad ATM dan login online banking, dapat RM800 sebulan.": [
        ("account_rental", "akaun tak aktif"),
        ("account_rental", "login online banking"),
    ],
    "Kerja chat operator, guna profil wanita, pujuk pelanggan deposit ke platform.": [
        ("scam_script_role", "chat operator"),
        ("scam_script_role", "profil wanita"),
        ("scam_script_role", "pujuk pelanggan deposit"),
    ],
}
CASES = [(text, name, span) for text, pairs in EXPECTED.items() for name, span in pairs]


@pytest.mark.parametrize(("text", "name", "span"), CASES)
def test_finds_indicator_with_its_span(
    matcher: IndicatorMatcher, text: str, name: str, span: str
) -> None:
    assert (name, span) in found(matcher, text)


ORDINARY = [
    (
        "Kedai makan di Shah Alam perlukan pembantu dapur, waktu kerja 8 pagi hingga "
        "5 petang, datang terus ke kedai."
    ),
    "Ada sesiapa tahu kedai baiki kereta yang bagus di Ipoh? Enjin kereta saya berbunyi pelik.",
    "Hujan lebat petang tadi, jalan ke Kuantan banjir kilat.",
    "Cuti sekolah nanti kami nak bercuti ke Bangkok, ada cadangan hotel?",
    # a bank's warning and a school's ad
    "Peringatan bank: jangan kongsi kod TAC, bank tidak akan meminta kata laluan.",
    "Kelas tuisyen Matematik di Shah Alam, pendaftaran dibuka untuk Tingkatan 4.",
    # a rider's pay per delivery and a real sales job
    "Rider penghantaran makanan di Johor Bahru, bayaran ikut setiap penghantaran, motor sendiri.",
    "Jurujual kereta di Klang, gaji asas dan komisen jualan, lesen memandu D diperlukan.",
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
