"""Malay red-flag phrases, as Malaysians (and Bruneians) write "jawatan kosong" posts on
Facebook, TikTok, Telegram and WhatsApp: standard Malay and the colloquial, SMS-style
forms ("tak perlu", "x perlu", "je", "pm tepi", "duit poket"), English mixed in
("part time", "customer service", "flight"), ringgit written many ways (RM8,000, RM8k,
8k sebulan, "gaji 5 angka").

Malaysia's context: Malaysians were lured to scam compounds in Cambodia, Myanmar and Laos
("kerja di Bangkok"); "keldai akaun" (mule accounts) and Touch 'n Go eWallet accounts are
rented for "macau scam" syndicates; the police's Semak Mule and the NSRC 997 line appear
in warnings; licensed agencies carry a JTKSM licence number. Indonesian posts use many of
the same words; those are in id.py.

Examples: "Jawatan kosong di Bangkok, customer service, gaji RM8,000, tiket flight dan
penginapan ditanggung, tak perlu pengalaman, PM tepi"; "Like video TikTok, dapat RM150
sehari"; "Sewa akaun bank RM500 seminggu"; counter-signals: "Awas sindiket pekerjaan
palsu di Kemboja", "Polis menahan 5 individu", "Agensi pekerjaan berlesen JTKSM".
"""

from classifier.indicators.phrasing import combos as _combos

LANG = "ms"

