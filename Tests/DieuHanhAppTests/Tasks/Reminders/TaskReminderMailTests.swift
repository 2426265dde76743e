import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

@Suite("Task reminders by e-mail")
struct TaskReminderMailTests {
    @Test(.enabled(if: aiosmtpdAvailable, "python3 with aiosmtpd is needed (pip install aiosmtpd)"))
    func taskReminderEmailsReachARealSMTPServer() async throws {
        let server = try LocalSMTPServer()
        defer { server.stop() }
        let port = server.port
        try await withTestApp(adjust: { c in
            c.smtpHost = "127.0.0.1"
            c.smtpPort = port
            c.smtpFrom = "dieuhanh@ubnd.example"
        }) { app in
            // setup: two SNV tasks reminded on Mon 23/11/2026, one overdue and one due on Thu 26/11
            let s = try await ReminderSetup.make(app)
            try await s.task(app, "Tổng hợp kết quả cải cách hành chính", lead: s.p.snv, deadline: "2026-11-20")
            try await s.task(app, "Kiện toàn tổ công tác", lead: s.p.snv, deadline: "2026-11-26")
            // act
            let summary = try await TaskReminderScheduler(app: app).run(now: testNow, day: CivilDate.parse("2026-11-23")!)
            // check: one digest to each SNV officer, through the relay, in Vietnamese
            #expect(summary.digestsSent == 2)
            let messages = try await server.messages(expecting: 2)
            #expect(messages.count == 2)
            let first = try #require(messages.first { ($0["rcpt_tos"] as? [String]) == ["canbo.snv@snv.example"] })
            #expect(first["mail_from"] as? String == "dieuhanh@ubnd.example")
            #expect(first["subject"] as? String == "[DieuHanh] Nhắc hạn nhiệm vụ ngày 23/11/2026: 2 nhiệm vụ, 1 quá hạn")
            #expect(first["charset"] as? String == "utf-8")
            let body = (first["body"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n") ?? ""
            #expect(body.contains("1. Tổng hợp kết quả cải cách hành chính"))
            #expect(body.contains("Thời hạn: 26/11/2026 — còn 3 ngày làm việc"))
            let states = try await TaskReminder.query(on: app.db).all().map(\.state)
            #expect(states == ["sent", "sent", "sent", "sent"])
        }
    }
}
