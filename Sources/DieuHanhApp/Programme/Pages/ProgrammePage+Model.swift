import DieuHanhCore
import Vapor

extension ProgrammePage {
    struct Model {
        var filter: ProgrammeQuery.Filter
        var year: Int
        var range: MonthRange
        var asOf: CivilDate
        var programme: Programme?
        var years: [Int]
        var units: [OrgUnit]
        var unitNames: [UUID: String]
        var summary: [ProgrammeBoard.SummaryLine] = []
        var blocks: [ProgrammeBoard.MonthBlock] = []
        var errors: [FieldError] = []
        /// Problems of the decision form, shown next to it.
        var decisionErrors: [FieldError] = []
        var canManage: Bool
        var anyItems: Bool
    }
}
