import DieuHanhCore
import Fluent
import Testing
import Vapor

@testable import DieuHanhApp

@Suite("dieuhanh import units")
struct ImportUnitsTests {
    static let file = """
        \u{FEFF}code,name,kind,parent_code,valid_from,valid_to,successor_code
        UBND,Ủy ban nhân dân tỉnh,province,,,,
        SKHDT,Sở Kế hoạch và Đầu tư,department,UBND,,28/02/2025,STC
        STC,Sở Tài chính,department,UBND,01/01/2008,,
        CCTK,"Chi cục Thống kê, tỉnh",other,STC,,,
        """

    @Test func importsATreeWithReferencesInAnyOrder() async throws {
        try await withTestApp { app in
            let summary = try await UnitImport.run(data: Data(Self.file.utf8), actor: .commandLine, app: app)
            #expect(summary == .init(created: 4, updated: 0, unchanged: 0))
            let skhdt = try #require(try await UnitDirectory.find(code: "SKHDT", on: app.db))
            let stc = try #require(try await UnitDirectory.find(code: "STC", on: app.db))
            #expect(skhdt.successorID == stc.id)
            #expect(skhdt.validTo == "2025-02-28")
            #expect(stc.validFrom == "2008-01-01")
            #expect(try await UnitDirectory.find(code: "CCTK", on: app.db)?.name == "Chi cục Thống kê, tỉnh")
        }
    }

    @Test func secondImportOfTheSameFileChangesNothing() async throws {
        try await withTestApp { app in
            let file = Self.file
            _ = try await UnitImport.run(data: Data(file.utf8), actor: .commandLine, app: app)
            let entries = try await AuditEntry.query(on: app.db).count()
            let summary = try await UnitImport.run(data: Data(file.utf8), actor: .commandLine, app: app)
            #expect(summary == .init(created: 0, updated: 0, unchanged: 4))
            #expect(try await AuditEntry.query(on: app.db).count() == entries)
        }
    }

    @Test func aBadRowStopsTheImportWithItsLineAndWritesNothing() async throws {
        try await withTestApp { app in
            let file = Self.file
                .replacingOccurrences(of: "STC,Sở Tài chính,department", with: "STC,Sở Tài chính,departmnt")
            let error = await #expect(throws: CSVError.self) {
                try await UnitImport.run(data: Data(file.utf8), actor: .commandLine, app: app)
            }
            #expect(error?.line == 4)
            #expect(error?.message.contains("departmnt") == true)
            let orgunitCount = try await OrgUnit.query(on: app.db).count()
            #expect(orgunitCount == 0)
            let auditentryCount = try await AuditEntry.query(on: app.db).count()
            #expect(auditentryCount == 0)
        }
    }

    @Test func anUnknownColumnIsAnError() async throws {
        try await withTestApp { app in
            let file = "code,name,kind,parnet_code\nUBND,UBND tỉnh,province,\n"
            let error = await #expect(throws: CSVError.self) {
                try await UnitImport.run(data: Data(file.utf8), actor: .commandLine, app: app)
            }
            #expect(error?.line == 1)
            #expect(error?.message.contains("parnet_code") == true)
        }
    }

    @Test func aMissingParentIsReportedOnItsLine() async throws {
        try await withTestApp { app in
            let file = "code,name,kind,parent_code\nUBND,UBND tỉnh,province,\nSYT,Sở Y tế,department,UBDN\n"
            let error = await #expect(throws: CSVError.self) {
                try await UnitImport.run(data: Data(file.utf8), actor: .commandLine, app: app)
            }
            #expect(error?.line == 3)
            let orgunitCount = try await OrgUnit.query(on: app.db).count()
            #expect(orgunitCount == 0)
        }
    }

    @Test func aCycleIsRefused() async throws {
        try await withTestApp { app in
            let file = "code,name,kind,parent_code\nA,Đơn vị A,other,B\nB,Đơn vị B,other,A\n"
            await #expect(throws: CSVError.self) {
                try await UnitImport.run(data: Data(file.utf8), actor: .commandLine, app: app)
            }
            let orgunitCount = try await OrgUnit.query(on: app.db).count()
            #expect(orgunitCount == 0)
        }
    }

    @Test func changedRowsAreUpdatedAndAudited() async throws {
        try await withTestApp { app in
            let file = Self.file
            _ = try await UnitImport.run(data: Data(file.utf8), actor: .commandLine, app: app)
            let renamed = file.replacingOccurrences(of: "Chi cục Thống kê, tỉnh", with: "Chi cục Thống kê tỉnh Thái Nguyên")
            let summary = try await UnitImport.run(data: Data(renamed.utf8), actor: .commandLine, app: app)
            #expect(summary == .init(created: 0, updated: 1, unchanged: 3))
            let last = try await AuditEntry.query(on: app.db).sort(\.$seq, .descending).first()
            #expect(last?.action == "update")
            #expect(last?.afterJSON?.contains("Chi cục Thống kê tỉnh Thái Nguyên") == true)
        }
    }
}

