"""Words for `classifier.salary`, written as people write them; `salary.py` folds them with
`normalize_phrase` (lower case, Latin accents off, digits to ASCII) like the text."""

from __future__ import annotations

# Tables keep their hand layout (several entries a line).
# fmt: off

# Currency words and signs -> ISO 4217. "RUPEE" and "PESO" are resolved by language
# (Rs is INR, PKR in Urdu posts, NPR in Nepali ones; pesos are PHP unless Spanish).
CURRENCIES: dict[str, str] = {
    "usd": "USD", "us$": "USD", "$": "USD", "usdt": "USD", "usdc": "USD", "dollar": "USD",
    "dollars": "USD", "dolar": "USD", "dolares": "USD", "dólares": "USD", "dolyar": "USD",
    "dola": "USD", "đô la": "USD", "dólar": "USD", "ሪያል": "SAR", "bnd": "BND", "b$": "BND", "pln": "PLN",
    "zł": "PLN", "zl": "PLN", "зл": "PLN", "บ": "THB", "byn": "BYN",
    # currency names with their country, as written in the corpus languages
    "মার্কিন ডলার": "USD", "ডলার": "USD", "ইউরো": "EUR", "युरो": "EUR", "यूरो": "EUR",
    "डलर": "USD", "یوان": "CNY", "رنگٹ": "MYR", "রিয়াল": "SAR", "কুয়েতি দিনার": "KWD",
    "የሳውዲ ሪያል": "SAR", "የኳታር ሪያል": "QAR", "የዮርዳኖስ ዲናር": "JOD", "ریال عمانی": "OMR",
    "ریال سعودی": "SAR", "ريال قطري": "QAR", "ريال عماني": "OMR", "دينار كويتي": "KWD",
    "kuwaiti dinar": "KWD", "jordanian dinar": "JOD", "omani rial": "OMR",
    "qatari riyal": "QAR", "saudi riyal": "SAR", "日圓": "JPY", "日元": "JPY", "日币": "JPY",
    "美金": "USD", "美元": "USD", "刀": "USD", "ดอลลาร์": "USD", "ดอลล่าร์": "USD",
    "डॉलर": "USD", "डालर": "USD",
    "ڈالر": "USD", "دولار": "USD", "доллар": "USD", "долларов": "USD", "ዶላር": "USD",
    "ဒေါ်လာ": "USD", "eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR", "евро": "EUR",
    "يورو": "EUR", "gbp": "GBP", "£": "GBP", "pounds": "GBP", "thb": "THB", "฿": "THB",
    "บาท": "THB", "baht": "THB", "泰铢": "THB", "泰銖": "THB", "ဘတ်": "THB", "myr": "MYR",
    "rm": "MYR", "ringgit": "MYR", "马币": "MYR", "令吉": "MYR", "idr": "IDR", "rp": "IDR",
    "rupiah": "IDR", "php": "PHP", "₱": "PHP", "piso": "PHP", "peso": "PESO",
    "pesos": "PESO", "vnd": "VND", "₫": "VND", "đồng": "VND", "dong": "VND", "inr": "INR",
    "₹": "INR", "rs": "RUPEE", "rs.": "RUPEE", "rupees": "RUPEE", "rupee": "RUPEE",
    "रुपये": "RUPEE", "रुपए": "RUPEE", "रुपैयाँ": "NPR", "रु": "RUPEE", "रू": "NPR",
    "روپے": "PKR", "pkr": "PKR", "npr": "NPR", "lkr": "LKR", "bdt": "BDT", "৳": "BDT",
    "tk": "BDT", "taka": "BDT", "টাকা": "BDT", "mmk": "MMK", "kyat": "MMK", "kyats": "MMK",
    "ks": "MMK", "ကျပ်": "MMK", "khr": "KHR", "៛": "KHR", "riel": "KHR", "lak": "LAK",
    "₭": "LAK", "kip": "LAK", "cny": "CNY", "rmb": "CNY", "元": "CNY", "块": "CNY",
    "人民币": "CNY", "yuan": "CNY", "ယွမ်": "CNY", "¥": "YEN", "hkd": "HKD", "hk$": "HKD",
    "twd": "TWD", "nt$": "TWD", "jpy": "JPY", "円": "JPY", "yen": "JPY", "krw": "KRW",
    "₩": "KRW", "원": "KRW", "sgd": "SGD", "s$": "SGD", "新币": "SGD", "新幣": "SGD",
    "aed": "AED", "dirham": "AED", "dirhams": "AED", "درهم": "AED", "درہم": "AED",
    "ድርሃም": "AED", "dhs": "AED", "dh": "MAD", "sar": "SAR", "riyal": "SAR", "riyals": "SAR",
    "ريال": "SAR", "ریال": "SAR", "qar": "QAR", "kwd": "KWD", "omr": "OMR", "bhd": "BHD",
    "kes": "KES", "ksh": "KES", "kshs": "KES", "tzs": "TZS", "tsh": "TZS", "ugx": "UGX",
    "etb": "ETB", "birr": "ETB", "ብር": "ETB", "ngn": "NGN", "₦": "NGN", "naira": "NGN",
    "ghs": "GHS", "₵": "GHS", "cedis": "GHS", "egp": "EGP", "جنيه": "EGP", "tnd": "TND",
    "dzd": "DZD", "rub": "RUB", "₽": "RUB", "руб": "RUB", "рублей": "RUB", "uah": "UAH",
    "₴": "UAH", "грн": "UAH", "kzt": "KZT", "₸": "KZT", "тенге": "KZT", "uzs": "UZS",
    "сум": "UZS", "brl": "BRL", "r$": "BRL", "reais": "BRL", "mxn": "MXN", "s/": "PEN",
    "soles": "PEN", "ars": "ARS", "clp": "CLP", "xof": "XOF", "cfa": "XOF", "fcfa": "XOF",
    "xaf": "XAF", "₾": "GEL", "lari": "GEL", "₺": "TRY", "lira": "TRY", "aud": "AUD",
    "a$": "AUD", "au$": "AUD", "cad": "CAD", "c$": "CAD", "kz": "AOA", "mt": "MZN",
    "kwanza": "AOA", "meticais": "MZN", "shilingi": "KES", "ယန်း": "JPY",
    # Codes that are also words ("try", "pen", "mad"): only in capitals (see salary.py).
    "try": "TRY", "pen": "PEN", "mad": "MAD", "gel": "GEL", "cop": "COP", "tl": "TRY",
    "ron": "RON", "lei": "RON",
}
CAPITALS_ONLY = frozenset({"try", "pen", "mad", "gel", "cop", "tl", "mt", "kz", "ks", "dh", "ron",
                           "lei"})
