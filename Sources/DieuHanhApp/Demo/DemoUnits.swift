import DieuHanhCore

/// The demonstration province's unit tree, as of 2026 with its history: the 2025 mergers of departments
/// (valid_to 28/02/2025, with successors) and the end of the district level (30/06/2025, DOMAIN §1).
enum DemoUnits {
    private static let merger = CivilDate(year: 2025, month: 2, day: 28)!
    private static let newDepartments = CivilDate(year: 2025, month: 3, day: 1)!
    private static let districtsEnd = CivilDate(year: 2025, month: 6, day: 30)!
    private static let twoTier = CivilDate(year: 2025, month: 7, day: 1)!

    private static func row(
        _ code: String, _ name: String, _ kind: UnitKind, _ parent: String?,
        from: CivilDate? = nil, to: CivilDate? = nil, successor: String? = nil
    ) -> UnitImport.Row {
        UnitImport.Row(
            line: 0, code: code, name: name, kind: kind, parentCode: parent, validFrom: from, validTo: to,
            successorCode: successor)
    }

    static let rows: [UnitImport.Row] = external + province + departments + districtsAndCommunes

    static let external: [UnitImport.Row] = [
        row("CP", "Chính phủ", .government, nil),
        row("TTG", "Thủ tướng Chính phủ", .government, nil),
        row("VPCP", "Văn phòng Chính phủ", .government, "CP"),
        row("BNV", "Bộ Nội vụ", .ministry, "CP"),
        row("BTC", "Bộ Tài chính", .ministry, "CP"),
        row("BKHDT", "Bộ Kế hoạch và Đầu tư", .ministry, "CP", to: merger, successor: "BTC"),
        row("BNNMT", "Bộ Nông nghiệp và Môi trường", .ministry, "CP", from: newDepartments),
        row("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", .ministry, "CP", to: merger, successor: "BNNMT"),
        row("BTNMT", "Bộ Tài nguyên và Môi trường", .ministry, "CP", to: merger, successor: "BNNMT"),
        row("BXD", "Bộ Xây dựng", .ministry, "CP"),
        row("BGTVT", "Bộ Giao thông vận tải", .ministry, "CP", to: merger, successor: "BXD"),
        row("BKHCN", "Bộ Khoa học và Công nghệ", .ministry, "CP"),
        row("BTTTT", "Bộ Thông tin và Truyền thông", .ministry, "CP", to: merger, successor: "BKHCN"),
        row("BYT", "Bộ Y tế", .ministry, "CP"),
        row("BGDDT", "Bộ Giáo dục và Đào tạo", .ministry, "CP"),
        row("BCT", "Bộ Công Thương", .ministry, "CP"),
        row("BTP", "Bộ Tư pháp", .ministry, "CP"),
        row("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", .ministry, "CP"),
    ]

    static let province: [UnitImport.Row] = [
        row("TU", "Tỉnh ủy Thái Nguyên", .party, nil),
        row("HDND", "Hội đồng nhân dân tỉnh Thái Nguyên", .council, nil),
        row("UBND", "Ủy ban nhân dân tỉnh Thái Nguyên", .province, nil),
        row("VP", "Văn phòng Ủy ban nhân dân tỉnh", .office, "UBND"),
    ]