PHRASES = {
    "pay_above_market": [
        "gaji tinggi", "gaji lumayan", "gaji besar", "gaji mencecah", "gaji sehingga",
        "gaji boleh cecah", "gaji boleh mencecah", "pendapatan sehingga", "pendapatan lumayan",
        "pendapatan tinggi", "income sehingga", "income besar", "income lumayan", "duit senang",
        "duit mudah", "wang mudah", "cepat kaya", "gaji dalam usd", "gaji usd",
        "gaji dalam dolar", "gaji usdt", "komisen tinggi", "komisyen tinggi", "komisen lumayan",
        "komisyen lumayan", "elaun lumayan", "bonus lumayan", "gaji 5 angka", "5 angka sebulan",
        "income 5 angka", "pendapatan 5 angka", "gaji 2 kali ganda", "gaji berganda",
        "pendapatan tanpa had", "income tanpa had", "pasti dapat", "dijamin dapat",
        "gaji dijamin", "gaji mewah",
    ],
    "travel_paid": [
        "boss tanggung", "company tanggung", "company uruskan", "syarikat uruskan",
        "asrama company", "penginapan kongsi", "relocation package",
        "semua kos company tanggung", "tanggung semua", "tiket flight percuma", "tiket percuma",
        "tiket kapal terbang percuma", "tiket ditanggung", "tiket flight ditanggung",
        "flight ditanggung", "flight percuma", "free flight", "free tiket", "visa percuma",
        "visa ditanggung", "free visa", "penginapan percuma", "penginapan disediakan",
        "rumah disediakan", "hostel disediakan", "asrama disediakan",
        "tempat tinggal disediakan", "tempat tinggal percuma", "free hostel", "free penginapan",
        "makan percuma", "makan free", "free makan", "makan disediakan",
        "makan minum ditanggung", "makan minum percuma", "makan dan penginapan",
        "penginapan dan makan", "semua ditanggung", "semua kos ditanggung",
        "kos ditanggung syarikat", "ditanggung syarikat", "syarikat tanggung",
        "syarikat tanggung semua", "majikan tanggung", "ditanggung majikan", "tanpa kos",
        "tiada kos", "zero kos", "tak perlu keluar duit", "tak keluar duit",
        "dijemput di lapangan terbang", "jemput di airport", "ambil di airport",
        "tiket dan visa", "visa dan tiket", "tiket + visa", "visa + tiket",
        "tiket pergi balik ditanggung",
    ],
    "no_experience": [
        "tiada pengalaman", "tak perlu pengalaman", "tidak perlu pengalaman",
        "x perlu pengalaman", "tak payah pengalaman", "tanpa pengalaman",
        "pengalaman tidak diperlukan", "tidak memerlukan pengalaman", "tiada kelayakan",
        "tak perlu kelayakan", "spm pun boleh", "lepasan spm", "lepasan spm dialu-alukan",
        "tak perlu spm", "tiada spm pun boleh", "bahasa inggeris asas",
        "boleh berbahasa inggeris asas", "asas komputer", "tahu guna komputer",
        "pandai guna komputer", "hanya perlu telefon", "cuma perlu handphone",
        "hanya perlu handphone", "modal handphone", "modal telefon", "latihan disediakan",
        "akan diberi latihan", "latihan diberikan", "sesuai untuk suri rumah",
        "sesuai untuk pelajar", "suri rumah dialu-alukan", "pelajar dialu-alukan",
        "sesiapa boleh", "semua boleh mohon", "terbuka kepada semua", "fresh grad",
    ],
    "high_risk_role": [
        "game moderator", "chat support", "customer success", "khidmat pelanggan",
        "perkhidmatan pelanggan", "customer service", "kemasukan data", "data entry",
        "pemasaran digital", "digital marketing", "jurujual online", "jualan online",
        "kasino online", "judi online", "admin kripto", "kripto", "operator chat",
        "chat operator", "telemarketing", "penterjemah", "penyambut tetamu", "admin online",
        "game operator", "operator game", "live host", "ujian menaip", "kerja menaip",
        "jurutaip", "customer support", "live chat", "admin media sosial",
    ],
    "private_contact_only": [
        "bagi no whatsapp", "whatsapp hr", "temuduga melalui telegram", "melalui chat telegram",
        "apply via whatsapp", "komen nak", "link dlm komen", "link dalam komen",
        "nanti admin pm", "pm je", "pm saja", "pm sahaja", "pm tepi", "inbox tepi", "sila pm",
        "berminat pm", "pm saya", "pm untuk info", "pm utk info", "whatsapp je",
        "whatsapp sahaja", "whatsapp saja", "whatsapp terus", "mesej tepi", "mesej je", "dm je",
        "dm tepi", "telegram je", "telegram sahaja", "hubungi melalui whatsapp",
        "hubungi whatsapp", "hubungi melalui telegram", "klik link", "klik pautan",
        "link di bio", "join group telegram", "sertai group telegram",
        "sertai kumpulan telegram", "berminat whatsapp", "yang berminat", "sesiapa berminat",
        "berminat sila", "hantar resume melalui whatsapp", "hantar resume ke whatsapp",
        "hantar resume di whatsapp", "whatsapp untuk info", "ws je",
    ],
    "urgency": [
        "kekosongan segera", "jawatan kosong segera", "diperlukan segera", "perlu segera",
        "pengambilan segera", "urgent", "terbang minggu depan", "fly minggu depan",
        "berlepas minggu depan", "tempat terhad", "slot terhad", "kuota terhad",
        "kekosongan terhad", "jangan lepaskan peluang", "rebut peluang", "cepat2",
        "siapa cepat dia dapat", "hari ini sahaja", "hari ni je", "mula kerja serta-merta",
        "serta-merta", "masuk kerja segera", "mohon segera", "apply cepat", "cepat apply",
        "cepat mohon",
    ],
    "tourist_visa": [
        "visa pelancong", "visa lawatan", "visa melancong", "visa on arrival",
        "masuk sebagai pelancong", "pergi sebagai pelancong", "guna visa pelancong",
        "pakai visa pelancong", "dengan visa pelancong", "permit kerja dibuat di sana",
        "permit kerja diuruskan di sana", "permit kerja di sana", "tukar visa di sana",
        "tukar ke visa kerja", "visa kerja kemudian", "menyamar sebagai pelancong",
        "cakap pergi melancong", "kata pergi melancong", "cakap nak bercuti",
        "pergi macam bercuti",
    ],
    "passport_requested": [
        "no. ic", "hantar pasport", "hantar gambar pasport", "gambar pasport", "salinan pasport",
        "scan pasport", "nombor pasport", "hantar ic", "gambar ic", "hantar gambar ic",
        "salinan ic", "ic depan belakang", "ic depan dan belakang", "gambar ic depan belakang",
        "selfie dengan ic", "selfie pegang ic", "salinan mykad", "gambar mykad",
        "pasport disimpan syarikat", "pasport dipegang majikan", "majikan simpan pasport",
        "serahkan pasport", "pasport ditahan", "pasport disimpan",
    ],
    "credentials_requested": [
        # kod TAC / OTP
        "kod otp", "nombor tac", "hantar kod tac", "bagi kod tac", "bagi tac", "beri tac",
        "hantar tac", "berikan tac", "kod yang diterima", "kod yang masuk", "kod pengesahan",
        "kod 6 digit", "screenshot kod", "kod whatsapp", "bagi otp", "hantar otp", "kod tac",
        "berikan kod",
        # PIN, kata laluan
        "kata laluan perbankan", "kata laluan online banking", "username online banking",
        "password online banking", "id maybank2u", "pin atm", "nombor pin", "pin kad", "pin tng",
        "pin touch n go", "pin ewallet", "username & password", "username dan password",
        "log masuk menggunakan", "nama ibu", "id pengguna dan kata laluan anda",
        "nama pengguna dan kata laluan anda", "maklumat log masuk anda", "butiran log masuk anda",
        "maklumat log masuk bank", "berikan kata laluan", "hantar kata laluan",
        "kata laluan akaun bank",
        # kad
        "nombor kad, tarikh luput dan cvv", "nombor kad dan cvv", "tarikh luput dan cvv", "cvv",
        "3 nombor belakang kad", "gambar kad atm", "gambar kad bank", "butiran kad anda",
        "no. kad atm", "no kad atm", "kad atm depan belakang",
        # selfie dengan IC
        "selfie dengan ic", "selfie pegang ic", "selfie bersama ic", "selfie dengan mykad",
        "selfie dengan pasport",
        # alasan
        "untuk buka akaun gaji", "untuk aktifkan akaun gaji", "untuk pengesahan akaun gaji",
        "untuk setup akaun gaji",
    ],
    "upfront_fee": [
        "akan dibayar balik", "dibayar balik selepas", "yuran agent", "boleh ansur", "sila bayar",
        "buat pembayaran", "duit dikembalikan", "yuran pendaftaran", "bayaran pendaftaran",
        "yuran pemprosesan", "yuran proses", "kos proses visa", "bayaran visa", "yuran visa",
        "yuran perubatan", "kos medical", "yuran latihan", "wang cagaran", "duit cagaran",
        "bayar cagaran", "bayar dulu", "bayar deposit", "deposit dulu", "bayar pendahuluan",
        "bayaran pendahuluan", "caj pendaftaran", "caj admin", "caj pemprosesan", "beli kit",
        "top up dulu", "tambah nilai dulu", "reload dulu", "bayar untuk aktifkan",
        "yuran keahlian", "bayaran agensi", "fee agensi", "potong gaji", "bayar untuk mula",
        "bayar latihan", "bayar kursus sebelum", "bayar uniform", "yuran uniform", "duit uniform",
        "beli uniform sendiri", "bayar pakaian seragam", "yuran kad pekerja", "bayar kad pekerja",
        "bayar permit kerja", "yuran permit kerja", "kos permit kerja", "bayar levi sendiri",
        "yuran ujian dadah", "bayar ujian dadah", "kos ujian dadah", "bayar medical",
        "bayar fomema", "yuran fomema", "yuran buka fail", "bayar buka fail", "caj buka fail",
        "yuran dokumen", "bayar untuk tempah slot", "deposit untuk simpan slot",
        "untuk kunci slot", "akan direfund", "dipulangkan semula",
        "dikembalikan dalam gaji pertama", "bank in ke akaun peribadi",
        "transfer ke akaun peribadi", "masuk kerajaan tanpa temuduga", "jawatan kerajaan dijamin",
        "kerja kerajaan dijamin", "duit kopi untuk jawatan",
    ],
    "recruit_friends_commission": [
        "ajak kawan", "ajak rakan", "bawa kawan", "rujuk kawan", "bonus rujukan",
        "komisen rujukan", "komisyen rujukan", "kod rujukan", "jemput kawan",
        "setiap kawan yang join", "bina team", "bina pasukan", "downline", "upline",
        "recruit kawan", "komisen setiap ahli", "komisyen setiap ahli",
    ],
    "pay_per_task": [
        "setiap order", "misi bonus", "modal dan komisen", "dipulangkan dalam masa",
        "satu review", "tonton iklan", "satu iklan", "pakej vip", "balik modal",
        "like video", "like dan follow", "like & follow", "follow akaun", "subscribe channel",
        "tengok video dapat", "tonton video", "bagi rating", "beri rating", "rating hotel",
        "review produk", "ulasan produk", "grab order", "ambil order",
        "tugasan mudah", "tugasan ringkas", "tugasan harian", "setiap tugasan", "per tugasan",
        "komisen setiap tugasan", "komisyen setiap tugasan", "per like", "tahap vip",
        "level vip", "tugasan prabayar", "kerja like", "job like tiktok", "boost produk",
        "tugasan tiktok", "tugasan youtube",
    ],
    "daily_pay_little_work": [
        "1-2 jam je", "1-2 jam sahaja", "1-2 jam setiap hari", "30 minit sehari", "bayar hari2",
        "bayar hari-hari", "guna phone je", "buat duit guna phone", "income tambahan",
        "gaji harian", "bayaran harian", "dibayar harian", "bayar setiap hari",
        "pendapatan harian", "income harian", "duit masuk setiap hari", "withdraw setiap hari",
        "1-2 jam sehari", "2 jam sehari", "1 jam sehari", "masa lapang", "waktu lapang",
        "kerja dari rumah", "kerja dari telefon", "guna telefon je", "guna handphone je",
        "part time", "kerja sambilan", "sambilan", "duit poket", "pendapatan sampingan",
        "income sampingan", "kerja santai", "baring pun dapat duit",
    ],
    "account_rental": [
        "yg dah verify", "dah verify", "register nama sendiri", "shopeepay", "sewa akaun",
        "sewa akaun bank", "jual akaun bank", "beli akaun bank", "pinjam akaun bank",
        "pinjamkan akaun", "keldai akaun", "akaun keldai", "sewa akaun tng", "sewa tng",
        "akaun tng", "akaun ewallet", "akaun e-wallet", "jual akaun ewallet", "jual simkad",
        "beli simkad", "sim kad berdaftar", "simkad berdaftar", "nombor berdaftar",
        "buka akaun bank baru", "akaun atas nama", "kad atm dan pin", "atm dan pin",
        "sewa kad atm", "akaun bank yang tidak digunakan", "akaun dormant",
    ],
    "brand_impersonation": [
        "sedang mengambil pekerja", "talent acquisition", "profil linkedin anda",
        "berminat dengan profil", "profil anda telah dipilih", "shopee hiring",
        "shopee part time", "lazada part time", "tiktok shop", "hr shopee", "hr lazada",
        "petronas recruitment", "petronas ambil pekerja", "airasia hiring",
        "malaysia airlines hiring", "genting hiring", "maybank hiring", "grab hiring",
        "saya dari hr", "kami dari hr", "pegawai hr dari", "wakil rasmi", "ejen rasmi",
        "anda telah dipilih", "anda terpilih untuk",
    ],
    "money_transfer_role": [
        "terima bayaran pelanggan", "ke akaun peribadi", "akaun peribadi",
        "pindahkan ke akaun syarikat", "pindah ke akaun lain", "terima transfer",
        "terima transfer masuk", "runner cash", "ambil duit kat atm", "setiap transaksi",
        "terima duit", "terima wang", "terima pemindahan", "pindahkan wang", "pindahkan duit",
        "transfer semula", "keluarkan duit", "keluarkan wang", "tarik duit", "agen pembayaran",
        "ejen pembayaran", "dapat 10%", "simpan 10%", "akaun untuk terima", "guna akaun anda",
        "guna akaun kau", "guna akaun korang", "duit masuk akaun anda", "duit masuk akaun kau",
        "terima dan pindahkan",
    ],
    "scam_script_role": [
        "jadi pegawai bank", "script semua ada", "skrip semua ada", "pujuk mereka",
        "skrip syarikat", "profil perempuan", "guna profil", "app kenalan", "beli token",
        "chat dengan orang asing", "chat dengan mat saleh", "akaun palsu", "akaun fake",
        "profil palsu", "ikut skrip", "skrip disediakan", "guna skrip", "cari mangsa",
        "love scam", "macau scam", "ajak melabur", "pujuk pelanggan melabur", "pujuk melabur",
        "deposit pertama", "aplikasi temu janji", "bina kepercayaan", "retention",
    ],
    "compound_conditions": [
        "26 hari kerja", "tak capai target", "kena denda", "dalam park", "pasport dipegang hr",
        "dipegang hr", "sepanjang kontrak", "jam/shift", "tinggal di asrama syarikat",
        "asrama syarikat", "hostel syarikat", "kerja 12 jam", "12 jam sehari", "shift 12 jam",
        "kerja 14 jam", "14 jam sehari", "cuti sebulan sekali", "tiada cuti", "tak ada cuti",
        "denda jika berhenti", "denda kalau berhenti", "bayar ganti rugi", "tidak boleh keluar",
        "tak boleh keluar", "dilarang keluar", "telefon dirampas", "telefon disimpan",
        "target harian", "sasaran harian", "dijual ke syarikat lain", "zon ekonomi khas",
        "tak boleh balik", "tidak boleh balik",
    ],
    "overseas_work": [
        "kerja di luar negara", "kerja luar negara", "kerja oversea", "kerja overseas",
        "kerja di kemboja", "kerja di thailand", "kerja di myanmar", "kerja di laos",
        "kerja di dubai", "kerja di vietnam", "kerja di filipina", "kerja di bangkok",
        "kerja di phnom penh", "jawatan kosong luar negara", "peluang kerja luar negara",
        "terbang ke bangkok", "berlepas ke bangkok", "berlepas ke kemboja",
    ],
    "hotspot_destination": [
        "ambil kat sempadan", "jemput di sempadan", "jemput kat sempadan", "sempadan myanmar",
        "sempadan thailand-myanmar", "sempadan thai-myanmar", "sempadan thailand myanmar",
        "segi tiga emas", "segitiga emas", "myawadi", "sihanoukville", "sihanouk", "mae sod",
        "tachilek",
    ],
    "awareness_language": [
        "awas", "berhati-hati", "hati-hati", "waspada", "jangan terpedaya",
        "jangan mudah percaya", "jangan percaya", "jangan tertipu", "jangan terpengaruh",
        "sindiket penipuan", "sindiket", "modus operandi", "tawaran palsu", "iklan palsu",
        "kerja palsu", "tawaran kerja palsu", "scam kerja", "semak dahulu", "semakmule",
        "semak mule", "nsrc", "pdrm", "ccid", "laporkan", "buat laporan", "pemerdagangan orang",
        "mangsa pemerdagangan", "atipsom", "kongsikan", "sebarkan", "viralkan",
        "nasihat perjalanan", "wisma putra mengingatkan", "peringatan",
        "mengingatkan orang ramai", "orang ramai dinasihatkan", "jangan jadi mangsa", "elakkan",
    ],
    "news_language": [
        "di mahkamah", "mahkamah sesyen", "mahkamah majistret", "hadapkan ke mahkamah",
        "ditahan", "polis menahan", "ditangkap", "diberkas", "diselamatkan",
        "berjaya diselamatkan", "dibawa pulang", "dihantar pulang", "pulang ke tanah air",
        "didakwa", "dihadapkan ke mahkamah", "dijatuhi hukuman", "dipenjara", "direman",
        "reman", "menurut", "kata beliau", "katanya", "menurutnya", "dalam satu kenyataan",
        "kenyataan media", "serbuan", "diserbu", "ketua polis", "wisma putra",
        "kementerian luar negeri", "dilaporkan",
    ],
    "licensed_recruitment": [
        "jtksm", "lesen jtksm", "jabatan tenaga kerja", "agensi pekerjaan berlesen",
        "agensi berlesen", "no. lesen", "no lesen", "nombor lesen", "lesen jtk", "myfuturejobs",
        "perkeso", "kementerian sumber manusia", "kesuma", "kontrak kerja bertulis",
        "kontrak bertulis", "tiada yuran", "tiada caj", "tanpa yuran", "kwsp", "socso", "epf",
        "eis", "akta kerja",
    ],
}  # fmt: skip


