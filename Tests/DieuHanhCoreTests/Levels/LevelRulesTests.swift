import DieuHanhCore
import Foundation
import Testing

@Suite("Levels: envelopes, replay window, ownership")
struct LevelRulesTests {
    private let envelope = LevelEnvelope(
        origin: "tw", kind: "task.assigned", objectID: "T1", version: 2, sentAt: 1_795_312_800,
        nonce: "0123456789abcdef", body: #"{"a":"b\nc"}"#)

    @Test func everyFieldButTheSignatureIsSigned() {
        var changed: [LevelEnvelope] = []
        for edit: (inout LevelEnvelope) -> Void in [
            { $0.origin = "tx" }, { $0.kind = "task.step" }, { $0.objectID = "T2" }, { $0.version = 3 },
            { $0.sentAt += 1 }, { $0.nonce = "0123456789abcdeg" }, { $0.body = "{}" },
        ] {
            var copy = envelope
            edit(&copy)
            changed.append(copy)
        }
        #expect(Set(changed.map(\.signedText)).count == changed.count)
        #expect(changed.allSatisfy { $0.signedText != envelope.signedText })
        var signed = envelope
        signed.signature = "abc"
        #expect(signed.signedText == envelope.signedText)
    }

    @Test func aLineBreakOutsideTheBodyOrAShortNonceIsMalformed() {
        #expect(envelope.isWellFormed)
        var broken = envelope
        broken.objectID = "T1\n2"
        #expect(!broken.isWellFormed)
        broken = envelope
        broken.nonce = "short"
        #expect(!broken.isWellFormed)
        broken = envelope
        broken.version = 0
        #expect(!broken.isWellFormed)
    }

    @Test func theWindowAcceptsFiveMinutesEitherWayAndNoMore() {
        let window = LevelReplayWindow()
        let now = Date(timeIntervalSince1970: 1_795_312_800)
        #expect(window.isFresh(sentAt: 1_795_312_800 - 300, now: now))
        #expect(window.isFresh(sentAt: 1_795_312_800 + 300, now: now))
        #expect(!window.isFresh(sentAt: 1_795_312_800 - 301, now: now))
        #expect(!window.isFresh(sentAt: 1_795_312_800 + 301, now: now))
    }

    @Test func backOffDoublesToAnHour() {
        #expect(LevelBackoff.delay(afterAttempts: 0) == 0)
        #expect(LevelBackoff.delay(afterAttempts: 1) == 30)
        #expect(LevelBackoff.delay(afterAttempts: 2) == 60)
        #expect(LevelBackoff.delay(afterAttempts: 5) == 480)
        #expect(LevelBackoff.delay(afterAttempts: 8) == 3600)
        #expect(LevelBackoff.delay(afterAttempts: 500) == 3600)
    }

    @Test func theAssignerDecidesAndTheAssigneeReports() {
        // The explanation is the assignee's to give; asking for it is the assigner's leaders' decision.
        let assignee: Set<TaskAction> = [.reportProgress, .requestExtension, .reportCompletion, .delegate, .explain]
        for action in TaskAction.allCases {
            #expect(action.isAllowedOnLinkedTask(whereThisSideIs: .assignee) == assignee.contains(action))
            #expect(action.isAllowedOnLinkedTask(whereThisSideIs: .assigner) == !assignee.contains(action))
        }
    }

    @Test func aPeerMayOnlySendTheStepsItsSideOwns() {
        // Here is the assigner: the peer's reports are accepted, a decision from it is not.
        #expect(TaskAction.reportCompletion.isAcceptedFromPeer(whereThisSideIs: .assigner))
        #expect(!TaskAction.confirmCompletion.isAcceptedFromPeer(whereThisSideIs: .assigner))
        // Here is the assignee: the decisions are accepted, a report "from above" is not.
        #expect(TaskAction.approveExtension.isAcceptedFromPeer(whereThisSideIs: .assignee))
        #expect(!TaskAction.reportProgress.isAcceptedFromPeer(whereThisSideIs: .assignee))
        // Sub-tasks and reassignments never cross.
        #expect(!TaskAction.delegate.isAcceptedFromPeer(whereThisSideIs: .assigner))
        #expect(TaskAction.requestExplanation.isAcceptedFromPeer(whereThisSideIs: .assignee))
        #expect(TaskAction.explain.isAcceptedFromPeer(whereThisSideIs: .assigner))
        #expect(!TaskAction.explain.isAcceptedFromPeer(whereThisSideIs: .assignee))
        #expect(!TaskAction.reassign.isAcceptedFromPeer(whereThisSideIs: .assignee))
    }

    @Test func onlyContentProblemsAreFinal() {
        #expect(LevelRefusal.badSignature.isWorthRetrying)
        #expect(!LevelRefusal.notOwner.isWorthRetrying)
        #expect(LevelRefusal.allCases.allSatisfy { !$0.reason.isEmpty })
    }
}
