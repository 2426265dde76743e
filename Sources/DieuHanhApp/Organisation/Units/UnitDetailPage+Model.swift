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
    }
}
