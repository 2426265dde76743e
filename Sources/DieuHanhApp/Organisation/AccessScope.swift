import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// Which units' data a user may see: everything, or (a unit officer) their unit and the units below it.
struct AccessScope: Sendable {
    /// nil = no restriction.
    let unitIDs: Set<UUID>?

    static let everything = AccessScope(unitIDs: nil)

    func allows(_ unitID: UUID?) -> Bool {
        guard let unitIDs else { return true }
        guard let unitID else { return false }
        return unitIDs.contains(unitID)
    }

    static func of(_ user: UserAccount, on db: Database) async throws -> AccessScope {
        guard user.userRole.isUnitScoped else { return .everything }
        guard let unitID = user.unitID else { return AccessScope(unitIDs: []) }
        return AccessScope(unitIDs: try await UnitDirectory.subtree(of: unitID, on: db))
    }
}

extension Request {
    /// The signed-in user's scope, the unit tree read from this instance's memory (`SharedCache`).
    func accessScope() async throws -> AccessScope {
        let user = try requireUser()
        guard user.userRole.isUnitScoped, let unitID = user.unitID else { return try await AccessScope.of(user, on: db) }
        return AccessScope(unitIDs: try await cachedUnits().subtree(of: unitID))
    }
}

/// The unit a user belongs to, if any.
func unitOf(_ user: UserAccount, on db: Database) async throws -> OrgUnit? {
    guard let id = user.unitID else { return nil }
    return try await OrgUnit.find(id, on: db)
}

extension Request {
    /// The unit of the route (`:unitID`), when it is in the caller's scope.
    func visibleUnit() async throws -> OrgUnit {
        let scope = try await accessScope()
        return try await visible(OrgUnit.self, "unitID") { scope.allows($0.id) }
    }

    /// The user of the route (`:userID`): one of the caller's scope, or the caller.
    func visibleUser() async throws -> UserAccount {
        let scope = try await accessScope()
        return try await visible(UserAccount.self, "userID") { scope.allows($0.unitID) || $0.id == self.currentUser?.id }
    }
}