# Right after a number, no space: "1000U" (USDT in Chinese scam ads), "15.000.000đ".
SUFFIX_CURRENCIES = {"u": "USD", "đ": "VND", "d": "VND"}

# Multipliers after a number. Some name their currency too (15tr is dong, 3 lakh rupees).
MULTIPLIERS: dict[str, tuple[float, str | None]] = {
    "k": (1e3, None), "rb": (1e3, None), "ribu": (1e3, None), "ngàn": (1e3, "VND"),
    "nghìn": (1e3, "VND"), "thousand": (1e3, None), "mil": (1e3, None), "hazar": (1e3, None),
    "hajar": (1e3, None), "hazaar": (1e3, None), "हज़ार": (1e3, None), "हजार": (1e3, None),
    "হাজার": (1e3, None), "ہزار": (1e3, None), "千": (1e3, None), "พัน": (1e3, None),
    "ألف": (1e3, None), "الف": (1e3, None), "тыс": (1e3, None), "тысяч": (1e3, None),
    "ሺ": (1e3, None), "သောင်း": (1e4, None), "万": (1e4, "CNY"), "萬": (1e4, "TWD"), "w": (1e4, "CNY"),
    "หมื่น": (1e4, None), "lakh": (1e5, "RUPEE"), "lakhs": (1e5, "RUPEE"),
    "lac": (1e5, "RUPEE"), "lacs": (1e5, "RUPEE"), "लाख": (1e5, "RUPEE"),
    "লাখ": (1e5, "BDT"), "لاکھ": (1e5, "PKR"), "แสน": (1e5, None), "သိန်း": (1e5, "MMK"),
    "jt": (1e6, "IDR"), "juta": (1e6, "IDR"), "tr": (1e6, "VND"), "triệu": (1e6, "VND"),
    "mn": (1e6, None), "million": (1e6, None), "millones": (1e6, None),
    "milhões": (1e6, None), "ล้าน": (1e6, None), "млн": (1e6, None),
    "crore": (1e7, "RUPEE"), "करोड़": (1e7, "RUPEE"), "কোটি": (1e7, "BDT"),
    "lpa": (1e5, "RUPEE"),  # lakhs per annum (Indian CTC): also sets the period to year
}

