import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// A province whose departments have the Government's tasks, two of them overdue on 20/11/2026 (today in the
/// tests is 22/11/2026), with the office ("vanphong").
struct UrgingSetup {
    let p: SmallProvince

    /// Sở Nội vụ's task, 20 days overdue on 20/11/2026.
    static let first = "Rà soát, sắp xếp các đơn vị sự nghiệp công lập"
    /// Sở Tài chính's task, 1 day overdue on 20/11/2026.
    static let second = "Báo cáo tình hình giải ngân vốn đầu tư công"

    static func make(_ app: Application) async throws -> UrgingSetup {
        let p = try await SmallProvince.make(app)
        _ = try await makeUnit(app, "CP", "Chính phủ", kind: .government)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        let csv =
            "ma,so_ky_hieu,ngay_van_ban,co_quan_giao,noi_dung,don_vi_chu_tri,han_xu_ly,ngay_hoan_thanh,ngay_huy\n"
            + "U1,15/NQ-CP,2026-09-01,CP,\"\(first)\",SNV,2026-10-31,,\n"
            + "U2,15/NQ-CP,2026-09-01,CP,\(second),STC,2026-11-19,,\n"
            + "U3,15/NQ-CP,2026-09-01,CP,Việc còn trong hạn,STC,2026-12-31,,\n"
            + "U4,15/NQ-CP,2026-09-01,CP,Việc đã xong,SNV,2026-10-01,2026-09-20,\n"
        _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
        return UrgingSetup(p: p)
    }

    static func task(_ ma: String, _ app: Application) async throws -> TaskItem {
        try #require(try await TaskItem.query(on: app.db).filter(\.$ma == ma).first())
    }

    static var draft: [String: Any] { ["units": ["SNV", "STC"], "as_of": "2026-11-20"] }

    static var issue: [String: Any] {
        [
            "notation": "120/UBND-TH", "date": "2026-11-22", "signer": "Nguyễn Văn An", "signer_title": "Phó Chủ tịch",
            "authority": "KT.",
        ]
    }
}
