import DieuHanhCore
import Foundation
import Vapor

/// `dieuhanh migrate`: migrations only, without asking (CI and scripts have no terminal to answer).
struct MigrateOnlyCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Cập nhật cấu trúc cơ sở dữ liệu" }

    func run(using context: CommandContext, signature: Signature) async throws {
        // PrepareDatabase has already migrated while the application booted.
        context.console.print("Cơ sở dữ liệu đã được cập nhật.")
    }
}
