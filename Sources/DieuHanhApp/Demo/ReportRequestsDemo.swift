import DieuHanhCore
import DieuHanhOffice
import Fluent
import Vapor

/// Reports from units for the demonstration province: seed 000 (letter 4049/UBND-TH of 19/10/2020 asking every
/// department and district for its 2020 review by 23/10/2020) with on-time, late, returned and missing answers;
/// a monthly regime from early this year to now; a thematic request due in a few days. Deterministic, and
/// idempotent: what exists already (by `ma`, or a request that has steps) is left alone.
enum ReportRequestsDemo {
    struct Summary {
        var requests = 0
        var steps = 0
        var reminders = 0
    }

    static let seedMa = "DEMO-4049-UBND-TH"
    static let regimeMa = "DEMO-KTXH-THANG"
    static let thematicMa = "DEMO-CDS-CHUYEN-DE"
    static let seedIssued = CivilDate(year: 2020, month: 10, day: 19)!
    static let seedDeadline = CivilDate(year: 2020, month: 10, day: 23)!

    static let seedOutline = """
        1. Tổng kết, kiểm điểm đánh giá công tác chỉ đạo, điều hành năm 2020: kết quả, tiến độ thực hiện kế hoạch, các nhiệm vụ, chỉ tiêu được giao; hạn chế, khó khăn; trên cơ sở kết quả 10 tháng, dự ước kết quả cả năm 2020.
        2. Đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 5 năm 2016-2020, nhiệm vụ, giải pháp trọng tâm giai đoạn 2021-2025.
        3. Báo cáo ngắn gọn, nêu kết quả nổi bật; nội dung, số liệu chi tiết đưa vào các phụ biểu; gửi về Văn phòng UBND tỉnh, Sở Kế hoạch và Đầu tư, Cục Thống kê tỉnh trước ngày 23/10/2020.
        """

    static func load(_ app: Application, today: CivilDate) async throws -> Summary {
        var summary = Summary()
        guard let office = try await UserAccount.query(on: app.db).filter(\.$username == "vanphong").first(),
            let province = try await UnitDirectory.find(code: "UBND", on: app.db)
        else { return summary }
        let now = app.config.now()
        try await seed000(app, office: office, province: province, now: now, summary: &summary)
        try await monthly(app, office: office, province: province, today: today, now: now, summary: &summary)
        try await thematic(app, office: office, province: province, today: today, now: now, summary: &summary)
        // What the server's sweep would have recorded over the last weeks, had it run every day.
        var day = today.adding(days: -45)
        while day <= today {
            let date = day
            summary.reminders += try await app.write { db in
                try await ReportReminderService.recordDue(
                    asOf: date, policy: app.config.reportReminderPolicy, mailing: false,
                    now: instant(date), on: db
                ).count
            }
            day = day.adding(days: 1)
        }
        try await app.write { db in
            for (username, email) in [
                ("sonongnghiep", "sonongnghiep@dieuhanh.example"), ("sotaichinh", "sotaichinh@dieuhanh.example"),
            ] {
                if let user = try await ReportUserEmail.query(on: db).filter(\.$username == username).first(), user.email == nil {
                    try await ReportContactService.setEmail(
                        user, to: email, actor: .commandLine, now: now, on: db, t: Localizer(language: .vi))
                }
            }
        }
        return summary
    }

    // MARK: - Seed 000

