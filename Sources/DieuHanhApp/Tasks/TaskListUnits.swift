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
    static func offered(selected: [String?], on db: Database) async throws -> [UnitOption] {
        let sql = db as! SQLDatabase
        let count =
            try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(OrgUnit.schema)
            .first()?.decode(column: "n", as: Int.self) ?? 0
        if count <= offerAllUpTo {
            return try await UnitOption.all(on: db).sorted { VietnameseText.areInIncreasingOrder($0.name, $1.name) }
        }
        let roots = try await UnitOption.select(on: db) { $0.where(SQLColumn("parent_id"), .is, SQLLiteral.null) }
        var parents = Set(roots.filter { $0.kind == UnitKind.government.rawValue }.map(\.id))
        var units = Dictionary(roots.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for text in selected.compactMap({ $0?.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            for unit in try await UnitOption.withAncestors(idOrCode: text, on: db) {
                parents.insert(unit.id)
                units[unit.id] = unit
            }
        }
        if !parents.isEmpty {
            for unit in try await UnitOption.select(on: db, { $0.where("parent_id", .in, SQLBind.group(Array(parents))) }) {
                units[unit.id] = unit
            }
        }
        return units.values.sorted { ($0.code, $0.name) < ($1.code, $1.name) }
    }

    /// Names of the lead units and assigners of the page's rows.
    static func names(for rows: [TaskQuery.Row], offered: [UnitOption], on db: Database) async throws -> [UUID: String] {
        let names = Dictionary(offered.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let missing = Array(Set(rows.flatMap { [$0.task.leadUnitID, $0.task.assignerID] }).subtracting(names.keys))
        return names.merging(try await UnitDirectory.names(of: missing, on: db)) { a, _ in a }
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

    /// The unit with this id or code and every unit above it, by one recursive query.
    static func withAncestors(idOrCode text: String, on db: Database) async throws -> [UnitOption] {
        let list = SQLRaw(columns.joined(separator: ", "))
        let joined = SQLRaw(columns.map { "u.\($0)" }.joined(separator: ", "))
        // An id is compared as an id (PostgreSQL refuses a code as a uuid), anything else as a code.
        let start: SQLQueryString = if let id = UUID(uuidString: text) { "id = \(bind: id)" } else { "code = \(bind: text)" }
        let rows = try await (db as! SQLDatabase).raw(
            """
            WITH RECURSIVE up(\(list)) AS (SELECT \(list) FROM \(ident: OrgUnit.schema) WHERE \(start) \
            UNION SELECT \(joined) FROM \(ident: OrgUnit.schema) u JOIN up ON u.id = up.parent_id) SELECT \(list) FROM up
            """
        ).all()
        return try rows.map(UnitOption.init)
    }
}
