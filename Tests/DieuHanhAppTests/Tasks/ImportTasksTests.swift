import DieuHanhCore
import Fluent
import Testing
import Vapor

@testable import DieuHanhApp

@Suite("dieuhanh import tasks")
struct ImportTasksTests {
    static let header =
        "ma,so_ky_hieu,ngay_van_ban,trich_yeu,co_quan_giao,noi_dung,don_vi_chu_tri,don_vi_phoi_hop,ngay_giao,han_xu_ly,han_gia_han,ngay_duyet_gia_han,ngay_hoan_thanh,ngay_huy\n"

    func province(_ app: Application) async throws {
        let cp = try await makeUnit(app, "CP", "Chính phủ", kind: .government)
        _ = cp
        let ubnd = try await makeUnit(app, "UBND", "Ủy ban nhân dân tỉnh", kind: .province)
        try await makeUnit(app, "SNV", "Sở Nội vụ", parent: ubnd)
        try await makeUnit(app, "STC", "Sở Tài chính", parent: ubnd)
    }

    /// Seed 002 (Cao Bằng, 6 months 2021): 11 tasks in 9 documents → 5 completed on time, 6 pending within deadline.
    static var caoBang: String {
        var csv = header
        for i in 1...11 {
            let document = i <= 3 ? "01/NQ-CP" : "\(i)/TB-VPCP"  // documents 1 (three tasks) and 4…11
            let done = i <= 5 ? "\(String(format: "%02d", i))/05/2021" : ""
            csv += "CB-\(i),\(document),04/01/2021,,CP,Nhiệm vụ số \(i),\(i % 2 == 0 ? "SNV" : "STC"),,,31/12/2021,,,\(done),\n"
        }
        return csv
    }

    func counts(_ app: Application, asOf: String) async throws -> TaskCounts {
        try await TaskQuery.run(
            .init(as_of: asOf), scope: .everything, today: CivilDate(year: 2026, month: 11, day: 22)!,
            per: 50, on: app.db, t: Localizer(language: .vi)
        ).counts
    }

    @Test func seedCaoBangComesOutAsReported() async throws {
        try await withTestApp { app in
            try await province(app)
            let summary = try await TaskImport.run(data: Data(Self.caoBang.utf8), actor: .commandLine, app: app)
            #expect(summary.created == 11)
            #expect(try await Document.query(on: app.db).count() == 9)
            let c = try await counts(app, asOf: "14/06/2021")
            #expect(c.completedOnTime == 5)
            #expect(c.pendingWithinDeadline == 6)
            #expect(c.total == 11)
            // Imported completions are history, not a queue for the office.
            let office = try await makeUser(app, "vanphong", role: .coordinator)
            let queues = try await WorkQueues.build(
                for: office, scope: .everything, today: CivilDate(year: 2021, month: 6, day: 14)!,
                on: app.db)
            #expect(queues.toConfirm.isEmpty)
        }
    }

