import DieuHanhCore
import Fluent
import Vapor

extension ProgrammeItemPage {
    /// What an item's page shows to `user` (who acts within `scope`) on `today`: the item in its programme, its
    /// history and status, and the steps the user may take now. `failed` is the step whose form was refused.
    static func model(
        _ item: ProgrammeItem, failed: RefusedStep<ProgrammeAction>?, user: UserAccount, scope: AccessScope,
        today: CivilDate, on db: Database
    ) async throws -> Model {
        let events = try await ProgrammeQuery.events(for: [item.id!], on: db)[item.id!] ?? []
        let facts = item.facts(events)
        let state = ProgrammeLifecycleState(events: facts.events)
        let units = try await UnitDirectory.all(on: db)
        let leaderName = try await item.leaderID.flatMapAsync { try await UserAccount.find($0, on: db)?.fullName }
        return Model(
            item: item, programme: try await Programme.find(item.programmeID, on: db),
            unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) }), leaderName: leaderName, events: events,
            snapshot: ProgrammeStatus.evaluate(facts, asOf: max(today, facts.existsFrom)),
            actions: ProgrammeAction.available(to: user.userRole, ownsItem: scope.allows(item.leadUnitID), in: state),
            canEdit: user.userRole.canManageTrackingData, failed: failed,
            actorNames: try await UserDirectory.fullNames(of: events.compactMap(\.actorID), on: db))
    }
}
