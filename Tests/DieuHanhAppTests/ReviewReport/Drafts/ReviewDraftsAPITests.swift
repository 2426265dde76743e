import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import DieuHanhApp

/// The drafts' API (CONTRACT): create, read, save a section with its version, issue, the files; an issued report
/// stays as issued whatever is recorded later.
@Suite("Review report drafts API")
struct ReviewDraftsAPITests {
    @Test func aDraftIsWrittenSectionBySectionAndAStaleSaveIsAConflict() async throws {
        try await withTestApp { app in
            // setup
            _ = try await DraftSetup.make(app)
            let office = try await APIClient.signIn(app, "vanphong")
            // act
            let created = try await office.send(.POST, "/api/v1/review-reports", json: DraftSetup.period)
            let id = try #require(created.json["id"] as? String)
            let saved = try await office.send(
                .PUT, "/api/v1/review-reports/\(id)/sections/phuong-cham", json: ["text": "Chủ động, quyết liệt.", "version": 1])
            let other = try await office.send(
                .PUT, "/api/v1/review-reports/\(id)/sections/ket-qua", json: ["text": "Kinh tế phục hồi.", "version": 1])
            let stale = try await office.send(
                .PUT, "/api/v1/review-reports/\(id)/sections/phuong-cham", json: ["text": "Bản cũ", "version": 1])
            let unknown = try await office.send(
                .PUT, "/api/v1/review-reports/\(id)/sections/khong-co", json: ["text": "a", "version": 3])
            let read = try await office.send(.GET, "/api/v1/review-reports/\(id)")
            // check
            #expect(created.status == .created)
            #expect(created.json["state"] as? String == "draft" && created.json["version"] as? Int == 1)
            let sections = try #require(created.json["sections"] as? [[String: Any]])
            #expect(sections.map { $0["key"] as? String } == ReviewOutline.governmentOffice.sections.map(\.key))
            #expect(sections.first?["number"] as? String == "I." && sections.first?["text"] as? String == "")
            let government = try #require((created.json["figures"] as? [String: Any])?["government"] as? [String: Any])
            #expect(government["total"] as? Int == 2 && government["pending_overdue"] as? Int == 1)
            #expect(saved.status == .ok && saved.json["version"] as? Int == 2)
            // Another section read at version 1 still saves: only this section's own changes make a read stale.
            #expect(other.status == .ok && other.json["version"] as? Int == 3)
            #expect(stale.status == .conflict)
            #expect((stale.json["error"] as? [String: Any])?["code"] as? String == "conflict")
            #expect(unknown.status == .notFound)
            let texts = (read.json["sections"] as? [[String: Any]] ?? []).reduce(into: [String: String]()) {
                $0[$1["key"] as? String ?? ""] = $1["text"] as? String
            }
            #expect(texts["phuong-cham"] == "Chủ động, quyết liệt." && texts["ket-qua"] == "Kinh tế phục hồi.")
            #expect(try await ReviewSectionVersion.query(on: app.db).count() == 2)
        }
    }

