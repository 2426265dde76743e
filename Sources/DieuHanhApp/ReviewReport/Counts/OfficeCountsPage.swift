import DieuHanhCore
import Plot
import Vapor

/// `/reports/review/counts`: the office enters, for one report period, the documents issued by type, the documents
/// received and the meetings by kind that live only in the e-office system; each box shows what is recorded here.
enum OfficeCountsPage {
    struct Model {
        var query: ReportsController.Query
        /// The period chosen, once it reads.
        var request: ReviewReportRequest?
        /// What is typed in each box (field name → text): the stored counts, or the submission as it came.
        var values: [String: String] = [:]
        /// Recorded here, per field name, as of today.
        var recorded: [String: Int] = [:]
        var errors: [FieldError] = []
    }

    /// The box of one code: `van_ban_di_QD`, `van_ban_den_tong`, `cuoc_hop_giao_ban` (ASCII, for ids and links).
    static func field(_ category: OfficeCountCategory, _ code: String) -> String {
        category.rawValue + "_" + (code.isEmpty ? "tong" : code.replacingOccurrences(of: "Đ", with: "D"))
    }

    static func label(_ category: OfficeCountCategory, _ code: String, _ t: Localizer) -> String {
        switch category {
        case .received: return t(T.countsReceivedLabel)
        case .issued where code == OfficeCounts.other: return t(T.countsOther)
        case .issued: return VietnameseText.sentenceStart(ReviewProse.documentNouns[code] ?? code)
        case .meetings:
            return MeetingKind(rawValue: code).flatMap { ReviewProse.meetingNouns[$0] }.map(VietnameseText.sentenceStart) ?? code
        }
    }

    /// "from=…&to=…&as_of=…" of the chosen period, for links back to the report.
    static func periodQuery(_ request: ReviewReportRequest) -> String {
        "from=\(request.period.from.iso)&to=\(request.period.to.iso)&as_of=\(request.asOf.iso)"
    }

    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        var content: [BodyNode] = [
            .p(
                .class("breadcrumb"),
                .a(
                    .href("/reports/review" + (model.request.map { "?" + periodQuery($0) } ?? "")),
                    .text(t(T.reviewTitle))))
        ]
        if let request = model.request {
            content += [
                Components.pageHeader(
                    t(T.countsTitle),
                    lead: t(T.countsLead, VNFormat.date(request.period.from), VNFormat.date(request.period.to)),
                    actions: [
                        Components.linkButton(t(T.countsImport), href: "/reports/review/counts/import?" + periodQuery(request))
                    ]),
                grid(ctx, model, request),
            ]
        } else {
            content += [
                Components.pageHeader(t(T.countsTitle), lead: t(T.countsChoosePeriod)),
                Components.errorSummary(model.errors, t),
                periodForm(ctx, model),
            ]
        }
        return Layout.response(ctx, title: t(T.countsTitle), section: .reports, status: status, content: content)
    }

    private static func grid(_ ctx: PageContext, _ model: Model, _ request: ReviewReportRequest) -> BodyNode {
        let t = ctx.t
        func box(_ category: OfficeCountCategory, _ code: String) -> BodyNode {
            let name = field(category, code)
            var hint = (model.recorded[name] ?? 0) > 0 ? t(T.countsRecorded, VNFormat.integer(model.recorded[name]!)) : nil
            // Types without a box of their own are counted under "other documents": say so, and what is recorded.
            if code == OfficeCounts.other { hint = [t(T.countsOtherHint), hint].compactMap { $0 }.joined(separator: " · ") }
            return Components.textField(
                .init(
                    name: name, label: label(category, code, t), value: model.values[name] ?? "", hint: hint,
                    inputMode: "numeric", error: model.errors.message(for: name)))
        }
        func group(_ category: OfficeCountCategory, _ legend: String) -> BodyNode {
            Components.fieldset(
                .element(named: "legend", text: legend),
                .div(.class("grid-3"), .forEach(category.codes) { box(category, $0) }))
        }
        return Components.form(
            .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/reports/review/counts"),
            .attribute(named: "novalidate", value: "novalidate"),
            Components.errorSummary(model.errors, t),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("from"), .value(request.period.from.iso)),
            .input(.type(.hidden), .name("to"), .value(request.period.to.iso)),
            .input(.type(.hidden), .name("as_of"), .value(request.asOf.iso)),
            group(.issued, t(T.countsIssued)),
            group(.received, t(T.countsReceived)),
            group(.meetings, t(T.countsMeetings)),
            .div(
                .class("form-actions"),
                .button(.class("button primary"), .type(.submit), .text(t(T.countsSave))),
                .a(.class("button"), .href("/reports/review?" + periodQuery(request)), .text(t(T.countsBackToReport))))
        )
    }

    private static func periodForm(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"),
            .attribute(named: "action", value: "/reports/review/counts"),
            Components.textField(
                .init(
                    name: "from", label: t(T.filterFrom), value: model.query.from ?? "", hint: t(T.dateHint),
                    inputMode: "numeric", error: model.errors.message(for: "from") ?? model.errors.message(for: "period"))),
            Components.textField(
                .init(
                    name: "to", label: t(T.filterTo), value: model.query.to ?? "", inputMode: "numeric",
                    error: model.errors.message(for: "to"))),
            .button(.class("button primary"), .type(.submit), .text(t(T.reviewShow)))
        )
    }
}
