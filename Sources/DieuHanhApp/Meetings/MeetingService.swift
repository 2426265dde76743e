import DieuHanhCore
import Fluent
import Vapor

/// A meeting with what hangs from it, read together.
struct MeetingDetails {
    var meeting: Meeting
    var attendees: [MeetingAttendee]
    var unitIDs: [UUID]
    var documents: [Document]

    static func load(_ meeting: Meeting, on db: Database) async throws -> MeetingDetails {
        let id = meeting.id!
        let attendees = try await MeetingAttendee.query(on: db).filter(\.$meetingID == id).sort(\.$position).all()
        let units = try await MeetingUnit.query(on: db).filter(\.$meetingID == id).all().map(\.unitID)
        let ids = try await MeetingDocument.query(on: db).filter(\.$meetingID == id).all().map(\.documentID)
        let documents = ids.isEmpty ? [] : try await Document.query(on: db).filter(\.$id ~~ ids).sort(\.$issuedOn).all()
        return MeetingDetails(meeting: meeting, attendees: attendees, unitIDs: units, documents: documents)
    }

    var snapshot: Meeting.Snapshot {
        let m = meeting
        return Meeting.Snapshot(
            kind: m.kind, title: m.title, heldOn: m.heldOn, startTime: m.startTime, place: m.place,
            onlinePoints: m.onlinePoints, chairName: m.chairName, chairTitle: m.chairTitle, discussed: m.discussed,
            notes: m.notes, noticeDocumentID: m.noticeDocumentID,
            attendees: attendees.map { $0.attendance + ": " + $0.line.text },
            unitIDs: unitIDs.sorted { $0.uuidString < $1.uuidString },
            documentIDs: documents.compactMap(\.id).sorted { $0.uuidString < $1.uuidString })
    }
}

/// Entering and editing meetings, and linking a conclusion notice: the checks, the rows and the audit entries,
/// in the caller's transaction.
enum MeetingService {
    static let titleRule = TextRule.name(max: 500)
    static let shortRule = TextRule.name(max: 300)

    /// Every problem of a draft at once, and the documents its notations name. A closed unit may stay on a meeting
    /// that already invited it, but is not offered or accepted anew.
    static func validate(
        _ draft: MeetingDraft, existing: MeetingDetails?, today: CivilDate, on db: Database, t: Localizer
    ) async throws -> ([FieldError], [Document]) {
        var errors: [FieldError] = []
        func add(_ field: String, _ message: String) { errors.append(.init(field: field, message: message)) }
        if draft.kind == nil { add("kind", t(T.meetingKindRequired)) }
        if draft.title.isEmpty { add("title", t(T.meetingTitleRequired)) }
        if draft.heldOn == nil && !errors.contains(where: { $0.field == "held_on" }) { add("held_on", t(T.meetingDateRequired)) }
        if draft.chairName.isEmpty { add("chair_name", t(T.meetingChairRequired)) }
        var checks = FieldChecks(t)
        checks.text(draft.title, titleRule, field: "title")
        checks.text(draft.place, shortRule, field: "place")
        checks.text(draft.chairName, shortRule, field: "chair_name")
        checks.text(draft.chairTitle, shortRule, field: "chair_title")
        checks.text(draft.onlinePoints, FieldRules.note, field: "online_points")
        checks.text(draft.discussed, FieldRules.note, field: "discussed")
        checks.text(draft.notes, FieldRules.note, field: "notes")
        checks.date(draft.heldOn, field: "held_on")
        errors += checks.errors
        for (attendance, line) in draft.attendees {
            let field = attendance.rawValue
            if line.name.count > 300 || line.title.count > 300 || line.detail.count > 500 {
                add(field, t(T.meetingLineTooLong, line.name))
            }
            if attendance == .deputy && line.detail.isEmpty { add(field, t(T.meetingDeputyRequired, line.name)) }
        }
        if !draft.unitIDs.isEmpty {
            let units = try await OrgUnit.query(on: db).filter(\.$id ~~ draft.unitIDs).all()
            let known = Set(existing?.unitIDs ?? [])
            if units.count != draft.unitIDs.count { add("units", t(T.unitParentMissing)) }
            for unit in units where unit.isClosed(on: today) && !known.contains(unit.id!) {
                add("units", t(T.unitParentClosed, unit.name))
            }
        }
        var documents: [Document] = []
        for notation in draft.documentNotations {
            if let document = try await find(notation: notation, on: db) {
                if !documents.contains(where: { $0.id == document.id }) { documents.append(document) }
            } else {
                add("documents", t(T.meetingDocumentUnknown, notation))
            }
        }
        return (errors, documents)
    }

