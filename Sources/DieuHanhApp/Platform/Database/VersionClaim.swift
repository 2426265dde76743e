import Fluent
import Foundation
import SQLKit

extension Database {
    /// Claims the next version of a row inside the write, so that of two writers holding the same version exactly
    /// one goes on and the other gets `conflict`.
    ///
    /// Comparing with a row loaded before the transaction is not enough: both writers see the same version and
    /// both save. Here the row's version is moved on by `UPDATE … WHERE version = loaded`; PostgreSQL locks the row
    /// until this transaction ends (the second writer waits, then finds the version changed and updates nothing),
    /// and on SQLite writers are queued one at a time (WriteGate), so the second sees the first's commit. The
    /// caller then saves its model with `version + 1`, which is what the row already holds.
    ///
    /// `expected` is the version the client's form or request was built on (nil: the caller did not say).
    func claimVersion(of schema: String, id: UUID, loaded: Int, expected: Int?, conflict: @autoclosure () -> Error) async throws {
        if let expected, expected != loaded { throw conflict() }
        let row = try await (self as! any SQLDatabase).raw(
            """
            UPDATE \(ident: schema) SET version = version + 1 \
            WHERE id = \(bind: id) AND version = \(bind: loaded) RETURNING version
            """
        ).first()
        guard row != nil else { throw conflict() }
    }
}
