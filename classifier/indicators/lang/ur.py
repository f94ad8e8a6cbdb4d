"""Urdu red-flag phrases, in Urdu script (Nastaliq as typed on phone keyboards) and in Roman
Urdu, which is how most Pakistani Facebook, WhatsApp and OLX posts are written ("ghar
baithe online earning", "visit visa pe Dubai", "tajurba zaroori nahi"). English loanwords
are written in Urdu script (کسٹمر سروس، ڈیٹا انٹری، رجسٹریشن فیس) or left in English.
Pakistani context: Gulf "visit visa" and "azad visa" jobs, lures to Thailand, Cambodia,
Myanmar (Pakistanis rescued from Myawaddy and KK Park) and Dubai, task scams paid over
JazzCash and Easypaisa, accounts and SIMs rented for fraud, fake Daraz HR; licensed
Overseas Employment Promoters (OEP) registered with the Bureau of Emigration and
Overseas Employment, protector stamp, EPS Korea.

Urdu text typed with an Arabic keyboard uses ك ي ه for ک ی ہ; `_expand` adds that
spelling of every phrase in Urdu script.

Examples: "تھائی لینڈ میں کسٹمر سروس کی جاب، تنخواہ 1500 ڈالر، ویزا اور ٹکٹ فری، رہائش
فری، صرف واٹس ایپ پر رابطہ کریں"; "ghar baithe rozana 3000 kamayen, sirf videos like
karein"; "apna bank account kiraye par dein, 20,000 mahana"; counter-signals: "ہوشیار
رہیں! جعلی نوکریوں کے اشتہارات"، "ایف آئی اے نے گرفتار کر لیا"، "او ای پی لائسنس نمبر 1234".
"""

from __future__ import annotations

from typing import Any

from classifier.indicators.phrasing import combos as _combos

LANG = "ur"

_ARABIC_KEYBOARD = str.maketrans({"ک": "ك", "ی": "ي", "ہ": "ه", "ۃ": "ة"})


