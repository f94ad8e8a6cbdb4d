"""Contacts: phones in many forms and countries, app IDs and links, e-mails, URLs and
domains, obfuscations, spans into the original text, de-duplication, hostile input."""

from __future__ import annotations

import pytest

from classifier.contacts import MAX_CONTACTS, extract_contacts
from classifier.normalize import normalize_for_matching
from classifier.types import Contact


def found(text: str, lang: str | None = None) -> list[tuple[str, str, str | None]]:
    contacts = extract_contacts(text, lang)
    for c in contacts:  # every span points into the original text
        assert text[c.start : c.end] == c.text and c.text
    return [(c.kind, c.value, c.country) for c in contacts]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("WhatsApp +66 82 914 3370", None, ("whatsapp", "+66829143370", "TH")),
        ("Hubungi 0812-3456-7890 sekarang", "id", ("phone", "+6281234567890", "ID")),
        ("Call 081.234.567.890", "id", ("phone", "+6281234567890", "ID")),
        ("WA 017-665 2039", "ms", ("whatsapp", "+60176652039", "MY")),
        ("Text 0927 123 4567", "tl", ("phone", "+639271234567", "PH")),
        ("LH Zalo: 0387 102 449", "vi", ("zalo", "+84387102449", "VN")),
        ("โทร 081-234-5678", "th", ("phone", "+66812345678", "TH")),
        ("कॉल करें 70156 22841", "hi", ("phone", "+917015622841", "IN")),
        ("যোগাযোগ 01711-502836", "bn", ("phone", "+8801711502836", "BD")),
        ("सम्पर्क 9841234567", "ne", ("phone", "+9779841234567", "NP")),
        ("رابطہ 0312 5590043", "ur", ("phone", "+923125590043", "PK")),
        ("ဖုန်း 09 7741 20583", "my", ("phone", "+959774120583", "MM")),
        ("ስልክ 0912 345 678", "am", ("phone", "+251912345678", "ET")),
        ("Piga 0712 345 678", "sw", ("phone", "+254712345678", "KE")),
        ("电话 138 1234 5678", "zh", ("phone", "+8613812345678", "CN")),
        ("Звоните +7 912 345-67-89", "ru", ("phone", "+79123456789", "RU")),
        ("Llama al +52 55 1234 5678", "es", ("phone", "+525512345678", "MX")),
        ("Appelez le +33 6 12 34 56 78", "fr", ("phone", "+33612345678", "FR")),
        ("Ligue +55 11 91234-5678", "pt", ("phone", "+5511912345678", "BR")),
        ("اتصل +971 50 123 4567", "ar", ("phone", "+971501234567", "AE")),
        ("Viber: +63 918 555 0176", None, ("viber", "+639185550176", "PH")),
        ("Signal +44 7911 123456", None, ("signal", "+447911123456", "GG")),
        ("Telegram: +855 12 345 678", None, ("telegram", "+85512345678", "KH")),
        ("Gaji RM 4,500. Hubungi 017-665 2039", "ms", ("phone", "+60176652039", "MY")),
    ],
)
def test_phone_numbers(text: str, lang: str | None, expected: tuple[str, str, str]) -> None:
    assert found(text, lang) == [expected]


def test_local_number_region_from_money_words() -> None:
    # A Hindi post about a Malaysian job: RM points at Malaysia for the local number.
    assert ("phone", "+60176652039", "MY") in found("मलेशिया नौकरी RM 4,500, कॉल 017-665 2039", "hi")


@pytest.mark.parametrize(
    "text",
    [
        "Salary Rp 1500000, age 18-35, 2024-2025, 24/7, height 160cm",
        "RA Lic. B-1402/MUM/PART/1000+/5/9761/2021 and EA Licence No. 19C9815",
        "Shift 9am-6pm, 12,000,000 VND a month, 15/03/2025",
        "Gaji 5000000 sebulan, umur 20-35 tahun",
    ],
)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert [c for c in extract_contacts(text, "id") if c.kind == "phone"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("whats@pp: +855 12 345 678", ("whatsapp", "+85512345678", "KH")),
        ("w/a +855 12 345 678", ("whatsapp", "+85512345678", "KH")),
        ("WA +855 12 345 678", ("whatsapp", "+85512345678", "KH")),
        ("T e l e g r a m: @scam_hr", ("telegram", "@scam_hr", None)),
        ("Tele\u200bgram: @zero\u200bwidth_hr", ("telegram", "@zerowidth_hr", None)),
        ("واتساب: ٠١٢٣٤٥٦٧٨٩٠ مصر", ("whatsapp", "+201234567890", "EG")),
        ("হোয়াটসঅ্যাপ ০১৭১১-৫০২৮৩৬", ("whatsapp", "+8801711502836", "BD")),
        ("𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦: @fancy_hr", ("telegram", "@fancy_hr", None)),
    ],
)
def test_obfuscations(text: str, expected: tuple[str, str, str | None]) -> None:
    lang = "bn" if "০" in text else "ar" if "٠" in text else None
    assert found(text, lang) == [expected]


