import DieuHanhCore
import Vapor

extension ProgrammeDuePage {
    struct Model {
        var month: CivilMonth
        var asOf: CivilDate
        var monthText: String
        var leadUnit: String
        var units: [OrgUnit]
        var unitNames: [UUID: String]
        var page: ResultPage<ProgrammeQuery.Row>
        var errors: [FieldError] = []
    }
}
