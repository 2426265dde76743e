import Fluent
import Foundation

/// One append-only line of the audit log. Each entry carries the hash of the one before it, so editing or
/// deleting any entry breaks the chain (`dieuhanh audit verify`).
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    /// 1, 2, 3… without gaps; a gap means a deleted entry.
    @Field(key: "seq") var seq: Int
    /// ISO 8601 UTC with milliseconds, kept as text so the hashed value survives any database round trip.
    @Field(key: "recorded_at") var recordedAt: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: String?
    @Field(key: "summary") var summary: String
    @OptionalField(key: "before_json") var beforeJSON: String?
    @OptionalField(key: "after_json") var afterJSON: String?
    @Field(key: "prev_hash") var prevHash: String
    @Field(key: "hash") var hash: String

    init() {}
}
