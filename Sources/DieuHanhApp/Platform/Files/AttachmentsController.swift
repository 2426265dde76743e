import DieuHanhCore
import Fluent
import Vapor

/// Downloading an attachment (only for those who may see its owner) and attaching files to a document.
struct AttachmentsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("attachments", ":attachmentID", use: download)
        routes.grouped(RequireRole.office).on(
            .POST, "documents", ":documentID", "attachments", body: .collect(maxSize: ReportRequestsController.maxUpload),
            use: attachToDocument
        )
        .acceptsUploads(from: UploadAllowance.office)
    }

    func download(req: Request) async throws -> Response {
        try await Self.send(req.parameters.get("attachmentID", as: UUID.self), req)
    }

    /// The file, or 404 when it does not exist or its owner is out of the caller's sight (no hint which).
    static func send(_ id: UUID?, _ req: Request) async throws -> Response {
        guard let id, let row = try await Attachment.find(id, on: req.db),
            try await row.isVisible(scope: try await req.accessScope(), on: req.db)
        else { throw Abort(.notFound) }
        let data = try req.fileStore.read(row.storagePath)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: row.contentType)
        response.headers.replaceOrAdd(name: .contentDisposition, value: row.contentDisposition)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    func attachToDocument(req: Request) async throws -> Response {
        struct Form: Content { var files: [File]? }
        guard let id = req.parameters.get("documentID", as: UUID.self), let document = try await Document.find(id, on: req.db)
        else { throw Abort(.notFound) }
        let t = req.t
        let user = try req.requireUser()
        let (files, errors) = AttachmentService.accept((try? req.content.decode(Form.self))?.files ?? [], t: t)
        let problems = errors.isEmpty && files.isEmpty ? [FieldError(field: "files", message: t(T.attachmentNoneChosen))] : errors
        guard problems.isEmpty else {
            return try await DocumentsController.page(req, document: document, errors: problems, status: .unprocessableEntity)
        }
        let now = req.now
        try await AttachmentService.storing(files, in: req.fileStore) { stored in
            try await req.write { db in
                try await AttachmentService.record(stored, owner: .document, ownerID: id, user: user, now: now, on: db)
            }
        }
        req.flash(t(T.attachmentsAdded, String(files.count)))
        return req.redirect(to: "/documents/\(id)")
    }
}
