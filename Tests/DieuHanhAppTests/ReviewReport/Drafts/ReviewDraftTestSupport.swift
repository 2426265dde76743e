import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import ZIPFoundation

@testable import DieuHanhApp

/// A province with the Government's tasks in the first half of 2020, and the office, a leader, a viewer and a unit
/// officer, for the review report drafts' tests.
struct DraftSetup {
    let p: SmallProvince

    static let period = ["from": "2020-01-01", "to": "2020-06-30", "as_of": "2020-06-14"]

    static func make(_ app: Application) async throws -> DraftSetup {
        let p = try await SmallProvince.make(app)
        _ = try await makeUnit(app, "CP", "Chính phủ", kind: .government)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        try await makeUser(app, "lanhdao", role: .leader, unit: p.ubnd)
        try await makeUser(app, "xem", role: .viewer)
        try await importTasks(
            app,
            // Two of the Government's tasks in the period: one done on time, one overdue at the cut-off.
            "D1,10/NQ-CP,2020-02-01,CP,Việc một,SNV,2020-04-30,2020-04-01,\n"
                + "D2,10/NQ-CP,2020-02-01,CP,Việc hai,STC,2020-05-30,,\n")
        return DraftSetup(p: p)
    }

    static func importTasks(_ app: Application, _ rows: String) async throws {
        let csv = "ma,so_ky_hieu,ngay_van_ban,co_quan_giao,noi_dung,don_vi_chu_tri,han_xu_ly,ngay_hoan_thanh,ngay_huy\n" + rows
        _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
    }

    static var issue: [String: Any] {
        [
            "notation": "489/BC-UBND", "date": "2020-06-15", "signer": "Trần Thanh Liêm", "signer_title": "Chủ tịch",
            "authority": "TM.",
        ]
    }
}

/// One part of a zip (a DOCX, the package) as text.
func zipPart(_ data: Data, _ entry: String) throws -> String {
    let archive = try Archive(data: data, accessMode: .read)
    var out = Data()
    _ = try archive.extract(try #require(archive[entry])) { out.append($0) }
    return String(decoding: out, as: UTF8.self)
}
