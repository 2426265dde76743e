import Foundation

/// Who set a target (CONTRACT: indicators' `target_kind`). One figure can be measured against several: seed 002's
/// budget revenue "so với dự toán Trung ương giao đạt 44%; so với dự toán HĐND tỉnh giao đạt 32%".
public enum IndicatorTargetKind: String, CaseIterable, Sendable, Codable {
    /// The province's own plan (the default).
    case tinh
    case trungUong = "trung_uong"
    case hdnd

    /// How a report names it after "so với": "kế hoạch Trung ương giao".
    public var label: String {
        switch self {
        case .tinh: "kế hoạch của tỉnh"
        case .trungUong: "kế hoạch Trung ương giao"
        case .hdnd: "kế hoạch HĐND tỉnh giao"
        }
    }
}

/// A target of another kind than the plan's own, with the figure measured against it.
public struct IndicatorOtherTarget: Hashable, Sendable {
    public var kind: IndicatorTargetKind
    public var value: Decimal
    /// actual / value × 100, one decimal; nil without an actual, for a zero target, or for a rank.
    public var percentOfTarget: Decimal?

    public init(kind: IndicatorTargetKind, value: Decimal, percentOfTarget: Decimal?) {
        (self.kind, self.value, self.percentOfTarget) = (kind, value, percentOfTarget)
    }

    /// The other targets of a snapshot's figure, each measured as the plan's own target is (rule 5).
    public static func measure(
        _ targets: [(kind: IndicatorTargetKind, value: Decimal)], against snapshot: IndicatorSnapshot,
        aggregation: IndicatorAggregation
    ) -> [IndicatorOtherTarget] {
        targets.map { target in
            let percent =
                aggregation == .rank ? nil : snapshot.actual.flatMap { IndicatorEvaluation.percent($0.value, of: target.value) }
            return IndicatorOtherTarget(kind: target.kind, value: target.value, percentOfTarget: percent)
        }
    }
}

extension IndicatorText {
    /// "so với kế hoạch Trung ương giao đạt 44%; so với kế hoạch HĐND tỉnh giao đạt 32%": the figure against each
    /// other target that it can be measured against; "" when none.
    public static func otherTargetsPhrase(_ targets: [IndicatorOtherTarget]) -> String {
        targets.compactMap { target in
            target.percentOfTarget.map { "so với " + target.kind.label + " đạt " + percent($0) }
        }.joined(separator: "; ")
    }
}