# Multipliers written before the number: Burmese "သိန်း ၁၅၀" (150 lakh), Swahili "elfu 50".
MULTIPLIERS_BEFORE: dict[str, tuple[float, str | None]] = {"သိန်း": (1e5, "MMK"), "elfu": (1e3, None)}

# Default currency when only a salary word marks an amount ("Salary: 25k-40k").
LANG_CURRENCY = {
    "th": "THB", "vi": "VND", "id": "IDR", "ms": "MYR", "tl": "PHP", "hi": "INR", "bn": "BDT",
    "ne": "NPR", "ur": "PKR", "my": "MMK", "am": "ETB", "sw": "KES", "zh": "CNY", "ru": "RUB",
}

# Range separators between two amounts.
RANGE_WORDS = ("-", "–", "—", "~", "to", "hingga", "sampai", "s/d", "sd", "đến", "tới", "至",
               "到", "ถึง", "से", "a", "à", "até", "hasta", "hadi", "до", "እስከ", "থেকে", "سے",
               "تا")

# Period words after an amount ("1,500 USD per month") and before it ("日结 300").
PERIODS_AFTER: dict[str, tuple[str, ...]] = {
    "hour": ("per hour", "an hour", "/hour", "/hr", "/h", "hourly", "la hora", "a la hora", "per jam", "/jam", "sejam",
             "/giờ", "mỗi giờ", "ต่อชั่วโมง", "/ชั่วโมง", "/ชม", "每小时", "/小时", "kwa saa",
             "प्रति घंटा", "ঘণ্টায়", "فی گھنٹہ", "في الساعة", "в час", "/час", "par heure",
             "de l'heure", "/heure", "por hora", "/hora", "kada oras", "bawat oras", "በሰዓት"),
    "day": ("per day", "a day", "/day", "daily", "each day", "every day", "per hari", "/hari",
            "sehari", "tiap hari", "setiap hari", "mỗi ngày", "/ngày", "/ngay", "một ngày",
            "ต่อวัน", "/วัน", "每天", "/天", "一天", "kwa siku", "kila siku", "प्रतिदिन",
            "प्रति दिन", "रोज़", "रोज", "रोजाना", "/दिन", "দৈনিক", "প্রতিদিন", "রোজ",
            "روزانہ", "یومیہ", "يوميا", "يومياً", "في اليوم", "в день", "/день", "за день",
            "par jour", "/jour", "al día", "por día", "por dia", "/dia", "diarios", "diários",
            "kada araw", "isang araw", "arawan", "/araw", "በቀን", "တစ်ရက်", "တစ်နေ့", "roz",
            "el día", "la diaria", "a diária", "por diária", "diaria", "diarias", "per shift",
            "a shift", "/shift", "за смену", "/смена", "ต่อคืน", "/คืน", "/ရက်", "per night",
            "/siku",
            "rozana", "din ka", "din ko", "/d"),
    "week": ("per week", "a week", "/week", "/wk", "weekly", "per minggu", "seminggu",
             "/minggu", "mỗi tuần", "/tuần", "ต่อสัปดาห์", "/สัปดาห์", "每周", "每週", "/周",
             "kwa wiki", "प्रति सप्ताह", "সাপ্তাহিক", "ہفتہ وار", "أسبوعيا", "в неделю",
             "/нед", "par semaine", "por semana", "/semana", "semanal", "semanales", "semanais",
             "kada linggo", "/wiki",
             "በሳምንት", "တစ်ပတ်"),
    "month": ("per month", "a month", "/month", "/mo", "/mon", "monthly", "per bulan",
              "sebulan", "/bulan", "bulanan", "mỗi tháng", "/tháng", "/thang", "một tháng",
              "tháng", "ต่อเดือน", "/เดือน", "每月", "/月", "一个月", "kwa mwezi", "प्रति माह",
              "महीना", "महीने", "/माह", "मासिक", "মাসে", "মাসিক", "প্রতি মাসে", "ماہانہ",
              "شهريا", "شهرياً", "في الشهر", "в месяц", "/мес", "/месяц", "ежемесячно",
              "par mois", "/mois", "al mes", "por mes", "por mês", "/mes", "/mês",
              "mensuales", "mensais", "mensuel", "kada buwan", "/buwan", "isang buwan", "በወር",
              "တစ်လ", "/လ", "mahina", "mahine", "month", "al mês", "por mês"),
    "year": ("per year", "a year", "/year", "/yr", "yearly", "annually", "per annum", "p.a.",
             "per tahun", "setahun", "/tahun", "mỗi năm", "/năm", "ต่อปี", "/ปี", "每年",
             "kwa mwaka", "प्रति वर्ष", "सालाना", "বার্ষিক", "سالانہ", "سنويا", "в год", "/год",
             "par an", "/an", "al año", "por ano", "/ano", "anual", "kada taon"),
    "task": ("per task", "per order", "per like", "per review", "per video", "per click",
             "per post", "per follow", "per rating", "per piece", "per minute", "/min",
             "each task", "each order", "every task", "/task", "/order", "a task", "an order",
             "per tugas", "per pesanan", "satu review", "setiap tugas", "setiap kali", "/đơn",
             "mỗi đơn", "ต่องาน", "ต่อออเดอร์", "每单", "/单", "一单", "每个任务", "kwa kazi",
             "प्रति टास्क", "हर ऑर्डर", "فی ٹاسک", "لكل مهمة", "за задание", "за заказ",
             "par tâche", "par commande", "por tarea", "por pedido", "por tarefa", "kada task",
             "bawat task", "satu kali", "per audio minute", "per word", "a word", "/word",
             "per page", "للكلمة", "por cada", "par mot", "por palavra", "每字", "/千字",
             "每千字", "/张", "/条"),
}
PERIODS_BEFORE: dict[str, tuple[str, ...]] = {
    "hour": ("时薪", "ชั่วโมงละ", "hourly", "per hour"),
    "day": ("日结", "日薪", "日入", "每天", "一天", "วันละ", "งานวันละ", "daily", "per day",
            "ya siku", "kwa siku", "malipo ya siku", "harian", "salario diario", "diario",
            "roz ki", "daily income", "daily earning", "روزانہ آمدنی", "দৈনিক হাজিরা",
            "mỗi ngày", "một ngày", "प्रतिदिन", "रोज़ाना", "রোজ", "দিনে", "روزانہ", "يوميا",
            "sehari", "harian", "dihari", "በቀን", "တစ်ရက်", "kila siku", "ежедневно", "rozana",
            "din ke"),
    "week": ("每周", "weekly", "በሳምንት"),
    "month": ("月薪", "底薪", "每月", "เดือนละ", "monthly", "mỗi tháng", "lương tháng", "በወር",
              "တစ်လ", "ماہانہ", "mahina ko", "mahine ka"),
    "year": ("年薪", "ctc", "annual", "yearly", "per annum"),
    "task": ("每单", "一单", "每张", "每条", "每个", "一部", "每部", "一次", "每次", "ต่องาน",
             "ለእያንዳንዱ", "हर", "প্রতি"),
}

