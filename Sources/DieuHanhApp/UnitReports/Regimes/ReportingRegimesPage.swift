import DieuHanhCore
import Plot
import Vapor

/// `/reports/regimes`: periodic regimes, each making its requests by itself with the Decree 09 cut-off.
enum ReportingRegimesPage {
    struct Row {
        var regime: ReportingRegime
        var requests: Int
    }

    static func list(_ ctx: PageContext, rows: [Row], canManage: Bool) -> Response {
        let t = ctx.t
        let actions = canManage ? [Components.linkButton(t(T.regimeNew), href: "/reports/regimes/new", primary: true)] : []
        return Layout.response(
            ctx, title: t(T.regimesTitle), section: .reports,
            content: [
                .p(.class("breadcrumb"), .a(.href("/reports/requests"), .text(t(T.reportRequestsTitle)))),
                Components.pageHeader(t(T.regimesTitle), lead: t(T.regimesLead), actions: actions),
                rows.isEmpty
                    ? Components.emptyState(
                        title: t(T.regimesEmptyTitle), text: t(T.regimesEmptyText),
                        action: canManage
                            ? Components.linkButton(t(T.regimeNew), href: "/reports/regimes/new", primary: true) : nil)
                    : .div(
                        .class("table-wrap"), .keyboardScrollable,
                        .table(
                            .class("data"),
                            .thead(
                                .tr(
                                    .th(.text(t(T.reportFieldTitle))), .th(.text(t(T.regimeFieldFrequency))),
                                    .th(.text(t(T.regimeFieldRule))),
                                    .th(.text(t(T.regimeFieldFirst))), .th(.class("num"), .text(t(T.reportRequestsTitle))),
                                    .th(.text(t(T.fieldStatus))))),
                            .tbody(
                                .forEach(rows) { row in
                                    let r = row.regime
                                    return .tr(
                                        .td(.a(.href("/reports/regimes/\(r.id!)"), .text(r.title))),
                                        .td(
                                            .text(
                                                ReportingFrequency(rawValue: r.frequency).map { Labels.frequency($0, t) }
                                                    ?? r.frequency)),
                                        .td(
                                            .text(
                                                ReportingDeadlineRule(code: r.deadlineRule).map { ruleLabel($0, t) }
                                                    ?? r.deadlineRule)),
                                        .td(.text(ReportingPeriod(code: r.firstPeriod)?.label ?? r.firstPeriod)),
                                        .td(
                                            .class("num"),
                                            .a(.href("/reports/requests?regime=\(r.id!)"), .text(VNFormat.integer(row.requests)))),
                                        .td(
                                            r.active
                                                ? .span(.class("tag tag-open"), .text("✓ " + t(T.regimeActive)))
                                                : .span(.class("tag tag-closed"), .text("■ " + t(T.regimeStopped))))
                                    )
                                })
                        )),
            ])
    }

    static func ruleLabel(_ rule: ReportingDeadlineRule, _ t: Localizer) -> String {
        switch rule {
        case .workingDaysAfterCutOff(let n): t(T.regimeRuleWorkingDays, String(n))
        case .fixedDay(let day, let months):
            months == 0
                ? t(T.regimeRuleDaySameMonth, String(day))
                : t(T.regimeRuleDayLaterMonth, String(day), String(months))
        }
    }

    struct Detail {
        var regime: ReportingRegime
        var requesterName: String
        var recipientsLabel: String
        var upcoming: [ReportingSchedule.Occurrence]
        var requests: Int
        var canManage: Bool
    }

