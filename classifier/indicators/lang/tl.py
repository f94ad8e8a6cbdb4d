"""Tagalog and Taglish red-flag phrases, as Filipinos write recruitment posts on Facebook,
Telegram and Viber: Tagalog mixed with English ("Hiring CSR sa Cambodia, malaki ang
sahod, libre pamasahe"), text-speak ("pm po", "d2", "kht"), affixed English verbs
("mag-apply", "i-chat"), pesos written many ways (₱50k, Php 60,000, 50k/month, "6
digits"). Hyphenated forms are also listed joined and spaced ("mag-apply", "magapply",
"mag apply"), because people write all three.

The Philippine context: illegal recruiters send workers out on tourist visas through the
"backdoor" (no OEC, an "escort" at the airport, via Zamboanga or Tawi-Tawi to Sabah);
POGO hubs (Bamban, Porac) were scam compounds; GCash and Maya accounts and registered SIMs
are rented and sold. Licensed recruitment names the DMW (formerly POEA) licence.

Examples: "Urgent hiring CSR sa Cambodia, 60k/month, libre pamasahe at tirahan, kahit
walang experience, tourist visa lang muna, PM lang po"; "Like and follow lang, ₱500 kada
araw"; "Rent ng GCash account, 1k per week"; counter-signals: "Ingat po sa illegal
recruiter, i-verify sa DMW", "nasagip ng BI ang 12 biktima", "DMW License No. 123-LB-2025,
walang placement fee".
"""

import re

from classifier.indicators.phrasing import combos as _combos

LANG = "tl"

