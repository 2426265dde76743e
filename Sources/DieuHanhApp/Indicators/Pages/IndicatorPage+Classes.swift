import DieuHanhCore
import Plot

extension IndicatorPage {
    /// The figure in force counted by class (seed 002, footnote 8), beside the same period of the year before: each
    /// class, its count, last year's and the change, with the totals. Nothing when the figure has no classes.
    static func classes(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let s = model.row.snapshot
        guard let actual = s.actual, !actual.detail.classes.isEmpty else { return .empty }
        let previous = s.previous?.detail.classes ?? []
        let rows = IndicatorDistribution.changes(actual.detail.classes, previous: previous)
        func signed(_ n: Int?) -> String {
            guard let n else { return "—" }
            return n > 0 ? "+" + VNFormat.integer(n) : n < 0 ? "−" + VNFormat.integer(-n) : "0"
        }
        let total = IndicatorDistribution.total(actual.detail.classes)
        let totalBefore = previous.isEmpty ? nil : IndicatorDistribution.total(previous)
        return .section(
            .h2(.text(t(T.indClassesTitle))),
            .p(.class("muted"), .text(Labels.sentenceStart(actual.label))),
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data"),
                    .thead(
                        .tr(
                            .th(.text(t(T.indColClass))), .th(.class("num"), .text(t(T.indColCount))),
                            .th(.class("num"), .text(t(T.indColCountPrevious))),
                            .th(.class("num"), .text(t(T.indColCountChange))))),
                    .tbody(
                        .forEach(rows) { item, change in
                            .tr(
                                .td(.text(Labels.sentenceStart(item.label))),
                                .td(.class("num"), .text(VNFormat.integer(item.count))),
                                // Last year's count is the count less its change (no change: no such class then).
                                .td(.class("num"), .text(change.map { VNFormat.integer(item.count - $0) } ?? "—")),
                                .td(.class("num"), .text(signed(change))))
                        },
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(t(T.indClassesTotal))),
                            .td(.class("num"), .text(VNFormat.integer(total))),
                            .td(.class("num"), .text(totalBefore.map(VNFormat.integer) ?? "—")),
                            .td(.class("num"), .text(signed(totalBefore.map { total - $0 }))))
                    ))))
    }
}