# What the applicant pays ("kena bayar uniform", "fomema tanggung sendiri"), what legitimate
# recruiters write instead ("tiada yuran pendaftaran") and banks' warnings ("jangan
# kongsi kod TAC") as counter-signals.
_PAYABLE = ["latihan", "training", "uniform", "seragam", "kad pekerja", "permit", "permit kerja",
            "medical", "fomema", "ujian dadah", "visa", "fail", "dokumen", "kit"]  # fmt: skip
PHRASES["upfront_fee"] += _combos(
    ["kena bayar", "perlu bayar", "wajib bayar", "mesti bayar", "kena bayar dulu"],
    _PAYABLE,
) + _combos(
    _PAYABLE, ["tanggung sendiri", "bayar sendiri", "ditanggung pekerja", "ditanggung pemohon"],
)  # fmt: skip
PHRASES["licensed_recruitment"] += _combos(
    ["tiada", "tanpa", "tidak ada", "tak ada", "takde", "tiada sebarang", "tidak dikenakan"],
    ["yuran pendaftaran", "bayaran pendaftaran", "yuran pemprosesan", "yuran latihan",
     "caj pendaftaran", "caj admin", "wang cagaran", "deposit", "yuran agensi"],
)  # fmt: skip
PHRASES["awareness_language"] += _combos(
    ["jangan kongsi", "jangan berikan", "jangan beri", "jangan dedahkan", "jangan bagi",
     "tidak akan meminta", "tidak pernah meminta", "jangan sesekali berikan"],
    ["kod tac", "tac", "kod otp", "otp", "pin", "kata laluan", "password", "maklumat perbankan",
     "butiran kad"],
)  # fmt: skip

