import DieuHanhCore
import Fluent
import Vapor

extension UnitDetailPage {
    /// A unit with its place in the tree (parent, children, successor and predecessors), its users, and — for those
    /// who may read the audit log — its last 50 changes.
    static func model(_ unit: OrgUnit, readsAuditLog: Bool, scope: AccessScope, on db: Database) async throws -> Model {
        let all = try await UnitDirectory.all(on: db)
        let byID = Dictionary(uniqueKeysWithValues: all.compactMap { u in u.id.map { ($0, u) } })
        let users = try await UserAccount.query(on: db).filter(\.$unitID == unit.id).sort(\.$fullName).all()
        let history =
            readsAuditLog
            ? try await AuditEntry.query(on: db).filter(\.$entity == "unit").filter(\.$entityID == unit.id?.uuidString)
                .sort(\.$seq, .descending).limit(50).all()
            : []
        return Model(
            unit: unit, parent: unit.parentID.flatMap { byID[$0] }, successor: unit.successorID.flatMap { byID[$0] },
            children: all.filter { $0.parentID == unit.id },
            predecessors: all.filter { $0.successorID == unit.id },
            users: users, history: history, readable: scope.unitIDs)
    }
}
