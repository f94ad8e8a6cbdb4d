"""Nepali red-flag phrases, in Devanagari and in romanised Nepali as typed on Facebook,
Viber and TikTok ("khana basna free", "anubhav chaidaina", "viber ma samparka garnus").
Nepali writes English loanwords with भ for v and ङ/ञ (भिसा, सर्भिस, मार्केटिङ) and attaches
postpositions (थाइल्याण्डमा, पासपोर्टको, कम्पनीले), so inflected forms are listed.
Nepal context: foreign employment through manpower companies licensed by the Department
of Foreign Employment (श्रम स्वीकृति, पूर्व स्वीकृति, इजाजतपत्र), the "free visa, free ticket"
policy for Malaysia and the Gulf (so that phrase is also in licensed ads), EPS Korea and
Japan's SSW; lures to Dubai, Malaysia and Thailand with onward travel to Myawaddy, Cambodia
and Laos; visit-visa jobs; task scams paid over eSewa and Khalti; rented bank and wallet
accounts; fake Daraz HR. Contact through Viber, WhatsApp, IMO and TikTok.

Devanagari is typed with and without nukta and with candrabindu or anusvara; `_expand`
adds the spellings without nukta and with anusvara (as in the Hindi module).

Examples: "दुबई हुँदै थाइल्याण्डमा कस्टमर सर्भिसको काम, तलब २ लाख, भिसा टिकट निःशुल्क, खाना
बस्न फ्री, भाइबरमा मात्र सम्पर्क"; "घरमै बसेर दैनिक १५०० कमाउनुहोस्, भिडियो लाइक गर्ने काम";
"बैंक खाता भाडामा दिनुहोस्"; counter-signals: "सावधान! नक्कली रोजगारदाताबाट ठगिनुहोस्",
"प्रहरीले ३ जनालाई पक्राउ गरेको छ", "श्रम स्वीकृति सहित, पूर्व स्वीकृति नं. १२३४५".
"""

from __future__ import annotations

from typing import Any

from classifier.indicators.phrasing import combos as _combos
from classifier.indicators.phrasing import expand_devanagari as _expand

LANG = "ne"

