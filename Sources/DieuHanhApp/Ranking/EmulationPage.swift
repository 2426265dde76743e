import DieuHanhCore
import Plot
import Vapor

/// `/ranking`: the year's units ranked by score, each count opening the tasks or reports behind it, the formula
/// and its weights beside the table, and for the office the form that sets the weights.
enum EmulationPage {
    struct Model {
        let result: EmulationRanking.Result
        let setBy: String?
        let setAt: Date?
        let canEdit: Bool
        /// The weights as typed when the form was refused, with its problems.
        var typed: [String: String] = [:]
        var errors: [FieldError] = []
    }

    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        Layout.response(ctx, title: ctx.t(T.rankingTitle), section: .reports, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let r = model.result
        let period = "year=\(r.year)&as_of=\(VNFormat.date(r.asOf))"
        return [
            .p(.class("breadcrumb"), .a(.href("/reports"), .text(t(T.reportsTitle)))),
            Components.pageHeader(t(T.rankingTitle), lead: t(T.rankingLead)),
            Components.errorSummary(model.errors, t),
            Components.form(
                .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/ranking"),
                Components.textField(.init(name: "year", label: t(T.rankingYear), value: String(r.year), inputMode: "numeric")),
                Components.textField(
                    .init(
                        name: "as_of", label: t(T.fieldAsOf), value: VNFormat.date(r.asOf), hint: t(T.dateHint),
                        inputMode: "numeric")),
                .div(.class("form-actions"), .button(.class("button"), .type(.submit), .text(t(T.rankingShow)))),
                .a(.class("button"), .href("/ranking/export.xlsx?\(period)"), .text(t(T.rankingExport)))),
            r.lines.isEmpty ? .p(.class("empty"), .text(t(T.rankingEmpty))) : table(ctx, r),
            .if(
                !r.unscored.isEmpty,
                .p(.class("muted"), .text(t(T.rankingUnscored, r.unscored.map(\.name).joined(separator: ", "))))),
            .section(
                .h2(.text(t(T.rankingFormula))),
                .ul(.forEach(EmulationScore.formula(r.weights)) { .li(.text($0)) }),
                .p(
                    .class("muted"),
                    .text(
                        model.setBy.map { t(T.rankingSetBy, $0, VNFormat.date(CivilDate.today(now: model.setAt ?? Date()))) }
                            ?? t(T.rankingDefaults)))),
            .if(model.canEdit, EmulationSettingsForm.view(ctx, model)),
        ]
    }

    private static func table(_ ctx: PageContext, _ r: EmulationRanking.Result) -> BodyNode {
        let t = ctx.t
        let columns = [
            T.rankingRank, T.fieldLeadUnit, T.rankingLeadDue, T.rankingLeadOnTime, T.rankingLeadLate, T.rankingLeadOverdue,
            T.rankingDaysLate, T.rankingExplanations, T.rankingCoordination, T.rankingReports, T.rankingCompleted,
            T.rankingOnTime, T.rankingScore,
            T.rankingCommended,
        ]
        return .div(
            .class("table-wrap"), .keyboardScrollable,
            .table(
                .class("data card-rows"),
                .thead(.tr(.forEach(columns) { .th(.text(t($0))) })),
                .tbody(.forEach(r.lines) { row(ctx, $0, r) })))
    }

    private static func row(_ ctx: PageContext, _ line: EmulationRanking.Line, _ r: EmulationRanking.Result)
        -> Node<HTML.TableContext>
    {
        let f = line.facts
        let s = line.score
        // Each count opens its tasks: the unit's tasks assigned in the year, as of the cut-off, in that status.
        func tasks(_ status: String, _ count: Int, also: String = "") -> BodyNode {
            let query =
                "lead_unit=\(line.unit.id!)&as_of=\(VNFormat.date(r.asOf))&assigned_from=\(VNFormat.date(r.assignedFrom))"
                + "&assigned_to=\(VNFormat.date(r.assignedTo))" + (status.isEmpty ? "" : "&status=\(status)") + also
            return count == 0 ? .text("0") : .a(.href("/tasks?" + query), .text(VNFormat.integer(count)))
        }
        func percent(_ value: Double?) -> String {
            value.map { VNFormat.decimal(Decimal($0), fractionDigits: 1) + "%" } ?? "—"
        }
        let t = ctx.t
        func cell(_ label: L, _ node: BodyNode) -> Node<HTML.TableRowContext> {
            .td(.attribute(named: "data-label", value: t(label)), node)
        }
        let reports: BodyNode =
            f.reportsDue == 0
            ? .text("—")
            : .a(
                .href("/reports/scorecard?year=\(r.year)&as_of=\(VNFormat.date(r.asOf))"),
                .text("\(VNFormat.integer(f.reportsOnTime))/\(VNFormat.integer(f.reportsDue))"))
        return .tr(
            .td(.text(String(line.rank))),
            .td(.text(line.unit.name)),
            cell(T.rankingLeadDue, tasks("", f.leadDue)),
            cell(T.rankingLeadOnTime, tasks(TaskBucket.completedOnTime.rawValue, f.leadOnTime)),
            cell(T.rankingLeadLate, tasks(TaskBucket.completedLate.rawValue, f.leadLate)),
            cell(T.rankingLeadOverdue, tasks(TaskBucket.pendingOverdue.rawValue, f.leadOverdue)),
            cell(T.rankingDaysLate, .text(VNFormat.integer(f.leadDaysLate))),
            cell(T.rankingExplanations, tasks("", f.explanationsAsked, also: "&explained=1")),
            cell(
                T.rankingCoordination, .text("\(VNFormat.integer(f.coordinationDue)) (\(VNFormat.integer(f.coordinationOnTime)))")
            ),
            cell(T.rankingReports, reports),
            cell(T.rankingCompleted, .text(percent(s.completedRate))),
            cell(T.rankingOnTime, .text(percent(s.onTimeRate))),
            cell(T.rankingScore, .strong(.text(s.score.map { VNFormat.decimal(Decimal($0), fractionDigits: 1) } ?? "—"))),
            cell(T.rankingCommended, .text(s.commended ? "✓ " + t(T.rankingYes) : "")))
    }
}
