import DieuHanhCore
import Fluent
import Foundation

/// Work programmes for the demo, loaded through `ProgrammeImport` (the same parser and writer as
/// `dieuhanh import programme`), so loading them again changes nothing.
///
/// - `binhDuong2020`: seed 001 (Bình Dương, review of the first six months of 2020, §I.3.1): "Theo Chương trình làm
///   việc 6 tháng đầu năm 2020, UBND tỉnh đã thực hiện 37/42 nội dung (đạt tỷ lệ 88,1%); còn lại 05 nội dung chưa
///   xem xét thông qua…", the five named in its footnote ⁽⁶⁾. The same section counts what was submitted: 04 contents
///   through the Party committee's standing board and 25 to the People's Council's 14th and 15th sessions (11
///   reports, 04 legal-normative and 10 individual draft resolutions); the other 08 went to the committee itself.
///   As of 30/06/2020 (and already as of 14/06/2020: nothing that counts happens in between), for 2020-H1:
///   (1) 41 start-of-year items, (2) 04 added (03 added during the year, 01 postponed from the 2019 programme into
///   March 2020), (3) 03 moved out (02 postponed to the second half, 01 withdrawn), (4) 42, (5) 37, (6) 18 issued
///   (the 15th session's 19 resolutions are passed in July), (7) 05, (8) 88,1%; 02 submitted late. After the
///   cut-off: the postponement of one unfinished item is approved on 06/07/2020, an item is added on 06/07/2020,
///   the July resolutions are issued, the second half's items are submitted.
///   The programme's decision number and every date not in seed 001 are illustrative (minh họa); the titles follow
///   seed 001 and Bình Dương's 2020 agenda.
/// - `generated(today:)`: the demonstration province's programmes for 2025 and 2026, deterministic, with steps only
///   up to today: submitted on time or late, issued, postponed, withdrawn, overdue, not yet due.
enum DemoProgramme {
    static let prefix = "BD-CT-"

    /// (year, decision notation, decision date) of the slice's programmes. 59/QĐ-UBND is illustrative.
    static let binhDuongDecisions: [(Int, String, String)] = [(2020, "59/QĐ-UBND", "09/01/2020")]

    private struct Spec {
        let ma: String
        let title: String
        let lead: String
        let body: String
        let month: String
        var added: String? = nil
        var submitted: String? = nil
        var issued: String? = nil
        var document: String = ""
        var withdrawn: String? = nil
        var postponedTo: String? = nil
        var postponedOn: String? = nil
        /// `loai`; empty to let the title say it.
        var kind = ""
    }

    /// The slice's CSV (CONTRACT columns plus `van_ban_ban_hanh` and `loai`).
    static var binhDuongCSV: String {
        var csv =
            "ma,ten,don_vi_chu_tri,trinh_cap,thang_ke_hoach,nguon,ngay_bo_sung,ngay_trinh,ngay_ban_hanh,ngay_rut,"
            + "thang_chuyen_den,ngay_chuyen,van_ban_ban_hanh,loai\n"
        for s in binhDuong {
            csv += DemoSlices.csvLine([
                s.ma, s.title, s.lead, s.body, s.month, s.added == nil ? "dau_nam" : "bo_sung", s.added ?? "",
                s.submitted ?? "", s.issued ?? "", s.withdrawn ?? "", s.postponedTo ?? "", s.postponedOn ?? "",
                s.document, s.kind,
            ])
        }
        return csv
    }

    /// The five items of footnote ⁽⁶⁾, not submitted as of 30/06/2020.
    static let footnote6 = [
        "Kế hoạch đầu tư công trung hạn giai đoạn 2021 – 2025 (vòng 2)",
        "Chính sách khuyến khích phát triển nông nghiệp theo hướng nông nghiệp đô thị, nông nghiệp ứng dụng cao",
        "Chính sách hỗ trợ xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
        "Quy định phạm vi bảo vệ công trình thủy lợi, đê điều",
        "Phân bổ số lượng cán bộ, công chức cấp xã",
    ]

    private static let session14 = "21/04/2020"  // kỳ họp thứ 14 (bất thường), minh họa
    private static let session15 = "15/07/2020"  // kỳ họp thứ 15 (thường lệ giữa năm), minh họa

    /// The council's 04 legal normative resolutions of seed 001; its other resolutions are individual (cá biệt).
    private static let normative: Set<Int> = [4, 18, 19, 20]

