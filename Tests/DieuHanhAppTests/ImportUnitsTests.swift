@testable import DieuHanhApp
import DieuHanhCore
import Fluent
import Testing
import Vapor

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
            _ = try await app.write { db in try await UnitImport.write(DemoUnits.rows, actor: .commandLine, now: testNow, on: db) }
            let rows = DemoTasks.rows(today: today)
            #expect(rows.count >= 200)
            #expect(rows == DemoTasks.rows(today: today))   // deterministic
            let first = try await app.write { db in try await TaskImport.write(rows, actor: .commandLine, now: testNow, on: db) }
            #expect(first.created == rows.count)
            try await app.write { db in try await DemoTasks.addLiveSteps(today: today, on: db) }
            let counts = try await TaskQuery.run(.init(), scope: .everything, today: today, per: 50, on: app.db,
                                                 t: Localizer(language: .vi)).counts
            for bucket in TaskBucket.allCases { #expect(counts[bucket] > 0, "no demo task is \(bucket)") }
            let again = try await app.write { db in try await TaskImport.write(rows, actor: .commandLine, now: testNow, on: db) }
            #expect(again.created == 0 && again.updated == 0)
            // Mergers respected: no task of 2026 is led by a department closed in 2025.
            let closedCodes = Set(DemoUnits.departments.filter { $0.validTo != nil }.map(\.code))
            #expect(!rows.contains { $0.assignedOn.year == 2026 && closedCodes.contains($0.lead) })
        }
    }
}