    static func detail(_ ctx: PageContext, model: Detail) -> Response {
        let t = ctx.t
        let r = model.regime
        let schedule = r.schedule
        return Layout.response(
            ctx, title: r.title, section: .reports,
            content: [
                .p(.class("breadcrumb"), .a(.href("/reports/regimes"), .text(t(T.regimesTitle)))),
                Components.pageHeader(
                    r.title, lead: t(T.regimeDetailLead),
                    actions: [
                        Components.linkButton(
                            t(T.regimeSeeRequests, VNFormat.integer(model.requests)), href: "/reports/requests?regime=\(r.id!)")
                    ]
                        + (model.canManage
                            ? [
                                Components.postButton(
                                    ctx, label: r.active ? t(T.regimeStop) : t(T.regimeResume),
                                    action: "/reports/regimes/\(r.id!)/\(r.active ? "stop" : "resume")",
                                    danger: r.active, confirm: r.active ? t(T.regimeStopConfirm) : nil)
                            ] : [])),
                .dl(
                    .class("facts"),
                    .dt(.text(t(T.fieldStatus))), .dd(.text(r.active ? t(T.regimeActive) : t(T.regimeStopped))),
                    .dt(.text(t(T.regimeFieldFrequency))),
                    .dd(.text(schedule.map { Labels.frequency($0.frequency, t) } ?? r.frequency)),
                    .dt(.text(t(T.regimeFieldRule))), .dd(.text(schedule.map { ruleLabel($0.rule, t) } ?? r.deadlineRule)),
                    .dt(.text(t(T.regimeFieldFirst))), .dd(.text(schedule?.first.label ?? r.firstPeriod)),
                    .dt(.text(t(T.regimeFieldLast))), .dd(.text(schedule?.last?.label ?? t(T.regimeNoEnd))),
                    .unwrap(r.notation) { .group(.dt(.text(t(T.reportFieldNotation))), .dd(.text($0))) },
                    .dt(.text(t(T.reportFieldRequester))), .dd(.text(model.requesterName)),
                    .dt(.text(t(T.reportFieldRecipients))), .dd(.text(model.recipientsLabel))),
                .section(
                    .h2(.text(t(T.regimeUpcoming))),
                    .p(.class("muted"), .text(t(T.regimeUpcomingLead))),
                    model.upcoming.isEmpty
                        ? .p(.class("muted"), .text(t(T.regimeNoUpcoming)))
                        : .div(
                            .class("table-wrap"), .keyboardScrollable,
                            .table(
                                .class("data"),
                                .thead(
                                    .tr(
                                        .th(.text(t(T.reportFieldPeriod))), .th(.text(t(T.reportFieldWindow))),
                                        .th(.text(t(T.reportFieldCutOff))),
                                        .th(.text(t(T.reportFieldDeadline))))),
                                .tbody(
                                    .forEach(model.upcoming) { o in
                                        .tr(
                                            .td(.text(o.period.label)),
                                            .td(.text(VNFormat.date(o.opensOn) + " – " + VNFormat.date(o.cutOff))),
                                            .td(.text(VNFormat.date(o.cutOff))), .td(.strong(.text(VNFormat.date(o.deadline)))))
                                    })
                            ))
                ),
                .if(
                    !r.outline.isEmpty,
                    .section(
                        .h2(.text(t(T.reportFieldOutline))),
                        .div(.class("card"), .group(r.outline.split(separator: "\n").map { .p(.text(String($0))) })))),
            ])
    }

    struct FormModel {
        var form: ReportingRegimeForm
        var errors: [FieldError]
        var requesters: [OrgUnit]
        var units: [OrgUnit]
    }

