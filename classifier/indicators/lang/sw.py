"""Swahili red-flag phrases: Kenya, Tanzania and Uganda (and the Swahili of eastern DRC),
where young graduates were recruited for "customer care" and "typing" jobs in Thailand
and taken on to Myawaddy, and where Gulf domestic-work agencies advertise daily. Written
as people type them: Standard Swahili and Sheng, English mixed in ("free visa", "part
time", "customer care"), verbs with English stems ("kulike", "ku-type", "ni-inbox"), both
"visa" and "viza", "pasipoti" and "passport", pay in dollars, KSh, TSh and USh ("elfu",
"laki", "milioni"), M-Pesa, Airtel Money, Tigo Pesa / Mixx, HaloPesa and MTN MoMo.

Examples: "Nafasi za kazi Thailand: customer care, mshahara dola 1,200, visa na tiketi
bure, malazi na chakula bure, hakuna uzoefu. Wasiliana WhatsApp tu"; "Kulike video za
TikTok ulipwe Ksh 3,000 kwa siku"; "Tunakodisha line za M-Pesa"; counter-signals:
"Tahadhari: ajira feki za Thailand", "Polisi wamewakamata", "Wakala aliyesajiliwa na
NEA, hatutozi ada yoyote".
"""

from itertools import product

LANG = "sw"