    /// The new tasks are written together: the audit log still holds one entry per document and per task, in the
    /// file's order, in an unbroken chain; each task's events keep the order of its history.
    @Test func anImportIsAuditedEntryByEntryAndKeepsTheOrderOfEvents() async throws {
        try await withTestApp { app in
            try await province(app)
            let before = try await AuditEntry.query(on: app.db).count()
            _ = try await TaskImport.run(data: Data(Self.caoBang.utf8), actor: .commandLine, app: app)
            let entries = try await AuditEntry.query(on: app.db).sort(\.$seq).all().dropFirst(before)
            #expect(entries.filter { $0.entity == "document" }.count == 9)
            #expect(entries.filter { $0.entity == "task" }.map(\.summary) == (1...11).map { "CB-\($0) (import)" })
            // The first document comes before its first task; the fourth document before task 4.
            let order = entries.map(\.summary)
            struct Missing: Error {}
            func place(_ summary: String) throws -> Int {
                guard let index = order.firstIndex(of: summary) else {
                    Issue.record("\(summary) in \(order)")
                    throw Missing()
                }
                return index
            }
            #expect(try place("01/NQ-CP") < place("CB-1 (import)"))
            #expect(try place("04/TB-VPCP") > place("CB-3 (import)"))
            #expect(try place("04/TB-VPCP") < place("CB-4 (import)"))
            let verified = try await AuditLog.verify(on: app.db)
            #expect(verified.problems.isEmpty)
            #expect(verified.checked == entries.count + before)

            let done = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "CB-1").first())
            let kinds = (try await TaskFactsLoader.coreEvents(for: [done.id!], on: app.db))[done.id!]?.map(\.kind)
            #expect(kinds == [.assigned, .completionReported, .completionConfirmed])
        }
    }

    @Test func secondImportChangesNothing() async throws {
        try await withTestApp { app in
            try await province(app)
            _ = try await TaskImport.run(data: Data(Self.caoBang.utf8), actor: .commandLine, app: app)
            let events = try await TaskEventRecord.query(on: app.db).count()
            let audit = try await AuditEntry.query(on: app.db).count()
            let summary = try await TaskImport.run(data: Data(Self.caoBang.utf8), actor: .commandLine, app: app)
            #expect(summary == .init(created: 0, updated: 0, unchanged: 11))
            #expect(try await TaskEventRecord.query(on: app.db).count() == events)
            #expect(try await AuditEntry.query(on: app.db).count() == audit)
        }
    }

    @Test func extensionsCountOnlyFromTheirApprovalDate() async throws {
        try await withTestApp { app in
            try await province(app)
            let csv =
                Self.header + "X1,4049/UBND-TH,19/10/2020,,UBND,Báo cáo kiểm điểm,SNV,STC,,23/10/2020,30/10/2020,26/10/2020,,\n"
            _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            #expect(try await counts(app, asOf: "23/10/2020").pendingWithinDeadline == 1)  // the deadline day itself
            #expect(try await counts(app, asOf: "24/10/2020").pendingOverdue == 1)  // extension not yet decided
            #expect(try await counts(app, asOf: "26/10/2020").pendingWithinDeadline == 1)  // approved on 26/10
            #expect(try await counts(app, asOf: "31/10/2020").pendingOverdue == 1)
            let coordinators = try await TaskCoordinator.query(on: app.db).count()
            #expect(coordinators == 1)
        }
    }

    @Test func cancelledTasksLeaveTheCountFromTheirCancellation() async throws {
        try await withTestApp { app in
            try await province(app)
            let csv = Self.header + "X2,01/NQ-CP,04/01/2021,,CP,Việc bị rút,SNV,,,30/06/2021,,,,15/03/2021\n"
            _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            #expect(try await counts(app, asOf: "14/03/2021").total == 1)
            #expect(try await counts(app, asOf: "15/03/2021").total == 0)
        }
    }

    @Test func aBadRowStopsTheImportWithItsLine() async throws {
        try await withTestApp { app in
            try await province(app)
            let csv =
                Self.header
                + "A1,01/NQ-CP,04/01/2021,,CP,Việc một,SNV,,,30/06/2021,,,,\n"
                + "A2,01/NQ-CP,04/01/2021,,CP,Việc hai,SYT,,,30/06/2021,,,,\n"
            let error = await #expect(throws: CSVError.self) {
                try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            }
            #expect(error?.line == 3)
            #expect(error?.message.contains("SYT") == true)
            let tasks = try await TaskItem.query(on: app.db).count()
            #expect(tasks == 0)
            let documents = try await Document.query(on: app.db).count()
            #expect(documents == 0)
        }
    }

    @Test func anExtensionWithoutItsApprovalDateIsRefused() async throws {
        try await withTestApp { app in
            try await province(app)
            let csv = Self.header + "A1,01/NQ-CP,04/01/2021,,CP,Việc một,SNV,,,30/06/2021,31/07/2021,,,\n"
            let error = await #expect(throws: CSVError.self) {
                try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            }
            #expect(error?.line == 2)
        }
    }
}

/// Issue 13, item 11: the import refuses what the task forms refuse, by the same rules, with line and column.
extension ImportTasksTests {
    @Test func cellsTheFormsRefuseStopTheImportWithLineColumnAndReason() async throws {
        try await withTestApp { app in
            // setup: today is 22/11/2026 (testNow); line 2 is good, line 3 bad
            _ = try await SmallProvince.make(app)
            _ = try await makeUnit(app, "CP", "Chính phủ", kind: .government)
            let good = "G1,01/NQ-CP,04/01/2021,,CP,Rà soát thủ tục,SNV,,,30/06/2021,,,,\n"
            let cases: [(row: String, message: String)] = [
                (
                    "B1,01/NQ-CP,04/01/2021,,CP,Báo cáo,SNV,,,30/06/2021,,,31/12/9999,\n",
                    "cột ngay_hoan_thanh: Ngày phải trong khoảng 01/01/1990 – 31/12/2100"
                ),
                (
                    "B1,01/NQ-CP,04/01/2021,,CP,Báo cáo,SNV,,,30/06/2021,,,23/11/2026,\n",
                    "cột ngay_hoan_thanh: Ngày không được sau hôm nay (22/11/2026)"
                ),
                ("B1,01/NQ-CP,04/01/2021,,CP,Báo\u{0}cáo,SNV,,,30/06/2021,,,,\n", "cột noi_dung: Có ký tự điều khiển"),
                (
                    "B1,01/NQ-CP,04/01/2021,,CP,\(String(repeating: "x", count: 4_001)),SNV,,,30/06/2021,,,,\n",
                    "cột noi_dung: Dài quá 4.000 ký tự"
                ),
                ("B1,01/NQ-CP,04/01/2021,,CP,Báo cáo,SNV,,,31/12/9999,,,,\n", "cột han_xu_ly: Ngày phải trong khoảng"),
            ]
            let tasks = try await TaskItem.query(on: app.db).count()
            for (row, message) in cases {
                // act
                let error = await #expect(throws: CSVError.self) {
                    try await TaskImport.run(data: Data((Self.header + good + row).utf8), actor: .commandLine, app: app)
                }
                // check
                #expect(error?.line == 3, "\(message)")
                #expect(error?.message.contains(message) == true, "\(error?.message.prefix(200) ?? "") ≠ \(message)")
            }
            let tasksAfter = try await TaskItem.query(on: app.db).count()
            let documents = try await Document.query(on: app.db).count()
            #expect(tasksAfter == tasks)
            #expect(documents == 0)
        }
    }
}
