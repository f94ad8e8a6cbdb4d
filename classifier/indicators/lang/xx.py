"""Names and words that are the same in every language written in Latin letters: the
places where scam compounds are, and crypto pay. (Each language's module adds its own
spellings: เมียวดี, 妙瓦底, မြဝတီ...)

Examples: "Job in KK Park", "Sihanoukville customer service", "salary in USDT TRC20".
"""

LANG = "xx"

PHRASES = {
    "hotspot_destination": [
        "myawaddy", "myawadi", "myawady", "kk park", "kk-park", "kkpark", "shwe kokko",
        "shwe koko", "shwekokko", "yatai new city", "yatai city", "tachileik", "tachilek",
        "tachileck", "mong la", "mongla", "laukkaing", "laukkai", "kokang", "wa state",
        "sihanoukville", "sihanouk ville", "sihanoukvile", "preah sihanouk", "kampong som",
        "bavet", "poipet", "o'smach", "osmach", "chrey thom", "thmor da", "golden triangle",
        "golden triangle sez", "gtsez", "kings romans", "bokeo", "ton pheung", "tonpheung",
        "mae sot", "maesot", "myawaddy border", "batumi", "dongmei", "huaxin",
    ],
    "pay_above_market": ["usdt", "trc20", "trc-20", "erc20"],
}