PHRASES = {
    "pay_above_market": [
        "mshahara mkubwa", "mshahara mnono", "mshahara mzuri sana", "mshahara wa juu",
        "mshahara juu sana", "mishahara mikubwa", "mishahara minono", "malipo makubwa",
        "malipo mazuri sana", "malipo ya juu", "kipato kikubwa", "kipato kizuri sana",
        "mapato makubwa", "pata hadi", "lipwa hadi", "kulipwa hadi", "utalipwa hadi",
        "mshahara hadi", "mshahara wa hadi", "kipato hadi", "unaweza kupata hadi", "pesa ndefu",
        "hela ndefu", "mkwanja mrefu", "doo ndefu", "pesa rahisi", "kipato cha uhakika",
        "mshahara kwa dola", "mshahara wa dola", "mshahara ni dola", "malipo kwa dola",
        "kulipwa kwa dola", "unalipwa kwa dola", "mshahara kwa usd", "malipo kwa usdt",
        "mshahara dola", "kamisheni kubwa", "bonasi na kamisheni", "bonasi kubwa", "posho nono",
        "mshahara mara mbili", "kipato kisicho na kikomo", "mapato yasiyo na kikomo",
        "kipato bila kikomo",
    ],
    "travel_paid": [
        "visa bure", "viza bure", "visa ni bure", "viza ni bure", "tiketi bure", "tiketi ni bure",
        "tiketi ya ndege bure", "tiketi za ndege bure", "ndege bure", "nauli bure", "nauli ni bure",
        "usafiri bure", "malazi bure", "malazi ni bure", "chakula bure", "chakula ni bure",
        "makazi bure", "nyumba bure", "kulala bure", "chakula na malazi", "malazi na chakula",
        "chakula na malazi bure", "malazi na chakula bure", "kula na kulala bure",
        "kulala na kula bure", "visa na tiketi", "tiketi na visa", "viza na tiketi",
        "visa na tiketi bure", "visa, tiketi", "gharama zote zinalipwa",
        "gharama zote ni za kampuni", "gharama zote zitalipwa", "gharama zote juu ya kampuni",
        "kampuni inalipia", "kampuni italipia", "kampuni inalipa tiketi", "kampuni italipa tiketi",
        "kampuni inalipia visa", "imelipiwa na kampuni", "inalipiwa na kampuni",
        "zinalipiwa na kampuni", "kwa gharama ya kampuni", "kwa gharama za kampuni",
        "kwa gharama ya mwajiri", "kwa gharama za mwajiri", "mwajiri analipia", "mwajiri atalipia",
        "mwajiri analipa", "tunalipia visa", "tunalipia tiketi", "tunakulipia", "tutakulipia",
        "tunagharamia", "tutagharamia", "malazi yanatolewa", "malazi yatatolewa",
        "malazi yametolewa", "chakula kinatolewa", "chakula kitatolewa", "huna haja ya kulipa",
        "hulipi chochote", "hutalipa chochote", "bila gharama yoyote", "bila kutoa pesa",
        "hutoi hata shilingi", "hutoi hata senti", "hakuna kutoa pesa",
        "utapokelewa uwanja wa ndege", "kupokelewa uwanja wa ndege", "utapokelewa airport",
        "tutakupokea airport", "chumba kinatolewa", "chumba bure", "nyumba inatolewa",
        "pamoja na nyumba", "pamoja na malazi", "tunatoa housing", "housing inatolewa",
        "tunatoa malazi", "tunatoa chakula na malazi", "wanasaidia na visa", "tunasaidia na visa",
        "kampuni inasaidia na visa", "kampuni inashughulikia visa",
        "visa inashughulikiwa na kampuni", "tiketi inarudishwa",
    ],
    "no_experience": [
        "hakuna uzoefu", "bila uzoefu", "uzoefu hauhitajiki", "hakuna haja ya uzoefu",
        "huhitaji uzoefu", "hauhitaji uzoefu", "uzoefu sio lazima", "uzoefu si lazima",
        "hata bila uzoefu", "hata kama huna uzoefu", "huna uzoefu", "hata bila elimu",
        "elimu sio lazima", "elimu si lazima", "elimu yoyote", "kiwango chochote cha elimu",
        "hata darasa la saba", "form four inatosha", "ujuzi wa kompyuta wa kawaida",
        "ujuzi wa msingi wa kompyuta", "ujuzi mdogo wa kompyuta", "kompyuta kidogo",
        "kiingereza kidogo", "kiingereza cha kawaida", "kiingereza cha msingi",
        "kuongea kiingereza kidogo", "unahitaji simu tu", "unahitaji smartphone tu",
        "simu janja tu", "smartphone tu", "simu na bando tu", "simu na internet tu", "simu yako tu",
        "mafunzo bure", "mafunzo yanatolewa", "mafunzo yatatolewa", "tutakufundisha",
        "tunakufundisha", "utafundishwa", "tutakufunza", "mtu yeyote anaweza",
        "yeyote anaweza kujiunga", "yeyote anaweza kufanya", "wanafunzi wanakaribishwa",
        "akina mama wa nyumbani", "wahitimu wapya", "wahitimu wanakaribishwa", "hakuna cv",
        "bila cv", "akina mama wa nyumbani wanakaribishwa", "hata mama wa nyumbani",
        "mama wa nyumbani karibu", "hakuna interview", "hakuna usaili", "bila usaili",
        "bila interview", "training bure", "training ni bure", "mafunzo ni bure", "hakuna ielts",
    ],
    "high_risk_role": [
        "huduma kwa wateja", "huduma ya wateja", "huduma kwa mteja", "mhudumu wa wateja",
        "wahudumu wa wateja", "afisa huduma kwa wateja", "kazi ya kuandika", "kazi za kuandika",
        "kazi ya kutype", "kazi za kutype", "kutype", "ku-type", "kazi ya typing", "kazi za typing",
        "uchapaji", "mchapaji", "kuingiza data", "uingizaji data", "uingizaji wa data",
        "kazi ya kuingiza data", "masoko ya kidijitali", "masoko ya mtandaoni", "masoko mtandaoni",
        "uuzaji mtandaoni", "mauzo ya mtandaoni", "mauzo mtandaoni", "kasino",
        "kasino ya mtandaoni", "michezo ya kubahatisha", "kampuni ya betting", "kampuni ya kubeti",
        "mwendeshaji wa michezo", "sarafu za kidijitali", "sarafu ya kidijitali",
        "fedha za kidijitali", "mtafsiri", "mkalimani", "wakalimani", "mhudumu wa mapokezi",
        "kuchat na wateja", "kujibu jumbe za wateja", "kujibu meseji za wateja", "kituo cha simu",
        "afisa masoko mtandaoni", "kazi za typing online", "kazi ya call center",
        "kazi za call center", "wahudumu wa call center", "kazi ya call centre",
    ],
    "hotspot_destination": [
        "sihanouk", "sihanuk", "sihanukville", "sianukvili", "myawaddi", "miyawadi", "miyawaddy",
        "mayawadi", "myawadii", "shwe koko", "tachilek", "pembetatu ya dhahabu",
        "mpaka wa thailand na myanmar", "mpakani mwa thailand na myanmar", "mpakani mwa thailand",
        "mpaka wa myanmar", "mpakani mwa myanmar", "mpaka wa thailand",
        "eneo maalum la kiuchumi la golden triangle",
    ],
    "private_contact_only": [
        "whatsapp tu", "kupitia whatsapp tu", "wasiliana whatsapp", "wasiliana kupitia whatsapp",
        "wasiliana nasi whatsapp", "wasiliana nasi kupitia whatsapp", "wasiliana nami whatsapp",
        "tuma ujumbe whatsapp", "tuma meseji whatsapp", "tuma sms whatsapp", "ujumbe whatsapp tu",
        "whatsapp pekee", "telegram tu", "kupitia telegram tu", "wasiliana telegram",
        "wasiliana kupitia telegram", "wasiliana nasi telegram", "jiunge na group la telegram",
        "jiunge na group la whatsapp", "jiunge na kundi la whatsapp", "jiunge na kundi la telegram",
        "ingia group la whatsapp", "ingia kwenye group", "nitumie ujumbe", "nitumie meseji",
        "nitumie sms", "nitext", "ni-text", "nicheki inbox", "ni-inbox", "niinbox",
        "inbox kwa maelezo", "inbox kwa maelezo zaidi", "maelezo zaidi inbox", "maelezo inbox",
        "ingia inbox", "tuma inbox", "njoo inbox", "ni-dm", "nidm", "dm kwa maelezo",
        "maelezo zaidi whatsapp", "maelezo kupitia whatsapp", "bonyeza link", "bofya link",
        "gusa link", "bonyeza kiungo", "bofya kiungo", "tuma cv whatsapp", "tuma cv kwa whatsapp",
        "tuma cv kupitia whatsapp", "tuma jina lako whatsapp", "tuma neno kazi", "wasiliana na hr",
        "wasiliana na msaidizi wangu", "ongea na hr", "nicheki whatsapp", "nicheki dm",
        "whatsapp ya hr", "whatsapp ya hr manager", "niongeze whatsapp", "niongeze kwenye whatsapp",
        "nikuongeze whatsapp", "nikuongeze kwenye group", "nikuunganishe naye", "nitumie inbox",
        "nitumie dm", "niandikie inbox", "niandikie whatsapp",
    ],
    "urgency": [
        "nafasi chache", "nafasi ni chache", "nafasi zimebaki chache", "zimebaki nafasi",
        "nafasi chache zimebaki", "zimebaki nafasi chache", "wahi nafasi", "wahi sasa",
        "wahi mapema", "wahi haraka", "usikose", "usikose nafasi", "usikose fursa", "usipitwe",
        "safari wiki ijayo", "tunasafiri wiki ijayo", "kusafiri wiki ijayo", "safari ni wiki hii",
        "kuondoka wiki ijayo", "tunaondoka wiki ijayo", "safari ndani ya wiki",
        "kusafiri ndani ya siku", "inahitajika haraka", "wanahitajika haraka", "anahitajika haraka",
        "wanahitajika kwa haraka", "tunahitaji haraka", "ndani ya masaa 24", "ndani ya saa 24",
        "anza kazi mara moja", "kuanza mara moja", "kuanza kazi kesho", "anza kesho", "tuma haraka",
        "fursa ya mwisho", "nafasi ya mwisho", "mwisho leo", "kabla nafasi hazijaisha",
        "nafasi zinaisha", "watu wachache tu",
    ],
    "tourist_visa": [
        "visa ya utalii", "viza ya utalii", "visa ya kitalii", "viza ya kitalii",
        "visa ya matembezi", "visa ya kutembelea", "viza ya kutembelea", "visa ya mtalii",
        "visa ya visit", "utaenda kama mtalii", "safiri kama mtalii", "kusafiri kama mtalii",
        "kwenda kama mtalii", "utasafiri kama mtalii", "visa ya kazi ukifika",
        "kibali cha kazi ukifika", "vibali vya kazi ukifika", "kibali cha kazi utapata ukifika",
        "visa itabadilishwa", "tutabadilisha visa", "kubadilisha visa", "visa kubadilishwa",
        "visa ya kazi baadaye", "visa ya kazi itashughulikiwa huko", "work permit ukishafika",
        "work permit ukifika", "vibali ukishafika", "kibali cha kazi ukishafika",
        "visa ya kazi ukishafika", "permit ukishafika",
    ],
    "passport_requested": [
        "tuma pasipoti", "tuma passport", "tuma pasipoti yako", "tuma passport yako",
        "tuma nakala ya pasipoti", "tuma nakala ya passport", "nakala ya pasipoti",
        "nakala ya passport", "copy ya passport", "copy ya pasipoti", "kopi ya passport",
        "kopi ya pasipoti", "picha ya pasipoti", "picha ya passport", "tuma picha ya passport",
        "tuma picha ya pasipoti", "tuma kitambulisho", "tuma kitambulisho chako",
        "picha ya kitambulisho", "tuma picha ya kitambulisho", "nakala ya kitambulisho",
        "namba ya pasipoti", "namba ya passport", "namba ya kitambulisho", "namba ya nida",
        "kitambulisho cha nida", "pasipoti itahifadhiwa", "passport itahifadhiwa",
        "pasipoti itashikiliwa", "passport itashikiliwa", "kampuni itashika pasipoti",
        "kampuni itashikilia pasipoti", "kampuni itachukua pasipoti", "kukabidhi pasipoti",
        "kabidhi pasipoti", "kukabidhi passport", "pasipoti yako itakaa na kampuni",
        "passport itabaki kwa kampuni", "pasipoti itabaki kwa mwajiri", "tuma paspoti",
        "nakala ya paspoti", "picha ya id", "tuma id",
    ],
    "credentials_requested": [
        # code / namba ya siri
        "nitumie code", "nitumie hiyo code", "tuma code", "tuma code uliyopokea",
        "code uliyopokea", "code uliyotumiwa", "code utakayopokea", "code itakayokuja",
        "code ya uthibitisho", "code ya kuthibitisha", "code ya sms", "ujumbe wenye code",
        "code ya tarakimu 6", "code yenye tarakimu sita", "msimbo wa uthibitisho",
        "nambari ya uthibitisho", "nitumie namba ya siri", "namba yako ya siri",
        "namba ya siri ya m-pesa", "pin yako", "pin ya m-pesa", "pin ya mpesa",
        "pin ya airtel money", "pin ya tigo pesa", "pin ya mixx", "pin ya halopesa",
        "pin ya momo", "pin ya atm", "pin ya kadi",
        # nenosiri
        "nitumie password", "tuma password", "login details zako", "nitumie password yako",
        "tuma password yako", "password yako ya benki", "password ya m-pesa",
        "username na password yako", "tuma username na password",
        "jina la mtumiaji na nenosiri lako", "nenosiri lako la benki",
        # kadi
        "namba ya kadi na cvv", "namba ya kadi, tarehe ya kuisha na cvv",
        "tarakimu 3 nyuma ya kadi", "namba tatu nyuma ya kadi", "cvv", "picha ya kadi ya benki",
        "picha ya kadi ya atm",
        # selfie na kitambulisho
        "selfie ukiwa na kitambulisho", "selfie na kitambulisho", "selfie ukishika kitambulisho",
        "picha ukiwa umeshika kitambulisho", "selfie na passport", "selfie na pasipoti",
        # kisingizio
        "kufungua akaunti ya mshahara", "kuwezesha akaunti ya mshahara",
        "kusajili akaunti ya mshahara",
    ],
    "upfront_fee": [
        "ada ya usajili", "ada ya kujisajili", "ada ya kujiandikisha", "ada ya maombi",
        "ada ya mafunzo", "ada ya visa", "ada ya viza", "ada ya kushughulikia visa",
        "gharama ya visa", "gharama za visa", "ada ya medical", "ada ya uchunguzi wa afya",
        "ada ya wakala", "ada ya kujiunga", "ada ya fomu", "pesa ya fomu", "pesa ya usajili",
        "lipa ada", "lipia usajili", "lipa usajili", "lipia fomu", "weka amana", "ada ndogo",
        "tuma pesa ya usajili", "tuma ada", "tuma ada ya usajili", "weka pesa kwanza",
        "weka deposit", "kifurushi cha vip", "pesa ya medical", "pesa ya visa",
        "gharama za kushughulikia", "ada ya uthibitisho", "ada ya kuanzisha akaunti",
        "recharge kwanza", "lipia training", "weka salio kwanza", "weka salio ili uanze",
        "ongeza salio ili", "lipa kwanza ada", "lipia kwanza usajili",
        "malipo ya awali ya usajili", "lipa ada ya usajili kupitia m-pesa", "unahitaji kulipa",
        "unatakiwa kulipa", "utahitajika kulipa", "utatakiwa kulipa", "kabla ya kupewa visa",
        "baada ya malipo utapata", "lipa deposit", "bei ya cos", "kulipia cos", "ya activation",
        "za medical na processing", "medical na processing", "ada ya training",
        "pesa ya training", "pesa ya mafunzo", "lipia mafunzo", "ada ya sare", "pesa ya sare",
        "lipia sare", "nunua sare", "ada ya uniform", "pesa ya uniform",
        "ada ya kitambulisho cha kazi", "pesa ya kitambulisho", "ada ya id", "pesa ya id",
        "ada ya kipimo cha dawa za kulevya", "pesa ya vipimo", "ada ya vipimo",
        "ada ya kufungua faili", "pesa ya kufungua faili", "ada ya faili", "pesa ya faili",
        "ada ya kibali cha kazi", "pesa ya kibali cha kazi", "gharama ya kibali cha kazi",
        "ada ya work permit", "pesa ya work permit", "kuhifadhi nafasi yako",
        "kushikilia nafasi yako", "ada ya kuhifadhi nafasi", "pesa ya kuhifadhi nafasi",
        "pesa itarudishwa", "ada itarudishwa", "ada inarejeshwa", "pesa utarudishiwa",
        "pesa ya kuingia jeshini", "ajira ya serikali kwa", "nafasi ya polisi kwa",
        "ajira ya uhakika serikalini", "lipa upate kazi ya serikali", "toa kitu kidogo",
    ],
    "recruit_friends_commission": [
        "leta rafiki", "lete marafiki", "leta marafiki", "alika marafiki", "waalike marafiki",
        "alika rafiki", "karibisha marafiki", "kamisheni kwa kila mtu", "kamisheni kwa kila rafiki",
        "bonasi kwa kila rafiki", "bonasi kwa kila mtu", "kwa kila mtu utakayemleta",
        "utakayemleta", "kila utakayemsajili", "sajili watu", "sajili wenzako",
        "kamisheni ya rufaa", "bonasi ya rufaa", "kiungo cha rufaa", "link ya rufaa",
        "link ya referral", "jenga timu yako", "pata kamisheni kwa kila", "pata pesa kwa kualika",
        "lipwa kwa kualika", "kila mtu unayemleta", "ukileta watu", "ukileta rafiki",
        "timu yako ikikua", "jenga timu yako upate", "jenga timu yako na upate kamisheni",
    ],
    "pay_per_task": [
        "kulike video", "ku-like", "kulike", "kulike post", "kupenda video", "penda video",
        "kufuatilia akaunti", "follow akaunti", "kufollow", "ku-follow", "kusubscribe",
        "ku-subscribe", "tazama video ulipwe", "angalia video ulipwe", "kulipwa kwa kutazama",
        "lipwa kwa kutazama video", "lipwa kwa kulike", "ulipwe kwa kulike", "kulipwa kwa kulike",
        "kadiria hoteli", "kukadiria hoteli", "kukadiria bidhaa", "kuandika reviews",
        "reviews za google", "kutoa reviews", "kamilisha task", "kamilisha tasks",
        "task za kila siku", "tasks za kila siku", "malipo kwa kila task", "kwa kila task",
        "kwa kila like", "kwa kila video", "kwa kila oda", "kunyakua oda", "nyakua oda",
        "oda za kila siku", "boost bidhaa", "kuboost bidhaa", "kiwango cha vip", "ngazi ya vip",
        "kazi za kulike", "kazi ya kulike", "kulipwa kulike", "kazi ya kutazama video",
        "kazi ya kutazama video na kulipwa", "kuangalia matangazo", "kutazama matangazo",
        "kuangalia ads", "kutazama ads", "kuandika review", "review za bidhaa", "kwa kila review",
        "task ya leo", "welfare task",
    ],
    "daily_pay_little_work": [
        "malipo kila siku", "malipo ya kila siku", "lipwa kila siku", "unalipwa kila siku",
        "kulipwa kila siku", "utalipwa kila siku", "malipo ya papo hapo", "malipo papo hapo",
        "lipwa papo hapo", "kulipwa papo hapo", "toa pesa kila siku", "withdraw kila siku",
        "saa 1-2 kwa siku", "masaa 1-2 kwa siku", "masaa mawili kwa siku", "saa mbili kwa siku",
        "saa moja kwa siku", "lisaa limoja kwa siku", "dakika 30 kwa siku", "muda wako wa ziada",
        "wakati wako wa ziada", "muda wako wa bure", "kazi ukiwa nyumbani",
        "fanya kazi ukiwa nyumbani", "kwa simu yako tu", "ukitumia simu yako", "kazi ya mtandaoni",
        "kazi za mtandaoni", "kazi ya online", "kazi za online", "kazi ya muda", "kazi za muda",
        "kipato cha ziada", "pesa ya ziada", "hustle ya online", "kazi kwa simu",
        "pata pesa ukiwa nyumbani", "kazi kupitia simu yako", "pata pesa kupitia simu yako",
        "ingiza pesa kupitia simu yako", "masaa 2 tu kwa siku", "masaa 2 kwa siku",
        "saa 2 kwa siku", "saa 1 kwa siku", "masaa machache kwa siku", "kazi ya kukaa tu na simu",
        "kukaa tu na simu", "malipo ya siku ni", "malipo ya siku tsh",
    ],
    "account_rental": [
        "kukodisha akaunti", "kodisha akaunti", "akaunti ya kukodi", "akaunti za kukodi",
        "nunua akaunti za benki", "tunanunua akaunti", "tunanunua akaunti za benki",
        "uza akaunti yako", "uza akaunti ya benki", "kukodisha line", "kodisha line",
        "kodisha laini", "kukodisha laini", "laini zilizosajiliwa", "line zilizosajiliwa",
        "sim card zilizosajiliwa", "tunanunua line", "tunanunua laini", "nunua laini",
        "uza laini yako", "uza line yako", "kodisha mpesa yako", "kodisha m-pesa yako",
        "akaunti za mobile money", "tutatumia akaunti yako", "kutumia akaunti yako ya benki",
        "tumia akaunti yako ya benki", "akaunti za binance", "akaunti za crypto zilizothibitishwa",
        "akaunti zilizothibitishwa", "kodisha akaunti ya airtel money",
        "kodisha akaunti ya tigo pesa", "kodisha momo", "akaunti ya momo kwa kukodi",
        "iliyosajiliwa kwa id yako", "zilizosajiliwa kwa id yako", "line iliyosajiliwa",
        "unauza line", "unauza laini", "tuikodi", "tuikodishe", "kunikodishia", "kunikodisha",
        "kukodishia", "account iliyo-verified", "akaunti iliyothibitishwa", "unatupa login",
        "account za benki za biashara", "akaunti za benki za biashara",
        "watu wenye m-pesa na account", "kwa kila account", "kwa kila akaunti", "tunakodi accounts",
        "tunanunua accounts", "kukodi accounts",
    ],
    "brand_impersonation": [
        "hr wa amazon", "amazon part time", "kazi za amazon", "kazi ya amazon", "kazi za tiktok",
        "tiktok part time", "kazi za youtube", "kazi za jumia", "jumia part time", "jumia inaajiri",
        "ajira jumia", "kazi za kilimall", "kilimall inaajiri", "hr wa safaricom",
        "safaricom inaajiri", "vodacom inaajiri", "airtel inaajiri", "kenya airways inaajiri",
        "ajira kenya airways", "emirates inaajiri", "qatar airways inaajiri", "hilton inaajiri",
        "serena inaajiri", "coca cola inaajiri", "bolt inaajiri", "glovo inaajiri",
        "wakala rasmi wa", "mshirika rasmi wa", "hr manager wa", "meneja wa hr wa",
        "kutoka kitengo cha hr", "idara ya rasilimali watu ya", "ajira za amazon",
        "ajira za tiktok", "kazi za booking.com", "kazi za netflix", "umefaulu usaili",
        "umefaulu usaili wa mtandaoni", "hongera kwa kuchaguliwa", "umeorodheshwa kwa nafasi",
        "barua ya ofa ya kazi", "wakala wetu aliyeidhinishwa", "usaili utafanywa na wakala wetu",
        "wasiliana na wakala wetu", "umechaguliwa kwa nafasi ya", "umechaguliwa kujiunga na",
    ],
    "money_transfer_role": [
        "pokea pesa kwenye akaunti yako", "kupokea pesa kwenye akaunti yako",
        "kupokea malipo kwenye akaunti yako", "pokea malipo kwenye akaunti yako", "pokea na utume",
        "kupokea na kutuma", "pokea kisha utume", "kupokea na kutuma pesa",
        "pokea kwenye mpesa yako", "kupokea pesa kwa mpesa yako", "pokea kwenye m-pesa yako",
        "wakala wa malipo", "wakala wa kifedha", "toa pesa na utume", "kutoa pesa na kutuma",
        "baki na asilimia", "utabaki na asilimia", "bakiza asilimia", "kata asilimia yako",
        "asilimia ya kila muamala", "kamisheni ya kila muamala",
        "pesa zitaingia kwenye akaunti yako", "pesa itaingia kwenye akaunti yako",
        "pesa zitaingia kwenye mpesa yako", "tuma kwa namba nitakayokupa", "kutoa cash na kuleta",
        "kusafirisha pesa", "kutuma kwenye namba tutakayokupa", "namba tutakayokupa",
        "kupokea pesa kutoka kwa wateja", "pesa inaingia kwenye account yako", "pesa ikiingia",
        "unatoa cash", "unatoa unampa", "unatoa na kumpa", "unampa mtu wetu",
        "unapeleka kwa mtu wetu", "tunakutumia pesa kwa account yako",
        "tutakutumia pesa kwenye account yako", "unai-withdraw", "unachukua asilimia",
        "unabaki na asilimia",
    ],
    "scam_script_role": [
        "kuchat na wateja wa kigeni", "kuchat na wanaume", "kuchat na wazungu",
        "kuchat na watu wa nje", "kuongea na wanaume", "kujenga urafiki mtandaoni",
        "urafiki wa mtandaoni", "akaunti feki", "profile feki", "akaunti bandia", "wasifu bandia",
        "kutumia script", "fuata script", "script maalum", "maandishi maalum",
        "kuwashawishi wateja kuwekeza", "kushawishi watu kuwekeza", "kuwashawishi kuwekeza",
        "kuwashawishi waweke pesa", "kutafuta wawekezaji", "kuwapigia simu wawekezaji",
        "kupigia wateja wa ulaya", "kujifanya mwanamke", "kujifanya msichana", "ukiwa na script",
        "script ya", "kusoma script", "unapiga simu us", "kupiga simu us na uk", "piga simu uk",
        "tech support ya microsoft", "script ya microsoft", "kama tech support", "leads tunazo",
        "kufunga deal", "commission ya deposit", "ya deposit ya mteja",
    ],
    "compound_conditions": [
        "masaa 12 kwa siku", "saa 12 kwa siku", "masaa kumi na mbili kwa siku", "zamu ya masaa 12",
        "zamu ya saa 12", "masaa 14 kwa siku", "siku 7 kwa wiki", "siku saba kwa wiki",
        "bila mapumziko", "hakuna siku ya mapumziko", "hakuna siku ya kupumzika",
        "siku moja ya mapumziko kwa mwezi", "mkataba wa miezi 6", "mkataba wa miezi sita",
        "faini ukiondoka", "utalipa faini", "kulipa fidia ukiondoka", "hairuhusiwi kutoka",
        "hauruhusiwi kutoka", "huruhusiwi kutoka", "huwezi kuondoka", "hosteli ya kampuni",
        "bweni la kampuni", "malazi ndani ya kampuni", "kuishi ndani ya kampuni",
        "kuishi kwenye kampuni", "ndani ya compound", "eneo maalum la kiuchumi",
        "lengo la kila siku", "malengo ya kila siku", "target ya kila siku", "kukatwa mshahara",
        "kukatwa kwenye mshahara", "makato ya mshahara", "pasipoti itashikiliwa na kampuni",
    ],
    "overseas_work": [
        "kazi nje ya nchi", "ajira nje ya nchi", "nafasi za kazi nje ya nchi", "kazi ughaibuni",
        "ajira ughaibuni", "kazi majuu", "ajira majuu", "kazi za majuu", "kufanya kazi nje",
        "fanya kazi nje ya nchi", "kufanya kazi nje ya nchi", "kazi uarabuni", "ajira uarabuni",
        "kazi za uarabuni", "kazi arabuni", "kazi bangkok", "safari ya kikazi",
        "kwenda kufanya kazi", "kazi nchi za nje", "kazi asia", "kazi za asia",
    ],
    "awareness_language": [
        "tahadhari", "tahadharini", "jihadhari", "jihadharini", "kuwa makini", "kuweni makini",
        "kuwa mwangalifu", "kuweni waangalifu", "onyo", "usidanganyike", "msidanganyike",
        "msikubali", "usikubali kudanganywa", "usitume pesa", "msitume pesa", "usilipe", "msilipe",
        "usiamini", "msiamini", "matapeli", "utapeli", "ni utapeli", "huu ni utapeli", "kazi feki",
        "ajira feki", "nafasi feki", "ajira za uongo", "kazi za uongo", "matangazo ya uongo",
        "matangazo feki", "biashara haramu ya binadamu", "usafirishaji haramu wa binadamu",
        "usafirishaji wa binadamu", "biashara ya binadamu", "waathiriwa", "wahanga wa",
        "ripoti kwa polisi", "ripoti polisi", "toa taarifa polisi", "wasiliana na ubalozi",
        "hakikisha wakala amesajiliwa", "hakiki wakala", "thibitisha wakala", "angalia kama wakala",
        "shiriki ujumbe huu", "sambaza ujumbe huu", "tafadhali sambaza", "share kwa wengine",
        "nilidanganywa", "walidanganywa", "alidanganywa", "tulidanganywa", "ishara za hatari",
        "dalili za utapeli", "alama za hatari", "usiende", "msiende", "toa taarifa kwa polisi",
        "ni feki", "ni scam", "ni task scam", "ni matapeli", "nilipoteza", "usisafiri",
        "kabla ya kukubali kazi", "uliza maswali haya", "inakukumbusha", "nilikuwa mmoja wa",
        "tukavushwa", "tulipigwa", "nikipigwa", "tulifungiwa", "kama kuna mtu anakuambia",
        "kazi halali haina", "usikubali kazi",
    ],
    "news_language": [
        "polisi wamesema", "polisi walisema", "kwa mujibu wa polisi", "kwa mujibu wa",
        "wamekamatwa", "walikamatwa", "amekamatwa", "alikamatwa", "waliokolewa", "wameokolewa",
        "kuokolewa", "wamerejeshwa nyumbani", "walirejeshwa", "kurejeshwa nyumbani", "wamerudishwa",
        "walirudishwa", "mahakama", "mahakamani", "alihukumiwa", "wamehukumiwa", "walihukumiwa",
        "kushtakiwa", "washtakiwa", "mshtakiwa", "upelelezi", "uchunguzi unaendelea", "msemaji wa",
        "ubalozi umesema", "ubalozi ulisema", "taarifa kwa vyombo vya habari", "taarifa ya wizara",
        "waziri alisema", "alisema waziri", "imeripotiwa", "iliripoti", "iliripotiwa",
        "kwa mujibu wa ripoti", "wizara ya mambo ya nje", "serikali imesema",
    ],
    "licensed_recruitment": [
        "wakala aliyesajiliwa", "wakala aliyeidhinishwa", "wakala mwenye leseni", "wakala halali",
        "leseni namba", "leseni na.", "leseni no", "nambari ya leseni", "namba ya leseni",
        "imesajiliwa na nea", "amesajiliwa na nea", "nea", "national employment authority",
        "mamlaka ya taifa ya ajira", "taesa", "wakala wa huduma za ajira tanzania",
        "wizara ya kazi", "wizara ya kazi na ajira", "ofisi ya waziri mkuu kazi", "mglsd", "uaera",
        "external employment", "mpango wa kazi majuu", "kazi majuu portal", "hatutozi ada",
        "hatutozi ada yoyote", "hatuchukui pesa", "hatuchukui ada", "bila ada ya wakala",
        "hakuna ada ya wakala", "mkataba wa kazi", "mkataba rasmi", "mkataba ulioidhinishwa",
        "uchunguzi wa afya", "kibali halali cha kazi", "vibali halali vya kazi",
        "visa ya kazi halali", "tovuti rasmi", "serikali kwa serikali", "g2g", "idara ya kazi",
        "imesajiliwa na wizara", "leseni ya wizara", "usajili wa wakala", "hakuna ada ya usajili",
        "hakuna ada ya kujiunga", "usajili ni bure", "usimpe mtu pesa", "usilipe mtu yeyote",
        "hakuna malipo yoyote", "bila ada yoyote", "hakuna malipo yoyote kwa mwombaji", "musaned",
        "mafunzo ya nita", "nita", "leseni no.", "nea/pea", "nssf", "nhif", "shif", "bima ya afya",
        "training inalipwa", "mafunzo yanalipwa", "mkataba wa maandishi", "mkataba ulioandikwa",
        "usaili ni ofisini", "usaili utafanyika ofisini", "apply ofisini", "mwaliko wa usaili",
    ],
}  # fmt: skip


