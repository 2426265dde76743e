import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// Report requests going down, reports and review reports going up between two deployments (issue 20).
@Suite struct LevelReportsTests {
    /// The national office asks the province (BD, linked) for a report; returns the request's id above.
    private func requestAtHigh(_ pair: LinkedPair, recipients: [String] = ["BD"]) async throws -> UUID {
        let api = try await APIClient.signIn(pair.high, "vpcp")
        let created = try await api.send(
            .POST, "/api/v1/report-requests",
            json: [
                "kind": "thematic", "title": "Báo cáo tình hình sắp xếp đơn vị hành chính", "notation": "812/VPCP-KGVX",
                "document_date": "2026-11-20", "deadline": "2026-12-15", "recipients": recipients, "requester": "CP",
                "period_label": "năm 2026", "outline": "Kết quả sắp xếp; khó khăn, vướng mắc.",
            ])
        #expect(created.status == .created, "\(created.body.string)")
        return try #require(UUID(uuidString: (created.json["request"] as? [String: Any])?["id"] as? String ?? ""))
    }

    @Test func aRequestGoesDownOnceAndTheProvincesReportGoesUpWithItsFile() async throws {
        try await withTestApp { high in
            try await withTestApp { low in
                let pair = try await LinkedPair.link(
                    high: high, low: low, highURL: try await serve(high), lowURL: try await serve(low))
                let highRequest = try await requestAtHigh(pair)
                #expect(try await LevelOutboxMessage.query(on: high.db).all().map(\.kind) == ["report.requested"])
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))

                // Below: the same request, from the unit linked to the requester, to the one linked to BD.
                let received = try await ReportRequest.query(on: low.db).all()
                try #require(received.count == 1)
                let request = received[0]
                let ubnd = try #require(try await OrgUnit.query(on: low.db).filter(\.$code == "UBND").first())
                let cp = try #require(try await OrgUnit.query(on: low.db).filter(\.$code == "CP").first())
                #expect(request.title == "Báo cáo tình hình sắp xếp đơn vị hành chính")
                #expect(request.requesterID == cp.id && request.deadline == "2026-12-15")
                #expect(request.periodLabel == "năm 2026" && request.notation == "812/VPCP-KGVX")
                #expect(request.outline == "Kết quả sắp xếp; khó khăn, vướng mắc.")
                let recipients = try await ReportRequestRecipient.query(on: low.db).all().map(\.unitID)
                #expect(recipients == [ubnd.id!])
                // Nothing goes back up: a request received is not sent on.
                #expect(try await LevelOutboxMessage.query(on: low.db).count() == 0)
                let office = try await APIClient.signIn(low, "vanphong")
                let list = try await office.send(.GET, "/api/v1/report-requests")
                #expect(list.json["total"] as? Int == 1)
                let browser = Browser(low)
                try await browser.signIn("vanphong", testPassword)
                #expect(
                    try await browser.get("/reports/requests/\(request.id!)").body.string.contains(
                        "Nhận qua liên thông từ Chính phủ"))

                // Delivered again (an acknowledgement lost): acknowledged, not applied twice.
                let message = try #require(try await LevelOutboxMessage.query(on: high.db).first())
                message.state = LevelOutboxMessage.State.pending.rawValue
                try await message.update(on: high.db)
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
                #expect(try await ReportRequest.query(on: low.db).count() == 1)
                #expect(try await LevelReceipt.query(on: low.db).count() == 1)

                // Returning a report is the requester's, above: refused below with the reason.
                let refused = try await office.send(
                    .POST, "/api/v1/report-requests/\(request.id!)/returns", json: ["unit": "UBND", "reason": "x"])
                #expect(refused.status == .conflict)
                #expect((refused.json["error"] as? [String: Any])?["code"] as? String == "owned_by_peer")

