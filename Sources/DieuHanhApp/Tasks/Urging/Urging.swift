import DieuHanhCore
import Fluent
import Foundation

/// An urging letter (công văn đôn đốc, DOMAIN §11): drafted from the overdue tasks of some units as of a day, then
/// issued with its number and date, after which it never changes and its DOCX is kept as issued.
final class Urging: Model, @unchecked Sendable {
    static let schema = "urgings"

    enum State: String, Sendable {
        case draft, issued
    }

    @ID(key: .id) var id: UUID?
    /// The day the tasks are overdue as of (the letter's cut-off).
    @Field(key: "as_of") var asOf: String
    @Field(key: "state") var state: String
    /// Rises with every save, so a stale save is refused rather than overwriting another's.
    @Field(key: "version") var version: Int
    /// The units chosen, comma-separated ids; empty when the office chose every unit with overdue tasks.
    @Field(key: "unit_ids") var unitIDsText: String
    /// Trích yếu.
    @Field(key: "summary") var summary: String
    /// Kính gửi, a line each.
    @Field(key: "addressees") var addresseesText: String
    @Field(key: "opening") var opening: String
    /// The closing request; the letter adds the day to report by.
    @Field(key: "request") var request: String
    @Field(key: "report_by") var reportBy: String
    /// Nơi nhận, a line each.
    @Field(key: "recipients") var recipientsText: String
    @OptionalField(key: "signer") var signer: String?
    @OptionalField(key: "signer_title") var signerTitle: String?
    @OptionalField(key: "authority") var authority: String?
    @OptionalField(key: "notation") var notation: String?
    @OptionalField(key: "issued_on") var issuedOn: String?
    /// The letter as a document of the province, so later documents can cite it (seed 003, footnote 1).
    @OptionalField(key: "document_id") var documentID: UUID?
    @OptionalField(key: "docx") var frozenDOCX: Data?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var cutOff: CivilDate { CivilDate.parse(asOf)! }
    var reportByDate: CivilDate { CivilDate.parse(reportBy) ?? cutOff }
    var isIssued: Bool { state == State.issued.rawValue }
    var issuedDate: CivilDate? { issuedOn.flatMap(CivilDate.parse) }
    var addressees: [String] { lines(addresseesText) }
    var recipients: [String] { lines(recipientsText) }
    var unitIDs: [UUID] { unitIDsText.split(separator: ",").compactMap { UUID(uuidString: String($0)) } }
    var signingAuthority: SigningAuthority { authority.flatMap(SigningAuthority.parse) ?? .onBehalf }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A task the letter lists, in the letter's order.
final class UrgingTask: Model, @unchecked Sendable {
    static let schema = "urging_tasks"

    @ID(key: .id) var id: UUID?
    @Field(key: "urging_id") var urgingID: UUID
    @Field(key: "task_id") var taskID: UUID
    @Field(key: "position") var position: Int

    init() {}

    init(urgingID: UUID, taskID: UUID, position: Int) {
        (self.urgingID, self.taskID, self.position) = (urgingID, taskID, position)
    }
}

/// That a task was urged, by which letter and on which day: written for every listed task when the letter is
/// issued, never changed. Kept apart from the task's events, which the status rule reads: being urged changes
/// no status.
final class TaskUrging: Model, @unchecked Sendable {
    static let schema = "task_urgings"

    @ID(key: .id) var id: UUID?
    @Field(key: "task_id") var taskID: UUID
    @Field(key: "urging_id") var urgingID: UUID
    @Field(key: "document_id") var documentID: UUID
    @Field(key: "notation") var notation: String
    @Field(key: "issued_on") var issuedOn: String
    /// The day it was entered, for as-of-date reading (`UrgingRule.counts`).
    @Field(key: "recorded_on") var recordedOn: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var issuedDate: CivilDate { CivilDate.parse(issuedOn)! }

    func counts(asOf date: CivilDate) -> Bool {
        UrgingRule.counts(issuedOn: issuedDate, recordedOn: CivilDate.parse(recordedOn) ?? issuedDate, asOf: date)
    }

    /// The issued urgings of these tasks that count as of `date`, oldest first, by task.
    static func asOf(_ date: CivilDate, tasks ids: [UUID], on db: Database) async throws -> [UUID: [TaskUrging]] {
        var result: [UUID: [TaskUrging]] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let rows = try await TaskUrging.query(on: db).filter(\.$taskID ~~ chunk)
                .filter(\.$issuedOn <= date.iso).sort(\.$issuedOn).sort(\.$notation).all()
            for row in rows where row.counts(asOf: date) { result[row.taskID, default: []].append(row) }
        }
        return result
    }

    /// The tasks urged by a letter that counts as of `date` (the tasks list's "Đã đôn đốc" filter).
    static func taskIDs(asOf date: CivilDate, on db: Database) async throws -> [UUID] {
        let rows = try await TaskUrging.query(on: db).filter(\.$issuedOn <= date.iso).all()
        return Array(Set(rows.filter { $0.counts(asOf: date) }.map(\.taskID)))
    }

    /// The review report's note for a task urged as of its cut-off.
    static func note(_ rows: [TaskUrging]) -> String {
        UrgingText.note(rows.map { (notation: $0.notation, date: $0.issuedDate) })
    }
}