    @Test func anIssuedReportIsFrozenRegisteredAndCarriesItsFiguresDigest() async throws {
        try await withTestApp { app in
            // setup
            _ = try await DraftSetup.make(app)
            let office = try await APIClient.signIn(app, "vanphong")
            let created = try await office.send(.POST, "/api/v1/review-reports", json: DraftSetup.period)
            let id = try #require(created.json["id"] as? String)
            let text = "Chủ động, quyết liệt.[^Theo Chỉ thị số 01/CT-UBND.]\n- Siết chặt **kỷ cương** hành chính;"
            _ = try await office.send(
                .PUT, "/api/v1/review-reports/\(id)/sections/phuong-cham", json: ["text": text, "version": 1])
            // act
            var bad = DraftSetup.issue
            (bad["notation"], bad["date"], bad["authority"]) = ("489/QĐ-UBND", "2020-06-13", "TL.")
            let refused = try await office.send(.POST, "/api/v1/review-reports/\(id)/issue", json: bad)
            let issued = try await office.send(.POST, "/api/v1/review-reports/\(id)/issue", json: DraftSetup.issue)
            let docx = try await office.send(.GET, "/api/v1/review-reports/\(id)/report.docx")
            let afterIssue = try await office.send(
                .PUT, "/api/v1/review-reports/\(id)/sections/phuong-cham", json: ["text": "Sửa sau", "version": 3])
            // Recorded later: another of the Government's tasks assigned in the period.
            try await DraftSetup.importTasks(app, "D3,11/NQ-CP,2020-03-01,CP,Việc ba,SNV,2020-04-30,,\n")
            let later = try await office.send(.GET, "/api/v1/review-reports/\(id)")
            let docxLater = try await office.send(.GET, "/api/v1/review-reports/\(id)/report.docx")
            let package = try await office.send(.GET, "/api/v1/review-reports/\(id)/package.zip")
            // check
            #expect(refused.status == .unprocessableEntity)
            let message = (refused.json["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.contains("BC") && message.contains("14/06/2020") && message.contains("thẩm quyền"), "\(message)")
            #expect(issued.status == .ok, "\(issued.body.string)")
            #expect(issued.json["state"] as? String == "issued" && issued.json["notation"] as? String == "489/BC-UBND")
            let figures = try #require(issued.json["figures"] as? [String: Any])
            let sha = try #require(figures["figures_sha256"] as? String)
            let xml = try zipPart(Data(buffer: docx.body), "word/document.xml")
            #expect(xml.contains(sha), "the DOCX prints the figures' digest")
            #expect(xml.contains("489/BC-UBND") && xml.contains("TRẦN THANH LIÊM") == false && xml.contains("Trần Thanh Liêm"))
            #expect(xml.contains("Chủ động, quyết liệt.") && xml.contains("- ") && xml.contains("kỷ cương"))
            #expect(xml.contains("I. KIỂM ĐIỂM CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH") && xml.contains("w:footnoteReference"))
            #expect(try zipPart(Data(buffer: docx.body), "word/footnotes.xml").contains("Theo Chỉ thị số 01/CT-UBND."))
            #expect(afterIssue.status == .conflict)
            let laterFigures = try #require(later.json["figures"] as? [String: Any])
            #expect(laterFigures["figures_sha256"] as? String == sha)
            #expect((laterFigures["government"] as? [String: Any])?["total"] as? Int == 2)
            #expect(Data(buffer: docxLater.body) == Data(buffer: docx.body), "the issued DOCX never changes")
            let live = try await runCommand(
                app,
                ["report", "review", "--format", "json", "--from", "2020-01-01", "--to", "2020-06-30", "--as-of", "2020-06-14"])
            #expect(!live.contains(sha), "today's figures differ from the issued ones")
            let registered = try await Document.query(on: app.db).filter(\.$notation == "489/BC-UBND").all()
            #expect(registered.count == 1 && registered.first?.year == 2020 && registered.first?.signer == "Trần Thanh Liêm")
            let packaged = try zipPart(Data(buffer: package.body), "so-lieu.json")
            #expect(packaged.contains(sha))
            let names = try Archive(data: Data(buffer: package.body), accessMode: .read).map(\.path).sorted()
            #expect(names == ["bao-cao-489-bc-ubnd-2020-06-15.docx", "bao-cao-489-bc-ubnd-2020-06-15.xlsx", "so-lieu.json"])
        }
    }

    @Test func aNumberIsIssuedOnceAYear() async throws {
        try await withTestApp { app in
            // setup
            _ = try await DraftSetup.make(app)
            let office = try await APIClient.signIn(app, "vanphong")
            let first = try await office.send(.POST, "/api/v1/review-reports", json: DraftSetup.period)
            _ = try await office.send(
                .POST, "/api/v1/review-reports/\(first.json["id"] as? String ?? "")/issue", json: DraftSetup.issue)
            var nineMonths = DraftSetup.period
            (nineMonths["to"], nineMonths["as_of"]) = ("2020-09-30", "2020-09-14")
            let second = try await office.send(.POST, "/api/v1/review-reports", json: nineMonths)
            var again = DraftSetup.issue
            again["date"] = "2020-09-20"
            // act
            let refused = try await office.send(
                .POST, "/api/v1/review-reports/\(second.json["id"] as? String ?? "")/issue", json: again)
            // check
            #expect(refused.status == .unprocessableEntity)
            let message = (refused.json["error"] as? [String: Any])?["message"] as? String
            #expect(message?.contains("đã được dùng") == true, "\(message ?? "")")
            #expect(try await ReviewDraft.query(on: app.db).filter(\.$state == "issued").count() == 1)
        }
    }

    @Test func onlyTheOfficeWritesAndUnitsDoNotRead() async throws {
        try await withTestApp { app in
            // setup
            _ = try await DraftSetup.make(app)
            let office = try await APIClient.signIn(app, "vanphong")
            let created = try await office.send(.POST, "/api/v1/review-reports", json: DraftSetup.period)
            let id = try #require(created.json["id"] as? String)
            let viewer = try await APIClient.signIn(app, "xem")
            let leader = try await APIClient.signIn(app, "lanhdao")
            let officer = try await APIClient.signIn(app, "canbo.snv")
            // act, check
            #expect(try await viewer.send(.GET, "/api/v1/review-reports/\(id)").status == .ok)
            #expect(try await viewer.send(.POST, "/api/v1/review-reports", json: DraftSetup.period).status == .forbidden)
            #expect(
                try await leader.send(.PUT, "/api/v1/review-reports/\(id)/sections/ket-qua", json: ["text": "a", "version": 1])
                    .status
                    == .forbidden)
            #expect(try await officer.send(.GET, "/api/v1/review-reports/\(id)").status == .forbidden)
            #expect(
                try await office.send(.POST, "/api/v1/review-reports", json: ["from": "2020-07-01"]).status
                    == .unprocessableEntity)
        }
    }
}

