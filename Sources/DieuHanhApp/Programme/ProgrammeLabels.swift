import DieuHanhCore
import Plot

/// Display names of the work programme's values. Vietnamese comes from Core (one wording for pages and reports);
/// English is the interface's second language.
enum ProgrammeLabels {
    static func status(_ status: ProgrammeItemStatus, _ t: Localizer) -> String {
        let en: String
        switch status {
        case .notYetDue: en = "Not yet due"
        case .dueThisMonth: en = "Due this month"
        case .overdue: en = "Overdue, not submitted"
        case .submitted: en = "Submitted"
        case .submittedLate: en = "Submitted late"
        case .issued: en = "Issued"
        case .postponed: en = "Postponed"
        case .withdrawn: en = "Withdrawn"
        }
        return t(L(vi: status.label, en: en))
    }

    static func kind(_ kind: ProgrammeItemKind, _ t: Localizer) -> String {
        let en: String
        switch kind {
        case .scheme: en = "Scheme"
        case .draftResolution: en = "Draft resolution"
        case .draftNormativeResolution: en = "Draft normative resolution"
        case .draftIndividualResolution: en = "Draft individual resolution"
        case .draftDecision: en = "Draft decision"
        case .regulation: en = "Regulation"
        case .plan: en = "Plan"
        case .programme: en = "Programme"
        case .report: en = "Report"
        case .submission: en = "Submission"
        case .other: en = "Other"
        }
        return t(L(vi: kind.label, en: en))
    }

    static func body(_ body: ProgrammeBody, _ t: Localizer) -> String {
        let en: String
        switch body {
        case .committee: en = "Provincial People's Committee"
        case .committeeStanding: en = "Committee's standing members"
        case .partyCommittee: en = "Provincial Party Committee"
        case .council: en = "Provincial People's Council"
        case .government: en = "Government"
        case .primeMinister: en = "Prime Minister"
        }
        return t(L(vi: body.label, en: en))
    }

    static func origin(_ origin: ProgrammeOrigin, _ t: Localizer) -> String {
        t(L(vi: origin.label, en: origin == .startOfYear ? "Start of year" : "Added during the year"))
    }

    static func event(_ kind: String, _ t: Localizer) -> String {
        switch ProgrammeEvent.Kind(rawValue: kind) {
        case .submitted: t(L(vi: "Đã trình", en: "Submitted"))
        case .issued: t(L(vi: "Đã ban hành", en: "Issued"))
        case .postponementRequested: t(L(vi: "Xin chuyển tháng", en: "Postponement requested"))
        case .postponementApproved: t(L(vi: "Đồng ý chuyển tháng", en: "Postponement approved"))
        case .postponementRefused: t(L(vi: "Không đồng ý chuyển tháng", en: "Postponement refused"))
        case .withdrawalRequested: t(L(vi: "Xin rút khỏi chương trình", en: "Withdrawal requested"))
        case .withdrawalApproved: t(L(vi: "Đồng ý rút khỏi chương trình", en: "Withdrawal approved"))
        case .withdrawalRefused: t(L(vi: "Không đồng ý rút", en: "Withdrawal refused"))
        case nil: kind
        }
    }

    static func action(_ action: ProgrammeAction, _ t: Localizer) -> String {
        switch action {
        case .submit: t(L(vi: "Báo cáo đã trình", en: "Report submission"))
        case .issue: t(L(vi: "Ghi nhận đã ban hành", en: "Record the issue"))
        case .requestPostponement: t(L(vi: "Xin chuyển sang tháng sau", en: "Request postponement"))
        case .approvePostponement: t(L(vi: "Đồng ý chuyển tháng", en: "Approve postponement"))
        case .refusePostponement: t(L(vi: "Không đồng ý chuyển", en: "Refuse postponement"))
        case .requestWithdrawal: t(L(vi: "Xin rút khỏi chương trình", en: "Request withdrawal"))
        case .approveWithdrawal: t(L(vi: "Đồng ý rút", en: "Approve withdrawal"))
        case .refuseWithdrawal: t(L(vi: "Không đồng ý rút", en: "Refuse withdrawal"))
        }
    }

    /// The status as a tag: colour and a symbol, so it reads without colour too.
    static func statusTag(_ status: ProgrammeItemStatus, snapshot: ProgrammeSnapshot? = nil, _ t: Localizer) -> BodyNode {
        let (css, symbol): (String, String)
        switch status {
        case .notYetDue: (css, symbol) = ("tag-neutral", "○")
        case .dueThisMonth: (css, symbol) = ("tag-warn", "◷")
        case .overdue: (css, symbol) = ("tag-bad", "!")
        case .submitted: (css, symbol) = ("tag-open", "✓")
        case .submittedLate: (css, symbol) = ("tag-warn", "✓")
        case .issued: (css, symbol) = ("tag-open", "✓✓")
        case .postponed: (css, symbol) = ("tag-closed", "→")
        case .withdrawn: (css, symbol) = ("tag-closed", "×")
        }
        var text = symbol + " " + self.status(status, t)
        if status == .postponed, let month = snapshot?.plannedMonth {
            text += " " + t(L(vi: "sang tháng {0}", en: "to {0}"), month.label)
        }
        var pending: [String] = []
        if status == .issued && snapshot?.submittedLate == true { pending.append(t(L(vi: "trình muộn", en: "submitted late"))) }
        if snapshot?.postponementPending == true { pending.append(t(L(vi: "đang xin chuyển", en: "postponement asked"))) }
        if snapshot?.withdrawalPending == true { pending.append(t(L(vi: "đang xin rút", en: "withdrawal asked"))) }
        return .group(
            .span(.class("tag \(css)"), .text(text)),
            .if(!pending.isEmpty, .group(.text(" "), .span(.class("tag tag-warn"), .text(pending.joined(separator: ", "))))))
    }

    /// "Chưa đến hạn"… for the status filters, the open ones first.
    static let filterOrder: [ProgrammeItemStatus] = [
        .overdue, .dueThisMonth, .notYetDue, .submittedLate, .submitted, .issued,
        .postponed, .withdrawn,
    ]

    /// Column headers (1)–(8) of the appendix, short, for the pages.
    static func columns(_ t: Localizer) -> [String] {
        [
            t(L(vi: "(1) Giao đầu năm", en: "(1) Start of year")), t(L(vi: "(2) Giao thêm", en: "(2) Added")),
            t(L(vi: "(3) Xin chuyển, xin rút", en: "(3) Postponed or withdrawn")),
            t(L(vi: "(4) Tổng số phải trình", en: "(4) Total due")),
            t(L(vi: "(5) Đã trình", en: "(5) Submitted")), t(L(vi: "(6) Đã ban hành", en: "(6) Issued")),
            t(L(vi: "(7) Chưa trình", en: "(7) Not submitted")), t(L(vi: "(8) Tỷ lệ đã trình", en: "(8) Submission rate")),
            t(L(vi: "Trình muộn", en: "Submitted late")),
        ]
    }

    /// The cells of one line of figures, in the order of `columns`.
    static func cells(_ c: ProgrammeCounts) -> [String] {
        [c.initial, c.added, c.movedOut, c.total, c.submitted, c.issued, c.notSubmitted].map(VNFormat.integer)
            + [c.rateText ?? "—", VNFormat.integer(c.submittedLate)]
    }
}
