import DieuHanhCore
import Plot

extension Labels {
    static func bucket(_ bucket: TaskBucket, _ t: Localizer) -> String {
        switch bucket {
        case .completedOnTime: t(T.bucketCompletedOnTime)
        case .completedLate: t(T.bucketCompletedLate)
        case .pendingWithinDeadline: t(T.bucketPendingWithin)
        case .pendingOverdue: t(T.bucketPendingOverdue)
        case .pendingNoDeadline: t(T.bucketPendingNoDeadline)
        }
    }

    static func event(_ kind: String, _ t: Localizer) -> String {
        switch TaskEvent.Kind(rawValue: kind) {
        case .assigned: t(T.eventAssigned)
        case .progressReported: t(T.eventProgress)
        case .extensionRequested: t(T.eventExtensionRequested)
        case .extensionApproved: t(T.eventExtensionApproved)
        case .extensionRefused: t(T.eventExtensionRefused)
        case .completionReported: t(T.eventCompletionReported)
        case .completionConfirmed: t(T.eventCompletionConfirmed)
        case .completionReturned: t(T.eventCompletionReturned)
        case .reassigned: t(T.eventReassigned)
        case .cancelled: t(T.eventCancelled)
        case .delegated: t(T.eventDelegated)
        case .explanationRequested: t(T.eventExplanationRequested)
        case .explanationGiven: t(T.eventExplanationGiven)
        case nil: kind
        }
    }

    static func action(_ action: TaskAction, _ t: Localizer) -> String {
        switch action {
        case .reportProgress: t(T.actionProgress)
        case .requestExtension: t(T.actionRequestExtension)
        case .approveExtension: t(T.actionApproveExtension)
        case .refuseExtension: t(T.actionRefuseExtension)
        case .reportCompletion: t(T.actionReportCompletion)
        case .confirmCompletion: t(T.actionConfirmCompletion)
        case .returnCompletion: t(T.actionReturnCompletion)
        case .reassign: t(T.actionReassign)
        case .cancel: t(T.actionCancelTask)
        case .delegate: t(T.actionDelegate)
        case .requestExplanation: t(T.actionRequestExplanation)
        case .explain: t(T.actionExplain)
        }
    }

    /// The status as a tag: colour and a symbol, so it reads without colour too.
    static func statusTag(_ snapshot: TaskSnapshot, dueSoon: Bool, _ t: Localizer) -> BodyNode {
        let tag = statusTagParts(snapshot, dueSoon: dueSoon, t)
        return .span(.class(tag.css), .text(tag.text))
    }

    /// The status tag's class and words, for the pages that write their rows straight as HTML.
    static func statusTagParts(_ snapshot: TaskSnapshot, dueSoon: Bool, _ t: Localizer) -> (css: String, text: String) {
        let (css, symbol): (String, String)
        switch snapshot.bucket {
        case .completedOnTime: (css, symbol) = ("tag-open", "✓")
        case .completedLate: (css, symbol) = ("tag-warn", "✓")
        case .pendingWithinDeadline: (css, symbol) = (dueSoon ? "tag-warn" : "tag-neutral", dueSoon ? "◷" : "○")
        case .pendingOverdue: (css, symbol) = ("tag-bad", "!")
        case .pendingNoDeadline: (css, symbol) = ("tag-neutral", "○")
        }
        var text = symbol + " " + bucket(snapshot.bucket, t)
        if let late = snapshot.daysLate, late > 0 { text += " (" + t(T.daysLate, VNFormat.integer(late)) + ")" }
        if dueSoon { text += " · " + t(T.dueSoon) }
        return ("tag " + css, text)
    }
}
