import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// Two deployments in one test, each with its own database, talking over real loopback HTTP (issue 20).
@Suite struct LevelTwoDeploymentsTests {
    @Test func aTaskAssignedAboveArrivesOnceAndItsReportsGoUp() async throws {
        try await withTestApp { high in
            try await withTestApp { low in
                let highURL = try await serve(high)
                let lowURL = try await serve(low)
                let pair = try await LinkedPair.link(high: high, low: low, highURL: highURL, lowURL: lowURL)
                let highTask = try await pair.assignAtHigh("Triển khai Nghị quyết về chuyển đổi số")

                // The task is in the outbox of the same transaction, then delivered.
                #expect(try await LevelOutboxMessage.query(on: high.db).count() == 1)
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
                let received = try await TaskItem.query(on: low.db).all()
                try #require(received.count == 1)
                let task = received[0]
                let ubnd = try #require(try await OrgUnit.query(on: low.db).filter(\.$code == "UBND").first())
                let cp = try #require(try await OrgUnit.query(on: low.db).filter(\.$code == "CP").first())
                #expect(task.leadUnitID == ubnd.id)
                #expect(task.assignerID == cp.id)
                #expect(task.deadline == "2026-12-31")
                #expect(task.content == "Triển khai Nghị quyết về chuyển đổi số")
                let document = try #require(try await Document.find(task.documentID, on: low.db))
                #expect(document.notation == "12/NQ-CP")
                #expect(document.summary == "Phiên họp Chính phủ tháng 11")

                // Delivered twice (an acknowledgement lost): acknowledged, not applied again.
                let message = try #require(try await LevelOutboxMessage.query(on: high.db).first())
                message.state = LevelOutboxMessage.State.pending.rawValue
                try await message.update(on: high.db)
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
                #expect(try await TaskItem.query(on: low.db).count() == 1)
                #expect(try await LevelReceipt.query(on: low.db).count() == 1)

                // Below, the assigner's decisions are not the province's to take.
                let office = try await APIClient.signIn(low, "vanphong")
                let cancel = try await office.send(
                    .POST, "/api/v1/tasks/\(task.id!)/events", json: ["action": "cancel", "note": "x"])
                #expect(cancel.status == .conflict)
                #expect((cancel.json["error"] as? [String: Any])?["code"] as? String == "owned_by_peer")
                let actions = try await office.send(.GET, "/api/v1/tasks/\(task.id!)").json["actions"] as? [String] ?? []
                #expect(actions.contains("report_completion") && !actions.contains("cancel"))
                let browser = Browser(low)
                try await browser.signIn("admin", testPassword)
                #expect(try await browser.get("/tasks/\(task.id!)").body.string.contains("Nhận qua liên thông từ Chính phủ"))

                // The province reports completion; the report goes up as the same step on the original task.
                let report = try await office.send(
                    .POST, "/api/v1/tasks/\(task.id!)/events",
                    json: ["action": "report_completion", "note": "Đã ban hành kế hoạch", "date": "2026-11-21"])
                #expect(report.status == .created || report.status == .ok)
                #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
                let highEvents = try await TaskEventRecord.query(on: high.db).filter(\.$taskID == highTask).all()
                let reported = try #require(highEvents.first { $0.kind == TaskEvent.Kind.completionReported.rawValue })
                #expect(reported.effectiveOn == "2026-11-21")
                #expect(reported.note == "Đã ban hành kế hoạch")

                // Above, the province's reports are not the national office's to write...
                let vpcp = try await APIClient.signIn(high, "vpcp")
                let progress = try await vpcp.send(
                    .POST, "/api/v1/tasks/\(highTask)/events", json: ["action": "progress", "note": "thay tỉnh"])
                #expect(progress.status == .conflict)
                // ...but confirming it is, as for any task, and the decision goes down.
                let confirm = try await vpcp.send(
                    .POST, "/api/v1/tasks/\(highTask)/events", json: ["action": "confirm_completion", "note": "Đạt"])
                #expect(confirm.status == .created || confirm.status == .ok)
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
                let lowKinds = try await TaskEventRecord.query(on: low.db).filter(\.$taskID == task.id!).all().map(\.kind)
                #expect(lowKinds.contains(TaskEvent.Kind.completionConfirmed.rawValue))

                // Both sides audited the exchange.
                let highAudit = try await AuditEntry.query(on: high.db).all().map(\.action)
                let lowAudit = try await AuditEntry.query(on: low.db).all().map(\.action)
                #expect(highAudit.filter { $0 == "level_sent" }.count == 3)
                #expect(highAudit.contains("level_received"))
                #expect(lowAudit.filter { $0 == "level_received" }.count == 2)
                #expect(lowAudit.contains("level_sent"))
                await high.server.shutdown()
                await low.server.shutdown()
            }
        }
    }

