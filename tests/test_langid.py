"""Language identification: one post per served language, the confusable pairs, scripts,
hints, bad input, both backends, and accuracy per language on the corpus test split."""

from __future__ import annotations

import pytest

from classifier.corpus import load_corpus, select
from classifier.errors import ClassifierError
from classifier.langid import (
    BACKENDS,
    CANDIDATES,
    Identifier,
    LangGuess,
    identify,
    measure_backends,
    normalize_hint,
)
from classifier.langid_data import SERVED

POSTS = {
    "en": "Urgent hiring customer service in Thailand, salary 1500 USD, visa and flight free",
    "fr": "Recrutement urgent pour un poste de service client en Thaïlande, visa et billet offerts",
    "ar": "مطلوب موظفين خدمة عملاء في تايلاند براتب 1500 دولار مع تذكرة وسكن مجاني",
    "es": "Se busca personal de atención al cliente en Tailandia, sueldo de 1500 dólares",
    "pt": "Vagas para atendimento ao cliente na Tailândia, salário de 1500 dólares, visto grátis",
    "id": "Dibutuhkan segera karyawan customer service di Thailand, gaji 25 juta, tiket gratis",
    "ms": "Jawatan kosong khidmat pelanggan di Thailand, gaji RM 7,000 sebulan, tiket percuma",
    "vi": "Tuyển nhân viên chăm sóc khách hàng tại Thái Lan, lương 1500 đô, bao vé máy bay",
    "th": "รับสมัครพนักงานบริการลูกค้าที่ประเทศไทย เงินเดือน 50,000 บาท ฟรีตั๋วเครื่องบิน",
    "zh": "高薪招聘客服，泰国工作，月薪1500美金，包机票包签证，联系飞机",
    "sw": "Nafasi za kazi za huduma kwa wateja nchini Thailand, mshahara dola 1500 kwa mwezi",
    "am": "በታይላንድ የደንበኞች አገልግሎት ሥራ፣ ደመወዝ 1500 ዶላር፣ ቪዛና ትኬት ነፃ",
    "tl": "Naghahanap kami ng customer service sa Thailand, sahod 1500 dolyar kada buwan",
    "hi": "थाईलैंड में कस्टमर सर्विस की नौकरी, सैलरी 1500 डॉलर महीना, वीज़ा और टिकट फ्री है",
    "bn": "থাইল্যান্ডে কাস্টমার সার্ভিসের চাকরি, বেতন ১৫০০ ডলার, ভিসা ও টিকিট ফ্রি",
    "ne": "थाइल्याण्डमा ग्राहक सेवाको काम छ, तलब महिनाको १५०० डलर, भिसा र टिकट निःशुल्क हुन्छ",
    "ur": "تھائی لینڈ میں کسٹمر سروس کی نوکری، تنخواہ 1500 ڈالر، ویزا اور ٹکٹ مفت ہے",
    "my": "ထိုင်းနိုင်ငံတွင် ဖောက်သည်ဝန်ဆောင်မှု အလုပ်၊ လစာ ဒေါ်လာ ၁၅၀၀၊ ဗီဇာ အခမဲ့",
    "ru": "Срочно требуются операторы службы поддержки в Таиланде, зарплата 1500 долларов",
}
NEIGHBOURS = {
    "uk": "Терміново потрібні оператори служби підтримки в Таїланді, зарплата 1500 доларів",
    "fa": "استخدام کارمند خدمات مشتریان در تایلند با حقوق ۱۵۰۰ دلار، ویزا و بلیط رایگان است",
    "ko": "태국 고객 서비스 직원 채용, 월급 1500달러",
    "ja": "タイでカスタマーサービスの仕事、月給1500ドル、ビザと航空券無料",
    "km": "ការងារនៅកម្ពុជា ប្រាក់ខែ ១៥០០ ដុល្លារ",
}


def test_every_served_language_has_a_case() -> None:
    assert set(POSTS) == set(SERVED)


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_served_language(lang: str) -> None:
    guess = identify(POSTS[lang])
    assert guess.lang == lang
    assert 0.0 < guess.confidence <= 1.0
    assert guess.method in ("py3langid", "script")


