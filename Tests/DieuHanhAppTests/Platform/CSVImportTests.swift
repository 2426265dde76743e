import DieuHanhCore
import Fluent
import Foundation
import Testing

@testable import DieuHanhApp

/// The scaffolding every CSV import shares, through an import of its own that writes nothing.
@Suite("CSV imports: columns, rows and repeated keys, once for every import")
struct CSVImportTests {
    enum Toy: CSVImport {
        struct Row: Equatable, Sendable {
            let line: Int
            let code: String
            let done: CivilDate?
        }
        static let required = ["code"]
        static let optional = ["done_on"]

        static func read(_ cells: CSVFields, today: CivilDate, reading: inout ImportKeys) throws -> Row {
            let code = try cells.required("code", FieldRules.unitCode)
            try reading.claim(code, line: cells.line) { first in cells.fail("“\(code)” đã có ở dòng \(first)") }
            return Row(line: cells.line, code: code, done: try cells.fact("done_on", today: today))
        }

        static func write(_ rows: [Row], actor: AuditActor, now: Date, on db: Database) async throws -> ImportSummary {
            ImportSummary(created: rows.count)
        }
    }

    let today = CivilDate(year: 2026, month: 12, day: 6)!

    private func parse(_ text: String) throws -> [Toy.Row] { try Toy.parse(Data(text.utf8), today: today) }

    @Test func rowsComeInFileOrderWithTheirLines() throws {
        let rows = try parse("code,done_on\nA1,05/12/2026\nB2,\n")
        #expect(
            rows == [
                .init(line: 2, code: "A1", done: CivilDate(year: 2026, month: 12, day: 5)), .init(line: 3, code: "B2", done: nil),
            ])
    }

    @Test func theHeaderIsCheckedBeforeAnyRow() {
        #expect(throws: CSVError.self) { try parse("code,han_xu_li\nA1,\n") }
        do {
            _ = try parse("ten\nA1\n")
            Issue.record("a file without its required column was read")
        } catch let error as CSVError {
            #expect(error.line == 1)
            #expect(error.message.contains("thiếu cột bắt buộc: code"))
        } catch { Issue.record("\(error)") }
    }

    @Test func aRepeatedKeyNamesTheLineItFirstCameOn() {
        #expect(throws: CSVError(line: 4, message: "“A1” đã có ở dòng 2")) { try parse("code\nA1\nB2\nA1\n") }
    }

    @Test func aCellRefusedByItsRuleIsReportedWithItsLine() {
        do {
            _ = try parse("code,done_on\nA1,07/12/2026\n")
            Issue.record("a fact dated after today was read")
        } catch let error as CSVError {
            #expect(error.line == 2)
            #expect(error.message.contains("done_on"))
        } catch { Issue.record("\(error)") }
    }
}
