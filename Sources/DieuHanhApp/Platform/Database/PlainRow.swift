import DieuHanhCore
import FluentSQLiteDriver
import Foundation
import SQLKit

/// A result row read by position, for the reads that fetch hundreds of thousands of rows (the exports).
///
/// SQLKit decodes a column by looking its name up and then through `Decodable` (a dynamic cast per value, and a
/// decoder object per optional one); on SQLite the values are taken here straight from the row's array by position.
/// On PostgreSQL the row is read through SQLKit, its columns' names taken once per result.
struct PlainRow {
    private enum Storage {
        case sqlite([SQLiteData])
        case sql(any SQLRow, [String])
    }

    private let storage: Storage

    struct Mismatch: Error, CustomStringConvertible {
        let position: Int
        let expected: String
        var description: String { "cột \(position) không đọc được như \(expected)" }
    }

    /// The rows of `query`, each of whose columns is read by its place in the SELECT list.
    static func all(_ query: SQLQueryString, on db: Database) async throws -> [PlainRow] {
        let sql = db as! SQLDatabase
        if let sqlite = db as? any SQLiteDatabase {
            var serializer = SQLSerializer(database: sql)
            query.serialize(to: &serializer)
            let encoder = SQLiteDataEncoder()
            let binds = try serializer.binds.map { try encoder.encode($0) }
            return try await sqlite.query(serializer.sql, binds).map { PlainRow(storage: .sqlite($0.columns.map(\.data))) }
        }
        let rows = try await sql.raw(query).all()
        let names = rows.first?.allColumns ?? []
        return rows.map { PlainRow(storage: .sql($0, names)) }
    }

    private func value<T: Decodable>(_ position: Int, _ sqlite: (SQLiteData) -> T?) throws -> T {
        switch storage {
        case .sqlite(let values):
            guard position < values.count, let value = sqlite(values[position]) else {
                throw Mismatch(position: position, expected: "\(T.self)")
            }
            return value
        case .sql(let row, let names):
            return try row.decode(column: names[position], as: T.self)
        }
    }

    /// SQLite holds ids as their text (how SQLiteKit encodes a `UUID`), read without `sscanf` (`UUIDText`).
    func uuid(_ position: Int) throws -> UUID {
        try value(position) {
            guard case .text(let text) = $0 else { return nil }
            return UUIDText.parse(text)
        }
    }

    func optionalUUID(_ position: Int) throws -> UUID? {
        try value(position) {
            if $0 == .null { return .some(nil) }
            guard case .text(let text) = $0 else { return nil }
            return UUIDText.parse(text).map { .some($0) }
        }
    }

    func optionalDate(_ position: Int) throws -> Date? {
        try value(position) { $0 == .null ? .some(nil) : Date(sqliteData: $0).map { .some($0) } }
    }

    func bool(_ position: Int) throws -> Bool { try value(position) { Bool(sqliteData: $0) } }
    func string(_ position: Int) throws -> String { try value(position) { String(sqliteData: $0) } }
    func int(_ position: Int) throws -> Int { try value(position) { Int(sqliteData: $0) } }

    func optionalString(_ position: Int) throws -> String? {
        try value(position) { $0 == .null ? .some(nil) : String(sqliteData: $0).map { .some($0) } }
    }

    func optionalInt(_ position: Int) throws -> Int? {
        try value(position) { $0 == .null ? .some(nil) : Int(sqliteData: $0).map { .some($0) } }
    }
}