# Words that make a bare number a salary, and mean a monthly figure when no period follows.
SALARY_WORDS = (
    "salary", "salario", "salário", "sueldo", "salaire", "gaji", "upah", "lương", "thu nhập",
    "เงินเดือน", "รายได้", "ค่าจ้าง", "月薪", "底薪", "薪资", "工资", "薪水", "mshahara", "सैलरी", "वेतन",
    "तनख्वाह", "तलब", "বেতন", "تنخواہ", "راتب", "الراتب", "المرتب", "зарплата", "зп", "оклад",
    "sahod", "suweldo", "ደመወዝ", "လစာ", "talab", "beton", "tankhwah", "income", "earn", "earning",
    "earnings", "ctc", "wage", "wages", "ค่าแรง", "ค่าตอบแทน", "malipo", "kulipwa", "pagan",
    "paga", "pagamos", "pagamento", "pago", "payment", "paie", "rémunération", "remuneration",
    "compensation", "bayaran", "sweldo", "bayad", "kamai", "kamao", "kamaunus", "dapat", "ganas",
    "ganhe", "gagnez", "thu nhap", "收入", "日入", "月入", "赚", "賺", "হাজিরা", "रोजगार", "क्लाइंट",
    "আয়", "آمدنی", "دخل", "доход", "kipato", "kita", "ገቢ", "ဝင်ငွေ", "kumita", "sahod",
)
# Pay add-ons after an amount ("USD 2,000 + commission") also mark it as pay.
PAY_ADDONS = ("bonus", "bonuses", "commission", "komisen", "komisi", "insentif", "incentive",
              "incentives", "ot", "overtime", "tip", "tips", "提成", "佣金", "奖金", "ค่าคอม",
              "कमीशन", "इंसेंटिव", "কমিশন", "بونس", "کمیشن", "عمولة", "комиссия", "бонус",
              "comision", "comissão", "prime", "primes", "allowance", "allowances", "elaun",
              "tunjangan", "thưởng", "hoa hồng", "posho", "ቦነስ", "ኮሚሽን", "ቲፕ", "service",
              "night differential", "night diff", "ค่าคอมมิชชั่น", "phụ cấp", "benefits")