# More ways posters write the five scam-specific flags (fees paid first, fake HR of a
# brand, paid tasks, renting accounts, call-centre fraud work), kept to phrases that
# ordinary job ads, delivery riders and sales jobs do not use.
PHRASES["upfront_fee"] += [
    "untuk simpan slot", "simpan slot", "tempah slot", "kunci slot", "baki sebelum terbang",
    "baki sebelum berlepas", "baki selepas visa", "baki bila visa", "baki selepas dapat visa",
    "pakej proses", "kos pakej", "yuran pakej", "bayar separuh", "separuh dulu", "bayar 50%",
    "deposit 50%", "yuran pengesahan", "yuran dokumentasi", "yuran sponsor",
    "bayaran pemprosesan", "caj proses", "kos pemprosesan", "kos dokumentasi",
    "yuran permohonan", "bayaran permohonan", "yuran temuduga", "bayaran temuduga",
    "bukti bayaran yuran", "bukti pembayaran yuran", "emelkan resit", "hantar resit bayaran",
    "wajib dijelaskan", "perlu dijelaskan dahulu", "jelaskan bayaran", "bayaran ke akaun",
    "buat bayaran ke akaun", "bank in dulu", "bank in yuran", "transfer dulu", "tf dulu",
    "bayar dahulu", "bayaran awal", "bayar awal", "yuran awal", "deposit awal",
    "wang pendahuluan", "duit pendahuluan", "yuran kemasukan", "yuran aktivasi",
    "bayar pengaktifan", "yuran pengaktifan", "kos latihan ditanggung", "ada kabel",
    "guna kabel", "bayar orang dalam", "duit kopi", "wang kopi", "rasuah untuk jawatan",
    "confirm dapat jawatan", "pasti dapat jawatan", "dijamin dapat kerja", "yuran pensijilan",
    "yuran sijil",
]  # fmt: skip
PHRASES["pay_per_task"] += [
    "setiap like", "per follow", "setiap follow", "follow kedai", "follow shop", "like live",
    "like post", "like posting", "follow tiktok", "follow instagram", "follow ig", "1 tugasan",
    "satu tugasan", "tiap tugasan", "setiap misi", "per misi", "misi harian", "tugasan vip",
    "vip 1", "vip 2", "vip 3", "naik taraf vip", "upgrade vip", "naik level vip",
    "tambah nilai untuk buka", "top up untuk buka", "top up untuk unlock", "topup tugasan",
    "top up tugasan", "reload tugasan", "tugasan berbayar", "tugasan gabungan",
    "order gabungan", "pesanan gabungan", "komisen setiap pesanan", "komisyen setiap pesanan",
    "komisen setiap order", "komisyen setiap order", "komisen per order", "ulasan google",
    "review google", "review hotel", "ulasan hotel", "rating aplikasi", "review aplikasi",
    "tekan like", "klik like", "screenshot bukti", "hantar screenshot", "hantar ss",
    "modal + komisen", "modal dan komisyen", "modal beserta komisen", "pulang modal + komisen",
    "penguji produk", "tester produk", "beli produk guna duit sendiri", "tugasan like",
    "tugasan follow", "tugasan review", "bayaran setiap tugasan", "dibayar setiap tugasan",
]  # fmt: skip
PHRASES["account_rental"] += [
    "akaun bank yg tak guna", "akaun bank yang tak guna", "akaun bank yang tidak digunakan",
    "akaun yg tak guna", "akaun yang tak guna", "akaun tak guna", "akaun tak pakai",
    "akaun yang tidak aktif", "akaun tidak aktif", "akaun tak aktif", "akaun korporat",
    "akaun syarikat tak aktif", "akaun syarikat yang tidak aktif", "akaun bank korporat",
    "sewa akaun korporat", "sewa akaun syarikat", "syarikat yang dah tutup",
    "login online banking", "akses online banking", "login perbankan online",
    "akses perbankan internet", "token/akses", "serahkan token", "bagi token",
    "kad atm, sim kad", "kad atm dan sim kad", "kad atm & sim", "kad atm & login",
    "bagi je kad atm", "serahkan kad atm", "bagi kad atm", "pos kad atm", "hantar kad atm",
    "akaun bank dan kad atm", "sewa nombor", "sewa sim", "sewa simkad", "jual sim",
    "akaun crypto", "akaun kripto", "akaun binance", "akaun luno", "akaun yang dah kyc",
    "akaun dah kyc", "jual akaun tng", "beli akaun tng", "sewa akaun duitnow", "pinjam nama",
    "buka akaun atas nama",
]  # fmt: skip
PHRASES["brand_impersonation"] += [
    "terpilih untuk jawatan", "terpilih utk jawatan", "dipilih untuk jawatan",
    "dipilih utk jawatan", "hubungi hr kami melalui whatsapp", "hr kami melalui whatsapp",
    "hr manager kami", "pengurus hr kami", "recruiter dari", "perekrut dari", "wakil hr",
    "pegawai pengambilan", "tawaran kerja rasmi", "surat tawaran", "offer letter",
    "tiada temuduga diperlukan", "lulus saringan awal", "layak ke peringkat seterusnya",
    "pengambilan kabin krew", "pengambilan cabin crew", "cabin crew recruitment",
    "kabin krew airasia",
]  # fmt: skip
PHRASES["scam_script_role"] += [
    "mengikut skrip", "ikut script", "script disediakan", "script yang disediakan",
    "panduan chat", "template chat", "pinjaman lulus", "maklumkan pinjaman",
    "minta pemohon bayar", "komisen setiap pembayaran", "setiap pembayaran berjaya",
    "ajak deposit", "pujuk deposit", "pujuk pelanggan deposit", "pujuk mereka deposit",
    "komisen setiap deposit", "komisyen setiap deposit", "komisen deposit",
    "bonus setiap deposit", "closer pelaburan", "closer trading", "closer forex",
    "retention agent", "reload agent", "ejen pemulihan", "pemulihan dana",
    "dapatkan semula wang", "dapatkan balik duit", "profil wanita", "profil perempuan",
    "akaun yang disediakan", "akaun yg disediakan", "akaun perempuan", "gambar perempuan",
    "bukan gambar anda", "chat operator", "operator chat", "pengendali chat",
    "kena menyamar", "perlu menyamar", "berlakon sebagai", "berlakon jadi",
    "jadi pegawai polis", "jadi pegawai lhdn", "jadi pegawai bank negara", "app dating",
    "aplikasi dating", "lelaki luar negara", "lelaki asing", "pelanggan luar negara melabur",
    "platform pelaburan kami",
]  # fmt: skip
_BRAND_HEADS = ["hr", "recruitment", "hiring", "careers", "pengambilan", "kerjaya",
                "talent acquisition", "hr team", "hr department"]  # fmt: skip
