import DieuHanhCore
import Fluent
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
        let tree = try await UnitDirectory.tree(on: db)
        return AccessScope(unitIDs: tree.subtree(of: unitID))
    }
}

extension Request {
    func accessScope() async throws -> AccessScope {
        try await AccessScope.of(try requireUser(), on: db)
    }
}

/// Reads of the unit tree shared by pages, the API and imports.
enum UnitDirectory {
    static func tree(on db: Database) async throws -> UnitTree<UUID> {
        let units = try await OrgUnit.query(on: db).field(\.$id).field(\.$parentID).all()
        var parents: [UUID: UUID?] = [:]
        for unit in units { if let id = unit.id { parents[id] = unit.parentID } }
        return UnitTree(parents: parents)
    }

    static func all(on db: Database) async throws -> [OrgUnit] {
        try await OrgUnit.query(on: db).all()
            .sorted { VietnameseText.areInIncreasingOrder($0.name, $1.name) }
    }

    /// Open units, for the pickers of forms ("đơn vị cha", "đơn vị kế thừa").
    static func openUnits(on db: Database, today: CivilDate) async throws -> [OrgUnit] {
        try await all(on: db).filter { !$0.isClosed(on: today) }
    }

    static func find(code: String, on db: Database) async throws -> OrgUnit? {
        try await OrgUnit.query(on: db).filter(\.$code == code).first()
    }
}

/// The unit a user belongs to, if any.
func unitOf(_ user: UserAccount, on db: Database) async throws -> OrgUnit? {
    guard let id = user.unitID else { return nil }
    return try await OrgUnit.find(id, on: db)
}
