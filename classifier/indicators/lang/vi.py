"""Vietnamese red-flag phrases.

Matched over normalised text: accents are removed, so "không cần kinh nghiệm" also
matches the many posts typed without diacritics ("khong can kinh nghiem"), and đ is d.
Phrases are written with their accents for readability; teen-code spellings that are not
just missing accents ("ko", "k", "lg", "cty", "kn", "ib", "lh", "tr", "củ") are listed
too. Vietnamese job posts recruit through Zalo and Facebook inbox, pay in "triệu" (tr,
củ) a month or "k" a day, and lures for Cambodia say "việc nhẹ lương cao", "bao ăn ở,
bao vé máy bay", "đi Cam làm CSKH".

Without accents some words collide ("bảo vệ" and "bao vé", "đơn áo" and "đơn ảo",
"tuyển dưới" and "tuyến dưới", "ca đó" and "cá độ"), so those are only used inside longer
phrases that stay unambiguous; "bao ăn ở" still reads as "bảo an ở" (a security guard at).
Fees named only to say they are not charged ("không thu phí môi giới") are
licensed-recruitment counter-signals, which the matcher lets swallow the fee inside.

Examples: "Tuyển gấp CSKH đi Campuchia, lương 1500$, bao ăn ở + vé máy bay, không cần
kinh nghiệm, ib zalo"; "Tuyển CTV Shopee làm nhiệm vụ đánh giá sản phẩm, 500k/ngày";
"Thu mua tài khoản ngân hàng chính chủ"; counter-signals: "Cảnh giác chiêu việc nhẹ lương
cao", "Công an đã giải cứu 20 công dân", "Giấy phép số 123/LĐTBXH-GP".
"""

from classifier.indicators.phrasing import combos as _combos

LANG = "vi"

# Brands whose names recruiters borrow for task scams and fake HR in Vietnam.
_BRANDS = [
    "shopee", "lazada", "tiki", "sendo", "tiktok", "amazon", "agoda", "traveloka",
    "booking", "grab", "momo", "vietjet", "vinpearl", "vingroup", "vinfast", "vinmec",
    "vinhomes", "vincom", "viettel", "vnpt", "mobifone", "vinamilk", "fpt", "hilton",
    "marriott", "sheraton", "novotel", "intercontinental", "vietcombank", "techcombank",
    "bidv", "vietinbank", "vpbank", "agribank", "samsung", "lotte", "aeon", "gojek", "be",
]  # fmt: skip
# Multi-word brands and brands' short forms, for phrases only.
_BRANDS_LONG = ["vietnam airlines", "vna", "bamboo airways", "vietjet air", "thế giới di động",
                "bách hóa xanh", "mường thanh", "circle k", "tiktok shop", "shopee food",
                "mb bank", "điện máy xanh", "highlands coffee"]  # fmt: skip
# Brand names in free-mail addresses and chat handles: "amazon.hr.vietnam@outlook.com",
# "hilton.danang.hr@gmail.com", "@lzd_hr_thao", "@grab_mentor_khoa".
_BRAND_RE = "|".join(
    ["lzd", "vna", "vietnamairlines", "tgdd", "bhx", "vng", "vin"]
    + [b for b in _BRANDS if len(b) > 2]
)

