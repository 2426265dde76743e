import Foundation

/// An indicator's components (chỉ tiêu thành phần): the parts reports list after "Trong đó:" (seed 002: exports,
/// imports and bonded goods under the total trade; the sectors under GRDP growth; seed 004: a department's own
/// indicators under the province's). One level only: a component has no components of its own.
public enum IndicatorComponents {
    /// How a `sum` parent stands against its parts for one stretch of the year.
    public struct SumCheck: Hashable, Sendable {
        /// The parts added up.
        public var total: Decimal
        /// The parent's own figure.
        public var parent: Decimal
        /// total − parent, exactly: positive when the parts come to more than the parent.
        public var difference: Decimal { total - parent }
        /// Exact equality: 0,001 apart is a disagreement worth a look.
        public var agrees: Bool { difference.isZero }
    }

    /// One component as the check needs it: its unit of measure and its figure for the parent's stretch.
    public struct Part: Sendable {
        public var unit: String
        public var figure: IndicatorActualValue?

        public init(unit: String, figure: IndicatorActualValue?) {
            self.unit = unit
            self.figure = figure
        }
    }

    /// Whether a parent's figure agrees with the sum of its parts. Checked only for a `sum` parent (an index or a
    /// growth is not the sum of its sectors'), with at least one part, every part in the parent's unit and with a
    /// figure for the same stretch of the same year (the same months, however reported: H1 or Q1 + Q2); else nil —
    /// the page then shows the parts without a verdict rather than a false disagreement.
    public static func check(
        aggregation: IndicatorAggregation, unit: String, parent: IndicatorActualValue?, parts: [Part]
    ) -> SumCheck? {
        guard aggregation.isSummed, let parent, !parts.isEmpty else { return nil }
        var total = Decimal(0)
        for part in parts {
            guard sameUnit(part.unit, unit), let figure = part.figure, sameStretch(figure, parent) else { return nil }
            total += figure.value
        }
        return SumCheck(total: total, parent: parent.value)
    }

    /// A component's figure for the stretch `of` covers (January to its last month of its year), as of D: for a
    /// `sum` component the best stretch ending that month (rule 3 of `IndicatorEvaluation`), else the value of a
    /// period covering exactly those months. nil when it has none.
    public static func figure(
        _ facts: IndicatorFacts, matching stretch: IndicatorActualValue, asOf date: CivilDate
    ) -> IndicatorActualValue? {
        let values = IndicatorEvaluation.periodValues(facts.actuals, year: stretch.year, asOf: date)
        if facts.aggregation.isSummed {
            return IndicatorStretch.best(values)[stretch.lastMonth].flatMap { sameStretch($0, stretch) ? $0 : nil }
        }
        return values.values.filter { sameStretch($0, stretch) }.max { $0.months < $1.months }
    }

    /// Which indicators cannot be given the parents asked for, by code: one that would be its own component, one
    /// level too deep (a component that has components, which also catches every cycle), or a parent that is not
    /// known. `parents` is the whole picture after the change: each code with its parent's code, nil for none.
    public static func problems(_ parents: [String: String?]) -> [String: ParentProblem] {
        var problems: [String: ParentProblem] = [:]
        let hasComponents = Set(parents.values.compactMap { $0 })
        for (code, parent) in parents {
            guard let parent else { continue }
            if parent == code {
                problems[code] = .itself
            } else if parents[parent] == nil {
                problems[code] = .unknown(parent)
            } else if let grandparent = parents[parent] ?? nil {
                problems[code] = grandparent == code ? .cycle(parent) : .parentIsComponent(parent)
            } else if hasComponents.contains(code) {
                problems[code] = .hasComponents
            }
        }
        return problems
    }

    public enum ParentProblem: Hashable, Sendable {
        case itself
        case unknown(String)
        /// The parent is this indicator's own component.
        case cycle(String)
        /// The parent is itself a component.
        case parentIsComponent(String)
        /// The indicator has components, so it cannot be one.
        case hasComponents
    }

    static func sameStretch(_ a: IndicatorActualValue, _ b: IndicatorActualValue) -> Bool {
        (a.year, a.firstMonth, a.lastMonth) == (b.year, b.firstMonth, b.lastMonth)
    }

    static func sameUnit(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces).lowercased() == b.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

extension IndicatorText {
    /// One component in a parent's sentence.
    public struct ComponentLine: Sendable {
        public var name: String
        public var unit: String
        public var direction: IndicatorDirection
        public var snapshot: IndicatorSnapshot

        public init(name: String, unit: String, direction: IndicatorDirection = .higher, snapshot: IndicatorSnapshot) {
            (self.name, self.unit, self.direction, self.snapshot) = (name, unit, direction, snapshot)
        }
    }

    /// What follows a parent's sentence, as seed 002 words it: "Trong đó: xuất khẩu 138,131 triệu USD, đạt 45,1% kế
    /// hoạch, tăng 152% so với cùng kỳ; nhập khẩu 46 triệu USD." A part whose figure covers another stretch than the
    /// parent's says which ("(ước quý I năm 2021)"); parts without a figure are left out; nil when none has one.
    public static func componentsClause(_ parts: [ComponentLine], parent: IndicatorActualValue?) -> String? {
        let clauses = parts.compactMap { part -> String? in
            guard let actual = part.snapshot.actual else { return nil }
            var text = inSentence(part.name) + " " + value(actual.value, unit: part.unit)
            if let parent, !IndicatorComponents.sameStretch(actual, parent) { text += " (" + actual.label + ")" }
            let assessment = assessment(part.snapshot, direction: part.direction)
            return assessment.isEmpty ? text : text + ", " + assessment
        }
        return clauses.isEmpty ? nil : "Trong đó: " + clauses.joined(separator: "; ") + "."
    }
}