PHRASES = {
    "pay_above_market": [
        "malaking sahod", "malaki ang sahod", "malaki sahod", "mataas na sahod",
        "mataas ang sahod", "malaking sweldo", "malaki ang sweldo", "malaki sweldo",
        "mataas na sweldo", "mataas ang sweldo", "malaking kita", "malaki ang kita",
        "malaki kita", "sahod hanggang", "sweldo hanggang", "kita hanggang",
        "kumita ng hanggang", "kikita ng hanggang", "kikita ka ng hanggang",
        "pwedeng kumita ng", "up to 100k", "6 digits", "six digits", "6-digit",
        "6 digit salary", "sahod ay dolyar", "dollar ang sahod", "sahod in dollars",
        "sahod sa usdt", "bayad sa usdt", "madaling pera", "mabilis na pera", "easy money",
        "guaranteed na sahod", "guaranteed income", "walang kaltas", "buo ang sahod",
        "may commission pa", "malaking commission", "malaking komisyon", "plus commission",
        "plus incentives", "doble ang sahod", "triple ang sahod", "di tulad dito sa pinas",
        "mas malaki kaysa dito",
    ],
    "travel_paid": [
        "libreng condo", "libre condo", "staff house", "may staff house", "may hostel",
        "may housing", "may accommodation", "may dorm", "libre dorm", "libreng dorm",
        "visa sponsored", "sponsored ng company", "housing and meals provided",
        "may kain at tirahan", "libre pamasahe", "libreng pamasahe", "free pamasahe",
        "sagot ang pamasahe", "libre ticket", "libreng ticket", "libre ang ticket",
        "free ticket", "libre plane ticket", "libreng plane ticket", "libre visa",
        "libreng visa", "libre ang visa", "free visa", "libre tirahan", "libreng tirahan",
        "free tirahan", "libre ang tirahan", "libre bahay", "libreng bahay",
        "libreng accommodation", "free accommodation", "may libreng tirahan", "libre pagkain",
        "libreng pagkain", "libre ang pagkain", "libre kain", "libreng kain", "free food",
        "may libreng kain", "libre lahat", "lahat libre", "lahat ay libre", "all expenses paid",
        "sagot ng company", "sagot ng kumpanya", "sagot ng kompanya", "sagot ng employer",
        "sagot ni employer", "sagot ng agency", "sagot na ng agency", "sagot lahat",
        "company ang sasagot", "kumpanya ang sasagot", "walang babayaran",
        "wala kang babayaran", "walang gastos", "wala kang gagastusin",
        "wala kang ilalabas na pera", "walang ilalabas", "may sundo sa airport",
        "susunduin sa airport", "susunduin ka sa airport", "visa at ticket", "ticket at visa",
        "tirahan at pagkain", "pagkain at tirahan", "libre pati visa", "may tirahan",
        "may libreng tulugan", "free board and lodging", "board and lodging", "free transpo",
        "libre transpo",
    ],
    "no_experience": [
        "kayang mag-type", "marunong mag-english", "magaling mag-english", "walang experience",
        "kahit walang experience", "kahit walang exp", "kht walang exp", "no exp",
        "no exp needed", "no experience needed", "no experience required",
        "di kailangan ng experience", "hindi kailangan ng experience", "di need ng experience",
        "hindi need ng experience", "kahit hs grad", "kahit high school grad",
        "kahit hs graduate", "kahit undergrad", "kahit hindi tapos", "kahit di tapos",
        "kahit di nakatapos", "kahit anong tinapos", "basta marunong mag-english",
        "basic english lang", "basic english", "marunong lang mag-computer",
        "basic computer lang", "marunong mag-type", "basta may cellphone", "basta may cp",
        "cellphone lang ang kailangan", "cp lang ang kailangan", "kahit sino pwede",
        "kahit sino ay pwede", "open sa lahat", "open for all", "fresh grad welcome",
        "fresh grads welcome", "pwede fresh grad", "pwede ang fresh grad", "pwede students",
        "pwede estudyante", "pwede nanay", "mga nanay", "tuturuan ka", "tuturuan namin kayo",
        "ituturo namin", "may training", "libre training", "training provided",
    ],
    "high_risk_role": [
        "csr agent", "hiring csr", "csr position", "csr sa", "csr/chat support", "chat support",
        "customer service", "customer support", "call center agent", "typist", "typing job",
        "online typist", "encoder", "data encoder", "online encoder", "data entry",
        "digital marketing", "online marketing", "online selling", "online casino",
        "casino dealer", "game dealer", "live dealer", "pogo", "online sabong", "e-sabong",
        "esabong", "crypto", "chat agent", "chatter", "game tester", "online agent",
        "marketing staff", "marketing associate", "translator", "receptionist", "admin staff",
        "admin assistant", "typing test", "chinese speaking", "marunong mag-chinese",
    ],
    "private_contact_only": [
        "usap tayo sa telegram", "usap sa telegram", "send resume sa pm",
        "message me for details", "i-message si", "i-message ang hr", "ime-message kayo",
        "reply yes", "reply 1", "sa telegram @", "pm lang", "pm lang po", "pm mo ako", "pm me",
        "pm po", "pm na po", "pm for details", "pm for more details", "pm sa details",
        "pm sa interesado", "pm agad", "pm na", "chat lang", "i-chat mo ako", "chat mo ako",
        "chat po", "message mo ako", "msg lang", "msg mo ako", "dm lang", "dm mo ako", "dm po",
        "telegram lang", "sa telegram lang", "whatsapp lang", "sa whatsapp lang", "viber lang",
        "sa viber lang", "message sa viber", "add mo ako", "i-add mo ako",
        "add mo ako sa telegram", "comment interested", "comment ng interested", "i-pm namin",
        "ipm ko kayo", "i-pm ko kayo", "pm ko kayo", "send resume sa telegram",
        "send cv sa whatsapp", "send resume sa messenger", "sa messenger lang",
        "i-message lang", "interesado pm", "interested pm", "interested just pm",
        "click the link", "i-click ang link", "join sa gc", "join sa group chat", "add sa gc",
    ],
    "urgency": [
        "urgent", "urgent hiring", "urgently hiring", "agad-agad", "agaran", "agarang alis",
        "alis agad", "lipad agad", "flight agad", "deploy agad", "lipad next week",
        "alis next week", "flight next week", "fly next week", "mabilis ang alis",
        "mabilisang alis", "mabilis ang proseso", "mabilisang process", "limited slots",
        "limited slots lang", "limited slot", "ilang slots na lang", "ilang slot na lang",
        "konting slots na lang", "konti na lang slots", "last slot", "last slots", "last batch",
        "habol na", "hanggang bukas lang", "ngayong araw lang", "ngayon lang",
        "first come first serve", "first come first served", "apply na", "mag-apply na",
        "apply na agad", "bilisan", "bilisan nyo", "dali na", "wag palampasin",
        "huwag palampasin",
    ],
    "tourist_visa": [
        "tourist visa", "tourist visa lang", "tourist visa muna", "mag-tourist",
        "mag-tourist muna", "mag tourist ka muna", "bilang turista", "turista lang",
        "kunwari turista", "kunwaring turista", "magpanggap na turista", "pretend tourist",
        "as tourist", "backdoor", "back door", "dadaan sa backdoor", "via backdoor",
        "may escort", "escort sa airport", "escort sa immigration",
        "may kakilala sa immigration", "lusot sa immigration", "lulusot sa immigration",
        "walang oec", "no oec", "hindi na kailangan ng oec", "di na kailangan ng oec",
        "di na dadaan sa dmw", "hindi dadaan sa dmw", "hindi dadaan sa poea", "no need poea",
        "no need dmw", "no need oec", "visa on arrival", "i-convert pagdating",
        "iko-convert ang visa", "i-convert ang visa", "convert to working visa",
        "papalitan ang visa", "papalitan ng working visa", "dadaan sa zamboanga",
        "via zamboanga", "via tawi-tawi", "dadaan sa sabah", "visit visa",
    ],
    "passport_requested": [
        "harap at likod", "id at selfie", "picture ng id", "pic ng id", "send passport",
        "send ng passport", "i-send ang passport", "isend ang passport", "send mo passport",
        "picture ng passport", "pic ng passport", "litrato ng passport", "kopya ng passport",
        "passport copy", "scan ng passport", "copy ng passport", "send valid id",
        "send ng valid id", "picture ng valid id", "pic ng valid id", "2 valid ids",
        "two valid ids", "selfie with id", "selfie hawak ang id", "selfie na hawak ang id",
        "selfie with valid id", "kukunin ang passport", "itatago ng company ang passport",
        "hawak ng company ang passport", "iiwan ang passport", "ibigay ang passport",
        "isurrender ang passport", "i-surrender ang passport", "passport ay hawak ng",
    ],
    "credentials_requested": [
        # OTP / code
        "i-send ang otp", "send mo ang otp", "send mo yung otp", "send ang otp", "ibigay ang otp",
        "ibigay mo ang otp", "ibigay yung otp", "sabihin ang otp", "otp na natanggap mo",
        "otp na dumating", "code na natanggap mo", "code na dumating sa phone mo",
        "code na pinadala", "6 digit code na", "verification code na",
        # MPIN, PIN, password
        "mpin ng gcash", "mpin mo", "ang mpin", "maya pin", "mpin ng maya", "pin ng atm",
        "atm pin mo", "pin ng card", "login details mo", "online banking password mo",
        "ibigay ang password mo", "send mo ang password", "i-send ang password",
        "password mo sa gcash", "password ng online banking", "ibigay ang username at password",
        "i-send ang username at password", "username at password mo", "email at password mo",
        # card
        "card number at cvv", "card number, expiry at cvv", "cvv ng card",
        "3 numbers sa likod ng card", "numbers sa likod ng card", "picture ng atm card",
        "pic ng atm",
        # selfie with ID
        "selfie with id", "selfie hawak ang id", "selfie na hawak ang id",
        "selfie hawak ang valid id", "selfie kasama ang id",
        # pretext
        "para ma-setup ang payroll account", "para sa payroll account mo",
        "para ma-activate ang payroll", "para ma-open ang payroll account", "i-link ang gcash mo",
    ],
    "upfront_fee": [
        "50% down", "ma-reserve slot", "ma-reserve ang slot", "ma-hold yung slot",
        "ma-hold ang slot", "balance na lang pag", "sa personal gcash", "personal gcash ko",
        "para sa medical at visa", "package ₱", "processing ₱", "reservation ₱",
        "may placement fee", "magbayad ng placement fee", "bayad sa placement fee",
        "placement fee na", "placement fee ay", "placement fee lang", "processing fee",
        "registration fee", "reg fee", "reservation fee", "medical fee", "training fee",
        "pang-medical", "pambayad sa medical", "pang-process", "pang process", "bayad muna",
        "magbayad muna", "mag-deposit muna", "deposit muna", "cash bond", "pa-reserve ng slot",
        "reserve ng slot", "pareserve ng slot", "top up muna", "mag-top up", "magtop up",
        "recharge muna", "bayaran muna", "salary deduction", "kaltas sa sahod ang fee",
        "pambili ng kit", "starter kit", "bayad sa training", "magbayad para sa training",
        "seminar fee", "bayad sa seminar", "bayad sa uniform", "uniform fee",
        "pambili ng uniform", "bayad sa id", "id fee", "company id fee", "drug test fee",
        "bayad sa drug test", "file fee", "pang-file", "pang-process ng papers",
        "pang-process ng visa", "bayad sa visa", "pambayad sa visa", "magbayad ng visa fee",
        "visa fee na", "visa fee ay", "bayad sa work permit", "pang-reserve ng slot",
        "refundable naman", "ibabalik din ang bayad", "ibabalik sa unang sahod",
        "babalik sa first salary", "ire-refund pag", "pang-lagay", "padulas", "may lagay",
        "bayad para sa plantilla",
    ],
    "recruit_friends_commission": [
        "kada tao na", "mag-recruit ng", "bawat ma-recruit", "kada ma-recruit", "bawat tao na",
        "refer a friend", "mag-refer", "i-refer", "referral bonus", "may referral",
        "referral fee", "referral commission", "may commission kada refer",
        "isama mo friends mo", "isama ang kaibigan", "isama mo kaibigan mo", "invite friends",
        "mag-invite", "bawat ma-invite", "bawat ma-refer", "per referral", "kada referral",
        "bawat referral", "mag-recruit", "recruit ka", "may bonus ka sa bawat",
        "dalhin mo friends mo", "build your team",
    ],
    "pay_per_task": [
        "makukuha mo", "lucky order", "negative balance", "mag-recharge", "kada follow",
        "rating job", "i-rate", "app ranking", "data optimization", "bawat survey",
        "per survey", "kada survey", "like and follow", "like at follow", "mag-like",
        "mag like ng videos", "mag-like ng videos", "pag-like ng videos", "like lang",
        "follow lang", "subscribe lang", "like ng videos", "like ng post", "mag-rate ng hotels",
        "rate ng hotels", "mag-rate ng products", "mag-review ng products",
        "review ng products", "mag-review", "boost ng products", "i-boost ang products",
        "order grabbing", "grab orders", "grab order", "simple task", "simple tasks",
        "madaling task", "madaling tasks", "easy task", "per task", "kada task", "bawat task",
        "commission per task", "kada like", "per like", "bawat like", "prepaid task",
        "vip level", "combo task", "combination task", "tiktok task", "youtube task",
        "app task", "mag-screenshot", "i-screenshot", "send screenshot", "task lang",
    ],
    "daily_pay_little_work": [
        "1-2 oras lang", "1-2 oras kada araw", "1-2 oras sa isang araw", "1-2 hours lang",
        "1 to 2 hours a day", "1-2 hours a day", "1-2 hours daily", "daily sahod", "daily pay",
        "daily payout", "sahod araw-araw", "arawang sahod", "araw-araw ang sahod",
        "araw-araw sahod", "kita araw-araw", "kumita araw-araw", "kikita araw-araw", "per day",
        "isang oras lang", "dalawang oras lang", "ilang oras lang", "1 hour lang",
        "2 hours lang", "sa bahay lang", "nasa bahay lang", "work from home", "wfh",
        "gamit ang cellphone", "gamit lang ang cp", "cellphone lang", "sa cellphone lang",
        "gamit cp", "part time", "part-time", "sideline", "raket", "extra income",
        "dagdag kita", "pandagdag kita", "instant withdraw", "instant cashout",
        "same day payout", "payout agad", "sahod agad",
    ],
    "account_rental": [
        "pa-rent ng", "facebook account for rent", "rent ng fb account", "buying verified",
        "buying gcash", "rent gcash", "rent ng gcash", "paupahan ng gcash", "pa-rent ng gcash",
        "uupahan ang gcash", "upa sa gcash", "bibili ng gcash account", "buy gcash account",
        "bentahan ng gcash", "benta gcash account", "benta ng gcash", "verified gcash",
        "fully verified gcash", "gcash account for sale", "maya account for sale", "rent maya",
        "rent ng maya", "bank account for rent", "bibili ng bank account", "rent bank account",
        "rent ng bank account", "hiram ng account", "hiramin ang account", "pahiram ng account",
        "pahiram ng gcash", "pahiram gcash", "pagamit ng account", "pagamit ng gcash",
        "ipagamit ang gcash", "ipagamit ang account", "registered sim", "benta registered sim",
        "bibili ng registered sim", "sim na registered", "rent sim", "pa-register ng sim",
        "coins.ph account", "fully verified account", "verified account for sale",
        "bibili ng account",
    ],
    "brand_impersonation": [
        "ikaw ay napili", "napili bilang", "nakita ko profile mo", "nakita namin profile mo",
        "shopee hiring", "lazada hiring", "tiktok shop", "shopee part time", "lazada part time",
        "amazon part time", "tiktok part time", "hr ng shopee", "hr ng lazada", "hr ng amazon",
        "hr ng tiktok", "shopee task", "lazada task", "amazon task", "tiktok task",
        "shopee online job", "lazada online job", "cebu pacific hiring",
        "philippine airlines hiring", "emirates hiring", "qatar airways hiring",
        "hr manager ng", "recruiter ng", "official recruiter", "taga-hr ng", "napili ka",
        "napili ang profile mo", "nakita namin ang resume mo", "nakita ko ang resume mo",
    ],
    "money_transfer_role": [
        "padaanin lang", "padaanin ang bayad", "dollar account", "10% sa'yo", "reshipper",
        "bawat transaction", "tatanggap ng pera", "tumanggap ng pera", "tanggap ng pera",
        "magpapasok ng pera", "papasok ang pera sa account mo", "papasok sa account mo",
        "ipapasa mo", "ipasa mo", "i-transfer mo", "itransfer mo", "i-cash out mo",
        "icash out mo", "i-withdraw mo", "iwithdraw mo", "payment agent", "receiving agent",
        "cash out agent", "tatanggap ng padala", "tumanggap ng padala", "may % ka",
        "may porsyento ka", "may share ka", "may cut ka", "keep 10%", "tira mo ang",
        "sayo na ang", "gamit ang account mo", "gamitin ang account mo", "gamit ang gcash mo",
        "gamitin ang gcash mo",
    ],
    "scam_script_role": [
        "retention agent", "retention team", "build trust", "investment app",
        "profile na ibibigay", "kakausapin ang mga foreigner", "recovery agent",
        "recovery agents", "recovery service", "legal fee", "virus alert", "protection plan",
        "may deal", "leads", "chat sa mga foreigner", "makipag-chat sa foreigner",
        "makipag chat sa foreigner", "mag-chat ng foreigner", "chat ng mga foreigner",
        "chat sa foreigners", "makipag-chat sa mga foreigner", "fake account", "dummy account",
        "poser", "magpanggap", "magkunwari", "fake profile", "may script", "script na susundan",
        "susundin ang script", "sundan ang script", "love scam", "mang-scam", "crypto scam",
        "kumbinsihin mag-invest", "pa-investin", "mag-invest sila", "hanapin ang client",
        "maghanap ng client", "dating app", "dating site", "mag-chat sa dating app",
        "target na client", "target client",
    ],
    "compound_conditions": [
        "bawas sahod", "bawal magdala ng phone", "kukunin ang phone", "leads/day",
        "leads kada araw", "1 year contract", "shared dorm", "stay in sa compound",
        "sa loob ng compound", "sa loob ng building lang", "bawal lumabas",
        "hindi pwedeng lumabas", "di pwedeng lumabas", "hindi makakalabas", "12 hours duty",
        "12 oras", "12hrs duty", "12 hrs duty", "14 hours duty", "12 hours a day",
        "walang day off", "isang day off kada buwan", "1 day off a month",
        "1 day off per month", "2 days off per month", "may penalty pag umalis",
        "may penalty kapag umalis", "babayaran mo pag nag-resign", "may multa",
        "multa pag umalis", "bayaran ang kontrata", "kukunin ang passport", "may quota",
        "daily quota", "quota kada araw", "kaltas sa sahod", "contract 1 year",
        "6 months contract",
    ],
    "overseas_work": [
        "trabaho abroad", "work abroad", "mag-abroad", "pa-abroad", "abroad job",
        "trabaho sa thailand", "work sa thailand", "trabaho sa cambodia", "work sa cambodia",
        "trabaho sa myanmar", "trabaho sa laos", "trabaho sa dubai", "work sa dubai",
        "trabaho sa malaysia", "work sa malaysia", "trabaho sa ibang bansa", "sa ibang bansa",
        "magtrabaho sa ibang bansa", "trabaho sa labas ng bansa", "papuntang thailand",
        "papuntang cambodia", "papuntang dubai", "papuntang malaysia", "lilipad papuntang",
        "mag-ofw",
    ],
    "hotspot_destination": [
        "myawadi", "miyawadi", "sihanouk", "sihanoukvile", "pogo hub", "pogo hubs",
        "bamban tarlac", "bamban, tarlac", "porac pampanga", "porac, pampanga",
        "thai-myanmar border", "border ng thailand at myanmar", "border ng myanmar",
        "cambodia border", "mae sod", "tachilek",
    ],
    "awareness_language": [
        "ingat", "mag-ingat", "mag ingat", "ingat po", "ingat kayo", "babala", "scam po ito",
        "scam ito", "scam yan", "scam po yan", "wag maniwala", "huwag maniwala",
        "wag magpaloko", "huwag magpaloko", "wag pumatol", "huwag pumatol", "wag magbayad",
        "huwag magbayad", "wag ibigay", "huwag ibigay", "i-verify sa dmw", "verify sa dmw",
        "i-verify muna", "i-report", "ireport", "report sa", "iwas scam", "ingat sa scam",
        "human trafficking", "trafficking", "biktima", "nabiktima", "illegal recruiter",
        "illegal recruiters", "illegal recruitment", "share para aware", "pakishare",
        "paki-share", "share niyo", "para aware", "repost para", "advisory", "nagbabala",
        "nag-babala", "huwag magtiwala", "wag magtiwala", "alamin muna",
    ],
    "news_language": [
        "arestado", "inaresto", "naaresto", "hinuli", "nahuli", "nasagip", "nailigtas",
        "na-rescue", "ni-rescue", "narescue", "nakauwi na", "napauwi", "pinauwi", "repatriated",
        "ni-repatriate", "sinalakay", "ni-raid", "sinampahan ng kaso", "kinasuhan", "hinatulan",
        "nahatulan", "ayon sa", "ayon kay", "sabi ng pulis", "ayon sa pulisya", "pnp", "nbi",
        "bureau of immigration", "iacat", "dfa", "sinabi ni", "sa isang pahayag",
        "press briefing", "sa ulat", "iniulat",
    ],
    "licensed_recruitment": [
        "dmw", "poea", "dmw license", "poea license", "lisensyado", "lisensyadong agency",
        "licensed by dmw", "licensed by poea", "licensed agency", "license no", "lic. no",
        "dmw accredited", "accredited ng dmw", "walang placement fee", "no placement fee",
        "zero placement fee", "free placement fee", "dole", "owwa", "peso office",
        "public employment service office", "g2g", "eps-topik", "dmw.gov.ph", "poea.gov.ph",
        "pdos", "peos", "verified job order", "job order", "may oec", "kumpleto ang papeles",
        "employment contract",
    ],
}  # fmt: skip


