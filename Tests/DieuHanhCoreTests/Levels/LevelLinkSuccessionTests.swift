import DieuHanhCore
import Testing

@Suite("Levels: a merger keeps the links of the predecessor")
struct LevelLinkSuccessionTests {
    // A and B merged into C; C later merged into D. E stands alone.
    private let successors = ["A": "C", "B": "C", "C": "D"]

    @Test func aUnitHoldingALinkSpeaksForItself() {
        #expect(LevelLinkSuccession.linkedUnit(for: "D", successors: successors, isLinked: { $0 == "D" || $0 == "A" }) == "D")
        #expect(LevelLinkSuccession.linkedUnit(for: "E", successors: successors, isLinked: { $0 == "E" }) == "E")
    }

    @Test func theSuccessorFindsItsPredecessorsLinkOneOrTwoMergersBack() {
        #expect(LevelLinkSuccession.linkedUnit(for: "C", successors: successors, isLinked: { $0 == "B" }) == "B")
        #expect(LevelLinkSuccession.linkedUnit(for: "D", successors: successors, isLinked: { $0 == "A" }) == "A")
        // The nearest predecessor wins over one further back.
        #expect(LevelLinkSuccession.linkedUnit(for: "D", successors: successors, isLinked: { $0 == "A" || $0 == "C" }) == "C")
        // Two at the same distance: always the same one.
        #expect(LevelLinkSuccession.linkedUnit(for: "C", successors: successors, isLinked: { $0 == "A" || $0 == "B" }) == "A")
    }

    @Test func aPredecessorNeverSpeaksThroughItsSuccessorsLinkNorAStrangerThroughAnyone() {
        // Links follow a merger forwards only: the closed unit's tasks stay its own.
        #expect(LevelLinkSuccession.linkedUnit(for: "A", successors: successors, isLinked: { $0 == "C" }) == nil)
        #expect(LevelLinkSuccession.linkedUnit(for: "E", successors: successors, isLinked: { $0 != "E" }) == nil)
    }

    @Test func aLoopIsWalkedOnce() {
        let loop = ["A": "B", "B": "A"]
        #expect(LevelLinkSuccession.linkedUnit(for: "A", successors: loop, isLinked: { _ in false }) == nil)
        #expect(LevelLinkSuccession.carrier(of: "A", successors: loop, isOpen: { _ in false }) == nil)
    }

    @Test func theCarrierIsTheUnitWhileOpenThenTheFirstOpenSuccessor() {
        #expect(LevelLinkSuccession.carrier(of: "A", successors: successors, isOpen: { _ in true }) == "A")
        #expect(LevelLinkSuccession.carrier(of: "A", successors: successors, isOpen: { $0 == "C" || $0 == "D" }) == "C")
        #expect(LevelLinkSuccession.carrier(of: "A", successors: successors, isOpen: { $0 == "D" }) == "D")
        // Dissolved without a successor: nobody carries on.
        #expect(LevelLinkSuccession.carrier(of: "E", successors: successors, isOpen: { _ in false }) == nil)
        #expect(LevelLinkSuccession.carrier(of: "A", successors: successors, isOpen: { _ in false }) == nil)
    }
}

@Suite("Levels: who takes which step on a linked report request")
struct LevelReportStepTests {
    @Test func theRequesterReturnsAndTheRecipientSubmitsAndEachAcceptsOnlyTheOthersStep() {
        #expect(LevelReportStep.submit.isAllowedOnLinkedRequest(whereThisSideIs: .assignee))
        #expect(!LevelReportStep.submit.isAllowedOnLinkedRequest(whereThisSideIs: .assigner))
        #expect(LevelReportStep.returnSubmission.isAllowedOnLinkedRequest(whereThisSideIs: .assigner))
        #expect(!LevelReportStep.returnSubmission.isAllowedOnLinkedRequest(whereThisSideIs: .assignee))
        // A return arrives below from above; a report arrives above from below; never the other way round.
        #expect(LevelReportStep.returnSubmission.isAcceptedFromPeer(whereThisSideIs: .assignee))
        #expect(!LevelReportStep.returnSubmission.isAcceptedFromPeer(whereThisSideIs: .assigner))
        #expect(LevelReportStep.submit.isAcceptedFromPeer(whereThisSideIs: .assigner))
        #expect(!LevelReportStep.submit.isAcceptedFromPeer(whereThisSideIs: .assignee))
    }
}
