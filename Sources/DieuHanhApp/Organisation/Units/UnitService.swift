import DieuHanhCore
import Fluent
import Vapor

/// What a form, an API call or an import row says a unit should be.
struct UnitDraft: Sendable {
    var code: String
    var name: String
    var kind: String
    var parentID: UUID?
    var validFrom: CivilDate?
}

/// Creating, renaming, moving and closing units: the checks, the change and its audit entry, in one place.
enum UnitService {
    static func validate(
        _ draft: UnitDraft, existing: OrgUnit?, tree: UnitTree<UUID>, on db: Database,
        today: CivilDate, t: Localizer
    ) async throws -> [FieldError] {
        var errors: [FieldError] = []
        let code = draft.code
        if code.isEmpty {
            errors.append(.init(field: "code", message: t(T.unitCodeRequired)))
        } else if let problem = FieldRules.unitCode.check(code) {
            errors.append(.init(field: "code", message: t(problem)))
        } else if let other = try await UnitDirectory.find(code: code, on: db), other.id != existing?.id {
            errors.append(.init(field: "code", message: t(T.unitCodeTaken, code)))
        }
        if draft.name.isEmpty {
            errors.append(.init(field: "name", message: t(T.unitNameRequired)))
        } else if let problem = FieldRules.unitName.check(draft.name) {
            errors.append(.init(field: "name", message: t(problem)))
        }
        if let from = draft.validFrom, let problem = DateRules.check(from) {
            errors.append(.init(field: "valid_from", message: t(problem)))
        }
        if UnitKind(rawValue: draft.kind) == nil {
            errors.append(.init(field: "kind", message: t(T.unitKindInvalid)))
        }
        if let parentID = draft.parentID {
            if let parent = try await OrgUnit.find(parentID, on: db) {
                if parent.isClosed(on: today) {
                    errors.append(.init(field: "parent_id", message: t(T.unitParentClosed, parent.name)))
                }
                if let id = existing?.id, tree.wouldCreateCycle(moving: id, under: parentID) {
                    errors.append(.init(field: "parent_id", message: t(T.unitParentCycle)))
                }
            } else {
                errors.append(.init(field: "parent_id", message: t(T.unitParentMissing)))
            }
        }
        return errors
    }