def _combos(*parts: list[str]) -> list[str]:
    """Every phrase made of one choice per part ("" leaves a part out)."""
    return [" ".join(w for w in choice if w) for choice in product(*parts)]


_BRANDS = ["amazon", "jumia", "kilimall", "safaricom", "vodacom", "airtel", "tigo", "halotel",
           "emirates", "qatar airways", "hilton", "serena", "marriott", "naivas", "quickmart",
           "carrefour", "bakhresa", "azam", "kcb", "equity bank", "crdb", "nmb", "unicef",
           "unhcr", "tiktok", "tiktok shop", "youtube", "netflix", "coca-cola", "coca cola",
           "bolt", "glovo", "uber", "dhl", "booking.com", "kenya airways", "air tanzania",
           "uganda airlines"]  # fmt: skip

# Phrasings with many variants, spelled out for the PhraseMatcher (a phrase costs nothing at
# matching time; every token pattern is tried at every token).
PHRASES["brand_impersonation"] += _combos(
    _BRANDS, ["inaajiri", "wanaajiri", "inatafuta wafanyakazi", "recruitment", "careers",
              "ajira", "part time", "hr"],
) + _combos(["hr", "hr manager", "meneja wa hr", "afisa ajira", "mwakilishi", "wakala"],
            ["wa", "kutoka", "wa kampuni ya"], _BRANDS)  # fmt: skip
