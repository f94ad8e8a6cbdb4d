"""Indonesian red-flag phrases, as "loker" (lowongan kerja) posts are written on Facebook,
Instagram, TikTok, Telegram and WhatsApp groups: formal ("dibutuhkan segera") and
colloquial ("gak perlu pengalaman", "japri aja", "cuan", "rebahan"), abbreviations
("hub", "tdk", "jt", "rb", "wd"), English loanwords ("fresh graduate", "part time",
"customer service"), rupiah written many ways (Rp 15.000.000, 15jt, 15 juta, 500rb).

Indonesia's context: thousands of Indonesians were sent to scam compounds in Cambodia,
Myanmar, Laos and the Philippines on tourist visas, "non prosedural" (outside BP2MI/KP2MI
placement); bank accounts ("rekening") and e-wallets (DANA, OVO, GoPay) are rented for
online gambling ("judol") and fraud; fake recruitment in the name of Pertamina, BUMN or
Shopee is common. Phrases with "wa" are also listed with "whatsapp", because the
normaliser rewrites "wa" before a number ("WA 0812...") to "whatsapp".

Examples: "Loker Kamboja, CS online, gaji 15jt, tiket & visa ditanggung, tanpa
pengalaman, hub WA 0812..."; "Kerja sambil rebahan, like video dapat Rp 300rb per hari";
"Sewa rekening 1jt/minggu"; counter-signals: "Waspada modus penipuan berkedok lowongan kerja
di Kamboja", "Polisi mengamankan 3 tersangka TPPO", "P3MI resmi terdaftar di BP2MI".
"""

from classifier.indicators.phrasing import combos as _combos

LANG = "id"