    /// `formErrors` are problems the form already found (a date it could not read…): reported with the rest.
    static func create(
        _ draft: UnitDraft, formErrors: [FieldError] = [], actor: AuditActor, now: Date, on db: Database,
        t: Localizer
    ) async throws -> OrgUnit {
        let tree = try await UnitDirectory.tree(on: db)
        try await formErrors.merging(validate(draft, existing: nil, tree: tree, on: db, today: CivilDate.today(now: now), t: t))
            .throwIfAny()
        let unit = OrgUnit(
            code: draft.code, name: draft.name, kind: UnitKind(rawValue: draft.kind)!,
            parentID: draft.parentID, validFrom: draft.validFrom)
        try await unit.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "unit", entityID: unit.id,
            summary: "\(unit.code) — \(unit.name)", before: OrgUnit.Snapshot?.none, after: unit.snapshot)
        return unit
    }

    /// Renames, moves or re-kinds a unit. `expectedVersion` guards against two people editing at once.
    static func update(
        _ unit: OrgUnit, with draft: UnitDraft, formErrors: [FieldError] = [], expectedVersion: Int?,
        actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        try await db.claimVersion(
            of: OrgUnit.schema, id: unit.id!, loaded: unit.version, expected: expectedVersion,
            conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
        let tree = try await UnitDirectory.tree(on: db)
        try await formErrors.merging(validate(draft, existing: unit, tree: tree, on: db, today: CivilDate.today(now: now), t: t))
            .throwIfAny()
        let before = unit.snapshot
        unit.code = draft.code
        unit.setName(draft.name)
        unit.kind = draft.kind
        unit.parentID = draft.parentID
        unit.validFrom = draft.validFrom?.iso
        guard unit.snapshot != before else { return }
        unit.version += 1
        try await unit.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "unit", entityID: unit.id,
            summary: "\(unit.code) — \(unit.name)", before: before, after: unit.snapshot)
    }

    /// Closes a unit on `date` (its last valid day). With a successor, the units below it and its users move
    /// to the successor, as a merger does (DOMAIN §1); its history stays under its own name.
    static func close(
        _ unit: OrgUnit, on date: CivilDate?, successorID: UUID?, formErrors: [FieldError] = [],
        actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        var errors = formErrors
        let tree = try await UnitDirectory.tree(on: db)
        if unit.validTo != nil {
            errors.append(.init(field: "valid_to", message: t(T.unitAlreadyClosed)))
        }
        if let date {
            if let problem = DateRules.check(date) {
                errors.append(.init(field: "valid_to", message: t(problem)))
            } else if let from = unit.validFrom.flatMap(CivilDate.parse), date < from {
                errors.append(.init(field: "valid_to", message: t(T.unitCloseBeforeStart, VNFormat.date(from))))
            }
        } else if !errors.contains(where: { $0.field == "valid_to" }) {
            errors.append(.init(field: "valid_to", message: t(T.unitCloseDateRequired)))
        }
        var successor: OrgUnit?
        if let successorID {
            successor = try await OrgUnit.find(successorID, on: db)
            if successor == nil {
                errors.append(.init(field: "successor_id", message: t(T.unitSuccessorMissing)))
            } else if tree.subtree(of: unit.id!).contains(successorID) {
                errors.append(.init(field: "successor_id", message: t(T.unitSuccessorInside)))
            } else if let date, successor!.isClosed(on: date) {
                errors.append(.init(field: "successor_id", message: t(T.unitSuccessorClosed)))
            } else if let loop = try await successorLoop(closing: unit, into: successor!, on: db) {
                errors.append(.init(field: "successor_id", message: t(.successorCycle(codes: loop))))
            }
        }
        let openChildren = try await OrgUnit.query(on: db).filter(\.$parentID == unit.id).all()
            .filter { $0.validTo == nil }
        if successorID == nil, !openChildren.isEmpty {
            errors.append(.init(field: "successor_id", message: t(T.unitHasOpenChildren, String(openChildren.count))))
        }
        try errors.throwIfAny()
        guard let date else { return }

        let before = unit.snapshot
        unit.validTo = date.iso
        unit.successorID = successorID
        unit.version += 1
        try await unit.update(on: db)
        let summary = "\(unit.code) — \(unit.name)" + (successor.map { " → \($0.code)" } ?? "")
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "close", entity: "unit", entityID: unit.id,
            summary: summary, before: before, after: unit.snapshot)
        guard let successor else { return }
        for child in openChildren {
            let childBefore = child.snapshot
            child.parentID = successor.id
            child.version += 1
            try await child.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, at: now, action: "move", entity: "unit", entityID: child.id,
                summary: "\(child.code) → \(successor.code)", before: childBefore, after: child.snapshot)
        }
        let users = try await UserAccount.query(on: db).filter(\.$unitID == unit.id).all()
        for user in users {
            let userBefore = user.snapshot
            user.unitID = successor.id
            user.version += 1
            try await user.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, at: now, action: "move", entity: "user", entityID: user.id,
                summary: "\(user.username) → \(successor.code)", before: userBefore, after: user.snapshot)
        }
    }

    /// The loop that naming `successor` would close (its chain of successors leads back to `unit`), as codes, or nil.
    private static func successorLoop(closing unit: OrgUnit, into successor: OrgUnit, on db: Database) async throws -> [String]? {
        let units = try await OrgUnit.query(on: db).filter(\.$successorID != nil).all()
        var successorOf = Dictionary(units.map { ($0.id!, $0.successorID!) }, uniquingKeysWith: { a, _ in a })
        successorOf[unit.id!] = successor.id!
        guard let loop = SuccessorChain.cycle(in: successorOf, from: [unit.id!]) else { return nil }
        var codes = Dictionary(units.map { ($0.id!, $0.code) }, uniquingKeysWith: { a, _ in a })
        codes[unit.id!] = unit.code
        codes[successor.id!] = successor.code
        return loop.map { codes[$0] ?? $0.uuidString }
    }
}
