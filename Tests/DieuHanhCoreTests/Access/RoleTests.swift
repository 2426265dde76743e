import DieuHanhCore
import Testing

/// Every rule of `Role`, for every role: the routes' guards are built from these, so a change shows here first.
@Suite("Roles")
struct RoleTests {
    private func roles(_ rule: (Role) -> Bool) -> Set<Role> { Set(Role.allCases.filter(rule)) }

    @Test func eachRuleAllowsExactlyItsRoles() {
        #expect(roles(\.canManageOrganisation) == [.admin])
        #expect(roles(\.canReadAuditLog) == [.admin])
        #expect(roles(\.canManageTrackingData) == [.admin, .coordinator])
        #expect(roles(\.canDecide) == [.admin, .leader])
        #expect(roles(\.isUnitScoped) == [.unitOfficer])
        #expect(roles(\.requiresUnit) == [.unitOfficer])
        #expect(roles(\.seesEveryUnit) == [.admin, .coordinator, .leader, .viewer])
        #expect(roles(\.canEnterIndicatorActuals) == [.admin, .coordinator, .unitOfficer])
        #expect(roles(\.isReadOnly) == [.viewer])
    }
}
