import DieuHanhCore
import Vapor

extension UnitDetailPage {
    struct Model {
        var unit: OrgUnit
        var parent: OrgUnit?
        var successor: OrgUnit?
        var children: [OrgUnit]
        var predecessors: [OrgUnit]
        var users: [UserAccount]
        var history: [AuditEntry]
        /// The units whose pages the reader may open; nil for all.
        var readable: Set<UUID>? = nil
    }
}
