import DieuHanhCore
import Fluent
import Vapor

/// What the form, the API or an import row says an item is.
struct ProgrammeItemDraft: Sendable {
    var ma: String?
    var title: String = ""
    var kind: ProgrammeItemKind?
    var leadUnitID: UUID?
    var leaderID: UUID?
    var body: ProgrammeBody?
    var plannedMonth: CivilMonth?
    var origin: ProgrammeOrigin = .startOfYear
    var addedOn: CivilDate?
    var note: String = ""
}

/// Entering and editing items and the programme's decision: the checks, the rows and the audit entries.
enum ProgrammeService {
    /// Every problem of a draft at once. `existing` is the item being edited, with its events: once an item has a
    /// history its month, origin and date added stay as they were (a move is a postponement, not an edit).
    static func validate(
        _ draft: ProgrammeItemDraft, existing: (item: ProgrammeItem, events: [ProgrammeEventRecord])? = nil,
        units: [UUID: OrgUnit], leaders: Set<UUID>, today: CivilDate, on db: Database,
        t: Localizer
    ) async throws -> [FieldError] {
        var errors: [FieldError] = []
        func add(_ field: String, _ message: String) { errors.append(.init(field: field, message: message)) }
        if draft.title.isEmpty { add("title", t(T.programmeTitleRequired)) }
        if let problem = FieldRules.programmeTitle.check(draft.title) { add("title", t(problem)) }
        if let ma = draft.ma, !ma.isEmpty {
            if let problem = FieldRules.externalID.check(ma) { add("ma", t(problem)) }
            var query = ProgrammeItem.query(on: db).filter(\.$ma == ma)
            if let id = existing?.item.id { query = query.filter(\.$id != id) }
            if try await query.first() != nil { add("ma", t(T.programmeCodeTaken, ma)) }
        }
        if draft.kind == nil { add("kind", t(T.programmeKindRequired)) }
        if draft.body == nil { add("body", t(T.programmeBodyRequired)) }
        if let lead = draft.leadUnitID, let unit = units[lead] {
            if unit.isClosed(on: today) && lead != existing?.item.leadUnitID {
                add("lead_unit_id", t(T.unitParentClosed, unit.name))
            }
        } else {
            add("lead_unit_id", t(T.taskLeadRequired))
        }
        if let leader = draft.leaderID, !leaders.contains(leader) { add("leader_id", t(T.taskLeaderInvalid)) }
        if let problem = FieldRules.note.check(draft.note) { add("note", t(problem)) }
        let month = draft.plannedMonth
        if let month {
            if let problem = DateRules.check(month) { add("planned_month", t(problem)) }
        } else {
            add("planned_month", t(T.programmeMonthRequired))
        }
        switch draft.origin {
        case .added:
            if let addedOn = draft.addedOn {
                if let problem = DateRules.check(addedOn) {
                    add("added_on", t(problem))
                } else if addedOn > today {
                    add("added_on", t(T.programmeAddedInFuture))
                }
                if let month, month < CivilMonth(addedOn) {
                    add("planned_month", t(T.programmeMonthBeforeAdded, VNFormat.date(addedOn)))
                }
            } else {
                add("added_on", t(T.programmeAddedOnRequired))
            }
        case .startOfYear:
            if draft.addedOn != nil { add("added_on", t(T.programmeAddedOnOnlyAdded)) }
        }
        if let (item, events) = existing, !events.isEmpty,
            month?.iso != item.plannedMonth || draft.origin.rawValue != item.origin || draft.addedOn?.iso != item.addedOn
        {
            add("planned_month", t(T.programmeHistoryFixesMonth))
        }
        return errors
    }

