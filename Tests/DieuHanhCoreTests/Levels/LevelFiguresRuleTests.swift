import Testing

@testable import DieuHanhCore

@Suite struct LevelFiguresRuleTests {
    @Test func aDeploymentSendsItsFiguresOnlyToAPeerAboveUnderItsOwnCode() {
        // The province links the Government (above) and itself: it is known there as BD.
        #expect(LevelFiguresRule.ownCode(links: [(.government, "CP"), (.province, "BD")]) == "BD")
        // A commune below a province; units without a tier are ignored.
        #expect(LevelFiguresRule.ownCode(links: [(.province, "UBND"), (.commune, "XA"), (.department, "SNV")]) == "XA")
        // Only one tier linked (the national side knows only the province): not above, nothing sent.
        #expect(LevelFiguresRule.ownCode(links: [(.province, "UBND")]) == nil)
        #expect(LevelFiguresRule.ownCode(links: [(.province, "UBND"), (.department, "SNV")]) == nil)
        #expect(LevelFiguresRule.ownCode(links: []) == nil)
        // Two units share the lowest tier: unclear which one is this deployment.
        #expect(LevelFiguresRule.ownCode(links: [(.government, "CP"), (.province, "BD"), (.ministry, "BNV")]) == nil)
    }

    @Test func figuresAreTakenOnlyAboutAUnitBelowTheHighestTierHere() {
        #expect(LevelFiguresRule.comesFromBelow(.province, highestTierHere: 0))
        #expect(LevelFiguresRule.comesFromBelow(.commune, highestTierHere: 2))
        #expect(!LevelFiguresRule.comesFromBelow(.province, highestTierHere: 1))
        #expect(!LevelFiguresRule.comesFromBelow(.government, highestTierHere: 0))
        #expect(!LevelFiguresRule.comesFromBelow(.department, highestTierHere: 0))
        #expect(!LevelFiguresRule.comesFromBelow(.province, highestTierHere: nil))
        #expect(LevelFiguresRule.tier(.district) == 2 && LevelFiguresRule.tier(.office) == nil)
    }
}
