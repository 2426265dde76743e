import DieuHanhCore
import Foundation
import Vapor

/// `dieuhanh import units FILE.csv`, `dieuhanh import tasks FILE.csv` (and, as the modules arrive, programme,
/// indicators, actuals, the review report's counts).
struct ImportCommands: AsyncCommandGroup {
    var help: String { "Nhập dữ liệu từ tệp CSV (CONTRACT.md)" }
    var commands: [String: any AnyAsyncCommand] {
        [
            "units": ImportFileCommand(
                help: "Nhập cây đơn vị; tạo mới hoặc cập nhật theo mã (code)", noun: "đơn vị",
                importer: UnitImport.run),
            "tasks": ImportFileCommand(
                help: "Nhập nhiệm vụ; tạo mới hoặc cập nhật theo mã (ma), tạo văn bản còn thiếu",
                noun: "nhiệm vụ", importer: { try await TaskImport.run(data: $0, actor: $1, app: $2) }),
            "tracker": ImportFileCommand(
                help: "Nhập tệp xuất (.xlsx hoặc .csv) từ hệ thống theo dõi nhiệm vụ của Chính phủ theo cách đọc Văn phòng "
                    + "đã lưu; tạo mới hoặc cập nhật theo mã nhiệm vụ của hệ thống",
                noun: "nhiệm vụ", importer: TrackerImport.runWithSavedMapping),
            "programme": ImportFileCommand(
                help: "Nhập Chương trình công tác; tạo mới hoặc cập nhật theo mã (ma), tạo chương trình năm còn thiếu",
                noun: "nội dung", importer: ProgrammeImport.run),
            "indicators": ImportFileCommand(
                help: "Nhập chỉ tiêu KT-XH theo năm; tạo mới hoặc cập nhật theo mã (code) và năm (year)",
                noun: "kế hoạch chỉ tiêu", importer: IndicatorImport.run),
            "actuals": ImportFileCommand(
                help: "Nhập số liệu thực hiện chỉ tiêu (code, period, value, kind, recorded_on); không ghi đè số liệu đã có",
                noun: "số liệu", importer: IndicatorActualImport.run),
            "counts": ImportFileCommand(
                help: "Nhập số văn bản đi, văn bản đến, cuộc họp của kỳ báo cáo (tu_ngay, den_ngay, loai, ma, so_luong); "
                    + "thay số đã nhập cùng kỳ, loại và mã",
                noun: "số liệu", importer: OfficeCountImport.run),
        ]
    }
}

/// Reads a CSV file and hands it to an importer; a bad row becomes one line on stderr and nothing is written.
struct ImportFileCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Tệp CSV theo CONTRACT.md")
        var file: String
    }

    let help: String
    /// What the file holds, for the summary line ("đơn vị", "nhiệm vụ").
    let noun: String
    let importer: @Sendable (Data, AuditActor, Application) async throws -> ImportSummary

    func run(using context: CommandContext, signature: Signature) async throws {
        // Mapped: an importer that streams (the tasks') reads the file as it goes instead of holding it.
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: signature.file), options: .alwaysMapped) else {
            throw CommandFailure("không đọc được tệp \(signature.file)")
        }
        do {
            let summary = try await importer(data, .commandLine, context.application)
            context.console.print(
                "Đã nhập \(signature.file): \(summary.created) \(noun) mới, \(summary.updated) cập nhật, "
                    + "\(summary.unchanged) không đổi.")
        } catch let error as CSVError {
            throw CommandFailure("\(signature.file): \(error.description); không có dữ liệu nào được ghi")
        }
    }
}
