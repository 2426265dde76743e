import DieuHanhCore
import Plot

extension Labels {
    static func reportStatus(_ status: ReportSubmissionStatus, _ t: Localizer) -> String {
        switch status {
        case .submittedOnTime: t(T.reportStatusOnTime)
        case .submittedLate: t(T.reportStatusLate)
        case .missing: t(T.reportStatusMissing)
        case .notYetDue: t(T.reportStatusNotYetDue)
        }
    }

    /// The status as a tag: colour, a symbol and words, so it reads without colour too.
    static func reportStatusTag(_ snapshot: ReportSubmissionSnapshot?, dueSoon: Bool, _ t: Localizer) -> BodyNode {
        guard let snapshot else { return .span(.class("tag tag-closed"), .text("— " + t(T.reportNotIssuedYet))) }
        let (css, symbol): (String, String)
        switch snapshot.status {
        case .submittedOnTime: (css, symbol) = ("tag-open", "✓")
        case .submittedLate: (css, symbol) = ("tag-warn", "✓")
        case .missing: (css, symbol) = ("tag-bad", "!")
        case .notYetDue: (css, symbol) = (dueSoon ? "tag-warn" : "tag-neutral", dueSoon ? "◷" : "○")
        }
        var text = symbol + " " + reportStatus(snapshot.status, t)
        if let late = snapshot.daysLate, late > 0 { text += " (" + t(T.daysLate, VNFormat.integer(late)) + ")" }
        if dueSoon { text += " · " + t(T.dueSoon) }
        if snapshot.returned && !snapshot.status.isSubmitted { text += " · " + t(T.reportWasReturned) }
        return .span(.class("tag \(css)"), .text(text))
    }

    static func reportKind(_ kind: ReportRequest.Kind, _ t: Localizer) -> String {
        switch kind {
        case .periodic: t(T.reportKindPeriodic)
        case .thematic: t(T.reportKindThematic)
        case .adHoc: t(T.reportKindAdHoc)
        }
    }

    static func reportKind(_ raw: String, _ t: Localizer) -> String {
        ReportRequest.Kind(rawValue: raw).map { reportKind($0, t) } ?? raw
    }

    static func reportStep(_ kind: String, _ t: Localizer) -> String {
        switch ReportSubmissionEvent.Kind(rawValue: kind) {
        case .submitted: t(T.reportStepSubmitted)
        case .replaced: t(T.reportStepReplaced)
        case .returned: t(T.reportStepReturned)
        case nil: kind
        }
    }

    static func reminderKind(_ kind: ReportReminderKind, _ t: Localizer) -> String {
        switch kind {
        case .beforeDeadline: t(T.reminderBefore)
        case .afterDeadline: t(T.reminderAfter)
        case .manual: t(T.reminderManual)
        }
    }

    static func mailStatusTag(_ reminder: ReportReminder, _ t: Localizer) -> BodyNode {
        switch reminder.status {
        case .notConfigured: .span(.class("tag tag-neutral"), .text("○ " + t(T.mailNotConfigured)))
        case .noAddress: .span(.class("tag tag-warn"), .text("! " + t(T.mailNoAddress)))
        case .pending: .span(.class("tag tag-neutral"), .text("◷ " + t(T.mailPending)))
        case .sent: .span(.class("tag tag-open"), .text("✓ " + t(T.mailSent, reminder.mailTo)))
        case .failed: .span(.class("tag tag-bad"), .text("! " + t(T.mailFailed) + (reminder.mailError.map { ": " + $0 } ?? "")))
        }
    }

    static func frequency(_ frequency: ReportingFrequency, _ t: Localizer) -> String {
        switch frequency {
        case .month: t(T.frequencyMonth)
        case .quarter: t(T.frequencyQuarter)
        case .halfYear: t(T.frequencyHalfYear)
        case .nineMonths: t(T.frequencyNineMonths)
        case .year: t(T.frequencyYear)
        }
    }
}

/// The chips above a grid: one per status with its count, each a filter link; the two rates beside them.
enum ReportSummary {
    static func chips(_ counts: ReportingCounts, link: (ReportSubmissionStatus?) -> String, current: String?, _ t: Localizer)
        -> BodyNode
    {
        let items: [(ReportSubmissionStatus?, String, Int)] =
            [(nil, t(T.reportExpected), counts.expected)]
            + [ReportSubmissionStatus.missing, .notYetDue, .submittedLate, .submittedOnTime].map {
                ($0, Labels.reportStatus($0, t), counts[$0])
            }
        return .ul(
            .class("bucket-summary"),
            .forEach(items) { status, label, count in
                .li(
                    .a(
                        .href(link(status)),
                        .if((status?.rawValue ?? "") == (current ?? ""), .attribute(named: "aria-current", value: "true")),
                        .strong(.text(VNFormat.integer(count))), .text(" " + label)))
            })
    }

    static func rates(_ counts: ReportingCounts, _ t: Localizer) -> BodyNode {
        .dl(
            .class("facts"),
            .dt(.text(t(T.reportCompletenessFormula))), .dd(.strong(.text(value(counts.completeness)))),
            .dt(.text(t(T.reportTimelinessFormula))), .dd(.strong(.text(value(counts.timeliness)))))
    }

    /// "73,3% (22/30)".
    static func value(_ rate: ReportingRate) -> String {
        (rate.text ?? "—") + " (" + VNFormat.integer(rate.numerator) + "/" + VNFormat.integer(rate.denominator) + ")"
    }
}