PHRASES = {
    "pay_above_market": [
        "gaji tinggi", "gaji besar", "gaji fantastis", "gaji menggiurkan", "gaji menarik",
        "gaji sangat menarik", "gaji gede", "gaji dolar", "gaji dalam dolar", "gaji usd",
        "gaji dalam usd", "gaji usdt", "gaji hingga", "gaji sampai", "gaji mulai dari",
        "penghasilan hingga", "penghasilan sampai", "penghasilan besar", "penghasilan tinggi",
        "penghasilan jutaan", "penghasilan puluhan juta", "gaji puluhan juta", "gaji 2x lipat",
        "gaji dua kali lipat", "gaji double", "cuan besar", "cuan gede", "uang mudah",
        "duit gampang", "uang cepat", "cepat kaya", "bonus besar", "komisi besar",
        "komisi tinggi", "bonus dan komisi", "pendapatan tidak terbatas",
        "penghasilan tidak terbatas", "penghasilan tak terbatas", "income tidak terbatas",
        "pasti dapat", "dijamin dapat", "penghasilan dijamin", "gaji dijamin",
    ],
    "travel_paid": [
        "dibayarin", "kami tanggung", "tanggung semua", "tempat tinggal sudah disiapkan",
        "sudah disiapkan", "relocation package", "company housing", "kami urus",
        "paspor diurus", "mess & makan tersedia", "mess dan makan tersedia", "fasilitas asrama",
        "tiket gratis", "tiket pesawat gratis", "tiket ditanggung", "tiket pesawat ditanggung",
        "tiket ditanggung perusahaan", "free tiket", "gratis tiket", "gratis tiket pesawat",
        "visa gratis", "visa ditanggung", "gratis visa", "free visa", "visa diurus perusahaan",
        "visa diurus", "pembuatan paspor dibantu", "paspor dibantu", "dibantu pembuatan paspor",
        "mess gratis", "mes gratis", "free mess", "gratis mess", "asrama gratis",
        "tempat tinggal gratis", "tempat tinggal disediakan", "mess disediakan",
        "disediakan mess", "disediakan tempat tinggal", "akomodasi ditanggung",
        "akomodasi gratis", "makan gratis", "free makan", "gratis makan", "makan ditanggung",
        "mess dan makan", "makan dan mess", "tempat tinggal dan makan",
        "semua biaya ditanggung", "semua ditanggung", "biaya ditanggung perusahaan",
        "ditanggung perusahaan", "ditanggung pt", "ditanggung bos", "ditanggung agen",
        "tanpa modal", "gratis biaya", "gratis semua", "semua gratis", "nol rupiah", "0 rupiah",
        "dijemput di bandara", "penjemputan bandara", "dijemput bandara", "tiket dan visa",
        "visa dan tiket", "tiket + visa", "visa + tiket", "tidak keluar biaya",
        "tidak perlu keluar uang",
    ],
    "no_experience": [
        "gak perlu ijazah", "tanpa ijazah", "tidak perlu ijazah", "ga perlu ijazah",
        "yg penting bisa", "yang penting bisa", "tanpa pengalaman", "tidak perlu pengalaman",
        "tdk perlu pengalaman", "gak perlu pengalaman", "ga perlu pengalaman",
        "nggak perlu pengalaman", "tidak butuh pengalaman", "tidak harus berpengalaman",
        "tidak wajib berpengalaman", "pengalaman tidak diutamakan", "belum berpengalaman",
        "tidak berpengalaman", "fresh graduate", "freshgraduate", "lulusan sma/smk",
        "lulusan smp", "minimal smp", "min smp", "min sma", "semua jurusan",
        "bisa komputer dasar", "komputer dasar", "bisa mengetik", "bisa ngetik",
        "bahasa inggris dasar", "bisa bahasa inggris dasar", "inggris pasif", "cukup punya hp",
        "modal hp", "modal hp saja", "modal hp aja", "hanya butuh hp", "cuma butuh hp",
        "cukup hp", "akan dilatih", "dilatih sampai bisa", "ada pelatihan", "training gratis",
        "pelatihan gratis", "cocok untuk ibu rumah tangga", "cocok untuk irt",
        "cocok untuk mahasiswa", "cocok untuk pelajar", "siapa saja bisa", "siapapun bisa",
        "semua bisa daftar", "usia 18",
    ],
    "high_risk_role": [
        "live host", "streamer", "marketing chat", "lowongan typing", "admin marketing",
        "buzzer", "customer experience", "customer service", "cs online", "admin online",
        "admin cs", "posisi cs", "sebagai cs", "lowongan cs", "operator online",
        "operator komputer", "data entry", "input data", "entry data", "admin input data",
        "marketing online", "digital marketing", "telemarketing", "admin judi online",
        "judi online", "judol", "slot online", "admin slot", "operator slot", "kasino online",
        "casino online", "admin kripto", "trader kripto", "kripto", "crypto", "penerjemah",
        "translator", "resepsionis", "admin chat", "operator chat", "tes mengetik", "tes ketik",
        "typing test", "bisa bahasa mandarin", "operator game", "admin game", "admin sosmed",
        "admin sosial media", "live chat",
    ],
    "private_contact_only": [
        "hubungi via wa", "hub wa", "hub. wa", "info lanjut wa", "info lengkap wa",
        "info lebih lanjut wa", "chat wa", "chat via wa", "wa only", "hanya via wa",
        "hanya melalui whatsapp", "via wa", "lewat wa", "via telegram", "lewat telegram",
        "hubungi telegram", "hub telegram", "dm aja", "dm ya", "dm saja", "japri", "japri aja",
        "japri ya", "langsung japri", "inbox aja", "pc aja", "langsung pc", "chat pribadi",
        "pesan pribadi", "kirim cv via wa", "kirim cv ke wa", "kirim cv lewat wa", "klik link",
        "klik tautan", "klik link di bio", "link di bio", "gabung grup telegram",
        "join grup telegram", "masuk grup", "minat hubungi", "yang minat", "yang berminat",
        "berminat hubungi", "berminat langsung chat", "minat chat", "langsung chat",
        "chat admin", "hubungi kakak", "wa kami", "wa saya",
    ],
    "urgency": [
        "cepetan", "kabarin", "konfirmasi hari ini", "paling lambat", "pendaftaran ditutup",
        "dibutuhkan segera", "dicari segera", "butuh cepat", "butuh segera", "berangkat cepat",
        "proses cepat", "proses kilat", "langsung berangkat", "langsung kerja",
        "berangkat minggu depan", "terbang minggu depan", "berangkat bulan ini",
        "kuota terbatas", "slot terbatas", "tempat terbatas", "lowongan terbatas", "sisa kuota",
        "sisa slot", "tinggal 3 slot", "buruan", "buruan daftar", "jangan sampai ketinggalan",
        "jangan lewatkan", "kesempatan terbatas", "hari ini saja", "siapa cepat dia dapat",
        "urgent", "loker urgent", "cepat daftar", "daftar sekarang", "segera daftar",
    ],
    "tourist_visa": [
        "visa turis", "visa wisata", "visa kunjungan", "visa kunjungan wisata",
        "visa on arrival", "pakai visa turis", "pakai visa wisata", "dengan visa wisata",
        "berangkat dengan visa wisata", "berangkat pakai visa wisata",
        "visa kerja diurus di sana", "nanti diurus visa kerja", "visa kerja menyusul",
        "ganti visa di sana", "diubah jadi visa kerja", "diganti visa kerja", "non prosedural",
        "jalur non prosedural", "tanpa melalui bp2mi", "tidak lewat bp2mi",
        "tidak perlu lewat bp2mi", "jalur belakang", "lewat jalur belakang", "pura-pura wisata",
        "seolah-olah wisata", "berangkat sebagai turis", "sebagai wisatawan", "ngaku liburan",
        "bilang mau liburan", "izin kerja diurus di sana",
    ],
    "passport_requested": [
        "foto halaman depan paspor", "halaman depan paspor", "modal paspor", "ktp dan kk",
        "paspor disimpan", "upload ktp", "kirim foto paspor", "foto paspor", "kirim paspor",
        "scan paspor", "fotokopi paspor", "copy paspor", "nomor paspor", "kirim ktp", "foto ktp",
        "kirim foto ktp", "foto ktp dan selfie", "selfie dengan ktp", "selfie pegang ktp",
        "selfie sambil pegang ktp", "swafoto dengan ktp", "kirim kk", "foto kk",
        "foto ktp dan kk", "paspor ditahan", "paspor disimpan perusahaan",
        "paspor dipegang perusahaan", "paspor dipegang", "serahkan paspor", "paspor diserahkan",
        "paspor diambil",
    ],
    "credentials_requested": [
        # kode OTP
        "kirim kode otp", "kirimkan kode otp", "kasih kode otp", "kasih tau kode",
        "kasih tahu kode", "kode yang masuk", "kode yang dikirim", "kode yang barusan masuk",
        "kode verifikasi", "kode 6 digit", "6 digit kode", "screenshot kode", "ss kode",
        "kode sms", "kode whatsapp", "kode wa", "sebutkan otp", "kirim otp", "kasih otp",
        "sebutkan kode", "kode otp",
        # PIN, password
        "pin atm", "pin kartu atm", "pin m-banking", "pin mbanking", "pin dana", "pin ovo",
        "pin gopay", "pin e-wallet", "pin brimo", "pin bca mobile", "kode akses m-banking",
        "password m-banking", "password internet banking", "user id internet banking",
        "kasih password", "kirim password", "kirimkan password", "mpin", "email & password",
        "email dan password", "nama ibu kandung", "kirim username dan password",
        "kasih username dan password", "kirim user id dan password",
        "kirimkan email dan password", "user id dan password m-banking",
        "user id dan password internet banking",
        # kartu
        "nomor kartu, masa berlaku dan cvv", "nomor kartu dan cvv", "masa berlaku dan cvv", "cvv",
        "3 angka di belakang kartu", "tiga angka di belakang kartu", "foto kartu kredit",
        "data kartu kredit", "nomor kartu atm", "foto kartu atm", "kartu atm depan",
        # selfie dengan KTP
        "selfie dengan ktp", "selfie pegang ktp", "selfie sambil pegang ktp",
        "swafoto dengan ktp", "foto selfie dengan ktp", "selfie dengan paspor",
        "selfie pegang paspor",
        # dalih
        "untuk aktivasi rekening gaji", "untuk membuka rekening gaji",
        "untuk verifikasi rekening gaji", "aktivasi rekening payroll", "untuk pencairan gaji",
    ],
    "upfront_fee": [
        "jalur khusus", "orang dalam", "100% lulus", "dibantu orang dalam", "wajib membayar",
        "membayar seragam", "biaya work permit", "akan diganti penuh", "klinik rekanan",
        "mohon transfer", "transfer biaya", "bayar di depan", "sisanya setelah visa",
        "sisanya setelah", "biaya pendaftaran", "uang pendaftaran", "biaya daftar", "biaya admin",
        "biaya administrasi", "biaya proses", "biaya pengurusan visa", "biaya visa",
        "biaya medical", "biaya mcu", "biaya medical check up", "biaya pelatihan",
        "biaya training", "uang jaminan", "dana jaminan", "dp dulu", "bayar dp", "transfer dulu",
        "bayar dulu", "bayar di awal", "biaya di depan", "uang muka", "biaya seragam",
        "beli seragam", "beli kit", "top up dulu", "isi saldo", "deposit saldo", "saldo minimal",
        "deposit minimal", "biaya keberangkatan", "biaya sponsor", "fee sponsor",
        "biaya pengurusan", "uang administrasi", "biaya tes", "biaya wawancara", "biaya aktivasi",
        "aktivasi akun", "upgrade akun", "potong gaji", "dipotong gaji", "bayar pelatihan",
        "bayar training", "bayar seragam", "uang seragam", "biaya id card",
        "biaya kartu identitas", "bayar id card", "biaya tes narkoba",
        "tes narkoba bayar sendiri", "biaya buka berkas", "biaya berkas", "uang berkas",
        "biaya pemberkasan", "biaya pembuatan dokumen", "biaya calling visa", "biaya izin kerja",
        "biaya working permit", "biaya paspor dan visa", "uang booking", "biaya booking",
        "booking seat", "untuk mengamankan posisi", "untuk booking posisi", "untuk mengunci slot",
        "uang jaminan dikembalikan", "dikembalikan setelah", "dikembalikan di gaji pertama",
        "dikembalikan saat gajian", "transfer ke rekening pribadi", "uang pelicin",
        "masuk pns tanpa tes", "jadi pns tanpa tes", "pasti lulus cpns", "jaminan lulus cpns",
        "dijamin lulus cpns", "lulus tanpa tes",
    ],
    "recruit_friends_commission": [
        "ajak teman", "ajak temanmu", "ajak teman dapat bonus", "bonus referral",
        "komisi referral", "kode referral", "kode undangan", "undang teman", "undang temanmu",
        "setiap teman yang bergabung", "komisi per orang", "bonus per orang", "bawa teman",
        "rekrut orang", "rekrut teman", "bangun tim", "downline", "upline", "bonus rekrut",
        "fee rekrut", "setiap orang yang kamu ajak", "ajak keluarga",
    ],
    "pay_per_task": [
        "tugas premium", "dana tugas", "dikembalikan plus komisi", "kasih bintang 5",
        "1 review", "per review", "repost story", "tugas/hari", "tugas per hari", "like video",
        "like dan follow", "like & follow", "like & subscribe", "like dan subscribe",
        "follow akun", "subscribe channel", "nonton video dapat", "menonton video",
        "nonton youtube dibayar", "rating hotel", "memberi rating", "beri rating",
        "kasih rating", "review produk", "ulasan produk", "memberi ulasan", "ulasan bintang 5",
        "rating bintang 5", "boost produk", "grab order", "ambil order", "order grabbing",
        "tugas sederhana", "tugas mudah", "tugas harian", "misi harian", "per tugas",
        "setiap tugas", "komisi per tugas", "per like", "komisi per order", "level vip",
        "tugas berbayar", "tugas prabayar", "pesanan gabungan", "kirim screenshot",
        "kirim tangkapan layar", "kerja like", "freelance like", "job like", "tugas like",
        "tugas tiktok", "tugas youtube", "optimasi produk", "optimalisasi aplikasi",
    ],
    "daily_pay_little_work": [
        "1-2 jam saja", "1-2 jam aja", "1-2 jam per hari", "gaji harian", "dibayar harian",
        "bayaran harian", "dibayar setiap hari", "cair setiap hari", "cair harian",
        "penghasilan harian", "pendapatan harian", "gajian tiap hari", "tarik saldo harian",
        "withdraw harian", "langsung wd", "bisa wd", "1-2 jam sehari", "2 jam sehari",
        "1 jam sehari", "cuma 1 jam", "hanya 1 jam", "waktu luang", "di waktu luang",
        "dari rumah", "kerja dari rumah", "kerja dari hp", "kerja lewat hp", "lewat hp",
        "part time", "paruh waktu", "kerja sampingan", "sampingan", "penghasilan tambahan",
        "uang tambahan", "sambil rebahan", "kerja sambil rebahan", "rebahan dapat uang",
        "kerja santai",
    ],
    "account_rental": [
        "akun binance", "sudah kyc", "udah kyc", "serahkan login", "sudah registrasi nik",
        "registrasi nik", "buku tabungan + atm", "akun m-banking", "m-banking aktif", "disewa",
        "jual rekening", "beli rekening", "sewa rekening", "rekening disewa",
        "jual beli rekening", "jasa rekening", "pinjam rekening", "pinjam atm", "sewa atm",
        "jual atm", "buku tabungan dan atm", "buka rekening baru", "buka rekening atas nama",
        "rekening atas nama kamu", "rekening atas namamu", "sewa akun", "jual akun dana",
        "beli akun dana", "jual akun ovo", "jual akun gopay", "sewa akun e-wallet",
        "sewa akun dana", "akun terverifikasi", "akun kyc", "jual kartu perdana",
        "kartu perdana teregistrasi", "kartu perdana aktif", "nomor teregistrasi",
        "beli nomor hp", "beli sim card", "jual nomor", "rekening untuk disewa",
        "butuh rekening", "cari rekening", "rekening nganggur", "atm nganggur",
    ],
    "brand_impersonation": [
        "hrd dari", "bagian hr", "kami dari bagian hr", "cv anda terpilih", "profil anda cocok",
        "anda terpilih sebagai kandidat", "lolos seleksi administrasi", "rekrutmen shopee",
        "shopee part time", "tokopedia part time", "lowongan shopee", "hrd shopee",
        "tiktok shop", "lazada part time", "rekrutmen pertamina", "lowongan pertamina",
        "rekrutmen bumn", "lowongan bumn", "rekrutmen pln", "rekrutmen kai",
        "rekrutmen garuda indonesia", "rekrutmen lion air", "indomaret part time",
        "alfamart part time", "traveloka part time", "rekrutmen bca", "saya hrd dari",
        "kami dari tim", "kami dari hrd", "perwakilan resmi", "mitra resmi", "agen resmi dari",
        "anda lolos seleksi", "cv anda telah kami terima",
    ],
    "money_transfer_role": [
        "atm dan pin dari kami", "rekening pribadi", "ke rekening pribadi", "modal rekening",
        "terima pembayaran", "terima transfer", "menerima transfer", "menerima dana",
        "terima dana", "teruskan dana", "meneruskan dana", "transfer balik", "kirim balik",
        "tarik tunai", "tarik tunai lalu", "dapat fee", "fee 10%", "komisi 10%",
        "agen pembayaran", "agen penerima", "rekening penampung", "penampung dana",
        "cairkan dana", "jasa cairin", "putar uang", "pinjam nama", "transfer ke rekening lain",
        "uang masuk ke rekening kamu", "uang masuk ke rekeningmu", "dana masuk",
    ],
    "scam_script_role": [
        "sebagai pacar", "target pria", "mau top up", "komisi per transaksi", "recovery agent",
        "korban penipuan investasi", "jasa pemulihan dana", "pemulihan dana", "ingin withdraw",
        "tetap berinvestasi", "script perusahaan", "script ada", "pakai nama bank",
        "data kartu kredit", "chatting dengan orang asing", "chat dengan orang asing",
        "chat dengan bule", "chat sama bule", "akun palsu", "akun fake", "profil palsu",
        "foto model", "pakai script", "ikuti script", "sesuai script", "naskah chat",
        "cari korban", "mencari korban", "target korban", "love scam", "retensi",
        "agen retensi", "closing deposit", "deposit pertama", "buat klien deposit",
        "ajak investasi", "mengajak investasi", "aplikasi kencan", "kenalan lewat aplikasi",
        "membangun kepercayaan", "bangun kepercayaan", "pura-pura jadi",
    ],
    "compound_conditions": [
        "wajib izin keluar", "di dalam area kantor", "selama kontrak", "target pelanggan",
        "mess perusahaan", "asrama perusahaan", "tinggal di asrama", "tinggal di mess",
        "tinggal di kantor", "kerja 12 jam", "12 jam sehari", "12 jam per hari", "shift 12 jam",
        "kerja 14 jam", "14 jam sehari", "libur 1 hari sebulan", "libur sebulan sekali",
        "tidak ada libur", "tanpa libur", "denda jika resign", "denda kalau resign",
        "denda jika keluar", "ganti rugi jika", "bayar denda", "tidak boleh keluar",
        "dilarang keluar", "tidak bisa keluar", "hp disita", "hp ditahan", "target harian",
        "target per hari", "dijual ke perusahaan lain", "kawasan ekonomi khusus",
        "tidak boleh pulang",
    ],
    "overseas_work": [
        "kerja di luar negeri", "kerja luar negeri", "lowongan luar negeri",
        "loker luar negeri", "kerja ke luar negeri", "bekerja di luar negeri",
        "kerja di kamboja", "kerja di thailand", "kerja di myanmar", "kerja di laos",
        "kerja di dubai", "kerja di malaysia", "kerja di filipina", "kerja di vietnam",
        "loker kamboja", "loker thailand", "lowongan kamboja", "lowongan thailand",
        "berangkat ke kamboja", "berangkat ke thailand", "penempatan kamboja",
        "penempatan thailand", "penempatan myanmar", "penempatan laos", "penempatan filipina",
        "penempatan dubai",
    ],
    "hotspot_destination": [
        "miawadi", "sihanukville", "shihanoukville", "sihanoukvile", "kota sihanouk",
        "bokeo laos", "perbatasan kamboja-thailand", "kawasan kk park", "myawadi",
        "perbatasan myanmar", "perbatasan thailand-myanmar", "perbatasan thailand myanmar",
        "perbatasan myanmar-thailand", "segitiga emas", "kawasan segitiga emas",
        "sihanoukville", "sihanouk", "shianoukville", "tachilek", "mae sod",
    ],
    "awareness_language": [
        "waspada", "waspadai", "hati-hati", "hati2", "awas", "jangan tergiur",
        "jangan mudah tergiur", "jangan mudah percaya", "jangan percaya", "modus penipuan",
        "modus", "penipuan berkedok", "berkedok lowongan kerja", "lowongan palsu",
        "loker palsu", "loker bodong", "lowongan bodong", "hoaks", "hoax", "awas penipuan",
        "waspada penipuan", "korban penipuan", "penipu", "tppo", "perdagangan orang",
        "tindak pidana perdagangan orang", "korban tppo", "laporkan", "lapor ke",
        "cek keabsahan", "cek legalitas", "pastikan perusahaan", "kbri mengimbau", "mengimbau",
        "imbauan", "himbauan", "sebarkan", "agar tidak menjadi korban",
        "jangan sampai jadi korban", "pmi non prosedural", "jalur resmi", "jangan berangkat",
        "jangan transfer",
    ],
    "news_language": [
        "ditangkap", "diamankan", "dibekuk", "diringkus", "polisi menangkap", "menurut polisi",
        "kapolres", "kapolda", "polres", "polda", "bareskrim", "dipulangkan",
        "dipulangkan ke tanah air", "dievakuasi", "diselamatkan", "berhasil diselamatkan",
        "dibebaskan", "dipenjara", "divonis", "dijatuhi hukuman", "pengadilan", "tersangka",
        "para tersangka", "para korban", "menurut", "ujarnya", "katanya", "ungkapnya",
        "jelasnya", "dalam keterangan", "keterangan resmi", "kemlu", "kementerian luar negeri",
        "wni", "kbri", "dilaporkan", "penggerebekan", "digerebek",
    ],
    "licensed_recruitment": [
        "tidak dipungut biaya", "tidak dipungut biaya apapun", "tidak ada biaya apapun",
        "bp2mi", "kp2mi", "p3mi", "sip2mi", "siapkerja", "disnaker", "disnakertrans",
        "kemnaker", "kementerian ketenagakerjaan", "resmi terdaftar", "terdaftar di kemnaker",
        "terdaftar di bp2mi", "izin resmi", "nomor izin", "no. izin", "g to g",
        "program g to g", "eps-topik", "bebas biaya penempatan", "zero cost", "kontrak kerja",
        "perjanjian kerja", "perjanjian penempatan", "blk", "e-pmi", "prosedural", "ktkln",
        "sisko p2mi", "siskop2mi", "balai pelatihan kerja",
    ],
}  # fmt: skip


