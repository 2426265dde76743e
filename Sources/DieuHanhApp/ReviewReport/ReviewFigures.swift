import Crypto
import DieuHanhCore
import Fluent
import Foundation
import SQLKit

/// The review report's figures as one object (CONTRACT: `dieuhanh report review … --format json`): the tasks of
/// each assigner group (DOMAIN §3: the Government and the Prime Minister, the Party committee, the People's Council,
/// the committee itself) assigned in the period, the same groups' tasks carried over into it, the ministries'
/// overdue tasks, the work programme (all of it, and the items for the Government and the Prime Minister), the
/// documents the committee issued by type and received, the meetings by kind — each recorded here plus what the office
/// entered from the e-office system, which `entered` repeats — and the SHA-256 of all of it.
struct ReviewFiguresJSON: Codable, Sendable {
    /// A group's tasks: the CONTRACT's tasks object plus `started` (đã triển khai).
    struct Tasks: Codable, Sendable {
        let as_of: String
        let total: Int
        let completed_on_time: Int
        let completed_late: Int
        let pending_within_deadline: Int
        let pending_overdue: Int
        let pending_no_deadline: Int
        let documents: Int
        let started: Int
    }

    struct Groups: Codable, Sendable {
        let government: Tasks
        let party: Tasks
        let council: Tasks
        let province: Tasks
    }

    let from: String
    let to: String
    let as_of: String
    let government: Tasks
    let party: Tasks
    let council: Tasks
    let province: Tasks
    let carried_over: Groups
    let ministries_overdue: Int
    let programme: ProgrammeStatsJSON
    let government_programme: ProgrammeStatsJSON
    /// The counts the office entered for exactly this period (`OfficeCountService`); `documents_received` absent
    /// when it entered none.
    struct Entered: Codable, Sendable {
        let documents_issued: [String: Int]
        let documents_received: Int?
        let meetings: [String: Int]
    }

    /// Recorded + entered, per type code and meeting kind (`OfficeCounts.combine`).
    let documents_issued: [String: Int]
    let documents_received: Int
    let meetings: [String: Int]
    let entered: Entered
    var figures_sha256 = ""

    /// The documents and meetings as the report's sentence takes them.
    var officeFigures: OfficeFigures {
        OfficeFigures(
            issued: documents_issued, received: documents_received, meetings: meetings,
            enteredIssued: entered.documents_issued, enteredReceived: entered.documents_received,
            enteredMeetings: entered.meetings)
    }

    /// Sorted keys, no escaped slashes: the same bytes for the same figures, which the digest relies on.
    func data() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// The digest of the figures without it, in hex: anyone holding the figures can check a report against them.
    mutating func seal() throws {
        figures_sha256 = ""
        figures_sha256 = SHA256.hash(data: try data()).map { String(format: "%02x", $0) }.joined()
    }
}

