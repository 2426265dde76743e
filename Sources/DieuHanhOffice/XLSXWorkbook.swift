import Foundation
import ZIPFoundation

/// A spreadsheet as plain values: sheets of rows of cells. `XLSXWriter` turns it into an .xlsx file.
public struct XLSXWorkbook: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// A real number cell (sums and sorting work in the office suite).
        case number(Double)
        case empty
    }

    public struct Sheet: Sendable {
        public var name: String
        /// Column widths in characters; missing ones get a default.
        public var columnWidths: [Double]
        /// The first row is the header: bold, and frozen so it stays visible while scrolling.
        public var rows: [[Cell]]

        public init(name: String, columnWidths: [Double] = [], rows: [[Cell]]) {
            self.name = name
            self.columnWidths = columnWidths
            self.rows = rows
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }
}

public enum XLSXWriter {
    /// The .xlsx bytes. Text is written inline (no shared-string table): simpler, and every reader accepts it.
    public static func data(_ workbook: XLSXWorkbook) throws -> Data {
        let archive = try Archive(accessMode: .create)
        var files = parts(workbook)
        for (index, sheet) in workbook.sheets.enumerated() {
            files.append(("xl/worksheets/sheet\(index + 1).xml", sheetXML(sheet)))
        }
        for (path, text) in files { try add(Data(text.utf8), as: path, to: archive) }
        guard let data = archive.data else { throw XLSXError("the archive has no data") }
        return data
    }

    /// Every part but the sheets.
    static func parts(_ workbook: XLSXWorkbook) -> [(String, String)] {
        [
            ("[Content_Types].xml", contentTypes(sheetCount: workbook.sheets.count)),
            ("_rels/.rels", rootRels),
            ("xl/workbook.xml", workbookXML(workbook)),
            ("xl/_rels/workbook.xml.rels", workbookRels(sheetCount: workbook.sheets.count)),
            ("xl/styles.xml", styles),
        ]
    }

    /// A fixed date keeps the same workbook byte-for-byte identical.
    static let modificationDate = Date(timeIntervalSince1970: 1_577_836_800)

    static func add(_ bytes: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: modificationDate,
            compressionMethod: .deflate,
            provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })
    }

    /// "A", "B", … "Z", "AA"…
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(65 + r)!) + name
            n = (n - 1) / 26
        }
        return name
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // XML 1.0 forbids most control characters; drop them rather than write a file no one can open.
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    static func sheetXML(_ sheet: XLSXWorkbook.Sheet) -> String {
        var xml = sheetHead(columnCount: sheet.rows.map(\.count).max() ?? 0, columnWidths: sheet.columnWidths)
        for (r, row) in sheet.rows.enumerated() { xml += rowXML(row, index: r) }
        return xml + sheetTail
    }

    /// The sheet's XML up to its first row: frozen header, column widths.
    static func sheetHead(columnCount: Int, columnWidths: [Double]) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        if columnCount > 0 {
            xml += "<cols>"
            for index in 0..<columnCount {
                let width = index < columnWidths.count ? columnWidths[index] : 14
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        return xml + "<sheetData>"
    }

    static let sheetTail = "</sheetData></worksheet>"

    /// Row `r` (0-based; row 0 is the header).
    static func rowXML(_ row: [XLSXWorkbook.Cell], index r: Int) -> String {
        // The header wraps; give it two lines, since office suites do not grow rows on their own when opening.
        var xml = r == 0 ? #"<row r="1" ht="32" customHeight="1">"# : #"<row r="\#(r + 1)">"#
        for (c, cell) in row.enumerated() {
            let ref = columnName(c) + String(r + 1)
            let style = r == 0 ? #" s="1""# : #" s="2""#
            switch cell {
            case .text(let text):
                xml += #"<c r="\#(ref)"\#(style) t="inlineStr"><is><t xml:space="preserve">\#(escape(text))</t></is></c>"#
            case .number(let value):
                xml += #"<c r="\#(ref)"\#(style)><v>\#(value.isFinite ? String(value) : "0")</v></c>"#
            case .empty:
                break
            }
        }
        return xml + "</row>"
    }

    static func contentTypes(sheetCount: Int) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for index in 1...max(1, sheetCount) where index <= sheetCount {
            xml +=
                #"<Override PartName="/xl/worksheets/sheet\#(index).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return xml + "</Types>"
    }

    static let rootRels =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbookXML(_ workbook: XLSXWorkbook) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (index, sheet) in workbook.sheets.enumerated() {
            xml += #"<sheet name="\#(escape(sheetName(sheet.name)))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    /// Excel allows 31 characters and none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }

    static func workbookRels(sheetCount: Int) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 0..<sheetCount {
            xml +=
                #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        xml +=
            #"<Relationship Id="rId\#(sheetCount + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return xml + "</Relationships>"
    }

    /// Style 0: default; 1: bold header with a fill and wrap; 2: body text, wrapped, top-aligned. Times New Roman
    /// as Vietnamese administrative documents use.
    static let styles =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        + #"<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>"#
        + #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        + #"<fill><patternFill patternType="solid"><fgColor rgb="FFE9EDF1"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        + #"<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"
}

public struct XLSXError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
