import DieuHanhCore
import Fluent
import Vapor

extension IndicatorService {
    /// The form's "Thuộc chỉ tiêu": the parent must have a plan the draft's year, not be the indicator itself nor a
    /// component; an indicator with components cannot become one (`IndicatorComponents.problems`: one level, so no
    /// cycle). `indicatorID` is nil for an indicator not stored yet.
    static func validateParent(_ draft: IndicatorDraft, of indicatorID: UUID?, on db: Database, t: Localizer) async throws
        -> [FieldError]
    {
        guard draft.setsParent, let parentID = draft.parentID else { return [] }
        func refuse(_ message: String) -> [FieldError] { [.init(field: "parent_id", message: message)] }
        if parentID == indicatorID { return refuse(t(T.indParentItself)) }
        guard let parent = try await Indicator.find(parentID, on: db), let year = draft.year,
            try await IndicatorPlan.query(on: db).filter(\.$indicatorID == parentID).filter(\.$year == year).first() != nil
        else { return refuse(t(T.indParentUnknown, draft.year.map(String.init) ?? "")) }
        if parent.parentID != nil { return refuse(t(T.indParentIsComponent, parent.name)) }
        if let indicatorID, try await Indicator.query(on: db).filter(\.$parentID == indicatorID).first() != nil {
            return refuse(t(T.indParentHasComponents))
        }
        return []
    }

    /// The indicators a form may offer as parent in `year`: those of the year's plan that are not components,
    /// except `indicatorID` itself, in the resolution's order.
    static func parentChoices(year: Int, except indicatorID: UUID?, on db: Database) async throws -> [Indicator] {
        let plans = try await IndicatorPlan.query(on: db).filter(\.$year == year).sort(\.$position).all()
        let indicators = Dictionary(
            uniqueKeysWithValues: try await Indicator.query(on: db).filter(\.$id ~~ plans.map(\.indicatorID)).all()
                .map { ($0.id!, $0) })
        return plans.compactMap { indicators[$0.indicatorID] }.filter { $0.parentID == nil && $0.id != indicatorID }
    }
}