    static func form(_ ctx: PageContext, model: FormModel, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        let f = model.form
        let frequencies = ReportingFrequency.allCases.map { (value: $0.rawValue, label: Labels.frequency($0, t)) }
        let ruleKinds = [
            (value: "wd", label: t(T.regimeRuleKindWorkingDays)), (value: "day", label: t(T.regimeRuleKindFixedDay)),
        ]
        let months = [
            (value: "0", label: t(T.regimeMonthsSame)), (value: "1", label: t(T.regimeMonthsNext)),
            (value: "2", label: t(T.regimeMonthsSecond)),
        ]
        return Layout.response(
            ctx, title: t(T.regimeNew), section: .reports, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/reports/regimes"), .text(t(T.regimesTitle)))),
                Components.pageHeader(t(T.regimeNew), lead: t(T.regimeNewLead)),
                Components.errorSummary(model.errors, t),
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/reports/regimes"),
                    .attribute(named: "novalidate", value: "novalidate"),
                    Components.csrfField(ctx),
                    Components.fieldset(
                        .element(named: "legend", text: t(T.reportLegendRequest)),
                        Components.textField(
                            .init(
                                name: "title", label: t(T.reportFieldTitle), value: f.title ?? "", required: true,
                                hint: t(T.regimeTitleHint), error: model.errors.message(for: "title"))),
                        .div(
                            .class("grid-2"),
                            Components.selectField(
                                .init(
                                    name: "requester_id", label: t(T.reportFieldRequester), value: f.requester_id ?? "",
                                    required: true, error: model.errors.message(for: "requester_id")),
                                options: [(value: "", label: "—")]
                                    + model.requesters.map { (value: $0.id!.uuidString, label: $0.name) }),
                            Components.textField(
                                .init(
                                    name: "notation", label: t(T.regimeFieldNotation), value: f.notation ?? "",
                                    hint: t(T.reportNotationHint), error: model.errors.message(for: "notation"))))
                    ),
                    Components.fieldset(
                        .element(named: "legend", text: t(T.regimeLegendSchedule)),
                        .p(.class("hint"), .text(t(T.regimeWindowsHint))),
                        .div(
                            .class("grid-3"),
                            Components.selectField(
                                .init(
                                    name: "frequency", label: t(T.regimeFieldFrequency), value: f.frequency ?? "month",
                                    required: true, error: model.errors.message(for: "frequency")), options: frequencies),
                            Components.textField(
                                .init(
                                    name: "first_period", label: t(T.regimeFieldFirst), value: f.first_period ?? "",
                                    hint: t(T.regimeFirstHint), error: model.errors.message(for: "first_period"))),
                            Components.textField(
                                .init(
                                    name: "last_period", label: t(T.regimeFieldLast), value: f.last_period ?? "",
                                    hint: t(T.regimeLastHint), error: model.errors.message(for: "last_period")))),
                        .div(
                            .class("grid-3"),
                            Components.selectField(
                                .init(
                                    name: "rule_kind", label: t(T.regimeFieldRule), value: f.rule_kind ?? "wd",
                                    error: model.errors.message(for: "rule")), options: ruleKinds),
                            Components.textField(
                                .init(
                                    name: "rule_days", label: t(T.regimeFieldRuleDays), value: f.rule_days ?? "2",
                                    type: "number", hint: t(T.regimeRuleDaysHint))),
                            Components.textField(
                                .init(
                                    name: "rule_day", label: t(T.regimeFieldRuleDay), value: f.rule_day ?? "",
                                    type: "number", hint: t(T.regimeRuleDayHint)))),
                        Components.selectField(
                            .init(name: "rule_months", label: t(T.regimeFieldRuleMonths), value: f.rule_months ?? "0"),
                            options: months)
                    ),
                    ReportRecipientsField.view(
                        ctx, units: model.units, kinds: f.recipient_kinds ?? [], picked: f.recipient_units ?? [],
                        error: model.errors.message(for: "recipients")),
                    Components.fieldset(
                        .element(named: "legend", text: t(T.reportFieldOutline)),
                        ReportSubmissionPage.bigTextArea(
                            name: "outline", label: t(T.reportFieldOutline), hint: t(T.reportOutlineHint),
                            value: f.outline ?? "", error: model.errors.message(for: "outline"))
                    ),
                    .div(
                        .class("form-actions"),
                        .button(.class("button primary"), .type(.submit), .text(t(T.regimeCreate))),
                        Components.linkButton(t(T.actionCancel), href: "/reports/regimes"))
                ),
            ])
    }
}
