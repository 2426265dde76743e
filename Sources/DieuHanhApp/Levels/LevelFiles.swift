import DieuHanhCore
import Fluent
import Foundation

/// Files that cross with a message (a report's files, a task step's result document): checked on arrival as an
/// upload is, then stored and recorded as the step's attachments in the step's transaction.
enum LevelFiles {
    /// The files of a message, checked as uploads are: each of an accepted kind by its bytes (no presentations for
    /// reports), none empty, all within one message's allowance.
    static func accept(_ files: [LevelFileBody]) throws -> [AcceptedFile] {
        var accepted: [AcceptedFile] = []
        for file in files {
            let name = FileName.sanitized(file.name)
            guard let data = Data(base64Encoded: file.data), !data.isEmpty, data.count <= AttachmentService.maxFileBytes,
                let kind = FileKind.sniff(data, fileName: name), kind != .pptx
            else { throw LevelRefused(refusal: .malformed, detail: name) }
            accepted.append(AcceptedFile(fileName: name, kind: kind, data: data))
        }
        guard accepted.count <= AttachmentService.maxFilesPerUpload, LevelFileAllowance.fits(accepted.map(\.data.count))
        else { throw LevelRefused(refusal: .malformed) }
        return accepted
    }

    /// Stores `files` and records them as attachments of `ownerID`, each audited with its size and digest; the files
    /// are removed again if the transaction fails.
    static func attach(
        _ files: [AcceptedFile], owner: Attachment.OwnerKind, ownerID: UUID, actor: AuditActor, store: FileStore,
        now: Date, on db: Database
    ) async throws {
        guard !files.isEmpty else { return }
        try await AttachmentService.storing(files, in: store) { stored in
            try await AttachmentService.record(
                stored, owner: owner, ownerID: ownerID, actor: actor, uploadedBy: (nil, actor.name), now: now, on: db)
        }
    }
}
