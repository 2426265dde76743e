import DieuHanhCore
import Foundation
import Vapor

/// `dieuhanh audit verify`: checks the audit log's hash chain.
struct AuditCommands: AsyncCommandGroup {
    var help: String { "Nhật ký thay đổi" }
    var commands: [String: any AnyAsyncCommand] { ["verify": AuditVerifyCommand()] }
}

struct AuditVerifyCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Kiểm tra chuỗi băm của nhật ký: phát hiện mục bị sửa hoặc bị xóa" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let result = try await AuditLog.verify(on: context.application.db)
        if result.problems.isEmpty {
            context.console.print("Nhật ký toàn vẹn: \(result.checked) mục, chuỗi băm khớp.")
        } else {
            for problem in result.problems { context.console.print(problem) }
            throw CommandFailure("nhật ký đã bị thay đổi: \(result.problems.count) chỗ hỏng trong \(result.checked) mục")
        }
    }
}
