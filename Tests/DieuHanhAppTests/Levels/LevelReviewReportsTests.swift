import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// An issued review report sent up from the province, answering the national office's request (issue 20).
@Suite struct LevelReviewReportsTests {
    @Test func anIssuedReportArrivesWithItsFiguresCheckedAndATamperedOneShowsAMismatch() async throws {
        try await withTestApp { high in
            try await withTestApp { low in
                let pair = try await LinkedPair.link(
                    high: high, low: low, highURL: try await serve(high), lowURL: try await serve(low))
                let vpcp = try await APIClient.signIn(high, "vpcp")
                let created = try await vpcp.send(
                    .POST, "/api/v1/report-requests",
                    json: [
                        "title": "Báo cáo kiểm điểm công tác chỉ đạo, điều hành 6 tháng", "deadline": "2026-12-15",
                        "recipients": ["BD"], "requester": "CP", "period_label": "6 tháng đầu năm",
                    ])
                let highRequest = try #require((created.json["request"] as? [String: Any])?["id"] as? String)
                #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
                let lowRequest = try #require(try await ReportRequest.query(on: low.db).first())

                // The province writes and issues its review report, then sends it up answering the request.
                let office = try await APIClient.signIn(low, "vanphong")
                let draft = try await office.send(
                    .POST, "/api/v1/review-reports", json: ["from": "2020-01-01", "to": "2020-06-30", "as_of": "2020-06-14"])
                let draftID = try #require(draft.json["id"] as? String)
                let issued = try await office.send(
                    .POST, "/api/v1/review-reports/\(draftID)/issue",
                    json: [
                        "notation": "489/BC-UBND", "date": "2020-06-15", "signer": "Trần Thanh Liêm",
                        "signer_title": "Chủ tịch", "authority": "TM.",
                    ])
                #expect(issued.status == .ok, "\(issued.body.string)")
                let sha = try #require((issued.json["figures"] as? [String: Any])?["figures_sha256"] as? String)
                let browser = Browser(low)
                try await browser.signIn("vanphong", testPassword)
                #expect(try await browser.get("/reports/review/drafts/\(draftID)").body.string.contains("/send-up"))
                let form = try await browser.get("/reports/review/drafts/\(draftID)/send-up")
                #expect(form.body.string.contains("trả lời yêu cầu “Báo cáo kiểm điểm công tác chỉ đạo, điều hành 6 tháng”"))
                let destination = "\(pair.highAtLow.id!.uuidString):\(lowRequest.id!.uuidString)"
                let unchosen = try await browser.post("/reports/review/drafts/\(draftID)/send-up", ["to": ""])
                #expect(unchosen.status == .unprocessableEntity)
                let sent = try await browser.post("/reports/review/drafts/\(draftID)/send-up", ["to": destination])
                #expect(sent.status == .seeOther)
                // Sent once: a second time is refused in words.
                let twice = try await browser.post("/reports/review/drafts/\(draftID)/send-up", ["to": destination])
                #expect(twice.status == .unprocessableEntity)
                #expect(twice.body.string.contains("đã được gửi lên Chính phủ"))
                #expect(try await LevelDelivery.round(low) == .init(delivered: 1))

                // Above: the report with its figures, their digest computed again, and the request's answer.
                let reviews = try await LevelReceivedReview.query(on: high.db).all()
                try #require(reviews.count == 1)
                #expect(reviews[0].notation == "489/BC-UBND" && reviews[0].claimedSHA256 == sha)
                #expect(reviews[0].computedSHA256 == sha && reviews[0].figuresMatch)
                #expect(reviews[0].requestID?.uuidString.lowercased() == highRequest.lowercased())
                let docx = try high.fileStore.read(reviews[0].docxPath)
                #expect(FileKind.sniff(docx, fileName: "a.docx") == .docx)
                let step = try #require(
                    try await ReportSubmissionRecord.query(on: high.db).filter(\.$requestID == UUID(uuidString: highRequest)!)
                        .first())
                #expect(step.text.hasPrefix("Báo cáo số 489/BC-UBND ngày 15/06/2020"))
                let attached = try await Attachment.query(on: high.db).filter(\.$ownerID == step.id!).all()
                #expect(attached.map(\.contentType) == [FileKind.docx.contentType])

                // A package whose figures were altered after sealing: kept, and shown as not matching.
                let message = try #require(
                    try await LevelOutboxMessage.query(on: low.db).filter(\.$kind == "review.issued").first())
                var tampered = try JSONDecoder().decode(LevelReviewIssued.self, from: Data(message.body.utf8))
                tampered.draftID = UUID().uuidString.lowercased()
                tampered.notation = "490/BC-UBND"
                tampered.requestRef = nil
                tampered.figures = tampered.figures.replacingOccurrences(
                    of: "\"from\":\"2020-01-01\"", with: "\"from\":\"2019-01-01\"")
                #expect(tampered.figures.contains("2019-01-01"))
                let altered = tampered
                try await low.write { db in
                    try await LevelOutbox.enqueue(
                        to: pair.highAtLow.id!, kind: .reviewIssued, objectID: UUID(), version: 1, body: altered, now: testNow,
                        on: db)
                }
                #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
                let bad = try #require(
                    try await LevelReceivedReview.query(on: high.db).filter(\.$notation == "490/BC-UBND").first())
                #expect(!bad.figuresMatch && bad.claimedSHA256 == sha)
                let page = Browser(high)
                try await page.signIn("vpcp", testPassword)
                let list = try await page.get("/reports/review/received").body.string
                #expect(list.contains("489/BC-UBND") && list.contains("490/BC-UBND"))
                #expect(list.contains("✓ khớp") && list.contains("✗ không khớp"))
                let download = try await page.get("/reports/review/received/\(reviews[0].id!)/report.docx")
                #expect(download.status == .ok && Data(buffer: download.body) == docx)
                await high.server.shutdown()
                await low.server.shutdown()
            }
        }
    }
}