PHRASES["pay_per_task"] += _combos(
    ["kwa", "kwa kila"],
    ["review", "like", "task", "video", "oda", "order", "subscribe", "follow", "rating",
     "tangazo", "ad"])  # fmt: skip
PHRASES["money_transfer_role"] += _combos(
    ["%", "asilimia"], ["ya kila", "kwa kila"], ["muamala", "transaction", "milioni"]
)
PHRASES["upfront_fee"] += _combos(
    ["jisajili", "jiunge", "kujisajili", "usajili ni", "activation ni"], ["kwa", ""],
    ["ksh", "kshs", "tsh", "sh", "shilingi", "elfu", "$", "dola"])  # fmt: skip
PHRASES["daily_pay_little_work"] += _combos(
    ["saa", "masaa", "lisaa"],
    ["1", "2", "1-2", "moja", "mbili", "mawili", "limoja", "machache"], ["", "tu"],
    ["kwa siku"])  # fmt: skip
PHRASES["overseas_work"] += _combos(
    ["kazi", "ajira", "nafasi za kazi"], ["", "za", "ya", "nchini", "huko", "iko"],
    ["thailand", "tailand", "thailandi", "tailandi", "cambodia", "kambodia", "myanmar",
     "burma", "laos", "dubai", "uae", "saudi", "saudia", "saudi arabia", "qatar", "oman",
     "kuwait", "bahrain", "lebanon", "malaysia", "malesia", "vietnam", "philippines",
     "ufilipino", "manila", "bangkok", "phnom penh", "china", "uchina", "georgia",
     "uturuki", "iraq"])  # fmt: skip

