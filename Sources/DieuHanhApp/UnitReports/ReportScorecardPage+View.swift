import DieuHanhCore
import Plot
import Vapor

/// `/reports/scorecard`: per unit over a year, completeness and timeliness, ranked.
enum ReportScorecardPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.scorecardTitle), section: .reports,
            status: model.errors.isEmpty ? .ok : .unprocessableEntity,
            content: [
                .p(.class("breadcrumb"), .a(.href("/reports/requests"), .text(t(T.reportRequestsTitle)))),
                Components.pageHeader(t(T.scorecardTitle), lead: t(T.scorecardLead)),
                Components.errorSummary(model.errors, t),
                Components.form(
                    .class("filters"), .attribute(named: "method", value: "get"),
                    .attribute(named: "action", value: "/reports/scorecard"),
                    Components.textField(
                        .init(
                            name: "year", label: t(T.reportFieldYear), value: model.year, type: "number",
                            error: model.errors.message(for: "year"))),
                    Components.textField(
                        .init(
                            name: "as_of", label: t(T.fieldAsOf), value: model.asOf, hint: t(T.scorecardAsOfHint),
                            error: model.errors.message(for: "as_of"))),
                    .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
                ),
                .unwrap(model.result) { content(ctx, $0) },
            ])
    }

    private static func content(_ ctx: PageContext, _ r: ReportScorecard.Result) -> BodyNode {
        let t = ctx.t
        if r.lines.isEmpty {
            return Components.emptyState(
                title: t(T.scorecardEmptyTitle), text: t(T.scorecardEmptyText, String(r.year), VNFormat.date(r.asOf)),
                action: Components.linkButton(t(T.reportRequestsTitle), href: "/reports/requests"))
        }
        return .group(
            .p(
                .text(
                    t(
                        T.scorecardHeadline, VNFormat.integer(r.requests), VNFormat.integer(r.total.expected), String(r.year),
                        VNFormat.date(r.asOf)))),
            ReportSummary.rates(r.total, t),
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data"),
                    .thead(
                        .tr(
                            .th(.class("num"), .text(t(T.colRank))), .th(.text(t(T.fieldUnit))),
                            .th(.class("num"), .text(t(T.reportExpected))),
                            .th(.class("num"), .text(t(T.reportStatusOnTime))), .th(.class("num"), .text(t(T.reportStatusLate))),
                            .th(.class("num"), .text(t(T.reportStatusMissing))),
                            .th(.class("num"), .text(t(T.reportCompleteness))),
                            .th(.class("num"), .text(t(T.reportTimeliness))))),
                    .tbody(
                        .forEach(r.lines) { line in
                            .tr(
                                .class(line.counts.missing > 0 ? "row-overdue" : ""),
                                .td(.class("num"), .text(String(line.rank))),
                                .td(
                                    .a(
                                        .href(
                                            "/reports/requests?unit=\(r.units[line.id]?.code.urlQueryEscaped ?? "")&year=\(r.year)"
                                        ), .text(line.name))),
                                .td(.class("num"), .text(VNFormat.integer(line.counts.expected))),
                                .td(.class("num"), .text(VNFormat.integer(line.counts.submittedOnTime))),
                                .td(.class("num"), .text(VNFormat.integer(line.counts.submittedLate))),
                                .td(
                                    .class("num"),
                                    line.counts.missing > 0
                                        ? .span(.class("tag tag-bad"), .text("! " + VNFormat.integer(line.counts.missing)))
                                        : .text("0")),
                                .td(.class("num"), .text(line.counts.completeness.text ?? "—")),
                                .td(.class("num"), .strong(.text(line.counts.timeliness.text ?? "—"))))
                        })
                ))
        )
    }
}