    /// The document a user names by its notation, typed leniently ("Số 1409/BC-UBND ngày 10/12/2020"); the latest
    /// of that notation when the year is not said.
    static func find(notation text: String, on db: Database) async throws -> Document? {
        guard case .success(let number) = DocumentNumber.parse(text) else { return nil }
        var query = Document.query(on: db).filter(\.$notation == number.notation)
        if let year = number.date?.year ?? number.year { query = query.filter(\.$year == year) }
        return try await query.sort(\.$issuedOn, .descending).first()
    }

    static func create(
        _ draft: MeetingDraft, documents: [Document], actor: AuditActor, now: Date, on db: Database
    ) async throws -> Meeting {
        let meeting = Meeting()
        meeting.version = 1
        meeting.recordedOn = CivilDate.today(now: now).iso
        apply(draft, to: meeting)
        try await meeting.create(on: db)
        try await replaceParts(of: meeting, draft, documents: documents, on: db)
        let after = try await MeetingDetails.load(meeting, on: db).snapshot
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "meeting", entityID: meeting.id,
            summary: String(meeting.title.prefix(160)), before: Meeting.Snapshot?.none, after: after)
        return meeting
    }

    /// Saves a checked draft over a meeting read at `expectedVersion`; a stale version is a conflict.
    static func update(
        _ details: MeetingDetails, with draft: MeetingDraft, documents: [Document], expectedVersion: Int?,
        actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        let meeting = details.meeting
        try await db.claimVersion(
            of: Meeting.schema, id: meeting.id!, loaded: meeting.version, expected: expectedVersion,
            conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
        let before = details.snapshot
        apply(draft, to: meeting)
        meeting.version += 1
        try await meeting.update(on: db)
        try await replaceParts(of: meeting, draft, documents: documents, on: db)
        let after = try await MeetingDetails.load(meeting, on: db).snapshot
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "meeting", entityID: meeting.id,
            summary: String(meeting.title.prefix(160)), before: before, after: after)
    }

    /// Makes `document` the meeting's conclusion notice. A document concludes one meeting at most, and a meeting
    /// has one notice: linking the same pair again changes nothing.
    static func link(
        notice document: Document, to meeting: Meeting, actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        if meeting.noticeDocumentID == document.id { return }
        if let other = try await Meeting.query(on: db).filter(\.$noticeDocumentID == document.id).first() {
            throw ValidationFailure(errors: [
                .init(field: "notation", message: t(T.meetingNoticeTaken, document.notation, other.title))
            ])
        }
        if meeting.noticeDocumentID != nil {
            throw ValidationFailure(errors: [.init(field: "notation", message: t(T.meetingHasNotice))])
        }
        try await db.claimVersion(
            of: Meeting.schema, id: meeting.id!, loaded: meeting.version, expected: nil,
            conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
        meeting.noticeDocumentID = document.id
        meeting.version += 1
        try await meeting.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "link_notice", entity: "meeting", entityID: meeting.id,
            summary: document.notation, before: UUID?.none, after: document.id)
    }

    private static func apply(_ draft: MeetingDraft, to meeting: Meeting) {
        meeting.kind = (draft.kind ?? .workingSession).rawValue
        meeting.title = draft.title
        meeting.searchText = VietnameseText.fold(draft.title + " " + draft.place + " " + draft.chairName)
        meeting.heldOn = draft.heldOn!.iso
        meeting.startTime = draft.startTime
        meeting.place = draft.place
        meeting.onlinePoints = draft.onlinePoints
        meeting.chairName = draft.chairName
        meeting.chairTitle = draft.chairTitle
        meeting.discussed = draft.discussed
        meeting.notes = draft.notes
    }

    /// The people, units and documents are written anew on each save: they have no life of their own.
    private static func replaceParts(of meeting: Meeting, _ draft: MeetingDraft, documents: [Document], on db: Database)
        async throws
    {
        let id = meeting.id!
        try await MeetingAttendee.query(on: db).filter(\.$meetingID == id).delete()
        try await MeetingUnit.query(on: db).filter(\.$meetingID == id).delete()
        try await MeetingDocument.query(on: db).filter(\.$meetingID == id).delete()
        for (i, (attendance, line)) in draft.attendees.enumerated() {
            let row = MeetingAttendee()
            row.meetingID = id
            row.position = i
            row.attendance = attendance.rawValue
            row.name = line.name
            row.title = line.title
            row.detail = line.detail
            try await row.create(on: db)
        }
        for unitID in draft.unitIDs {
            let row = MeetingUnit()
            row.meetingID = id
            row.unitID = unitID
            try await row.create(on: db)
        }
        for document in documents {
            let row = MeetingDocument()
            row.meetingID = id
            row.documentID = document.id!
            try await row.create(on: db)
        }
    }
}
