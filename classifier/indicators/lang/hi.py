"""Hindi red-flag phrases, in Devanagari and in romanised Hinglish ("ghar baithe kamaye",
"free visa free ticket", "experience ki zarurat nahi"), which is how most Indian WhatsApp,
Telegram, Facebook and Instagram job posts are written; English words are mixed in freely
(सैलरी, जॉब, कस्टमर सपोर्ट, रजिस्ट्रेशन फीस). Indian context: the MEA advisories on "digital
sales and marketing executive" and "customer support" jobs in Thailand that end in
Myawaddy, Cambodia (Sihanoukville) and the Golden Triangle SEZ in Laos ("cyber slavery",
साइबर गुलामी); Telegram task scams ("YouTube like karke kamao", prepaid tasks, hotel
ratings); rented "mule" bank accounts and SIM cards; fake HR of Amazon, Flipkart, Meesho,
TATA, Reliance, IndiGo. Counter-signals: eMigrate-registered recruiting agents (RA licence),
the Protector of Emigrants, NSDC International, the state agencies (NORKA Roots, ODEPC,
TOMCOM, OMCAP), and the cyber-crime helpline 1930.

Devanagari is typed with and without nukta (वीज़ा / वीजा, फ़्री / फ्री) and with candrabindu
or anusvara (हाँ / हां); `_expand` adds the spellings without nukta and with anusvara.

Examples: "थाईलैंड में कस्टमर सपोर्ट जॉब, सैलरी ₹80,000, वीज़ा और टिकट फ्री, रहना-खाना फ्री,
सिर्फ़ टेलीग्राम पर संपर्क करें"; "Ghar baithe roz ₹3000 kamaye, bas YouTube videos like
karne hain"; "अपना बैंक खाता किराए पर दें, ₹15,000 महीना"; counter-signals: "सावधान! फर्जी
नौकरी के झांसे में न आएं", "पुलिस ने गिरोह के 5 सदस्यों को गिरफ्तार किया", "MEA पंजीकृत भर्ती
एजेंट, RA लाइसेंस नंबर B-1234".
"""

from __future__ import annotations

from itertools import product
from typing import Any

LANG = "hi"

_NUKTA = "\u093c"


