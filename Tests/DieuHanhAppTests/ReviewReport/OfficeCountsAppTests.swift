import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// The documents and meetings the review report counts: recorded here plus what the office enters from the e-office
/// system, through the grid, the CSV import and the command line, and in the figures' JSON and the report's text.
@Suite("Review report: documents and meetings entered by the office")
struct OfficeCountsAppTests {
    func signedIn(_ app: Application, _ username: String) async throws -> Browser {
        let browser = Browser(app)
        try await browser.signIn(username)
        return browser
    }

    func figures(_ app: Application, _ arguments: [String]) async throws -> [String: Any] {
        let out = try await runCommand(app, ["report", "review", "--format", "json"] + arguments)
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    func stored(_ app: Application) async throws -> [String: Int] {
        try await OfficeCount.query(on: app.db).all().reduce(into: [:]) { $0["\($1.category)|\($1.code)"] = $1.count }
    }

    /// The province with a decision, a legal normative decision and a công văn of its own in the first half of 2020,
    /// and a regular session held and recorded in it.
    func province(_ app: Application) async throws -> SmallProvince {
        let p = try await SmallProvince.make(app)
        try await makeUser(app, "vanphong", role: .coordinator)
        try await makeUser(app, "xem", role: .viewer)
        let csv =
            "ma,so_ky_hieu,ngay_van_ban,co_quan_giao,noi_dung,don_vi_chu_tri,han_xu_ly\n"
            + "T1,300/QĐ-UBND,2020-04-01,UBND,Việc một,SNV,2020-09-30\n"
            + "T2,14/2020/QĐ-UBND,2020-04-02,UBND,Việc hai,SNV,2020-09-30\n"
            + "T3,301/UBND-TH,2020-04-03,UBND,Việc ba,STC,2020-09-30\n"
        _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
        let meeting = Meeting()
        (meeting.kind, meeting.title, meeting.searchText, meeting.heldOn) = ("thuong_ky", "Phiên họp", "phien hop", "2020-03-30")
        (meeting.place, meeting.onlinePoints, meeting.chairName, meeting.chairTitle) = ("", "", "", "")
        (meeting.discussed, meeting.notes, meeting.recordedOn, meeting.version) = ("", "", "2020-04-02", 1)
        try await meeting.create(on: app.db)
        return p
    }

    @Test func seedCaoBangsFirstPageFromTheDemoSlice() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.caoBang2021, into: app)
            let json = try await figures(app, ["--from", "2021-01-01", "--to", "2021-06-06", "--as-of", "2021-06-06"])
            #expect(json["documents_received"] as? Int == 15_573)
            let issued = try #require(json["documents_issued"] as? [String: Int])
            #expect(issued == ["QĐ": 1_124, "CV": 1_678, "CT": 13, "QPPL": 10, "KHAC": 1_560])
            #expect(issued.values.reduce(0, +) == 4_385)
            let meetings = try #require(json["meetings"] as? [String: Int])
            #expect(meetings["giao_ban"] == 23 && meetings["chuyen_de"] == 9 && meetings["thuong_ky"] == 0)
            // The slice records no document of the committee and no meeting: all of it was entered.
            let entered = try #require(json["entered"] as? [String: Any])
            #expect(entered["documents_received"] as? Int == 15_573)
            #expect(entered["documents_issued"] as? [String: Int] == issued)
            #expect(entered["meetings"] as? [String: Int] == ["giao_ban": 23, "chuyen_de": 9])
            // Another period, even one that contains this one, has none of them.
            let half = try await figures(app, ["--period", "2021-H1", "--as-of", "2021-06-14"])
            #expect(half["documents_received"] as? Int == 0 && (half["documents_issued"] as? [String: Int])?.isEmpty == true)
            #expect((half["entered"] as? [String: Any])?["documents_received"] == nil)
            // The report's section 2 tells them in the seed's words.
            let cutOff = CivilDate(year: 2021, month: 6, day: 6)!
            let report = try await ReviewReportBuilder.build(
                period: ReportPeriod(from: CivilDate(year: 2021, month: 1, day: 1)!, to: cutOff), asOf: cutOff,
                province: try await ReviewReportBuilder.province(code: nil, asOf: cutOff, on: app.db), on: app.db)
            let html = ReviewReportHTML.document(report)
            let sentence: String =
                "Trong kỳ, UBND tỉnh đã tiếp nhận và xử lý 15.573 văn bản đến; ban hành 4.385 văn bản đi, trong đó có: 10 "
                + "văn bản quy phạm pháp luật, 1.124 quyết định, 13 chỉ thị, 1.678 công văn; tổ chức 09 cuộc họp "
                + "chuyên đề, 23 cuộc họp giao ban (số liệu văn bản đến, văn bản đi và cuộc họp do Văn phòng tổng "
                + "hợp từ hệ thống quản lý văn bản)."
            #expect(html.contains(sentence))
            #expect(report.sections[1].paragraphs.first == sentence)
        }
    }

    @Test func recordedAndEnteredAddUpAndTheJSONSaysWhichWasEntered() async throws {
        try await withTestApp { app in
            _ = try await province(app)
            let before = try await figures(app, ["--period", "2020-H1", "--as-of", "2020-06-30"])
            #expect(before["documents_issued"] as? [String: Int] == ["QĐ": 1, "QPPL": 1, "CV": 1])
            let period = (from: CivilDate(year: 2020, month: 1, day: 1)!, to: CivilDate(year: 2020, month: 6, day: 30)!)
            _ = try await app.write { db in
                try await OfficeCountService.save(
                    [
                        .init(category: .issued, code: "QĐ", count: 1_712), .init(category: .issued, code: "TB", count: 127),
                        .init(category: .received, code: "", count: 9_000),
                        .init(category: .meetings, code: "thuong_ky", count: 4),
                        .init(category: .meetings, code: "giao_ban", count: 13),
                    ], from: period.from, to: period.to, actor: .commandLine, now: testNow, on: db)
            }
            let json = try await figures(app, ["--period", "2020-H1", "--as-of", "2020-06-30"])
            #expect(json["documents_issued"] as? [String: Int] == ["QĐ": 1_713, "QPPL": 1, "CV": 1, "TB": 127])
            #expect(json["documents_received"] as? Int == 9_000)
            let meetings = try #require(json["meetings"] as? [String: Int])
            #expect(meetings["thuong_ky"] == 5 && meetings["giao_ban"] == 13)
            let entered = try #require(json["entered"] as? [String: Any])
            #expect(entered["documents_issued"] as? [String: Int] == ["QĐ": 1_712, "TB": 127])
            #expect(entered["meetings"] as? [String: Int] == ["thuong_ky": 4, "giao_ban": 13])
            // The digest seals the entered counts too.
            #expect(json["figures_sha256"] as? String != before["figures_sha256"] as? String)
            // Recorded and entered both: the note names only what the office entered.
            let province = try await ReviewReportBuilder.province(code: nil, asOf: period.to, on: app.db)
            let report = try await ReviewReportBuilder.build(
                period: ReportPeriod(code: "2020-H1")!, asOf: period.to, province: province, on: app.db)
            let expected: String =
                "Trong kỳ, UBND tỉnh đã tiếp nhận và xử lý 9.000 văn bản đến; ban hành 1.842 văn bản đi, trong đó "
                + "có: 01 văn bản quy phạm pháp luật, 1.713 quyết định, 127 thông báo, 01 công văn; tổ chức 05 phiên "
                + "họp thường kỳ, 13 cuộc họp giao ban (số liệu văn bản đến, quyết định, thông báo, phiên họp thường kỳ "
                + "và cuộc họp giao ban do Văn phòng tổng hợp từ hệ thống quản lý văn bản)."
            #expect(report.sections[1].paragraphs.first == expected)
            #expect(report.sections[1].paragraphs.count == 2)
        }
    }

    @Test func theGridKeepsWhatWasTypedAndSavesAllOrNothing() async throws {
        try await withTestApp { app in
            _ = try await province(app)
            let office = try await signedIn(app, "vanphong")
            // Reached from the report for the same period.
            let review = try await office.get("/reports/review?period=2020-H1&as_of=30/06/2020").body.string
            #expect(review.contains("/reports/review/counts?from=2020-01-01&amp;to=2020-06-30&amp;as_of=2020-06-30"))
            let page = try await office.get("/reports/review/counts?from=2020-01-01&to=2020-06-30&as_of=2020-06-30")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Văn bản quy phạm pháp luật") && html.contains("Cuộc họp giao ban"))
            #expect(html.contains("Đã ghi nhận trên hệ thống: 1"))
            var form = [
                "from": "2020-01-01", "to": "2020-06-30", "as_of": "2020-06-30", "van_ban_di_QD": "1.712",
                "van_ban_den_tong": "15.573", "cuoc_hop_giao_ban": "12a", "cuoc_hop_thuong_ky": "-1",
            ]
            let refused = try await office.post("/reports/review/counts", form)
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            #expect(body.contains("Cuộc họp giao ban: “12a” không phải số nguyên từ 0 đến 9.999.999"))
            #expect(body.contains("Phiên họp thường kỳ: “-1”"))
            #expect(body.contains("value=\"1.712\"") && body.contains("value=\"15.573\"") && body.contains("value=\"12a\""))
            #expect(try await stored(app).isEmpty)
            form["cuoc_hop_giao_ban"] = "13"
            form["cuoc_hop_thuong_ky"] = ""
            let saved = try await office.post("/reports/review/counts", form)
            #expect(saved.status == .seeOther)
            #expect(try await stored(app) == ["van_ban_di|QĐ": 1_712, "van_ban_den|": 15_573, "cuoc_hop|giao_ban": 13])
            let again = try await office.get("/reports/review/counts?from=2020-01-01&to=2020-06-30").body.string
            #expect(again.contains("Đã lưu số liệu văn bản, cuộc họp từ 01/01/2020 đến 30/06/2020."))
            #expect(again.contains("value=\"1.712\""))
            // Entering again replaces; a box emptied removes its count.
            form["van_ban_di_QD"] = "1712"
            form["van_ban_den_tong"] = ""
            form["cuoc_hop_giao_ban"] = "14"
            #expect(try await office.post("/reports/review/counts", form).status == .seeOther)
            #expect(try await stored(app) == ["van_ban_di|QĐ": 1_712, "cuoc_hop|giao_ban": 14])
            // Each save is audited under the person who entered it; the refused one left nothing.
            let audited = try await AuditEntry.query(on: app.db).filter(\.$entity == "office_counts").all()
            #expect(audited.count == 2 && audited.allSatisfy { $0.actorName == "vanphong" })
            #expect(try await OfficeCount.query(on: app.db).all().allSatisfy { $0.enteredBy == "vanphong" })
            // A period that does not read is asked for again.
            let bad = try await office.get("/reports/review/counts?from=31/02/2020&to=30/06/2020")
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("31/02/2020"))
        }
    }

    @Test func onlyTheOfficeEntersThem() async throws {
        try await withTestApp { app in
            _ = try await province(app)
            let officer = try await signedIn(app, "canbo.snv")
            #expect(try await officer.get("/reports/review/counts?period=2020-H1").status == .forbidden)
            let form = ["from": "2020-01-01", "to": "2020-06-30", "van_ban_den_tong": "5"]
            #expect(try await officer.post("/reports/review/counts", form).status == .forbidden)
            #expect(try await officer.get("/reports/review/counts/import").status == .forbidden)
            let viewer = try await signedIn(app, "xem")
            #expect(try await viewer.post("/reports/review/counts", form).status == .forbidden)
            // The viewer reads the report, without the way to enter.
            let review = try await viewer.get("/reports/review?period=2020-H1&as_of=30/06/2020").body.string
            #expect(review.contains("Kết quả công tác") && !review.contains("/reports/review/counts"))
            #expect(try await stored(app).isEmpty)
            let admin = try await signedIn(app, "admin")
            #expect(try await admin.post("/reports/review/counts", form).status == .seeOther)
        }
    }

    @Test func theCSVFileAllOrNothingOnThePageAndTheCommandLine() async throws {
        try await withTestApp { app in
            _ = try await province(app)
            let office = try await signedIn(app, "vanphong")
            #expect(try await office.get("/reports/review/counts/import?period=2020-H1").status == .ok)
            let header = "tu_ngay,den_ngay,loai,ma,so_luong\n"
            let good =
                header + "01/01/2020,30/06/2020,van_ban_di,qd,1.712\n" + "2020-01-01,2020-06-30,van_ban_den,,15573\n"
                + "01/01/2020,30/06/2020,cuoc_hop,giao_ban,13\n" + "01/07/2020,31/12/2020,van_ban_di,TTr,34\n"
            let ok = try await office.postMultipart(
                "/reports/review/counts/import", ["from": "2020-01-01", "to": "2020-06-30"],
                files: [TestUpload(fileName: "so-lieu.csv", data: Data(good.utf8), field: "file")])
            #expect(ok.status == .seeOther)
            #expect(ok.headers.first(name: .location) == "/reports/review/counts?from=2020-01-01&to=2020-06-30")
            let all = ["van_ban_di|QĐ": 1_712, "van_ban_den|": 15_573, "cuoc_hop|giao_ban": 13, "van_ban_di|TTr": 34]
            #expect(try await stored(app) == all)
            // One bad row among good ones: its line and what is wrong, in Vietnamese, and nothing written.
            let bad =
                header + "01/01/2020,30/06/2020,van_ban_di,QĐ,1800\n" + "01/01/2020,30/06/2020,van_ban_di,XYZ,3\n"
            let refused = try await office.postMultipart(
                "/reports/review/counts/import", [:],
                files: [TestUpload(fileName: "so-lieu.csv", data: Data(bad.utf8), field: "file")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Dòng 3"))
            #expect(refused.body.string.contains("mã loại văn bản “XYZ” không có"))
            #expect(refused.body.string.contains("Không có số liệu nào được ghi"))
            for (row, message) in [
                ("30/06/2020,01/01/2020,van_ban_den,,1", "den_ngay 01/01/2020 trước tu_ngay 30/06/2020"),
                ("01/01/2020,30/06/2020,van_ban_den,CV,1", "văn bản đến không có mã"),
                ("01/01/2020,30/06/2020,cuoc_hop,giao_ban,\"1,5\"", "so_luong “1,5” phải là số nguyên từ 0 đến 9.999.999"),
                ("01/01/2020,30/06/2020,cong_van,,1", "loai “cong_van” phải là van_ban_di, van_ban_den hoặc cuoc_hop"),
                ("01/01/2020,30/06/2020,cuoc_hop,giao_ban,", "thiếu so_luong"),
            ] {
                let file = header + "01/01/2020,30/06/2020,van_ban_di,CT,8\n" + row + "\n"
                do {
                    _ = try OfficeCountImport.parse(Data(file.utf8))
                    Issue.record("accepted: \(row)")
                } catch let error as CSVError {
                    #expect(error.description.contains("Dòng 3") && error.description.contains(message), "\(error.description)")
                }
            }
            let repeated = header + "01/01/2020,30/06/2020,van_ban_di,QD,1\n01/01/2020,30/06/2020,van_ban_di,QĐ,2\n"
            #expect(throws: CSVError.self) { _ = try OfficeCountImport.parse(Data(repeated.utf8)) }
            // The command line: the same file, replacing what it names.
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("counts-\(UUID()).csv").path
            try Data((header + "01/01/2020,30/06/2020,van_ban_di,QĐ,1.713\n").utf8).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let out = try await runCommand(app, ["import", "counts", path])
            #expect(out.contains("0 số liệu mới, 1 cập nhật"))
            #expect(try await stored(app)["van_ban_di|QĐ"] == 1_713)
            let badPath = path + ".bad.csv"
            try Data(bad.utf8).write(to: URL(fileURLWithPath: badPath))
            defer { try? FileManager.default.removeItem(atPath: badPath) }
            await #expect(throws: CommandFailure.self) { _ = try await runCommand(app, ["import", "counts", badPath]) }
            #expect(try await stored(app)["van_ban_di|QĐ"] == 1_713)
        }
    }
}
