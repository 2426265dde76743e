import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// A unit merger on either side keeps the links matched before it (issue 20, DOMAIN §1): nobody matches again.
@Suite struct LevelMergerTests {
    @Test func aMergerOnEitherSideKeepsTheLinkBothWays() async throws {
        try await withLinkedPair { pair in
            let (high, low) = (pair.high, pair.low)
            let t = Localizer(language: .vi)
            let closedOn = try #require(CivilDate.parse("2026-11-21"))

            // Below, the province's committee is merged into a new one: a task from above reaches the new one.
            let ubnd2 = try await makeUnit(low, "UBND2", "Ủy ban nhân dân tỉnh (sau sắp xếp)", kind: .province)
            let ubnd = try #require(try await OrgUnit.query(on: low.db).filter(\.$code == "UBND").first())
            try await low.write { db in
                try await UnitService.close(
                    ubnd, on: closedOn, successorID: ubnd2.id, actor: .commandLine, now: testNow, on: db, t: t)
            }
            let first = try await pair.assignAtHigh("Sắp xếp đơn vị sự nghiệp công lập")
            #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
            let received = try #require(try await TaskItem.query(on: low.db).first())
            #expect(received.leadUnitID == ubnd2.id)

            // Its report goes up to the original task as before.
            let office = try await APIClient.signIn(low, "vanphong")
            let report = try await office.send(
                .POST, "/api/v1/tasks/\(received.id!)/events", json: ["action": "progress", "note": "Đang rà soát"])
            #expect(report.status == .created || report.status == .ok)
            #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
            let kinds = try await TaskEventRecord.query(on: high.db).filter(\.$taskID == first).all().map(\.kind)
            #expect(kinds.contains(TaskEvent.Kind.progressReported.rawValue))

            // Above, the province's unit is merged too: a task for its successor goes down under the code the
            // province matched, and lands with the unit carrying on below.
            let bdm = try await makeUnit(high, "BDM", "UBND tỉnh Bình Dương (sau hợp nhất)", kind: .province)
            let bd = try #require(try await OrgUnit.query(on: high.db).filter(\.$code == "BD").first())
            try await high.write { db in
                try await UnitService.close(
                    bd, on: closedOn, successorID: bdm.id, actor: .commandLine, now: testNow, on: db, t: t)
            }
            let api = try await APIClient.signIn(high, "vpcp")
            let response = try await api.send(
                .POST, "/api/v1/documents",
                json: [
                    "notation": "15/NQ-CP", "issued_on": "2026-11-22", "assigner": "CP", "summary": "Phiên họp",
                    "tasks": [["content": "Báo cáo sau hợp nhất", "lead_unit": "BDM", "deadline": "31/12/2026"]],
                ])
            #expect(response.status == .created)
            let second = try #require(UUID(uuidString: (response.json["task_ids"] as? [String])?.first ?? ""))
            let outbox = try #require(
                try await LevelOutboxMessage.query(on: high.db).filter(\.$objectID == second.uuidString.lowercased())
                    .first())
            #expect(outbox.body.contains(#""lead_code":"BD""#))
            #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
            let arrived = try await TaskItem.query(on: low.db).filter(\.$content == "Báo cáo sau hợp nhất").all()
            #expect(arrived.map(\.leadUnitID) == [ubnd2.id!])

            // A report on it is accepted above: the successor speaks through its predecessor's link.
            let done = try await office.send(
                .POST, "/api/v1/tasks/\(arrived[0].id!)/events",
                json: ["action": "report_completion", "note": "Đã báo cáo", "date": "2026-11-22"])
            #expect(done.status == .created || done.status == .ok)
            #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
            let secondKinds = try await TaskEventRecord.query(on: high.db).filter(\.$taskID == second).all().map(\.kind)
            #expect(secondKinds.contains(TaskEvent.Kind.completionReported.rawValue))
        }
    }

    @Test func aUnitDissolvedWithoutSuccessorNoLongerReceives() async throws {
        try await withLinkedPair { pair in
            let (high, low) = (pair.high, pair.low)
            let t = Localizer(language: .vi)
            // Closing needs its open sub-unit closed first.
            for code in ["SNV", "UBND"] {
                let unit = try #require(try await OrgUnit.query(on: low.db).filter(\.$code == code).first())
                try await low.write { db in
                    try await UnitService.close(
                        unit, on: CivilDate.parse("2026-11-21"), successorID: nil, actor: .commandLine, now: testNow,
                        on: db, t: t)
                }
            }
            try await pair.assignAtHigh("Nhiệm vụ cho đơn vị đã giải thể")
            #expect(try await LevelDelivery.round(high) == .init(refused: 1))
            let message = try #require(try await LevelOutboxMessage.query(on: high.db).first())
            #expect(message.lastError == LevelRefusal.unitNotLinked.reason)
            #expect(try await TaskItem.query(on: low.db).count() == 0)
        }
    }
}