@Suite("Demo province and first start")
struct DemoTests {
    @Test func demoLoadsARealisticTreeAndOneUserPerRole() async throws {
        try await withTestApp { app in
            _ = try await app.write { db in
                try await UnitImport.write(DemoUnits.rows, actor: .commandLine, now: testNow, on: db)
            }
            let accounts = try await DemoCommand.loadUsers(app)
            let departments = try await OrgUnit.query(on: app.db).filter(\.$kind == "department").count()
            #expect(departments >= 20)
            for code in ["CP", "TTG", "BTC", "UBND", "VP", "X-DT"] {
                #expect(try await UnitDirectory.find(code: code, on: app.db) != nil)
            }
            #expect(Set(accounts.map(\.1)) == [.coordinator, .leader, .unitOfficer, .viewer])
            // Each printed password works.
            for (username, _, password) in accounts {
                #expect(try await Browser(app).signIn(username, password).status == .seeOther)
            }
            // Mergers keep history: the old department points at its successor.
            let skhdt = try #require(try await UnitDirectory.find(code: "SKHDT", on: app.db))
            let stc = try #require(try await UnitDirectory.find(code: "STC", on: app.db))
            #expect(skhdt.successorID == stc.id)
            // Running the demo again does not duplicate anything.
            let again = try await app.write { db in
                try await UnitImport.write(DemoUnits.rows, actor: .commandLine, now: testNow, on: db)
            }
            #expect(again.created == 0 && again.updated == 0)
        }
    }

    @Test func firstStartCreatesAdminWithTheConfiguredPasswordOnce() async throws {
        try await withTestApp(adjust: { $0.adminPassword = "khoidong-2026" }) { app in
            let first = try await AdminBootstrap.ensureAdmin(app)
            #expect(first.created)
            #expect(first.generatedPassword == nil)
            #expect(try await Browser(app).signIn("admin", "khoidong-2026").status == .seeOther)
            let second = try await AdminBootstrap.ensureAdmin(app)
            #expect(!second.created)
        }
    }

    @Test func firstStartGeneratesAPasswordWhenNoneIsConfigured() async throws {
        try await withTestApp { app in
            let result = try await AdminBootstrap.ensureAdmin(app)
            let password = try #require(result.generatedPassword)
            #expect(try await Browser(app).signIn("admin", password).status == .seeOther)
        }
    }
}

