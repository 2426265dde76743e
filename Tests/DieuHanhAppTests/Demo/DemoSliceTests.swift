import DieuHanhCore
import Fluent
import Testing
import Vapor

@testable import DieuHanhApp

/// `dieuhanh demo --slice …`: each slice, loaded into an empty database by the command's own function, gives the
/// figures of its seed report when counted by the task list's query.
@Suite("dieuhanh demo --slice")
struct DemoSliceTests {
    let today = CivilDate(year: 2026, month: 11, day: 22)!

    func query(_ app: Application, asOf: String, leadUnit: String? = nil) async throws -> TaskQuery.Result {
        try await TaskQuery.run(
            .init(as_of: asOf, lead_unit: leadUnit), scope: .everything, today: today, per: 500,
            on: app.db, t: Localizer(language: .vi))
    }

    func distinctDocuments(_ result: TaskQuery.Result) -> Int {
        Set(result.page.items.map(\.task.documentID)).count
    }

    /// Seed 001: 46 tasks in 20 documents → 42 completed on time, 0 late, 4 pending within deadline, 0 overdue.
    @Test func binhDuong2020ComesOutAsReported() async throws {
        try await withTestApp { app in
            let loaded = try await DemoSlices.load(.binhDuong2020, into: app)
            #expect(loaded.units.created == 16)
            #expect(loaded.tasks.created == 47)

            // The lead_unit filter takes the unit's subtree: UBND and its office and departments.
            let province = try await query(app, asOf: "2020-06-14", leadUnit: "UBND")
            #expect(
                province.counts
                    == TaskCounts(
                        completedOnTime: 42, completedLate: 0, pendingWithinDeadline: 4,
                        pendingOverdue: 0, pendingNoDeadline: 0))
            #expect(province.counts.total == 46)
            #expect(province.page.total == 46)
            #expect(distinctDocuments(province) == 20)
            #expect(province.documents.count == 20)
            #expect(VNFormat.percent(province.counts.completed, of: province.counts.total) == "91,3%")
            #expect(
                Set(province.page.items.filter { !$0.snapshot.bucket.isCompleted }.map { $0.task.ma ?? "" })
                    == ["BD20-04", "BD20-37", "BD20-39", "BD20-45"])

            // All 46 were assigned by CP or TTg within 01/01/2020 … 14/06/2020.
            let cp = try #require(try await UnitDirectory.find(code: "CP", on: app.db))
            let ttg = try #require(try await UnitDirectory.find(code: "TTG", on: app.db))
            for row in province.page.items {
                #expect([cp.id, ttg.id].contains(row.task.assignerID))
                #expect(row.task.assignedOn >= "2020-01-01" && row.task.assignedOn <= "2020-06-14")
            }