    private static func seed000(
        _ app: Application, office: UserAccount, province: OrgUnit, now: Date,
        summary: inout Summary
    ) async throws {
        guard try await ReportRequest.query(on: app.db).filter(\.$ma == seedMa).first() == nil else { return }
        let draft = ReportRequestDraft(
            kind: .adHoc, title: "Báo cáo kiểm điểm công tác chỉ đạo, điều hành năm 2020",
            notation: "4049/UBND-TH", documentDate: seedIssued, issuedOn: seedIssued, periodLabel: "năm 2020",
            deadline: .date(seedDeadline), requesterID: province.id,
            recipients: ReportRecipientSpec(kinds: [.department, .district]), outline: seedOutline, ma: seedMa)
        let outline = AcceptedFile(
            fileName: "Đề cương báo cáo kiểm điểm năm 2020.docx", kind: .docx,
            data: try docx(
                ["ĐỀ CƯƠNG BÁO CÁO", "Kiểm điểm công tác chỉ đạo, điều hành năm 2020"]
                    + seedOutline.split(separator: "\n").map(String.init)))
        let t = Localizer(language: .vi)
        let (request, _) = try await AttachmentService.storing([outline], in: app.fileStore) { stored in
            try await app.write { db in
                try await ReportRequestService.create(draft, files: stored, actor: office, now: now, on: db, t: t)
            }
        }
        summary.requests += 1
        let recipients = try await recipientUnits(request, on: app.db)
        var g = DemoTasks.Generator(state: 4049)
        for (index, unit) in recipients.enumerated() {
            let roll = g.int(1...100)
            let text =
                "Báo cáo kiểm điểm công tác chỉ đạo, điều hành năm 2020 của \(unit.name): kết quả 10 tháng, dự ước cả năm; "
                + "khó khăn, vướng mắc; kiến nghị, đề xuất."
            func day(_ d: Int) -> CivilDate { seedIssued.adding(days: d) }
            var steps: [(ReportSubmissionEvent.Kind, CivilDate, String, Bool)] = []
            switch (index, roll) {
            case (3, _):  // sent on time, returned after the deadline for its missing appendix, sent again late
                steps = [
                    (.submitted, day(3), text, true),
                    (.returned, day(7), "Thiếu phụ biểu số liệu chi tiết; đề nghị bổ sung.", false),
                    (.submitted, day(9), text + " (bổ sung phụ biểu)", true),
                ]
            case (8, _):  // returned, never sent again
                steps = [
                    (.submitted, day(2), text, true), (.returned, day(8), "Báo cáo chưa đúng đề cương; đề nghị gửi lại.", false),
                ]
            case (_, ...62):
                steps = [(.submitted, day(g.int(1...4)), text, g.chance(70))]
                if g.chance(15) { steps.append((.replaced, day(4), text + " (bản cập nhật)", true)) }
            case (_, ...84):
                steps = [(.submitted, day(g.int(7...17)), text, g.chance(70))]
            default:
                break
            }
            for (kind, date, body, withFile) in steps {
                let files =
                    withFile
                    ? [
                        AcceptedFile(
                            fileName: "Báo cáo kiểm điểm 2020 - \(unit.code).docx", kind: .docx,
                            data: try docx([unit.name.uppercased(), "BÁO CÁO", body]))
                    ] : []
                try await record(app, request: request, unit: unit, kind: kind, on: date, text: body, files: files, actor: office)
                summary.steps += 1
            }
        }
        for date in [CivilDate(year: 2020, month: 10, day: 21)!, CivilDate(year: 2020, month: 10, day: 26)!] {
            summary.reminders += try await app.write { db in
                try await ReportReminderService.recordDue(
                    asOf: date, policy: ReportReminderPolicy(), mailing: false,
                    now: instant(date), on: db
                ).count
            }
        }
    }

    // MARK: - A monthly regime

    private static func monthly(
        _ app: Application, office: UserAccount, province: OrgUnit, today: CivilDate, now: Date,
        summary: inout Summary
    ) async throws {
        var regime = try await ReportingRegime.query(on: app.db).filter(\.$ma == regimeMa).first()
        if regime == nil {
            var first = ReportingPeriod.first(.month, cuttingOffOnOrAfter: today)
            for _ in 0..<10 { first = previousMonth(first) }
            let draft = ReportingRegimeDraft(
                title: "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội", frequency: .month,
                rule: .workingDaysAfterCutOff(2), firstPeriod: first, requesterID: province.id,
                recipients: ReportRecipientSpec(kinds: [.department]),
                outline: "1. Tình hình thực hiện nhiệm vụ trong tháng; kết quả nổi bật.\n2. Tồn tại, hạn chế và nguyên nhân.\n"
                    + "3. Nhiệm vụ trọng tâm tháng tới.\n4. Kiến nghị, đề xuất.", ma: regimeMa)
            regime = try await app.write { db in
                try await ReportingRegimeService.create(
                    draft, actor: AuditActor(office), now: now, checkStart: false, on: db,
                    t: Localizer(language: .vi))
            }
        }
        guard let regime else { return }
        summary.requests += try await app.write { db in
            try await ReportingRegimeService.createDueRequests(asOf: today, regimes: [regime.id!], now: now, on: db).count
        }
        let requests = try await ReportRequest.query(on: app.db).filter(\.$regimeID == regime.id!).sort(\.$deadline).all()
        for request in requests {
            guard try await ReportSubmissionRecord.query(on: app.db).filter(\.$requestID == request.id!).count() == 0 else {
                continue
            }
            var g = DemoTasks.Generator(state: UInt64(request.deadlineDate.dayNumber))
            let latest = request.deadlineDate < today && request.deadlineDate >= today.adding(days: -31)
            for unit in try await recipientUnits(request, on: app.db) {
                let roll = g.int(1...100)
                var date: CivilDate?
                if unit.code == "STC" && latest {
                    date = nil
                }  // the demo officer of STC has an overdue report in the inbox
                else if roll <= 75 || unit.code == "SNNMT" {
                    date = request.deadlineDate.adding(days: -g.int(0...4))
                } else if roll <= 88 {
                    date = request.deadlineDate.adding(days: g.int(1...6))
                }
                guard var day = date else { continue }
                if day < request.issuedDate { day = request.issuedDate }
                guard day <= today else { continue }
                let text =
                    "\(unit.name) báo cáo \(request.periodLabel): các nhiệm vụ trọng tâm đã triển khai; kết quả nổi bật; "
                    + "khó khăn, vướng mắc; nhiệm vụ tháng tới."
                let files =
                    g.chance(30)
                    ? [
                        AcceptedFile(
                            fileName: "Báo cáo \(request.periodCode ?? "") - \(unit.code).docx", kind: .docx,
                            data: try docx([unit.name.uppercased(), "BÁO CÁO " + request.periodLabel.uppercased(), text]))
                    ] : []
                try await record(
                    app, request: request, unit: unit, kind: .submitted, on: day, text: text, files: files, actor: office)
                summary.steps += 1
            }
        }
    }