WRITTEN: dict[str, list[str]] = {
    "pay_above_market": [
        "उच्च तलब", "आकर्षक तलब", "राम्रो तलब सुविधा", "धेरै राम्रो तलब", "मोटो तलब",
        "आकर्षक सेलरी", "हाई सेलरी", "मासिक लाख", "महिनाको लाख", "लाख कमाउनुहोस्",
        "लाखौं कमाउनुहोस्", "लाखौं कमाउने", "लाख सम्म कमाउने", "सम्म कमाउनुहोस्", "सम्म कमाउने",
        "सम्म तलब", "डलरमा तलब", "तलब डलरमा", "ग्यारेन्टी आम्दानी", "निश्चित आम्दानी",
        "सजिलै पैसा कमाउनुहोस्", "सजिलो कमाइ", "आकर्षक कमिसन", "तलब + कमिसन", "तलब र कमिसन",
        "डबल तलब", "ओभरटाइम सहित लाख", "mahina ko lakh", "masik lakh", "lakh kamaunus",
        "lakhau kamaunus", "samma kamaunus", "dollar ma talab", "talab dollar ma",
        "high salary package", "ramro talab", "sajilai paisa", "guarantee income", "तलब डेढ लाख",
        "तलब अढाई लाख",
    ],
    "travel_paid": [
        "फ्री भिसा", "भिसा फ्री", "निःशुल्क भिसा", "निशुल्क भिसा", "भिसा निःशुल्क", "फ्री टिकट",
        "टिकट फ्री", "निःशुल्क टिकट", "टिकट निःशुल्क", "भिसा टिकट फ्री", "फ्री भिसा फ्री टिकट",
        "निःशुल्क भिसा निःशुल्क टिकट", "भिसा र टिकट निःशुल्क", "टिकट कम्पनीले", "टिकट कम्पनीको",
        "भिसा टिकट कम्पनीको", "खाना बस्न फ्री", "खाना बस्ने फ्री", "खाना बस्ना फ्री",
        "खाना र बस्न फ्री", "खाना बस्ने कम्पनीको", "खाना बस्ने कम्पनीले", "खाना बस्ने व्यवस्था",
        "बस्ने खाने व्यवस्था", "बस्ने र खाने", "खाना बस्न निःशुल्क", "खाना बस्ने निःशुल्क",
        "खाना र बस्ने व्यवस्था", "बस्ने व्यवस्था कम्पनीले", "फ्री खाना", "फ्री बस्न",
        "कुनै खर्च छैन", "कुनै खर्च लाग्दैन", "एक रुपैयाँ पनि लाग्दैन", "सबै खर्च कम्पनीको",
        "सबै खर्च कम्पनीले", "खर्च कम्पनीले बेहोर्ने", "शून्य लागत", "एयरपोर्टमा रिसिभ",
        "free visa free ticket", "khana basna free", "khana bas free", "khana basne free",
        "khana basne company", "basne khane free", "visa ticket free", "kunai kharcha chaina",
        "kunai kharcha chhaina", "sabai kharcha company", "बाँकी सबै हामी हेर्छौं",
        "बाँकी सबै हामी मिलाउँछौं", "baki sabai hami herchau",
    ],
    "no_experience": [
        "अनुभव आवश्यक छैन", "अनुभव चाहिँदैन", "अनुभव नचाहिने", "अनुभव नभएकालाई पनि",
        "अनुभव नभए पनि", "अनुभव बिना", "अनुभव नचाहिने काम", "कुनै अनुभव चाहिँदैन",
        "शैक्षिक योग्यता आवश्यक छैन", "योग्यता चाहिँदैन", "पढाइ चाहिँदैन", "एसईई पास भए पुग्ने",
        "मोबाइल मात्र", "मोबाइल भए पुग्छ", "स्मार्टफोन भए पुग्छ", "मोबाइल र इन्टरनेट",
        "तालिम दिइनेछ", "तालिम निःशुल्क", "निःशुल्क तालिम", "आधारभूत कम्प्युटर",
        "कम्प्युटरको सामान्य ज्ञान", "सामान्य अंग्रेजी", "जो कोहीले पनि", "जसले पनि गर्न सक्ने",
        "विद्यार्थी र गृहिणी", "गृहिणीहरू पनि", "anubhav chaidaina", "anubhav chahidaina",
        "anubhav na chahine", "experience chaidaina", "experience chahidaina",
        "experience nachahine", "anubhav binai", "mobile matra", "mobile bhaye pugcha",
        "talim dinechha", "jo kohi le pani", "padhai chaidaina",
    ],
    "high_risk_role": [
        "कस्टमर सर्भिस", "कस्टमर सर्भिसको", "कस्टमर सपोर्ट", "कस्टमर केयर", "ग्राहक सेवा",
        "कल सेन्टर", "कल सेन्टरमा", "डाटा इन्ट्री", "डाटा एन्ट्री", "टाइपिङ", "टाइपिङको काम",
        "टाइपिस्ट", "डिजिटल मार्केटिङ", "अनलाइन मार्केटिङ", "टेलिमार्केटिङ", "अनलाइन सेल्स",
        "डिजिटल सेल्स", "ई-कमर्स", "क्यासिनो", "अनलाइन क्यासिनो", "गेमिङ कम्पनी", "क्रिप्टो",
        "क्रिप्टोकरेन्सी", "बिटक्वाइन", "फरेक्स", "अनलाइन ट्रेडिङ", "च्याट सपोर्ट", "अनुवादक",
        "रिसेप्सनिस्ट", "सोसल मिडिया अपरेटर", "कम्प्युटर अपरेटर", "customer service ko kaam",
        "typing ko kaam", "data entry ko kaam",
    ],
    "private_contact_only": [
        "भाइबरमा सम्पर्क", "भाइबरमा मात्र", "भाइबर मात्र", "ह्वाट्सएपमा सम्पर्क",
        "ह्वाट्सएपमा मात्र", "ह्वाट्सएप मात्र", "वाट्सएपमा सम्पर्क", "इमोमा सम्पर्क",
        "टेलिग्राममा सम्पर्क", "टेलिग्राम मात्र", "इनबक्स गर्नुहोस्", "इनबक्स गर्नुस्",
        "इनबक्समा सम्पर्क", "इनबक्समा आउनुहोस्", "म्यासेज गर्नुहोस्", "म्यासेज गर्नुस्",
        "म्यासेज मात्र", "कल नगर्नुहोस्", "टिकटकमा म्यासेज", "सीभी भाइबरमा", "लिङ्कमा क्लिक",
        "viber ma samparka", "viber ma matra", "viber matra", "whatsapp ma samparka",
        "whatsapp ma matra", "whatsapp matra", "imo ma samparka", "telegram ma samparka",
        "inbox garnus", "inbox garnuhos", "inbox ma aunus", "msg garnus", "msg garnuhos",
        "message garnus", "call nagarnus", "tiktok ma msg",
    ],
    "urgency": [
        "तुरुन्त आवश्यकता", "तुरुन्तै आवश्यकता", "तुरुन्त भर्ना", "तुरुन्तै उडान",
        "turuntai samparka", "turunta udan", "तत्काल आवश्यकता", "तत्काल माग", "तुरुन्त सम्पर्क",
        "छिटो सम्पर्क", "छिटो सम्पर्क गर्नुहोस्", "छिटो गर्नुहोस्", "सिट सीमित", "सीमित सिट",
        "सीमित कोटा", "थोरै सिट बाँकी", "अन्तिम मौका", "मौका नगुमाउनुहोस्", "पहिले आउनेलाई पहिले",
        "अर्को हप्ता उडान", "अर्को हप्ता फ्लाइट", "छिट्टै उडान", "छिटो उडान", "आजै सम्पर्क",
        "अहिले नै सम्पर्क", "अर्जेन्ट", "२४ घण्टाभित्र", "turunt samparka", "chito samparka",
        "chitto samparka", "seat simit", "simit seat", "antim mauka", "arko hapta flight",
        "chhitto flight", "aajai samparka", "urgent demand",
    ],
    "tourist_visa": [
        "टुरिस्ट भिसा", "टुरिष्ट भिसा", "टुरिस्ट भिसामा", "भिजिट भिसा", "भिजिट भिसामा",
        "भ्रमण भिसा", "भ्रमण भिसामा", "पर्यटक भिसा", "पर्यटक भिसामा", "घुम्ने भिसा",
        "घुम्ने भिसामा", "भिसा पछि परिवर्तन", "उतै गएर वर्क परमिट", "गएपछि वर्क परमिट",
        "गएपछि भिसा", "उता गएर भिसा", "अन अराइभल भिसा", "tourist visa ma", "visit visa ma",
        "ghumne visa", "gaepachi work permit", "uta gayera visa", "visa pachi change", "कागजात पछि",
        "कागज पछि मिलाइन्छ", "kagaj pachi", "श्रम स्वीकृति चाहिँदैन", "श्रम स्वीकृति नचाहिने",
        "श्रम स्वीकृति बिना", "labour chahidaina", "labour permit chahidaina", "labour bina",
    ],
    "passport_requested": [
        "राहदानीको प्रतिलिपि", "राहदानीको फोटो", "पासपोर्टको फोटो", "पासपोर्टको कपी",
        "पासपोर्ट कपी", "पासपोर्ट पठाउनुहोस्", "पासपोर्ट बुझाउनुहोस्", "पासपोर्ट जम्मा",
        "पासपोर्ट नम्बर", "नागरिकताको फोटो", "नागरिकता पठाउनुहोस्", "नागरिकता र पासपोर्ट",
        "पासपोर्ट कम्पनीले राख्छ", "पासपोर्ट कम्पनीमा", "पासपोर्ट जम्मा राखिन्छ",
        "passport ko photo", "passport ko copy", "passport copy pathaunus", "passport pathaunus",
        "nagrikta ko photo", "nagarikta ko photo", "nagrikta ko copy", "citizenship ko photo",
        "passport company le rakhcha", "नागरिकताको फोटो पठाउनुहोस्", "नागरिकताको कपी पठाउनुहोस्",
    ],
    "credentials_requested": [
        # ओटिपी / कोड
        "ओटिपी भन्नुहोस्", "ओटीपी भन्नुहोस्", "ओटिपी पठाउनुहोस्", "ओटीपी पठाउनुहोस्", "ओटिपी कोड",
        "ओटीपी कोड", "आएको ओटिपी", "आएको ओटीपी", "आएको कोड", "कोड भन्नुहोस्", "कोड भन्नुस्",
        "कोड पठाउनुहोस्", "प्रमाणीकरण कोड", "भेरिफिकेसन कोड", "६ अंकको कोड",
        # पिन, पासवर्ड
        "इसेवा पिन", "इसेवाको पिन", "खल्ती पिन", "खल्तीको पिन", "एमपिन", "एटिएम पिन", "एटीएम पिन",
        "पिन नम्बर", "पासवर्ड भन्नुहोस्", "पासवर्ड पठाउनुहोस्", "मोबाइल बैंकिङ पासवर्ड",
        "मोबाइल बैंकिङको पासवर्ड", "इन्टरनेट बैंकिङ पासवर्ड", "युजर आईडी र पासवर्ड पठाउनुहोस्",
        "युजरनेम र पासवर्ड पठाउनुहोस्",
        # कार्ड
        "कार्ड नम्बर र सिभिभी", "सिभिभी", "कार्डको पछाडिको तीन अंक",
        # सेल्फी
        "नागरिकता समातेर सेल्फी", "नागरिकतासँग सेल्फी", "पासपोर्टसँग सेल्फी",
        # बहाना
        "तलब खाता खोल्न", "सेलरी एकाउन्ट खोल्न", "सेलरी खाता खोल्न",
        # romanised
        "otp bhannus", "otp bhannuhos", "otp pathaunus", "otp pathaunuhos", "aayeko otp",
        "aako otp", "aayeko code", "code bhannus", "code pathaunus", "esewa pin", "esewa ko pin",
        "khalti pin", "khalti ko pin", "mpin pathaunus", "pin number pathaunus",
        "password bhannus", "password pathaunus", "mobile banking password", "card number ra cvv",
        "nagarikta samatera selfie", "nagrikta sanga selfie", "salary account kholna",
        "salary khata kholna", "user id ra password pathaunus",
    ],
    "upfront_fee": [
        "दर्ता शुल्क", "दर्ता दस्तुर", "रजिस्ट्रेसन शुल्क", "रजिस्ट्रेसन फि", "प्रोसेसिङ शुल्क",
        "प्रोसेसिङ चार्ज", "भिसा शुल्क", "भिसा चार्ज", "तालिम शुल्क", "मेडिकल शुल्क", "मेडिकल खर्च आफैं",
        "धरौटी", "धरौटी रकम", "अग्रिम रकम", "अग्रिम भुक्तानी", "पहिले पैसा", "पहिले भुक्तानी",
        "एडभान्स रकम", "फाइल चार्ज", "सानो शुल्क", "इसेवामा पैसा पठाउनुहोस्", "खल्तीमा पैसा पठाउनुहोस्",
        "भिसा बिक्रीमा", "भिसाको मूल्य", "registration charge", "processing charge", "pahila paisa",
        "advance rakam", "dharauti", "esewa ma paisa", "khalti ma paisa", "visa charge",
        "तालिम खर्च", "तालिमको पैसा", "ट्रेनिङ शुल्क", "ट्रेनिङको पैसा", "युनिफर्मको पैसा",
        "युनिफर्म शुल्क", "पोसाकको पैसा", "परिचयपत्र शुल्क", "आईडी कार्डको पैसा", "फाइल खोल्ने शुल्क",
        "फाइल खोल्न पैसा", "वर्क परमिटको पैसा", "भिसाको पैसा", "सिट बुक गर्न", "सिट पक्का गर्न",
        "फिर्ता हुने शुल्क", "पैसा फिर्ता गरिनेछ", "पहिलो तलबमा फिर्ता", "सरकारी जागिर पक्का",
        "पक्का सरकारी जागिर", "परीक्षा बिना जागिर", "लाखमा सरकारी जागिर", "घुस दिएर जागिर",
        "नियुक्ति पत्रको पैसा", "talim kharcha", "training ko paisa", "uniform ko paisa",
        "id card ko paisa", "file kholna paisa", "work permit ko paisa", "visa ko paisa",
        "seat book garna", "seat pakka garna", "paisa phirta garinchha", "pahilo talab ma phirta",
        "sarkari jagir pakka", "pakka sarkari jagir", "lakh ma sarkari jagir",
        "ghus diyera jagir",
    ],
    "recruit_friends_commission": [
        "साथीलाई रेफर", "साथीहरूलाई रेफर", "साथीहरूलाई जोड्नुहोस्", "साथी ल्याउनुहोस्",
        "साथी ल्याउनेलाई", "रेफर गर्नुहोस्", "रेफरल बोनस", "रेफर बोनस", "प्रति व्यक्ति कमिसन",
        "हरेक व्यक्तिमा कमिसन", "मान्छे ल्याए कमिसन", "टिम बनाउनुहोस्", "नेटवर्क मार्केटिङ",
        "सदस्य जोडेर", "sathi lai refer", "sathi lyaunus", "refer garnus",
        "manche lyaye commission", "team banaunus", "member jodera",
    ],
    "pay_per_task": [
        "लाइक गरेर", "लाइक गरेर कमाउनुहोस्", "भिडियो लाइक", "भिडियो लाइक गर्ने", "भिडियो हेरेर",
        "भिडियो हेरेर कमाउनुहोस्", "विज्ञापन हेरेर", "एड हेरेर", "रिभ्यु दिएर", "रिभ्यु लेखेर",
        "रेटिङ दिएर", "फलो गरेर", "सब्सक्राइब गरेर", "प्रति टास्क", "हरेक टास्क", "टास्क पूरा",
        "सजिलो टास्क", "दैनिक टास्क", "अर्डर ग्र्याब", "प्रोडक्ट बुस्ट", "भीआईपी लेभल",
        "स्क्रिनसट पठाउनुहोस्", "like garera", "like garera kamaunus", "video herera",
        "video herera kamaunus", "ad herera", "review dera", "task pura", "harek task",
        "prati task",
    ],
    "daily_pay_little_work": [
        "घरमा बसेर कमाउनुहोस्", "घरबाटै काम", "घरबाट काम", "मोबाइलबाटै", "मोबाइलबाट कमाउनुहोस्",
        "मोबाइलबाट काम", "दैनिक भुक्तानी", "दैनिक पेमेन्ट", "दैनिक कमाइ", "दैनिक आम्दानी",
        "दिनहुँ पैसा", "तुरुन्त भुक्तानी", "दिनमा १-२ घण्टा", "१-२ घण्टा", "दिनको २ घण्टा",
        "२ घण्टा मात्र", "फुर्सदको समयमा", "खाली समयमा", "पार्ट टाइम", "अनलाइनबाट कमाउनुहोस्",
        "अनलाइन कमाइ", "gharbata kaam", "mobile bata kamaunus", "mobile batai", "dainik kamai",
        "dainik payment", "dinhu paisa", "fursad ko samay", "khali samay ma", "online kamai",
    ],
    "account_rental": [
        "खाता भाडामा", "बैंक खाता भाडामा", "एकाउन्ट भाडामा", "अकाउन्ट भाडामा", "खाता भाडा",
        "खाता बिक्री", "खाता किन्छौं", "एकाउन्ट किन्छौं", "तपाईंको खाता प्रयोग",
        "तपाईंको नाममा सिम", "तपाईंको नाममा खाता", "सिम भाडामा", "सिम बिक्री", "इसेवा खाता भाडामा",
        "खल्ती खाता भाडामा", "वालेट भाडामा", "बाइनान्स एकाउन्ट", "khata bhada", "khata bhadama",
        "bank khata bhadama", "account bhadama", "account bhada", "esewa account bhada",
        "khalti account bhada", "sim bhadama", "sim bikri", "khata bikri",
    ],
    "brand_impersonation": [
        "दराज पार्ट टाइम", "दराजको तर्फबाट", "दराज अनलाइन जब", "अमेजन पार्ट टाइम",
        "अमेजनको तर्फबाट", "टिकटक सप", "टिकटक पार्ट टाइम", "युट्युब पार्ट टाइम", "इसेवाको तर्फबाट",
        "एनसेलको तर्फबाट", "कतार एयरवेजमा भर्ना", "एमिरेट्समा भर्ना", "एचआर म्यानेजर",
        "एचआर विभागबाट", "daraz part time", "daraz online job", "daraz bata", "daraz ko tarfa bata",
        "amazon ko tarfa bata", "ncell ko tarfa bata",
    ],
    "money_transfer_role": [
        "पैसा रिसिभ गरेर", "रकम प्राप्त गरी पठाउने", "रकम प्राप्त गरेर", "पैसा अर्को खातामा",
        "अर्को खातामा पठाउने", "अर्को खातामा ट्रान्सफर", "तपाईंको खातामा पैसा आउँछ",
        "खातामा पैसा आउँछ", "क्यास निकालेर", "कमिसन राखेर", "प्रतिशत कमिसन", "पेमेन्ट एजेन्ट",
        "paisa receive garera", "arko khata ma pathaune", "khata ma paisa aaucha", "cash nikalera",
        "commission rakhera",
    ],
    "scam_script_role": [
        "रिटेन्सन", "रिलोड", "क्लोजर", "चार्जब्याक", "क्लाइन्टलाई लगानी गराउने", "लगानी गराउने",
        "डिपोजिट गराउने", "स्क्रिप्ट दिइनेछ", "स्क्रिप्ट अनुसार", "केटी बनेर च्याट", "फेक आईडी",
        "नक्कली आईडीबाट", "विदेशीसँग च्याट", "विदेशी ग्राहकसँग च्याट", "lagani garaune",
        "deposit garaune", "fake id bata chat", "keti banera chat", "script anusar",
    ],
    "compound_conditions": [
        "कम्पनीको होस्टल", "कम्पनीभित्रै बस्नुपर्ने", "कम्पनीभित्र बस्ने", "हप्ताको ७ दिन",
        "बिदा छैन", "कुनै बिदा छैन", "महिनामा एक दिन बिदा", "६ महिनाको सम्झौता",
        "६ महिनाको कन्ट्र्याक्ट", "सम्झौता तोडे जरिवाना", "जरिवाना तिर्नुपर्ने",
        "बाहिर जान पाइँदैन", "बाहिर जान नपाइने", "टार्गेट पूरा", "दैनिक टार्गेट", "तलब काटिने",
        "bida chaina", "bahira jana paidaina",
    ],
    "overseas_work": [
        "वैदेशिक रोजगार", "वैदेशिक रोजगारी", "विदेशमा काम", "विदेशमा रोजगार", "विदेश जाने अवसर",
        "विदेश जान चाहनुहुन्छ", "बाहिर काम", "bidesh ma kaam", "videsh ma kaam", "bidesh jane",
        "baideshik rojgar",
    ],
    "hotspot_destination": [
        "म्यावाडी", "म्यावाड्डी", "म्यावड्डी", "मियावाडी", "म्यावाडीमा", "श्वे कोक्को",
        "स्वे कोक्को", "श्वे कोको", "केके पार्क", "के के पार्क", "केके पार्कमा", "ताचिलेक",
        "तचिलेक", "ताचिलेकमा", "सिहानोकभिल", "सिहानुकभिल", "सिहानोकविल", "सिहानुकभिलमा", "पोइपेट",
        "पोइपेटमा", "बाभेत", "बावेट", "गोल्डेन ट्रायङ्गल", "गोल्डेन ट्राइएङ्गल", "गोल्डेन ट्रायंगल",
        "सुनौलो त्रिकोण", "सुनौलो त्रिभुज", "बोकियो", "मे सोत", "मेसोत", "माए सोट", "बाटुमी",
        "म्यानमार सीमा", "थाइल्याण्ड-म्यानमार सीमा",
    ],
    "awareness_language": [
        "सावधान", "सावधान रहनुहोस्", "सचेत", "सचेत रहनुहोस्", "सतर्क", "ठगी", "ठग", "ठगिनुहोस्",
        "ठगिन", "ठगिएका", "नक्कली", "झुटो", "झुटा", "विश्वास नगर्नुहोस्", "पैसा नपठाउनुहोस्",
        "पैसा नतिर्नुहोस्", "मानव बेचबिखन", "बेचबिखन", "ओसारपसार", "पीडित", "उजुरी",
        "उजुरी गर्नुहोस्", "दूतावाससँग", "दूतावासमा सम्पर्क", "पुष्टि गर्नुहोस्", "सेयर गर्नुहोस्",
        "जनचेतना", "फसेका", "फसेको", "फसाइएका", "sawadhan", "savdhan", "sachet", "thagi", "nakkali",
        "biswas nagarnus", "share garnus", "manav bechbikhan",
    ],
    "news_language": [
        "पक्राउ", "पक्राउ गरेको", "पक्राउ परेका", "उद्धार", "उद्धार गरिएको", "स्वदेश फर्किए",
        "स्वदेश फर्काइएको", "स्वदेश फिर्ता", "प्रहरीले", "प्रहरीका अनुसार", "अदालतले",
        "जिल्ला अदालत", "कैद सजाय", "मुद्दा दर्ता", "मुद्दा चलाइएको", "अभियुक्त", "आरोपित",
        "अधिकारीहरूले बताए", "परराष्ट्र मन्त्रालय", "दूतावासले", "प्रवक्ता", "सीआईबी",
        "केन्द्रीय अनुसन्धान ब्युरो", "pakrau", "uddhar", "prahari le",
    ],
    "licensed_recruitment": [
        "वैदेशिक रोजगार विभाग", "वैदेशिक रोजगार बोर्ड", "श्रम स्वीकृति", "पूर्व स्वीकृति",
        "पूर्व स्वीकृति नं", "इजाजतपत्र नं", "इजाजत पत्र नं", "लाइसेन्स नं", "लाइसेन्स नम्बर",
        "इपिएस", "ईपीएस", "कोरियन भाषा परीक्षा", "विशिष्ट सीप कामदार", "सरकारी निकाय",
        "वैदेशिक रोजगार कल्याणकारी कोष", "लिखित सम्झौता", "स्वास्थ्य परीक्षण", "dofe",
        "labour permit", "shram swikriti", "purva swikriti", "lt no", "eps korea", "feims",
        "दर्ता शुल्क लाग्दैन", "कुनै दर्ता शुल्क छैन", "दर्ता शुल्क छैन",
    ],
}  # fmt: skip


