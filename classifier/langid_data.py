"""Data for `classifier.langid`: the languages it may answer, Unicode script ranges, and
the cue words that settle the pairs a character model confuses (Malay vs Indonesian,
Hindi vs Nepali). Kept apart so the logic module stays short.
"""

from __future__ import annotations

# Tables keep their hand layout (several entries a line).
# fmt: off

# The languages lurewatch serves (corpora/, indicator modules).
SERVED = (
    "en", "fr", "ar", "es", "pt", "id", "ms", "vi", "th", "zh", "sw", "am", "tl", "hi", "bn", "ne",
    "ur", "my", "ru",
)

# Neighbours that share a script with a served language: without them their posts would
# be forced onto the nearest served language (Ukrainian onto Russian, Persian onto Urdu,
# Marathi onto Hindi, German or Italian onto English or Spanish).
NEIGHBOURS = ("uk", "fa", "ps", "mr", "de", "it", "nl", "tr")

# Which candidate languages each script can carry, for the statistical backends.
# Scripts absent here carry one language and decide by themselves (SCRIPT_LANG).
SCRIPT_GROUPS: dict[str, tuple[str, ...]] = {
    "Latn": ("en", "fr", "es", "pt", "id", "ms", "vi", "sw", "tl", "de", "it", "nl", "tr"),
    "Cyrl": ("ru", "uk"), "Arab": ("ar", "ur", "fa", "ps"), "Deva": ("hi", "ne", "mr"),
}

# Scripts that name their language among the candidates (Bengali script also writes
# Assamese, Ethiopic Tigrinya, Myanmar Shan: lurewatch serves none of those).
SCRIPT_LANG: dict[str, str] = {
    "Thai": "th", "Ethi": "am", "Mymr": "my", "Beng": "bn", "Hani": "zh", "Hans": "zh",
    "Hant": "zh", "Hang": "ko", "Jpan": "ja", "Khmr": "km", "Laoo": "lo", "Sinh": "si",
    "Taml": "ta", "Geor": "ka", "Grek": "el", "Hebr": "he", "Armn": "hy", "Gujr": "gu",
    "Guru": "pa", "Telu": "te", "Knda": "kn", "Mlym": "ml", "Orya": "or", "Tibt": "bo",
}

