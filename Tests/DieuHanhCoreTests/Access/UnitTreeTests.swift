import Testing

@testable import DieuHanhCore

@Suite("Unit tree and roles")
struct UnitTreeTests {
    // UBND › SNV › CCVT; UBND › STC
    let tree = UnitTree<String>(parents: ["UBND": nil, "SNV": "UBND", "CCVT": "SNV", "STC": "UBND"])

    @Test func subtreeHoldsTheUnitAndEverythingBelow() {
        #expect(tree.subtree(of: "SNV") == ["SNV", "CCVT"])
        #expect(tree.subtree(of: "UBND") == ["UBND", "SNV", "CCVT", "STC"])
        #expect(tree.subtree(of: "CCVT") == ["CCVT"])
    }

    @Test func ancestorsRunUpToTheRoot() {
        #expect(tree.ancestors(of: "CCVT") == ["CCVT", "SNV", "UBND"])
        #expect(tree.depth(of: "CCVT") == 2)
        #expect(tree.depth(of: "UBND") == 0)
    }

    @Test func movingUnderItselfOrADescendantIsACycle() {
        #expect(tree.wouldCreateCycle(moving: "SNV", under: "CCVT"))
        #expect(tree.wouldCreateCycle(moving: "SNV", under: "SNV"))
        #expect(!tree.wouldCreateCycle(moving: "SNV", under: "STC"))
        #expect(!tree.wouldCreateCycle(moving: "SNV", under: nil))
    }

    @Test func aCycleInStoredDataDoesNotLoopForever() {
        let broken = UnitTree<String>(parents: ["A": "B", "B": "A"])
        #expect(broken.subtree(of: "A") == ["A", "B"])
        #expect(broken.ancestors(of: "A") == ["A", "B"])
    }

    @Test func onlyAdministratorsManageTheOrganisation() {
        #expect(Role.allCases.filter(\.canManageOrganisation) == [.admin])
        #expect(Role.allCases.filter(\.isUnitScoped) == [.unitOfficer])
        #expect(Role.allCases.filter(\.requiresUnit) == [.unitOfficer])
        #expect(!Role.viewer.canManageTrackingData)
        #expect(Role.coordinator.canManageTrackingData)
        #expect(Role.leader.canDecide)
        #expect(!Role.coordinator.canDecide)
    }

    @Test func unitKindsMatchTheContract() {
        #expect(
            UnitKind.allCases.map(\.rawValue) == [
                "government", "ministry", "province", "office", "department",
                "district", "commune", "council", "party", "other",
            ])
    }
}
