import DieuHanhCore
import Fluent
import Foundation

/// What a plan for several years asks of an indicator (kế hoạch 5 năm): the period's target, how the period's
/// value is built from the yearly figures, the resolution and the responsible unit. One per indicator and period.
final class IndicatorMultiYearPlanRecord: Model, @unchecked Sendable {
    static let schema = "indicator_multi_year_plans"

    @ID(key: .id) var id: UUID?
    @Field(key: "indicator_id") var indicatorID: UUID
    @Field(key: "from_year") var fromYear: Int
    @Field(key: "to_year") var toYear: Int
    /// `IndicatorPlanMethod` raw value.
    @Field(key: "method") var method: String
    /// The period's target (`DecimalText`); for an average growth, the growth in % a year.
    @Field(key: "target") var target: String
    /// The resolution that set it: "Nghị quyết số 12/NQ-HĐND ngày 10/12/2020".
    @OptionalField(key: "document") var document: String?
    @Field(key: "responsible_unit_id") var responsibleUnitID: UUID
    /// Order in the resolution's list.
    @Field(key: "position") var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var period: IndicatorPlanPeriod? { IndicatorPlanPeriod(from: fromYear, to: toYear) }
    var planMethod: IndicatorPlanMethod { IndicatorPlanMethod(rawValue: method) ?? .lastYear }
    var targetValue: Decimal { DecimalText.parse(target) ?? 0 }

    struct Snapshot: Codable, Equatable {
        var fromYear: Int
        var toYear: Int
        var method: String
        var target: String
        var document: String?
        var responsibleUnitID: UUID
        var position: Int
    }

    var snapshot: Snapshot {
        Snapshot(
            fromYear: fromYear, toYear: toYear, method: method, target: target, document: document,
            responsibleUnitID: responsibleUnitID, position: position)
    }
}
