import DieuHanhCore
import Fluent
import Foundation
import Vapor

extension DemoSlices {
    // MARK: - cao-bang-2021 (seed 002)

    static let caoBangUnits: [UnitSpec] = [
        unit("CP", "Chính phủ", .government),
        unit("TTG", "Thủ tướng Chính phủ", .government),
        unit("UBND", "Ủy ban nhân dân tỉnh Cao Bằng", .province),
        unit("VP", "Văn phòng Ủy ban nhân dân tỉnh", .office, "UBND"),
        unit("SKHDT", "Sở Kế hoạch và Đầu tư", .department, "UBND"),
        unit("STC", "Sở Tài chính", .department, "UBND"),
        unit("SNV", "Sở Nội vụ", .department, "UBND"),
        unit("SYT", "Sở Y tế", .department, "UBND"),
        unit("SCT", "Sở Công Thương", .department, "UBND"),
        unit("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", .department, "UBND"),
        unit("BQLKKT", "Ban Quản lý Khu kinh tế tỉnh", .department, "UBND"),
    ]

    /// Seed 002 names 01/NQ-CP and 02/NQ-CP (01/01/2021), 45/NQ-CP (16/4/2021) and 50/NQ-CP (20/5/2021); the
    /// other five documents are illustrative (minh họa): the seed gives only their count.
    private enum CB {
        static let nq01 = document(
            "01/NQ-CP", "01/01/2021", "CP",
            "Về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2021"
        )
        static let nq02 = document(
            "02/NQ-CP", "01/01/2021", "CP",
            "Về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2021"
        )
        // minh họa
        static let ct05 = document("05/CT-TTg", "28/01/2021", "TTG", "Về một số biện pháp cấp bách phòng, chống dịch Covid-19")
        static let nq21 = document("21/NQ-CP", "26/02/2021", "CP", "Về mua và sử dụng vắc xin phòng Covid-19")  // minh họa
        static let qd255 = document(
            "255/QĐ-TTg", "25/02/2021", "TTG",
            "Phê duyệt Kế hoạch cơ cấu lại nền kinh tế giai đoạn 2021 - 2025")  // minh họa
        static let qd512 = document(
            "512/QĐ-TTg", "06/04/2021", "TTG",
            "Về việc hoàn thiện, trình thẩm định quy hoạch tỉnh thời kỳ 2021 - 2030")  // minh họa
        static let nq45 = document(
            "45/NQ-CP", "16/04/2021", "CP",
            "Phiên họp triển khai công việc của Chính phủ sau khi được kiện toàn tại Kỳ họp thứ 11, Quốc hội khóa XIV")
        static let nq50 = document(
            "50/NQ-CP", "20/05/2021", "CP",
            "Về Chương trình hành động của Chính phủ thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
        static let qd789 = document(
            "789/QĐ-TTg", "27/05/2021", "TTG",
            "Về phát triển các khu kinh tế cửa khẩu giai đoạn 2021 - 2025")  // minh họa
    }