# Fees named with how they are paid ("processing fee sa GCash", "may bayad ang training"); a
# GCash payment alone is how everything is paid. What legitimate recruiters write instead
# ("walang registration fee") and banks' warnings ("huwag ibigay ang OTP") are counter-signals.
PHRASES["upfront_fee"] += _combos(
    ["fee", "processing fee", "registration fee", "reservation fee", "training fee",
     "medical fee", "placement fee", "bayad sa training", "bayad sa medical",
     "bayad sa uniform", "deposit"],
    ["sa gcash", "via gcash", "thru gcash", "sa gcash number", "sa maya", "via maya",
     "sa personal account"],
) + _combos(
    ["may bayad ang", "may babayaran sa", "may bayad sa"],
    ["training", "medical", "uniform", "id", "processing", "visa", "application"],
)  # fmt: skip
PHRASES["licensed_recruitment"] += _combos(
    ["walang", "wala pong", "walang kahit anong", "hindi naniningil ng",
     "hindi kami naniningil ng"],
    ["registration fee", "processing fee", "training fee", "medical fee", "reservation fee",
     "bayad", "babayaran", "fee", "cash bond"],
)  # fmt: skip
PHRASES["awareness_language"] += _combos(
    ["huwag ibigay", "wag ibigay", "huwag i-share", "wag i-share", "huwag ipaalam",
     "hindi hihingin", "hindi kailanman hihingin", "never ibigay"],
    ["ang otp", "ang mpin", "ang password", "ang pin", "otp", "mpin", "ang code", "ang otp mo",
     "ang mpin mo"],
)  # fmt: skip

