import DieuHanhCore
import Fluent
import Vapor

/// `dieuhanh demo`: loads the demonstration province into the configured database. Running it again updates
/// the same records and gives the demo users new passwords.
///
/// `dieuhanh demo --slice NAME` instead loads a small dataset that reproduces a real review report
/// (`DemoSlices`), for an EMPTY database only; it creates no demo users.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(
            name: "slice",
            help: "Lát dữ liệu tái hiện một báo cáo kiểm điểm thật: "
                + DemoSlices.Slice.allCases.map(\.rawValue).joined(separator: ", ")
                + ". Chỉ dùng cho cơ sở dữ liệu TRỐNG (lệnh từ chối nếu đã có đơn vị, văn bản hay nhiệm vụ khác); "
                + "chạy lại không thay đổi gì; không tạo người dùng mẫu.")
        var slice: String?
    }

    var help: String {
        "Nạp dữ liệu tỉnh mẫu (đơn vị, người dùng theo từng vai trò); với --slice "
            + DemoSlices.Slice.allCases.map(\.rawValue).joined(separator: "|")
            + ": nạp lát dữ liệu tái hiện báo cáo kiểm điểm thật vào cơ sở dữ liệu TRỐNG"
    }

    static let users: [(username: String, fullName: String, role: Role, unit: String?)] = [
        ("vanphong", "Nguyễn Thị Hồng Nhung", .coordinator, "VP"),
        ("lanhdao", "Trần Văn Minh", .leader, "UBND"),
        ("sonongnghiep", "Lê Quang Huy", .unitOfficer, "SNNMT"),
        ("sotaichinh", "Hoàng Thị Mai", .unitOfficer, "STC"),
        ("xem", "Phạm Thu Trang", .viewer, nil),
    ]

    func run(using context: CommandContext, signature: Signature) async throws {
        if let name = signature.slice {
            guard let slice = DemoSlices.Slice(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw CommandFailure(
                    "không có lát dữ liệu “\(name)”; dùng một trong: "
                        + DemoSlices.Slice.allCases.map(\.rawValue).joined(separator: ", "))
            }
            try await Self.loadSlice(slice, context: context)
            return
        }
        let app = context.application
        let summary = try await app.write { db in
            try await UnitImport.write(DemoUnits.rows, actor: .commandLine, now: app.config.now(), on: db)
        }
        context.console.print("Đơn vị: \(summary.created) mới, \(summary.updated) cập nhật, \(summary.unchanged) không đổi.")
        let today = CivilDate.today(now: app.config.now())
        let tasks = try await app.write { db in
            let summary = try await TaskImport.write(
                DemoTasks.rows(today: today), actor: .commandLine, now: app.config.now(), on: db)
            try await DemoTasks.addLiveSteps(today: today, on: db)
            return summary
        }
        context.console.print("Nhiệm vụ: \(tasks.created) mới, \(tasks.updated) cập nhật, \(tasks.unchanged) không đổi.")
        let indicators = try await IndicatorDemo.load(into: app, today: today)
        for line in try await IndicatorDemo.summaryLines(indicators, app: app) { context.console.print(line) }
        let programme = try await app.write { db in
            let summary = try await ProgrammeImport.write(
                DemoProgramme.generated(today: today), actor: .commandLine,
                now: app.config.now(), on: db)
            try await DemoProgramme.recordDecisions(DemoProgramme.generatedDecisions, today: today, now: app.config.now(), on: db)
            try await DemoProgramme.addLiveSteps(today: today, on: db)
            return summary
        }
        context.console.print(
            "Chương trình công tác 2025–2026: \(programme.created) nội dung mới, \(programme.updated) cập nhật, "
                + "\(programme.unchanged) không đổi.")
        let meetings = try await MeetingsDemo.load(app, today: today)
        context.console.print("Cuộc họp năm 2026: \(meetings) mới.")
        let accounts = try await Self.loadUsers(app)
        let reporting = try await ReportRequestsDemo.load(app, today: today)
        context.console.print(
            "Báo cáo của đơn vị: \(reporting.requests) yêu cầu mới, \(reporting.steps) lượt gửi/trả lại, "
                + "\(reporting.reminders) nhắc nhở.")
        context.console.print("Người dùng mẫu (mật khẩu chỉ hiện lần này):")
        for (username, role, password) in accounts {
            context.console.print(
                "  \(username.padding(toLength: 14, withPad: " ", startingAt: 0)) "
                    + "\(role.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(password)")
        }
    }

    /// `--slice NAME`: loads the slice, then prints what was written and the report's figures as of its cut-off.
    static func loadSlice(_ slice: DemoSlices.Slice, context: CommandContext) async throws {
        let app = context.application
        let definition = slice.definition
        let loaded: DemoSlices.LoadSummary
        do {
            loaded = try await DemoSlices.load(slice, into: app)
        } catch let error as DemoSlices.NotEmpty {
            throw CommandFailure(error.description + "; không có dữ liệu nào được ghi")
        }
        let f = try await DemoSlices.figures(slice, app: app)
        let c = f.province
        let n = VNFormat.count
        context.console.print("Lát dữ liệu \(slice.rawValue): \(definition.title).")
        context.console.print(
            "Đơn vị: \(loaded.units.created) mới, \(loaded.units.updated) cập nhật, "
                + "\(loaded.units.unchanged) không đổi.")
        context.console.print(
            "Nhiệm vụ: \(loaded.tasks.created) mới, \(loaded.tasks.updated) cập nhật, "
                + "\(loaded.tasks.unchanged) không đổi.")
        context.console.print(
            "Tính đến ngày \(VNFormat.date(definition.asOf)), nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao tỉnh: "
                + "\(n(c.total)) nhiệm vụ (trong \(n(f.documents)) văn bản).")
        context.console.print(
            "  Đã hoàn thành \(n(c.completed)) (đúng hạn \(n(c.completedOnTime)), quá hạn \(n(c.completedLate)))"
                + (VNFormat.percent(c.completed, of: c.total).map { ", đạt \($0)" } ?? "") + ".")
        context.console.print(
            "  Chưa hoàn thành \(n(c.pending)) (trong hạn \(n(c.pendingWithinDeadline + c.pendingNoDeadline))"
                + (c.pendingNoDeadline > 0 ? ", trong đó \(n(c.pendingNoDeadline)) không thời hạn" : "")
                + ", quá hạn \(n(c.pendingOverdue))).")
        if loaded.programme.created + loaded.programme.updated + loaded.programme.unchanged > 0 {
            try await Self.printProgramme(slice, context: context)
        }
        if f.others.total > 0 {
            context.console.print(
                "Nhiệm vụ giao bộ, ngành có liên quan đến tỉnh: \(n(f.others.total)), "
                    + "trong đó chưa hoàn thành quá hạn \(n(f.others.pendingOverdue)).")
        }
    }

    /// The slice's work-programme figures for its period as of the period's last day (seed 001: 37/42, 88,1%).
    static func printProgramme(_ slice: DemoSlices.Slice, context: CommandContext) async throws {
        let app = context.application
        let period = ReportPeriod(code: "\(slice.definition.asOf.year)-H1")!
        let filter = ProgrammeStatsFilter(period: period, asOf: period.to)
        let result = try await ProgrammeStatistics.run(filter, on: app.db)
        context.console.print(
            "Tính đến ngày \(VNFormat.date(period.to)): "
                + ReviewProse.programme(
                    result.counts, periodLabel: filter.months.label,
                    unfinished: result.unfinished.map(\.item.title)))
    }

    /// Creates the demo users, or gives existing ones a new password; returns what to print.
    static func loadUsers(_ app: Application) async throws -> [(String, Role, String)] {
        let now = app.config.now()
        let digester = app.digester
        let t = Localizer(language: .vi)
        return try await app.write { db in
            var printed: [(String, Role, String)] = []
            for spec in users {
                var unitID: UUID?
                if let code = spec.unit { unitID = try await UnitDirectory.find(code: code, on: db)?.id }
                if let user = try await UserAccount.query(on: db).filter(\.$username == spec.username).first() {
                    let password = try await UserService.resetPassword(
                        user, to: nil, actor: .commandLine, now: now, on: db,
                        hasher: digester, t: t)
                    printed.append((spec.username, spec.role, password))
                } else {
                    let draft = UserDraft(
                        username: spec.username, fullName: spec.fullName, role: spec.role.rawValue,
                        unitID: unitID, password: nil)
                    let (_, password) = try await UserService.create(
                        draft, actor: .commandLine, now: now, on: db,
                        hasher: digester, t: t)
                    printed.append((spec.username, spec.role, password))
                }
            }
            return printed
        }
    }
}
