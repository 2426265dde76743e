import DieuHanhCore
import Vapor

extension ProgrammeItemPage {
    struct Model {
        var item: ProgrammeItem
        var programme: Programme?
        var unitNames: [UUID: String]
        var leaderName: String?
        var events: [ProgrammeEventRecord]
        var snapshot: ProgrammeSnapshot?
        var actions: [ProgrammeAction]
        var canEdit: Bool
        /// The step whose form was just refused, with its problems and what was typed.
        var failed: RefusedStep<ProgrammeAction>?
        /// The full names of those who recorded the steps, by user id.
        var actorNames: [UUID: String] = [:]
    }
}
