import DieuHanhCore
import Testing

/// Đã triển khai (DOMAIN §3): a task is put in hand by a step after its assignment, or by its delegation.
struct PutInHandTests {
    @Test func everyStepAfterTheAssignmentPutsATaskInHand() {
        let inHand = Set(TaskEvent.Kind.allCases.filter(\.putsInHand))
        #expect(
            inHand == [
                .progressReported, .extensionRequested, .extensionApproved, .extensionRefused, .completionReported,
                .completionConfirmed, .completionReturned, .delegated, .explanationGiven,
            ])
        // Being assigned, handed to another lead unit, cancelled or asked to explain is not work on the task.
        for kind in [TaskEvent.Kind.assigned, .reassigned, .cancelled, .explanationRequested] {
            #expect(!kind.putsInHand, "\(kind)")
        }
    }
}
