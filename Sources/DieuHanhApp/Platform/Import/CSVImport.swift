import DieuHanhCore
import Fluent
import Vapor

/// One CSV import (CONTRACT): its columns, how one record becomes a row, and how the rows are written. What every
/// import does around that is here once: the header checked against the columns (unknown, missing and repeated
/// columns refused together), every record read before anything is written (a refused cell reported with its line
/// and column), a key repeated in the file refused with the line it first came on, and the rows written in one
/// transaction through the write gate: all of the file or nothing.
protocol CSVImport: Sendable {
    associatedtype Row: Sendable
    /// What reading carries from one record to the next: the keys read so far, or more.
    associatedtype Reading: ImportReading = ImportKeys

    static var required: [String] { get }
    static var optional: [String] { get }

    /// One record's row; facts (a completion, an approval…) may not be dated after `today`.
    static func read(_ cells: CSVFields, today: CivilDate, reading: inout Reading) throws -> Row

    /// Writes the checked rows in the caller's transaction.
    static func write(_ rows: [Row], actor: AuditActor, now: Date, on db: Database) async throws -> ImportSummary
}

/// The state an import's reading starts from.
protocol ImportReading { init() }

extension CSVImport {
    static func run(data: Data, actor: AuditActor, app: Application) async throws -> ImportSummary {
        let rows = try parse(data, today: CivilDate.today(now: app.config.now()))
        return try await app.write { db in try await write(rows, actor: actor, now: app.config.now(), on: db) }
    }

    /// Every record read and checked; a cell refused by its field's rule (DieuHanhCore/Validation) becomes the
    /// `CSVError` every caller of an import handles.
    static func parse(_ data: Data, today: CivilDate = CivilDate.today(now: Date())) throws -> [Row] {
        try parse(table: try checkingImportRows { try CSVParser.parse(data: data) }, today: today)
    }

    /// The same for records read from elsewhere (another system's export, mapped to the columns): each record
    /// keeps the line it had there, which the errors name.
    static func parse(table: CSVTable, today: CivilDate) throws -> [Row] {
        try checkingImportRows {
            let columns = try CSVColumns(header: table.header, required: required, optional: optional)
            var reading = Reading()
            return try table.rows.map { try read(try columns.fields($0), today: today, reading: &reading) }
        }
    }
}

/// The keys read so far, each with the line it came on.
struct ImportKeys: ImportReading {
    private var lines: [String: Int] = [:]

    /// Records `key` read on `line`, or throws `repeated(firstLine)` when an earlier line had it.
    mutating func claim(_ key: String, line: Int, repeated: (Int) -> Error) throws {
        if let first = lines[key] { throw repeated(first) }
        lines[key] = line
    }
}