# What the applicant pays ("wajib bayar seragam", "medical bayar sendiri"), what legitimate
# recruiters write instead ("gak ada biaya pendaftaran", "biaya medical ditanggung
# perusahaan") and banks' warnings ("jangan berikan kode OTP") as counter-signals.
_PAYABLE = ["seragam", "pelatihan", "training", "id card", "tes kesehatan", "mcu", "medical",
            "berkas", "izin kerja", "booking", "kit"]  # fmt: skip
PHRASES["upfront_fee"] += _combos(
    ["wajib bayar", "harus bayar", "harus membayar", "wajib membayar"], [*_PAYABLE, "visa"],
) + _combos(
    _PAYABLE, ["bayar sendiri", "ditanggung sendiri", "ditanggung pelamar", "ditanggung peserta",
               "biaya sendiri"],
)  # fmt: skip
PHRASES["licensed_recruitment"] += _combos(
    ["tidak ada", "gak ada", "ga ada", "nggak ada", "tdk ada", "tanpa", "bebas",
     "tidak dipungut"],
    ["biaya pendaftaran", "biaya daftar", "biaya admin", "biaya administrasi", "biaya pelatihan",
     "biaya training", "biaya medical", "biaya seragam", "uang jaminan", "biaya apapun",
     "biaya proses"],
) + _combos(
    ["biaya medical", "biaya mcu", "biaya medical check up", "biaya pelatihan", "biaya training",
     "biaya tes"],
    ["ditanggung perusahaan", "ditanggung pt", "ditanggung majikan", "gratis"],
)  # fmt: skip
PHRASES["awareness_language"] += _combos(
    ["jangan berikan", "jangan kasih", "jangan bagikan", "jangan sebutkan", "jangan pernah berikan",
     "jangan pernah memberikan", "jangan memberikan", "tidak pernah meminta", "tidak akan meminta"],
    ["kode otp", "otp", "kode", "pin", "password", "kode verifikasi", "pin atm", "data kartu"],
)  # fmt: skip