enum ReviewFigures {
    static func build(period: ReportPeriod, asOf: CivilDate, province: OrgUnit, on db: Database) async throws
        -> ReviewFiguresJSON
    {
        let tree = try await UnitDirectory.tree(on: db)
        let units = try await (db as! SQLDatabase).select().column("id").column("kind").from(OrgUnit.schema).all()
            .map { (id: try $0.decode(column: "id", as: UUID.self), kind: try $0.decode(column: "kind", as: String.self)) }
        func subtrees(of kind: UnitKind) -> Set<UUID> {
            units.filter { $0.kind == kind.rawValue }.reduce(into: Set<UUID>()) { $0.formUnion(tree.subtree(of: $1.id)) }
        }
        let provinceUnits = tree.subtree(of: province.id!)
        let party = subtrees(of: .party)
        let council = subtrees(of: .council)
        // The committee, its Chairman and vice-chairmen: the province's own units, not its Party committee or council.
        let assigners: [(key: String, ids: Set<UUID>)] = [
            ("government", subtrees(of: .government)), ("party", party), ("council", council),
            ("province", provinceUnits.subtracting(party).subtracting(council)),
        ]
        let dayBefore = period.from.adding(days: -1)
        func tasks(_ ids: Set<UUID>, carriedOver: Bool) async throws -> ReviewFiguresJSON.Tasks {
            var filter = TaskStatsFilter(asOf: asOf, leadUnitIDs: provinceUnits, assignerIDs: ids)
            if carriedOver {
                filter.to = dayBefore
                filter.openOn = dayBefore
            } else {
                (filter.from, filter.to) = (period.from, period.to)
            }
            let (counts, documents) = try await TaskStatistics.counts(filter, on: db)
            return .init(
                as_of: asOf.iso, total: counts.total, completed_on_time: counts.completedOnTime,
                completed_late: counts.completedLate, pending_within_deadline: counts.pendingWithinDeadline,
                pending_overdue: counts.pendingOverdue, pending_no_deadline: counts.pendingNoDeadline, documents: documents,
                started: try await TaskStatistics.startedCount(filter, on: db))
        }
        var assigned: [String: ReviewFiguresJSON.Tasks] = [:]
        var carried: [String: ReviewFiguresJSON.Tasks] = [:]
        for group in assigners {
            assigned[group.key] = try await tasks(group.ids, carriedOver: false)
            carried[group.key] = try await tasks(group.ids, carriedOver: true)
        }
        // As in the report's appendix: a ministry's task counts until it is done, whenever it was assigned.
        let ministries = TaskStatsFilter(asOf: asOf, leadUnitIDs: subtrees(of: .ministry))
        let ministriesOverdue = try await TaskStatistics.taskIDs(ministries, buckets: [.pendingOverdue], on: db).count
        var programme = ProgrammeStatsFilter(period: period, asOf: asOf, leadUnitIDs: provinceUnits)
        let allItems = ProgrammeStatistics.json(try await ProgrammeStatistics.run(programme, on: db), byUnit: false)
        programme.bodies = [.government, .primeMinister]
        let governmentItems = ProgrammeStatistics.json(try await ProgrammeStatistics.run(programme, on: db), byUnit: false)
        let recordedMeetings = try await MeetingQuery.counts(from: period.from, to: period.to, asOf: asOf, on: db)
        // The office's counts belong to the period it entered them for, whatever the cut-off: they are its statement
        // of what the e-office system holds for that period.
        let entered = try await OfficeCountService.entered(from: period.from, to: period.to, on: db)
        let recordedDocuments = try await documentsIssued(
            period: period, asOf: asOf, province: province, provinceUnits: provinceUnits, on: db)
        var figures = ReviewFiguresJSON(
            from: period.from.iso, to: period.to.iso, as_of: asOf.iso, government: assigned["government"]!,
            party: assigned["party"]!, council: assigned["council"]!, province: assigned["province"]!,
            carried_over: .init(
                government: carried["government"]!, party: carried["party"]!, council: carried["council"]!,
                province: carried["province"]!),
            ministries_overdue: ministriesOverdue, programme: allItems, government_programme: governmentItems,
            documents_issued: OfficeCounts.combine(recorded: recordedDocuments, entered: entered[.issued] ?? [:]),
            documents_received: entered[.received]?[""] ?? 0,
            meetings: OfficeCounts.combine(
                recorded: Dictionary(uniqueKeysWithValues: recordedMeetings.map { ($0.key.rawValue, $0.value) }),
                entered: entered[.meetings] ?? [:]),
            entered: .init(
                documents_issued: entered[.issued] ?? [:], documents_received: entered[.received]?[""],
                meetings: entered[.meetings] ?? [:]))
        try figures.seal()
        return figures
    }

    /// The documents the committee issued in the period, known by the cut-off, by type code ("QĐ", "CT", "TB"; a
    /// công văn, which has none, as "CV"; a legal normative document as "QPPL": `OfficeCounts.code`). The committee
    /// is the province unit and its office.
    static func documentsIssued(
        period: ReportPeriod, asOf: CivilDate, province: OrgUnit, provinceUnits: Set<UUID>, on db: Database
    ) async throws -> [String: Int] {
        let offices = try await OrgUnit.query(on: db).filter(\.$kind == UnitKind.office.rawValue).all()
            .filter { provinceUnits.contains($0.id!) }.compactMap(\.id)
        let last = min(period.to, asOf)
        guard period.from <= last else { return [:] }
        let documents = try await Document.query(on: db).filter(\.$issuerID ~~ ([province.id!] + offices))
            .filter(\.$issuedOn >= period.from.iso).filter(\.$issuedOn <= last.iso).all()
        return documents.reduce(into: [:]) { counts, document in
            let code =
                (try? DocumentNumber.parse(document.notation).get()).map { OfficeCounts.code(of: $0) } ?? document.typeCode
                ?? "CV"
            counts[code, default: 0] += 1
        }
    }
}