# More ways posters write the five scam-specific flags (fees paid first, fake HR of a
# brand, paid tasks, renting accounts, call-centre fraud work), kept to phrases that
# ordinary job ads, delivery riders and sales jobs do not use.
PHRASES["upfront_fee"] += [
    "down payment muna", "dp muna", "kalahati muna", "half muna", "50% muna",
    "bayaran ang kalahati", "kalahati ng bayad", "balance pag may visa",
    "balance pagdating ng visa", "opening fee", "file opening fee", "pang-open ng file",
    "pambukas ng file", "membership fee", "activation fee", "kit fee", "enrollment fee",
    "orientation fee", "insurance fee", "certificate fee", "pang-certificate", "assessment fee",
    "interview fee", "exam fee bago", "bayad sa interview", "bayad sa exam",
    "bayad sa pag-process", "pambayad sa processing", "pang-processing", "magbayad ng fee",
    "magbayad ng processing", "magbayad ng registration", "magpadala ng bayad",
    "ipadala ang bayad", "send ang bayad", "i-send ang bayad", "i-send ang payment",
    "magpadala ng fee", "bayad para makapasok", "magbayad para makapasok",
    "pampasok sa trabaho", "bayad sa backer", "may backer", "may kapit sa loob",
    "bayad para sa item", "bayad para sa posisyon", "pang-reserve", "reservation muna",
    "bond muna", "security deposit", "bayad sa psa", "bayad sa nbi",
]  # fmt: skip
PHRASES["pay_per_task"] += [
    "mag-follow", "i-follow lang", "i-like lang", "mag-subscribe", "kada subscribe",
    "per follow", "bawat follow", "per review", "kada review", "bawat review", "kada rating",
    "per rating", "bawat rating", "5-star rating", "5 star review", "5-star review",
    "mag-rate ng apps", "mag-rate ng app", "i-rate ang hotel", "i-rate ang products",
    "ma-unlock ang task", "ma-unlock ang tasks", "unlock ang task", "para ma-unlock",
    "mag-top up para", "top-up para", "recharge para", "vip 1", "vip 2", "vip 3",
    "mag-upgrade ng vip", "upgrade sa vip", "task fee", "task bonus", "recharge task",
    "prepaid tasks", "merchant task", "kada misyon", "bawat misyon", "daily mission",
    "mission task", "kada order commission", "commission kada order", "order commission",
    "ibabalik ang puhunan", "babalik ang capital", "puhunan plus commission",
    "capital plus commission", "balik puhunan plus", "mag-like at mag-follow", "like, follow",
    "follow at like", "i-screenshot at i-send", "kada video", "per video na",
    "panonood ng videos", "manood ng videos", "manood ng ads", "panonood ng ads",
]  # fmt: skip
PHRASES["account_rental"] += [
    "umuupa ng gcash", "umuupa ng account", "nagpapaupa ng gcash", "nagrerenta ng gcash",
    "nagre-rent ng gcash", "pinapaupahan", "paupahan ang gcash", "paupahan ang account",
    "ipaupa ang gcash", "ipaupa ang account", "ipa-rent ang gcash", "ipa-rent ang account",
    "sim at mpin", "sim card at mpin", "sim at ang mpin", "ibigay ang sim",
    "ibibigay mo lang yung sim", "ibibigay mo lang ang sim", "ibigay mo ang sim",
    "gcash na hindi ginagamit", "gcash na di ginagamit", "gcash mo na hindi mo ginagamit",
    "luma mong sim", "lumang sim", "gcash mo sa luma", "bank account na hindi ginagamit",
    "account na hindi mo ginagamit", "atm na hindi ginagamit", "ibigay ang atm", "atm at pin",
    "atm card at pin", "passbook at atm", "online banking access", "online banking login",
    "verified maya", "verified na gcash", "verified na maya", "verified na account",
    "kyc verified", "verified binance", "binance account", "bybit account",
    "crypto account na verified", "gcash for rent", "maya for rent", "account for rent",
    "for rent na gcash", "buy and sell ng gcash",
]  # fmt: skip
PHRASES["brand_impersonation"] += [
    "recruiter from", "hr from", "recruitment team ng", "hr team ng", "hr department ng",
    "taga-recruitment ng", "taga-hr", "official hr ng", "pasado ka sa initial screening",
    "pasado sa initial screening", "qualified ka para", "na-shortlist ka", "shortlisted ka",
    "napili ka para", "interview sa whatsapp", "interview sa telegram",
    "interview sa messenger", "interview via whatsapp", "interview via telegram",
    "offer letter", "job offer letter",
]  # fmt: skip
PHRASES["scam_script_role"] += [
    "bago i-release ang loan", "i-release ang loan", "kolektahin ang processing fee",
    "kolektahin ang fee", "singilin ng processing fee", "singilin ang processing fee",
    "tawagan ang mga nag-apply ng loan", "nag-apply ng loan", "tawagan ang mga loan applicant",
    "assigned persona", "assigned personas", "assigned profile", "profile na bigay",
    "account na ibibigay", "account na bigay ng company", "profile ng babae",
    "account ng babae", "picture ng iba", "hindi mo picture", "mag-build ng rapport",
    "build rapport", "build ng rapport", "i-guide sila mag-invest", "mag-invest sa aming",
    "crypto platform", "commission per deposit", "commission kada deposit",
    "bawat deposit ng client", "pa-depositin", "mag-deposit ang client", "sundin ang script",
    "may script na", "script na ibibigay", "script ibibigay", "investment closer",
    "crypto closer", "reload agent", "fronter", "magpanggap na taga-bangko",
    "magpakilalang taga-bangko", "chat agent sa dating", "dating apps", "sweet talk",
    "mag-sweet talk", "ex-pogo welcome", "ex-pogo preferred", "ex-pogo ok",
    "recovery ng nawalang pera", "ibalik ang nawalang pera", "makukuha pa ang pera",
    "mabawi ang pera",
]  # fmt: skip
_BRAND_NAMES = ["shopee", "lazada", "tiktok", "amazon", "jollibee", "emirates", "qatar airways",
                "cebu pacific", "philippine airlines", "pal", "airasia", "shangri-la",
                "marriott", "hilton", "netflix", "youtube", "grab", "foodpanda", "sm",
                "robinsons", "gcash", "maya", "meralco", "pldt", "bdo",
                "bpi", "metrobank", "unionbank", "landbank", "petron", "san miguel",
                "puregold", "7-eleven", "mcdonald's", "okada", "solaire", "etihad",
                "dubai airports", "burj al arab", "jumeirah", "emaar", "temu",
                "shein"]  # fmt: skip
