import DieuHanhCore
import Vapor

/// Reading what people type into indicator forms: numbers in either convention ("1.234,5" or "1234.5"; "12a"
/// refused), period codes, kinds. Every problem is a `FieldError` in the user's language, all at once.
enum IndicatorInput {
    static func value(_ text: String, field: String, t: Localizer, errors: inout [FieldError]) -> Decimal? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let value = VNFormat.parseDecimal(text) else {
            errors.append(.init(field: field, message: t(T.indValueInvalid, text)))
            return nil
        }
        // A value with hundreds of digits parses to NaN: refused here, by the rule the import and the API use too.
        if let problem = NumberRule.check(value) {
            errors.append(.init(field: field, message: t(problem)))
            return nil
        }
        return value
    }

    static func period(_ text: String, field: String = "period", t: Localizer, errors: inout [FieldError]) -> IndicatorPeriod? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let period = IndicatorPeriod(code: text) { return period }
        errors.append(.init(field: field, message: text.isEmpty ? t(T.indPeriodRequired) : t(T.indPeriodInvalid, text)))
        return nil
    }

    static func kind(_ text: String, field: String = "kind", t: Localizer, errors: inout [FieldError]) -> ActualKind? {
        if let kind = ActualKind(rawValue: text.trimmingCharacters(in: .whitespaces)) ?? ActualKind(text: text) { return kind }
        errors.append(.init(field: field, message: t(T.indKindInvalid)))
        return nil
    }

    /// A rank's score and a distribution's classes, as typed; the classes' text by `IndicatorDistribution.parse`.
    static func detail(
        score: String, classes: String, scoreField: String = "score", classesField: String = "classes", t: Localizer,
        errors: inout [FieldError]
    ) -> IndicatorFigureDetail {
        var detail = IndicatorFigureDetail(score: value(score, field: scoreField, t: t, errors: &errors))
        switch IndicatorDistribution.parse(classes) {
        case .success(let read): detail.classes = read
        case .failure(let error): errors.append(.init(field: classesField, message: t(T.indClassesInvalid, error.message)))
        }
        return detail
    }

    /// The value typed, else a distribution's average when every class is one number; an error when neither.
    static func valueOrAverage(
        _ text: String, classes: [IndicatorClassCount], field: String = "value", t: Localizer, errors: inout [FieldError]
    ) -> Decimal? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            if let average = IndicatorDistribution.average(classes) { return average }
            errors.append(.init(field: field, message: t(T.indValueRequired)))
            return nil
        }
        return value(text, field: field, t: t, errors: &errors)
    }

    static func date(_ text: String, field: String, t: Localizer, errors: inout [FieldError]) -> CivilDate? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let date = CivilDate.parse(text) else {
            errors.append(.init(field: field, message: t.dateError(text)))
            return nil
        }
        if let problem = DateRules.check(date) {
            errors.append(.init(field: field, message: t(problem)))
            return nil
        }
        return date
    }
}

/// The indicator form (new, edit): the definition and one year's plan.
struct IndicatorForm {
    var code = ""
    var name = ""
    var unit = ""
    var direction = IndicatorDirection.higher.rawValue
    var aggregation = IndicatorAggregation.sum.rawValue
    var targetTerm = IndicatorTargetTerm.keHoach.rawValue
    var year = ""
    var responsibleUnitID = ""
    var target = ""
    var targetDocument = ""
    var version = ""
    /// The parent's id ("Thuộc chỉ tiêu"), "" for none; `parentGiven` is false for a post without the field, which
    /// leaves the parent as it is.
    var parentID = ""
    var parentGiven = true

    init(year: Int) { self.year = String(year) }