def test_telegram_handles_and_links() -> None:
    text = (
        "Contact Telegram @thai_jobs99, t.me/jobs_channel, https://t.me/s/news_room, "
        "t.me/+AbCdEfGh123 or t.me/joinchat/XyZ12345abc"
    )
    assert found(text) == [
        ("telegram", "@thai_jobs99", None),
        ("telegram", "@jobs_channel", None),
        ("telegram", "@news_room", None),
        ("telegram", "t.me/+AbCdEfGh123", None),  # invite codes keep their case
        ("telegram", "t.me/joinchat/XyZ12345abc", None),
    ]


def test_labelled_telegram_name_without_at() -> None:
    assert found("Telegram: jobs_hr_1") == [("telegram", "@jobs_hr_1", None)]
    assert found("tg: @hr_desk") == [("telegram", "@hr_desk", None)]


class TestStandaloneHandles:
    """A bare @handle is Telegram when Telegram is named or no other app is."""

    def test_no_app_named(self) -> None:
        assert found("DM @thai_jobs_rahul99") == [("telegram", "@thai_jobs_rahul99", None)]

    def test_telegram_named_elsewhere(self) -> None:
        text = "WhatsApp +66 82 914 3370 or Telegram. Admin: @hr_admin"
        assert ("telegram", "@hr_admin", None) in found(text)

    def test_another_app_named(self) -> None:
        text = "WhatsApp +66 82 914 3370, admin @hr_admin"
        assert ("handle", "@hr_admin", None) in found(text)

    def test_labelled_with_a_social_network(self) -> None:
        assert found("IG @jobs_th") == [("handle", "@jobs_th", None)]

    def test_email_is_not_a_handle(self) -> None:
        assert found("mail hr@jobs-asia.com") == [("email", "hr@jobs-asia.com", None)]


def test_whatsapp_links() -> None:
    text = (
        "apply wa.me/601128337410 or https://api.whatsapp.com/send?phone=66829143370&text=hi "
        "group chat.whatsapp.com/AbCdEfGhIjKl12 short wa.link/x7y8z"
    )
    assert [(c.kind, c.value, c.country, c.shortener) for c in extract_contacts(text)] == [
        ("whatsapp", "+601128337410", "MY", False),
        ("whatsapp", "+66829143370", "TH", False),
        ("whatsapp", "chat.whatsapp.com/AbCdEfGhIjKl12", None, False),
        ("whatsapp", "wa.link/x7y8z", None, True),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("微信：abc_hr888", "zh", ("wechat", "abc_hr888", None)),
        ("加微信 kefu2024", "zh", ("wechat", "kefu2024", None)),
        ("vx: kefu2024", "zh", ("wechat", "kefu2024", None)),
        ("V：job_666888", "zh", ("wechat", "job_666888", None)),
        ("WeChat ID: hr_asia_01", "en", ("wechat", "hr_asia_01", None)),
        ("Line ID: thaijob88", "th", ("line", "thaijob88", None)),
        ("line: @thaijobs", "th", ("line", "@thaijobs", None)),
        ("ไลน์: jobhr99", "th", ("line", "jobhr99", None)),
        ("ID Line: lokerjkt", "id", ("line", "lokerjkt", None)),
        ("Skype: live:.cid.123abc", "en", ("skype", "live:.cid.123abc", None)),
        ("请添加理赔专员QQ 2871046632 办理", "zh", ("qq", "2871046632", None)),
    ],
)
def test_app_ids(text: str, lang: str, expected: tuple[str, str, None]) -> None:
    assert found(text, lang) == [expected]


def test_line_as_an_english_word_is_not_an_id() -> None:
    assert found("Stand in line for the interview, online application, deadline Friday") == []


def test_emails_urls_and_domains() -> None:
    text = "Email HR@Company-Jobs.com or visit www.Example.com/Jobs?id=3. Also https://jobs.asia/apply."
    assert [(c.kind, c.value, c.text) for c in extract_contacts(text)] == [
        ("email", "hr@company-jobs.com", "HR@Company-Jobs.com"),
        ("url", "example.com/Jobs?id=3", "www.Example.com/Jobs?id=3"),  # path keeps its case
        ("domain", "example.com", "Example.com"),
        ("url", "jobs.asia/apply", "https://jobs.asia/apply"),
        ("domain", "jobs.asia", "jobs.asia"),
    ]