# What legitimate recruiters write ("कुनै दर्ता शुल्क लाग्दैन", "registration fee chhaina") and
# banks' and wallets' warnings ("ओटिपी कसैलाई नदिनुहोस्") are counter-signals.
WRITTEN["licensed_recruitment"] += _combos(
    ["कुनै", ""],
    ["दर्ता शुल्क", "तालिम शुल्क", "प्रोसेसिङ शुल्क", "धरौटी", "अग्रिम रकम", "शुल्क"],
    ["छैन", "लाग्दैन", "लिइँदैन", "लिइदैन"],
) + _combos(
    ["kunai", ""],
    ["registration fee", "training fee", "processing charge", "dharauti", "advance rakam",
     "fee", "charge", "shulka"],
    ["chhaina", "chaina", "lagdaina", "lidaina"],
)  # fmt: skip
WRITTEN["awareness_language"] += _combos(
    ["ओटिपी", "ओटीपी", "otp", "पिन", "pin", "पासवर्ड", "password", "कोड", "code"],
    ["कसैलाई नदिनुहोस्", "कसैलाई नभन्नुहोस्", "कसैलाई पनि नदिनुहोस्", "कसैसँग सेयर नगर्नुहोस्",
     "kasailai nadinus", "kasailai nabhannus", "kasailai pani nadinus"],
)  # fmt: skip