@pytest.mark.parametrize("lang", sorted(NEIGHBOURS))
def test_neighbour_languages_are_not_forced_onto_served_ones(lang: str) -> None:
    assert identify(NEIGHBOURS[lang]).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gaji RM 5,000 sebulan, tiket percuma, syarikat tanggung semua", "ms"),
        ("Kerja kat kilang, gaji tak banyak tapi ok je, nak mohon boleh PM", "ms"),
        ("Gaji Rp 5 juta per bulan, tiket gratis, perusahaan tanggung semua", "id"),
        ("Lowongan kerja admin, gak perlu pengalaman, bisa kerja dari rumah", "id"),
    ],
)
def test_malay_and_indonesian(text: str, lang: str) -> None:
    assert identify(text).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("थाइल्याण्डमा काम छ, तलब राम्रो छ, सम्पर्क गर्नुहोस्", "ne"),
        ("थाईलैंड में काम है, सैलरी अच्छी है, संपर्क करें", "hi"),
        ("काम छ", "ne"),  # short: Nepali grammar word decides
        ("नमस्ते", "hi"),  # short, no cue: Hindi by default
    ],
)
def test_hindi_and_nepali(text: str, lang: str) -> None:
    assert identify(text).lang == lang


@pytest.mark.parametrize(
    ("text", "lang", "script"),
    [
        ("ہے", "ur", "Arab"),  # Urdu letter
        ("سلام", "ar", "Arab"),
        ("Работа", "ru", "Cyrl"),
        ("Робота є", "uk", "Cyrl"),
        ("ቪዛ", "am", "Ethi"),
        ("วีซ่า", "th", "Thai"),
        ("招聘", "zh", "Hani"),  # the same in simplified and traditional
        ("这里招聘", "zh", "Hans"),
        ("招聘會", "zh", "Hant"),
        ("비자", "ko", "Hang"),
    ],
)
def test_short_posts_fall_back_on_the_script(text: str, lang: str, script: str) -> None:
    guess = identify(text)
    assert (guess.lang, guess.script) == (lang, script)


def test_romanised_south_asian_posts() -> None:
    hinglish = "Bhai Thailand me kaam hai, salary 1500 dollar milega, visa bhi free hai, jaldi karo"
    assert identify(hinglish).lang == "hi"
    roman_urdu = "Bhai log Thailand main kaam hai, tankhwah achi hai, rabta karein, Lahore se"
    assert identify(roman_urdu).lang == "ur"
    roman_nepali = (
        "Dai, Bangkok ma kaam chha, salary ramro chha, tapai lai chahiyo bhane sampark garnus"
    )
    assert identify(roman_nepali).lang == "ne"
    roman_bengali = "Bhai Thailand e kaj ache, beton bhalo, ami tomake number dibo, taka lagbe na"
    assert identify(roman_bengali).lang == "bn"
    # Without romanised function words it reads as English: documented limit.
    assert identify("Salary 1500 dollar, visa free, Bangkok job, DM now").lang == "en"


def test_unaccented_vietnamese() -> None:
    text = "Tuyen CTV lam online, thu nhap 300k moi ngay, khong can kinh nghiem, lien he Zalo"
    assert identify(text).lang == "vi"


def test_mixed_script_posts_go_by_their_readers_script() -> None:
    thai = (
        "URGENT HIRING Position: Digital Marketing Executive Salary: 1,500 USDT "
        "ฟรีตั๋วเครื่องบิน ที่พัก อาหาร ไม่ต้องมีประสบการณ์"
    )
    assert identify(thai).lang == "th"
    english = (
        "Beware of posts promising 'free visa' and 高薪 jobs in Cambodia; report them to the police"
    )
    assert identify(english).lang == "en"


def test_handles_and_links_do_not_make_a_post_english() -> None:
    text = "ติดต่อ https://t.me/jobs_thailand_hr @recruit_th_2024 อีเมล hr.jobs@example.com งานดี"
    assert identify(text).lang == "th"


