import DieuHanhCore
import Fluent
import Foundation
import Vapor
import ZIPFoundation

/// A draft's files, the same for the browser and the API: the DOCX, the XLSX of the appendices, and the package
/// sent up (both plus the figures as JSON). An issued report gives the files frozen when it was issued.
enum ReviewDraftFiles {
    enum Kind: String, CaseIterable {
        case docx, xlsx, package

        var fileExtension: String { self == .package ? "zip" : rawValue }

        var contentType: String {
            switch self {
            case .docx: ReviewReportRequest.Format.docx.contentType
            case .xlsx: ReviewReportRequest.Format.xlsx.contentType
            case .package: "application/zip"
            }
        }
    }

    static func response(_ kind: Kind, content: ReviewDraftContent, t: Localizer, on db: Database) async throws -> Response {
        let data = try await data(kind, content: content, t: t, on: db)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: kind.contentType)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        response.headers.contentDisposition = .init(.attachment, filename: fileName(content.draft, kind))
        return response
    }

    static func data(_ kind: Kind, content: ReviewDraftContent, t: Localizer, on db: Database) async throws -> Data {
        let draft = content.draft
        // A draft's report is built once and only the files asked for are laid out; an issued one's are stored.
        let report = draft.isIssued ? nil : try await ReviewDraftService.report(content, t: t, on: db)
        func docx() throws -> Data { try report.map(ReviewReportDOCX.data) ?? draft.frozenDOCX ?? Data() }
        func xlsx() throws -> Data { try report.map(ReviewReportXLSX.data) ?? draft.frozenXLSX ?? Data() }
        switch kind {
        case .docx: return try docx()
        case .xlsx: return try xlsx()
        case .package:
            let figures = try report.map { try $0.figures?.data() ?? Data() } ?? Data((draft.frozenFigures ?? "").utf8)
            return try package([
                (fileName(draft, .docx), try docx()), (fileName(draft, .xlsx), try xlsx()), ("so-lieu.json", figures),
            ])
        }
    }

    /// "bao-cao-489-BC-UBND-2020-12-31.docx" once issued, "du-thao-bao-cao-2020-01-01-2020-12-31-chot-2020-12-14.docx"
    /// before.
    static func fileName(_ draft: ReviewDraft, _ kind: Kind) -> String {
        let stem: String
        if let notation = draft.notation, let date = draft.issuedOn {
            stem = "bao-cao-" + VietnameseText.fold(notation).replacingOccurrences(of: "/", with: "-") + "-" + date
        } else {
            stem = "du-thao-bao-cao-\(draft.periodFrom)-\(draft.periodTo)-chot-\(draft.asOf)"
        }
        return stem + "." + kind.fileExtension
    }

    /// A zip of named files, with a fixed date so the same files give the same bytes.
    static func package(_ files: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, bytes) in files {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: Date(timeIntervalSince1970: 1_577_836_800), compressionMethod: .deflate,
                provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })
        }
        return archive.data ?? Data()
    }
}
