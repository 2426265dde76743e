import DieuHanhCore
import Plot
import Vapor

enum StatsPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.statsTitle), section: .stats,
            content: [
                Components.pageHeader(
                    t(T.statsTitle), lead: t(T.statsLead),
                    actions: ctx.role?.seesEveryUnit == true
                        ? [Components.linkButton(t(T.reviewTitle), href: "/reports/review")] : []),
                Components.errorSummary(model.errors, t),
                filters(ctx, model),
                .unwrap(model.stats) { stats in
                    stats.total == 0
                        ? Components.emptyState(title: t(T.searchNoResults), text: t(T.statsEmpty))
                        : .group(results(ctx, model, stats))
                },
            ])
    }

    private static func filters(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let q = model.query
        let units =
            [(value: "", label: t(T.filterAll))]
            + model.units.map {
                (value: $0.code, label: Labels.unitOption(name: $0.name, validTo: $0.validTo, today: ctx.today, t))
            }
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/stats"),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: q.as_of ?? VNFormat.date(ctx.today),
                    hint: t(T.dateHint), inputMode: "numeric", error: model.errors.message(for: "as_of"))),
            Components.textField(
                .init(name: "from", label: t(T.fieldFrom), value: q.from ?? "", error: model.errors.message(for: "from"))),
            Components.textField(
                .init(name: "to", label: t(T.fieldTo), value: q.to ?? "", error: model.errors.message(for: "to"))),
            Components.selectField(
                .init(
                    name: "assigner", label: t(T.fieldAssigner), value: q.assigner ?? "",
                    error: model.errors.message(for: "assigner")), options: units),
            Components.selectField(
                .init(
                    name: "lead_unit", label: t(T.fieldLeadUnit), value: q.lead_unit ?? "",
                    error: model.errors.message(for: "lead_unit")), options: units),
            .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
        )
    }

    private static func results(_ ctx: PageContext, _ model: Model, _ stats: TaskStatsJSON) -> [BodyNode] {
        let t = ctx.t
        let counts = model.counts
        let asOf = model.asOf ?? ctx.today
        let listQuery =
            "as_of=\(asOf.iso)" + (model.query.assigner.map { "&assigner=\($0.urlQueryEscaped)" } ?? "")
            + (model.query.lead_unit.map { "&lead_unit=\($0.urlQueryEscaped)" } ?? "")
        let segments = TaskBucket.allCases.map {
            SVGChart.Bar(
                label: Labels.bucket($0, t), value: Double(counts[$0]), display: VNFormat.integer(counts[$0]),
                color: SVGChart.color($0))
        }
        return [
            .h2(.text(t(T.statsHeadline, VNFormat.integer(stats.total), VNFormat.integer(stats.documents), VNFormat.date(asOf)))),
            .div(.class("chart-wrap"), .keyboardScrollable, .raw(SVGChart.stacked(segments, title: t(T.statsTitle)))),
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data"),
                    .thead(
                        .tr(
                            .th(.text(t(T.fieldStatus))), .th(.class("num"), .text(t(T.colTotal))),
                            .th(.span(.class("visually-hidden"), .text(t(T.statsShowTasks)))))),
                    .tbody(
                        .forEach(TaskBucket.allCases) { bucket in
                            .tr(
                                .td(.text(Labels.bucket(bucket, t))), .td(.class("num"), .text(VNFormat.integer(counts[bucket]))),
                                .td(.a(.href("/tasks?status=\(bucket.rawValue)&\(listQuery)"), .text(t(T.statsShowTasks)))))
                        })
                )),
            .h2(.text(t(T.statsRates))),
            .dl(
                .class("facts"),
                .forEach(TaskRate.Kind.allCases) { kind in
                    let rate = counts.rate(kind)
                    return .group(
                        .dt(.text(kind.label)),
                        .dd(
                            .text(
                                (VNFormat.percent(rate.numerator, of: rate.denominator) ?? "—")
                                    + " (\(VNFormat.integer(rate.numerator))/\(VNFormat.integer(rate.denominator)))")))
                }),
            scorecard(ctx, model),
            overdueChart(ctx, model),
            breakdown(ctx, title: t(T.statsByAssigner), groups: model.breakdowns[.assigner] ?? [], names: model.unitNames),
            breakdown(ctx, title: t(T.statsByDomain), groups: model.breakdowns[.domain] ?? [], names: [:]),
            breakdown(ctx, title: t(T.statsByLeader), groups: model.breakdowns[.leader] ?? [], names: model.leaderNames),
        ]
    }

    static func rankedUnits(_ model: Model) -> [ReviewReport.UnitLine] {
        let names = model.unitNames
        return ReviewReportBuilder.ranked(
            (model.breakdowns[.leadUnit] ?? []).map {
                .init(name: $0.key.flatMap { names[$0] } ?? "—", counts: $0.counts, daysLateTotal: $0.daysLateTotal)
            })
    }

    private static func scorecard(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let lines = rankedUnits(model)
        return .section(
            .h2(.text(t(T.statsScorecard))),
            .p(.class("muted"), .text(t(T.statsScorecardLead))),
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data"),
                    .thead(
                        .tr(
                            .th(.class("num"), .text(t(T.colRank))), .th(.text(t(T.fieldLeadUnit))),
                            .th(.class("num"), .text(t(T.colTotal))),
                            .group(TaskBucket.allCases.map { .th(.class("num"), .text(Labels.bucket($0, t))) }),
                            .th(.class("num"), .text(t(T.colOnTimeRate))), .th(.class("num"), .text(t(T.colAvgDaysLate))))),
                    .tbody(
                        .forEach(Array(lines.enumerated())) { i, line in
                            .tr(
                                .td(.class("num"), .text(String(i + 1))), .td(.text(line.name)),
                                .td(.class("num"), .text(VNFormat.integer(line.counts.total))),
                                .group(TaskBucket.allCases.map { .td(.class("num"), .text(VNFormat.integer(line.counts[$0]))) }),
                                .td(
                                    .class("num"),
                                    .text(VNFormat.percent(line.counts.completedOnTime, of: line.counts.total) ?? "—")),
                                .td(.class("num"), .text(line.averageDaysLateText)))
                        })
                ))
        )
    }

    /// How many units the overdue chart draws, most overdue first (the table below has them all).
    static let overdueChartUnits = 15

    private static func overdueChart(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let allLate = rankedUnits(model).filter { $0.counts.pendingOverdue > 0 }
            .sorted { $0.counts.pendingOverdue > $1.counts.pendingOverdue }
        let late = allLate.prefix(overdueChartUnits)
        let bars = late.map {
            SVGChart.Bar(
                label: $0.name, value: Double($0.counts.pendingOverdue), display: VNFormat.integer($0.counts.pendingOverdue),
                color: SVGChart.color(.pendingOverdue))
        }
        // The heading says when the chart shows only the first units of a longer list.
        let heading =
            allLate.count > late.count
            ? t(T.statsOverdueChartTop, String(late.count), VNFormat.integer(allLate.count)) : t(T.statsOverdueChart)
        return .section(
            .h2(.text(heading)),
            bars.isEmpty
                ? .p(.class("muted"), .text(t(T.statsNoOverdue)))
                : .div(
                    .class("chart-wrap"), .keyboardScrollable,
                    .raw(
                        SVGChart.bars(
                            Array(bars), maximum: bars.map(\.value).max() ?? 1,
                            title: t(T.statsOverdueChart))))
        )
    }

    private static func breakdown(_ ctx: PageContext, title: String, groups: [TaskStatsGroup], names: [String: String])
        -> BodyNode
    {
        let t = ctx.t
        let rows = groups.map { (name: $0.key.map { names[$0] ?? $0 } ?? t(T.statsNotSet), counts: $0.counts) }
            .sorted { ($0.counts.total, VietnameseText.sortKey($1.name)) > ($1.counts.total, VietnameseText.sortKey($0.name)) }
        return .if(
            !rows.isEmpty,
            .section(
                .h2(.text(title)),
                .div(
                    .class("table-wrap"), .keyboardScrollable,
                    .table(
                        .class("data"),
                        .thead(
                            .tr(
                                .th(.span(.class("visually-hidden"), .text(title))), .th(.class("num"), .text(t(T.colTotal))),
                                .th(.class("num"), .text(t(T.bucketCompletedOnTime))), .th(.class("num"), .text(t(T.colOverdue))),
                                .th(.class("num"), .text(t(T.colOnTimeRate))))),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .td(.text(row.name)), .td(.class("num"), .text(VNFormat.integer(row.counts.total))),
                                    .td(.class("num"), .text(VNFormat.integer(row.counts.completedOnTime))),
                                    .td(
                                        .class("num"),
                                        .text(VNFormat.integer(row.counts.pendingOverdue + row.counts.completedLate))),
                                    .td(
                                        .class("num"),
                                        .text(VNFormat.percent(row.counts.completedOnTime, of: row.counts.total) ?? "—")))
                            })
                    ))
            ))
    }
}