# More ways posters write the five scam-specific flags (fees paid first, fake HR of a
# brand, paid tasks, renting accounts, call-centre fraud work), kept to phrases that
# ordinary job ads, delivery riders and sales jobs do not use.
PHRASES["upfront_fee"] += [
    "biaya registrasi", "uang registrasi", "biaya buka file", "biaya pembukaan berkas",
    "biaya sertifikat", "biaya sertifikasi", "biaya psikotes", "biaya kursus", "biaya kontrak",
    "uang tanda jadi", "tanda jadi", "uang komitmen", "biaya komitmen", "uang keseriusan",
    "uang kesungguhan", "deposit jaminan", "uang deposit", "biaya deposit",
    "deposit untuk mengamankan", "bayar setengah", "bayar separuh", "bayar 50%", "dp 50%",
    "sisanya dilunasi", "pelunasan setelah", "dilunasi setelah", "lunas setelah",
    "sisanya bayar setelah", "biaya starter kit", "starter kit", "ongkir seragam",
    "biaya kirim seragam", "biaya pengiriman seragam", "uang sogok", "uang suap", "nyogok",
    "menyogok", "bayar orang dalam", "lewat orang dalam", "jalur orang dalam", "jalur belakang",
    "lewat jalur belakang", "uang titipan", "titip nama", "dijamin diterima", "100% diterima",
    "biaya ditanggung pelamar", "ditanggung pelamar", "ditanggung calon karyawan",
    "ditanggung kandidat", "bayar sendiri", "biaya mandiri", "biaya pembuatan id card",
    "biaya tes kesehatan", "biaya cek kesehatan", "biaya pemeriksaan kesehatan", "biaya lab",
    "transfer dulu biaya", "transfer biaya", "kirim bukti transfer", "bukti pembayaran biaya",
    "biaya aktivasi akun", "deposit awal", "modal awal", "uang pangkal",
]  # fmt: skip
PHRASES["pay_per_task"] += [
    "follow toko", "like live", "like postingan", "like konten", "like foto", "like video",
    "follow ig", "follow instagram", "follow tiktok", "follow akun", "follow dan like",
    "follow & like", "like, follow", "like komen", "like komentar", "1 tugas", "satu tugas",
    "tiap tugas", "per 1 tugas", "bayaran per tugas", "dibayar per tugas", "upah per tugas",
    "setiap like", "per follow", "setiap follow", "per subscribe", "per ulasan", "per rating",
    "per klik", "per misi", "setiap misi", "komisi per pesanan", "komisi setiap pesanan",
    "komisi setiap order", "komisi tiap order", "dana dikembalikan", "modal dikembalikan",
    "saldo dikembalikan", "dikembalikan + komisi", "dikembalikan beserta komisi",
    "dikembalikan ditambah komisi", "penguji produk", "tester produk",
    "beli produk pakai saldo", "beli produk pake saldo", "makin besar order makin besar komisi",
    "semakin besar order", "makin besar deposit", "semakin besar deposit", "top up tugas",
    "isi ulang tugas", "recharge tugas", "tugas berantai", "tugas gabungan", "order gabungan",
    "tugas kombinasi", "upgrade vip", "naik level vip", "naik vip", "vip 1", "vip 2", "vip 3",
    "review hotel", "ulasan hotel", "review google maps", "ulasan google maps",
    "rating aplikasi", "review aplikasi", "tonton iklan", "nonton iklan", "klik iklan",
    "tugas follow", "tugas subscribe", "tugas review", "tugas rating", "tugas ulasan",
    "boost toko", "naikin rating", "naikkan rating", "menaikkan rating", "tugas misi",
    "misi bonus", "tugas bonus", "kerjakan tugas", "selesaikan tugas", "screenshot bukti",
    "kirim ss", "kirim bukti like", "kirim bukti follow",
]  # fmt: skip
PHRASES["account_rental"] += [
    "jual akun bank", "sewa akun bank", "beli akun bank", "rekening bekas",
    "rekening tidak terpakai", "rekening tak terpakai", "rekening yang tidak dipakai",
    "rekening yg tidak dipakai", "rekening gak kepake", "rekening ga kepake",
    "rekening nggak kepake", "rekening tidur", "rekening pasif", "atm tidak terpakai",
    "jual kartu atm", "paket rekening", "rekening lengkap", "rekening + atm",
    "rekening dan atm", "buku tabungan, atm", "atm + buku tabungan", "atm dan buku tabungan",
    "jasa kyc", "jual kyc", "verifikasi wajah", "akun indodax", "akun tokocrypto", "akun okx",
    "akun bybit", "akun kripto terverifikasi", "sewa nomor", "sewa sim", "sewa kartu",
    "jual sim card", "sewa akun gopay", "sewa akun ovo", "sewa akun shopeepay",
    "jual akun shopeepay", "pinjam akun", "pinjamkan akun", "pinjamkan rekening",
    "pinjam nama rekening", "rekening atas nama pt", "rekening perusahaan tidak aktif",
    "rekening pt", "rekening cv", "akun qris", "jual qris", "sewa qris", "sewa edc",
    "mesin edc", "serahkan atm", "serahkan buku tabungan", "kirim atm", "kirim buku tabungan",
    "token bank", "akses m-banking", "akses internet banking", "login m-banking",
    "login internet banking",
]  # fmt: skip
PHRASES["brand_impersonation"] += [
    "recruiter dari", "rekruter dari", "perekrut dari", "tim rekrutmen dari", "tim hr dari",
    "tim hrd dari", "dari tim hr", "dari tim hrd", "dari tim rekrutmen",
    "dari bagian rekrutmen", "hrd pusat", "hr pusat", "bagian personalia",
    "surat penawaran kerja", "offering letter", "offer letter", "surat panggilan kerja",
    "surat panggilan interview", "lolos tahap", "anda dinyatakan lolos", "official recruitment",
]  # fmt: skip
PHRASES["scam_script_role"] += [
    "script disediakan", "skrip disediakan", "naskah disediakan", "script sudah disiapkan",
    "script telepon", "script chat", "panduan chat", "template chat", "mengajak deposit",
    "ajak deposit", "ajak klien deposit", "ajak nasabah deposit", "ajak member deposit",
    "mengajak klien deposit", "komisi dari deposit", "persen dari deposit", "bonus per deposit",
    "komisi per deposit", "dari deposit klien", "ke platform trading", "menelepon database",
    "telepon database", "telpon database", "profil cewek", "profil wanita", "profil perempuan",
    "akun cewek", "akun wanita", "foto cewek", "akun yang disediakan", "akun yg disediakan",
    "akun yang sudah disiapkan", "akun yg udah disiapin", "akun yang udah disiapin",
    "profil yang disediakan", "profil yg disediakan", "bukan foto kamu", "bukan foto asli",
    "foto orang lain", "member pria", "chat dengan member", "chat dgn member", "beli koin",
    "admin kenalan", "aplikasi dating", "dating app", "platform investasi kita",
    "join platform", "gabung platform", "ajak mereka investasi", "ajak mereka join",
    "klien yang top up", "klien yg top up", "member yang top up", "cowok luar negeri",
    "cowok2 luar negeri", "pria luar negeri", "chat sama cowok", "chat dengan pria",
    "closer trading", "closer investasi", "closer forex", "closer crypto", "closer kripto",
    "agen reload", "reload agent", "retention agent", "pemulihan dana korban",
    "dana yang hilang", "menawarkan pengembalian dana", "mengaku dari bank",
    "mengaku petugas bank", "atas nama bank", "pinjaman sudah disetujui", "pinjaman sudah cair",
    "minta pemohon bayar", "bayar biaya pencairan",
]  # fmt: skip