# (first code point, last code point, ISO 15924 code); letters and marks only are counted.
SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latn"), (0x0370, 0x03FF, "Grek"), (0x0400, 0x052F, "Cyrl"),
    (0x0530, 0x058F, "Armn"), (0x0590, 0x05FF, "Hebr"), (0x0600, 0x06FF, "Arab"),
    (0x0750, 0x077F, "Arab"), (0x08A0, 0x08FF, "Arab"), (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"), (0x0A00, 0x0A7F, "Guru"), (0x0A80, 0x0AFF, "Gujr"),
    (0x0B00, 0x0B7F, "Orya"), (0x0B80, 0x0BFF, "Taml"), (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"), (0x0D00, 0x0D7F, "Mlym"), (0x0D80, 0x0DFF, "Sinh"),
    (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Laoo"), (0x0F00, 0x0FFF, "Tibt"),
    (0x1000, 0x109F, "Mymr"), (0x10A0, 0x10FF, "Geor"), (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x139F, "Ethi"), (0x1780, 0x17FF, "Khmr"), (0x1C90, 0x1CBF, "Geor"),
    (0x1E00, 0x1EFF, "Latn"), (0x2D80, 0x2DDF, "Ethi"), (0x3040, 0x309F, "Hira"),
    (0x30A0, 0x30FF, "Kana"), (0x3130, 0x318F, "Hang"), (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"), (0xA960, 0xA97F, "Hang"), (0xAA60, 0xAA7F, "Mymr"),
    (0xAB00, 0xAB2F, "Ethi"), (0xAC00, 0xD7AF, "Hang"), (0xF900, 0xFAFF, "Hani"),
    (0xFB50, 0xFDFF, "Arab"), (0xFE70, 0xFEFF, "Arab"), (0xFF21, 0xFF5A, "Latn"),
    (0x20000, 0x3134F, "Hani"),
)

# Characters found in only one of simplified or traditional Chinese (common words of job
# posts: 这/這 们/們 资/資 ...), to tell Hans from Hant.
HANS_ONLY = set(
    "这们个资联会时国东发来说对为经门车长钱话欢电马机飞签证护务业汇报宝众优额点开关员费"
    "万与专两严丰临为举么义乐习书买乱争亏产亲亿仅从众优传伤体侠侣货购贷赚"
    "结级给统绝继续网线练组细织终络缴讯记讲许论设访证识诉试诚话询该详语误说请读课谁调谈"
)
HANT_ONLY = set(
    "這們個資聯會時國東發來說對為經門車長錢話歡電馬機飛簽證護務業匯報寶眾優額點開關員費"
    "萬與專兩嚴豐臨舉麼義樂習書買亂爭虧產親億僅從眾優傳傷體俠侶貨購貸賺"
    "結級給統絕繼續網線練組細織終絡繳訊記講許論設訪識訴試誠詢該詳語誤請讀課誰調談"
)

# Arabic-script letters Arabic does not use but Urdu does (ے ٹ ڈ ڑ ں ھ ہ گ).
URDU_LETTERS = frozenset("ےۓٹڈڑںھہگ")
# Cyrillic letters of Ukrainian that Russian lacks, and of Russian that Ukrainian lacks.
UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
RUSSIAN_LETTERS = frozenset("ыэъёЫЭЪЁ")

# Whole-word cues, lower-case. A character n-gram model splits Malay and Indonesian on
# spelling habits; these words and abbreviations differ in the vocabulary itself.
MALAY_CUES = frozenset(
    [
        "rm", "ringgit", "percuma", "syarikat", "jawatan", "temuduga", "komisen", "elaun", "akaun",
        "pasport", "duit", "sila", "mahu", "kerana", "takde", "tak", "nak", "je", "kat",
        "kitorang", "korang", "sikit", "teruk", "betul", "lepas", "minit", "hantar", "pejabat",
        "majikan", "yuran", "cukai", "ditaja", "polis", "kemboja", "bas", "wang", "sahaja", "dah",
        "ni", "tu", "kelayakan", "sebarang", "jurujual",
    ]
)
INDONESIAN_CUES = frozenset(
    [
        "rp", "rupiah", "uang", "gratis", "perusahaan", "bisa", "kantor", "lowongan", "loker",
        "nggak", "gak", "enggak", "aja", "banget", "kak", "sih", "dong", "yuk", "paspor", "akun",
        "komisi", "polisi", "menit", "kirim", "karena", "mau", "silakan", "dibutuhkan", "butuh",
        "pelamar", "libur", "lembur", "kamboja", "bis", "bapak",
    ]
)
# Nepali and Hindi share Devanagari and much vocabulary; these are the grammar words that
# differ ("छ" is, "मा" in, "लागि" for; Hindi "है", "में", "के लिए").
NEPALI_CUES = frozenset(
    [
        "छ", "छन्", "छौं", "हुन्छ", "हुन्छन्", "हुनेछ", "गर्नुहोस्", "गर्न", "गर्ने", "पर्ने",
        "पर्छ", "लागि", "तपाईं", "तपाईंको", "हामी", "हाम्रो", "मा", "र", "यो", "त्यो", "भएको",
        "गरेको", "हुने", "सक्नुहुन्छ", "छैन", "थियो", "रुपैयाँ", "नेपाल", "नेपाली", "सम्पर्क",
        "गर्नुस्", "पाउनुहुन्छ", "चाहिन्छ",
    ]
)
HINDI_CUES = frozenset(
    [
        "है", "हैं", "में", "और", "के", "लिए", "नहीं", "आप", "हम", "कि", "का", "की", "था", "थे",
        "रहे", "करें", "जाएगा", "मिलेगा", "चाहिए", "होगा", "भी", "सिर्फ़", "सिर्फ", "बहुत",
        "रुपये", "रुपए",
    ]
)
MARATHI_CUES = frozenset(["आहे", "आहेत", "आणि", "करा", "साठी", "मध्ये", "नाही", "आम्ही", "तुम्ही"])

# Latin-script writing that no backend knows: romanised Hindi/Urdu ("Hinglish"), Bengali
# and Nepali, and Vietnamese typed without diacritics. Backends call these Tagalog,
# Swahili or Indonesian with some confidence, so cue words decide first when they are
# dense (see `langid._romanised`). Only words that are rare in en/tl/id/ms/sw/es/pt/fr
# are listed: no "ke", "ko", "ka", "ma", "se", "bata", "hai" for Vietnamese...
ROMAN_SHARED = frozenset(  # South Asian, any of the four
    [
        "lakh", "lakhs", "hajar", "hazar", "hazaar", "bhai", "bhaiya", "paisa", "paise", "kaam",
        "khana", "dalal", "naam", "ghar", "bidesh", "videsh",
    ]
)
ROMAN_HINDUSTANI = frozenset(  # Hindi and Urdu alike
    [
        "hai", "hain", "nahi", "nahin", "nhi", "chahiye", "chahie", "karo", "karna", "karne",
        "kya", "aur", "bhi", "sirf", "wala", "wale", "wali", "apna", "apne", "mujhe", "aap", "yeh",
        "woh", "hum", "tum", "mera", "meri", "hoga", "hogi", "milega", "milegi", "raha", "rahe",
        "rahi", "gaya", "gaye", "gayi", "tha", "thi", "log", "dost", "dosto", "kitna", "kaise",
        "kaun", "kyun", "abhi", "bahut", "bohot", "accha", "acha", "theek", "jaldi", "saath",
        "liye", "mein", "naukri", "chahta", "chahte", "sakta", "sakte", "sakti",
    ]
)
ROMAN_CUES: dict[str, frozenset[str]] = {
    "hi": frozenset(
        [
            "ladke", "ladki", "ladkiyon", "kripya", "dhanyavad", "india", "indian", "indians",
            "inr", "delhi", "mumbai", "lucknow", "patna", "jaipur", "dehradun", "bharat", "ji",
            "humari", "humara", "sabse",
        ]
    ),
    "ur": frozenset(
        [
            "hy", "hyn", "main", "rabta", "mubarak", "shukriya", "shukria", "zaroorat", "mulazmat",
            "tankhwah", "rozana", "wapis", "banda", "banday", "larke", "larki", "larkiyan",
            "larkiyo", "mashwara", "inam", "moqa", "mauqa", "rehaish", "rehais", "khuda",
            "inshallah", "janab", "pakistan", "pakistani", "pkr", "lahore", "karachi", "islamabad",
            "rawalpindi", "peshawar", "faisalabad", "multan", "jazzcash", "easypaisa", "taake",
            "walay", "rupay", "salam",
        ]
    ),
    "bn": frozenset(
        [
            "ami", "amar", "amra", "amader", "amake", "tumi", "tomar", "apni", "apnar", "korun",
            "koren", "korte", "korbo", "kori", "hobe", "ache", "achhe", "kaj", "kaaj", "taka",
            "tk", "jonno", "theke", "lagbe", "dibo", "dibe", "ekjon", "jon", "ekta", "kichu",
            "kintu", "keno", "kivabe", "kothay", "bhalo", "onek", "hoy", "hoyeche", "jabo", "diye",
            "niye", "bole", "dhaka", "chittagong", "sylhet", "bkash", "nagad", "bangladesh",
            "bangladeshi",
        ]
    ),
    "ne": frozenset(
        [
            "chha", "chhan", "chhu", "chhaina", "hunchha", "huncha", "garnu", "garna", "garne",
            "garnus", "garera", "tapai", "tapain", "tapaiko", "hamro", "hami", "mero", "timro",
            "ramro", "jana", "lagi", "kura", "bhayeko", "parchha", "parcha", "dinchha", "ani",
            "sathi", "dai", "didi", "hajur", "nepal", "nepali", "kathmandu", "pokhara", "npr",
            "esewa", "khalti", "mahina", "talab", "bhanera", "haru", "chahiyo",
        ]
    ),
    "vi": frozenset(
        [
            "khong", "duoc", "nguoi", "viec", "nhap", "ngay", "tuoi", "luong", "trieu", "tuyen",
            "nhan", "vien", "ctv", "lh", "cua", "nhung", "minh", "dang", "nhieu", "chung", "gio",
            "thang", "lien",
        ]
    ),
}
ROMAN_MIN_HITS = 3  # cue words needed, and at least this share of the words:
ROMAN_MIN_SHARE = 0.12

# Codes a source may send that are not ISO 639-1 or not the ones we answer with.
HINT_ALIASES = {
    "in": "id", "iw": "he", "fil": "tl", "zsm": "ms", "msa": "ms", "ind": "id", "eng": "en",
    "fra": "fr", "fre": "fr", "ara": "ar", "spa": "es", "por": "pt", "vie": "vi", "tha": "th",
    "zho": "zh", "chi": "zh", "cmn": "zh", "yue": "zh", "swa": "sw", "amh": "am", "tgl": "tl",
    "hin": "hi", "ben": "bn", "nep": "ne", "urd": "ur", "mya": "my", "bur": "my", "rus": "ru",
    "ukr": "uk", "per": "fa", "fas": "fa",
}
# fmt: on
