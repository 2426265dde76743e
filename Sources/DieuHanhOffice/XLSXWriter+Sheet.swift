import Foundation

/// A worksheet's XML in three parts — head (through the title rows), table rows, tail (merges and page setup) — so
/// that `XLSXSheetStream` can write the rows as they come. Excel and LibreOffice ignore or reject elements out of
/// the schema's order (ECMA-376 CT_Worksheet): sheetPr, sheetViews, cols, sheetData, mergeCells, printOptions,
/// pageMargins, pageSetup, headerFooter.
extension XLSXWriter {
    /// The style indexes of `styles` (cellXfs).
    enum StyleID: Int {
        case plain = 0
        case header, body, title, subtitle, total, heading
        /// A line between tables that wraps: a sentence merged across the table's columns.
        case note
    }

    /// Where a sheet's parts go, from its description alone (the rows may not be there yet).
    struct SheetLayout {
        var sheet: XLSXWorkbook.Sheet
        /// The widest table row.
        var columnCount: Int

        var titleLines: [(text: String, style: StyleID)] {
            sheet.title.map { ($0, .title) } + sheet.subtitle.map { ($0, .subtitle) }
        }
        /// Sheet rows before the table: the title lines, then a blank row.
        var tableOffset: Int { titleLines.isEmpty ? 0 : titleLines.count + 1 }
        /// The header's rows as the sheet numbers them (from 1); nil without a header.
        var headerRows: ClosedRange<Int>? {
            sheet.headerRows > 0 ? (tableOffset + 1)...(tableOffset + sheet.headerRows) : nil
        }
        /// The last column the title spans.
        var lastColumn: String { columnName(max(columnCount, 1) - 1) }

        func width(ofColumn index: Int) -> Double {
            index < sheet.columnWidths.count ? sheet.columnWidths[index] : 14
        }
    }

    static func sheetXML(_ sheet: XLSXWorkbook.Sheet) -> String {
        let layout = SheetLayout(sheet: sheet, columnCount: sheet.rows.map(\.count).max() ?? 0)
        var rows = TableRows(layout: layout)
        var xml = sheetHead(layout)
        for (index, row) in sheet.rows.enumerated() { xml += rows.xml(row, index: index) }
        return xml + sheetTail(layout)
    }