_BRAND_NAMES = ["shopee", "lazada", "tiktok", "petronas", "airasia", "maybank", "cimb",
                "genting", "grab", "foodpanda", "hilton", "marriott", "shangri-la", "emirates",
                "qatar airways", "malaysia airlines", "batik air", "firefly", "public bank",
                "rhb", "hong leong", "bank islam", "tnb", "unifi", "celcom", "maxis",
                "digi", "u mobile", "celcomdigi", "aeon", "mydin", "lotus's", "99 speedmart",
                "petron", "shell", "sime darby", "felda", "amazon", "mr diy", "zus coffee",
                "tealive", "mcdonald's", "kfc", "air selangor", "pos malaysia", "j&t",
                "ninja van", "touch 'n go", "bank rakyat", "affin bank",
                "ambank"]  # fmt: skip
PHRASES["brand_impersonation"] += _combos(_BRAND_NAMES, ["", "malaysia", "kuala lumpur", "my"],
                                          _BRAND_HEADS) + _combos(
    ["hr", "recruiter", "pengambilan", "perekrut", "wakil", "pegawai hr"],
    ["", "dari", "daripada"], _BRAND_NAMES,
)  # fmt: skip

_FREE = ["percuma", "ditanggung", "disediakan", "dibayar", "diberi", "diuruskan"]  # fmt: skip
_PAID_ITEMS = ["tiket", "flight", "visa", "penginapan", "hostel", "asrama", "rumah", "makan",
               "minum", "tempat", "tinggal", "pengangkutan", "transport", "hotel",
               "permit"]  # fmt: skip