# What the applicant pays ("utalipia sare", "lipa mafunzo"); what legitimate recruiters write
# instead ("hakuna ada ya mafunzo"); warnings ("usimpe mtu PIN yako", "usilipe mtu yeyote
# pesa ya visa") are counter-signals.
PHRASES["upfront_fee"] += _combos(
    ["lipa", "lipia", "tuma pesa ya", "utalipa", "utalipia", "unalipa", "unalipia",
     "utatakiwa kulipia", "unatakiwa kulipia", "utahitajika kulipia"],
    ["mafunzo", "training", "sare", "uniform", "kitambulisho", "vipimo", "medical", "faili",
     "kibali cha kazi", "work permit", "visa", "nafasi"],
)  # fmt: skip
PHRASES["licensed_recruitment"] += _combos(
    ["hakuna", "bila", "hatutozi", "wala"],
    ["ada ya usajili", "ada ya mafunzo", "ada ya training", "ada ya medical", "ada ya visa",
     "ada ya fomu", "ada ya maombi", "ada ya kujiunga", "pesa ya usajili", "pesa ya fomu",
     "gharama za visa", "ada yoyote", "malipo yoyote"],
)  # fmt: skip
PHRASES["awareness_language"] += _combos(
    ["usimpe mtu", "usimtumie mtu", "usitoe", "usishiriki", "usimwambie mtu", "kamwe usitoe",
     "kamwe usimpe mtu", "hatutakuomba", "haitakuomba", "hatuombi"],
    ["pin yako", "namba yako ya siri", "code", "nenosiri", "password yako",
     "code ya uthibitisho", "pin", "namba ya siri"],
) + _combos(
    ["usilipe", "usilipe mtu yeyote", "msilipe", "msilipe mtu yeyote", "usitume",
     "usimtumie mtu yeyote"],
    ["pesa ya visa", "ada ya usajili", "pesa ya usajili", "ada ya mafunzo", "pesa ya medical",
     "pesa ya fomu", "ada yoyote"],
)  # fmt: skip


