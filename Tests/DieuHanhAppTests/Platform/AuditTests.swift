import DieuHanhCore
import Fluent
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

@Suite("Audit log and its hash chain")
struct AuditTests {
    @Test func everyChangeIsRecordedWithWhoBeforeAndAfter() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/units/\(p.stc.id!)/edit")
            try await browser.post(
                "/units/\(p.stc.id!)",
                [
                    "code": "STC", "name": "Sở Tài chính tỉnh", "kind": "department",
                    "parent_id": p.ubnd.id!.uuidString, "version": "1",
                ])
            let entry = try #require(try await AuditEntry.query(on: app.db).sort(\.$seq, .descending).first())
            #expect(entry.actorName == "admin")
            #expect(entry.action == "update")
            #expect(entry.entity == "unit")
            #expect(entry.entityID == p.stc.id!.uuidString)
            #expect(entry.beforeJSON?.contains("\"name\":\"Sở Tài chính\"") == true)
            #expect(entry.afterJSON?.contains("\"name\":\"Sở Tài chính tỉnh\"") == true)
        }
    }

    @Test func passwordsNeverReachTheLog() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let entries = try await AuditEntry.query(on: app.db).all()
            #expect(!entries.isEmpty)
            for entry in entries {
                #expect(!(entry.afterJSON ?? "").contains("password"))
                #expect(!(entry.afterJSON ?? "").contains("$2b$"))
            }
        }
    }

    @Test func anUntouchedChainVerifies() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let result = try await AuditLog.verify(on: app.db)
            #expect(result.problems.isEmpty)
            #expect(result.checked == 6)
        }
    }

    @Test func anEditedEntryIsDetected() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            try await (app.db as! SQLDatabase).raw("UPDATE audit_entries SET summary = 'sửa lén' WHERE seq = 3").run()
            let result = try await AuditLog.verify(on: app.db)
            #expect(result.problems.contains { $0.contains("entry 3") && $0.contains("changed") })
        }
    }

    @Test func aDeletedEntryIsDetected() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            try await (app.db as! SQLDatabase).raw("DELETE FROM audit_entries WHERE seq = 2").run()
            let result = try await AuditLog.verify(on: app.db)
            #expect(result.problems.contains { $0.contains("missing") })
        }
    }

    @Test func aDeletedLastEntryIsDetected() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            try await (app.db as! SQLDatabase).raw("DELETE FROM audit_entries WHERE seq = 6").run()
            let result = try await AuditLog.verify(on: app.db)
            #expect(result.problems.contains { $0.contains("ends at entry 5") })
        }
    }

    @Test func concurrentWritersKeepOneUnbrokenChain() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<12 {
                    group.addTask {
                        try await makeUnit(app, "X\(index)", "Xã số \(index)", kind: .commune, parent: p.ubnd)
                    }
                }
                try await group.waitForAll()
            }
            let result = try await AuditLog.verify(on: app.db)
            #expect(result.problems.isEmpty)
            #expect(result.checked == 18)
        }
    }

    @Test func adminBrowsesAndFiltersTheLog() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            let all = try await browser.get("/audit").body.string
            #expect(all.contains("Sở Tài chính"))
            let users = try await browser.get("/audit?entity=user").body.string
            #expect(users.contains("canbo.snv"))
            #expect(!users.contains("Sở Tài chính"))
            let detail = try await browser.get("/audit/1")
            #expect(detail.status == .ok)
            #expect(detail.body.string.contains("Mã băm"))
            let badDate = try await browser.get("/audit?from=32/13/2020")
            #expect(badDate.body.string.contains("Ngày không hợp lệ"))
            let future = try await browser.get("/audit?from=01/01/2030").body.string
            #expect(future.contains("Chưa có thay đổi nào"))
        }
    }

    /// The log names the newer modules' objects and steps in Vietnamese, never by their internal codes.
    @Test func theNewModulesObjectsAndStepsHaveNames() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let none: String? = nil
            for (action, entity) in [
                ("submitted", "programme_item"), ("return", "report_submission"), ("record_actual", "indicator"),
            ] {
                try await AuditLog.record(
                    on: app.db, actor: .commandLine, at: testNow, action: action, entity: entity, entityID: UUID(),
                    summary: "x", before: none, after: none)
            }
            let browser = Browser(app)
            try await browser.signIn("admin")
            let page = try await browser.get("/audit?entity=programme_item").body.string
            #expect(page.contains("Nội dung chương trình công tác") && page.contains("Đã trình"))
            #expect(!page.contains(">programme_item<") && !page.contains(">submitted<"))
            let reports = try await browser.get("/audit?action=return").body.string
            #expect(reports.contains("Trả lại báo cáo") && reports.contains("Báo cáo của đơn vị"))
            let indicators = try await browser.get("/audit?entity=indicator").body.string
            #expect(indicators.contains("Nhập số liệu thực hiện") && indicators.contains("Chỉ tiêu KT-XH"))
            for entity in Labels.auditEntities { #expect(Labels.auditEntity(entity, Localizer(language: .vi)) != entity) }
            for action in Labels.auditActions { #expect(Labels.auditAction(action, Localizer(language: .vi)) != action) }
        }
    }

    @Test func apiVerifyReportsTheChainState() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let api = try await APIClient.signIn(app, "admin")
            let ok = try await api.send(.GET, "/api/v1/audit/verify")
            #expect(ok.json["ok"] as? Bool == true)
            try await (app.db as! SQLDatabase).raw("UPDATE audit_entries SET actor_name = 'ai đó' WHERE seq = 1").run()
            let broken = try await api.send(.GET, "/api/v1/audit/verify")
            #expect(broken.json["ok"] as? Bool == false)
        }
    }
}
