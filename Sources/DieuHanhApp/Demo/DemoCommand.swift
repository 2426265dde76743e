import DieuHanhCore
import Fluent
import Vapor

/// `dieuhanh demo`: loads the demonstration province into the configured database. Running it again updates
/// the same records and gives the demo users new passwords.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Nạp dữ liệu tỉnh mẫu (đơn vị, người dùng theo từng vai trò)" }

    static let users: [(username: String, fullName: String, role: Role, unit: String?)] = [
        ("vanphong", "Nguyễn Thị Hồng Nhung", .coordinator, "VP"),
        ("lanhdao", "Trần Văn Minh", .leader, "UBND"),
        ("sonongnghiep", "Lê Quang Huy", .unitOfficer, "SNNMT"),
        ("sotaichinh", "Hoàng Thị Mai", .unitOfficer, "STC"),
        ("xem", "Phạm Thu Trang", .viewer, nil),
    ]

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let summary = try await app.write { db in
            try await UnitImport.write(DemoUnits.rows, actor: .commandLine, now: app.config.now(), on: db)
        }
        context.console.print("Đơn vị: \(summary.created) mới, \(summary.updated) cập nhật, \(summary.unchanged) không đổi.")
        let today = CivilDate.today(now: app.config.now())
        let tasks = try await app.write { db in
            let summary = try await TaskImport.write(DemoTasks.rows(today: today), actor: .commandLine, now: app.config.now(), on: db)
            try await DemoTasks.addLiveSteps(today: today, on: db)
            return summary
        }
        context.console.print("Nhiệm vụ: \(tasks.created) mới, \(tasks.updated) cập nhật, \(tasks.unchanged) không đổi.")
        let accounts = try await Self.loadUsers(app)
        context.console.print("Người dùng mẫu (mật khẩu chỉ hiện lần này):")
        for (username, role, password) in accounts {
            context.console.print("  \(username.padding(toLength: 14, withPad: " ", startingAt: 0)) "
                                  + "\(role.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(password)")
        }
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
                    let password = try await UserService.resetPassword(user, to: nil, actor: .commandLine, now: now, on: db,
                                                                       hasher: digester, t: t)
                    printed.append((spec.username, spec.role, password))
                } else {
                    let draft = UserDraft(username: spec.username, fullName: spec.fullName, role: spec.role.rawValue,
                                          unitID: unitID, password: nil)
                    let (_, password) = try await UserService.create(draft, actor: .commandLine, now: now, on: db,
                                                                     hasher: digester, t: t)
                    printed.append((spec.username, spec.role, password))
                }
            }
            return printed
        }
    }
}