            // The figures the command prints are the same.
            let figures = try await DemoSlices.figures(.binhDuong2020, app: app)
            #expect(figures.province == province.counts)
            #expect(figures.documents == 20)
            #expect(figures.others == TaskCounts(pendingOverdue: 1))
        }
    }

    /// Seed 001, appendix III: Bộ Y tế's task under 04/2019/NĐ-CP is overdue and not one of the 46.
    @Test func theMinistryTaskIsOverdueAndOutsideTheProvince() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            let ministry = try await query(app, asOf: "2020-06-14", leadUnit: "BYT")
            #expect(ministry.counts == TaskCounts(pendingOverdue: 1))
            let row = try #require(ministry.page.items.first)
            #expect(row.task.ma == "BD20-BYT-01")
            #expect(row.snapshot.bucket == .pendingOverdue)
            #expect(row.task.content == "Quy định tiêu chuẩn, định mức sử dụng xe ô tô sử dụng trong lĩnh vực y tế.")
            #expect(ministry.documents[row.task.documentID]?.notation == "04/2019/NĐ-CP")
            #expect(ministry.documents[row.task.documentID]?.issuedOn == "2019-01-11")

            let everything = try await query(app, asOf: "2020-06-14")
            #expect(everything.counts.total == 47)
            #expect(everything.counts.pendingOverdue == 1)
        }
    }

    /// Extensions are exercised: three completions fall after their original deadline but within an extension
    /// approved before, and one pending task is within its deadline only thanks to its extension.
    @Test func binhDuongExtensionsKeepTheFigures() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            let approvals = try await TaskEventRecord.query(on: app.db)
                .filter(\.$kind == TaskEvent.Kind.extensionApproved.rawValue).count()
            #expect(approvals == 4)
            let province = try await query(app, asOf: "2020-06-14", leadUnit: "UBND")
            let byMa = Dictionary(uniqueKeysWithValues: province.page.items.map { ($0.task.ma ?? "", $0) })
            for ma in ["BD20-07", "BD20-13", "BD20-27"] {
                let row = try #require(byMa[ma])
                #expect(row.snapshot.bucket == .completedOnTime)
                #expect(row.snapshot.deadline != row.task.deadlineDate)  // the extended deadline applies
            }
            #expect(byMa["BD20-39"]?.snapshot.bucket == .pendingWithinDeadline)
            // BD20-39's original deadline (10/06/2020) has passed; without the extension it would be overdue.
            #expect(try #require(byMa["BD20-39"]?.task.deadlineDate) < CivilDate(year: 2020, month: 6, day: 14)!)
            // Completions after the cut-off (BD20-37, BD20-39) count only from their own dates; the two tasks still
            // open are overdue once 31/12/2020 has passed.
            let later = try await query(app, asOf: "2021-01-01", leadUnit: "UBND")
            #expect(later.counts.completed == 44)
            #expect(later.counts.pendingOverdue == 2)
        }
    }

    /// Seed 002 (1409/BC-UBND, appendix I): 11 tasks in 9 documents → 5 completed on time, 6 pending within deadline.
    @Test func caoBang2021ComesOutAsReported() async throws {
        try await withTestApp { app in
            let loaded = try await DemoSlices.load(.caoBang2021, into: app)
            #expect(loaded.tasks.created == 11)
            let province = try await query(app, asOf: "2021-06-14", leadUnit: "UBND")
            #expect(province.counts == TaskCounts(completedOnTime: 5, pendingWithinDeadline: 6))
            #expect(distinctDocuments(province) == 9)
            let everything = try await query(app, asOf: "2021-06-14")
            #expect(everything.counts == province.counts)
            #expect(try await UnitDirectory.find(code: "UBND", on: app.db)?.name == "Ủy ban nhân dân tỉnh Cao Bằng")
            for row in province.page.items {
                #expect(row.task.assignedOn >= "2021-01-01" && row.task.assignedOn <= "2021-06-14")
            }
        }
    }

    @Test(arguments: DemoSlices.Slice.allCases)
    func loadingTwiceChangesNothing(_ slice: DemoSlices.Slice) async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(slice, into: app)
            let tasks = try await TaskItem.query(on: app.db).count()
            let events = try await TaskEventRecord.query(on: app.db).count()
            let documents = try await Document.query(on: app.db).count()
            let units = try await OrgUnit.query(on: app.db).count()
            let audit = try await AuditEntry.query(on: app.db).count()
            let again = try await DemoSlices.load(slice, into: app)
            #expect(again.units == ImportSummary(created: 0, updated: 0, unchanged: slice.definition.units.count))
            #expect(again.tasks == ImportSummary(created: 0, updated: 0, unchanged: slice.definition.tasks.count))
            #expect(try await TaskItem.query(on: app.db).count() == tasks)
            #expect(try await TaskEventRecord.query(on: app.db).count() == events)
            #expect(try await Document.query(on: app.db).count() == documents)
            #expect(try await OrgUnit.query(on: app.db).count() == units)
            #expect(try await AuditEntry.query(on: app.db).count() == audit)
        }
    }

    /// A slice is for an empty database: on top of other data it refuses and writes nothing.
    @Test func aSliceRefusesADatabaseWithOtherData() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            let tasks = try await TaskItem.query(on: app.db).count()
            let units = try await OrgUnit.query(on: app.db).count()
            await #expect(throws: DemoSlices.NotEmpty.self) {
                try await DemoSlices.load(.caoBang2021, into: app)
            }
            #expect(try await TaskItem.query(on: app.db).count() == tasks)
            #expect(try await OrgUnit.query(on: app.db).count() == units)
            #expect(try await UnitDirectory.find(code: "UBND", on: app.db)?.name == "Ủy ban nhân dân tỉnh Bình Dương")
        }
    }

    /// The CSV text goes through the importers' parsers: every row parses, quoted commas included.
    @Test(arguments: DemoSlices.Slice.allCases)
    func theGeneratedFilesParse(_ slice: DemoSlices.Slice) throws {
        let definition = slice.definition
        let units = try UnitImport.parse(Data(definition.unitsCSV.utf8))
        let tasks = try TaskImport.parse(Data(definition.tasksCSV.utf8))
        #expect(units.map(\.code) == definition.units.map(\.code))
        #expect(tasks.map(\.content) == definition.tasks.map(\.content))
        #expect(tasks.allSatisfy { $0.ma.hasPrefix(definition.taskPrefix) })
        // Deterministic: the same text every time.
        #expect(definition.tasksCSV == slice.definition.tasksCSV)
    }
}
