import DieuHanhCore
import Foundation
import Testing

@testable import DieuHanhApp

/// The sign-in page and the audit log rendered from their models alone (no database).
@Suite("Sign-in and audit pages from their models")
struct PlatformViewsTests {
    @Test func aRefusedSignInKeepsTheNameAndTheWayBackButNeverThePassword() {
        let model = SignInPage.Model(
            username: "vanphong", next: "/tasks?status=pending_overdue", error: "Sai tên đăng nhập hoặc mật khẩu.")
        let html = ViewTesting.html(SignInPage.response(ViewTesting.context(nil), status: .unauthorized, model: model))
        #expect(html.contains("value=\"vanphong\""))
        #expect(html.contains("Sai tên đăng nhập hoặc mật khẩu."))
        #expect(html.contains("name=\"next\" value=\"/tasks?status=pending_overdue\""))
        #expect(html.matches(of: /type="password"[^>]*value="[^"]+"/).isEmpty)
    }

    @Test func theAuditLogListsEachChangeWithWhoAndWhat() {
        let entry = AuditEntry()
        entry.id = UUID()
        (entry.seq, entry.recordedAt, entry.actorName, entry.action) = (42, "2026-12-06T02:15:00Z", "vanphong", "update")
        (entry.entity, entry.entityID, entry.summary, entry.prevHash, entry.hash) = (
            "unit", UUID().uuidString, "Sở Nội vụ", "", ""
        )
        let model = AuditListPage.Model(filter: .init(), page: ResultPage(items: [entry], total: 1, page: 1, per: 50), errors: [])
        let html = ViewTesting.html(AuditListPage.response(ViewTesting.context(.admin), model: model))
        #expect(html.contains("href=\"/audit/42\""))
        #expect(html.contains("vanphong"))
        #expect(html.contains("Sở Nội vụ"))
    }
}
