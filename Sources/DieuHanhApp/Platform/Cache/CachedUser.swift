import Fluent
import Foundation

/// A user's stored columns, from which each request gets a model of its own: requests change and save the signed-in
/// user (the language, the password), so one model is never shared between them.
struct CachedUser: Sendable {
    private let values: [FieldKey: any Sendable]

    init(_ user: UserAccount) {
        values = [
            "id": user.id, "username": user.username, "full_name": user.fullName, "name_folded": user.nameFolded,
            "password_hash": user.passwordHash, "role": user.role, "unit_id": user.unitID, "active": user.active,
            "language": user.language, "version": user.version, "created_at": user.createdAt,
            "updated_at": user.updatedAt,
        ]
    }

    /// A model as if just read from the database (stored, nothing changed), through Fluent's own output path.
    func model() throws -> UserAccount {
        let user = UserAccount()
        try user.output(from: Output(values: values))
        return user
    }

    private struct Output: DatabaseOutput {
        let values: [FieldKey: any Sendable]

        struct Missing: Error {}

        var description: String { "\(values.keys)" }
        func schema(_ schema: String) -> any DatabaseOutput { self }
        func contains(_ key: FieldKey) -> Bool { values[key] != nil }

        func decodeNil(_ key: FieldKey) throws -> Bool {
            guard let value = values[key] else { return true }
            return isNil(value)
        }

        func decode<T: Decodable>(_ key: FieldKey, as type: T.Type) throws -> T {
            guard let value = values[key] else { throw Missing() }
            if let value = value as? T { return value }
            throw Missing()
        }

        /// An optional stored as `Optional.none` inside the existential.
        private func isNil(_ value: any Sendable) -> Bool {
            let mirror = Mirror(reflecting: value)
            return mirror.displayStyle == .optional && mirror.children.isEmpty
        }
    }
}
