import DieuHanhCore
import Foundation
import Testing

/// The reader an import streams a file through: one record at a time, by the same rules as the whole-file parser.
@Suite struct CSVRecordReaderTests {
    static let text = "\u{FEFF}ma , noi_dung\r\n1,\"hai\ndòng\"\n\n,\n2,\"ba \"\"x\"\"\"\n3,cuối"

    @Test func givesTheRecordsOneAtATimeAsTheParserReadsThem() throws {
        var reader = try CSVRecordReader(data: Data(Self.text.utf8))
        #expect(reader.header == ["ma", "noi_dung"])
        let first = try #require(try reader.next())
        #expect(first == CSVRecord(line: 2, fields: ["1", "hai\ndòng"]))
        // Nothing further has been read: each call moves on by one record.
        #expect(try reader.next() == CSVRecord(line: 6, fields: ["2", "ba \"x\""]))
        #expect(try reader.next() == CSVRecord(line: 7, fields: ["3", "cuối"]))
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
        #expect(
            try CSVParser.parse(Self.text).rows == [
                first, CSVRecord(line: 6, fields: ["2", "ba \"x\""]), CSVRecord(line: 7, fields: ["3", "cuối"]),
            ])
    }

    @Test func aBadRecordThrowsWhenTheReaderReachesIt() throws {
        var reader = try CSVRecordReader(data: Data("a,b\n1,2\n3,\"open\n".utf8))
        #expect(try reader.next()?.fields == ["1", "2"])
        #expect(throws: CSVError(line: 3, message: "dấu ngoặc kép không được đóng")) { try reader.next() }
    }

    @Test func anEmptyOrNonUTF8FileIsRefusedAtOnce() {
        #expect(throws: CSVError(line: 0, message: "tệp trống")) { try CSVRecordReader(data: Data()) }
        #expect(throws: CSVError(line: 2, message: "tệp không phải UTF-8")) {
            try CSVRecordReader(data: Data("a\n\u{1}".utf8) + Data([0xFF]))
        }
    }
}
