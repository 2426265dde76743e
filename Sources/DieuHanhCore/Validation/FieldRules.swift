import Foundation

/// One rule per field of the objects people create: the form, the API and the CSV import of that object ask the
/// same constant. Limits that were already published (a unit name of 300 characters, an outline of 20.000) stay;
/// the others follow the kinds' defaults.
public enum FieldRules {
    // Organisation
    /// Unit and indicator codes: the 40 characters the unit form has always allowed.
    public static let unitCode = TextRule.code(max: 40)
    public static let unitName = TextRule.name(max: 300)
    public static let userFullName = TextRule.name(max: 200)

    // Documents and tasks
    public static let notation = TextRule.name(max: 200)
    public static let signer = TextRule.name(max: 200)
    public static let documentSummary = TextRule.long(max: 2_000)
    /// `ma` of tasks, programme items and report requests (ids from another system).
    public static let externalID = TextRule.identifier(max: 60)
    public static let taskContent = TextRule.long(max: 4_000)
    public static let domain = TextRule.name(max: 200)
    public static let note = TextRule.long(max: 4_000)

    // Programme
    public static let programmeTitle = TextRule.name(max: 2_000)
    public static let issuedDocument = TextRule.name(max: 500)

    // Indicators
    public static let indicatorCode = unitCode
    public static let indicatorName = TextRule.name(max: 300)
    public static let indicatorUnit = TextRule.name(max: 50)
    public static let indicatorDocument = TextRule.name(max: 300)
    public static let indicatorNote = TextRule.long(max: 2_000)

    // Report requests
    public static let reportTitle = TextRule.name(max: 500)
    public static let periodLabel = TextRule.name(max: 200)
    public static let reportOutline = TextRule.long(max: 20_000)
    /// A unit's report typed into the form (a longer one is attached as a file).
    public static let reportSubmission = TextRule.long(max: 50_000)
}