_ITEMS = ["visa", "viza", "tiketi", "tikiti", "nauli", "malazi", "chakula", "usafiri", "ndege",
          "makazi", "nyumba", "hoteli", "chumba", "vyumba", "housing", "accommodation",
          "ticket", "tickets", "work", "permit"]  # fmt: skip
_JOIN = [",", "na", "&", "+", "/", "-", "pamoja", "ya", "za", "vya", "cha"]
_FREE = ["bure", "imelipiwa", "zimelipiwa", "inalipiwa", "zinalipiwa", "vinalipiwa",
         "vimelipiwa", "yanalipiwa", "yamelipiwa", "zitalipiwa", "italipiwa", "vitalipiwa",
         "inatolewa", "kinatolewa", "yanatolewa", "zinatolewa", "vinatolewa", "itatolewa",
         "kitatolewa", "yatatolewa", "zitatolewa", "inashughulikiwa", "zinashughulikiwa"]  # fmt: skip
_MONEY = ["ksh", "kshs", "ksh.", "kes", "sh", "sh.", "shs", "tsh", "tsh.", "tshs", "tzs", "ush",
          "ugx", "shilingi", "/=", "dola", "$", "usd"]  # fmt: skip
# Pay quoted in foreign money for a job: dollars, Gulf and Malaysian currencies, baht. The
# salary stage judges whether the amount is above the market; here a big number next to
# "mshahara" is enough: 800 and up ("$900-1,200", "1,500", "2k", "45k", "12,000+").
_FOREIGN = ["dola", "dollar", "dollars", "$", "usd", "usdt", "us$", "aed", "dirham", "dirhams",
            "sar", "riyal", "riyals", "qar", "qr", "omr", "kwd", "myr", "rm", "ringgit", "thb",
            "baht"]  # fmt: skip
