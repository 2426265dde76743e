import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// `dieuhanh import programme FILE.csv` (CONTRACT: programme CSV).
@Suite("Work programme: CSV import")
struct ProgrammeImportTests {
    static let header =
        "ma,ten,don_vi_chu_tri,trinh_cap,thang_ke_hoach,nguon,ngay_bo_sung,ngay_trinh,ngay_ban_hanh,ngay_rut,"
        + "thang_chuyen_den,ngay_chuyen"

    func file(_ lines: String...) -> String {
        let path = NSTemporaryDirectory() + "dieuhanh-ct-\(UUID().uuidString).csv"
        _ = FileManager.default.createFile(atPath: path, contents: Data(([Self.header] + lines).joined(separator: "\n").utf8))
        return path
    }

    func failure(_ app: Application, _ path: String) async throws -> String {
        do {
            _ = try await runCommand(app, ["import", "programme", path])
        } catch let failure as CommandFailure {
            return failure.description
        }
        Issue.record("the import should have failed")
        return ""
    }

    @Test func importsFactsAsEventsOnTheirOwnDatesAndTwiceChangesNothing() async throws {
        try await withTestApp { app in
            // setup
            _ = try await SmallProvince.make(app)
            let path = file(
                "CT-01,Báo cáo tình hình kinh tế - xã hội quý I,STC,TU,2026-03,dau_nam,,25/03/2026,03/04/2026,,,",
                "CT-02,Nghị quyết quy định mức chi,SNV,HDND,2026-04,bo_sung,2026-02-10,,,,2026-07,2026-04-20",
                "CT-03,\"Đề án sắp xếp, tổ chức lại\",CCVT,ttubnd,2026-05,dau_nam,,,,2026-05-02,,"
            )
            defer { try? FileManager.default.removeItem(atPath: path) }
            // act
            let printed = try await runCommand(app, ["import", "programme", path])
            // check
            #expect(printed.contains("3 nội dung mới, 0 cập nhật, 0 không đổi"))
            let items = try await ProgrammeItem.query(on: app.db).sort(\.$ma).all()
            #expect(items.map(\.ma) == ["CT-01", "CT-02", "CT-03"])
            #expect(items[0].itemKind == .report && items[1].itemKind == .draftResolution && items[2].itemKind == .scheme)
            #expect(items[2].itemBody == .committeeStanding && items[2].title == "Đề án sắp xếp, tổ chức lại")
            #expect(items[1].addedOn == "2026-02-10" && items[1].itemOrigin == .added)
            let events = try await ProgrammeEventRecord.query(on: app.db).all()
            #expect(events.count == 4)
            #expect(events.allSatisfy { $0.recordedOn == $0.effectiveOn })
            let postponement = try #require(events.first { $0.kind == "postponement_approved" })
            #expect(postponement.newMonth == "2026-07" && postponement.recordedOn == "2026-04-20")
            // Q2 as of 30/06/2026: CT-02 (added, postponed to July) and CT-03 (withdrawn) leave; nothing is due.
            let q2 = try await runCommand(
                app, ["stats", "programme", "--period", "2026-Q2", "--as-of", "2026-06-30", "--format", "json"])
            #expect(
                q2.contains("\"initial\":1") && q2.contains("\"added\":1") && q2.contains("\"moved_out\":2")
                    && q2.contains("\"total\":0"))

            let audit = try await AuditEntry.query(on: app.db).count()
            let again = try await runCommand(app, ["import", "programme", path])
            #expect(again.contains("0 nội dung mới, 0 cập nhật, 3 không đổi"))
            #expect(try await ProgrammeEventRecord.query(on: app.db).count() == 4)
            #expect(try await AuditEntry.query(on: app.db).count() == audit)
        }
    }

    @Test func aChangedRowUpdatesAndAddsItsNewFactsOnly() async throws {
        try await withTestApp { app in
            _ = try await SmallProvince.make(app)
            let first = file("CT-01,Báo cáo quý I,STC,UBND,2026-03,dau_nam,,,,,,")
            let second = file("CT-01,Báo cáo tình hình quý I,STC,UBND,2026-03,dau_nam,,2026-03-28,,,,")
            defer { for f in [first, second] { try? FileManager.default.removeItem(atPath: f) } }
            _ = try await runCommand(app, ["import", "programme", first])
            let printed = try await runCommand(app, ["import", "programme", second])
            #expect(printed.contains("0 nội dung mới, 1 cập nhật, 0 không đổi"))
            let item = try #require(try await ProgrammeItem.query(on: app.db).first())
            #expect(item.title == "Báo cáo tình hình quý I" && item.version == 2)
            #expect(try await ProgrammeEventRecord.query(on: app.db).all().map(\.kind) == ["submitted"])
        }
    }

    @Test(arguments: [
        ("CT-1,Báo cáo,SNV,UBND,2026-05,dau_nam,,,,,2026-04,2026-04-10", "thang_chuyen_den phải sau thang_ke_hoach"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,dau_nam,,,,,2026-05,2026-04-10", "thang_chuyen_den phải sau thang_ke_hoach"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,bo_sung,2026-03-10,2026-03-01,,,,", "ngay_trinh trước ngay_bo_sung"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,dau_nam,,2025-12-30,,,,", "ngay_trinh trước ngày 01/01/2026"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,dau_nam,,2026-05-10,2026-05-09,,,", "ngay_ban_hanh trước ngay_trinh"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,dau_nam,,,2026-05-09,,,", "có ngay_ban_hanh thì phải có ngay_trinh"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,dau_nam,,,,,2026-07,", "thang_chuyen_den và ngay_chuyen phải đi cùng nhau"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,dau_nam,,,,,2028-01,2026-04-10", "thang_chuyen_den chỉ đến hết năm 2027"),
        ("CT-1,Báo cáo,SNV,QH,2026-05,dau_nam,,,,,,", "trinh_cap “QH” không hợp lệ"),
        ("CT-1,Báo cáo,SNV,UBND,05/2026x,dau_nam,,,,,,", "thang_ke_hoach “05/2026x” không phải tháng"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,giua_nam,,,,,,", "nguon “giua_nam” không hợp lệ"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,bo_sung,,,,,,", "nguon bo_sung cần ngay_bo_sung"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,dau_nam,2026-02-01,,,,,", "ngay_bo_sung chỉ dùng với nguon bo_sung"),
        ("CT-1,Báo cáo,SNV,UBND,2026-03,bo_sung,2026-04-01,,,,,", "thang_ke_hoach trước tháng của ngay_bo_sung"),
        ("CT-1,Báo cáo,SNV,UBND,2026-05,dau_nam,,2026-05-01,2026-05-02,2026-05-03,,", "nội dung đã ban hành không thể rút"),
        ("CT-1,Báo cáo,KHONGCO,UBND,2026-05,dau_nam,,,,,,", "không có đơn vị mã “KHONGCO”"),
        ("CT-1,,SNV,UBND,2026-05,dau_nam,,,,,,", "thiếu ten"),
    ])
    func aBadRowStopsTheImportWithItsLine(_ row: String, _ reason: String) async throws {
        try await withTestApp { app in
            _ = try await SmallProvince.make(app)
            let path = file("CT-0,Báo cáo đúng,SNV,UBND,2026-05,dau_nam,,,,,,", row)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let message = try await failure(app, path)
            #expect(message.contains("Dòng 3: \(reason)"), "\(message)")
            #expect(message.contains("không có dữ liệu nào được ghi"))
            #expect(try await ProgrammeItem.query(on: app.db).count() == 0)
            #expect(try await Programme.query(on: app.db).count() == 0)
        }
    }

    @Test func unknownColumnsAndDuplicatesAreRefused() async throws {
        try await withTestApp { app in
            _ = try await SmallProvince.make(app)
            let path = NSTemporaryDirectory() + "dieuhanh-ct-\(UUID().uuidString).csv"
            _ = FileManager.default.createFile(
                atPath: path, contents: Data("ma,ten,don_vi_chu_tri,trinh_cap,thang_ke_hoach,nguon,han\n".utf8))
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(try await failure(app, path).contains("han"))
            let twice = file("CT-1,A,SNV,UBND,2026-05,dau_nam,,,,,,", "CT-1,B,SNV,UBND,2026-05,dau_nam,,,,,,")
            defer { try? FileManager.default.removeItem(atPath: twice) }
            #expect(try await failure(app, twice).contains("ma “CT-1” đã có ở dòng 2"))
        }
    }
}

/// Issue 13, item 11: the import refuses what the programme form refuses, by the same rules, with line and column.
extension ProgrammeImportTests {
    @Test func cellsTheFormRefusesStopTheImportWithLineColumnAndReason() async throws {
        try await withTestApp { app in
            // setup: today is 22/11/2026; line 2 is good, line 3 bad
            _ = try await SmallProvince.make(app)
            let good = "CT-01,Báo cáo quý I,STC,TU,2026-03,dau_nam,,,,,,"
            let cases: [(row: String, message: String)] = [
                (
                    "CT-02,Báo cáo quý II,STC,TU,9999-05,dau_nam,,,,,,",
                    "Dòng 3: cột thang_ke_hoach: Tháng phải trong các năm 1990 – 2100"
                ),
                ("CT-02,Báo cáo\u{0}quý II,STC,TU,2026-05,dau_nam,,,,,,", "Dòng 3: cột ten: Có ký tự điều khiển"),
                (
                    "CT-02,Báo cáo quý II,STC,TU,2026-05,dau_nam,,30/11/2026,,,,",
                    "Dòng 3: cột ngay_trinh: Ngày không được sau hôm nay"
                ),
                ("CT 02,Báo cáo quý II,STC,TU,2026-05,dau_nam,,,,,,", "Dòng 3: cột ma: Mã chỉ được gồm"),
            ]
            for (row, message) in cases {
                let path = file(good, row)
                defer { try? FileManager.default.removeItem(atPath: path) }
                // act
                let printed = try await failure(app, path)
                // check
                #expect(printed.contains(message), "\(printed) ≠ \(message)")
            }
            let items = try await ProgrammeItem.query(on: app.db).count()
            let programmes = try await Programme.query(on: app.db).count()
            #expect(items == 0)
            #expect(programmes == 0)
        }
    }
}