                // The province reports with a PDF through the ordinary submission; it goes up as BD's report.
                let sent = try await office.postMultipart(
                    "/api/v1/report-requests/\(request.id!)/submissions", ["unit": "UBND", "text": "Đã sắp xếp 12 xã."],
                    files: [TestUpload(fileName: "bao-cao.pdf", data: TestUpload.pdf)])
                #expect(sent.status == .created, "\(sent.body.string)")
                #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
                let bd = try #require(try await OrgUnit.query(on: high.db).filter(\.$code == "BD").first())
                var steps = try await ReportSubmissionRecord.query(on: high.db).filter(\.$requestID == highRequest).all()
                try #require(steps.count == 1)
                #expect(steps[0].unitID == bd.id && steps[0].text == "Đã sắp xếp 12 xã." && steps[0].kind == "submitted")
                #expect(steps[0].recordedOn == "2026-11-22")
                let files = try await Attachment.query(on: high.db).filter(\.$ownerID == steps[0].id!).all()
                #expect(files.map(\.fileName) == ["bao-cao.pdf"] && files.map(\.contentType) == ["application/pdf"])
                #expect(try high.fileStore.read(files[0].storagePath) == TestUpload.pdf)
                let vpcp = try await APIClient.signIn(high, "vpcp")
                let detail = try await vpcp.send(.GET, "/api/v1/report-requests/\(highRequest)")
                let row = try #require((detail.json["units"] as? [[String: Any]])?.first)
                #expect(row["unit"] as? String == "BD" && row["status"] as? String == "submitted_on_time")
                // Above, the province's report is not the national office's to write.
                let instead = try await vpcp.send(
                    .POST, "/api/v1/report-requests/\(highRequest)/submissions", json: ["unit": "BD", "text": "thay tỉnh"])
                #expect(instead.status == .conflict)

                // Replaced before the deadline: a new version, stored once above.
                _ = try await office.send(
                    .POST, "/api/v1/report-requests/\(request.id!)/submissions",
                    json: ["unit": "UBND", "text": "Đã sắp xếp 14 xã (bổ sung)."])
                #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
                let again = try #require(try await LevelOutboxMessage.query(on: low.db).sort(\.$seq, .descending).first())
                again.state = LevelOutboxMessage.State.pending.rawValue
                try await again.update(on: low.db)
                #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
                steps = try await ReportSubmissionRecord.query(on: high.db).filter(\.$requestID == highRequest)
                    .sort(\.$recordedAt).all()
                #expect(steps.map(\.kind) == ["submitted", "replaced"])
                #expect(steps.last?.text == "Đã sắp xếp 14 xã (bổ sung).")

                // Audited on both sides; the audit keeps the message without the file's bytes.
                let lowAudit = try await AuditEntry.query(on: low.db).all()
                let highAudit = try await AuditEntry.query(on: high.db).all()
                #expect(lowAudit.contains { $0.action == "level_received" && $0.summary.hasPrefix("report.requested") })
                #expect(lowAudit.filter { $0.action == "level_sent" }.count == 3)
                let submitted = highAudit.filter { $0.action == "level_received" && $0.summary.hasPrefix("report.submitted") }
                #expect(submitted.count == 2)
                #expect(submitted.allSatisfy { !($0.afterJSON ?? "").contains(TestUpload.pdf.base64EncodedString()) })