# Fees in parts and bribes ("२ लाख अग्रिम, बाँकी भिसापछि", "आधा अहिले, आधा नाम निस्केपछि",
# "भित्री मान्छे छ"), activation charges, fees to be deposited or paid through an agent.
WRITTEN["upfront_fee"] += [
    "लाख अग्रिम",
    "हजार अग्रिम",
    "बाँकी भिसापछि",
    "बाँकी भिसा आएपछि",
    "बाँकी भिसा लागेपछि",
    "बाँकी भिसा पछि",
    "बाँकी काम पाएपछि",
    "बाँकी नाम निस्केपछि",
    "आधा अहिले",
    "आधा पहिले",
    "आधा अग्रिम",
    "आधा नाम निस्केपछि",
    "भित्री मान्छे छ",
    "भित्रको मान्छे छ",
    "भित्र मान्छे छ",
    "नाम निकाल्न सकिन्छ",
    "परीक्षा नदिई",
    "जम्मा खर्च",
    "कुल खर्च",
    "वर्क परमिट शुल्क",
    "परमिट शुल्क",
    "एक्टिभेसन शुल्क",
    "एक्टिभेसन चार्ज",
    "सफ्टवेयर एक्टिभेसन",
    "भुक्तानीपछि id",
    "फाइल खोल्नका लागि",
    "फाइल खोल्नको लागि",
    "भर्नाको बेला",
    "शुल्क बापत",
    "प्रशिक्षण शुल्क",
    "तलको खातामा जम्मा",
    "शुल्क जम्मा गर्नुहोस्",
    "शुल्क तिर्नुपर्ने",
    "शुल्क तिर्नुपर्छ",
    "एजेन्टमार्फत तिर्नुपर्ने",
    "एजेन्टमार्फत तिर्नुपर्नेछ",
    "जोइनिङ शुल्क",
    "किट शुल्क",
    "घुस दिनुपर्छ",
    "lakh advance",
    "hajar advance",
    "advance aaja",
    "advance garnu",
    "baki visa pachi",
    "baki visa aayepachi",
    "baki visa aaye pachi",
    "aadha aile",
    "aadha pahila",
    "bhitri manche",
    "bhitra manche cha",
    "total kharcha",
    "jamma kharcha",
    "file lodge",
    "file kholna",
    "ime pay garnu",
    "esewa garnu",
    "khalti garnu",
    "shulka tirnu",
    "activation charge",
    "joining fee",
    "ghus dinu",
]
WRITTEN["brand_impersonation"] += [
    "एचआर विभाग",
    "hr विभागबाट",
    "hr विभाग",
    "एचआर टिमबाट",
    "भर्ती टिमबाट",
    "मानव संसाधन विभाग",
    "offer of employment",
    "hr recruitment desk",
    "recruitment desk",
    "hr department bata",
    "hr team bata",
    "hr bata bolchu",
    *_combos(
        [
            "ncell",
            "ntc",
            "nepal telecom",
            "daraz",
            "esewa",
            "khalti",
            "ime",
            "cg",
            "chaudhary group",
            "surya nepal",
            "buddha air",
            "yeti airlines",
            "nepal airlines",
            "bhatbhateni",
            "nabil bank",
            "global ime",
            "soaltee",
            "hilton kathmandu",
        ],
        [
            "hiring",
            "recruitment",
            "hr",
            "hr team",
            "vacancy",
            "bharna",
            "ma bharna",
            "ma naya bharna",
            "naya bharna",
        ],
    ),
]
# Tasks paid per like, rating, order grab or "boost"; deposit levels.
WRITTEN["pay_per_task"] += [
    "फिल्म रेटिङ",
    "मुभी रेटिङ",
    "सिनेमा रेटिङ",
    "रेटिङ पार्ट",
    "अर्डर ग्र्याबिङ",
    "ग्र्याब थिच्नुहोस्",
    "लेभल १",
    "लेभल २",
    "vip लेभल",
    "प्रति लाइक",
    "हरेक लाइकमा",
    "लाइक गरे रु",
    "प्रोडक्ट मूल्याङ्कन",
    "प्रोडक्ट बुस्ट गर्ने",
    "बुस्ट गर्ने",
    "टास्क अनलक",
    "रिचार्ज गरेर टास्क",
    "डिपोजिट गरेर टास्क",
    "५ स्टार रिभ्यु",
    "गुगल म्यापमा रिभ्यु",
    "boost garne",
    "boost gare",
    "product boost",
    "recharge garnu parcha",
    "balance negative",
    "commission double",
    "order grab",
    "order grabbing",
    "prati like",
    "like gare",
    "like gare rs",
    "movie rating",
    "film rating",
    "rating garera",
    "vip level",
    "task unlock",
    "5 star review",
]
WRITTEN["account_rental"] += [
    "आफ्नो नामको सिम",
    "आफ्नो नाममा सिम",
    "आफ्नो नामको खाता",
    "नामको सिम + खल्ती",
    "खाता हामीलाई",
    "एकाउन्ट हामीलाई",
    "अकाउन्ट हामीलाई",
    "प्रति एकाउन्ट",
    "प्रति खाता",
    "kyc गरेको एकाउन्ट",
    "aafno naam ko sim",
    "afno naam ko sim",
    "naam ko sim",
    "naam ko khata",
    "account hamilai",
    "khata hamilai",
    "prati account",
    "kyc gareko account",
    "binance account chahiyo",
    "account chahiyo",
]
# Scam call-centre work: tech-support "refund", recovery callers, loan or "processing"
# fees collected from callers, chat from provided profiles.
WRITTEN["scam_script_role"] += [
    "रिमोट एक्सेस",
    "कम्प्युटरमा भाइरस",
    "गिफ्ट कार्डमा पेमेन्ट",
    "गिफ्ट कार्डमा",
    "हरेक 'क्लोज'",
    "हरेक क्लोजमा",
    "रिकभरी एजेन्ट",
    "पैसा गुमाएका",
    "पैसा फिर्ता गराइदिन्छौं",
    "फिर्ता गराइदिन्छौं",
    "ल फर्म",
    "शुल्क तिराउने",
    "तिराउने",
    "ग्राहकको सूची र स्क्रिप्ट",
    "स्क्रिप्ट कम्पनीले दिन्छ",
    "हरेक शुल्कको",
    "हामीले दिएको प्रोफाइल",
    "दिएको प्रोफाइलबाट",
    "प्रोफाइलबाट च्याट",
    "केटीको फोटो",
    "लगानी गर्न लगाउने",
    "लगानी गर्न भन्ने",
    "डिपोजिट गर्न लगाउने",
    "रिफन्ड प्रोसेस",
    "tech support process",
    "remote access",
    "gift card ma",
    "recovery agent",
    "refund process",
    "profile bata chat",
    "keti ko photo",
    "lagani garna lagaune",
    "script company le dincha",
]


