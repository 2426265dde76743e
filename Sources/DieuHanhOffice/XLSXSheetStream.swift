import Foundation
import ZIPFoundation

/// A one-sheet workbook written row by row, for exports too large to hold: the sheet's XML goes to a temporary
/// file as rows arrive, and `finish` zips it (read back in chunks) with the other parts into the .xlsx file. The
/// bytes are those `XLSXWriter.data` writes for the same rows.
public final class XLSXSheetStream {
    /// The sheet as described, without its rows.
    private let sheet: XLSXWorkbook.Sheet
    private let layout: XLSXWriter.SheetLayout
    private var tableRows: XLSXWriter.TableRows
    private let sheetURL: URL
    private let handle: FileHandle
    private var buffer = ""
    private var rows = 0

    /// `sheet`: the name, widths, title, header and page setup; its rows are ignored (`append` them).
    /// `columnCount`: the widest row (the `<cols>` element comes before the rows).
    public init(_ sheet: XLSXWorkbook.Sheet, columnCount: Int) throws {
        var sheet = sheet
        sheet.rows = []
        self.sheet = sheet
        layout = XLSXWriter.SheetLayout(sheet: sheet, columnCount: columnCount)
        tableRows = XLSXWriter.TableRows(layout: layout)
        sheetURL = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-sheet-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: sheetURL.path, contents: nil) else {
            throw XLSXError("cannot create \(sheetURL.path)")
        }
        handle = try FileHandle(forWritingTo: sheetURL)
        buffer = XLSXWriter.sheetHead(layout)
    }

    public convenience init(name: String, columnWidths: [Double], columnCount: Int) throws {
        try self.init(XLSXWorkbook.Sheet(name: name, columnWidths: columnWidths, rows: []), columnCount: columnCount)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: sheetURL)
    }

    public func append(_ row: [XLSXWorkbook.Cell]) throws {
        buffer += tableRows.xml(row, index: rows)
        rows += 1
        if buffer.utf8.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer = ""
    }

    /// Writes the .xlsx file at `url` (replaced if it exists).
    public func finish(to url: URL) throws {
        buffer += XLSXWriter.sheetTail(layout)
        try flush()
        try handle.close()
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        let workbook = XLSXWorkbook(sheets: [sheet])
        for (path, text) in XLSXWriter.parts(workbook) { try XLSXWriter.add(Data(text.utf8), as: path, to: archive) }
        let size = (try FileManager.default.attributesOfItem(atPath: sheetURL.path)[.size] as? NSNumber)?.int64Value ?? 0
        let reader = try FileHandle(forReadingFrom: sheetURL)
        defer { try? reader.close() }
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: size,
            modificationDate: XLSXWriter.modificationDate, compressionMethod: .deflate,
            provider: { position, size in
                try reader.seek(toOffset: UInt64(position))
                return try reader.read(upToCount: size) ?? Data()
            })
    }
}
