"""Data for `classifier.contacts`: URL shorteners, top-level domains accepted without a
scheme, app names, and the telephone region a post's language or currency points to."""

from __future__ import annotations

# Tables keep their hand layout (several entries a line).
# fmt: off

# Hosts whose links hide where they go (checked 2026-11: all still public shorteners).
SHORTENERS = frozenset(
    [
        "bit.ly", "bitly.com", "tinyurl.com", "t.co", "cutt.ly", "rb.gy", "is.gd", "v.gd", "ow.ly",
        "s.id", "shorturl.at", "tiny.cc", "rebrand.ly", "linktr.ee", "buff.ly", "goo.gl", "g.co",
        "lnkd.in", "shorte.st", "adf.ly", "bl.ink", "t.ly", "short.io", "shorturl.asia",
        "tiny.one", "u.to", "clck.ru", "vk.cc", "urlz.fr", "qr.ae", "wa.link", "bit.do", "soo.gd",
        "x.gd", "dub.sh", "lnk.bio", "beacons.ai", "msha.ke", "heylink.me", "bio.link",
        "taplink.cc", "campsite.bio", "snip.ly", "hyperurl.co", "1url.com", "shrtco.de",
    ]
)

# Top-level domains for links written without a scheme ("bit.ly/x", "jobs-th.online").
# Anything else needs http(s):// or www. so "e.g.", "1.5" or "node.js" is not a link.
TLDS = frozenset(
    [
        "com", "net", "org", "info", "biz", "io", "co", "me", "ly", "gl", "gd", "gy", "cc", "tk",
        "ml", "ga", "cf", "gq", "xyz", "top", "site", "online", "shop", "store", "app", "link",
        "click", "live", "vip", "club", "work", "job", "jobs", "pro", "asia", "tech", "fun",
        "today", "win", "icu", "cyou", "buzz", "bond", "sbs", "cfd", "space", "website", "life",
        "world", "email", "page", "ee", "at", "to", "ai", "sh", "is", "in", "id", "my", "ph", "th",
        "vn", "kh", "la", "mm", "cn", "hk", "tw", "sg", "jp", "kr", "ru", "ua", "kz", "uz", "ae",
        "sa", "qa", "kw", "om", "bh", "pk", "bd", "np", "lk", "ke", "ng", "gh", "tz", "ug", "et",
        "eg", "ma", "tn", "dz", "br", "mx", "ar", "cl", "pe", "uk", "de", "fr", "es", "it", "pt",
        "nl", "eu", "us", "ca", "au", "nz", "ge", "tr", "ir", "za", "rw",
    ]
)

# App names as `normalize_for_matching` spells them (it already folds "whats@pp", "w/a",
# "T e l e g r a m", 微信, 纸飞机...), plus scripts it leaves alone (ไลน์, ቴሌግራም...).
APP_WORDS: dict[str, str] = {
    "whatsapp": "whatsapp", "wa": "whatsapp", "واتساب": "whatsapp", "واتس": "whatsapp",
    "व्हाट्सएप": "whatsapp", "व्हाट्सऐप": "whatsapp", "হোয়াটসঅ্যাপ": "whatsapp",
    "telegram": "telegram", "tg": "telegram", "tele": "telegram", "ቴሌግራም": "telegram",
    "телеграм": "telegram", "تلگرام": "telegram", "تيليجرام": "telegram",
    "wechat": "wechat", "weixin": "wechat", "line": "line", "ไลน์": "line", "ไลน": "line",
    "viber": "viber", "вайбер": "viber", "signal": "signal", "skype": "skype",
    "zalo": "zalo", "imo": "imo", "kakao": "social", "kakaotalk": "social",
    "instagram": "social", "insta": "social", "ig": "social", "facebook": "social",
    "fb": "social", "messenger": "social", "tiktok": "social", "twitter": "social",
    "snapchat": "social", "discord": "social", "threads": "social",
}
# Apps whose ID is a phone number: a number labelled with one of them is that kind.
PHONE_APPS = frozenset({"whatsapp", "telegram", "viber", "signal", "zalo", "imo"})
# Social networks: a standalone @handle next to one of these is theirs, not Telegram's.
OTHER_APPS = ("whatsapp", "wechat", "line", "viber", "signal", "skype", "zalo", "instagram",
              "insta", "facebook", "messenger", "tiktok", "twitter", "snapchat", "kakao",
              "discord", "threads")

# The telephone region a post's language points to (for local numbers like
# "0812-3456-7890"); languages spoken in many countries point to none.
LANG_REGION = {
    "th": "TH", "vi": "VN", "id": "ID", "ms": "MY", "tl": "PH", "hi": "IN", "bn": "BD",
    "ne": "NP", "ur": "PK", "my": "MM", "am": "ET", "sw": "KE", "zh": "CN", "ru": "RU",
    "km": "KH", "lo": "LA", "si": "LK", "ta": "IN", "ko": "KR", "ja": "JP", "uk": "UA",
    "ka": "GE", "fa": "IR",
}
# Money and place words that point to a region, lower-case, as whole words.
TEXT_REGION = {
    "rm": "MY", "ringgit": "MY", "myr": "MY", "rp": "ID", "idr": "ID", "rupiah": "ID",
    "php": "PH", "₱": "PH", "peso": "PH", "pesos": "PH", "baht": "TH", "บาท": "TH",
    "thb": "TH", "฿": "TH", "vnd": "VN", "đ": "VN", "triệu": "VN", "trieu": "VN",
    "₹": "IN", "inr": "IN", "৳": "BD", "bdt": "BD", "taka": "BD", "tk": "BD", "npr": "NP",
    "pkr": "PK", "kyat": "MM", "ks": "MM", "birr": "ET", "etb": "ET", "ksh": "KE",
    "kes": "KE", "tzs": "TZ", "ugx": "UG", "rmb": "CN", "¥": "CN", "元": "CN", "riel": "KH",
    "khr": "KH", "dhaka": "BD", "kathmandu": "NP", "karachi": "PK", "lahore": "PK",
    "manila": "PH", "jakarta": "ID", "nairobi": "KE", "addis": "ET", "yangon": "MM",
    "egp": "EG", "جنيه": "EG", "مصر": "EG", "sar": "SA", "ريال": "SA", "aed": "AE",
    "درهم": "AE", "دبي": "AE", "mad": "MA", "dh": "MA", "المغرب": "MA",
}
# fmt: on
