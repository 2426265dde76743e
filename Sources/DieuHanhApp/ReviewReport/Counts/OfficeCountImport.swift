import DieuHanhCore
import Fluent
import Vapor

/// `dieuhanh import counts FILE.csv` and the page's upload (CONTRACT: `tu_ngay, den_ngay, loai, ma, so_luong`):
/// counts the office takes from the e-office system, for the report whose period is exactly `tu_ngay`–`den_ngay`.
/// `loai` is `van_ban_di` (with `ma` a document type: QPPL, QĐ, CT, KH, TTr, BC, TB, CV, KHAC), `van_ban_den` (no
/// `ma`) or `cuoc_hop` (with `ma` a meeting kind: thuong_ky, chuyen_de, bat_thuong, hoi_nghi, giao_ban, lam_viec). A
/// row replaces the count entered before for its period, category and code; a bad row stops the import with its
/// line and nothing of the file is written.
enum OfficeCountImport: CSVImport {
    struct Row: Equatable, Sendable {
        let line: Int
        let from: CivilDate
        let to: CivilDate
        let entry: OfficeCountEntry
    }

    static let required = ["tu_ngay", "den_ngay", "loai", "so_luong"]
    static let optional = ["ma"]

    static func read(_ cells: CSVFields, today: CivilDate, reading: inout ImportKeys) throws -> Row {
        let fail = cells.fail
        guard let from = try cells.date("tu_ngay") else { throw fail("thiếu tu_ngay") }
        guard let to = try cells.date("den_ngay") else { throw fail("thiếu den_ngay") }
        if to < from { throw fail("den_ngay \(VNFormat.date(to)) trước tu_ngay \(VNFormat.date(from))") }
        let kindText = try cells.text("loai")
        guard let category = OfficeCountCategory(rawValue: kindText.lowercased()) else {
            throw fail("loai “\(kindText)” phải là van_ban_di, van_ban_den hoặc cuoc_hop")
        }
        let typed = cells.optional("ma") ?? ""
        guard let code = OfficeCounts.canonicalCode(typed, in: category) else {
            switch category {
            case .received: throw fail("văn bản đến không có mã; để trống cột ma")
            case .issued:
                throw fail("mã loại văn bản “\(typed)” không có; dùng \(OfficeCounts.issuedCodes.joined(separator: ", "))")
            case .meetings:
                throw fail("loại cuộc họp “\(typed)” không có; dùng \(category.codes.joined(separator: ", "))")
            }
        }
        let countText = try cells.text("so_luong")
        guard let count = OfficeCounts.parseCount(countText) else {
            throw fail("so_luong “\(countText)” phải là số nguyên từ 0 đến \(VNFormat.integer(OfficeCounts.maximum))")
        }
        try reading.claim("\(from.iso)|\(to.iso)|\(category.rawValue)|\(code)", line: cells.line) { first in
            fail("trùng kỳ, loại và mã với dòng \(first)")
        }
        return Row(line: cells.line, from: from, to: to, entry: OfficeCountEntry(category: category, code: code, count: count))
    }

    static func write(_ rows: [Row], actor: AuditActor, now: Date, on db: Database) async throws -> ImportSummary {
        var summary = ImportSummary()
        let periods = Dictionary(grouping: rows) { "\($0.from.iso)|\($0.to.iso)" }
        for key in periods.keys.sorted() {
            let group = periods[key]!
            let part = try await OfficeCountService.save(
                group.map(\.entry), from: group[0].from, to: group[0].to, actor: actor, now: now, on: db)
            summary.created += part.created
            summary.updated += part.updated
            summary.unchanged += part.unchanged
        }
        return summary
    }
}