/// Seed 002 put together in DieuHanh: the Government Office's outline, a written section with a footnote, the
/// seed's first-page counts as of its own cut-off, issued with its number and signer.
@Suite("Review report drafts: seed 002")
struct ReviewDraftSeed002Tests {
    @Test func caoBangsSixMonthReportComesOutWithTheSeedsFiguresAndLayout() async throws {
        try await withTestApp { app in
            // setup
            _ = try await DemoSlices.load(.caoBang2021, into: app)
            #expect(DemoSlices.caoBang2021.asOf.iso == "2021-06-06", "the slice's cut-off is the seed's own")
            try await makeUser(app, "vanphong", role: .coordinator)
            let office = try await APIClient.signIn(app, "vanphong")
            let created = try await office.send(
                .POST, "/api/v1/review-reports", json: ["from": "2021-01-01", "to": "2021-06-06", "as_of": "2021-06-06"])
            let id = try #require(created.json["id"] as? String)
            let text =
                "Bám sát các Nghị quyết số 01/NQ-CP, số 02/NQ-CP[^Nghị quyết số 02/NQ-CP ngày 01/01/2021 của Chính phủ.];\n"
                + "- Phòng, chống dịch COVID-19 gắn với phát triển kinh tế - xã hội."
            _ = try await office.send(
                .PUT, "/api/v1/review-reports/\(id)/sections/phuong-cham", json: ["text": text, "version": 1])
            // act
            let issued = try await office.send(
                .POST, "/api/v1/review-reports/\(id)/issue",
                json: [
                    "notation": "1409/BC-UBND", "date": "2021-06-08", "signer": "Hoàng Xuân Ánh", "signer_title": "Chủ tịch",
                    "authority": "TM.",
                ])
            let docx = Data(buffer: try await office.send(.GET, "/api/v1/review-reports/\(id)/report.docx").body)
            // check
            #expect(issued.status == .ok, "\(issued.body.string)")
            let figures = try #require(issued.json["figures"] as? [String: Any])
            #expect(figures["documents_received"] as? Int == 15_573)
            #expect((figures["documents_issued"] as? [String: Int])?.values.reduce(0, +) == 4_385)
            #expect((figures["meetings"] as? [String: Int])?["giao_ban"] == 23)
            #expect((figures["government"] as? [String: Any])?["total"] as? Int == 11)
            let xml = try zipPart(docx, "word/document.xml")
            for heading in ["I. KIỂM ĐIỂM", "II. TÌNH HÌNH THỰC HIỆN", "III. ĐÁNH GIÁ", "IV. PHƯƠNG HƯỚNG"] {
                #expect(xml.contains(heading), "\(heading)")
            }
            #expect(
                xml.contains("15.573 văn bản đến") && xml.contains("4.385 văn bản đi") && xml.contains("23 cuộc họp giao ban"))
            #expect(xml.contains("Số: 1409/BC-UBND") && xml.contains("ngày 08 tháng 06 năm 2021"))
            #expect(xml.contains("Nơi nhận:") && xml.contains("Hoàng Xuân Ánh") && xml.contains("w:orient=\"landscape\""))
            #expect(try zipPart(docx, "word/footnotes.xml").contains("Nghị quyết số 02/NQ-CP ngày 01/01/2021"))
            #expect(xml.contains(figures["figures_sha256"] as? String ?? "-"))
        }
    }
}