_PAY_WORDS = ["gaji", "pendapatan", "income", "salary", "sehingga", "cecah", "mencecah"]  # fmt: skip
_PAY_FILL = ["sehingga", "mencecah", "cecah", "dari", "antara", "boleh", "asas", "pokok",
             "dalam", "lebih", "kurang"]  # fmt: skip
_RM = r"^(rm)?([5-9],?\d{3}|[1-9]\d,?\d{3}|[5-9]k|[1-9]\dk)$"
_BRANDS = ["shopee", "lazada", "tiktok", "petronas", "airasia", "maybank", "cimb", "genting",
           "grab", "foodpanda", "mydin", "tnb", "telekom", "celcom", "maxis", "digi",
           "amazon", "emirates", "qatar", "hilton", "marriott", "shell", "aeon", "firefly",
           "rhb", "unifi", "petron", "felda", "kfc", "shangri-la", "celcomdigi", "agoda",
           "traveloka", "ambank", "affin", "bsn", "prasarana"]  # fmt: skip

TOKEN_PATTERNS = {
    # "yuran latihan RM200 bank in melalui TNG"
    "upfront_fee": [
        [{"LOWER": {"IN": ["latihan", "training", "uniform", "seragam", "fomema", "medical",
                           "visa", "permit", "levi"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?", ";", ":"]}, "OP": "{0,8}"},
         {"LOWER": {"IN": ["tng", "touchngo", "duitnow", "grabpay"]}},
         {"LOWER": {"IN": ["cash", "money", "pay", "pesa", "express", "کیش", "پیسہ", "كاش"]}, "OP": "?"}],
    ],
    # "tiket, visa dan penginapan ditanggung", "makan & hostel percuma"
    "travel_paid": [
        [{"LOWER": {"IN": _PAID_ITEMS}},
         {"LOWER": {"IN": [",", "+", "dan", "&", "/", "-", *_PAID_ITEMS]}, "OP": "*"},
         {"LOWER": {"IN": _FREE}}],
        [{"LOWER": {"IN": ["percuma"]}}, {"LOWER": {"IN": _PAID_ITEMS}},
         {"LOWER": {"IN": [*_PAID_ITEMS, ",", "dan", "&", "+"]}, "OP": "*"}],
    ],
    # "gaji RM8,000", "gaji sehingga RM 12k", "RM8k sebulan"
    "pay_above_market": [
        [{"LOWER": {"IN": _PAY_WORDS}}, {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": _PAY_FILL}, "OP": "{0,2}"},
         {"LOWER": "rm"}, {"LOWER": {"REGEX": _RM}}],
        [{"LOWER": {"IN": _PAY_WORDS}}, {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": _PAY_FILL}, "OP": "{0,2}"},
         {"LOWER": {"REGEX": r"^rm([5-9],?\d{3}|[1-9]\d,?\d{3}|[5-9]k|[1-9]\dk)$"}}],
        [{"LOWER": "rm"}, {"LOWER": {"REGEX": _RM}}, {"LOWER": {"IN": ["sebulan", "/bulan"]}}],
        [{"LOWER": "rm"}, {"LOWER": {"REGEX": _RM}}, {"LOWER": {"IN": ["per", "setiap", "/"]}},
         {"LOWER": "bulan"}],
        [{"LOWER": {"REGEX": r"^rm([5-9],?\d{3}|[1-9]\d,?\d{3}|[5-9]k|[1-9]\dk)$|^([5-9]|[1-9]\d)k$"}},
         {"LOWER": {"IN": ["sebulan", "/bulan"]}}],
        [{"LOWER": {"IN": ["gaji", "pendapatan", "salary"]}}, {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": ["$", "usd", "us$"]}, "OP": "?"},
         {"LOWER": {"REGEX": r"^[1-9][.,]?\d{3}$"}}, {"LOWER": {"IN": ["usd", "$", "usdt"]}}],
    ],
    # "RM150 sehari", "RM 200 setiap hari", "dapat 300 sehari"
    "daily_pay_little_work": [
        [{"LOWER": "rm", "OP": "?"},
         {"LOWER": {"REGEX": r"^(rm)?([1-9]\d{2,3}|[1-9]k)$"}},
         {"LOWER": {"IN": ["sehari", "/hari", "perhari"]}}],
        [{"LOWER": {"REGEX": r"^(rm)?\d+(-|–)(rm)?[1-9]\d{2,3}$"}},
         {"LOWER": {"IN": ["sehari", "/hari", "perhari"]}}],
        [{"LOWER": "rm", "OP": "?"},
         {"LOWER": {"REGEX": r"^(rm)?([1-9]\d{2,3}|[1-9]k)$"}},
         {"LOWER": {"IN": ["setiap", "per", "/"]}}, {"LOWER": "hari"}],
    ],
    # "sewa akaun bank anda", "jual beli akaun TnG", "pinjamkan akaun Maybank"
    "account_rental": [
        [{"LOWER": {"IN": ["sewa", "sewakan", "jual", "beli", "pinjam", "pinjamkan", "sewa-",
                           "menyewa", "membeli"]}},
         {"LOWER": {"IN": ["-", "beli", "jual", "je"]}, "OP": "*"},
         {"LOWER": {"IN": ["akaun", "simkad", "sim", "kad", "atm", "ewallet", "e-wallet",
                           "tng"]}}],
    ],
    # "Shopee hiring", "HR Petronas", "Petronas ambil pekerja"
    "brand_impersonation": [
        [{"LOWER": {"IN": _BRANDS}},
         {"LOWER": {"IN": ["malaysia", "berhad", "bhd", "-", "shop", "kuala", "lumpur",
                           "penang", "talent", "cabin", "crew", "kabin", "krew", "group",
                           "my"]}, "OP": "{0,3}"},
         {"LOWER": {"IN": ["hiring", "recruitment", "pengambilan", "hr", "part", "ambil",
                           "jawatan", "sedang", "acquisition", "careers", "kerjaya",
                           "recruiter"]}}],
        [{"LOWER": {"IN": ["hr", "pengambilan", "recruitment", "jawatan", "recruiter",
                           "perekrut", "wakil"]}},
         {"LOWER": {"IN": ["dari", "kosong", "dengan", "daripada", "kabin", "krew", "cabin",
                           "crew", "staf", "pekerja", "besar-besaran"]}, "OP": "{0,3}"},
         {"LOWER": {"IN": _BRANDS}}],
    ],
    # "hantar gambar pasport anda", "hantarkan salinan IC"
    "passport_requested": [
        [{"LOWER": {"IN": ["hantar", "hantarkan", "upload", "muat", "sertakan", "serahkan"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?", ";"]}, "OP": "{0,4}"},
         {"LOWER": {"IN": ["pasport", "passport", "ic", "mykad"]}}],
    ],
    # "kerja 12 jam", "shift 14 jam"
    "compound_conditions": [
        [{"LOWER": {"IN": ["kerja", "shift", "bekerja", "syif"]}},
         {"LOWER": {"REGEX": r"^(1[0-6])$"}}, {"LOWER": "jam"}],
    ],
}  # fmt: skip