@pytest.mark.parametrize(
    "link",
    ["bit.ly/AbC12", "https://tinyurl.com/y5abc", "t.co/xYz", "cutt.ly/xyz", "rb.gy/abc",
     "is.gd/abc", "ow.ly/abc", "s.id/loker", "shorturl.at/abc", "tiny.cc/abc",
     "rebrand.ly/abc", "linktr.ee/scamhr"],
)  # fmt: skip
def test_shorteners_are_flagged(link: str) -> None:
    contacts = extract_contacts(f"Apply here: {link} now")
    assert [c.kind for c in contacts] == ["url", "domain"]
    assert all(c.shortener for c in contacts)


def test_ordinary_links_are_not_shorteners() -> None:
    contacts = extract_contacts("Apply at https://careers.example.org/jobs")
    assert contacts and not any(c.shortener for c in contacts)


@pytest.mark.parametrize(
    "text",
    ["e.g. node.js and U.S. and 1.5 lakh", "Mr.Lee said hello.it was fine", "v2.0 ready, file.pdf"],
)
def test_things_that_look_like_domains_are_not(text: str) -> None:
    assert [c for c in extract_contacts(text, "en") if c.kind in ("url", "domain")] == []


def test_deduplicated_by_kind_and_value() -> None:
    text = (
        "Telegram: @Same_Handle, t.me/same_handle, @same_handle; WA +66 82 914 3370 / +66829143370"
    )
    # the second writing of the number is unlabelled: not repeated as a plain phone
    assert found(text) == [("telegram", "@same_handle", None), ("whatsapp", "+66829143370", "TH")]
    assert found("Call +66 82 914 3370 or +66 82 914 3371") == [
        ("phone", "+66829143370", "TH"),
        ("phone", "+66829143371", "TH"),
    ]


def test_spans_survive_normalisation_and_emoji() -> None:
    text = "🔥🔥 𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩 👉  +66 82 914 3370 🔥 📧 hr@jobs.asia"
    contacts = extract_contacts(text)
    assert [(c.kind, c.text) for c in contacts] == [
        ("whatsapp", "+66 82 914 3370"),
        ("email", "hr@jobs.asia"),
    ]


def test_shared_normalisation_gives_the_same_answer() -> None:
    text = "Telegram @thai_jobs99, WA 0812-3456-7890, bit.ly/x1"
    norm = normalize_for_matching(text)
    assert extract_contacts(text, "id", norm) == extract_contacts(text, "id")


def test_contact_type() -> None:
    (contact,) = extract_contacts("mail hr@jobs.asia")
    assert contact == Contact("email", "hr@jobs.asia", None, "hr@jobs.asia", 5, 17, False)


@pytest.mark.parametrize("text", ["", "   ", "🔥🔥🔥", "ᚠᚢᚦᚨᚱᚲ", "<script>alert('x')</script>"])
def test_nothing_to_find(text: str) -> None:
    assert extract_contacts(text) == []


def test_not_a_string() -> None:
    assert extract_contacts(None) == []  # type: ignore[arg-type]


# Inputs that make a backtracking regex take exponential or quadratic time. No timing
# assertion: a bad pattern would hang this test (50 KB squared is 2.5 x 10^9 steps), a
# linear one finishes in a fraction of a second. Digit runs are shorter: phonenumbers,
# not our patterns, sets their pace.
PATHOLOGICAL = {
    "letters (100 KB)": "a" * 100_000,
    "dotted": "a." * 25_000,
    "at signs": "@" * 50_000,
    "at words": "@a" * 25_000,
    "digits": "1 " * 10_000,
    "plus signs": "+1-" * 7_000,
    "long local part": "a" * 25_000 + "@" + "b." * 12_500,
    "long url": "http://" + "a" * 50_000,
    "many t.me": "t.me/" * 10_000,
    "many labels": "telegram: " * 5_000,
    "line ids": "line id: " * 5_000,
    "wechat ids": "wechat " * 7_000,
    "parens": "(" * 50_000,
    "hyphens": "a-" * 25_000 + ".com",
    "mixed (100 KB)": "Work 💰 WhatsApp +66 82 914 3370, t.me/jobs ০১২৩ @abc_def bit.ly/x a@b.com "
    * 1_300,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_finishes(name: str) -> None:
    contacts = extract_contacts(PATHOLOGICAL[name], "en")
    assert len(contacts) <= MAX_CONTACTS


def test_many_distinct_contacts_are_capped() -> None:
    text = " ".join(f"@user_{i:05d}" for i in range(2_000))
    assert len(extract_contacts(text)) == MAX_CONTACTS
