import Fluent
import Foundation

/// Linking deployments (issue 20): this deployment's own id, the peers an administrator registered with their keys,
/// the units matched by code, the tasks linked across, the outbox of facts to send and the receiver's records of
/// facts and nonces already seen.
struct CreateLevels: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("level_deployment").id().create()
        // This deployment's id, made once: the administrator of a peer registers it.
        try await LevelDeployment(id: UUID()).create(on: database)
        try await database.schema("level_peers")
            .id()
            .field("name", .string, .required)
            .field("base_url", .string, .required)
            .field("deployment_id", .string, .required)
            .field("inbound_key", .string, .required)
            .field("outbound_key", .string, .required)
            .field("revoked_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "deployment_id")
            .create()
        try await database.schema("level_unit_links")
            .id()
            .field("peer_id", .uuid, .required, .references("level_peers", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("remote_code", .string, .required)
            .unique(on: "peer_id", "remote_code")
            .unique(on: "peer_id", "unit_id")
            .create()
        try await database.schema("level_task_links")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id"))
            .field("peer_id", .uuid, .required, .references("level_peers", "id"))
            .field("side", .string, .required)
            .field("remote_task_id", .string)
            .unique(on: "task_id")
            .create()
        try await database.createIndex(on: "level_task_links", "peer_id", "remote_task_id")
        try await database.schema("level_outbox")
            .id()
            .field("peer_id", .uuid, .required, .references("level_peers", "id"))
            .field("seq", .int, .required)
            .field("kind", .string, .required)
            .field("object_id", .string, .required)
            .field("version", .int, .required)
            .field("body", .string, .required)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("next_attempt_at", .datetime, .required)
            .field("created_at", .datetime, .required)
            .field("delivered_at", .datetime)
            .unique(on: "peer_id", "seq")
            .create()
        try await database.createIndex(on: "level_outbox", "state", "peer_id", "seq")
        try await database.schema("level_receipts")
            .id()
            .field("peer_id", .uuid, .required, .references("level_peers", "id"))
            .field("kind", .string, .required)
            .field("object_id", .string, .required)
            .field("version", .int, .required)
            .field("received_at", .datetime, .required)
            .unique(on: "peer_id", "kind", "object_id", "version")
            .create()
        try await database.schema("level_nonces")
            .id()
            .field("peer_id", .uuid, .required, .references("level_peers", "id"))
            .field("nonce", .string, .required)
            .field("seen_at", .datetime, .required)
            .unique(on: "peer_id", "nonce")
            .create()
    }

    func revert(on database: Database) async throws {
        for table in [
            "level_nonces", "level_receipts", "level_outbox", "level_task_links", "level_unit_links", "level_peers",
            "level_deployment",
        ] {
            try await database.schema(table).delete()
        }
    }
}