# Money the applicant pays, or prices: not pay.
FEE_WORDS = ("fee", "fees", "deposit", "charge", "charges", "cost", "price", "top up",
             "top-up", "recharge", "registration", "biaya", "bayar", "yuran", "phí", "cọc",
             "ค่าธรรมเนียม", "มัดจำ", "ค่าสมัคร", "费", "押金", "充值", "शुल्क", "फीस", "ফি", "জমা",
             "فیس", "رسوم", "gharama", "ada", "harga", "dijual", "nego", "loan", "advance",
             "processing", "penalty", "halnus", "jamma", "sewa shulka", "кредит", "залог",
             "frais", "tarifa", "taxa", "bond", "insurance", "package", "kista", "baki",
             "target", "टारगेट", "টার্গেট", "ডিপোজিট", "डिपॉजिट", "ٹارگٹ", "إيداع", "目标",
             "业绩", "เป้า", "deposito", "setoran", "nạp", "депозит", "налог", "tax", "prize",
             "hadiah", "奖", "giải thưởng", "lottery", "jeet", "premio", "prêmio", "winnings",
             "budget", "total", "ticket", "tiket", "gold", "tola", "sona", "tarif", "rent",
             "for rent", "arriendo", "alquiler", "aluguel", "sewa", "thuê", "ค่าเช่า", "ให้เช่า",
             "租", "किराया", "ভাড়া", "کرایہ", "إيجار", "аренда", "сдаю", "kodi", "renta",
             "bedspace", "vendo", "jual", "bán", "ขาย", "出售", "बेच", "বিক্রি", "فروخت",
             "продаю", "ናይ ሽያጭ")
