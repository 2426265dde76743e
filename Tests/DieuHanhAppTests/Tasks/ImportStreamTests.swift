import DieuHanhCore
import Fluent
import Testing
import Vapor

@testable import DieuHanhApp

/// `dieuhanh import tasks` streams its file (issue 19): the rows are checked, then written a slice at a time in one
/// transaction, with time-ordered ids; a failure anywhere, the last line included, writes nothing and names its line.
@Suite("import tasks, streamed")
struct ImportStreamTests {
    /// `count` tasks of one document each two rows, led by SNV or STC.
    static func tasks(_ prefix: String, count: Int, lastLead: String? = nil) -> String {
        var csv = ImportTasksTests.header
        for i in 1...count {
            let lead = i == count ? lastLead ?? "SNV" : (i % 2 == 0 ? "SNV" : "STC")
            let done = i % 3 == 0 ? "05/05/2021" : ""
            csv += "\(prefix)-\(i),\((i + 1) / 2)/KH-\(prefix),04/01/2021,,UBND,Việc \(i),\(lead),,,31/12/2021,,,\(done),\n"
        }
        return csv
    }

    @Test func newIdsSortAfterOlderOnesWithinARun() async throws {
        try await withTestApp { app in
            try await ImportTasksTests().province(app)
            _ = try await TaskImport.run(data: Data(Self.tasks("A", count: 5).utf8), actor: .commandLine, app: app, sliceSize: 2)
            _ = try await TaskImport.run(data: Data(Self.tasks("B", count: 5).utf8), actor: .commandLine, app: app, sliceSize: 2)
            let tasks = try await TaskItem.query(on: app.db).all()
            func ids(_ prefix: String) -> [String] {
                (1...5).map { i in tasks.first { $0.ma == "\(prefix)-\(i)" }!.id!.uuidString }
            }
            // In the file's order within an import, across its slices, and the second import after the first.
            #expect(ids("A") + ids("B") == (ids("A") + ids("B")).sorted())
            let documents = try await Document.query(on: app.db).all().sorted { $0.id!.uuidString < $1.id!.uuidString }
            #expect(documents.map(\.notation) == ["01/KH-A", "02/KH-A", "03/KH-A", "01/KH-B", "02/KH-B", "03/KH-B"])
            let events = try await TaskEventRecord.query(on: app.db).all()
            let first = try #require(tasks.first { $0.ma == "A-1" }?.id)
            let last = try #require(tasks.first { $0.ma == "B-5" }?.id)
            let eventIDs = { (task: UUID) in events.filter { $0.taskID == task }.map(\.id!.uuidString) }
            #expect(eventIDs(first).max()! < eventIDs(last).min()!)
            #expect(try await AuditLog.verify(on: app.db).problems.isEmpty)
        }
    }

    /// The last line names a unit that does not exist: found while writing, after earlier slices were written in
    /// the transaction, which then writes nothing at all.
    @Test func aFailureAtTheLastLineWritesNothingAndNamesTheLine() async throws {
        try await withTestApp { app in
            try await ImportTasksTests().province(app)
            let audit = try await AuditEntry.query(on: app.db).count()
            let csv = Self.tasks("C", count: 7, lastLead: "KHONGCO")
            var error: CSVError?
            do {
                _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app, sliceSize: 2)
            } catch let caught as CSVError { error = caught }
            #expect(error == CSVError(line: 8, message: "không có đơn vị mã “KHONGCO”"))
            #expect(try await TaskItem.query(on: app.db).count() == 0)
            #expect(try await Document.query(on: app.db).count() == 0)
            #expect(try await TaskEventRecord.query(on: app.db).count() == 0)
            #expect(try await TaskStatusSpanRecord.query(on: app.db).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).count() == audit)
            #expect(try await AuditLog.verify(on: app.db).problems.isEmpty)

            // A cell refused on the last line stops the import in the checking pass, before any slice is written.
            let badDate = Self.tasks("D", count: 7).replacingOccurrences(
                of: "D-7,4/KH-D,04/01/2021", with: "D-7,4/KH-D,31/02/2021")
            do {
                _ = try await TaskImport.run(data: Data(badDate.utf8), actor: .commandLine, app: app, sliceSize: 2)
                Issue.record("the import should have been refused")
            } catch let caught as CSVError { #expect(caught.line == 8) }
            #expect(try await TaskItem.query(on: app.db).count() == 0)
        }
    }

    /// The rows come one at a time: the first is given before a later line is even read (a bad line further on
    /// throws only when the stream reaches it), so the import holds one slice, never the file's rows.
    @Test func theRowStreamHoldsOneRowAtATime() throws {
        let csv = Self.tasks("E", count: 3) + "E-1,9/KH-E,04/01/2021,,UBND,Lặp lại,SNV,,,,,,,\n"
        var rows = try TaskImport.RowStream(data: Data(csv.utf8), today: CivilDate(year: 2026, month: 11, day: 22)!)
        #expect(try rows.next()?.ma == "E-1")
        #expect(try rows.next()?.ma == "E-2")
        #expect(try rows.next()?.line == 4)
        #expect(throws: CSVError.self) { try rows.next() }
    }
}