    /// The XML up to the table's first row: fit to page, frozen header, column widths, title rows.
    static func sheetHead(_ layout: SheetLayout) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0">"#
        if let header = layout.headerRows {
            xml +=
                #"<pane ySplit="\#(header.upperBound)" topLeftCell="A\#(header.upperBound + 1)" activePane="bottomLeft" state="frozen"/>"#
        }
        xml += "</sheetView></sheetViews>"
        if layout.columnCount > 0 {
            xml += "<cols>"
            for index in 0..<layout.columnCount {
                xml +=
                    #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(layout.width(ofColumn: index))" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        let totalWidth = (0..<max(layout.columnCount, 1)).reduce(0) { $0 + layout.width(ofColumn: $1) }
        for (index, line) in layout.titleLines.enumerated() {
            // A merged cell never grows to its text when opened: give the row the height of its lines.
            let size = line.style == .title ? 14.0 : 12.0
            let height = (Double(lineCount(line.text, width: totalWidth * 12 / size)) * size * 13.5).rounded() / 10 + 4
            xml +=
                #"<row r="\#(index + 1)" ht="\#(height)" customHeight="1">"#
                + #"<c r="A\#(index + 1)" s="\#(line.style.rawValue)" t="inlineStr"><is><t xml:space="preserve">\#(escape(line.text))</t></is></c></row>"#
        }
        return xml
    }

    /// The table's rows in order; a row is padded with bordered empty cells to the width of the header above it, so
    /// the grid has no holes.
    struct TableRows {
        let layout: SheetLayout
        private var width = 0

        init(layout: SheetLayout) { self.layout = layout }

        mutating func xml(_ row: [XLSXWorkbook.Cell], index: Int) -> String {
            let style = layout.sheet.style(ofRow: index)
            if style == .header { width = row.count }
            let id: StyleID =
                switch style {
                case .header: .header
                case .body: .body
                case .total: .total
                case .heading: .heading
                case .note: wrapsNote(index) ? .note : .plain
                }
            let r = layout.tableOffset + index + 1
            let padded = row.isEmpty || !style.isBordered ? row : row + Array(repeating: .empty, count: max(0, width - row.count))
            // Office suites do not grow rows to wrapped text when opening (LibreOffice converting to PDF neither): give
            // the header, and any row whose text wraps, the height of its lines.
            let lines =
                style.isBordered || id == .note
                ? lineCount(row, index: index, bold: style == .header || style == .total) : 1
            var xml =
                style == .header || lines > 1
                ? #"<row r="\#(r)" ht="\#(Double(lines) * 16 + 4)" customHeight="1">"# : #"<row r="\#(r)">"#
            for (c, cell) in padded.enumerated() {
                let head = #"<c r="\#(columnName(c))\#(r)" s="\#(id.rawValue)""#
                switch cell {
                case .text(let text):
                    xml += head + #" t="inlineStr"><is><t xml:space="preserve">\#(escape(text))</t></is></c>"#
                case .number(let value):
                    xml += head + "><v>\(value.isFinite ? String(value) : "0")</v></c>"
                case .empty:
                    if style.isBordered { xml += head + "/>" }
                }
            }
            return xml + "</row>"
        }

        /// A note wraps when it is merged across columns (a sentence as wide as the table); alone in its cell it
        /// runs over the empty cells beside it instead, as a plain cell does.
        private func wrapsNote(_ index: Int) -> Bool {
            layout.sheet.merges.contains { $0.row == index && $0.column == 0 && $0.columns > 1 }
        }

        /// The lines of the row's tallest cell, over the columns it spans; cells merged down several rows are left out
        /// (their rows share the height). A width counts digits; plain Vietnamese text fits about a tenth more letters,
        /// bold text about as many.
        private func lineCount(_ row: [XLSXWorkbook.Cell], index: Int, bold: Bool) -> Int {
            var lines = 1
            for (c, cell) in row.enumerated() {
                guard case .text(let text) = cell else { continue }
                let merge = layout.sheet.merges.first { $0.row == index && $0.column == c }
                if let merge, merge.rows > 1 { continue }
                let width = (c..<c + (merge?.columns ?? 1)).reduce(0) { $0 + layout.width(ofColumn: $1) }
                lines = max(lines, XLSXWriter.lineCount(text, width: bold ? width : width * 1.1))
            }
            return lines
        }
    }

    /// The lines `text` takes when wrapped at word boundaries in a column `width` characters wide, each of its own
    /// lines starting a new one (an estimate: a column's width counts digits, and Vietnamese letters are about as wide).
    static func lineCount(_ text: String, width: Double) -> Int {
        let capacity = max(1, Int(width) - 1)
        // Text of no more bytes than the line holds characters fits on one line (most cells: codes, dates, numbers).
        if text.utf8.count <= capacity, !text.utf8.contains(UInt8(ascii: "\n")) { return 1 }
        // One pass over the scalars (an export measures every row: `Character` counting was a sixth of its CPU). A
        // combining mark (decomposed Vietnamese) takes no width of its own, as in the grapheme count.
        var lines = 1
        var used = 0
        var word = 0
        func endWord() {
            guard word > 0 else { return }
            if used == 0 {
                used = word
            } else if used + 1 + word <= capacity {
                used += 1 + word
            } else {
                lines += 1
                used = word
            }
            while used > capacity {
                lines += 1
                used -= capacity
            }
            word = 0
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                endWord()
                lines += 1
                used = 0
            case 0x20: endWord()
            case 0x0300...0x036F: break
            default: word += 1
            }
        }
        endWord()
        return lines
    }

    /// After the rows: merged cells, then printing on A4 fitted to the page's width.
    static func sheetTail(_ layout: SheetLayout) -> String {
        var xml = "</sheetData>"
        var merges = layout.titleLines.indices.map { "A\($0 + 1):\(layout.lastColumn)\($0 + 1)" }
        for m in layout.sheet.merges where m.rows > 1 || m.columns > 1 {
            let top = layout.tableOffset + m.row + 1
            merges.append("\(columnName(m.column))\(top):\(columnName(m.column + m.columns - 1))\(top + m.rows - 1)")
        }
        if !merges.isEmpty {
            xml +=
                #"<mergeCells count="\#(merges.count)">"# + merges.map { #"<mergeCell ref="\#($0)"/>"# }.joined()
                + "</mergeCells>"
        }
        let page = layout.sheet.page
        // Margins in inches: 2 cm on the left for binding, 1,5 cm elsewhere, the footer inside the bottom one.
        xml +=
            #"<printOptions horizontalCentered="1"/>"#
            + #"<pageMargins left="0.79" right="0.59" top="0.59" bottom="0.71" header="0.31" footer="0.31"/>"#
            + #"<pageSetup paperSize="9" orientation="\#(page.orientation.rawValue)" fitToWidth="1" fitToHeight="0"/>"#
        if let footer = page.footer {
            xml +=
                "<headerFooter><oddFooter>" + escape(#"&C&"Times New Roman,Regular"&11 "# + footer)
                + "</oddFooter></headerFooter>"
        }
        return xml + "</worksheet>"
    }
}