class TestHint:
    def test_hint_names_a_post_without_letters(self) -> None:
        assert identify("🔥🔥 💰💰", hint="th") == LangGuess("th", 0.5, "Zyyy", "hint")

    def test_hint_of_another_script_is_ignored(self) -> None:
        guess = identify(POSTS["th"], hint="en")
        assert (guess.lang, guess.method) == ("th", "script")

    def test_hint_settles_a_close_call(self) -> None:
        assert identify("Gaji 5000 sebulan kerja kilang", hint="ms").lang == "ms"
        assert identify("Gaji 5000 sebulan kerja kilang", hint="id").lang == "id"

    def test_clear_text_overrides_a_wrong_hint(self) -> None:
        assert identify(POSTS["fr"], hint="es").lang == "fr"

    def test_romanised_hint_needs_a_romanised_word(self) -> None:
        assert identify("Thailand job hai bhai, salary 1500 dollar", hint="hi").lang == "hi"
        good_morning = "Good morning everyone, have a great day at work today"
        assert identify(good_morning, hint="hi").lang == "en"

    @pytest.mark.parametrize(
        ("hint", "code"),
        [("pt-BR", "pt"), ("zh_Hant", "zh"), ("fil", "tl"), ("in", "id"), ("EN", "en"),
         ("xx", None), ("", None), (None, None), ("klingon", None)],
    )  # fmt: skip
    def test_hint_codes(self, hint: str | None, code: str | None) -> None:
        assert normalize_hint(hint) == code

    def test_unknown_hint_changes_nothing(self) -> None:
        assert identify(POSTS["es"], hint="zz") == identify(POSTS["es"])


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("", "Zyyy"),
        ("   \n\t ", "Zyyy"),
        ("12345 678 +66 82", "Zyyy"),
        ("🔥🔥💰💰🇹🇭", "Zyyy"),
        ("\u200b\u200c\u200d\ufeff", "Zyyy"),
        ("ᚠᚢᚦᚨᚱᚲ ᚷᚹ", "Zzzz"),  # runes: a script we do not know
        ("ok", "Latn"),  # too short to tell
    ],
)
def test_und_when_unknown(text: str, script: str) -> None:
    guess = identify(text)
    assert (guess.lang, guess.script, guess.confidence) == ("und", script, 0.0)


def test_bad_input_never_raises() -> None:
    assert identify(None).lang == "und"  # type: ignore[arg-type]
    markup = "<script>alert(1)</script><img src=x onerror=alert(1)>"
    assert identify(markup).lang in (*CANDIDATES, "und")
    huge = POSTS["fr"] * 20_000  # 1.7 MB: only the first MAX_CHARS are read
    assert identify(huge).lang == "fr"
    assert identify("\x00\x01\ud800 visa").lang == "und"
    assert identify("𝐅𝐑𝐄𝐄 𝐕𝐈𝐒𝐀 for everyone who applies today").lang == "en"


def test_langdetect_backend_is_deterministic_and_selectable() -> None:
    texts = [POSTS["fr"], POSTS["ru"], POSTS["sw"], "Gaji Rp 5 juta per bulan, tiket gratis"]
    first = [identify(t, backend="langdetect") for t in texts]
    second = [Identifier("langdetect").identify(t) for t in texts]
    assert first == second
    assert [g.lang for g in first] == ["fr", "ru", "sw", "id"]
    assert {g.method for g in first} == {"langdetect"}


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ClassifierError, match="py3langid"):
        Identifier("fasttext")


def test_measure_backends_shape() -> None:
    class Ex:
        def __init__(self, text: str, lang: str) -> None:
            self.text, self.lang = text, lang

    results = measure_backends([Ex(POSTS["fr"], "fr"), Ex(POSTS["th"], "th")])
    assert set(results) == {*BACKENDS, *(f"cascade:{b}" for b in BACKENDS)}
    cascade = results["cascade:py3langid"]
    assert cascade["per_lang"] == {"fr": 1.0, "th": 1.0}
    assert cascade["accuracy"] == 1.0 and cascade["texts_per_s"] > 0


# Measured with bench/langid.py on the test split (805 posts, 2026-11-24): 1.00 for ar en
# es fr id my pt ru sw th vi zh; am 0.91, bn 0.89, hi 0.78, ms 0.95, ne 0.92, tl 0.90,
# ur 0.90 (romanised posts, Taglish read as English); 0.959 overall. The floors leave
# room for the corpus to grow.
OVERALL_FLOOR = 0.93
LANG_FLOOR = {"hi": 0.7, "ne": 0.8, "am": 0.8, "tl": 0.8, "bn": 0.8, "ur": 0.8, "ms": 0.85}
DEFAULT_FLOOR = 0.93


def test_accuracy_per_language_on_the_corpus_test_split() -> None:
    examples = select(load_corpus(), "test")
    right: dict[str, list[bool]] = {}
    for example in examples:
        right.setdefault(example.lang, []).append(identify(example.text).lang == example.lang)
    overall = sum(sum(v) for v in right.values()) / len(examples)
    assert overall >= OVERALL_FLOOR
    low = {
        lang: round(sum(v) / len(v), 3)
        for lang, v in right.items()
        if sum(v) / len(v) < LANG_FLOOR.get(lang, DEFAULT_FLOOR)
    }
    assert not low, f"languages below their floor: {low}"


def test_kana_without_hiragana_is_japanese() -> None:
    # Regression: katakana-only (or hiragana-only) text crashed the script count.
    assert identify("カタカナだけ").lang == "ja"
    assert identify("ひらがなだけです").lang == "ja"
