import DieuHanhCore
import Foundation
import Vapor

/// `dieuhanh stats programme --from … --to … --as-of … --format json` (CONTRACT): the columns (1)–(8) of the
/// work-programme appendix for a period and a cut-off, the same object as `GET /api/v1/stats/programme`.
struct StatsProgrammeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "Ngày đầu kỳ YYYY-MM-DD (hoặc tháng YYYY-MM)") var from: String?
        @Option(name: "to", help: "Ngày cuối kỳ YYYY-MM-DD (hoặc tháng YYYY-MM)") var to: String?
        @Option(name: "period", help: "Hoặc mã kỳ: 2020-H1, 2020-9M, 2020, 2020-Q2, 2020-M05") var period: String?
        @Option(name: "as-of", help: "Ngày chốt số liệu YYYY-MM-DD (mặc định hôm nay)") var asOf: String?
        @Option(name: "lead-unit", help: "Mã đơn vị chủ trì (gồm các đơn vị trực thuộc)") var leadUnit: String?
        @Flag(name: "by-unit", help: "Thêm số liệu từng đơn vị chủ trì") var byUnit: Bool
        @Option(name: "format", help: "json hoặc text (mặc định text)") var format: String?
    }

    var help: String { "Thống kê Chương trình công tác: các cột (1)–(8) của phụ lục cho một kỳ và ngày chốt" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let t = Localizer(language: .vi)
        let format = signature.format ?? "text"
        guard format == "json" || format == "text" else { throw CommandFailure("--format phải là json hoặc text") }
        let filter: ProgrammeStatsFilter
        do {
            filter = try await ProgrammeStatsFilter.parse(
                from: signature.from, to: signature.to, period: signature.period,
                asOf: signature.asOf, leadUnit: signature.leadUnit,
                today: CivilDate.today(now: app.config.now()), scope: .everything,
                on: app.db, t: t)
        } catch let failure as ValidationFailure {
            throw CommandFailure(failure.errors.map(\.message).joined(separator: "; "))
        }
        let result = try await ProgrammeStatistics.run(filter, on: app.db)
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let json = ProgrammeStatistics.json(result, byUnit: signature.byUnit)
            context.console.print(String(decoding: try encoder.encode(json), as: UTF8.self))
            return
        }
        let c = result.counts
        let months = filter.months
        context.console.print("Chương trình công tác \(months.label), số liệu chốt ngày \(VNFormat.date(filter.asOf)):")
        func line(_ label: String, _ value: String) {
            context.console.print("  \(label.padding(toLength: 44, withPad: " ", startingAt: 0)) \(value)")
        }
        line("(1) Giao đầu năm", VNFormat.integer(c.initial))
        line("(2) Giao thêm", VNFormat.integer(c.added))
        line("(3) Xin chuyển, xin rút", VNFormat.integer(c.movedOut))
        line("(4) Tổng số phải trình = (1) + (2) − (3)", VNFormat.integer(c.total))
        line("(5) Đã trình", VNFormat.integer(c.submitted))
        line("(6) Đã ban hành", VNFormat.integer(c.issued))
        line("(7) Chưa trình = (4) − (5)", VNFormat.integer(c.notSubmitted))
        line("(8) Tỷ lệ đã trình = (5) / (4)", c.rateText ?? "—")
        line("Trong đó trình muộn", VNFormat.integer(c.submittedLate))
        if signature.byUnit {
            for unit in result.units {
                let u = unit.counts
                context.console.print(
                    "  \(unit.unit.code): \(u.submitted)/\(u.total) (\(u.rateText ?? "—")), "
                        + "chưa trình \(u.notSubmitted), trình muộn \(u.submittedLate)")
            }
        }
        context.console.print(
            ReviewProse.programme(c, periodLabel: months.label, unfinished: result.unfinished.map(\.item.title)))
    }
}