PHRASES = _expand(WRITTEN)

_COUNTRIES = [
    "थाइल्याण्डमा", "थाइल्यान्डमा", "थाईल्याण्डमा", "कम्बोडियामा", "लाओसमा", "म्यानमारमा",
    "मलेसियामा", "दुबईमा", "बैंककमा", "जर्जियामा", "फिलिपिन्समा", "रसियामा", "thailand",
    "cambodia", "myanmar", "laos", "malaysia", "dubai",
]  # fmt: skip
_JOB = ["काम", "जागिर", "रोजगार", "रोजगारी", "जब", "kaam", "kam", "job", "jagir"]
_FREE = ["फ्री", "निःशुल्क", "निशुल्क", "free", "nishulka"]
_PAID = ["भिसा", "टिकट", "खाना", "बस्न", "बस्ने", "बस्ना", "visa", "ticket", "khana", "basna",
         "basne"]  # fmt: skip
_MONEY = ["रु", "रुपैयाँ", "रुपैयां", "rs", "npr", "हजार", "hajar", "$", "डलर",
          "k"]  # fmt: skip
_DAILY = {"LOWER": {"IN": ["दिनहुँ", "दिनको", "प्रतिदिन", "dinko", "daily"]}}
_EARN = ["कमाउनुहोस्", "कमाउनुस्", "कमाउने", "कमाइ", "आम्दानी", "kamaunus", "kamaune"]

