import Foundation

/// The records of a CSV file one at a time, with the same rules as `CSVParser` (which reads them all through the
/// same code): an import of 100.000 rows holds one record at a time instead of the whole table. Give it the file
/// mapped (`Data(contentsOf:options: .alwaysMapped)`): the bytes are then read from the file as the reader moves on
/// and never copied into memory as a whole.
public struct CSVRecordReader {
    private let data: Data
    /// Byte offset of the next record, and its physical line.
    private var position: Int
    private var line = 1
    /// The header row, trimmed.
    public let header: [String]

    /// Checks the whole file is UTF-8 and reads its header; throws `CSVError` (an empty file, a bad byte's line).
    public init(data: Data) throws {
        self.data = data
        var position = 0
        var line = 1
        let first = try data.withUnsafeBytes { raw -> CSVRecord? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let bad = CSVParser.firstInvalidUTF8Line(bytes) { throw CSVError(line: bad, message: CSVError.notUTF8) }
            position = CSVParser.bomLength(bytes)
            return try CSVParser.nextRecord(bytes, at: &position, line: &line)
        }
        guard let first else { throw CSVError(line: 0, message: CSVError.empty) }
        self.header = CSVParser.header(first)
        self.position = position
        self.line = line
    }

    /// The next data record, or nil after the last one.
    public mutating func next() throws -> CSVRecord? {
        var position = self.position
        var line = self.line
        let record = try data.withUnsafeBytes { raw in
            try CSVParser.nextRecord(raw.bindMemory(to: UInt8.self), at: &position, line: &line)
        }
        self.position = position
        self.line = line
        return record
    }
}