def _expand(table: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each phrase also without nukta and with anusvara for candrabindu."""
    out: dict[str, list[str]] = {}
    for name, phrases in table.items():
        seen: dict[str, None] = {}
        for phrase in phrases:
            for form in (phrase, phrase.replace(_NUKTA, "")):
                seen.setdefault(form, None)
                seen.setdefault(form.replace("ँ", "ं"), None)
        out[name] = list(seen)
    return out


WRITTEN: dict[str, list[str]] = {
    "pay_above_market": [
        "हाई सैलरी", "ऊंची सैलरी", "मोटी सैलरी", "मोटी तनख्वाह", "अच्छी खासी सैलरी", "आकर्षक वेतन",
        "आकर्षक सैलरी", "बेहतरीन सैलरी", "शानदार सैलरी", "ज़बरदस्त सैलरी", "लाखों कमाएं",
        "लाखों कमाए", "लाखों की कमाई", "लाख रुपये महीना", "लाख रुपए महीना", "महीने के लाख",
        "1 लाख तक", "लाख तक कमाएं", "तक कमाएं", "तक की कमाई", "तक सैलरी", "डॉलर में सैलरी",
        "सैलरी डॉलर में", "डॉलर में वेतन", "गारंटीड इनकम", "पक्की कमाई", "गारंटी कमाई", "आसान कमाई",
        "आसानी से पैसे कमाएं", "मोटा कमीशन", "कमीशन अलग से", "सैलरी + कमीशन", "डबल सैलरी",
        "high salary package", "lakhon kamaye", "lakhon kamayen", "lakhon kamao",
        "lakh rupaye mahina", "1 lakh tak", "lakh tak kamaye", "tak kamaye", "tak kamayen",
        "salary dollar me", "dollar me salary", "moti salary", "moti kamai", "pakki kamai",
        "guaranteed kamai", "aasan kamai", "easy paisa kamaye", "लाख से ऊपर", "लाख से ज़्यादा",
        "lakh se upar", "lakh se zyada",
    ],
    "travel_paid": [
        "फ्री वीज़ा", "वीज़ा फ्री", "फ्री वीसा", "वीसा फ्री", "फ्री विज़ा", "वीज़ा मुफ्त",
        "मुफ्त वीज़ा", "फ्री टिकट", "टिकट फ्री", "मुफ्त टिकट", "हवाई टिकट फ्री", "फ्लाइट टिकट फ्री",
        "फ्री फ्लाइट", "वीज़ा और टिकट फ्री", "वीज़ा टिकट फ्री", "टिकट कंपनी देगी",
        "टिकट कंपनी की तरफ से", "कंपनी की तरफ से टिकट", "कंपनी के खर्चे पर", "कंपनी के खर्च पर",
        "सारा खर्चा कंपनी", "सारा खर्च कंपनी", "सब खर्चा कंपनी का", "कोई खर्चा नहीं",
        "कोई खर्च नहीं", "बिना किसी खर्च", "एक रुपया नहीं", "रहना खाना फ्री", "रहना-खाना फ्री",
        "रहना और खाना फ्री", "खाना रहना फ्री", "खाना-रहना फ्री", "रहना खाना मुफ्त",
        "रहने खाने की सुविधा", "रहने-खाने की सुविधा", "रहने और खाने की व्यवस्था",
        "रहने की व्यवस्था कंपनी", "रहने की सुविधा फ्री", "फ्री रहना", "फ्री खाना", "खाना फ्री",
        "मुफ्त आवास", "आवास मुफ्त", "निःशुल्क आवास", "आवास और भोजन", "भोजन और आवास", "मुफ्त भोजन",
        "फ्री एकोमोडेशन", "फ्री अकोमोडेशन", "एयरपोर्ट पिकअप", "free visa free ticket",
        "visa ticket free", "rehna khana free", "rehna-khana free", "khana rehna free",
        "rehne khane ki suvidha", "rehne khane ka intezam", "khana peena free",
        "sab kharcha company", "sara kharcha company", "kharcha company ka", "koi kharcha nahi",
        "ticket company degi", "company ke kharche pe", "रहने की सुविधा", "रहने की व्यवस्था",
        "वीज़ा कंपनी करेगी", "वीज़ा प्रोसेस कंपनी करेगी", "visa company karegi", "सब कंपनी का",
        "sab company ka", "बाकी सब हम देख लेंगे", "बाकी सब हम देखेंगे", "baki sab hum dekh lenge",
        "baaki sab hum dekh lenge",
    ],
    "no_experience": [
        "अनुभव की ज़रूरत नहीं", "अनुभव की आवश्यकता नहीं", "अनुभव ज़रूरी नहीं", "अनुभव आवश्यक नहीं",
        "बिना अनुभव", "बिना अनुभव के", "कोई अनुभव नहीं", "एक्सपीरियंस की ज़रूरत नहीं",
        "एक्सपीरियंस ज़रूरी नहीं", "बिना एक्सपीरियंस", "कोई एक्सपीरियंस नहीं", "फ्रेशर्स भी",
        "फ्रेशर भी अप्लाई", "पढ़ाई ज़रूरी नहीं", "डिग्री ज़रूरी नहीं", "बिना डिग्री",
        "10वीं पास भी", "8वीं पास भी", "सिर्फ मोबाइल", "केवल मोबाइल", "बस मोबाइल चाहिए",
        "सिर्फ स्मार्टफोन", "मोबाइल और इंटरनेट", "ट्रेनिंग दी जाएगी", "ट्रेनिंग फ्री",
        "मुफ्त ट्रेनिंग", "बेसिक कंप्यूटर", "कंप्यूटर की बेसिक", "बेसिक इंग्लिश",
        "थोड़ी बहुत इंग्लिश", "हाउसवाइफ भी", "हाउसवाइफ के लिए", "गृहिणी भी", "छात्र और गृहिणी",
        "स्टूडेंट्स और हाउसवाइफ", "कोई भी कर सकता", "कोई भी अप्लाई कर सकता",
        "experience ki zarurat nahi", "experience ki jarurat nahi", "experience zaroori nahi",
        "experience jaruri nahi", "koi experience nahi", "bina experience",
        "anubhav ki zarurat nahi", "freshers bhi", "padhai zaroori nahi", "degree zaroori nahi",
        "sirf mobile", "sirf mobile chahiye", "bas mobile chahiye", "sirf smartphone",
        "training di jayegi", "housewife bhi", "students aur housewife", "koi bhi kar sakta",
        "10th pass bhi",
    ],
    "high_risk_role": [
        "कस्टमर सर्विस", "कस्टमर सपोर्ट", "कस्टमर केयर", "ग्राहक सेवा", "कॉल सेंटर", "कॉल सेन्टर",
        "डाटा एंट्री", "डेटा एंट्री", "टाइपिंग", "टाइपिंग जॉब", "टाइपिंग का काम", "टाइपिस्ट",
        "डिजिटल मार्केटिंग", "ऑनलाइन मार्केटिंग", "डिजिटल सेल्स", "डिजिटल सेल्स एंड मार्केटिंग",
        "टेलीकॉलिंग", "टेलीकॉलर", "टेली सेल्स", "टेलीसेल्स", "ऑनलाइन सेल्स", "ई-कॉमर्स", "कसीनो",
        "कैसीनो", "ऑनलाइन कसीनो", "गेमिंग कंपनी", "ऑनलाइन गेमिंग", "क्रिप्टो", "क्रिप्टोकरेंसी",
        "क्रिप्टो करेंसी", "बिटकॉइन", "फॉरेक्स", "ट्रेडिंग प्लेटफॉर्म", "चैट सपोर्ट", "चैट ऑपरेटर",
        "रिसेप्शनिस्ट", "अनुवादक", "ट्रांसलेटर", "सोशल मीडिया ऑपरेटर", "कंप्यूटर ऑपरेटर",
        "ऑफिस असिस्टेंट", "typing ka kaam", "typing work", "data entry ka kaam", "telecalling",
        "telecaller", "digital sales", "chat process", "चैटिंग का काम", "चैटिंग जॉब",
        "chatting ka kaam", "chatting job", "कस्टमर रिलेशनशिप", "गेम सपोर्ट", "game support",
    ],
    "private_contact_only": [
        "सिर्फ व्हाट्सएप", "केवल व्हाट्सएप", "व्हाट्सएप पर संपर्क", "व्हाट्सऐप पर संपर्क",
        "व्हाट्सएप करें", "व्हाट्सप करें", "व्हाट्सएप पर मैसेज", "सिर्फ मैसेज", "केवल मैसेज",
        "कॉल न करें", "कॉल ना करें", "टेलीग्राम पर संपर्क", "टेलीग्राम से जुड़ें",
        "टेलीग्राम ग्रुप जॉइन", "टेलीग्राम चैनल जॉइन", "इनबॉक्स करें", "इनबॉक्स में", "डीएम करें",
        "पर्सनल मैसेज", "सीवी व्हाट्सएप", "रिज्यूमे व्हाट्सएप", "लिंक पर क्लिक करें",
        "नीचे दिए लिंक", "sirf whatsapp", "whatsapp karein", "whatsapp karo", "whatsapp kare",
        "whatsapp kijiye", "whatsapp pe contact", "whatsapp par contact", "whatsapp pe msg",
        "whatsapp pe message", "inbox karo", "inbox karein", "inbox kare", "dm karo", "dm karein",
        "msg karo", "msg karein", "call mat karo", "call na kare", "sirf msg",
        "telegram pe contact", "telegram par contact", "telegram join karo", "telegram join kare",
        "cv whatsapp karo", "resume whatsapp karein", "link pe click karo", "telegram pe baat",
        "telegram pe hamare", "टेलीग्राम पर बात",
    ],
    "urgency": [
        "तुरंत भर्ती", "तुरंत जॉइनिंग", "तुरंत ज्वाइनिंग", "तुरंत संपर्क", "तुरंत संपर्क करें",
        "तत्काल भर्ती", "तत्काल आवश्यकता", "अर्जेंट", "अर्जेंट भर्ती", "अर्जेंट रिक्वायरमेंट",
        "जल्दी करें", "जल्दी संपर्क करें", "जल्द से जल्द", "सीमित सीटें", "सीटें सीमित",
        "कुछ ही सीटें", "सिर्फ कुछ सीटें", "गिनी चुनी सीटें", "आखिरी मौका", "अंतिम मौका",
        "मौका न चूकें", "मौका हाथ से न जाने दें", "पहले आओ पहले पाओ", "आज ही अप्लाई करें",
        "आज ही संपर्क करें", "अगले हफ्ते फ्लाइट", "अगले सप्ताह फ्लाइट", "अगले हफ्ते रवाना",
        "24 घंटे में", "turant joining", "turant bharti", "turant contact", "jaldi karo",
        "jaldi kare", "jaldi contact karo", "seats limited", "limited seats hai", "kuch hi seats",
        "aakhri mauka", "akhri moka", "pehle aao pehle pao", "aaj hi apply", "aaj hi contact",
        "agle hafte flight", "urgent requirement", "urgent bharti", "immediate joining hai",
    ],
    "tourist_visa": [
        "टूरिस्ट वीज़ा", "टूरिस्ट वीसा", "टूरिस्ट विज़ा", "पर्यटक वीज़ा", "पर्यटन वीज़ा",
        "विज़िट वीज़ा", "विजिट वीसा", "विज़िटर वीज़ा", "वीज़ा ऑन अराइवल", "ऑन अराइवल वीज़ा",
        "वहाँ जाकर वर्क वीज़ा", "वहाँ जाकर वर्क परमिट", "वीज़ा बाद में बदल", "वीज़ा बदल दिया जाएगा",
        "वर्क परमिट वहाँ", "वर्क वीज़ा में बदल", "टूरिस्ट बनकर", "tourist visa pe",
        "tourist visa par", "visit visa pe", "visit visa par", "wahan jakar work visa",
        "wahan jaake work permit", "visa baad me change", "visa baad mein badal",
        "work permit wahan", "tourist bankar", "कागज़ बाद में", "पेपर बाद में बनेंगे",
        "papers baad me", "kagaz baad me", "ईसीआर की जरूरत नहीं", "इमिग्रेशन की जरूरत नहीं",
        "बिना इमिग्रेशन क्लीयरेंस", "emigration clearance ki zarurat nahi", "bina emigration",
    ],
    "passport_requested": [
        "पासपोर्ट की कॉपी", "पासपोर्ट कॉपी", "पासपोर्ट की फोटो", "पासपोर्ट भेजें", "पासपोर्ट भेजो",
        "पासपोर्ट जमा", "पासपोर्ट जमा करें", "पासपोर्ट नंबर", "पासपोर्ट की फोटोकॉपी",
        "आधार कार्ड की कॉपी", "आधार कार्ड की फोटो", "आधार कार्ड भेजें", "पैन कार्ड की फोटो",
        "आधार नंबर भेजें", "आईडी प्रूफ भेजें", "पासपोर्ट कंपनी के पास", "पासपोर्ट कंपनी रखेगी",
        "पासपोर्ट रख लिया जाएगा", "पासपोर्ट जमा रहेगा", "passport ki copy", "passport ki photo",
        "passport copy bhejo", "passport bhejo", "passport bheje", "passport jama",
        "aadhar card ki copy", "aadhaar card ki copy", "aadhar ki photo", "aadhar card bhejo",
        "pan card ki photo", "id proof bhejo", "passport company ke paas",
        "passport company rakhegi", "selfie with aadhaar", "selfie with aadhar",
        "आधार के साथ सेल्फी", "aadhar ke sath selfie", "debit card photo", "debit card ki photo",
        "डेबिट कार्ड की फोटो",
    ],
    "credentials_requested": [
        # OTP / कोड
        "ओटीपी बताइए", "ओटीपी बताएं", "ओटीपी बता दो", "ओटीपी बता दीजिए", "ओटीपी भेजें",
        "ओटीपी भेज दो", "ओटीपी शेयर करें", "जो ओटीपी आया है", "आया हुआ ओटीपी", "वेरिफिकेशन कोड",
        "सत्यापन कोड", "6 अंकों का कोड", "छह अंकों का कोड", "कोड बताइए", "कोड बता दो", "कोड भेजें",
        "जो कोड आया है",
        # पिन, पासवर्ड
        "एटीएम पिन", "एटीएम का पिन", "यूपीआई पिन", "यूपीआई का पिन", "एमपिन", "पिन नंबर बताइए",
        "पिन बताइए", "पिन बता दो", "पासवर्ड बताइए", "पासवर्ड बता दो", "पासवर्ड भेजें",
        "नेट बैंकिंग पासवर्ड", "नेट बैंकिंग का पासवर्ड", "नेट बैंकिंग आईडी पासवर्ड",
        "यूज़र आईडी और पासवर्ड भेजें", "यूज़र आईडी और पासवर्ड बताइए", "यूजर आईडी पासवर्ड भेजो",
        "लॉगिन आईडी और पासवर्ड भेजें",
        # कार्ड
        "कार्ड नंबर और सीवीवी", "सीवीवी", "सीवीवी नंबर", "कार्ड की एक्सपायरी और सीवीवी",
        "कार्ड के पीछे के तीन अंक", "डेबिट कार्ड की डिटेल", "एटीएम कार्ड की फोटो",
        # सेल्फी
        "आधार के साथ सेल्फी", "आधार कार्ड के साथ सेल्फी", "पैन कार्ड के साथ सेल्फी",
        "आईडी के साथ सेल्फी",
        # बहाना
        "सैलरी अकाउंट खोलने के लिए", "सैलरी अकाउंट एक्टिवेट", "सैलरी खाता खोलने के लिए",
        # Hinglish
        "otp bata do", "otp batao", "otp bataiye", "otp bata dijiye", "otp bhejo", "otp bhej do",
        "otp share karo", "otp share kare", "jo otp aaya hai", "jo otp aya hai", "code bata do",
        "code batao", "code bhej do", "jo code aaya hai", "upi pin bata", "upi pin batao",
        "pin bata do", "pin batao", "mpin bata", "password bata do", "password batao",
        "password bhej do", "user id password bhejo", "net banking password",
        "net banking id password", "card number aur cvv", "cvv bata", "cvv batao",
        "card ke piche ke 3 number", "debit card ki details", "aadhar ke sath selfie",
        "aadhaar ke sath selfie", "pan card ke sath selfie", "salary account kholne ke liye",
        "salary account open karne ke liye", "salary account activate karne ke liye",
        "user id aur password bhejo", "user id aur password batao", "login id password bhejo",
        "anydesk code bhejo", "anydesk ka code",
    ],
    "upfront_fee": [
        "रजिस्ट्रेशन फीस", "रजिस्ट्रेशन शुल्क", "पंजीकरण शुल्क", "प्रोसेसिंग फीस", "वीज़ा फीस",
        "वीज़ा प्रोसेसिंग", "ट्रेनिंग फीस", "मेडिकल फीस", "मेडिकल के पैसे", "सिक्योरिटी डिपॉजिट",
        "सिक्योरिटी फीस", "सिक्योरिटी मनी", "जॉइनिंग फीस", "ज्वाइनिंग फीस", "एडवांस फीस",
        "एडवांस पेमेंट", "अग्रिम भुगतान", "पहले पेमेंट", "पहले पैसे", "किट चार्ज", "किट के पैसे",
        "यूनिफॉर्म के पैसे", "फाइल चार्ज", "आईडी चार्ज", "एक्टिवेशन फीस", "रिचार्ज करके टास्क",
        "टॉप अप", "मामूली फीस", "छोटी सी फीस", "वीज़ा बिकाऊ", "वीज़ा की कीमत", "registration fees",
        "registration charge", "joining fees", "joining charge", "kit charge", "kit charges",
        "id charge", "file charge", "advance payment karna", "pehle payment", "pehle paise",
        "medical ke paise", "security money", "visa ki fees", "processing fees",
        "refundable fees", "ज्वाइनिंग से पहले", "जॉइनिंग से पहले", "joining se pehle",
        "आईडी कार्ड शुल्क", "वर्दी शुल्क", "stamping ke paise", "visa stamping ke", "ट्रेनिंग के पैसे",
        "ट्रेनिंग का चार्ज", "ट्रेनिंग चार्ज", "यूनिफॉर्म फीस", "यूनिफॉर्म चार्ज", "ड्रेस के पैसे",
        "ड्रेस चार्ज", "आईडी कार्ड के पैसे", "आईडी कार्ड चार्ज", "मेडिकल टेस्ट के पैसे",
        "फाइल खोलने के पैसे", "फाइल ओपनिंग चार्ज", "वर्क परमिट के पैसे", "वर्क परमिट फीस",
        "वीज़ा के पैसे", "सीट बुक करने के लिए", "सीट कन्फर्म करने के लिए", "सीट पक्की करने के लिए",
        "रिफंडेबल फीस", "रिफंडेबल चार्ज", "पैसे वापस मिल जाएंगे", "पहली सैलरी में वापस",
        "सरकारी नौकरी पक्की", "पक्की सरकारी नौकरी", "बिना परीक्षा के नौकरी",
        "बिना एग्जाम के सरकारी नौकरी", "लाख में सरकारी नौकरी", "सेटिंग से नौकरी", "सेटिंग के पैसे",
        "जॉइनिंग लेटर के पैसे", "जॉइनिंग लेटर चार्ज", "ऑफर लेटर के पैसे",
        "अपॉइंटमेंट लेटर के पैसे", "नियुक्ति पत्र के लिए पैसे", "training ke paise",
        "training charge", "training fees", "uniform ke paise", "uniform charge",
        "dress ke paise", "dress charge", "id card ke paise", "id card charge",
        "medical test ke paise", "file opening charge", "file kholne ke paise",
        "work permit ke paise", "visa ke paise", "seat book karne ke liye",
        "seat confirm karne ke liye", "seat pakki karne ke liye", "paise wapas mil jayenge",
        "pehli salary me wapas", "sarkari naukri pakki", "pakki sarkari naukri",
        "bina exam ke naukri", "bina exam ke sarkari naukri", "lakh me sarkari naukri",
        "lakh mein sarkari naukri", "setting se naukri", "setting ke paise",
        "joining letter ke paise", "joining letter charge", "offer letter ke paise",
        "offer letter charge", "appointment letter ke paise",
    ],
    "recruit_friends_commission": [
        "दोस्तों को जोड़ें", "दोस्तों को जोड़ो", "दोस्तों को इनवाइट", "दोस्त को रेफर", "रेफर करें",
        "रेफर करो", "रेफरल बोनस", "रेफरल कमीशन", "हर मेंबर पर कमीशन", "हर व्यक्ति पर कमीशन",
        "हर जॉइनिंग पर", "टीम बनाएं", "अपनी टीम बनाएं", "नेटवर्क मार्केटिंग", "मेंबर जोड़ें",
        "मेंबर जोड़कर", "लोगों को जोड़कर कमाएं", "dosto ko refer", "doston ko refer",
        "dosto ko invite", "doston ko jodo", "member jodo", "member jod kar", "members add karo",
        "har member pe commission", "har joining pe", "team banao", "apni team banao", "refer karo",
        "refer kare", "refer karke kamao",
    ],
    "pay_per_task": [
        "वीडियो लाइक", "वीडियो लाइक करें", "वीडियो लाइक करके", "लाइक करके कमाएं", "लाइक और फॉलो",
        "लाइक और सब्सक्राइब", "सब्सक्राइब करके", "यूट्यूब वीडियो लाइक", "रिव्यू लिखकर",
        "रिव्यू देकर", "रेटिंग देकर", "होटल रेटिंग", "गूगल रिव्यू", "प्रोडक्ट रिव्यू", "हर टास्क",
        "प्रति टास्क", "हर टास्क पर", "टास्क पूरा", "आसान टास्क", "डेली टास्क", "रोज़ाना टास्क",
        "प्रीपेड टास्क", "प्रति लाइक", "हर लाइक पर", "ऑर्डर ग्रैब", "प्रोडक्ट बूस्ट", "वीआईपी लेवल",
        "विज्ञापन देखकर कमाएं", "विज्ञापन देखकर पैसे", "एड देखकर", "वीडियो देखकर कमाएं",
        "स्क्रीनशॉट भेजें", "video like karo", "video like karke", "videos like karne",
        "video like karne", "like karne ka kaam", "वीडियो लाइक करने", "लाइक करने का काम",
        "like karke kamao", "like karke paise", "like aur follow", "like aur subscribe",
        "subscribe karke", "youtube like task", "har task pe", "har task par", "prepaid task",
        "rating task", "hotel rating", "review dekar", "ads dekhkar", "ads dekh kar",
        "video dekhkar kamao", "video dekh kar paise", "screenshot bhejo", "task complete karo",
        "फ्री टास्क", "वेलफेयर टास्क", "टास्क पूरे किए", "टास्क छोड़ने पर", "free task",
        "welfare task",
    ],
    "daily_pay_little_work": [
        "रोज़ाना कमाई", "रोज़ की कमाई", "रोज़ कमाएं", "रोज़ाना कमाएं", "रोज़ाना पेमेंट",
        "रोज़ पेमेंट", "डेली पेमेंट", "डेली इनकम", "डेली कमाई", "दैनिक भुगतान", "दैनिक आय",
        "तुरंत पेमेंट", "तुरंत विड्रॉल", "घर बैठे कमाएं", "घर बैठे काम", "घर बैठे पैसे",
        "घर से काम", "मोबाइल से कमाएं", "मोबाइल से काम", "मोबाइल से पैसे", "खाली समय में",
        "फ्री टाइम में", "1-2 घंटे", "रोज़ 1-2 घंटे", "रोज़ 2 घंटे", "सिर्फ 2 घंटे", "2 घंटे रोज़",
        "पार्ट टाइम", "ऑनलाइन कमाई", "ऑनलाइन अर्निंग", "ghar baithe kamaye", "ghar baithe kamayen",
        "ghar se kaam", "roz kamaye", "roz kamao", "rozana kamai", "roz ki kamai", "daily kamai",
        "daily earning", "daily payment milega", "turant payment", "mobile se kamaye",
        "mobile se kamao", "mobile se paise", "khali samay", "khali time me", "free time me",
        "roz 1-2 ghante", "1-2 ghante", "sirf 2 ghante", "2 ghante roz", "online kamai",
        "online earning",
    ],
    "account_rental": [
        "खाता किराए पर", "बैंक खाता किराए", "अकाउंट किराए पर", "बैंक अकाउंट किराए",
        "अकाउंट किराये पर", "खाता किराये पर", "करंट अकाउंट किराए", "करंट अकाउंट चाहिए",
        "अकाउंट बेचें", "खाता बेचें", "अकाउंट खरीदते हैं", "बैंक अकाउंट खरीदेंगे",
        "आपका अकाउंट इस्तेमाल", "अपना खाता दें", "कमीशन पर खाता", "म्यूल अकाउंट", "सिम कार्ड किराए",
        "सिम किराए पर", "सिम बेचें", "सिम कार्ड बेचें", "आपके नाम पर सिम", "आपके नाम से खाता",
        "यूपीआई आईडी किराए", "account kiraye pe", "account kiraye par", "account kiraya",
        "account rent pe", "account rent par", "bank account rent", "current account rent",
        "current account chahiye", "account becho", "account beche", "account kharidte",
        "khata kiraye", "apna account do", "apna khata do", "sim kiraye", "sim becho",
        "upi id rent", "mule account", "commission pe account", "net banking user id",
        "net banking details", "net banking dena", "नेट बैंकिंग दे", "नेट बैंकिंग डिटेल",
        "current account wale", "करंट अकाउंट वाले", "account ki details", "sim card chahiye",
        "per sim", "प्रति सिम", "extra sim", "sim bech do", "सिम बेच दो", "अकाउंट दे दे",
        "खाता दे दे", "otp बता देना", "otp bata dena", "ओटीपी बता", "फर्म का खाता",
    ],
    "brand_impersonation": [
        "अमेज़न पार्ट टाइम", "अमेज़न वर्क फ्रॉम होम", "अमेज़न की तरफ से", "अमेज़न एचआर",
        "फ्लिपकार्ट पार्ट टाइम", "फ्लिपकार्ट वर्क फ्रॉम होम", "फ्लिपकार्ट की तरफ से",
        "मीशो पार्ट टाइम", "मीशो ऑनलाइन जॉब", "मीशो की तरफ से", "मिंत्रा पार्ट टाइम",
        "यूट्यूब पार्ट टाइम", "टाटा कंपनी में भर्ती", "रिलायंस जियो भर्ती", "जियो में भर्ती",
        "इंडिगो एयरलाइन भर्ती", "एयर इंडिया भर्ती", "ताज होटल भर्ती", "एचआर डिपार्टमेंट से",
        "एचआर मैनेजर", "flipkart part time", "flipkart work from home", "meesho part time",
        "meesho online job", "meesho work from home", "myntra part time", "amazon ki taraf se",
        "flipkart ki taraf se", "amazon hr se", "tata company bharti", "jio bharti",
        "indigo airlines bharti", "air india bharti", "hr department se", "hr विभाग से",
        "एचआर विभाग से", "recruitment team se", "hr team se", "आपको शॉर्टलिस्ट",
        "shortlist kiya gaya", "आपका चयन हुआ", "india hr",
    ],
    "money_transfer_role": [
        "पैसे रिसीव करके", "पेमेंट रिसीव करके", "पैसे लेकर आगे", "पैसे आगे भेजने",
        "पैसे आगे ट्रांसफर", "आगे ट्रांसफर करना", "आपके खाते में पैसे आएंगे", "खाते में पैसे आएंगे",
        "अकाउंट में पैसे आएंगे", "कैश निकाल कर", "कैश निकालकर", "अपना कमीशन रखकर", "कमीशन काटकर",
        "परसेंट कमीशन", "पेमेंट एजेंट", "ट्रांसफर एजेंट", "paise receive karke",
        "payment receive karke", "paise aage bhejna", "paise aage transfer", "aage transfer karna",
        "account me paise aayenge", "khate me paise aayenge", "cash nikal kar", "cash nikalkar",
        "apna commission rakh", "commission kaat kar", "percent commission", "har transaction pe",
        "हर ट्रांजैक्शन पर", "har transaction par",
    ],
    "scam_script_role": [
        "रिटेंशन", "रीलोड", "क्लोज़र", "चार्जबैक", "रिकवरी एजेंट", "क्लाइंट से डिपॉजिट",
        "डिपॉजिट कराना", "डिपॉजिट करवाना", "इन्वेस्ट कराना", "इन्वेस्ट करवाना",
        "स्क्रिप्ट दी जाएगी", "स्क्रिप्ट के हिसाब से", "लड़की बनकर चैट", "फेक आईडी",
        "फर्जी आईडी से", "विदेशियों से चैट", "विदेशी ग्राहकों से चैट", "client se deposit",
        "deposit karwana", "deposit karana", "invest karwana", "invest karana", "ladki bankar chat",
        "ladki ban ke chat", "fake id se chat", "script di jayegi", "script ke hisab se",
        "foreigners se chat", "videshi client", "pop-up calls", "pop up calls",
        "tech support process", "us tech support", "refund process", "gift card processing",
    ],
    "compound_conditions": [
        "कंपनी के अंदर रहना", "कंपनी डॉरमेट्री", "कंपनी हॉस्टल", "हफ्ते के 7 दिन",
        "कोई छुट्टी नहीं", "महीने में एक छुट्टी", "महीने में 2 छुट्टी", "6 महीने का कॉन्ट्रैक्ट",
        "6 महीने का अनुबंध", "1 साल का कॉन्ट्रैक्ट", "कॉन्ट्रैक्ट तोड़ने पर जुर्माना",
        "जुर्माना देना", "बाहर जाने की इजाज़त नहीं", "बाहर नहीं जा सकते", "टारगेट पूरा",
        "डेली टारगेट", "सैलरी से कटौती", "सैलरी कट", "koi chutti nahi", "chutti nahi milegi",
        "bahar jane ki ijazat nahi", "target pura karna", "jurmana dena", "salary se katoti",
        "salary cut hogi",
    ],
    "overseas_work": [
        "विदेश में नौकरी", "विदेश में जॉब", "विदेश में काम", "विदेशों में नौकरी",
        "विदेश जाने का मौका", "विदेश में नौकरी का मौका", "बाहर के देश", "विदेश भर्ती",
        "videsh me naukri", "videsh mein naukri", "videsh me job", "bahar ke desh",
        "videsh jane ka mauka", "abroad job", "abroad naukri",
    ],
    "hotspot_destination": [
        "म्यावाडी", "म्यावड्डी", "म्यावाड्डी", "मयावाडी", "मायावाडी", "म्यावडी", "श्वे कोक्को",
        "श्वे कोको", "केके पार्क", "के के पार्क", "केके-पार्क", "ताचिलेक", "ताचिलेइक", "मोंग ला",
        "लौक्काई", "सिहानोकविले", "सिहानुकविल", "सिहानोकविल", "सिहानुकविले", "सिहानौकविले",
        "पोइपेट", "पोईपेट", "बावेत", "बावेट", "गोल्डन ट्राएंगल", "गोल्डन ट्रायंगल",
        "गोल्डन ट्रायएंगल", "गोल्डन ट्राइंगल", "स्वर्णिम त्रिभुज", "स्वर्ण त्रिभुज",
        "गोल्डन ट्रायंगल एसईजेड", "बोकेओ", "बोकियो", "मे सोत", "माए सोट", "मे सॉट", "मेसोट",
        "बटुमी", "थाईलैंड-म्यांमार सीमा", "म्यांमार बॉर्डर",
    ],
    "awareness_language": [
        "सावधान", "सावधान रहें", "सतर्क रहें", "सतर्क", "धोखाधड़ी", "धोखा", "धोखेबाज़", "ठगी", "ठग",
        "ठगों", "फर्जी नौकरी", "फर्जी जॉब", "फर्जी एजेंट", "फर्जी विज्ञापन", "फर्जी कंपनी",
        "नकली नौकरी", "झांसे में न आएं", "झांसे में ना आएं", "बहकावे में न आएं", "भरोसा न करें",
        "विश्वास न करें", "पैसे न भेजें", "कोई पैसा न भेजें", "एडवाइजरी", "साइबर क्राइम",
        "साइबर अपराध", "साइबर ठगी", "साइबर गुलामी", "साइबर स्लेवरी", "1930 पर", "हेल्पलाइन",
        "मानव तस्करी", "तस्करी के शिकार", "शिकार", "पीड़ित", "रिपोर्ट करें", "शिकायत करें",
        "दूतावास से संपर्क", "सत्यापन करें", "जांच लें", "शेयर करें", "जागरूक", "जागरूकता",
        "फंस गए", "फंसे हुए", "savdhan", "saavdhan", "satark rahein", "dhokha", "thagi",
        "farzi job", "farji job", "farzi naukri", "jhanse me na aaye", "bharosa na kare",
        "paise na bheje", "cyber crime", "cyber thagi", "share kare", "share karein", "phas gaye",
    ],
    "news_language": [
        "गिरफ्तार", "गिरफ्तार किया", "गिरफ्तारी", "पुलिस ने", "पुलिस के मुताबिक", "पुलिस के अनुसार",
        "छापेमारी", "छापा", "रेस्क्यू", "रेस्क्यू किया", "छुड़ाया", "छुड़ाए गए", "मुक्त कराया",
        "वतन वापसी", "स्वदेश लौटे", "स्वदेश वापसी", "वापस लाया गया", "अदालत ने", "कोर्ट ने",
        "सजा सुनाई", "मामला दर्ज", "एफआईआर दर्ज", "आरोपी", "आरोपियों", "अधिकारियों ने बताया",
        "अधिकारियों के अनुसार", "विदेश मंत्रालय ने", "दूतावास ने", "प्रवक्ता ने",
        "सूत्रों के मुताबिक", "जांच एजेंसी", "एनआईए", "giraftar", "police ne", "rescue kiya",
        "wapas laya gaya",
    ],
    "licensed_recruitment": [
        "ई-माइग्रेट", "ईमाइग्रेट", "पंजीकृत भर्ती एजेंट", "रजिस्टर्ड भर्ती एजेंट",
        "भर्ती एजेंट लाइसेंस", "लाइसेंस नंबर", "लाइसेंस नं", "विदेश मंत्रालय से पंजीकृत",
        "विदेश मंत्रालय द्वारा पंजीकृत", "प्रवासी संरक्षक", "प्रोटेक्टर ऑफ इमिग्रेंट्स",
        "प्रोटेक्टर ऑफ एमिग्रेंट्स", "एनएसडीसी", "सरकारी भर्ती एजेंसी", "नोरका रूट्स",
        "कोई प्लेसमेंट फीस नहीं", "लिखित अनुबंध", "लिखित कॉन्ट्रैक्ट", "मेडिकल जांच",
        "ईपीएस कोरिया", "emigrate", "e-migrate", "mea registered", "ra license", "ra licence",
        "recruiting agent license", "protector of emigrants", "nsdc international", "norka roots",
        "odepc", "tomcom", "omcap", "registered recruiting agent", "govt approved agency",
        "कोई रजिस्ट्रेशन शुल्क नहीं", "कोई रजिस्ट्रेशन फीस नहीं", "कोई फीस नहीं", "koi fees nahi",
        "no registration fee", "रजिस्ट्रेशन फीस नहीं",
    ],
}  # fmt: skip


def _combos(*parts: list[str]) -> list[str]:
    """Every phrase made of one choice per part ("" leaves a part out)."""
    return [" ".join(w for w in choice if w) for choice in product(*parts)]


# What legitimate recruiters write ("कोई ट्रेनिंग फीस नहीं", "koi joining fees nahi") and banks'
# warnings ("ओटीपी किसी को न बताएं", "pin kisi ko mat batao") are counter-signals.
# A fee paid by phone ("registration fees paytm kar do"), not any "paytm kar do".
WRITTEN["upfront_fee"] += _combos(
    ["fees", "fee", "charge", "registration fees", "joining fees", "फीस", "चार्ज"],
    ["google pay kar do", "gpay kar do", "phonepe kar do", "paytm kar do", "upi kar do",
     "google pay karo", "paytm karo", "phonepe karo", "इस खाते में जमा करें", "खाते में जमा करें"],
)  # fmt: skip
WRITTEN["licensed_recruitment"] += _combos(
    ["कोई"],
    ["रजिस्ट्रेशन फीस", "ट्रेनिंग फीस", "जॉइनिंग फीस", "ज्वाइनिंग फीस", "सिक्योरिटी डिपॉजिट",
     "प्रोसेसिंग फीस", "किट चार्ज", "चार्ज"],
    ["नहीं", "नहीं है", "नहीं ली जाती", "नहीं लगती", "नहीं लगेगी"],
) + _combos(
    ["koi", ""],
    ["registration fees", "registration fee", "joining fees", "joining fee", "training fees",
     "security deposit", "processing fees", "kit charge", "charge", "fees"],
    ["nahi", "nahin", "nahi hai", "nahi lagegi", "nahi li jati"],
)  # fmt: skip
WRITTEN["awareness_language"] += _combos(
    ["ओटीपी", "otp", "पिन", "pin", "पासवर्ड", "password", "कोड", "code", "अपना ओटीपी",
     "अपना पिन", "apna otp", "apna pin"],
    ["किसी को न बताएं", "किसी को ना बताएं", "किसी को न बताएँ", "किसी के साथ शेयर न करें",
     "किसी से शेयर न करें", "kisi ko na bataye", "kisi ko na batayen", "kisi ko mat batao",
     "kisi ke sath share na kare", "kisi se share na kare"],
)  # fmt: skip


# Fees in parts and bribes ("1 lakh advance, baki visa ke baad", "आधा पहले आधा जॉइनिंग लेटर
# के बाद", "सेटिंग से भर्ती", "ऊपर तक पहचान"), instalments, activation charges, deposits.
WRITTEN["upfront_fee"] += [
    "लाख एडवांस",
    "हज़ार एडवांस",
    "हजार एडवांस",
    "एडवांस देना होगा",
    "एडवांस देना है",
    "बाकी वीज़ा के बाद",
    "बाकी वीजा के बाद",
    "बाकी वीज़ा आने के बाद",
    "बाकी वीजा आने के बाद",
    "बाकी जॉइनिंग लेटर",
    "बाकी ज्वाइनिंग लेटर",
    "आधा पहले",
    "आधा अभी",
    "आधा जॉइनिंग",
    "जॉइनिंग लेटर मिलने पर",
    "किस्तों में",
    "पहली किस्त",
    "कुल खर्च",
    "सेटिंग से भर्ती",
    "सेटिंग से काम",
    "सेटिंग से",
    "ऊपर तक पहचान",
    "ऊपर तक अपनी पहचान",
    "एग्जाम बस नाम का",
    "परीक्षा बस नाम की",
    "वर्क परमिट शुल्क",
    "परमिट शुल्क",
    "एक्टिवेशन चार्ज",
    "सॉफ्टवेयर एक्टिवेशन",
    "पेमेंट के बाद id",
    "रिफंडेबल सिक्योरिटी",
    "सिक्योरिटी डिपॉज़िट",
    "खाते में जमा करनी होगी",
    "जमा करनी होगी",
    "का प्लान आज ही लें",
    "जॉब गारंटी",
    "lakh advance",
    "hazar advance",
    "advance dena hoga",
    "baki visa ke baad",
    "baaki visa ke baad",
    "aadha pehle",
    "aadha abhi",
    "kiston me",
    "kishton me",
    "pehli kisht",
    "setting se",
    "upar tak pehchan",
    "activation charge",
    "job guarantee",
    "laptop ke liye deposit",
    "security deposit jama",
]
WRITTEN["brand_impersonation"] += [
    "naukri.com से",
    "naukri.com se",
    "से प्रिया बात कर रही",
    "offer letter (work from home",
    "hr department / ",
    "hr onboarding",
    "एचआर विभाग:",
    "hr विभाग:",
    *_combos(
        [
            "flipkart",
            "amazon",
            "meesho",
            "myntra",
            "tata",
            "tcs",
            "infosys",
            "wipro",
            "reliance",
            "jio",
            "airtel",
            "indigo",
            "air india",
            "taj hotels",
            "oyo",
            "zomato",
            "swiggy",
            "coca-cola",
            "naukri.com",
            "hdfc bank",
            "icici bank",
            "sbi",
            "paytm",
            "phonepe",
            "big bazaar",
            "dmart",
            "blinkit",
            "zepto",
            "bigbasket",
        ],
        [
            "hiring",
            "recruitment",
            "hr",
            "hr team",
            "hr department",
            "offer letter",
            "bharti",
            "careers",
            "work from home job",
        ],
    ),
]
# Tasks paid per like, follow, subscribe or rating ("1 like = ₹50", "हर फॉलो के 70 रुपये").
WRITTEN["pay_per_task"] += [
    "हर फॉलो",
    "हर फॉलो के",
    "हर रेटिंग पर",
    "हर रेटिंग के",
    "हर लाइक",
    "हर सब्सक्राइब",
    "हर रिव्यू पर",
    "पेज फॉलो करो",
    "पेज फॉलो करें",
    "फॉलो करो और स्क्रीनशॉट",
    "5 स्टार रेटिंग",
    "फाइव स्टार रेटिंग",
    "5 स्टार रिव्यू",
    "मर्चेंट टास्क",
    "पहले 3 टास्क",
    "प्रॉफिट के साथ वापस",
    "मूवी रेटिंग",
    "फिल्म रेटिंग",
    "रेटिंग दो",
    "like karke",
    "videos like karke",
    "channel subscribe",
    "subscribe karna hai",
    "follow karna hai",
    "like karna hai",
    "har like",
    "har follow",
    "har subscribe",
    "har rating",
    "pehle 3 task",
    "merchant task",
    "movie rating",
    "5 star rating",
]
WRITTEN["account_rental"] += [
    "accounts kharidne",
    "account kharidne",
    "number kharidne",
    "accounts kharidna",
    "अकाउंट खरीदने",
    "linked sim",
    "लिंक्ड सिम",
    "savings account chahiye",
    "सेविंग अकाउंट चाहिए",
    "बचत खाता चाहिए",
    "passbook, atm",
    "passbook atm sim",
    "kit courier",
    "kit buyer",
    "पासबुक, एटीएम",
    "पासबुक एटीएम",
    "एटीएम और सिम",
    "atm aur sim",
    "account + sim",
    "account aur sim",
    "खाता और सिम",
    "per account",
    "प्रति अकाउंट",
    "हर अकाउंट के",
    "purane whatsapp number",
    "पुराने व्हाट्सएप नंबर",
    "telegram accounts",
]
# Scam call-centre work: loan-fee collectors, "CBI verification" (digital arrest) callers,
# investment-group "assistants" posting fake profits, getting members to deposit.
WRITTEN["scam_script_role"] += [
    "बीमा के नाम पर",
    "के नाम पर पेमेंट लेना",
    "ग्राहक से फाइल चार्ज",
    "फाइल चार्ज और बीमा",
    "हर पेमेंट पर",
    "लोन प्रोसेस",
    "cbi वेरिफिकेशन",
    "पुलिस वेरिफिकेशन' प्रोसेस",
    "वर्दी वाला बैकग्राउंड",
    "डिजिटल अरेस्ट",
    "रौबदार आवाज़",
    "प्रोफेसर' के टिप्स",
    "प्रोफेसर के टिप्स",
    "प्रॉफिट के स्क्रीनशॉट",
    "पैसा डलवाना",
    "पैसे डलवाना",
    "इन्वेस्ट करवाना",
    "विड्रॉ की बात करे",
    "हर डिपॉज़िट पर",
    "हर डिपॉजिट पर",
    "digital arrest",
    "cbi verification",
    "profit ke screenshot",
    "paisa dalwana",
    "paise dalwana",
    "har deposit pe",
    "har deposit par",
    "bima ke naam par",
    "loan process",
    "ladki ki profile",
    "लड़की की प्रोफाइल",
    "दी गई प्रोफाइल",
]


PHRASES = _expand(WRITTEN)

_COUNTRIES = [
    "थाईलैंड", "थाइलैंड", "कंबोडिया", "कम्बोडिया", "म्यांमार", "लाओस", "मलेशिया", "दुबई",
    "बैंकॉक", "जॉर्जिया", "फिलीपींस", "रूस", "thailand", "cambodia", "myanmar", "laos",
    "malaysia", "dubai", "bangkok", "georgia",
]  # fmt: skip
_JOB = ["नौकरी", "जॉब", "काम", "नौकरियां", "भर्ती", "naukri", "naukari", "job", "jobs", "kaam"]
_FREE = ["फ्री", "फ़्री", "मुफ्त", "मुफ़्त", "निःशुल्क", "free", "muft"]
_PAID = ["वीज़ा", "वीजा", "वीसा", "टिकट", "रहना", "खाना", "आवास", "भोजन", "फ्लाइट", "visa",
         "ticket", "rehna", "khana", "flight"]  # fmt: skip
_MONEY = ["₹", "रुपये", "रुपए", "रु", "rs", "rupaye", "rupees", "inr", "$", "डॉलर",
          "dollar", "हजार", "हज़ार", "hazar", "k"]  # fmt: skip

_EARN = ["कमाएं", "कमाए", "कमाई", "कमाओ", "कमाइए", "काम", "पैसे", "पैसा", "जॉब", "नौकरी",
         "ऑनलाइन", "इनकम", "अर्निंग", "रोज़", "रोज", "रोज़ाना", "महीने", "₹", "kamaye",
         "kamayen", "kamao", "kamai", "kaam", "kam", "paise", "paisa", "job", "naukri",
         "online", "income", "earning", "roz", "rozana", "daily", "rs", "mahine"]  # fmt: skip
_NUM_K = {"LOWER": {"REGEX": r"^\d[\d,.]*k$"}}  # "10k": the tokenizer keeps it whole
_DAILY = {"LOWER": {"IN": ["रोज़", "रोज", "रोज़ाना", "रोजाना", "प्रतिदिन", "डेली", "roz", "rozana",
                           "daily"]}}  # fmt: skip

TOKEN_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    # "सैलरी 1.5 लाख", "salary ₹1 lakh+", "कमाई 2 लाख महीना": lakhs a month for entry-level work
    "pay_above_market": [
        [{"LOWER": {"IN": ["सैलरी", "वेतन", "तनख्वाह", "तनख़्वाह", "कमाई", "इनकम", "salary",
                           "income", "kamai", "tankhwah"]}},
         {"IS_PUNCT": True, "OP": "?"}, {"LOWER": {"IN": _MONEY}, "OP": "?"},
         {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True},
         {"LOWER": {"IN": ["लाख", "lakh", "lac", "lakhs"]}}],
        [{"LOWER": {"IN": ["सैलरी", "वेतन", "कमाई", "salary", "kamai"]}},
         {"LOWER": {"IN": ["डेढ़", "ढाई", "साढ़े", "dedh", "dhai"]}},
         {"LOWER": {"IN": ["लाख", "lakh"]}}],
    ],
    # "थाईलैंड में नौकरी", "dubai me job", "cambodia ki naukri"
    "overseas_work": [
        [{"LOWER": {"IN": _COUNTRIES}},
         {"LOWER": {"IN": ["में", "की", "के", "me", "mein", "ki", "ke", "mai"]}},
         {"LOWER": {"IN": _JOB}}],
    ],
    # "वीज़ा, टिकट और रहना फ्री", "visa + ticket free"
    "travel_paid": [
        [{"LOWER": {"IN": _PAID}},
         {"LOWER": {"IN": ["और", "व", ",", "+", "/", "aur", "-", "&"]}, "OP": "?"},
         {"LOWER": {"IN": _PAID}, "OP": "+"},
         {"LOWER": {"IN": ["सब", "बिल्कुल", "sab", "bilkul", "एकदम"]}, "OP": "?"},
         {"LOWER": {"IN": _FREE}}],
        # "टिकट वीज़ा सब कंपनी का", "visa ticket company degi"
        [{"LOWER": {"IN": _PAID}},
         {"LOWER": {"IN": [*_PAID, "और", "व", ",", "+", "/", "aur", "-", "&"]}, "OP": "*"},
         {"LOWER": {"IN": ["सब", "sab"]}, "OP": "?"}, {"LOWER": {"IN": ["कंपनी", "company"]}},
         {"LOWER": {"IN": ["का", "की", "के", "देगी", "देगा", "करेगी", "ka", "ki", "ke", "degi"]}}],
    ],
    # "रोज़ ₹3000", "daily 2000 rupaye", "₹1500 रोज़ाना", "3000 rs roz", "₹3000/दिन"
    "daily_pay_little_work": [
        # "घर बैठे कमाएं", "ghar baithe online kaam", "ghar baithe ₹500"
        [{"LOWER": {"IN": ["घर", "ghar"]}},
         {"LOWER": {"IN": ["बैठे", "बैठकर", "baithe", "bethe", "baithkar", "baith", "beth"]}},
         {"LOWER": {"IN": ["कर", "kar", "ke", "के"]}, "OP": "?"},
         {"LOWER": {"IN": _EARN}}],
        [_DAILY, {"LOWER": {"IN": _MONEY}}, {"ORTH": ".", "OP": "?"},
         {"LIKE_NUM": True}],
        [_DAILY, {"LIKE_NUM": True}, {"LOWER": {"IN": _MONEY}}],
        [{"LOWER": {"IN": _MONEY}}, {"ORTH": ".", "OP": "?"},
         {"LIKE_NUM": True}, _DAILY],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": _MONEY}}, _DAILY],
        # "₹800-₹2500 daily", "daily 5-10k"
        [{"LOWER": {"IN": _MONEY}, "OP": "?"}, {"LIKE_NUM": True}, {"ORTH": "-"},
         {"LOWER": {"IN": _MONEY}, "OP": "?"}, _NUM_K, _DAILY],
        [_DAILY, {"LIKE_NUM": True}, {"ORTH": "-"}, _NUM_K],
    ],
    # "₹3,000 जमा करें", "35,000 lagenge"
    "upfront_fee": [
        [{"LOWER": {"IN": _MONEY}, "OP": "?"}, {"LIKE_NUM": True},
         {"LOWER": {"IN": ["जमा", "jama"]}},
         {"LOWER": {"IN": ["करें", "करो", "करना", "कराएं", "करवाएं", "kare", "karo", "karna",
                           "karein"]}}],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["lagenge", "lagega", "लगेंगे", "लगेगा"]}}],
        # "ट्रेनिंग फीस ₹2000 Paytm करें", "joining charge upi pe bhejo"
        [{"LOWER": {"IN": ["ट्रेनिंग", "यूनिफॉर्म", "वर्दी", "मेडिकल", "वीज़ा", "फाइल", "प्रोसेसिंग",
                           "रजिस्ट्रेशन", "जॉइनिंग", "ज्वाइनिंग", "किट", "training", "uniform",
                           "medical", "visa", "file", "processing", "registration", "joining",
                           "kit"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?", ";", ":"]}, "OP": "{0,8}"},
         {"LOWER": {"IN": ["paytm", "phonepe", "gpay", "upi", "googlepay", "पेटीएम", "फोनपे",
                           "यूपीआई"]}},
         {"LOWER": {"IN": ["cash", "money", "pay", "pesa", "express", "کیش", "پیسہ", "كاش"]}, "OP": "?"}],
    ],
    # "Amazon India HR", "Flipkart recruitment", "Meesho भर्ती"
    "brand_impersonation": [
        [{"LOWER": {"IN": ["amazon", "flipkart", "meesho", "myntra", "tata", "reliance", "jio",
                           "indigo", "airtel", "zomato", "swiggy", "अमेज़न", "फ्लिपकार्ट", "मीशो",
                           "टाटा", "रिलायंस", "जियो", "इंडिगो"]}},
         {"LOWER": {"IN": ["india", "इंडिया"]}, "OP": "?"},
         {"LOWER": {"IN": ["hr", "एचआर", "recruitment", "रिक्रूटमेंट", "hiring", "भर्ती"]}}],
    ],
}  # fmt: skip

_END = [".", "!", "?", "।", ";"]
# Brands impersonated in India, in Devanagari and Latin.
_BRANDS = [
    "amazon", "flipkart", "meesho", "myntra", "tata", "tcs", "infosys", "wipro", "reliance",
    "jio", "airtel", "indigo", "taj", "oyo", "zomato", "swiggy", "cola", "coca-cola",
    "emirates", "qatar", "hdfc", "icici", "sbi", "paytm", "phonepe", "dmart", "blinkit",
    "zepto", "bigbasket", "naukri.com", "अमेज़न", "अमेजन", "फ्लिपकार्ट", "मीशो", "टाटा", "रिलायंस",
    "जियो", "एयरटेल", "इंडिगो", "ताज", "एमिरेट्स", "कतार", "कोका", "डीमार्ट", "ज़ोमैटो", "स्विगी",
]  # fmt: skip
_HR = ["hr", "एचआर", "recruitment", "रिक्रूटमेंट", "hiring", "भर्ती", "bharti", "नियुक्ति",
       "offer", "ऑफर", "हायरिंग"]  # fmt: skip
TOKEN_PATTERNS["brand_impersonation"] += [
    # "Emirates Airlines केबिन क्रू भर्ती", "Coca-Cola India में भर्ती", "Taj Hotels – नियुक्ति पत्र"
    [
        {"LOWER": {"IN": _BRANDS}},
        {"LOWER": {"NOT_IN": _END}, "OP": "{0,3}"},
        {"LOWER": {"IN": _HR}},
    ],
    # "मैं Naukri.com से प्रिया बात कर रही हूँ", "Amazon se Riya baat kar rahi"
    [
        {"LOWER": {"IN": _BRANDS}},
        {"LOWER": {"IN": ["से", "se"]}},
        {"LOWER": {"NOT_IN": _END}, "OP": "{0,2}"},
        {"LOWER": {"IN": ["बात", "baat", "bol"]}},
    ],
]
TOKEN_PATTERNS["upfront_fee"] += [
    # "3 लाख लगेंगे", "1 lakh advance", "50 हज़ार एडवांस"
    [
        {"LIKE_NUM": True},
        {"LOWER": {"IN": ["लाख", "हज़ार", "हजार", "lakh", "hazar", "k"]}},
        {"LOWER": {"IN": ["लगेंगे", "लगेगा", "एडवांस", "lagenge", "lagega", "advance"]}},
    ],
]
TOKEN_PATTERNS["pay_per_task"] = [
    # "1 like = ₹50", "1 subscribe = 60 rs"
    [
        {"LIKE_NUM": True},
        {
            "LOWER": {
                "IN": [
                    "like",
                    "likes",
                    "subscribe",
                    "follow",
                    "rating",
                    "review",
                    "लाइक",
                    "फॉलो",
                    "सब्सक्राइब",
                    "रेटिंग",
                    "रिव्यू",
                    "task",
                    "टास्क",
                ]
            }
        },
        {"ORTH": "="},
    ],
]
