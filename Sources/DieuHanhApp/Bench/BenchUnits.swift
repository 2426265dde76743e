import DieuHanhCore

/// The benchmark's organisation: CP, TTg, 20 ministries, and one province (UBND with its office, 30 departments,
/// 10 sub-departments, 10 districts of 9 communes each). Fictional province so it is never mistaken for real data.
enum BenchUnits {
    static let provinceCode = "UBND"
    static let officeCode = "VP"

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
        ("SNV", "Sở Nội vụ"), ("STP", "Sở Tư pháp"), ("SKHDT", "Sở Kế hoạch và Đầu tư"), ("STC", "Sở Tài chính"),
        ("SCT", "Sở Công Thương"), ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"), ("SGTVT", "Sở Giao thông vận tải"),
        ("SXD", "Sở Xây dựng"), ("STNMT", "Sở Tài nguyên và Môi trường"), ("STTTT", "Sở Thông tin và Truyền thông"),
        ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội"), ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("SKHCN", "Sở Khoa học và Công nghệ"), ("SGDDT", "Sở Giáo dục và Đào tạo"), ("SYT", "Sở Y tế"),
        ("TTT", "Thanh tra tỉnh"), ("BDT", "Ban Dân tộc tỉnh"), ("SNGV", "Sở Ngoại vụ"),
        ("BQLKKT", "Ban Quản lý Khu kinh tế tỉnh"), ("BQLDA", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
        ("CAT", "Công an tỉnh"), ("BCHQS", "Bộ Chỉ huy Quân sự tỉnh"), ("BCHBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
        ("CTHUE", "Cục Thuế tỉnh"), ("KBNN", "Kho bạc Nhà nước tỉnh"), ("BHXH", "Bảo hiểm xã hội tỉnh"),
        ("DPTTH", "Đài Phát thanh và Truyền hình tỉnh"), ("TTXTDT", "Trung tâm Xúc tiến đầu tư tỉnh"),
        ("QDTPT", "Quỹ Đầu tư phát triển tỉnh"), ("THQ", "Cục Hải quan tỉnh"),
    ]

    /// Sub-departments (chi cục) under the first five departments: their subtrees are what `--lead-unit` filters.
    static let subDepartments: [(code: String, name: String, parent: String)] = [
        ("CCVTLT", "Chi cục Văn thư - Lưu trữ", "SNV"), ("BTDKT", "Ban Thi đua - Khen thưởng", "SNV"),
        ("PCTP", "Phòng Công chứng số 1", "STP"), ("TTTGPL", "Trung tâm Trợ giúp pháp lý", "STP"),
        ("TTXTDN", "Trung tâm Hỗ trợ doanh nghiệp", "SKHDT"), ("CCTK", "Chi cục Thống kê", "SKHDT"),
        ("CCGCS", "Chi cục Giá công sản", "STC"), ("TTDVTC", "Trung tâm Dịch vụ tài chính công", "STC"),
        ("CCQLTT", "Cục Quản lý thị trường", "SCT"), ("TTKC", "Trung tâm Khuyến công", "SCT"),
    ]

    static let districtNames = ["Bình Sơn", "Tam Kỳ", "Hòa Vang", "Đồng Xuân", "Phú Ninh",
                                "Tân Châu", "Lạc Dương", "Yên Thế", "Cẩm Giang", "Thạch Hà"]
    private static let communeFirst = ["Tân", "Phú", "Bình", "Hòa", "An", "Thạnh", "Long", "Mỹ", "Vĩnh", "Phước"]
    private static let communeSecond = ["Lợi", "Thành", "Hưng", "Đông", "Tây", "Trung", "Bắc", "Lộc", "Điền"]

    static func districtCode(_ d: Int) -> String { "H\(d + 1 < 10 ? "0" : "")\(d + 1)" }
    static func communeCode(_ d: Int, _ c: Int) -> String { districtCode(d) + "X\(c + 1)" }

    static var rows: [UnitImport.Row] {
        func row(_ code: String, _ name: String, _ kind: UnitKind, _ parent: String?) -> UnitImport.Row {
            UnitImport.Row(line: 0, code: code, name: name, kind: kind, parentCode: parent, validFrom: nil, validTo: nil,
                           successorCode: nil)
        }
        var rows = [row("CP", "Chính phủ", .government, nil), row("TTG", "Thủ tướng Chính phủ", .government, nil)]
        rows += ministries.map { row($0.code, $0.name, .ministry, "CP") }
        rows.append(row(provinceCode, "Ủy ban nhân dân tỉnh Bình An", .province, nil))
        rows.append(row(officeCode, "Văn phòng Ủy ban nhân dân tỉnh", .office, provinceCode))
        rows += departments.map { row($0.code, $0.name, .department, provinceCode) }
        rows += subDepartments.map { row($0.code, $0.name, .other, $0.parent) }
        for (d, district) in districtNames.enumerated() {
            rows.append(row(districtCode(d), "Ủy ban nhân dân huyện \(district)", .district, provinceCode))
            for c in 0..<9 {
                let name = communeFirst[d] + " " + communeSecond[c]
                rows.append(row(communeCode(d, c), "Ủy ban nhân dân xã \(name)", .commune, districtCode(d)))
            }
        }
        return rows
    }
}
