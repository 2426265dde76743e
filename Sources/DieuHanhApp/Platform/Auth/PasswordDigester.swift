import NIOConcurrencyHelpers
import NIOPosix
import Vapor

/// bcrypt on the work pool.
package struct PasswordDigester: Sendable {
    let cost: Int
    let pool: WorkPool

    package func hash(_ password: String) async throws -> String {
        try await pool.run { [cost] in try Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, created digest: String) async throws -> Bool {
        try await pool.run { try Bcrypt.verify(password, created: digest) }
    }
}
