import DieuHanhCore
import Fluent
import Vapor

extension DocumentPage {
    /// A document with its issuer's name, how many tasks it carries and its files; `canAttach` offers the file form.
    static func model(_ document: Document, canAttach: Bool, errors: [FieldError], on db: Database) async throws -> Model {
        let issuer = try await document.issuerID.flatMapAsync { try await OrgUnit.find($0, on: db)?.name }
        let count = try await TaskItem.query(on: db).filter(\.$documentID == document.id!).count()
        let files = try await AttachmentService.list(.document, ids: [document.id!], on: db)[document.id!] ?? []
        return Model(
            document: document, issuerName: issuer, taskCount: count, attachments: files, canAttach: canAttach, errors: errors)
    }
}
