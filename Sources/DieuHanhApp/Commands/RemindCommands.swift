import DieuHanhCore
import Vapor

/// `dieuhanh remind tasks [--date YYYY-MM-DD]`.
struct RemindCommands: AsyncCommandGroup {
    var help: String { "Nhắc hạn nhiệm vụ cho đơn vị chủ trì" }
    var commands: [String: any AnyAsyncCommand] { ["tasks": RemindTasksCommand()] }
}

struct RemindTasksCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "date", help: "Ngày nhắc YYYY-MM-DD (mặc định hôm nay)") var date: String?
    }

    var help: String { "Ghi nhắc hạn nhiệm vụ đến ngày và gửi thư tổng hợp cho từng người (chạy lại không gửi trùng)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var day: CivilDate?
        if let text = signature.date {
            guard let parsed = CivilDate.parse(text) else { throw CommandFailure("--date phải là ngày YYYY-MM-DD") }
            day = parsed
        }
        let summary = try await TaskReminderScheduler(app: app).run(now: app.config.now(), day: day)
        context.console.print("Nhắc hạn mới: \(summary.recorded).")
        if app.reportMailer == nil {
            context.console.print("Chưa cấu hình máy chủ thư (DIEUHANH_SMTP_HOST): nhắc hạn chỉ hiện trong ứng dụng.")
        } else {
            context.console.print("Thư tổng hợp đã gửi: \(summary.digestsSent); gửi lỗi: \(summary.digestsFailed).")
        }
    }
}
