import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// A task as an urging letter lists it.
struct UrgingLine: Sendable {
    var taskID: UUID
    /// "Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh", as the review report writes it.
    var document: String
    var content: String
    var unitID: UUID
    var unit: String
    var deadline: CivilDate?
    var daysOverdue: Int?
}

/// What the office types in a letter's draft (and the API sends); what is left out keeps the draft's own.
struct UrgingForm: Content {
    var summary: String?
    var addressees: String?
    var opening: String?
    var request: String?
    var report_by: String?
    var signer: String?
    var signer_title: String?
    var authority: String?
    var recipients: String?
    var notation: String?
    var date: String?
    var version: String?
}

/// Drafting and issuing urging letters (DOMAIN §11); the pages and the API both come here.
enum UrgingService {
    /// The overdue tasks as of `asOf` led by these units or units under them (every unit when nil), by unit, then
    /// deadline. Top-level tasks, as every statistic counts them: a delegated task is urged through its parent.
    static func overdue(unitIDs: [UUID]?, asOf: CivilDate, on db: Database) async throws -> [UrgingLine] {
        var leadUnits: Set<UUID>?
        if let unitIDs {
            var all = Set<UUID>()
            for id in unitIDs { all.formUnion(try await UnitDirectory.subtree(of: id, on: db)) }
            leadUnits = all
        }
        let ids = try await TaskStatistics.taskIDs(
            TaskStatsFilter(asOf: asOf, leadUnitIDs: leadUnits), buckets: [.pendingOverdue], on: db)
        return try await lines(ids, asOf: asOf, on: db).sorted { a, b in
            if a.unit != b.unit { return VietnameseText.areInIncreasingOrder(a.unit, b.unit) }
            if a.deadline != b.deadline { return (a.deadline?.dayNumber ?? 0) < (b.deadline?.dayNumber ?? 0) }
            return a.content < b.content
        }
    }

    /// The units with overdue tasks as of the date, with how many, by name.
    static func unitsWithOverdue(asOf: CivilDate, on db: Database) async throws -> [(id: UUID, name: String, count: Int)] {
        let groups = try await TaskStatistics.breakdown(TaskStatsFilter(asOf: asOf), by: .leadUnit, on: db)
            .filter { $0.counts.pendingOverdue > 0 }
        let ids = groups.compactMap { $0.key.flatMap(UUID.init(uuidString:)) }
        let names = try await UnitDirectory.names(of: ids, on: db)
        return groups.compactMap { group in
            guard let id = group.key.flatMap(UUID.init(uuidString:)), let name = names[id] else { return nil }
            return (id, name, group.counts.pendingOverdue)
        }.sorted { VietnameseText.areInIncreasingOrder($0.name, $1.name) }
    }

    /// These tasks as of the date, in the order given: document, lead unit, deadline and days overdue by the Core rule.
    static func lines(_ ids: [UUID], asOf: CivilDate, on db: Database) async throws -> [UrgingLine] {
        guard !ids.isEmpty else { return [] }
        let tasks = try await TaskItem.shown(ids, on: db)
        let documents = try await Document.shown(tasks.values.map(\.documentID), on: db)
        let unitIDs = Set(tasks.values.map(\.leadUnitID)).union(documents.values.compactMap(\.issuerID))
        let names = try await UnitDirectory.names(of: unitIDs, on: db)
        let events = try await TaskFactsLoader.coreEvents(for: ids, on: db)
        return ids.compactMap { id in
            guard let task = tasks[id] else { return nil }
            let overdue = UrgingRule.overdue(TaskFactsLoader.facts(task, coreEvents: events[id] ?? []), asOf: asOf)
            let document = documents[task.documentID]
            return UrgingLine(
                taskID: id,
                document: document.map { ReviewReportBuilder.describe($0, issuer: $0.issuerID.flatMap { names[$0] }) } ?? "",
                content: task.content, unitID: task.leadUnitID, unit: names[task.leadUnitID] ?? "",
                deadline: overdue?.deadline ?? task.deadlineDate, daysOverdue: overdue?.daysOverdue)
        }
    }

    /// The listed tasks of a letter, in its order.
    static func lines(of urging: Urging, on db: Database) async throws -> [UrgingLine] {
        let rows = try await UrgingTask.query(on: db).filter(\.$urgingID == urging.id!).sort(\.$position).all()
        return try await lines(rows.map(\.taskID), asOf: urging.cutOff, on: db)
    }