PHRASES = {
    "pay_above_market": [
        "lương cao", "lg cao", "lương khủng", "lương cực cao", "lương cực khủng", "lương cao ngất",
        "lương siêu cao", "lương hấp dẫn", "thu nhập cao", "tn cao", "thu nhập khủng",
        "thu nhập cực khủng", "thu nhập hấp dẫn", "thu nhập không giới hạn", "lương không giới hạn",
        "lương ngàn đô", "lương nghìn đô", "thu nhập ngàn đô", "thu nhập nghìn đô", "lương bằng đô",
        "lương bằng usd", "trả lương bằng usd", "trả lương bằng đô", "lương đô la", "lương usdt",
        "việc nhẹ lương cao", "việc nhàn lương cao", "việc nhẹ thu nhập cao",
        "việc nhẹ lương khủng", "hoa hồng cao", "hoa hồng hấp dẫn", "thưởng nóng",
        "kiếm tiền dễ dàng", "dễ kiếm tiền", "kiếm bộn tiền", "kiếm tiền triệu",
        "kiếm tiền triệu mỗi ngày", "làm giàu nhanh", "thu nhập gấp nhiều lần",
        "lương gấp 3 trong nước", "lương gấp đôi", "lương gấp ba",
    ],
    "travel_paid": [
        "bao ăn ở", "bao ăn bao ở", "bao ăn và ở", "bao ăn, ở", "bao ăn ngủ", "bao ở", "bao chỗ ở",
        "bao vé máy bay", "bao visa", "bao hộ chiếu", "bao toàn bộ chi phí", "bao trọn gói",
        "bao mọi chi phí", "bao chi phí đi lại", "bao xe đưa đón", "miễn phí vé máy bay",
        "miễn phí visa", "miễn phí ăn ở", "miễn phí chỗ ở", "miễn phí đi lại", "free visa",
        "free vé máy bay", "free ăn ở", "ăn ở miễn phí", "ăn ở free", "chỗ ở miễn phí",
        "vé máy bay miễn phí", "công ty lo vé máy bay", "cty lo vé máy bay", "công ty lo toàn bộ",
        "cty lo toàn bộ", "công ty chịu chi phí", "công ty chịu toàn bộ chi phí",
        "công ty chi trả vé máy bay", "công ty bao ăn ở", "cty bao ăn ở", "hỗ trợ vé máy bay",
        "hỗ trợ ăn ở", "được bao ăn ở", "có chỗ ở miễn phí", "ký túc xá miễn phí", "ktx miễn phí",
        "đi 0 đồng", "xuất cảnh 0 đồng", "bay 0 đồng", "không tốn một đồng", "không mất đồng nào",
        "không mất chi phí gì", "đưa đón sân bay", "có người đón tại sân bay",
        "có xe đưa đón ra sân bay", "có chỗ ở", "có chỗ ở cho nhân viên", "hỗ trợ chỗ ở",
        "sắp xếp chỗ ở", "được ở miễn phí",
    ],
    "no_experience": [
        "không cần kinh nghiệm", "không yêu cầu kinh nghiệm", "chưa có kinh nghiệm",
        "chưa có kinh nghiệm được đào tạo", "không cần kn", "ko cần kinh nghiệm", "ko cần kn",
        "k cần kinh nghiệm", "k cần kn", "ko yêu cầu kinh nghiệm", "không cần bằng cấp",
        "không yêu cầu bằng cấp", "ko cần bằng cấp", "không cần trình độ", "không yêu cầu trình độ",
        "không cần vốn", "ko cần vốn", "0 vốn", "không cần ngoại ngữ", "biết dùng máy tính",
        "biết sử dụng máy tính", "tin học cơ bản", "vi tính cơ bản", "tiếng anh cơ bản",
        "biết đánh máy", "biết tiếng trung là được", "chỉ cần có điện thoại", "chỉ cần điện thoại",
        "chỉ cần smartphone", "có điện thoại là làm được", "có smartphone là làm được",
        "ai cũng làm được", "ai cũng có thể làm", "được đào tạo từ đầu", "đào tạo từ a-z",
        "đào tạo miễn phí", "cầm tay chỉ việc", "mẹ bỉm sữa", "mẹ bỉm", "học sinh sinh viên",
        "hssv", "sinh viên làm thêm", "nội trợ",
    ],
    "high_risk_role": [
        "chăm sóc khách hàng", "cskh", "nhân viên cskh", "trực page", "trực fanpage", "trực chat",
        "nhân viên chat", "chat với khách", "tư vấn online", "tư vấn viên online",
        "nhân viên tư vấn online", "nhập liệu", "nhân viên nhập liệu", "nhập dữ liệu", "đánh máy",
        "gõ văn bản", "đánh văn bản", "marketing online", "mkt online", "digital marketing",
        "chạy quảng cáo", "chạy ads", "sale online", "sales online", "telesale", "telesales",
        "nhân viên casino", "dealer casino", "nhân viên chia bài", "chia bài", "nhà cái", "cá cược",
        "game bài", "kỹ thuật game", "tiền ảo", "tiền điện tử", "tiền mã hóa", "sàn forex",
        "sàn giao dịch tiền ảo", "sàn giao dịch crypto", "tư vấn đầu tư",
        "chuyên viên tư vấn đầu tư", "phiên dịch tiếng trung", "phiên dịch", "thông dịch", "lễ tân",
        "văn phòng nhẹ nhàng",
    ],
    "hotspot_destination": [
        "ba vét", "bavet campuchia", "poi pét", "poi pet", "xihanuc", "xi-ha-núc", "xi ha núc",
        "xihanúc vin", "shihanoukville", "sihanuk", "sihanouk", "kompong som", "kông pông xom",
        "tam giác vàng", "đặc khu tam giác vàng", "đặc khu kinh tế tam giác vàng", "bò kẹo",
        "mê sót", "miền bắc myanmar", "bắc myanmar", "bắc miến điện", "biên giới thái myanmar",
        "biên giới thái lan myanmar", "biên giới myanmar", "ô xmăch", "kings roman",
        "thị trấn myawaddy",
    ],
    "private_contact_only": [
        "ib zalo", "ib mình", "ib em", "ib riêng", "ib để biết thêm", "ib để được tư vấn",
        "ib ngay", "inbox zalo", "inbox mình", "inbox riêng", "inbox để biết thêm",
        "nhắn tin riêng", "nhắn riêng", "chat riêng", "liên hệ zalo", "lh zalo", "kết bạn zalo",
        "add zalo", "nhắn zalo", "nhắn tin zalo", "liên hệ telegram", "lh telegram",
        "liên hệ qua telegram", "nhắn telegram", "lh tele", "ib tele", "add tele", "qua telegram",
        "telegram riêng", "liên hệ whatsapp", "qua whatsapp", "liên hệ qua wechat", "qua line",
        "chỉ nhắn tin", "chỉ liên hệ qua", "check inbox", "check ib", "ai quan tâm ib",
        "quan tâm ib", "quan tâm inbox",
    ],
    "urgency": [
        "tuyển gấp", "cần gấp", "cần tuyển gấp", "tuyển dụng gấp", "gấp gấp", "số lượng có hạn",
        "số lượng giới hạn", "chỉ còn vài suất", "còn ít suất", "chỉ còn vài slot", "còn vài slot",
        "nhanh tay", "nhanh tay kẻo lỡ", "nhanh tay đăng ký", "ưu tiên đi ngay", "bay ngay",
        "xuất cảnh ngay", "xuất cảnh nhanh", "bay trong tuần", "bay tuần sau", "đi trong tuần",
        "xuất cảnh tuần sau", "nhận việc ngay", "đi làm ngay", "làm việc ngay", "nhận việc luôn",
        "đi làm luôn", "cơ hội cuối", "hạn chót hôm nay", "chỉ trong hôm nay", "không đợi chờ",
        "ưu tiên người đi sớm",
    ],
    "tourist_visa": [
        "visa du lịch", "đi theo diện du lịch", "theo diện du lịch", "diện du lịch",
        "đi đường du lịch", "đi du lịch rồi chuyển", "sang du lịch rồi làm",
        "visa du lịch chuyển sang visa lao động", "chuyển đổi visa", "đổi visa sau",
        "qua rồi làm visa", "qua đó làm visa", "sang rồi làm giấy phép", "sang bên đó làm giấy tờ",
        "đi đường tiểu ngạch", "đường tiểu ngạch", "đi chui", "vượt biên", "qua đường mòn",
        "không cần hộ chiếu", "không cần passport", "ko cần hộ chiếu", "đi bằng giấy thông hành",
        "visa thăm thân", "visa công tác ngắn hạn", "visa thương mại ngắn hạn",
    ],
    "passport_requested": [
        "gửi ảnh hộ chiếu", "gửi hộ chiếu", "chụp hộ chiếu", "ảnh hộ chiếu", "photo hộ chiếu",
        "nộp hộ chiếu", "số hộ chiếu", "trang đầu hộ chiếu", "giữ hộ chiếu", "công ty giữ hộ chiếu",
        "cty giữ hộ chiếu", "cầm hộ chiếu", "thu hộ chiếu", "giao hộ chiếu", "gửi ảnh cccd",
        "chụp cccd", "ảnh cccd", "cccd 2 mặt", "2 mặt cccd", "chụp 2 mặt", "ảnh 2 mặt căn cước",
        "căn cước công dân 2 mặt", "cmnd 2 mặt", "gửi cmnd", "chụp cmnd", "ảnh cmnd",
        "ảnh chân dung cầm cccd", "cầm cccd chụp", "ảnh cầm căn cước", "số cccd", "số cmnd",
        "gửi căn cước", "ảnh passport", "gửi passport",
    ],
    "credentials_requested": [
        # mã OTP
        "mã otp", "gửi mã otp", "đọc mã otp", "cho mã otp", "báo mã otp", "mã otp vừa gửi",
        "mã vừa gửi về", "mã gửi về điện thoại", "mã gửi về máy", "mã gửi về sđt", "mã 6 số",
        "mã gồm 6 số", "đọc giúp mã", "đọc mã xác nhận", "chụp mã otp", "mã xác nhận",
        "mã xác thực", "mã xác minh zalo", "mã zalo", "smart otp", "mã smart otp",
        # mật khẩu, mã PIN
        "mật khẩu ngân hàng", "mật khẩu internet banking", "mật khẩu app ngân hàng",
        "mật khẩu mobile banking", "gửi mật khẩu", "cho mật khẩu", "mã pin", "mã pin thẻ",
        "pin thẻ atm", "mã pin atm", "mật khẩu ví momo", "mã pin momo", "mật khẩu momo",
        "gửi tài khoản và mật khẩu", "cho tài khoản và mật khẩu", "gửi tk mk", "cho tk mk",
        "gửi user và pass", "tên đăng nhập và mật khẩu ngân hàng",
        "tài khoản và mật khẩu ngân hàng", "tài khoản mật khẩu ngân hàng",
        # thẻ
        "số thẻ, ngày hết hạn và cvv", "số thẻ và cvv", "ngày hết hạn và mã cvv", "mã cvv", "cvv",
        "3 số mặt sau thẻ", "ba số mặt sau thẻ", "chụp 2 mặt thẻ atm", "ảnh thẻ atm",
        "chụp thẻ ngân hàng",
        # ảnh cầm giấy tờ, xác thực khuôn mặt
        "chụp ảnh cầm cccd", "selfie cầm cccd", "selfie với cccd", "ảnh selfie cầm căn cước",
        "quay video cầm cccd", "video xác thực khuôn mặt", "xác thực khuôn mặt giúp",
        # cái cớ
        "để kích hoạt tài khoản nhận lương", "để xác minh tài khoản nhận lương",
        "để mở tài khoản nhận lương",
    ],
    "upfront_fee": [
        "phí hồ sơ", "phí làm hồ sơ", "phí đăng ký", "phí đăng kí", "phí làm visa", "phí visa",
        "phí xuất cảnh", "phí đào tạo", "phí giữ chỗ", "phí giữ suất", "phí kích hoạt",
        "phí mở tài khoản", "phí dịch vụ xuất cảnh", "phí môi giới", "tiền môi giới",
        "phí khám sức khỏe", "phí đồng phục", "mua đồng phục", "đặt cọc giữ chỗ", "cọc giữ chỗ",
        "tiền cọc đi làm", "cọc trước khi đi", "đặt cọc trước khi xuất cảnh",
        "đặt cọc để nhận việc", "nộp tiền cọc", "nộp tiền trước", "đóng tiền trước",
        "đóng phí trước", "nạp tiền trước", "nạp tiền kích hoạt", "nạp tiền để nhận",
        "nạp tiền để rút", "phí rút tiền", "lệ phí tham gia", "phí tham gia", "phí nâng cấp",
        "phí mở khóa", "phí bảo lãnh", "phí trọn gói", "chi phí trọn gói", "bao đỗ", "bao đậu",
        "cam kết đỗ", "chạy việc", "phí work permit", "phí giấy phép lao động",
        "đóng phí đào tạo", "tiền đào tạo", "tiền đồng phục", "đóng tiền đồng phục",
        "phí làm thẻ nhân viên", "tiền làm thẻ nhân viên", "phí thẻ nhân viên",
        "phí xét nghiệm ma túy", "tiền khám sức khỏe", "phí mở hồ sơ", "tiền hồ sơ",
        "phí visa lao động", "tiền visa", "tiền làm visa", "cọc giữ suất", "đặt cọc giữ suất",
        "phí được hoàn lại", "tiền cọc được hoàn lại", "hoàn trả khi nhận lương",
        "chuyển khoản vào tài khoản cá nhân", "chuyển vào tk cá nhân", "chạy biên chế",
        "chạy vào biên chế", "lo vào biên chế", "lo biên chế", "bao vào biên chế",
        "vào biên chế không cần thi", "lo việc nhà nước", "tiền chạy việc",
    ],
    "recruit_friends_commission": [
        "giới thiệu bạn bè", "giới thiệu 1 người", "giới thiệu một người", "giới thiệu thêm người",
        "hoa hồng giới thiệu", "thưởng giới thiệu", "tiền giới thiệu", "giới thiệu được thưởng",
        "giới thiệu nhận thưởng", "rủ thêm bạn", "rủ thêm người", "kéo thêm người",
        "tuyển tuyến dưới", "phát triển tuyến dưới", "hoa hồng tuyến dưới", "xây dựng đội nhóm",
        "phát triển đội nhóm", "mỗi người giới thiệu", "đi cùng bạn bè được thưởng",
        "thưởng khi giới thiệu", "hoa hồng theo đầu người", "thưởng theo đầu người",
        "tính theo đầu người", "giới thiệu càng nhiều",
    ],
    "pay_per_task": [
        "làm nhiệm vụ kiếm tiền", "làm nhiệm vụ nhận tiền", "làm nhiệm vụ hưởng hoa hồng",
        "làm nhiệm vụ nhận hoa hồng", "nhiệm vụ hoa hồng", "hoa hồng nhiệm vụ", "mỗi nhiệm vụ",
        "nhận nhiệm vụ trên app", "like dạo", "like dạo kiếm tiền", "like kiếm tiền",
        "thả tim kiếm tiền", "thả tim nhận tiền", "follow kiếm tiền", "xem video kiếm tiền",
        "xem video nhận tiền", "xem video được tiền", "xem quảng cáo kiếm tiền",
        "cày view kiếm tiền", "đánh giá sản phẩm", "đánh giá 5 sao", "đánh giá khách sạn",
        "đánh giá google map", "đánh giá nhận tiền", "bấm đơn", "giật đơn", "cày đơn",
        "tăng đơn cho shop", "hoa hồng mỗi đơn", "hoa hồng theo đơn", "hoa hồng từng đơn",
        "hoàn tiền + hoa hồng", "hoàn tiền và hoa hồng", "hoàn vốn + hoa hồng", "hoàn gốc",
        "nhận hoa hồng ngay", "đơn combo", "đơn liên kết", "đơn kép", "nhiệm vụ combo",
        "nhiệm vụ đặc biệt",
    ],
    "daily_pay_little_work": [
        "việc nhẹ", "việc nhẹ nhàng", "công việc nhẹ nhàng", "làm tại nhà", "làm việc tại nhà",
        "làm online tại nhà", "việc làm online", "việc online", "làm online", "việc làm thêm",
        "làm thêm tại nhà", "làm thêm online", "kiếm thêm thu nhập", "thu nhập thêm", "part time",
        "bán thời gian", "làm trên điện thoại", "làm bằng điện thoại", "làm qua điện thoại",
        "tranh thủ thời gian rảnh", "tận dụng thời gian rảnh", "làm lúc rảnh", "lương ngày",
        "nhận lương ngày", "trả lương theo ngày", "lương trả theo ngày", "thanh toán trong ngày",
        "rút tiền ngay", "rút tiền trong ngày", "nhận tiền ngay", "nhận tiền liền", "tiền về ngay",
        "1-2h/ngày", "1-2h mỗi ngày", "1-2 tiếng/ngày", "1-2 tiếng mỗi ngày", "2 tiếng mỗi ngày",
        "vài tiếng mỗi ngày", "2-3h/ngày", "chỉ cần 1-2h", "ngồi nhà kiếm tiền",
    ],
    "account_rental": [
        "thuê tài khoản ngân hàng", "thuê tk ngân hàng", "thuê tài khoản", "thuê tk",
        "cho thuê tài khoản", "cho thuê tk", "mua tài khoản ngân hàng", "mua tk ngân hàng",
        "thu mua tài khoản", "thu mua tk", "bán tài khoản ngân hàng", "bán tk ngân hàng",
        "tài khoản ngân hàng chính chủ", "tk ngân hàng chính chủ", "tk chính chủ",
        "mở tài khoản hộ", "mở tk hộ", "mở hộ tài khoản", "cho mượn tài khoản",
        "mượn tài khoản ngân hàng", "mượn tk", "thuê sim", "mua sim chính chủ", "thu mua sim",
        "thuê tài khoản momo", "thuê ví momo", "mua tài khoản momo", "thuê ví điện tử",
        "thuê tài khoản sàn", "bán tài khoản sàn", "thuê tài khoản binance",
        "mua tài khoản binance", "tài khoản đã kyc", "thuê thẻ atm", "mua thẻ atm",
        "thu mua thẻ atm", "bán thẻ atm", "cho thuê thẻ", "thuê tài khoản doanh nghiệp",
        "mua tài khoản doanh nghiệp",
    ],
    "brand_impersonation": [
        "ctv tiktok shop", "cộng tác viên tiktok shop", "tiktok shop tuyển", "shopee tuyển",
        "lazada tuyển", "tiki tuyển", "tiktok tuyển", "amazon tuyển", "sendo tuyển",
        "nhân viên shopee online", "nhân sự shopee", "hr shopee", "hr lazada", "hr tiktok",
        "phòng nhân sự shopee", "phòng nhân sự lazada", "đối tác shopee", "đối tác lazada",
        "đối tác tiktok", "đối tác agoda", "nhiệm vụ shopee", "nhiệm vụ tiktok", "nhiệm vụ lazada",
        "đánh giá agoda", "đánh giá traveloka", "đánh giá booking", "vietjet tuyển online",
        "vietnam airlines tuyển online", "vinpearl tuyển online", "grab tuyển online",
        "thế giới di động tuyển online", "bách hóa xanh tuyển online",
    ],
    "money_transfer_role": [
        "nhận tiền hộ", "chuyển tiền hộ", "chuyển khoản hộ", "rút tiền hộ", "nhận hộ tiền",
        "nhận và chuyển tiền", "nhận tiền rồi chuyển", "nhận chuyển khoản rồi chuyển",
        "chuyển tiếp tiền", "giao dịch hộ", "hưởng % trên mỗi giao dịch",
        "hưởng phần trăm giao dịch", "hưởng % giao dịch", "đại lý thanh toán", "rút tiền mặt hộ",
        "cho mượn tài khoản nhận tiền", "dùng tài khoản của bạn để nhận", "chạy dòng tiền",
        "đẩy dòng tiền", "giao dịch usdt hộ", "vận chuyển tiền mặt",
        "nhận tiền vào tài khoản rồi chuyển", "xử lý dòng tiền", "làm đại lý rút tiền",
        "cần người có tài khoản ngân hàng",
    ],
    "scam_script_role": [
        "theo kịch bản", "kịch bản có sẵn", "kịch bản chat", "nhắn tin theo kịch bản",
        "chat theo kịch bản", "có kịch bản", "làm quen qua mạng", "làm quen với khách",
        "nhắn tin làm quen", "giả làm gái", "giả làm nhà đầu tư", "nick ảo", "tài khoản ảo",
        "facebook ảo", "zalo ảo", "acc ảo", "lùa gà", "kéo khách nạp tiền", "dụ khách nạp tiền",
        "chăm khách nạp tiền", "khách nạp tiền", "kéo khách đầu tư", "dụ khách đầu tư",
        "tư vấn đầu tư tiền ảo", "tư vấn đầu tư chứng khoán quốc tế", "giả gái", "chat tình cảm",
        "nói chuyện với người nước ngoài", "sale sàn", "nhân viên sàn", "gọi điện tư vấn đầu tư",
    ],
    "compound_conditions": [
        "ăn ở tại công ty", "ăn ở trong công ty", "ở ký túc xá công ty", "ở trong công ty",
        "làm 12 tiếng", "12 tiếng/ngày", "12 tiếng một ngày", "12h/ngày", "làm 12h", "làm 14 tiếng",
        "nghỉ 1 ngày/tháng", "nghỉ 2 ngày/tháng", "tháng nghỉ 2 ngày", "tháng nghỉ 1 ngày",
        "không có ngày nghỉ", "đền hợp đồng", "bồi thường hợp đồng", "phạt hợp đồng",
        "đền bù hợp đồng", "không được ra ngoài", "không được tự ý ra ngoài",
        "không được dùng điện thoại", "bị giữ hộ chiếu", "chỉ tiêu hàng ngày", "kpi hàng ngày",
        "không đạt chỉ tiêu", "bị bán sang công ty khác", "tiền chuộc", "chuộc người",
    ],
    "overseas_work": [
        "xuất khẩu lao động", "xklđ", "đi làm nước ngoài", "làm việc ở nước ngoài",
        "làm việc tại nước ngoài", "ra nước ngoài làm", "việc làm nước ngoài",
        "làm việc tại campuchia", "đi campuchia làm", "qua cam làm", "sang cam làm", "đi cam làm",
        "việc làm campuchia", "việc làm thái lan", "làm việc tại thái lan", "làm việc tại dubai",
        "đi dubai làm", "sang myanmar", "sang lào làm", "đi lào làm", "đi philippines làm",
        "đi malaysia làm", "sang thái làm", "làm ở thái", "làm việc tại myanmar", "việc làm lào",
        "làm việc tại lào",
    ],
    "awareness_language": [
        "cảnh giác", "cảnh báo", "cảnh báo lừa đảo", "chiêu trò", "chiêu lừa",
        "chiêu việc nhẹ lương cao", "thủ đoạn", "bẫy việc làm", "sập bẫy", "mắc bẫy", "bị lừa",
        "lừa sang campuchia", "bị lừa bán", "đừng tin", "không nên tin", "đừng ham",
        "đừng để bị lừa", "tỉnh táo", "trình báo", "báo công an", "tố giác", "nạn nhân",
        "mua bán người", "buôn người", "chia sẻ để mọi người", "share cho mọi người", "hãy chia sẻ",
        "cẩn thận", "cẩn trọng", "không chuyển tiền", "khuyến cáo", "thông tin tuyển dụng giả",
        "lừa đảo việc làm", "tuyển dụng lừa đảo", "việc làm lừa đảo", "đường dây lừa đảo",
        "trang tuyển dụng giả", "mạo danh",
    ],
    "news_language": [
        "công an tỉnh", "công an đã", "bắt giữ", "bắt giam", "khởi tố", "tạm giữ", "tạm giam",
        "giải cứu", "tiếp nhận công dân", "bàn giao công dân", "hồi hương", "đưa về nước", "xét xử",
        "tuyên án", "tòa án", "tand", "án tù", "lĩnh án", "bị can", "triệt phá",
        "theo thông tin từ", "theo báo", "cơ quan điều tra", "cơ quan công an", "bộ công an",
        "phóng viên", "bộ đội biên phòng", "đồn biên phòng", "theo cục lãnh sự", "vnexpress",
        "thông tin với báo chí",
    ],
    "licensed_recruitment": [
        "giấy phép hoạt động dịch vụ đưa người lao động",
        "giấy phép đưa người lao động đi làm việc ở nước ngoài", "giấy phép số", "giấy phép xklđ",
        "được cấp phép", "cấp phép bởi bộ lao động", "bộ lđtbxh",
        "bộ lao động thương binh và xã hội", "bộ lao động - thương binh và xã hội",
        "cục quản lý lao động ngoài nước", "dolab", "trung tâm lao động ngoài nước", "colab",
        "chương trình eps", "eps hàn quốc", "eps-topik", "thi tiếng hàn eps", "im japan",
        "kỹ năng đặc định", "tokutei", "thực tập sinh kỹ năng", "hợp đồng lao động",
        "ký hợp đồng lao động", "không thu phí môi giới", "không thu bất kỳ khoản phí nào",
        "không thu phí hồ sơ", "không thu phí đăng ký", "không thu tiền cọc",
        "không mất phí môi giới", "theo quy định của pháp luật", "luật 69/2020/qh14",
        "đi làm việc ở nước ngoài theo hợp đồng", "doanh nghiệp được cấp phép", "bảo hiểm xã hội",
        "đóng bhxh", "bhxh đầy đủ",
    ],
}  # fmt: skip


