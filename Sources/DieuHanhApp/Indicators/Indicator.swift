import DieuHanhCore
import Fluent
import Foundation

/// A socio-economic indicator (chỉ tiêu kinh tế - xã hội, DOMAIN §5), identified by its code across years so that
/// a year's figures can be compared with the year before. What a year asks of it is an `IndicatorPlan`.
///
/// Exact decimals (targets, actuals) are stored as text in the canonical form of `DecimalText` and read back as
/// `Decimal`, never as a binary floating-point number; both databases store and compare them alike.
final class Indicator: Model, @unchecked Sendable {
    static let schema = "indicators"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    /// `name` and `code` folded by `VietnameseText.fold`, for search without diacritics.
    @Field(key: "search_text") var searchText: String
    /// Unit of measure: "%", "tỷ đồng", "triệu USD", "ha"…
    @Field(key: "unit") var unit: String
    /// `IndicatorDirection` raw value.
    @Field(key: "direction") var direction: String
    /// `IndicatorAggregation` raw value.
    @Field(key: "aggregation") var aggregation: String
    /// `IndicatorTargetTerm` raw value; nil for "kế hoạch".
    @OptionalField(key: "target_term") var targetTerm: String?
    /// Bumped by every change to the indicator, its plans, revisions and actuals: a stale form is a conflict.
    @Field(key: "version") var version: Int
    /// The indicator this one is a component of (chỉ tiêu thành phần); nil for a top-level one. One level only.
    @OptionalField(key: "parent_id") var parentID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var indicatorDirection: IndicatorDirection { IndicatorDirection(rawValue: direction) ?? .higher }
    var indicatorAggregation: IndicatorAggregation { IndicatorAggregation(rawValue: aggregation) ?? .level }
    var indicatorTargetTerm: IndicatorTargetTerm { targetTerm.flatMap(IndicatorTargetTerm.init(rawValue:)) ?? .keHoach }

    func setName(_ text: String) {
        name = text
        searchText = VietnameseText.fold(code + " " + text)
    }

    struct Snapshot: Codable, Equatable {
        var code: String
        var name: String
        var unit: String
        var direction: String
        var aggregation: String
        var targetTerm: String? = nil
        var parentID: UUID? = nil
    }

    var snapshot: Snapshot {
        Snapshot(
            code: code, name: name, unit: unit, direction: direction, aggregation: aggregation, targetTerm: targetTerm,
            parentID: parentID)
    }
}

/// What one year's resolution asks of an indicator: the responsible unit and the original target, and its place
/// in the resolution's list.
final class IndicatorPlan: Model, @unchecked Sendable {
    static let schema = "indicator_plans"

    @ID(key: .id) var id: UUID?
    @Field(key: "indicator_id") var indicatorID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "responsible_unit_id") var responsibleUnitID: UUID
    /// The original target (`DecimalText`).
    @Field(key: "target") var target: String
    /// The resolution that set it: "Nghị quyết số 25/NQ-HĐND ngày 10/12/2019".
    @OptionalField(key: "target_document") var targetDocument: String?
    /// Order in the resolution's list.
    @Field(key: "position") var position: Int
    /// Whose target `target` is (`IndicatorTargetKind`); nil for the province's own.
    @OptionalField(key: "target_kind") var targetKind: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var targetValue: Decimal { DecimalText.parse(target) ?? 0 }

    var ownTargetKind: IndicatorTargetKind { targetKind.flatMap(IndicatorTargetKind.init(rawValue:)) ?? .tinh }

    struct Snapshot: Codable, Equatable {
        var year: Int
        var responsibleUnitID: UUID
        var target: String
        var targetDocument: String?
        var position: Int
        var targetKind: String? = nil
    }

    var snapshot: Snapshot {
        Snapshot(
            year: year, responsibleUnitID: responsibleUnitID, target: target, targetDocument: targetDocument, position: position,
            targetKind: targetKind)
    }
}