    /// 11 tasks in 9 documents. As of the report's cut-off, 06/06/2021 (the seed's figures run "từ ngày 01/01/2021 đến
    /// ngày 06/6/2021"; the report is dated 08/06), and still on 14/06: 5 completed on time (CB21-01, -02, -04, -05, -07), 6 pending
    /// within deadline (CB21-06 only thanks to an extension approved on 28/05/2021).
    static let caoBangTasks: [TaskSpec] = [
        // Seed 002, §2.2: Quyết định số 99/QĐ-UBND ngày 19/01 ban hành Kế hoạch thực hiện Nghị quyết số 01/NQ-CP.
        task(
            "CB21-01", CB.nq01, "Xây dựng, ban hành Kế hoạch của UBND tỉnh thực hiện Nghị quyết số 01/NQ-CP năm 2021",
            lead: "SKHDT", with: ["VP"], due: "31/01/2021", done: "19/01/2021"),
        // Seed 002, §2.2: Kế hoạch số 118/KH-UBND ngày 19/01/2021 hành động thực hiện Nghị quyết số 02/NQ-CP.
        task(
            "CB21-02", CB.nq02, "Ban hành Kế hoạch hành động thực hiện Nghị quyết số 02/NQ-CP trên địa bàn tỉnh Cao Bằng",
            lead: "SKHDT", due: "31/01/2021", done: "19/01/2021"),
        task(
            "CB21-03", CB.nq02,
            "Cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI); đẩy mạnh cung cấp dịch vụ công trực tuyến mức độ 3, 4",
            lead: "VP", with: ["SKHDT"], due: "31/12/2021", progress: "15/03/2021"),
        task(
            "CB21-04", CB.ct05,
            "Kiểm soát chặt chẽ người nhập cảnh qua cửa khẩu, đường mòn, lối mở trên tuyến biên giới; cách ly y tế theo quy định",
            lead: "UBND", with: ["SYT"], due: "28/02/2021", done: "26/02/2021"),
        task(
            "CB21-05", CB.nq21,
            "Xây dựng kế hoạch tiêm vắc xin phòng Covid-19 trên địa bàn tỉnh, xác định các nhóm đối tượng ưu tiên",
            lead: "SYT", due: "31/03/2021", done: "25/03/2021"),
        task(
            "CB21-06", CB.qd255, "Xây dựng, ban hành Kế hoạch cơ cấu lại nền kinh tế của tỉnh giai đoạn 2021 - 2025",
            lead: "SKHDT", due: "31/05/2021", extendedTo: "30/06/2021", approvedOn: "28/05/2021"),
        // Seed 002, §2.2: Công văn số 1011/UBND-TH ngày 04/05/2021 quán triệt Nghị quyết số 45/NQ-CP.
        task(
            "CB21-07", CB.nq45, "Tổ chức quán triệt, triển khai thực hiện Nghị quyết số 45/NQ-CP ngày 16/4/2021 của Chính phủ",
            lead: "VP", due: "15/05/2021", done: "04/05/2021"),
        task(
            "CB21-08", CB.nq45,
            "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2021, phấn đấu giải ngân 100% kế hoạch vốn được giao",
            lead: "SKHDT", with: ["STC"], due: "31/12/2021", progress: "10/05/2021"),
        // Seed 002, §I.1 (4): "Khẩn trương hoàn thành Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050".
        task(
            "CB21-09", CB.qd512,
            "Hoàn thiện hồ sơ Quy hoạch tỉnh Cao Bằng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, trình Hội đồng thẩm định",
            lead: "SKHDT", due: "31/12/2021", progress: "20/04/2021"),
        task(
            "CB21-10", CB.nq50,
            "Xây dựng Chương trình hành động của UBND tỉnh thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết số 50/NQ-CP",
            lead: "SKHDT", with: ["VP"], due: "31/07/2021", progress: "01/06/2021"),
        task(
            "CB21-11", CB.qd789, "Rà soát, điều chỉnh quy hoạch chung xây dựng Khu kinh tế cửa khẩu tỉnh Cao Bằng",
            lead: "BQLKKT", with: ["SCT"], due: "30/09/2021", progress: "03/06/2021"),
    ]

    static let caoBang2021 = Definition(
        slice: .caoBang2021,
        title: "Cao Bằng, Báo cáo số 1409/BC-UBND, kiểm điểm 6 tháng đầu năm 2021 (seed 002)",
        provinceCode: "UBND", asOf: CivilDate(year: 2021, month: 6, day: 6)!, taskPrefix: "CB21-",
        units: caoBangUnits, tasks: caoBangTasks)
}

extension DemoSlices.Slice {
    /// The counts the office enters from the e-office system for the report's period (seed 002, §I.2: "Từ ngày
    /// 01/01/2021 đến ngày 06/6/2021, UBND tỉnh đã tiếp nhận và xử lý 15.573 văn bản đến; ban hành 4.385 văn bản đi,
    /// trong đó có: 1.124 quyết định, 1.678 công văn chỉ đạo điều hành, 13 chỉ thị, 10 văn bản quy phạm pháp
    /// luật..."; "23 cuộc họp lãnh đạo và họp các thành viên UBND tỉnh, 09 cuộc họp chỉ đạo … phòng, chống dịch
    /// COVID-19"). The 1.560 documents of the other types make up the 4.385; the leadership meetings are counted as
    /// giao ban, the COVID-19 ones as chuyên đề.
    var officeCountsCSV: String? {
        switch self {
        case .binhDuong2020: return nil
        case .caoBang2021:
            let period = "01/01/2021,06/06/2021"
            return "tu_ngay,den_ngay,loai,ma,so_luong\n"
                + [
                    "van_ban_den,,15.573", "van_ban_di,QĐ,1.124", "van_ban_di,CV,1.678", "van_ban_di,CT,13",
                    "van_ban_di,QPPL,10", "van_ban_di,KHAC,1.560", "cuoc_hop,giao_ban,23", "cuoc_hop,chuyen_de,09",
                ].map { "\(period),\($0)\n" }.joined()
        }
    }
}