# The normaliser turns "wa" before a number into "whatsapp" ("hub WA 0812..." is matched
# as "hub whatsapp 0812..."), so every phrase with the word "wa" also has that form.
for _items in PHRASES.values():
    _items.extend([" ".join("whatsapp" if w == "wa" else w for w in p.split())
                   for p in _items if "wa" in p.split()])  # fmt: skip

_FREE = ["gratis", "ditanggung", "disediakan", "dibayar", "dibayarin", "diurus",
         "dibantu"]  # fmt: skip
_PAID_ITEMS = ["tiket", "pesawat", "visa", "paspor", "mess", "mes", "asrama", "makan",
               "akomodasi", "penginapan", "tempat", "tinggal", "hotel", "transport",
               "transportasi"]  # fmt: skip
_BRANDS = ["hilton", "marriott", "coca-cola", "emirates", "qatar", "shopee", "tokopedia", "lazada", "tiktok", "bukalapak", "blibli", "indomaret",
           "alfamart", "garuda", "lion", "airasia", "traveloka", "pertamina", "pln", "kai",
           "bumn", "telkomsel", "telkom", "bca", "bri", "mandiri", "bni", "gojek", "grab",
           "amazon", "youtube", "unilever", "indofood", "wings", "bytedance", "google",
           "netflix", "alibaba", "temu", "shein", "zalora", "citilink", "pelni", "indosat",
           "xl", "smartfren", "btn", "bsi", "cimb", "ocbc", "pegadaian", "astra", "sampoerna",
           "danone", "aqua", "nestle", "samsung", "sheraton", "accor", "santika", "jne",
           "sicepat", "superindo", "hypermart", "freeport", "antam", "adaro", "inalum",
           "gopay", "ovo", "shopeepay", "bukalapak", "scoot"]  # fmt: skip
