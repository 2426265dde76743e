import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// The letter's DOCX, the same for the browser and the API: laid out from the draft as it stands, or as frozen
/// when it was issued.
enum UrgingFiles {
    static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    static func docx(_ urging: Urging, on db: Database, t: Localizer) async throws -> Response {
        let data: Data
        if let frozen = urging.frozenDOCX, urging.isIssued {
            data = frozen
        } else {
            let province = try await UrgingService.province(asOf: urging.cutOff, on: db, t: t)
            data = try UrgingDOCX.data(
                urging, lines: try await UrgingService.lines(of: urging, on: db), province: province)
        }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: contentType)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        let name = urging.notation.map { "cong-van-" + $0.replacingOccurrences(of: "/", with: "-") } ?? "du-thao-cong-van-don-doc"
        response.headers.contentDisposition = .init(.attachment, filename: name + ".docx")
        return response
    }

    /// How many tasks each letter lists.
    static func taskCounts(_ ids: [UUID], on db: Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty else { return [:] }
        return try await UrgingTask.query(on: db).filter(\.$urgingID ~~ ids).all()
            .reduce(into: [UUID: Int]()) { $0[$1.urgingID, default: 0] += 1 }
    }
}