# Units that make a bare number something else ("18-35 years", "160 cm", "8 hours").
NOT_MONEY_UNITS = ("%", "cm", "kg", "km", "years", "year old", "yrs", "yo", "tahun", "tuổi",
                   "岁", "歲", "साल", "বছর", "سال", "лет", "ans", "anos", "años", "hours",
                   "hrs", "hr", "jam", "giờ", "tiếng", "ชั่วโมง", "ชม", "小时", "घंटे", "ঘণ্টা",
                   "گھنٹے", "часов", "heures", "horas", "oras", "ሰዓት", "minutes", "mins",
                   "wpm", "gb", "mb", "people", "persons", "orang", "người", "คน", "人", "लोग",
                   "জন", "человек", "personnes", "personas", "pessoas", "tao", "days", "hari",
                   "ngày", "วัน", "天", "दिन", "দিন", "дней", "jours", "días", "dias", "am",
                   "pm", "h", "posts", "videos", "tasks", "orders", "times", "kali", "lần",
                   "ครั้ง", "次", "बार", "words", "photos", "reviews", "likes")

# Roles, most specific first; the first found names the baseline's role.
ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("call_centre", ("call centre", "call center", "bpo", "telesales", "telemarketing",
                     "呼叫中心", "คอลเซ็นเตอร์", "कॉल सेंटर", "কল সেন্টার", "کال سینٹر")),
    ("data_entry", ("data entry", "entri data", "input data", "nhập liệu", "录入", "डाटा एंट्री",
                    "डेटा एंट्री", "ডাটা এন্ট্রি", "ڈیٹا انٹری", "إدخال البيانات", "ввод данных",
                    "saisie de données")),
    ("typing", ("typing", "typist", "打字", "टाइपिंग", "টাইপিং", "ٹائپنگ", "menaip", "mengetik")),
    ("customer_service", ("customer service", "customer support", "customer care", "chat support",
                          "chat agent", "live chat", "chat operator", "客服", "บริการลูกค้า",
                          "कस्टमर सपोर्ट", "कस्टमर सर्विस", "কাস্টমার সার্ভিস", "کسٹمر سروس",
                          "خدمة العملاء", "служба поддержки", "huduma kwa wateja",
                          "chăm sóc khách hàng", "cskh", "layanan pelanggan", "khidmat pelanggan",
                          "atención al cliente", "servicio al cliente", "atendimento",
                          "service client")),
    ("it", ("it support", "developer", "programmer", "software", "it staff", "程序员")),
    ("domestic_worker", ("domestic worker", "housemaid", "maid", "caregiver", "nanny",
                         "kasambahay", "pembantu", "家政", "保姆", "แม่บ้าน", "घरेलू", "গৃহকর্মী",
                         "خادمة", "خادمہ")),
    ("driver", ("driver", "sopir", "supir", "tài xế", "คนขับรถ", "司机", "ड्राइवर", "ড্রাইভার",
                "ڈرائیور", "سائق", "водитель", "dereva", "motorista", "chofer")),
    ("sales", ("sales", "marketing", "penjualan", "销售", "เซลล์")),
)

