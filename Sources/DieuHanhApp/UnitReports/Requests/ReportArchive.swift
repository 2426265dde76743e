import DieuHanhCore
import Fluent
import Foundation
import Vapor
import ZIPFoundation

/// The consolidation archive of a request: one folder per unit that sent its report ("<code> - <name>"), with
/// the files of the version in force under their original names and the written report as a text file, plus a
/// list of every unit and its status. Built in a temporary file, so a large archive never sits in memory.
enum ReportArchive {
    static func write(
        _ request: ReportRequest, statuses: [ReportProgress.UnitStatus], units: [UUID: OrgUnit], store: FileStore,
        on db: Database
    ) async throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dieuhanh-\(UUID().uuidString).zip")
        do {
            let archive = try Archive(url: url, accessMode: .create)
            let ordered = statuses.sorted { (units[$0.unitID]?.code ?? "") < (units[$1.unitID]?.code ?? "") }
            let versions = ordered.compactMap { $0.status?.isSubmitted == true ? $0.version?.id : nil }
            let files = try await AttachmentService.list(.reportSubmission, ids: versions, on: db)
            var index =
                CSVWriter.bom
                + CSVWriter.line([
                    "Mã đơn vị", "Tên đơn vị", "Trạng thái", "Ngày gửi", "Số ngày trễ", "Số tệp",
                    "Thư mục",
                ])
            for status in ordered {
                guard let unit = units[status.unitID], let snapshot = status.snapshot else { continue }
                var folderName = ""
                var count = 0
                if snapshot.status.isSubmitted, let version = status.version {
                    let folder = ReportArchiveNaming.folder(unitCode: unit.code, unitName: unit.name)
                    let attachments = files[version.id!] ?? []
                    let text = version.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    let names = ReportArchiveNaming.entries(
                        folder: folder, fileNames: attachments.map(\.fileName), withText: !text.isEmpty)
                    for (file, path) in zip(attachments, names.files) {
                        let source = store.root.appendingPathComponent(file.storagePath)
                        guard !file.storagePath.contains(".."), FileManager.default.fileExists(atPath: source.path) else {
                            continue
                        }
                        try archive.addEntry(with: path, fileURL: source, compressionMethod: .deflate)
                    }
                    if let path = names.text {
                        let data = Data(
                            (textHeader(request, unit: unit, snapshot: snapshot, version: version) + text + "\r\n").utf8)
                        try archive.addEntry(
                            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
                        ) {
                            position, size in data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
                        }
                    }
                    folderName = folder
                    count = attachments.count
                }
                index += CSVWriter.line([
                    unit.code, unit.name, snapshot.status.label, snapshot.submittedOn.map(VNFormat.date) ?? "",
                    snapshot.daysLate.map(String.init) ?? "", String(count), folderName,
                ])
            }
            let data = Data(index.utf8)
            try archive.addEntry(
                with: ReportArchiveNaming.indexFileName, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
            return url
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }

    private static func textHeader(
        _ request: ReportRequest, unit: OrgUnit, snapshot: ReportSubmissionSnapshot,
        version: ReportSubmissionRecord
    ) -> String {
        let sent = snapshot.submittedOn.map(VNFormat.date) ?? ""
        let late = snapshot.daysLate.map { " (quá hạn \($0) ngày)" } ?? ""
        return CSVWriter.bom + "Báo cáo: \(request.title)\r\nĐơn vị: \(unit.name)\r\nNgày gửi: \(sent)\(late)\r\n"
            + "Người gửi: \(version.actorName)\r\n\r\n"
    }

    /// "bao-cao-4049-UBND-TH.zip" with the Vietnamese name in `filename*`.
    static func contentDisposition(_ request: ReportRequest) -> String {
        let base = "Báo cáo " + (request.notation ?? request.title) + (request.periodCode.map { " " + $0 } ?? "")
        let name = String(base.map { "/\\:*?\"<>|".contains($0) ? "-" : $0 }.prefix(120)) + ".zip"
        let ascii = VietnameseText.fold(name).replacingOccurrences(of: " ", with: "-")
            .filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        let encoded =
            name.addingPercentEncoding(
                withAllowedCharacters: CharacterSet(
                    charactersIn:
                        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
