import DieuHanhCore
import Vapor

extension DocumentPage {
    struct Model {
        var document: Document
        var issuerName: String?
        var taskCount: Int
        var attachments: [Attachment]
        var canAttach: Bool
        var errors: [FieldError] = []
    }
}
