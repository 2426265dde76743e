import DieuHanhCore
import DieuHanhOffice
import Fluent
import Foundation
import Vapor

/// Importing the national task tracker's export (XLSX or CSV) with the office's mapping (DOMAIN §12). Each row
/// becomes a row of the tasks CSV (CONTRACT) and goes through `TaskImport`, so every rule of a task import holds:
/// all of the file or nothing, the failing line named (the export's own line), and a second import of the same or a
/// later export changes only what changed there. A task's `ma` is the tracker's id with the prefix `VPCP-`, so the
/// tracker's tasks never collide with the province's own.
enum TrackerImport {
    static let prefix = "VPCP-"

    /// The export as rows of cells, each with its line in the file.
    struct Sheet {
        let header: [String]
        let headerLine: Int
        let rows: [(line: Int, cells: [String])]
    }

    /// The file's rows: an XLSX workbook's first sheet, or a CSV file.
    static func rows(of data: Data) throws -> [(line: Int, cells: [String])] {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            do {
                return try XLSXReader.rows(of: data).enumerated().map { (line: $0.offset + 1, cells: $0.element) }
            } catch let failure as XLSXReader.Failure {
                throw CSVError(line: 0, message: failure.description)
            }
        }
        let table = try CSVParser.parse(data: data)
        return [(line: 1, cells: table.header)] + table.rows.map { (line: $0.line, cells: $0.fields) }
    }

    /// The rows, refusing a file with none (a sheet left empty) in words.
    static func nonEmptyRows(of data: Data) throws -> [(line: Int, cells: [String])] {
        let rows = try rows(of: data)
        guard rows.contains(where: { $0.cells.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }) else {
            throw CSVError(line: 0, message: "tệp không có dòng nào")
        }
        return rows
    }

    /// The header row found by `mapping` (or, for a first export, by the usual names) and the rows below it.
    static func sheet(_ rows: [(line: Int, cells: [String])], mapping: TrackerMapping) throws -> Sheet {
        guard let index = mapping.headerRow(in: rows.map(\.cells)) else {
            throw CSVError(
                line: 0,
                message: mapping.columns.isEmpty
                    ? "không tìm thấy dòng tiêu đề cột (mã nhiệm vụ, văn bản, nội dung…)"
                    : "không tìm thấy dòng tiêu đề có các cột đã chọn: "
                        + TrackerField.allCases.filter(\.isRequired).compactMap { mapping.columns[$0] }
                        .map { "“\($0)”" }.joined(separator: ", "))
        }
        let header = rows[index].cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let body = rows[(index + 1)...].filter { !$0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        return Sheet(header: header, headerLine: rows[index].line, rows: Array(body))
    }

    /// The tasks CSV's columns (CONTRACT) each field becomes.
    static let columns: [(name: String, field: TrackerField)] = [
        ("ma", .id), ("so_ky_hieu", .notation), ("ngay_van_ban", .documentDate), ("trich_yeu", .summary),
        ("co_quan_giao", .assigner), ("noi_dung", .content), ("don_vi_chu_tri", .lead),
        ("don_vi_phoi_hop", .coordinators), ("ngay_giao", .assignedOn), ("han_xu_ly", .deadline),
        ("ngay_hoan_thanh", .completedOn),
    ]

    /// A task import's message speaks of the tasks CSV's columns; the office reads the export's headers instead.
    static func inTheFilesWords(_ error: CSVError, mapping: TrackerMapping) -> CSVError {
        var message = error.message
        for column in columns.sorted(by: { $0.name.count > $1.name.count }) {
            let words = mapping.columns[column.field].map { "cột “\($0)”" } ?? column.field.label
            message = message.replacingOccurrences(
                of: "(?<![\\p{L}_])\(column.name)(?![\\p{L}_])", with: words, options: .regularExpression)
        }
        return CSVError(line: error.line, message: message)
    }

    /// The rows as the tasks CSV: the mapped cells, units by our codes, dates as dd/mm/yyyy.
    static func table(_ sheet: Sheet, mapping: TrackerMapping, units: [TrackerUnit]) -> CSVTable {
        let index = mapping.columns.compactMapValues { header in sheet.header.firstIndex(of: header) }
        func unit(_ name: String) -> String { mapping.unitCode(for: name, among: units) ?? name }
        let records = sheet.rows.map { row in
            let fields = columns.map { column -> String in
                let cell =
                    index[column.field].flatMap { $0 < row.cells.count ? row.cells[$0] : nil }?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                switch column.field {
                case .id:
                    return cell.isEmpty ? "" : prefix + cell.split(whereSeparator: \.isWhitespace).joined(separator: "-")
                case .assigner: return cell.isEmpty ? mapping.defaultAssigner ?? "" : unit(cell)
                case .lead:
                    return cell.isEmpty
                        ? mapping.defaultLead ?? "" : TrackerMapping.names(cell).map(unit).joined(separator: "; ")
                case .coordinators: return TrackerMapping.names(cell).map(unit).joined(separator: "; ")
                case .documentDate, .assignedOn, .deadline, .completedOn:
                    return TrackerMapping.dateText(cell, fromSerial: XLSXReader.date(fromSerial:))
                case .notation, .summary, .content: return cell
                }
            }
            return CSVRecord(line: row.line, fields: fields)
        }
        return CSVTable(header: columns.map(\.name), rows: records)
    }

    /// Our units as the mapping resolves names against them.
    static func units(on db: Database) async throws -> [TrackerUnit] {
        try await UnitDirectory.all(on: db).map { TrackerUnit(code: $0.code, name: $0.name) }
    }

    /// Imports `data` with `mapping`, in one transaction; with `saveMapping`, the mapping is kept in the same one.
    /// `units`: our units when the caller has read them already.
    static func run(
        data: Data, mapping: TrackerMapping, actor: AuditActor, app: Application, saveMapping: Bool = false,
        units: [TrackerUnit]? = nil
    ) async throws -> ImportSummary {
        let sheet = try sheet(try nonEmptyRows(of: data), mapping: mapping)
        let ours: [TrackerUnit]
        if let units { ours = units } else { ours = try await self.units(on: app.db) }
        let table = table(sheet, mapping: mapping, units: ours)
        do {
            let rows = try TaskImport.parse(table: table, today: CivilDate.today(now: app.config.now()))
            return try await app.write { db in
                if saveMapping { try await TrackerSettings.save(mapping, actor: actor, now: app.config.now(), on: db) }
                return try await TaskImport.write(rows, actor: actor, now: app.config.now(), on: db)
            }
        } catch let error as CSVError {
            throw inTheFilesWords(error, mapping: mapping)
        }
    }

    /// `dieuhanh import tracker FILE`: the mapping the office saved.
    static func runWithSavedMapping(data: Data, actor: AuditActor, app: Application) async throws -> ImportSummary {
        guard let mapping = try await TrackerSettings.current(on: app.db) else {
            throw CSVError(
                line: 0,
                message: "chưa có cách đọc tệp của hệ thống theo dõi nhiệm vụ: Văn phòng chọn các cột một lần ở trang "
                    + "Nhiệm vụ › Nhập từ hệ thống theo dõi nhiệm vụ")
        }
        return try await run(data: data, mapping: mapping, actor: actor, app: app)
    }
}