    /// A council item's kind: a report says so by its title, a resolution is normative or individual.
    private static func councilKind(_ n: Int, _ title: String) -> String {
        if ProgrammeItemKind.guess(from: title) == .report { return "" }
        return (normative.contains(n) ? ProgrammeItemKind.draftNormativeResolution : .draftIndividualResolution).rawValue
    }

    private static func hd14(
        _ n: Int, _ title: String, _ lead: String, month: String = "2020-04", added: String? = nil,
        submitted: String, resolution: Int
    ) -> Spec {
        Spec(
            ma: String(format: "BD-CT-2020-%02d", n), title: title, lead: lead, body: "HDND", month: month, added: added,
            submitted: submitted, issued: session14, document: "Nghị quyết số \(resolution)/NQ-HĐND ngày \(session14)",
            kind: councilKind(n, title))
    }

    private static func hd15(_ n: Int, _ title: String, _ lead: String, submitted: String) -> Spec {
        Spec(
            ma: String(format: "BD-CT-2020-%02d", n), title: title, lead: lead, body: "HDND", month: "2020-06",
            submitted: submitted,
            issued: session15, document: "Nghị quyết của HĐND tỉnh tại kỳ họp thứ 15, ngày \(session15)",
            kind: councilKind(n, title))
    }

    private static func item(_ n: Int, _ title: String, _ lead: String, _ body: String, _ month: String) -> Spec {
        Spec(ma: String(format: "BD-CT-2020-%02d", n), title: title, lead: lead, body: body, month: month)
    }

