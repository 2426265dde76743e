import Fluent
import Foundation

/// A file attached to a task's step or to a directive document. The bytes live under the data directory
/// (`FileStore`); this row says whose it is, what it is (sniffed from its bytes) and who sent it.
final class Attachment: Model, @unchecked Sendable {
    static let schema = "attachments"

    enum OwnerKind: String, Sendable {
        case taskEvent = "task_event"
        case document
        /// A unit's report (a submission step) and the forms sent with a report request.
        case reportSubmission = "report_submission"
        case reportRequest = "report_request"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "owner_kind") var ownerKind: String
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "byte_size") var byteSize: Int
    @Field(key: "sha256") var sha256: String
    /// Path under the data directory; never built from the user's file name.
    @Field(key: "storage_path") var storagePath: String
    @OptionalField(key: "uploaded_by_id") var uploadedByID: UUID?
    @Field(key: "uploaded_by_name") var uploadedByName: String
    @Field(key: "uploaded_at") var uploadedAt: Date

    init() {}
}
