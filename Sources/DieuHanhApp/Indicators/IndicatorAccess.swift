import DieuHanhCore
import Fluent
import Vapor

/// Who may change what (DOMAIN §5 with `Role`): coordinators and administrators manage indicators and targets and
/// may enter any actual; a unit officer enters actuals only for the indicators their unit (or a unit below it, or a
/// unit it succeeded) is responsible for; leaders and viewers read.
enum IndicatorAccess {
    static func canManage(_ role: Role?) -> Bool { role?.canManageTrackingData == true }

    static func canEnterActuals(_ role: Role?) -> Bool { canManage(role) || role == .unitOfficer }

    /// The unit responsible for an indicator's figures of `year`: that year's plan, else the nearest later plan
    /// (last year's figures serve this year's comparison), else the nearest earlier one.
    static func responsibleUnit(indicatorID: UUID, year: Int, on db: Database) async throws -> UUID? {
        let plans = try await IndicatorPlan.query(on: db).filter(\.$indicatorID == indicatorID).all()
        let later = plans.filter { $0.year >= year }.min { $0.year < $1.year }
        return (later ?? plans.max { $0.year < $1.year })?.responsibleUnitID
    }

    /// Whether the user may enter actuals for an indicator whose responsible unit is `unitID`. A merged unit's
    /// successors inherit its indicators.
    static func mayEnter(_ user: UserAccount, responsibleUnitID unitID: UUID?, scope: AccessScope, units: [UUID: OrgUnit]) -> Bool
    {
        if canManage(user.userRole) { return true }
        guard user.userRole == .unitOfficer, var current = unitID else { return false }
        for _ in 0..<10 {
            if scope.allows(current) { return true }
            guard let next = units[current]?.successorID else { return false }
            current = next
        }
        return false
    }
}