    private static var binhDuong: [Spec] {
        var specs: [Spec] = [
            // From the 2019 programme (planned 11/2019), postponed into March 2020 in December 2019: column (2).
            Spec(
                ma: "BD-CT-2019-01", title: "Đề án sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập thuộc UBND tỉnh",
                lead: "SNV",
                body: "UBND", month: "2019-11", submitted: "20/03/2020", issued: "10/04/2020",
                document: "Quyết định số 905/QĐ-UBND ngày 10/04/2020", postponedTo: "2020-03", postponedOn: "16/12/2019"),
            // HĐND, 14th session (extraordinary, April): 05 individual and 01 legal-normative resolutions; two added in April.
            hd14(
                1, "Nghị quyết điều chỉnh, bổ sung Kế hoạch đầu tư công năm 2020", "SKHDT", submitted: "06/04/2020", resolution: 1
            ),
            hd14(
                2,
                "Nghị quyết thông qua danh mục dự án cần thu hồi đất, chuyển mục đích sử dụng đất trồng lúa năm 2020 (bổ sung)",
                "STNMT", submitted: "06/04/2020", resolution: 2),
            hd14(
                3, "Nghị quyết về chính sách hỗ trợ người dân, người lao động gặp khó khăn do dịch Covid-19 trên địa bàn tỉnh",
                "SLDTBXH", added: "02/04/2020", submitted: "08/04/2020", resolution: 3),
            hd14(
                4, "Nghị quyết quy định mức chi bảo đảm cho công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh", "STC",
                added: "02/04/2020", submitted: "08/04/2020", resolution: 4),
            hd14(
                5, "Nghị quyết về chủ trương đầu tư dự án Đường Vành đai 4 – Thành phố Hồ Chí Minh đoạn qua tỉnh Bình Dương",
                "SKHDT", month: "2020-03", submitted: "27/03/2020", resolution: 5),
            hd14(
                6, "Nghị quyết thành lập, sáp nhập, đổi tên ấp, khu phố trên địa bàn tỉnh", "SNV", month: "2020-03",
                submitted: "30/03/2020", resolution: 6),
            // HĐND, 15th session (mid-year, July): 11 reports, 03 legal-normative and 05 individual resolutions, submitted in June.
            hd15(
                7, "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ, giải pháp 6 tháng cuối năm 2020", "SKHDT",
                submitted: "10/06/2020"),
            hd15(
                8, "Báo cáo tình hình thực hiện dự toán ngân sách nhà nước 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2020",
                "STC",
                submitted: "10/06/2020"),
            hd15(9, "Báo cáo tình hình thực hiện Kế hoạch đầu tư công 6 tháng đầu năm 2020", "SKHDT", submitted: "10/06/2020"),
            hd15(10, "Báo cáo công tác phòng, chống tham nhũng 6 tháng đầu năm 2020", "VP", submitted: "09/06/2020"),
            hd15(
                11, "Báo cáo kết quả giải quyết kiến nghị của cử tri gửi đến kỳ họp thứ 13 HĐND tỉnh", "VP",
                submitted: "09/06/2020"),
            hd15(12, "Báo cáo công tác thực hành tiết kiệm, chống lãng phí 6 tháng đầu năm 2020", "STC", submitted: "11/06/2020"),
            hd15(
                13, "Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới 6 tháng đầu năm 2020",
                "SNNPTNT", submitted: "11/06/2020"),
            hd15(14, "Báo cáo kết quả công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh", "SYT", submitted: "08/06/2020"),
            hd15(
                15, "Báo cáo kết quả thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19", "SLDTBXH",
                submitted: "08/06/2020"),
            hd15(16, "Báo cáo tình hình quản lý, sử dụng đất đai 6 tháng đầu năm 2020", "STNMT", submitted: "12/06/2020"),
            hd15(17, "Báo cáo kết quả thực hiện Đề án Thành phố thông minh Bình Dương", "STTTT", submitted: "12/06/2020"),
            hd15(
                18, "Nghị quyết sửa đổi, bổ sung quy định mức thu, miễn, giảm, quản lý và sử dụng phí, lệ phí trên địa bàn tỉnh",
                "STC", submitted: "05/06/2020"),
            hd15(
                19,
                "Nghị quyết quy định mức hỗ trợ học phí cho trẻ em mầm non, học sinh phổ thông ngoài công lập năm học 2020 – 2021",
                "SGDDT", submitted: "05/06/2020"),
            hd15(
                20, "Nghị quyết quy định mức hỗ trợ đóng bảo hiểm y tế cho người thuộc hộ gia đình cận nghèo trên địa bàn tỉnh",
                "SYT", submitted: "05/06/2020"),
            hd15(
                21,
                "Nghị quyết phê duyệt tổng biên chế công chức, số lượng người làm việc trong cơ quan, đơn vị của tỉnh năm 2021",
                "SNV", submitted: "12/06/2020"),
            hd15(
                22, "Nghị quyết điều chỉnh Kế hoạch đầu tư công trung hạn giai đoạn 2016 – 2020", "SKHDT", submitted: "04/06/2020"
            ),
            hd15(
                23, "Nghị quyết thông qua Đề án phát triển giáo dục nghề nghiệp tỉnh Bình Dương giai đoạn 2021 – 2025", "SLDTBXH",
                submitted: "04/06/2020"),
            hd15(24, "Nghị quyết thông qua danh mục dự án cần thu hồi đất năm 2021", "STNMT", submitted: "12/06/2020"),
            hd15(
                25, "Nghị quyết về Chương trình phát triển khoa học và công nghệ tỉnh Bình Dương giai đoạn 2021 – 2025", "SKHCN",
                submitted: "09/06/2020"),
        ]
        // The Party committee's standing board: 04 contents, one added in February.
        var tu = [
            item(26, "Báo cáo tình hình kinh tế - xã hội quý I năm 2020, nhiệm vụ trọng tâm quý II", "SKHDT", "TU", "2020-03"),
            item(
                27, "Đề án xây dựng đô thị thông minh gắn với Khu liên hợp Công nghiệp - Dịch vụ - Đô thị Bình Dương", "STTTT",
                "TU",
                "2020-02"),
            item(
                28, "Báo cáo sơ kết 5 năm thực hiện Nghị quyết của Tỉnh ủy về phát triển nguồn nhân lực giai đoạn 2016 – 2020",
                "SNV", "TU", "2020-05"),
            item(
                29, "Đề án tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn",
                "SNNPTNT",
                "TU", "2020-05"),
        ]
        for (i, dates) in [
            ("25/03/2020", "03/04/2020"), ("18/02/2020", "28/02/2020"), ("12/05/2020", "29/05/2020"),
            ("15/05/2020", "29/05/2020"),
        ].enumerated() {
            tu[i].submitted = dates.0
            tu[i].issued = dates.1
            tu[i].document = "Kết luận của Ban Thường vụ Tỉnh ủy ngày \(dates.1)"
        }
        tu[3].added = "10/02/2020"
        specs += tu
        // The committee itself: 07 decisions, plans and regulations (plus the 2019 item above); two submitted late.
        let ubnd: [(String, String, String, String, String, String)] = [
            (
                "Quyết định ban hành Kế hoạch cải cách hành chính tỉnh Bình Dương năm 2020", "SNV", "2020-01", "10/01/2020",
                "15/01/2020",
                "Quyết định số 118/QĐ-UBND ngày 15/01/2020"
            ),
            (
                "Quy chế phối hợp quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh", "SYT", "2020-02", "20/02/2020",
                "02/03/2020",
                "Quyết định số 05/2020/QĐ-UBND ngày 02/03/2020"
            ),
            (
                "Kế hoạch phát triển thương mại điện tử tỉnh Bình Dương năm 2020", "SCT", "2020-02", "24/02/2020", "05/03/2020",
                "Kế hoạch số 1012/KH-UBND ngày 05/03/2020"
            ),
            (
                "Quy định quản lý, vận hành và sử dụng Hệ thống thông tin báo cáo tỉnh Bình Dương", "STTTT", "2020-03",
                "06/04/2020",
                "20/04/2020", "Quyết định số 09/2020/QĐ-UBND ngày 20/04/2020"
            ),
            (
                "Đề án xúc tiến đầu tư tỉnh Bình Dương năm 2020", "SKHDT", "2020-03", "23/03/2020", "08/04/2020",
                "Quyết định số 871/QĐ-UBND ngày 08/04/2020"
            ),
            (
                "Quyết định ban hành Bảng giá bồi thường, hỗ trợ tái định cư năm 2020", "STNMT", "2020-01", "12/02/2020",
                "20/02/2020",
                "Quyết định số 04/2020/QĐ-UBND ngày 20/02/2020"
            ),
            (
                "Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước tỉnh Bình Dương năm 2020", "STTTT",
                "2020-01",
                "21/01/2020", "05/02/2020", "Kế hoạch số 512/KH-UBND ngày 05/02/2020"
            ),
        ]
        for (i, u) in ubnd.enumerated() {
            specs.append(
                Spec(
                    ma: String(format: "BD-CT-2020-%02d", 30 + i), title: u.0, lead: u.1, body: "UBND", month: u.2,
                    submitted: u.3, issued: u.4, document: u.5))
        }
        // Footnote ⁽⁶⁾: not submitted as of 30/06/2020. The irrigation regulation's postponement is approved only on
        // 06/07/2020: after the cut-off, so as of 30/06/2020 it is still due in the first half (and overdue since April).
        specs += [
            item(38, footnote6[0], "SKHDT", "HDND", "2020-06"),
            item(39, footnote6[1], "SNNPTNT", "HDND", "2020-05"),
            item(40, footnote6[2], "SNNPTNT", "HDND", "2020-06"),
            Spec(
                ma: "BD-CT-2020-41", title: footnote6[3], lead: "SNNPTNT", body: "UBND", month: "2020-04", postponedTo: "2020-09",
                postponedOn: "06/07/2020"),
            item(42, footnote6[4], "SNV", "HDND", "2020-06"),
            // Column (3): two postponed to the second half, one withdrawn.
            Spec(
                ma: "BD-CT-2020-43", title: "Đề án phát triển công nghiệp hỗ trợ tỉnh Bình Dương giai đoạn 2021 – 2025",
                lead: "SCT",
                body: "UBND", month: "2020-05", submitted: "15/09/2020", postponedTo: "2020-09", postponedOn: "20/05/2020"),
            Spec(
                ma: "BD-CT-2020-44",
                title:
                    "Nghị quyết quy định giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi thanh toán của Quỹ bảo hiểm y tế",
                lead: "SYT", body: "HDND", month: "2020-06", postponedTo: "2020-12", postponedOn: "05/06/2020"),
            Spec(
                ma: "BD-CT-2020-45", title: "Đề án thí điểm tổ chức mô hình chính quyền đô thị tại thành phố Thủ Dầu Một",
                lead: "SNV",
                body: "TU", month: "2020-04", withdrawn: "15/04/2020"),
            // The second half.
            Spec(
                ma: "BD-CT-2020-46", title: "Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2020, nhiệm vụ trọng tâm quý IV",
                lead: "SKHDT",
                body: "TU", month: "2020-09", submitted: "21/09/2020"),
            Spec(
                ma: "BD-CT-2020-47",
                title: "Báo cáo tình hình kinh tế - xã hội năm 2020, kế hoạch phát triển kinh tế - xã hội năm 2021",
                lead: "SKHDT", body: "HDND", month: "2020-11", submitted: "20/11/2020", issued: "10/12/2020",
                document: "Nghị quyết của HĐND tỉnh tại kỳ họp thứ 17, ngày 10/12/2020"),
            Spec(
                ma: "BD-CT-2020-48", title: "Nghị quyết dự toán thu, chi ngân sách nhà nước năm 2021", lead: "STC", body: "HDND",
                month: "2020-11", submitted: "25/11/2020", issued: "10/12/2020",
                document: "Nghị quyết của HĐND tỉnh tại kỳ họp thứ 17, ngày 10/12/2020"),
            item(49, "Nghị quyết về Kế hoạch đầu tư công năm 2021", "SKHDT", "HDND", "2020-11"),
            Spec(
                ma: "BD-CT-2020-50", title: "Phương án phòng, chống thiên tai và tìm kiếm cứu nạn năm 2020", lead: "SNNPTNT",
                body: "TTUBND", month: "2020-07", submitted: "10/07/2020"),
            item(
                51, "Đề án chuyển đổi số tỉnh Bình Dương giai đoạn 2021 – 2025, định hướng đến năm 2030", "STTTT", "UBND",
                "2020-10"),
            item(
                52, "Quy định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của cơ quan, đơn vị thuộc tỉnh", "STC",
                "UBND", "2020-08"),
            Spec(
                ma: "BD-CT-2020-53",
                title: "Nghị quyết về các biện pháp hỗ trợ doanh nghiệp phục hồi sản xuất, kinh doanh sau dịch Covid-19",
                lead: "SKHDT", body: "HDND", month: "2020-07", added: "06/07/2020"),
        ]
        return specs
    }

