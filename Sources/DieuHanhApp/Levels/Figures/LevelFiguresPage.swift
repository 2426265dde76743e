import DieuHanhCore
import Plot
import Vapor

/// `/levels/figures`: for every deployment below, the five buckets as of the chosen day (today unless one is typed),
/// with a total row and when each last sent figures. On a phone the table scrolls inside its own box.
enum LevelFiguresPage {
    struct Model {
        /// As typed, kept when it is not a date.
        var typed: String?
        var report: LevelFiguresQuery.Report?
        var errors: [FieldError] = []
    }

    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        var content: [BodyNode] = [
            Components.pageHeader(t(T.levelFiguresTitle), lead: t(T.levelFiguresLead)),
            Components.errorSummary(model.errors, t),
            filter(ctx, model),
        ]
        if let report = model.report {
            content.append(
                report.rows.isEmpty
                    ? .p(.class("empty"), .text(t(T.levelFiguresNone))) : .group(table(ctx, report)))
        }
        return Layout.response(ctx, title: t(T.levelFiguresTitle), section: .levels, status: status, content: content)
    }

    private static func filter(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/levels/figures"),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf),
                    value: model.typed ?? VNFormat.date(model.report?.asOf ?? ctx.today), hint: t(T.dateHint),
                    inputMode: "numeric", error: model.errors.message(for: "as_of"))),
            .button(.class("button"), .type(.submit), .text(t(T.levelFiguresShow))))
    }

    private static func table(_ ctx: PageContext, _ report: LevelFiguresQuery.Report) -> [BodyNode] {
        let t = ctx.t
        func cells(_ counts: TaskCounts, documents: Int) -> Node<HTML.TableRowContext> {
            .group(
                .td(.class("num"), .text(VNFormat.integer(counts.total))),
                .group(TaskBucket.allCases.map { .td(.class("num"), .text(VNFormat.integer(counts[$0]))) }),
                .td(.class("num"), .text(VNFormat.integer(documents))))
        }
        return [
            .h2(.text(t(T.levelFiguresHeadline, VNFormat.date(report.asOf)))),
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data"),
                    .thead(
                        .tr(
                            .th(.text(t(T.levelFiguresPeer))), .th(.class("num"), .text(t(T.colTotal))),
                            .group(TaskBucket.allCases.map { .th(.class("num"), .text(Labels.bucket($0, t))) }),
                            .th(.class("num"), .text(t(T.levelFiguresDocuments))), .th(.text(t(T.levelFiguresLastReceived))))),
                    .tbody(
                        .forEach(report.rows) { row in
                            .tr(
                                .td(.text(row.name)), cells(row.counts, documents: row.documents),
                                .td(.text(row.lastReceivedAt.map(VNFormat.dateTime) ?? t(T.levelFiguresNotYet))))
                        }),
                    .tfoot(
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(t(T.levelFiguresSum))),
                            cells(report.total, documents: report.documents), .td()))
                )),
        ]
    }
}
