import DieuHanhApp
import DieuHanhCore

/// The benchmark's organisation, national as since 1/7/2025: CP, TTg, 20 ministries, and 34 provinces, each with
/// its UBND, office, 22 departments (6 sub-departments under the first three) and 115 communes: 4.953 units.
/// Fictional provinces so they are never mistaken for real data. Codes: `T01` (UBND), `T01.VP`, `T01.SNV`,
/// `T01.SNV.1`, `T01.X001`.
enum BenchUnits {
    static let provinceCount = 34
    static let communesPerProvince = 115

    static let ministries: [(code: String, name: String)] = [
        ("BQP", "Bộ Quốc phòng"), ("BCA", "Bộ Công an"), ("BNG", "Bộ Ngoại giao"), ("BNV", "Bộ Nội vụ"),
        ("BTP", "Bộ Tư pháp"), ("BKHDT", "Bộ Kế hoạch và Đầu tư"), ("BTC", "Bộ Tài chính"), ("BCT", "Bộ Công Thương"),
        ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"), ("BGTVT", "Bộ Giao thông vận tải"), ("BXD", "Bộ Xây dựng"),
        ("BTNMT", "Bộ Tài nguyên và Môi trường"), ("BTTTT", "Bộ Thông tin và Truyền thông"),
        ("BLDTBXH", "Bộ Lao động - Thương binh và Xã hội"), ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("BKHCN", "Bộ Khoa học và Công nghệ"), ("BGDDT", "Bộ Giáo dục và Đào tạo"), ("BYT", "Bộ Y tế"),
        ("UBDT", "Ủy ban Dân tộc"), ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    ]

    static let departments: [(code: String, name: String)] = [
        ("SNV", "Sở Nội vụ"), ("STP", "Sở Tư pháp"), ("STC", "Sở Tài chính"), ("SCT", "Sở Công Thương"),
        ("SNNMT", "Sở Nông nghiệp và Môi trường"), ("SXD", "Sở Xây dựng"), ("SKHCN", "Sở Khoa học và Công nghệ"),
        ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"), ("SGDDT", "Sở Giáo dục và Đào tạo"), ("SYT", "Sở Y tế"),
        ("SDTTG", "Sở Dân tộc và Tôn giáo"), ("SNGV", "Sở Ngoại vụ"), ("TTT", "Thanh tra tỉnh"),
        ("BQLKKT", "Ban Quản lý Khu kinh tế tỉnh"), ("BQLDA", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
        ("CAT", "Công an tỉnh"), ("BCHQS", "Bộ Chỉ huy Quân sự tỉnh"), ("THUE", "Thuế tỉnh"),
        ("KBNN", "Kho bạc Nhà nước khu vực"), ("BHXH", "Bảo hiểm xã hội tỉnh"), ("BPTTH", "Báo và Phát thanh, Truyền hình tỉnh"),
        ("TTXTDT", "Trung tâm Xúc tiến đầu tư tỉnh"),
    ]

    /// Sub-departments (chi cục, trung tâm) under the first three departments: where tasks are delegated.
    static let subDepartments: [(suffix: String, name: String, parent: String)] = [
        ("1", "Chi cục Văn thư - Lưu trữ", "SNV"), ("2", "Ban Thi đua - Khen thưởng", "SNV"),
        ("1", "Phòng Công chứng số 1", "STP"), ("2", "Trung tâm Trợ giúp pháp lý", "STP"),
        ("1", "Chi cục Thống kê", "STC"), ("2", "Trung tâm Dịch vụ tài chính công", "STC"),
    ]

    static let provinceNames = [
        "Bình An", "Phú Lâm", "Hòa Bình Sơn", "Tân Thạnh", "Vĩnh Xuân", "Long Hải", "Mỹ Lộc",
        "Thạch Bàn", "Đông Giang", "Hưng Phú", "An Lạc", "Quảng Điền", "Cẩm Thủy", "Kim Sơn",
        "Bắc Hà", "Nam Trung", "Tây Sơn Nguyên", "Lạc Hồng", "Gia Phúc", "Thuận Thành",
        "Ngọc Lâm", "Hà Tiên Giang", "Phước Long", "Đức Hòa", "Yên Khánh", "Trường Xuân",
        "Sơn Trà Lĩnh", "Lam Kinh", "Cửu Long Hạ", "Thanh Bình", "Hải Đăng", "Minh Châu",
        "Tiên Phong", "Vạn Ninh",
    ]
    private static let communeFirst = ["Tân", "Phú", "Bình", "Hòa", "An", "Thạnh", "Long", "Mỹ", "Vĩnh", "Phước", "Đông", "Xuân"]
    private static let communeSecond = ["Lợi", "Thành", "Hưng", "Đông", "Tây", "Trung", "Bắc", "Lộc", "Điền", "Khánh"]

    /// Province `p` (0-based): the UBND's code, also the prefix of its units' codes.
    static func provinceCode(_ p: Int) -> String { "T" + (p + 1 < 10 ? "0" : "") + String(p + 1) }
    static func officeCode(_ p: Int) -> String { provinceCode(p) + ".VP" }
    static func departmentCode(_ p: Int, _ department: String) -> String { provinceCode(p) + "." + department }
    static func communeCode(_ p: Int, _ c: Int) -> String {
        let n = String(c + 1)
        return provinceCode(p) + ".X" + String(repeating: "0", count: 3 - n.count) + n
    }

    /// The organisation with the first `provinces` provinces (all 34 for the national data; small plans take
    /// fewer, so that the generator's test stays quick).
    static func rows(provinces: Int = provinceCount) -> [UnitImport.Row] {
        func row(_ code: String, _ name: String, _ kind: UnitKind, _ parent: String?) -> UnitImport.Row {
            UnitImport.Row(
                line: 0, code: code, name: name, kind: kind, parentCode: parent, validFrom: nil, validTo: nil,
                successorCode: nil)
        }
        var rows = [row("CP", "Chính phủ", .government, nil), row("TTG", "Thủ tướng Chính phủ", .government, nil)]
        rows += ministries.map { row($0.code, $0.name, .ministry, "CP") }
        for (p, province) in provinceNames.prefix(provinces).enumerated() {
            let ubnd = provinceCode(p)
            rows.append(row(ubnd, "Ủy ban nhân dân tỉnh \(province)", .province, nil))
            rows.append(row(officeCode(p), "Văn phòng Ủy ban nhân dân tỉnh \(province)", .office, ubnd))
            rows += departments.map { row(departmentCode(p, $0.code), "\($0.name) \(province)", .department, ubnd) }
            rows += subDepartments.map {
                row(departmentCode(p, $0.parent) + "." + $0.suffix, $0.name, .other, departmentCode(p, $0.parent))
            }
            for c in 0..<communesPerProvince {
                let name = communeFirst[c % communeFirst.count] + " " + communeSecond[c / communeFirst.count]
                rows.append(row(communeCode(p, c), "Ủy ban nhân dân xã \(name)", .commune, ubnd))
            }
        }
        return rows
    }
}