def _expand(table: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each phrase also as typed with an Arabic keyboard (ك ي ه for ک ی ہ)."""
    out: dict[str, list[str]] = {}
    for name, phrases in table.items():
        seen: dict[str, None] = {}
        for phrase in phrases:
            seen.setdefault(phrase, None)
            seen.setdefault(phrase.translate(_ARABIC_KEYBOARD), None)
        out[name] = list(seen)
    return out


WRITTEN: dict[str, list[str]] = {
    "pay_above_market": [
        "زیادہ تنخواہ", "بھاری تنخواہ", "پرکشش تنخواہ", "پر کشش تنخواہ", "بہترین تنخواہ",
        "بہت اچھی تنخواہ", "شاندار تنخواہ", "زبردست تنخواہ", "ہائی سیلری", "لاکھوں کمائیں",
        "لاکھوں روپے کمائیں", "لاکھوں روپے ماہانہ", "لاکھ روپے ماہانہ", "ماہانہ لاکھوں",
        "ڈالر میں تنخواہ", "تنخواہ ڈالر میں", "تنخواہ ڈالرز میں", "ہزاروں کمائیں", "تک کمائیں",
        "تک کمائی", "تک تنخواہ", "گارنٹی شدہ آمدنی", "یقینی آمدنی", "آسان پیسے",
        "آسانی سے پیسے کمائیں", "زبردست کمیشن", "کمیشن الگ", "تنخواہ کے علاوہ کمیشن", "ڈبل تنخواہ",
        "lakhon kamayen", "lakhon kamaen", "lakhon kamao", "lakhon kamaye", "lakh rupay mahana",
        "lakh rupees mahana", "behtareen tankhwah", "zabardast salary", "heavy salary",
        "bhari tankhwah", "salary dollars mein", "dollar mein salary", "tak kamayen", "tak kamao",
        "asaan paisay", "asan paise", "pakki kamai", "guaranteed kamai", "ڈیڑھ لاکھ تنخواہ",
        "تنخواہ ڈیڑھ لاکھ", "تنخواہ اڑھائی لاکھ", "تنخواہ 3 لاکھ", "tankhwah 3 lakh",
    ],
    "travel_paid": [
        "فری ویزا", "ویزا فری", "مفت ویزا", "ویزا مفت", "فری ٹکٹ", "ٹکٹ فری", "مفت ٹکٹ", "ٹکٹ مفت",
        "ویزا اور ٹکٹ فری", "ویزا ٹکٹ فری", "ٹکٹ کمپنی کی طرف سے", "ویزا اور ٹکٹ کمپنی",
        "ٹکٹ کمپنی دے گی", "رہائش کمپنی کی طرف سے", "کھانا کمپنی کی طرف سے",
        "رہائش اور کھانا کمپنی", "فری رہائش", "رہائش فری", "مفت رہائش", "رہائش مفت", "فری کھانا",
        "کھانا فری", "مفت کھانا", "کھانا مفت", "رہائش اور کھانا فری", "کھانا اور رہائش فری",
        "رہائش و طعام", "قیام و طعام", "رہائش اور کھانا", "کھانا رہائش", "فری ٹرانسپورٹ",
        "ٹرانسپورٹ فری", "ایئرپورٹ سے پک اپ", "تمام اخراجات کمپنی", "تمام خرچہ کمپنی",
        "سارا خرچہ کمپنی", "خرچہ کمپنی کا", "کوئی خرچہ نہیں", "بغیر کسی خرچے", "ایک روپیہ خرچ نہیں",
        "visa free ticket free", "ticket free", "free ticket", "rehaish free", "rihaish free",
        "rehaish muft", "khana free", "free rehaish", "free khana", "rehaish aur khana free",
        "khana rehaish free", "ticket company degi", "sara kharcha company", "sab kharcha company",
        "kharcha company ka", "koi kharcha nahi", "bina kharche", "muft visa", "sab kuch free",
        "سب کچھ فری", "سب کچھ مفت", "کمپنی کی طرف سے", "company ki taraf se", "ہاسٹل فری",
        "hostel free", "باقی سب ہم دیکھ لیں گے", "باقی سب ہم سنبھال لیں گے",
        "baqi sab hum dekh lenge", "baki sab hum dekh lenge",
    ],
    "no_experience": [
        "تجربہ ضروری نہیں", "تجربے کی ضرورت نہیں", "تجربہ کی ضرورت نہیں", "بغیر تجربہ",
        "بغیر تجربے", "تجربہ نہیں چاہیے", "کسی تجربے کی ضرورت نہیں", "تجربہ لازمی نہیں",
        "تعلیم ضروری نہیں", "ڈگری ضروری نہیں", "بغیر ڈگری", "میٹرک پاس بھی", "ان پڑھ بھی",
        "فریش امیدوار", "طلبہ اور گھریلو خواتین", "گھریلو خواتین", "اسٹوڈنٹس اور ہاؤس وائف",
        "ٹریننگ دی جائے گی", "ٹریننگ فری", "مفت ٹریننگ", "صرف موبائل", "صرف موبائل فون",
        "صرف اسمارٹ فون", "بس موبائل چاہیے", "موبائل اور انٹرنیٹ", "بنیادی کمپیوٹر",
        "کمپیوٹر کی بنیادی", "کوئی بھی اپلائی کر سکتا", "کوئی بھی کر سکتا ہے",
        "tajurba zaroori nahi", "tajurba zaruri nahi", "tajurbe ki zaroorat nahi",
        "tajurba ki zarurat nahi", "bina tajurbe", "bagair tajurba", "baghair tajurbe",
        "experience zaroori nahi", "experience zaruri nahi", "experience ki zarurat nahi",
        "experience ki zaroorat nahi", "koi experience nahi chahiye", "sirf mobile",
        "sirf mobile chahiye", "bas mobile chahiye", "sirf smartphone", "training di jayegi",
        "training di jaye gi", "ghar ki khawateen", "ghareloo khawateen", "students aur housewives",
        "koi bhi kar sakta", "koi bhi apply kar sakta", "parhai zaroori nahi",
        "degree zaroori nahi",
    ],
    "high_risk_role": [
        "کسٹمر سروس", "کسٹمر سپورٹ", "کسٹمر کیئر", "کال سینٹر", "کال سنٹر", "ڈیٹا انٹری",
        "ڈیٹا اینٹری", "ٹائپنگ", "ٹائپنگ کا کام", "ٹائپسٹ", "ڈیجیٹل مارکیٹنگ", "آن لائن مارکیٹنگ",
        "ٹیلی سیلز", "ٹیلی مارکیٹنگ", "آن لائن سیلز", "ای کامرس", "کیسینو", "آن لائن کیسینو",
        "گیمنگ کمپنی", "کرپٹو", "کرپٹو کرنسی", "بٹ کوائن", "فاریکس", "آن لائن ٹریڈنگ", "چیٹ سپورٹ",
        "چیٹ آپریٹر", "ریسیپشنسٹ", "ٹرانسلیٹر", "مترجم", "سوشل میڈیا آپریٹر", "سوشل میڈیا مینیجر",
        "کمپیوٹر آپریٹر", "آفس اسسٹنٹ", "typing ka kaam", "typing work", "data entry ka kaam",
        "customer service ki job",
    ],
    "private_contact_only": [
        "صرف واٹس ایپ", "صرف واٹس اپ", "واٹس ایپ پر رابطہ", "واٹس اپ پر رابطہ", "واٹس ایپ کریں",
        "واٹس اپ کریں", "واٹس ایپ میسج", "صرف میسج", "صرف میسج کریں", "کال نہ کریں", "کال مت کریں",
        "ٹیلی گرام پر رابطہ", "ٹیلیگرام پر رابطہ", "ٹیلی گرام گروپ", "ان باکس کریں", "انباکس کریں",
        "ان باکس میں", "ان باکس میں رابطہ", "پرسنل میسج", "پرائیویٹ میسج", "سی وی واٹس ایپ",
        "واٹس ایپ پر سی وی", "لنک پر کلک کریں", "نمبر پر واٹس ایپ", "sirf whatsapp",
        "whatsapp karein", "whatsapp karen", "whatsapp kare", "whatsapp krein", "whatsapp pe rabta",
        "whatsapp par rabta", "whatsapp pr rabta", "whatsapp pe msg", "whatsapp par msg",
        "inbox karein", "inbox karen", "inbox krein", "inbox me rabta", "msg karein", "msg karen",
        "call na karein", "call na karen", "sirf msg", "telegram pe rabta", "telegram par rabta",
        "telegram join karein", "telegram group join", "cv whatsapp karein", "cv whatsapp karen",
        "cv inbox karein", "لائن ایپ", "لائن آئی ڈی", "line app pe", "imo pe rabta",
    ],
    "urgency": [
        "فوری ضرورت", "فوری ضرورت ہے", "فوری طور پر", "فوری بھرتی", "فوری جوائننگ", "فوری روانگی",
        "اگلے ہفتے روانگی", "اگلے ہفتے فلائٹ", "فلائٹ اگلے ہفتے", "جلد روانگی", "محدود سیٹیں",
        "سیٹیں محدود", "چند سیٹیں باقی", "صرف چند سیٹیں", "محدود آسامیاں", "آخری موقع",
        "آج ہی اپلائی کریں", "آج ہی رابطہ کریں", "جلدی کریں", "جلدی رابطہ کریں", "جلد از جلد",
        "موقع ضائع نہ کریں", "پہلے آئیے پہلے پائیے", "24 گھنٹوں میں", "ارجنٹ", "ارجنٹ ضرورت",
        "fori zaroorat", "fori zarurat", "fauri zarurat", "foran rabta", "jaldi rabta karein",
        "jaldi rabta karen", "jaldi karein", "jaldi karen", "aakhri mauqa", "akhri moqa",
        "akhri mouka", "agle hafte flight", "agle hafte rawangi", "urgent zaroorat",
        "urgent zarurat", "seats mehdood", "sirf chand seats", "aaj hi apply", "aaj hi rabta",
        "گھنٹوں کے اندر", "پہلے آئیں پہلے پائیں", "pehle aao pehle pao",
    ],
    "tourist_visa": [
        "وزٹ ویزا", "وزٹ ویزہ", "وزٹ ویزے", "وزٹ ویزے پر", "وزٹ ویزا پر", "وزٹنگ ویزا",
        "سیاحتی ویزا", "سیاحتی ویزے", "ٹورسٹ ویزا", "ٹورسٹ ویزہ", "ٹورسٹ ویزے",
        "وہاں جا کر ورک ویزا", "وہاں جا کر اقامہ", "ویزا بعد میں تبدیل", "ویزا تبدیل",
        "ورک ویزا میں تبدیل", "ورک پرمٹ وہاں", "اقامہ وہاں", "آن ارائیول ویزا", "ویزا آن ارائیول",
        "visit visa pe", "visit visa par", "visit pe ja kar", "visit par ja kar", "tourist visa pe",
        "tourist visa par", "wahan ja kar work visa", "wahan ja kar iqama", "visa baad mein change",
        "visa bad me change", "visa wahan change", "iqama wahan", "work permit wahan",
        "کاغذات بعد میں", "کاغذات وہاں", "papers baad mein", "kaghzat baad mein",
        "پروٹیکٹر کی ضرورت نہیں", "پروٹیکٹر کے بغیر", "بغیر پروٹیکٹر", "protector ki zaroorat nahi",
        "bina protector",
    ],
    "passport_requested": [
        "پاسپورٹ کی کاپی", "پاسپورٹ کاپی", "پاسپورٹ کی تصویر", "پاسپورٹ بھیجیں",
        "پاسپورٹ جمع کروائیں", "پاسپورٹ جمع کرائیں", "پاسپورٹ نمبر", "شناختی کارڈ کی کاپی",
        "شناختی کارڈ کی تصویر", "شناختی کارڈ بھیجیں", "شناختی کارڈ نمبر", "شناختی کارڈ کاپی",
        "شناختی کارڈ کی دونوں سائیڈ", "سی این آئی سی کی کاپی", "پاسپورٹ کمپنی کے پاس",
        "پاسپورٹ کمپنی رکھے گی", "پاسپورٹ لے لیا جائے گا", "پاسپورٹ جمع رہے گا", "passport ki copy",
        "passport ki photo", "passport copy bhejein", "passport bhejein", "passport bhejen",
        "passport bhejo", "passport jama karwain", "id card ki copy", "id card ki photo",
        "shanakhti card ki copy", "shanakhti card bhejein", "cnic copy", "cnic ki copy",
        "cnic ki photo", "cnic bhejein", "cnic bhejen", "cnic front back",
        "passport company ke pas", "passport company ke paas",
    ],
    "credentials_requested": [
        # کوڈ / OTP
        "او ٹی پی کوڈ", "او ٹی پی بتائیں", "او ٹی پی بتا دیں", "او ٹی پی بھیجیں",
        "او ٹی پی بھیج دیں", "کوڈ بتائیں", "کوڈ بتا دیں", "کوڈ بھیجیں", "کوڈ بھیج دیں",
        "جو کوڈ آیا ہے", "جو کوڈ آئے", "موصول ہونے والا کوڈ", "تصدیقی کوڈ", "ویریفکیشن کوڈ",
        "6 ہندسوں کا کوڈ", "چھ ہندسوں کا کوڈ", "ایس ایم ایس کوڈ", "واٹس ایپ کوڈ",
        # پن، پاسورڈ
        "اے ٹی ایم پن", "اے ٹی ایم کا پن", "پن نمبر", "ایم پن", "جاز کیش پن", "ایزی پیسہ پن",
        "جاز کیش کا پن", "ایزی پیسہ کا پن", "پاسورڈ بتائیں", "پاس ورڈ بتائیں", "پاسورڈ بھیجیں",
        "پاس ورڈ بھیجیں", "انٹرنیٹ بینکنگ کا پاسورڈ", "موبائل بینکنگ کا پاسورڈ",
        "موبائل بینکنگ کی تفصیلات", "یوزر نیم اور پاسورڈ بھیجیں", "یوزر نیم اور پاسورڈ بتائیں",
        "آئی ڈی اور پاسورڈ بھیجیں", "آئی ڈی اور پاسورڈ بتائیں", "اپنے اکاؤنٹ کی لاگ ان تفصیلات",
        # کارڈ
        "کارڈ نمبر اور سی وی وی", "سی وی وی", "سی وی وی نمبر", "کارڈ کے پیچھے تین ہندسے",
        "اے ٹی ایم کارڈ کی تصویر", "ڈیبٹ کارڈ کی تصویر", "کارڈ کی تفصیلات بھیجیں",
        "کارڈ کی تفصیلات بتائیں", "اپنے کارڈ کی تفصیلات",
        # سیلفی
        "شناختی کارڈ کے ساتھ سیلفی", "سیلفی شناختی کارڈ کے ساتھ", "شناختی کارڈ ہاتھ میں پکڑ کر",
        "پاسپورٹ کے ساتھ سیلفی", "شناختی کارڈ پکڑ کر تصویر",
        # بہانہ
        "تنخواہ اکاؤنٹ کھولنے کے لیے", "سیلری اکاؤنٹ کھولنے کے لیے", "سیلری اکاؤنٹ ایکٹیویٹ",
        # Roman Urdu
        "otp bata do", "otp bata dein", "otp batayen", "otp bhej do", "otp bhejein", "otp bhejen",
        "otp send karein", "otp send kar do", "code bata do", "code bata dein", "code batayen",
        "code bhej do", "code bhejein", "jo code aya hai", "jo code aaya hai", "jo code aye",
        "6 digit code", "verification code bhejein", "pin bata do", "pin batayen",
        "pin bata dein", "jazzcash pin", "easypaisa pin", "jazzcash ka pin", "easypaisa ka pin",
        "password bata do", "password batayen", "password bata dein", "password bhej do",
        "password bhejein", "login details bhejein", "card number aur cvv", "atm card ki photo",
        "cnic ke sath selfie", "id card ke sath selfie", "selfie with cnic",
        "salary account khulwane ke liye", "salary account open karne ke liye",
        "salary account activate", "card ki details bhejein", "card ki details batayen",
        "apne card ki details", "username aur password bhejein", "username aur password batayen",
        "id aur password bhejein", "id aur password bata dein", "bank ka password",
    ],
    "upfront_fee": [
        "رجسٹریشن فیس", "رجسٹریشن چارجز", "پروسیسنگ فیس", "ویزا فیس", "ویزا پروسیسنگ فیس",
        "ٹریننگ فیس", "میڈیکل فیس", "میڈیکل کے پیسے", "سیکیورٹی فیس", "سیکیورٹی ڈپازٹ",
        "ایڈوانس فیس", "ایڈوانس رقم", "ایڈوانس ادائیگی", "پیشگی ادائیگی", "پہلے ادائیگی",
        "فائل چارجز", "فائل فیس", "فائل کھلوانے", "ایکٹیویشن فیس", "اکاؤنٹ ایکٹیویٹ کرنے",
        "معمولی فیس", "ویزا برائے فروخت", "ویزے برائے فروخت", "ویزا کی قیمت", "جاز کیش پر فیس",
        "ایزی پیسہ پر فیس", "registration fees", "registration fees jama", "fees jama karwain",
        "fees jama karain", "fees jama karwayen", "advance fees", "advance payment karein",
        "pehle payment", "pehle fees", "medical ke paise", "file charges", "file charge",
        "visa ki fees", "visa ki fee", "jazzcash pe fee", "easypaisa pe fee", "security fees",
        "activation fees", "ٹاپ اپ ضروری", "اکاؤنٹ ٹاپ اپ", "ٹاپ اپ کریں", "ویزا پروسیسنگ کے لیے",
        "کی فیس ادا کریں", "فیس ادا کریں", "top up karna", "top up zaroori", "ٹریننگ کی فیس",
        "ٹریننگ کے پیسے", "یونیفارم کی فیس", "یونیفارم کے پیسے", "یونیفارم فیس", "کارڈ فیس",
        "آئی ڈی کارڈ فیس", "سروس کارڈ کی فیس", "میڈیکل ٹیسٹ کی فیس", "فائل کھولنے کی فیس",
        "فائل اوپننگ فیس", "ورک پرمٹ کی فیس", "ورک پرمٹ فیس", "ویزا کے پیسے",
        "سیٹ کنفرم کرنے کے لیے", "سیٹ بک کرنے کے لیے", "جگہ پکی کرنے کے لیے", "قابل واپسی فیس",
        "فیس واپس کر دی جائے گی", "پہلی تنخواہ میں واپس", "سرکاری نوکری پکی", "پکی سرکاری نوکری",
        "بغیر ٹیسٹ کے بھرتی", "لاکھ روپے میں نوکری", "لاکھ میں سرکاری نوکری", "training fees",
        "training ki fees", "training ke paise", "uniform ki fees", "uniform ke paise",
        "card ki fees", "medical test ki fees", "file opening fees", "file kholne ki fees",
        "work permit ki fees", "visa ke paise", "seat confirm karne ke liye",
        "seat book karne ke liye", "refundable fees", "fees wapas kar di jayegi",
        "pehli tankhwah mein wapas", "sarkari naukri pakki", "pakki sarkari naukri",
        "bina test ke bharti", "lakh mein naukri", "lakh mein sarkari naukri",
    ],
    "recruit_friends_commission": [
        "دوستوں کو شامل کریں", "دوستوں کو انوائٹ", "دوست کو ریفر", "ریفر کریں", "ریفرل بونس",
        "ریفرل کمیشن", "ہر ممبر پر کمیشن", "ہر بندے پر کمیشن", "ہر شخص پر کمیشن", "ٹیم بنائیں",
        "اپنی ٹیم بنائیں", "نیٹ ورک مارکیٹنگ", "ممبر بنائیں", "ممبر بنا کر کمائیں",
        "دوستوں کو لائیں", "dost ko refer", "doston ko refer", "doston ko invite", "doston ko add",
        "member banao", "members banayen", "member bana kar", "har member par commission",
        "har member pe commission", "har bande pe commission", "team banao", "apni team banayen",
        "refer karein", "refer karo", "refer kar ke kamao", "dost laye", "dost laega",
        "dost laye ga", "jo dost laye", "dost lao", "دوست لائے", "جو دوست لائے",
    ],
    "pay_per_task": [
        "ویڈیوز لائک", "ویڈیو لائک کرنے", "ویڈیوز لائک کریں", "لائک اور فالو", "لائک اور سبسکرائب",
        "سبسکرائب کرنے", "یوٹیوب چینل سبسکرائب", "ریویو لکھنے", "ریویو دینے", "ریٹنگ دینے",
        "گوگل ریویو", "پروڈکٹ ریویو", "فی ٹاسک", "ہر ٹاسک", "ہر ٹاسک پر", "ٹاسک مکمل", "آسان ٹاسک",
        "روزانہ ٹاسک", "ڈیلی ٹاسک", "فی لائک", "ہر لائک پر", "آرڈر گریب", "آرڈر گریبنگ",
        "پروڈکٹ بوسٹ", "وی آئی پی لیول", "اشتہارات دیکھ کر", "ایڈز دیکھ کر",
        "ایڈ دیکھیں اور کمائیں", "ویڈیو دیکھ کر کمائیں", "ویڈیوز دیکھ کر", "videos like karein",
        "videos like karen", "video like karo", "like karo paise kamao", "like aur follow",
        "like aur subscribe", "har task pe", "har task par", "task complete karein", "ads dekh kar",
        "ads dekh ke", "ads dekho", "videos dekh kar kamao", "video dekh kar paise",
        "review likh kar", "order grab", "پروڈکٹس بوسٹ", "پراڈکٹس بوسٹ", "کمیشن کے ساتھ واپس",
        "commission ke sath wapas", "products boost",
    ],
    "daily_pay_little_work": [
        "روزانہ کمائی", "روزانہ آمدنی", "روزانہ ادائیگی", "روزانہ پیمنٹ", "روزانہ کی بنیاد پر",
        "ڈیلی پیمنٹ", "ڈیلی انکم", "ڈیلی کمائی", "روزانہ ود ڈرا", "روزانہ نکلوائیں",
        "گھر بیٹھے کمائیں", "گھر بیٹھے کام", "گھر بیٹھے آن لائن", "موبائل سے کمائیں",
        "موبائل سے کام", "موبائل پر کام", "فارغ وقت میں", "فارغ اوقات", "روزانہ 1-2 گھنٹے",
        "1-2 گھنٹے", "2 گھنٹے روزانہ", "روزانہ 2 گھنٹے", "صرف 2 گھنٹے", "پارٹ ٹائم",
        "آن لائن ارننگ", "آن لائن کمائی", "ghar baith kar", "ghar beth kar", "rozana kamai",
        "rozana kamaen", "rozana kamayen", "rozana payment", "roz ki payment", "daily earning",
        "mobile se kamao", "mobile se kamayen", "mobile se paise", "farigh waqt", "fariq waqt",
        "online earning", "2 ghante rozana", "rozana 2 ghante", "sirf 2 ghante", "1-2 ghante",
    ],
    "account_rental": [
        "اکاؤنٹ کرائے پر", "بینک اکاؤنٹ کرائے", "اکاؤنٹ کرایہ پر", "اکاؤنٹ کرایے پر",
        "بینک اکاؤنٹ بیچیں", "اکاؤنٹ بیچیں", "اکاؤنٹ خریدتے ہیں", "اکاؤنٹ خریدیں گے",
        "آپ کا اکاؤنٹ استعمال", "اپنا اکاؤنٹ دیں", "ایزی پیسہ اکاؤنٹ کرائے", "جاز کیش اکاؤنٹ کرائے",
        "سم کرائے پر", "سمیں کرائے پر", "سم بیچیں", "سمیں بیچیں", "سم فروخت کریں",
        "آپ کے نام پر سم", "آپ کے نام پر اکاؤنٹ", "بائنانس اکاؤنٹ چاہیے", "account kiraye par",
        "account kiraye pe", "account kiraya par", "account rent pe", "account rent par",
        "bank account rent", "account bechain", "account bechen", "account khareedte",
        "account kharidte", "easypaisa account rent", "jazzcash account rent",
        "easypaisa account kiraye", "jazzcash account kiraye", "sim kiraye", "sim bechain",
        "sim bechen", "apna account do", "apna account dein", "account use karne ke",
        "aap ke naam par sim", "apne naam par account", "تصدیق شدہ سمیں", "بائیومیٹرک سمیں",
        "بائیومیٹرک تصدیق شدہ سمیں", "فی سم", "سمیں چاہیئں", "سمیں چاہییں", "اکاؤنٹس خریدیں گے",
        "فی اکاؤنٹ", "تصدیق شدہ اکاؤنٹس", "گوگل آتھنٹیکیٹر", "ای میل اور پاسورڈ", "biometric sim",
        "verified sim", "verified accounts chahiye",
    ],
    "brand_impersonation": [
        "دراز پارٹ ٹائم", "دراز آن لائن جاب", "دراز کی طرف سے", "دراز میں آن لائن",
        "ایمیزون پارٹ ٹائم", "ایمیزون آن لائن جاب", "ایمیزون کی طرف سے", "ایمیزون ایچ آر",
        "ایمیزون میں آن لائن کام", "ٹک ٹاک شاپ", "ٹک ٹاک پارٹ ٹائم", "یوٹیوب پارٹ ٹائم",
        "فوڈ پانڈا کی طرف سے", "جاز کی طرف سے", "ٹیلی نار کی طرف سے", "ایمریٹس ایئرلائن میں بھرتی",
        "قطر ایئرویز میں بھرتی", "کمپنی کا ایچ آر", "ایچ آر ڈیپارٹمنٹ سے", "ایچ آر مینیجر",
        "daraz part time", "daraz online job", "daraz job from home", "daraz ki taraf se",
        "daraz hr", "amazon ki taraf se", "amazon hr se", "foodpanda part time", "jazz ki taraf se",
        "telenor ki taraf se", "tiktok ki taraf se", "hr department se",
    ],
    "money_transfer_role": [
        "پیسے وصول کر کے", "رقم وصول کر کے", "رقم وصول کرنا", "پیمنٹ وصول کر", "پیسے آگے بھیجنے",
        "پیسے آگے ٹرانسفر", "رقم آگے بھیجیں", "رقم آگے ٹرانسفر", "آپ کے اکاؤنٹ میں پیسے آئیں گے",
        "اکاؤنٹ میں پیسے آئیں", "کیش نکال کر", "کیش آؤٹ", "اپنا کمیشن رکھیں", "اپنا کمیشن رکھ",
        "اپنا حصہ رکھ", "پیمنٹ ایجنٹ", "ٹرانسفر ایجنٹ", "paise receive kar",
        "payment receive karke", "payment receive kar ke", "paise aage bhej", "paise agay bhej",
        "paise aage transfer", "apna commission rakh", "apna hissa rakh",
        "account me paise aayenge", "account mein paise aayen", "cash nikal kar", "cash nikal ke",
        "p2p merchant", "p2p merchants", "پی ٹو پی مرچنٹ", "transfer receive karo",
        "receive karo aur", "usdt bhejo", "har deal pe", "har transaction pe",
    ],
    "scam_script_role": [
        "ریٹینشن", "ری لوڈ", "کلوزر", "چارج بیک", "ریکوری ایجنٹ", "کلائنٹس کو انویسٹ",
        "کلائنٹ سے ڈپازٹ", "ڈپازٹ کروانا", "ڈپازٹ کروانے", "انویسٹ کروانا", "انویسٹ کروانے",
        "اسکرپٹ دیا جائے گا", "سکرپٹ دیا جائے گا", "اسکرپٹ کے مطابق", "لڑکی بن کر چیٹ",
        "فیک آئی ڈی", "فیک اکاؤنٹ سے", "جعلی آئی ڈی سے", "غیر ملکیوں سے چیٹ", "گوروں سے چیٹ",
        "client se deposit", "deposit karwana", "deposit karwane", "invest karwana",
        "invest karwane", "ladki ban kar chat", "larki ban kar chat", "fake id se chat",
        "script di jayegi", "script di jaye gi", "script ke mutabiq", "foreigners se chat",
        "pop up campaign", "pop-up campaign", "tech support campaign", "refund campaign",
        "gift card processing", "ڈیٹنگ ایپس", "ڈیٹنگ ایپ پر", "dating apps pe", "اسکرپٹ ملے گا",
        "script milega", "چیٹ کے لیے لڑکیاں", "لڑکیاں چاہیئں آن لائن چیٹ",
    ],
    "compound_conditions": [
        "کمپنی کے اندر رہائش", "ڈارمیٹری", "کمپنی ہاسٹل", "ہفتے کے 7 دن", "کوئی چھٹی نہیں",
        "مہینے میں ایک چھٹی", "مہینے میں 2 چھٹیاں", "6 ماہ کا کنٹریکٹ", "6 ماہ کا معاہدہ",
        "ایک سال کا کنٹریکٹ", "کنٹریکٹ توڑنے پر جرمانہ", "جرمانہ ادا کرنا",
        "باہر جانے کی اجازت نہیں", "باہر نہیں جا سکتے", "ٹارگٹ پورا", "روزانہ ٹارگٹ",
        "تنخواہ سے کٹوتی", "koi chutti nahi", "chutti nahi milegi", "bahar jane ki ijazat nahi",
        "target pura karna", "jurmana dena", "tankhwah se katoti", "compound main hi rehna",
        "compound mein rehna", "compound main rehna", "کمپاؤنڈ میں رہنا", "کمپاؤنڈ میں ہی",
        "6 mahine ka contract",
    ],
    "overseas_work": [
        "بیرون ملک", "بیرون ملک ملازمت", "بیرون ملک نوکری", "بیرون ملک کام", "باہر کے ملک",
        "بیرون ملک روزگار", "باہر جانے کا موقع", "bairon e mulk", "bairon mulk", "beroon e mulk",
        "bahar ki naukri", "bahar jane ka mauqa", "bahar ke mulk",
    ],
    "hotspot_destination": [
        "میاواڈی", "میاوادی", "میا واڈی", "میاوڈی", "شوے کوکو", "شوی کوکو", "کے کے پارک",
        "کےکے پارک", "تاچیلیک", "تاچی لیک", "سیہانوک ویل", "سیہانوکویل", "سہانوک ویل",
        "سیہانوک وِل", "بویپٹ", "پوئی پیٹ", "پوائی پیٹ", "باویٹ", "گولڈن ٹرائی اینگل",
        "گولڈن ٹرائینگل", "گولڈن ٹرائنگل", "سنہری مثلث", "مے سوٹ", "می سوت", "مائی سوت", "بوکیو",
        "بٹومی", "باتومی", "میانمار بارڈر", "تھائی میانمار سرحد",
    ],
    "awareness_language": [
        "ہوشیار رہیں", "ہوشیار", "خبردار", "دھوکہ", "دھوکا", "دھوکے باز", "دھوکہ دہی", "فراڈ",
        "فراڈ سے بچیں", "جعلی نوکری", "جعلی نوکریاں", "جعلی نوکریوں", "جعلی ایجنٹ", "جعلی اشتہار",
        "جعلی اشتہارات", "یقین نہ کریں", "بھروسہ نہ کریں", "پیسے نہ بھیجیں", "کوئی رقم نہ بھیجیں",
        "انسانی اسمگلنگ", "انسانی سمگلنگ", "متاثرین", "متاثرہ", "رپورٹ کریں", "ایف آئی اے کو",
        "ایف آئی اے سے رابطہ", "سفارت خانے سے تصدیق", "تصدیق کریں", "تصدیق ضرور کریں", "شیئر کریں",
        "آگاہی", "پھنس گئے", "پھنسے ہوئے", "hoshiyar rahein", "hoshiyar rahen", "hoshiar rahein",
        "khabardar", "dhoka", "dhokay baz", "dhoke baz", "fraud se bachein", "fraud se bachen",
        "jaali naukri", "jali naukri", "jali job", "yaqeen na karein", "yakeen na karein",
        "paise na bhejein", "paise na bhejen", "share karein", "aagahi", "phans gaye",
    ],
    "news_language": [
        "گرفتار", "گرفتار کر لیا", "گرفتاری", "بازیاب", "بازیابی", "وطن واپس", "وطن واپسی", "چھاپہ",
        "چھاپے", "چھاپہ مار", "ایف آئی اے نے", "پولیس نے", "پولیس کے مطابق", "عدالت نے",
        "سزا سنائی", "مقدمہ درج", "ملزمان", "ملزم", "ترجمان نے", "وزارت خارجہ نے", "دفتر خارجہ",
        "سفارت خانے نے", "حکام کے مطابق", "ذرائع کے مطابق", "giraftar", "giraftaar", "police ne",
        "fia ne", "wapis watan", "watan wapsi", "bazyab", "adalat ne", "muqadma darj",
    ],
    "licensed_recruitment": [
        "لائسنس نمبر", "لائسنس یافتہ", "او ای پی", "اوورسیز ایمپلائمنٹ پروموٹر",
        "بیورو آف امیگریشن", "بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ", "پروٹیکٹر آفس",
        "پروٹیکٹر آف امیگرنٹس", "او پی ایف", "وزارت سمندر پار پاکستانیز", "سمندر پار پاکستانیوں",
        "حکومت پاکستان سے منظور شدہ", "منظور شدہ ایجنسی", "رجسٹرڈ ایجنسی", "کوئی پلیسمنٹ فیس نہیں",
        "تحریری معاہدہ", "ای پی ایس کوریا", "کوریا ای پی ایس", "جاپان ایس ایس ڈبلیو",
        "گیمکا میڈیکل", "oep license", "oep licence", "registered oep", "bureau of emigration",
        "beoe", "protector stamp", "protector office", "overseas employment promoter",
        "govt approved", "opf", "overseas pakistanis foundation", "کوئی رجسٹریشن فیس نہیں",
        "کوئی فیس نہیں لی جاتی", "koi fees nahi li jati", "no registration fee",
    ],
}  # fmt: skip


# What legitimate recruiters write ("کوئی ٹریننگ فیس نہیں", "koi registration fees nahi") and
# banks' warnings ("او ٹی پی کسی کو نہ بتائیں", "pin kisi ko na batayen") are counter-signals.
_FEES_UR = ["فیس", "رجسٹریشن فیس", "ٹریننگ فیس", "میڈیکل فیس", "پروسیسنگ فیس", "ویزا فیس",
            "سیکیورٹی فیس", "ایڈوانس فیس", "فائل چارجز"]  # fmt: skip
_FEES_ROMAN = ["fees", "fee", "registration fees", "registration fee", "training fees",
               "medical fees", "processing fees", "visa fees", "security fees", "advance fees",
               "file charges"]  # fmt: skip
WRITTEN["licensed_recruitment"] += _combos(
    ["کوئی"], _FEES_UR, ["نہیں", "نہیں لی جاتی", "نہیں لیتے"]
) + _combos(["بغیر کسی"], _FEES_UR, ["کے"]) + _combos(
    ["koi", ""], _FEES_ROMAN, ["nahi", "nahin", "nahi li jati", "nahi lete"]
)  # fmt: skip
WRITTEN["awareness_language"] += _combos(
    ["او ٹی پی", "otp", "کوڈ", "پن", "pin", "پاسورڈ", "پاس ورڈ", "اپنا پن", "اپنا پاسورڈ",
     "اپنا کوڈ"],
    ["کسی کو نہ بتائیں", "کسی کو مت بتائیں", "کسی کے ساتھ شیئر نہ کریں", "کسی کو نہ دیں"],
) + _combos(
    ["otp", "code", "pin", "password", "apna pin", "apna password", "apna code"],
    ["kisi ko na batayen", "kisi ko na bataen", "kisi ko mat batao", "kisi ko mat batayen",
     "kisi ke sath share na karein", "kisi ko na dein"],
)  # fmt: skip

# Advance fees as Pakistani agents word them: "میڈیکل اور کالنگ کے پیسے", "2 لاکھ ایڈوانس
# فائل لگانے کے لیے", "aadhi payment pehle, baqi visa aane ke baad".
WRITTEN["upfront_fee"] += [
    "کالنگ کے پیسے", "کالنگ فیس", "کالنگ کے لیے", "میڈیکل اور کالنگ", "ویزا کالنگ کے پیسے",
    "فائل لگانے کے لیے", "فائل لگوانے کے لیے", "فائل لگانے کی فیس", "فائل جمع کروانے کی فیس",
    "لاکھ ایڈوانس", "ہزار ایڈوانس", "ایڈوانس جمع", "رقم جمع کروائیں",
    "باقی ویزا آنے کے بعد", "باقی ورک پرمٹ آنے کے بعد", "باقی ویزا کے بعد",
    "آدھے پیسے پہلے", "آدھی رقم پہلے", "آدھی پیمنٹ پہلے", "ریفیوز ہونے پر پیسے واپس",
    "ریجیکٹ ہونے پر پیسے واپس", "نوکری کے لیے پیسے", "سیٹ کے پیسے", "انٹرویو فیس",
    "انٹرویو کی فیس",
    "calling ke paise", "calling fees", "calling ki fees", "file lagane ke liye",
    "file lagwane ke liye", "lakh advance", "hazar advance",
    "raqam jama karwain", "baqi visa aane ke baad",
    "baqi visa ke baad", "baqi work permit ke baad", "aadhi payment pehle", "aadhe paise pehle",
    "half payment pehle", "refuse hone par paise wapas", "naukri ke liye paise",
    "interview fees", "interview ki fees", "kit ke paise", "kit fees",
]  # fmt: skip

# Task scams: rating products, liking and following for money, combo tasks, VIP top-ups.
WRITTEN["pay_per_task"] += [
    "ریٹنگ دیں", "ریٹنگ دے کر", "ریٹنگ دو", "کو ریٹنگ", "پروڈکٹس کو ریٹنگ", "فائیو اسٹار ریٹنگ",
    "5 اسٹار ریٹنگ", "ریٹنگ ٹاسک", "ریویو ٹاسک", "لائک ٹاسک", "فالو ٹاسک", "ہر ٹاسک کا",
    "ہر ٹاسک کے", "فی ٹاسک", "ٹاسک کے پیسے", "دیکھیں اور لائک کریں", "ویڈیوز دیکھیں اور لائک",
    "فالو اور لائک", "صرف لائک", "صرف فالو", "لائک کرنے کا کام", "لائک کرنے کے پیسے",
    "لائک کر کے کمائیں", "کومبو ٹاسک", "ٹاسک ان لاک",
    "وی آئی پی اکاؤنٹ", "وی آئی پی ممبرشپ", "ریچارج کر کے ٹاسک", "rating do", "rating dein",
    "rating de kar", "ko rating", "products ko rating", "5 star rating", "rating task",
    "rating tasks", "review task", "like task", "follow task", "har task ka", "har task ke",
    "per task", "task ke paise", "videos like karni", "videos like karna", "video like karne",
    "videos ko like", "like karne ke paise", "like karne ka kaam", "tiktok videos like",
    "youtube videos like", "sirf like", "sirf follow", "follow aur like", "combo task",
    "task unlock", "vip level", "vip account", "recharge kar ke task", "deposit kar ke task",
    "google maps reviews",
]  # fmt: skip

WRITTEN["account_rental"] += [
    "اکاؤنٹس خرید", "اکاؤنٹ خرید رہے", "اکاؤنٹس خرید رہے", "جاز کیش اکاؤنٹ چاہیے",
    "ایزی پیسہ اکاؤنٹ چاہیے", "تصدیق شدہ اکاؤنٹ", "ویریفائیڈ اکاؤنٹس", "واٹس ایپ نمبر بیچیں",
    "پرانا واٹس ایپ نمبر", "پرانے واٹس ایپ نمبر", "نمبر بیچیں", "نمبر خریدتے ہیں",
    "فی اکاؤنٹ", "اکاؤنٹ دے کر کمائیں", "اپنا اکاؤنٹ کرایہ", "accounts khareed",
    "account khareed", "accounts kharid", "account kharid", "verified accounts",
    "jazzcash accounts", "easypaisa accounts", "jazzcash account chahiye",
    "easypaisa account chahiye", "per account", "whatsapp number bechain",
    "whatsapp number bechen", "whatsapp number bechein", "purana whatsapp number",
    "purane whatsapp number", "number bechain", "number khareedte", "account de kar kamao",
    "verified binance",
]  # fmt: skip

WRITTEN["scam_script_role"] += [
    "انویسٹ کروائیں", "انویسٹ کرائیں", "کال کر کے انویسٹ", "سکرپٹ ملے گی", "اسکرپٹ ملے گی",
    "سکرپٹ ملے گا", "والی سکرپٹ", "سکرپٹ پڑھ کر", "ریفنڈ کالز", "ٹیک سپورٹ کالز",
    "مائیکروسوفت ریفنڈ", "ایمیزون ریفنڈ", "فیک پروفائل", "لڑکی کی آئی ڈی", "گوری بن کر",
    "چیٹ آپریٹر", "ریکوری کالز", "پیسے واپس دلوانے", "invest karwain", "invest karwayen",
    "invest karwaen", "call kar ke invest", "script milegi", "script mile gi", "script parh kar",
    "refund calls", "refund call", "microsoft refund", "amazon refund", "tech support calls",
    "tech support ka kaam", "ppc calls", "popup calls", "pop up calls", "popup + ppc",
    "customer se remote access", "payment close karna", "fake profile se", "fake profiles",
    "larki ki id", "ladki ki id", "chat operator", "recovery calls", "fund recovery",
]  # fmt: skip

# Brands impersonated in Pakistan and for Gulf jobs, with an HR word or "on behalf of".
_BRANDS_UR = [
    "دراز", "ایمیزون", "فوڈ پانڈا", "جاز", "ٹیلی نار", "ٹیلینار", "زونگ", "یوفون", "جاز کیش",
    "ایزی پیسہ", "کوکا کولا", "پیپسی", "نیسلے", "یونی لیور", "پی آئی اے", "ایمریٹس",
    "قطر ایئرویز", "اتحاد ایئرویز", "فلائی دبئی", "سعودی ایئرلائنز", "ہلٹن", "ہلٹن دبئی",
    "ہلٹن ہوٹلز", "ماریٹ", "کے ایف سی", "میکڈونلڈز", "ایچ بی ایل", "میزان بینک", "یو بی ایل",
    "بائیکیا", "ان ڈرائیو", "ٹک ٹاک", "یوٹیوب", "آرامکو", "کیریفور", "لولو", "ٹیمو", "علی بابا",
    "daraz", "amazon", "foodpanda", "jazz", "telenor", "zong", "ufone", "jazzcash", "easypaisa",
    "coca cola", "pepsi", "nestle", "unilever", "pia", "emirates", "qatar airways", "etihad",
    "flydubai", "hilton", "hilton dubai", "hilton hotels", "marriott", "kfc", "mcdonalds", "hbl",
    "meezan bank", "ubl", "careem", "bykea", "indrive", "tiktok", "youtube", "aramco",
    "carrefour", "lulu", "temu", "alibaba",
]  # fmt: skip
WRITTEN["brand_impersonation"] += _combos(
    _BRANDS_UR,
    ["کے hr", "کے ایچ آر", "ایچ آر", "hr", "hr se", "ke hr", "hr department", "hr team",
     "ایچ آر ڈیپارٹمنٹ", "ایچ آر ٹیم", "کی جانب سے", "ki janib se", "ki taraf say",
     "recruitment", "careers", "کمپنی بھرتی", "کمپنی میں بھرتی"],
) + _combos(["آفر لیٹر", "جاب آفر لیٹر", "offer letter", "job offer letter"], ["—", "-", "from", ""],
            _BRANDS_UR)  # fmt: skip


PHRASES = _expand(WRITTEN)

_COUNTRIES = [
    "کمبوڈیا", "میانمار", "برما", "لاؤس", "ملائیشیا", "دبئی", "ترکی",
    "جارجیا", "فلپائن", "بینکاک", "thailand", "cambodia", "myanmar", "laos", "malaysia",
    "dubai", "bangkok", "georgia",
]  # fmt: skip

_IN = {"LOWER": {"IN": ["میں", "کی", "کے", "mein", "main", "me", "ki", "ke", "mai"]}}
_JOB = {"LOWER": {"IN": ["نوکری", "نوکریاں", "جاب", "جابز", "ملازمت", "کام", "naukri", "nokri",
                         "job", "jobs", "kaam", "kam", "mulazmat"]}}  # fmt: skip
_EARN = ["کمائیں", "کمائی", "کماؤ", "کام", "پیسے", "آن", "جاب", "آمدنی", "روزانہ", "ماہانہ",
         "ارننگ", "kamayen", "kamaen", "kamao", "kamaye", "kamai", "kaam", "kam", "paise",
         "paisay", "online", "job", "earning", "income", "rozana", "mahana", "daily",
         "rs", "kamayein", "kamaein"]  # fmt: skip
_MONEY = ["روپے", "روپیہ", "ہزار", "ڈالر", "pkr", "rupay", "rupees", "rs", "hazar", "hazaar",
          "dollar", "$", "pkr"]  # fmt: skip

_BRANDS = ["ایمریٹس", "دراز", "ایمیزون", "ٹیلینار", "emirates", "daraz",
           "amazon", "tiktok", "foodpanda", "telenor"]  # fmt: skip

# Single words that name a brand (not everyday words or first names).
_BRAND_TOKENS = [
    "دراز", "daraz", "ایمیزون", "amazon", "جاز", "jazz", "ٹیلینار", "telenor", "زونگ", "zong",
    "یوفون", "ufone", "کولا", "cola", "پیپسی", "pepsi", "نیسلے", "nestle", "unilever", "ہلٹن",
    "hilton", "ماریٹ", "marriott", "پانڈا", "foodpanda", "ایمریٹس", "emirates", "ایئرویز",
    "airways", "etihad", "آرامکو", "aramco", "کیریفور", "carrefour", "lulu", "dubai", "دبئی",
]  # fmt: skip

TOKEN_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    # "تھائی لینڈ میں نوکری", "dubai mein job", "malaysia ki job"
    "overseas_work": [
        [{"LOWER": "تھائی"}, {"LOWER": "لینڈ"}, _IN, _JOB],
        [{"LOWER": {"IN": _COUNTRIES}}, _IN, _JOB],
    ],
    # "ویزا اور ٹکٹ بالکل فری", "visa aur ticket free", "rehaish, khana, ticket free"
    "travel_paid": [
        [{"LOWER": {"IN": ["ویزا", "ویزہ", "ٹکٹ", "رہائش", "کھانا", "visa", "ticket", "rehaish",
                           "rihaish", "khana"]}},
         {"LOWER": {"IN": ["اور", "و", "،", ",", "aur", "or", "+", "/"]}},
         {"LOWER": {"IN": ["ویزا", "ویزہ", "ٹکٹ", "رہائش", "کھانا", "visa", "ticket",
                           "rehaish", "rihaish", "khana"]}},
         {"LOWER": {"IN": ["بالکل", "bilkul", "sab", "سب"]}, "OP": "?"},
         {"LOWER": {"IN": ["فری", "مفت", "free", "muft"]}}],
    ],
    # "روزانہ 3000 روپے", "rozana rs 2000", "3000 روپے روزانہ", "daily 1500 rupay"
    "daily_pay_little_work": [
        # "گھر بیٹھے کمائیں", "ghar baithe online earning", "ghar bethe rozana"
        [{"LOWER": {"IN": ["گھر", "ghar"]}},
         {"LOWER": {"IN": ["بیٹھے", "بیٹھ", "baithe", "bethe", "baithay", "bethy", "baith",
                           "beth"]}},
         {"LOWER": {"IN": ["کر", "kar", "ke", "k"]}, "OP": "?"},
         {"LOWER": {"IN": _EARN}}],
        [{"LOWER": {"IN": ["روزانہ", "یومیہ", "rozana", "daily"]}},
         {"LOWER": {"IN": _MONEY}}, {"ORTH": ".", "OP": "?"},
         {"LIKE_NUM": True}],
        [{"LOWER": {"IN": ["روزانہ", "یومیہ", "rozana", "daily"]}},
         {"LIKE_NUM": True}, {"ORTH": "-", "OP": "?"}, {"LIKE_NUM": True, "OP": "?"},
         {"LOWER": {"IN": _MONEY}}],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": _MONEY}, "OP": "?"},
         {"LOWER": {"IN": ["روزانہ", "یومیہ", "rozana"]}}],
    ],
    # "فلائٹ 5 دن میں", "flight 5 din main", "rawangi 3 din mein"
    "urgency": [
        [{"LOWER": {"IN": ["فلائٹ", "روانگی", "flight", "rawangi", "ٹکٹ", "ticket"]}},
         {"LIKE_NUM": True}, {"LOWER": {"IN": ["دن", "din", "days", "ہفتے", "hafte"]}},
         {"LOWER": {"IN": ["میں", "main", "mein", "me"]}}],
    ],
    # "فیس 12 لاکھ", "fees 3 lakh": a fee in lakhs is a visa or agency fee, not tuition
    "upfront_fee": [
        [{"LOWER": {"IN": ["فیس", "fees", "fee", "چارجز", "charges"]}},
         {"IS_PUNCT": True, "OP": "?"}, {"LOWER": {"IN": _MONEY}, "OP": "?"},
         {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True}, {"LOWER": {"IN": ["لاکھ", "lakh", "lac"]}}],
        # "ٹریننگ کی فیس 5000 ایزی پیسہ کریں", "visa processing jazzcash par"
        [{"LOWER": {"IN": ["ٹریننگ", "یونیفارم", "میڈیکل", "ویزا", "فائل", "پروسیسنگ", "رجسٹریشن",
                           "training", "uniform", "medical", "visa", "file", "processing",
                           "registration"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?", ";", ":"]}, "OP": "{0,8}"},
         {"LOWER": {"IN": ["جاز", "ایزی", "jazzcash", "easypaisa", "jazz", "easy"]}},
         {"LOWER": {"IN": ["cash", "money", "pay", "pesa", "express", "کیش", "پیسہ", "كاش"]}, "OP": "?"}],
    ],
    # "ایمریٹس ایئرلائن میں پاکستانیوں کے لیے ڈائریکٹ بھرتی", "daraz mein online jobs"
    "brand_impersonation": [
        # "جاز (Jazz) کی جانب سے", "کوکا کولا کمپنی سعودی عرب میں ... بھرتی کر رہی ہے",
        # "Hilton Dubai میں ... آپ کا CV شارٹ لسٹ"
        [{"LOWER": {"IN": _BRAND_TOKENS}}, {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": _BRAND_TOKENS}, "OP": "?"}, {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": ["کی", "ki"]}}, {"LOWER": {"IN": ["جانب", "طرف", "janib", "taraf"]}},
         {"LOWER": {"IN": ["سے", "se", "say"]}}],
        [{"LOWER": {"IN": _BRAND_TOKENS}}, {"LOWER": {"IN": ["کمپنی", "company"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?", "۔"]}, "OP": "{0,12}"},
         {"LOWER": {"IN": ["بھرتی", "bharti", "بھرتیاں"]}}],
        [{"LOWER": {"IN": _BRAND_TOKENS}},
         {"LOWER": {"NOT_IN": [".", "!", "?", "۔"]}, "OP": "{0,10}"},
         {"LOWER": {"IN": ["شارٹ", "shortlist", "shortlisted", "سلیکٹ"]}}],
        [{"LOWER": {"IN": ["قطر", "qatar", "اتحاد", "etihad"]}},
         {"LOWER": {"IN": ["ایئرویز", "ایئرلائن", "airways", "airline"]}},
         {"LOWER": {"IN": ["میں", "کی", "کے", "mein", "main", "me", "ki", "ke"]}},
         {"OP": "{0,4}"},
         {"LOWER": {"IN": ["بھرتی", "بھرتیاں", "نوکریاں", "ملازمتیں", "جاب", "جابز", "bharti",
                           "jobs", "job", "naukriyan"]}}],
        [{"LOWER": {"IN": _BRANDS}},
         {"LOWER": {"IN": ["ایئرلائن", "ایئرویز", "airline", "airways"]}, "OP": "?"},
         {"LOWER": {"IN": ["میں", "کی", "کے", "mein", "main", "me", "ki", "ke"]}},
         {"OP": "{0,4}"},
         {"LOWER": {"IN": ["بھرتی", "بھرتیاں", "نوکریاں", "ملازمتیں", "جاب", "جابز", "bharti",
                           "jobs", "job", "naukriyan"]}}],
    ],
}  # fmt: skip