    /// The programme of `year`, created (and audited) when it is not there yet.
    static func programme(year: Int, actor: AuditActor, now: Date, on db: Database) async throws -> Programme {
        if let existing = try await Programme.query(on: db).filter(\.$year == year).first() { return existing }
        let programme = Programme(year: year)
        try await programme.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "programme", entityID: programme.id,
            summary: programme.title, before: Programme.Snapshot?.none, after: programme.snapshot)
        return programme
    }

    /// Creates a checked draft.
    static func create(_ draft: ProgrammeItemDraft, actor: AuditActor, now: Date, on db: Database) async throws -> ProgrammeItem {
        let month = draft.plannedMonth!
        let programme = try await programme(year: month.year, actor: actor, now: now, on: db)
        let item = ProgrammeItem()
        item.programmeID = programme.id!
        item.version = 1
        apply(draft, to: item, year: month.year)
        try await item.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "programme_item", entityID: item.id,
            summary: String(item.title.prefix(160)), before: ProgrammeItem.Snapshot?.none, after: item.snapshot)
        return item
    }

    /// Saves a checked draft over an item read at `expectedVersion`; a stale version is a conflict.
    static func update(
        _ item: ProgrammeItem, with draft: ProgrammeItemDraft, expectedVersion: Int?, actor: AuditActor, now: Date,
        on db: Database, t: Localizer
    ) async throws {
        try await db.claimVersion(
            of: ProgrammeItem.schema, id: item.id!, loaded: item.version, expected: expectedVersion,
            conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
        let before = item.snapshot
        let month = draft.plannedMonth!
        if month.year != item.year {
            item.programmeID = try await programme(year: month.year, actor: actor, now: now, on: db).id!
        }
        apply(draft, to: item, year: month.year)
        guard item.snapshot != before else { return }
        item.version += 1
        try await item.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "programme_item", entityID: item.id,
            summary: String(item.title.prefix(160)), before: before, after: item.snapshot)
    }

    private static func apply(_ draft: ProgrammeItemDraft, to item: ProgrammeItem, year: Int) {
        item.ma = draft.ma.flatMap { $0.isEmpty ? nil : $0 }
        item.year = year
        item.setTitle(draft.title)
        item.kind = (draft.kind ?? .other).rawValue
        item.leadUnitID = draft.leadUnitID!
        item.leaderID = draft.leaderID
        item.body = (draft.body ?? .committee).rawValue
        item.plannedMonth = draft.plannedMonth!.iso
        item.origin = draft.origin.rawValue
        item.addedOn = draft.origin == .added ? draft.addedOn?.iso : nil
        item.note = draft.note
    }

    /// Records the decision that issued the programme of `year` ("Số: 59/QĐ-UBND", 09/01/2020).
    static func setDecision(
        year: Int, notation: String, issuedOn: CivilDate?, expectedVersion: Int?, actor: AuditActor,
        now: Date, on db: Database, t: Localizer
    ) async throws -> Programme {
        var errors: [FieldError] = []
        var normalised = ""
        let text = notation.trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty {
            switch DocumentNumber.parse(text) {
            case .success(let number): normalised = number.notation
            case .failure: errors.append(.init(field: "notation", message: t(T.docNotationInvalid, text)))
            }
        }
        if let issuedOn, issuedOn > CivilDate.today(now: now) {
            errors.append(.init(field: "issued_on", message: t(T.programmeDecisionInFuture)))
        }
        if let issuedOn, issuedOn.year < year - 1 || issuedOn.year > year {
            errors.append(.init(field: "issued_on", message: t(T.programmeDecisionYear, String(year))))
        }
        try errors.throwIfAny()
        let programme = try await programme(year: year, actor: actor, now: now, on: db)
        if let expectedVersion, expectedVersion != programme.version {
            throw AppError(.conflict, code: "conflict", message: t(T.errConflict))
        }
        let before = programme.snapshot
        programme.notation = normalised
        programme.issuedOn = issuedOn?.iso
        guard programme.snapshot != before else { return programme }
        try await db.claimVersion(
            of: Programme.schema, id: programme.id!, loaded: programme.version, expected: nil,
            conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
        programme.version += 1
        try await programme.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "programme", entityID: programme.id,
            summary: programme.title, before: before, after: programme.snapshot)
        return programme
    }

    /// Users with the leader role, for the "leader in charge" pickers and checks.
    static func leaders(on db: Database) async throws -> [UserAccount] {
        try await UserAccount.query(on: db).filter(\.$role == Role.leader.rawValue).sort(\.$fullName).all()
    }
}
