import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the first worksheet of an XLSX file as rows of cell texts, the way a person sees them: shared and inline
/// strings as written, numbers as stored (a date is Excel's day number: `XLSXReader.date(fromSerial:)`), booleans as
/// "TRUE"/"FALSE", formulas by their cached value. Empty cells keep their column, so `rows[r][c]` is the cell of row
/// r + 1, column c + 1 (trailing empty cells are dropped). Only what an export from another system holds is read:
/// no styles, no merged-cell spreading.
public enum XLSXReader {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    static let notWorkbook = Failure(description: "tệp không phải bảng tính Excel (.xlsx) đọc được")

    public static func rows(of data: Data) throws -> [[String]] {
        guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else { throw notWorkbook }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            return bytes
        }
        guard let workbook = try part("xl/workbook.xml"), let sheet = try firstSheetPath(workbook, rels: part)
        else { throw notWorkbook }
        guard let sheetXML = try part(sheet) else { throw notWorkbook }
        let shared = try part("xl/sharedStrings.xml").map(sharedStrings) ?? []
        let reader = SheetParser(shared: shared)
        let parser = XMLParser(data: sheetXML)
        parser.delegate = reader
        guard parser.parse() else { throw notWorkbook }
        return reader.rows
    }

    /// Excel's day number (1900 system, as every current file writes it) as year, month, day.
    public static func date(fromSerial serial: Double) -> (year: Int, month: Int, day: Int)? {
        guard serial >= 1, serial < 2_958_466, Int(serial) != 60 else { return nil }
        // Day 60 is the 29/02/1900 Excel pretends existed: counting from 30/12/1899 is right from day 61 on, and
        // from 31/12/1899 before it.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let base = calendar.date(from: DateComponents(year: 1899, month: 12, day: serial < 60 ? 31 : 30))!
        guard let day = calendar.date(byAdding: .day, value: Int(serial.rounded(.down)), to: base) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return (parts.year!, parts.month!, parts.day!)
    }

    /// The first sheet's part, through the workbook's relationships (it is not always `sheet1.xml`).
    private static func firstSheetPath(_ workbook: Data, rels: (String) throws -> Data?) throws -> String? {
        let sheets = AttributeCollector(element: "sheet")
        let parser = XMLParser(data: workbook)
        parser.delegate = sheets
        guard parser.parse(), let first = sheets.found.first else { return nil }
        let id = first.first { $0.key.hasSuffix(":id") || $0.key == "id" }?.value
        guard let id, let relsData = try rels("xl/_rels/workbook.xml.rels") else { return "xl/worksheets/sheet1.xml" }
        let relations = AttributeCollector(element: "Relationship")
        let relsParser = XMLParser(data: relsData)
        relsParser.delegate = relations
        guard relsParser.parse(), let target = relations.found.first(where: { $0["Id"] == id })?["Target"] else {
            return nil
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    private static func sharedStrings(_ data: Data) throws -> [String] {
        let collector = SharedStringsParser()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw notWorkbook }
        return collector.strings
    }

    /// "AB12" → 27 (0-based column); nil for a reference without letters.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            column = column * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 ? nil : column - 1
    }
}

/// The attributes of every element of one name.
private final class AttributeCollector: NSObject, XMLParserDelegate {
    let element: String
    var found: [[String: String]] = []

    init(element: String) { self.element = element }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        if name == element || name.hasSuffix(":" + element) { found.append(attributes) }
    }
}

/// `<si>` entries: the text of their `<t>` runs, phonetic hints (`<rPh>`) left out.
private final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch name {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }
}

/// A worksheet's `<row>`s and `<c>`ells.
private final class SheetParser: NSObject, XMLParserDelegate {
    let shared: [String]
    var rows: [[String]] = []
    private var row: [String] = []
    private var rowNumber = 0
    private var cellColumn = 0
    private var cellType = ""
    private var text = ""
    private var reading = false

    init(shared: [String]) { self.shared = shared }

    /// A whole number as a person reads it ("12", not "12.0" as some writers store it); any other as stored.
    static func number(_ text: String) -> String {
        guard let value = Double(text), value == value.rounded(), abs(value) < 1e15 else { return text }
        return String(Int64(value))
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        switch name {
        case "row":
            // Rows left out of the file are empty rows: keep the numbering a person sees.
            let number = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            while rows.count < number - 1 { rows.append([]) }
            rowNumber = number
            row = []
        case "c":
            cellColumn = attributes["r"].flatMap(XLSXReader.column(of:)) ?? row.count
            cellType = attributes["t"] ?? "n"
            text = ""
        case "v", "t":
            reading = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if reading { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": reading = false
        case "c":
            let value: String
            switch cellType {
            case "s":
                value =
                    Int(text.trimmingCharacters(in: .whitespaces)).flatMap { shared.indices.contains($0) ? shared[$0] : nil }
                    ?? ""
            case "b": value = text == "1" ? "TRUE" : "FALSE"
            case "n": value = Self.number(text)
            default: value = text
            }
            while row.count < cellColumn { row.append("") }
            if row.count == cellColumn { row.append(value) } else if cellColumn < row.count { row[cellColumn] = value }
        case "row":
            while let last = row.last, last.isEmpty { row.removeLast() }
            rows.append(row)
        default: break
        }
    }
}
