import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The figures a province sends up, and the national view of them (issue 20, "aggregated"). The oracle is the
/// province's own statistics service, never numbers written here.
@Suite struct LevelFiguresTests {
    /// The province's office records a document of tasks for its department SNV; returns the task ids.
    @discardableResult
    private func record(
        _ low: Application, notation: String, assignedOn: String, deadlines: [String?]
    ) async throws -> [UUID] {
        let office = try await APIClient.signIn(low, "vanphong")
        let tasks: [[String: Any]] = deadlines.enumerated().map { i, deadline in
            var task: [String: Any] = ["content": "Nhiệm vụ \(i + 1) của \(notation)", "lead_unit": "SNV"]
            if let deadline { task["deadline"] = deadline }
            return task
        }
        let response = try await office.send(
            .POST, "/api/v1/documents",
            json: [
                "notation": notation, "issued_on": assignedOn, "assigned_on": assignedOn, "assigner": "UBND",
                "summary": "Kết luận giao ban", "tasks": tasks,
            ])
        #expect(response.status == .created)
        return (response.json["task_ids"] as? [String] ?? []).compactMap(UUID.init(uuidString:))
    }

    private func complete(_ low: Application, _ task: UUID, on date: String) async throws {
        let office = try await APIClient.signIn(low, "vanphong")
        let response = try await office.send(
            .POST, "/api/v1/tasks/\(task)/events",
            json: ["action": "report_completion", "note": "Đã hoàn thành", "date": date])
        #expect(response.status == .created)
    }

    /// The national API's line for the province as of `day`, against the province's own statistics API that day.
    private func expectAgreement(high: Application, low: Application, days: [CivilDate]) async throws {
        let national = try await APIClient.signIn(high, "admin")
        let province = try await APIClient.signIn(low, "admin")
        for day in days {
            let figures = try await national.send(.GET, "/api/v1/levels/figures?date=\(day.iso)")
            #expect(figures.status == .ok)
            let peers = figures.json["peers"] as? [[String: Any]] ?? []
            try #require(peers.count == 1)
            let own = try await province.send(.GET, "/api/v1/stats/tasks?as_of=\(day.iso)").json
            for key in ["total", "documents"] + TaskBucket.allCases.map(\.rawValue) {
                #expect(peers[0][key] as? Int == own[key] as? Int, "\(key) as of \(day.iso)")
                #expect((figures.json["total"] as? [String: Any])?[key] as? Int == own[key] as? Int)
            }
            // The province's statistics agree with its status index itself.
            let spans = try await TaskStatistics.countsFromSpans(TaskStatsFilter(asOf: day), on: low.db)
            #expect(spans.counts.total == own["total"] as? Int)
        }
    }

