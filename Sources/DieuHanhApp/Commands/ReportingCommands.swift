import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// `dieuhanh reports sweep | stats | email`.
struct ReportingCommands: AsyncCommandGroup {
    var help: String { "Chế độ báo cáo của các đơn vị: quét lịch và nhắc nhở, thống kê, địa chỉ thư" }
    var commands: [String: any AnyAsyncCommand] {
        ["sweep": ReportingSweepCommand(), "stats": ReportingStatsCommand(), "email": ReportingEmailCommand()]
    }
}

struct ReportingSweepCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Tạo yêu cầu báo cáo định kỳ đến kỳ, ghi nhắc nhở đến hạn và gửi thư (chạy lại không tạo trùng)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let summary = try await ReportingScheduler(app: app).run(now: app.config.now())
        context.console.print("Yêu cầu báo cáo mới: \(summary.requestsCreated). Nhắc nhở mới: \(summary.remindersRecorded).")
        if app.reportMailer == nil {
            context.console.print("Chưa cấu hình máy chủ thư (DIEUHANH_SMTP_HOST): nhắc nhở chỉ được ghi nhận, không gửi thư.")
        } else {
            context.console.print("Thư đã gửi: \(summary.mailsSent); gửi lỗi: \(summary.mailsFailed).")
        }
    }
}

struct ReportingStatsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "year", help: "Năm (theo hạn gửi báo cáo), mặc định năm nay") var year: Int?
        @Option(name: "as-of", help: "Ngày chốt YYYY-MM-DD (mặc định hôm nay, hoặc 31/12 của năm đã qua)") var asOf: String?
        @Option(name: "format", help: "json hoặc text (mặc định text)") var format: String?
    }

    var help: String { "Tỷ lệ gửi báo cáo đầy đủ, đúng hạn của các đơn vị trong năm, xếp hạng" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let format = signature.format ?? "text"
        guard format == "json" || format == "text" else { throw CommandFailure("--format phải là json hoặc text") }
        let today = CivilDate.today(now: app.config.now())
        let scorecard: ReportScorecard.Result
        do {
            scorecard = try await ReportScorecard.build(
                year: signature.year.map(String.init), asOf: signature.asOf, today: today,
                scope: .everything, on: app.db, t: Localizer(language: .vi))
        } catch let failure as ValidationFailure {
            throw CommandFailure(failure.errors.map(\.message).joined(separator: "; "))
        }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            context.console.print(String(decoding: try encoder.encode(ReportStatsJSON(scorecard)), as: UTF8.self))
            return
        }
        let c = scorecard.total
        context.console.print(
            "Báo cáo năm \(scorecard.year), tính đến ngày \(VNFormat.date(scorecard.asOf)): "
                + "\(VNFormat.integer(c.expected)) báo cáo phải gửi (đã đến hạn), đã gửi \(VNFormat.integer(c.submitted)) "
                + "(đúng hạn \(VNFormat.integer(c.submittedOnTime)), quá hạn \(VNFormat.integer(c.submittedLate))), "
                + "chưa gửi \(VNFormat.integer(c.missing)).")
        for rate in [c.completeness, c.timeliness] {
            context.console.print("  \(rate.kind.label): \(rate.text ?? "—")")
        }
        for line in scorecard.lines {
            context.console.print(
                "  \(line.rank). \(line.name): \(line.counts.submitted)/\(line.counts.expected) đã gửi, "
                    + "đúng hạn \(line.counts.timeliness.text ?? "—"), chưa gửi \(line.counts.missing)")
        }
    }
}

struct ReportingEmailCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "user", help: "Tên đăng nhập") var user: String?
        @Option(name: "email", help: "Địa chỉ thư; để trống để xóa") var email: String?
    }

    var help: String { "Đặt địa chỉ thư của một người dùng (nhận thư nhắc gửi báo cáo)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let username = signature.user?.lowercased(), !username.isEmpty else {
            throw CommandFailure("thiếu --user TÊN_ĐĂNG_NHẬP")
        }
        let now = app.config.now()
        let address = signature.email ?? ""
        let t = Localizer(language: .vi)
        do {
            try await app.write { db in
                guard let user = try await ReportUserEmail.query(on: db).filter(\.$username == username).first() else {
                    throw CommandFailure("không có người dùng “\(username)”")
                }
                try await ReportContactService.setEmail(user, to: address, actor: .commandLine, now: now, on: db, t: t)
            }
        } catch let failure as ValidationFailure {
            throw CommandFailure(failure.errors.map(\.message).joined(separator: "; "))
        }
        context.console.print(
            address.isEmpty ? "Đã xóa địa chỉ thư của \(username)." : "Đã đặt địa chỉ thư của \(username): \(address).")
    }
}
