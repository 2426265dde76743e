import DieuHanhCore
import Fluent
import Vapor

/// Reads programme items with their events in a few queries and evaluates them with the Core rule; shared by the
/// pages, the API, the statistics and the review report.
enum ProgrammeQuery {
    /// Filters every list shares. Units take a code or an id; `q` ignores diacritics.
    struct Filter: Content, Sendable {
        var year: Int?
        var period: String?
        var as_of: String?
        var lead_unit: String?
        var body: String?
        var kind: String?
        var status: String?
        var q: String?
        var page: Int?
    }

    /// An item, its events (recording order) and its status as of the list's cut-off.
    struct Row: Sendable {
        let item: ProgrammeItem
        let events: [ProgrammeEventRecord]
        let snapshot: ProgrammeSnapshot

        var facts: ProgrammeItemFacts { item.facts(events) }
    }

    /// Events by item, in recording order (`recorded_on`, then `created_at`).
    static func events(for itemIDs: [UUID], on db: Database) async throws -> [UUID: [ProgrammeEventRecord]] {
        var result: [UUID: [ProgrammeEventRecord]] = [:]
        for start in stride(from: 0, to: itemIDs.count, by: 500) {
            let chunk = Array(itemIDs[start..<min(start + 500, itemIDs.count)])
            for row in try await ProgrammeEventRecord.query(on: db).filter(\.$itemID ~~ chunk).all() {
                result[row.itemID, default: []].append(row)
            }
        }
        for key in result.keys {
            result[key]!.sort { ($0.recordedOn, $0.createdAt ?? .distantPast) < ($1.recordedOn, $1.createdAt ?? .distantPast) }
        }
        return result
    }

    /// Items of the programmes of `years` that the scope and the filters keep, each evaluated as of `asOf`
    /// (items not in the programme yet as of `asOf` are left out).
    static func rows(
        years: ClosedRange<Int>, asOf: CivilDate, scope: AccessScope, leadUnitIDs: Set<UUID>? = nil,
        body: ProgrammeBody? = nil, kind: ProgrammeItemKind? = nil, q: String? = nil,
        on db: Database
    ) async throws -> [Row] {
        let query = ProgrammeItem.query(on: db).filter(\.$year >= years.lowerBound).filter(\.$year <= years.upperBound)
        var allowed = scope.unitIDs
        if let leadUnitIDs { allowed = allowed.map { $0.intersection(leadUnitIDs) } ?? leadUnitIDs }
        if let allowed { query.filter(\.$leadUnitID ~~ Array(allowed)) }
        if let body { query.filter(\.$body == body.rawValue) }
        if let kind { query.filter(\.$kind ~~ kind.family.map(\.rawValue)) }
        for word in VietnameseText.fold(q ?? "").split(separator: " ") {
            query.filter(\.$searchText ~~ String(word))
        }
        let items = try await query.all()
        let events = try await self.events(for: items.compactMap(\.id), on: db)
        return items.compactMap { item in
            let records = events[item.id!] ?? []
            guard let snapshot = ProgrammeStatus.evaluate(item.facts(records), asOf: asOf) else { return nil }
            return Row(item: item, events: records, snapshot: snapshot)
        }
    }

    /// The years whose items can be planned in `range` as of any date: postponements reach at most into the year
    /// after an item's own (`ProgrammeActionService`), so last year's programme is read too.
    static func years(for range: MonthRange) -> ClosedRange<Int> { (range.first.year - 1)...range.last.year }

    /// Sort order inside a month: by lead unit name, then title.
    static func sorted(_ rows: [Row], unitNames: [UUID: String]) -> [Row] {
        rows.sorted { a, b in
            let ua = unitNames[a.item.leadUnitID] ?? ""
            let ub = unitNames[b.item.leadUnitID] ?? ""
            if ua != ub { return VietnameseText.areInIncreasingOrder(ua, ub) }
            return VietnameseText.areInIncreasingOrder(a.item.title, b.item.title)
        }
    }

    /// A unit code or id to the unit's subtree; an unknown one is a field error.
    static func unitSubtree(
        _ text: String?, field: String = "lead_unit", on db: Database, errors: inout [FieldError],
        t: Localizer
    ) async throws -> Set<UUID>? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        var id = UUID(uuidString: text)
        if id == nil { id = try await UnitDirectory.find(code: text, on: db)?.id }
        guard let id, try await OrgUnit.find(id, on: db) != nil else {
            errors.append(.init(field: field, message: t(T.taskUnitUnknown, text)))
            return nil
        }
        return try await UnitDirectory.subtree(of: id, on: db)
    }
}