    // MARK: - A thematic request due soon

    private static func thematic(
        _ app: Application, office: UserAccount, province: OrgUnit, today: CivilDate, now: Date,
        summary: inout Summary
    ) async throws {
        guard try await ReportRequest.query(on: app.db).filter(\.$ma == thematicMa).first() == nil else { return }
        let codes = ["SNV", "STC", "SKHCN", "SNNMT", "SYT", "SGDDT"]
        var units: [UUID] = []
        for code in codes { if let unit = try await UnitDirectory.find(code: code, on: app.db) { units.append(unit.id!) } }
        let calendar = try await CalendarService.calendar(on: app.db)
        let issued = today.adding(days: -7)
        let draft = ReportRequestDraft(
            kind: .thematic, title: "Báo cáo chuyên đề kết quả chuyển đổi số năm \(today.year)",
            issuedOn: issued, periodLabel: "năm \(today.year)", cutOff: today.adding(days: -3),
            deadline: .date(calendar.addingWorkingDays(2, to: today)), requesterID: province.id,
            recipients: ReportRecipientSpec(unitIDs: units),
            outline: "Kết quả chuyển đổi số của ngành: dịch vụ công trực tuyến, dữ liệu, hạ tầng; khó khăn; đề xuất.",
            ma: thematicMa)
        let (request, _) = try await app.write { db in
            try await ReportRequestService.create(draft, actor: office, now: now, on: db, t: Localizer(language: .vi))
        }
        summary.requests += 1
        for unit in try await recipientUnits(request, on: app.db) where ["SNV", "SYT"].contains(unit.code) {
            try await record(
                app, request: request, unit: unit, kind: .submitted, on: today.adding(days: -2),
                text: "\(unit.name): tỷ lệ hồ sơ trực tuyến toàn trình tăng; đã số hóa kết quả giải quyết thủ tục hành chính.",
                files: [], actor: office)
            summary.steps += 1
        }
    }

    // MARK: - Helpers

    /// One dated step as it would have been recorded that day (files stored, audited).
    private static func record(
        _ app: Application, request: ReportRequest, unit: OrgUnit, kind: ReportSubmissionEvent.Kind,
        on day: CivilDate, text: String, files: [AcceptedFile], actor: UserAccount
    ) async throws {
        let at = instant(day)
        try await AttachmentService.storing(files, in: app.fileStore) { stored in
            try await app.write { db in
                let step = ReportSubmissionRecord()
                step.requestID = request.id!
                step.unitID = unit.id!
                step.kind = kind.rawValue
                step.recordedOn = day.iso
                step.recordedAt = at
                step.text = text
                // Returns are the office's; the units' answers are sample data of no one in particular.
                step.actorID = kind == .returned ? actor.id : nil
                step.actorName = kind == .returned ? actor.username : "demo"
                try await step.create(on: db)
                try await AttachmentService.record(
                    stored, owner: .reportSubmission, ownerID: step.id!, user: actor, now: at, on: db)
                if let recipient = try await ReportRequestRecipient.query(on: db).filter(\.$requestID == request.id!)
                    .filter(\.$unitID == unit.id!).first()
                {
                    recipient.version += 1
                    try await recipient.update(on: db)
                }
                try await AuditLog.record(
                    on: db, actor: .commandLine, at: at, action: kind == .returned ? "return" : "submit",
                    entity: "report_submission", entityID: step.id, summary: request.title,
                    before: ReportSubmissionRecord.Snapshot?.none, after: step.snapshot)
            }
        }
    }

    private static func recipientUnits(_ request: ReportRequest, on db: Database) async throws -> [OrgUnit] {
        let ids = try await ReportRequestRecipient.query(on: db).filter(\.$requestID == request.id!).all().map(\.unitID)
        return try await OrgUnit.query(on: db).filter(\.$id ~~ ids).all().sorted { $0.code < $1.code }
    }

    private static func previousMonth(_ period: ReportingPeriod) -> ReportingPeriod {
        period.index == 1
            ? ReportingPeriod(frequency: .month, year: period.year - 1, index: 12)!
            : ReportingPeriod(frequency: .month, year: period.year, index: period.index - 1)!
    }

    /// 09:30 in Vietnam on that day.
    private static func instant(_ day: CivilDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 - CivilDate.utcOffsetSeconds + 9 * 3600 + 1800))
    }

    private static func docx(_ lines: [String]) throws -> Data {
        let blocks = lines.enumerated().map { i, line in
            DOCXBlock.paragraph(DOCXParagraph(line, bold: i < 2, alignment: i < 2 ? .center : .justified, spacingAfterPt: 6))
        }
        return try DOCXWriter.data(DOCXDocument(blocks: blocks, title: lines.dropFirst().first ?? "Báo cáo", creator: "DieuHanh"))
    }
}