/// A target of another kind than the plan's own (the centre's, the council's), one per kind and plan.
final class IndicatorOtherTargetRecord: Model, @unchecked Sendable {
    static let schema = "indicator_other_targets"

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    /// `IndicatorTargetKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "value") var value: String
    @OptionalField(key: "document") var document: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// The target with its revisions (those of `revisions` that revise this kind).
    func coreTarget(revisions: [IndicatorTargetRevisionRecord]) -> (kind: IndicatorTargetKind, target: IndicatorTarget)? {
        guard let kind = IndicatorTargetKind(rawValue: kind), let value = DecimalText.parse(value) else { return nil }
        return (
            kind,
            IndicatorTarget(original: value, revisions: revisions.filter { $0.kind == self.kind }.compactMap(\.coreRevision))
        )
    }
}

/// A mid-year revision of a plan's target, kept beside the original; never changed once written.
final class IndicatorTargetRevisionRecord: Model, @unchecked Sendable {
    static let schema = "indicator_target_revisions"

    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "value") var value: String
    /// The decision's date (the HĐND resolution revising the plan).
    @Field(key: "decided_on") var decidedOn: String
    /// The day it was entered.
    @Field(key: "recorded_on") var recordedOn: String
    @Field(key: "document") var document: String
    @Field(key: "note") var note: String
    /// Which target it revises: nil for the plan's own, else an other target's kind (`IndicatorTargetKind`).
    @OptionalField(key: "kind") var kind: String?
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var otherKind: IndicatorTargetKind? { kind.flatMap(IndicatorTargetKind.init(rawValue:)) }

    var coreRevision: TargetRevision? {
        guard let value = DecimalText.parse(value), let decided = CivilDate.parse(decidedOn),
            let recorded = CivilDate.parse(recordedOn)
        else { return nil }
        return TargetRevision(value: value, decidedOn: decided, recordedOn: recorded)
    }
}

/// One actual figure for a period, never changed once written: a correction or a more final kind is a new row.
final class IndicatorActualRecord: Model, @unchecked Sendable {
    static let schema = "indicator_actuals"

    @ID(key: .id) var id: UUID?
    @Field(key: "indicator_id") var indicatorID: UUID
    /// `IndicatorPeriod.code`: "2021", "2021-H1", "2021-9M", "2021-Q2", "2021-M05".
    @Field(key: "period") var period: String
    @Field(key: "year") var year: Int
    /// `ActualKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "value") var value: String
    /// The day it was entered (Vietnam time); "as of D" counts only what was entered by D.
    @Field(key: "recorded_on") var recordedOn: String
    /// Entry order within the indicator: breaks ties between figures of the same kind entered on the same day.
    @Field(key: "seq") var seq: Int
    @Field(key: "note") var note: String
    /// A rank's score (`DecimalText`).
    @OptionalField(key: "score") var score: String?
    /// A distribution's classes, as `IndicatorDistribution.text` writes them.
    @OptionalField(key: "classes") var classes: String?
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var detail: IndicatorFigureDetail {
        IndicatorFigureDetail(
            score: score.flatMap(DecimalText.parse),
            classes: classes.flatMap { try? IndicatorDistribution.parse($0).get() } ?? [])
    }

    var coreFact: ActualFact? {
        guard let period = IndicatorPeriod(code: period), let kind = ActualKind(rawValue: kind),
            let value = DecimalText.parse(value), let recorded = CivilDate.parse(recordedOn)
        else { return nil }
        return ActualFact(period: period, kind: kind, value: value, recordedOn: recorded, detail: detail)
    }

    struct Snapshot: Codable, Equatable {
        var period: String
        var kind: String
        var value: String
        var recordedOn: String
        var note: String
        var score: String? = nil
        var classes: String? = nil
    }

    var snapshot: Snapshot {
        Snapshot(period: period, kind: kind, value: value, recordedOn: recordedOn, note: note, score: score, classes: classes)
    }
}
