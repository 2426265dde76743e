import DieuHanhCore
import Fluent
import Testing
import Vapor

@testable import DieuHanhApp
@testable import DieuHanhBench

/// The unit filters of the task list in a national tree: the path to the chosen unit, not thousands of options.
@Suite("Task list unit filters")
struct TaskListUnitsTests {
    @Test func aLargeTreeOffersTheRootsTheMinistriesAndTheChosenUnitsSurroundings() async throws {
        try await withTestApp { app in
            try await app.write { db in
                _ = try await UnitImport.write(BenchUnits.rows(provinces: 3), actor: .commandLine, now: app.config.now(), on: db)
            }
            #expect(try await OrgUnit.query(on: app.db).count() > TaskListUnits.offerAllUpTo)
            let chosen = BenchUnits.departmentCode(0, "SNV")
            let catalogue = try await UnitCatalogue.load(on: app.db)
            let byCode = Set(TaskListUnits.offered(selected: [chosen, nil], from: catalogue).map(\.code))
            #expect(byCode.contains(chosen))
            #expect(byCode.contains(BenchUnits.provinceCode(0)))
            #expect(byCode.contains(BenchUnits.provinceCode(2)))  // another root
            #expect(byCode.contains(BenchUnits.departmentCode(0, "STC")))  // a sibling
            #expect(byCode.contains(BenchUnits.ministries[0].code))  // under the government
            #expect(!byCode.contains(BenchUnits.departmentCode(1, "STC")))  // another province's department
            #expect(byCode.count < 400)

            // The same by id; an unknown code offers only the roots and the ministries.
            let snv = try #require(try await UnitDirectory.find(code: chosen, on: app.db))
            let byID = Set(TaskListUnits.offered(selected: [snv.id!.uuidString], from: catalogue).map(\.code))
            #expect(byID == byCode)
            let unknown = Set(TaskListUnits.offered(selected: ["KHONG-CO"], from: catalogue).map(\.code))
            #expect(!unknown.contains(chosen))
            #expect(unknown.contains(BenchUnits.ministries[0].code))

            // The page offers them in its select.
            try await makeUser(app, "vanphong", role: .coordinator)
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            let page = try await browser.get("/tasks?lead_unit=\(chosen)").body.string
            #expect(page.contains("value=\"\(BenchUnits.departmentCode(0, "STC"))\""))
            #expect(!page.contains("value=\"\(BenchUnits.departmentCode(1, "STC"))\""))
        }
    }
}
