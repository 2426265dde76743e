import DieuHanhCore
import Plot

extension Labels {
    /// The marker of a focal task and its priority, in words (not a colour alone), or nothing for an unmarked task.
    static func focusTag(_ focus: TaskFocus, _ t: Localizer) -> BodyNode {
        guard let text = focusText(focus, t) else { return .empty }
        return .span(.class(focusClass), .text(text))
    }

    static let focusClass = "tag tag-focal"

    /// The focus marker's words, or nil for an unmarked task.
    static func focusText(_ focus: TaskFocus, _ t: Localizer) -> String? {
        var parts: [String] = []
        if focus.focal { parts.append(t(T.focusMarker)) }
        if let priority = focus.priority { parts.append(t(T.focusPriority) + ": " + priority.label.lowercased()) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The marker after a task's content in a list: a space, then `focusTag` (one node, which keeps the long row
    /// expressions quick to type-check).
    static func focusSuffix(_ focus: TaskFocus, _ t: Localizer) -> BodyNode {
        focus == .none ? .empty : .group([.text(" "), focusTag(focus, t)])
    }

    /// A task cancelled as of the date shown: when, in words, and the reason given under it.
    static func cancelledTag(_ cancellation: TaskQuery.Cancellation, _ t: Localizer) -> BodyNode {
        .group(
            .span(.class(cancelledClass), .text(cancelledText(cancellation, t))),
            .if(!cancellation.reason.isEmpty, .p(.class("muted"), .text(cancellation.reason))))
    }

    static let cancelledClass = "tag tag-closed"

    static func cancelledText(_ cancellation: TaskQuery.Cancellation, _ t: Localizer) -> String {
        "✕ " + t(T.cancelledOnText, VNFormat.date(cancellation.on))
    }
}
