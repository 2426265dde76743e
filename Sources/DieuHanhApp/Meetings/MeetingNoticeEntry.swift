import DieuHanhCore
import Fluent
import Plot
import Vapor

/// A meeting's conclusion notice is entered with the ordinary document-and-tasks form (`/tasks/new?meeting=…`):
/// its points become tasks as any document's do. This is what that form needs from meetings.
enum MeetingNoticeEntry {
    /// Starts the form as a notice of the meeting: its summary in the official words, the date from the meeting.
    static func prefill(_ form: inout TaskEntryForm, meetingID: UUID, on db: Database, t: Localizer) async throws {
        guard let meeting = try await Meeting.find(meetingID, on: db) else { throw Abort(.notFound) }
        form.meetingID = meetingID.uuidString
        let chair = [meeting.chairTitle, meeting.chairName].filter { !$0.isEmpty }.joined(separator: " ")
        form.summary = t(T.meetingNoticeSummary, chair, meeting.title)
    }

    /// Links the saved document to the meeting, in the same transaction: a refusal undoes the whole entry.
    static func link(
        _ document: Document, meetingID: String, actor user: UserAccount, now: Date, on db: Database, t: Localizer
    ) async throws {
        guard !meetingID.isEmpty else { return }
        guard let id = UUID(uuidString: meetingID), let meeting = try await Meeting.find(id, on: db) else {
            throw Abort(.notFound)
        }
        if document.typeCode != "TB" {
            throw ValidationFailure(errors: [.init(field: "notation", message: t(T.meetingNoticeNotTB, document.notation))])
        }
        try await MeetingService.link(notice: document, to: meeting, actor: AuditActor(user), now: now, on: db, t: t)
    }

    /// The line above the form that says which meeting the notice concludes.
    static func banner(_ meeting: Meeting, _ t: Localizer) -> BodyNode {
        .p(
            .class("notice"),
            .text(t(T.meetingForNotice, meeting.title, VNFormat.date(meeting.heldDate))))
    }
}
