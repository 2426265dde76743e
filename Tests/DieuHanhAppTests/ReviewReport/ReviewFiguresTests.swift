import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// The review report's figures as one object (CONTRACT: `report review --format json`): each assigner group on its
/// own line, the tasks carried over into the period apart, "đã triển khai", the programme and the documents issued.
@Suite("Review report figures")
struct ReviewFiguresTests {
    func figures(_ app: Application, _ arguments: [String]) async throws -> [String: Any] {
        let out = try await runCommand(app, ["report", "review", "--format", "json"] + arguments)
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    }

    func group(_ json: [String: Any], _ path: String...) -> [String: Int] {
        var object: Any? = json
        for key in path { object = (object as? [String: Any])?[key] }
        return ((object as? [String: Any]) ?? [:]).compactMapValues { $0 as? Int }
    }

    @Test func seedBinhDuongCountsTheGovernmentsTasksAndTheProgramme() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            let json = try await figures(app, ["--period", "2020-H1", "--as-of", "2020-06-14"])
            let government = group(json, "government")
            #expect(
                government["total"] == 46 && government["completed_on_time"] == 42 && government["pending_within_deadline"] == 4)
            #expect(government["documents"] == 20)
            // Put in hand, as the seed says (46/46): the 42 completed, the one extended, and the three whose progress
            // the slice records (BD20-04, -37, -45).
            #expect(government["started"] == 46)
            #expect(group(json, "programme")["total"] == 42 && group(json, "programme")["submitted"] == 37)
            for key in ["party", "council", "province"] { #expect(group(json, key)["total"] == 0, "\(key)") }
            let sha = try #require(json["figures_sha256"] as? String)
            #expect(sha.count == 64 && sha.allSatisfy(\.isHexDigit))
            // The same figures give the same digest; another cut-off another.
            #expect(try await figures(app, ["--period", "2020-H1", "--as-of", "2020-06-14"])["figures_sha256"] as? String == sha)
            #expect(try await figures(app, ["--period", "2020-H1", "--as-of", "2020-06-30"])["figures_sha256"] as? String != sha)
        }
    }

    @Test func theGovernmentsProgrammeIsCountedApartAndTheReportSaysWhatTheFiguresSay() async throws {
        try await withTestApp { app in
            _ = try await SmallProvince.make(app)
            let csv =
                "ma,ten,don_vi_chu_tri,trinh_cap,thang_ke_hoach,nguon,ngay_bo_sung,ngay_trinh,ngay_ban_hanh,ngay_rut,"
                + "thang_chuyen_den,ngay_chuyen,loai\n"
                + "CP-1,Đề án phát triển kinh tế cửa khẩu,STC,CP,2026-03,dau_nam,,20/03/2026,,,,,\n"
                + "CP-2,Báo cáo tổng kết thí điểm chính quyền đô thị,SNV,TTG,2026-05,dau_nam,,,,,,,\n"
                + "CP-3,Đề án sắp xếp đơn vị hành chính,SNV,CP,2026-06,dau_nam,,,,,,,\n"
                + "HD-1,Nghị quyết quy định mức thu phí,STC,HDND,2026-04,dau_nam,,10/04/2026,,,,,du_thao_nghi_quyet_qppl\n"
            let path = NSTemporaryDirectory() + "dieuhanh-cp-\(UUID().uuidString).csv"
            defer { try? FileManager.default.removeItem(atPath: path) }
            _ = FileManager.default.createFile(atPath: path, contents: Data(csv.utf8))
            _ = try await runCommand(app, ["import", "programme", path])
            // act
            let json = try await figures(app, ["--period", "2026-H1", "--as-of", "2026-06-30"])
            let cutOff = CivilDate(year: 2026, month: 6, day: 30)!
            let report = try await ReviewReportBuilder.build(
                period: ReportPeriod(code: "2026-H1")!, asOf: cutOff,
                province: try await ReviewReportBuilder.province(code: nil, asOf: cutOff, on: app.db), on: app.db)
            // check
            let government = group(json, "government_programme")
            #expect(government["total"] == 3 && government["submitted"] == 1 && government["not_submitted"] == 2)
            #expect(group(json, "programme")["total"] == 4 && group(json, "programme")["submitted"] == 2)
            let byBody = (json["programme"] as? [String: Any])?["submitted_by_body"] as? [String: [String: Int]]
            #expect(byBody == ["CP": ["de_an": 1], "HDND": ["du_thao_nghi_quyet_qppl": 1]])
            let sentence =
                "Đối với Chương trình công tác của Chính phủ, Thủ tướng Chính phủ, UBND tỉnh đã trình 1/3 nội dung "
                + "(đạt 33,3%); còn 02 nội dung chưa trình."
            #expect(report.programmeSection.paragraphs.contains(sentence))
            #expect(
                report.programmeSection.paragraphs.contains(
                    "Các nội dung đã trình gồm: 01 nội dung trình HĐND tỉnh (01 dự thảo nghị quyết quy phạm pháp luật); "
                        + "01 nội dung trình Chính phủ (01 đề án)."))
            #expect(ReviewReportHTML.document(report).contains("Ghi chú: " + sentence))
        }
    }

    @Test func eachAssignerOnItsOwnLineAndTheCarriedOverApart() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            _ = try await makeUnit(app, "CP", "Chính phủ", kind: .government)
            _ = try await makeUnit(app, "TU", "Tỉnh ủy", kind: .party)
            _ = try await makeUnit(app, "HDND", "Hội đồng nhân dân tỉnh", kind: .council, parent: p.ubnd)
            let csv =
                "ma,so_ky_hieu,ngay_van_ban,co_quan_giao,noi_dung,don_vi_chu_tri,han_xu_ly,ngay_hoan_thanh,ngay_huy\n"
                // Assigned in 2019: pending on 31/12/2019 (carried over), done in 2019, cancelled in 2019.
                + "T1,10/NQ-CP,2019-10-01,CP,Việc một,SNV,2019-12-15,,\n"
                + "T2,10/NQ-CP,2019-10-01,CP,Việc hai,SNV,2019-12-15,2019-11-01,\n"
                + "T3,10/NQ-CP,2019-10-01,CP,Việc ba,SNV,2019-12-15,,2019-12-20\n"
                // The committee's, carried over and done in the period.
                + "T4,200/UBND-TH,2019-11-05,UBND,Việc bốn,STC,2020-03-01,2020-02-01,\n"
                // In the period: the Party committee's (overdue at the cut-off), the council's (no deadline).
                + "T5,05-TB/TU,2020-02-10,TU,Việc năm,STC,2020-05-30,,\n"
                + "T6,45/NQ-HĐND,2020-03-01,HDND,Việc sáu,SNV,,,\n"
                // The committee's own documents of the period: a decision and a công văn.
                + "T7,300/QĐ-UBND,2020-04-01,UBND,Việc bảy,SNV,2020-09-30,,\n"
                + "T8,301/UBND-TH,2020-04-02,UBND,Việc tám,STC,2020-09-30,,\n"
            _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            // Two sessions held in the period, one recorded after the cut-off.
            for (held, recorded) in [("2020-03-30", "2020-04-02"), ("2020-05-28", "2020-06-20")] {
                let meeting = Meeting()
                (meeting.kind, meeting.title, meeting.searchText, meeting.heldOn) = ("thuong_ky", "Phiên họp", "phien hop", held)
                (meeting.place, meeting.onlinePoints, meeting.chairName, meeting.chairTitle) = ("", "", "", "")
                (meeting.discussed, meeting.notes, meeting.recordedOn, meeting.version) = ("", "", recorded, 1)
                try await meeting.create(on: app.db)
            }
            let json = try await figures(app, ["--period", "2020-H1", "--as-of", "2020-06-14"])
            #expect((json["meetings"] as? [String: Int])?["thuong_ky"] == 1)
            #expect(group(json, "government")["total"] == 0)
            #expect(
                group(json, "party") == [
                    "total": 1, "pending_overdue": 1, "completed_on_time": 0, "completed_late": 0, "pending_within_deadline": 0,
                    "pending_no_deadline": 0, "documents": 1, "started": 0,
                ])
            #expect(group(json, "council")["pending_no_deadline"] == 1 && group(json, "council")["total"] == 1)
            // The council is under the province in this tree, yet counted on its own line, not the committee's.
            #expect(group(json, "province")["total"] == 2 && group(json, "province")["pending_within_deadline"] == 2)
            let carriedGovernment = group(json, "carried_over", "government")
            #expect(carriedGovernment["total"] == 1 && carriedGovernment["pending_overdue"] == 1)
            let carriedProvince = group(json, "carried_over", "province")
            #expect(carriedProvince["total"] == 1 && carriedProvince["completed_on_time"] == 1 && carriedProvince["started"] == 1)
            #expect(group(json, "documents_issued") == ["QĐ": 1, "CV": 1])
            // The written report tells them in its section 7, each on its own line.
            let province = try await ReviewReportBuilder.province(
                code: nil, asOf: CivilDate(year: 2020, month: 6, day: 14)!, on: app.db)
            let report = try await ReviewReportBuilder.build(
                period: ReportPeriod(code: "2020-H1")!, asOf: CivilDate(year: 2020, month: 6, day: 14)!, province: province,
                on: app.db)
            let section = try #require(report.sections.last)
            #expect(section.heading == "7. Nhiệm vụ do Tỉnh ủy, HĐND tỉnh giao và nhiệm vụ từ kỳ trước chuyển sang")
            #expect(section.paragraphs.count == 4)
            #expect(section.paragraphs[0].contains("văn bản giao nhiệm vụ của Tỉnh ủy trong kỳ là 01 văn bản"))
            #expect(section.paragraphs[1].contains("HĐND tỉnh"))
            #expect(
                section.paragraphs[2]
                    == "Các nhiệm vụ từ kỳ trước chuyển sang: 01 nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao; đến nay còn 01 "
                    + "nhiệm vụ đang thực hiện (trong đó 01 nhiệm vụ quá hạn).")
            #expect(ReviewReportHTML.document(report).contains("7. Nhiệm vụ do Tỉnh ủy, HĐND tỉnh giao"))
            // Before the period begins nothing of it is known; the carried-over tasks are, as of that day.
            let early = try await figures(app, ["--from", "2020-01-01", "--to", "2020-06-30", "--as-of", "2020-01-05"])
            #expect(
                group(early, "party")["total"] == 0 && group(early, "carried_over", "province")["pending_within_deadline"] == 1)
        }
    }
}