    @Test func anExplanationAskedAboveIsAnsweredBelow() async throws {
        try await withTestApp { high in
            try await withTestApp { low in
                let pair = try await LinkedPair.link(
                    high: high, low: low, highURL: try await serve(high), lowURL: try await serve(low))
                // Due the day before today (22/11/2026): overdue on both sides.
                let highTask = try await pair.assignAtHigh("Báo cáo sắp xếp đơn vị hành chính", deadline: "21/11/2026")
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
                let task = try #require(try await TaskItem.query(on: low.db).first())
                try await makeUser(high, "lanhdao.vpcp", role: .leader)
                let leader = try await APIClient.signIn(high, "lanhdao.vpcp")
                let asked = try await leader.send(
                    .POST, "/api/v1/tasks/\(highTask)/events",
                    json: ["action": "request_explanation", "answer_due": "2026-11-30", "note": "Giải trình lý do chậm"])
                #expect(asked.status == .created)
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
                let below = try await TaskEventRecord.query(on: low.db).filter(\.$taskID == task.id!).all()
                let request = try #require(below.first { $0.kind == TaskEvent.Kind.explanationRequested.rawValue })
                #expect(request.answerDue == "2026-11-30" && request.note == "Giải trình lý do chậm")
                // The province may not ask itself; it answers, and the answer goes up.
                let office = try await APIClient.signIn(low, "vanphong")
                let answer = try await office.send(
                    .POST, "/api/v1/tasks/\(task.id!)/events", json: ["action": "explain", "note": "Chờ ý kiến của Bộ"])
                #expect(answer.status == .created)
                #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
                let above = try await TaskEventRecord.query(on: high.db).filter(\.$taskID == highTask).all().map(\.kind)
                #expect(
                    above.suffix(2) == [TaskEvent.Kind.explanationRequested.rawValue, TaskEvent.Kind.explanationGiven.rawValue])
                await high.server.shutdown()
                await low.server.shutdown()
            }
        }
    }

    @Test func aPeerDownIsRetriedWithBackOffAndCatchesUpInOrder() async throws {
        let clock = TestClock()
        try await withTestApp(adjust: { $0.now = { clock.now } }) { high in
            try await withTestApp { low in
                // The province's server is not started yet: nothing answers at its address.
                let port = try await freePort()
                let highURL = try await serve(high)
                let pair = try await LinkedPair.link(
                    high: high, low: low, highURL: highURL, lowURL: "http://127.0.0.1:\(port)")
                var sent: [UUID] = []
                for (i, notation) in ["21/NQ-CP", "22/NQ-CP", "23/NQ-CP"].enumerated() {
                    sent.append(try await pair.assignAtHigh("Nhiệm vụ \(i + 1)", notation: notation))
                }

                // A short timeout: the client keeps trying to connect until then.
                #expect(try await LevelDelivery.round(high, timeout: .seconds(1)) == .init(failed: 1))
                var queue = try await LevelOutboxMessage.query(on: high.db).sort(\.$seq).all()
                #expect(queue.map(\.attempts) == [1, 0, 0])
                #expect(queue[0].lastError?.isEmpty == false)
                #expect(queue[0].nextAttemptAt == clock.now.addingTimeInterval(30))
                // Not before the back-off has passed...
                #expect(try await LevelDelivery.round(high) == .init())
                clock.advance(seconds: 31)
                #expect(try await LevelDelivery.round(high, timeout: .seconds(1)) == .init(failed: 1))
                queue = try await LevelOutboxMessage.query(on: high.db).sort(\.$seq).all()
                #expect(queue.map(\.attempts) == [2, 0, 0])
                // The peer's page shows what waits and why.
                let browser = Browser(high)
                try await browser.signIn("admin", testPassword)
                let page = try await browser.get("/levels/\(pair.lowAtHigh.id!)")
                #expect(page.body.string.contains("Chờ gửi"))
                #expect(page.body.string.contains("Không kết nối được"))

                // The province is back: after the back-off everything arrives, in the order it was assigned.
                _ = try await serve(low, port: port)
                clock.advance(seconds: 61)
                #expect(try await LevelDelivery.round(high) == .init(delivered: 3))
                let received = try await AuditEntry.query(on: low.db).filter(\.$action == "level_received").sort(\.$seq).all()
                #expect(received.map { String($0.summary.split(separator: " ")[1]) } == sent.map { $0.uuidString.lowercased() })
                #expect(try await TaskItem.query(on: low.db).count() == 3)
                await high.server.shutdown()
                await low.server.shutdown()
            }
        }
    }
}