# Places that name the country whose market the pay is judged against (the destination).
PLACES: dict[str, str] = {
    "thailand": "TH", "bangkok": "TH", "mae sot": "TH", "pattaya": "TH", "ไทย": "TH",
    "泰国": "TH", "cambodia": "KH", "kemboja": "KH", "kamboja": "KH", "campuchia": "KH",
    "phnom penh": "KH", "sihanoukville": "KH", "bavet": "KH", "poipet": "KH", "柬埔寨": "KH",
    "西港": "KH", "กัมพูชา": "KH", "myanmar": "MM", "burma": "MM", "myawaddy": "MM",
    "shwe kokko": "MM", "tachileik": "MM", "kk park": "MM", "缅甸": "MM", "妙瓦底": "MM",
    "laos": "LA", "vientiane": "LA", "golden triangle": "LA", "bokeo": "LA", "老挝": "LA",
    "dubai": "AE", "uae": "AE", "abu dhabi": "AE", "迪拜": "AE", "دبي": "AE",
    "philippines": "PH", "filipina": "PH", "manila": "PH", "pasay": "PH", "pampanga": "PH",
    "malaysia": "MY", "kuala lumpur": "MY", "vietnam": "VN", "ho chi minh": "VN",
    "georgia": "GE", "batumi": "GE", "tbilisi": "GE", "qatar": "QA", "doha": "QA",
    "saudi": "SA", "riyadh": "SA", "kuwait": "KW", "oman": "OM", "singapore": "SG",
    "singapura": "SG", "japan": "JP", "korea": "KR", "taiwan": "TW", "hong kong": "HK",
    "russia": "RU", "poland": "PL", "romania": "RO", "croatia": "HR", "serbia": "RS",
    "portugal": "PT", "spain": "ES", "germany": "DE", "london": "GB", "canada": "CA",
    "australia": "AU", "turkey": "TR", "istanbul": "TR",
}
# Words after "per"-like words that do not make a piece rate ("per person" is a fee
# elsewhere; here any other "per X" / "por X" / "kwa X" after pay is a piece rate).
PER_WORDS = ("per", "por", "par", "each", "every", "a cada", "por cada", "cada", "kada",
             "bawat", "setiap", "tiap", "mỗi", "kwa", "за", "لكل", "प्रति", "প্রতি", "हर",
             "ለአንድ", "ለእያንዳንዱ")

# Places that make "¥" yen rather than yuan.
JAPAN_WORDS = ("japan", "jepang", "japon", "japón", "japão", "nhật", "日本", "जापान",
               "জাপান", "جاپان", "اليابان", "япония", "ญี่ปุ่น", "ጃፓን", "ဂျပန်", "tokyo", "osaka")

# Pesos: whose, by the places a Spanish post names (else MXN; PHP outside Spanish).
PESO_PLACES = {"colombia": "COP", "bogota": "COP", "medellin": "COP", "cali": "COP",
               "argentina": "ARS", "buenos aires": "ARS", "chile": "CLP", "santiago": "CLP",
               "mexico": "MXN", "méxico": "MXN", "cdmx": "MXN", "guadalajara": "MXN",
               "monterrey": "MXN", "caba": "ARS", "iztapalapa": "MXN"}

# Where a local currency is paid: its country's market is the baseline.
CURRENCY_COUNTRY = {
    "THB": "TH", "MYR": "MY", "IDR": "ID", "PHP": "PH", "VND": "VN", "INR": "IN", "PKR": "PK",
    "BDT": "BD", "NPR": "NP", "LKR": "LK", "MMK": "MM", "KHR": "KH", "LAK": "LA", "CNY": "CN",
    "HKD": "HK", "TWD": "TW", "JPY": "JP", "KRW": "KR", "SGD": "SG", "AED": "AE", "SAR": "SA",
    "QAR": "QA", "KWD": "KW", "OMR": "OM", "BHD": "BH", "KES": "KE", "TZS": "TZ", "UGX": "UG",
    "ETB": "ET", "NGN": "NG", "GHS": "GH", "EGP": "EG", "MAD": "MA", "TND": "TN", "DZD": "DZ",
    "RUB": "RU", "UAH": "UA", "KZT": "KZ", "UZS": "UZ", "BRL": "BR", "MXN": "MX", "COP": "CO",
    "PEN": "PE", "ARS": "AR", "CLP": "CL", "GEL": "GE", "TRY": "TR", "GBP": "GB",
    "AUD": "AU", "CAD": "CA", "PLN": "PL", "RON": "RO", "BND": "BN", "JMD": "JM",
}
# The reader's home market, when neither currency nor place says more.
LANG_COUNTRY = {
    "th": "TH", "vi": "VN", "id": "ID", "ms": "MY", "tl": "PH", "hi": "IN", "bn": "BD",
    "ne": "NP", "ur": "PK", "my": "MM", "am": "ET", "sw": "KE", "zh": "CN", "ru": "RU",
}

