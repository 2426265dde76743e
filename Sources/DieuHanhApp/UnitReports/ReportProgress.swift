import DieuHanhCore
import Fluent
import Vapor

/// Where each recipient of some requests stands as of a date: the Core rule (`ReportSubmissionRule`) over the
/// steps recorded, loaded in a few queries for all the requests at once.
enum ReportProgress {
    struct UnitStatus: Sendable {
        let request: ReportRequest
        let recipient: ReportRequestRecipient
        /// nil when the request was not yet issued on the date asked.
        let snapshot: ReportSubmissionSnapshot?
        /// The unit's steps, in the order they were recorded.
        let events: [ReportSubmissionRecord]
        let dueSoon: Bool

        var unitID: UUID { recipient.unitID }
        /// The step holding the version in force (its text and files are the report).
        var version: ReportSubmissionRecord? { snapshot?.versionIndex.map { events[$0] } }
        var status: ReportSubmissionStatus? { snapshot?.status }
    }

    /// Statuses per request id; a unit officer's `scope` keeps only their units' rows.
    static func load(
        _ requests: [ReportRequest], scope: AccessScope = .everything, asOf date: CivilDate,
        calendar: WorkingCalendar, on db: Database
    ) async throws -> [UUID: [UnitStatus]] {
        let ids = requests.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        var recipients: [ReportRequestRecipient] = []
        var events: [ReportSubmissionRecord] = []
        for chunk in ids.reportChunks(500) {
            recipients += try await ReportRequestRecipient.query(on: db).filter(\.$requestID ~~ chunk).all()
            events += try await ReportSubmissionRecord.query(on: db).filter(\.$requestID ~~ chunk)
                .sort(\.$recordedOn).sort(\.$recordedAt).all()
        }
        let eventsByPair = Dictionary(grouping: events) { Pair(request: $0.requestID, unit: $0.unitID) }
        let byID = Dictionary(uniqueKeysWithValues: requests.map { ($0.id!, $0) })
        var result: [UUID: [UnitStatus]] = [:]
        for recipient in recipients where scope.allows(recipient.unitID) {
            guard let request = byID[recipient.requestID] else { continue }
            let steps = eventsByPair[Pair(request: recipient.requestID, unit: recipient.unitID)] ?? []
            let snapshot = ReportSubmissionRule.evaluate(
                deadline: request.deadlineDate, issuedOn: request.issuedDate,
                events: steps.compactMap(\.coreEvent), asOf: date)
            let dueSoon = snapshot.map { ReportSubmissionRule.isDueSoon($0, asOf: date, calendar: calendar) } ?? false
            result[recipient.requestID, default: []].append(
                UnitStatus(request: request, recipient: recipient, snapshot: snapshot, events: steps, dueSoon: dueSoon))
        }
        return result
    }

    static func counts(_ statuses: [UnitStatus]) -> ReportingCounts {
        ReportingCounts.tally(statuses.compactMap(\.status))
    }

    /// One unit's status on one request, as of `date`.
    static func one(_ request: ReportRequest, unitID: UUID, asOf date: CivilDate, on db: Database) async throws -> UnitStatus? {
        let calendar = try await CalendarService.calendar(on: db)
        return try await load([request], asOf: date, calendar: calendar, on: db)[request.id!]?.first { $0.unitID == unitID }
    }

    private struct Pair: Hashable {
        let request: UUID
        let unit: UUID
    }
}
