import DieuHanhCore
import Vapor

extension ProgrammeStatsPage {
    struct Model {
        var query: Query
        var units: [OrgUnit]
        var result: ProgrammeStatistics.Result?
        var errors: [FieldError] = []
    }
}
