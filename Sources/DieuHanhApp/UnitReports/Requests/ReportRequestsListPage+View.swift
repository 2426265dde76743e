import DieuHanhCore
import Plot
import Vapor

/// `/reports/requests`: every request with its progress; a unit officer sees those addressed to their units,
/// with their own status.
enum ReportRequestsListPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        let t = ctx.t
        let title = model.isUnitOfficer ? t(T.reportsMineTitle) : t(T.reportRequestsTitle)
        return Layout.response(
            ctx, title: title, section: .reports, status: model.errors.isEmpty ? .ok : .unprocessableEntity,
            content: view(ctx, model, title: title))
    }

    static func view(_ ctx: PageContext, _ model: Model, title: String) -> [BodyNode] {
        let t = ctx.t
        var actions: [BodyNode] = []
        if model.canManage { actions.append(Components.linkButton(t(T.reportNew), href: "/reports/requests/new", primary: true)) }
        if !model.isUnitOfficer { actions.append(Components.linkButton(t(T.regimesTitle), href: "/reports/regimes")) }
        actions.append(Components.linkButton(t(T.scorecardTitle), href: "/reports/scorecard"))
        actions.append(Components.linkButton(t(T.remindersTitle), href: "/reports/reminders"))
        return [
            .if(!model.isUnitOfficer, .p(.class("breadcrumb"), .a(.href("/reports"), .text(t(T.reportsTitle))))),
            Components.pageHeader(
                title, lead: model.isUnitOfficer ? t(T.reportsMineLead) : t(T.reportRequestsLead), actions: actions),
            Components.errorSummary(model.errors, t),
            filters(ctx, model),
            content(ctx, model),
        ]
    }

    static func query(_ f: ReportRequestQuery.Filter) -> [(String, String)] {
        [
            ("q", f.q ?? ""), ("kind", f.kind ?? ""), ("year", f.year ?? ""), ("state", f.state ?? ""), ("unit", f.unit ?? ""),
            ("regime", f.regime ?? ""),
        ]
    }

    private static func filters(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let f = model.filter
        let kinds =
            [(value: "", label: t(T.filterAll))]
            + ReportRequest.Kind.allCases.map { (value: $0.rawValue, label: Labels.reportKind($0, t)) }
        let states = [
            (value: "", label: t(T.filterAll)), (value: "open", label: t(T.reportStateOpen)),
            (value: "missing", label: t(T.reportStateMissing)), (value: "complete", label: t(T.reportStateComplete)),
        ]
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/reports/requests"),
            .attribute(named: "role", value: "search"),
            Components.textField(
                .init(name: "q", label: t(T.searchLabel), value: f.q ?? "", type: "search", hint: t(T.searchHint))),
            Components.selectField(
                .init(name: "kind", label: t(T.reportFieldKind), value: f.kind ?? "", error: model.errors.message(for: "kind")),
                options: kinds),
            Components.textField(
                .init(
                    name: "year", label: t(T.reportFieldYear), value: f.year ?? "", type: "number",
                    hint: t(T.reportYearHint), error: model.errors.message(for: "year"))),
            Components.selectField(
                .init(name: "state", label: t(T.fieldStatus), value: f.state ?? "", error: model.errors.message(for: "state")),
                options: states),
            .if(!(f.unit ?? "").isEmpty, .input(.type(.hidden), .name("unit"), .value(f.unit ?? ""))),
            .if(!(f.regime ?? "").isEmpty, .input(.type(.hidden), .name("regime"), .value(f.regime ?? ""))),
            .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
        )
    }

    private static func content(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        guard let result = model.result else { return .empty }
        if !result.anyVisible {
            if model.isUnitOfficer {
                return Components.emptyState(
                    title: t(T.reportsMineEmptyTitle), text: t(T.reportsMineEmptyText),
                    action: Components.linkButton(t(T.navInbox), href: "/inbox"))
            }
            return Components.emptyState(
                title: t(T.reportRequestsEmptyTitle), text: t(T.reportRequestsEmptyText),
                action: model.canManage
                    ? Components.linkButton(t(T.reportNew), href: "/reports/requests/new", primary: true) : nil)
        }
        if result.page.items.isEmpty {
            return Components.emptyState(
                title: t(T.searchNoResults), text: t(T.reportRequestsNoMatch),
                action: Components.linkButton(t(T.reportClearFilters), href: "/reports/requests"))
        }
        return .group(
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data"),
                    .caption(
                        .text(
                            t(T.reportRequestsCount, VNFormat.integer(result.page.total)) + " · "
                                + t(T.reportAsOfToday, VNFormat.date(result.today)))),
                    .thead(
                        .tr(
                            .th(
                                .text(
                                    t(T.reportFieldTitle) + " — "
                                        + (model.isUnitOfficer ? t(T.reportYourStatus) : t(T.reportProgress)))),
                            .th(.text(t(T.reportFieldDeadline))),
                            .th(.class("num"), .text(t(T.reportCompleteness))), .th(.class("num"), .text(t(T.reportTimeliness))))),
                    .tbody(
                        .forEach(result.page.items) { row in
                            .tr(
                                .class(
                                    row.counts.missing > 0
                                        ? "row-overdue" : row.statuses.contains(where: \.dueSoon) ? "row-due-soon" : ""),
                                .td(
                                    .a(.href("/reports/requests/\(row.request.id!)"), .text(row.request.title)),
                                    .div(
                                        .class("muted"),
                                        .text(
                                            [
                                                row.request.notation, Labels.reportKind(row.request.kind, t),
                                                row.request.periodLabel.nonEmpty,
                                            ].compactMap { $0 }.joined(separator: " · "))),
                                    model.isUnitOfficer ? own(ctx, row, model) : progress(ctx, row)),
                                .td(.text(VNFormat.date(row.request.deadlineDate))),
                                .td(.class("num"), .text(row.counts.completeness.text ?? "—")),
                                .td(.class("num"), .text(row.counts.timeliness.text ?? "—"))
                            )
                        })
                )),
            Components.pager(
                t, page: result.page.page, per: result.page.per, total: result.page.total, path: "/reports/requests",
                query: query(model.filter))
        )
    }

    /// "22/30 đã gửi" and the counts that need attention, each with its word.
    private static func progress(_ ctx: PageContext, _ row: ReportRequestQuery.Row) -> BodyNode {
        let t = ctx.t
        let c = row.counts
        return .div(
            .strong(.text(t(T.reportSubmittedOf, VNFormat.integer(c.submitted), VNFormat.integer(c.expected)))),
            .text(" "),
            .if(
                c.missing > 0,
                .span(.class("tag tag-bad"), .text("! " + VNFormat.integer(c.missing) + " " + t(T.reportStatusMissing)))),
            .text(" "),
            .if(
                c.submittedLate > 0,
                .span(.class("tag tag-warn"), .text("✓ " + VNFormat.integer(c.submittedLate) + " " + t(T.reportStatusLate)))),
            .text(" "),
            .if(
                c.notYetDue > 0,
                .span(.class("tag tag-neutral"), .text("○ " + VNFormat.integer(c.notYetDue) + " " + t(T.reportStatusNotYetDue))))
        )
    }

    private static func own(_ ctx: PageContext, _ row: ReportRequestQuery.Row, _ model: Model) -> BodyNode {
        let statuses = ReportRequestQuery.glanceOrder(row.statuses, names: model.unitNames)
        return .ul(
            .class("plain"),
            .forEach(statuses) { status in
                .li(
                    .if(statuses.count > 1, .text((model.unitNames[status.unitID] ?? "") + ": ")),
                    Labels.reportStatusTag(status.snapshot, dueSoon: status.dueSoon, ctx.t),
                    .text(" "),
                    .a(
                        .href("/reports/requests/\(row.request.id!)/units/\(status.unitID)"),
                        .text(status.status?.isSubmitted == true ? ctx.t(T.reportOpenUnit) : ctx.t(T.reportSubmit))))
            })
    }
}