    init(fields: [String: String]) {
        func value(_ key: String) -> String { (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        code = value("code")
        name = value("name").collapsingSpaces
        unit = value("unit").collapsingSpaces
        direction = value("direction")
        aggregation = value("aggregation")
        targetTerm = value("target_term")
        year = value("year")
        responsibleUnitID = value("responsible_unit_id")
        target = value("target")
        targetDocument = value("target_document").collapsingSpaces
        version = value("version")
        parentID = value("parent_id")
        parentGiven = fields["parent_id"] != nil
    }

    init(indicator: Indicator, plan: IndicatorPlan) {
        code = indicator.code
        name = indicator.name
        unit = indicator.unit
        direction = indicator.direction
        aggregation = indicator.aggregation
        targetTerm = indicator.indicatorTargetTerm.rawValue
        year = String(plan.year)
        responsibleUnitID = plan.responsibleUnitID.uuidString
        target = IndicatorText.value(plan.targetValue)
        targetDocument = plan.targetDocument ?? ""
        version = String(indicator.version)
        parentID = indicator.parentID?.uuidString ?? ""
    }

    func draft(t: Localizer) -> (IndicatorDraft, [FieldError]) {
        var errors: [FieldError] = []
        var draft = IndicatorDraft(
            code: code, name: name, unit: unit, direction: IndicatorDirection(rawValue: direction),
            aggregation: IndicatorAggregation(rawValue: aggregation),
            year: Int(year).flatMap { DateRules.check(year: $0) == nil ? $0 : nil },
            responsibleUnitID: UUID(uuidString: responsibleUnitID))
        draft.targetTerm = IndicatorTargetTerm(rawValue: targetTerm) ?? .keHoach
        draft.target = IndicatorInput.value(target, field: "target", t: t, errors: &errors)
        draft.targetDocument = targetDocument.isEmpty ? nil : targetDocument
        draft.setsParent = parentGiven
        if parentGiven && !parentID.isEmpty {
            // An id that is not one is a choice no longer offered: asked again, with what was chosen kept.
            draft.parentID = UUID(uuidString: parentID)
            if draft.parentID == nil {
                errors.append(.init(field: "parent_id", message: t(T.indParentUnknown, year)))
            }
        }
        return (draft, errors)
    }
}

/// The bulk entry form: one period and kind, a value per indicator (`value_<id>`, with `version_<id>`); empty values
/// are skipped.
struct IndicatorEntryForm {
    var period = ""
    var kind = ActualKind.uoc.rawValue
    var note = ""
    var values: [UUID: String] = [:]
    var versions: [UUID: Int] = [:]
    /// A rank's score (`score_<id>`) and a distribution's classes (`classes_<id>`), where the form offers them.
    var scores: [UUID: String] = [:]
    var classes: [UUID: String] = [:]

    init(period: String) { self.period = period }

    init(fields: [String: String]) {
        period = (fields["period"] ?? "").trimmingCharacters(in: .whitespaces)
        kind = (fields["kind"] ?? "").trimmingCharacters(in: .whitespaces)
        note = (fields["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        for (key, value) in fields {
            if key.hasPrefix("value_"), let id = UUID(uuidString: String(key.dropFirst(6))) {
                values[id] = value.trimmingCharacters(in: .whitespaces)
            } else if key.hasPrefix("version_"), let id = UUID(uuidString: String(key.dropFirst(8))), let version = Int(value) {
                versions[id] = version
            } else if key.hasPrefix("score_"), let id = UUID(uuidString: String(key.dropFirst(6))) {
                scores[id] = value.trimmingCharacters(in: .whitespaces)
            } else if key.hasPrefix("classes_"), let id = UUID(uuidString: String(key.dropFirst(8))) {
                classes[id] = value.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
    }

    func entries(t: Localizer) -> ([ActualEntry], [FieldError]) {
        var errors: [FieldError] = []
        let period = IndicatorInput.period(period, t: t, errors: &errors)
        let kind = IndicatorInput.kind(kind, t: t, errors: &errors)
        var entries: [ActualEntry] = []
        // An indicator is entered when its value, its score or its classes are typed; its classes alone give the
        // value when they can (an average of one-number classes).
        let typed = Set(values.filter { !$0.value.isEmpty }.keys).union(scores.filter { !$0.value.isEmpty }.keys)
            .union(classes.filter { !$0.value.isEmpty }.keys)
        for id in typed.sorted(by: { $0.uuidString < $1.uuidString }) {
            let detail = IndicatorInput.detail(
                score: scores[id] ?? "", classes: classes[id] ?? "", scoreField: "score_\(id)", classesField: "classes_\(id)",
                t: t, errors: &errors)
            guard
                let value = IndicatorInput.valueOrAverage(
                    values[id] ?? "", classes: detail.classes, field: "value_\(id)", t: t, errors: &errors), let period,
                let kind
            else { continue }
            entries.append(
                ActualEntry(
                    indicatorID: id, period: period, kind: kind, value: value, note: note, expectedVersion: versions[id],
                    detail: detail))
        }
        if typed.isEmpty { errors.append(.init(field: "values", message: t(T.indNoValues))) }
        return (entries, errors)
    }
}
