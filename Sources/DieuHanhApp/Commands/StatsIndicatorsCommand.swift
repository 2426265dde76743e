import DieuHanhCore
import Fluent
import Vapor

/// `dieuhanh stats indicators --year YYYY --as-of YYYY-MM-DD --format json|text` (CONTRACT), or a plan for several
/// years with `--plan 2021-2025` instead of `--year`.
struct StatsIndicatorsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "year", help: "Năm kế hoạch YYYY (mặc định: năm của ngày chốt)") var year: String?
        @Option(name: "plan", help: "Kế hoạch giai đoạn YYYY-YYYY, thay cho --year") var plan: String?
        @Option(name: "as-of", help: "Ngày chốt số liệu YYYY-MM-DD (mặc định hôm nay)") var asOf: String?
        @Option(name: "format", help: "json hoặc text (mặc định text)") var format: String?
    }

    var help: String { "Chỉ tiêu kinh tế - xã hội của một năm tại ngày chốt: đạt, không đạt, có nguy cơ, chưa có số liệu" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let format = signature.format ?? "text"
        guard format == "json" || format == "text" else { throw CommandFailure("--format phải là json hoặc text") }
        if let plan = signature.plan {
            guard signature.year == nil else { throw CommandFailure("dùng --year hoặc --plan, không dùng cả hai") }
            try await runPlan(plan, context: context, signature: signature, format: format)
            return
        }
        let stats: IndicatorStatsJSON
        do {
            stats = try await IndicatorStatistics.json(
                year: signature.year, asOf: signature.asOf,
                today: CivilDate.today(now: app.config.now()), on: app.db,
                t: Localizer(language: .vi))
        } catch let failure as ValidationFailure {
            throw CommandFailure(failure.errors.map(\.message).joined(separator: "; "))
        }
        if format == "json" {
            context.console.print(String(decoding: try stats.data(), as: UTF8.self))
        } else {
            for line in IndicatorStatistics.text(stats) { context.console.print(line) }
        }
    }

    private func runPlan(_ plan: String, context: CommandContext, signature: Signature, format: String) async throws {
        let app = context.application
        let stats: IndicatorPlanStatsJSON
        do {
            stats = try await IndicatorStatistics.planJSON(
                plan: plan, asOf: signature.asOf, today: CivilDate.today(now: app.config.now()), on: app.db,
                t: Localizer(language: .vi))
        } catch let failure as ValidationFailure {
            throw CommandFailure(failure.errors.map(\.message).joined(separator: "; "))
        }
        if format == "json" {
            context.console.print(String(decoding: try stats.data(), as: UTF8.self))
        } else {
            for line in IndicatorStatistics.text(stats) { context.console.print(line) }
        }
    }
}