_BIG = r"^\$?([89]\d{2}|[1-9]\d{0,2}[.,]?\d{3}|[1-9]\d?k)([-–]\$?([1-9]\d{0,2}[.,]?\d{3}|[1-9]\d?k))?\+?$"
_SALARY = ["mshahara", "malipo", "kipato", "mapato", "lipwa", "ulipwe", "utalipwa", "unalipwa",
           "kulipwa", "wanalipa", "tunalipa", "inalipa", "analipa", "mshahara:"]  # fmt: skip
_ABOUT = ["ni", "wa", "ya", ":", "hadi", "kuanzia", "-", "kama", "around", "takriban",
          "zaidi", "basic", "wako"]  # fmt: skip

TOKEN_PATTERNS = {
    # "ada ya mafunzo Ksh 2,000 tuma kwa M-Pesa", "pesa ya sare kupitia Airtel Money"
    "upfront_fee": [
        [{"LOWER": {"IN": ["usajili", "mafunzo", "training", "sare", "uniform", "medical", "visa",
                           "viza", "faili", "fomu", "kibali"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?", ";", ":"]}, "OP": "{0,8}"},
         {"LOWER": {"IN": ["mpesa", "airtel", "tigo", "halopesa", "mixx", "momo"]}},
         {"LOWER": {"IN": ["cash", "money", "pay", "pesa", "express", "کیش", "پیسہ", "كاش"]}, "OP": "?"}],
        [{"LOWER": {"IN": ["usajili", "mafunzo", "training", "sare", "uniform", "medical", "visa",
                           "viza", "faili", "fomu", "kibali"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?", ";", ":"]}, "OP": "{0,8}"},
         {"LOWER": "m"}, {"LOWER": "-"}, {"LOWER": "pesa"}],
    ],
    # "visa, tiketi na malazi bure", "tiketi ya ndege na visa zinalipiwa",
    # "visa & accommodation zinatolewa"
    "travel_paid": [
        [{"LOWER": {"IN": _ITEMS}}, {"LOWER": {"IN": [*_JOIN, *_ITEMS]}, "OP": "{0,6}"},
         {"LOWER": {"IN": _FREE}}],
    ],
    # "mshahara dola 1,500", "wanalipa around $1,400", "mshahara AED 6,000",
    # "mshahara ni kama 45k baht", "mshahara $900-1,200"
    "pay_above_market": [
        [{"LOWER": {"IN": _SALARY}}, {"LOWER": {"IN": _ABOUT}, "OP": "{0,2}"},
         {"LOWER": {"IN": _FOREIGN}, "OP": "?"}, {"LOWER": {"REGEX": _BIG}},
         {"LOWER": {"IN": _FOREIGN}}],
        [{"LOWER": {"IN": _SALARY}}, {"LOWER": {"IN": _ABOUT}, "OP": "{0,2}"},
         {"LOWER": {"IN": _FOREIGN}}, {"LOWER": {"REGEX": _BIG}}],
    ],
    # "pata Ksh 2,000 kwa siku", "lipwa elfu 5 kila siku", "unapata Tsh 50,000 kwa siku"
    "daily_pay_little_work": [
        [{"LOWER": {"IN": ["pata", "lipwa", "ulipwe", "utalipwa", "unalipwa", "kulipwa",
                           "tengeneza", "ingiza", "pokea", "kipato", "malipo", "unapata"]}},
         {"LOWER": {"IN": ["hadi", "kuanzia", "ya", "ni", "mpaka"]}, "OP": "?"},
         {"LOWER": {"IN": [*_MONEY, "elfu", "laki"]}, "OP": "?"},
         {"LOWER": {"REGEX": r"^\d[\d.,]*(/=|/-|k)?$"}}, {"LOWER": {"IN": _MONEY}, "OP": "?"},
         {"LOWER": {"IN": ["kwa", "kila"]}}, {"LOWER": "kila", "OP": "?"},
         {"LOWER": "siku"}],
    ],
    # "wasiliana nasi kupitia WhatsApp tu", "tuma ujumbe kwa Telegram pekee"
    "private_contact_only": [
        [{"LOWER": {"IN": ["wasiliana", "tuma", "tutumie", "nitumie", "ongea", "chati",
                           "chat", "maelezo", "piga", "tuongee"]}},
         {"LOWER": {"IN": ["nasi", "nami", "ujumbe", "meseji", "sms", "cv", "zaidi",
                           "moja", "kwa", "kwenye", "kupitia", "tu"]}, "OP": "{0,3}"},
         {"LOWER": {"IN": ["whatsapp", "telegram", "imo", "signal", "inbox", "dm"]}},
         {"LOWER": {"IN": ["tu", "pekee", "peke"]}}],
    ],
    # "tunakodisha line za M-Pesa" ("m-pesa" is three tokens), "TUNANUNUA/KUKODI ACCOUNTS:
    # M-Pesa, Equity",
    # "nunua akaunti za benki"
    "account_rental": [
        [{"LOWER": {"IN": ["kodisha", "kukodisha", "tunakodisha", "nakodisha", "kodi",
                           "nunua", "tunanunua", "nanunua", "uza", "kuuza", "unauza",
                           "tunauza", "kukodi", "tunakodi"]}},
         {"LOWER": {"IN": ["yako", "zako", "akaunti", "account", "accounts", "line", "laini",
                           "sim", "simcard", "za", "ya", "wako", "/", ":", "|", ",",
                           "kukodi", "kukodisha"]}, "OP": "{0,4}"},
         {"LOWER": {"IN": ["mpesa", "benki", "bank", "airtel", "tigo", "halopesa",
                           "momo", "mtn", "mixx", "yas", "binance", "crypto", "zilizosajiliwa",
                           "iliyosajiliwa", "safaricom", "vodacom", "halotel", "ttcl",
                           "zantel", "equity", "kcb", "crdb", "nmb", "m"]}},
         {"LOWER": "-", "OP": "?"}, {"LOWER": "pesa", "OP": "?"}],
    ],
}  # fmt: skip
