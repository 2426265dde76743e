import DieuHanhCore
import Fluent
import Foundation

/// A count the office entered from the e-office system for one report period (`OfficeCounts`): documents issued of
/// a type, documents received, meetings of a kind. Entering it again replaces it.
final class OfficeCount: Model, @unchecked Sendable {
    static let schema = "office_counts"

    @ID(key: .id) var id: UUID?
    @Field(key: "period_from") var periodFrom: String
    @Field(key: "period_to") var periodTo: String
    @Field(key: "category") var category: String
    /// A document type code (`QĐ`, `QPPL`, `KHAC`), a meeting kind (`giao_ban`), or empty for documents received.
    @Field(key: "code") var code: String
    @Field(key: "count") var count: Int
    @Field(key: "entered_by") var enteredBy: String
    @Field(key: "entered_at") var enteredAt: Date

    init() {}

    /// What the audit log keeps of it.
    struct Snapshot: Codable, Equatable, Sendable {
        var category: String
        var code: String
        var count: Int
    }

    var snapshot: Snapshot { Snapshot(category: category, code: code, count: count) }
}

/// One count to store: its category, its code and the count; nil removes an entered count.
struct OfficeCountEntry: Equatable, Sendable {
    var category: OfficeCountCategory
    var code: String
    var count: Int?
}

/// Entered counts read and written for one period, the report's exact from/to.
enum OfficeCountService {
    /// The counts entered for exactly this period, by category and code.
    static func entered(from: CivilDate, to: CivilDate, on db: Database) async throws
        -> [OfficeCountCategory: [String: Int]]
    {
        let rows = try await OfficeCount.query(on: db).filter(\.$periodFrom == from.iso).filter(\.$periodTo == to.iso).all()
        var result: [OfficeCountCategory: [String: Int]] = [:]
        for row in rows {
            guard let category = OfficeCountCategory(rawValue: row.category) else { continue }
            result[category, default: [:]][row.code] = row.count
        }
        return result
    }

    /// Writes the entries of one period in the caller's transaction: a count replaces the one entered before, nil
    /// removes it; one audit entry for the period. Returns how many rows were added, changed and left as they were.
    @discardableResult
    static func save(
        _ entries: [OfficeCountEntry], from: CivilDate, to: CivilDate, actor: AuditActor, now: Date, on db: Database
    ) async throws -> ImportSummary {
        let existing = try await OfficeCount.query(on: db).filter(\.$periodFrom == from.iso).filter(\.$periodTo == to.iso)
            .all()
        var byKey = Dictionary(uniqueKeysWithValues: existing.map { ("\($0.category)|\($0.code)", $0) })
        let before = existing.map(\.snapshot)
        var summary = ImportSummary()
        for entry in entries {
            let key = "\(entry.category.rawValue)|\(entry.code)"
            switch (byKey[key], entry.count) {
            case (nil, nil):
                continue
            case (let row?, nil):
                try await row.delete(on: db)
                byKey[key] = nil
                summary.updated += 1
            case (let row?, let count?) where row.count == count:
                summary.unchanged += 1
            case (let row?, let count?):
                (row.count, row.enteredBy, row.enteredAt) = (count, actor.name, now)
                try await row.update(on: db)
                summary.updated += 1
            case (nil, let count?):
                let row = OfficeCount()
                (row.periodFrom, row.periodTo, row.category, row.code) = (from.iso, to.iso, entry.category.rawValue, entry.code)
                (row.count, row.enteredBy, row.enteredAt) = (count, actor.name, now)
                try await row.create(on: db)
                byKey[key] = row
                summary.created += 1
            }
        }
        if summary.created + summary.updated > 0 {
            let after = byKey.values.map(\.snapshot).sorted { ($0.category, $0.code) < ($1.category, $1.code) }
            try await AuditLog.record(
                on: db, actor: actor, at: now, action: "update", entity: "office_counts", entityID: nil,
                summary: "Số liệu văn bản, cuộc họp từ \(VNFormat.date(from)) đến \(VNFormat.date(to))",
                before: before.sorted { ($0.category, $0.code) < ($1.category, $1.code) }, after: after)
        }
        return summary
    }
}
