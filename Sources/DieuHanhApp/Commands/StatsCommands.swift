import DieuHanhCore
import Foundation
import Vapor

/// `dieuhanh stats tasks …` (CONTRACT) and `dieuhanh stats rebuild`.
struct StatsCommands: AsyncCommandGroup {
    var help: String { "Số liệu thống kê tại một ngày chốt" }
    var commands: [String: any AnyAsyncCommand] {
        [
            "tasks": StatsTasksCommand(), "indicators": StatsIndicatorsCommand(), "rebuild": StatsRebuildCommand(),
            "programme": StatsProgrammeCommand(),
        ]
    }
}

struct StatsTasksCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as-of", help: "Ngày chốt số liệu YYYY-MM-DD (mặc định hôm nay)") var asOf: String?
        @Option(name: "assigner", help: "Mã cơ quan giao") var assigner: String?
        @Option(name: "lead-unit", help: "Mã đơn vị chủ trì (gồm các đơn vị trực thuộc)") var leadUnit: String?
        @Option(name: "from", help: "Chỉ nhiệm vụ giao từ ngày YYYY-MM-DD") var from: String?
        @Option(name: "to", help: "Chỉ nhiệm vụ giao đến ngày YYYY-MM-DD") var to: String?
        @Option(name: "format", help: "json hoặc text (mặc định text)") var format: String?
    }

    var help: String { "Thống kê nhiệm vụ: bốn nhóm của VPCP và nhiệm vụ không thời hạn, số văn bản" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let t = Localizer(language: .vi)
        let format = signature.format ?? "text"
        guard format == "json" || format == "text" else { throw CommandFailure("--format phải là json hoặc text") }
        let filter: TaskStatsFilter
        do {
            filter = try await TaskStatsFilter.parse(
                asOf: signature.asOf, assigner: signature.assigner, leadUnit: signature.leadUnit,
                from: signature.from, to: signature.to,
                today: CivilDate.today(now: app.config.now()), scope: .everything,
                on: app.db, t: t)
        } catch let failure as ValidationFailure {
            throw CommandFailure(failure.errors.map(\.message).joined(separator: "; "))
        }
        let stats = try await TaskStatistics.json(filter, on: app.db)
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            context.console.print(String(decoding: try encoder.encode(stats), as: UTF8.self))
        } else {
            let counts = TaskCounts(
                completedOnTime: stats.completed_on_time, completedLate: stats.completed_late,
                pendingWithinDeadline: stats.pending_within_deadline, pendingOverdue: stats.pending_overdue,
                pendingNoDeadline: stats.pending_no_deadline)
            context.console.print(
                "Số liệu nhiệm vụ chốt ngày \(VNFormat.date(filter.asOf)): \(VNFormat.integer(stats.total)) nhiệm vụ "
                    + "trong \(VNFormat.integer(stats.documents)) văn bản")
            for bucket in TaskBucket.allCases {
                context.console.print("  \(bucket.label): \(VNFormat.integer(counts[bucket]))")
            }
            for kind in TaskRate.Kind.allCases {
                let rate = counts.rate(kind)
                context.console.print("  \(kind.label): \(VNFormat.percent(rate.numerator, of: rate.denominator) ?? "—")")
            }
        }
    }
}

struct StatsRebuildCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Tính lại chỉ mục trạng thái nhiệm vụ (sau khi sửa dữ liệu trực tiếp trong cơ sở dữ liệu)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.write { db in try await TaskStatusIndex.rebuildAll(on: db) }
        let spans = try await TaskStatusSpanRecord.query(on: app.db).count()
        context.console.print("Đã tính lại chỉ mục trạng thái: \(VNFormat.integer(spans)) đoạn.")
    }
}