PHRASES["brand_impersonation"] += _combos(
    _BRAND_NAMES, ["", "ph", "philippines", "group", "official"],
    ["hiring", "recruitment", "recruiter", "hr", "hr team", "careers"],
) + _combos(
    ["hr ng", "recruiter ng", "hr ni", "recruiter from", "hr from", "taga-hr ng",
     "recruitment ng", "hr team ng", "hr manager ng"], _BRAND_NAMES,
)  # fmt: skip


_LETTER_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _hyphen_variants(phrase: str) -> list[str]:
    """'mag-apply' is also written 'magapply' and 'mag apply' (letters only: '1-2 oras'
    must not become '12 oras')."""
    if not _LETTER_HYPHEN.search(phrase):
        return []
    return [_LETTER_HYPHEN.sub("", phrase), _LETTER_HYPHEN.sub(" ", phrase)]


for _items in PHRASES.values():
    _items.extend([v for p in list(_items) for v in _hyphen_variants(p) if v not in _items])

_PESO = r"^(₱|p|php)?([4-9]\d|[1-9]\d\d)(k|,000|000)$"
_PESO_UNIT = ["₱", "php", "p", "pesos", "piso"]  # fmt: skip
_BRANDS = ["shopee", "lazada", "tiktok", "amazon", "jollibee", "emirates", "qatar", "cebu",
           "pal", "airasia", "shangri-la", "marriott", "hilton", "netflix", "youtube",
           "grab", "foodpanda", "sm", "robinsons", "gcash", "maya", "meralco"]  # fmt: skip

