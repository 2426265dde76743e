import DieuHanhCore
import Foundation
import Vapor

/// `dieuhanh report review --from … --to … --as-of … --format docx|xlsx|html --output FILE` (CONTRACT), and
/// `--format json` for the figures alone (`ReviewFigures`).
struct ReportCommands: AsyncCommandGroup {
    var help: String { "Xuất báo cáo" }
    var commands: [String: any AnyAsyncCommand] { ["review": ReviewReportCommand()] }
}

struct ReviewReportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "Ngày đầu kỳ YYYY-MM-DD") var from: String?
        @Option(name: "to", help: "Ngày cuối kỳ YYYY-MM-DD") var to: String?
        @Option(name: "period", help: "Hoặc mã kỳ: 2020-H1, 2020-9M, 2020, 2020-Q2, 2020-M05") var period: String?
        @Option(name: "as-of", help: "Ngày chốt số liệu YYYY-MM-DD (mặc định cuối kỳ)") var asOf: String?
        @Option(name: "format", help: "docx, xlsx, html hoặc json (mặc định theo đuôi tệp)") var format: String?
        @Option(name: "output", help: "Tệp kết quả") var output: String?
        @Option(name: "province", help: "Mã đơn vị cấp tỉnh (mặc định đơn vị cấp tỉnh đầu tiên)") var province: String?
    }

    var help: String { "Báo cáo kiểm điểm công tác chỉ đạo, điều hành cho một kỳ và ngày chốt số liệu" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let t = Localizer(language: .vi)
        let output = signature.output ?? ""
        let formatName = signature.format ?? (output as NSString).pathExtension.lowercased()
        // The figures alone (CONTRACT): on standard output, or in the file given.
        let figuresOnly = formatName == "json"
        if output.isEmpty && !figuresOnly { throw CommandFailure("thiếu --output TỆP") }
        let format = ReviewReportRequest.Format(rawValue: formatName)
        if format == nil && !figuresOnly { throw CommandFailure("--format phải là docx, xlsx, html hoặc json") }
        let request: ReviewReportRequest
        do {
            request = try ReviewReportRequest.parse(
                period: signature.period, from: signature.from, to: signature.to,
                asOf: signature.asOf, today: CivilDate.today(now: app.config.now()), t: t)
        } catch let failure as ValidationFailure {
            throw CommandFailure(failure.errors.map(\.message).joined(separator: "; "))
        }
        let province: OrgUnit
        do {
            province = try await ReviewReportBuilder.province(code: signature.province, asOf: request.asOf, on: app.db)
        } catch ReviewReportBuilder.Failure.noProvince {
            throw CommandFailure(t(T.reviewNoProvince))
        }
        if figuresOnly {
            let figures = try await ReviewFigures.build(
                period: request.period, asOf: request.asOf, province: province, on: app.db)
            let data = try figures.data()
            if output.isEmpty {
                context.console.print(String(decoding: data, as: UTF8.self))
            } else {
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw CommandFailure("không ghi được tệp \(output)")
                }
            }
            return
        }
        let report = try await ReviewReportBuilder.build(
            period: request.period, asOf: request.asOf, province: province, on: app.db)
        let data = try ReviewReportRequest.render(report, as: format!)
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure("không ghi được tệp \(output)")
        }
        context.console.print(
            "Đã ghi \(output): báo cáo kiểm điểm \(request.period.label), chốt số liệu \(VNFormat.date(request.asOf)).")
        context.console.print(report.governmentHeadline)
    }
}