# What the applicant pays ("đóng tiền đồng phục", "nộp tiền làm visa"), what legitimate
# recruiters write instead ("không mất phí đăng ký", "miễn phí đào tạo") and banks' warnings
# ("không cung cấp mã OTP cho bất kỳ ai") as counter-signals.
PHRASES["upfront_fee"] += _combos(
    ["đóng tiền", "nộp tiền", "chuyển tiền"],
    ["đào tạo", "đồng phục", "thẻ nhân viên", "khám sức khỏe", "hồ sơ", "làm hồ sơ", "visa",
     "làm visa", "giấy phép lao động", "giữ chỗ", "xét nghiệm"],
)  # fmt: skip
_ALL_BRANDS = [b for b in _BRANDS if b != "be"] + _BRANDS_LONG
# Fake HR of a brand: "HR của Lazada", "chuyên viên tuyển dụng của Grab", "[SHOPEE] Chúc mừng",
# "Thư mời phỏng vấn – Tập đoàn Vingroup", "Phòng Nhân sự Công ty VinFast".
PHRASES["brand_impersonation"] += _combos(
    ["hr của", "hr bên", "nhân sự của", "nhân sự bên", "phòng nhân sự", "phòng nhân sự công ty",
     "phòng nhân sự tập đoàn", "bộ phận tuyển dụng", "bộ phận nhân sự", "chuyên viên tuyển dụng",
     "chuyên viên tuyển dụng của", "nhân viên tuyển dụng của", "recruiter của", "thư mời phỏng vấn",
     "thư mời phỏng vấn -", "thư mời phỏng vấn –", "thư mời phỏng vấn - tập đoàn",
     "thư mời phỏng vấn – tập đoàn", "thư mời phỏng vấn - công ty", "thư mời phỏng vấn – công ty",
     "thư mời nhận việc", "thư mời làm việc", "ctv chính thức của", "nhân viên chính thức của",
     "[", "mentor của"],
    _ALL_BRANDS,
) + _combos(
    _ALL_BRANDS,
    ["recruitment", "global recruitment", "hr department", "hr team", "tuyển cộng tác viên online",
     "tuyển nhân viên online", "tuyển ctv online", "tuyển dụng online", "] chúc mừng"],
)  # fmt: skip
PHRASES["upfront_fee"] += [
    "lệ phí xét duyệt", "phí xét duyệt", "phí xét tuyển", "lệ phí tuyển dụng", "phí tuyển dụng",
    "lệ phí hồ sơ", "phí phỏng vấn", "cần đóng phí", "phải đóng phí", "chỉ cần đóng phí",
    "vui lòng đóng phí", "trúng tuyển đóng phí", "đóng phí học", "đóng phí khóa", "đóng phí khoá",
    "phí khóa đào tạo", "phí học an toàn", "bộ sản phẩm mẫu", "mua bộ kit", "phí bộ kit",
    "tiền bộ kit", "mua hàng mẫu", "đóng trước 50%", "đóng trước một nửa", "đóng trước 1 nửa",
    "trả trước một nửa", "trả trước 50%", "cọc trước 50%", "đại lý du lịch được chỉ định",
    "đại lý được chỉ định", "bắt buộc đặt vé", "tiền lót tay", "phí bôi trơn", "phí chạy việc",
    "chạy suất", "mua suất", "chạy chỉ tiêu", "cọc khi ký hồ sơ", "cọc khi ký hợp đồng",
    "đặt cọc khi ký", "phí mở file", "nộp phí trước", "chuyển phí trước",
]  # fmt: skip
PHRASES["pay_per_task"] += [
    "nhận đơn tự động", "hệ thống nhận đơn", "bấm nhận đơn", "nhận đơn hưởng hoa hồng",
    "để lại đánh giá", "đánh giá trên ch play", "đánh giá app", "tải app đánh giá",
    "tải app kiếm tiền", "cài app nhận tiền", "bình chọn kiếm tiền", "ctv bình chọn",
    "lượt bình chọn", "bình chọn vip", "nạp quỹ", "nạp kích hoạt", "nạp tiền mở khóa",
    "để mở khóa nhiệm vụ", "like share kiếm tiền", "đăng ký kênh youtube", "sub kênh kiếm tiền",
    "theo dõi kênh kiếm tiền", "buff like", "buff follow", "buff sub", "tăng tương tác kiếm tiền",
    "chấm điểm phim", "đánh giá phim kiếm tiền", "chấm sao", "hoa hồng trên mỗi đơn",
    "hoa hồng theo giá trị đơn", "nhiệm vụ đầu tiên", "task kiếm tiền",
]  # fmt: skip
PHRASES["account_rental"] += [
    "thuê sim chính chủ", "mua sim đã đăng ký", "thu mua sim chính chủ", "thuê zalo",
    "mua zalo", "thu mua zalo", "thuê facebook", "thuê tài khoản zalopay", "thuê ví zalopay",
    "thuê ví", "mua ví momo", "thuê tài khoản sàn coin", "mua tài khoản đã xác minh",
    "tài khoản đã xác minh danh tính", "thuê cccd", "mua cccd", "thu mua cccd",
    "mua bộ tài khoản", "thu mua tài khoản chính chủ",
]  # fmt: skip
PHRASES["scam_script_role"] += [
    "nick nữ", "nick công ty cấp", "tài khoản công ty cấp", "nick có sẵn", "chat trên app hẹn hò",
    "giữ khách nạp", "khách nạp xu", "nạp xu", "chat làm quen", "lấy lại tiền bị lừa",
    "thu hồi tiền bị lừa", "hỗ trợ lấy lại tiền", "gọi cho nạn nhân", "data nạn nhân",
    "dịch vụ thu hồi", "nạn nhân các vụ lừa", "giả danh công an", "giả danh nhân viên ngân hàng",
    "giả danh nhân viên", "đóng vai nhà đầu tư", "đóng vai chuyên gia", "closer sàn",
    "chốt khách nạp", "chăm khách sàn", "giữ chân khách nạp", "kéo khách vào nhóm",
    "hô lệnh", "trợ lý chuyên gia chứng khoán", "nhóm chứng khoán vip", "gọi điện theo kịch bản",
]  # fmt: skip
PHRASES["licensed_recruitment"] += [
    "không phải đóng phí", "không cần đóng phí", "ko phải đóng phí", "k phải đóng phí",
    "không phải đóng bất kỳ", "không yêu cầu đóng phí", "không phải nộp phí",
]  # fmt: skip
PHRASES["licensed_recruitment"] += _combos(
    ["không mất", "không thu", "không có", "ko mất", "ko thu", "k mất", "miễn", "không cần đóng"],
    ["phí hồ sơ", "phí đăng ký", "phí đăng kí", "phí đào tạo", "phí đồng phục",
     "phí khám sức khỏe", "phí giữ chỗ", "phí môi giới", "tiền cọc", "phí visa",
     "bất kỳ khoản phí nào", "bất kỳ chi phí nào"],
)  # fmt: skip
PHRASES["awareness_language"] += _combos(
    ["không cung cấp", "tuyệt đối không cung cấp", "không chia sẻ", "không đọc", "không gửi",
     "đừng cung cấp", "đừng đọc", "không bao giờ yêu cầu"],
    ["mã otp", "otp", "mật khẩu", "mã pin", "mã xác nhận", "thông tin thẻ", "smart otp"],
)  # fmt: skip