    /// Starts a letter to the units (every unit with overdue tasks when nil) about the chosen tasks among their
    /// overdue ones as of `asOf` (all of them when nil), with the usual wording to edit.
    static func create(
        unitIDs: [UUID]?, asOf: CivilDate, taskIDs: [UUID]?, actor: AuditActor, now: Date, on db: Database,
        t: Localizer
    ) async throws -> Urging {
        if let unitIDs, unitIDs.isEmpty {
            throw ValidationFailure(errors: [.init(field: "units", message: t(T.urgingUnitsRequired))])
        }
        let candidates = try await overdue(unitIDs: unitIDs, asOf: asOf, on: db)
        var chosen = candidates
        if let taskIDs {
            let wanted = Set(taskIDs)
            chosen = candidates.filter { wanted.contains($0.taskID) }
            if chosen.count < wanted.count {
                throw ValidationFailure(errors: [
                    .init(field: "tasks", message: t(T.urgingTaskNotOverdue, VNFormat.date(asOf)))
                ])
            }
        }
        guard !chosen.isEmpty else {
            let message = candidates.isEmpty ? t(T.urgingNoOverdue, VNFormat.date(asOf)) : t(T.urgingTasksRequired)
            throw ValidationFailure(errors: [.init(field: "tasks", message: message)])
        }
        var unitNames: [String] = []
        for line in chosen where !unitNames.contains(line.unit) { unitNames.append(line.unit) }
        let today = CivilDate.today(now: now)
        let calendar = try await CalendarService.calendar(on: db)
        let urging = Urging()
        urging.asOf = asOf.iso
        urging.state = Urging.State.draft.rawValue
        urging.version = 1
        urging.unitIDsText = (unitIDs ?? []).map(\.uuidString).joined(separator: ",")
        urging.summary = UrgingText.summary
        urging.addresseesText = UrgingText.addressees(unitNames).joined(separator: "\n")
        urging.opening = UrgingText.opening(taskCount: chosen.count, asOf: asOf)
        urging.request = UrgingText.request
        urging.reportBy = UrgingRule.reportBy(after: max(today, asOf), calendar: calendar).iso
        urging.recipientsText = UrgingText.recipients.joined(separator: "\n")
        urging.authority = SigningAuthority.onBehalf.rawValue
        urging.createdBy = actor.id
        try await urging.create(on: db)
        for (position, line) in chosen.enumerated() {
            try await UrgingTask(urgingID: urging.id!, taskID: line.taskID, position: position + 1).create(on: db)
        }
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "urging", entityID: urging.id,
            summary: "Dự thảo công văn đôn đốc \(chosen.count) nhiệm vụ", before: String?.none, after: String?.none)
        return urging
    }

    static func issuedConflict(_ t: Localizer) -> AppError {
        AppError(.conflict, code: "issued", message: t(T.urgingIssuedFrozen))
    }

    static func staleConflict(_ t: Localizer) -> AppError {
        AppError(.conflict, code: "conflict", message: t(T.urgingStale))
    }

    /// Saves what the office typed in the draft. An issued letter never changes; a save read at an older version
    /// than the draft's is refused, so two people editing do not overwrite each other.
    static func save(_ urging: Urging, form: UrgingForm, now: Date, on db: Database, t: Localizer) async throws {
        guard !urging.isIssued else { throw issuedConflict(t) }
        if let text = form.version?.trimmingCharacters(in: .whitespaces), !text.isEmpty, Int(text) != urging.version {
            throw staleConflict(t)
        }
        func text(_ value: String?, _ current: String) -> String {
            (value ?? current).replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let summary = text(form.summary, urging.summary)
        let addressees = text(form.addressees, urging.addresseesText)
        let opening = text(form.opening, urging.opening)
        let request = text(form.request, urging.request)
        let recipients = text(form.recipients, urging.recipientsText)
        let reportByText = text(form.report_by, VNFormat.date(urging.reportByDate))
        var errors: [FieldError] = []
        for (value, field, message) in [
            (summary, "summary", T.urgingSummaryRequired), (addressees, "addressees", T.urgingAddresseesRequired),
            (opening, "opening", T.urgingOpeningRequired), (request, "request", T.urgingRequestRequired),
        ] where value.isEmpty {
            errors.append(.init(field: field, message: t(message)))
        }
        for (value, field) in [(summary, "summary"), (addressees, "addressees"), (recipients, "recipients")]
        where value.count > 2_000 {
            errors.append(.init(field: field, message: t(T.reviewDraftTextTooLong, "2.000")))
        }
        for (value, field) in [(opening, "opening"), (request, "request")] where value.count > 20_000 {
            errors.append(.init(field: field, message: t(T.reviewDraftTextTooLong, "20.000")))
        }
        let reportBy = CivilDate.parse(reportByText)
        if reportBy == nil {
            errors.append(
                .init(
                    field: "report_by",
                    message: reportByText.isEmpty ? t(T.urgingReportByRequired) : t.dateError(reportByText)))
        } else if let reportBy, reportBy < urging.cutOff {
            errors.append(.init(field: "report_by", message: t(T.urgingReportByBeforeCutOff, VNFormat.date(urging.cutOff))))
        }
        let signer = text(form.signer, urging.signer ?? "")
        let signerTitle = text(form.signer_title, urging.signerTitle ?? "")
        if signer.count > 200 || signerTitle.count > 200 {
            errors.append(.init(field: "signer", message: t(T.reviewDraftTextTooLong, "200")))
        }
        let authorityText = text(form.authority, urging.authority ?? "")
        if !authorityText.isEmpty && SigningAuthority.parse(authorityText) == nil {
            errors.append(.init(field: "authority", message: t(T.reviewIssueAuthorityInvalid)))
        }
        try errors.throwIfAny()
        try await db.claimVersion(
            of: Urging.schema, id: urging.id!, loaded: urging.version, expected: nil, conflict: staleConflict(t))
        urging.version += 1
        urging.summary = summary
        urging.addresseesText = addressees
        urging.opening = opening
        urging.request = request
        urging.recipientsText = recipients
        urging.reportBy = reportBy!.iso
        urging.signer = signer.isEmpty ? nil : signer
        urging.signerTitle = signerTitle.isEmpty ? nil : signerTitle
        urging.authority = SigningAuthority.parse(authorityText)?.rawValue
        urging.updatedAt = now
        try await urging.update(on: db)
    }
}
