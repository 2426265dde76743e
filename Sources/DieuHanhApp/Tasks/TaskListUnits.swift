import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// The units a task-list page needs: those its unit filters offer, and the names of those its rows show.
/// Read as plain rows (`UnitOption`): decoding a few hundred units as models was an eighth of a list request.
enum TaskListUnits {
    /// Up to this many units, the filters offer every unit.
    static let offerAllUpTo = 400

    /// Every unit in a small organisation. In a large one (a national tree of thousands of units) the roots, the
    /// government's units (ministries) and, around each chosen unit, its ancestors, its siblings and its children:
    /// a province is chosen first, then one of its departments, as the tree is walked down.
    static func offered(selected: [String?], from catalogue: UnitCatalogue) -> [UnitOption] {
        if catalogue.count <= offerAllUpTo {
            return catalogue.byID.values.sorted { VietnameseText.areInIncreasingOrder($0.name, $1.name) }
        }
        var parents = Set(catalogue.roots.filter { $0.kind == UnitKind.government.rawValue }.map(\.id))
        var units = Dictionary(catalogue.roots.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for text in selected.compactMap({ $0?.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            for unit in catalogue.withAncestors(idOrCode: text) {
                parents.insert(unit.id)
                units[unit.id] = unit
            }
        }
        for parent in parents {
            for id in catalogue.children[parent] ?? [] { units[id] = catalogue.byID[id] }
        }
        return units.values.sorted { ($0.code, $0.name) < ($1.code, $1.name) }
    }

    /// Whether any task exists (an empty list then says so and invites the first one).
    static func anyTask(on db: Database) async throws -> Bool {
        try await (db as! SQLDatabase).select().column(SQLLiteral.numeric("1"), as: "one").from(TaskItem.schema).limit(1)
            .first() != nil
    }
}

extension Request {
    /// The units and the calendar of a task list, from this instance's memory (`SharedCache`).
    func taskQueryLookups() async throws -> TaskQuery.Lookups {
        TaskQuery.Lookups(units: try await cachedUnits(), calendar: try await cachedCalendar())
    }
}

/// A unit as a picker or a list shows it, read as a plain row.
struct UnitOption: Sendable {
    let id: UUID
    let parentID: UUID?
    let code: String
    let name: String
    let kind: String
    /// The last day the unit worked (ISO), once closed or merged.
    let validTo: String?

    static let columns = ["id", "parent_id", "code", "name", "kind", "valid_to"]

    init(_ row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        parentID = try row.decode(column: "parent_id", as: UUID?.self)
        code = try row.decode(column: "code", as: String.self)
        name = try row.decode(column: "name", as: String.self)
        kind = try row.decode(column: "kind", as: String.self)
        validTo = try row.decode(column: "valid_to", as: String?.self)
    }

    static func select(on db: Database, _ narrow: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [UnitOption] {
        let select = (db as! SQLDatabase).select().columns(columns.map { SQLColumn($0) }).from(OrgUnit.schema)
        return try await narrow(select).all().map(UnitOption.init)
    }

    static func all(on db: Database) async throws -> [UnitOption] { try await select(on: db) { $0 } }

    /// The units of `ids`, by id, 500 ids a statement (under the databases' parameter limits).
    static func of(_ ids: some Collection<UUID>, on db: Database) async throws -> [UUID: UnitOption] {
        let ids = Array(Set(ids))
        var units: [UUID: UnitOption] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            for unit in try await select(on: db, { $0.where("id", .in, SQLBind.group(chunk)) }) { units[unit.id] = unit }
        }
        return units
    }
}
