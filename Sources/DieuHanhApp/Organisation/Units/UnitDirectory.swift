import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// Reads of the unit tree shared by pages, the API and imports.
package enum UnitDirectory {
    /// Read as plain rows: decoding thousands of units as models costs more than the rest of a page.
    static func tree(on db: Database) async throws -> UnitTree<UUID> {
        let rows = try await (db as! SQLDatabase).select().column("id").column("parent_id").from(OrgUnit.schema).all()
        var parents: [UUID: UUID?] = [:]
        for row in rows {
            parents[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "parent_id", as: UUID?.self)
        }
        return UnitTree(parents: parents)
    }

    /// `tree(on:).subtree(of:)` answered by the database: a unit and everything below it, without reading the
    /// whole tree (national data has thousands of units).
    package static func subtree(of root: UUID, on db: Database) async throws -> Set<UUID> {
        let rows = try await (db as! SQLDatabase).raw(
            """
            WITH RECURSIVE sub(id) AS (SELECT u.id FROM \(ident: OrgUnit.schema) u WHERE u.id = \(bind: root) \
            UNION SELECT u.id FROM \(ident: OrgUnit.schema) u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub
            """
        ).all()
        return Set(try rows.map { try $0.decode(column: "id", as: UUID.self) }).union([root])
    }

    /// Names of these units, read as plain rows (a report needs a few names out of thousands of units).
    static func names(of ids: some Collection<UUID>, on db: Database) async throws -> [UUID: String] {
        try await text("name", of: ids, on: db)
    }

    /// Codes of these units, read as plain rows: the API prints the codes of a page's units, and decoding every unit
    /// of a national tree as a model to find them made a JSON list ten times slower than the HTML one (BENCHMARKS.md).
    static func codes(of ids: some Collection<UUID>, on db: Database) async throws -> [UUID: String] {
        try await text("code", of: ids, on: db)
    }

    /// One text column of these units by id, 500 ids a statement (under the databases' parameter limits); the
    /// columns decoded by position, the row's names never looked up.
    private static func text(_ column: String, of ids: some Collection<UUID>, on db: Database) async throws -> [UUID: String] {
        let ids = Array(Set(ids))
        var values: [UUID: String] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let rows = try await (db as! SQLDatabase).select().column("id").column(column).from(OrgUnit.schema)
                .where("id", .in, SQLBind.group(Array(ids[start..<min(start + 500, ids.count)]))).all()
            for row in rows {
                values[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: column, as: String.self)
            }
        }
        return values
    }

    static func all(on db: Database) async throws -> [OrgUnit] {
        try await OrgUnit.query(on: db).all()
            .sorted { VietnameseText.areInIncreasingOrder($0.name, $1.name) }
    }

    /// Open units, for the pickers of forms ("đơn vị cha", "đơn vị kế thừa").
    static func openUnits(on db: Database, today: CivilDate) async throws -> [OrgUnit] {
        try await all(on: db).filter { !$0.isClosed(on: today) }
    }

    package static func find(code: String, on db: Database) async throws -> OrgUnit? {
        try await OrgUnit.query(on: db).filter(\.$code == code).first()
    }
}
