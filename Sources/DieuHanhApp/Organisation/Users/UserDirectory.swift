import Fluent
import Foundation

/// Who recorded what, by name: histories show the person ("Trần Văn Bình"), not the account they signed in with.
enum UserDirectory {
    /// The full names of these accounts, by id; an id with no account (since removed) is left out.
    static func fullNames(of ids: some Sequence<UUID>, on db: Database) async throws -> [UUID: String] {
        let wanted = Array(Set(ids))
        guard !wanted.isEmpty else { return [:] }
        var names: [UUID: String] = [:]
        for start in stride(from: 0, to: wanted.count, by: 500) {
            let chunk = Array(wanted[start..<min(start + 500, wanted.count)])
            for user in try await UserAccount.query(on: db).filter(\.$id ~~ chunk).all() { names[user.id!] = user.fullName }
        }
        return names
    }
}
