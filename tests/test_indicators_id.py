"""Red-flag indicator patterns for Indonesian (`classifier/indicators/lang/id.py`): lures,
scams and crime recruitment as people write them, counter-signals, and ordinary posts that
must stay clean. Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from classifier.indicators import INDICATORS, IndicatorMatcher
from classifier.indicators.lang import id as module
from tests.indicator_support import found, matcher_fixture, risky_indicators

matcher = matcher_fixture("id")


# sentence -> the (indicator, span text) pairs it must produce
EXPECTED: dict[str, list[tuple[str, str]]] = {
    (
        "Dibutuhkan segera CS online untuk perusahaan di Kamboja, gaji 15jt, tiket "
        "dan visa ditanggung perusahaan."
    ): [
        ("urgency", "Dibutuhkan segera"),
        ("high_risk_role", "CS online"),
        ("pay_above_market", "gaji 15jt"),
        ("travel_paid", "tiket dan visa ditanggung"),
    ],
    "Tanpa pengalaman, cukup bisa bahasa Inggris dasar, info lengkap hub WA 0812-3456-7890.": [
        ("no_experience", "Tanpa pengalaman"),
        ("private_contact_only", "hub WA"),
    ],
    "Berangkat pakai visa wisata, nanti visa kerja diurus di sana.": [
        ("tourist_visa", "visa kerja diurus di sana"),
    ],
    "Silakan kirim foto paspor dan KTP ke admin untuk proses.": [
        ("passport_requested", "kirim foto paspor dan KTP"),
    ],
    "Sebelum berangkat ada biaya administrasi dan biaya medical yang harus ditransfer dulu.": [
        ("upfront_fee", "biaya administrasi"),
    ],
    "Kerja sambil rebahan, like video TikTok dapat Rp 300rb per hari.": [
        ("pay_per_task", "like video"),
        ("daily_pay_little_work", "Rp 300rb per hari"),
    ],
    "Sewa rekening BCA kamu, tinggal terima transfer dan tarik tunai, dapat fee 10%.": [
        ("account_rental", "Sewa rekening"),
        ("money_transfer_role", "tarik tunai"),
    ],
    "Di Myawaddy kerja 12 jam sehari, libur sebulan sekali, paspor ditahan perusahaan.": [
        ("compound_conditions", "libur sebulan sekali"),
        ("hotspot_destination", "Myawaddy"),
    ],
    "Rekrutmen Shopee part time untuk admin, segera daftar!": [
        ("brand_impersonation", "Rekrutmen Shopee"),
    ],
    "Ajak teman dapat bonus referral Rp 50rb per orang.": [
        ("recruit_friends_commission", "Ajak teman dapat bonus"),
    ],
    "Tugas kamu chatting dengan orang asing pakai akun palsu, ikuti script dari tim.": [
        ("scam_script_role", "akun palsu"),
    ],
    "Loker kerja di luar negeri, penempatan perbatasan Myanmar, japri aja.": [
        ("overseas_work", "kerja di luar negeri"),
        ("hotspot_destination", "perbatasan Myanmar"),
        ("private_contact_only", "japri aja"),
    ],
    (
        "Waspada modus penipuan berkedok lowongan kerja di luar negeri, jangan mudah "
        "tergiur gaji tinggi."
    ): [
        ("awareness_language", "modus penipuan"),
    ],
    "Polisi menangkap dua tersangka TPPO dan 20 WNI berhasil diselamatkan, ujarnya.": [
        ("news_language", "berhasil diselamatkan"),
    ],
    "P3MI resmi terdaftar di BP2MI, bebas biaya penempatan sesuai aturan.": [
        ("licensed_recruitment", "bebas biaya penempatan"),
    ],
    # codes, PINs, card details, a selfie with ID; fees for training and uniform
    "Untuk aktivasi rekening gaji, kirim kode OTP yang masuk dan PIN m-banking kamu.": [
        ("credentials_requested", "Untuk aktivasi rekening gaji"),
        ("credentials_requested", "kirim kode OTP"),
        ("credentials_requested", "PIN m-banking"),
    ],
    "Kirim selfie pegang KTP dan nomor kartu, masa berlaku dan CVV.": [
        ("credentials_requested", "selfie pegang KTP"),
        ("credentials_requested", "nomor kartu, masa berlaku dan CVV"),
    ],
    "Wajib bayar seragam 350rb dan medical bayar sendiri sebelum mulai kerja.": [
        ("upfront_fee", "Wajib bayar seragam"),
        ("upfront_fee", "medical bayar sendiri"),
    ],
    # fees paid first, fake HR of a brand, paid tasks, renting accounts, scam call work
    "Untuk mengunci posisi kamu, transfer uang tanda jadi 500rb, sisanya dilunasi setelah.": [
        ("upfront_fee", "uang tanda jadi"),
    ],
    "Halo kak, saya rekruter dari Traveloka, ada kerja remote buat kakak.": [
        ("brand_impersonation", "rekruter dari Traveloka"),
    ],
    "PENERIMAAN PEGAWAI BARU GARUDA, daftar lewat link di bio.": [
        ("brand_impersonation", "PENERIMAAN PEGAWAI BARU GARUDA"),
    ],
    "Cukup follow Instagram toko kami, setiap follow dibayar 5rb, naik VIP 2 komisi lebih besar.": [
        ("pay_per_task", "follow Instagram"),
        ("pay_per_task", "setiap follow"),
        ("pay_per_task", "naik VIP"),
    ],
    "Punya rekening yang tidak dipakai? Kirim ATM dan buku tabungan, dapat 1jt per bulan.": [
        ("account_rental", "rekening yang tidak dipakai"),
        ("account_rental", "ATM dan buku tabungan"),
    ],
    "Tugasnya chat dengan pria pakai profil wanita dari kantor, skrip disediakan.": [
        ("scam_script_role", "chat dengan pria"),
        ("scam_script_role", "profil wanita"),
        ("scam_script_role", "skrip disediakan"),
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
        "Dicari karyawan toko roti di Bandung, jam kerja 08.00-16.00, lamaran diantar"
        " langsung ke toko."
    ),
    "Ada yang tahu jadwal kereta ke Yogyakarta besok pagi? Mau mudik nih.",
    "Hujan deras sejak sore, beberapa jalan di Jakarta Timur tergenang.",
    "Liburan ke Bangkok kemarin seru banget, makanannya enak-enak.",
    "Dicari tukang bangunan harian, upah Rp 150rb per hari, lokasi Bekasi.",
    # a bank's warning and a school's ad
    "Jangan berikan kode OTP kepada siapa pun, bank tidak pernah meminta PIN.",
    "Kursus bahasa Inggris di Bandung, kelas sore dan malam, pendaftaran dibuka.",
    # a delivery rider's pay per order, and a real ad naming the employer
    "Dicari kurir motor area Depok, bayaran per order plus insentif harian, bensin diganti.",
    "Lowongan kerja Malaysia sektor perkebunan lewat P3MI, kontrak 2 tahun.",
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