# Few hours of work paired with pay: (pattern with {n} for a number or range, unit).
SHORT_HOURS: tuple[tuple[str, str], ...] = (
    (r"{n}\s*(?:hours?|hrs?|h)\s*(?:only\s*|lang\s*(?:po\s*)?)?(?:a|per|/|each|every|daily)\s*day", "h"),
    (r"{n}\s*(?:hours?|hrs?)\s*(?:daily|only|lang)", "h"),
    (r"(?:per|a)\s*day\s*(?:for|in)\s*(?:only\s*|just\s*)?{n}\s*(?:hours?|hrs?)", "h"),
    (r"{n}\s*(?:minutes?|mins?|minit|menit)\s*(?:a|per|/)?\s*(?:day|daily|sehari)", "min"),
    (r"{n}\s*jam\s*(?:sehari|per\s*hari|/\s*hari|saja|je)", "h"),
    (r"(?:mỗi ngày|một ngày|1 ngày)\s*(?:chỉ\s*)?{n}\s*(?:tiếng|giờ|h)", "h"),
    (r"{n}\s*(?:tiếng|giờ|h)\s*(?:mỗi ngày|/\s*ngày|một ngày)", "h"),
    (r"{n}\s*(?:p|phút)\s*/\s*ngày", "min"),
    (r"दिन में\s*(?:सिर्फ़?\s*)?{n}\s*घंटे", "h"), (r"रोज़?\s*{n}\s*घंटे", "h"),
    (r"(?:din me|roz|rozana)\s*(?:sirf\s*)?{n}\s*(?:ghante|ghanta)", "h"),
    (r"{n}\s*(?:ghante|ghanta)\s*(?:roz|daily|rozana)", "h"),
    (r"(?:每天|一天|每日)\s*(?:只需\s*)?{n}\s*(?:个)?(?:小时|小時)", "h"),
    (r"วันละ\s*{n}\s*(?:ชั่วโมง|ชม)", "h"), (r"{n}\s*(?:ชั่วโมง|ชม)\.?\s*(?:ต่อวัน|/\s*วัน)", "h"),
    (r"(?:saa|masaa)\s*{n}\s*(?:tu\s*)?(?:kwa siku|kila siku)", "h"),
    (r"{n}\s*(?:oras|hours?)\s*(?:lang\s*)?(?:po\s*)?(?:kada araw|sa isang araw|a day|per day)", "h"),
    (r"দিনে\s*(?:মাত্র\s*)?{n}\s*ঘণ্টা", "h"), (r"روزانہ\s*(?:صرف\s*)?{n}\s*گھنٹ", "h"),
    (r"{n}\s*(?:ساعة|ساعات|ساعتين)\s*(?:يوميا|في اليوم)", "h"),
    (r"{n}\s*час(?:а|ов)?\s*в\s*день", "h"),
    (r"{n}\s*(?:h|heures?)\s*par\s*jour", "h"), (r"{n}\s*horas?\s*(?:al|por|ao)\s*d[ií]a", "h"),
    (r"በቀን\s*{n}\s*ሰዓት", "h"), (r"दिनमा\s*{n}\s*घण्टा", "h"),
    (r"(?:တစ်ရက်|တစ်နေ့)\s*{n}\s*နာရီ", "h"),
)
SHORT_HOURS_MAX = 4.0  # hours a day ("1-2 hours a day"); 30 minutes count too
# fmt: on