TOKEN_PATTERNS = {
    # "sahod 60k", "sweldo ₱80,000 a month", "salary: 50k-80k"
    "pay_above_market": [
        [{"LOWER": {"IN": ["sahod", "sweldo", "salary", "kita", "kikitain", "basic"]}},
         {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": ["ay", "na", "is", "ng", "hanggang", "up", "to", "from"]}, "OP": "{0,2}"},
         {"LOWER": {"IN": _PESO_UNIT}, "OP": "?"},
         {"LOWER": {"REGEX": _PESO + r"|^([4-9]\d|[1-9]\d\d)k-\d+k$"}}],
        [{"LOWER": {"IN": ["sahod", "sweldo", "salary"]}}, {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": ["$", "usd", "us$"]}},
         {"LOWER": {"REGEX": r"^[1-9][.,]?\d{3}$|^[1-9]k$"}}],
        # "₱100k/month", "60,000 monthly", "1,300 USD", "$1,500/mo", "1000U basic"
        [{"LOWER": {"IN": ["₱", "php", "p"]}}, {"LOWER": {"REGEX": _PESO}},
         {"LOWER": {"IN": ["/", "a", "per", "kada"]}, "OP": "?"},
         {"LOWER": {"IN": ["month", "monthly", "buwan", "mo", "buwanan"]}}],
        [{"LOWER": {"REGEX": r"^(₱|p|php)([4-9]\d|[1-9]\d\d)(k|,000|000)$|^([4-9]\d|[1-9]\d\d)k$"}},
         {"LOWER": {"IN": ["/", "a", "per", "kada"]}, "OP": "?"},
         {"LOWER": {"IN": ["month", "monthly", "buwan", "mo", "buwanan"]}}],
        [{"LOWER": {"IN": ["$", "us$"]}}, {"LOWER": {"REGEX": r"^[1-9][.,]?\d{3}$"}}],
        [{"LOWER": {"REGEX": r"^[1-9][.,]?\d{3}$"}}, {"LOWER": {"IN": ["usd", "usdt", "dollars"]}}],
        [{"LOWER": {"REGEX": r"^[1-9][.,]?\d{3}u$"}}],
    ],
    # "libre visa, ticket at tirahan", "visa, ticket, pagkain sagot ng company"
    "travel_paid": [
        [{"LOWER": {"IN": ["libre", "libreng", "free"]}},
         {"LOWER": {"IN": ["ang", "na", "pati", "lahat", ","]}, "OP": "*"},
         {"LOWER": {"IN": ["visa", "ticket", "pamasahe", "tirahan", "pagkain", "kain",
                           "accommodation", "bahay", "flight", "airfare", "tulugan",
                           "housing", "food", "transpo", "hotel", "condo", "dorm"]}}],
        [{"LOWER": {"IN": ["visa", "ticket", "pamasahe", "tirahan", "pagkain", "flight"]}},
         {"LOWER": {"IN": [",", "at", "&", "+", "/", "and"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?"]}, "OP": "{0,4}"},
         {"LOWER": {"IN": ["sagot", "libre", "free", "covered", "provided"]}}],
    ],
    # "kumita ng ₱500 kada araw", "1,500 pesos a day", "500/day"
    "daily_pay_little_work": [
        [{"LOWER": {"IN": ["₱", "php", "p"]}, "OP": "?"},
         {"LOWER": {"REGEX": r"^(₱|p|php)?([1-9]\d?,?\d{3}|[1-9]\d?k)$"}},
         {"LOWER": {"IN": ["pesos", "php", "piso"]}, "OP": "?"},
         {"LOWER": {"IN": ["a", "per", "kada", "bawat", "/", "isang", "sa"]}},
         {"LOWER": {"IN": ["day", "araw", "maghapon"]}}],
        [{"LOWER": {"REGEX": r"^(₱|p|php)?\d[\d,]*k?-(₱|p|php)?\d[\d,]*k?$"}},
         {"LOWER": {"IN": ["kada", "per", "a", "/"]}}, {"LOWER": {"IN": ["araw", "day"]}}],
        [{"LOWER": {"REGEX": r"^(₱|p|php)?\d[\d,]*k?-(₱|p|php)?\d[\d,]*k?$"}},
         {"LOWER": "/"}, {"LOWER": {"IN": ["araw", "day"]}}],
        [{"LOWER": {"IN": ["kumita", "kikita", "kita", "earn"]}},
         {"LOWER": {"IN": ["ng", "ka", "ka ng", "up", "to"]}, "OP": "*"},
         {"LOWER": {"IN": ["₱", "php", "p"]}, "OP": "?"},
         {"LOWER": {"REGEX": r"^(₱|p|php)?\d[\d,]*k?$"}},
         {"LOWER": {"IN": ["daily", "araw-araw", "everyday", "kada", "per", "a"]}},
         {"LOWER": {"IN": ["araw", "day"]}, "OP": "?"}],
    ],
    # "Deposit ₱3,000 → ₱4,200", "processing ₱85,000", "reservation fee ₱15,000"
    "upfront_fee": [
        [{"LOWER": {"IN": ["processing", "package", "reservation", "reserve", "magbayad",
                           "deposit", "magdeposit", "registration", "medical"]}},
         {"LOWER": {"IN": ["fee", "ng", "na", "muna", ":"]}, "OP": "{0,2}"},
         {"LOWER": {"IN": _PESO_UNIT}, "OP": "?"},
         {"LOWER": {"REGEX": r"^(₱|p|php)?\d[\d,.]*k?$"}}],
    ],
    # "pahiram ng GCash mo", "bibili ng verified na GCash", "rent ng BDO account"
    "account_rental": [
        [{"LOWER": {"IN": ["rent", "renta", "rerentahan", "upa", "uupahan", "paupahan",
                           "bibili", "bili", "buy", "benta", "ibenta", "sell", "pahiram",
                           "hiram", "hihiramin", "pagamit", "ipagamit", "buying"]}},
         {"LOWER": {"IN": ["ng", "ang", "mo", "na", "verified", "fully", "your", "yung",
                           "iyong", "ko"]}, "OP": "{0,3}"},
         {"LOWER": {"IN": ["gcash", "maya", "paymaya", "sim", "bdo", "bpi", "unionbank",
                           "landbank", "metrobank", "seabank", "gotyme", "coins.ph", "bank",
                           "account", "accounts", "fb", "facebook"]}}],
    ],
    # "Shopee hiring", "HR ng Lazada", "TikTok part time"
    "brand_impersonation": [
        [{"LOWER": {"IN": _BRANDS}},
         {"LOWER": {"IN": ["pacific", "airlines", "airways", "ph", "philippines", "-", "canada",
                           "hotel", "doha", "dubai", "qatar", "uae", "japan", "australia",
                           "group", "official", "ng", "mall"]},
          "OP": "{0,2}"},
         {"LOWER": {"IN": ["hiring", "recruitment", "recruiter", "hr", "task", "tasks"]}}],
        [{"LOWER": {"IN": ["hr", "recruiter", "taga-hr"]}}, {"LOWER": {"IN": ["ng", "ni", "from"]}},
         {"LOWER": {"IN": _BRANDS}}],
    ],
}  # fmt: skip
