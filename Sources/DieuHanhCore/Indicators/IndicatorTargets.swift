import Foundation

/// Who set a target (CONTRACT: indicators' `target_kind`). One figure can be measured against several: seed 002's
/// budget revenue "so với dự toán Trung ương giao đạt 44%; so với dự toán HĐND tỉnh giao đạt 32%".
public enum IndicatorTargetKind: String, CaseIterable, Sendable, Codable {
    /// The province's own plan (the default).
    case tinh
    case trungUong = "trung_uong"
    case hdnd

    /// How a report names it after "so với": "kế hoạch Trung ương giao".
    public var label: String { label(.keHoach) }

    /// The same with the indicator's word for a target: "dự toán Trung ương giao" for budget revenue.
    public func label(_ term: IndicatorTargetTerm) -> String { term.word + " " + giver }

    /// Who gave it, as a report says it after the word for the target.
    public var giver: String {
        switch self {
        case .tinh: "của tỉnh"
        case .trungUong: "Trung ương giao"
        case .hdnd: "HĐND tỉnh giao"
        }
    }
}

/// The word a report uses for an indicator's target (CONTRACT: indicators' `target_term`): "kế hoạch" for most,
/// "dự toán" for the budget — seed 002 "so với dự toán TW giao đạt 44%", seed 001 "đạt 47% dự toán HĐND tỉnh".
public enum IndicatorTargetTerm: String, CaseIterable, Sendable, Codable {
    case keHoach = "ke_hoach"
    case duToan = "du_toan"

    public var word: String {
        switch self {
        case .keHoach: "kế hoạch"
        case .duToan: "dự toán"
        }
    }

    /// Accepts the CSV codes and the words: "du_toan", "dự toán", "Du toan".
    public init?(text: String) {
        switch VietnameseText.fold(text).replacingOccurrences(of: "_", with: " ") {
        case "ke hoach": self = .keHoach
        case "du toan": self = .duToan
        default: return nil
        }
    }
}

/// How a report words an indicator's targets: its word for a target and whose the plan's own target is.
public struct IndicatorTargetWording: Hashable, Sendable {
    public var term: IndicatorTargetTerm
    public var ownKind: IndicatorTargetKind

    public init(term: IndicatorTargetTerm = .keHoach, ownKind: IndicatorTargetKind = .tinh) {
        (self.term, self.ownKind) = (term, ownKind)
    }

    /// "kế hoạch" for the province's own plan; "dự toán HĐND tỉnh giao" for a budget voted by the council.
    public var ownTarget: String { ownKind == .tinh ? term.word : ownKind.label(term) }
}

/// A target of another kind than the plan's own, with the figure measured against it.
public struct IndicatorOtherTarget: Hashable, Sendable {
    public var kind: IndicatorTargetKind
    /// The value in force as of the snapshot's cut-off: its latest revision known then, else the original (rule 4).
    public var value: Decimal
    /// actual / value × 100, one decimal; nil without an actual, for a zero target, or for a rank.
    public var percentOfTarget: Decimal?
    /// The revision in force, when one replaced the original.
    public var revision: TargetRevision? = nil
    public var original: Decimal? = nil

    public init(
        kind: IndicatorTargetKind, value: Decimal, percentOfTarget: Decimal?, revision: TargetRevision? = nil,
        original: Decimal? = nil
    ) {
        (self.kind, self.value, self.percentOfTarget) = (kind, value, percentOfTarget)
        (self.revision, self.original) = (revision, original)
    }

    /// The other targets of a snapshot's figure, each in force as of the snapshot's cut-off and measured as the
    /// plan's own target is (rules 4 and 5): seed 002's budget against the centre's and the council's estimates,
    /// each of which may be revised mid-year.
    public static func measure(
        _ targets: [(kind: IndicatorTargetKind, target: IndicatorTarget)], against snapshot: IndicatorSnapshot,
        aggregation: IndicatorAggregation, growthIndex: Bool = false
    ) -> [IndicatorOtherTarget] {
        targets.map { kind, target in
            let inForce = target.inForce(asOf: snapshot.asOf)
            let measured = aggregation != .rank && !growthIndex
            let percent = measured ? snapshot.actual.flatMap { IndicatorEvaluation.percent($0.value, of: inForce.value) } : nil
            return IndicatorOtherTarget(
                kind: kind, value: inForce.value, percentOfTarget: percent, revision: inForce.revision,
                original: target.original)
        }
    }

    /// The same for targets never revised.
    public static func measure(
        _ targets: [(kind: IndicatorTargetKind, value: Decimal)], against snapshot: IndicatorSnapshot,
        aggregation: IndicatorAggregation
    ) -> [IndicatorOtherTarget] {
        measure(targets.map { ($0.kind, IndicatorTarget(original: $0.value)) }, against: snapshot, aggregation: aggregation)
    }
}

extension IndicatorText {
    /// "so với kế hoạch Trung ương giao đạt 44%; so với kế hoạch HĐND tỉnh giao đạt 32%": the figure against each
    /// other target that it can be measured against; "" when none.
    public static func otherTargetsPhrase(_ targets: [IndicatorOtherTarget], term: IndicatorTargetTerm = .keHoach) -> String {
        targets.compactMap { target in
            target.percentOfTarget.map { "so với " + target.kind.label(term) + " đạt " + percent($0) }
        }.joined(separator: "; ")
    }
}