_RP = ["rp", "rp.", "idr"]  # fmt: skip
_DAY_AMOUNT = (r"^(rp\.?)?([2-9]\d\d(rb|ribu|k)|\d{1,2}([.,]\d)?(jt|juta)|[2-9]\d\d\.\d{3}"
               r"|\d{1,2}\.\d{3}\.\d{3})$")  # fmt: skip

TOKEN_PATTERNS = {
    # "tiket, visa dan mess ditanggung", "makan & tempat tinggal gratis"
    "travel_paid": [
        [{"LOWER": {"IN": _PAID_ITEMS}},
         {"LOWER": {"IN": [",", "+", "dan", "&", "/", "-", *_PAID_ITEMS]}, "OP": "*"},
         {"LOWER": {"IN": _FREE}}],
        [{"LOWER": {"IN": ["gratis"]}}, {"LOWER": {"IN": _PAID_ITEMS}},
         {"LOWER": {"IN": [*_PAID_ITEMS, ",", "dan", "&", "+"]}, "OP": "*"},
         {"LOWER": {"IN": _PAID_ITEMS}, "OP": "?"}],
    ],
    # "gaji 15jt", "gaji Rp 20.000.000", "gaji 10-15 juta", "gaji 1.500 USD"
    "pay_above_market": [
        [{"LOWER": {"IN": ["gaji", "penghasilan", "pendapatan", "salary", "hingga", "sampai"]}},
         {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": ["mulai", "hingga", "sampai", "s/d", "up", "to", "pokok", "sekitar",
                           "lumayan"]}, "OP": "?"},
         {"LOWER": {"IN": _RP}, "OP": "?"},
         {"LOWER": {"REGEX": r"^(rp\.?)?([1-9]\d)(jt|juta)$"}}],
        [{"LOWER": {"IN": ["gaji", "penghasilan", "pendapatan", "salary"]}},
         {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": ["mulai", "hingga", "sampai", "pokok", "sekitar", "lumayan"]}, "OP": "?"},
         {"LOWER": {"IN": _RP}, "OP": "?"},
         {"LOWER": {"REGEX": r"^\d{1,2}[–-]([1-9]\d)$"}},
         {"LOWER": {"IN": ["juta", "jt"]}}],
        [{"LOWER": {"IN": ["gaji", "penghasilan", "pendapatan", "salary"]}},
         {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": ["mulai", "hingga", "sampai", "pokok"]}, "OP": "?"},
         {"LOWER": {"IN": _RP}, "OP": "?"},
         {"LOWER": {"REGEX": r"^\d{1,2}$"}},
         {"LOWER": "-", "OP": "?"}, {"LOWER": {"REGEX": r"^\d{1,2}$"}, "OP": "?"},
         {"LOWER": {"IN": ["juta", "jt"]}}],
        [{"LOWER": {"IN": ["gaji", "penghasilan", "salary"]}}, {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": _RP}},
         {"LOWER": {"REGEX": r"^([1-9]\d)\.\d{3}\.\d{3}$"}}],
        [{"LOWER": {"IN": ["gaji", "penghasilan", "salary"]}}, {"IS_PUNCT": True, "OP": "?"},
         {"LOWER": {"IN": ["$", "usd", "us$"]}, "OP": "?"},
         {"LOWER": {"REGEX": r"^[1-9][.,]?\d{3}$"}}, {"LOWER": {"IN": ["usd", "dolar", "$", "usdt"]}}],
    ],
    # "Rp 300rb per hari", "500 ribu/hari", "Rp 100.000 sehari"
    # (from Rp 200 ribu a day: ordinary daily wages are lower)
    "daily_pay_little_work": [
        [{"LOWER": {"IN": _RP}, "OP": "?"}, {"LOWER": {"REGEX": _DAY_AMOUNT}},
         {"LOWER": {"IN": ["per", "/", "setiap", "tiap"]}}, {"LOWER": "hari"}],
        [{"LOWER": {"IN": _RP}, "OP": "?"}, {"LOWER": {"REGEX": _DAY_AMOUNT}},
         {"LOWER": {"IN": ["sehari", "perhari", "/hari"]}}],
        [{"LOWER": {"IN": _RP}, "OP": "?"}, {"LOWER": {"REGEX": r"^[2-9]\d\d$|^\d{1,2}$"}},
         {"LOWER": {"IN": ["ribu", "rb", "juta", "jt"]}},
         {"LOWER": {"IN": ["per", "/", "setiap", "tiap"]}}, {"LOWER": "hari"}],
        [{"LOWER": {"IN": _RP}, "OP": "?"}, {"LOWER": {"REGEX": r"^[2-9]\d\d$|^\d{1,2}$"}},
         {"LOWER": {"IN": ["ribu", "rb", "juta", "jt"]}},
         {"LOWER": {"IN": ["sehari", "perhari", "/hari"]}}],
    ],
    # "jual rekening BCA", "sewa akun DANA kamu", "beli ATM + buku tabungan"
    "account_rental": [
        [{"LOWER": {"IN": ["jual", "beli", "sewa", "disewa", "sewakan", "pinjam", "dipinjam",
                           "pinjamkan", "menyewakan", "membeli", "terima"]}},
         {"LOWER": {"IN": ["-", "beli", "jual", "kan"]}, "OP": "*"},
         {"LOWER": {"IN": ["rekening", "rek", "atm", "akun", "kartu", "nomor", "sim",
                           "e-wallet", "ewallet"]}}],
    ],
    # "DP 15 juta dulu", "bayar 30% di awal"
    "upfront_fee": [
        [{"LOWER": {"IN": ["dp", "bayar", "transfer", "biaya", "deposit"]}},
         {"LOWER": {"IN": _RP}, "OP": "?"},
         {"LOWER": {"REGEX": r"^\d[\d.,]*(jt|rb|%)?$"}},
         {"LOWER": {"IN": ["juta", "jt", "ribu", "rb", "%"]}, "OP": "?"},
         {"LOWER": {"IN": ["dulu", "di", "dimuka", "didepan"]}},
         {"LOWER": {"IN": ["awal", "muka", "depan"]}, "OP": "?"}],
    ],
    # "Shopee rekrutmen", "lowongan Pertamina", "HRD Tokopedia"
    "brand_impersonation": [
        [{"LOWER": {"IN": _BRANDS}},
         {"LOWER": {"IN": ["indonesia", "air", "shop", "persero", "-", "(persero)"]}, "OP": "?"},
         {"LOWER": {"IN": ["rekrutmen", "rekrut", "lowongan", "loker", "hrd", "part", "kerja",
                           "recruitment", "hiring"]}}],
        [{"LOWER": {"IN": ["rekrutmen", "lowongan", "loker", "hrd", "hr", "recruitment"]}},
         {"LOWER": {"IN": ["pt", "resmi", "kerja", "terbaru", "dari", "bersama"]}, "OP": "{0,2}"},
         {"LOWER": {"IN": _BRANDS}}],
        # "REKRUTMEN KARYAWAN INDOMARET 2025", "recruiter dari TikTok", "tim marketing Shopee"
        [{"LOWER": {"IN": ["rekrutmen", "recruitment", "recruiter", "rekruter", "perekrut",
                           "penerimaan", "pengangkatan", "hrd", "hr", "tim", "team", "divisi",
                           "bagian"]}},
         {"LOWER": {"IN": ["karyawan", "pegawai", "staf", "staff", "kru", "crew", "baru", "tetap",
                           "besar-besaran", "online", "resmi", "pt", "dari", "rekrutmen", "hr",
                           "hrd", "marketing", "personalia"]}, "OP": "{1,3}"},
         {"LOWER": {"IN": _BRANDS}}],
        [{"LOWER": {"IN": _BRANDS}},
         {"LOWER": {"IN": ["indonesia", "group", "grup", "official", "resmi"]}, "OP": "?"},
         {"LOWER": {"IN": ["membuka", "buka", "butuh", "mencari", "cari"]}},
         {"LOWER": {"IN": ["lowongan", "rekrutmen", "karyawan", "pegawai", "staf", "staff",
                           "crew", "kru", "mitra", "partner"]}}],
    ],
    # "kirim foto paspor dan KTP", "kirimkan scan paspor anda"
    "passport_requested": [
        [{"LOWER": {"IN": ["kirim", "kirimkan", "kirimin", "upload", "unggah", "lampirkan",
                           "siapkan", "serahkan"]}},
         {"LOWER": {"NOT_IN": [".", "!", "?", ";"]}, "OP": "{0,4}"},
         {"LOWER": {"IN": ["paspor", "passport", "ktp", "kk"]}}],
    ],
    # "kerja 12 jam", "shift 14 jam"
    "compound_conditions": [
        [{"LOWER": {"IN": ["kerja", "shift", "bekerja", "jam", "durasi"]}},
         {"LOWER": {"REGEX": r"^(1[0-6])$"}}, {"LOWER": "jam"}],
    ],
}  # fmt: skip
