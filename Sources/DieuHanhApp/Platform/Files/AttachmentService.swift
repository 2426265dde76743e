import DieuHanhCore
import Fluent
import Vapor

/// An uploaded file that passed the checks, not yet on disk.
struct AcceptedFile: Sendable {
    var fileName: String
    var kind: FileKind
    var data: Data
}

/// An accepted file written to the file store, waiting for its row.
struct StoredFile: Sendable {
    var file: AcceptedFile
    var storagePath: String
}

/// Attachments: checks uploads, stores them so that no file outlives a failed transaction, records their rows.
enum AttachmentService {
    static let maxFileBytes = 20 * 1024 * 1024
    static let maxFilesPerUpload = 10
    /// A multipart body may carry this much: every file at its limit, plus the form's text.
    static let maxRequestBytes = maxFilesPerUpload * maxFileBytes + 1024 * 1024

    /// Checks each uploaded file (an empty file input is ignored); every problem is reported under `field`.
    static func accept(_ uploads: [File], field: String = "files", t: Localizer) -> ([AcceptedFile], [FieldError]) {
        var accepted: [AcceptedFile] = []
        var errors: [FieldError] = []
        let real = uploads.filter { !$0.filename.isEmpty || $0.data.readableBytes > 0 }
        if real.count > maxFilesPerUpload {
            return ([], [.init(field: field, message: t(T.attachmentTooMany, String(maxFilesPerUpload)))])
        }
        for upload in real {
            let name = FileName.sanitized(upload.filename)
            let data = Data(upload.data.readableBytesView)
            if data.isEmpty {
                errors.append(.init(field: field, message: t(T.attachmentEmpty, name)))
            } else if data.count > maxFileBytes {
                errors.append(.init(field: field, message: t(T.attachmentTooLarge, name, String(maxFileBytes / 1024 / 1024))))
            } else if let kind = FileKind.sniff(data, fileName: name) {
                accepted.append(AcceptedFile(fileName: name, kind: kind, data: data))
            } else {
                errors.append(.init(field: field, message: t(T.attachmentKindRefused, name)))
            }
        }
        return (accepted, errors)
    }

    /// Writes the files, then runs `work` (which records their rows in a transaction). If `work` fails the files
    /// are removed again, so the disk never holds a file no row points to.
    @discardableResult
    static func storing<T>(
        _ files: [AcceptedFile], in store: FileStore,
        _ work: ([StoredFile]) async throws -> T
    ) async throws -> T {
        var stored: [StoredFile] = []
        do {
            for file in files { stored.append(StoredFile(file: file, storagePath: try store.write(file.data))) }
            return try await work(stored)
        } catch {
            for file in stored { store.remove(file.storagePath) }
            throw error
        }
    }

    /// The rows for stored files, with an audit entry each.
    @discardableResult
    static func record(
        _ files: [StoredFile], owner: Attachment.OwnerKind, ownerID: UUID, user: UserAccount, now: Date,
        on db: Database
    ) async throws -> [Attachment] {
        try await record(
            files, owner: owner, ownerID: ownerID, actor: AuditActor(user), uploadedBy: (user.id, user.username), now: now,
            on: db)
    }

    /// The rows for stored files uploaded by `uploadedBy` (no account for a file another deployment sent), each
    /// audited as done by `actor`.
    @discardableResult
    static func record(
        _ files: [StoredFile], owner: Attachment.OwnerKind, ownerID: UUID, actor: AuditActor,
        uploadedBy: (id: UUID?, name: String), now: Date, on db: Database
    ) async throws -> [Attachment] {
        var rows: [Attachment] = []
        for stored in files {
            let row = Attachment()
            row.ownerKind = owner.rawValue
            row.ownerID = ownerID
            row.fileName = stored.file.fileName
            row.contentType = stored.file.kind.contentType
            row.byteSize = stored.file.data.count
            row.sha256 = sha256Hex(stored.file.data)
            row.storagePath = stored.storagePath
            row.uploadedByID = uploadedBy.id
            row.uploadedByName = uploadedBy.name
            row.uploadedAt = now
            try await row.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, at: now, action: "attach", entity: "attachment", entityID: row.id,
                summary: row.fileName, before: Optional<AttachmentAudit>.none, after: AttachmentAudit(row))
            rows.append(row)
        }
        return rows
    }

    /// Attachments of the given owners, oldest first, grouped by owner.
    static func list(_ owner: Attachment.OwnerKind, ids: [UUID], on db: Database) async throws -> [UUID: [Attachment]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await Attachment.query(on: db).filter(\.$ownerKind == owner.rawValue).filter(\.$ownerID ~~ ids)
            .sort(\.$uploadedAt).sort(\.$fileName).all()
        return Dictionary(grouping: rows, by: \.ownerID)
    }
}

/// What the audit log keeps of an attachment: the facts, never the bytes.
struct AttachmentAudit: Encodable {
    var ownerKind: String
    var ownerID: UUID
    var fileName: String
    var contentType: String
    var byteSize: Int
    var sha256: String

    init(_ row: Attachment) {
        ownerKind = row.ownerKind
        ownerID = row.ownerID
        fileName = row.fileName
        contentType = row.contentType
        byteSize = row.byteSize
        sha256 = row.sha256
    }
}

extension Attachment {
    /// Whether the user may download it: the owner task must be visible to them; documents are open to every
    /// signed-in user, like the documents list.
    func isVisible(scope: AccessScope, on db: Database) async throws -> Bool {
        switch OwnerKind(rawValue: ownerKind) {
        case .document:
            return true
        case .taskEvent:
            guard let event = try await TaskEventRecord.find(ownerID, on: db),
                let task = try await TaskItem.find(event.taskID, on: db)
            else { return false }
            return try await TaskVisibility.canSee(task, scope: scope, on: db)
        case .reportSubmission, .reportRequest:
            return try await ReportAccess.canDownload(self, scope: scope, on: db)
        case nil:
            return false
        }
    }

    /// `Content-Disposition` that keeps a Vietnamese file name (RFC 6266 `filename*`) with an ASCII fallback.
    var contentDisposition: String {
        let ascii = VietnameseText.fold(fileName).replacingOccurrences(of: " ", with: "-")
            .filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        let encoded =
            fileName.addingPercentEncoding(
                withAllowedCharacters: CharacterSet(
                    charactersIn:
                        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")) ?? ascii
        return "attachment; filename=\"\(ascii.isEmpty ? "tep" : ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