    @Test func theNationalFiguresFollowTheProvincesOwnStatisticsDayByDay() async throws {
        let clock = TestClock()
        try await withTestApp(adjust: { $0.now = { clock.now } }) { high in
            try await withTestApp(adjust: { $0.now = { clock.now } }) { low in
                let pair = try await LinkedPair.link(
                    high: high, low: low, highURL: try await serve(high), lowURL: try await serve(low))
                // The national side is above: it sends no figures of its own down.
                #expect(try await LevelFiguresOutbox.ownCode(at: pair.lowAtHigh, on: high.db) == nil)
                #expect(try await LevelFiguresOutbox.ownCode(at: pair.highAtLow, on: low.db) == "UBND")

                let first = try await record(
                    low, notation: "101/TB-UBND", assignedOn: "2026-11-03", deadlines: ["2026-11-20", "2026-11-30", nil])
                try await record(low, notation: "102/TB-UBND", assignedOn: "2026-11-12", deadlines: ["2026-11-25"])
                try await complete(low, first[0], on: "2026-11-18")
                clock.advance(days: 3)
                try await complete(low, first[1], on: "2026-11-24")
                clock.advance(days: 2)

                let output = try await runCommand(low, ["levels", "deliver"])
                #expect(output.contains("bị từ chối: 0"))
                #expect(try await LevelOutboxMessage.query(on: low.db).filter(\.$state == "pending").count() == 0)
                let days = [
                    "2026-11-02", "2026-11-03", "2026-11-12", "2026-11-21", "2026-11-22", "2026-11-25", "2026-11-26",
                    "2026-11-27", "2026-12-31",
                ].compactMap(CivilDate.parse)
                try await expectAgreement(high: high, low: low, days: days)

                // Nothing changed: nothing is sent again. A message delivered twice is applied once.
                #expect(try await LevelFiguresOutbox.enqueueChanged(low) == 0)
                let stored = try await LevelFiguresRecord.query(on: high.db).count()
                let message = try #require(
                    try await LevelOutboxMessage.query(on: low.db).filter(\.$kind == "figures.day").sort(\.$seq).first())
                message.state = LevelOutboxMessage.State.pending.rawValue
                try await message.update(on: low.db)
                #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
                #expect(try await LevelFiguresRecord.query(on: high.db).count() == stored)
                try await expectAgreement(high: high, low: low, days: days)

                // A back-dated record changes days already sent: those days go again, with their next version.
                try await record(low, notation: "103/TB-UBND", assignedOn: "2026-11-03", deadlines: ["2026-11-10"])
                #expect(try await LevelFiguresOutbox.enqueueChanged(low) > 0)
                _ = try await LevelDelivery.round(low)
                let third = try #require(CivilDate.parse("2026-11-03"))
                let day = try #require(
                    try await LevelFiguresRecord.query(on: high.db).filter(\.$day == third.dayNumber).first())
                #expect(day.version == 2)
                try await expectAgreement(high: high, low: low, days: days + [CivilDate.parse("2026-11-11")!])

                // The page shows the province, its figures and when they came; on a phone its table scrolls.
                let browser = Browser(high)
                try await browser.signIn("admin", testPassword)
                let page = try await browser.get("/levels/figures?as_of=27/11/2026").body.string
                #expect(page.contains("Tỉnh Bình Dương") && page.contains("Tính đến hết ngày 27/11/2026"))
                #expect(page.contains("class=\"table-wrap\" tabindex=\"0\""))
                let own = try await TaskStatistics.counts(TaskStatsFilter(asOf: CivilDate.parse("2026-11-27")!), on: low.db)
                #expect(page.contains("<td class=\"num\">\(own.counts.total)</td>"))
                let typo = try await browser.get("/levels/figures?as_of=31/02/2026")
                #expect(typo.status == .unprocessableEntity && typo.body.string.contains("31/02/2026"))
                // Leaders see it; the office staff do not.
                let vpcp = try await APIClient.signIn(high, "vpcp")
                #expect(try await vpcp.send(.GET, "/api/v1/levels/figures").status == .forbidden)
                await high.server.shutdown()
                await low.server.shutdown()
            }
        }
    }

    /// The national deployment alone, receiving as a province would send.
    private func national(_ app: Application) async throws -> (lowID: String, peer: LevelPeer) {
        let lowID = UUID().uuidString.lowercased()
        try await makeUnit(app, "CP", "Chính phủ", kind: .government)
        try await makeUnit(app, "BD", "UBND tỉnh Bình Dương", kind: .province)
        let t = Localizer(language: .vi)
        let peer = try await app.write { db in
            let peer = try await LevelPeerService.register(
                LevelPeerDraft([
                    "name": "Tỉnh Bình Dương", "base_url": "http://127.0.0.1:9", "deployment_id": lowID, "inbound_key": upKey,
                    "outbound_key": downKey,
                ]), actor: .commandLine, now: testNow, on: db, t: t)
            for (local, remote) in [("BD", "UBND"), ("CP", "CP")] {
                _ = try await LevelPeerService.link(
                    peer: peer, localCode: local, remoteCode: remote, actor: .commandLine, now: testNow, on: db, t: t)
            }
            return peer
        }
        return (lowID, peer)
    }

    private func figures(
        origin: String, unit: String = "UBND", day: String = "2026-11-20", objectID: String? = nil, version: Int = 1,
        changes: [String: Int] = ["pending_within_deadline": 2, "documents": 1], key: String = upKey
    ) -> LevelEnvelope {
        let body = LevelFiguresDay(unit: unit, day: day, changes: changes)
        return LevelSigner.signed(
            LevelEnvelope(
                origin: origin, kind: LevelMessageKind.figuresDay.rawValue, objectID: objectID ?? day, version: version,
                sentAt: Int(testNow.timeIntervalSince1970), nonce: LevelSigner.newNonce(),
                body: String(decoding: try! JSONEncoder().encode(body), as: UTF8.self)),
            key: key)
    }

    private func post(_ app: Application, _ envelope: LevelEnvelope) async throws -> (HTTPStatus, String?) {
        var result: (HTTPStatus, String?) = (.ok, nil)
        try await app.testing().test(
            .POST, "/api/v1/levels/inbox", beforeRequest: { try $0.content.encode(envelope, as: .json) },
            afterResponse: { response in
                result = (response.status, try? response.content.get(String.self, at: "error", "code"))
            })
        return result
    }

    @Test func figuresFromAForgedOrUnlinkedSenderAreRefusedAndAnOlderVersionChangesNothing() async throws {
        try await withTestApp { app in
            let (lowID, peer) = try await national(app)
            #expect(try await post(app, figures(origin: UUID().uuidString.lowercased())) == (.unauthorized, "unknown_peer"))
            #expect(
                try await post(app, figures(origin: lowID, key: "mot-khoa-khac-0123456789abcdefghijklmnop"))
                    == (.unauthorized, "bad_signature"))
            // A unit not matched with the sender, or the national level's own unit: not the sender's to report.
            #expect(try await post(app, figures(origin: lowID, unit: "SNV")) == (.forbidden, "unit_not_linked"))
            #expect(try await post(app, figures(origin: lowID, unit: "CP")) == (.conflict, "not_owner"))
            #expect(try await post(app, figures(origin: lowID, objectID: "2026-11-21")) == (.unprocessableEntity, "malformed"))
            #expect(
                try await post(app, figures(origin: lowID, changes: ["tasks_hidden": 1])) == (.unprocessableEntity, "malformed"))
            #expect(try await LevelFiguresRecord.query(on: app.db).count() == 0)

            // Version 3 of the day, then version 2 arriving late: the newer stays.
            #expect(try await post(app, figures(origin: lowID, version: 3, changes: ["completed_late": 4])) == (.ok, nil))
            #expect(try await post(app, figures(origin: lowID, version: 2, changes: ["completed_late": 9])) == (.ok, nil))
            #expect(try await post(app, figures(origin: lowID, version: 3, changes: ["completed_late": 4])) == (.ok, nil))
            let report = try await LevelFiguresQuery.report(asOf: CivilDate.parse("2026-11-20")!, on: app.db)
            #expect(report.rows.map(\.peerID) == [peer.id!])
            #expect(report.rows.first?.counts == TaskCounts(completedLate: 4))
            let before = try await LevelFiguresQuery.report(asOf: CivilDate.parse("2026-11-19")!, on: app.db)
            #expect(before.rows.first?.counts == TaskCounts())
            #expect(try await LevelFiguresRecord.query(on: app.db).count() == 1)
        }
    }
}