                // Above, the requester sends the report back with a reason: it goes down, and the province owes it
                // again (its report below is returned too); its next report goes up as before.
                let sentBack = try await vpcp.send(
                    .POST, "/api/v1/report-requests/\(highRequest)/returns",
                    json: ["unit": "BD", "reason": "Bổ sung số liệu từng xã."])
                #expect(sentBack.status == .created || sentBack.status == .ok, "\(sentBack.body.string)")
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
                let lowSteps = try await ReportSubmissionRecord.query(on: low.db).filter(\.$requestID == request.id!)
                    .sort(\.$recordedAt).all()
                #expect(lowSteps.map(\.kind) == ["submitted", "replaced", "returned"])
                #expect(lowSteps.last?.text == "Bổ sung số liệu từng xã.")
                let lowDetail = try await office.send(.GET, "/api/v1/report-requests/\(request.id!)")
                let lowRow = try #require((lowDetail.json["units"] as? [[String: Any]])?.first)
                #expect(lowRow["unit"] as? String == "UBND" && lowRow["status"] as? String == "not_yet_due")
                // Delivered again: the unit's report is not returned twice.
                let returnMessage = try #require(
                    try await LevelOutboxMessage.query(on: high.db).filter(\.$kind == "report.returned").first())
                returnMessage.state = LevelOutboxMessage.State.pending.rawValue
                try await returnMessage.update(on: high.db)
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
                #expect(try await ReportSubmissionRecord.query(on: low.db).filter(\.$kind == "returned").count() == 1)
                _ = try await office.send(
                    .POST, "/api/v1/report-requests/\(request.id!)/submissions",
                    json: ["unit": "UBND", "text": "Đã sắp xếp 14 xã, số liệu từng xã kèm theo."])
                #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
                let final = try await ReportSubmissionRecord.query(on: high.db).filter(\.$requestID == highRequest)
                    .sort(\.$recordedAt).all()
                #expect(final.map(\.kind) == ["submitted", "replaced", "returned", "submitted"])
                await high.server.shutdown()
                await low.server.shutdown()
            }
        }
    }

    @Test func aPeerWritesOnlyAboutUnitsLinkedToIt() async throws {
        try await withTestApp { high in
            try await withTestApp { low in
                let pair = try await LinkedPair.link(
                    high: high, low: low, highURL: try await serve(high), lowURL: try await serve(low))
                // A request to a unit above that is not linked stays here.
                _ = try await requestAtHigh(pair, recipients: ["CP"])
                #expect(try await LevelOutboxMessage.query(on: high.db).count() == 0)
                let highRequest = try await requestAtHigh(pair)

                func refusal(_ app: Application, _ kind: LevelMessageKind, _ body: some Encodable, key: String, origin: String)
                    async throws -> LevelRefusal?
                {
                    let text = String(decoding: try JSONEncoder().encode(body), as: UTF8.self)
                    let envelope = LevelSigner.signed(
                        LevelEnvelope(
                            origin: origin, kind: kind.rawValue, objectID: UUID().uuidString.lowercased(), version: 1,
                            sentAt: Int(testNow.timeIntervalSince1970), nonce: LevelSigner.newNonce(), body: text),
                        key: key)
                    do {
                        _ = try await LevelInbox.receive(envelope, app: app, now: testNow)
                        return nil
                    } catch let refused as LevelRefused {
                        return refused.refusal
                    }
                }
                let highID = try await LevelDeployment.current(on: high.db)
                let lowID = try await LevelDeployment.current(on: low.db)
                let down = LevelReportRequested(
                    requestID: UUID().uuidString.lowercased(), requesterCode: "CP", recipientCodes: ["HN"],
                    kind: "ad_hoc", title: "Báo cáo nhanh", notation: nil, documentDate: nil, periodLabel: "",
                    cutOff: nil, issuedOn: "2026-11-22", deadline: "2026-11-30", outline: "")
                #expect(try await refusal(low, .reportRequested, down, key: downKey, origin: highID) == .unitNotLinked)
                #expect(try await ReportRequest.query(on: low.db).count() == 0)
                // Up: a unit the province is not linked by, and a request that was never sent down.
                var up = LevelReportSubmitted(
                    requestRef: highRequest.uuidString.lowercased(), unitCode: "SNV", recordedOn: "2026-11-22",
                    text: "Báo cáo", actorName: "snv", files: [])
                #expect(try await refusal(high, .reportSubmitted, up, key: upKey, origin: lowID) == .unitNotLinked)
                up.unitCode = "UBND"
                up.requestRef = UUID().uuidString.lowercased()
                #expect(try await refusal(high, .reportSubmitted, up, key: upKey, origin: lowID) == .unknownRequest)
                // A file whose bytes are not what its name says.
                up.requestRef = highRequest.uuidString.lowercased()
                up.files = [LevelFileBody(name: "bao-cao.pdf", data: Data("<html></html>".utf8).base64EncodedString())]
                #expect(try await refusal(high, .reportSubmitted, up, key: upKey, origin: lowID) == .malformed)
                #expect(try await ReportSubmissionRecord.query(on: high.db).count() == 0)
                let refusals = try await AuditEntry.query(on: high.db).filter(\.$action == "level_refused_in").count()
                #expect(refusals == 3)
                await high.server.shutdown()
                await low.server.shutdown()
            }
        }
    }
}
