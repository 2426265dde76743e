import DieuHanhCore
import Fluent
import Testing
import Vapor

@testable import DieuHanhApp

/// Tasks and documents read as plain rows (the list, the exports) are what Fluent reads.
@Suite("Tasks read as plain rows")
struct TaskItemRowTests {
    @Test func plainRowsReadWhatFluentReads() async throws {
        try await withTestApp { app in
            let s = try await TaskPagesTests().setUp(app)
            _ = try await TaskPagesTests().enterLetter(s)
            let task = try #require(try await TaskItem.query(on: app.db).first())
            // A leader and a domain, so that the optional columns hold values too.
            task.domain = "Nội vụ"
            task.leaderID = s.office.id
            try await task.update(on: app.db)
            let fluent = try await TaskItem.query(on: app.db).all()
            let shown = try await TaskItem.shown(fluent.compactMap(\.id), on: app.db)
            #expect(shown.count == fluent.count)
            #expect(fluent.contains { $0.domain != nil && $0.leaderID != nil })
            for expected in fluent {
                let read = try #require(shown[expected.id!])
                #expect(read.snapshot == expected.snapshot)
                #expect(read.searchText == expected.searchText)
                #expect(read.version == expected.version)
                #expect(read.createdAt == expected.createdAt)
            }
            let documents = try await Document.query(on: app.db).all()
            let shownDocuments = try await Document.shown(documents.compactMap(\.id), on: app.db)
            #expect(shownDocuments.count == documents.count)
            for expected in documents {
                let read = try #require(shownDocuments[expected.id!])
                #expect(read.snapshot == expected.snapshot)
                #expect(read.searchText == expected.searchText)
                #expect(read.number == expected.number && read.year == expected.year && read.typeCode == expected.typeCode)
                #expect(read.createdAt == expected.createdAt)
            }
        }
    }
}
