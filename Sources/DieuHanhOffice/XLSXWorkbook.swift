import Foundation

/// A spreadsheet as plain values: sheets of rows of cells. `XLSXWriter` turns it into an .xlsx file.
public struct XLSXWorkbook: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String)
        /// A real number cell (sums and sorting work in the office suite).
        case number(Double)
        case empty
    }

    /// How a row of the table is drawn.
    public enum RowStyle: Sendable, Equatable {
        /// Bold on a grey fill, centred, bordered: the table's header, or the header of a second table further down.
        case header
        /// Bordered, wrapped, top-aligned.
        case body
        /// A body row in bold: a total.
        case total
        /// A bold line of text between tables, without borders.
        case heading
        /// A plain line of text between tables, without borders.
        case note

        /// Whether its cells are boxed in: the table's rows are, lines between tables are not.
        var isBordered: Bool { self != .heading && self != .note }
    }

    /// A block of cells shown as one, in the table's coordinates (row 0 is the table's first row, not the title's).
    public struct Merge: Sendable, Equatable {
        public var row: Int
        public var column: Int
        public var rows: Int
        public var columns: Int

        public init(row: Int, column: Int, rows: Int = 1, columns: Int = 1) {
            self.row = row
            self.column = column
            self.rows = rows
            self.columns = columns
        }
    }

    public struct Sheet: Sendable {
        public var name: String
        /// Column widths in characters; missing ones get a default.
        public var columnWidths: [Double]
        /// Lines above the table, each merged across its columns: `title` bold and larger, then `subtitle` in
        /// italics, then a blank row.
        public var title: [String]
        public var subtitle: [String]
        /// The table. Its first `headerRows` rows are the header: bold, frozen so they stay visible while
        /// scrolling, and printed again at the top of every page.
        public var rows: [[Cell]]
        public var headerRows: Int
        /// Rows of the table (by index) drawn otherwise than the header and body rules say.
        public var rowStyles: [Int: RowStyle]
        public var merges: [Merge]
        public var page: XLSXPageSetup

        public init(
            name: String, columnWidths: [Double] = [], title: [String] = [], subtitle: [String] = [],
            rows: [[Cell]], headerRows: Int = 1, rowStyles: [Int: RowStyle] = [:], merges: [Merge] = [],
            page: XLSXPageSetup = XLSXPageSetup()
        ) {
            self.name = name
            self.columnWidths = columnWidths
            self.title = title
            self.subtitle = subtitle
            self.rows = rows
            self.headerRows = headerRows
            self.rowStyles = rowStyles
            self.merges = merges
            self.page = page
        }

        /// The style of table row `index`: as given, else header for the first `headerRows`, else body.
        public func style(ofRow index: Int) -> RowStyle {
            rowStyles[index] ?? (index < headerRows ? .header : .body)
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }
}

/// How a sheet prints: always on A4, fitted to the page's width (as many pages down as it takes), with margins
/// for a binder on the left.
public struct XLSXPageSetup: Sendable, Equatable {
    public enum Orientation: String, Sendable {
        case portrait, landscape
    }

    public var orientation: Orientation
    /// The centre of the page's footer, in the office suites' codes: "Trang &P/&N" prints "Trang 2/7".
    public var footer: String?

    public init(orientation: Orientation = .portrait, footer: String? = nil) {
        self.orientation = orientation
        self.footer = footer
    }
}

public struct XLSXError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