@Suite("Demo tasks")
struct DemoTasksTests {
    @Test func demoTasksCoverEveryStateAndLoadTwiceWithoutChange() async throws {
        try await withTestApp { app in
            let today = CivilDate(year: 2026, month: 11, day: 22)!
            _ = try await app.write { db in try await UnitImport.write(DemoUnits.rows, actor: .commandLine, now: testNow, on: db)
            }
            let rows = DemoTasks.rows(today: today)
            #expect(rows.count >= 200)
            #expect(rows == DemoTasks.rows(today: today))  // deterministic
            let first = try await app.write { db in try await TaskImport.write(rows, actor: .commandLine, now: testNow, on: db) }
            #expect(first.created == rows.count)
            try await app.write { db in try await DemoTasks.addLiveSteps(today: today, on: db) }
            let counts = try await TaskQuery.run(
                .init(), scope: .everything, today: today, per: 50, on: app.db,
                t: Localizer(language: .vi)
            ).counts
            for bucket in TaskBucket.allCases { #expect(counts[bucket] > 0, "no demo task is \(bucket)") }
            let again = try await app.write { db in try await TaskImport.write(rows, actor: .commandLine, now: testNow, on: db) }
            #expect(again.created == 0 && again.updated == 0)
            // Mergers respected: no task of 2026 is led by a department closed in 2025.
            let closedCodes = Set(DemoUnits.departments.filter { $0.validTo != nil }.map(\.code))
            #expect(!rows.contains { $0.assignedOn.year == 2026 && closedCodes.contains($0.lead) })
        }
    }
}

/// Issue 13, item 11: the import refuses what the unit form refuses, by the same rule, with line and column.
extension ImportUnitsTests {
    static let header = "code,name,kind,parent_code,valid_from,valid_to,successor_code\n"

    @Test func cellsTheFormRefusesStopTheImportWithLineColumnAndReason() async throws {
        try await withTestApp { app in
            // setup: line 2 is good, line 3 (or 4) is bad
            let good = "UBND,Ủy ban nhân dân tỉnh,province,,,,\n"
            let cases: [(rows: String, line: Int, message: String)] = [
                ("SNV,\(String(repeating: "A", count: 1_000_000)),department,UBND,,,\n", 3, "cột name: Dài quá 300 ký tự"),
                ("SNV,Sở\u{0}Nội vụ,department,UBND,,,\n", 3, "cột name: Có ký tự điều khiển"),
                (
                    "SNV,Sở Nội vụ,department,UBND,31/12/9999,,\n", 3,
                    "cột valid_from: Ngày phải trong khoảng 01/01/1990 – 31/12/2100"
                ),
                ("SO TC,Sở Tài chính,department,UBND,,,\n", 3, "cột code: Mã chỉ được gồm chữ không dấu"),
                (
                    "SKH,Sở Kế hoạch,department,UBND,,30/06/2025,STC\nSTC,Sở Tài chính,department,UBND,,30/06/2025,SKH\n", 3,
                    "cột successor_code: Đơn vị kế thừa tạo thành vòng: SKH → STC → SKH"
                ),
            ]
            for (rows, line, message) in cases {
                // act
                let error = await #expect(throws: CSVError.self) {
                    try await UnitImport.run(data: Data((Self.header + good + rows).utf8), actor: .commandLine, app: app)
                }
                // check
                #expect(error?.line == line, "\(message)")
                #expect(error?.message.contains(message) == true, "\(error?.message.prefix(200) ?? "") ≠ \(message)")
            }
            let units = try await OrgUnit.query(on: app.db).count()
            let entries = try await AuditEntry.query(on: app.db).count()
            #expect(units == 0)
            #expect(entries == 0)
        }
    }

    @Test func aLoopOfThreeSuccessorsClosedThroughUnitsAlreadyStoredIsRefused() async throws {
        try await withTestApp { app in
            // setup: A → B → C stored, C open
            let stored =
                Self.header
                + "A,Đơn vị A,department,,,30/06/2025,B\nB,Đơn vị B,department,,,30/06/2025,C\nC,Đơn vị C,department,,,,\n"
            _ = try await UnitImport.run(data: Data(stored.utf8), actor: .commandLine, app: app)
            let before = try await OrgUnit.query(on: app.db).all().map(\.snapshot)
            // act: closing C into A would send the chain round for ever
            let error = await #expect(throws: CSVError.self) {
                try await UnitImport.run(
                    data: Data((Self.header + "C,Đơn vị C,department,,,30/06/2025,A\n").utf8),
                    actor: .commandLine, app: app)
            }
            // check
            #expect(error?.line == 2)
            #expect(error?.message.contains("C → A → B → C") == true, "\(error?.message ?? "")")
            let after = try await OrgUnit.query(on: app.db).all().map(\.snapshot)
            #expect(after == before)
        }
    }
}