TOKEN_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    # "तालिम शुल्क ५ हजार इसेवामा पठाउनुहोस्", "visa charge khalti ma"
    "upfront_fee": [
        [{"LOWER": {"IN": ["दर्ता", "तालिम", "ट्रेनिङ", "युनिफर्म", "भिसा", "फाइल", "registration",
                           "training", "uniform", "visa", "file"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?", ";", ":"]}, "OP": "{0,8}"},
         {"LOWER": {"IN": ["इसेवा", "इसेवामा", "खल्ती", "खल्तीमा", "esewa", "khalti", "imepay"]}},
         {"LOWER": {"IN": ["cash", "money", "pay", "pesa", "express", "کیش", "پیسہ", "كاش"]}, "OP": "?"}],
    ],
    # "तलब २ लाख", "मासिक तलब रु. १.५ लाख", "salary 1 lakh": lakhs a month for entry-level work
    "pay_above_market": [
        [{"LOWER": {"IN": ["तलब", "सेलरी", "सेलेरी", "कमाइ", "आम्दानी", "talab", "salary",
                           "kamai"]}},
         {"IS_PUNCT": True, "OP": "?"}, {"LOWER": {"IN": _MONEY}, "OP": "?"},
         {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True}, {"LOWER": {"IN": ["लाख", "lakh", "lakh+"]}}],
    ],
    # "थाइल्याण्डमा काम", "मलेसियामा जागिर", "dubai ma job"
    "overseas_work": [
        [{"LOWER": {"IN": _COUNTRIES}}, {"LOWER": "ma", "OP": "?"}, {"LOWER": {"IN": _JOB}}],
    ],
    # "भिसा टिकट र खाना बस्न निःशुल्क", "visa, ticket free"
    "travel_paid": [
        [{"LOWER": {"IN": _PAID}},
         {"LOWER": {"IN": [*_PAID, "र", ",", "+", "/", "-", "ra"]}, "OP": "*"},
         {"LOWER": {"IN": _PAID}},
         {"LOWER": {"IN": ["सबै", "पूर्ण", "sabai"]}, "OP": "?"}, {"LOWER": {"IN": _FREE}}],
    ],
    # "दैनिक रु. २०००", "दैनिक १५०० कमाउनुहोस्", "रु ३००० दैनिक"
    "daily_pay_little_work": [
        # "घरमै बसेर कमाउनुहोस्", "gharmai basera online kaam"
        [{"LOWER": {"IN": ["घरमै", "घरमा", "घरबाटै", "gharmai", "ghar"]}},
         {"LOWER": {"IN": ["mai"]}, "OP": "?"},
         {"LOWER": {"IN": ["बसेर", "बसी", "बसेरै", "basera", "basi"]}},
         {"LOWER": {"IN": [*_EARN, "काम", "अनलाइन", "पैसा", "मासिक", "दैनिक", "kaam", "online",
                           "paisa", "income"]}}],
        # "दिनको रु. २०००", "प्रतिदिन १५०० कमाउनुहोस्", "रु ३००० दिनको"
        [_DAILY, {"LOWER": {"IN": _MONEY}}, {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True}],
        [_DAILY, {"LIKE_NUM": True}, {"LOWER": {"IN": [*_MONEY, *_EARN]}}],
        [{"LOWER": {"IN": _MONEY}}, {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True}, _DAILY],
        # "दैनिक १५०० कमाउनुहोस्": daily wages are quoted with दैनिक too, so the earning word
        # is required there
        [{"LOWER": {"IN": ["दैनिक", "dainik"]}}, {"LOWER": {"IN": _MONEY}, "OP": "?"},
         {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True}, {"LOWER": {"IN": _EARN}}],
    ],
}  # fmt: skip

_END = [".", "!", "?", "।", ";"]
# Brands impersonated in Nepal, in Devanagari and Latin.
_BRANDS = [
    "दराज", "डराज", "एनसेल", "टेलिकम", "इसेवा", "खल्ती", "चौधरी", "सूर्य", "हिल्टन", "सोल्टी",
    "कतार", "एमिरेट्स", "बुद्ध", "यती", "भाटभटेनी", "नबिल", "अमेजन", "युनिलिभर", "daraz", "ncell",
    "ntc", "telecom", "esewa", "khalti", "ime", "chaudhary", "cg", "surya", "hilton", "soaltee",
    "hyatt", "marriott", "qatar", "emirates", "flydubai", "buddha", "yeti", "bhatbhateni",
    "nabil", "amazon", "unilever", "dabur", "coca-cola", "airways", "airlines",
]  # fmt: skip
_HR = ["एचआर", "hr", "भर्ना", "नियुक्ति", "रोजगारी", "भर्ती", "recruitment", "hiring", "bharna",
       "offer", "team", "टिम", "टिमबाट", "विभागबाट"]  # fmt: skip
TOKEN_PATTERNS["brand_impersonation"] = [
    # "Daraz Nepal HR विभागबाट", "Hilton Kathmandu मा रोजगारी", "Nepal Telecom ma naya bharna"
    [
        {"LOWER": {"IN": _BRANDS}},
        {"LOWER": {"NOT_IN": _END}, "OP": "{0,4}"},
        {"LOWER": {"IN": _HR}},
    ],
    # "चौधरी ग्रुप (CG) मा सिधा भर्ना"
    [
        {"LOWER": {"IN": _BRANDS}},
        {"LOWER": {"NOT_IN": _END}, "OP": "{0,6}"},
        {"LOWER": {"IN": ["सिधा", "सीधा", "sidha", "direct"]}},
        {"LOWER": {"IN": ["भर्ना", "नियुक्ति", "bharna", "bharti"]}},
    ],
    # "नियुक्ति पत्र – सूर्य नेपाल"
    [
        {"LOWER": {"IN": ["नियुक्ति", "niyukti"]}},
        {"LOWER": {"IN": ["पत्र", "patra"]}},
        {"IS_PUNCT": True, "OP": "?"},
        {"LOWER": {"IN": _BRANDS}},
    ],
]
TOKEN_PATTERNS["upfront_fee"] += [
    # "२ लाख अग्रिम", "3 lakh advance", "रु. ३ लाख बुझाउनुपर्छ"
    [
        {"LIKE_NUM": True},
        {"LOWER": {"IN": ["लाख", "हजार", "lakh", "hajar"]}},
        {"LOWER": {"IN": ["अग्रिम", "एडभान्स", "advance"]}},
    ],
    [
        {"LIKE_NUM": True},
        {"LOWER": {"IN": ["लाख", "हजार", "lakh", "hajar"]}},
        {
            "LOWER": {
                "IN": [
                    "बुझाउनुपर्छ",
                    "बुझाउनुपर्ने",
                    "तिर्नुपर्छ",
                    "तिर्नुपर्ने",
                    "लाग्छ",
                    "bujhaunu",
                    "tirnu",
                    "lagcha",
                ]
            }
        },
    ],
    # "वर्क परमिट शुल्क रु. ८०,००० तीन दिनभित्र जम्मा गर्नुहोस्", "आवेदन शुल्क रु. ५०० eSewa मार्फत"
    [
        {"LOWER": {"IN": ["शुल्क", "चार्ज", "फि", "shulka", "fee", "charge"]}},
        {"LOWER": {"NOT_IN": _END}, "OP": "{0,6}"},
        {"LOWER": {"IN": ["जम्मा", "बुझाउनुहोस्", "jamma", "esewa", "इसेवा", "khalti", "खल्ती"]}},
        {"LOWER": {"IN": ["गर्नुहोस्", "गर्नुस्", "मार्फत", "garnus", "ma", "मा"]}},
    ],
]
TOKEN_PATTERNS["account_rental"] = [
    # "तिम्रो eSewa/Khalti १५ दिनका लागि देऊ", "khalti account 1 mahina ko lagi dinus"
    [
        {
            "LOWER": {
                "IN": [
                    "esewa",
                    "khalti",
                    "इसेवा",
                    "खल्ती",
                    "खाता",
                    "एकाउन्ट",
                    "अकाउन्ट",
                    "account",
                    "khata",
                    "sim",
                    "सिम",
                    "wallet",
                ]
            }
        },
        {"LOWER": {"NOT_IN": _END}, "OP": "{0,5}"},
        {"LOWER": {"IN": ["लागि", "lagi"]}},
        {
            "LOWER": {
                "IN": [
                    "देऊ",
                    "दिनुस्",
                    "दिनुहोस्",
                    "दिनुस",
                    "भाडामा",
                    "deu",
                    "dinus",
                    "dinuhos",
                    "dinuhola",
                ]
            }
        },
    ],
]
