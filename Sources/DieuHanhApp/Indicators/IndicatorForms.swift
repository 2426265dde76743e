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
    var year = ""
    var responsibleUnitID = ""
    var target = ""
    var targetDocument = ""
    var version = ""

    init(year: Int) { self.year = String(year) }

    init(fields: [String: String]) {
        func value(_ key: String) -> String { (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        code = value("code")
        name = value("name").collapsingSpaces
        unit = value("unit").collapsingSpaces
        direction = value("direction")
        aggregation = value("aggregation")
        year = value("year")
        responsibleUnitID = value("responsible_unit_id")
        target = value("target")
        targetDocument = value("target_document").collapsingSpaces
        version = value("version")
    }

    init(indicator: Indicator, plan: IndicatorPlan) {
        code = indicator.code
        name = indicator.name
        unit = indicator.unit
        direction = indicator.direction
        aggregation = indicator.aggregation
        year = String(plan.year)
        responsibleUnitID = plan.responsibleUnitID.uuidString
        target = IndicatorText.value(plan.targetValue)
        targetDocument = plan.targetDocument ?? ""
        version = String(indicator.version)
    }

    func draft(t: Localizer) -> (IndicatorDraft, [FieldError]) {
        var errors: [FieldError] = []
        var draft = IndicatorDraft(
            code: code, name: name, unit: unit, direction: IndicatorDirection(rawValue: direction),
            aggregation: IndicatorAggregation(rawValue: aggregation),
            year: Int(year).flatMap { DateRules.check(year: $0) == nil ? $0 : nil },
            responsibleUnitID: UUID(uuidString: responsibleUnitID))
        draft.target = IndicatorInput.value(target, field: "target", t: t, errors: &errors)
        draft.targetDocument = targetDocument.isEmpty ? nil : targetDocument
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
            }
        }
    }

    func entries(t: Localizer) -> ([ActualEntry], [FieldError]) {
        var errors: [FieldError] = []
        let period = IndicatorInput.period(period, t: t, errors: &errors)
        let kind = IndicatorInput.kind(kind, t: t, errors: &errors)
        var entries: [ActualEntry] = []
        for (id, text) in values.sorted(by: { $0.key.uuidString < $1.key.uuidString }) where !text.isEmpty {
            guard let value = IndicatorInput.value(text, field: "value_\(id)", t: t, errors: &errors), let period, let kind else {
                continue
            }
            entries.append(
                ActualEntry(indicatorID: id, period: period, kind: kind, value: value, note: note, expectedVersion: versions[id]))
        }
        if values.values.allSatisfy(\.isEmpty) { errors.append(.init(field: "values", message: t(T.indNoValues))) }
        return (entries, errors)
    }
}