_KHONG = ["không", "ko", "k", "khg", "kg", "hok", "hông", "hem", "kh"]
_MILLION = ["tr", "triệu", "củ", "chai", "m"]
_DOLLAR = ["$", "usd", "đô", "usdt"]
_SALARY = [{"LOWER": {"IN": ["lương", "lg", "kiếm"]}}]
_INCOME = [{"LOWER": "thu"}, {"LOWER": "nhập"}]
# Between "lương" and the amount: "từ", "lên tới", ":", a lower bound "20 -".
_GAP = {"LOWER": {"REGEX": r"^(tu|tren|len|toi|den|khoang|la|:|-|~|upto|hon|tam|\d+([.,]\d+)?)$"},
        "OP": "{0,3}"}  # fmt: skip
# Amount tokens as spaCy leaves them: "30tr", "30tr++", "25", "1.500$/thang", "1k5", "2k".
_MIO_20_GLUED = {
    "LOWER": {"REGEX": r"^(\d+[~\-])?([2-9]\d|[1-9]\d{2})([.,]\d+)?(tr|trieu|cu)\+*(/.*)?$"}
}
_MIO_20 = {"LOWER": {"REGEX": r"^(\d+[~\-])?([2-9]\d|[1-9]\d{2})([.,]\d+)?$"}}
_USD_1000 = r"([1-9][.,]?\d{3}|[1-9]\d[.,]?\d{3}|[1-9]k\d?|[1-9][.,]\dk)"
_USD_GLUED = {"LOWER": {"REGEX": rf"^(\d+[~\-])?{_USD_1000}(\$|usd|do|usdt)\+*(/.*)?$"}}
_USD = {"LOWER": {"REGEX": rf"^(\d+[~\-])?{_USD_1000}\+*$"}}
# Day pay worth flagging: 500k and more, any "tr" a day, dollars a day.
_DAILY = {"LOWER": {"REGEX": r"^(\d+[~\-])?(([5-9]\d{2}|[1-9]\d{3})k"
                             r"|([5-9]\d{2}|[1-9]\d{3})[.,]000(d|vnd)?"
                             r"|\d+([.,]\d+)?(tr|trieu|cu)|\d+\$|\d+usd)\+*$"}}  # fmt: skip