    static let departments: [UnitImport.Row] = [
        row("SNV", "Sở Nội vụ", .department, "UBND"),
        row("STC", "Sở Tài chính", .department, "UBND"),
        row("SKHDT", "Sở Kế hoạch và Đầu tư", .department, "UBND", to: merger, successor: "STC"),
        row("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", .department, "UBND", to: merger, successor: "SNV"),
        row("SXD", "Sở Xây dựng", .department, "UBND"),
        row("SGTVT", "Sở Giao thông vận tải", .department, "UBND", to: merger, successor: "SXD"),
        row("SNNMT", "Sở Nông nghiệp và Môi trường", .department, "UBND", from: newDepartments),
        row("CCKL", "Chi cục Kiểm lâm", .other, "SNNMT"),
        row("CCTL", "Chi cục Thủy lợi", .other, "SNNMT"),
        row("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", .department, "UBND", to: merger, successor: "SNNMT"),
        row("STNMT", "Sở Tài nguyên và Môi trường", .department, "UBND", to: merger, successor: "SNNMT"),
        row("SKHCN", "Sở Khoa học và Công nghệ", .department, "UBND"),
        row("STTTT", "Sở Thông tin và Truyền thông", .department, "UBND", to: merger, successor: "SKHCN"),
        row("SYT", "Sở Y tế", .department, "UBND"),
        row("SGDDT", "Sở Giáo dục và Đào tạo", .department, "UBND"),
        row("SCT", "Sở Công Thương", .department, "UBND"),
        row("STP", "Sở Tư pháp", .department, "UBND"),
        row("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", .department, "UBND"),
        row("SDTTG", "Sở Dân tộc và Tôn giáo", .department, "UBND", from: newDepartments),
        row("BDT", "Ban Dân tộc tỉnh", .department, "UBND", to: merger, successor: "SDTTG"),
        row("TTT", "Thanh tra tỉnh", .department, "UBND"),
        row("BQLKCN", "Ban Quản lý các khu công nghiệp tỉnh", .department, "UBND"),
        row("CAT", "Công an tỉnh", .department, "UBND"),
        row("BCHQS", "Bộ Chỉ huy Quân sự tỉnh", .department, "UBND"),
    ]

    static let districtsAndCommunes: [UnitImport.Row] = [
        row("H-TPTN", "Ủy ban nhân dân thành phố Thái Nguyên", .district, "UBND", to: districtsEnd),
        row("H-SC", "Ủy ban nhân dân thành phố Sông Công", .district, "UBND", to: districtsEnd),
        row("H-PY", "Ủy ban nhân dân thành phố Phổ Yên", .district, "UBND", to: districtsEnd),
        row("H-DT", "Ủy ban nhân dân huyện Đại Từ", .district, "UBND", to: districtsEnd),
        row("H-DH", "Ủy ban nhân dân huyện Định Hóa", .district, "UBND", to: districtsEnd),
        row("X-HVT", "Ủy ban nhân dân phường Hoàng Văn Thụ", .commune, "H-TPTN", to: districtsEnd, successor: "P-PDP"),
        row("X-TL", "Ủy ban nhân dân phường Tân Lập", .commune, "H-TPTN", to: districtsEnd, successor: "P-PDP"),
        row("X-LS", "Ủy ban nhân dân phường Lương Sơn", .commune, "H-SC", to: districtsEnd, successor: "P-SC"),
        row("X-BO", "Ủy ban nhân dân phường Ba Hàng", .commune, "H-PY", to: districtsEnd, successor: "P-PY"),
        row("X-HD", "Ủy ban nhân dân thị trấn Hùng Sơn", .commune, "H-DT", to: districtsEnd, successor: "X-DT"),
        row("X-CD", "Ủy ban nhân dân thị trấn Chợ Chu", .commune, "H-DH", to: districtsEnd, successor: "X-DH"),
        row("P-PDP", "Ủy ban nhân dân phường Phan Đình Phùng", .commune, "UBND", from: twoTier),
        row("P-GS", "Ủy ban nhân dân phường Gia Sàng", .commune, "UBND", from: twoTier),
        row("P-SC", "Ủy ban nhân dân phường Sông Công", .commune, "UBND", from: twoTier),
        row("P-PY", "Ủy ban nhân dân phường Phổ Yên", .commune, "UBND", from: twoTier),
        row("X-DT", "Ủy ban nhân dân xã Đại Từ", .commune, "UBND", from: twoTier),
        row("X-DH", "Ủy ban nhân dân xã Định Hóa", .commune, "UBND", from: twoTier),
        row("X-LB", "Ủy ban nhân dân xã La Bằng", .commune, "UBND", from: twoTier),
        row("X-PL", "Ủy ban nhân dân xã Phú Lương", .commune, "UBND", from: twoTier),
    ]
}
