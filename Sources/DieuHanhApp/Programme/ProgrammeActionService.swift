import DieuHanhCore
import Fluent
import Vapor

/// Records one step on an item (DOMAIN §4): checks who may, whether the item's state allows it and the input,
/// then writes the event (never changing an earlier one), bumps the item's version and audits, all in the
/// caller's transaction.
enum ProgrammeActionService {
    static func perform(
        _ action: ProgrammeAction, on item: ProgrammeItem, input: ProgrammeActionInput, user: UserAccount,
        scope: AccessScope, now: Date, on db: Database, t: Localizer
    ) async throws -> ProgrammeEventRecord {
        guard action.isAllowed(for: user.userRole, ownsItem: scope.allows(item.leadUnitID)) else {
            throw AppError(.forbidden, code: "forbidden", message: t(T.errForbidden))
        }
        try await db.claimVersion(
            of: ProgrammeItem.schema, id: item.id!, loaded: item.version, expected: input.expectedVersion,
            conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
        let records = try await ProgrammeQuery.events(for: [item.id!], on: db)[item.id!] ?? []
        let facts = item.facts(records)
        let state = ProgrammeLifecycleState(events: facts.events)
        guard action.isPossible(in: state) else {
            throw AppError(.conflict, code: "not_possible", message: t(T.programmeActionNotPossible))
        }
        let today = CivilDate.today(now: now)
        // The planned month in force now, from everything recorded (the month a postponement must go beyond).
        let current = ProgrammeStatus.evaluate(facts, asOf: max(today, facts.existsFrom))?.plannedMonth ?? item.plannedMonthValue
        let month = action == .approvePostponement ? (input.month ?? state.requestedMonth) : input.month
        try validate(action, input: input, month: month, facts: facts, state: state, current: current, today: today, t: t)
            .throwIfAny()

        let event = ProgrammeEventRecord()
        event.itemID = item.id!
        event.kind = action.eventKind.rawValue
        event.recordedOn = today.iso
        event.effectiveOn = (action == .submit || action == .issue ? input.date! : today).iso
        event.newMonth = action == .requestPostponement || action == .approvePostponement ? month?.iso : nil
        event.document = action == .issue ? input.document : ""
        event.note = input.note
        event.actorID = user.id
        event.actorName = user.username
        try await event.create(on: db)

        let before = item.snapshot
        item.version += 1
        try await item.update(on: db)
        var summary = String(item.title.prefix(120))
        if let month = event.newMonth.flatMap(CivilMonth.parse) { summary += " → " + month.label }
        if !input.note.isEmpty { summary += " — " + String(input.note.prefix(120)) }
        try await AuditLog.record(
            on: db, actor: AuditActor(user), at: now, action: event.kind, entity: "programme_item",
            entityID: item.id, summary: summary, before: before, after: item.snapshot)
        return event
    }

    static func validate(
        _ action: ProgrammeAction, input: ProgrammeActionInput, month: CivilMonth?, facts: ProgrammeItemFacts,
        state: ProgrammeLifecycleState, current: CivilMonth, today: CivilDate, t: Localizer
    ) -> [FieldError] {
        // The field rules every text and date keeps, then the step's own rules (Core).
        var checks = FieldChecks(t)
        checks.text(input.note, FieldRules.note, field: "note")
        if action == .submit || action == .issue {
            checks.date(input.date, field: "date")
            checks.text(input.document, FieldRules.issuedDocument, field: "document")
        }
        let stepIssues = action.issues(
            date: input.date, month: month, document: input.document, note: input.note, existsFrom: facts.existsFrom,
            submittedOn: state.submittedOn, current: current, plannedYear: facts.plannedMonth.year, today: today)
        return checks.errors + stepIssues.map { FieldError(field: $0.field, message: t($0.problem)) }
    }
}