TOKEN_PATTERNS = {
    # "lương 30tr", "thu nhập từ 20 - 50 triệu", "lương: 1500$", "lg 1k5 usd", "lương $2,000"
    "pay_above_market": [
        [*head, _GAP, amount, *tail]
        for head in (_SALARY, _INCOME)
        for amount, tail in (
            (_MIO_20_GLUED, []),
            (_MIO_20, [{"LOWER": {"IN": _MILLION}}]),
            (_USD_GLUED, []),
            (_USD, [{"LOWER": {"IN": _DOLLAR}}]),
        )
    ] + [[*head, _GAP, {"LOWER": {"IN": ["$", "usd"]}}, _USD] for head in (_SALARY, _INCOME)],
    # "bao ăn ở", "free ăn uống", "miễn phí visa", "visa + vé máy bay free"
    "travel_paid": [
        [{"LOWER": {"IN": ["bao", "free"]}}, {"LOWER": "ăn"},
         {"LOWER": {"IN": ["ở", "uống", "ngủ", ",", "+", "&", "và", "bao"]}}],
        [{"LOWER": {"IN": ["bao", "free"]}}, {"LOWER": {"IN": ["visa", "ktx"]}}],
        [{"LOWER": "miễn"}, {"LOWER": "phí"},
         {"LOWER": {"IN": ["ăn", "vé", "visa", "ktx", "ký", "đi", "toàn", "100%"]}}],
        [{"LOWER": {"IN": ["visa", "vé", "ở", "bay"]}}, {"LOWER": {"IN": ["+", ",", "và", "&"]}},
         {"LOWER": {"IN": ["visa", "vé", "ăn", "ở", "máy", "bay", "hộ", "chiếu", "+", ","]},
          "OP": "{1,4}"},
         {"LOWER": {"IN": ["free", "miễn"]}}],
    ],
    # "không cần kinh nghiệm", "ko yêu cầu kn", "k cần bằng cấp", "hok cần vốn"
    "no_experience": [
        [{"LOWER": {"IN": _KHONG}}, {"LOWER": {"IN": ["cần", "yêu", "đòi"]}},
         {"LOWER": {"IN": ["cầu", "hỏi"]}, "OP": "?"},
         {"LOWER": {"IN": ["kinh", "kn", "bằng", "trình", "vốn", "knghiem"]}}],
    ],
    # "500k/ngày", "1tr/ngày", "300-700k mỗi ngày", "50$/day", "1-2h/ngày", "2 tiếng mỗi ngày"
    "daily_pay_little_work": [
        [_DAILY, {"LOWER": {"IN": ["/", "1", "một", "mỗi", "per", "a"]}},
         {"LOWER": {"IN": ["ngày", "day"]}}],
        [{"LOWER": {"REGEX": r"^(\d+[~\-])?[1-3](h|tieng|gio)?$"}},
         {"LOWER": {"IN": ["h", "tiếng", "giờ"]}, "OP": "?"},
         {"LOWER": {"IN": ["/", "mỗi", "1", "một"]}}, {"LOWER": "ngày"}],
    ],
    # "xem video 30 giây nhận 10k", "50k/lượt", "20k mỗi đánh giá"
    "pay_per_task": [
        [{"LOWER": {"REGEX": r"^\d+([.,]\d+)?k$"}}, {"LOWER": {"IN": ["/", "mỗi", "1", "một"]}},
         {"LOWER": {"IN": ["video", "vid", "clip", "like", "nhiệm", "đánh", "view", "review",
                           "follow", "task", "tim", "lượt"]}}],
        [{"LOWER": "xem"}, {"IS_ASCII": True, "OP": "{0,4}"}, {"LOWER": {"IN": ["nhận", "được"]}},
         {"LOWER": {"REGEX": r"^\d+([.,]\d+)?k$"}}],
        [{"LOWER": "hoàn"}, {"LOWER": "lại", "OP": "?"}, {"LOWER": {"IN": ["tiền", "vốn", "gốc"]}},
         {"LOWER": {"IN": ["+", "và", "kèm", "cộng", "thêm"]}}, {"IS_ASCII": True, "OP": "{0,2}"},
         {"LOWER": "hoa"}, {"LOWER": "hồng"}],
        # "lên VIP3", "thành viên VIP2": task platforms' paid levels
        [{"LOWER": {"IN": ["thành", "cấp", "level", "lên", "nâng", "hạng"]}},
         {"LOWER": "viên", "OP": "?"}, {"LOWER": {"REGEX": r"^vip\d+$"}}],
    ],
    # "cọc 2.000 EUR khi ký", "phí 25.000.000đ trước khi"
    "upfront_fee": [
        [{"LOWER": {"IN": ["cọc", "đặt", "đóng", "nộp"]}}, {"LOWER": "cọc", "OP": "?"},
         {"LOWER": {"REGEX": r"^[\d.,]+(k|tr|đ|d|usd|eur|\$|€)?$"}},
         {"LOWER": {"IN": ["eur", "usd", "$", "€", "triệu", "tr", "k", "đ", "vnd", "đồng"]},
          "OP": "?"},
         {"LOWER": {"IN": ["khi", "để", "trước", "giữ"]}}],
    ],
    # "cho anh mượn tài khoản", "mượn giúp tk"
    "account_rental": [
        [{"LOWER": "mượn"}, {"IS_ALPHA": True, "OP": "{0,2}"}, {"LOWER": "tài"},
         {"LOWER": "khoản"}],
        [{"LOWER": "mượn"}, {"IS_ALPHA": True, "OP": "{0,2}"}, {"LOWER": "tk"}],
    ],
    # "gửi ảnh cccd", "chụp giúp em hộ chiếu", "nộp lại passport"
    "passport_requested": [
        [{"LOWER": {"IN": ["gửi", "gởi", "chụp", "nộp", "send", "up", "cung", "tải", "upload"]}},
         {"IS_ALPHA": True, "OP": "{0,3}"}, *doc]
        for doc in ([{"LOWER": {"IN": ["cccd", "cmnd", "passport", "cmt"]}}],
                    [{"LOWER": "hộ"}, {"LOWER": "chiếu"}],
                    [{"LOWER": "căn"}, {"LOWER": "cước"}])
    ],
    # "đi Cam làm", "qua Lào làm việc", "sang Thái làm"
    "overseas_work": [
        [{"LOWER": {"IN": ["đi", "sang", "qua"]}},
         {"LOWER": {"IN": ["cam", "campuchia", "lào", "thái", "myanmar", "miến", "dubai",
                           "malay", "malaysia", "philippines", "phi", "kampuchia", "cambodia"]}},
         {"LOWER": "làm"}],
    ],
    # "CTV Shopee", "cộng tác viên Lazada", "Tiki tuyển CTV", brand names in free-mail
    # addresses and handles ("hilton.danang.hr@gmail.com", "@lzd_hr_thao")
    "brand_impersonation": [
        [{"LOWER": {"REGEX": rf"^[a-z0-9._-]*({_BRAND_RE})[a-z0-9._-]*@(gmail|outlook|yahoo|hotmail)\."}}],
        [{"LOWER": {"REGEX": rf"^@({_BRAND_RE})[._]?(hr|tuyendung|recruit|mentor|nhansu|cskh)"}}],
        [{"LOWER": "ctv"}, {"LOWER": {"IN": _BRANDS}}],
        [{"LOWER": "cộng"}, {"LOWER": "tác"}, {"LOWER": "viên"}, {"LOWER": {"IN": _BRANDS}}],
        [{"LOWER": {"IN": _BRANDS}}, {"LOWER": "tuyển"},
         {"LOWER": {"IN": ["ctv", "cộng", "nhân"]}}],
    ],
}  # fmt: skip
