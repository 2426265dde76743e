import DieuHanhCore
import Foundation
import Plot

/// How indicator values and statuses look on every page.
enum IndicatorLabels {
    static func status(_ status: IndicatorStatus, _ t: Localizer) -> String {
        switch status {
        case .met: t(T.indStatusMet)
        case .notMet: t(T.indStatusNotMet)
        case .atRisk: t(T.indStatusAtRisk)
        case .onTrack: t(T.indStatusOnTrack)
        case .noData: t(T.indStatusNoData)
        }
    }

    /// The symbol that goes with the word, so the marking does not rest on colour alone.
    static func symbol(_ status: IndicatorStatus) -> String {
        switch status {
        case .met: "✓"
        case .notMet: "✗"
        case .atRisk: "!"
        case .onTrack: "→"
        case .noData: "…"
        }
    }

    /// A tag with a colour, a symbol and a word.
    static func statusTag(_ value: IndicatorStatus, _ t: Localizer) -> BodyNode {
        let cls: String =
            switch value {
            case .met: "tag tag-open"
            case .notMet: "tag tag-bad"
            case .atRisk: "tag tag-warn"
            case .onTrack: "tag tag-neutral"
            case .noData: "tag tag-closed"
            }
        return .span(
            .class(cls), .span(.attribute(named: "aria-hidden", value: "true"), .text(symbol(value) + " ")),
            .text(status(value, t)))
    }

    /// The table row's class: a red or amber edge for not met and at risk (the same as overdue and due-soon tasks).
    static func rowClass(_ status: IndicatorStatus) -> String {
        switch status {
        case .notMet: "row-overdue"
        case .atRisk: "row-due-soon"
        default: ""
        }
    }

    static func direction(_ direction: IndicatorDirection, _ t: Localizer) -> String {
        direction == .higher ? t(T.indDirectionHigher) : t(T.indDirectionLower)
    }

    static func aggregation(_ aggregation: IndicatorAggregation, _ t: Localizer) -> String {
        switch aggregation {
        case .sum: t(T.indAggregationSum)
        case .level: t(T.indAggregationLevel)
        case .rate: t(T.indAggregationRate)
        case .index: t(T.indAggregationIndex)
        case .rank: t(T.indAggregationRank)
        }
    }

    static func kind(_ kind: ActualKind, _ t: Localizer) -> String {
        switch kind {
        case .uoc: t(T.indKindUoc)
        case .soBo: t(T.indKindSoBo)
        case .chinhThuc: t(T.indKindChinhThuc)
        }
    }

    /// "2.620" or "—".
    static func value(_ d: Decimal?) -> String { d.map(IndicatorText.value) ?? "—" }

    /// "49,4%" or "—".
    static func percent(_ d: Decimal?) -> String { d.map(IndicatorText.percent) ?? "—" }

    static func periodOptions(year: Int) -> [(value: String, label: String)] {
        IndicatorPeriod.all(in: year).map { (value: $0.code, label: Labels.sentenceStart($0.label)) }
    }

    static func kindOptions(_ t: Localizer) -> [(value: String, label: String)] {
        ActualKind.allCases.map { (value: $0.rawValue, label: kind($0, t)) }
    }

    /// The period an entry form proposes: this month of the current year, the whole year for a past year.
    static func defaultPeriod(year: Int, today: CivilDate) -> IndicatorPeriod {
        if year == today.year, let month = IndicatorPeriod(year: year, span: .month(today.month)) { return month }
        return IndicatorPeriod(year: year, span: .year) ?? IndicatorPeriod(code: String(today.year))!
    }
}
