import DieuHanhApp
import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// The tasks CSV the benchmark imports (CONTRACT: `dieuhanh import tasks`), and its removal afterwards so that the
/// data stays as generated. Rows `IMP-…`, documents `…/KH-NHAP` of 2026, for the provinces other than the first.
extension BenchKit {
    static let importPrefix = "IMP-"
    static let importBody = "KH-NHAP"

    /// `rows` tasks, five to a document, July–September 2026, every CONTRACT column used, for the provinces
    /// other than the first of the `provinces` the dataset has (fewer than 34 below 340.000 tasks).
    public static func importCSV(rows: Int, provinces: Int) -> Data {
        var random = BenchRandom(seed: 20_260_701)
        let start = CivilDate(year: 2026, month: 7, day: 1)!
        var out =
            "ma,so_ky_hieu,ngay_van_ban,trich_yeu,co_quan_giao,noi_dung,don_vi_chu_tri,don_vi_phoi_hop,ngay_giao,"
            + "han_xu_ly,han_gia_han,ngay_duyet_gia_han,ngay_hoan_thanh,ngay_huy\n"
        out.reserveCapacity(rows * 200)
        for i in 0..<rows {
            let document = i / 5 + 1
            let province = document % (provinces - 1) + 1
            let issued = start.adding(days: document % 90)
            let assigned = random.chance(0.8) ? issued : issued.adding(days: random.int(1...3))
            let lead = random.pick(BenchUnits.departments).code
            var coordinator = ""
            if random.chance(0.3) {
                let other = random.pick(BenchUnits.departments).code
                if other != lead { coordinator = BenchUnits.departmentCode(province, other) }
            }
            let deadline = assigned.adding(days: random.pick([30, 60, 90]))
            let extended = random.chance(0.1)
            let completed = random.chance(0.5) ? assigned.adding(days: random.int(5...50)) : nil
            let cancelled = completed == nil && random.chance(0.02) ? assigned.adding(days: 7) : nil
            let n = String(i + 1)
            let fields: [String] = [
                importPrefix + String(repeating: "0", count: max(0, 6 - n.count)) + n,
                "\(document < 10 ? "0" : "")\(document)/\(importBody)", issued.iso,
                "\"Về việc \(random.pick(Generator.topics)), đợt \(document)\"", BenchUnits.provinceCode(province),
                "\"\(random.pick(Generator.actions)) \(random.pick(Generator.topics))\"",
                BenchUnits.departmentCode(province, lead), coordinator, assigned == issued ? "" : assigned.iso, deadline.iso,
                extended ? deadline.adding(days: 30).iso : "", extended ? assigned.adding(days: 10).iso : "",
                completed?.iso ?? "", cancelled?.iso ?? "",
            ]
            out += fields.joined(separator: ",") + "\n"
        }
        return Data(out.utf8)
    }

    /// How many of the benchmark's provinces the database holds.
    public static func provincesPresent(_ app: Application) async throws -> Int {
        let codes = (0..<BenchUnits.provinceCount).map { BenchUnits.provinceCode($0) }
        return try await OrgUnit.query(on: app.db).filter(\.$code ~~ codes).count()
    }

    /// Deletes the imported tasks with their events, status spans, coordinators and documents (the audit log
    /// keeps its entries: it is never edited). Returns what was removed, for the output.
    public static func removeImported(_ app: Application) async throws -> String {
        try await app.write { db in
            let sql = db as! SQLDatabase
            let tasks = SQLRaw("(SELECT id FROM \(TaskItem.schema) WHERE ma LIKE '\(importPrefix)%')")
            let ids = try await sql.select().column("id").from(TaskItem.schema).where("ma", .like, SQLBind(importPrefix + "%"))
                .all().map { try $0.decode(column: "id", as: UUID.self) }
            try await sql.delete(from: TaskEventRecord.schema).where("task_id", .in, tasks).run()
            try await sql.delete(from: TaskCoordinator.schema).where("task_id", .in, tasks).run()
            try await sql.delete(from: TaskItem.schema).where("ma", .like, SQLBind(importPrefix + "%")).run()
            // The tasks are gone: their spans go, and the running totals with them.
            try await TaskStatusIndex.refresh(ids, on: db)
            let removed = ids.count
            try await sql.delete(from: Document.schema).where("notation", .like, SQLBind("%/" + importBody)).run()
            return "\(VNFormat.integer(removed)) nhiệm vụ nhập"
        }
    }
}
