import DieuHanhCore
import Plot
import Vapor

/// `/programme`: a year's programme (or a quarter, half or month of it) by month with quarter subtotals, as of a
/// cut-off; items late to submit stand out.
enum ProgrammePage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: title(ctx, model), section: .programme, content: view(ctx, model))
    }

    static func title(_ ctx: PageContext, _ model: Model) -> String {
        ctx.t(T.programmeYearTitle, String(model.year))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        var actions: [BodyNode] = []
        if model.canManage {
            actions.append(
                Components.linkButton(t(T.programmeNew), href: "/programme/items/new?year=\(model.year)", primary: true))
            actions.append(Components.linkButton(t(T.programmeImport), href: "/programme/import"))
        }
        actions.append(Components.linkButton(t(T.programmeDueTitle), href: "/programme/due"))
        actions.append(Components.linkButton(t(T.programmeStatsTitle), href: "/programme/stats?period=\(model.year)"))
        let lead = model.programme?.decisionText.map { t(T.programmeIssuedBy, $0) } ?? t(T.programmeNoDecision)
        return [
            Components.pageHeader(title(ctx, model), lead: lead, actions: actions),
            Components.errorSummary(model.errors, t),
            filters(ctx, model),
            content(ctx, model),
            .if(model.canManage, decisionForm(ctx, model)),
        ]
    }

    /// The query string of the page with some parameters replaced.
    static func query(_ f: ProgrammeQuery.Filter, year: Int, overriding: [String: String] = [:]) -> String {
        var items: [(String, String)] = [
            ("year", String(year)), ("period", f.period ?? ""), ("as_of", f.as_of ?? ""),
            ("lead_unit", f.lead_unit ?? ""), ("body", f.body ?? ""), ("kind", f.kind ?? ""),
            ("status", f.status ?? ""), ("q", f.q ?? ""),
        ]
        items = items.map { ($0.0, overriding[$0.0] ?? $0.1) }
        return items.filter { !$0.1.isEmpty }.map { "\($0.0)=\($0.1.urlQueryEscaped)" }.joined(separator: "&")
    }

    private static func filters(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let f = model.filter
        let periods =
            [(value: "", label: t(T.programmeWholeYear))]
            + (1...4).map { (value: "Q\($0)", label: t(T.programmeQuarter, roman($0))) }
            + [(value: "H1", label: t(T.programmeHalf1)), (value: "H2", label: t(T.programmeHalf2))]
            + (1...12).map { (value: String(format: "M%02d", $0), label: t(T.programmeMonth, String($0))) }
        let all = [(value: "", label: t(T.filterAll))]
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/programme"),
            .attribute(named: "role", value: "search"),
            Components.selectField(
                .init(name: "year", label: t(T.programmeFieldYear), value: String(model.year)),
                options: model.years.map { (value: String($0), label: String($0)) }),
            Components.selectField(
                .init(
                    name: "period", label: t(T.fieldPeriod), value: f.period ?? "",
                    error: model.errors.message(for: "period")), options: periods),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: f.as_of ?? VNFormat.date(model.asOf),
                    hint: t(T.dateHint), inputMode: "numeric", error: model.errors.message(for: "as_of"))),
            Components.selectField(
                .init(
                    name: "lead_unit", label: t(T.fieldLeadUnit), value: f.lead_unit ?? "",
                    error: model.errors.message(for: "lead_unit")),
                options: all + model.units.map { (value: $0.code, label: $0.name) }),
            Components.selectField(
                .init(name: "body", label: t(T.programmeFieldBody), value: f.body ?? ""),
                options: all + ProgrammeBody.allCases.map { (value: $0.rawValue, label: ProgrammeLabels.body($0, t)) }),
            Components.selectField(
                .init(name: "kind", label: t(T.fieldKind), value: f.kind ?? ""),
                options: all + ProgrammeItemKind.allCases.map { (value: $0.rawValue, label: ProgrammeLabels.kind($0, t)) }),
            Components.selectField(
                .init(
                    name: "status", label: t(T.fieldStatus), value: f.status ?? "",
                    error: model.errors.message(for: "status")),
                options: all + ProgrammeLabels.filterOrder.map { (value: $0.rawValue, label: ProgrammeLabels.status($0, t)) }),
            Components.textField(
                .init(name: "q", label: t(T.searchLabel), value: f.q ?? "", type: "search", hint: t(T.searchHint))),
            .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
        )
    }

    static func roman(_ n: Int) -> String { ["I", "II", "III", "IV"][max(0, min(3, n - 1))] }

    private static func content(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        guard model.errors.isEmpty else { return .empty }
        if !model.anyItems {
            return Components.emptyState(
                title: t(T.programmeEmptyTitle, String(model.year)),
                text: t(model.canManage ? T.programmeEmptyManage : T.programmeEmptyRead),
                action: model.canManage
                    ? Components.linkButton(
                        t(T.programmeNew), href: "/programme/items/new?year=\(model.year)",
                        primary: true) : nil)
        }
        return .group(
            .h2(.text(t(T.programmeSummaryHeading, model.range.label, VNFormat.date(model.asOf)))),
            summaryTable(ctx, model),
            .p(.class("muted"), .text(t(T.programmeSummaryNote))),
            .group(model.blocks.map { block(ctx, model, $0) })
        )
    }

    static func summaryTable(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        return .div(
            .class("table-wrap"), .keyboardScrollable,
            .table(
                .class("data programme-summary"),
                .thead(
                    .tr(
                        .th(.text(t(T.programmeColPeriod))),
                        .group(ProgrammeLabels.columns(t).map { .th(.class("num"), .text($0)) }))),
                .tbody(
                    .forEach(model.summary) { line in
                        let cells = ProgrammeLabels.cells(line.counts)
                        let link = "/programme?" + query(model.filter, year: model.year, overriding: ["period": code(line.range)])
                        return .tr(
                            .td(line.level == .month ? .a(.href(link), .text(line.label)) : .strong(.text(line.label))),
                            .group(
                                cells.map { cell in
                                    line.level == .month
                                        ? .td(.class("num"), .text(cell)) : .td(.class("num"), .strong(.text(cell)))
                                })
                        )
                    })
            ))
    }

    /// The period code of a range inside one year, for links ("M03", "Q1", "H1", "").
    static func code(_ range: MonthRange) -> String {
        let (a, b) = (range.first.month, range.last.month)
        if a == b { return String(format: "M%02d", a) }
        if b - a == 2 && a % 3 == 1 { return "Q\((a + 2) / 3)" }
        if a == 1 && b == 6 { return "H1" }
        if a == 7 && b == 12 { return "H2" }
        return ""
    }

    private static func block(_ ctx: PageContext, _ model: Model, _ block: ProgrammeBoard.MonthBlock) -> BodyNode {
        let t = ctx.t
        let c = block.counts
        let heading = t(T.programmeMonthHeading, String(block.month.month), String(block.month.year))
        return .section(
            .class("programme-month"),
            .h2(.id("thang-\(block.month.iso)"), .text(heading)),
            .p(
                .class("muted"),
                .text(
                    t(
                        T.programmeMonthLine, VNFormat.integer(c.total), VNFormat.integer(c.submitted),
                        c.rateText ?? "—", VNFormat.integer(c.notSubmitted)))),
            block.lines.isEmpty
                ? .p(
                    .class("muted"),
                    .text(t(model.filter.status?.isEmpty == false ? T.programmeMonthNoMatch : T.programmeMonthEmpty)))
                : .div(
                    .class("table-wrap"), .keyboardScrollable,
                    .table(
                        .class("data programme-items"),
                        .thead(
                            .tr(
                                .th(.class("num"), .text(t(T.programmeColNo))), .th(.text(t(T.programmeFieldTitle))),
                                .th(.text(t(T.fieldLeadUnit))), .th(.text(t(T.programmeFieldBody))),
                                .th(.text(t(T.programmeFieldOrigin))), .th(.text(t(T.fieldStatus))))),
                        .tbody(.forEach(Array(block.lines.enumerated())) { i, line in itemRow(ctx, model, i + 1, line) })
                    )),
            .unwrap(block.quarter) { q in
                .p(
                    .class("quarter-subtotal"), .strong(.text(q.label + ": ")),
                    .text(
                        t(
                            T.programmeMonthLine, VNFormat.integer(q.counts.total), VNFormat.integer(q.counts.submitted),
                            q.counts.rateText ?? "—", VNFormat.integer(q.counts.notSubmitted))))
            }
        )
    }

    private static func itemRow(_ ctx: PageContext, _ model: Model, _ number: Int, _ line: ProgrammeBoard.Line) -> Node<
        HTML.TableContext
    > {
        let t = ctx.t
        let item = line.row.item
        let s = line.row.snapshot
        var origin = ProgrammeLabels.origin(item.itemOrigin, t)
        if let added = item.addedDate { origin += " " + VNFormat.date(added) }
        let rowClass: String
        switch line.status {
        case .overdue: rowClass = "row-overdue"
        case .dueThisMonth, .submittedLate: rowClass = "row-due-soon"
        case .postponed, .withdrawn: rowClass = "closed"
        default: rowClass = ""
        }
        var subtitle = ProgrammeLabels.kind(item.itemKind, t)
        if let from = line.movedFrom { subtitle += " · " + t(T.programmeMovedFrom, from.label) }
        let status: BodyNode = .group(
            ProgrammeLabels.statusTag(line.status, snapshot: s, t),
            .unwrap(s.submittedOn) { .p(.class("muted"), .text(t(T.programmeFieldSubmittedOn) + " " + VNFormat.date($0))) })
        return .tr(
            .class(rowClass),
            .td(.class("num"), .text(String(number))),
            .td(.a(.href("/programme/items/\(item.id!)"), .text(item.title)), .br(), .span(.class("muted"), .text(subtitle))),
            .td(.text(model.unitNames[item.leadUnitID] ?? "")),
            .td(.text(ProgrammeLabels.body(item.itemBody, t))),
            .td(.text(origin)),
            .td(status)
        )
    }

    private static func decisionForm(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        return .section(
            .h2(.text(t(T.programmeDecisionHeading, String(model.year)))),
            Components.form(
                .class("filters"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: "/programme/years/\(model.year)"),
                Components.csrfField(ctx),
                .unwrap(model.programme) { .input(.type(.hidden), .name("version"), .value(String($0.version))) },
                Components.errorSummary(model.decisionErrors, t),
                Components.textField(
                    .init(
                        name: "notation", label: t(T.programmeDecisionNotation), value: model.programme?.notation ?? "",
                        hint: t(T.programmeDecisionHint), error: model.decisionErrors.message(for: "notation"))),
                Components.textField(
                    .init(
                        name: "issued_on", label: t(T.fieldIssuedOn),
                        value: model.programme?.issuedDate.map(VNFormat.date) ?? "", hint: t(T.dateHint), inputMode: "numeric",
                        error: model.decisionErrors.message(for: "issued_on"))),
                .button(.class("button"), .type(.submit), .text(t(T.actionSave)))
            )
        )
    }
}