    /// Records the decisions that issued the programmes, when not recorded yet (the office may have edited them).
    static func recordDecisions(_ decisions: [(Int, String, String)], today: CivilDate, now: Date, on db: Database) async throws {
        let t = Localizer(language: .vi)
        for (year, notation, date) in decisions {
            guard let day = CivilDate.parse(date), day <= today else { continue }
            if let existing = try await Programme.query(on: db).filter(\.$year == year).first(), !existing.notation.isEmpty {
                continue
            }
            _ = try await ProgrammeService.setDecision(
                year: year, notation: notation, issuedOn: day, expectedVersion: nil,
                actor: .commandLine, now: now, on: db, t: t)
        }
    }

    /// Steps that wait on a leader now: a postponement and a withdrawal asked for this month.
    static func addLiveSteps(today: CivilDate, on db: Database) async throws {
        guard try await ProgrammeEventRecord.query(on: db).filter(\.$note == liveNote).count() == 0 else { return }
        let candidates = try await ProgrammeItem.query(on: db).filter(\.$ma >= "DEMO-CT-").filter(\.$year == today.year)
            .filter(\.$plannedMonth >= CivilMonth(today).iso).sort(\.$ma).all()
        let events = try await ProgrammeQuery.events(for: candidates.compactMap(\.id), on: db)
        var asked = 0
        for item in candidates where asked < 2 {
            let state = ProgrammeLifecycleState(events: (events[item.id!] ?? []).compactMap(\.coreEvent))
            guard !state.submitted, !state.withdrawn, !state.postponementPending, !state.withdrawalPending else { continue }
            let event = ProgrammeEventRecord()
            event.itemID = item.id!
            event.kind = (asked == 0 ? ProgrammeEvent.Kind.postponementRequested : .withdrawalRequested).rawValue
            event.recordedOn = today.iso
            event.effectiveOn = today.iso
            event.newMonth = asked == 0 ? item.plannedMonthValue.adding(months: 2).iso : nil
            event.document = ""
            event.note = liveNote
            event.actorName = "demo"
            try await event.create(on: db)
            item.version += 1
            try await item.update(on: db)
            asked += 1
        }
    }

    static let liveNote = "Dữ liệu mẫu: đơn vị đề nghị, chờ lãnh đạo quyết định"
}

extension DemoSlices.Slice {
    /// The slice's work programme (CSV per CONTRACT) and the decisions that issued it, if the seed has one.
    var programme: (csv: String, decisions: [(Int, String, String)], prefix: String)? {
        switch self {
        case .binhDuong2020: (DemoProgramme.binhDuongCSV, DemoProgramme.binhDuongDecisions, DemoProgramme.prefix)
        case .caoBang2021: nil
        }
    }
}
